using System.IO.Compression;

namespace PendoGen.EndToEnd.Tests;

/// <summary>
/// Packs PendoGen.nupkg, restores it from a local folder feed into a fresh project (its own empty package cache,
/// no other package source) and runs the generated code, as a user would after "dotnet add package PendoGen".
/// </summary>
public class PackageConsumptionTests
{
    [Fact]
    public void Packed_package_works_in_a_fresh_project()
    {
        string work = Directory.CreateTempSubdirectory("pendogen-package-").FullName;
        try
        {
            string version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);
            string feed = Path.Combine(work, "feed");
            DotnetCli.RunOrFail(DotnetCli.RepoRoot, $"pack src/PendoGen.Package -c Release -o \"{feed}\" -p:PendoGenVersion={version}");

            string package = Path.Combine(feed, $"PendoGen.{version}.nupkg");
            AssertPackageLayout(package);

            string app = Path.Combine(work, "app");
            Directory.CreateDirectory(app);
            File.WriteAllText(Path.Combine(app, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="local" value="{feed}" />
                  </packageSources>
                </configuration>
                """);
            File.WriteAllText(Path.Combine(app, "App.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="PendoGen" Version="{version}" />
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(app, "Program.cs"), """
                using PendoGen;

                var request = new PendoConnectionRequest
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
                        IntegrationKey = Environment.GetEnvironmentVariable("PENDO_KEY") ?? "k",
                        HistoricalSyncTimeFrame = HistoricalSyncTimeFrame.DateLimit,
                        BackwardSyncLimitDate = new DateOnly(2000, 12, 15),
                    },
                };
                string body = request.ToJson();
                var back = PendoConnectionRequest.FromJson(body);
                IReadOnlyList<ValidationIssue> problems = request.Validate();
                Console.WriteLine(body);
                Console.WriteLine($"equal={back == request} problems={problems.Count}");
                """);

            var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(work, "packages") };
            string output = DotnetCli.RunOrFail(app, "run", environment);

            Assert.Contains("\"service\":\"pendo\"", output, StringComparison.Ordinal);
            Assert.Contains("\"backward_sync_limit_date\":\"2000-12-15\"", output, StringComparison.Ordinal);
            Assert.Contains("equal=True problems=0", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static void AssertPackageLayout(string package)
    {
        using ZipArchive zip = ZipFile.OpenRead(package);
        string[] entries = zip.Entries.Select(e => e.FullName).ToArray();
        Assert.Contains("analyzers/dotnet/cs/PendoGen.Generator.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/PendoGen.CodeFixes.dll", entries);
        Assert.Contains("buildTransitive/PendoGen.props", entries);
        Assert.Contains("schema/pendo-config.schema.json", entries);
        Assert.Contains("schema/pendo-connection.schema.json", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal));

        using var nuspec = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        string text = nuspec.ReadToEnd();
        Assert.Contains("<developmentDependency>true</developmentDependency>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<dependency ", text, StringComparison.Ordinal);
        AssertPackagePageMetadata(entries, text, zip);
    }

    /// <summary>What the package page shows: repository, project URL, licence, icon, release notes, a README whose links work there.</summary>
    private static void AssertPackagePageMetadata(string[] entries, string nuspec, ZipArchive zip)
    {
        const string repository = "https://github.com/pendogen/pendogen";
        Assert.Contains($"<projectUrl>{repository}</projectUrl>", nuspec, StringComparison.Ordinal);
        Assert.Contains($"<repository type=\"git\" url=\"{repository}\"", nuspec, StringComparison.Ordinal);
        Assert.Contains("<license type=\"expression\">MIT</license>", nuspec, StringComparison.Ordinal);
        Assert.Contains("<icon>icon.png</icon>", nuspec, StringComparison.Ordinal);
        Assert.Contains("<releaseNotes>", nuspec, StringComparison.Ordinal);
        Assert.Contains("icon.png", entries);
        Assert.Contains("analyzers/dotnet/cs/PendoGen.Generator.pdb", entries);
        Assert.Contains("analyzers/dotnet/cs/PendoGen.CodeFixes.pdb", entries);

        using var readme = new StreamReader(zip.GetEntry("README.md")!.Open());
        string[] links = System.Text.RegularExpressions.Regex.Matches(readme.ReadToEnd(), @"\]\(([^)\s]+)\)").Select(m => m.Groups[1].Value).ToArray();
        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.True(link.StartsWith("https://", StringComparison.Ordinal) || link.StartsWith('#'), "relative link on the package page: " + link));
        Assert.Contains(repository + "/blob/main/docs/rules/", links);
    }
}
