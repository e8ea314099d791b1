using System.Diagnostics;
using Microsoft.CodeAnalysis;
using PendoGen.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PendoGen.Tests.OpenApi;

/// <summary>
/// Generator time and the memory its incremental state holds (what an IDE keeps between keystrokes) for 1, 50 and
/// every service. Only with PENDOGEN_OPENAPI_FULL=1: the figures go into docs/performance.md, not into CI.
/// </summary>
public class OpenApiScaleTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(1)]
    [InlineData(50)]
    [InlineData(0)]
    public void Generator_time_and_held_memory(int count)
    {
        if (Environment.GetEnvironmentVariable("PENDOGEN_OPENAPI_FULL") != "1")
        {
            return;
        }

        string services = count == 0 ? "*" : string.Join(";", VendorDocument.AllServices.Order(StringComparer.Ordinal).Take(count));
        var compilation = GeneratorHarness.CreateCompilation();
        _ = OpenApiHarness.Text;
        long before = GC.GetTotalMemory(forceFullCollection: true);
        var watch = Stopwatch.StartNew();
        GeneratorDriver driver = OpenApiHarness.CreateDriver(services).RunGenerators(compilation);
        TimeSpan first = watch.Elapsed;
        watch.Restart();
        driver = driver.RunGenerators(compilation.AddSyntaxTrees(Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("class Edit { }", GeneratorHarness.ParseOptions)));
        TimeSpan second = watch.Elapsed;
        long held = GC.GetTotalMemory(forceFullCollection: true) - before;
        GeneratorDriverRunResult run = driver.GetRunResult();
        int sources = run.GeneratedTrees.Length;
        GC.KeepAlive(driver);
        foreach (var group in run.Diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {group.Key} {group.First().Severity}: {group.Count()}");
        }

        output.WriteLine($"{(count == 0 ? "all" : count.ToString())} services: first run {first.TotalSeconds:F2} s, after a C# edit {second.TotalMilliseconds:F0} ms, {sources} files, driver holds {held / 1024 / 1024} MB");
        Assert.True(sources > 0);
    }
}
