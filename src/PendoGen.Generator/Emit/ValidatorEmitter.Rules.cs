using System.Linq;
using PendoGen.Diagnostics;
using PendoGen.Model;
using static PendoGen.Common.GeneratedNames;

namespace PendoGen.Emit;

internal sealed partial class ValidatorEmitter
{
    /// <summary>Rules applied to a record: required, properties, allOf, if/then/else, not, dependentRequired.</summary>
    private void EmitObject(SourceWriter w, ConstraintSpec node, ObjectTarget target, RuleContext ctx)
    {
        ctx = ctx.Enter(node);
        if (node.BooleanSchema == false)
        {
            Report(w, DiagnosticIds.ValueNotAllowed, target.Path, Quote("This object is not allowed here"), ctx);
        }

        foreach (string name in node.Required)
        {
            if (target.Find(name) is not { } property || !CanBeMissing(property))
            {
                continue;
            }

            using (w.Open($"if ({target.Access(property)} is null)"))
            {
                string rule = ctx.InBranch ? DiagnosticIds.ConditionalRequirement : DiagnosticIds.RequiredMissing;
                Report(w, rule, target.PathOf(name), Quote(RuleMessages.Required(name)), ctx);
            }
        }

        foreach (PropertyConstraint entry in node.Properties)
        {
            if (target.Find(entry.JsonName) is not { } property)
            {
                continue;
            }

            string variable = NewVariable();
            var body = new SourceWriter();
            EmitValue(body, entry.Constraint, new ValueTarget(property.Type, variable, target.PathOf(entry.JsonName), entry.JsonName, property.IsSecret), ctx);
            WriteIf(w, Bind(target, property, variable), body);
        }

        foreach (ConstraintSpec part in node.AllOf)
        {
            EmitObject(w, part, target, ctx);
        }

        if (node.If is { } condition)
        {
            string description = ConditionText.DescribeObject(condition, "");
            var then = new SourceWriter();
            var otherwise = new SourceWriter();
            if (node.Then is { } thenNode)
            {
                EmitObject(then, thenNode, target, ctx.Under(description));
            }

            if (node.Else is { } elseNode)
            {
                EmitObject(otherwise, elseNode, target, ctx.Under(ConditionText.Negate(description)));
            }

            WriteIfElse(w, ConditionOnObject(condition, target), then, otherwise);
        }

        if (node.Not is { } not)
        {
            if (not.Required.Count == 1 && not.Properties.IsEmpty && not.AllOf.IsEmpty && not.Not is null &&
                target.Find(not.Required[0]) is { } forbidden)
            {
                using (w.Open($"if ({IsSet(target, forbidden)})"))
                {
                    Report(w, DiagnosticIds.ValueNotAllowed, target.PathOf(forbidden.JsonName), Quote(RuleMessages.MustNotBeSet(forbidden.JsonName)), ctx.Enter(not));
                }
            }
            else
            {
                var body = new SourceWriter();
                Report(body, DiagnosticIds.ValueNotAllowed, target.Path, Quote(RuleMessages.MustNotMatch(ConditionText.DescribeObject(not, ""))), ctx.Enter(not));
                WriteIf(w, ConditionOnObject(not, target), body);
            }
        }

        foreach (DependentRule dependency in node.DependentRequired)
        {
            if (target.Find(dependency.Property) is not { } trigger)
            {
                continue;
            }

            foreach (string name in dependency.Requires)
            {
                if (target.Find(name) is not { } required || !CanBeMissing(required))
                {
                    continue;
                }

                using (w.Open($"if ({IsSet(target, trigger)} && {target.Access(required)} is null)"))
                {
                    Report(w, DiagnosticIds.ConditionalRequirement, target.PathOf(name),
                        Quote(RuleMessages.RequiredWhenSet(name, dependency.Property)), ctx);
                }
            }
        }
    }

