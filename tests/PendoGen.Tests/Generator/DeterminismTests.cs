using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using PendoGen.Tests.Infrastructure;

namespace PendoGen.Tests.Generator;

/// <summary>
/// Generated sources are the same bytes on every run, in every culture, and always use "\n" line endings.
/// </summary>
public class DeterminismTests
{
    /// <summary>A schema full of things a culture could change: decimals, exponents, 'i'/'I', upper/lower casing.</summary>
    private const string CultureSensitiveSchema = """
        {
          "title": "IndexSettings",
          "type": "object",
          "required": ["index_id"],
          "properties": {
            "index_id": { "type": "string", "minLength": 1, "pattern": "^[a-z]+$", "x-reason": "İ ı I i" },
            "ratio": { "type": "number", "minimum": 0.5, "maximum": 1.5e3, "exclusiveMaximum": 2000.25, "default": 1.25 },
            "factor": { "type": "number", "const": 2.5 },
            "limit": { "type": "integer", "minimum": -1000, "maximum": 3000000000, "default": 1000000 },
            "count": { "type": "integer", "enum": [1, 10, 100], "default": 10 },
            "mode": { "title": "ItemMode", "type": "string", "enum": ["index", "ITEM_ID", "istanbul", "I_AM_IT", "title_case"] },
            "since": { "type": "string", "format": "date", "default": "2024-01-31" },
            "at": { "type": "string", "format": "date-time" },
            "ids": { "type": "array", "items": { "type": "string" }, "minItems": 1, "maxItems": 10 }
          },
          "allOf": [
            { "x-severity": "warning", "if": { "properties": { "mode": { "const": "ITEM_ID" } }, "required": ["mode"] }, "then": { "required": ["ids"] } }
          ]
        }
        """;

    private static IEnumerable<SchemaFile> Schemas() =>
        SchemaFile.Shipped
            .Append(SchemaFile.FromOutput("TestData/widget-connector.schema.json", "Widgets"))
            .Append(new SchemaFile("/schemas/index-settings.schema.json", CultureSensitiveSchema));

    private static SortedDictionary<string, byte[]> GeneratedBytes(IEnumerable<SchemaFile> schemas)
    {
        GeneratorResult result = GeneratorHarness.Run(schemas);
        Assert.Null(Assert.Single(result.RunResult.Results).Exception);
        var bytes = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (GeneratedSourceResult source in result.Sources)
        {
            bytes.Add(source.HintName, Encoding.UTF8.GetBytes(source.SourceText.ToString()));
        }

        return bytes;
    }

    private static void AssertSameOutput(SortedDictionary<string, byte[]> expected, SortedDictionary<string, byte[]> actual, string label)
    {
        Assert.Equal(expected.Keys, actual.Keys);
        foreach ((string hintName, byte[] bytes) in expected)
        {
            if (!bytes.AsSpan().SequenceEqual(actual[hintName]))
            {
                string a = Encoding.UTF8.GetString(bytes);
                string b = Encoding.UTF8.GetString(actual[hintName]);
                int at = Enumerable.Range(0, Math.Min(a.Length, b.Length)).FirstOrDefault(i => a[i] != b[i], Math.Min(a.Length, b.Length));
                string Around(string s) => s.Substring(Math.Max(0, at - 60), Math.Min(120, s.Length - Math.Max(0, at - 60)));
                Assert.Fail($"{label}: {hintName} differs at character {at}:\n--- expected ---\n{Around(a)}\n--- actual ---\n{Around(b)}");
            }
        }
    }

    [Fact]
    public void Two_runs_generate_byte_identical_sources()
    {
        SortedDictionary<string, byte[]> first = GeneratedBytes(Schemas());
        SortedDictionary<string, byte[]> second = GeneratedBytes(Schemas());
        Assert.True(first.Count > 30, $"only {first.Count} sources"); // one file per record and per enum, plus the runtime
        AssertSameOutput(first, second, "second run");
    }

