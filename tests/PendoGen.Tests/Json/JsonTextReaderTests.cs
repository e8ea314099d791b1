using PendoGen.Common;
using PendoGen.Json;

namespace PendoGen.Tests.Json;

/// <summary>
/// The position-tracking JSON reader the generator reads schema files with: values, escapes, raw numbers,
/// zero-based line/column of names and values, and errors that point at the offending character.
/// </summary>
public class JsonTextReaderTests
{
    // ---- values of every kind ----

    [Fact]
    public void Reads_an_object_holding_every_kind_of_value_in_member_order()
    {
        var root = Assert.IsType<JsonObject>(JsonTextReader.Read(
            """{"s":"text","i":42,"d":-1.5,"t":true,"f":false,"z":null,"a":[1,"two",[]],"o":{"k":{}}}"""));

        Assert.Equal(new[] { "s", "i", "d", "t", "f", "z", "a", "o" }, root.Members.Select(m => m.Name));
        Assert.Equal("text", Assert.IsType<JsonString>(root.Find("s")!.Value).Value);
        Assert.Equal("42", Assert.IsType<JsonNumber>(root.Find("i")!.Value).Raw);
        Assert.Equal("-1.5", Assert.IsType<JsonNumber>(root.Find("d")!.Value).Raw);
        Assert.True(Assert.IsType<JsonBoolean>(root.Find("t")!.Value).Value);
        Assert.False(Assert.IsType<JsonBoolean>(root.Find("f")!.Value).Value);
        Assert.IsType<JsonNull>(root.Find("z")!.Value);

        var array = Assert.IsType<JsonArray>(root.Find("a")!.Value);
        Assert.Equal(3, array.Items.Count);
        Assert.Equal("1", Assert.IsType<JsonNumber>(array.Items[0]).Raw);
        Assert.Equal("two", Assert.IsType<JsonString>(array.Items[1]).Value);
        Assert.Empty(Assert.IsType<JsonArray>(array.Items[2]).Items);

        var nested = Assert.IsType<JsonObject>(root.Find("o")!.Value);
        Assert.Empty(Assert.IsType<JsonObject>(Assert.Single(nested.Members).Value).Members);
        Assert.Null(root.Find("missing"));
    }

    [Theory]
    [InlineData("true", typeof(JsonBoolean))]
    [InlineData("false", typeof(JsonBoolean))]
    [InlineData("null", typeof(JsonNull))]
    [InlineData("0", typeof(JsonNumber))]
    [InlineData("\"\"", typeof(JsonString))]
    [InlineData("[]", typeof(JsonArray))]
    [InlineData("{}", typeof(JsonObject))]
    [InlineData("  \r\n\t 7 \n", typeof(JsonNumber))]
    public void Reads_a_scalar_or_empty_container_as_the_whole_document(string text, Type expected) =>
        Assert.IsType(expected, JsonTextReader.Read(text));

    [Theory]
    [InlineData("{}", "an object")]
    [InlineData("[]", "an array")]
    [InlineData("\"x\"", "a string")]
    [InlineData("1", "a number")]
    [InlineData("true", "a boolean")]
    [InlineData("null", "null")]
    public void Kind_names_describe_the_value_for_messages(string text, string kindName) =>
        Assert.Equal(kindName, JsonTextReader.Read(text).KindName);

    // ---- strings ----

    [Theory]
    [InlineData(@"""\""""", "\"")]
    [InlineData(@"""\\""", "\\")]
    [InlineData(@"""\/""", "/")]
    [InlineData(@"""\b""", "\b")]
    [InlineData(@"""\f""", "\f")]
    [InlineData(@"""\n""", "\n")]
    [InlineData(@"""\r""", "\r")]
    [InlineData(@"""\t""", "\t")]
    [InlineData(@"""a\tb\nc""", "a\tb\nc")]
    [InlineData(@"""\u0041""", "A")]
    [InlineData(@"""\u00e9""", "é")]
    [InlineData(@"""\u00E9""", "é")]
    [InlineData(@"""\u0000""", "\0")]
    [InlineData(@"""\u20AC and \u20ac""", "€ and €")]
    [InlineData(@"""\uD83D\uDE00""", "\U0001F600")]
    [InlineData(@"""x\ud83d\ude00y""", "x\U0001F600y")]
    [InlineData("\"\U0001F600 raw\"", "\U0001F600 raw")]
    [InlineData("\"日本語\"", "日本語")]
    public void Decodes_string_escapes(string json, string expected)
    {
        var value = Assert.IsType<JsonString>(JsonTextReader.Read(json));
        Assert.Equal(expected, value.Value);
    }

