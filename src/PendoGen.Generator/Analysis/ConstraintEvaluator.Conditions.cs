using System.Collections.Generic;
using System.Globalization;
using PendoGen.Common;
using PendoGen.Internal;
using PendoGen.Model;

namespace PendoGen.Analysis;

internal sealed partial class ConstraintEvaluator
{
    /// <summary>Does the record match the condition? Null when it depends on a value not known at compile time.</summary>
    private bool? MatchObject(ConstraintSpec node, ObjectTarget target)
    {
        bool? result = node.BooleanSchema ?? true;
        foreach (string name in node.Required)
        {
            result = And(result, target.Find(name) is null ? false : target.Get(name).Presence switch
            {
                Presence.Present => true,
                Presence.Absent => false,
                _ => null,
            });
        }

        foreach (PropertyConstraint entry in node.Properties)
        {
            if (target.Find(entry.JsonName) is not { } property)
            {
                continue;
            }

            // JSON Schema: "properties" only constrains the properties that are present.
            (Presence presence, LiteralValue? value, _) = target.Get(entry.JsonName);
            bool? matches = presence switch
            {
                Presence.Absent => true,
                Presence.Present when value is not LiteralUnknown =>
                    MatchValue(entry.Constraint, new ValueTarget(property.Type, value!, "", entry.JsonName, property.IsSecret)),
                _ => null,
            };
            result = And(result, matches);
        }

        foreach (ConstraintSpec part in node.AllOf)
        {
            result = And(result, MatchObject(part, target));
        }

        if (node.Not is { } not)
        {
            result = And(result, Not(MatchObject(not, target)));
        }

        return result;
    }

    private bool? MatchValue(ConstraintSpec node, ValueTarget target)
    {
        LiteralValue v = target.Value;
        bool? result = node.BooleanSchema ?? true;
        if (node.Enum is { } values)
        {
            result = And(result, MatchAny(v, values, target.Type));
        }

        if (node.Const is { } constant)
        {
            result = And(result, Equal(v, constant, target.Type));
        }

        if (target.Type.Kind == ValueKind.String && v is LiteralString s)
        {
            if (node.Pattern is { } pattern)
            {
                result = And(result, Matches(pattern, s.Value));
            }

            result = And(result, node.MinLength is { } min ? s.Value.Length >= min : true);
            result = And(result, node.MaxLength is { } max ? s.Value.Length <= max : true);
        }

        if (target.Type.Kind is ValueKind.Int32 or ValueKind.Int64 or ValueKind.Double && v is LiteralNumber n)
        {
            result = And(result, Holds(node.Minimum, n.Value, static (v, b) => v >= b));
            result = And(result, Holds(node.ExclusiveMinimum, n.Value, static (v, b) => v > b));
            result = And(result, Holds(node.Maximum, n.Value, static (v, b) => v <= b));
            result = And(result, Holds(node.ExclusiveMaximum, n.Value, static (v, b) => v < b));
        }

        if (target.Type.Kind == ValueKind.Array && v is LiteralArray array)
        {
            result = And(result, node.MinItems is { } min ? array.Items.Count >= min : true);
            result = And(result, node.MaxItems is { } max ? array.Items.Count <= max : true);
        }

        if (target.Type.Kind == ValueKind.Object && v is LiteralObject nested && _objects.TryGetValue(target.Type.GeneratedName!, out ObjectSpec? nestedSpec))
        {
            result = And(result, MatchObject(WithoutValueTests(node), NestedTarget(nestedSpec, nested, "")));
        }
        else
        {
            foreach (ConstraintSpec part in node.AllOf)
            {
                result = And(result, MatchValue(part, target));
            }

            if (node.Not is { } not)
            {
                result = And(result, Not(MatchValue(not, target)));
            }
        }

        return result;
    }

    private static bool? Holds(string? bound, double value, System.Func<double, double, bool> test) =>
        bound is null || !double.TryParse(bound, NumberStyles.Float, CultureInfo.InvariantCulture, out double b) ? true : test(value, b);

    /// <summary>A nested record seen from an enclosing rule, without re-reporting its type errors.</summary>
    private ObjectTarget NestedTarget(ObjectSpec spec, LiteralObject literal, string path)
    {
        // The same nested literal is looked at by many rules of the enclosing record: resolve it once.
        if (_nestedTargets.TryGetValue((literal, path), out ObjectTarget? known) && known.Spec == spec)
        {
            return known;
        }

        ObjectTarget target = ResolveNested(spec, literal, path);
        _nestedTargets[(literal, path)] = target;
        return target;
    }

