using Microsoft.CodeAnalysis;
using PendoGen.Diagnostics;
using PendoGen.Json;
using PendoGen.Schema;

namespace PendoGen.Tests.Schema;

/// <summary>
/// <see cref="SchemaParser"/>: every supported keyword lands in <see cref="SchemaNode"/>, and every problem is a
/// PENDO1xx diagnostic at the position of the keyword or value, never an exception.
/// </summary>
public class SchemaParserTests
{
    private const string Path = "/schemas/test.schema.json";

    private static SchemaDocument Parse(string text) => SchemaParser.Parse(Path, "Test.Ns", text);

    private static SchemaNode ParseRoot(string text)
    {
        SchemaDocument document = Parse(text);
        Assert.Empty(document.Diagnostics.Select(d => d.DescriptorId + ": " + string.Join(", ", d.Arguments)));
        return document.Root!;
    }

    private static SchemaNode Property(SchemaNode node, string name) => node.Properties.Single(p => p.Name == name).Schema;

    [Fact]
    public void The_document_records_its_path_namespace_and_file_name()
    {
        SchemaDocument document = Parse("""{"title": "T"}""");
        Assert.Equal(Path, document.Path);
        Assert.Equal("Test.Ns", document.Namespace);
        Assert.Equal("test.schema.json", document.FileName);
        Assert.NotNull(document.Root);
        Assert.Empty(document.Diagnostics);
    }

    [Fact]
    public void Identity_and_documentation_keywords_are_read()
    {
        SchemaNode root = ParseRoot("""
            {
              "$schema": "https://json-schema.org/draft/2020-12/schema",
              "$id": "urn:test:thing",
              "$comment": "ignored",
              "title": "Thing",
              "description": "A thing.\nSecond line.",
              "type": "object",
              "readOnly": true,
              "x-lenient": true,
              "examples": [{}],
              "deprecated": false
            }
            """);

        Assert.Equal("urn:test:thing", root.Id);
        Assert.Equal("Thing", root.Title);
        Assert.Equal("A thing.\nSecond line.", root.Description);
        Assert.Equal("object", root.Type);
        Assert.True(root.ReadOnly);
        Assert.True(root.Lenient);
        Assert.Null(root.BooleanSchema);
        Assert.Equal((4, 11), (root.TitleSpan.StartLine, root.TitleSpan.StartColumn));
    }

    [Theory]
    [InlineData("string")]
    [InlineData("integer")]
    [InlineData("number")]
    [InlineData("boolean")]
    [InlineData("array")]
    [InlineData("object")]
    public void Every_supported_type_is_read(string type) =>
        Assert.Equal(type, ParseRoot($$"""{"type": "{{type}}"}""").Type);

    [Fact]
    public void Properties_keep_their_order_and_their_name_positions()
    {
        SchemaNode root = ParseRoot("""
            {
              "properties": {
                "zeta": { "type": "string" },
                "alpha": { "type": "integer" },
                "mid": { "type": "boolean" },
                "Alpha": { "type": "number" }
              },
              "required": ["zeta", "mid"]
            }
            """);

        Assert.Equal(new[] { "zeta", "alpha", "mid", "Alpha" }, root.Properties.Select(p => p.Name));
        Assert.Equal(new[] { "string", "integer", "boolean", "number" }, root.Properties.Select(p => p.Schema.Type));
        Assert.Equal(new[] { "zeta", "mid" }, root.Required);
        NamedSchema alpha = root.Properties[1];
        Assert.Equal((3, 4), (alpha.NameSpan.StartLine, alpha.NameSpan.StartColumn));
        Assert.Equal((3, 13), (alpha.Schema.Span.StartLine, alpha.Schema.Span.StartColumn));
        Assert.Equal((7, 14), (root.RequiredSpan.StartLine, root.RequiredSpan.StartColumn));
    }

