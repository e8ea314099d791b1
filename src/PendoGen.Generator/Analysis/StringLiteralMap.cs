using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PendoGen.Analysis;

/// <summary>
/// Decodes a C# string literal token and maps every character of its value back to the source, so a diagnostic
/// about part of the value (a JSON value inside the literal) lands exactly under the characters that wrote it:
/// escapes, verbatim, raw (single- and multi-line, indentation removed) and UTF-8 literals included.
/// </summary>
/// <remarks>
/// The rules follow the compiler's lexer: a regular literal's escapes (<c>\x</c> takes 1-4 hex digits, <c>\U</c>
/// above U+FFFF gives a surrogate pair); a verbatim literal's doubled quote; a multi-line raw literal's lines, where
/// the newline right after the opening quotes and the one before the closing line are not part of the value, the
/// closing line's indentation is removed from every content line (a whitespace-only line shorter than it becomes
/// empty), and newlines (<c>\r\n</c>, <c>\n</c>, <c>\r</c>, U+0085, U+2028, U+2029) stay as written. Whatever is
/// decoded is checked against <see cref="SyntaxToken.ValueText"/>, so a rule the compiler changes later makes this
/// return false rather than point at the wrong characters.
/// </remarks>
internal static class StringLiteralMap
{
    private static readonly int[] s_emptyOffsets = System.Array.Empty<int>();

    /// <summary>
    /// Decodes a C# string literal token and maps every character of its value back to the source.
    /// </summary>
    /// <param name="token">A string literal token of a syntax tree.</param>
    /// <param name="value">The literal's value, exactly <see cref="SyntaxToken.ValueText"/> (for a UTF-8 literal the
    /// UTF-16 string before encoding); empty when this returns false.</param>
    /// <param name="sourceOffsets">value.Length + 1 positions in the tree's text: [i] is where the source of value[i]
    /// starts (an escape's backslash, the first of a doubled quote), the last one is where the content ends (before
    /// the closing quote, or before the newline that precedes a multi-line raw literal's closing line). A span
    /// [i, j) of the value is the source span [sourceOffsets[i], sourceOffsets[j]).</param>
    /// <returns>False, never an exception, for any other token (interpolated, character), a token with diagnostics
    /// or missing, or a decoding that disagrees with the compiler's.</returns>
    public static bool TryDecode(SyntaxToken token, out string value, out int[] sourceOffsets)
    {
        value = string.Empty;
        sourceOffsets = s_emptyOffsets;
        try
        {
            return TryDecodeCore(token, ref value, ref sourceOffsets);
        }
        catch (System.Exception)
        {
            // A safety net: a map is a nicety, an analyzer that throws is not.
            value = string.Empty;
            sourceOffsets = s_emptyOffsets;
            return false;
        }
    }

    private static bool TryDecodeCore(SyntaxToken token, ref string value, ref int[] sourceOffsets)
    {
        if (token.IsMissing || token.ContainsDiagnostics)
        {
            return false;
        }

        SyntaxKind kind = token.Kind();
        bool utf8;
        switch (kind)
        {
            case SyntaxKind.StringLiteralToken:
            case SyntaxKind.SingleLineRawStringLiteralToken:
            case SyntaxKind.MultiLineRawStringLiteralToken:
                utf8 = false;
                break;
            case SyntaxKind.Utf8StringLiteralToken:
            case SyntaxKind.Utf8SingleLineRawStringLiteralToken:
            case SyntaxKind.Utf8MultiLineRawStringLiteralToken:
                utf8 = true;
                break;
            default:
                return false;
        }

        string text = token.Text;
        int length = text.Length;
        if (utf8)
        {
            // The suffix is u8 or U8, written right after the closing quote.
            if (length < 4 || text[length - 1] != '8' || (text[length - 2] != 'u' && text[length - 2] != 'U'))
            {
                return false;
            }

            length -= 2;
        }

        // Every value character takes at least one source character, except \U beyond U+FFFF, which takes ten
        // for two: the content length bounds the value length.
        var chars = new char[length];
        var offsets = new int[length + 1];
        int count;
        switch (kind)
        {
            case SyntaxKind.StringLiteralToken:
            case SyntaxKind.Utf8StringLiteralToken:
                count = length > 0 && text[0] == '@'
                    ? DecodeVerbatim(text, length, chars, offsets)
                    : DecodeRegular(text, length, chars, offsets);
                break;
            case SyntaxKind.SingleLineRawStringLiteralToken:
            case SyntaxKind.Utf8SingleLineRawStringLiteralToken:
                count = DecodeSingleLineRaw(text, length, chars, offsets);
                break;
            default:
                count = DecodeMultiLineRaw(text, length, chars, offsets);
                break;
        }

        if (count < 0)
        {
            return false;
        }

        // The safety net: never point at the wrong characters. On success the compiler's own string is the value.
        string expected = token.ValueText;
        if (expected.Length != count)
        {
            return false;
        }

        for (int i = 0; i < count; i++)
        {
            if (chars[i] != expected[i])
            {
                return false;
            }
        }

        int start = token.SpanStart;
        int[] result = offsets.Length == count + 1 ? offsets : new int[count + 1];
        for (int i = 0; i <= count; i++)
        {
            result[i] = offsets[i] + start;
        }

        value = expected;
        sourceOffsets = result;
        return true;
    }

