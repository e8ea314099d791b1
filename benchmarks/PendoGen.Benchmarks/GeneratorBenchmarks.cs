using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PendoGen.Benchmarks;

/// <summary>
/// The generator in a compiler driver: a cold run over the shipped schemas and over 5 and 50 connector schemas, an
/// incremental run after an unrelated C# edit, and the System.Text.Json source generator over equivalent POCOs.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _edited = null!;
    private CSharpCompilation _pocoCompilation = null!;
    private GeneratorDriver _warmDriver = null!;
    private ImmutableArray<AdditionalText> _shipped;
    private ImmutableArray<AdditionalText> _five;
    private ImmutableArray<AdditionalText> _fifty;
    private ISourceGenerator _stjGenerator = null!;

    [GlobalSetup]
    public void Setup()
    {
        _compilation = Inputs.Compilation([CSharpSyntaxTree.ParseText("class App { }", Inputs.ParseOptions)]);
        _edited = _compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { int X => 1; }", Inputs.ParseOptions));
        _shipped = Inputs.ShippedSchemas();
        _five = Inputs.SyntheticSchemas(5);
        _fifty = Inputs.SyntheticSchemas(50);
        _warmDriver = Driver(_shipped).RunGenerators(_compilation);

        string pocos = File.ReadAllText(Path.Combine(Inputs.RepoRoot, "benchmarks", "PendoGen.Benchmarks", "Peers", "StjModels.cs"));
        _pocoCompilation = Inputs.Compilation([CSharpSyntaxTree.ParseText(pocos, Inputs.ParseOptions)]);
        string stjPath = Directory.GetFiles(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", "..", "packs", "Microsoft.NETCore.App.Ref"),
            "System.Text.Json.SourceGeneration.dll", SearchOption.AllDirectories).Where(p => p.Contains("roslyn4.4", StringComparison.Ordinal) || p.Contains("/cs/", StringComparison.Ordinal)).OrderDescending().First();
        _stjGenerator = new Microsoft.CodeAnalysis.Diagnostics.AnalyzerFileReference(stjPath, new Loader()).GetGenerators(LanguageNames.CSharp).Single();
    }

    private static GeneratorDriver Driver(ImmutableArray<AdditionalText> schemas) =>
        CSharpGeneratorDriver.Create([new PendoGenerator().AsSourceGenerator()], schemas, Inputs.ParseOptions,
            // One namespace per schema file, named after it (a hash of the path collided now and then, putting two
            // connectors' same-named enums into one namespace and measuring collision handling instead).
            Inputs.Options(schemas, path => "Ns_" + Path.GetFileName(path).Replace(".schema.json", "", StringComparison.Ordinal).Replace('-', '_')));

    [Benchmark(Baseline = true)]
    public GeneratorDriver StjSourceGenerator_cold_equivalent_pocos() =>
        CSharpGeneratorDriver.Create([_stjGenerator], parseOptions: Inputs.ParseOptions).RunGenerators(_pocoCompilation);

    [Benchmark]
    public GeneratorDriver PendoGen_cold_shipped_schemas() => Driver(_shipped).RunGenerators(_compilation);

    [Benchmark]
    public GeneratorDriver PendoGen_cold_5_schemas() => Driver(_five).RunGenerators(_compilation);

    [Benchmark]
    public GeneratorDriver PendoGen_cold_50_schemas() => Driver(_fifty).RunGenerators(_compilation);

    [Benchmark]
    public GeneratorDriver PendoGen_incremental_unrelated_edit() => _warmDriver.RunGenerators(_edited);

    private sealed class Loader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public System.Reflection.Assembly LoadFromPath(string fullPath) => System.Reflection.Assembly.LoadFrom(fullPath);
    }
}
