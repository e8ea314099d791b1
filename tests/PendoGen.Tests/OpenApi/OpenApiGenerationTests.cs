using Microsoft.CodeAnalysis;
using PendoGen.Tests.Infrastructure;

namespace PendoGen.Tests.OpenApi;

/// <summary>
/// Fivetran's OpenAPI document as an AdditionalFiles item with PendoGenOpenApiServices: each service's typed
/// create-connection request and config, in a namespace of its own, compiling with no warning.
/// </summary>
public class OpenApiGenerationTests
{
    /// <summary>The sample is generated and compiled once for the tests that read it (the CI budget is small).</summary>
    private static readonly Lazy<GeneratorResult> s_sample = new(() => OpenApiHarness.Run(string.Join(";", VendorDocument.Sample)));

    [Fact]
    public void A_fixed_sample_of_services_generates_code_that_compiles_without_warnings()
    {
        GeneratorResult result = s_sample.Value;

        Assert.Empty(result.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
        Assert.Empty(result.CompilationProblems.Select(d => d.ToString()));
        foreach (string service in VendorDocument.Sample)
        {
            AssertServiceTypes(result.Output, "Vendor", service);
        }
    }

    [Fact]
    public void Every_service_builds_without_errors_when_PENDOGEN_OPENAPI_FULL_is_set()
    {
        // The whole document takes minutes on a CI machine, so it runs only when asked for.
        if (Environment.GetEnvironmentVariable("PENDOGEN_OPENAPI_FULL") != "1")
        {
            return;
        }

        GeneratorResult result = OpenApiHarness.Run("*");
        Assert.Empty(result.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
        Assert.Empty(result.Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).Take(20));
        Assert.Equal(VendorDocument.AllServices.Count, result.Sources.Count(s => s.HintName.EndsWith("ConnectionRequest.g.cs", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("15five", "Vendor._15five", "_15five")]
    [InlineData("float", "Vendor.Float", "Float")]
    [InlineData("google_ads", "Vendor.GoogleAds", "GoogleAds")]
    public void Each_service_gets_a_namespace_that_is_valid_CSharp(string service, string ns, string prefix)
    {
        Assert.Contains(service, VendorDocument.Sample);
        GeneratorResult result = s_sample.Value;

        Assert.NotNull(result.Output.GetTypeByMetadataName($"{ns}.{prefix}ConnectionRequest"));
        Assert.NotNull(result.Output.GetTypeByMetadataName($"{ns}.{prefix}Config"));
    }

    [Fact]
    public void Without_PendoGenNamespace_the_prefix_is_the_RootNamespace()
    {
        GeneratorResult result = OpenApiHarness.Run("google_ads", ns: null);

        Assert.NotNull(result.Output.GetTypeByMetadataName($"{GeneratorHarness.RootNamespace}.GoogleAds.GoogleAdsConnectionRequest"));
    }

    [Fact]
    public void The_request_fixes_service_and_types_config()
    {
        GeneratorResult result = s_sample.Value;

        INamedTypeSymbol request = result.Output.GetTypeByMetadataName("Vendor.GoogleAds.GoogleAdsConnectionRequest")!;
        IPropertySymbol config = request.GetMembers("Config").OfType<IPropertySymbol>().Single();
        Assert.Equal("Vendor.GoogleAds.GoogleAdsConfig", config.Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString());
        Assert.Contains("= \"google_ads\"", result.Source("Vendor.GoogleAds.GoogleAdsConnectionRequest.g.cs"), StringComparison.Ordinal);
        // config.schema comes from the schema_format_schema part and is required there.
        INamedTypeSymbol configType = (INamedTypeSymbol)config.Type.OriginalDefinition;
        Assert.True(configType.GetMembers("Schema").OfType<IPropertySymbol>().Single().IsRequired);
    }

    [Fact]
    public void A_service_that_names_nothing_is_PENDO120_with_the_closest_name()
    {
        GeneratorResult result = OpenApiHarness.Run("googel_ads;google_ads");

        Diagnostic diagnostic = Assert.Single(result.GeneratorDiagnostics, d => d.Id == "PENDO120");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("'googel_ads'", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("did you mean 'google_ads'", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(OpenApiHarness.DocumentPath, diagnostic.Location.GetLineSpan().Path);
        Assert.NotNull(result.Output.GetTypeByMetadataName("Vendor.GoogleAds.GoogleAdsConnectionRequest"));
    }

    [Theory]
    [InlineData("google_ads;hubspot")]
    [InlineData("google_ads hubspot")]
    [InlineData(" google_ads, hubspot ;")]
    public void Services_are_separated_by_semicolons_commas_or_spaces(string metadata)
    {
        // The build hands the list over space-separated: ';' starts a comment in the .editorconfig the compiler reads.
        Assert.Equal(["google_ads", "hubspot"], PendoGen.OpenApi.OpenApiFiles.ParseServices(metadata));
    }

    [Fact]
    public void A_document_without_a_create_connection_operation_is_PENDO120()
    {
        GeneratorResult result = OpenApiHarness.Run("*", documentText: """{ "openapi": "3.0.1", "paths": {} }""");

        Assert.Equal("PENDO120", Assert.Single(result.GeneratorDiagnostics).Id);
    }

    [Fact]
    public void A_document_that_is_not_JSON_is_PENDO100()
    {
        GeneratorResult result = OpenApiHarness.Run("*", documentText: "{ not json");

        Assert.Equal("PENDO100", Assert.Single(result.GeneratorDiagnostics).Id);
    }

    private static void AssertServiceTypes(Compilation compilation, string prefix, string service)
    {
        string name = PendoGen.Model.Naming.ToPascalCase(service);
        Assert.True(compilation.GetTypeByMetadataName($"{prefix}.{name}.{name}ConnectionRequest") is not null, $"{service}: no request type");
        Assert.True(compilation.GetTypeByMetadataName($"{prefix}.{name}.{name}Config") is not null, $"{service}: no config type");
    }
}
