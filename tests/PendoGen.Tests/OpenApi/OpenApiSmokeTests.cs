using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace PendoGen.Tests.OpenApi;

public class OpenApiSmokeTests(ITestOutputHelper output)
{
    [Fact]
    public void Smoke()
    {
        var result = OpenApiHarness.Run("google_ads;pendo;15five;float;snowflake_db;nosuch_service");
        foreach (var g in result.GeneratorDiagnostics.GroupBy(d => d.Id))
        {
            output.WriteLine($"{g.Key} {g.Count()} {g.First()}");
        }

        foreach (var d in result.CompilationProblems.Take(30))
        {
            output.WriteLine(d.ToString());
        }

        output.WriteLine(string.Join("\n", result.Sources.Select(s => s.HintName).Take(200)));
        output.WriteLine(result.Source("Vendor.GoogleAds.GoogleAdsConnectionRequest.g.cs"));
    }
}
