using Microsoft.CodeAnalysis;
using PendoGen.Tests.Infrastructure;

namespace PendoGen.Tests.OpenApi;

/// <summary>Merging and naming on a small OpenAPI document written here, one quirk at a time.</summary>
public class SyntheticDocumentTests
{
    /// <summary>A create-connection operation whose envelope discriminates on service "acme".</summary>
    private static string Document(string config) => $$"""
        {
          "openapi": "3.0.1",
          "paths": { "/v1/connections": { "post": { "requestBody": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Envelope" } } } } } } },
          "components": { "schemas": {
            "Envelope": {
              "type": "object", "required": ["group_id", "service"],
              "properties": { "group_id": { "type": "string" }, "service": { "type": "string" } },
              "discriminator": { "propertyName": "service", "mapping": { "acme": "#/components/schemas/acme_Request" } }
            },
            "acme_Request": { "allOf": [ { "$ref": "#/components/schemas/Envelope" }, { "$ref": "#/components/schemas/acme_config" } ] },
            "acme_config": { "properties": { "config": {{config}} } }
          } }
        }
        """;

    [Fact]
    public void Identical_inline_definitions_become_one_type_PENDO125()
    {
        GeneratorResult result = OpenApiHarness.Run("acme", documentText: Document("""
            { "type": "object", "properties": {
                "region": { "type": "object", "enum": ["US", "EU"], "description": "Main region" },
                "backup": { "type": "object", "properties": { "region": { "type": "object", "enum": ["US", "EU"], "description": "Backup region" } } } } }
            """));

        Assert.Empty(result.CompilationProblems.Select(d => d.ToString()));
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id == "PENDO105");
        Assert.Single(result.GeneratorDiagnostics, d => d.Id == "PENDO125");
        Assert.NotNull(result.Output.GetTypeByMetadataName("Vendor.Acme.Region"));
        Assert.Null(result.Output.GetTypeByMetadataName("Vendor.Acme.Region2"));
        Assert.Contains("Backup region", result.Source("Vendor.Acme.Backup.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Different_definitions_under_one_name_are_renamed_PENDO127()
    {
        GeneratorResult result = OpenApiHarness.Run("acme", documentText: Document("""
            { "type": "object", "properties": {
                "auth_method": { "type": "string", "enum": ["PASSWORD", "KEY"] },
                "ssh_tunnel": { "type": "object", "properties": { "auth_method": { "type": "string", "enum": ["KEY", "AGENT"] } } } } }
            """));

        Assert.Empty(result.CompilationProblems.Select(d => d.ToString()));
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Diagnostic renamed = Assert.Single(result.GeneratorDiagnostics, d => d.Id == "PENDO127");
        Assert.Contains("'SshTunnelAuthMethod'", renamed.GetMessage(), StringComparison.Ordinal);
        Assert.NotNull(result.Output.GetTypeByMetadataName("Vendor.Acme.AuthMethod"));
        Assert.NotNull(result.Output.GetTypeByMetadataName("Vendor.Acme.SshTunnelAuthMethod"));
    }

    [Fact]
    public void A_reference_that_points_to_nothing_is_PENDO104_in_the_document()
    {
        GeneratorResult result = OpenApiHarness.Run("acme", documentText: Document("""{ "$ref": "#/components/schemas/missing" }"""));

        Diagnostic broken = Assert.Single(result.GeneratorDiagnostics, d => d.Id == "PENDO104");
        Assert.Equal(OpenApiHarness.DocumentPath, broken.Location.GetLineSpan().Path);
        Assert.NotNull(result.Output.GetTypeByMetadataName("Vendor.Acme.AcmeConnectionRequest"));
    }

    [Fact]
    public void A_reference_cycle_is_reported_not_followed_forever()
    {
        // config refers to itself.
        string document = Document("""{ "$ref": "#/components/schemas/acme_config/properties/config" }""");
        GeneratorResult result = OpenApiHarness.Run("acme", documentText: document);

        Assert.Contains(result.GeneratorDiagnostics, d => d.Id == "PENDO104" && d.GetMessage().Contains("cycle", StringComparison.Ordinal));
    }
}
