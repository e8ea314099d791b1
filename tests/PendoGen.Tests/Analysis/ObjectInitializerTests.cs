using PendoGen.Tests.Infrastructure;

namespace PendoGen.Tests.Analysis;

public class ObjectInitializerTests
{
    private const string Usings = "using System; using System.Collections.Generic; using PendoGen;\n";

    [Fact]
    public void The_example_of_the_issue_reports_PENDO002_on_the_sync_mode_line()
    {
        AnalyzerHarness.Verify(Usings + """
            class C
            {
                PendoConfig M() => new PendoConfig
                {
                    Schema = "pendo_prod",
                    {|PENDO002:SyncMode = SyncMode.SpecificAppIds|},
                };
            }
            """);
    }

    [Fact]
    public void A_valid_configuration_reports_nothing()
    {
        AnalyzerHarness.Verify(Usings + """
            class C
            {
                PendoConnectionRequest M() => new PendoConnectionRequest
                {
                    GroupId = "projected_sickle",
                    SyncFrequency = 1440,
                    DailySyncTime = "14:00",
                    DestinationSchemaNames = DestinationSchemaNames.SourceNaming,
                    Config = new PendoConfig
                    {
                        Schema = "pendo_prod",
                        SyncMode = SyncMode.SpecificAppIds,
                        AppIds = ["-323232", "5629499534213120"],
                        Region = PendoRegion.EU,
                        IntegrationKey = Environment.GetEnvironmentVariable("PENDO_KEY"),
                        HistoricalSyncTimeFrame = HistoricalSyncTimeFrame.DateLimit,
                        BackwardSyncLimitDate = new DateOnly(2000, 12, 15),
                    },
                };
            }
            """);
    }

