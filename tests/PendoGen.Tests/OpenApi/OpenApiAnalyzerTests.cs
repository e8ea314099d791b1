using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PendoGen.Analysis;
using PendoGen.Tests.Infrastructure;

namespace PendoGen.Tests.OpenApi;

/// <summary>
/// The analyzer reads the OpenAPI item itself (not the generated code) and checks imported connectors as it checks
/// Pendo: object initializers, JSON literals and JSON config files, with the same issues as the generated Validate().
/// </summary>
public class OpenApiAnalyzerTests
{
    private const string Services = "google_ads;criteo";

    private static (ImmutableArray<Diagnostic> Diagnostics, Compilation Compilation) Analyze(string source, params (string Path, string Text, string Schema)[] configFiles)
    {
        GeneratorResult generated = OpenApiHarness.Run(Services, source: source);
        var files = new List<AdditionalText> { OpenApiHarness.Document() };
        var perFile = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            [OpenApiHarness.DocumentPath] = new Dictionary<string, string> { [PendoGenerator.OpenApiServicesMetadata] = Services, [PendoGenerator.NamespaceMetadata] = "Vendor" },
        };
        foreach ((string path, string text, string schema) in configFiles)
        {
            files.Add(new InMemoryAdditionalText(path, text));
            perFile[path] = new Dictionary<string, string> { [SchemaCatalog.ConfigSchemaMetadata] = schema };
        }

        var options = new AnalyzerOptions([.. files], new TestOptionsProvider(new Dictionary<string, string> { ["build_property.RootNamespace"] = "TestApp" }, perFile));
        var withAnalyzers = generated.Output.WithAnalyzers([new PendoConfigAnalyzer()], new CompilationWithAnalyzersOptions(options, null, concurrentAnalysis: true, logAnalyzerExecutionTime: false));
        ImmutableArray<Diagnostic> all = withAnalyzers.GetAllDiagnosticsAsync().GetAwaiter().GetResult();
        Assert.Empty(all.Where(d => d.Id == "AD0001").Select(d => d.ToString()));
        return (all.Where(d => d.Id.StartsWith("PENDO0", StringComparison.Ordinal)).ToImmutableArray(), generated.Output);
    }

    public static TheoryData<string> Cases() => new()
    {
        """new GoogleAdsConnectionRequest { GroupId = "g", SyncFrequency = 45, Config = new GoogleAdsConfig { Schema = "s" } }""",
        """new GoogleAdsConnectionRequest { GroupId = "g", Config = new GoogleAdsConfig { Schema = "s", SyncMode = (SyncMode)77 } }""",
        """new GoogleAdsConnectionRequest { GroupId = "", Service = "hubspot", Config = new GoogleAdsConfig { Schema = null! } }""",
        """new GoogleAdsConnectionRequest { GroupId = "g", ConnectCardConfig = new ConnectCardConfig { RedirectUri = null! }, Config = new GoogleAdsConfig { Schema = "s" } }""",
        """GoogleAdsConnectionRequest.FromJson(""" + "\"\"\"\n{ \"group_id\": \"g\", \"service\": \"google_ads\", \"sync_frequency\": 1441, \"config\": { \"schema\": \"s\", \"unknown_key\": 1 } }\n\"\"\"" + """)""",
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Analyzer_and_Validate_report_the_same_issues_on_an_imported_connector(string expression)
    {
        string source = "using Vendor.GoogleAds;\npublic static class Case { public static object Build() => " + expression + "; }\n";
        (ImmutableArray<Diagnostic> diagnostics, Compilation compilation) = Analyze(source);

        string[] fromAnalyzer = diagnostics.Where(d => d.Id != "PENDO007").Select(d => $"{d.Id} {d.Severity} {d.GetMessage()}").Order(StringComparer.Ordinal).ToArray();
        using var assembly = new GeneratedAssembly(compilation);
        object request = assembly.Type("Case").GetMethod("Build")!.Invoke(null, null)!;
        string[] fromValidate = GeneratedAssembly.Validate(request).Order(StringComparer.Ordinal).ToArray();

        Assert.NotEmpty(fromValidate);
        Assert.Equal(fromValidate, fromAnalyzer);
    }

    [Fact]
    public void A_JSON_config_file_naming_an_imported_type_is_checked()
    {
        const string json = """
            { "group_id": "g", "service": "criteo", "config": { "schema": "s", "report_timezone": "UTC -99" } }
            """;
        (ImmutableArray<Diagnostic> diagnostics, _) = Analyze("class Placeholder { }", ("/connections/criteo.json", json, "CriteoConnectionRequest"));

        Diagnostic diagnostic = Assert.Single(diagnostics);
        Assert.Equal("PENDO004", diagnostic.Id);
        Assert.Equal("/connections/criteo.json", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("$.config.report_timezone", diagnostic.GetMessage(), StringComparison.Ordinal);
    }
}
