using System;
using System.Collections.Generic;
using System.Linq;
using PendoGen.Common;
using PendoGen.Json;

namespace PendoGen.OpenApi;

/// <summary>
/// Merges two object schemas that must both hold (an <c>allOf</c>) into one that generates one record: properties
/// (deeply, so two parts that both describe <c>config</c> give one <c>config</c>), <c>required</c> and other
/// keywords that shape the type are merged, and the second schema's rules are kept as an <c>allOf</c> entry, so
/// nothing either schema checks is lost.
/// </summary>
internal static class SchemaMerger
{
    /// <summary>Keywords that shape the generated type; the later schema wins where both set one.</summary>
    private static readonly HashSet<string> s_shaping = new(StringComparer.Ordinal)
    {
        "type", "format", "enum", "title", "description", "default", "readOnly", "writeOnly", "additionalProperties",
        "$id", "$schema", "$comment", "x-no-effect-unless", "x-lenient",
    };

    /// <summary>
    /// An <c>allOf</c> entry describing (part of) the object itself: it has properties or a type, and no severity
    /// of its own (an entry with <c>x-severity</c> softens its rules, so it must stay a rule).
    /// </summary>
    public static bool IsObjectShape(JsonObject schema) =>
        (schema.Find("properties") is not null || JsonBuild.StringOf(schema, "type") == "object") &&
        schema.Find("x-severity") is null && schema.Find("$ref") is null;

    public static JsonObject Merge(JsonObject first, JsonObject second)
    {
        if (second.Find("x-severity") is not null)
        {
            return AppendRule(first, second);
        }

        var members = first.Members.ToList();
        var rules = new List<JsonMember>();
        bool conditionsClash = HasCondition(first) && HasCondition(second);
        foreach (JsonMember member in second.Members)
        {
            int index = members.FindIndex(m => m.Name == member.Name);
            if (index < 0 && !(conditionsClash && IsCondition(member.Name)))
            {
                members.Add(member);
            }
            else if (index < 0)
            {
                rules.Add(member);
            }
            else if (s_combined.Contains(member.Name))
            {
                members[index] = new JsonMember(member.Name, members[index].NameSpan, Combine(member.Name, members[index].Value, member.Value));
            }
            else if (s_shaping.Contains(member.Name))
            {
                members[index] = new JsonMember(member.Name, members[index].NameSpan, member.Value);
            }
            else if (JsonTextWriter.Write(members[index].Value) != JsonTextWriter.Write(member.Value))
            {
                rules.Add(member); // both check it, differently: both checks must hold
            }
        }

        JsonObject merged = JsonBuild.Object(members, first.Span);
        return rules.Count == 0 ? merged : AppendRule(merged, JsonBuild.Object(rules, second.Span));
    }

    /// <summary>Keywords whose values are merged rather than replaced.</summary>
    private static readonly HashSet<string> s_combined = new(StringComparer.Ordinal) { "properties", "required", "items", "$defs", "definitions", "allOf" };

    /// <summary>if/then/else go together: when both schemas have a condition, the second's stays a rule of its own.</summary>
    private static bool IsCondition(string name) => name is "if" or "then" or "else";

    private static bool HasCondition(JsonObject schema) => schema.Members.Any(m => IsCondition(m.Name));

    private static JsonValue Combine(string keyword, JsonValue first, JsonValue second)
    {
        switch (keyword)
        {
            case "properties" or "$defs" or "definitions" when first is JsonObject a && second is JsonObject b:
                {
                    var members = a.Members.ToList();
                    foreach (JsonMember entry in b.Members)
                    {
                        int index = members.FindIndex(m => m.Name == entry.Name);
                        if (index < 0)
                        {
                            members.Add(entry);
                        }
                        else
                        {
                            JsonValue value = members[index].Value is JsonObject x && entry.Value is JsonObject y ? Merge(x, y) : entry.Value;
                            members[index] = new JsonMember(entry.Name, members[index].NameSpan, value);
                        }
                    }

                    return JsonBuild.Object(members, a.Span);
                }

            case "required" when first is JsonArray a && second is JsonArray b:
                {
                    var names = a.Items.ToList();
                    foreach (JsonValue name in b.Items)
                    {
                        if (!names.Any(n => n is JsonString s && name is JsonString t && s.Value == t.Value))
                        {
                            names.Add(name);
                        }
                    }

                    return new JsonArray(names.ToEquatableArray(), a.Span);
                }

            case "allOf" when first is JsonArray a && second is JsonArray b:
                return new JsonArray(a.Items.Concat(b.Items).ToEquatableArray(), a.Span);
            case "items" when first is JsonObject a && second is JsonObject b:
                return Merge(a, b);
            default:
                return second;
        }
    }

    private static JsonObject AppendRule(JsonObject schema, JsonObject rule)
    {
        var entries = (schema.Find("allOf")?.Value as JsonArray)?.Items.ToList() ?? new List<JsonValue>();
        entries.Add(rule);
        return JsonBuild.With(schema, "allOf", new JsonArray(entries.ToEquatableArray(), rule.Span), rule.Span);
    }
}
