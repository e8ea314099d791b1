using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PendoGen.Diagnostics;
using PendoGen.Internal;
using PendoGen.Model;

namespace PendoGen.Analysis;

internal sealed partial class ConstraintEvaluator
{
    /// <summary>One record: value types, the schema's rules, "no effect", nested records, unknown keys, secrets.</summary>
    private void ValidateRecord(ObjectSpec spec, LiteralObject literal, string path)
    {
        var state = new Dictionary<string, (Presence, LiteralValue?, LiteralProperty?)>(spec.Properties.Count, StringComparer.Ordinal);
        foreach (PropertySpec property in spec.Properties)
        {
            state[property.JsonName] = Resolve(property, literal, path, spec.IsReadOnly);
        }

        var target = new ObjectTarget(spec, literal, path, state);
        EvaluateObject(spec.Rules, target, RuleContext.Root);
        CheckMaskedSecrets(target);
        CheckNoEffect(target);
        ValidateNested(target);
        CheckUnknownProperties(target);
        CheckHardCodedSecrets(target);
        CheckJsonRules(target);
    }

    /// <summary>PENDO004: a secret set to the "******" an API returns (mirrors the emitter's check).</summary>
    private void CheckMaskedSecrets(ObjectTarget target)
    {
        if (target.Spec.IsReadOnly)
        {
            return;
        }

        foreach (PropertySpec property in target.Spec.Properties)
        {
            if (property.IsSecret && target.Get(property.JsonName) is (Presence.Present, LiteralString secret, _) && SharedText.IsMasked(secret.Value))
            {
                Report(DiagnosticIds.ValueNotAllowed, target.PathOf(property.JsonName), RuleMessages.MaskedSecret(property.JsonName), RuleContext.Root, secret.Location);
            }
        }
    }

    /// <summary>JSON Schema's integer, as FromJson reads it: a zero fraction counts (1.0, 1e2).</summary>
    private static bool IsWhole(LiteralNumber number) =>
        number.IsInteger || (number.Raw is { } raw && Internal.JsonNumbers.IsInteger(raw));

    /// <summary>Where a property stands, after checking its JSON kind (a value of the wrong kind counts as unknown).</summary>
    private (Presence, LiteralValue?, LiteralProperty?) Resolve(PropertySpec property, LiteralObject literal, string path, bool readOnly)
    {
        LiteralProperty? source = literal.Find(property.JsonName);
        if (source is null)
        {
            if (property.ConstValue is not null)
            {
                return (Presence.Present, new LiteralUnknown(literal.Location), null); // defaults to the constant
            }

            return (literal.UnsetMeansUnknown ? Presence.Unknown : Presence.Absent, null, null);
        }

        if (source.Value is LiteralNull jsonNull)
        {
            if (property.Type.Kind == ValueKind.Json)
            {
                return (Presence.Present, jsonNull, source); // a JsonElement holds null; its schema decides
            }

            // FromJson refuses a JSON null for a typed optional property (except lenient and response models).
            if (jsonNull.FromJsonText && property.IsOptional && !property.Type.Lenient && !readOnly)
            {
                Report(DiagnosticIds.ValueNotAllowed, SharedText.Property(path, property.JsonName), "A value is required here; null is not allowed", RuleContext.Root, jsonNull.Location);
                return (Presence.Unknown, null, source);
            }

            return (Presence.Absent, null, source);
        }

        LiteralValue value = CheckType(property.Type, source.Value, new ValueTarget(property.Type, source.Value, path, property.JsonName, property.IsSecret));
        return (Presence.Present, value, source);
    }

