using Microsoft.CodeAnalysis;
using PendoGen.Tests.Infrastructure;

namespace PendoGen.Tests.Generator;

public class GeneratedCodeCompilesTests
{
    [Fact]
    public void Shipped_schemas_generate_code_that_compiles_without_warnings()
    {
        GeneratorResult result = GeneratorHarness.Run(SchemaFile.Shipped);
        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilationProblems.Select(d => d.ToString()));
    }

    [Fact]
    public void Widget_schema_generates_code_that_compiles_without_warnings()
    {
        GeneratorResult result = GeneratorHarness.Run([SchemaFile.FromOutput("TestData/widget-connector.schema.json", "Widgets")]);
        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilationProblems.Select(d => d.ToString()));
    }

    [Fact]
    public void Generated_code_compiles_against_net8_with_CSharp_12()
    {
        // The package promises net8.0+: no API or language feature newer than that may appear in generated code.
        GeneratorResult result = GeneratorHarness.Run(SchemaFile.Shipped.Append(SchemaFile.FromOutput("TestData/widget-connector.schema.json", "Widgets")), net80: true);
        Assert.Empty(result.CompilationProblems.Select(d => d.ToString()));
    }
}
