using Microsoft.CodeAnalysis;
using PendoGen.Tests.Infrastructure;

namespace PendoGen.Tests.Analysis;

/// <summary>What the IDE shows mid-edit: one error per mistake, and plain words when the generated code lags the schema.</summary>
public class WhileTypingTests
{
    private const string Usings = "using System; using System.Collections.Generic; using PendoGen;\n";

    [Fact]
    public void A_missing_required_member_in_CSharp_is_the_compilers_CS9035_only()
    {
        var result = AnalyzerHarness.Run(Usings + """
            class C
            {
                PendoConfig M() => new PendoConfig { Region = PendoRegion.EU, IntegrationKey = Environment.MachineName };
            }
            """);
        Assert.Empty(result.AnalyzerExceptions);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "PENDO001");
        Assert.Contains(result.Compilation.GetDiagnostics(), d => d.Id == "CS9035" && d.GetMessage().Contains("Schema", StringComparison.Ordinal));
    }

    [Fact]
    public void A_nested_missing_required_member_is_the_compilers_too()
    {
        var result = AnalyzerHarness.Run(Usings + """
            class C
            {
                PendoConnectionRequest M() => new PendoConnectionRequest { GroupId = "g", DestinationSchemaNames = DestinationSchemaNames.SourceNaming, Config = new() { } };
            }
            """);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "PENDO001");
        Assert.Contains(result.Compilation.GetDiagnostics(), d => d.Id == "CS9035");
    }

    [Fact]
    public void A_missing_required_member_in_JSON_text_is_still_PENDO001()
    {
        AnalyzerHarness.Verify(Usings + """"
            class C
            {
                PendoConfig M() => PendoConfig.FromJson("""{|PENDO001:{ "sync_mode": "AllAppIds" }|}""");
            }
            """");
    }

    /// <summary>The schema renamed region "EU" to "EMEA"; the generated PendoRegion still has EU (generators not run yet).</summary>
    [Fact]
    public void An_enum_member_the_schema_no_longer_has_is_named_and_the_generated_code_called_out_of_date()
    {
        List<SchemaFile> edited = SchemaFile.Shipped
            .Select(s => s.Path.EndsWith("pendo-config.schema.json", StringComparison.Ordinal) ? s with { Text = s.Text.Replace("\"EU\"", "\"EMEA\"") } : s)
            .ToList();
        var result = AnalyzerHarness.Run(Usings + """
            class C
            {
                PendoConfig M() => new PendoConfig { Schema = "p", Region = PendoRegion.US1, IntegrationKey = Environment.MachineName } with { Region = PendoRegion.EU };
            }
            """, schemas: edited, generatedFrom: SchemaFile.Shipped);
        Assert.Empty(result.AnalyzerExceptions);
        Diagnostic diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("PENDO004", diagnostic.Id);
        Assert.Equal("$.region: 'region' value PendoRegion.EU is not in the schema any more: the generated PendoRegion is older than the schema " +
                     "(build the project to regenerate it); expected one of: EMEA, US1, AU, JPN, US.", diagnostic.GetMessage());
        Assert.DoesNotContain("value 0", diagnostic.GetMessage(), StringComparison.Ordinal);
    }
}
