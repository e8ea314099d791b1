using System.Diagnostics;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PendoGen.Analysis;

namespace PendoGen.Benchmarks;

/// <summary>
/// Hot loops to attach a profiler to (<c>dotnet-trace collect -- PendoGen.Benchmarks --profile-loop WHAT SECONDS</c>).
/// Each repeats one piece of work for the given time and prints how often it ran; none of them measures for the docs.
/// </summary>
internal static class ProfileLoops
{
    public static bool TryRun(string[] args)
    {
        switch (args)
        {
            case ["--profile-loop", "analyzer-start", string seconds]:
                AnalyzerStart(Seconds(seconds));
                return true;
            case ["--profile-loop", "analyzer", string seconds]:
                Analyzer(Seconds(seconds));
                return true;
            case ["--profile-loop", "openapi-incremental", string services, string seconds]:
                OpenApiIncremental(services, Seconds(seconds));
                return true;
            case ["--profile-loop", "generator", string seconds]:
                Generator(Seconds(seconds));
                return true;
            case ["--profile-loop", "request" or "response", string seconds]:
                Read(args[1] == "request", Seconds(seconds));
                return true;
            default:
                return false;
        }
    }

    /// <summary>What a keystroke costs the analyzer before it looks at any file: a new compilation, its compilation start.</summary>
    private static void AnalyzerStart(TimeSpan duration)
    {
        var setup = new AnalyzerBenchmarks();
        setup.Setup();
        Repeat(duration, "compilation starts", () => SchemaCatalog.Create(setup.WithValidConfigs.Clone(), setup.Options, CancellationToken.None));
    }

    /// <summary>The whole analyzer over the project of 1,000 valid configurations, each run on a fresh copy.</summary>
    private static void Analyzer(TimeSpan duration)
    {
        var setup = new AnalyzerBenchmarks();
        setup.Setup();
        Repeat(duration, "analyzer runs", () =>
            new CompilationWithAnalyzers(setup.WithValidConfigs.Clone(), [new PendoConfigAnalyzer()], setup.Options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult());
    }

    /// <summary>The generator after unrelated C# edits with Fivetran's OpenAPI document in the project.</summary>
    private static void OpenApiIncremental(string services, TimeSpan duration)
    {
        string path = Path.Combine(Inputs.RepoRoot, "fivetran", "open-api-spec.json");
        AdditionalText document = Inputs.Text(path, File.ReadAllText(path));
        AnalyzerConfigOptionsProvider options = Inputs.OptionsWithMetadata(path, "PendoGenOpenApiServices", services);
        Compilation compilation = EmptyCompilation();
        GeneratorDriver driver = Driver([document], options).RunGenerators(compilation);
        int edits = 0;
        Repeat(duration, "edits", () =>
        {
            compilation = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText($"class Edit{edits++} {{ }}", Inputs.ParseOptions));
            driver = driver.RunGenerators(compilation);
        });
    }

    /// <summary>Cold generator runs over the shipped schemas.</summary>
    private static void Generator(TimeSpan duration)
    {
        var schemas = Inputs.ShippedSchemas();
        AnalyzerConfigOptionsProvider options = Inputs.Options(schemas, _ => "PendoGen");
        Compilation compilation = EmptyCompilation();
        Repeat(duration, "cold runs", () => Driver(schemas, options).RunGenerators(compilation));
    }

    /// <summary>FromJson of the benchmark request or response.</summary>
    private static void Read(bool request, TimeSpan duration) =>
        Repeat(duration, "reads", () => _ = request
            ? (object)PendoConnectionRequest.FromJson(Payloads.RequestUtf8)
            : PendoConnectionResponse.FromJson(Payloads.ResponseUtf8));

    private static Compilation EmptyCompilation() => Inputs.Compilation([CSharpSyntaxTree.ParseText("class App { }", Inputs.ParseOptions)]);

    private static GeneratorDriver Driver(IEnumerable<AdditionalText> texts, AnalyzerConfigOptionsProvider options) =>
        CSharpGeneratorDriver.Create([new PendoGenerator().AsSourceGenerator()], texts, Inputs.ParseOptions, options);

    private static TimeSpan Seconds(string text) => TimeSpan.FromSeconds(int.Parse(text, CultureInfo.InvariantCulture));

    private static void Repeat(TimeSpan duration, string what, Action work)
    {
        var watch = Stopwatch.StartNew();
        long count = 0;
        while (watch.Elapsed < duration)
        {
            work();
            count++;
        }

        Console.WriteLine($"{count} {what}, {watch.Elapsed.TotalMilliseconds / count:F3} ms each");
    }
}
