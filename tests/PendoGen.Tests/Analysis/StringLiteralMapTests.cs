using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using PendoGen.Analysis;

namespace PendoGen.Tests.Analysis;

/// <summary>
/// <see cref="StringLiteralMap"/>: every kind of C# string literal decodes to the compiler's value, and every part of
/// the value maps to the exact source characters that wrote it. In the literals below a backtick stands for a double
/// quote, so a C# literal reads as it would in a file.
/// </summary>
public class StringLiteralMapTests
{
    private static readonly SyntaxKind[] StringKinds =
    {
        SyntaxKind.StringLiteralToken, SyntaxKind.SingleLineRawStringLiteralToken, SyntaxKind.MultiLineRawStringLiteralToken,
        SyntaxKind.Utf8StringLiteralToken, SyntaxKind.Utf8SingleLineRawStringLiteralToken, SyntaxKind.Utf8MultiLineRawStringLiteralToken,
    };

    /// <summary>A backtick stands for a double quote.</summary>
    private static string Q(string text) => text.Replace('`', '"');

    private sealed record Decoded(SyntaxTree Tree, SyntaxToken Token, string Value, int[] Offsets)
    {
        public string Source(int from, int to) => Tree.GetText().ToString(TextSpan.FromBounds(Offsets[from], Offsets[to]));

        /// <summary>The source that wrote the first occurrence of <paramref name="part"/> in the value.</summary>
        public string SourceOf(string part)
        {
            int at = Value.IndexOf(part, StringComparison.Ordinal);
            Assert.True(at >= 0, $"'{part}' is not in the value '{Value}'");
            return Source(at, at + part.Length);
        }
    }

