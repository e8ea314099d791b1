using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PendoGen.Analysis;

namespace PendoGen.Benchmarks;

/// <summary>
/// What the IDE pays after a keystroke in one file of the 500-file project: a new compilation (so the analyzer's
/// compilation-start work runs again), then the analyzer's semantic diagnostics for that one file, against the
/// compiler's own binding of the same file (its semantic diagnostics). Run with
/// <c>dotnet run -c Release --project benchmarks/PendoGen.Benchmarks -- --analyzer-per-file</c>; prints a Markdown table.
/// </summary>
internal static class AnalyzerPerFile
{
    private const int Files = 25;

    public static void Run()
    {
        var setup = new AnalyzerBenchmarks();
        setup.Setup();
        Console.WriteLine("| Project | Compiler: bind one file (median) | PendoGen analyzer, same model after binding (median) | PendoGen analyzer, fresh model (median) | Analyzer over binding |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        Measure("1,000 configurations, ~2 diagnostics per file", setup.WithConfigs, setup.Options);
        Measure("1,000 valid configurations", setup.WithValidConfigs, setup.Options);
        Measure("no PendoGen type used", setup.WithoutConfigs, setup.Options);
    }

    private static void Measure(string name, Compilation compilation, AnalyzerOptions options)
    {
        // The user's files (the generated ones come last and are not typed in).
        SyntaxTree[] trees = compilation.SyntaxTrees.Where(t => !t.FilePath.Contains(".g.cs", StringComparison.Ordinal)).ToArray();
        var bind = new List<double>();
        var shared = new List<double>();
        var fresh = new List<double>();
        for (int round = -3; round < Files; round++)
        {
            SyntaxTree tree = trees[(Math.Max(round, 0) * 17 + 11) % trees.Length];

            // A keystroke makes a new compilation: nothing bound, the analyzer's compilation start runs again. The
            // model comes from the analyzer driver's compilation, so binding it first shares that binding (as the IDE
            // shares one semantic model per document between compiler and analyzer diagnostics).
            CompilationWithAnalyzers edited = compilation.Clone().WithAnalyzers([new PendoConfigAnalyzer()], options);
            SemanticModel model = edited.Compilation.GetSemanticModel(tree);
            var watch = Stopwatch.StartNew();
            model.GetDiagnostics();
            double bindMs = watch.Elapsed.TotalMilliseconds;

            watch.Restart();
            Analyze(edited, model);
            double sharedMs = watch.Elapsed.TotalMilliseconds;

            CompilationWithAnalyzers other = compilation.Clone().WithAnalyzers([new PendoConfigAnalyzer()], options);
            watch.Restart();
            Analyze(other, other.Compilation.GetSemanticModel(tree));
            double freshMs = watch.Elapsed.TotalMilliseconds;
            if (round >= 0) // the first rounds warm up the JIT
            {
                bind.Add(bindMs);
                shared.Add(sharedMs);
                fresh.Add(freshMs);
            }
        }

        double b = Median(bind), s = Median(shared);
        Console.WriteLine($"| {name} | {b:F2} ms | {s:F2} ms | {Median(fresh):F2} ms | {s / b:P0} |");
    }

    private static ImmutableArray<Diagnostic> Analyze(CompilationWithAnalyzers analyzers, SemanticModel model) =>
        analyzers.GetAnalyzerSemanticDiagnosticsAsync(model, filterSpan: null, CancellationToken.None).GetAwaiter().GetResult();

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