    [Fact]
    public void The_order_of_the_schema_files_does_not_change_the_output()
    {
        SortedDictionary<string, byte[]> forward = GeneratedBytes(Schemas());
        SortedDictionary<string, byte[]> backward = GeneratedBytes(Schemas().Reverse());
        AssertSameOutput(forward, backward, "reversed file order");
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    [InlineData("ja-JP")]
    [InlineData("fr-CH")]
    [InlineData("fa-IR")]
    public void Generated_sources_do_not_depend_on_the_current_culture(string cultureName)
    {
        CultureInfo savedCulture = CultureInfo.CurrentCulture;
        CultureInfo savedUiCulture = CultureInfo.CurrentUICulture;
        SortedDictionary<string, byte[]> invariant;
        SortedDictionary<string, byte[]> localized;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            invariant = GeneratedBytes(Schemas());

            var culture = new CultureInfo(cultureName);
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            localized = GeneratedBytes(Schemas());
        }
        finally
        {
            CultureInfo.CurrentCulture = savedCulture;
            CultureInfo.CurrentUICulture = savedUiCulture;
        }

        AssertSameOutput(invariant, localized, cultureName);
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    public void Diagnostics_do_not_depend_on_the_current_culture(string cultureName)
    {
        string schema = """{"title": "T", "properties": {"a": {"type": "string", "pattern": "(["}, "i": {"minItems": -1}, "I": {"type": "string"}}, "required": ["İ"]}""";
        CultureInfo savedCulture = CultureInfo.CurrentCulture;
        CultureInfo savedUiCulture = CultureInfo.CurrentUICulture;
        string[] invariant;
        string[] localized;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            invariant = Ids(schema);
            CultureInfo.CurrentCulture = new CultureInfo(cultureName);
            localized = Ids(schema);
        }
        finally
        {
            CultureInfo.CurrentCulture = savedCulture;
            CultureInfo.CurrentUICulture = savedUiCulture;
        }

        Assert.NotEmpty(invariant);
        Assert.Equal(invariant, localized);

        static string[] Ids(string text) => GeneratorHarness.Run([new SchemaFile("/schemas/t.schema.json", text)]).GeneratorDiagnostics
            .Select(d => $"{d.Id} {d.Location.GetLineSpan().StartLinePosition} {d.GetMessage(CultureInfo.InvariantCulture)}")
            .Order(StringComparer.Ordinal).ToArray();
    }

    [Fact]
    public void Generated_sources_have_no_carriage_returns_when_the_schemas_use_crlf()
    {
        List<SchemaFile> crlf = Schemas().Select(s => s with { Text = s.Text.Replace("\r\n", "\n").Replace("\n", "\r\n") }).ToList();
        Assert.All(crlf, s => Assert.Contains("\r\n", s.Text));

        SortedDictionary<string, byte[]> fromCrlf = GeneratedBytes(crlf);
        foreach ((string hintName, byte[] bytes) in fromCrlf)
        {
            Assert.False(bytes.Contains((byte)'\r'), $"{hintName} contains a carriage return");
        }

        AssertSameOutput(GeneratedBytes(Schemas().Select(s => s with { Text = s.Text.Replace("\r\n", "\n") })), fromCrlf, "CRLF schemas");
    }

    [Theory]
    [InlineData(@"first\r\nsecond")]
    [InlineData(@"first\nsecond")]
    [InlineData(@"first\rsecond")]
    [InlineData(@"trailing\r")]
    public void Escaped_line_breaks_in_schema_strings_put_no_carriage_return_in_generated_sources(string escaped)
    {
        string schema = $$"""
            {
              "title": "Doc",
              "description": "{{escaped}}",
              "properties": {
                "a": { "type": "string", "description": "{{escaped}}", "x-reason": "{{escaped}}", "minLength": 1 },
                "m": { "type": "string", "enum": ["{{escaped}}"], "description": "{{escaped}}" }
              }
            }
            """;

        GeneratorResult result = GeneratorHarness.Run([new SchemaFile("/schemas/doc.schema.json", schema)]);
        Assert.Empty(result.GeneratorDiagnostics);
        foreach (GeneratedSourceResult source in result.Sources)
        {
            Assert.False(source.SourceText.ToString().Contains('\r'), $"{source.HintName} contains a carriage return");
        }

        Assert.Empty(result.Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));
    }

    [Fact]
    public void Generated_sources_are_utf8_with_a_stable_checksum()
    {
        GeneratorResult first = GeneratorHarness.Run(Schemas());
        GeneratorResult second = GeneratorHarness.Run(Schemas());
        var checksums = second.Sources.ToDictionary(s => s.HintName, s => Convert.ToHexString(s.SourceText.GetChecksum().ToArray()));
        Assert.All(first.Sources, s =>
        {
            Assert.Equal(Encoding.UTF8.WebName, s.SourceText.Encoding?.WebName);
            Assert.Equal(checksums[s.HintName], Convert.ToHexString(s.SourceText.GetChecksum().ToArray()));
        });
    }
}
