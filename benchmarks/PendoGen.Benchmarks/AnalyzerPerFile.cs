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
        Console.WriteLine("| Project | Compiler: the file's diagnostics (binding) | Do-nothing syntax analyzer, after binding | PendoGen analyzer, after binding | PendoGen's own cost | Own cost / binding |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        Measure("1,000 configurations, ~2 diagnostics per file", setup.WithConfigs, setup.Options);
        Measure("1,000 valid configurations", setup.WithValidConfigs, setup.Options);
        Measure("no PendoGen type used", setup.WithoutConfigs, setup.Options);
    }

    private static void Measure(string name, Compilation compilation, AnalyzerOptions options)
    {
        // The user's files (the generated ones are not typed in).
        SyntaxTree[] trees = compilation.SyntaxTrees.Where(t => !t.FilePath.Contains(".g.cs", StringComparison.Ordinal)).ToArray();
        var bind = new List<double>();
        var nothing = new List<double>();
        var pendo = new List<double>();
        for (int round = -3; round < Files; round++)
        {
            SyntaxTree tree = trees[((Math.Max(round, 0) * 17) + 11) % trees.Length];
            bind.Add(0);
            nothing.Add(Time(compilation, tree, options, new AnalyzerBenchmarks.DoNothingSyntaxAnalyzer(), out double bindMs));
            bind[^1] = bindMs;
            pendo.Add(Time(compilation, tree, options, new PendoConfigAnalyzer(), out _));
            if (round < 0) // the first rounds warm up the JIT
            {
                bind.RemoveAt(bind.Count - 1);
                nothing.RemoveAt(nothing.Count - 1);
                pendo.RemoveAt(pendo.Count - 1);
            }
        }

        double b = Stats.Median(bind), n = Stats.Median(nothing), p = Stats.Median(pendo);
        Console.WriteLine($"| {name} | {b:F2} ms | {n:F2} ms | {p:F2} ms | {Math.Max(0, p - n):F2} ms | {Math.Max(0, p - n) / b:P1} |");
    }

    /// <summary>
    /// A keystroke makes a new compilation: nothing bound, the analyzer's compilation start runs again. The model
    /// comes from the analyzer driver's compilation and is bound first (the compiler's diagnostics of the file), so
    /// the analyzer shares that binding, as the IDE shares one semantic model per document.
    /// </summary>
    private static double Time(Compilation compilation, SyntaxTree tree, AnalyzerOptions options, DiagnosticAnalyzer analyzer, out double bindMs)
    {
        Compilation edited = compilation.Clone();
        edited.GetTypeByMetadataName("System.Object"); // the compilation-wide declaration work, not the file's
        edited.GlobalNamespace.GetMembers();
        CompilationWithAnalyzers analyzers = edited.WithAnalyzers([analyzer], options);
        SemanticModel model = analyzers.Compilation.GetSemanticModel(tree);
        var watch = Stopwatch.StartNew();
        model.GetDiagnostics();
        bindMs = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        Analyze(analyzers, model);
        return watch.Elapsed.TotalMilliseconds;
    }

    private static ImmutableArray<Diagnostic> Analyze(CompilationWithAnalyzers analyzers, SemanticModel model) =>
        analyzers.GetAnalyzerSemanticDiagnosticsAsync(model, filterSpan: null, CancellationToken.None).GetAwaiter().GetResult();
}
