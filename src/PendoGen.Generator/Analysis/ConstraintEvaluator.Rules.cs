using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using PendoGen.Diagnostics;
using PendoGen.Internal;
using PendoGen.Model;

namespace PendoGen.Analysis;

internal sealed partial class ConstraintEvaluator
{
    /// <summary>Rules applied to a record (mirrors ValidatorEmitter.EmitObject).</summary>
    private void EvaluateObject(ConstraintSpec node, ObjectTarget target, RuleContext ctx)
    {
        ctx = ctx.Enter(node);
        Location objectLocation = ctx.Anchor ?? target.Literal.Location;
        if (node.BooleanSchema == false)
        {
            Report(DiagnosticIds.ValueNotAllowed, target.Path, "This object is not allowed here", ctx, target.Literal.Location);
        }

        foreach (string name in node.Required)
        {
            if (target.Find(name) is not null && target.Get(name).Presence == Presence.Absent)
            {
                string rule = ctx.InBranch ? DiagnosticIds.ConditionalRequirement : DiagnosticIds.RequiredMissing;
                // In a branch, the squiggle goes on the setting that made the requirement apply (e.g. the sync_mode line).
                Location location = ctx.InBranch ? objectLocation : target.Get(name).Source?.Location ?? objectLocation;
                Report(rule, target.PathOf(name), RuleMessages.Required(name), ctx, location, hints: RequirementHints(target.Find(name)!, ctx));
            }
        }

        foreach (PropertyConstraint entry in node.Properties)
        {
            if (target.Find(entry.JsonName) is { } property && Known(target, entry.JsonName) is { } value)
            {
                EvaluateValue(entry.Constraint, new ValueTarget(property.Type, value, target.Path, entry.JsonName, property.IsSecret), ctx);
            }
        }

        foreach (ConstraintSpec part in node.AllOf)
        {
            EvaluateObject(part, target, ctx);
        }

        if (node.If is { } condition)
        {
            switch (MatchObject(condition, target))
            {
                case true when node.Then is { } then:
                    EvaluateObject(then, target, ctx.Under(Describe(condition).Holds, ConditionAnchor(condition, target)));
                    break;
                case false when node.Else is { } otherwise:
                    EvaluateObject(otherwise, target, ctx.Under(Describe(condition).Fails, ConditionAnchor(condition, target)));
                    break;
            }
        }

        if (node.Not is { } not)
        {
            if (not.Required.Count == 1 && not.Properties.IsEmpty && not.AllOf.IsEmpty && not.Not is null && target.Find(not.Required[0]) is { } forbidden)
            {
                if (target.Get(forbidden.JsonName) is (Presence.Present, _, { } source))
                {
                    Report(DiagnosticIds.ValueNotAllowed, target.PathOf(forbidden.JsonName), RuleMessages.MustNotBeSet(forbidden.JsonName), ctx.Enter(not), source.Location);
                }
            }
            else if (MatchObject(not, target) == true)
            {
                Report(DiagnosticIds.ValueNotAllowed, target.Path, RuleMessages.MustNotMatch(ConditionText.DescribeObject(not, "")), ctx.Enter(not), objectLocation);
            }
        }

        foreach (DependentRule dependency in node.DependentRequired)
        {
            if (target.Find(dependency.Property) is null || target.Get(dependency.Property) is not (Presence.Present, _, var trigger))
            {
                continue;
            }

            foreach (string name in dependency.Requires)
            {
                if (target.Find(name) is not null && target.Get(name).Presence == Presence.Absent)
                {
                    Report(DiagnosticIds.ConditionalRequirement, target.PathOf(name), RuleMessages.RequiredWhenSet(name, dependency.Property), ctx,
                        trigger?.Location ?? objectLocation);
                }
            }
        }
    }

