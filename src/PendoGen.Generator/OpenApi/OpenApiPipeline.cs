using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using PendoGen.Json;
using PendoGen.Schema;

namespace PendoGen.OpenApi;

/// <summary>
/// The incremental steps that read OpenAPI documents: the text of each item, the document read once per content
/// (not per service, not per keystroke), and its expansion into one schema document per requested service.
/// </summary>
internal static class OpenApiPipeline
{
    public const string OpenApiFilesStep = "OpenApiFiles";
    public const string OpenApiSourcesStep = "OpenApiSources";
    public const string OpenApiServicesStep = "OpenApiServices";

    public static (IncrementalValuesProvider<OpenApiSource> Sources, IncrementalValuesProvider<OpenApiExpansion> Expansions) Create(
        IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<OpenApiItem> items = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static input => OpenApiFiles.ServicesOf(input.Left, input.Right) is not null)
            .Select(static (input, cancellationToken) => new OpenApiItem(
                OpenApiFiles.RequestOf(input.Left, input.Right)!,
                input.Left.GetText(cancellationToken)?.ToString() ?? ""))
            .WithTrackingName(OpenApiFilesStep);

        // Path and text only: changing the list of services does not read the document again.
        IncrementalValuesProvider<OpenApiSource> sources = items
            .Select(static (item, _) => new OpenApiText(item.Request.Path, item.Text))
            .Select(static (text, _) => OpenApiSource.Read(text.Path, text.Text))
            .WithTrackingName(OpenApiSourcesStep);

        IncrementalValuesProvider<OpenApiExpansion> expansions = items
            .Select(static (item, _) => item.Request)
            .Combine(sources.Collect())
            .Select(static (input, _) => Expand(input.Left, input.Right))
            .WithTrackingName(OpenApiServicesStep);
        return (sources, expansions);
    }

    private static OpenApiExpansion Expand(OpenApiRequest request, ImmutableArray<OpenApiSource> sources)
    {
        OpenApiSource? source = sources.FirstOrDefault(s => s.Path == request.Path);
        return source is null ? OpenApiExpansion.Empty : OpenApiServices.Expand(source, request, sources);
    }

    /// <summary>
    /// A user's schema file. One that names an OpenAPI document of the compilation in a <c>$ref</c> (an overlay)
    /// gets those references resolved and its object <c>allOf</c>s merged first; any other is parsed as it is.
    /// </summary>
    public static SchemaDocument ParseSchema(string path, string @namespace, string text, IReadOnlyList<OpenApiSource> sources)
    {
        if (!sources.Any(s => s.Root is not null && text.IndexOf(s.FileName, StringComparison.Ordinal) >= 0))
        {
            return SchemaParser.Parse(path, @namespace, text);
        }

        JsonValue json;
        try
        {
            json = JsonTextReader.Read(text);
        }
        catch (JsonTextException)
        {
            return SchemaParser.Parse(path, @namespace, text); // reports PENDO100
        }

        var lint = new Lint();
        JsonValue normalized = new SchemaNormalizer(sources, lint).Normalize(json, null, path);
        SchemaDocument document = SchemaParser.Parse(path, @namespace, normalized);
        lint.AddRange(document.Diagnostics);
        return document with { Diagnostics = lint.ToArray() };
    }
}

/// <summary>One OpenAPI AdditionalFiles item: what it asks for, and its text.</summary>
internal sealed record OpenApiItem(OpenApiRequest Request, string Text);

/// <summary>The part of an item that decides what the document says.</summary>
internal sealed record OpenApiText(string Path, string Text);
