using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace PendoGen.Benchmarks;

/// <summary>Schemas, sources and compiler inputs for the generator and analyzer benchmarks.</summary>
internal static class Inputs
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    public static readonly string RepoRoot = FindRepoRoot();

    public static ImmutableArray<AdditionalText> ShippedSchemas() =>
        Directory.GetFiles(Path.Combine(RepoRoot, "schema"), "*.schema.json").Order(StringComparer.Ordinal)
            .Select(path => (AdditionalText)new MemoryText("/schemas/" + Path.GetFileName(path), File.ReadAllText(path)))
            .ToImmutableArray();

    /// <summary><paramref name="count"/> connector schemas the size of the Pendo config, each in its own namespace.</summary>
    public static ImmutableArray<AdditionalText> SyntheticSchemas(int count)
    {
        string config = File.ReadAllText(Path.Combine(RepoRoot, "schema", "pendo-config.schema.json"));
        return Enumerable.Range(0, count)
            .Select(i => (AdditionalText)new MemoryText($"/schemas/connector{i}.schema.json",
                config.Replace("\"PendoConfig\"", $"\"Connector{i}Config\"").Replace("pendo-config.schema.json", $"connector{i}.schema.json")))
            .ToImmutableArray();
    }

    public static CSharpCompilation Compilation(IEnumerable<SyntaxTree> trees) =>
        CSharpCompilation.Create("Bench", trees, Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static AnalyzerConfigOptionsProvider Options(IEnumerable<AdditionalText> schemas, Func<string, string> namespaceOf) =>
        new OptionsProvider(schemas.ToDictionary(s => s.Path, s => namespaceOf(s.Path)));

    public static AdditionalText Text(string path, string text) => new MemoryText(path, text);

    /// <summary>Options giving one AdditionalFiles item one metadata value (e.g. PendoGenOpenApiServices).</summary>
    public static AnalyzerConfigOptionsProvider OptionsWithMetadata(string path, string metadata, string value) =>
        new MetadataProvider(path, "build_metadata.AdditionalFiles." + metadata, value);

    public static string FindRepoRoot()
    {
        string? directory = AppContext.BaseDirectory;
        while (directory is not null && !File.Exists(Path.Combine(directory, "PendoGen.sln")))
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory ?? throw new InvalidOperationException("PendoGen.sln not found");
    }

    private sealed class MemoryText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class OptionsProvider(Dictionary<string, string> namespaces) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new ConfigOptions(new Dictionary<string, string> { ["build_property.RootNamespace"] = "Bench" });

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new ConfigOptions([]);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            new ConfigOptions(namespaces.TryGetValue(textFile.Path, out string? ns) ? new Dictionary<string, string> { [PendoGenerator.NamespaceMetadata] = ns } : []);
    }

    private sealed class MetadataProvider(string path, string key, string value) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new ConfigOptions(new Dictionary<string, string> { ["build_property.RootNamespace"] = "Bench" });

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new ConfigOptions([]);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            new ConfigOptions(textFile.Path == path ? new Dictionary<string, string> { [key] = value } : []);
    }

    private sealed class ConfigOptions(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
