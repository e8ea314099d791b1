using PendoGen.Tests.Infrastructure;

namespace PendoGen.Tests.Analysis;

/// <summary><c>new T { ... } with { ... }</c>: the resulting object is checked as a whole, not only what the <c>with</c> sets.</summary>
public class WithExpressionTests
{
    private const string Usings = "using System; using System.Collections.Generic; using PendoGen;\n";

    [Fact]
    public void A_with_that_empties_a_required_list_is_reported()
    {
        var result = AnalyzerHarness.Run(Usings + """
            class C
            {
                PendoConfig M() => new PendoConfig { Schema = "p", SyncMode = SyncMode.SpecificAppIds, AppIds = ["1"] } with { AppIds = [] };
            }
            """);
        Assert.Empty(result.AnalyzerExceptions);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("PENDO002", diagnostic.Id);
        Assert.StartsWith("$.app_ids: 'app_ids' must not be empty when sync_mode is 'SpecificAppIds'", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_with_that_changes_the_condition_makes_a_setting_of_the_original_have_no_effect()
    {
        AnalyzerHarness.Verify(Usings + """
            class C
            {
                PendoConfig M() => new PendoConfig { Schema = "p", SyncMode = SyncMode.SpecificAppIds, {|PENDO005:AppIds = ["1"]|} } with { SyncMode = SyncMode.AllAppIds };
            }
            """);
    }

    [Fact]
    public void A_with_that_completes_the_original_is_valid()
    {
        AnalyzerHarness.Verify(Usings + """
            class C
            {
                PendoConfig M() => (new PendoConfig { Schema = "p", AppIds = ["1"] }) with { SyncMode = SyncMode.SpecificAppIds };
                PendoConfig N() => new PendoConfig { Schema = "p" } with { SyncMode = SyncMode.SpecificAppIds } with { AppIds = ["2"] };
            }
            """);
    }

    [Fact]
    public void A_chain_of_withs_is_checked_as_its_last_result()
    {
        AnalyzerHarness.Verify(Usings + """
            class C
            {
                PendoConfig M() => new PendoConfig { Schema = "p" } with { Region = {|PENDO004:(PendoRegion)42|} } with { IntegrationKey = Environment.MachineName };
            }
            """);
    }

    [Fact]
    public void A_with_on_a_value_known_only_at_run_time_checks_what_it_sets()
    {
        AnalyzerHarness.Verify(Usings + """
            class C
            {
                PendoConfig M(PendoConfig c) => c with { SyncMode = SyncMode.SpecificAppIds };
                PendoConfig N(PendoConfig c) => c with { Region = {|PENDO004:(PendoRegion)42|} };
            }
            """);
    }
}
