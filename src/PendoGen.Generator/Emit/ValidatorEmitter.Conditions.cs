using System.Collections.Generic;
using System.Linq;
using PendoGen.Model;

namespace PendoGen.Emit;

/// <summary>
/// Conditions (<c>if</c>, <c>not</c>, <c>x-no-effect-unless</c>): a C# boolean expression that is true when the
/// value matches the schema, and the same condition in words for messages.
/// </summary>
internal sealed partial class ValidatorEmitter
{
    private string ConditionOnObject(ConstraintSpec node, ObjectTarget target)
    {
        var parts = new List<string>();
        if (node.BooleanSchema is { } boolean)
        {
            parts.Add(boolean ? "true" : "false");
        }

        foreach (string name in node.Required)
        {
            parts.Add(target.Find(name) is { } property ? IsSet(target, property) : "false");
        }

        foreach (PropertyConstraint entry in node.Properties)
        {
            if (target.Find(entry.JsonName) is not { } property)
            {
                continue;
            }

            string variable = NewVariable();
            string inner = ConditionOnValue(entry.Constraint, new ValueTarget(property.Type, variable, "", entry.JsonName, property.IsSecret));
            if (inner != "true")
            {
                // JSON Schema: "properties" only constrains the properties that are present.
                parts.Add(CanBeMissing(property)
                    ? $"({target.Access(property)} is not {{ }} {variable} || {inner})"
                    : $"({target.Access(property)} is var {variable} && {inner})");
            }
        }

        parts.AddRange(node.AllOf.Select(part => ConditionOnObject(part, target)));
        if (node.Not is { } not)
        {
            parts.Add($"!({ConditionOnObject(not, target)})");
        }

        return Join(parts);
    }

    private string ConditionOnValue(ConstraintSpec node, ValueTarget target)
    {
        string v = target.Expression;
        var parts = new List<string>();
        if (node.BooleanSchema is { } boolean)
        {
            parts.Add(boolean ? "true" : "false");
        }

        if (node.Enum is { } values)
        {
            string[] matches = values.Select(l => TypedLiterals.Expression(l, target.Type)).Where(e => e is not null).Select(e => $"{v} == {e}").ToArray();
            parts.Add(matches.Length == 0 ? "false" : "(" + string.Join(" || ", matches) + ")");
        }

        if (node.Const is { } constant)
        {
            parts.Add(TypedLiterals.Expression(constant, target.Type) is { } expected ? $"{v} == {expected}" : "false");
        }

        if (target.Type.Kind == ValueKind.String)
        {
            if (node.Pattern is { } pattern)
            {
                parts.Add($"{Pattern(pattern)}.IsMatch({v})");
            }

            if (node.MinLength is { } minLength)
            {
                parts.Add($"{v}.Length >= {minLength}");
            }

            if (node.MaxLength is { } maxLength)
            {
                parts.Add($"{v}.Length <= {maxLength}");
            }
        }

        if (target.Type.Kind is ValueKind.Int32 or ValueKind.Int64 or ValueKind.Double)
        {
            AddBound(parts, node.Minimum, ">=", target);
            AddBound(parts, node.ExclusiveMinimum, ">", target);
            AddBound(parts, node.Maximum, "<=", target);
            AddBound(parts, node.ExclusiveMaximum, "<", target);
        }

        if (target.Type.Kind == ValueKind.Array)
        {
            if (node.MinItems is { } minItems)
            {
                parts.Add($"{v}.Count >= {minItems}");
            }

            if (node.MaxItems is { } maxItems)
            {
                parts.Add($"{v}.Count <= {maxItems}");
            }
        }

        if (target.Type.Kind == ValueKind.Object && _objects.TryGetValue(target.Type.GeneratedName!, out ObjectSpec? nested))
        {
            parts.Add(ConditionOnObject(node with { Enum = null, Const = null }, new ObjectTarget(nested, v, "")));
        }
        else
        {
            parts.AddRange(node.AllOf.Select(part => ConditionOnValue(part, target)));
            if (node.Not is { } not)
            {
                parts.Add($"!({ConditionOnValue(not, target)})");
            }
        }

        return Join(parts);
    }

    private static void AddBound(List<string> parts, string? bound, string holdsWhen, ValueTarget target)
    {
        if (bound is not null)
        {
            parts.Add($"{target.Expression} {holdsWhen} {TypedLiterals.Bound(bound, target.Type)}");
        }
    }

    private static string Join(List<string> parts)
    {
        parts.RemoveAll(p => p == "true");
        return parts.Count == 0 ? "true" : string.Join(" && ", parts);
    }

    /// <summary>A condition on an object in words: "sync_mode is 'SpecificAppIds'".</summary>
    private static string DescribeObject(ConstraintSpec node, string prefix)
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
    private static string DescribeValue(string name, ConstraintSpec node)
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
    private static string Negate(string description)
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
