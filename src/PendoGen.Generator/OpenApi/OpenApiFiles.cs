using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PendoGen.Common;
using PendoGen.Schema;

namespace PendoGen.OpenApi;

/// <summary>
/// Which AdditionalFiles are OpenAPI documents (the item carries <c>PendoGenOpenApiServices</c>), which services
/// to generate from each, and the namespace prefix. The generator and the analyzer both ask here, so they agree.
/// </summary>
internal static class OpenApiFiles
{
    /// <summary>The AdditionalFiles metadata: a <c>;</c>-separated list of service names, or <c>*</c> for all.</summary>
    public const string ServicesMetadata = "build_metadata.AdditionalFiles.PendoGenOpenApiServices";

    /// <summary>The item's services metadata, or null when the file is not an OpenAPI input.</summary>
    public static string? ServicesOf(AdditionalText file, AnalyzerConfigOptionsProvider options) =>
        options.GetOptions(file).TryGetValue(ServicesMetadata, out string? value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    /// <summary>The OpenAPI input of one AdditionalFiles item, or null when it has no services metadata.</summary>
    public static OpenApiRequest? RequestOf(AdditionalText file, AnalyzerConfigOptionsProvider options) =>
        ServicesOf(file, options) is { } services
            ? new OpenApiRequest(file.Path, SchemaFiles.NamespaceOf(file, options), ParseServices(services))
            : null;

    /// <summary>
    /// <c>"google_ads; snowflake_db"</c> → both names, trimmed, duplicates and empty entries dropped. Commas and
    /// spaces separate too: the build hands the list over space-separated, because the .editorconfig the compiler
    /// reads metadata from treats ';' as the start of a comment.
    /// </summary>
    public static EquatableArray<string> ParseServices(string metadata)
    {
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string part in metadata.Split(new[] { ';', ',', ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries))
        {
            string name = part.Trim();
            if (name.Length > 0 && seen.Add(name))
            {
                result.Add(name);
            }
        }

        return result.ToEquatableArray();
    }
}

/// <summary>What one OpenAPI AdditionalFiles item asks for: its path, the namespace prefix and the services.</summary>
internal sealed record OpenApiRequest(string Path, string Namespace, EquatableArray<string> Services)
{
    public bool AllServices => Services.Count == 1 && Services[0] == "*";
}
