using Microsoft.CodeAnalysis;
using PendoGen.Tests.Infrastructure;

namespace PendoGen.Tests.Analysis;

/// <summary>
/// Misconfiguration is never silent: a schema not named <c>*.schema.json</c> (PENDO015), a config file whose
/// PendoGenSchema names no schema (PENDO016), a namespace that is not C# (PENDO135, and no broken code).
/// </summary>
public class SetupDiagnosticsTests
{
    private const string WidgetSchema = """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "title": "Widget",
          "type": "object",
          "properties": { "name": { "type": "string" } }
        }
        """;

    [Theory]
    [InlineData(WidgetSchema)]
    [InlineData("""{ "title": "Widget", "type": "object" }""")]
    [InlineData("""{ "title": "Widget", "properties": { "name": { "type": "string" } } }""")]
    public void A_schema_not_named_schema_json_is_PENDO015_at_the_file_with_the_name_to_use(string text)
    {
        var result = AnalyzerHarness.Run("class C { }", [.. SchemaFile.Shipped, new SchemaFile("/schemas/widget.json", text)]);
        Assert.Empty(result.AnalyzerExceptions);
        Diagnostic diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("PENDO015", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("/schemas/widget.json", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("rename it to 'widget.schema.json'", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "$schema": "https://json.schemastore.org/appsettings.json", "Logging": { } }""")] // a config naming its own schema
    [InlineData("""{ "type": "thing", "properties": { } }""")] // no title
    [InlineData("""[ { "title": "x", "type": "object" } ]""")]
    [InlineData("""{ "title": """)]
    public void Other_json_files_are_not_taken_for_schemas(string text)
    {
        var result = AnalyzerHarness.Run("class C { }", [.. SchemaFile.Shipped, new SchemaFile("/data/other.json", text)]);
        Assert.Empty(result.AnalyzerExceptions);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_schema_without_other_schemas_is_still_reported()
    {
        var result = AnalyzerHarness.Run("class C { }", [new SchemaFile("/schemas/widget.json", WidgetSchema)]);
        Assert.Equal(["PENDO015"], result.Diagnostics.Select(d => d.Id));
    }

    [Fact]
    public void A_config_file_naming_no_schema_is_PENDO016_listing_the_names_it_can_use()
    {
        var result = AnalyzerHarness.Run("class C { }", configFiles: [(new SchemaFile("/config/prod.json", """{ "region": "eu" }"""), "PendoConnectionReqest")]);
        Assert.Empty(result.AnalyzerExceptions);
        Diagnostic diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("PENDO016", diagnostic.Id);
        Assert.Equal("/config/prod.json", diagnostic.Location.GetLineSpan().Path);
        string message = diagnostic.GetMessage();
        Assert.Contains("'PendoConnectionReqest' names no schema", message, StringComparison.Ordinal);
        Assert.Contains("PendoConnectionRequest", message, StringComparison.Ordinal);
        Assert.Contains("pendo-config.schema.json", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Acme.15five", "'15five' is not a C# identifier")]
    [InlineData("Acme.class", "'class' is a C# keyword")]
    [InlineData("Acme..Widgets", "an empty part")]
    [InlineData("Acme-Widgets", "'Acme-Widgets' is not a C# identifier")]
    public void An_invalid_namespace_is_PENDO135_and_no_code_is_generated_from_the_schema(string ns, string why)
    {
        GeneratorResult result = GeneratorHarness.Run([.. SchemaFile.Shipped, new SchemaFile("/schemas/widget.schema.json", WidgetSchema, ns)]);
        Diagnostic diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("PENDO135", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("/schemas/widget.schema.json", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains($"'{ns}' is not a valid C# namespace ({why}", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.DoesNotContain(result.Sources, s => s.HintName.Contains("Widget", StringComparison.Ordinal));
        Assert.Contains(result.Sources, s => s.HintName == "PendoGen.PendoConfig.g.cs");
        Assert.Empty(result.Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void A_valid_namespace_generates_the_schema()
    {
        GeneratorResult result = GeneratorHarness.Run([new SchemaFile("/schemas/widget.schema.json", WidgetSchema, "Acme.Five15.Widgets")]);
        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Contains(result.Sources, s => s.HintName == "Acme.Five15.Widgets.Widget.g.cs");
    }
}