    [Fact]
    public void A_surrogate_pair_escape_decodes_to_one_code_point()
    {
        string value = Assert.IsType<JsonString>(JsonTextReader.Read(@"""\uD83D\uDE00""")).Value;
        Assert.Equal(2, value.Length);
        Assert.True(char.IsSurrogatePair(value[0], value[1]));
        Assert.Equal(0x1F600, char.ConvertToUtf32(value, 0));
    }

    [Fact]
    public void Escaped_member_names_are_decoded()
    {
        var root = Assert.IsType<JsonObject>(JsonTextReader.Read(@"{""a\u0062\n"": 1}"));
        Assert.Equal("ab\n", Assert.Single(root.Members).Name);
    }

    // ---- numbers ----

    [Theory]
    [InlineData("1.50e3", false)]
    [InlineData("1.50E+3", false)]
    [InlineData("2e-10", false)]
    [InlineData("-0", true)]
    [InlineData("0", true)]
    [InlineData("0.0", false)]
    [InlineData("-12.3400", false)]
    [InlineData("360", true)]
    [InlineData("12345678901234567890123456789", true)]
    [InlineData("1e400", false)]
    public void Numbers_are_kept_as_their_exact_source_text(string text, bool isInteger)
    {
        var number = Assert.IsType<JsonNumber>(JsonTextReader.Read(text));
        Assert.Equal(text, number.Raw);
        Assert.Equal(isInteger, number.IsInteger);
    }

    [Fact]
    public void Numbers_inside_containers_keep_their_text_up_to_the_delimiter()
    {
        var array = Assert.IsType<JsonArray>(JsonTextReader.Read("[1.50e3,-0.0 , 7]"));
        Assert.Equal(new[] { "1.50e3", "-0.0", "7" }, array.Items.Cast<JsonNumber>().Select(n => n.Raw));
    }

    // ---- positions ----

