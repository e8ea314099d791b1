namespace PendoGen.EndToEnd.Tests;

/// <summary>
/// A folder of real projects that use the PendoGen generator built in this repository, as a package consumer's
/// would: a Directory.Build.props imports the package's buildTransitive props (the shipped schemas, the settings)
/// and adds the generator as an analyzer to every project, with warnings as errors. Deleted on dispose.
/// </summary>
internal sealed class TempSolution : IDisposable
{
    public TempSolution(string name)
    {
        Root = Directory.CreateTempSubdirectory("pendogen-" + name + "-").FullName;
        string generator = Path.Combine(DotnetCli.RepoRoot, "src", "PendoGen.Generator", "bin", DotnetCli.Configuration, "netstandard2.0", "PendoGen.Generator.dll");
        Assert.True(File.Exists(generator), generator + " is missing: build the solution first");
        Write("Directory.Build.props", $"""
            <Project>
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <PendoGenSchemaDirectory>{Path.Combine(DotnetCli.RepoRoot, "schema")}/</PendoGenSchemaDirectory>
              </PropertyGroup>
              <Import Project="{Path.Combine(DotnetCli.RepoRoot, "src", "PendoGen.Package", "buildTransitive", "PendoGen.props")}" />
              <ItemGroup>
                <Analyzer Include="{generator}" />
              </ItemGroup>
            </Project>
            """);
    }

    public string Root { get; }

    /// <summary>Writes a file under the root (folders created as needed) and returns its full path.</summary>
    public string Write(string relativePath, string text)
    {
        string path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>A minimal SDK project file; <paramref name="body"/> goes inside <c>&lt;Project&gt;</c>.</summary>
    public string Project(string relativePath, string body) =>
        Write(relativePath, $"""
            <Project Sdk="Microsoft.NET.Sdk">
            {body}
            </Project>
            """);

    /// <summary>Runs <c>dotnet {arguments}</c> in <paramref name="relativeDirectory"/>.</summary>
    public (int ExitCode, string Output) Dotnet(string relativeDirectory, string arguments) =>
        DotnetCli.Run(Path.Combine(Root, relativeDirectory), arguments);

    /// <summary>The lines of a build's output that are errors or warnings, without the trailing project path, deduplicated.</summary>
    public static string[] Problems(string output) =>
        output.Split('\n')
            .Where(l => l.Contains(": error ", StringComparison.Ordinal) || l.Contains(": warning ", StringComparison.Ordinal))
            .Select(l => (l.LastIndexOf(" [", StringComparison.Ordinal) is int i and > 0 ? l[..i] : l).Trim())
            .Distinct()
            .ToArray();

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file for a moment; the temp folder is cleaned by the OS eventually.
        }
    }
}
