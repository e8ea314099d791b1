using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace PendoGen.Analysis;

/// <summary>
/// What a code fix needs to repair a diagnostic, computed by the analyzer (which knows the schema) and passed in
/// the diagnostic's properties, so the fixer needs no schema of its own.
/// </summary>
internal static class FixHints
{
    /// <summary>Text to put in place of the squiggled value or key (without JSON quotes).</summary>
    public const string Replacement = "Replacement";

    /// <summary>The C# name of a property that is required but missing.</summary>
    public const string MissingProperty = "MissingProperty";

    /// <summary>"array", "string", ... : what kind of placeholder "Add X" writes.</summary>
    public const string MissingKind = "MissingKind";

    /// <summary>The C# name of the setting whose value made a requirement apply (e.g. SyncMode).</summary>
    public const string ConditionProperty = "ConditionProperty";

    /// <summary>That setting's schema default, as a C# expression and as its wire value.</summary>
    public const string ConditionDefault = "ConditionDefault";

    public const string ConditionDefaultWire = "ConditionDefaultWire";

    /// <summary>Where the diagnostic is: <see cref="FromCSharp"/>, <see cref="FromJson"/> or <see cref="FromJsonFile"/>.</summary>
    public const string Source = "Source";

    /// <summary>A <see cref="Source"/>: an object initializer in C#.</summary>
    public const string FromCSharp = "CSharp";

    /// <summary>A <see cref="Source"/>: JSON text inside a C# string literal (a <c>FromJson</c> argument).</summary>
    public const string FromJson = "Json";

    /// <summary>A <see cref="Source"/>: a JSON configuration file (AdditionalFiles with PendoGenSchema).</summary>
    public const string FromJsonFile = "JsonFile";

    /// <summary>The JSON path of the value the diagnostic is about (<c>$.config.app_ids</c>).</summary>
    public const string Path = "Path";

    private static readonly Regex s_separatedDate = new(@"^(\d{4})([/.])(\d{2})\2(\d{2})$", RegexOptions.CultureInvariant);
    private static readonly Regex s_compactDate = new(@"^(\d{4})(\d{2})(\d{2})$", RegexOptions.CultureInvariant);

    /// <summary>
    /// <c>2000/12/15</c>, <c>2000.12.15</c>, <c>20001215</c> → <c>2000-12-15</c>. Day-month orders such as
    /// <c>12/15/2000</c> are ambiguous and get no rewrite.
    /// </summary>
    public static string? RewriteDate(string text)
    {
        Match match = s_separatedDate.Match(text);
        string? candidate = match.Success ? $"{match.Groups[1].Value}-{match.Groups[3].Value}-{match.Groups[4].Value}" : null;
        if (candidate is null && s_compactDate.Match(text) is { Success: true } compact)
        {
            candidate = $"{compact.Groups[1].Value}-{compact.Groups[2].Value}-{compact.Groups[3].Value}";
        }

        return candidate is not null && ConstraintEvaluator.IsDate(candidate) ? candidate : null;
    }

    /// <summary>The one allowed value <paramref name="text"/> most likely meant: same letters in another case, or a near spelling.</summary>
    public static string? Nearest(string text, IEnumerable<string> allowed)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        bool tie = false;
        foreach (string candidate in allowed)
        {
            if (string.Equals(candidate, text, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }

            int distance = Distance(text.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                (best, bestDistance, tie) = (candidate, distance, false);
            }
            else if (distance == bestDistance)
            {
                tie = true;
            }
        }

        int limit = Math.Max(1, Math.Min(3, text.Length / 3));
        return best is not null && !tie && bestDistance <= limit ? best : null;
    }

    public static ImmutableDictionary<string, string?> With(string key, string? value) =>
        value is null ? ImmutableDictionary<string, string?>.Empty : ImmutableDictionary<string, string?>.Empty.Add(key, value);

    /// <summary>Levenshtein distance.</summary>
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
