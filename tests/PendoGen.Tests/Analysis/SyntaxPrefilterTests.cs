using PendoGen.Tests.Infrastructure;

namespace PendoGen.Tests.Analysis;

/// <summary>
/// The analyzer looks at syntax first and asks the semantic model only about nodes that may be generated records
/// (see SyntaxPrefilter). Every way of naming the type must still be seen.
/// </summary>
public class SyntaxPrefilterTests
{
    [Fact]
    public void Target_typed_new_is_checked()
    {
        AnalyzerHarness.Verify("""
            using PendoGen;
            class C
            {
                PendoConfig M() => new() { Schema = "s", {|PENDO002:SyncMode = SyncMode.SpecificAppIds|} };
            }
            """);
    }

    [Fact]
    public void Fully_qualified_and_global_qualified_names_are_checked()
    {
        AnalyzerHarness.Verify("""
            class C
            {
                object M() => new PendoGen.PendoConfig { Schema = "s", {|PENDO002:SyncMode = PendoGen.SyncMode.SpecificAppIds|} };
                object N() => new global::PendoGen.PendoConfig { Schema = "s", {|PENDO002:SyncMode = PendoGen.SyncMode.SpecificAppIds|} };
            }
            """);
    }

    [Fact]
    public void A_using_alias_is_followed_at_file_global_and_namespace_level()
    {
        AnalyzerHarness.Verify("""
            global using GlobalConfig = PendoGen.PendoConfig;
            using FileConfig = PendoGen.PendoConfig;
            using PendoGen;
            namespace App
            {
                using NamespaceConfig = PendoGen.PendoConfig;
                class C
                {
                    object A() => new GlobalConfig { Schema = "s", {|PENDO002:SyncMode = SyncMode.SpecificAppIds|} };
                    object B() => new FileConfig { Schema = "s", {|PENDO002:SyncMode = SyncMode.SpecificAppIds|} };
                    object D() => new NamespaceConfig { Schema = "s", {|PENDO002:SyncMode = SyncMode.SpecificAppIds|} };
                }
            }
            """);
    }

    [Fact]
    public void FromJson_through_using_static_is_checked()
    {
        AnalyzerHarness.Verify("""
            using static PendoGen.PendoConfig;
            class C
            {
                object M() => FromJson("{\"schema\":\"s\",{|PENDO002:\"sync_mode\":\"SpecificAppIds\"|}}");
            }
            """);
    }

    [Fact]
    public void A_user_type_with_the_same_name_is_not_checked()
    {
        AnalyzerHarness.Verify("""
            namespace Mine
            {
                enum SyncMode { SpecificAppIds }
                class PendoConfig { public string Schema { get; init; } = ""; public SyncMode SyncMode { get; init; } }
                class C
                {
                    object M() => new PendoConfig { Schema = "s", SyncMode = SyncMode.SpecificAppIds };
                }
            }
            """);
    }
}