    /// <summary>
    /// "...": the escapes of C#. Returns the value length, or -1. Offsets are relative to the token start, and the
    /// entry at the returned count is set to the closing quote.
    /// </summary>
    private static int DecodeRegular(string text, int length, char[] chars, int[] offsets)
    {
        int end = length - 1; // the closing quote
        if (length < 2 || text[0] != '"' || text[end] != '"')
        {
            return -1;
        }

        int count = 0;
        int i = 1;
        while (i < end)
        {
            char c = text[i];
            if (c != '\\')
            {
                chars[count] = c;
                offsets[count++] = i++;
                continue;
            }

            if (i + 1 >= end)
            {
                return -1;
            }

            int escape = i;
            char decoded;
            switch (text[i + 1])
            {
                case '\'': decoded = '\''; i += 2; break;
                case '"': decoded = '"'; i += 2; break;
                case '\\': decoded = '\\'; i += 2; break;
                case '0': decoded = '\0'; i += 2; break;
                case 'a': decoded = '\a'; i += 2; break;
                case 'b': decoded = '\b'; i += 2; break;
                case 'e': decoded = '\u001b'; i += 2; break; // C# 13; an older compiler reports it, so no map then
                case 'f': decoded = '\f'; i += 2; break;
                case 'n': decoded = '\n'; i += 2; break;
                case 'r': decoded = '\r'; i += 2; break;
                case 't': decoded = '\t'; i += 2; break;
                case 'v': decoded = '\v'; i += 2; break;
                case 'x':
                {
                    int digits = ReadHex(text, i + 2, end, 4, out int x);
                    if (digits < 1)
                    {
                        return -1;
                    }

                    decoded = (char)x;
                    i += 2 + digits;
                    break;
                }

                case 'u':
                {
                    if (ReadHex(text, i + 2, end, 4, out int u) != 4)
                    {
                        return -1;
                    }

                    decoded = (char)u;
                    i += 6;
                    break;
                }

                case 'U':
                {
                    if (ReadHex(text, i + 2, end, 8, out int codePoint) != 8 || codePoint < 0 || codePoint > 0x10FFFF)
                    {
                        return -1;
                    }

                    i += 10;
                    if (codePoint > 0xFFFF)
                    {
                        // A surrogate pair: both halves start at the escape.
                        codePoint -= 0x10000;
                        chars[count] = (char)(0xD800 + (codePoint >> 10));
                        offsets[count++] = escape;
                        decoded = (char)(0xDC00 + (codePoint & 0x3FF));
                    }
                    else
                    {
                        decoded = (char)codePoint;
                    }

                    break;
                }

                default:
                    return -1;
            }

            chars[count] = decoded;
            offsets[count++] = escape;
        }

        offsets[count] = end;
        return count;
    }

    /// <summary>@"...": a doubled quote stands for one quote, everything else for itself, newlines included.</summary>
    private static int DecodeVerbatim(string text, int length, char[] chars, int[] offsets)
    {
        int end = length - 1;
        if (length < 3 || text[0] != '@' || text[1] != '"' || text[end] != '"')
        {
            return -1;
        }

        int count = 0;
        int i = 2;
        while (i < end)
        {
            char c = text[i];
            chars[count] = c;
            offsets[count++] = i;
            if (c == '"')
            {
                if (i + 1 >= end || text[i + 1] != '"')
                {
                    return -1;
                }

                i += 2;
            }
            else
            {
                i++;
            }
        }

        offsets[count] = end;
        return count;
    }