    /// <summary>The rules of a property's schema, seen as the nested record's own (severity and reason stay outside).</summary>
    private static ConstraintSpec WithoutSeverity(ConstraintSpec node) =>
        node.Severity is null && node.Reason is null ? node : s_withoutSeverity.GetValue(node, n => n with { Severity = null, Reason = null });

    /// <summary>A condition on a nested record, without the value tests (enum, const) that do not apply to records.</summary>
    private static ConstraintSpec WithoutValueTests(ConstraintSpec node) =>
        node.Enum is null && node.Const is null ? node : s_withoutValueTests.GetValue(node, n => n with { Enum = null, Const = null });

    // The derived specs are built once per spec: a fresh copy per evaluation would allocate, and would also miss the
    // per-spec caches keyed by reference (condition texts).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ConstraintSpec, ConstraintSpec> s_withoutSeverity = new();
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ConstraintSpec, ConstraintSpec> s_withoutValueTests = new();

    private ObjectTarget ResolveNested(ObjectSpec spec, LiteralObject literal, string path)
    {
        var muted = new ConstraintEvaluator(_objects);
        var state = new Dictionary<string, (Presence, LiteralValue?, LiteralProperty?)>(spec.Properties.Count, System.StringComparer.Ordinal);
        foreach (PropertySpec property in spec.Properties)
        {
            state[property.JsonName] = muted.Resolve(property, literal, path, spec.IsReadOnly);
        }

        return new ObjectTarget(spec, literal, path, state);
    }

    /// <summary>Is the value equal to a schema literal? Enum values compare by wire spelling.</summary>
    private static bool? Equal(LiteralValue value, JsonLiteral literal, TypeRef type) => value switch
    {
        LiteralUnknown => null,
        LiteralString s => literal.Kind == LiteralKind.String && s.Value == literal.Text,
        LiteralNumber n => literal.Kind == LiteralKind.Number &&
                           double.TryParse(literal.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) && d == n.Value,
        LiteralBoolean b => literal.Kind == LiteralKind.Boolean && (b.Value ? "true" : "false") == literal.Text,
        _ => false,
    };

    // Loops rather than LINQ here and below: these run for every enum value of every configuration, and LINQ over
    // EquatableArray boxes its enumerator and allocates a closure per call.
    private static bool CoversAllMembers(EquatableArray<JsonLiteral> values, TypeRef type)
    {
        foreach (EnumMemberSpec member in type.EnumMembers)
        {
            bool listed = false;
            foreach (JsonLiteral literal in values)
            {
                listed |= literal.Kind == LiteralKind.String && literal.Text == member.WireValue;
            }

            if (!listed)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDefinedMember(LiteralValue value, TypeRef type)
    {
        if (value is LiteralString s)
        {
            foreach (EnumMemberSpec member in type.EnumMembers)
            {
                if (member.WireValue == s.Value)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Three-valued "is the value one of these": true if any is equal, unknown if any might be, else false.</summary>
    private static bool? MatchAny(LiteralValue value, EquatableArray<JsonLiteral> literals, TypeRef type)
    {
        bool? result = false;
        foreach (JsonLiteral literal in literals)
        {
            bool? equal = Equal(value, literal, type);
            if (equal == true)
            {
                return true;
            }

            result = equal is null ? null : result;
        }

        return result;
    }

    private static bool AnyEqual(LiteralValue value, EquatableArray<JsonLiteral> literals, TypeRef type) => MatchAny(value, literals, type) == true;

    /// <summary>The value as the generated runtime prints it in messages (<c>ValidationSupport.Show</c>, <c>XWire.Describe</c>).</summary>
    private static string? Show(ValueTarget target) => (target.Type.Kind, target.Value) switch
    {
        (ValueKind.String, LiteralString s) => SharedText.Show(s.Value),
        (ValueKind.Enum, LiteralString s) => "'" + s.Value + "'",
        (ValueKind.Enum, LiteralNumber n) => SharedText.Show((long)n.Value),
        (ValueKind.Int32 or ValueKind.Int64, LiteralNumber n) => SharedText.Show((long)n.Value),
        (ValueKind.Double, LiteralNumber n) => SharedText.Show(n.Value),
        (ValueKind.Boolean, LiteralBoolean b) => SharedText.Show(b.Value),
        _ => null,
    };

    /// <summary>The value of a property if it is set to something known.</summary>
    private static LiteralValue? Known(ObjectTarget target, string jsonName) =>
        target.Get(jsonName) is (Presence.Present, { } value, _) && value is not LiteralUnknown ? value : null;
}