    /// <summary>Rules applied to one (non-null) value.</summary>
    private void EmitValue(SourceWriter w, ConstraintSpec node, ValueTarget target, RuleContext ctx)
    {
        ctx = ctx.Enter(node);
        string v = target.Expression;
        string label = target.Label;
        if (node.BooleanSchema == false)
        {
            Report(w, DiagnosticIds.ValueNotAllowed, target.Path, Quote(RuleMessages.NotAllowedHere(label)), ctx);
        }

        if (node.Enum is { } values && target.Type.Kind != ValueKind.Object)
        {
            string check = target.Type.Kind == ValueKind.Enum && CoversAllMembers(values, target.Type)
                ? $"!global::{target.Type.GeneratedName}{WireSuffix}.IsDefined({v})"
                : NotAnyOf(values, target);
            using (w.Open($"if ({check})"))
            {
                string allowed = string.Join(", ", values.Select(l => l.Text));
                Report(w, DiagnosticIds.ValueNotAllowed, target.Path,
                    ValueMessage(target, RuleMessages.NotOneOf(label, allowed)), ctx);
            }
        }

        if (node.Const is { } constant && target.Type.Kind != ValueKind.Object)
        {
            string? expected = TypedLiterals.Expression(constant, target.Type);
            using (w.Open($"if ({(expected is null ? "true" : $"{v} != {expected}")})"))
            {
                Report(w, DiagnosticIds.ValueNotAllowed, target.Path,
                    ValueMessage(target, RuleMessages.NotConst(label, constant.Display)), ctx);
            }
        }

        if (target.Type.Kind == ValueKind.String)
        {
            EmitStringRules(w, node, target, ctx);
        }

        if (target.Type.Kind is ValueKind.Int32 or ValueKind.Int64 or ValueKind.Double)
        {
            EmitBound(w, node.Minimum, "<", "at least", target, ctx);
            EmitBound(w, node.ExclusiveMinimum, "<=", "greater than", target, ctx);
            EmitBound(w, node.Maximum, ">", "at most", target, ctx);
            EmitBound(w, node.ExclusiveMaximum, ">=", "less than", target, ctx);
        }

        if (target.Type.Kind == ValueKind.Array)
        {
            EmitArrayRules(w, node, target, ctx);
        }

        if (target.Type.Kind == ValueKind.Object && _objects.TryGetValue(target.Type.GeneratedName!, out ObjectSpec? nested))
        {
            // Rules an enclosing schema places on a nested record (e.g. a pattern on config.schema).
            EmitObject(w, node with { Severity = null, Reason = null }, new ObjectTarget(nested, v, target.Path), ctx);
        }
        else
        {
            foreach (ConstraintSpec part in node.AllOf)
            {
                EmitValue(w, part, target, ctx);
            }

            if (node.If is { } condition)
            {
                string description = ConditionText.DescribeValue(target.Name, condition);
                var then = new SourceWriter();
                var otherwise = new SourceWriter();
                if (node.Then is { } thenNode)
                {
                    EmitValue(then, thenNode, target, ctx.Under(description));
                }

                if (node.Else is { } elseNode)
                {
                    EmitValue(otherwise, elseNode, target, ctx.Under(ConditionText.Negate(description)));
                }

                WriteIfElse(w, ConditionOnValue(condition, target), then, otherwise);
            }

            if (node.Not is { } not)
            {
                var body = new SourceWriter();
                Report(body, DiagnosticIds.ValueNotAllowed, target.Path, Quote(RuleMessages.ValueMustNotBe(label, ConditionText.DescribeValue(target.Name, not))), ctx.Enter(not));
                WriteIf(w, ConditionOnValue(not, target), body);
            }
        }
    }


