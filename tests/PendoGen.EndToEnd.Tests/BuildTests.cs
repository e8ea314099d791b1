
namespace PendoGen.EndToEnd.Tests;

/// <summary>
/// The analyzer in a real <c>dotnet build</c>: a rule broken in a literal fails the build, and the severity can
/// be lowered in .editorconfig. Also builds samples/PendoGen.DiagnosticsSample, which shows every rule.
/// </summary>
public class BuildTests
{
    [Fact]
    public void PENDO002_fails_the_build_until_its_severity_is_lowered_in_editorconfig()
    {
        string work = Directory.CreateTempSubdirectory("pendogen-build-").FullName;
        try
        {
            string generator = Path.Combine(DotnetCli.RepoRoot, "src", "PendoGen.Generator", "bin", DotnetCli.Configuration, "netstandard2.0", "PendoGen.Generator.dll");
            Assert.True(File.Exists(generator), generator + " is missing: build the solution first");
            File.WriteAllText(Path.Combine(work, "App.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <PendoGenSchemaDirectory>{Path.Combine(DotnetCli.RepoRoot, "schema")}/</PendoGenSchemaDirectory>
                  </PropertyGroup>
                  <Import Project="{Path.Combine(DotnetCli.RepoRoot, "src", "PendoGen.Package", "buildTransitive", "PendoGen.props")}" />
                  <ItemGroup>
                    <Analyzer Include="{generator}" />
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(work, "Program.cs"), """
                using PendoGen;
                var config = new PendoConfig
                {
                    Schema = "pendo_prod",
                    SyncMode = SyncMode.SpecificAppIds,
                };
                System.Console.WriteLine(config.Schema);
                """);

            (int failedCode, string failedOutput) = DotnetCli.Run(work, "build");
            Assert.NotEqual(0, failedCode);
            Assert.Contains("Program.cs(5,5): error PENDO002", failedOutput, StringComparison.Ordinal);

            File.WriteAllText(Path.Combine(work, ".editorconfig"), "root = true\n[*.cs]\ndotnet_diagnostic.PENDO002.severity = warning\n");
            (int code, string output) = DotnetCli.Run(work, "build");
            Assert.True(code == 0, output);
            Assert.Contains("Program.cs(5,5): warning PENDO002", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    [Fact]
    public void Diagnostics_sample_shows_every_rule_and_fails_the_build()
    {
        // --no-dependencies: the generator is already built, and rebuilding it here would delete the DLL that the
        // tests running at the same time load (they failed with "PendoGen.Generator.dll is missing" or CS0006).
        (int code, string output) = DotnetCli.Run(Path.Combine(DotnetCli.RepoRoot, "samples", "PendoGen.DiagnosticsSample"), "build --no-incremental --no-dependencies");
        Assert.NotEqual(0, code);
        foreach (string id in new[] { "PENDO001", "PENDO002", "PENDO003", "PENDO004", "PENDO005", "PENDO006", "PENDO007" })
        {
            Assert.Contains(id, output, StringComparison.Ordinal);
        }

        Assert.Contains("prod.pendo.json(7,15): error PENDO004", output, StringComparison.Ordinal);
        Assert.DoesNotContain("0b5e-hard-coded", output, StringComparison.Ordinal); // the secret's value never appears
    }
}
