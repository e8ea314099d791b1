using System.Collections.Generic;
using System.Text;

namespace PendoGen.Emit;

/// <summary>
/// Breaks generated statements that would be too long for one line (generated code is read in reviews and
/// debuggers too). A line is wrapped when its text, without indentation, is longer than <see cref="Width"/>; the
/// emitters write bodies at indentation 0 and nest them later, so the width leaves room for deep nesting.
/// </summary>
internal static class LineWrapping
{
    /// <summary>The longest line text (without indentation) written on one line.</summary>
    public const int Width = 200;

    /// <summary>The longest piece of a string literal on one line when a long literal is cut into a concatenation.</summary>
    private const int LiteralWidth = 120;

    public static bool Fits(string line) => line.Length <= Width;

    /// <summary>
    /// A string concatenation (<c>a + "b" + c</c>) as lines: the terms joined while they fit, each later line starting
    /// with <c>+ </c>; string literals longer than a line are cut into several (never inside an escape sequence).
    /// </summary>
    public static List<string> Concatenation(string expression)
    {
        var terms = new List<string>();
        foreach (string term in Terms(expression))
        {
            terms.AddRange(term.Length > LiteralWidth && IsStringLiteral(term) ? CutLiteral(term) : new[] { term });
        }

        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (string term in terms)
        {
            if (line.Length > 0 && line.Length + 3 + term.Length > Width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length == 0 ? (lines.Count == 0 ? "" : "+ ") : " + ").Append(term);
        }

        lines.Add(line.ToString());
        return lines;
    }

    /// <summary>The top-level terms of a concatenation: split on <c> + </c> outside parentheses and literals.</summary>
    private static List<string> Terms(string expression)
    {
        var terms = new List<string>();
        int depth = 0;
        int start = 0;
        bool inString = false;
        bool inChar = false;
        for (int i = 0; i < expression.Length; i++)
        {
            char c = expression[i];
            if (inString || inChar)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if ((inString && c == '"') || (inChar && c == '\''))
                {
                    inString = inChar = false;
                }

                continue;
            }

            switch (c)
            {
                case '"': inString = true; break;
                case '\'': inChar = true; break;
                case '(' or '[' or '{': depth++; break;
                case ')' or ']' or '}': depth--; break;
                case ' ' when depth == 0 && i + 2 < expression.Length && expression[i + 1] == '+' && expression[i + 2] == ' ':
                    terms.Add(expression.Substring(start, i - start));
                    start = i + 3;
                    i += 2;
                    break;
            }
        }

        terms.Add(expression.Substring(start));
        return terms;
    }

    private static bool IsStringLiteral(string term) =>
        term.Length >= 2 && term[0] == '"' && term[term.Length - 1] == '"';

    /// <summary>
    /// A regular string literal as several literals of at most <see cref="LiteralWidth"/> characters, cut after a
    /// space where there is one in the second half of a piece.
    /// </summary>
    private static IEnumerable<string> CutLiteral(string literal)
    {
        string content = literal.Substring(1, literal.Length - 2);
        int start = 0;
        while (start < content.Length)
        {
            int end = start;
            int lastSpace = -1;
            while (end < content.Length)
            {
                int length = content[end] != '\\' ? 1 : content[end + 1] == 'u' ? 6 : 2;
                if (end + length - start > LiteralWidth - 2)
                {
                    break;
                }

                end += length;
                if (content[end - 1] == ' ' && length == 1 && end - start > LiteralWidth / 2)
                {
                    lastSpace = end;
                }
            }

            if (end < content.Length && lastSpace > 0)
            {
                end = lastSpace;
            }

            yield return "\"" + content.Substring(start, end - start) + "\"";
            start = end;
        }
    }
}
