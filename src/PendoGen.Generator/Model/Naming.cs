using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace PendoGen.Model;

/// <summary>The naming contract between JSON names and C# names (see schema/README.md).</summary>
internal static class Naming
{
    private static readonly char[] s_separators = { '_', '-', '.', ' ' };

    /// <summary>
    /// True if <paramref name="name"/> can be used as-is as a C# type or member name. Names with formatting characters
    /// (such as U+200B) are refused: C# ignores those characters, so two names that differ only by them would clash.
    /// </summary>
    public static bool IsIdentifier(string name) =>
        SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None &&
        SyntaxFacts.GetContextualKeywordKind(name) == SyntaxKind.None && !HasFormattingCharacter(name);

    /// <summary>
    /// <c>sync_mode</c> → <c>SyncMode</c>, <c>ALL_TIME</c> → <c>AllTime</c>, <c>AWS_S3</c> → <c>AwsS3</c>,
    /// <c>EU</c> → <c>EU</c>, <c>auto</c> → <c>Auto</c>, <c>3d</c> → <c>_3d</c>. A name without separators keeps
    /// its spelling apart from the first letter; with separators, each all-caps word is lower-cased after its
    /// first letter.
    /// </summary>
    public static string ToPascalCase(string name)
    {
        var sb = new StringBuilder();
        bool hasSeparators = name.IndexOfAny(s_separators) >= 0;
        foreach (string rawWord in name.Split(s_separators))
        {
            string word = StripInvalid(rawWord);
            if (word.Length == 0)
            {
                continue;
            }

            bool allCaps = hasSeparators && word.ToUpperInvariant() == word;
            sb.Append(char.ToUpperInvariant(word[0]));
            sb.Append(allCaps ? word.Substring(1).ToLowerInvariant() : word.Substring(1));
        }

        if (sb.Length == 0)
        {
            return "Value";
        }

        // A digit, or a combining mark, can follow the first character of a C# name but not be it.
        if (!SyntaxFacts.IsIdentifierStartCharacter(sb[0]))
        {
            sb.Insert(0, '_');
        }

        return sb.ToString();
    }

    private static string StripInvalid(string word)
    {
        var sb = new StringBuilder(word.Length);
        foreach (char c in word)
        {
            if (c < 0x80 ? char.IsLetterOrDigit(c) : SyntaxFacts.IsIdentifierPartCharacter(c) && !IsFormattingCharacter(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static bool HasFormattingCharacter(string name)
    {
        foreach (char c in name)
        {
            if (IsFormattingCharacter(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsFormattingCharacter(char c) => char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format;
}
