using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using PendoGen.CodeFixes;

namespace PendoGen.Tests.CodeFixes;

/// <summary>
/// Fix All as the IDE and <c>dotnet format</c> run it: every fix of the batch kind applied, whatever diagnostic it
/// started from, the same on every run, and never a fix that changes a value the user wrote.
/// </summary>
public class FixAllTests
{
    private const string Usings = "using System; using System.Collections.Generic; using PendoGen;\n";

    /// <summary>Three PENDO004, two PENDO003 and two PENDO006 in one file, in C# and in JSON text.</summary>
    private const string Mixed = Usings + """"
        class C
        {
            PendoConnectionRequest A() => PendoConnectionRequest.FromJson("""
                {
                  "group_id": "g",
                  "config": {
                    "schema": "p",
                    "region": "eu",
                    "sync_mod": "AllAppIds",
                    "historical_sync_time_frame": "date_limit",
                    "backward_sync_limit_date": "2000/12/15"
                  }
                }
                """);
            PendoConfig B() => PendoConfig.FromJson("""{ "schema": "p", "region": "us1", "export_storage_typ": "GCS" }""");
            PendoConfig D() => new PendoConfig { Schema = "p", HistoricalSyncTimeFrame = HistoricalSyncTimeFrame.DateLimit, BackwardSyncLimitDate = DateOnly.Parse("2001.01.02") };
        }
        """";

    private const string MixedFixed = Usings + """"
        class C
        {
            PendoConnectionRequest A() => PendoConnectionRequest.FromJson("""
                {
                  "group_id": "g",
                  "config": {
                    "schema": "p",
                    "region": "EU",
                    "sync_mode": "AllAppIds",
                    "historical_sync_time_frame": "DATE_LIMIT",
                    "backward_sync_limit_date": "2000-12-15"
                  }
                }
                """);
            PendoConfig B() => PendoConfig.FromJson("""{ "schema": "p", "region": "US1", "export_storage_type": "GCS" }""");
            PendoConfig D() => new PendoConfig { Schema = "p", HistoricalSyncTimeFrame = HistoricalSyncTimeFrame.DateLimit, BackwardSyncLimitDate = DateOnly.Parse("2001-01-02") };
        }
        """";

    public static TheoryData<string> StartingKeys => new() { "", "PENDO004.UseNearestValue", "PENDO003.UseReplacement" };

    /// <summary>
    /// <c>dotnet format</c> passes the key of the first diagnostic's first action, which can be another ID's or none:
    /// the fixes are the same whatever it is.
    /// </summary>
    [Theory]
    [MemberData(nameof(StartingKeys))]
    public async Task Every_fix_is_applied_whatever_key_fix_all_starts_from(string startingKey)
    {
        Document document = CodeFixHarness.CreateDocument(Mixed);
        string? key = startingKey.Length == 0 ? null : startingKey;
        foreach ((PendoCodeFixProvider provider, int count) in new (PendoCodeFixProvider, int)[]
                 {
                     (new ValueNotAllowedCodeFixProvider(), 3), (new FormatOrPatternCodeFixProvider(), 2), (new UnknownPropertyCodeFixProvider(), 2),
                 })
        {
            Assert.Equal(count, (await CodeFixHarness.GetDiagnosticsAsync(document)).Count(d => d.Id == provider.DiagnosticId));
            document = await CodeFixHarness.FixAllAsync(provider, document, provider.DiagnosticId, key, FixAllScope.Solution);
        }

        Assert.Equal(MixedFixed, (await document.GetTextAsync()).ToString());
        Assert.DoesNotContain(await CodeFixHarness.GetDiagnosticsAsync(document), d => d.Id is "PENDO003" or "PENDO004" or "PENDO006");
    }

    [Fact]
    public async Task Two_keys_that_would_get_the_same_name_are_not_both_renamed()
    {
        Document document = CodeFixHarness.CreateDocument(Usings + """"
            class C
            {
                PendoConfig M() => PendoConfig.FromJson("""{ "schema": "p", "app_id": ["1"], "app_idz": ["2"] }""");
            }
            """");
        Assert.Equal(2, (await CodeFixHarness.GetDiagnosticsAsync(document)).Count(d => d.Id == "PENDO006"));
        var provider = new UnknownPropertyCodeFixProvider();
        Document fixedDocument = await CodeFixHarness.FixAllAsync(provider, document, "PENDO006", provider.BatchEquivalenceKey);
        Assert.Equal(Usings + """"
            class C
            {
                PendoConfig M() => PendoConfig.FromJson("""{ "schema": "p", "app_ids": ["1"], "app_idz": ["2"] }""");
            }
            """", (await fixedDocument.GetTextAsync()).ToString());
    }

    /// <summary>Fix All of PENDO002 adds each missing setting (two in one initializer) and keeps SyncMode as written.</summary>
    [Fact]
    public async Task Fix_all_of_a_conditional_requirement_adds_the_settings_and_keeps_the_users_choice()
    {
        Document document = CodeFixHarness.CreateDocument(Usings + """
            class C
            {
                PendoConfig M() => new PendoConfig
                {
                    Schema = "p",
                    SyncMode = SyncMode.SpecificAppIds,
                    ExportStorageType = ExportStorageType.GCS,
                };
                PendoConfig N() => new PendoConfig { Schema = "q", SyncMode = SyncMode.SpecificAppIds };
            }
            """);
        Assert.Equal(3, (await CodeFixHarness.GetDiagnosticsAsync(document)).Count(d => d.Id == "PENDO002"));
        var provider = new ConditionalRequirementCodeFixProvider();
        Document fixedDocument = await CodeFixHarness.FixAllAsync(provider, document, "PENDO002", null);
        Assert.Equal(Usings + """
            class C
            {
                PendoConfig M() => new PendoConfig
                {
                    Schema = "p",
                    SyncMode = SyncMode.SpecificAppIds,
                    ExportStorageType = ExportStorageType.GCS,
                    AppIds = [],
                    GcsCredentials = new(),
                };
                PendoConfig N() => new PendoConfig { Schema = "q", SyncMode = SyncMode.SpecificAppIds, AppIds = [] };
            }
            """, (await fixedDocument.GetTextAsync()).ToString());
        await CodeFixHarness.AssertCompilesAsync(fixedDocument);

        // What is left is for the user to fill in: the placeholder list is empty.
        Assert.DoesNotContain(await CodeFixHarness.GetDiagnosticsAsync(fixedDocument), d => d.Id == "PENDO002" && d.GetMessage().Contains("is required"));
    }

    /// <summary>Fixes that change a value the user wrote have no Fix All, so neither the IDE nor dotnet format batches them.</summary>
    [Fact]
    public void Fixes_that_change_the_users_values_are_one_at_a_time()
    {
        Assert.Null(new ConditionDefaultCodeFixProvider().GetFixAllProvider());
        Assert.Null(new NoEffectCodeFixProvider().GetFixAllProvider());
        foreach (PendoCodeFixProvider provider in new PendoCodeFixProvider[]
                 {
                     new ConditionalRequirementCodeFixProvider(), new FormatOrPatternCodeFixProvider(), new ValueNotAllowedCodeFixProvider(),
                     new UnknownPropertyCodeFixProvider(),
                 })
        {
            Assert.Contains(FixAllScope.Solution, provider.GetFixAllProvider()!.GetSupportedFixAllScopes());
        }
    }
}