    [Fact]
    public void Enum_const_and_default_keep_their_json_values()
    {
        SchemaNode root = ParseRoot("""
            {
              "properties": {
                "e": { "enum": ["a", 1, 2.50, true, null] },
                "c": { "const": "pendo" },
                "n": { "const": 1.50e3, "default": 0 },
                "d": { "default": { "x": [1] } }
              }
            }
            """);

        EquatableArrayOfValues(Property(root, "e").Enum!.Value, "\"a\"", "1", "2.50", "true", "null");
        Assert.Equal("pendo", Assert.IsType<JsonString>(Property(root, "c").Const).Value);
        Assert.Equal("1.50e3", Assert.IsType<JsonNumber>(Property(root, "n").Const).Raw);
        Assert.Equal("0", Assert.IsType<JsonNumber>(Property(root, "n").Default).Raw);
        Assert.Equal("""{"x":[1]}""", JsonTextWriter.Write(Property(root, "d").Default!));
        Assert.Null(Property(root, "c").Enum);
        Assert.Null(Property(root, "e").Const);
    }

    private static void EquatableArrayOfValues(PendoGen.Common.EquatableArray<JsonValue> values, params string[] json) =>
        Assert.Equal(json, values.Select(JsonTextWriter.Write));

    [Fact]
    public void String_keywords_are_read()
    {
        SchemaNode node = ParseRoot("""
            {"type": "string", "format": "date-time", "pattern": "^[a-z]+$", "minLength": 1, "maxLength": 64}
            """);

        Assert.Equal("date-time", node.Format);
        Assert.Equal("^[a-z]+$", node.Pattern);
        Assert.Equal(1, node.MinLength);
        Assert.Equal(64, node.MaxLength);
        Assert.Equal((0, 53), (node.PatternSpan.StartLine, node.PatternSpan.StartColumn));
    }

    [Theory]
    [InlineData("date")]
    [InlineData("date-time")]
    [InlineData("uri")]
    [InlineData("password")]
    public void Supported_formats_are_read_without_diagnostics(string format) =>
        Assert.Equal(format, ParseRoot($$"""{"format": "{{format}}"}""").Format);

    [Fact]
    public void Numeric_bounds_keep_their_exact_text()
    {
        SchemaNode node = ParseRoot("""
            {"type": "number", "minimum": -1.50, "maximum": 1e3, "exclusiveMinimum": 0, "exclusiveMaximum": 12345678901234567890}
            """);

        Assert.Equal("-1.50", node.Minimum);
        Assert.Equal("1e3", node.Maximum);
        Assert.Equal("0", node.ExclusiveMinimum);
        Assert.Equal("12345678901234567890", node.ExclusiveMaximum);
    }

    [Fact]
    public void Array_keywords_are_read()
    {
        SchemaNode node = ParseRoot("""
            {"type": "array", "minItems": 0, "maxItems": 50, "items": {"type": "string", "minLength": 2}}
            """);

        Assert.Equal(0, node.MinItems);
        Assert.Equal(50, node.MaxItems);
        Assert.Equal("string", node.Items!.Type);
        Assert.Equal(2, node.Items.MinLength);
    }

    [Fact]
    public void Ref_and_defs_are_read_and_definitions_is_an_alias_of_defs()
    {
        SchemaNode root = ParseRoot("""
            {
              "properties": { "a": { "$ref": "#/$defs/A" } },
              "$defs": { "A": { "title": "A", "type": "object" }, "B": { "type": "string" } }
            }
            """);

        Assert.Equal("#/$defs/A", Property(root, "a").Ref);
        Assert.Equal((1, 33), (Property(root, "a").RefSpan.StartLine, Property(root, "a").RefSpan.StartColumn));
        Assert.Equal(new[] { "A", "B" }, root.Defs.Select(d => d.Name));
        Assert.Equal("A", root.Defs[0].Schema.Title);

        SchemaNode legacy = ParseRoot("""{"definitions": {"X": {"type": "integer"}}}""");
        Assert.Equal("integer", Assert.Single(legacy.Defs).Schema.Type);
    }

