using System.Diagnostics;
using System.IO.Compression;

namespace PendoGen.EndToEnd.Tests;

/// <summary>
/// Packs PendoGen.nupkg, restores it from a local folder feed into a fresh project (its own empty package cache,
/// no other package source) and runs the generated code, as a user would after "dotnet add package PendoGen".
/// </summary>
public class PackageConsumptionTests
{
    private static readonly string RepoRoot = FindRepoRoot();

    [Fact]
    public void Packed_package_works_in_a_fresh_project()
    {
        string work = Directory.CreateTempSubdirectory("pendogen-package-").FullName;
        try
        {
            string version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);
            string feed = Path.Combine(work, "feed");
            Run(RepoRoot, "dotnet", $"pack src/PendoGen.Package -c Release -o \"{feed}\" -p:PendoGenVersion={version}");

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
            string output = Run(app, "dotnet", "run", environment);

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
        Assert.Contains("buildTransitive/PendoGen.props", entries);
        Assert.Contains("schema/pendo-config.schema.json", entries);
        Assert.Contains("schema/pendo-connection.schema.json", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal));

        using var nuspec = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        string text = nuspec.ReadToEnd();
        Assert.Contains("<developmentDependency>true</developmentDependency>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<dependency ", text, StringComparison.Ordinal);
    }

    private static string Run(string directory, string file, string arguments, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var pair in environment ?? new Dictionary<string, string>())
        {
            start.Environment[pair.Key] = pair.Value;
        }

        // The test host's MSBuild variables would leak into the child build and confuse it.
        start.Environment.Remove("MSBuildSDKsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");
        start.Environment.Remove("MSBuildExtensionsPath");
        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"'{file} {arguments}' did not finish within 5 minutes");
        }

        string output = stdout.Result + stderr.Result;
        Assert.True(process.ExitCode == 0, $"'{file} {arguments}' in {directory} exited with {process.ExitCode}:\n{output}");
        return output;
    }

    private static string FindRepoRoot()
    {
        string? directory = AppContext.BaseDirectory;
        while (directory is not null && !File.Exists(Path.Combine(directory, "PendoGen.sln")))
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory ?? throw new InvalidOperationException("PendoGen.sln not found above " + AppContext.BaseDirectory);
    }
}
