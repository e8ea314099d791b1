using Microsoft.CodeAnalysis;
using PendoGen.Tests.Infrastructure;

namespace PendoGen.Tests.Generator;

public class CompileShippedSchemasTests
{
    [Fact]
    public void Shipped_schemas_generate_code_that_compiles_without_warnings()
    {
        GeneratorResult result = GeneratorHarness.Run(SchemaFile.Shipped);
        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilationProblems.Select(d => d.ToString()));
    }
}
