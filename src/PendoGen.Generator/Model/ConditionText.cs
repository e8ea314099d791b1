using System.Collections.Generic;
using System.Linq;

namespace PendoGen.Model;

/// <summary>
/// Conditions in words, for messages: <c>sync_mode is 'SpecificAppIds'</c>,
/// <c>sync_frequency is 1440 and schedule_type is not 'manual'</c>.
/// </summary>
internal static class ConditionText
{
    /// <summary>A condition on an object in words: "sync_mode is 'SpecificAppIds'".</summary>
    public static string DescribeObject(ConstraintSpec node, string prefix)
    {
        var clauses = new List<string>();
        var described = new HashSet<string>();
        foreach (PropertyConstraint entry in node.Properties)
        {
            clauses.Add(DescribeValue(prefix + entry.JsonName, entry.Constraint));
            described.Add(entry.JsonName);
        }

        clauses.AddRange(node.Required.Where(name => !described.Contains(name)).Select(name => $"{prefix}{name} is set"));
        clauses.AddRange(node.AllOf.Select(part => DescribeObject(part, prefix)));
        if (node.Not is { } not)
        {
            clauses.Add(not.Required.Count == 1 && not.Properties.IsEmpty
                ? $"{prefix}{not.Required[0]} is not set"
                : $"not ({DescribeObject(not, prefix)})");
        }

        if (node.BooleanSchema == false)
        {
            clauses.Add("never");
        }

        clauses.RemoveAll(c => c.Length == 0);
        return string.Join(" and ", clauses);
    }

    /// <summary>A condition on one value in words: "sync_frequency is 1440".</summary>
    public static string DescribeValue(string name, ConstraintSpec node)
    {
        var clauses = new List<string>();
        if (node.Const is { } constant)
        {
            clauses.Add($"{name} is {constant.Display}");
        }

        if (node.Enum is { } values)
        {
            clauses.Add($"{name} is one of {string.Join(", ", values.Select(v => v.Display))}");
        }

        if (node.Not is { } not)
        {
            string inner = DescribeValue(name, not);
            clauses.Add(inner.StartsWith(name + " is ", System.StringComparison.Ordinal)
                ? name + " is not " + inner.Substring(name.Length + 4)
                : $"not ({inner})");
        }

        AddWords(clauses, name, "at least", node.Minimum);
        AddWords(clauses, name, "greater than", node.ExclusiveMinimum);
        AddWords(clauses, name, "at most", node.Maximum);
        AddWords(clauses, name, "less than", node.ExclusiveMaximum);
        if (node.Pattern is { } pattern)
        {
            clauses.Add($"{name} matches {pattern}");
        }

        if (node.MinItems is { } minItems)
        {
            clauses.Add($"{name} has at least {minItems} items");
        }

        if (!node.Properties.IsEmpty || !node.Required.IsEmpty)
        {
            clauses.Add(DescribeObject(node with { Const = null, Enum = null, Not = null, AllOf = Common.EquatableArray<ConstraintSpec>.Empty }, name + "."));
        }

        clauses.AddRange(node.AllOf.Select(part => DescribeValue(name, part)));
        clauses.RemoveAll(c => c.Length == 0);
        return clauses.Count == 0 ? $"{name} is valid" : string.Join(" and ", clauses);
    }

    /// <summary>The opposite of a described condition: "x is 'A'" becomes "x is not 'A'".</summary>
    public static string Negate(string description)
    {
        if (description.Contains(" and "))
        {
            return $"not ({description})";
        }

        int at = description.IndexOf(" is not ", System.StringComparison.Ordinal);
        if (at >= 0)
        {
            return description.Remove(at + 4, 4);
        }

        at = description.IndexOf(" is ", System.StringComparison.Ordinal);
        return at >= 0 ? description.Insert(at + 4, "not ") : $"not ({description})";
    }

    private static void AddWords(List<string> clauses, string name, string words, string? bound)
    {
        if (bound is not null)
        {
            clauses.Add($"{name} is {words} {bound}");
        }
    }
}
