namespace PendoGen.EndToEnd.Tests;

/// <summary>
/// Several assemblies that use PendoGen, built by the real <c>dotnet build</c> with warnings as errors
/// (docs/multiple-assemblies.md): a contracts library that exposes <c>PendoConnectionRequest</c> and its own schema's
/// types in its public API (with XML docs and warnings as errors, so any undocumented public member fails the build), a library that uses PendoGen internally and does not reference the
/// contracts, and an app that references both and uses PendoGen itself. Then the same without the setting, which
/// must give PENDO010.
/// </summary>
public class MultiAssemblyTests
{
    [Fact]
    public void App_with_two_libraries_that_use_PendoGen_builds_with_warnings_as_errors_and_runs()
    {
        using var solution = new TempSolution("multi");
        WriteContracts(solution);
        WriteSync(solution, accessibility: "internal");
        WriteApp(solution);

        string output = Assert2.Succeeds(solution.Dotnet("App", "run"));
        Assert.Contains("request issues=0 schema=pendo_prod", output, StringComparison.Ordinal);
        Assert.Contains("tag={\"name\":\"blue-team\",\"color\":\"blue\"}", output, StringComparison.Ordinal);
        Assert.Contains("note issues=1", output, StringComparison.Ordinal);     // PENDO006 (unknown property) by the app's own schema
        Assert.Contains("sync=pendo_prod/0", output, StringComparison.Ordinal);  // the internal copy read the same JSON

        // The contracts library's XML documentation covers what PendoGen generated into its public API.
        string docs = File.ReadAllText(Path.Combine(solution.Root, "Contracts", "bin", DotnetCli.Configuration, "net10.0", "Contracts.xml"));
        Assert.Contains("T:PendoGen.PendoConnectionRequest", docs, StringComparison.Ordinal);
        Assert.Contains("T:PendoGen.ValidationIssue", docs, StringComparison.Ordinal);
        Assert.Contains("M:PendoGen.PendoConnectionRequest.Validate", docs, StringComparison.Ordinal);

        // Without PendoGenAccessibility=internal, both libraries own public PendoGen types: the app is told why.
        WriteSync(solution, accessibility: null);
        (int code, string failed) = solution.Dotnet("App", "build");
        Assert.NotEqual(0, code);
        string[] problems = TempSolution.Problems(failed);
        Assert.Contains(problems, p => p.Contains("PENDO010", StringComparison.Ordinal) &&
                                       p.Contains("PendoGen.ValidationIssue is provided publicly by more than one referenced assembly (Contracts, Sync)", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("PENDO010", StringComparison.Ordinal) && p.Contains("pendo-config.schema.json", StringComparison.Ordinal));
    }

    private static void WriteContracts(TempSolution solution)
    {
        solution.Project("Contracts/Contracts.csproj", """
              <PropertyGroup>
                <GenerateDocumentationFile>true</GenerateDocumentationFile>
              </PropertyGroup>
              <ItemGroup>
                <AdditionalFiles Include="tag.schema.json" PendoGenNamespace="Acme.Contracts" />
              </ItemGroup>
            """);
        solution.Write("Contracts/tag.schema.json", """
            {
              "$id": "tag.schema.json",
              "title": "AcmeTag",
              "type": "object",
              "required": ["name"],
              "properties": {
                "name": { "type": "string", "minLength": 1 },
                "color": { "title": "TagColor", "type": "string", "enum": ["red", "blue"] }
              }
            }
            """);
        solution.Write("Contracts/Requests.cs", """
            using PendoGen;

            namespace Acme.Contracts;

            /// <summary>Builds the create-connection requests this company sends.</summary>
            public static class Requests
            {
                /// <summary>A valid request for <paramref name="groupId"/>.</summary>
                /// <param name="groupId">The Fivetran group.</param>
                /// <returns>The request.</returns>
                public static PendoConnectionRequest NewRequest(string groupId) => new()
                {
                    GroupId = groupId,
                    SyncFrequency = 1440,
                    DailySyncTime = "14:00",
                    DestinationSchemaNames = DestinationSchemaNames.SourceNaming,
                    Config = new PendoConfig
                    {
                        Schema = "pendo_prod",
                        SyncMode = SyncMode.SpecificAppIds,
                        AppIds = ["-323232"],
                        Region = PendoRegion.EU,
                        IntegrationKey = Environment.GetEnvironmentVariable("PENDO_KEY") ?? "from-a-vault",
                    },
                };

                /// <summary>A tag of the contracts' own schema.</summary>
                /// <returns>The tag.</returns>
                public static AcmeTag Tag() => new() { Name = "blue-team", Color = TagColor.Blue };
            }
            """);
    }

    private static void WriteSync(TempSolution solution, string? accessibility)
    {
        solution.Project("Sync/Sync.csproj", accessibility is null ? "" : $"""
              <PropertyGroup>
                <PendoGenAccessibility>{accessibility}</PendoGenAccessibility>
              </PropertyGroup>
            """);
        solution.Write("Sync/Planner.cs", """
            namespace Sync;

            public static class Planner
            {
                public static string Describe(string configJson)
                {
                    PendoGen.PendoConfig config = PendoGen.PendoConfig.FromJson(configJson);
                    return config.Schema + "/" + config.Validate().Count;
                }
            }
            """);
    }

    private static void WriteApp(TempSolution solution)
    {
        solution.Project("App/App.csproj", """
              <PropertyGroup>
                <OutputType>Exe</OutputType>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="../Contracts/Contracts.csproj" />
                <ProjectReference Include="../Sync/Sync.csproj" />
                <AdditionalFiles Include="note.schema.json" />
              </ItemGroup>
            """);
        solution.Write("App/note.schema.json", """
            {
              "$id": "note.schema.json",
              "title": "AppNote",
              "type": "object",
              "required": ["text"],
              "properties": { "text": { "type": "string" } }
            }
            """);
        solution.Write("App/Program.cs", """
            using Acme.Contracts;
            using PendoGen;

            PendoConnectionRequest request = Requests.NewRequest("projected_sickle");
            IReadOnlyList<ValidationIssue> issues = request.Validate();
            PendoConfig config = request.Config!;
            AcmeTag tag = Requests.Tag();
            App.AppNote note = App.AppNote.FromJson(args.Length > 99 ? args[0] : "{\"text\":\"n\",\"extra\":1}");
            IReadOnlyList<ValidationIssue> noteIssues = note.Validate();
            Console.WriteLine($"request issues={issues.Count} schema={config.Schema}");
            Console.WriteLine($"tag={tag.ToJson()}");
            Console.WriteLine($"note issues={noteIssues.Count}");
            Console.WriteLine($"sync={Sync.Planner.Describe(config.ToJson())}");
            """);
    }
}

/// <summary>Assertions on a <c>dotnet</c> command's result.</summary>
internal static class Assert2
{
    public static string Succeeds((int ExitCode, string Output) result)
    {
        Assert.True(result.ExitCode == 0, $"exit code {result.ExitCode}:\n{string.Join("\n", TempSolution.Problems(result.Output))}\n{result.Output}");
        return result.Output;
    }
}