    /// <summary>Rules applied to one known value (mirrors ValidatorEmitter.EmitValue).</summary>
    private void EvaluateValue(ConstraintSpec node, ValueTarget target, RuleContext ctx)
    {
        ctx = ctx.Enter(node);
        LiteralValue v = target.Value;
        if (node.BooleanSchema == false)
        {
            Report(DiagnosticIds.ValueNotAllowed, target.Path, RuleMessages.NotAllowedHere(target.Label), ctx, v.Location);
        }

        if (node.Enum is { } values && target.Type.Kind != ValueKind.Object)
        {
            bool allowed = target.Type.Kind == ValueKind.Enum && CoversAllMembers(values, target.Type)
                ? IsDefinedMember(v, target.Type)
                : AnyEqual(v, values, target.Type);
            if (!allowed)
            {
                string? nearest = v is LiteralString text ? FixHints.Nearest(text.Value, values.Select(l => l.Text)) : null;
                ReportValue(DiagnosticIds.ValueNotAllowed, target, RuleMessages.NotOneOf(target.Label, string.Join(", ", values.Select(l => l.Text))), ctx,
                    FixHints.With(FixHints.Replacement, nearest));
            }
        }

        if (node.Const is { } constant && target.Type.Kind != ValueKind.Object && Equal(v, constant, target.Type) != true)
        {
            ReportValue(DiagnosticIds.ValueNotAllowed, target, RuleMessages.NotConst(target.Label, constant.Display), ctx);
        }

        if (target.Type.Kind == ValueKind.String && v is LiteralString s)
        {
            if (node.Pattern is { } pattern && Matches(pattern, s.Value) == false)
            {
                ReportValue(DiagnosticIds.FormatOrPattern, target, RuleMessages.PatternMismatch(target.Label, pattern), ctx);
            }

            if (node.Format == "uri" && !Internal.TextRules.IsUri(s.Value))
            {
                ReportValue(DiagnosticIds.FormatOrPattern, target, RuleMessages.NotAbsoluteUri(target.Label), ctx);
            }

            if (node.MinLength is { } min && Internal.TextRules.CodePoints(s.Value) < min)
            {
                Report(DiagnosticIds.ValueNotAllowed, target.Path, RuleMessages.TooShort(target.Label, min), ctx, v.Location);
            }

            if (node.MaxLength is { } max && Internal.TextRules.CodePoints(s.Value) > max)
            {
                Report(DiagnosticIds.ValueNotAllowed, target.Path, RuleMessages.TooLong(target.Label, max), ctx, v.Location);
            }
        }

        if (target.Type.Kind is ValueKind.Int32 or ValueKind.Int64 or ValueKind.Double && v is LiteralNumber n)
        {
            CheckBound(node.Minimum, n.Value, static (v, b) => v < b, "at least", target, ctx);
            CheckBound(node.ExclusiveMinimum, n.Value, static (v, b) => v <= b, "greater than", target, ctx);
            CheckBound(node.Maximum, n.Value, static (v, b) => v > b, "at most", target, ctx);
            CheckBound(node.ExclusiveMaximum, n.Value, static (v, b) => v >= b, "less than", target, ctx);
        }

        if (target.Type.Kind == ValueKind.Array && v is LiteralArray array)
        {
            EvaluateArray(node, target, array, ctx);
        }

        if (target.Type.Kind == ValueKind.Object && v is LiteralObject nested && _objects.TryGetValue(target.Type.GeneratedName!, out ObjectSpec? nestedSpec))
        {
            EvaluateObject(WithoutSeverity(node), NestedTarget(nestedSpec, nested, target.Path), ctx);
        }
        else
        {
            foreach (ConstraintSpec part in node.AllOf)
            {
                EvaluateValue(part, target, ctx);
            }

            if (node.If is { } condition)
            {
                string description = ConditionText.DescribeValue(target.Name, condition);
                switch (MatchValue(condition, target))
                {
                    case true when node.Then is { } then:
                        EvaluateValue(then, target, ctx.Under(description, null));
                        break;
                    case false when node.Else is { } otherwise:
                        EvaluateValue(otherwise, target, ctx.Under(ConditionText.Negate(description), null));
                        break;
                }
            }

            if (node.Not is { } not && MatchValue(not, target) == true)
            {
                Report(DiagnosticIds.ValueNotAllowed, target.Path, RuleMessages.ValueMustNotBe(target.Label, ConditionText.DescribeValue(target.Name, not)), ctx.Enter(not), v.Location);
            }
        }
    }

    private void EvaluateArray(ConstraintSpec node, ValueTarget target, LiteralArray array, RuleContext ctx)
    {
        if (node.MinItems is { } min && array.Items.Count < min)
        {
            string rule = ctx.InBranch ? DiagnosticIds.ConditionalRequirement : DiagnosticIds.ValueNotAllowed;
            Report(rule, target.Path, RuleMessages.TooFewItems(target.Label, min), ctx, array.Location);
        }

        if (node.MaxItems is { } max && array.Items.Count > max)
        {
            Report(DiagnosticIds.ValueNotAllowed, target.Path, RuleMessages.TooManyItems(target.Label, max), ctx, array.Location);
        }

        if (node.Items is { } items && !items.IsEmpty)
        {
            for (int i = 0; i < array.Items.Count; i++)
            {
                if (array.Items[i] is not (LiteralUnknown or LiteralNull))
                {
                    EvaluateValue(items, new ValueTarget(target, array.Items[i], i), ctx);
                }
            }
        }
    }

