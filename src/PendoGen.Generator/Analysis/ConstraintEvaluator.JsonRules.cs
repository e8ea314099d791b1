using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using PendoGen.Common;
using PendoGen.Internal;
using PendoGen.Json;
using PendoGen.Model;

namespace PendoGen.Analysis;

internal sealed partial class ConstraintEvaluator
{
    /// <summary>Parsed rule bundles, by their text (the same text in every compilation of a schema).</summary>
    private static readonly ConcurrentDictionary<string, JsonValue> s_bundles = new();

    /// <summary>
    /// The rules no C# type expresses, through the same evaluator as the generated <c>Validate()</c>: a JsonElement
    /// property, each JsonElement item of a list, and the record's own JSON-only keywords on the record as JSON.
    /// </summary>
    private void CheckJsonRules(ObjectTarget target)
    {
        foreach (PropertySpec property in target.Spec.Properties)
        {
            if (property.JsonRules is not { } bundle || target.Get(property.JsonName) is not (Presence.Present, { } value, _))
            {
                continue;
            }

            string path = target.PathOf(property.JsonName);
            if (property.Type.Kind == ValueKind.Json)
            {
                Evaluate(bundle, value, path, "'" + property.JsonName + "'");
            }
            else if (value is LiteralArray list)
            {
                for (int i = 0; i < list.Items.Count; i++)
                {
                    Evaluate(bundle, list.Items[i], SharedText.Index(path, i), "'" + property.JsonName + "' item");
                }
            }
        }

        if (target.Spec.JsonRules is { } recordRules && RecordAsJson(target) is { } json)
        {
            Evaluate(recordRules, json, target.Path, "The object", target.Literal.Location);
        }
    }

    private void Evaluate(string bundle, LiteralValue literal, string path, string label)
    {
        if (ToJson(literal) is { } json)
        {
            Evaluate(bundle, json, path, label, literal.Location);
        }
    }

    private void Evaluate(string bundle, JsonValue json, string path, string label, Microsoft.CodeAnalysis.Location location)
    {
        JsonValue rules = s_bundles.GetOrAdd(bundle, static text => JsonTextReader.Read(text));
        var failures = new List<SchemaRuleFailure>();
        SchemaRules<JsonValue, JsonValueView>.Check(rules, json, path, label, failures);
        foreach (SchemaRuleFailure failure in failures)
        {
            _violations.Add(new RuleViolation(failure.RuleId, failure.Path, failure.Message,
                failure.IsWarning ? RuleSeverity.Warning : RuleSeverity.Error, location));
        }
    }

    /// <summary>The record as the JSON its ToJson() writes, or null when some value is not a constant.</summary>
    private JsonValue? RecordAsJson(ObjectTarget target)
    {
        if (target.Literal.UnsetMeansUnknown)
        {
            return null;
        }

        var members = new List<JsonMember>();
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (PropertySpec property in target.Spec.Properties)
        {
            seen.Add(property.JsonName);
            switch (target.Get(property.JsonName))
            {
                case (Presence.Absent, _, _):
                    continue;
                case (Presence.Present, LiteralUnknown, null) when property.ConstValue is { } constant:
                    if (FromLiteral(constant) is not { } fixedValue)
                    {
                        return null;
                    }

                    members.Add(new JsonMember(property.JsonName, default, fixedValue));
                    continue;
                case (Presence.Present, { } value, _) when ToJson(value) is { } json:
                    members.Add(new JsonMember(property.JsonName, default, json));
                    continue;
                default:
                    return null;
            }
        }

        foreach (LiteralProperty extra in target.Literal.Properties)
        {
            if (seen.Add(extra.JsonName))
            {
                if (ToJson(extra.Value) is not { } json)
                {
                    return null;
                }

                members.Add(new JsonMember(extra.JsonName, default, json));
            }
        }

        return new JsonObject(members.ToEquatableArray(), default);
    }

    private static JsonValue? FromLiteral(JsonLiteral constant) => constant.Kind switch
    {
        LiteralKind.String => new JsonString(constant.Text, default),
        LiteralKind.Number => new JsonNumber(constant.Text, default),
        LiteralKind.Boolean => new JsonBoolean(constant.Text == "true", default),
        LiteralKind.Null => new JsonNull(default),
        _ => null,
    };

    /// <summary>A constant as JSON; null when any part of it is not known at compile time.</summary>
    private static JsonValue? ToJson(LiteralValue value)
    {
        switch (value)
        {
            case LiteralString s:
                return new JsonString(s.Value, default);
            case LiteralNumber n:
                return new JsonNumber(n.Raw ?? n.Value.ToString("R", CultureInfo.InvariantCulture), default);
            case LiteralBoolean b:
                return new JsonBoolean(b.Value, default);
            case LiteralNull:
                return new JsonNull(default);
            case LiteralArray array:
                {
                    var items = new List<JsonValue>(array.Items.Count);
                    foreach (LiteralValue item in array.Items)
                    {
                        if (ToJson(item) is not { } json)
                        {
                            return null;
                        }

                        items.Add(json);
                    }

                    return new JsonArray(items.ToEquatableArray(), default);
                }

            case LiteralObject obj when !obj.UnsetMeansUnknown:
                {
                    var members = new List<JsonMember>(obj.Properties.Count);
                    foreach (LiteralProperty property in obj.Properties)
                    {
                        if (ToJson(property.Value) is not { } json)
                        {
                            return null;
                        }

                        members.Add(new JsonMember(property.JsonName, default, json));
                    }

                    return new JsonObject(members.ToEquatableArray(), default);
                }

            default:
                return null;
        }
    }
}