    [Fact]
    public void Nested_records_report_with_their_paths()
    {
        var diagnostics = AnalyzerHarness.Verify(Usings + """
            class C
            {
                PendoConnectionRequest M() => new PendoConnectionRequest
                {
                    GroupId = "g",
                    SyncFrequency = {|PENDO004:45|},
                    DestinationSchemaNames = DestinationSchemaNames.FivetranNaming,
                    Config = new PendoConfig { Schema = {|PENDO003:"Pendo Prod"|}, {|PENDO002:SyncMode = SyncMode.SpecificAppIds|}, AppIds = null },
                };
            }
            """);
        Assert.Contains(diagnostics, d => d.GetMessage().StartsWith("$.config.schema: 'schema' value 'Pendo Prod' does not match", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.GetMessage().StartsWith("$.config.app_ids: 'app_ids' is required when sync_mode is 'SpecificAppIds'.", StringComparison.Ordinal));
    }

    [Fact]
    public void Empty_collection_expression_is_not_populated()
    {
        AnalyzerHarness.Verify(Usings + """
            class C
            {
                PendoConfig M() => new PendoConfig { Schema = "p", SyncMode = SyncMode.SpecificAppIds, AppIds = {|PENDO002:[]|} };
            }
            """);
    }

    [Fact]
    public void Null_items_are_PENDO004_and_null_suppression_does_not_hide_the_other_items()
    {
        // Found by AnalyzerAgreesWithValidatePropertyTests: `null!` in a collection expression made the whole list
        // unknown, so the blank item after it was not reported (Validate() reports both).
        AnalyzerHarness.Verify(Usings + """
            class C
            {
                PendoConfig A() => new PendoConfig { Schema = "p", SyncMode = SyncMode.SpecificAppIds, AppIds = ["1", {|PENDO004:null|}!, {|PENDO003:" "|}] };
                PendoConfig B() => new PendoConfig { Schema = "p", SyncMode = SyncMode.SpecificAppIds, AppIds = new string[] { {|PENDO004:null|}!, {|PENDO003:""|} } };
            }
            """);
    }

    [Fact]
    public void Settings_with_no_effect_are_warnings_on_the_whole_assignment()
    {
        AnalyzerHarness.Verify(Usings + """
            class C
            {
                PendoConfig M() => new PendoConfig { Schema = "p", {|PENDO005:AppIds = ["1"]|}, {|PENDO005:BackwardSyncLimitDate = new DateOnly(2020, 1, 1)|} };
            }
            """);
    }

    [Fact]
    public void Non_constant_values_report_nothing()
    {
        AnalyzerHarness.Verify(Usings + """
            class C
            {
                PendoConnectionRequest M(int frequency, SyncMode mode, string schema, List<string> ids) => new PendoConnectionRequest
                {
                    GroupId = schema,
                    SyncFrequency = frequency,
                    DestinationSchemaNames = DestinationSchemaNames.FivetranNaming,
                    Config = new PendoConfig { Schema = schema, SyncMode = mode, AppIds = ids },
                };
            }
            """);
    }

    [Fact]
    public void Const_fields_and_locals_are_constants()
    {
        AnalyzerHarness.Verify(Usings + """
            class C
            {
                const int Frequency = 45;
                PendoConnectionRequest M()
                {
                    const string Name = "Bad Name";
                    return new PendoConnectionRequest
                    {
                        GroupId = "g",
                        SyncFrequency = {|PENDO004:Frequency|},
                        DestinationSchemaNames = DestinationSchemaNames.FivetranNaming,
                        Config = new PendoConfig { Schema = {|PENDO003:Name|} },
                    };
                }
            }
            """);
    }

    [Fact]
    public void With_expressions_check_only_what_they_set()
    {
        AnalyzerHarness.Verify(Usings + """
            class C
            {
                PendoConnectionRequest M(PendoConnectionRequest r) => r with { SyncFrequency = {|PENDO004:7|}, NetworkingMethod = NetworkingMethod.Directly };
                PendoConfig N(PendoConfig c) => c with { SyncMode = SyncMode.SpecificAppIds };
            }
            """);
    }

    [Fact]
    public void Invalid_dates_feeding_a_date_property_are_PENDO003()
    {
        AnalyzerHarness.Verify(Usings + """
            class C
            {
                PendoConfig A() => new PendoConfig { Schema = "p", HistoricalSyncTimeFrame = HistoricalSyncTimeFrame.DateLimit, BackwardSyncLimitDate = {|PENDO003:new DateOnly(2001, 2, 29)|} };
                PendoConfig B() => new PendoConfig { Schema = "p", HistoricalSyncTimeFrame = HistoricalSyncTimeFrame.DateLimit, BackwardSyncLimitDate = DateOnly.Parse({|PENDO003:"2000/12/15"|}) };
                PendoConfig D() => new PendoConfig { Schema = "p", HistoricalSyncTimeFrame = HistoricalSyncTimeFrame.DateLimit, BackwardSyncLimitDate = DateOnly.Parse("2000-12-15") };
            }
            """);
    }

    [Fact]
    public void Hard_coded_secret_is_PENDO007_and_its_value_is_not_in_the_message()
    {
        var diagnostics = AnalyzerHarness.Verify(Usings + """
            class C
            {
                PendoConfig M() => new PendoConfig { Schema = "p", Region = PendoRegion.EU, IntegrationKey = {|PENDO007:"abc-secret-123"|} };
            }
            """);
        Assert.DoesNotContain(diagnostics, d => d.GetMessage().Contains("abc-secret-123", StringComparison.Ordinal));
    }

    [Fact]
    public void Undefined_enum_value_is_PENDO004()
    {
        AnalyzerHarness.Verify(Usings + """
            class C
            {
                PendoConfig M() => new PendoConfig { Schema = "p", Region = {|PENDO004:(PendoRegion)42|}, IntegrationKey = Environment.MachineName };
            }
            """);
    }

    [Fact]
    public void Warning_level_schema_rules_are_reported_as_warnings()
    {
        var result = AnalyzerHarness.Run(Usings + """
            class C
            {
                PendoConnectionRequest M() => new PendoConnectionRequest { GroupId = "g", NetworkingMethod = NetworkingMethod.SshTunnel, Config = new PendoConfig { Schema = "p" } };
            }
            """);
        Assert.Contains(result.Diagnostics, d => d.Id == "PENDO004" && d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Warning);
        Assert.Contains(result.Diagnostics, d => d.Id == "PENDO001" && d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Warning);
    }
}
