using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PendoGen.Analysis;

namespace PendoGen.Benchmarks;

/// <summary>
/// The analyzer on a project of 500 files holding 1,000 literal configurations, against compiling the same
/// project (binding every method body and emitting diagnostics) — and on 500 files that use no PendoGen type.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class AnalyzerBenchmarks
{
    private Compilation _withConfigs = null!;
    private Compilation _withoutConfigs = null!;
    private Compilation _withValidConfigs = null!;
    private AnalyzerOptions _options = null!;

    internal Compilation WithConfigs => _withConfigs;

    internal Compilation WithoutConfigs => _withoutConfigs;

    internal Compilation WithValidConfigs => _withValidConfigs;

    internal AnalyzerOptions Options => _options;
    private readonly ImmutableArray<DiagnosticAnalyzer> _analyzers = [new PendoConfigAnalyzer()];

    [GlobalSetup]
    public void Setup()
    {
        ImmutableArray<AdditionalText> schemas = Inputs.ShippedSchemas();
        AnalyzerConfigOptionsProvider options = Inputs.Options(schemas, _ => "PendoGen");
        _options = new AnalyzerOptions(schemas, options);

        _withConfigs = Generate(AnalyzerSources.All("configs"), schemas, options);
        _withValidConfigs = Generate(AnalyzerSources.All("valid"), schemas, options);
        _withoutConfigs = Generate(AnalyzerSources.All("plain"), schemas, options);
    }

    private static Compilation Generate(IEnumerable<string> sources, ImmutableArray<AdditionalText> schemas, AnalyzerConfigOptionsProvider options)
    {
        CSharpCompilation compilation = Inputs.Compilation(sources.Select(s => CSharpSyntaxTree.ParseText(s, Inputs.ParseOptions)));
        CSharpGeneratorDriver.Create([new PendoGenerator().AsSourceGenerator()], schemas, Inputs.ParseOptions, options)
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);
        return output;
    }

    // Each run starts from a fresh copy of the compilation (Clone drops the cached binding), so "compile" is the
    // real cost of binding and checking every file, and "compile + analyzer" adds exactly the analyzer's work.
    // Each category has its own baseline (a compile of the same files). The "binding only" analyzer asks the
    // semantic model for the operation of every creation and invocation and does nothing else: the floor for any
    // analyzer that checks these expressions semantically, so PendoGen's own work is the distance above it.

    private const string WithDiagnostics = "1,000 configurations, ~2 diagnostics per file";
    private const string Valid = "1,000 valid configurations";
    private const string NoUse = "no PendoGen type used";

    [Benchmark(Baseline = true), BenchmarkCategory(WithDiagnostics)]
    public int Compile_500_files_with_1000_configs() => Compile(_withConfigs);

    [Benchmark, BenchmarkCategory(WithDiagnostics)]
    public int Compile_and_PendoGen_analyzer_with_1000_configs() => Analyze(_withConfigs, _analyzers);

    [Benchmark, BenchmarkCategory(WithDiagnostics)]
    public int Compile_and_binding_only_analyzer_with_1000_configs() => Analyze(_withConfigs, [new BindingOnlyAnalyzer()]);

    [Benchmark(Baseline = true), BenchmarkCategory(Valid)]
    public int Compile_500_files_with_1000_valid_configs() => Compile(_withValidConfigs);

    [Benchmark, BenchmarkCategory(Valid)]
    public int Compile_and_PendoGen_analyzer_with_1000_valid_configs() => Analyze(_withValidConfigs, _analyzers);

    [Benchmark, BenchmarkCategory(Valid)]
    public int Compile_and_binding_only_analyzer_with_1000_valid_configs() => Analyze(_withValidConfigs, [new BindingOnlyAnalyzer()]);

    [Benchmark(Baseline = true), BenchmarkCategory(NoUse)]
    public int Compile_500_files_without_PendoGen_use() => Compile(_withoutConfigs);

    [Benchmark, BenchmarkCategory(NoUse)]
    public int Compile_and_PendoGen_analyzer_without_PendoGen_use() => Analyze(_withoutConfigs, _analyzers);

    // The analyzer driver's own cost: analyzers that register the same node or operation kinds and do nothing.
    [Benchmark, BenchmarkCategory(NoUse)]
    public int Compile_and_do_nothing_syntax_analyzer_without_PendoGen_use() => Analyze(_withoutConfigs, [new DoNothingSyntaxAnalyzer()]);

    [Benchmark, BenchmarkCategory(NoUse)]
    public int Compile_and_do_nothing_operation_analyzer_without_PendoGen_use() => Analyze(_withoutConfigs, [new DoNothingOperationAnalyzer()]);

    private static int Compile(Compilation compilation) => compilation.Clone().GetDiagnostics().Length;

    private int Analyze(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers) =>
        compilation.Clone().WithAnalyzers(analyzers, _options).GetAllDiagnosticsAsync().GetAwaiter().GetResult().Length;

    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    internal sealed class BindingOnlyAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("BENCH003", "t", "m", "c", DiagnosticSeverity.Warning, true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterSyntaxNodeAction(c => c.SemanticModel.GetOperation(c.Node, c.CancellationToken), Microsoft.CodeAnalysis.CSharp.SyntaxKind.ObjectCreationExpression,
                Microsoft.CodeAnalysis.CSharp.SyntaxKind.ImplicitObjectCreationExpression, Microsoft.CodeAnalysis.CSharp.SyntaxKind.WithExpression,
                Microsoft.CodeAnalysis.CSharp.SyntaxKind.InvocationExpression);
        }
    }

    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    internal sealed class DoNothingSyntaxAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("BENCH002", "t", "m", "c", DiagnosticSeverity.Warning, true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterSyntaxNodeAction(_ => { }, Microsoft.CodeAnalysis.CSharp.SyntaxKind.ObjectCreationExpression,
                Microsoft.CodeAnalysis.CSharp.SyntaxKind.ImplicitObjectCreationExpression, Microsoft.CodeAnalysis.CSharp.SyntaxKind.WithExpression,
                Microsoft.CodeAnalysis.CSharp.SyntaxKind.InvocationExpression);
        }
    }

    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class DoNothingOperationAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("BENCH001", "t", "m", "c", DiagnosticSeverity.Warning, true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterOperationAction(_ => { }, OperationKind.ObjectCreation, OperationKind.With, OperationKind.Invocation);
        }
    }
}