    /// <summary>
    /// JSON text can hold a value of the wrong kind (C# cannot, the compiler sees to that). Reports it and
    /// returns <see cref="LiteralUnknown"/> so no other rule trips over it.
    /// </summary>
    private LiteralValue CheckType(TypeRef type, LiteralValue value, ValueTarget at)
    {
        if (value is LiteralUnknown)
        {
            return value;
        }

        if (type.Lenient && ReadLeniently(type.Kind, value) is { } converted)
        {
            value = converted;
        }

        string? expected = null;
        string rule = DiagnosticIds.ValueNotAllowed;
        string? message = null;
        System.Collections.Immutable.ImmutableDictionary<string, string?>? hints = null;
        switch (type.Kind)
        {
            case ValueKind.String:
                expected = value is LiteralString ? null : "a string";
                break;
            case ValueKind.Enum:
                expected = value is LiteralString or LiteralNumber ? null : "a string";
                break;
            case ValueKind.Date:
                if (value is not LiteralString date || !IsDate(date.Value))
                {
                    rule = DiagnosticIds.FormatOrPattern;
                    message = RuleMessages.NotADate(at.Label);
                    hints = FixHints.With(FixHints.Replacement, value is LiteralString text ? FixHints.RewriteDate(text.Value) : null);
                }

                break;
            case ValueKind.DateTime:
                if (value is not LiteralString dateTime || !(type.Lenient ? IsLenientDateTime(dateTime.Value) : IsDateTime(dateTime.Value)))
                {
                    rule = DiagnosticIds.FormatOrPattern;
                    message = RuleMessages.NotADateTime(at.Label);
                }

                break;
            case ValueKind.Int32:
                expected = value is LiteralNumber whole && IsWhole(whole) && whole.Value >= int.MinValue && whole.Value <= int.MaxValue ? null : "a whole number";
                break;
            case ValueKind.Int64:
                expected = value is LiteralNumber wide && IsWhole(wide) ? null : "a whole number";
                break;
            case ValueKind.Double:
                expected = value is LiteralNumber ? null : "a number";
                break;
            case ValueKind.Boolean:
                expected = value is LiteralBoolean ? null : "true or false";
                break;
            case ValueKind.Object:
                expected = value is LiteralObject ? null : "an object";
                break;
            case ValueKind.Array:
                if (value is not LiteralArray array)
                {
                    expected = "an array";
                    break;
                }

                var items = new List<LiteralValue>(array.Items.Count);
                for (int i = 0; i < array.Items.Count; i++)
                {
                    var item = new ValueTarget(at, array.Items[i], i);
                    items.Add(array.Items[i] is LiteralNull nullItem
                        ? Mismatch(DiagnosticIds.ValueNotAllowed, item.Path, RuleMessages.WrongType(item.Label, "a value, not null"), nullItem)
                        : CheckType(type.Item!, array.Items[i], item));
                }

                return new LiteralArray(array.Location, items);
        }

        if (expected is not null)
        {
            message = RuleMessages.WrongType(at.Label, expected);
        }

        return message is null ? value : Mismatch(rule, at.Path, message, value, hints);
    }

    private LiteralValue Mismatch(string rule, string path, string message, LiteralValue value,
        System.Collections.Immutable.ImmutableDictionary<string, string?>? hints = null)
    {
        Report(rule, path, message, RuleContext.Root, value.Location, hints: hints);
        return new LiteralUnknown(value.Location);
    }

    /// <summary>
    /// What the generated lenient readers (<c>x-lenient</c>, <c>JsonSupport.Read*Lenient</c>) make of a value of
    /// another kind: a number or boolean read as a string (its JSON text), a string read as a number or boolean.
    /// Null when they take it as it is or reject it.
    /// </summary>
    private static LiteralValue? ReadLeniently(ValueKind kind, LiteralValue value)
    {
        switch (kind, value)
        {
            case (ValueKind.String, LiteralNumber number):
                return number.Raw is { } raw ? new LiteralString(number.Location, raw) : new LiteralUnknown(number.Location);
            case (ValueKind.String, LiteralBoolean boolean):
                return new LiteralString(boolean.Location, boolean.Value ? "true" : "false");
            case (ValueKind.Int32, LiteralString text) when int.TryParse(text.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int int32):
                return new LiteralNumber(text.Location, int32, isInteger: true);
            case (ValueKind.Int64, LiteralString text) when long.TryParse(text.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out long int64):
                return new LiteralNumber(text.Location, int64, isInteger: true);
            case (ValueKind.Double, LiteralString text) when double.TryParse(text.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double number):
                return new LiteralNumber(text.Location, number, isInteger: false);
            case (ValueKind.Boolean, LiteralString { Value: "true" or "false" } text):
                return new LiteralBoolean(text.Location, text.Value == "true");
            default:
                return null;
        }
    }

    /// <summary>
    /// A date-time the generated reader takes: the ISO 8601-1 extended profile of System.Text.Json
    /// (<c>Utf8JsonReader.TryGetDateTimeOffset</c>): YYYY-MM-DD, optionally with THH:mm[:ss[.fraction]] and Z or
    /// an offset; no other separators, no lowercase, a real date and time in range.
    /// </summary>
    /// <summary>What FromJson reads into a DateTimeOffset: an RFC 3339 date-time (Internal.TextRules, shared with the runtime) without a leap second.</summary>
    public static bool IsDateTime(string text) => Internal.TextRules.IsDateTimeOffset(text);

    /// <summary>
    /// What FromJson reads into a lenient (x-lenient, response) DateTimeOffset: any ISO 8601 form System.Text.Json
    /// takes, as APIs drift (no offset, "ss.Z").
    /// </summary>
    public static bool IsLenientDateTime(string text)
    {
        if (!s_isoDateTime.IsMatch(text))
        {
            return false;
        }

        // System.Text.Json takes "ss.Z" (a point without digits before the offset); DateTimeOffset does not.
        string normalized = s_emptyFraction.Replace(text, "");
        return DateTimeOffset.TryParse(normalized, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _);
    }

