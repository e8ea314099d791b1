using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PendoGen.Analysis;

/// <summary>
/// Decodes a C# string literal and maps every character of its value back to the source, so a diagnostic about
/// part of the value (a JSON value inside the literal) lands exactly under the characters that wrote it: escapes,
/// verbatim, raw (single- and multi-line, indentation removed) and UTF-8 literals included.
/// </summary>
internal static class StringLiteralMap
{
    /// <summary>
    /// <paramref name="sourceOffsets"/>[i] is the position in the file of the first character that produced
    /// value[i]; the extra last entry is where the content ends. Returns false (never throws) for anything it
    /// does not understand, or when its decoding disagrees with the compiler's.
    /// </summary>
    public static bool TryDecode(SyntaxToken token, out string value, out int[] sourceOffsets)
    {
        value = "";
        sourceOffsets = System.Array.Empty<int>();
        if (token.IsMissing || token.ContainsDiagnostics)
        {
            return false;
        }

        string text = token.Text;
        int start = token.SpanStart;
        if (token.IsKind(SyntaxKind.Utf8StringLiteralToken) || token.IsKind(SyntaxKind.Utf8SingleLineRawStringLiteralToken) ||
            token.IsKind(SyntaxKind.Utf8MultiLineRawStringLiteralToken))
        {
            if (text.Length < 2 || (text[text.Length - 1] != '8') || (text[text.Length - 2] is not ('u' or 'U')))
            {
                return false;
            }

            text = text.Substring(0, text.Length - 2);
        }

        var chars = new List<char>(text.Length);
        var offsets = new List<int>(text.Length + 1);
        bool decoded;
        try
        {
            decoded = token.Kind() switch
            {
                SyntaxKind.StringLiteralToken or SyntaxKind.Utf8StringLiteralToken when text.StartsWith("@\"", System.StringComparison.Ordinal) =>
                    DecodeVerbatim(text, start, chars, offsets),
                SyntaxKind.StringLiteralToken or SyntaxKind.Utf8StringLiteralToken => DecodeRegular(text, start, chars, offsets),
                SyntaxKind.SingleLineRawStringLiteralToken or SyntaxKind.Utf8SingleLineRawStringLiteralToken => DecodeRawSingleLine(text, start, chars, offsets),
                SyntaxKind.MultiLineRawStringLiteralToken or SyntaxKind.Utf8MultiLineRawStringLiteralToken => DecodeRawMultiLine(text, start, chars, offsets),
                _ => false,
            };
        }
        catch (System.ArgumentException)
        {
            decoded = false;
        }

        string result = new string(chars.ToArray());
        if (!decoded || result != token.ValueText)
        {
            return false; // a safety net: never point at the wrong characters
        }

        value = result;
        sourceOffsets = offsets.ToArray();
        return true;
    }

    private static bool DecodeRegular(string text, int start, List<char> chars, List<int> offsets)
    {
        if (text.Length < 2 || text[0] != '"' || text[text.Length - 1] != '"')
        {
            return false;
        }

        int end = text.Length - 1;
        for (int i = 1; i < end;)
        {
            int at = start + i;
            if (text[i] != '\\')
            {
                Add(chars, offsets, text[i], at);
                i++;
                continue;
            }

            if (i + 1 >= end)
            {
                return false;
            }

            char e = text[i + 1];
            switch (e)
            {
                case '\'': Add(chars, offsets, '\'', at); i += 2; break;
                case '"': Add(chars, offsets, '"', at); i += 2; break;
                case '\\': Add(chars, offsets, '\\', at); i += 2; break;
                case '0': Add(chars, offsets, '\0', at); i += 2; break;
                case 'a': Add(chars, offsets, '\a', at); i += 2; break;
                case 'b': Add(chars, offsets, '\b', at); i += 2; break;
                case 'e': Add(chars, offsets, '\u001b', at); i += 2; break;
                case 'f': Add(chars, offsets, '\f', at); i += 2; break;
                case 'n': Add(chars, offsets, '\n', at); i += 2; break;
                case 'r': Add(chars, offsets, '\r', at); i += 2; break;
                case 't': Add(chars, offsets, '\t', at); i += 2; break;
                case 'v': Add(chars, offsets, '\v', at); i += 2; break;
                case 'u':
                    if (!TryHex(text, i + 2, 4, 4, end, out int u, out int uLength))
                    {
                        return false;
                    }

                    Add(chars, offsets, (char)u, at);
                    i += 2 + uLength;
                    break;
                case 'U':
                    if (!TryHex(text, i + 2, 8, 8, end, out int codePoint, out int bigLength) || codePoint > 0x10FFFF)
                    {
                        return false;
                    }

                    foreach (char c in char.ConvertFromUtf32(codePoint))
                    {
                        Add(chars, offsets, c, at);
                    }

                    i += 2 + bigLength;
                    break;
                case 'x':
                    if (!TryHex(text, i + 2, 1, 4, end, out int x, out int xLength))
                    {
                        return false;
                    }

                    Add(chars, offsets, (char)x, at);
                    i += 2 + xLength;
                    break;
                default:
                    return false;
            }
        }

        offsets.Add(start + end);
        return true;
    }