    [Fact]
    public void Conditional_and_combining_keywords_are_read()
    {
        SchemaNode root = ParseRoot("""
            {
              "if": { "properties": { "m": { "const": "x" } }, "required": ["m"] },
              "then": { "required": ["a"] },
              "else": { "required": ["b"] },
              "not": { "required": ["c"] },
              "allOf": [ { "required": ["d"] }, { "x-severity": "warning", "minimum": 0 }, true ],
              "dependentRequired": { "a": ["b", "c"], "b": [] }
            }
            """);

        Assert.Equal(new[] { "m" }, root.If!.Required);
        Assert.Equal("x", Assert.IsType<JsonString>(Property(root.If, "m").Const).Value);
        Assert.Equal(new[] { "a" }, root.Then!.Required);
        Assert.Equal(new[] { "b" }, root.Else!.Required);
        Assert.Equal(new[] { "c" }, root.Not!.Required);
        Assert.Equal(3, root.AllOf.Count);
        Assert.Equal(new[] { "d" }, root.AllOf[0].Required);
        Assert.Equal("warning", root.AllOf[1].Severity);
        Assert.Equal("0", root.AllOf[1].Minimum);
        Assert.True(root.AllOf[2].BooleanSchema);
        Assert.Equal(2, root.DependentRequired.Count);
        Assert.Equal("a", root.DependentRequired[0].Property);
        Assert.Equal(new[] { "b", "c" }, root.DependentRequired[0].Requires);
        Assert.Equal("b", root.DependentRequired[1].Property);
        Assert.Empty(root.DependentRequired[1].Requires);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void Additional_properties_true_or_false_is_read(string json, bool expected) =>
        Assert.Equal(expected, ParseRoot($$"""{"additionalProperties": {{json}}}""").AdditionalProperties);

    [Fact]
    public void Absent_keywords_stay_empty()
    {
        SchemaNode node = ParseRoot("{}");
        Assert.Null(node.AdditionalProperties);
        Assert.Null(node.Type);
        Assert.Null(node.Title);
        Assert.Null(node.Enum);
        Assert.Null(node.Items);
        Assert.Null(node.Lenient);
        Assert.Null(node.Severity);
        Assert.False(node.WriteOnly);
        Assert.False(node.ReadOnly);
        Assert.Empty(node.Properties);
        Assert.Empty(node.Required);
        Assert.Empty(node.AllOf);
        Assert.Null(node.BooleanSchema);
    }

    [Fact]
    public void Extension_keywords_are_read()
    {
        SchemaNode root = ParseRoot("""
            {
              "properties": {
                "p": {
                  "type": "string",
                  "x-severity": "warning",
                  "x-reason": "Because (facts R1)",
                  "x-no-effect-unless": { "properties": { "q": { "const": 1 } }, "required": ["q"] }
                },
                "q": { "type": "integer", "x-severity": "error" }
              }
            }
            """);

        SchemaNode p = Property(root, "p");
        Assert.Equal("warning", p.Severity);
        Assert.Equal("Because (facts R1)", p.Reason);
        Assert.Equal(new[] { "q" }, p.NoEffectUnless!.Required);
        Assert.Equal("1", Assert.IsType<JsonNumber>(Property(p.NoEffectUnless, "q").Const).Raw);
        Assert.Equal("error", Property(root, "q").Severity);
    }

    [Fact]
    public void Boolean_schemas_are_read_anywhere_a_schema_is_allowed()
    {
        Assert.True(ParseRoot("true").BooleanSchema);
        Assert.False(ParseRoot("false").BooleanSchema);

        SchemaNode root = ParseRoot("""{"properties": {"any": true, "none": false}, "items": false, "not": true}""");
        Assert.True(Property(root, "any").BooleanSchema);
        Assert.False(Property(root, "none").BooleanSchema);
        Assert.False(root.Items!.BooleanSchema);
        Assert.True(root.Not!.BooleanSchema);
    }

    [Theory]
    [InlineData("""{"type": "string", "writeOnly": true}""", true)]
    [InlineData("""{"type": "string", "format": "password"}""", true)]
    [InlineData("""{"type": "string", "format": "password", "writeOnly": true}""", true)]
    [InlineData("""{"type": "string", "writeOnly": false}""", false)]
    [InlineData("""{"type": "string", "format": "uri"}""", false)]
    [InlineData("""{"type": "string", "readOnly": true}""", false)]
    [InlineData("""{"type": "string"}""", false)]
    public void Secrets_are_writeOnly_or_password_format(string schema, bool secret)
    {
        SchemaNode node = ParseRoot(schema);
        Assert.Equal(secret, node.IsSecret);
    }

    [Fact]
    public void Parsing_the_same_text_twice_gives_equal_documents()
    {
        string text = File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "ShippedSchemas", "pendo-config.schema.json"));
        SchemaDocument a = SchemaParser.Parse("/s/pendo-config.schema.json", "PendoGen", text);
        SchemaDocument b = SchemaParser.Parse("/s/pendo-config.schema.json", "PendoGen", text);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, SchemaParser.Parse("/s/pendo-config.schema.json", "Other", text));
    }

    [Fact]
    public void Shipped_schemas_parse_without_diagnostics()
    {
        foreach (string file in Directory.GetFiles(System.IO.Path.Combine(AppContext.BaseDirectory, "ShippedSchemas"), "*.schema.json"))
        {
            SchemaDocument document = SchemaParser.Parse(file, "PendoGen", File.ReadAllText(file));
            Assert.NotNull(document.Root);
            Assert.True(document.Diagnostics.IsEmpty, file + ": " + string.Join("; ", document.Diagnostics.Select(d => string.Join(",", d.Arguments))));
        }
    }

    // ---- diagnostics ----

    private static DiagnosticInfo SingleDiagnostic(string text, string id)
    {
        SchemaDocument document = Parse(text);
        DiagnosticInfo diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal(id, diagnostic.DescriptorId);
        Assert.Equal(Path, diagnostic.FilePath);
        return diagnostic;
    }

    private static void AssertAt(DiagnosticInfo diagnostic, int line, int column) =>
        Assert.Equal((line, column), (diagnostic.Span.StartLine, diagnostic.Span.StartColumn));

    [Fact]
    public void An_unknown_keyword_is_a_PENDO102_warning_at_the_key()
    {
        DiagnosticInfo d = SingleDiagnostic("""
            {
              "title": "T",
              "properties": {
                "p": { "type": "string", "unevaluatedItems": 1 }
              }
            }
            """, "PENDO102");

        AssertAt(d, 3, 29);
        Assert.Equal(18, d.Span.Length); // "unevaluatedItems" with its quotes
        Assert.Contains("unevaluatedItems", d.Arguments[0]);
        Assert.Equal(DiagnosticSeverity.Warning, d.ToDiagnostic().Severity);
    }

    [Theory]
    [InlineData("unevaluatedProperties")]
    [InlineData("$dynamicRef")]
    [InlineData("x-unknown")]
    [InlineData("Type")]
    public void Unsupported_keywords_are_reported_by_name(string keyword)
    {
        DiagnosticInfo d = SingleDiagnostic($$"""{"{{keyword}}": 1}""", "PENDO102");
        AssertAt(d, 0, 1);
        Assert.Contains("'" + keyword + "'", d.Arguments[0]);
    }

    [Theory]
    [InlineData("""{"required": "x"}""", 0, 13)]
    [InlineData("""{"required": ["a", 5]}""", 0, 19)]
    [InlineData("""{"minItems": -1}""", 0, 13)]
    [InlineData("""{"maxItems": 1.5}""", 0, 13)]
    [InlineData("""{"minLength": "1"}""", 0, 14)]
    [InlineData("""{"maxLength": 99999999999}""", 0, 14)]
    [InlineData("""{"x-severity": "fatal"}""", 0, 15)]
    [InlineData("""{"x-severity": "Warning"}""", 0, 15)]
    [InlineData("""{"type": "nothing"}""", 0, 9)]
    [InlineData("""{"type": ["string", 5]}""", 0, 20)]
    [InlineData("""{"multipleOf": 0}""", 0, 15)]
    [InlineData("""{"uniqueItems": "yes"}""", 0, 16)]
    [InlineData("""{"minProperties": -1}""", 0, 18)]
    [InlineData("""{"anyOf": {}}""", 0, 10)]
    [InlineData("""{"title": 5}""", 0, 10)]
    [InlineData("""{"description": null}""", 0, 16)]
    [InlineData("""{"$ref": 5}""", 0, 9)]
    [InlineData("""{"$id": {}}""", 0, 8)]
    [InlineData("""{"pattern": true}""", 0, 12)]
    [InlineData("""{"format": 1}""", 0, 11)]
    [InlineData("""{"minimum": "0"}""", 0, 12)]
    [InlineData("""{"maximum": null}""", 0, 12)]
    [InlineData("""{"exclusiveMinimum": true}""", 0, 21)]
    [InlineData("""{"exclusiveMaximum": []}""", 0, 21)]
    [InlineData("""{"enum": "a"}""", 0, 9)]
    [InlineData("""{"properties": []}""", 0, 15)]
    [InlineData("""{"$defs": "x"}""", 0, 10)]
    [InlineData("""{"items": "x"}""", 0, 10)]
    [InlineData("""{"items": [{}]}""", 0, 10)]
    [InlineData("""{"not": 1}""", 0, 8)]
    [InlineData("""{"allOf": {}}""", 0, 10)]
    [InlineData("""{"allOf": [1]}""", 0, 11)]
    [InlineData("""{"dependentRequired": ["a"]}""", 0, 22)]
    [InlineData("""{"dependentRequired": {"a": "b"}}""", 0, 28)]
    [InlineData("""{"writeOnly": "yes"}""", 0, 14)]
    [InlineData("""{"readOnly": 1}""", 0, 13)]
    [InlineData("""{"x-lenient": null}""", 0, 14)]
    [InlineData("""{"x-reason": ["a"]}""", 0, 13)]
    [InlineData("""{"properties": {"p": "string"}}""", 0, 21)]
    [InlineData("{\n  \"properties\": {\n    \"p\": { \"minItems\": -1 }\n  }\n}", 2, 23)]
    public void A_keyword_value_of_the_wrong_type_is_a_PENDO103_error_at_the_value(string text, int line, int column)
    {
        DiagnosticInfo d = SingleDiagnostic(text, "PENDO103");
        AssertAt(d, line, column);
        Assert.Equal(DiagnosticSeverity.Error, d.ToDiagnostic().Severity);
    }

    [Fact]
    public void A_wrongly_typed_keyword_is_left_unset()
    {
        SchemaDocument document = Parse("""{"title": 5, "minItems": -1, "x-severity": "fatal", "type": "nothing", "required": "x"}""");
        Assert.Equal(5, document.Diagnostics.Count);
        Assert.Null(document.Root!.Title);
        Assert.Null(document.Root.MinItems);
        Assert.Null(document.Root.Severity);
        Assert.Null(document.Root.Type);
        Assert.Empty(document.Root.Required);
    }

    [Fact]
    public void A_duplicate_keyword_is_a_PENDO103_error_at_the_second_key_and_the_first_value_wins()
    {
        DiagnosticInfo d = SingleDiagnostic("""
            {
              "title": "First",
              "type": "object",
              "title": "Second"
            }
            """, "PENDO103");

        AssertAt(d, 3, 2);
        Assert.Contains("'title'", d.Arguments[0]);
        Assert.Equal("First", Parse("""{"title": "First", "title": "Second"}""").Root!.Title);
    }

    [Fact]
    public void A_duplicate_property_name_is_a_PENDO103_error_at_the_second_name()
    {
        DiagnosticInfo d = SingleDiagnostic("""
            {
              "properties": {
                "a": { "type": "string" },
                "a": { "type": "integer" }
              }
            }
            """, "PENDO103");

        AssertAt(d, 3, 4);
        SchemaNode root = Parse("""{"properties": {"a": {"type": "string"}, "a": {"type": "integer"}}}""").Root!;
        Assert.Equal("string", Assert.Single(root.Properties).Schema.Type);
    }

    [Theory]
    [InlineData("{\n  \"title\": \"T\",\n  \"type\": \"object\"\n  \"properties\": {}\n}", 3, 2)]
    [InlineData("{\n  \"title\": \"T\",\n}", 2, 0)]
    [InlineData("{\"title\": \"T\"", 0, 13)]
    [InlineData("", 0, 0)]
    [InlineData("\uFEFF  nope", 0, 2)]
    public void Invalid_json_is_a_PENDO100_error_with_line_and_column(string text, int line, int column)
    {
        SchemaDocument document = Parse(text);
        Assert.Null(document.Root);
        DiagnosticInfo d = Assert.Single(document.Diagnostics);
        Assert.Equal("PENDO100", d.DescriptorId);
        AssertAt(d, line, column);

        Diagnostic diagnostic = d.ToDiagnostic();
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        FileLinePositionSpan position = diagnostic.Location.GetLineSpan();
        Assert.Equal(Path, position.Path);
        Assert.Equal(line, position.StartLinePosition.Line);
        Assert.Equal(column, position.StartLinePosition.Character);
        Assert.Contains($"line {line + 1}, column {column + 1}", diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("email")]
    [InlineData("hostname")]
    [InlineData("uuid")]
    [InlineData("Date")]
    public void An_unsupported_format_is_a_PENDO102_warning_at_the_value_and_still_recorded(string format)
    {
        SchemaDocument document = Parse($$"""{"type": "string", "format": "{{format}}"}""");
        DiagnosticInfo d = Assert.Single(document.Diagnostics);
        Assert.Equal("PENDO102", d.DescriptorId);
        AssertAt(d, 0, 29);
        Assert.Contains(format, d.Arguments[0]);
        Assert.Equal(format, document.Root!.Format);
    }

    [Fact]
    public void Keywords_no_csharp_type_expresses_are_accepted_for_the_json_evaluator()
    {
        SchemaDocument document = Parse("""
            {"additionalProperties": {"type": "string"}, "type": ["string", "null"], "anyOf": [true], "multipleOf": 2.5,
             "prefixItems": [{}], "contains": {}, "minContains": 1, "uniqueItems": true, "propertyNames": {"maxLength": 3}}
            """);
        Assert.Empty(document.Diagnostics);
        Assert.Equal(
            new[] { "additionalProperties", "type", "anyOf", "multipleOf", "prefixItems", "contains", "minContains", "uniqueItems", "propertyNames" },
            document.Root!.JsonOnlyKeywords);
    }

    [Fact]
    public void A_subschema_of_a_json_only_keyword_has_its_problems_reported()
    {
        DiagnosticInfo d = SingleDiagnostic("""{"additionalProperties": {"minLength": "x"}}""", "PENDO103");
        AssertAt(d, 0, 39);
    }

    [Fact]
    public void A_schema_that_is_not_an_object_or_boolean_is_PENDO103_and_treated_as_true()
    {
        SchemaDocument document = Parse("""{"properties": {"p": 5}}""");
        Assert.Equal("PENDO103", Assert.Single(document.Diagnostics).DescriptorId);
        Assert.True(document.Root!.Properties[0].Schema.BooleanSchema);

        SchemaDocument rootArray = Parse("[]");
        Assert.Equal("PENDO103", Assert.Single(rootArray.Diagnostics).DescriptorId);
        Assert.True(rootArray.Root!.BooleanSchema);
    }

    [Fact]
    public void Annotation_keywords_are_accepted_silently()
    {
        SchemaDocument document = Parse("""
            {"$schema": "https://json-schema.org/draft/2020-12/schema", "$comment": "c", "examples": [1], "example": 1, "deprecated": true, "$anchor": "a", "contentMediaType": "text/plain"}
            """);
        Assert.Empty(document.Diagnostics);
    }

    [Fact]
    public void Diagnostics_in_nested_schemas_are_all_reported_in_document_order()
    {
        SchemaDocument document = Parse("""
            {
              "bogus": 1,
              "properties": {
                "a": { "items": { "minItems": "x" } },
                "b": { "allOf": [ { "x-severity": "loud" } ] }
              },
              "$defs": { "D": { "unevaluatedItems": [] } }
            }
            """);

        Assert.Equal(
            new[] { "PENDO102@1:2", "PENDO103@3:34", "PENDO103@4:38", "PENDO102@6:20" },
            document.Diagnostics.Select(d => $"{d.DescriptorId}@{d.Span.StartLine}:{d.Span.StartColumn}"));
    }
}
