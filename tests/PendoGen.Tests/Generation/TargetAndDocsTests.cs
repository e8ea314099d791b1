using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PendoGen.Tests.Infrastructure;

namespace PendoGen.Tests.Generation;

/// <summary>
/// PENDO012 instead of a wall of errors where the generated code cannot compile; XML docs on every public member of
/// the generated code and the runtime support (no CS1591 with documentation on).
/// </summary>
public class TargetAndDocsTests
{
    [Fact]
    public void CSharp10_gets_one_PENDO012_and_no_generated_source()
    {
        GeneratorDriver driver = GeneratorHarness.CreateDriver(SchemaFile.Shipped);
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation();
        compilation = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees[0], CSharpSyntaxTree.ParseText("class Placeholder { }", new CSharpParseOptions(LanguageVersion.CSharp10)));
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);

        Diagnostic only = Assert.Single(diagnostics);
        Assert.Equal("PENDO012", only.Id);
        Assert.Contains("C# 10.0", only.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(driver.GetRunResult().Results.SelectMany(r => r.GeneratedSources));
    }

    [Fact]
    public void Framework_without_System_Text_Json_gets_PENDO012_naming_what_is_missing()
    {
        GeneratorDriver driver = GeneratorHarness.CreateDriver(SchemaFile.Shipped);
        CSharpCompilation full = GeneratorHarness.CreateCompilation();
        CSharpCompilation compilation = full.RemoveReferences(full.References.Where(r => (r.Display ?? "").Contains("System.Text.Json", StringComparison.Ordinal)));
        Assert.NotEqual(full.References.Count(), compilation.References.Count());
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out _, out ImmutableArray<Diagnostic> diagnostics);

        Diagnostic only = Assert.Single(diagnostics);
        Assert.Equal("PENDO012", only.Id);
        Assert.Contains("targets a framework without System.Text.Json.Utf8JsonReader", only.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(driver.GetRunResult().Results.SelectMany(r => r.GeneratedSources));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Generated_code_has_docs_on_every_public_member(bool isInternal)
    {
        SchemaFile widget = SchemaFile.FromOutput("TestData/widget-connector.schema.json", "Widgets");
        GeneratorResult result = MultiAssemblyGenerationTests.RunWith(SchemaFile.Shipped.Append(widget), [], isInternal);
        Compilation documented = result.Output.RemoveAllSyntaxTrees().AddSyntaxTrees(
            result.Output.SyntaxTrees.Select(t => t.WithRootAndOptions(t.GetRoot(), ((CSharpParseOptions)t.Options).WithDocumentationMode(DocumentationMode.Diagnose))));
        Assert.Empty(documented.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
    }
}
