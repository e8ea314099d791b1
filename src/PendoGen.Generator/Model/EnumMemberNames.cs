using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace PendoGen.Model;

/// <summary>
/// C# member names for the values of one string enum, keeping meaning where the plain naming contract would lose
/// it: values that would share a name because they differ only by a sign (<c>"UTC -9"</c>, <c>"UTC +9"</c>) spell
/// the sign out (<c>UtcMinus9</c>, <c>UtcPlus9</c>), and values made only of symbols are named after them
/// (<c>":"</c> → <c>Colon</c>, <c>""</c> → <c>Empty</c>); values that still share a name after that spell every
/// symbol out (<c>"UTC-12"</c> → <c>UtcMinus12</c>, <c>"UTC -12"</c> → <c>UtcSpaceMinus12</c>). Every other value keeps
/// its plain name. Collisions left after this are still renamed with a number (PENDO106).
/// </summary>
internal static class EnumMemberNames
{
    private static readonly Dictionary<char, string> s_symbols = new()
    {
        [':'] = "Colon", [';'] = "Semicolon", [','] = "Comma", ['.'] = "Dot", ['|'] = "Pipe", ['/'] = "Slash",
        ['\\'] = "Backslash", ['-'] = "Minus", ['+'] = "Plus", ['*'] = "Asterisk", ['#'] = "Hash", ['@'] = "At",
        ['&'] = "Ampersand", ['%'] = "Percent", ['$'] = "Dollar", ['='] = "Equals", ['!'] = "Exclamation",
        ['?'] = "Question", ['~'] = "Tilde", ['^'] = "Caret", ['\''] = "Apostrophe", ['"'] = "Quote", ['`'] = "Backtick",
        ['('] = "OpenParen", [')'] = "CloseParen", ['['] = "OpenBracket", [']'] = "CloseBracket", ['{'] = "OpenBrace",
        ['}'] = "CloseBrace", ['<'] = "LessThan", ['>'] = "GreaterThan", [' '] = "Space", ['\t'] = "Tab", ['\n'] = "Newline",
        ['\r'] = "CarriageReturn", ['_'] = "Underscore",
    };

    /// <summary>The name of each distinct value, and whether it was spelled out (reported as PENDO126).</summary>
    public static Dictionary<string, (string Name, bool SpelledOut)> For(IEnumerable<string> values)
    {
        var distinct = values.Distinct(StringComparer.Ordinal).ToList();
        var result = new Dictionary<string, (string, bool)>(StringComparer.Ordinal);
        foreach (string value in distinct)
        {
            // Only symbols with a name are spelled (":" → Colon); invisible characters keep the plain fallback name.
            result[value] = HasNameCharacter(value) || !value.All(s_symbols.ContainsKey) ? (Naming.ToPascalCase(value), false) : (Symbols(value), true);
        }

        // Values that share a plain name only because of a sign before a number: spell the signs out.
        foreach (var group in distinct.GroupBy(v => result[v].Item1, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            foreach (string value in group)
            {
                string signed = SpellSigns(value);
                if (signed != value)
                {
                    result[value] = (Naming.ToPascalCase(signed), true);
                }
            }
        }

        // Signed values that still share a name ("UTC-12" and "UTC -12"): the one with the fewest symbols keeps it,
        // the others spell every symbol out (UtcSpaceMinus12). Other collisions ("fast-mode", "fast_mode") keep
        // their plain names and are numbered (PENDO106), as before.
        foreach (var group in distinct.Where(v => result[v].Item2 && HasNameCharacter(v)).GroupBy(v => result[v].Item1, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            foreach (string value in group.OrderBy(v => v.Count(c => !char.IsLetterOrDigit(c))).ThenBy(v => v, StringComparer.Ordinal).Skip(1))
            {
                result[value] = (Naming.ToPascalCase(SpellAll(value)), true);
            }
        }

        return result;
    }

    /// <summary>Every character that cannot be in a name becomes its word: <c>"UTC -12"</c> → <c>"UTC space minus 12"</c>.</summary>
    private static string SpellAll(string value)
    {
        var sb = new StringBuilder(value.Length * 4);
        foreach (char c in value)
        {
            sb.Append(char.IsLetterOrDigit(c) ? c.ToString() : " " + Symbols(c.ToString()).ToLowerInvariant() + " ");
        }

        return sb.ToString();
    }

    private static bool HasNameCharacter(string value) => value.Any(c => char.IsLetterOrDigit(c));

    /// <summary><c>"::"</c> → <c>ColonColon</c>; characters without a name become <c>U</c> and their code.</summary>
    private static string Symbols(string value)
    {
        if (value.Length == 0)
        {
            return "Empty";
        }

        var sb = new StringBuilder();
        foreach (char c in value)
        {
            sb.Append(s_symbols.TryGetValue(c, out string? name) ? name : "U" + ((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }

    /// <summary>A <c>+</c> or <c>-</c> directly before a digit is a sign: it becomes the word plus or minus.</summary>
    private static string SpellSigns(string value)
    {
        var sb = new StringBuilder(value.Length + 8);
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c is '+' or '-' && i + 1 < value.Length && char.IsDigit(value[i + 1]))
            {
                sb.Append(c == '+' ? " plus " : " minus ");
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
