using Microsoft.CodeAnalysis;
using PendoGen.Tests.Infrastructure;

namespace PendoGen.Tests.Diagnostics;

/// <summary>
/// Broken schemas run through the whole generator: each problem is reported once, with the right ID, severity,
/// file and line/column, and the generator neither throws nor emits code that fails to compile.
/// </summary>
public class SchemaDiagnosticsTests
{
    private const string SchemaPath = "/schemas/broken.schema.json";

    private static GeneratorResult Run(string text, string path = SchemaPath) => GeneratorHarness.Run([new SchemaFile(path, text)]);

    private static string Describe(IEnumerable<Diagnostic> diagnostics) =>
        string.Join("\n", diagnostics.Select(d => d.ToString()));

    private static Diagnostic Single(GeneratorResult result, string id)
    {
        Diagnostic[] matching = result.GeneratorDiagnostics.Where(d => d.Id == id).ToArray();
        Assert.True(matching.Length == 1, $"Expected exactly one {id}, got:\n{Describe(result.GeneratorDiagnostics)}");
        return matching[0];
    }

    private static void AssertLocation(Diagnostic diagnostic, string path, int line, int column)
    {
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        Assert.Equal(path, span.Path);
        Assert.Equal((line, column), (span.StartLinePosition.Line, span.StartLinePosition.Character));
        Assert.Equal(LocationKind.ExternalFile, diagnostic.Location.Kind);
    }

