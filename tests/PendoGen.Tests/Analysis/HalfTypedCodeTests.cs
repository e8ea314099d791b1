using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PendoGen.Analysis;
using PendoGen.Tests.Infrastructure;

namespace PendoGen.Tests.Analysis;

/// <summary>
/// In the IDE the analyzer sees code mid-keystroke. Every prefix of the sample program, cut at each token, goes
/// through the analyzer: it must never throw (AD0001).
/// </summary>
public class HalfTypedCodeTests
{
    public static TheoryData<string> Sources() => new()
    {
        Path.Combine(RepoRoot(), "samples", "PendoGen.Sample", "Program.cs"),
        Path.Combine(RepoRoot(), "tests", "PendoGen.Tests", "Analysis", "ObjectInitializerTests.cs"),
    };

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task No_prefix_of_the_source_makes_the_analyzer_throw(string file)
    {
        string text = File.ReadAllText(file);
        // The generated code, compiled once; each prefix is added as the only user file.
        GeneratorResult generated = GeneratorHarness.Run(SchemaFile.Shipped, "class Placeholder { }");
        Compilation baseline = generated.Output.RemoveSyntaxTrees(generated.Output.SyntaxTrees.First());
        AnalyzerOptions options = Options();
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new PendoConfigAnalyzer());

        SyntaxTree full = CSharpSyntaxTree.ParseText(text, GeneratorHarness.ParseOptions);
        int prefixes = 0;
        foreach (SyntaxToken token in full.GetRoot().DescendantTokens())
        {
            SyntaxTree prefix = CSharpSyntaxTree.ParseText(text.Substring(0, token.Span.End), GeneratorHarness.ParseOptions, path: "prefix.cs");
            Compilation compilation = baseline.AddSyntaxTrees(prefix);
            var exceptions = new List<string>();
            var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
                options, (e, _, _) => exceptions.Add(e.ToString()), concurrentAnalysis: false, logAnalyzerExecutionTime: false));
            SemanticModel model = compilation.GetSemanticModel(prefix);
            ImmutableArray<Diagnostic> diagnostics = await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(model, filterSpan: null, CancellationToken.None);
            Assert.True(exceptions.Count == 0, $"Analyzer threw at prefix ending '{token.Text}' (offset {token.Span.End}):\n{string.Join("\n", exceptions)}");
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
            prefixes++;
        }

        Assert.True(prefixes > 100, $"only {prefixes} prefixes were tried");
    }

    private static AnalyzerOptions Options()
    {
        var files = SchemaFile.Shipped.Select(s => (AdditionalText)new InMemoryAdditionalText(s.Path, s.Text)).ToImmutableArray();
        var perFile = SchemaFile.Shipped.ToDictionary(s => s.Path, s => (IReadOnlyDictionary<string, string>)new Dictionary<string, string> { [PendoGenerator.NamespaceMetadata] = s.Namespace! });
        return new AnalyzerOptions(files, new TestOptionsProvider(new Dictionary<string, string>(), perFile));
    }

    private static string RepoRoot([System.Runtime.CompilerServices.CallerFilePath] string file = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, "..", "..", ".."));
}