    private void CheckBound(string? bound, double value, System.Func<double, double, bool> fails, string words, ValueTarget target, RuleContext ctx)
    {
        if (bound is not null && double.TryParse(bound, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double b) && fails(value, b))
        {
            ReportValue(DiagnosticIds.ValueNotAllowed, target, RuleMessages.OutOfBounds(target.Label, words, bound), ctx);
        }
    }

    /// <summary>A message that shows the value the way the generated runtime does, unless it is a secret.</summary>
    private void ReportValue(string ruleId, ValueTarget target, ValueMessage message, RuleContext ctx,
        System.Collections.Immutable.ImmutableDictionary<string, string?>? hints = null)
    {
        string text = target.IsSecret || Show(target) is not { } shown ? message.WithoutValue : message.Before + shown + message.After;
        Report(ruleId, target.Path, text, ctx, target.Value.Location, hints: hints);
    }

    /// <summary>Where a conditional requirement is reported: on the setting that made it apply (e.g. the sync_mode line).</summary>
    private static (Location, PropertySpec)? ConditionAnchor(ConstraintSpec condition, ObjectTarget target)
    {
        foreach (PropertyConstraint entry in condition.Properties)
        {
            if (Anchor(entry.JsonName, target) is { } anchor)
            {
                return anchor;
            }
        }

        foreach (string name in condition.Required)
        {
            if (Anchor(name, target) is { } anchor)
            {
                return anchor;
            }
        }

        return null;
    }

    private static (Location, PropertySpec)? Anchor(string name, ObjectTarget target) =>
        target.Get(name).Source is { } source && target.Find(name) is { } property ? (source.Location, property) : null;

    /// <summary>
    /// A condition in words, and its negation: the same for every literal checked against the schema, so built once
    /// per condition (the specs are shared by the cached model) and only for a branch that applies.
    /// </summary>
    private static (string Holds, string Fails) Describe(ConstraintSpec condition)
    {
        System.Tuple<string, string> texts = s_conditionTexts.GetValue(condition, c =>
        {
            string holds = ConditionText.DescribeObject(c, "");
            return System.Tuple.Create(holds, ConditionText.Negate(holds));
        });
        return (texts.Item1, texts.Item2);
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ConstraintSpec, System.Tuple<string, string>> s_conditionTexts = new();

    /// <summary>For "Add X" and "use the default of the setting that made X required".</summary>
    private static System.Collections.Immutable.ImmutableDictionary<string, string?> RequirementHints(PropertySpec missing, RuleContext ctx)
    {
        var hints = System.Collections.Immutable.ImmutableDictionary.CreateBuilder<string, string?>();
        hints[FixHints.MissingProperty] = missing.ClrName;
        hints[FixHints.MissingKind] = missing.Type.Kind.ToString();
        if (ctx.InBranch && ctx.AnchorProperty is { DefaultValue: { } defaultValue } anchor &&
            TypedLiterals.Expression(defaultValue, anchor.Type) is { } expression)
        {
            hints[FixHints.ConditionProperty] = anchor.ClrName;
            hints[FixHints.ConditionDefault] = expression;
            hints[FixHints.ConditionDefaultWire] = defaultValue.Text;
        }

        return hints.ToImmutable();
    }

    private static bool? Matches(string pattern, string value)
    {
        if (PatternOf(pattern) is not { } regex)
        {
            return null; // an invalid pattern is reported on the schema (PENDO107)
        }

        return SharedText.IsMatch(regex, value); // null on a timeout: no verdict at build time, the run-time check decides
    }

    /// <summary>
    /// One Regex per pattern for the life of the analyzer (the static Regex.IsMatch looks its cache up by pattern,
    /// options and culture on every call); null for a pattern that does not parse. Patterns come from a handful of
    /// schemas, but the cache is bounded anyway in case schemas are edited for hours in the IDE.
    /// </summary>
    private static Regex? PatternOf(string pattern)
    {
        if (s_patterns.TryGetValue(pattern, out Regex? known))
        {
            return known;
        }

        Regex? regex;
        try
        {
            regex = new Regex(pattern, RegexOptions.CultureInvariant, SharedText.PatternTimeout);
        }
        catch (System.ArgumentException)
        {
            regex = null;
        }

        if (s_patterns.Count >= 1024)
        {
            s_patterns.Clear();
        }

        s_patterns[pattern] = regex;
        return regex;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Regex?> s_patterns = new(System.StringComparer.Ordinal);
}
