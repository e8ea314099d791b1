using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

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
}