    private const string MultiLine =
        "{\n" +
        "  \"name\": \"x\",\n" +
        "  \"list\": [\n" +
        "    1,\n" +
        "    true\n" +
        "  ],\n" +
        "\t\"o\": {}\n" +
        "}";

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Member_names_and_values_carry_zero_based_line_and_column(string newline)
    {
        string text = MultiLine.Replace("\n", newline);
        var root = Assert.IsType<JsonObject>(JsonTextReader.Read(text));

        JsonMember name = root.Find("name")!;
        AssertStart(name.NameSpan, 1, 2);
        AssertEnd(name.NameSpan, 1, 8);
        AssertStart(name.Value.Span, 1, 10);
        AssertEnd(name.Value.Span, 1, 13);

        JsonMember list = root.Find("list")!;
        AssertStart(list.NameSpan, 2, 2);
        AssertStart(list.Value.Span, 2, 10);
        AssertEnd(list.Value.Span, 5, 3);
        var items = Assert.IsType<JsonArray>(list.Value).Items;
        AssertStart(items[0].Span, 3, 4);
        AssertEnd(items[0].Span, 3, 5);
        AssertStart(items[1].Span, 4, 4);
        AssertEnd(items[1].Span, 4, 8);

        JsonMember o = root.Find("o")!;
        AssertStart(o.NameSpan, 6, 1); // a tab is one column
        AssertStart(o.Value.Span, 6, 6);

        AssertStart(root.Span, 0, 0);
        AssertEnd(root.Span, 7, 1);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Character_offsets_index_the_original_text(string newline)
    {
        string text = MultiLine.Replace("\n", newline);
        var root = Assert.IsType<JsonObject>(JsonTextReader.Read(text));

        foreach (JsonMember member in root.Members)
        {
            Assert.Equal("\"" + member.Name + "\"", text.Substring(member.NameSpan.Start, member.NameSpan.Length));
        }

        JsonValue list = root.Find("list")!.Value;
        Assert.Equal("[" + newline + "    1," + newline + "    true" + newline + "  ]", text.Substring(list.Span.Start, list.Span.Length));
        Assert.Equal(0, root.Span.Start);
        Assert.Equal(text.Length, root.Span.End);
    }

    [Fact]
    public void Crlf_and_lf_texts_give_the_same_lines_and_columns_but_different_offsets()
    {
        var lf = Assert.IsType<JsonObject>(JsonTextReader.Read(MultiLine));
        var crlf = Assert.IsType<JsonObject>(JsonTextReader.Read(MultiLine.Replace("\n", "\r\n")));

        SourceSpan a = lf.Find("o")!.NameSpan;
        SourceSpan b = crlf.Find("o")!.NameSpan;
        Assert.Equal((a.StartLine, a.StartColumn, a.EndLine, a.EndColumn), (b.StartLine, b.StartColumn, b.EndLine, b.EndColumn));
        Assert.Equal(a.Start + 6, b.Start); // six line breaks before it, each one character longer
    }

    // Found by the schema fuzzer ("byte edits, seed 20240611+17: insert@8466 0D [pendo-config]" and
    // "replace@1423 C285 [pendo-connection]"): a lone CR, and U+0085/U+2028/U+2029 inside a string, end a line for
    // the compiler but did not for the reader, so diagnostics after them had the wrong line.
    [Theory]
    [InlineData("{\"a\": 1,\r\"b\": \"x\u2028y\", \"c\": \"\u0085\u2029\",\r\n \"d\": [\n\r]}")]
    [InlineData("\r\r\n\n{\"\u2028\": {\"\u2029\": \"\u0085\"}}\r")]
    public void Lines_and_columns_agree_with_the_compiler_for_every_kind_of_line_break(string text)
    {
        var lines = Microsoft.CodeAnalysis.Text.SourceText.From(text).Lines;
        var spans = new List<SourceSpan>();
        void Collect(JsonValue value)
        {
            spans.Add(value.Span);
            foreach (JsonMember member in (value as JsonObject)?.Members ?? EquatableArray<JsonMember>.Empty)
            {
                spans.Add(member.NameSpan);
                Collect(member.Value);
            }

            foreach (JsonValue item in (value as JsonArray)?.Items ?? EquatableArray<JsonValue>.Empty)
            {
                Collect(item);
            }
        }

        Collect(JsonTextReader.Read(text));
        Assert.All(spans, span =>
        {
            var expected = lines.GetLinePositionSpan(new Microsoft.CodeAnalysis.Text.TextSpan(span.Start, span.Length));
            Assert.Equal((expected.Start.Line, expected.Start.Character, expected.End.Line, expected.End.Character), (span.StartLine, span.StartColumn, span.EndLine, span.EndColumn));
        });
    }

    [Theory]
    [InlineData("{\"a\u2028b\": 1 x}", 1, 6)]
    [InlineData("[1,\r2,\r\r3 4]", 3, 2)]
    public void Errors_after_a_line_break_the_compiler_counts_are_on_the_right_line(string text, int line, int column)
    {
        JsonTextException e = Assert.Throws<JsonTextException>(() => JsonTextReader.Read(text));
        AssertStart(e.Span, line, column);
        Assert.Contains($"(line {line + 1}, column {column + 1})", e.Message);
    }

    [Fact]
    public void An_error_at_a_raw_line_break_in_a_string_ends_at_the_start_of_the_next_line()
    {
        JsonTextException e = Assert.Throws<JsonTextException>(() => JsonTextReader.Read("{\"a\": \"x\ny\"}"));
        AssertStart(e.Span, 0, 8);
        AssertEnd(e.Span, 1, 0);
    }

    [Fact]
    public void A_byte_order_mark_does_not_count_as_a_column()
    {
        string text = "\uFEFF{\"a\": 1,\n \"b\": 2}";
        var root = Assert.IsType<JsonObject>(JsonTextReader.Read(text));

        AssertStart(root.Span, 0, 0);
        Assert.Equal(1, root.Span.Start); // offsets still index the text, BOM included
        AssertStart(root.Find("a")!.NameSpan, 0, 1);
        AssertStart(root.Find("a")!.Value.Span, 0, 6);
        AssertStart(root.Find("b")!.NameSpan, 1, 1);
        AssertStart(root.Find("b")!.Value.Span, 1, 6);
        Assert.Equal("\"a\"", text.Substring(root.Find("a")!.NameSpan.Start, root.Find("a")!.NameSpan.Length));
    }

    [Fact]
    public void A_byte_order_mark_before_an_error_does_not_shift_its_column()
    {
        JsonTextException e = Assert.Throws<JsonTextException>(() => JsonTextReader.Read("\uFEFF{\"a\" 1}"));
        AssertStart(e.Span, 0, 5);
    }

    [Fact]
    public void Spans_of_scalars_cover_exactly_their_text()
    {
        const string text = "[ \"a\\nb\" , -1.5e2, false, null ]";
        var items = Assert.IsType<JsonArray>(JsonTextReader.Read(text)).Items;
        Assert.Equal(new[] { "\"a\\nb\"", "-1.5e2", "false", "null" }, items.Select(i => text.Substring(i.Span.Start, i.Span.Length)));
        Assert.All(items, i => Assert.Equal(i.Span.Length, i.Span.EndColumn - i.Span.StartColumn));
    }

    // ---- errors ----

    [Theory]
    [InlineData("", 0, 0)]
    [InlineData("   ", 0, 3)]
    [InlineData("{", 0, 1)]
    [InlineData("{\"a\"", 0, 4)]
    [InlineData("{\"a\":", 0, 5)]
    [InlineData("{\"a\": 1", 0, 7)]
    [InlineData("{\"a\": 1,", 0, 8)]
    [InlineData("[", 0, 1)]
    [InlineData("[1,", 0, 3)]
    [InlineData("[1", 0, 2)]
    [InlineData("\"abc", 0, 4)]
    [InlineData("\"ab\\", 0, 4)]
    [InlineData("\"\\u12", 0, 3)]
    [InlineData("tru", 0, 0)]
    [InlineData("[fals", 0, 1)]
    [InlineData("-", 0, 1)]
    [InlineData("1.", 0, 2)]
    [InlineData("1e", 0, 2)]
    [InlineData("1e+", 0, 3)]
    [InlineData("{\n  \"a\": [1,\n", 2, 0)]
    [InlineData("{\r\n  \"a\": {\r\n    \"b\": ", 2, 9)]
    public void Truncated_text_is_an_error_at_the_end(string text, int line, int column)
    {
        JsonTextException e = Assert.Throws<JsonTextException>(() => JsonTextReader.Read(text));
        AssertStart(e.Span, line, column);
        Assert.Contains($"(line {line + 1}, column {column + 1})", e.Message);
    }

    [Theory]
    [InlineData("{\"a\": 1,}", 0, 8)]
    [InlineData("[1, 2,]", 0, 6)]
    [InlineData("{\n  \"a\": 1,\n}", 2, 0)]
    [InlineData("[\n  1,\n  ]", 2, 2)]
    public void A_trailing_comma_is_an_error_at_the_closing_bracket(string text, int line, int column)
    {
        JsonTextException e = Assert.Throws<JsonTextException>(() => JsonTextReader.Read(text));
        AssertStart(e.Span, line, column);
    }

    [Theory]
    [InlineData("{\"a\" 1}", 0, 5)]
    [InlineData("{\"a\"\n  1}", 1, 2)]
    [InlineData("{\"a\" = 1}", 0, 5)]
    public void A_missing_colon_is_an_error_where_the_colon_should_be(string text, int line, int column)
    {
        JsonTextException e = Assert.Throws<JsonTextException>(() => JsonTextReader.Read(text));
        AssertStart(e.Span, line, column);
        Assert.Contains("':'", e.Message);
    }

    [Theory]
    [InlineData(@"""a\x""", 0, 3)]
    [InlineData(@"""\'""", 0, 2)]
    [InlineData(@"""\U0041""", 0, 2)]
    [InlineData(@"""\u12G4""", 0, 3)]
    [InlineData(@"""\u-123""", 0, 3)]
    [InlineData(@"""\u 123""", 0, 3)]
    [InlineData(@"""\u+123""", 0, 3)]
    [InlineData("{\n  \"k\": \"\\q\"}", 1, 9)]
    public void A_bad_escape_is_an_error_inside_the_string(string text, int line, int column)
    {
        JsonTextException e = Assert.Throws<JsonTextException>(() => JsonTextReader.Read(text));
        AssertStart(e.Span, line, column);
    }

    [Theory]
    [InlineData("\"a\tb\"", 0, 2)]
    [InlineData("\"a\nb\"", 0, 2)]
    [InlineData("\"a\rb\"", 0, 2)]
    [InlineData("\"\u0001\"", 0, 1)]
    [InlineData("{\n \"k\u001F\": 1}", 1, 3)]
    public void A_raw_control_character_in_a_string_is_an_error_at_that_character(string text, int line, int column)
    {
        JsonTextException e = Assert.Throws<JsonTextException>(() => JsonTextReader.Read(text));
        AssertStart(e.Span, line, column);
    }

    [Theory]
    [InlineData("01", 0, 1)]
    [InlineData("-01", 0, 2)]
    [InlineData("00", 0, 1)]
    [InlineData("[01]", 0, 2)]
    [InlineData("{\"a\": 007}", 0, 7)]
    public void A_number_with_a_leading_zero_is_an_error(string text, int line, int column)
    {
        JsonTextException e = Assert.Throws<JsonTextException>(() => JsonTextReader.Read(text));
        AssertStart(e.Span, line, column);
    }

    [Theory]
    [InlineData("+1", 0, 0)]
    [InlineData(".5", 0, 0)]
    [InlineData("NaN", 0, 0)]
    [InlineData("Infinity", 0, 0)]
    [InlineData("'single'", 0, 0)]
    [InlineData("{a: 1}", 0, 1)]
    [InlineData("{'a': 1}", 0, 1)]
    [InlineData("[1 2]", 0, 3)]
    [InlineData("{\"a\": 1 \"b\": 2}", 0, 8)]
    [InlineData("// comment\n{}", 0, 0)]
    [InlineData("{} // comment", 0, 3)]
    [InlineData("True", 0, 0)]
    [InlineData("[nulL]", 0, 1)]
    public void Text_that_is_not_json_is_an_error_at_the_first_bad_character(string text, int line, int column)
    {
        JsonTextException e = Assert.Throws<JsonTextException>(() => JsonTextReader.Read(text));
        AssertStart(e.Span, line, column);
    }

    [Theory]
    [InlineData("{} x", 0, 3)]
    [InlineData("{}}", 0, 2)]
    [InlineData("[1]]", 0, 3)]
    [InlineData("1 2", 0, 2)]
    [InlineData("{}\n\n  {}", 2, 2)]
    [InlineData("\"a\"\r\n\"b\"", 1, 0)]
    [InlineData("truex", 0, 4)]
    public void Text_after_the_document_is_an_error_where_it_starts(string text, int line, int column)
    {
        JsonTextException e = Assert.Throws<JsonTextException>(() => JsonTextReader.Read(text));
        AssertStart(e.Span, line, column);
        Assert.Contains("after the end", e.Message);
    }

    [Fact]
    public void The_error_span_is_one_character_wide_and_inside_the_text()
    {
        JsonTextException middle = Assert.Throws<JsonTextException>(() => JsonTextReader.Read("[1 2]"));
        Assert.Equal(1, middle.Span.Length);
        Assert.Equal((0, 4), (middle.Span.EndLine, middle.Span.EndColumn));

        JsonTextException atEnd = Assert.Throws<JsonTextException>(() => JsonTextReader.Read("[1,"));
        Assert.Equal(3, atEnd.Span.Start);
        Assert.Equal(3, atEnd.Span.End); // nothing after the end to point at
    }

    [Theory]
    [InlineData("[", "]", "")]
    [InlineData("[", "]", "1")]
    [InlineData("{\"a\":", "}", "1")]
    public void Nesting_of_MaxDepth_containers_is_accepted(string open, string close, string innermost)
    {
        string text = Repeat(open, JsonTextReader.MaxDepth) + innermost + Repeat(close, JsonTextReader.MaxDepth);
        JsonValue value = JsonTextReader.Read(text);

        int containers = 0;
        for (JsonValue? current = value; current is JsonArray or JsonObject; containers++)
        {
            current = current switch
            {
                JsonArray { Items.Count: 1 } a => a.Items[0],
                JsonObject { Members.Count: 1 } o => o.Members[0].Value,
                _ => null,
            };
        }

        Assert.Equal(JsonTextReader.MaxDepth, containers);
    }

    [Fact]
    public void Nesting_MaxDepth_plus_one_arrays_around_a_value_is_refused_at_the_innermost_value()
    {
        string text = Repeat("[", JsonTextReader.MaxDepth + 1) + "1" + Repeat("]", JsonTextReader.MaxDepth + 1);
        JsonTextException e = Assert.Throws<JsonTextException>(() => JsonTextReader.Read(text));
        Assert.Contains("deeper than " + JsonTextReader.MaxDepth, e.Message);
        AssertStart(e.Span, 0, JsonTextReader.MaxDepth + 1);
    }

    [Fact]
    public void Nesting_MaxDepth_plus_one_empty_arrays_is_refused()
    {
        // MaxDepth + 1 nested containers are nested deeper than MaxDepth levels, whether or not the innermost one is empty.
        string text = Repeat("[", JsonTextReader.MaxDepth + 1) + Repeat("]", JsonTextReader.MaxDepth + 1);
        JsonTextException e = Assert.Throws<JsonTextException>(() => JsonTextReader.Read(text));
        Assert.Contains("deeper than " + JsonTextReader.MaxDepth, e.Message);
    }

    [Fact]
    public void Very_deep_nesting_is_an_error_not_a_stack_overflow()
    {
        string text = Repeat("[", 100_000) + Repeat("]", 100_000);
        JsonTextException e = Assert.Throws<JsonTextException>(() => JsonTextReader.Read(text));
        Assert.Contains("deeper than", e.Message);
        Assert.True(e.Span.StartColumn <= JsonTextReader.MaxDepth + 1);
    }

    // ---- equality ----

    [Fact]
    public void Reading_the_same_text_twice_gives_equal_trees()
    {
        string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "ShippedSchemas", "pendo-connection.schema.json"));
        JsonValue first = JsonTextReader.Read(text);
        JsonValue second = JsonTextReader.Read(text);

