using System.Collections.Generic;
using System.Linq;
using PendoGen.Common;
using PendoGen.Model;

namespace PendoGen.Emit;

/// <summary>
/// Emits <c>PendoGen.PendoGenJsonTypeInfoResolver</c>: JSON metadata for every type generated in this compilation,
/// built on their generated converters. The System.Text.Json source generator cannot see PendoGen's types (one
/// generator never sees another's output), so a <c>JsonSerializerContext</c> in the same project cannot describe
/// them; this resolver can, and composes with the user's context through <c>JsonTypeInfoResolver.Combine</c>.
/// No reflection: it works with <c>JsonSerializerIsReflectionEnabledByDefault=false</c> and Native AOT.
/// </summary>
internal static class JsonResolverEmitter
{
    public const string HintName = "PendoGen.PendoGenJsonTypeInfoResolver.g.cs";

    /// <summary>Each generated type with the expression that makes its converter, in a fixed order.</summary>
    public static EquatableArray<ResolverEntry> Entries(GenerationModel model) =>
        new(model.Objects.Select(o => new ResolverEntry("global::" + o.FullName, "new global::" + o.FullName + "." + GeneratedNames.Converter + "()"))
            .Concat(model.Enums.Select(e => new ResolverEntry("global::" + e.FullName, "new global::" + e.FullName + GeneratedNames.JsonConverterSuffix + "()")))
            .OrderBy(e => e.Type, System.StringComparer.Ordinal));

    public static string Emit(IReadOnlyList<ResolverEntry> entries)
    {
        const string options = "global::System.Text.Json.JsonSerializerOptions";
        var w = new SourceWriter();
        w.Header(GeneratedNames.RuntimeNamespace);
        DocComments.Summary(w,
            "JSON metadata for the types PendoGen generated in this assembly, from their generated converters (no reflection). " +
            "The System.Text.Json source generator cannot see these types; combine this resolver with your own context instead: " +
            "<c>TypeInfoResolver = JsonTypeInfoResolver.Combine(MyContext.Default, PendoGenJsonTypeInfoResolver.Default)</c>.");
        w.Line(GeneratedNames.GeneratedCodeAttribute);
        using (w.Open("internal sealed class PendoGenJsonTypeInfoResolver : global::System.Text.Json.Serialization.Metadata.IJsonTypeInfoResolver"))
        {
            DocComments.Summary(w, "The one instance; the resolver holds no state.");
            w.Line("public static PendoGenJsonTypeInfoResolver Default { get; } = new();");
            w.Line();
            DocComments.Summary(w, "The metadata of <paramref name=\"type\"/> if PendoGen generated it in this assembly, else null (the next resolver of a combination is asked).");
            using (w.Open($"public global::System.Text.Json.Serialization.Metadata.JsonTypeInfo? GetTypeInfo(global::System.Type type, {options} options)"))
            {
                foreach (ResolverEntry entry in entries)
                {
                    string condition = $"if (type == typeof({entry.Type}))";
                    string result = $"return global::System.Text.Json.Serialization.Metadata.JsonMetadataServices.CreateValueInfo<{entry.Type}>(options, {entry.Converter});";
                    if (LineWrapping.Fits(condition + " " + result))
                    {
                        w.Line(condition + " " + result);
                    }
                    else
                    {
                        w.Wrapped(condition, new[] { result });
                    }
                }

                w.Line("return null;");
            }
        }

        return w.ToString();
    }
}

/// <summary>A generated type (fully qualified) and the C# expression that creates its converter.</summary>
internal sealed record ResolverEntry(string Type, string Converter);
