using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PendoGen.Tests.Infrastructure;

namespace PendoGen.Tests.Generation;

/// <summary>
/// Who generates what when several assemblies use PendoGen (docs/multiple-assemblies.md), in memory: a library owns
/// the public types, a referencing project reuses them, internal mode keeps everything internal, two owners give
/// PENDO010.
/// </summary>
public class MultiAssemblyGenerationTests
{
    [Fact]
    public void Referencing_project_reuses_the_shipped_types_and_public_runtime_and_keeps_its_own_plumbing()
    {
        MetadataReference contracts = Library("Contracts", isInternal: false);
        (GeneratorResult app, _) = RunApp([contracts], "public class App { public PendoGen.PendoConfig? C { get; set; } public System.Collections.Generic.IReadOnlyList<PendoGen.ValidationIssue>? I { get; set; } }");

        string[] hints = app.Sources.Select(s => s.HintName).ToArray();
        Assert.DoesNotContain("PendoGen.PendoConfig.g.cs", hints);
        Assert.DoesNotContain("PendoGen.Runtime.ValidationIssue.g.cs", hints);
        Assert.Contains("PendoGen.Runtime.JsonSupport.g.cs", hints);
        Assert.Empty(app.CompilationProblems.Select(d => d.ToString()));
    }

    [Fact]
    public void Internal_mode_makes_every_generated_top_level_type_internal_and_embeds_no_schema()
    {
        GeneratorResult result = RunWith(SchemaFile.Shipped, [], isInternal: true);
        Assert.Empty(result.CompilationProblems.Select(d => d.ToString()));
        Assert.DoesNotContain(result.Sources, s => s.HintName == "PendoGen.Schemas.g.cs");
        INamedTypeSymbol config = result.Output.GetTypeByMetadataName("PendoGen.PendoConfig")!;
        Assert.Equal(Accessibility.Internal, config.DeclaredAccessibility);
        Assert.Equal(Accessibility.Internal, result.Output.GetTypeByMetadataName("PendoGen.ValidationIssue")!.DeclaredAccessibility);
        Assert.Equal(Accessibility.Internal, result.Output.GetTypeByMetadataName("PendoGen.Internal.JsonSupport")!.DeclaredAccessibility);
    }

    [Fact]
    public void Two_references_that_both_own_the_public_types_give_PENDO010_naming_them()
    {
        MetadataReference first = Library("First", isInternal: false);
        MetadataReference second = Library("Second", isInternal: false);
        (GeneratorResult app, _) = RunApp([first, second], "class App { }");

        List<string> messages = app.GeneratorDiagnostics.Where(d => d.Id == "PENDO010").Select(d => d.GetMessage()).ToList();
        Assert.Contains(messages, m => m.StartsWith("PendoGen.ValidationIssue is provided publicly by more than one referenced assembly (First, Second)", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("pendo-config.schema.json", StringComparison.Ordinal));
    }

    [Fact]
    public void An_internal_library_beside_a_public_one_gives_no_PENDO010_and_no_conflict()
    {
        MetadataReference owner = Library("Owner", isInternal: false);
        MetadataReference hidden = Library("Hidden", isInternal: true);
        (GeneratorResult app, _) = RunApp([owner, hidden], "public class App { public PendoGen.PendoConfig? C { get; set; } public PendoGen.ValidationIssue? I { get; set; } }");
        Assert.DoesNotContain(app.GeneratorDiagnostics, d => d.Id == "PENDO010");
        Assert.Empty(app.CompilationProblems.Select(d => d.ToString()));
    }

    private static (GeneratorResult Result, Compilation Output) RunApp(IEnumerable<MetadataReference> references, string source)
    {
        GeneratorResult result = RunWith(SchemaFile.Shipped, references, isInternal: false, source);
        return (result, result.Output);
    }

    internal static GeneratorResult RunWith(IEnumerable<SchemaFile> schemas, IEnumerable<MetadataReference> references, bool isInternal, string source = "class Placeholder { }")
    {
        List<SchemaFile> list = schemas.ToList();
        var perFile = list.Where(s => s.Namespace is not null).ToDictionary(
            s => s.Path,
            s => (IReadOnlyDictionary<string, string>)new Dictionary<string, string> { [PendoGenerator.NamespaceMetadata] = s.Namespace! });
        var global = new Dictionary<string, string> { ["build_property.RootNamespace"] = GeneratorHarness.RootNamespace };
        if (isInternal)
        {
            global["build_property.PendoGenAccessibility"] = "internal";
        }

        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            generators: [new PendoGenerator().AsSourceGenerator()],
            additionalTexts: list.Select(s => (AdditionalText)new InMemoryAdditionalText(s.Path, s.Text)),
            parseOptions: GeneratorHarness.ParseOptions,
            optionsProvider: new TestOptionsProvider(global, perFile));
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(source).AddReferences(references);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
        return new GeneratorResult(driver.GetRunResult(), output, diagnostics);
    }

    private static MetadataReference Library(string name, bool isInternal)
    {
        GeneratorResult library = RunWith(SchemaFile.Shipped, [], isInternal);
        using var stream = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult emitted = library.Output.WithAssemblyName(name).Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return MetadataReference.CreateFromImage(stream.ToArray());
    }
}
