using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/PendoGen.Benchmarks -- --filter '*' --job short --inProcess   (quick look)
// dotnet run -c Release --project benchmarks/PendoGen.Benchmarks -- --stable --filter '*Serializer*'        (figures to quote)
// dotnet run -c Release --project benchmarks/PendoGen.Benchmarks -- --analyzer-share
// dotnet run -c Release --project benchmarks/PendoGen.Benchmarks -- --analyzer-per-file
// dotnet run -c Release --project benchmarks/PendoGen.Benchmarks -- --generator-allocation
// dotnet run -c Release --project benchmarks/PendoGen.Benchmarks -- --write-sources DIR configs|valid|plain
if (args is ["--write-sources", string directory, string kind])
{
    PendoGen.Benchmarks.AnalyzerSources.Write(directory, kind);
    return;
}

if (args is ["--analyzer-share"])
{
    PendoGen.Benchmarks.AnalyzerShare.Run();
    return;
}

if (args is ["--analyzer-per-file"])
{
    PendoGen.Benchmarks.AnalyzerPerFile.Run();
    return;
}

// A hot loop to attach a profiler to (dotnet-trace collect -- ... --profile-loop request|response SECONDS).
if (args is ["--profile-loop", "analyzer-start", string startSeconds])
{
    // What a keystroke costs the analyzer before it looks at any file: a new compilation, its compilation start.
    var setup = new PendoGen.Benchmarks.AnalyzerBenchmarks();
    setup.Setup();
    var until = DateTime.UtcNow.AddSeconds(int.Parse(startSeconds, System.Globalization.CultureInfo.InvariantCulture));
    int n = 0;
    var watch = System.Diagnostics.Stopwatch.StartNew();
    while (DateTime.UtcNow < until)
    {
        var compilation = setup.WithValidConfigs.Clone();
        _ = PendoGen.Analysis.SchemaCatalog.Create(compilation, setup.Options, CancellationToken.None);
        n++;
    }

    Console.WriteLine($"{n} compilation starts, {watch.Elapsed.TotalMilliseconds / n:F2} ms each");
    return;
}

if (args is ["--profile-loop", "analyzer", string analyzerSeconds])
{
    // The whole analyzer over the project of 1,000 valid configurations, again and again (each on a fresh copy).
    var setup = new PendoGen.Benchmarks.AnalyzerBenchmarks();
    setup.Setup();
    var until = DateTime.UtcNow.AddSeconds(int.Parse(analyzerSeconds, System.Globalization.CultureInfo.InvariantCulture));
    while (DateTime.UtcNow < until)
    {
        new Microsoft.CodeAnalysis.Diagnostics.CompilationWithAnalyzers(setup.WithValidConfigs.Clone(), [new PendoGen.Analysis.PendoConfigAnalyzer()], setup.Options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
    }

    return;
}

if (args is ["--profile-loop", "openapi-incremental", string services, string openApiSeconds])
{
    // The generator after unrelated C# edits with Fivetran's OpenAPI document in the project.
    string path = Path.Combine(PendoGen.Benchmarks.Inputs.RepoRoot, "fivetran", "open-api-spec.json");
    var document = PendoGen.Benchmarks.Inputs.Text(path, File.ReadAllText(path));
    var options = PendoGen.Benchmarks.Inputs.OptionsWithMetadata(path, "PendoGenOpenApiServices", services);
    var compilation = PendoGen.Benchmarks.Inputs.Compilation([Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("class App { }", PendoGen.Benchmarks.Inputs.ParseOptions)]);
    var driver = Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver.Create([Microsoft.CodeAnalysis.GeneratorExtensions.AsSourceGenerator(new PendoGen.PendoGenerator())], [document], PendoGen.Benchmarks.Inputs.ParseOptions, options)
        .RunGenerators(compilation);
    var until = DateTime.UtcNow.AddSeconds(int.Parse(openApiSeconds, System.Globalization.CultureInfo.InvariantCulture));
    int edits = 0;
    var watch = System.Diagnostics.Stopwatch.StartNew();
    while (DateTime.UtcNow < until)
    {
        compilation = compilation.AddSyntaxTrees(Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText($"class Edit{edits} {{ }}", PendoGen.Benchmarks.Inputs.ParseOptions));
        driver = driver.RunGenerators(compilation);
        edits++;
    }

    Console.WriteLine($"{edits} edits, {watch.Elapsed.TotalMilliseconds / edits:F1} ms each");
    return;
}

if (args is ["--profile-loop", "generator", string generatorSeconds])
{
    // Cold generator runs over the shipped schemas, again and again.
    var schemas = PendoGen.Benchmarks.Inputs.ShippedSchemas();
    var compilation = PendoGen.Benchmarks.Inputs.Compilation([Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("class App { }", PendoGen.Benchmarks.Inputs.ParseOptions)]);
    var options = PendoGen.Benchmarks.Inputs.Options(schemas, _ => "PendoGen");
    var until = DateTime.UtcNow.AddSeconds(int.Parse(generatorSeconds, System.Globalization.CultureInfo.InvariantCulture));
    int runs = 0;
    var watch = System.Diagnostics.Stopwatch.StartNew();
    while (DateTime.UtcNow < until)
    {
        Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver.Create([Microsoft.CodeAnalysis.GeneratorExtensions.AsSourceGenerator(new PendoGen.PendoGenerator())], schemas, PendoGen.Benchmarks.Inputs.ParseOptions, options).RunGenerators(compilation);
        runs++;
    }

    Console.WriteLine($"{runs} cold runs, {watch.Elapsed.TotalMilliseconds / runs:F2} ms each");
    return;
}

if (args is ["--profile-loop", string what, string seconds])
{
    var until = DateTime.UtcNow.AddSeconds(int.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture));
    long n = 0;
    while (DateTime.UtcNow < until)
    {
        for (int i = 0; i < 10_000; i++, n++)
        {
            _ = what == "request" ? (object)PendoGen.PendoConnectionRequest.FromJson(PendoGen.Benchmarks.Payloads.RequestUtf8) : PendoGen.PendoConnectionResponse.FromJson(PendoGen.Benchmarks.Payloads.ResponseUtf8);
        }
    }

    Console.WriteLine($"{n} reads");
    return;
}

if (args is ["--generator-allocation"])
{
    PendoGen.Benchmarks.GeneratorAllocation.Run();
    return;
}

if (args.Contains("--stable"))
{
    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args.Where(a => a != "--stable").ToArray(), PendoGen.Benchmarks.StableConfig.Create());
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
