using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PendoGen.Tests.Infrastructure;

namespace PendoGen.Tests.OpenApi;

/// <summary>Runs the generator over Fivetran's OpenAPI document (copied from fivetran/ of the repository) as an AdditionalFiles item.</summary>
public static class OpenApiHarness
{
    public const string DocumentPath = "/fivetran/open-api-spec.json";

    private static readonly Lazy<string> s_text = new(() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "OpenApiData", "open-api-spec.json")));

    public static string Text => s_text.Value;

    public static AdditionalText Document(string? text = null) => new InMemoryAdditionalText(DocumentPath, text ?? Text);

    /// <summary>The per-item metadata the build hands the compiler for the document (and PendoGenNamespace when given).</summary>
    public static TestOptionsProvider Options(string services, string? ns = "Vendor", IEnumerable<SchemaFile>? schemas = null)
    {
        var perFile = new Dictionary<string, IReadOnlyDictionary<string, string>>();
        var metadata = new Dictionary<string, string> { [PendoGenerator.OpenApiServicesMetadata] = services };
        if (ns is not null)
        {
            metadata[PendoGenerator.NamespaceMetadata] = ns;
        }

        perFile[DocumentPath] = metadata;
        foreach (SchemaFile schema in schemas ?? [])
        {
            if (schema.Namespace is not null)
            {
                perFile[schema.Path] = new Dictionary<string, string> { [PendoGenerator.NamespaceMetadata] = schema.Namespace };
            }
        }

        return new TestOptionsProvider(new Dictionary<string, string> { ["build_property.RootNamespace"] = GeneratorHarness.RootNamespace }, perFile);
    }

    public static GeneratorDriver CreateDriver(string services, string? ns = "Vendor", IEnumerable<SchemaFile>? schemas = null, string? documentText = null, bool trackSteps = false)
    {
        List<SchemaFile> list = (schemas ?? []).ToList();
        return CSharpGeneratorDriver.Create(
            generators: [new PendoGenerator().AsSourceGenerator()],
            additionalTexts: list.Select(s => (AdditionalText)new InMemoryAdditionalText(s.Path, s.Text)).Append(Document(documentText)),
            parseOptions: GeneratorHarness.ParseOptions,
            optionsProvider: Options(services, ns, list),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
    }

    public static GeneratorResult Run(string services, string? ns = "Vendor", IEnumerable<SchemaFile>? schemas = null, string source = "class Placeholder { }", string? documentText = null)
    {
        GeneratorDriver driver = CreateDriver(services, ns, schemas, documentText);
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(source);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
        return new GeneratorResult(driver.GetRunResult(), output, diagnostics);
    }
}