    private void EmitStringRules(SourceWriter w, ConstraintSpec node, ValueTarget target, RuleContext ctx)
    {
        string v = target.Expression;
        string label = target.Label;
        if (node.Pattern is { } pattern)
        {
            using (w.Open($"if (!{ValidationSupport}.IsMatch({Pattern(pattern)}, {v}))"))
            {
                Report(w, DiagnosticIds.FormatOrPattern, target.Path,
                    ValueMessage(target, RuleMessages.PatternMismatch(label, pattern)), ctx);
            }
        }

        if (node.Format == "uri")
        {
            using (w.Open($"if (!{TextRules}.IsUri({v}))"))
            {
                Report(w, DiagnosticIds.FormatOrPattern, target.Path,
                    ValueMessage(target, RuleMessages.NotAbsoluteUri(label)), ctx);
            }
        }

        if (node.MinLength is { } min)
        {
            // Code points, not UTF-16 units; the length alone decides unless surrogate pairs could matter.
            // (A string of n >= 1 units has at least one code point, so a minimum of 1 needs the length only.)
            string check = min <= 1 ? $"{v}.Length < {min}"
                : 2L * min > int.MaxValue
                ? $"{v}.Length < {min} || {TextRules}.CodePoints({v}) < {min}"
                : $"{v}.Length < {min} || ({v}.Length < {2L * min} && {TextRules}.CodePoints({v}) < {min})";
            using (w.Open($"if ({check})"))
            {
                Report(w, DiagnosticIds.ValueNotAllowed, target.Path, Quote(RuleMessages.TooShort(label, min)), ctx);
            }
        }

        if (node.MaxLength is { } max)
        {
            string check = max == 0 ? $"{v}.Length > 0"
                : 2L * max > int.MaxValue
                ? $"{v}.Length > {max} && {TextRules}.CodePoints({v}) > {max}"
                : $"{v}.Length > {max} && ({v}.Length > {2L * max} || {TextRules}.CodePoints({v}) > {max})";
            using (w.Open($"if ({check})"))
            {
                Report(w, DiagnosticIds.ValueNotAllowed, target.Path, Quote(RuleMessages.TooLong(label, max)), ctx);
            }
        }
    }

    private static void EmitBound(SourceWriter w, string? bound, string failsWhen, string words, ValueTarget target, RuleContext ctx)
    {
        if (bound is null)
        {
            return;
        }

        using (w.Open($"if ({target.Expression} {failsWhen} {TypedLiterals.Bound(bound, target.Type)})"))
        {
            Report(w, DiagnosticIds.ValueNotAllowed, target.Path,
                ValueMessage(target, RuleMessages.OutOfBounds(target.Label, words, bound)), ctx);
        }
    }

    private void EmitArrayRules(SourceWriter w, ConstraintSpec node, ValueTarget target, RuleContext ctx)
    {
        string v = target.Expression;
        string label = target.Label;
        if (node.MinItems is { } min)
        {
            using (w.Open($"if ({v}.Count < {min})"))
            {
                // "Must be populated when ..." is a conditional requirement, so an empty list in a branch is PENDO002.
                string rule = ctx.InBranch ? DiagnosticIds.ConditionalRequirement : DiagnosticIds.ValueNotAllowed;
                Report(w, rule, target.Path, Quote(RuleMessages.TooFewItems(label, min)), ctx);
            }
        }

        if (node.MaxItems is { } max)
        {
            using (w.Open($"if ({v}.Count > {max})"))
            {
                Report(w, DiagnosticIds.ValueNotAllowed, target.Path, Quote(RuleMessages.TooManyItems(label, max)), ctx);
            }
        }

        if (node.Items is { } items && !items.IsEmpty)
        {
            string index = NewVariable();
            string item = NewVariable();
            var body = new SourceWriter();
            string itemPath = $"{ValidationSupport}.Path({target.Path}, {index})";
            EmitValue(body, items, new ValueTarget(target.Type.Item!, item, itemPath, target.Name, target.IsSecret, target.Label + " item"), ctx);
            if (body.Length > 0)
            {
                using (w.Open($"for (int {index} = 0; {index} < {v}.Count; {index}++)"))
                {
                    string itemAccess = target.Type.Item!.IsValueType ? $"var {item} = {v}[{index}];" : $"if ({v}[{index}] is not {{ }} {item}) continue;";
                    w.Line(itemAccess);
                    w.Append(body);
                }
            }
        }
    }

    /// <summary>
    /// PENDO004: a null item in a list (JSON has no null string or record there; FromJson rejects it and ToJson
    /// would write it). Mirrors the type check of the analyzer, lists of lists included.
    /// </summary>
    private void EmitNullItemChecks(SourceWriter w)
    {
        var self = new ObjectTarget(_spec, "this", SelfPath);
        foreach (PropertySpec property in _spec.Properties)
        {
            if (property.Type.Kind == ValueKind.Array && CanHoldNullItems(property.Type))
            {
                string list = NewVariable();
                var body = new SourceWriter();
                EmitNullItems(body, property.Type, list, self.PathOf(property.JsonName), "'" + property.JsonName + "'");
                WriteIf(w, $"{self.Access(property)} is {{ }} {list}", body);
            }
        }
    }

