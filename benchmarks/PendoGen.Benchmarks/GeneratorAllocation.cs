using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PendoGen.Emit;
using PendoGen.Model;
using PendoGen.Schema;

namespace PendoGen.Benchmarks;

/// <summary>
/// Where a cold generator run's allocation goes: each stage run on its own over the same inputs (parse, model,
/// emit), the generated text itself, and the driver's work on that text (a syntax tree per file), against the
/// whole driver run. Run with <c>dotnet run -c Release --project benchmarks/PendoGen.Benchmarks -- --generator-allocation</c>.
/// Allocation does not depend on machine load, so these figures are exact (±1 KB) on a busy machine too.
/// </summary>
internal static class GeneratorAllocation
{
    public static void Run()
    {
        Console.WriteLine("| Input | Driver run (total) | Parse | Model | Emit (types) | Runtime sources | Generated text (UTF-16) | Rest (driver, steps, tables) | Syntax trees of the output (lazy: paid by the compiler) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        Measure("4 shipped schemas", Inputs.ShippedSchemas());
        Measure("5 connector schemas", Inputs.SyntheticSchemas(5));
        Measure("50 connector schemas", Inputs.SyntheticSchemas(50));
        if (Environment.GetEnvironmentVariable("PENDOGEN_OPENAPI") == "1")
        {
            OpenApi();
        }
    }

    /// <summary>
    /// Fivetran's OpenAPI document (3 MB) with 1, 50 and every service: a cold generator run (time, single
    /// measurement after a warm-up, and allocation), an incremental run after an unrelated C# edit (what the IDE
    /// pays per keystroke with the document in the project), and the analyzer's compilation start.
    /// </summary>
    private static void OpenApi()
    {
        string path = Path.Combine(Inputs.RepoRoot, "fivetran", "open-api-spec.json");
        string text = File.ReadAllText(path);
        var document = Inputs.Text(path, text);
        using var json = System.Text.Json.JsonDocument.Parse(text);
        string[] all = json.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("NewConnectorRequestV1")
            .GetProperty("discriminator").GetProperty("mapping").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray();
        Console.WriteLine();
        Console.WriteLine("| OpenAPI services | Generated files | Cold run | Cold allocation | Incremental run (unrelated edit) | Its allocation | Analyzer compilation start |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach ((string name, string services) in new[] { ("1 (google_ads)", "google_ads"), ("50", string.Join(";", all.Take(50))), ($"all ({all.Length})", "*") })
        {
            var options = Inputs.OptionsWithMetadata(path, PendoGenerator.OpenApiServicesMetadata.Replace("build_metadata.AdditionalFiles.", "", StringComparison.Ordinal), services);
            CSharpCompilation compilation = Inputs.Compilation([CSharpSyntaxTree.ParseText("class App { }", Inputs.ParseOptions)]);
            CSharpCompilation edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { int X => 1; }", Inputs.ParseOptions));
            GeneratorDriver Driver() => CSharpGeneratorDriver.Create([new PendoGenerator().AsSourceGenerator()], [document], Inputs.ParseOptions, options);
            Driver().RunGenerators(compilation); // warm-up (also fills the document cache the IDE would have)
            GeneratorDriver warm = null!;
            var watch = System.Diagnostics.Stopwatch.StartNew();
            long cold = Allocated(() => warm = Driver().RunGenerators(compilation));
            double coldMs = watch.Elapsed.TotalMilliseconds;
            int files = warm.GetRunResult().Results[0].GeneratedSources.Length;
            warm.RunGenerators(edited);
            watch.Restart();
            long incremental = Allocated(() => warm.RunGenerators(compilation));
            double incrementalMs = watch.Elapsed.TotalMilliseconds;

            Compilation generated = compilation.AddSyntaxTrees(warm.GetRunResult().GeneratedTrees);
            var analyzerOptions = new Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions([document], options);
            PendoGen.Analysis.SchemaCatalog.Create(generated.Clone(), analyzerOptions, CancellationToken.None);
            var starts = new List<double>();
            for (int i = 0; i < 5; i++)
            {
                Compilation keystroke = generated.Clone();
                keystroke.GetTypeByMetadataName("System.Object");
                watch.Restart();
                PendoGen.Analysis.SchemaCatalog.Create(keystroke, analyzerOptions, CancellationToken.None);
                starts.Add(watch.Elapsed.TotalMilliseconds);
            }

            starts.Sort();
            Console.WriteLine($"| {name} | {files} | {coldMs:F0} ms | {Kb(cold)} | {incrementalMs:F2} ms | {Kb(incremental)} | {starts[2]:F1} ms |");
        }
    }

    private static void Measure(string name, ImmutableArray<AdditionalText> schemas)
    {
        CSharpCompilation compilation = Inputs.Compilation([CSharpSyntaxTree.ParseText("class App { }", Inputs.ParseOptions)]);
        var options = Inputs.Options(schemas, path => "Ns_" + Path.GetFileName(path).Replace(".schema.json", "", StringComparison.Ordinal).Replace('-', '_'));
        GeneratorDriver Driver() => CSharpGeneratorDriver.Create([new PendoGenerator().AsSourceGenerator()], schemas, Inputs.ParseOptions, options);

        for (int i = 0; i < 3; i++)
        {
            Driver().RunGenerators(compilation); // warm up the JIT and static tables
        }

        long total = Allocated(() => Driver().RunGenerators(compilation));
        GeneratorRunResult run = Driver().RunGenerators(compilation).GetRunResult().Results[0];

        var texts = schemas.Select(s => (s.Path, Ns: "Ns_" + Path.GetFileName(s.Path).Replace(".schema.json", "", StringComparison.Ordinal).Replace('-', '_'), Text: s.GetText()!.ToString())).ToArray();
        ImmutableArray<SchemaDocument> documents = default;
        long parse = Allocated(() => documents = texts.Select(t => SchemaFiles.Parse(t.Path, t.Ns, t.Text)).ToImmutableArray());
        GenerationModel model = null!;
        long build = Allocated(() => model = ModelBuilder.Build(documents));
        long emit = Allocated(() => EmitAll(model));
        long runtime = Allocated(() =>
        {
            foreach ((string _, string source) in RuntimeSources.Api.Concat(RuntimeSources.Plumbing))
            {
                GC.KeepAlive(source);
            }
        });

        long chars = run.GeneratedSources.Sum(s => (long)s.SourceText.Length);
        long trees = Allocated(() =>
        {
            foreach (GeneratedSourceResult source in run.GeneratedSources)
            {
                CSharpSyntaxTree.ParseText(source.SourceText, Inputs.ParseOptions).GetRoot();
            }
        });
        long rest = total - parse - build - emit;
        if (Environment.GetEnvironmentVariable("PENDOGEN_ALLOC_DETAIL") == "1")
        {
            long json = Allocated(() => { foreach (var t in texts) { GC.KeepAlive(PendoGen.Json.JsonTextReader.Read(t.Text)); } });
            Console.WriteLine($"  parse: JSON reader alone {Kb(json)} for {Kb(texts.Sum(t => (long)t.Text.Length) * 2)} of schema text");
        }

        Console.WriteLine($"| {name} ({run.GeneratedSources.Length} files) | {Kb(total)} | {Kb(parse)} | {Kb(build)} | {Kb(emit)} | {Kb(runtime)} | {Kb(chars * 2)} | {Kb(rest)} | {Kb(trees)} |");
    }

    private static void EmitAll(GenerationModel model)
    {
        Dictionary<string, ObjectSpec> objects = model.Objects.ToDictionary(o => o.FullName);
        foreach (ObjectSpec spec in model.Objects)
        {
            GC.KeepAlive(RecordSource.Emit(spec, RelatedObjects.For(spec, objects)));
        }

        foreach (EnumSpec spec in model.Enums)
        {
            GC.KeepAlive(EnumEmitter.Emit(spec));
        }
    }

    private static long Allocated(Action action)
    {
        long before = GC.GetTotalAllocatedBytes(precise: true);
        action();
        return GC.GetTotalAllocatedBytes(precise: true) - before;
    }

    private static string Kb(long bytes) => (bytes / 1024.0).ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " KB";
}
