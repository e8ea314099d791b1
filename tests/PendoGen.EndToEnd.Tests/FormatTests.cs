namespace PendoGen.EndToEnd.Tests;

/// <summary>
/// <c>dotnet format analyzers</c> on a real project with several PendoGen IDs in one file: every batch fix is applied,
/// the same way in two files of a project and in two fresh copies of it (each run starts Fix All from whichever
/// diagnostic a concurrent analysis lists first), and the fixes that would change a value the user wrote are left alone.
/// </summary>
public class FormatTests
{
    private const string Before = """"
        using System;
        using PendoGen;

        public static class Connections
        {
            public static PendoConnectionRequest A() => PendoConnectionRequest.FromJson("""
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

            public static PendoConfig B() => PendoConfig.FromJson("""{ "schema": "p", "region": "us1", "export_storage_typ": "GCS" }""");

            public static PendoConfig C() => new PendoConfig
            {
                Schema = "p",
                SyncMode = SyncMode.SpecificAppIds,
                HistoricalSyncTimeFrame = HistoricalSyncTimeFrame.DateLimit,
                BackwardSyncLimitDate = DateOnly.Parse("2001.01.02"),
            };

            public static PendoConfig D() => new PendoConfig { Schema = "p", BackwardSyncLimitDate = new DateOnly(2020, 1, 1) };
        }
        """";

    // PENDO004 (case), PENDO006 (key spelling), PENDO003 (dates) and PENDO002 (the missing AppIds) fixed; SyncMode
    // stays SpecificAppIds (not its default), and D's date (PENDO005, no effect without DATE_LIMIT) stays.
    private const string After = """"
        using System;
        using PendoGen;

        public static class Connections
        {
            public static PendoConnectionRequest A() => PendoConnectionRequest.FromJson("""
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

            public static PendoConfig B() => PendoConfig.FromJson("""{ "schema": "p", "region": "US1", "export_storage_type": "GCS" }""");

            public static PendoConfig C() => new PendoConfig
            {
                Schema = "p",
                SyncMode = SyncMode.SpecificAppIds,
                HistoricalSyncTimeFrame = HistoricalSyncTimeFrame.DateLimit,
                BackwardSyncLimitDate = DateOnly.Parse("2001-01-02"),
                AppIds = [],
            };

            public static PendoConfig D() => new PendoConfig { Schema = "p", BackwardSyncLimitDate = new DateOnly(2020, 1, 1) };
        }
        """";

    [Fact]
    public void Dotnet_format_applies_every_batch_fix_the_same_way_every_run()
    {
        string work = Directory.CreateTempSubdirectory("pendogen-format-").FullName;
        try
        {
            var results = new List<string>();
            for (int run = 0; run < 2; run++)
            {
                string project = Path.Combine(work, "run" + run);
                Directory.CreateDirectory(project);
                WriteProject(project);
                string output = DotnetCli.RunOrFail(project, "format analyzers App.csproj --diagnostics PENDO002 PENDO003 PENDO004 PENDO005 PENDO006 -v diag");
                Assert.DoesNotContain("didn't return a Fix All action", output, StringComparison.Ordinal);
                Assert.DoesNotContain("Failed to apply code fix", output, StringComparison.Ordinal);
                results.Add(File.ReadAllText(Path.Combine(project, "Connections.cs")).ReplaceLineEndings("\n"));
                results.Add(File.ReadAllText(Path.Combine(project, "MoreConnections.cs")).ReplaceLineEndings("\n").Replace("MoreConnections", "Connections"));
            }

            Assert.All(results, result => Assert.Equal(After, result));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static void WriteProject(string directory)
    {
        string bin = Path.Combine("bin", DotnetCli.Configuration, "netstandard2.0");
        string generator = Path.Combine(DotnetCli.RepoRoot, "src", "PendoGen.Generator", bin, "PendoGen.Generator.dll");
        string codeFixes = Path.Combine(DotnetCli.RepoRoot, "src", "PendoGen.CodeFixes", bin, "PendoGen.CodeFixes.dll");
        Assert.True(File.Exists(codeFixes), codeFixes + " is missing: build the solution first");
        File.WriteAllText(Path.Combine(directory, "App.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <PendoGenSchemaDirectory>{Path.Combine(DotnetCli.RepoRoot, "schema")}/</PendoGenSchemaDirectory>
              </PropertyGroup>
              <Import Project="{Path.Combine(DotnetCli.RepoRoot, "src", "PendoGen.Package", "buildTransitive", "PendoGen.props")}" />
              <ItemGroup>
                <Analyzer Include="{generator}" />
                <Analyzer Include="{codeFixes}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "Connections.cs"), Before);
        File.WriteAllText(Path.Combine(directory, "MoreConnections.cs"), Before.Replace("class Connections", "class MoreConnections"));
    }
}
