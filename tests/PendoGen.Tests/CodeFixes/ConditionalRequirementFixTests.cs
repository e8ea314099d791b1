using PendoGen.CodeFixes;

namespace PendoGen.Tests.CodeFixes;

/// <summary>PENDO002: "Add AppIds" (in Fix All) and "Change SyncMode to its default (AllAppIds)" (one at a time).</summary>
public class ConditionalRequirementFixTests
{
    private const string Usings = "using System; using System.Collections.Generic; using PendoGen;\n";

    private static readonly ConditionalRequirementCodeFixProvider Provider = new();

    private static readonly ConditionDefaultCodeFixProvider DefaultProvider = new();

    [Fact]
    public async Task Use_the_default_replaces_the_value_that_made_the_requirement_apply()
    {
        await CodeFixHarness.VerifyFixAsync(DefaultProvider, Usings + """
            class C
            {
                PendoConfig M() => new PendoConfig
                {
                    Schema = "pendo_prod",
                    SyncMode = SyncMode.SpecificAppIds,
                };
            }
            """, "PENDO002", "SyncMode = SyncMode.SpecificAppIds", "Change SyncMode to its default (AllAppIds)", Usings + """
            class C
            {
                PendoConfig M() => new PendoConfig
                {
                    Schema = "pendo_prod",
                    SyncMode = SyncMode.AllAppIds,
                };
            }
            """);
    }

    [Fact]
    public async Task Add_the_missing_property_to_a_multi_line_initializer_with_a_trailing_comma()
    {
        await CodeFixHarness.VerifyFixAsync(Provider, Usings + """
            class C
            {
                PendoConfig M() => new PendoConfig
                {
                    Schema = "pendo_prod",
                    SyncMode = SyncMode.SpecificAppIds,
                };
            }
            """, "PENDO002", "SyncMode = SyncMode.SpecificAppIds", "Add AppIds", Usings + """
            class C
            {
                PendoConfig M() => new PendoConfig
                {
                    Schema = "pendo_prod",
                    SyncMode = SyncMode.SpecificAppIds,
                    AppIds = [],
                };
            }
            """);
    }

    [Fact]
    public async Task Add_the_missing_property_to_a_multi_line_initializer_without_a_trailing_comma()
    {
        await CodeFixHarness.VerifyFixAsync(Provider, Usings + """
            class C
            {
                PendoConfig M() => new PendoConfig
                {
                    Schema = "pendo_prod",
                    SyncMode = SyncMode.SpecificAppIds
                };
            }
            """, "PENDO002", "SyncMode = SyncMode.SpecificAppIds", "Add AppIds", Usings + """
            class C
            {
                PendoConfig M() => new PendoConfig
                {
                    Schema = "pendo_prod",
                    SyncMode = SyncMode.SpecificAppIds,
                    AppIds = []
                };
            }
            """);
    }

    [Fact]
    public async Task Add_the_missing_property_to_a_single_line_nested_initializer()
    {
        await CodeFixHarness.VerifyFixAsync(Provider, Usings + """
            class C
            {
                PendoConnectionRequest M() => new PendoConnectionRequest
                {
                    GroupId = "g",
                    SyncFrequency = 60,
                    DestinationSchemaNames = DestinationSchemaNames.SourceNaming,
                    Config = new PendoConfig { Schema = "p", SyncMode = SyncMode.SpecificAppIds },
                };
            }
            """, "PENDO002", "SyncMode = SyncMode.SpecificAppIds", "Add AppIds", Usings + """
            class C
            {
                PendoConnectionRequest M() => new PendoConnectionRequest
                {
                    GroupId = "g",
                    SyncFrequency = 60,
                    DestinationSchemaNames = DestinationSchemaNames.SourceNaming,
                    Config = new PendoConfig { Schema = "p", SyncMode = SyncMode.SpecificAppIds, AppIds = [] },
                };
            }
            """);
    }

    [Fact]
    public async Task Add_sets_a_property_that_is_assigned_null()
    {
        await CodeFixHarness.VerifyFixAsync(Provider, Usings + """
            class C
            {
                PendoConfig M() => new PendoConfig { Schema = "p", SyncMode = SyncMode.SpecificAppIds, AppIds = null };
            }
            """, "PENDO002", "SyncMode = SyncMode.SpecificAppIds", "Add AppIds", Usings + """
            class C
            {
                PendoConfig M() => new PendoConfig { Schema = "p", SyncMode = SyncMode.SpecificAppIds, AppIds = [] };
            }
            """);
    }

    [Fact]
    public async Task Use_the_default_of_a_warning_rule_without_a_using_directive()
    {
        const string Before = """
            class C
            {
                PendoGen.PendoConfig M() => new PendoGen.PendoConfig
                {
                    Schema = "p",
                    HistoricalSyncTimeFrame = PendoGen.HistoricalSyncTimeFrame.DateLimit,
                };
            }
            """;
        await CodeFixHarness.VerifyFixAsync(DefaultProvider, Before, "PENDO002", "HistoricalSyncTimeFrame = PendoGen.HistoricalSyncTimeFrame.DateLimit",
            "Change HistoricalSyncTimeFrame to its default (ALL_TIME)", Before.Replace("HistoricalSyncTimeFrame.DateLimit", "HistoricalSyncTimeFrame.AllTime"));
    }

