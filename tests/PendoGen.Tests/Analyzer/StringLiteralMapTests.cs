using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using PendoGen.Analysis;

namespace PendoGen.Tests.Analyzer;

/// <summary>Decoding string literals and mapping value characters back to the exact source characters.</summary>
public class StringLiteralMapTests
{
    private static (SyntaxToken Token, SourceText Text) Literal(string literal, string newLine = "\n")
    {
        SyntaxTree tree = CSharpSyntaxTree.ParseText(("class C {" + newLine + "    object s = " + literal + ";" + newLine + "}").Replace("\n", newLine), new CSharpParseOptions(LanguageVersion.CSharp12));
        SyntaxToken token = tree.GetRoot().DescendantTokens().First(t => t.Text.Contains('"') || t.Text.Contains('\''));
        return (token, tree.GetText());
    }

    public static TheoryData<string, string, string> Cases() => new()
    {
        // literal, value substring, the source text that wrote it
        { "\"{\\\"d\\\": \\\"2000/12/15\\\"}\"", "\"2000/12/15\"", "\\\"2000/12/15\\\"" },
        { "\"a\\u0041b\\x42-c\"", "AbB", "\\u0041b\\x42" },      // \x takes up to 4 hex digits: "-" ends it
        { "@\"{ \"\"k\"\": 1 }\"", "\"k\"", "\"\"k\"\"" },
        { "\"\"\"{ \"k\": \"v\" }\"\"\"", "\"v\"", "\"v\"" },
        { "\"{\\\"k\\\":1}\"u8", "\"k\"", "\\\"k\\\"" },
        { "\"\"\"\n        {\n          \"k\": \"v\"\n        }\n        \"\"\"", "\"v\"", "\"v\"" },
        { "\"\"\"\"\n        say \"\"\"hi\"\"\"\n        \"\"\"\"", "\"\"\"hi\"\"\"", "\"\"\"hi\"\"\"" },
        { "\"\"\"\n        a\n\n        b\n        \"\"\"u8", "b", "b" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Value_characters_map_to_their_source(string literal, string part, string source)
    {
        foreach (string newLine in new[] { "\n", "\r\n" })
        {
            (SyntaxToken token, SourceText text) = Literal(literal, newLine);
            Assert.True(StringLiteralMap.TryDecode(token, out string value, out int[] offsets), $"could not decode {token.Text}");
            Assert.Equal(token.ValueText, value);
            int at = value.IndexOf(part, StringComparison.Ordinal);
            Assert.True(at >= 0, $"'{part}' not in '{value}'");
            Assert.Equal(source, text.ToString(TextSpan.FromBounds(offsets[at], offsets[at + part.Length])));
        }
    }

    [Theory]
    [InlineData("$\"{1}\"")]
    [InlineData("'c'")]
    [InlineData("\"unterminated")]
    public void Other_tokens_are_refused(string literal)
    {
        (SyntaxToken token, _) = Literal(literal);
        Assert.False(StringLiteralMap.TryDecode(token, out _, out _));
    }

    [Fact]
    public void Random_strings_decode_like_the_compiler_with_a_monotonic_map()
    {
        var random = new Random(42);
        char[] alphabet = "ab\"\\\n\r\t{}:,é€😀 \u0001".ToCharArray();
        for (int n = 0; n < 300; n++)
        {
            string original = new(Enumerable.Range(0, random.Next(0, 30)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            foreach (string literal in new[] { SymbolDisplay.FormatLiteral(original, quote: true), "@\"" + original.Replace("\"", "\"\"") + "\"" })
            {
                (SyntaxToken token, _) = Literal(literal);
                if (token.ContainsDiagnostics)
                {
                    continue;
                }

                Assert.True(StringLiteralMap.TryDecode(token, out string value, out int[] offsets), literal);
                Assert.Equal(original, value);
                Assert.Equal(value.Length + 1, offsets.Length);
                for (int i = 1; i < offsets.Length; i++)
                {
                    Assert.True(offsets[i] >= offsets[i - 1]);
                }

                Assert.InRange(offsets[0], token.SpanStart, token.Span.End);
                Assert.InRange(offsets[^1], token.SpanStart, token.Span.End);
            }
        }
    }
}
