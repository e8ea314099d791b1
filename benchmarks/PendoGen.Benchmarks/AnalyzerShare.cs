using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PendoGen.Analysis;

namespace PendoGen.Benchmarks;

/// <summary>
/// The analyzer's share of a compile the way the compiler reports it (<c>-p:ReportAnalyzer=true</c> uses the same
/// telemetry): the time spent in the analyzer's own callbacks, against the time to compile the project. Run with
/// <c>dotnet run -c Release --project benchmarks/PendoGen.Benchmarks -- --analyzer-share</c>; prints a Markdown table.
/// </summary>
internal static class AnalyzerShare
{
    private const int Rounds = 7;

    public static void Run()
    {
        var setup = new AnalyzerBenchmarks();
        setup.Setup();
        Console.WriteLine("| Project | Compile (median) | Compile + analyzer (median) | PendoGen analyzer callbacks (median, telemetry) | Share of compile |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        Measure("500 files, 1,000 configurations", setup.WithConfigs, setup.Options);
        Measure("500 files, 1,000 valid configurations", setup.WithValidConfigs, setup.Options);
        Measure("500 files, no PendoGen type used", setup.WithoutConfigs, setup.Options);
    }

    private static void Measure(string name, Compilation compilation, AnalyzerOptions options)
    {
        // One thread for the compiler and the analyzers: the callback times are then not inflated by waiting for
        // binding done on other threads or by GC pauses of other threads, and compare with the compile time.
        compilation = compilation.WithOptions(compilation.Options.WithConcurrentBuild(false));
        var compile = new List<double>();
        var withAnalyzer = new List<double>();
        var callbacks = new List<double>();
        int diagnostics = 0;
        for (int round = 0; round <= Rounds; round++)
        {
            var watch = Stopwatch.StartNew();
            compilation.Clone().GetDiagnostics();
            double compileMs = watch.Elapsed.TotalMilliseconds;

            var analyzer = new PendoConfigAnalyzer();
            var withAnalyzers = compilation.Clone().WithAnalyzers([analyzer],
                new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
            watch.Restart();
            withAnalyzers.Compilation.GetDiagnostics();
            AnalysisResult result = withAnalyzers.GetAnalysisResultAsync(CancellationToken.None).GetAwaiter().GetResult();
            double totalMs = watch.Elapsed.TotalMilliseconds;
            double analyzerMs = result.AnalyzerTelemetryInfo[analyzer].ExecutionTime.TotalMilliseconds;
            diagnostics = result.GetAllDiagnostics().Length;
            if (round > 0) // round 0 warms up
            {
                compile.Add(compileMs);
                withAnalyzer.Add(totalMs);
                callbacks.Add(analyzerMs);
            }
        }

        double c = Stats.Median(compile), a = Stats.Median(callbacks);
        Console.WriteLine($"| {name} ({diagnostics} PendoGen diagnostics) | {c:F0} ms | {Stats.Median(withAnalyzer):F0} ms | {a:F1} ms | {a / c:P1} |");
    }
}