    [Fact]
    public async Task Add_a_date_writes_a_placeholder_that_compiles()
    {
        await CodeFixHarness.VerifyFixAsync(Provider, Usings + """
            class C
            {
                PendoConfig M() => new PendoConfig { Schema = "p", HistoricalSyncTimeFrame = HistoricalSyncTimeFrame.DateLimit };
            }
            """, "PENDO002", null, "Add BackwardSyncLimitDate", Usings + """
            class C
            {
                PendoConfig M() => new PendoConfig { Schema = "p", HistoricalSyncTimeFrame = HistoricalSyncTimeFrame.DateLimit, BackwardSyncLimitDate = default };
            }
            """);
    }

    [Fact]
    public async Task Both_fixes_are_offered_by_two_providers_and_only_the_one_that_keeps_the_value_is_in_fix_all()
    {
        Microsoft.CodeAnalysis.Document document = CodeFixHarness.CreateDocument(Usings + """
            class C
            {
                PendoConfig M() => new PendoConfig { Schema = "p", SyncMode = SyncMode.SpecificAppIds };
            }
            """);
        var diagnostics = await CodeFixHarness.GetDiagnosticsAsync(document);
        var diagnostic = await CodeFixHarness.FindAsync(document, diagnostics, "PENDO002", null);
        var add = Assert.Single(await CodeFixHarness.GetActionsAsync(document, Provider, diagnostic));
        var useDefault = Assert.Single(await CodeFixHarness.GetActionsAsync(document, DefaultProvider, diagnostic));
        Assert.Equal(("Add AppIds", ConditionalRequirementCodeFixProvider.AddPropertyEquivalenceKey), (add.Title, add.EquivalenceKey));
        Assert.Equal(("Change SyncMode to its default (AllAppIds)", ConditionDefaultCodeFixProvider.EquivalenceKey),
            (useDefault.Title, useDefault.EquivalenceKey));
        Assert.NotNull(Provider.GetFixAllProvider());
        Assert.Null(DefaultProvider.GetFixAllProvider());
    }

    [Fact]
    public async Task Add_an_object_when_the_setting_has_no_default()
    {
        const string Before = """
            class C
            {
                PendoConfig M() => new PendoConfig
                {
                    Schema = "p",
                    ExportStorageType = ExportStorageType.GCS,
                };
            }
            """;
        Microsoft.CodeAnalysis.Document document = CodeFixHarness.CreateDocument(Usings + Before);
        var diagnostic = await CodeFixHarness.FindAsync(document, await CodeFixHarness.GetDiagnosticsAsync(document), "PENDO002", null);
        Assert.Equal(["Add GcsCredentials"], (await CodeFixHarness.GetActionsAsync(document, Provider, diagnostic)).Select(a => a.Title));

        await CodeFixHarness.VerifyFixAsync(Provider, Usings + Before, "PENDO002", "ExportStorageType = ExportStorageType.GCS", "Add GcsCredentials",
            Usings + Before.Replace("GCS,\n", "GCS,\n        GcsCredentials = new(),\n", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Add_to_a_multi_line_initializer_keeps_comments_and_layout()
    {
        await CodeFixHarness.VerifyFixAsync(Provider, Usings + """
            class C
            {
                PendoConfig M()
                {
                    return new PendoConfig
                    {
                        Schema = "p", // the destination schema
                        SyncMode = SyncMode.SpecificAppIds // only some apps
                    };
                }
            }
            """, "PENDO002", null, "Add AppIds", Usings + """
            class C
            {
                PendoConfig M()
                {
                    return new PendoConfig
                    {
                        Schema = "p", // the destination schema
                        SyncMode = SyncMode.SpecificAppIds, // only some apps
                        AppIds = []
                    };
                }
            }
            """);
    }

    [Fact]
    public async Task No_fix_for_a_requirement_in_JSON_text()
    {
        await CodeFixHarness.VerifyNoFixAsync(Provider, Usings + """"
            class C
            {
                PendoConfig M() => PendoConfig.FromJson("""{ "schema": "p", "sync_mode": "SpecificAppIds" }""");
            }
            """", "PENDO002", null);
    }

    [Fact]
    public async Task No_fix_for_a_dependent_requirement_which_carries_no_hints()
    {
        // dependentRequired (region needs integration_key) is reported without MissingProperty: nothing to add.
        await CodeFixHarness.VerifyNoFixAsync(Provider, Usings + """
            class C
            {
                PendoConfig M() => new PendoConfig { Schema = "p", Region = PendoRegion.EU };
            }
            """, "PENDO002", "Region = PendoRegion.EU");
    }
}