    /// <summary>The literal as the initializer of a field, in a file whose lines end with <paramref name="newLine"/>.</summary>
    private static SyntaxTree Parse(string literal, string newLine = "\n", LanguageVersion version = LanguageVersion.Latest)
    {
        string code = "class C\n{\n    string s = " + literal + ";\n}\n";
        if (newLine != "\n")
        {
            code = code.Replace("\n", newLine);
        }

        return CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(version));
    }

    private static ExpressionSyntax Initializer(SyntaxTree tree) =>
        tree.GetRoot().DescendantNodes().OfType<VariableDeclaratorSyntax>().Single().Initializer!.Value;

    /// <summary>Parses, decodes and checks what holds for every literal: the compiler's value and a sane map.</summary>
    private static Decoded Decode(string literal, string newLine = "\n")
    {
        SyntaxTree tree = Parse(literal, newLine);
        SyntaxToken token = Assert.IsType<LiteralExpressionSyntax>(Initializer(tree)).Token;
        Assert.Contains(token.Kind(), StringKinds);
        Assert.False(token.ContainsDiagnostics, string.Join("; ", token.GetDiagnostics()));

        Assert.True(StringLiteralMap.TryDecode(token, out string value, out int[] offsets), $"could not decode {token.Text}");
        Assert.Equal(token.ValueText, value);
        AssertSaneMap(token, value, offsets);
        return new Decoded(tree, token, value, offsets);
    }

    private static void AssertSaneMap(SyntaxToken token, string value, int[] offsets)
    {
        Assert.Equal(value.Length + 1, offsets.Length);
        for (int i = 0; i < offsets.Length; i++)
        {
            Assert.InRange(offsets[i], token.SpanStart + 1, token.Span.End - 1); // within the content: after the opening quote, at most at the closing one
            if (i > 0)
            {
                Assert.True(offsets[i] >= offsets[i - 1], $"the map goes back at {i}: {offsets[i - 1]} then {offsets[i]}");
            }
        }
    }

    // ---- regular "..." ----

    [Fact]
    public void Regular_json_maps_values_to_their_escaped_source()
    {
        Decoded d = Decode(Q(@"`{\`d\`:\`2000/12/15\`,\`n\`:1}`"));
        Assert.Equal(Q("{`d`:`2000/12/15`,`n`:1}"), d.Value);
        Assert.Equal("2000/12/15", d.SourceOf("2000/12/15"));
        Assert.Equal(Q(@"\`2000/12/15\`"), d.SourceOf(Q("`2000/12/15`")));
        Assert.Equal(Q(@"\`n\`:1"), d.SourceOf(Q("`n`:1")));
        Assert.Equal(Q(@"{\`d\`:\`2000/12/15\`,\`n\`:1}"), d.Source(0, d.Value.Length));
    }

    [Theory]
    [InlineData(@"\'", "'")]
    [InlineData(@"\`", "`")]
    [InlineData(@"\\", "\\")]
    [InlineData(@"\0", "\0")]
    [InlineData(@"\a", "\a")]
    [InlineData(@"\b", "\b")]
    [InlineData(@"\f", "\f")]
    [InlineData(@"\n", "\n")]
    [InlineData(@"\r", "\r")]
    [InlineData(@"\t", "\t")]
    [InlineData(@"\v", "\v")]
    [InlineData(@"\u0041", "A")]
    [InlineData(@"\u00e9", "é")]
    [InlineData(@"\U00000042", "B")]
    [InlineData(@"\U0001F600", "😀")] // two value characters, both from the one escape
    [InlineData(@"\U0010FFFF", "\U0010FFFF")]
    [InlineData(@"\x7", "\u0007")]
    [InlineData(@"\x41", "A")]
    [InlineData(@"\x041", "A")]
    [InlineData(@"\x0041", "A")]
    [InlineData(@"\xfFfF", "\uFFFF")]
    public void Every_escape_maps_its_value_to_the_whole_escape(string escape, string decoded)
    {
        escape = Q(escape);
        decoded = Q(decoded);
        Decoded d = Decode("\"<" + escape + ">\"");
        Assert.Equal("<" + decoded + ">", d.Value);
        Assert.Equal(escape, d.Source(1, 1 + decoded.Length));
        Assert.Equal("<", d.Source(0, 1));
        Assert.Equal(">", d.Source(1 + decoded.Length, d.Value.Length));
        for (int i = 1; i < 1 + decoded.Length; i++)
        {
            Assert.Equal(d.Token.SpanStart + 2, d.Offsets[i]); // each value character starts at the backslash
        }
    }

    [Fact]
    public void A_lone_surrogate_escape_is_a_value_like_any_other()
    {
        // (Not InlineData: an attribute argument cannot hold a lone surrogate.)
        // \U with a surrogate code point is accepted too, and gives that one UTF-16 unit.
        Decoded d = Decode(@"""\uD83D|\xDC00|\U0000D9F9""");
        Assert.Equal("\uD83D|\uDC00|\uD9F9", d.Value);
        Assert.Equal(@"\uD83D", d.Source(0, 1));
        Assert.Equal(@"\xDC00", d.Source(2, 3));
        Assert.Equal(@"\U0000D9F9", d.Source(4, 5));
    }

    [Fact]
    public void Hex_escapes_stop_after_four_digits_or_at_a_non_hex_character()
    {
        Decoded d = Decode(Q(@"`\x00410|\x41g|\u00410|\U0001F6000`"));
        Assert.Equal("A0|Ag|A0|😀0", d.Value);
        Assert.Equal(@"\x0041", d.Source(0, 1));
        Assert.Equal("0", d.Source(1, 2));
        Assert.Equal(@"\x41", d.Source(3, 4));
        Assert.Equal(@"\u0041", d.Source(6, 7));
        Assert.Equal(@"\U0001F600", d.Source(9, 11));
        Assert.Equal("0", d.Source(11, 12));
    }

    [Fact]
    public void Regular_with_every_escape_kind_in_one_literal()
    {
        Decoded d = Decode(Q(@"`a\'b\`c\\d\0e\af\bg\fh\ni\rj\tk\vl\u0041m\U0001F600n\U00000042o\x41p\x041q\x0041r\x7s é€`"));
        Assert.Equal(Q("a'b`c\\d\0e\af\bg\fh\ni\rj\tk\vlAm😀nBoApAqAr\u0007s é€"), d.Value);
        Assert.Equal(@"\ni\rj\tk", d.SourceOf("\ni\rj\tk"));
        Assert.Equal(@"m\U0001F600n", d.SourceOf("m😀n"));
        Assert.Equal(@"o\x41p\x041q\x0041r\x7s", d.SourceOf("oApAqAr\u0007s"));
        Assert.Equal(" é€", d.SourceOf(" é€"));
    }

    [Fact]
    public void Empty_literals_map_to_where_the_content_would_be()
    {
        foreach (string literal in new[] { "\"\"", "@\"\"", "\"\"u8" })
        {
            Decoded d = Decode(literal);
            Assert.Equal("", d.Value);
            Assert.Equal(new[] { d.Token.SpanStart + (literal[0] == '@' ? 2 : 1) }, d.Offsets);
        }
    }

    // ---- verbatim @"..." ----

    [Fact]
    public void Verbatim_doubled_quotes_map_to_both_quotes()
    {
        Decoded d = Decode(Q(@"@`{``d``:``2000/12/15``}`"));
        Assert.Equal(Q("{`d`:`2000/12/15`}"), d.Value);
        Assert.Equal("2000/12/15", d.SourceOf("2000/12/15"));
        Assert.Equal(Q("``2000/12/15``"), d.SourceOf(Q("`2000/12/15`")));
        Assert.Equal(Q(@"``d``"), d.SourceOf(Q("`d`")));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Verbatim_keeps_newlines_and_backslashes_as_written(string newLine)
    {
        Decoded d = Decode(Q("@`{\n  ``path``: ``C:\\temp\\n``,\n  ``n``: 1\n}`"), newLine);
        Assert.Equal(Q("{\n  `path`: `C:\\temp\\n`,\n  `n`: 1\n}").Replace("\n", newLine), d.Value);
        Assert.Equal(Q("``C:\\temp\\n``"), d.SourceOf(Q("`C:\\temp\\n`")));
        Assert.Equal(newLine + Q("  ``n``"), d.SourceOf(newLine + Q("  `n`")));
    }

    // ---- raw """...""" ----

    [Fact]
    public void Single_line_raw_maps_one_to_one()
    {
        Decoded d = Decode(Q("```{`d`:`2000/12/15`}```"));
        Assert.Equal(SyntaxKind.SingleLineRawStringLiteralToken, d.Token.Kind());
        Assert.Equal(Q("{`d`:`2000/12/15`}"), d.Value);
        Assert.Equal(Q("`2000/12/15`"), d.SourceOf(Q("`2000/12/15`")));
        Assert.Equal(d.Token.SpanStart + 3, d.Offsets[0]);
        Assert.Equal(d.Token.Span.End - 3, d.Offsets[^1]);
    }

    [Fact]
    public void Raw_with_more_quotes_holds_shorter_quote_runs()
    {
        Decoded d = Decode(Q("````  say ```hi``` and `` ````"));
        Assert.Equal(Q("  say ```hi``` and `` "), d.Value);
        Assert.Equal(Q("```hi```"), d.SourceOf(Q("```hi```")));
        Assert.Equal(d.Token.SpanStart + 4, d.Offsets[0]);
    }

    private const string IndentedJson = "```\n        {\n          `d`: `2000/12/15`,\n\n          `n`: 1\n        }\n        ```";

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Multi_line_raw_removes_the_indentation_and_keeps_the_newlines(string newLine)
    {
        Decoded d = Decode(Q(IndentedJson), newLine);
        Assert.Equal(SyntaxKind.MultiLineRawStringLiteralToken, d.Token.Kind());
        Assert.Equal(Q("{\n  `d`: `2000/12/15`,\n\n  `n`: 1\n}").Replace("\n", newLine), d.Value); // CRLF stays CRLF
        Assert.Equal(Q("`2000/12/15`"), d.SourceOf(Q("`2000/12/15`")));
        Assert.Equal(Q("`n`: 1"), d.SourceOf(Q("`n`: 1")));
        // Each newline character maps to itself (the blank line after the comma has no indentation to skip).
        int comma = d.Value.IndexOf(',');
        for (int k = 0; k < newLine.Length; k++)
        {
            Assert.Equal(newLine[k].ToString(), d.Source(comma + 1 + k, comma + 2 + k));
        }
        Assert.Equal("{", d.SourceOf("{"));
        Assert.Equal("}", d.Source(d.Value.Length - 1, d.Value.Length));
        // A span that starts at a newline runs to the next value character: past the removed indentation.
        Assert.Equal(newLine + Q("          `d`"), d.SourceOf(newLine + Q("  `d`")));
        // The value starts after the first newline and the indentation, and ends before the last newline.
        string source = d.Tree.GetText().ToString();
        Assert.Equal("{", source[d.Offsets[0]].ToString());
        Assert.Equal(newLine + "        " + Q("```"), source.Substring(d.Offsets[^1], newLine.Length + 11));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Multi_line_raw_blank_and_whitespace_only_lines(string newLine)
    {
        // Indentation 4; lines: empty, 2 spaces (shorter: becomes empty), 6 spaces (2 kept), content indented by 2.
        Decoded d = Decode(Q("```   \n    a\n\n  \n      \n      b\n    ```"), newLine);
        Assert.Equal("a\n\n\n  \n  b".Replace("\n", newLine), d.Value);
        Assert.Equal("a", d.Source(0, 1));
        Assert.Equal("  b", d.SourceOf("  b"));
        Assert.Equal(newLine + "      ", d.SourceOf(newLine + "  ")); // only 2 of its 6 spaces are in the value
    }

    [Fact]
    public void Multi_line_raw_with_tabs_more_quotes_and_no_indentation()
    {
        Decoded tabs = Decode(Q("```\n\t\t`k`: `` \n\t\t\t`v`\n\t\t```"));
        Assert.Equal(Q("`k`: `` \n\t`v`"), tabs.Value);
        Assert.Equal(Q("\t`v`"), tabs.SourceOf(Q("\t`v`")));

        Decoded quotes = Decode(Q("````\n  say ```hi```\n  ````"));
        Assert.Equal(Q("say ```hi```"), quotes.Value);
        Assert.Equal(Q("```hi```"), quotes.SourceOf(Q("```hi```")));

        Decoded flush = Decode(Q("```\n    {`a`: 1}\n```"));
        Assert.Equal(Q("    {`a`: 1}"), flush.Value);
        Assert.Equal("    ", flush.Source(0, 4));
    }

    [Fact]
    public void Multi_line_raw_with_every_kind_of_newline()
    {
        // \r, \n, \r\n, NEL, LS and PS all end a line, and each stays in the value as written.
        string literal = Q("```\r\n  a\r  b\n  c\u0085  d\u2028  e\u2029  f\r\n  ```");
        Decoded d = Decode(literal);
        Assert.Equal("a\rb\nc\u0085d\u2028e\u2029f", d.Value);
        Assert.Equal("\u2028  e", d.SourceOf("\u2028e"));
        Assert.Equal("f", d.Source(d.Value.Length - 1, d.Value.Length));
    }

    // ---- UTF-8 ----

    [Theory]
    [InlineData(@"`{\`k\`:\`v\`}`u8", SyntaxKind.Utf8StringLiteralToken, @"\`v\`")]
    [InlineData(@"`{\`k\`:\`v\`}`U8", SyntaxKind.Utf8StringLiteralToken, @"\`v\`")]
    [InlineData("@`{``k``:``v``}`u8", SyntaxKind.Utf8StringLiteralToken, "``v``")]
    [InlineData("```{`k`:`v`}```u8", SyntaxKind.Utf8SingleLineRawStringLiteralToken, "`v`")]
    [InlineData("```\n    {`k`:`v`}\n    ```U8", SyntaxKind.Utf8MultiLineRawStringLiteralToken, "`v`")]
    public void Utf8_literals_map_their_utf16_value(string literal, SyntaxKind kind, string source)
    {
        Decoded d = Decode(Q(literal));
        Assert.Equal(kind, d.Token.Kind());
        Assert.Equal(Q("{`k`:`v`}"), d.Value);
        Assert.Equal(Q(source), d.SourceOf(Q("`v`")));
        Assert.Equal(Q("}"), d.Source(d.Value.Length - 1, d.Value.Length));
        Assert.True(d.Offsets[^1] <= d.Token.Span.End - 3); // never on the suffix
    }

    [Fact]
    public void Utf8_non_ascii_value_is_the_string_before_encoding()
    {
        Decoded d = Decode("\"é\\u20AC😀\"u8");
        Assert.Equal("é€😀", d.Value);
        Assert.Equal("\\u20AC", d.SourceOf("€"));
        Assert.Equal("😀", d.SourceOf("😀"));
    }

    // ---- what is refused ----

    [Theory]
    [InlineData("$`{1}`")]
    [InlineData("$`a{1}b`")]
    [InlineData("$@`a{1}b`")]
    [InlineData("$```a{1}b```")]
    [InlineData("$$```\n  a{{1}}b\n  ```")]
    [InlineData("'c'")]
    [InlineData(@"'\u0041'")]
    [InlineData("42")]
    [InlineData("null")]
    [InlineData("`unterminated")]
    [InlineData(@"`bad \q escape`")]
    [InlineData(@"`bad \u12 escape`")]
    [InlineData(@"`bad \U00110000 escape`")]
    [InlineData(@"`bad \x escape`")]
    [InlineData("```unterminated")]
    [InlineData("```\n  a\n b\n  ```")] // a line without the closing line's indentation
    [InlineData("```\n  ```")] // no content line
    [InlineData("```a````")] // too many closing quotes
    public void Other_tokens_are_refused(string literal)
    {
        SyntaxTree tree = Parse(Q(literal));
        ExpressionSyntax? initializer = tree.GetRoot().DescendantNodes().OfType<VariableDeclaratorSyntax>().FirstOrDefault()?.Initializer?.Value;
        IEnumerable<SyntaxToken> tokens = initializer is null ? tree.GetRoot().DescendantTokens() : initializer.DescendantTokens();
        Assert.NotEmpty(tokens);
        foreach (SyntaxToken token in tokens)
        {
            Assert.False(StringLiteralMap.TryDecode(token, out string value, out int[] offsets), $"decoded {token.Kind()} {token.Text}");
            Assert.Equal("", value);
            Assert.Empty(offsets);
        }
    }

    [Fact]
    public void Unterminated_verbatim_at_the_end_of_the_file_is_refused()
    {
        SyntaxTree tree = CSharpSyntaxTree.ParseText("class C { string s = @\"abc");
        foreach (SyntaxToken token in tree.GetRoot().DescendantTokens())
        {
            Assert.False(StringLiteralMap.TryDecode(token, out _, out _), token.Text);
        }
    }

    [Fact]
    public void Default_and_missing_tokens_are_refused()
    {
        Assert.False(StringLiteralMap.TryDecode(default, out _, out _));
        Assert.False(StringLiteralMap.TryDecode(SyntaxFactory.MissingToken(SyntaxKind.StringLiteralToken), out _, out _));
    }

    [Fact]
    public void A_token_whose_text_disagrees_with_its_value_is_refused()
    {
        // SyntaxFactory lets text and value differ; the decoded text must agree with the value the compiler uses.
        SyntaxToken token = SyntaxFactory.Literal("\"abc\"", "abd");
        Assert.False(StringLiteralMap.TryDecode(token, out _, out _));
    }

    [Fact]
    public void Strings_in_directives_have_no_escapes_and_are_never_mis_mapped()
    {
        // The lexer does not decode escapes in a #line file name, so a decoding that does must not be trusted.
        SyntaxTree tree = CSharpSyntaxTree.ParseText("#line 1 \"C:\\\\dir\\\\file.cs\"\nclass C { }\n");
        SyntaxToken token = tree.GetRoot().DescendantTokens(descendIntoTrivia: true).Single(t => t.IsKind(SyntaxKind.StringLiteralToken));
        Assert.Equal("C:\\\\dir\\\\file.cs", token.ValueText);
        Assert.False(StringLiteralMap.TryDecode(token, out _, out _));
    }

    [Fact]
    public void A_factory_token_outside_a_tree_maps_from_zero()
    {
        SyntaxToken token = SyntaxFactory.Literal("a\"b");
        Assert.Equal("\"a\\\"b\"", token.Text);
        Assert.True(StringLiteralMap.TryDecode(token, out string value, out int[] offsets));
        Assert.Equal("a\"b", value);
        Assert.Equal(new[] { 1, 2, 4, 5 }, offsets);
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp12)]
    [InlineData(LanguageVersion.Preview)]
    public void Escape_e_follows_the_compiler_in_use(LanguageVersion version)
    {
        // \e is new in C# 13: where the compiler reports it there is no map; where it takes it, it gives U+001B.
        SyntaxTree tree = Parse("\"a\\eb\"", version: version);
        SyntaxToken token = ((LiteralExpressionSyntax)Initializer(tree)).Token;
        bool decoded = StringLiteralMap.TryDecode(token, out string value, out int[] offsets);
        Assert.Equal(!token.ContainsDiagnostics, decoded);
        Assert.Equal(version == LanguageVersion.Preview, decoded);
        if (decoded)
        {
            Assert.Equal("a\u001bb", value);
            Assert.Equal(new[] { 1, 2, 4, 5 }, offsets.Select(o => o - token.SpanStart));
        }
    }

    // ---- random strings ----

    private static readonly char[] Alphabet =
        "ab{}:,[] 0123456789xXuUefAF\"\"\"\\\\\\'\n\r\t\0\a\v\u0001\u001b\u007fé€ß中\u00a0\u0085\u2028\u2029\ufeff\uffff\ud800\udc00"
            .ToCharArray();

    private static string RandomString(Random random, int maxLength)
    {
        var builder = new StringBuilder();
        int length = random.Next(0, maxLength + 1);
        for (int i = 0; i < length; i++)
        {
            if (random.Next(10) == 0)
            {
                builder.Append(char.ConvertFromUtf32(random.Next(0x10000, 0x110000))); // a surrogate pair
            }
            else
            {
                builder.Append(Alphabet[random.Next(Alphabet.Length)]);
            }
        }

        return builder.ToString();
    }

    /// <summary>A regular literal that spells each character with a randomly chosen escape, or as itself where it can.</summary>
    private static string RandomlyEscaped(Random random, string value)
    {
        var builder = new StringBuilder("\"");
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            bool nextIsHex = i + 1 < value.Length && Uri.IsHexDigit(value[i + 1]);
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]) && random.Next(2) == 0)
            {
                builder.Append("\\U").Append(char.ConvertToUtf32(c, value[++i]).ToString("X8"));
                continue;
            }

            switch (random.Next(5))
            {
                case 0:
                    builder.Append("\\u").Append(((int)c).ToString("x4"));
                    break;
                case 1:
                    builder.Append("\\U").Append(((int)c).ToString("X8"));
                    break;
                case 2:
                    // \x takes up to four digits: a shorter form only where the next character is not a hex digit.
                    builder.Append("\\x").Append(((int)c).ToString(nextIsHex ? "X4" : "x"));
                    break;
                default:
                    string simple = c switch
                    {
                        '"' => "\\\"", '\\' => "\\\\", '\n' => "\\n", '\r' => "\\r", '\0' => "\\0",
                        '\'' => random.Next(2) == 0 ? "\\'" : "'",
                        '\t' => random.Next(2) == 0 ? "\\t" : "\t",
                        '\a' => "\\a", '\v' => "\\v", '\b' => "\\b", '\f' => "\\f",
                        '\u0085' or '\u2028' or '\u2029' => "\\u" + ((int)c).ToString("X4"), // a newline in source would end the literal
                        _ => c.ToString(),
                    };
                    builder.Append(simple);
                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static SyntaxToken ParseLiteral(string literal, out SourceText text)
    {
        SyntaxTree tree = Parse(literal);
        text = tree.GetText();
        return Assert.IsType<LiteralExpressionSyntax>(Initializer(tree)).Token;
    }

    /// <summary>
    /// The random-string checks: the value is the original, the map is sane, and each run of value characters that
    /// share a start decodes, on its own, from exactly the source the map gives it.
    /// </summary>
    private static void AssertRoundTrip(string literal, string original, bool escapes, string prefix)
    {
        SyntaxToken token = ParseLiteral(literal, out SourceText text);
        Assert.False(token.ContainsDiagnostics, literal);
        Assert.True(StringLiteralMap.TryDecode(token, out string value, out int[] offsets), literal);
        Assert.Equal(original, value);
        Assert.Equal(token.ValueText, value);
        AssertSaneMap(token, value, offsets);
        for (int i = 0; i < value.Length;)
        {
            int j = i + 1;
            while (j < value.Length && offsets[j] == offsets[i])
            {
                j++;
            }

            string source = text.ToString(TextSpan.FromBounds(offsets[i], offsets[j]));
            if (escapes)
            {
                Assert.Equal(value.Substring(i, j - i), SyntaxFactory.ParseToken(prefix + source + "\"").ValueText);
            }
            else
            {
                // Verbatim and raw: every value character is its own source character (a doubled quote's first).
                Assert.Equal(i + 1, j);
                Assert.Equal(value[i], source[0]);
            }

            i = j;
        }
    }

    [Fact]
    public void Random_regular_and_verbatim_literals_decode_like_the_compiler()
    {
        var random = new Random(20251127);
        for (int n = 0; n < 500; n++)
        {
            string original = RandomString(random, 24);
            AssertRoundTrip(SymbolDisplay.FormatLiteral(original, quote: true), original, escapes: true, "\"");
            AssertRoundTrip(RandomlyEscaped(random, original), original, escapes: true, "\"");
            AssertRoundTrip("@\"" + original.Replace("\"", "\"\"") + "\"", original, escapes: false, "@\"");
        }
    }

    [Fact]
    public void Random_raw_literals_decode_like_the_compiler()
    {
        var random = new Random(7);
        string[] newLines = { "\n", "\r\n", "\r", "\u2028" };
        string[] indentations = { "", "  ", "    ", "\t", " \t" };
        int decoded = 0;
        for (int n = 0; n < 500; n++)
        {
            // Content lines without newlines; the delimiter is longer than any quote run inside.
            string indentation = indentations[random.Next(indentations.Length)];
            int lineCount = random.Next(1, 5);
            var lines = new string[lineCount];
            int longestRun = 0;
            for (int k = 0; k < lineCount; k++)
            {
                lines[k] = new string(RandomString(random, 12).Where(c => !SyntaxFacts.IsNewLine(c)).ToArray());
                longestRun = Math.Max(longestRun, LongestQuoteRun(lines[k]));
            }

            string quotes = new('"', Math.Max(3, longestRun + 1));

            // Single line: the content may not start or end with a quote.
            string single = lines[0].Trim('"');
            if (single.Length > 0) // whitespace only is fine on one line
            {
                AssertRoundTrip(quotes + single + quotes, single, escapes: false, "");
                AssertRoundTrip(quotes + single + quotes + "u8", single, escapes: false, "");
                decoded += 2;
            }

            // Multi line: each line indented, an empty line sometimes left shorter than the indentation.
            var literal = new StringBuilder(quotes);
            string expected = "";
            for (int k = 0; k < lineCount; k++)
            {
                string newLine = NewLineAfter(literal, newLines[random.Next(newLines.Length)]);
                literal.Append(newLine);
                if (lines[k].Length > 0 || random.Next(2) == 0)
                {
                    literal.Append(indentation);
                }

                literal.Append(lines[k]);
                expected += (k > 0 ? newLine : "") + lines[k];
            }

            literal.Append(NewLineAfter(literal, newLines[random.Next(newLines.Length)])).Append(indentation).Append(quotes);
            AssertRoundTrip(literal.ToString(), expected, escapes: false, "");
            decoded++;
        }

        Assert.True(decoded > 900, $"only {decoded} raw literals decoded");
    }

    /// <summary>A lone \r followed by a lone \n would be one CRLF newline, not two.</summary>
    private static string NewLineAfter(StringBuilder literal, string newLine) =>
        newLine == "\n" && literal[^1] == '\r' ? "\r\n" : newLine;

    private static int LongestQuoteRun(string text)
    {
        int longest = 0, run = 0;
        foreach (char c in text)
        {
            run = c == '"' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }
}
