using PendoGen.Tests.Infrastructure;

namespace PendoGen.Tests.Analysis;

/// <summary>
/// The analyzer checks only records PendoGen generated (it reads their <c>[GeneratedCode("PendoGen", ...)]</c> from
/// the declaration's syntax), not a user's own type that happens to have a schema record's full name.
/// </summary>
public class GeneratedTypeRecognitionTests
{
    private static readonly SchemaFile Widget = new("/schemas/widget.schema.json", """
        { "title": "Widget", "type": "object", "properties": { "size": { "type": "integer", "minimum": 1 } } }
        """, "Acme");

    private const string Use = "class C { object M() => new Acme.Widget { Size = 0 }; }\n";

    [Fact]
    public void A_hand_written_type_with_a_schema_records_name_is_not_checked()
    {
        var result = AnalyzerHarness.Run(Use + "namespace Acme { public class Widget { public int? Size { get; init; } } }", [Widget], generatedFrom: []);
        Assert.Empty(result.AnalyzerExceptions);
        Assert.Empty(result.Diagnostics);
    }

    [Theory]
    [InlineData("[System.CodeDom.Compiler.GeneratedCode(\"PendoGen\", \"1.0\")]")]
    [InlineData("[global::System.CodeDom.Compiler.GeneratedCodeAttribute(\"PendoGen\", \"1.0\")]")]
    [InlineData("[System.Serializable, System.CodeDom.Compiler.GeneratedCode(\"PendoGen\", \"1.0\")]")]
    public void A_type_marked_as_generated_by_PendoGen_is_checked(string attribute)
    {
        var result = AnalyzerHarness.Run(Use + "namespace Acme { " + attribute + " public class Widget { public int? Size { get; init; } } }", [Widget], generatedFrom: []);
        Assert.Empty(result.AnalyzerExceptions);
        Assert.Equal(["PENDO004"], result.Diagnostics.Select(d => d.Id));
    }

    [Fact]
    public void A_type_generated_by_another_tool_is_not_checked()
    {
        var result = AnalyzerHarness.Run(Use + "namespace Acme { [System.CodeDom.Compiler.GeneratedCode(\"NSwag\", \"14.0\")] public class Widget { public int? Size { get; init; } } }",
            [Widget], generatedFrom: []);
        Assert.Empty(result.Diagnostics);
    }
}
