using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PendoGen.Common;
using PendoGen.Diagnostics;
using PendoGen.Generation;
using PendoGen.Model;

namespace PendoGen.Emit;

/// <summary>
/// The source outputs <see cref="PendoGenerator"/> registers: each turns one pipeline value into added sources,
/// honouring the project settings (an unsupported target gets nothing; <c>PendoGenAccessibility=internal</c> makes
/// the top-level types internal). The text itself comes from the emitters.
/// </summary>
internal static class SourceOutputs
{
    /// <summary>The hint name of the assembly attributes that embed the schemas.</summary>
    public const string SchemasHintName = "PendoGen.Schemas.g.cs";

    /// <summary>The file of one generated type: a record with its JSON and validation parts (<see cref="RecordSource"/>), or an enum.</summary>
    public static void Type(SourceProductionContext context, (GeneratedTypeSpec Type, GenerationSettings Settings) input)
    {
        (GeneratedTypeSpec type, GenerationSettings settings) = input;
        if (!settings.Supported)
        {
            return;
        }

        try
        {
            if (type.Object is { } spec)
            {
                Add(context, spec.FullName + ".g.cs", RecordSource.Emit(spec, type.Related), settings.Internal);
            }
            else if (type.Enum is { } enumSpec)
            {
                Add(context, enumSpec.FullName + ".g.cs", EnumEmitter.Emit(enumSpec), settings.Internal);
            }
        }
        catch (System.Exception e) when (e is not System.OperationCanceledException)
        {
            // Never crash the compiler (CS8785): report the bug instead.
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InternalError, Location.None, $"{type.FullName}: {e.GetType().Name}: {e.Message}"));
        }
    }

    /// <summary>The schemas, compact, as assembly attributes (public generation only: internal types are of no use to others).</summary>
    public static void EmbeddedSchemas(SourceProductionContext context, (ImmutableArray<EmbeddedSchema> Schemas, GenerationSettings Settings) input)
    {
        (ImmutableArray<EmbeddedSchema> schemas, GenerationSettings settings) = input;
        if (schemas.IsEmpty || !settings.Supported || settings.Internal)
        {
            return;
        }

        Add(context, SchemasHintName, EmbeddedSchemasSource(schemas), makeInternal: false);
    }

    /// <summary>The text of <see cref="SchemasHintName"/>: one <c>[assembly: PendoGenSchema(file, namespace, json)]</c> a schema.</summary>
    public static string EmbeddedSchemasSource(IEnumerable<EmbeddedSchema> schemas)
    {
        var writer = new SourceWriter();
        writer.Header(null);
        foreach (EmbeddedSchema schema in schemas.OrderBy(s => s.FileName, System.StringComparer.Ordinal).ThenBy(s => s.Namespace, System.StringComparer.Ordinal))
        {
            string head = $"[assembly: {GeneratedNames.SchemaAttribute}({CSharpLiterals.String(schema.FileName)}, {CSharpLiterals.String(schema.Namespace)},";
            string json = CSharpLiterals.String(schema.Json);
            if (LineWrapping.Fits(head + " " + json + ")]"))
            {
                writer.Line(head + " " + json + ")]");
            }
            else
            {
                // The JSON as a concatenation of constant pieces: the attribute argument is still one constant string.
                List<string> pieces = LineWrapping.Concatenation(json);
                pieces[pieces.Count - 1] += ")]";
                writer.Wrapped(head, pieces);
            }
        }

        return writer.ToString();
    }

    /// <summary>The runtime support: the public part unless a reference provides it, the internal plumbing unless a reference shares its own.</summary>
    public static void Runtime(SourceProductionContext context, GenerationSettings settings)
    {
        if (!settings.Supported)
        {
            return;
        }

        if (!settings.Facts.RuntimeApiReferenced)
        {
            foreach ((string hintName, string source) in RuntimeSources.Api)
            {
                Add(context, hintName, source, settings.Internal);
            }
        }

        if (!settings.Facts.RuntimePlumbingReferenced)
        {
            foreach ((string hintName, string source) in RuntimeSources.Plumbing)
            {
                Add(context, hintName, source, makeInternal: false);
            }
        }
    }

    /// <summary>The JSON type-info resolver over every generated type.</summary>
    public static void JsonResolver(SourceProductionContext context, (EquatableArray<ResolverEntry> Entries, GenerationSettings Settings) input)
    {
        (EquatableArray<ResolverEntry> entries, GenerationSettings settings) = input;
        if (entries.IsEmpty || !settings.Supported)
        {
            return;
        }

        Add(context, JsonResolverEmitter.HintName, JsonResolverEmitter.Emit(entries), makeInternal: false);
    }

    private static void Add(SourceProductionContext context, string hintName, string source, bool makeInternal) =>
        context.AddSource(hintName, SourceText.From(makeInternal ? GeneratedAccessibility.MakeInternal(source) : source, System.Text.Encoding.UTF8));
}
