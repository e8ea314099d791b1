using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PendoGen.Diagnostics;
using PendoGen.Json;
using PendoGen.Schema;

namespace PendoGen.Analysis;

/// <summary>
/// AdditionalFiles PendoGen would otherwise ignore without a word: a JSON Schema not named <c>*.schema.json</c>
/// (PENDO015), a JSON config file whose <c>PendoGenSchema</c> names no known schema (PENDO016).
/// </summary>
internal static class SetupChecks
{
    /// <summary>PENDO015 when the additional file (a <c>.json</c> file that is neither a schema nor a config file) looks like a JSON Schema.</summary>
    public static void CheckMisnamedSchema(AdditionalFileAnalysisContext context)
    {
        AdditionalText file = context.AdditionalFile;
        if (!file.Path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || SchemaFiles.IsSchema(file) ||
            file.GetText(context.CancellationToken) is not { } text || !LooksLikeSchema(text.ToString()))
        {
            return;
        }

        string name = System.IO.Path.GetFileName(file.Path);
        string suggested = name.Substring(0, name.Length - ".json".Length) + ".schema.json";
        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.SchemaNotNamedAsSchema, AtStart(file.Path), name, suggested));
    }

    /// <summary>PENDO016 at the start of a config file whose PendoGenSchema names nothing in <paramref name="catalog"/>.</summary>
    public static void ReportUnknownConfigSchema(AdditionalFileAnalysisContext context, string schemaName, SchemaCatalog catalog)
    {
        string known = string.Join(", ", catalog.Roots.Keys.Where(k => k.IndexOf('.') < 0 || k.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            .OrderBy(k => k, StringComparer.Ordinal));
        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ConfigSchemaNotFound, AtStart(context.AdditionalFile.Path), schemaName,
            known.Length == 0 ? "no schema is known in this project" : known));
    }

    /// <summary>
    /// A JSON object whose <c>$schema</c> names a JSON Schema dialect (json-schema.org), or that has a <c>title</c>
    /// and a <c>properties</c> object or a <c>type</c> string at its root. Unreadable JSON does not look like one.
    /// </summary>
    public static bool LooksLikeSchema(string json)
    {
        JsonValue root;
        try
        {
            root = JsonTextReader.Read(json);
        }
        catch (JsonTextException)
        {
            return false;
        }

        if (root is not JsonObject obj)
        {
            return false;
        }

        if (obj.Find("$schema")?.Value is JsonString { Value: var dialect } && dialect.IndexOf("json-schema.org", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return true;
        }

        return obj.Find("title")?.Value is JsonString && (obj.Find("properties")?.Value is JsonObject || obj.Find("type")?.Value is JsonString);
    }

    private static Location AtStart(string path) => Location.Create(path, default(TextSpan), default(LinePositionSpan));
}