    /// <summary>"""...""" on one line: the content between the delimiters, as written.</summary>
    private static int DecodeSingleLineRaw(string text, int length, char[] chars, int[] offsets)
    {
        int quotes = CountQuotes(text, length);
        int end = length - quotes;
        if (quotes < 3 || end < quotes || !IsQuoteRun(text, end, length))
        {
            return -1;
        }

        int count = 0;
        for (int i = quotes; i < end; i++)
        {
            chars[count] = text[i];
            offsets[count++] = i;
        }

        offsets[count] = end;
        return count;
    }

    /// <summary>
    /// """ (whitespace) newline, content lines, newline, indentation """: every content line loses the closing
    /// line's indentation; the newlines between content lines are kept as written.
    /// </summary>
    private static int DecodeMultiLineRaw(string text, int length, char[] chars, int[] offsets)
    {
        int quotes = CountQuotes(text, length);
        int closing = length - quotes;
        if (quotes < 3 || closing <= quotes || !IsQuoteRun(text, closing, length))
        {
            return -1;
        }

        // The opening line: whitespace only, then the first newline (not part of the value).
        int position = quotes;
        while (position < closing && SyntaxFacts.IsWhitespace(text[position]))
        {
            position++;
        }

        if (position >= closing || !SyntaxFacts.IsNewLine(text[position]))
        {
            return -1;
        }

        // The closing line: indentation, then the quotes; the newline before it is not part of the value.
        int indentationStart = closing;
        while (indentationStart > position && SyntaxFacts.IsWhitespace(text[indentationStart - 1]))
        {
            indentationStart--;
        }

        int indentationLength = closing - indentationStart;
        int contentEnd = indentationStart - 1; // the newline before the closing line
        if (contentEnd <= position || !SyntaxFacts.IsNewLine(text[contentEnd]))
        {
            return -1; // no content line: the compiler reports that
        }

        if (text[contentEnd] == '\n' && text[contentEnd - 1] == '\r' && contentEnd - 1 > position)
        {
            contentEnd--;
        }

        int count = 0;
        bool firstLine = true;
        while (position < contentEnd)
        {
            // position is at the newline that starts a content line.
            int newLineWidth = text[position] == '\r' && text[position + 1] == '\n' ? 2 : 1;
            if (!firstLine)
            {
                for (int k = 0; k < newLineWidth; k++)
                {
                    chars[count] = text[position + k];
                    offsets[count++] = position + k;
                }
            }

            firstLine = false;
            position += newLineWidth;

            int lineStart = position;
            while (position < contentEnd && SyntaxFacts.IsWhitespace(text[position]))
            {
                position++;
            }

            int whitespaceLength = position - lineStart;
            bool whitespaceOnly = position >= contentEnd || SyntaxFacts.IsNewLine(text[position]);
            int common = whitespaceLength < indentationLength ? whitespaceLength : indentationLength;
            if (string.CompareOrdinal(text, lineStart, text, indentationStart, common) != 0 ||
                (!whitespaceOnly && whitespaceLength < indentationLength))
            {
                return -1; // the compiler reports a line that does not start with the closing line's indentation
            }

            // Whitespace past the indentation is content.
            for (int k = lineStart + common; k < position; k++)
            {
                chars[count] = text[k];
                offsets[count++] = k;
            }

            while (position < contentEnd && !SyntaxFacts.IsNewLine(text[position]))
            {
                chars[count] = text[position];
                offsets[count++] = position++;
            }
        }

        if (position != contentEnd)
        {
            return -1;
        }

        offsets[count] = contentEnd;
        return count;
    }

    private static int CountQuotes(string text, int length)
    {
        int n = 0;
        while (n < length && text[n] == '"')
        {
            n++;
        }

        return n;
    }

    private static bool IsQuoteRun(string text, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (text[i] != '"')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads up to <paramref name="max"/> hex digits before <paramref name="end"/>; returns how many.</summary>
    private static int ReadHex(string text, int from, int end, int max, out int value)
    {
        value = 0;
        int digits = 0;
        while (digits < max && from + digits < end)
        {
            int digit = HexValue(text[from + digits]);
            if (digit < 0)
            {
                break;
            }

            value = (value << 4) | digit;
            digits++;
        }

        return digits;
    }

    private static int HexValue(char c)
    {
        if (c >= '0' && c <= '9')
        {
            return c - '0';
        }

        if (c >= 'a' && c <= 'f')
        {
            return c - 'a' + 10;
        }

        if (c >= 'A' && c <= 'F')
        {
            return c - 'A' + 10;
        }

        return -1;
    }
}