    private void EmitNullItems(SourceWriter w, TypeRef type, string list, string path, string label)
    {
        TypeRef item = type.Item!;
        string index = NewVariable();
        string itemPath = $"{ValidationSupport}.Path({path}, {index})";
        using (w.Open($"for (int {index} = 0; {index} < {list}.Count; {index}++)"))
        {
            if (!item.IsValueType)
            {
                using (w.Open($"if ({list}[{index}] is null)"))
                {
                    Report(w, DiagnosticIds.ValueNotAllowed, itemPath, Quote(RuleMessages.WrongType(label + " item", "a value, not null")), RuleContext.Root);
                }
            }

            if (item.Kind == ValueKind.Array && CanHoldNullItems(item))
            {
                string inner = NewVariable();
                using (w.Open($"if ({list}[{index}] is {{ }} {inner})"))
                {
                    EmitNullItems(w, item, inner, itemPath, label + " item");
                }
            }
        }
    }

    private static bool CanHoldNullItems(TypeRef array) =>
        !array.Item!.IsValueType || (array.Item.Kind == ValueKind.Array && CanHoldNullItems(array.Item));

    /// <summary>PENDO004: a secret holding the "******" an API returned (not checked on read-only response models).</summary>
    private void EmitMaskedSecretChecks(SourceWriter w)
    {
        if (_spec.IsReadOnly)
        {
            return;
        }

        var self = new ObjectTarget(_spec, "this", SelfPath);
        foreach (PropertySpec property in _spec.Properties)
        {
            if (property.IsSecret && property.Type.Kind == ValueKind.String)
            {
                using (w.Open($"if ({Secret}.IsMasked({self.Access(property)}))"))
                {
                    Report(w, DiagnosticIds.ValueNotAllowed, self.PathOf(property.JsonName), Quote(RuleMessages.MaskedSecret(property.JsonName)), RuleContext.Root);
                }
            }
        }
    }

    /// <summary>PENDO005: a set property whose <c>x-no-effect-unless</c> condition does not hold.</summary>
    private void EmitNoEffectChecks(SourceWriter w)
    {
        var self = new ObjectTarget(_spec, "this", SelfPath);
        foreach (PropertySpec property in _spec.Properties)
        {
            if (property.NoEffectUnless is not { } condition)
            {
                continue;
            }

            string variable = NewVariable();
            string test = Bind(self, property, variable);
            if (property.DefaultValue is { } defaultValue && TypedLiterals.Expression(defaultValue, property.Type) is { } expected)
            {
                // Setting a property to the value the API assumes anyway changes nothing, so it is not reported.
                test += $" && {variable} != {expected}";
            }

            string? reason = _spec.Rules.Properties.FirstOrDefault(p => p.JsonName == property.JsonName)?.Constraint.Reason;
            string unless = Negate(ConditionOnObject(condition, self));
            var body = new SourceWriter();
            Report(body, DiagnosticIds.NoEffect, self.PathOf(property.JsonName),
                Quote(RuleMessages.NoEffect(property.JsonName, ConditionText.DescribeObject(condition, ""))),
                RuleContext.Root with { Reason = reason }, RuleSeverity.Warning);
            WriteIf(w, unless switch { "false" => "false", "true" => test, _ => $"{test} && {unless}" }, body);
        }
    }

    /// <summary>Nested records validate themselves, with their paths under this one.</summary>
    private void EmitNestedValidation(SourceWriter w)
    {
        foreach (PropertySpec property in _spec.Properties)
        {
            string access = "this." + property.ClrName;
            string path = $"at.Property({Quote(property.JsonName)})";
            if (property.Type.Kind == ValueKind.Object)
            {
                string variable = NewVariable();
                w.Line($"if ({access} is {{ }} {variable}) {variable}.{ValidateInto}(ref issues, {path});");
            }
            else if (property.Type.Kind == ValueKind.Array && property.Type.Item!.Kind == ValueKind.Object)
            {
                string list = NewVariable();
                string index = NewVariable();
                using (w.Open($"if ({access} is {{ }} {list})"))
                {
                    using (w.Open($"for (int {index} = 0; {index} < {list}.Count; {index}++)"))
                    {
                        w.Line($"{list}[{index}]?.{ValidateInto}(ref issues, {path}.Item({index}));");
                    }
                }
            }
        }
    }

