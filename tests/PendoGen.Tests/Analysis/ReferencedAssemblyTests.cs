using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PendoGen.Analysis;
using PendoGen.Tests.Infrastructure;

namespace PendoGen.Tests.Analysis;

/// <summary>
/// Generated types that come from a referenced "contracts" library are checked too: the library carries its
/// schemas in metadata, and the app has no schema file of its own.
/// </summary>
public class ReferencedAssemblyTests
{
    [Fact]
    public async Task Literal_configuration_of_a_type_from_a_referenced_assembly_is_checked()
    {
        MetadataReference contracts = BuildContracts();

        const string app = """
            using Contracts;
            class App
            {
                WidgetConfig M() => new WidgetConfig
                {
                    ApiToken = System.Environment.MachineName,
                    Mode = RenderMode.FastMode,
                    BatchSize = 5000,
                    Widgets = [new WidgetSpec { Id = "w", Kind = WidgetKind.BarChart }],
                };
            }
            """;
        CSharpCompilation compilation = CSharpCompilation.Create(
            "App",
            [CSharpSyntaxTree.ParseText(app, GeneratorHarness.ParseOptions)],
            Basic.Reference.Assemblies.Net100.References.All.Append(contracts),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        // The app runs the generator too (no schema of its own): it must not emit the runtime a second time.
        GeneratorHarness.CreateDriver([]).RunGeneratorsAndUpdateCompilation(compilation, out Compilation withGenerated, out _);
        Assert.Empty(withGenerated.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));

        var options = new AnalyzerOptions([], new TestOptionsProvider(new Dictionary<string, string>(), new Dictionary<string, IReadOnlyDictionary<string, string>>()));
        ImmutableArray<Diagnostic> diagnostics = await withGenerated
            .WithAnalyzers([new PendoConfigAnalyzer()], options)
            .GetAllDiagnosticsAsync();

        // Two rules of the widget schema cap batch_size (1000 always, 500 unless mode is 3d): both fire, on the value.
        List<Diagnostic> reported = diagnostics.Where(d => d.Id.StartsWith("PENDO", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, reported.Count);
        Assert.All(reported, d => Assert.Equal("PENDO004", d.Id));
        Assert.All(reported, d => Assert.Equal("5000", d.Location.SourceTree!.GetText().ToString(d.Location.SourceSpan)));
        Assert.Contains(reported, d => d.GetMessage().StartsWith("$.batch_size: 'batch_size' must be at most 1000, not 5000", StringComparison.Ordinal));
    }

    private static MetadataReference BuildContracts()
    {
        GeneratorResult contracts = GeneratorHarness.Run([SchemaFile.FromOutput("TestData/widget-connector.schema.json", "Contracts")]);
        Compilation library = contracts.Output.WithAssemblyName("Contracts");
        using var stream = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult emitted = library.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return MetadataReference.CreateFromImage(stream.ToArray());
    }
}
