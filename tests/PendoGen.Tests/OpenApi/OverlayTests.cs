using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using PendoGen.Tests.Infrastructure;

namespace PendoGen.Tests.OpenApi;

/// <summary>
/// A user's schema file can refine a vendor schema with the rules the vendor writes only in prose: it <c>$ref</c>s
/// the vendor's definition inside the OpenAPI document and adds rules in an <c>allOf</c>. Here the rules of the
/// shipped Pendo config schema are written as such an overlay on the vendor's <c>pendo_config_V1</c>, and the
/// overlay's Validate() reports exactly what the shipped schema's does.
/// </summary>
public class OverlayTests
{
    private static string Overlay()
    {
        JsonObject shipped = JsonNode.Parse(SchemaFile.Shipped.Single(s => s.Path.EndsWith("pendo-config.schema.json", StringComparison.Ordinal)).Text)!.AsObject();
        string title = (string)shipped["title"]!;
        shipped.Remove("$id");
        shipped.Remove("title");
        var overlay = new JsonObject
        {
            ["$id"] = "pendo-overlay.schema.json",
            ["title"] = title,
            ["allOf"] = new JsonArray(
                new JsonObject { ["$ref"] = "open-api-spec.json#/components/schemas/pendo_config_V1/properties/config" },
                shipped),
        };
        return overlay.ToJsonString();
    }

    private static readonly Lazy<(GeneratorResult Result, GeneratedAssembly Assembly)> s_compiled = new(() =>
    {
        var schemas = SchemaFile.Shipped.Append(new SchemaFile("/schemas/pendo-overlay.schema.json", Overlay(), "Overlay")).ToList();
        GeneratorResult result = OpenApiHarness.Run("pendo", schemas: schemas);
        return (result, new GeneratedAssembly(result.Output));
    });

    [Fact]
    public void The_overlay_generates_without_errors_or_warnings()
    {
        GeneratorResult result = s_compiled.Value.Result;

        Assert.Empty(result.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
        Assert.Empty(result.CompilationProblems.Select(d => d.ToString()));
        INamedTypeSymbol config = result.Output.GetTypeByMetadataName("Overlay.PendoConfig")!;
        // Types come from the shipped rules where they refine the vendor (region is an enum, the date a DateOnly) ...
        Assert.Equal("Overlay.PendoRegion?", ((IPropertySymbol)config.GetMembers("Region").Single()).Type.ToDisplayString());
        Assert.Equal("System.DateOnly?", ((IPropertySymbol)config.GetMembers("BackwardSyncLimitDate").Single()).Type.ToDisplayString());
    }

    [Theory]
    [InlineData("""{ "schema": "p", "sync_mode": "SpecificAppIds" }""")]
    [InlineData("""{ "schema": "p", "sync_mode": "SpecificAppIds", "app_ids": [] }""")]
    [InlineData("""{ "schema": "p", "sync_mode": "SpecificAppIds", "app_ids": ["1", " "] }""")]
    [InlineData("""{ "schema": "p", "app_ids": ["1"] }""")]
    [InlineData("""{ "schema": "p", "region": "EU" }""")]
    [InlineData("""{ "schema": "p", "historical_sync_time_frame": "DATE_LIMIT" }""")]
    [InlineData("""{ "schema": "p", "backward_sync_limit_date": "2000-12-15" }""")]
    [InlineData("""{ "schema": "p", "export_storage_type": "AWS_S3", "gcs_credentials": { "bucket_name": "b" } }""")]
    [InlineData("""{ "schema": "p", "app_id": ["1"] }""")]
    [InlineData("""{ "schema": "p", "integration_key": "k", "region": "EU", "sync_mode": "AllAppIds" }""")]
    public void The_overlay_reports_what_the_shipped_schema_reports(string json)
    {
        GeneratedAssembly assembly = s_compiled.Value.Assembly;

        List<string> shipped = GeneratedAssembly.Validate(assembly.FromJson("PendoGen.PendoConfig", json));
        List<string> overlay = GeneratedAssembly.Validate(assembly.FromJson("Overlay.PendoConfig", json));

        Assert.Equal(shipped, overlay);
    }

    [Fact]
    public void The_vendor_alone_has_none_of_those_rules()
    {
        GeneratedAssembly assembly = s_compiled.Value.Assembly;
        string json = """{ "group_id": "g", "config": { "schema": "p", "sync_mode": "SpecificAppIds" } }""";

        Assert.Empty(GeneratedAssembly.Validate(assembly.FromJson("Vendor.Pendo.PendoConnectionRequest", json)));
        Assert.NotEmpty(GeneratedAssembly.Validate(assembly.FromJson("Overlay.PendoConfig", """{ "schema": "p", "sync_mode": "SpecificAppIds" }""")));
    }
}
