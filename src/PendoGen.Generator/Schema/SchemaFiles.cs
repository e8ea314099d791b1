using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PendoGen.Common;
using PendoGen.Diagnostics;
using PendoGen.Json;

namespace PendoGen.Schema;

/// <summary>
/// Which AdditionalFiles are schemas, and which namespace their types go into. The generator and the analyzer
/// must agree on both, so both ask here.
/// </summary>
internal static class SchemaFiles
{
    /// <summary>The AdditionalFiles metadata that sets the namespace of one schema's types.</summary>
    public const string NamespaceMetadata = "build_metadata.AdditionalFiles.PendoGenNamespace";

    public static bool IsSchema(AdditionalText file) =>
        file.Path.EndsWith(".schema.json", StringComparison.OrdinalIgnoreCase);

    /// <summary>The item's PendoGenNamespace metadata, else the project's RootNamespace, else the global namespace.</summary>
    public static string NamespaceOf(AdditionalText file, AnalyzerConfigOptionsProvider options)
    {
        if (options.GetOptions(file).TryGetValue(NamespaceMetadata, out string? ns) && !string.IsNullOrWhiteSpace(ns))
        {
            return ns.Trim();
        }

        return options.GlobalOptions.TryGetValue("build_property.RootNamespace", out string? root) && !string.IsNullOrWhiteSpace(root)
            ? root.Trim()
            : "";
    }

    /// <summary>
    /// The schema parsed into its namespace, or, when that namespace is not a valid C# one (<c>Acme.15five</c>, a
    /// keyword), no types and PENDO135 at the file: generated code in it would not compile.
    /// </summary>
    public static SchemaDocument Parse(string path, string @namespace, string text) =>
        NamespaceProblem(@namespace) is { } problem
            ? new SchemaDocument(path, @namespace, null,
                new[] { DiagnosticInfo.Create(DiagnosticDescriptors.InvalidNamespace, path, default(SourceSpan), @namespace, problem) }.ToEquatableArray())
            : SchemaParser.Parse(path, @namespace, text);

    /// <summary>Why <paramref name="ns"/> cannot be a C# namespace, or null when it can ("" is the global namespace).</summary>
    public static string? NamespaceProblem(string ns)
    {
        if (ns.Length == 0)
        {
            return null;
        }

        foreach (string part in ns.Split('.'))
        {
            if (part.Length == 0)
            {
                return "an empty part between dots";
            }

            if (SyntaxFacts.GetKeywordKind(part) != SyntaxKind.None)
            {
                return $"'{part}' is a C# keyword";
            }

            if (!SyntaxFacts.IsValidIdentifier(part))
            {
                return $"'{part}' is not a C# identifier";
            }
        }

        return null;
    }
}
