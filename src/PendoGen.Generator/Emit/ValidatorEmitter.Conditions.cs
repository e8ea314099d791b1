using System.Collections.Generic;
using System.Linq;
using PendoGen.Model;
using static PendoGen.Common.GeneratedNames;

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
                parts.Add(CanBeMissing(property) ? $"({target.Access(property)} is not {{ }} {variable} || {inner})"
                    : inner == "false" ? "false"
                    : $"({target.Access(property)} is var {variable} && {inner})");
            }
        }

        parts.AddRange(node.AllOf.Select(part => ConditionOnObject(part, target)));
        if (node.Not is { } not)
        {
            parts.Add(Negate(ConditionOnObject(not, target)));
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
                parts.Add($"{ValidationSupport}.IsMatch({Pattern(pattern)}, {v})");
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
                parts.Add(Negate(ConditionOnValue(not, target)));
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

    // Conditions that are constant stay the literals "true" and "false", so no generated statement sits behind a
    // condition the compiler knows is false (CS0162, unreachable code): see WriteIf and WriteIfElse.
    private static string Join(List<string> parts)
    {
        if (parts.Contains("false"))
        {
            return "false";
        }

        parts.RemoveAll(p => p == "true");
        return parts.Count == 0 ? "true" : string.Join(" && ", parts);
    }

    private static string Negate(string condition) => condition switch
    {
        "true" => "false",
        "false" => "true",
        _ => $"!({condition})",
    };
}
