using PendoGen.CodeFixes;

namespace PendoGen.Tests.CodeFixes;

/// <summary>PENDO003 (dates), PENDO004 (enum near misses) and PENDO006 (key near misses): the squiggled text is rewritten.</summary>
public class ValueFixTests
{
    private const string Usings = "using System; using System.Collections.Generic; using PendoGen;\n";

    [Fact]
    public async Task A_date_in_a_CSharp_literal_is_rewritten()
    {
        await CodeFixHarness.VerifyFixAsync(new FormatOrPatternCodeFixProvider(), Usings + """
            class C
            {
                PendoConfig B() => new PendoConfig { Schema = "p", HistoricalSyncTimeFrame = HistoricalSyncTimeFrame.DateLimit, BackwardSyncLimitDate = DateOnly.Parse("2000/12/15") };
            }
            """, "PENDO003", "\"2000/12/15\"", "Change to '2000-12-15'", Usings + """
            class C
            {
                PendoConfig B() => new PendoConfig { Schema = "p", HistoricalSyncTimeFrame = HistoricalSyncTimeFrame.DateLimit, BackwardSyncLimitDate = DateOnly.Parse("2000-12-15") };
            }
            """);
    }

    [Fact]
    public async Task A_date_in_JSON_text_is_rewritten()
    {
        await CodeFixHarness.VerifyFixAsync(new FormatOrPatternCodeFixProvider(), Usings + """"
            class C
            {
                PendoConnectionRequest M() => PendoConnectionRequest.FromJson("""{ "group_id": "g", "config": { "schema": "p", "backward_sync_limit_date": "2000/12/15" } }""");
            }
            """", "PENDO003", "\"2000/12/15\"", "Change to '2000-12-15'", Usings + """"
            class C
            {
                PendoConnectionRequest M() => PendoConnectionRequest.FromJson("""{ "group_id": "g", "config": { "schema": "p", "backward_sync_limit_date": "2000-12-15" } }""");
            }
            """");
    }

    [Fact]
    public async Task A_compact_date_in_a_regular_literal_is_rewritten_between_the_escaped_quotes()
    {
        await CodeFixHarness.VerifyFixAsync(new FormatOrPatternCodeFixProvider(), Usings + """
            class C
            {
                PendoConfig M() => PendoConfig.FromJson("{\"schema\": \"p\", \"backward_sync_limit_date\": \"20001215\"}");
            }
            """, "PENDO003", "\\\"20001215\\\"", "Change to '2000-12-15'", Usings + """
            class C
            {
                PendoConfig M() => PendoConfig.FromJson("{\"schema\": \"p\", \"backward_sync_limit_date\": \"2000-12-15\"}");
            }
            """);
    }

    [Fact]
    public async Task An_ambiguous_date_gets_no_fix()
    {
        await CodeFixHarness.VerifyNoFixAsync(new FormatOrPatternCodeFixProvider(), Usings + """"
            class C
            {
                PendoConfig A() => PendoConfig.FromJson("""{ "schema": "p", "backward_sync_limit_date": "12/15/2000" }""");
            }
            """", "PENDO003", "\"12/15/2000\"");
        await CodeFixHarness.VerifyNoFixAsync(new FormatOrPatternCodeFixProvider(), Usings + """
            class C
            {
                PendoConfig B() => new PendoConfig { Schema = "p", BackwardSyncLimitDate = DateOnly.Parse("12/15/2000") };
            }
            """, "PENDO003", "\"12/15/2000\"");
    }

    [Fact]
    public async Task A_pattern_mismatch_gets_no_fix()
    {
        await CodeFixHarness.VerifyNoFixAsync(new FormatOrPatternCodeFixProvider(), Usings + """
            class C
            {
                PendoConnectionRequest M() => new PendoConnectionRequest
                {
                    GroupId = "g",
                    SyncFrequency = 60,
                    DestinationSchemaNames = DestinationSchemaNames.FivetranNaming,
                    Config = new PendoConfig { Schema = "Pendo Prod" },
                };
            }
            """, "PENDO003", "\"Pendo Prod\"");
    }

    [Fact]
    public async Task A_region_in_the_wrong_case_is_corrected()
    {
        await CodeFixHarness.VerifyFixAsync(new ValueNotAllowedCodeFixProvider(), Usings + """"
            class C
            {
                PendoConfig M() => PendoConfig.FromJson("""{ "schema": "p", "region": "eu", "integration_key": null }""");
            }
            """", "PENDO004", "\"eu\"", "Change to 'EU'", Usings + """"
            class C
            {
                PendoConfig M() => PendoConfig.FromJson("""{ "schema": "p", "region": "EU", "integration_key": null }""");
            }
            """");
    }

    [Fact]
    public async Task A_networking_method_in_the_wrong_case_is_corrected_in_a_verbatim_literal()
    {
        await CodeFixHarness.VerifyFixAsync(new ValueNotAllowedCodeFixProvider(), Usings + """
            class C
            {
                PendoConnectionRequest M() => PendoConnectionRequest.FromJson(@"{ ""group_id"": ""g"", ""networking_method"": ""SSHTunnel"", ""config"": { ""schema"": ""p"" } }");
            }
            """, "PENDO004", "\"\"SSHTunnel\"\"", "Change to 'SshTunnel'", Usings + """
            class C
            {
                PendoConnectionRequest M() => PendoConnectionRequest.FromJson(@"{ ""group_id"": ""g"", ""networking_method"": ""SshTunnel"", ""config"": { ""schema"": ""p"" } }");
            }
            """, otherRule: "must be 'Directly'"); // Pendo takes no private networking: a rule of its own
    }

    [Fact]
    public async Task A_networking_method_in_a_raw_literal_is_corrected()
    {
        await CodeFixHarness.VerifyFixAsync(new ValueNotAllowedCodeFixProvider(), Usings + """"
            class C
            {
                PendoConnectionRequest M() => PendoConnectionRequest.FromJson("""
                    {
                      "group_id": "g",
                      "networking_method": "SSHTunnel",
                      "config": { "schema": "p" }
                    }
                    """);
            }
            """", "PENDO004", "\"SSHTunnel\"", "Change to 'SshTunnel'", Usings + """"
            class C
            {
                PendoConnectionRequest M() => PendoConnectionRequest.FromJson("""
                    {
                      "group_id": "g",
                      "networking_method": "SshTunnel",
                      "config": { "schema": "p" }
                    }
                    """);
            }
            """", otherRule: "must be 'Directly'");
    }

    [Fact]
    public async Task A_value_written_with_escapes_gets_no_fix()
    {
        await CodeFixHarness.VerifyNoFixAsync(new ValueNotAllowedCodeFixProvider(), Usings + """"
            class C
            {
                PendoConfig M() => PendoConfig.FromJson("""{ "schema": "p", "region": "\u0065u", "integration_key": null }""");
            }
            """", "PENDO004", "\"\\u0065u\"");
    }

    [Fact]
    public async Task A_value_nothing_is_near_gets_no_fix()
    {
        await CodeFixHarness.VerifyNoFixAsync(new ValueNotAllowedCodeFixProvider(), Usings + """"
            class C
            {
                PendoConfig M() => PendoConfig.FromJson("""{ "schema": "p", "region": "Antarctica", "integration_key": null }""");
            }
            """", "PENDO004", "\"Antarctica\"");
    }

    [Fact]
    public async Task An_unknown_key_is_renamed_to_the_property_it_is_near()
    {
        await CodeFixHarness.VerifyFixAsync(new UnknownPropertyCodeFixProvider(), Usings + """"
            class C
            {
                PendoConfig M() => PendoConfig.FromJson("""{ "schema": "p", "sync_mode": "SpecificAppIds", "app_id": ["1"] }""");
            }
            """", "PENDO006", "\"app_id\"", "Rename to 'app_ids'", Usings + """"
            class C
            {
                PendoConfig M() => PendoConfig.FromJson("""{ "schema": "p", "sync_mode": "SpecificAppIds", "app_ids": ["1"] }""");
            }
            """");
    }

    [Fact]
    public async Task An_unknown_key_in_a_regular_literal_is_renamed()
    {
        await CodeFixHarness.VerifyFixAsync(new UnknownPropertyCodeFixProvider(), Usings + """
            class C
            {
                PendoConfig M() => PendoConfig.FromJson("{ \"schema\": \"p\", \"app_id\": [\"1\"] }");
            }
            """, "PENDO006", "\\\"app_id\\\"", "Rename to 'app_ids'", Usings + """
            class C
            {
                PendoConfig M() => PendoConfig.FromJson("{ \"schema\": \"p\", \"app_ids\": [\"1\"] }");
            }
            """);
    }

    [Fact]
    public async Task An_unknown_key_in_a_UTF8_raw_literal_is_renamed()
    {
        await CodeFixHarness.VerifyFixAsync(new UnknownPropertyCodeFixProvider(), Usings + """"
            class C
            {
                PendoConfig M() => PendoConfig.FromJson("""{ "schema": "p", "sync_mod": "AllAppIds" }"""u8);
            }
            """", "PENDO006", "\"sync_mod\"", "Rename to 'sync_mode'", Usings + """"
            class C
            {
                PendoConfig M() => PendoConfig.FromJson("""{ "schema": "p", "sync_mode": "AllAppIds" }"""u8);
            }
            """");
    }

    [Fact]
    public async Task JSON_from_a_constant_elsewhere_gets_no_fix()
    {
        // The diagnostic is on the argument as a whole: there are no characters to rewrite in place.
        await CodeFixHarness.VerifyNoFixAsync(new ValueNotAllowedCodeFixProvider(), Usings + """"
            class C
            {
                const string Json = """{ "schema": "p", "region": "eu", "integration_key": "k" }""";
                PendoConfig M() => PendoConfig.FromJson(Json);
            }
            """", "PENDO004", "Json");
    }

    [Fact]
    public async Task No_rename_to_a_key_the_object_has_already()
    {
        await CodeFixHarness.VerifyNoFixAsync(new UnknownPropertyCodeFixProvider(), Usings + """"
            class C
            {
                PendoConfig M() => PendoConfig.FromJson("""{ "schema": "p", "sync_mode": "SpecificAppIds", "app_ids": ["1"], "app_id": ["2"] }""");
            }
            """", "PENDO006", "\"app_id\"");
    }
}
