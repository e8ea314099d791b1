using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PendoGen.Tests.Infrastructure;

/// <summary>Runs <see cref="PendoGenerator"/> in memory over schemas and C# sources, as the compiler would.</summary>
public static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    public const string RootNamespace = "TestApp";

    public static GeneratorDriver CreateDriver(IEnumerable<SchemaFile> schemas, bool trackSteps = true)
    {
        List<SchemaFile> list = schemas.ToList();
        var perFile = list
            .Where(s => s.Namespace is not null)
            .ToDictionary(s => s.Path, s => (IReadOnlyDictionary<string, string>)new Dictionary<string, string>
            {
                [PendoGenerator.NamespaceMetadata] = s.Namespace!,
            });
        var options = new TestOptionsProvider(new Dictionary<string, string> { ["build_property.RootNamespace"] = RootNamespace }, perFile);
        return CSharpGeneratorDriver.Create(
            generators: [new PendoGenerator().AsSourceGenerator()],
            additionalTexts: list.Select(s => (AdditionalText)new InMemoryAdditionalText(s.Path, s.Text)),
            parseOptions: ParseOptions,
            optionsProvider: options,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
    }

    public static CSharpCompilation CreateCompilation(string source = "class Placeholder { }", bool net80 = false) =>
        CSharpCompilation.Create(
            "TestApp",
            [CSharpSyntaxTree.ParseText(source, ParseOptions)],
            net80 ? Basic.Reference.Assemblies.Net80.References.All : Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>Runs the generator once and returns the compilation with the generated code, and every diagnostic.</summary>
    public static GeneratorResult Run(IEnumerable<SchemaFile> schemas, string source = "class Placeholder { }", bool net80 = false)
    {
        GeneratorDriver driver = CreateDriver(schemas);
        CSharpCompilation compilation = CreateCompilation(source, net80);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
        return new GeneratorResult(driver.GetRunResult(), output, generatorDiagnostics);
    }
}

public sealed record GeneratorResult(GeneratorDriverRunResult RunResult, Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    public IEnumerable<GeneratedSourceResult> Sources => RunResult.Results.SelectMany(r => r.GeneratedSources);

    public string Source(string hintName) => Sources.Single(s => s.HintName == hintName).SourceText.ToString();

    /// <summary>Errors and warnings of the compilation that includes the generated code.</summary>
    public IEnumerable<Diagnostic> CompilationProblems =>
        Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning);
}