    /// <summary>PENDO006: JSON properties the schema does not declare.</summary>
    private void EmitUnknownProperties(SourceWriter w)
    {
        if (_spec.UnknownProperties == UnknownPropertyPolicy.Keep)
        {
            return;
        }

        RuleSeverity severity = _spec.UnknownProperties == UnknownPropertyPolicy.KeepAndError ? RuleSeverity.Error : RuleSeverity.Warning;
        using (w.Open($"if (this.{AdditionalProperties} is {{ Count: > 0 }} unknown)"))
        {
            using (w.Open("foreach (var key in unknown.Keys)"))
            {
                Report(w, DiagnosticIds.UnknownProperty, $"{ValidationSupport}.Path({SelfPath}, key)",
                    $"\"'\" + key + {Quote(RuleMessages.UnknownPropertyAfterName(_spec.Name))}",
                    RuleContext.Root, severity);
            }
        }
    }

    /// <summary>"The property has a value, call it <paramref name="variable"/>" as a C# pattern test.</summary>
    private static string Bind(ObjectTarget target, PropertySpec property, string variable) =>
        CanBeMissing(property)
            ? $"{target.Access(property)} is {{ }} {variable}"
            : $"{target.Access(property)} is var {variable}";

    private static bool CanBeMissing(PropertySpec property) => !(property.Type.IsValueType && !property.IsOptional);

    private static string IsSet(ObjectTarget target, PropertySpec property) =>
        CanBeMissing(property) ? $"{target.Access(property)} is not null" : "true";

    private static bool CoversAllMembers(Common.EquatableArray<JsonLiteral> values, TypeRef type) =>
        type.EnumMembers.All(m => values.Any(l => l.Kind == LiteralKind.String && l.Text == m.WireValue));

    private static string NotAnyOf(Common.EquatableArray<JsonLiteral> values, ValueTarget target)
    {
        string[] checks = values
            .Select(l => TypedLiterals.Expression(l, target.Type))
            .Where(e => e is not null)
            .Select(e => $"{target.Expression} != {e}")
            .ToArray();
        return checks.Length == 0 ? "true" : string.Join(" && ", checks);
    }

    /// <summary>A message that shows the offending value, except for secrets, whose value never appears.</summary>
    private static string ValueMessage(ValueTarget target, ValueMessage message)
    {
        if (target.IsSecret || Show(target) is not { } shown)
        {
            return Quote(message.WithoutValue);
        }

        return $"{Quote(message.Before)} + {shown} + {Quote(message.After)}";
    }

    private static string? Show(ValueTarget target) => target.Type.Kind switch
    {
        ValueKind.String => $"{ValidationSupport}.Show({target.Expression})",
        ValueKind.Int32 or ValueKind.Int64 => $"{ValidationSupport}.Show((long){target.Expression})",
        ValueKind.Double or ValueKind.Boolean => $"{ValidationSupport}.Show({target.Expression})",
        ValueKind.Enum => $"global::{target.Type.GeneratedName}{WireSuffix}.Describe({target.Expression})",
        _ => null,
    };

    private static void WriteIfElse(SourceWriter w, string condition, SourceWriter then, SourceWriter otherwise)
    {
        // A constant condition (a true, false or empty schema) runs one branch; the other would be unreachable code.
        if (condition == "true")
        {
            otherwise = new SourceWriter();
        }
        else if (condition == "false")
        {
            then = new SourceWriter();
        }

        if (then.Length == 0 && otherwise.Length == 0)
        {
            return;
        }

        if (then.Length == 0)
        {
            WriteIf(w, Negate(condition), otherwise);
            return;
        }

        WriteIf(w, condition, then);
        if (otherwise.Length > 0)
        {
            using (w.Open("else"))
            {
                w.Append(otherwise);
            }
        }
    }
}
