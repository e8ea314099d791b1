using PendoGen.CodeFixes;

namespace PendoGen.Tests.CodeFixes;

/// <summary>PENDO005: "Remove X (discards its value)" in object initializers and in JSON text, one at a time (no Fix All).</summary>
public class NoEffectFixTests
{
    private const string Usings = "using System; using System.Collections.Generic; using PendoGen;\n";

    private static readonly NoEffectCodeFixProvider Provider = new();

    [Fact]
    public async Task Removes_an_assignment_in_the_middle_of_a_single_line_initializer()
    {
        await CodeFixHarness.VerifyFixAsync(Provider, Usings + """
            class C
            {
                PendoConfig M() => new PendoConfig { Schema = "p", AppIds = ["1"], Region = PendoRegion.EU, IntegrationKey = null };
            }
            """, "PENDO005", "AppIds = [\"1\"]", "Remove AppIds (discards its value)", Usings + """
            class C
            {
                PendoConfig M() => new PendoConfig { Schema = "p", Region = PendoRegion.EU, IntegrationKey = null };
            }
            """);
    }

    [Fact]
    public async Task Removes_the_last_assignment_of_a_single_line_initializer()
    {
        await CodeFixHarness.VerifyFixAsync(Provider, Usings + """
            class C
            {
                PendoConfig M() => new PendoConfig { Schema = "p", AppIds = ["1"] };
            }
            """, "PENDO005", "AppIds = [\"1\"]", "Remove AppIds (discards its value)", Usings + """
            class C
            {
                PendoConfig M() => new PendoConfig { Schema = "p" };
            }
            """);
    }

    [Fact]
    public async Task Removes_the_line_of_an_assignment_in_a_multi_line_initializer()
    {
        await CodeFixHarness.VerifyFixAsync(Provider, Usings + """
            class C
            {
                PendoConfig M() => new PendoConfig
                {
                    Schema = "p",
                    SyncMode = SyncMode.AllAppIds,
                    AppIds = ["1", "2"],
                    Region = PendoRegion.EU,
                    IntegrationKey = null,
                };
            }
            """, "PENDO005", "AppIds = [\"1\", \"2\"]", "Remove AppIds (discards its value)", Usings + """
            class C
            {
                PendoConfig M() => new PendoConfig
                {
                    Schema = "p",
                    SyncMode = SyncMode.AllAppIds,
                    Region = PendoRegion.EU,
                    IntegrationKey = null,
                };
            }
            """);
    }

    [Fact]
    public async Task Removes_the_last_line_of_a_multi_line_initializer_without_a_trailing_comma()
    {
        await CodeFixHarness.VerifyFixAsync(Provider, Usings + """
            class C
            {
                PendoConfig M() => new PendoConfig
                {
                    Schema = "p",
                    BackwardSyncLimitDate = new DateOnly(2020, 1, 1)
                };
            }
            """, "PENDO005", null, "Remove BackwardSyncLimitDate (discards its value)", Usings + """
            class C
            {
                PendoConfig M() => new PendoConfig
                {
                    Schema = "p"
                };
            }
            """);
    }

    [Fact]
    public async Task Removes_a_member_of_JSON_text()
    {
        await CodeFixHarness.VerifyFixAsync(Provider, Usings + """"
            class C
            {
                PendoConfig M() => PendoConfig.FromJson("""{ "schema": "p", "app_ids": ["1"], "sync_mode": "AllAppIds" }""");
            }
            """", "PENDO005", "\"app_ids\": [\"1\"]", "Remove app_ids (discards its value)", Usings + """"
            class C
            {
                PendoConfig M() => PendoConfig.FromJson("""{ "schema": "p", "sync_mode": "AllAppIds" }""");
            }
            """");
    }

    [Fact]
    public async Task Removes_the_last_member_of_JSON_text_with_the_comma_before_it()
    {
        await CodeFixHarness.VerifyFixAsync(Provider, Usings + """
            class C
            {
                PendoConfig M() => PendoConfig.FromJson(@"{ ""schema"": ""p"", ""backward_sync_limit_date"": ""2020-01-01"" }");
            }
            """, "PENDO005", null, "Remove backward_sync_limit_date (discards its value)", Usings + """
            class C
            {
                PendoConfig M() => PendoConfig.FromJson(@"{ ""schema"": ""p"" }");
            }
            """);
    }

    [Fact]
    public async Task Removes_the_line_of_a_member_of_multi_line_JSON_text()
    {
        await CodeFixHarness.VerifyFixAsync(Provider, Usings + """"
            class C
            {
                PendoConnectionRequest M() => PendoConnectionRequest.FromJson("""
                    {
                      "group_id": "g",
                      "config": {
                        "schema": "p",
                        "app_ids": ["1"],
                        "sync_mode": "AllAppIds"
                      }
                    }
                    """);
            }
            """", "PENDO005", null, "Remove app_ids (discards its value)", Usings + """"
            class C
            {
                PendoConnectionRequest M() => PendoConnectionRequest.FromJson("""
                    {
                      "group_id": "g",
                      "config": {
                        "schema": "p",
                        "sync_mode": "AllAppIds"
                      }
                    }
                    """);
            }
            """");
    }

    [Fact]
    public async Task No_fix_for_a_member_of_a_regular_literal_with_escapes()
    {
        await CodeFixHarness.VerifyNoFixAsync(Provider, Usings + """
            class C
            {
                PendoConfig M() => PendoConfig.FromJson("{ \"schema\": \"p\", \"app_ids\": [\"1\"] }");
            }
            """, "PENDO005", null);
    }

    [Fact]
    public void Removal_discards_a_value_so_it_has_no_fix_all()
    {
        Assert.Null(Provider.BatchEquivalenceKey);
        Assert.Null(Provider.GetFixAllProvider());
    }

    [Fact]
    public async Task Removes_the_first_assignment_with_the_comma_after_it()
    {
        await CodeFixHarness.VerifyFixAsync(Provider, Usings + """
            class C
            {
                PendoConfig M() => new PendoConfig
                {
                    AppIds = ["1"],
                    Schema = "p",
                };
            }
            """, "PENDO005", null, "Remove AppIds (discards its value)", Usings + """
            class C
            {
                PendoConfig M() => new PendoConfig
                {
                    Schema = "p",
                };
            }
            """);
    }

    [Fact]
    public async Task Removes_an_assignment_of_a_with_expression()
    {
        await CodeFixHarness.VerifyFixAsync(Provider, Usings + """
            class C
            {
                PendoConfig M(PendoConfig c) => c with { SyncMode = SyncMode.AllAppIds, AppIds = ["1"] };
            }
            """, "PENDO005", null, "Remove AppIds (discards its value)", Usings + """
            class C
            {
                PendoConfig M(PendoConfig c) => c with { SyncMode = SyncMode.AllAppIds };
            }
            """);
    }

    [Fact]
    public async Task Removes_the_only_member_of_a_JSON_object()
    {
        await CodeFixHarness.VerifyFixAsync(Provider, Usings + """"
            class C
            {
                PendoConfig M() => PendoConfig.FromJson("""{ "schema": "p", "gcs_credentials": { "bucket_name": "b" }, "aws_credentials": { "bucket_name": "b" }, "export_storage_type": "GCS" }""");
            }
            """", "PENDO005", null, "Remove aws_credentials (discards its value)", Usings + """"
            class C
            {
                PendoConfig M() => PendoConfig.FromJson("""{ "schema": "p", "gcs_credentials": { "bucket_name": "b" }, "export_storage_type": "GCS" }""");
            }
            """");
    }
}