    private static bool DecodeVerbatim(string text, int start, List<char> chars, List<int> offsets)
    {
        if (text.Length < 3 || text[text.Length - 1] != '"')
        {
            return false;
        }

        int end = text.Length - 1;
        for (int i = 2; i < end;)
        {
            Add(chars, offsets, text[i], start + i);
            i += text[i] == '"' ? 2 : 1; // "" stands for one quote
        }

        offsets.Add(start + end);
        return true;
    }

    private static bool DecodeRawSingleLine(string text, int start, List<char> chars, List<int> offsets)
    {
        int quotes = CountQuotes(text);
        if (quotes < 3 || text.Length < 2 * quotes)
        {
            return false;
        }

        for (int i = quotes; i < text.Length - quotes; i++)
        {
            Add(chars, offsets, text[i], start + i);
        }

        offsets.Add(start + text.Length - quotes);
        return true;
    }

    /// <summary>
    /// The content lines between the opening line and the closing line, each without the closing line's
    /// indentation; line breaks inside the content are kept as written.
    /// </summary>
    private static bool DecodeRawMultiLine(string text, int start, List<char> chars, List<int> offsets)
    {
        int quotes = CountQuotes(text);
        int firstBreak = text.IndexOf('\n', quotes);
        int lastBreak = text.LastIndexOf('\n');
        if (quotes < 3 || firstBreak < 0 || lastBreak <= firstBreak)
        {
            return false;
        }

        string indentation = text.Substring(lastBreak + 1, text.Length - quotes - lastBreak - 1);
        int contentEnd = lastBreak > 0 && text[lastBreak - 1] == '\r' ? lastBreak - 1 : lastBreak; // the break before the closing line is not content
        int lineStart = firstBreak + 1;
        while (lineStart <= contentEnd)
        {
            int lineBreak = text.IndexOf('\n', lineStart);
            int lineEnd = lineBreak < 0 || lineBreak >= contentEnd ? contentEnd : lineBreak + 1; // includes its break
            int contentStart = lineStart;
            if (string.CompareOrdinal(text, lineStart, indentation, 0, indentation.Length) == 0)
            {
                contentStart += indentation.Length;
            }
            else if (!IsBlank(text, lineStart, lineEnd))
            {
                return false; // the compiler reports this; no map
            }
            else
            {
                contentStart = LineContentOfBlank(text, lineStart, lineEnd);
            }

            for (int i = contentStart; i < lineEnd; i++)
            {
                Add(chars, offsets, text[i], start + i);
            }

            if (lineEnd >= contentEnd)
            {
                break;
            }

            lineStart = lineEnd;
        }

        offsets.Add(start + contentEnd);
        return true;
    }

    /// <summary>A whitespace-only line keeps only its line break.</summary>
    private static int LineContentOfBlank(string text, int lineStart, int lineEnd)
    {
        int i = lineStart;
        while (i < lineEnd && text[i] is ' ' or '\t')
        {
            i++;
        }

        return i;
    }

    private static bool IsBlank(string text, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (text[i] is not (' ' or '\t' or '\r' or '\n'))
            {
                return false;
            }
        }

        return true;
    }

    private static int CountQuotes(string text)
    {
        int n = 0;
        while (n < text.Length && text[n] == '"')
        {
            n++;
        }

        return n;
    }

    private static bool TryHex(string text, int from, int min, int max, int end, out int value, out int length)
    {
        value = 0;
        length = 0;
        while (length < max && from + length < end && IsHex(text[from + length]))
        {
            length++;
        }

        return length >= min &&
               int.TryParse(text.Substring(from, length), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value);
    }

    private static bool IsHex(char c) => c is (>= '0' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F');

    private static void Add(List<char> chars, List<int> offsets, char c, int position)
    {
        chars.Add(c);
        offsets.Add(position);
    }
}
