namespace PendoGen.EndToEnd.Tests;

/// <summary>
/// A project that cannot compile the generated code (a netstandard2.0 library, C# 10) gets one PENDO012 from a real
/// <c>dotnet build</c>, and no CS error from generated code (it used to get about 1,100, or CS8936).
/// </summary>
public class UnsupportedTargetTests
{
    [Theory]
    [InlineData("<TargetFramework>netstandard2.0</TargetFramework><LangVersion>latest</LangVersion>", "targets a framework without System.DateOnly")]
    [InlineData("<LangVersion>10</LangVersion>", "compiles with C# 10.0 (LangVersion)")]
    public void Gets_one_PENDO012_and_nothing_else(string property, string reason)
    {
        using var solution = new TempSolution("target");
        solution.Project("Legacy/Legacy.csproj", $"""
              <PropertyGroup>
                {property}
              </PropertyGroup>
            """);
        solution.Write("Legacy/Contract.cs", """
            namespace Legacy;

            public sealed class Contract
            {
                public string Name { get; set; } = "";
            }
            """);

        (int code, string output) = solution.Dotnet("Legacy", "build");
        Assert.NotEqual(0, code);
        string[] problems = TempSolution.Problems(output);
        string only = Assert.Single(problems);
        Assert.Contains("error PENDO012: PendoGen generated nothing: this project " + reason, only, StringComparison.Ordinal);
    }
}
