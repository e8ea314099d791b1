using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using PendoGen.Common;

namespace PendoGen.Emit;

/// <summary>
/// The runtime support (ValidationIssue, JSON and validation helpers) that generated code calls. It is added to
/// the consuming compilation as source, so the package has no runtime dependency of its own. The files live in
/// src/PendoGen.Generator/Runtime as real C# and are embedded in this assembly.
/// </summary>
/// <remarks>
/// Two parts, so several assemblies can use PendoGen side by side (docs/multiple-assemblies.md): the public API
/// (<see cref="ApiFiles"/>: ValidationIssue, ValidationSeverity, Secret), which generated public members expose and
/// which is emitted only when no reference already provides it; and the plumbing (everything else, in
/// PendoGen.Internal), which is always emitted <c>internal</c>, so two assemblies' copies never meet.
/// </remarks>
internal static class RuntimeSources
{
    private const string Prefix = "PendoGen.Runtime.";

    /// <summary>A type of the public API part; if a referenced assembly provides it, this part is reused, not emitted.</summary>
    public const string ApiMarkerTypeName = GeneratedNames.ValidationIssueMetadataName;

    /// <summary>A type of the plumbing; a reference provides it only through InternalsVisibleTo.</summary>
    public const string PlumbingMarkerTypeName = GeneratedNames.JsonSupportMetadataName;

    /// <summary>The files of the public API part (file names without extension).</summary>
    public static readonly string[] ApiFiles = { "Secret", "ValidationIssue" };

    /// <summary>(hint name, source) pairs, in a fixed order.</summary>
    public static IReadOnlyList<(string HintName, string Source)> All { get; } = Load();

    /// <summary>The public API part, as written (public).</summary>
    public static IReadOnlyList<(string HintName, string Source)> Api { get; } = All.Where(f => IsApi(f.HintName)).ToArray();

    /// <summary>The plumbing, made internal: each assembly has its own copy, invisible to the others.</summary>
    public static IReadOnlyList<(string HintName, string Source)> Plumbing { get; } =
        All.Where(f => !IsApi(f.HintName)).Select(f => (f.HintName, GeneratedAccessibility.MakeInternal(f.Source))).ToArray();

    private static bool IsApi(string hintName) =>
        ApiFiles.Any(name => hintName == "PendoGen.Runtime." + name + ".g.cs");

    private static IReadOnlyList<(string, string)> Load()
    {
        Assembly assembly = typeof(RuntimeSources).Assembly;
        var result = new List<(string, string)>();
        foreach (string name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, System.StringComparison.Ordinal)).OrderBy(n => n, System.StringComparer.Ordinal))
        {
            using Stream stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            string text = reader.ReadToEnd().Replace("\r\n", "\n").Replace(GeneratedNames.VersionPlaceholder, GeneratedNames.Version);
            string file = name.Substring(Prefix.Length);
            result.Add(("PendoGen.Runtime." + file.Substring(0, file.Length - 3) + ".g.cs", text));
        }

        return result;
    }
}
