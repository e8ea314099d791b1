using Microsoft.CodeAnalysis;
using PendoGen.Tests.Infrastructure;

namespace PendoGen.Tests.Analysis;

/// <summary>JSON config files of the project (AdditionalFiles with PendoGenSchema metadata) are validated on every build.</summary>
public class JsonConfigFileTests
{
    private const string Config = """
        {
          "group_id": "projected_sickle",
          "destination_schema_names": "FIVETRAN_NAMING",
          "sync_frequency": 45,
          "config": {
            "schema": "pendo_prod",
            "region": "eu",
            "integration_key": "from-vault",
            "backward_sync_limit_date": "2000/12/15",
            "app_id": ["1"]
          }
        }
        """;

    [Fact]
    public void Config_file_is_checked_with_file_line_and_column()
    {
        var result = AnalyzerHarness.Run("class C { }", configFiles: [(new SchemaFile("/config/prod.pendo.json", Config), "PendoConnectionRequest")]);
        Assert.Empty(result.AnalyzerExceptions);
        string[] actual = result.Diagnostics
            .Select(d => $"{d.Id} {d.Location.GetLineSpan().Path}({d.Location.GetLineSpan().StartLinePosition.Line + 1},{d.Location.GetLineSpan().StartLinePosition.Character + 1})")
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(
            [
                "PENDO003 /config/prod.pendo.json(9,33)",   // "2000/12/15"
                "PENDO004 /config/prod.pendo.json(4,21)",   // 45
                "PENDO004 /config/prod.pendo.json(7,15)",   // "eu"
                "PENDO005 /config/prod.pendo.json(9,5)",    // backward_sync_limit_date without DATE_LIMIT
                "PENDO006 /config/prod.pendo.json(10,5)",   // "app_id"
            ],
            actual);
        Assert.All(result.Diagnostics, d => Assert.Equal(LocationKind.ExternalFile, d.Location.Kind));
    }

    [Fact]
    public void Schema_can_be_named_by_file_name()
    {
        var result = AnalyzerHarness.Run("class C { }", configFiles: [(new SchemaFile("/config/c.json", """{ "schema": "Bad Name" , "region": "EU" }"""), "pendo-config.schema.json")]);
        Assert.Equal(["PENDO002"], result.Diagnostics.Select(d => d.Id).ToArray()); // integration_key missing for region (warning)
    }

    [Fact]
    public void Invalid_json_in_a_config_file_is_reported_not_thrown()
    {
        var result = AnalyzerHarness.Run("class C { }", configFiles: [(new SchemaFile("/config/c.json", """{ "schema": """), "PendoConfig")]);
        Assert.Empty(result.AnalyzerExceptions);
        Diagnostic diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("PENDO003", diagnostic.Id);
        Assert.Contains("not valid", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Files_without_schema_metadata_are_ignored()
    {
        var result = AnalyzerHarness.Run("class C { }", configFiles: [(new SchemaFile("/config/c.json", """{ "sync_frequency": 45 }"""), "")]);
        Assert.Empty(result.Diagnostics);
    }
}
