using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using PendoGen.Tests.Infrastructure;

namespace PendoGen.Tests.Conformance;

/// <summary>The kinds of failure the conformance issue listed, each pinned on a typed record (not only through the suite's wrapper).</summary>
public sealed class ConformanceRegressionTests
{
    private const string Schema = """
        {
          "title": "Probe",
          "type": "object",
          "required": ["foo\"bar"],
          "properties": {
            "foo\"bar": { "type": "string" },
            "Zürich": { "type": "string" },
            "a+b": { "type": "integer" },
            "zone": { "title": "Zone", "type": "string", "enum": ["UTC+1", "Zürich", "a'b", "x<y", "foo\nbar"] },
            "count": { "type": "integer", "minLength": 2.0 },
            "big": { "const": 9007199254740992 },
            "name": { "type": "string", "minLength": 2, "maxLength": 3 },
            "toString": { "type": "object", "properties": { "x": { "type": "string" } } },
            "ref": { "$ref": "#/$defs/percent%25field" },
            "at": { "type": "string", "format": "date-time" },
            "loose": { "format": "date", "minLength": 10 }
          },
          "$defs": { "percent%field": { "type": "integer", "minimum": 5 } }
        }
        """;

    private static readonly Lazy<(Type Type, IReadOnlyList<Diagnostic> Diagnostics)> s_probe = new(Compile);

    private static (Type, IReadOnlyList<Diagnostic>) Compile()
    {
        GeneratorResult result = GeneratorHarness.Run([new SchemaFile("/schemas/probe.schema.json", Schema, "Probe")]);
        using var stream = new MemoryStream();
        var emit = result.Output.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        stream.Position = 0;
        Assembly assembly = new AssemblyLoadContext("probe", isCollectible: true).LoadFromStream(stream);
        return (assembly.GetType("Probe.Probe")!, result.GeneratorDiagnostics);
    }

    private static object Read(string json) => s_probe.Value.Type.GetMethod("FromJson", [typeof(string)])!.Invoke(null, [json])!;

    private static List<string> Errors(string json)
    {
        object value = Read(json);
        var issues = (System.Collections.IEnumerable)s_probe.Value.Type.GetMethod("Validate", Type.EmptyTypes)!.Invoke(value, null)!;
        return issues.Cast<object>().Select(i => i.ToString()!).Where(i => i.StartsWith("error", StringComparison.Ordinal)).ToList();
    }

    private static void AssertRefused(string json)
    {
        var e = Assert.Throws<TargetInvocationException>(() => Read(json));
        Assert.IsAssignableFrom<JsonException>(e.InnerException);
    }

    [Fact]
    public void The_schema_builds_with_no_error_and_only_the_expected_warnings()
    {
        // "toString" is renamed (PENDO106), never refused; minLength 2.0 is a count; the %25 pointer resolves.
        Assert.DoesNotContain(s_probe.Value.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.All(s_probe.Value.Diagnostics, d => Assert.Equal("PENDO106", d.Id));
    }

    [Fact]
    public void Names_and_enum_values_that_json_escapes_are_read()
    {
        object value = Read("""{"foo\"bar": "x", "Z\u00fcrich": "y", "a\u002Bb": 3, "zone": "UTC\u002B1"}""");
        Assert.Null(value.GetType().GetProperty("AdditionalProperties")!.GetValue(value)); // every name matched a property
        Assert.Empty(Errors("""{"foo\"bar": "x", "Zürich": "y", "a+b": 3}"""));
        foreach (string zone in new[] { "UTC+1", "Zürich", "a'b", "x<y", "foo\\nbar" })
        {
            Assert.Empty(Errors($$"""{"foo\"bar": "x", "zone": "{{zone}}"}"""));
        }

        string json = (string)value.GetType().GetMethod("ToJson")!.Invoke(value, null)!;
        Assert.Equal(value, Read(json));
    }

    [Fact]
    public void Null_on_a_typed_optional_property_is_refused() => AssertRefused("""{"foo\"bar": "x", "a+b": null}""");

    [Fact]
    public void An_integer_may_have_a_zero_fraction_but_not_another() =>
        Assert.Multiple(
            () => Assert.Empty(Errors("""{"foo\"bar": "x", "a+b": 1.0}""")),
            () => AssertRefused("""{"foo\"bar": "x", "a+b": 1.5}"""));

    [Fact]
    public void A_large_const_accepts_its_own_value()
    {
        Assert.Empty(Errors("""{"foo\"bar": "x", "big": 9007199254740992}"""));
        Assert.NotEmpty(Errors("""{"foo\"bar": "x", "big": 9007199254740993}"""));
    }

    [Fact]
    public void Lengths_count_code_points() =>
        Assert.Multiple(
            () => Assert.NotEmpty(Errors("""{"foo\"bar": "x", "name": "💩"}""")), // one code point: too short
            () => Assert.Empty(Errors("""{"foo\"bar": "x", "name": "💩💩💩"}""")), // three: not too long
            () => Assert.NotEmpty(Errors("""{"foo\"bar": "x", "name": "abcd"}""")));

    [Fact]
    public void A_percent_encoded_ref_points_to_its_definition() =>
        Assert.Multiple(
            () => Assert.Empty(Errors("""{"foo\"bar": "x", "ref": 5}""")),
            () => Assert.NotEmpty(Errors("""{"foo\"bar": "x", "ref": 4}""")));

    [Theory]
    [InlineData("2024-01-01T00:00:00Z", true)]
    [InlineData("2024-01-01t00:00:00z", true)]
    [InlineData("2024-01-01T00:00:00.5+01:00", true)]
    [InlineData("2024-01-01T00:00:00", false)]
    [InlineData("2024-01-01", false)]
    [InlineData("2024-01-01T00:00:00+01", false)]
    public void Date_times_follow_rfc_3339(string text, bool valid)
    {
        string json = $$"""{"foo\"bar": "x", "at": "{{text}}"}""";
        if (valid)
        {
            Assert.Empty(Errors(json));
        }
        else
        {
            AssertRefused(json);
        }
    }

    [Fact]
    public void An_untyped_value_keeps_its_rules() =>
        Assert.Multiple(
            () => Assert.Empty(Errors("""{"foo\"bar": "x", "loose": "2024-02-29"}""")),
            () => Assert.NotEmpty(Errors("""{"foo\"bar": "x", "loose": "2023-02-29"}""")),
            () => Assert.Empty(Errors("""{"foo\"bar": "x", "loose": 12}"""))); // format and minLength apply to strings only
}