    private static readonly System.Text.RegularExpressions.Regex s_isoDateTime = new(
        @"^[0-9]{4}-[0-9]{2}-[0-9]{2}(?:T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,16}|\.(?=[Z+-]))?)?(?:Z|[+-][0-9]{2}(?::[0-9]{2})?)?)?$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly System.Text.RegularExpressions.Regex s_emptyFraction = new(@"\.(?=[Z+-])", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public static bool IsDate(string text) => Internal.TextRules.IsDate(text);

    /// <summary>PENDO005: mirrors the emitter's check, reported on the whole assignment so a fix can remove it.</summary>
    private void CheckNoEffect(ObjectTarget target)
    {
        foreach (PropertySpec property in target.Spec.Properties)
        {
            if (property.NoEffectUnless is not { } condition)
            {
                continue;
            }

            (Presence presence, LiteralValue? value, LiteralProperty? source) = target.Get(property.JsonName);
            if (presence != Presence.Present || source is null)
            {
                continue;
            }

            if (property.DefaultValue is { } defaultValue)
            {
                // The emitter skips values equal to the default; an unknown value may be the default.
                if (value is LiteralUnknown || Equal(value!, defaultValue, property.Type) != false)
                {
                    continue;
                }
            }

            if (MatchObject(condition, target) == false)
            {
                string? reason = FindOwnReason(target.Spec, property.JsonName);
                Report(DiagnosticIds.NoEffect, target.PathOf(property.JsonName),
                    RuleMessages.NoEffect(property.JsonName, Describe(condition).Holds),
                    RuleContext.Root with { Reason = reason }, source.Location, RuleSeverity.Warning);
            }
        }
    }

    private static string? FindOwnReason(ObjectSpec spec, string jsonName)
    {
        foreach (PropertyConstraint entry in spec.Rules.Properties)
        {
            if (entry.JsonName == jsonName)
            {
                return entry.Constraint.Reason;
            }
        }

        return null;
    }

    private void ValidateNested(ObjectTarget target)
    {
        foreach (PropertySpec property in target.Spec.Properties)
        {
            (Presence presence, LiteralValue? value, _) = target.Get(property.JsonName);
            if (presence != Presence.Present)
            {
                continue;
            }

            if (property.Type.Kind == ValueKind.Object && value is LiteralObject nested && _objects.TryGetValue(property.Type.GeneratedName!, out ObjectSpec? nestedSpec))
            {
                ValidateRecord(nestedSpec, nested, target.PathOf(property.JsonName));
            }
            else if (property.Type.Kind == ValueKind.Array && property.Type.Item!.Kind == ValueKind.Object && value is LiteralArray array &&
                     _objects.TryGetValue(property.Type.Item.GeneratedName!, out ObjectSpec? itemSpec))
            {
                for (int i = 0; i < array.Items.Count; i++)
                {
                    if (array.Items[i] is LiteralObject item)
                    {
                        ValidateRecord(itemSpec, item, SharedText.Index(target.PathOf(property.JsonName), i));
                    }
                }
            }
        }
    }

    /// <summary>PENDO006: keys of a JSON object the schema does not declare.</summary>
    private void CheckUnknownProperties(ObjectTarget target)
    {
        if (target.Spec.UnknownProperties == UnknownPropertyPolicy.Keep)
        {
            return;
        }

        RuleSeverity severity = target.Spec.UnknownProperties == UnknownPropertyPolicy.KeepAndError ? RuleSeverity.Error : RuleSeverity.Warning;
        foreach (LiteralProperty property in target.Literal.Properties)
        {
            if (target.Find(property.JsonName) is null)
            {
                string? nearest = FixHints.Nearest(property.JsonName, target.Spec.Properties.Select(p => p.JsonName));
                Report(DiagnosticIds.UnknownProperty, target.PathOf(property.JsonName),
                    RuleMessages.UnknownProperty(property.JsonName, target.Spec.Name), RuleContext.Root, property.NameLocation, severity,
                    FixHints.With(FixHints.Replacement, nearest));
            }
        }
    }

    /// <summary>PENDO007: a secret written into source code. Its value is never part of the message.</summary>
    private void CheckHardCodedSecrets(ObjectTarget target)
    {
        foreach (PropertySpec property in target.Spec.Properties)
        {
            if (property.IsSecret &&
                target.Get(property.JsonName) is (Presence.Present, LiteralString { IsHardCoded: true, Value.Length: > 0 } secret, _))
            {
                _violations.Add(new RuleViolation(DiagnosticIds.HardCodedSecret, target.PathOf(property.JsonName),
                    RuleMessages.HardCodedSecret(property.JsonName) + ".", RuleSeverity.Warning, secret.Location));
            }
        }
    }
}