    private static void AssertGeneratorDidNotFail(GeneratorResult result)
    {
        GeneratorRunResult run = Assert.Single(result.RunResult.Results);
        Assert.True(run.Exception is null, "The generator threw: " + run.Exception);
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id is "PENDO199" or "CS8785");
    }

    private static void AssertGeneratedCodeCompiles(GeneratorResult result)
    {
        Diagnostic[] errors = result.Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        Assert.True(errors.Length == 0, "The generated code does not compile:\n" + Describe(errors.Take(20)));
    }

    // ---- one diagnostic per problem, at the right place ----

    [Fact]
    public void Invalid_json_is_PENDO100_at_the_bad_character_and_nothing_is_generated_from_the_file()
    {
        GeneratorResult result = Run("{\n  \"title\": \"Broken\",\n  \"type\": \"object\"\n  \"properties\": {}\n}");

        Diagnostic d = Single(result, "PENDO100");
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        AssertLocation(d, SchemaPath, 3, 2);
        Assert.Contains("line 4, column 3", d.GetMessage());
        Assert.Equal("https://github.com/pendogen/pendogen/blob/main/docs/rules/PENDO100.md", d.Descriptor.HelpLinkUri);
        Assert.DoesNotContain(result.Sources, s => s.HintName.Contains("Broken", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Sources, s => s.HintName == "PendoGen.Schemas.g.cs");
        AssertGeneratorDidNotFail(result);
        AssertGeneratedCodeCompiles(result);
    }

    [Fact]
    public void A_broken_schema_next_to_the_shipped_ones_leaves_their_types_intact()
    {
        GeneratorResult result = GeneratorHarness.Run(SchemaFile.Shipped.Append(new SchemaFile(SchemaPath, "{ \"title\": ")));

        AssertLocation(Single(result, "PENDO100"), SchemaPath, 0, 11);
        Assert.Single(result.GeneratorDiagnostics);
        Assert.Contains(result.Sources, s => s.HintName == "PendoGen.PendoConfig.g.cs");
        Assert.Contains(result.Sources, s => s.HintName == "PendoGen.PendoConnectionRequest.g.cs" && s.SourceText.ToString().Contains("ValidateInto(", StringComparison.Ordinal));
        AssertGeneratorDidNotFail(result);
        AssertGeneratedCodeCompiles(result);
    }

    [Fact]
    public void An_unknown_keyword_is_a_PENDO102_warning_at_the_key_and_the_type_is_still_generated()
    {
        GeneratorResult result = Run("""
            {
              "title": "Thing",
              "type": "object",
              "properties": {
                "name": { "type": "string", "unevaluatedItems": 2 }
              }
            }
            """);

        Diagnostic d = Single(result, "PENDO102");
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        AssertLocation(d, SchemaPath, 4, 32);
        Assert.Contains("unevaluatedItems", d.GetMessage());
        Assert.Contains(result.Sources, s => s.HintName == "TestApp.Thing.g.cs");
        AssertGeneratedCodeCompiles(result);
    }

    [Theory]
    [InlineData("\"required\": \"name\"", 3, 14)]
    [InlineData("\"required\": [\"name\", 1]", 3, 23)]
    [InlineData("\"unevaluatedItems\": 1, \"maxItems\": -1", 3, 37)]
    [InlineData("\"x-severity\": \"fatal\"", 3, 16)]
    [InlineData("\"title\": \"Again\"", 3, 2)]
    public void A_keyword_of_the_wrong_type_or_repeated_is_a_PENDO103_error(string extra, int line, int column)
    {
        GeneratorResult result = Run($$"""
            {
              "title": "Thing",
              "properties": { "name": { "type": "string" } },
              {{extra}}
            }
            """);

        Diagnostic d = Single(result, "PENDO103");
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        AssertLocation(d, SchemaPath, line, column);
        AssertGeneratorDidNotFail(result);
        AssertGeneratedCodeCompiles(result);
    }

    [Fact]
    public void A_missing_title_is_PENDO101_at_the_root_object()
    {
        GeneratorResult result = Run("\n\n  {\"type\": \"object\", \"properties\": {\"a\": {\"type\": \"string\"}}}");
        Diagnostic d = Single(result, "PENDO101");
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        AssertLocation(d, SchemaPath, 2, 2);
    }

    [Fact]
    public void A_title_that_is_not_an_identifier_is_PENDO101_at_the_title()
    {
        GeneratorResult result = Run("""
            {
              "title": "My Config",
              "properties": { "a": { "type": "string" } }
            }
            """);
        AssertLocation(Single(result, "PENDO101"), SchemaPath, 1, 11);
        Assert.Contains("My Config", Single(result, "PENDO101").GetMessage());
        Assert.DoesNotContain(result.Sources, s => s.HintName.StartsWith("TestApp.", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unresolved_ref_is_PENDO104_at_the_ref_value()
    {
        GeneratorResult result = Run("""
            {
              "title": "Thing",
              "properties": {
                "other": { "$ref": "other.schema.json" }
              }
            }
            """);

        Diagnostic d = Single(result, "PENDO104");
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        AssertLocation(d, SchemaPath, 3, 23);
        Assert.Contains("other.schema.json", d.GetMessage());
        AssertGeneratedCodeCompiles(result);
    }

    [Fact]
    public void A_type_name_collision_is_PENDO105_in_the_second_file_and_both_types_compile()
    {
        GeneratorResult result = GeneratorHarness.Run(
        [
            new SchemaFile("/schemas/a.schema.json", """{"title": "Thing", "properties": {"a": {"type": "string"}}}"""),
            new SchemaFile("/schemas/b.schema.json", "{\n  \"title\": \"Thing\",\n  \"properties\": {\"b\": {\"type\": \"string\"}}\n}"),
        ]);

        Diagnostic d = Single(result, "PENDO105");
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        AssertLocation(d, "/schemas/b.schema.json", 1, 11);
        Assert.Contains(result.Sources, s => s.HintName == "TestApp.Thing.g.cs");
        Assert.Contains(result.Sources, s => s.HintName == "TestApp.Thing2.g.cs");
        AssertGeneratedCodeCompiles(result);
    }

    [Fact]
    public void A_renamed_property_is_a_PENDO106_warning_at_the_property_name()
    {
        GeneratorResult result = Run("""
            {
              "title": "Thing",
              "properties": {
                "to_json": { "type": "string" },
                "a_b": { "type": "string" },
                "a-b": { "type": "integer" }
              }
            }
            """);

        Diagnostic[] renamed = result.GeneratorDiagnostics.Where(d => d.Id == "PENDO106").OrderBy(d => d.Location.GetLineSpan().StartLinePosition.Line).ToArray();
        Assert.Equal(2, renamed.Length);
        Assert.All(renamed, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        AssertLocation(renamed[0], SchemaPath, 3, 4);
        AssertLocation(renamed[1], SchemaPath, 5, 4);
        Assert.Contains("ToJsonValue", renamed[0].GetMessage());
        Assert.Contains("ABValue", renamed[1].GetMessage());
        string record = result.Source("TestApp.Thing.g.cs");
        Assert.Contains("public string? ToJsonValue { get; init; }", record);
        Assert.Contains("public int? ABValue { get; init; }", record);
        AssertGeneratedCodeCompiles(result);
    }

    [Fact]
    public void An_invalid_pattern_is_PENDO107_at_the_pattern()
    {
        GeneratorResult result = Run("""
            {
              "title": "Thing",
              "properties": {
                "code": { "type": "string", "pattern": "([" }
              }
            }
            """);

        Diagnostic d = Single(result, "PENDO107");
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        AssertLocation(d, SchemaPath, 3, 43);
        Assert.StartsWith("Pattern '([' is not a valid regular expression", d.GetMessage());
        AssertGeneratorDidNotFail(result);
    }

    [Fact]
    public void A_rule_on_an_undeclared_property_is_a_PENDO108_warning()
    {
        GeneratorResult result = Run("""
            {
              "title": "Thing",
              "required": ["nmae"],
              "properties": { "name": { "type": "string" } }
            }
            """);

        Diagnostic d = Single(result, "PENDO108");
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal(SchemaPath, d.Location.GetLineSpan().Path);
        Assert.Contains("\"nmae\"", d.GetMessage());
        AssertGeneratedCodeCompiles(result);
    }

    [Fact]
    public void An_if_inside_an_if_is_checked_by_the_json_evaluator_without_a_warning()
    {
        GeneratorResult result = Run("""
            {
              "title": "Thing",
              "properties": { "a": { "type": "string" }, "b": { "type": "string" } },
              "if": { "if": { "required": ["a"] }, "then": { "required": ["b"] } },
              "then": { "required": ["b"] }
            }
            """);

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Contains("JsonRules.CheckJson", result.Source("TestApp.Thing.g.cs"), StringComparison.Ordinal);
        AssertGeneratedCodeCompiles(result);
    }

    [Fact]
    public void Diagnostics_of_two_files_carry_their_own_paths()
    {
        GeneratorResult result = GeneratorHarness.Run(
        [
            new SchemaFile("/schemas/one.schema.json", """{"title": "One", "properties": {"a": {"type": "string", "$dynamicRef": "#a"}}}"""),
            new SchemaFile("/schemas/two.schema.json", """{"title": "Two", "properties": {"a": {"type": "string", "$dynamicRef": "#b"}}}"""),
        ]);

        Assert.Equal(
            new[] { "/schemas/one.schema.json@0:56", "/schemas/two.schema.json@0:56" },
            result.GeneratorDiagnostics.Where(d => d.Id == "PENDO102")
                .Select(d => d.Location.GetLineSpan())
                .Select(s => $"{s.Path}@{s.StartLinePosition.Line}:{s.StartLinePosition.Character}")
                .Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_schema_diagnostic_is_declared_with_a_help_link_and_category()
    {
        GeneratorResult result = GeneratorHarness.Run(NastySchemas.Select(c => new SchemaFile($"/schemas/{c.Key}.schema.json", c.Value)));
        Assert.NotEmpty(result.GeneratorDiagnostics);
        Assert.All(result.GeneratorDiagnostics, d =>
        {
            Assert.StartsWith("PENDO1", d.Id);
            Assert.Equal("PendoGen.Schema", d.Descriptor.Category);
            Assert.EndsWith(d.Id + ".md", d.Descriptor.HelpLinkUri);
            Assert.NotEqual(Location.None, d.Location);
        });
    }

    // ---- nasty schemas: the generator never throws and never emits code that does not compile ----

    private static string Obj(string properties, string extra = "") =>
        "{\"title\": \"Nasty\", \"type\": \"object\"" + extra + ", \"properties\": {" + properties + "}}";

    private static string Nested(int depth)
    {
        string schema = "{\"type\": \"string\"}";
        for (int i = depth; i > 0; i--)
        {
            schema = "{\"type\": \"object\", \"properties\": {\"level" + i + "\": " + schema + "}}";
        }

        return schema.Insert(1, "\"title\": \"Deep\", ");
    }

    private static readonly Dictionary<string, string> NastySchemas = new()
    {
        ["empty-file"] = "",
        ["whitespace-only"] = " \r\n\t ",
        ["bom-only"] = "\uFEFF",
        ["empty-array"] = "[]",
        ["null"] = "null",
        ["number"] = "42",
        ["string"] = "\"schema\"",
        ["true"] = "true",
        ["false"] = "false",
        ["empty-object"] = "{}",
        ["nested-too-deep-for-json"] = string.Concat(Enumerable.Repeat("{\"properties\": {\"a\": ", 100)) + "{}" + string.Concat(Enumerable.Repeat("}}", 100)),
        ["nested-40-records"] = Nested(40),
        ["huge-enum"] = Obj("\"big\": {\"type\": \"string\", \"enum\": [" + string.Join(", ", Enumerable.Range(0, 2000).Select(i => $"\"value_{i}\"")) + "]}"),
        ["enum-mixed-types"] = Obj("\"m\": {\"type\": \"string\", \"enum\": [\"a\", 1, true, null, 2.5, \"b\", {}, []]}"),
        ["enum-untyped-numbers-first"] = Obj("\"m\": {\"enum\": [1, \"a\", 2]}"),
        ["enum-empty"] = Obj("\"m\": {\"type\": \"string\", \"enum\": []}"),
        ["enum-awkward-values"] = Obj("\"m\": {\"type\": \"string\", \"enum\": [\"\", \" \", \"<b>&amp;\", \"a\\\"b\", \"c\\\\d\", \"e\\nf\", \"class\", \"_\", \"1\", \"Value\", \"é\"]}"),
        ["enum-member-named-like-enum"] = Obj("\"color\": {\"title\": \"Color\", \"type\": \"string\", \"enum\": [\"color\", \"Color2\"]}"),
        ["property-names"] = Obj(
            "\"class\": {\"type\": \"string\"}, \"first name\": {\"type\": \"string\"}, \"名前\": {\"type\": \"string\"}, " +
            "\"ünïcödé\": {\"type\": \"string\"}, \"\": {\"type\": \"string\"}, \"123\": {\"type\": \"integer\"}, \"$ref\": {\"type\": \"string\"}, " +
            "\"@at\": {\"type\": \"string\"}, \"a\\\"quote\": {\"type\": \"string\"}, \"back\\\\slash\": {\"type\": \"string\"}, " +
            "\"new\\nline\": {\"type\": \"string\"}, \"tab\\there\": {\"type\": \"string\"}, \"<tag>\": {\"type\": \"string\"}, \"a&b\": {\"type\": \"string\"}"),
        ["property-names-like-locals"] = Obj(
            "\"builder\": {\"type\": \"string\"}, \"writer\": {\"type\": \"string\"}, \"reader\": {\"type\": \"string\"}, " +
            "\"value\": {\"type\": \"string\"}, \"other\": {\"type\": \"string\"}, \"hash\": {\"type\": \"string\"}, \"issues\": {\"type\": \"string\"}, " +
            "\"at\": {\"type\": \"string\"}, \"additional\": {\"type\": \"string\"}, \"expected\": {\"type\": \"string\"}, \"index\": {\"type\": \"string\"}, " +
            "\"name\": {\"type\": \"string\"}, \"e\": {\"type\": \"string\"}, \"i\": {\"type\": \"string\"}, \"output\": {\"type\": \"string\"}, \"nasty\": {\"type\": \"string\"}"),
        ["property-named-names"] = Obj("\"names\": {\"type\": \"string\"}"),
        ["property-named-reference-equals"] = Obj("\"reference_equals\": {\"type\": \"string\"}"),
        ["enum-next-to-its-wire-class-name"] = Obj("\"mode\": {\"type\": \"string\", \"enum\": [\"a\"]}, \"mode_wire\": {\"type\": \"object\", \"properties\": {\"x\": {\"type\": \"string\"}}}"),
        ["description-with-cr"] = Obj("\"a\": {\"type\": \"string\", \"description\": \"first\\rsecond\"}", ", \"description\": \"one\\rtwo\""),
        ["description-with-line-separator"] = Obj("\"a\": {\"type\": \"string\", \"description\": \"first\\u2028second\\u2029third\\u0085fourth\"}"),
        ["property-name-with-line-separator"] = Obj("\"a\\u2028b\": {\"type\": \"string\"}"),
        ["description-with-xml"] = Obj("\"a\": {\"type\": \"string\", \"description\": \"</summary><see cref=\\\"Nope\\\"/> & ]]> */ \\r\\n///\"}"),
        ["ref-is-a-number"] = Obj("\"a\": {\"$ref\": 5}"),
        ["properties-is-an-array"] = "{\"title\": \"Nasty\", \"type\": \"object\", \"properties\": []}",
        ["items-is-a-string"] = Obj("\"a\": {\"type\": \"array\", \"items\": \"x\"}"),
        ["items-is-an-array"] = Obj("\"a\": {\"type\": \"array\", \"items\": [{\"type\": \"string\"}]}"),
        // One self-reference each: both together make ModelBuilder exponentially slow (see ModelBuilderTests).
        ["recursion-via-root-ref"] = Obj("\"self\": {\"$ref\": \"#\"}, \"name\": {\"type\": \"string\", \"minLength\": 1}"),
        ["recursion-via-root-ref-list"] = Obj("\"list\": {\"type\": \"array\", \"items\": {\"$ref\": \"#\"}, \"minItems\": 1}", ", \"required\": [\"list\"]"),
        ["self-ref-property"] = Obj("\"x\": {\"$ref\": \"#/properties/x\"}"),
        ["ref-cycle"] = Obj("\"p\": {\"$ref\": \"#/$defs/A\"}", ", \"$defs\": {\"A\": {\"$ref\": \"#/$defs/B\"}, \"B\": {\"$ref\": \"#/$defs/A\"}}"),
        ["ref-to-missing-file"] = Obj("\"p\": {\"$ref\": \"nowhere.schema.json#/$defs/X\"}"),
        ["title-keyword"] = "{\"title\": \"class\", \"type\": \"object\", \"properties\": {\"a\": {\"type\": \"string\"}}}",
        ["title-System"] = "{\"title\": \"System\", \"type\": \"object\", \"properties\": {\"a\": {\"type\": \"string\"}, \"d\": {\"type\": \"string\", \"format\": \"date\"}, \"j\": {}}}",
        ["nested-title-like-runtime"] = Obj("\"a\": {\"title\": \"ValidationIssue\", \"type\": \"object\", \"properties\": {\"x\": {\"type\": \"string\"}}}, \"b\": {\"title\": \"JsonElement\", \"type\": \"object\", \"properties\": {\"y\": {\"type\": \"string\"}}}"),
        ["huge-integer-bounds"] = Obj("\"a\": {\"type\": \"integer\", \"minimum\": -99999999999999999999, \"maximum\": 99999999999999999999}"),
        ["integer-enum-beyond-int32"] = Obj("\"a\": {\"type\": \"integer\", \"enum\": [1, 99999999999]}"),
        ["number-out-of-double-range"] = Obj("\"a\": {\"type\": \"number\", \"const\": 1e400, \"maximum\": 1e999}"),
        ["const-of-the-wrong-type"] = Obj("\"a\": {\"type\": \"integer\", \"const\": \"abc\"}, \"b\": {\"type\": \"string\", \"const\": 5}, \"c\": {\"type\": \"boolean\", \"const\": null}"),
        ["structured-default-and-const"] = Obj("\"a\": {\"type\": \"string\", \"default\": {\"x\": 1}}, \"b\": {\"type\": \"string\", \"const\": [1]}"),
        ["bad-date-const"] = Obj("\"a\": {\"type\": \"string\", \"format\": \"date\", \"const\": \"not a date\"}, \"b\": {\"type\": \"string\", \"format\": \"date-time\", \"default\": \"2024-13-45\"}"),
        ["pattern-with-quotes"] = Obj("\"a\": {\"type\": \"string\", \"pattern\": \"^\\\"[a-z]+\\\\\\\\d\\\"$\"}"),
        ["reason-with-quotes"] = Obj("\"a\": {\"type\": \"string\", \"minLength\": 1, \"x-reason\": \"\\\"quoted\\\"\\n{0} \\\\ done\"}"),
        ["nested-if"] = Obj("\"a\": {\"type\": \"string\"}", ", \"if\": {\"if\": {\"required\": [\"a\"]}, \"then\": {}}, \"then\": {\"required\": [\"a\"]}"),
        ["boolean-subschemas"] = Obj("\"a\": true, \"b\": false, \"c\": {\"type\": \"array\", \"items\": false}", ", \"allOf\": [false, true], \"not\": true"),
        ["array-of-arrays-of-objects"] = Obj("\"grid\": {\"type\": \"array\", \"items\": {\"type\": \"array\", \"items\": {\"type\": \"object\", \"properties\": {\"v\": {\"type\": \"integer\"}}, \"required\": [\"v\"]}}}"),
        ["long-property-name"] = Obj("\"" + new string('a', 2000) + "\": {\"type\": \"string\"}"),
        ["same-enum-name-twice"] = Obj("\"x\": {\"type\": \"object\", \"properties\": {\"status\": {\"type\": \"string\", \"enum\": [\"on\"]}}}, \"y\": {\"type\": \"object\", \"properties\": {\"status\": {\"type\": \"string\", \"enum\": [\"off\"]}}}"),
        ["required-secret-date-const"] = Obj("\"k\": {\"type\": \"string\", \"format\": \"password\"}, \"d\": {\"type\": \"string\", \"format\": \"date\"}, \"c\": {\"const\": \"x\"}", ", \"required\": [\"k\", \"d\", \"c\", \"ghost\"]"),
        ["duplicate-keys-everywhere"] = "{\"title\": \"Nasty\", \"title\": \"Other\", \"properties\": {\"a\": {\"type\": \"string\"}, \"a\": {\"type\": \"integer\"}}}",
        ["control-characters"] = "{\"title\": \"Nasty\", \"properties\": {\"a\": {\"type\": \"string\", \"description\": \"bell\u0007\"}}}",
        ["lone-surrogate-escapes"] = Obj("\"\\ud800\": {\"type\": \"string\", \"description\": \"\\udc00\", \"enum\": [\"\\ud83d\"]}"),
    };

    public static TheoryData<string> NastySchemaNames() => new(NastySchemas.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(NastySchemaNames))]
    public void The_generator_never_throws_on_a_nasty_schema(string name)
    {
        GeneratorResult result = Run(NastySchemas[name], $"/schemas/{name}.schema.json");
        AssertGeneratorDidNotFail(result);
    }

    [Theory]
    [MemberData(nameof(NastySchemaNames))]
    public void Code_generated_from_a_nasty_schema_compiles(string name)
    {
        GeneratorResult result = Run(NastySchemas[name], $"/schemas/{name}.schema.json");
        AssertGeneratedCodeCompiles(result);
    }

    [Fact]
    public void Nasty_schemas_all_in_one_compilation_do_not_break_the_generator()
    {
        GeneratorResult result = GeneratorHarness.Run(NastySchemas.Select(c => new SchemaFile($"/schemas/{c.Key}.schema.json", c.Value)));
        AssertGeneratorDidNotFail(result);
    }

    [Fact]
    public void A_huge_enum_generates_every_member()
    {
        GeneratorResult result = Run(NastySchemas["huge-enum"]);
        string source = result.Source("TestApp.Big.g.cs");
        Assert.Contains("Value0,", source);
        Assert.Contains("Value1999,", source);
        Assert.Empty(result.GeneratorDiagnostics);
    }

    [Fact]
    public void Json_nested_too_deep_is_PENDO100_not_a_crash()
    {
        GeneratorResult result = Run(NastySchemas["nested-too-deep-for-json"]);
        Diagnostic d = Single(result, "PENDO100");
        Assert.Contains("deeper than", d.GetMessage());
        AssertGeneratorDidNotFail(result);
    }

    [Fact]
    public void Forty_levels_of_nested_untitled_objects_become_forty_records()
    {
        GeneratorResult result = Run(NastySchemas["nested-40-records"]);
        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Contains(result.Sources, s => s.HintName == "TestApp.Level39.g.cs");
        Assert.DoesNotContain(result.Sources, s => s.HintName == "TestApp.Level40.g.cs");
        Assert.Equal(40, result.Sources.Count(s => s.SourceText.ToString().Contains("internal void ValidateInto(", StringComparison.Ordinal)));
    }
}