        Assert.NotSame(first, second);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void Different_whitespace_gives_trees_that_differ_only_in_spans()
    {
        JsonValue compact = JsonTextReader.Read("""{"a":[1,"x",{"b":null}],"c":true}""");
        JsonValue spaced = JsonTextReader.Read("{\n  \"a\" : [ 1, \"x\", { \"b\" : null } ],\r\n  \"c\" : true\n}\n");

        Assert.NotEqual(compact, spaced);
        Assert.Equal(WithoutSpans(compact), WithoutSpans(spaced));
        Assert.Equal(WithoutSpans(compact).GetHashCode(), WithoutSpans(spaced).GetHashCode());
        Assert.Equal(JsonTextWriter.Write(compact), JsonTextWriter.Write(spaced));
    }

    [Theory]
    [InlineData("""{"a":1}""", """{"a":2}""")]
    [InlineData("""{"a":1}""", """{"b":1}""")]
    [InlineData("""{"a":1,"b":2}""", """{"b":2,"a":1}""")]
    [InlineData("""[1]""", """[1.0]""")]
    [InlineData("""["a"]""", """["b"]""")]
    [InlineData("""[true]""", """[false]""")]
    [InlineData("""[null]""", """[[]]""")]
    public void Different_content_gives_unequal_trees_even_without_spans(string a, string b) =>
        Assert.NotEqual(WithoutSpans(JsonTextReader.Read(a)), WithoutSpans(JsonTextReader.Read(b)));

    // ---- helpers ----

    private static void AssertStart(SourceSpan span, int line, int column) =>
        Assert.Equal((line, column), (span.StartLine, span.StartColumn));

    private static void AssertEnd(SourceSpan span, int line, int column) =>
        Assert.Equal((line, column), (span.EndLine, span.EndColumn));

    private static string Repeat(string s, int count) => string.Concat(Enumerable.Repeat(s, count));

    private static JsonValue WithoutSpans(JsonValue value) => value switch
    {
        JsonObject o => new JsonObject(o.Members.Select(m => new JsonMember(m.Name, default, WithoutSpans(m.Value))).ToEquatableArray(), default),
        JsonArray a => new JsonArray(a.Items.Select(WithoutSpans).ToEquatableArray(), default),
        JsonString s => s with { Span = default },
        JsonNumber n => n with { Span = default },
        JsonBoolean b => b with { Span = default },
        JsonNull n => n with { Span = default },
        _ => throw new InvalidOperationException(value.GetType().Name),
    };
}
