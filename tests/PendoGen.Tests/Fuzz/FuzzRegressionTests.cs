using Microsoft.CodeAnalysis;
using PendoGen.Tests.Infrastructure;

namespace PendoGen.Tests.Fuzz;

/// <summary>
/// Generator bugs the schema fuzzer (<see cref="SchemaFuzzTests"/>) found, each pinned by the smallest schema that
/// shows it. The comment on each test names the fuzz case that first failed.
/// </summary>
public class FuzzRegressionTests
{
    private const string SchemaPath = "/schemas/regression.schema.json";

    private static GeneratorResult Run(string text, string? ns = null) => GeneratorHarness.Run([new SchemaFile(SchemaPath, text, ns)]);

    private static void AssertNoInternalError(GeneratorResult result)
    {
        Assert.Null(Assert.Single(result.RunResult.Results).Exception);
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id is "PENDO199" or "CS8785");
    }

    private static void AssertCompiles(GeneratorResult result) =>
        Assert.Empty(result.Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));

    // Found by "names: title at 3907 := "@class" [widget-connector]" (PENDO199: invalid hint name) and
    // "title at 754 := "a.b" [pendo-connection-response]" (a record named "a.b"): a $ref target's title named
    // the type even when it was no identifier.
    [Theory]
    [InlineData("@class")]
    [InlineData("a.b")]
    [InlineData("")]
    [InlineData("😀")]
    [InlineData("\\u0007")]
    [InlineData("a\\nb")]
    [InlineData("string")]
    public void A_referenced_schema_whose_title_is_no_identifier_is_named_by_its_key(string title)
    {
        GeneratorResult result = Run($$"""
            {
              "title": "Root",
              "properties": { "spec": { "$ref": "#/$defs/widget_spec" }, "kind": { "$ref": "#/$defs/kind" } },
              "$defs": {
                "widget_spec": { "title": "{{title}}", "type": "object", "properties": { "id": { "type": "string" } } },
                "kind": { "title": "{{title}}", "type": "string", "enum": ["a", "b"] }
              }
            }
            """);

        AssertNoInternalError(result);
        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Contains(result.Sources, s => s.HintName == "TestApp.WidgetSpec.g.cs");
        Assert.Contains(result.Sources, s => s.HintName == "TestApp.Kind.g.cs");
        AssertCompiles(result);
    }

    // Found by "names: rename 'api_token' at 273 to "\u0301a" [widget-connector]" and "rename 'connection_string'
    // at 5204 to "\u200b" [pendo-config]": a combining mark cannot start a C# name, and C# ignores formatting
    // characters, so names made of them did not compile.
    [Theory]
    [InlineData("\\u0301a", "_\u0301a")]
    [InlineData("\\u200b", "Value")]
    [InlineData("a\\u200bb", "Ab")]
    [InlineData("\\u0663x", "_\u0663x")]
    public void Property_and_enum_names_that_start_with_no_identifier_character_still_compile(string name, string clrName)
    {
        GeneratorResult result = Run($$"""
            {
              "title": "Root",
              "properties": {
                "{{name}}": { "type": "string" },
                "mode": { "type": "string", "enum": ["{{name}}", "other"] },
                "nested": { "type": "object", "properties": { "{{name}}": { "type": "object", "properties": { "x": { "type": "string" } } } } }
              }
            }
            """);

        AssertNoInternalError(result);
        Assert.Contains($"public string? {clrName} {{ get; init; }}", result.Source("TestApp.Root.g.cs"));
        Assert.Contains($"    {clrName},", result.Source("TestApp.Mode.g.cs"));
        AssertCompiles(result);
    }

    [Fact]
    public void A_title_with_a_formatting_character_is_not_used_as_a_name()
    {
        GeneratorResult result = Run("""
            {
              "title": "Root",
              "properties": { "a": { "title": "Th\u200bing", "type": "object", "properties": { "x": { "type": "string" } } } }
            }
            """);

        Assert.Contains(result.Sources, s => s.HintName == "TestApp.A.g.cs");
        AssertCompiles(result);
    }

    // Found by "names: title at 4815 := "ValidationIssue" [pendo-connection]", "title at 4073 := "Secret"
    // [pendo-config]", "title at 3727 := "Internal" [pendo-config]" and "title at 5019 := "ToString"
    // [pendo-config]": the runtime's types and namespaces, and the members of a record, were free to take.
    [Theory]
    [InlineData("ValidationIssue", "PendoGen", "'PendoGen.ValidationIssue' is a type of the PendoGen runtime")]
    [InlineData("ValidationSeverity", "PendoGen", "'PendoGen.ValidationSeverity' is a type of the PendoGen runtime")]
    [InlineData("Secret", "PendoGen", "'PendoGen.Secret' is a type of the PendoGen runtime")]
    [InlineData("Internal", "PendoGen", "'PendoGen.Internal' is a namespace")]
    [InlineData("Api", "Contracts", "'Contracts.Api' is a namespace")]
    [InlineData("ToString", "PendoGen", "the generated record has a member of that name")]
    [InlineData("Validate", "Contracts", "the generated record has a member of that name")]
    public void A_type_name_that_would_clash_with_the_runtime_a_namespace_or_a_member_is_PENDO105(string title, string ns, string reason)
    {
        GeneratorResult result = GeneratorHarness.Run(
        [
            new SchemaFile(SchemaPath, $$"""{"title": "Root", "properties": {"a": {"title": "{{title}}", "type": "object", "properties": {"x": {"type": "string"} } } } }""", ns),
            new SchemaFile("/schemas/other.schema.json", """{"title": "Other", "properties": {"b": {"type": "string"}}}""", "Contracts.Api"),
        ]);

        Diagnostic d = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("PENDO105", d.Id);
        Assert.Contains(reason, d.GetMessage());
        Assert.Contains($"generated as '{title}2'", d.GetMessage());
        Assert.Contains(result.Sources, s => s.HintName == ns + "." + title + "2.g.cs");
        AssertCompiles(result);
    }

    [Fact]
    public void An_enum_named_like_a_runtime_type_is_PENDO105_and_compiles()
    {
        GeneratorResult result = Run("""{"title": "Root", "properties": {"severity": {"title": "ValidationSeverity", "enum": ["low", "high"]}}}""", "PendoGen");
        Assert.Equal("PENDO105", Assert.Single(result.GeneratorDiagnostics).Id);
        Assert.Contains(result.Sources, s => s.HintName == "PendoGen.ValidationSeverity2.g.cs");
        AssertCompiles(result);
    }

    /// <summary>Keeps the list of reserved runtime names complete: every type the runtime declares in namespace PendoGen.</summary>
    [Fact]
    public void Every_runtime_type_in_namespace_PendoGen_is_refused_as_a_title()
    {
        GeneratorResult runtimeOnly = GeneratorHarness.Run([]);
        INamespaceSymbol pendoGen = runtimeOnly.Output.GlobalNamespace.GetNamespaceMembers().Single(n => n.Name == "PendoGen");
        string[] names = pendoGen.GetTypeMembers().Select(t => t.Name).Concat(pendoGen.GetNamespaceMembers().Select(n => n.Name)).ToArray();
        Assert.Contains("ValidationIssue", names);
        foreach (string name in names)
        {
            GeneratorResult result = Run($$"""{"title": "Root", "properties": {"a": {"title": "{{name}}", "type": "object", "properties": {"x": {"type": "string"} } } } }""", "PendoGen");
            Assert.True(result.GeneratorDiagnostics.Any(d => d.Id == "PENDO105"), $"'{name}' was not refused");
            AssertCompiles(result);
        }
    }

    // Found by "truncate-and-close: truncate at 672 and close [pendo-connection-response]": a required property
    // with no type is a JsonElement, not a JsonElement?, and GetHashCode used '?.' on it.
    [Fact]
    public void A_required_property_of_any_JSON_value_compiles()
    {
        GeneratorResult result = Run("""{"title": "Root", "required": ["data", "meta"], "properties": {"data": {}, "meta": {"type": "object"}, "free": true}}""");
        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Contains("hash.Add(Data.GetRawText());", result.Source("TestApp.Root.g.cs"));
        Assert.Contains("hash.Add(Free?.GetRawText());", result.Source("TestApp.Root.g.cs"));
        AssertCompiles(result);
    }

    // Found by "wrong-type: 'enum' #45 at 2936 := ["a", "a"] [pendo-config]": the value was generated twice
    // (as A and A2), with a PENDO106 warning only, and TryParse had two 'case "a":' labels (CS0152).
    [Fact]
    public void A_value_listed_twice_in_a_string_enum_is_PENDO103_at_the_second_and_generated_once()
    {
        GeneratorResult result = Run("""{"title": "Root", "properties": {"mode": {"type": "string", "enum": ["a", "b", "a"]}}}""");
        Diagnostic d = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("PENDO103", d.Id);
        Assert.Equal(SchemaPath, d.Location.GetLineSpan().Path);
        Assert.Equal(79, d.Location.SourceSpan.Start);
        Assert.Contains("\"a\" is listed more than once", d.GetMessage());
        string source = result.Source("TestApp.Mode.g.cs");
        Assert.DoesNotContain("A2", source);
        AssertCompiles(result);
    }

    // Found by "huge-enums: strings, seed 20240611": IsDefined was "value is A or B or ...", which took the
    // compiler over two minutes for 5,000 members and overflowed its stack (crashing the build) at 20,000.
    [Fact]
    public void IsDefined_is_a_range_test_whatever_the_number_of_members()
    {
        string values = string.Join(", ", Enumerable.Range(0, 300).Select(i => $"\"v{i}\""));
        GeneratorResult result = Run($$"""{"title": "Root", "properties": {"mode": {"type": "string", "enum": [{{values}}]} } }""");
        string source = result.Source("TestApp.Mode.g.cs");
        Assert.Contains("public static bool IsDefined(global::TestApp.Mode value) => value is >= global::TestApp.Mode.V0 and <= global::TestApp.Mode.V299;", source);
        AssertCompiles(result);
    }

    // Found by "refs: add $ref "#/title" to #/allOf/5/else/if [pendo-connection]" (code with unreachable
    // statements, CS0162, and no diagnostic): a $ref inside a rule (if, then, else, not, allOf,
    // x-no-effect-unless) is only followed for the rules, and a broken one was silently read as an empty schema.
    [Theory]
    [InlineData("\"if\": {\"$ref\": \"#/title\"}, \"then\": {\"required\": [\"a\"]}")]
    [InlineData("\"if\": {\"required\": [\"a\"]}, \"then\": {\"$ref\": \"#/$defs/missing\"}")]
    [InlineData("\"allOf\": [{\"$ref\": \"other.schema.json\"}]")]
    [InlineData("\"not\": {\"$ref\": \"#/properties/nope\"}")]
    [InlineData("\"properties\": {\"a\": {\"type\": \"string\", \"x-no-effect-unless\": {\"$ref\": \"#/x\"}}}")]
    public void A_broken_ref_inside_a_rule_is_PENDO104(string rule)
    {
        string text = "{\"title\": \"Root\", \"properties\": {\"a\": {\"type\": \"string\"}}, " + rule + "}";
        if (rule.StartsWith("\"properties\"", StringComparison.Ordinal))
        {
            text = "{\"title\": \"Root\", " + rule + "}";
        }

        GeneratorResult result = Run(text);
        Diagnostic d = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("PENDO104", d.Id);
        Assert.StartsWith("\"", text.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length));
        Assert.Contains(text.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length), d.GetMessage());
        AssertCompiles(result);
    }

    [Fact]
    public void A_broken_ref_used_by_a_type_and_its_rules_is_reported_once()
    {
        GeneratorResult result = Run("""{"title": "Root", "properties": {"a": {"$ref": "#/$defs/gone"}}, "if": {"properties": {"a": {"$ref": "#/$defs/gone"}}}, "then": {"required": ["a"]}}""");
        Assert.Equal(2, result.GeneratorDiagnostics.Count(d => d.Id == "PENDO104"));
        Assert.Equal(2, result.GeneratorDiagnostics.Select(d => d.Location.SourceSpan).Distinct().Count());
    }

    // Found by "wrong-type: 'if' #119 at 7626 := false [pendo-config]": a condition that is constant (a true, false
    // or empty schema, an empty enum, a const of the wrong type) left statements the compiler knows never run:
    // warning CS0162 in generated code, which fails builds that treat warnings as errors.
    [Theory]
    [InlineData("\"if\": false, \"then\": {\"required\": [\"a\"]}, \"else\": {\"required\": [\"n\"]}")]
    [InlineData("\"if\": true, \"then\": {\"required\": [\"a\"]}, \"else\": {\"required\": [\"n\"]}")]
    [InlineData("\"if\": {}, \"else\": {\"required\": [\"n\"]}")]
    [InlineData("\"if\": {\"properties\": {\"a\": {\"enum\": []}}}, \"then\": {\"required\": [\"n\"]}")]
    [InlineData("\"if\": {\"properties\": {\"n\": {\"const\": \"x\"}}, \"required\": [\"n\"]}, \"then\": {\"required\": [\"a\"]}")]
    [InlineData("\"not\": false")]
    [InlineData("\"not\": {\"not\": {}}")]
    [InlineData("\"properties\": {\"n\": {\"type\": \"integer\", \"not\": false, \"if\": false, \"then\": {\"minimum\": 1}, \"else\": {\"maximum\": 9}}}")]
    [InlineData("\"properties\": {\"n\": {\"type\": \"integer\", \"x-no-effect-unless\": true}, \"m\": {\"type\": \"integer\", \"x-no-effect-unless\": false}}")]
    public void Constant_conditions_generate_no_unreachable_code(string rule)
    {
        string text = rule.StartsWith("\"properties\"", StringComparison.Ordinal)
            ? "{\"title\": \"Root\", " + rule + "}"
            : "{\"title\": \"Root\", \"properties\": {\"a\": {\"type\": \"string\"}, \"n\": {\"type\": \"integer\"}}, " + rule + "}";
        GeneratorResult result = Run(text);
        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilationProblems.Select(d => d.ToString()));
    }

    // Found by "wrong-type: add 'const': {"x": [{}]} to #/properties/export_storage_type [pendo-config]": any
    // const on an integer, number, boolean, enum or date property gave warning CS8629 in FromJson ("hasX ?
    // pX.Value : ..."), even in a plain valid schema.
    [Fact]
    public void A_const_property_of_a_value_type_reads_without_a_nullable_warning()
    {
        GeneratorResult result = Run("""
            {
              "title": "Root",
              "properties": {
                "n": { "type": "integer", "const": 5 },
                "b": { "const": true },
                "d": { "type": "number", "const": 2.5 },
                "e": { "type": "string", "enum": ["x", "y"], "const": "x" },
                "j": { "const": { "k": [1] } },
                "s": { "const": "text" }
              }
            }
            """);
        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilationProblems.Select(d => d.ToString()));
        string json = result.Source("TestApp.Root.g.cs");
        Assert.Contains("N = pN ?? 5,", json);
        Assert.Contains("E = pE ?? global::TestApp.E.X,", json);
        Assert.Contains("S = hasS ? pS! : \"text\",", json);
    }
}
