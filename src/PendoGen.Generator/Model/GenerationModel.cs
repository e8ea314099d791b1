using PendoGen.Common;
using PendoGen.Diagnostics;

namespace PendoGen.Model;

/// <summary>The result of building all schema files of a compilation: the types to emit and the problems found.</summary>
internal sealed record GenerationModel(
    EquatableArray<ObjectSpec> Objects,
    EquatableArray<EnumSpec> Enums,
    EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>One unit of generated output: either a record or an enum.</summary>
/// <param name="Related">For a record: the records its rules reach into, so their shape is part of this output's input.</param>
internal sealed record GeneratedTypeSpec(ObjectSpec? Object, EnumSpec? Enum, EquatableArray<ObjectSpec> Related)
{
    public string FullName => Object?.FullName ?? Enum!.FullName;
}
