using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PendoGen.Common;
using PendoGen.Json;
using PendoGen.Schema;

namespace PendoGen.Model;

/// <summary>
/// The rules no C# type expresses: which subschemas go to the JSON evaluator (<c>SchemaRules</c>, shared by the
/// generated code and the analyzer), and the self-contained bundle of each: <c>{"root": …, "refs": {"r0": …}}</c>
/// with every <c>$ref</c> rewritten to <c>#/refs/rN</c>, so no file or pointer is needed at run time.
/// </summary>
internal sealed partial class ModelBuilder
{
    /// <summary>Keywords that only annotate: they never make a subschema need the JSON evaluator.</summary>
    private static readonly HashSet<string> s_annotationKeywords = new(StringComparer.Ordinal)
    {
        "title", "description", "$comment", "default", "examples", "example", "deprecated", "readOnly", "writeOnly",
        "$schema", "$id", "$defs", "definitions", "$anchor", "contentMediaType", "contentEncoding", "contentSchema", "$vocabulary",
        "x-severity", "x-reason", "x-lenient", "x-no-effect-unless",
    };

    /// <summary>What the typed <c>if</c>/<c>not</c> of a record evaluates (ModelBuilder.ToCondition); anything else goes to the JSON evaluator.</summary>
    private static readonly HashSet<string> s_typedConditionKeywords = new(StringComparer.Ordinal)
    {
        "required", "properties", "const", "enum", "pattern", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
        "minLength", "maxLength", "minItems", "maxItems", "not", "allOf",
    };

    /// <summary>What the typed rules of a record (then, else, allOf entries) apply.</summary>
    private static readonly HashSet<string> s_typedRuleKeywords = new(s_typedConditionKeywords, StringComparer.Ordinal)
    {
        "if", "then", "else", "dependentRequired", "format", "items",
    };

    /// <summary>Whether a value (non-record) schema needs the JSON evaluator: it uses keywords no C# type expresses.</summary>
    private bool ValueNeedsJsonRules(SchemaDocument document, SchemaNode node, int depth = 0)
    {
        if (depth > MaxReferenceHops || node.BooleanSchema is not null)
        {
            return node.BooleanSchema == false;
        }

        if (!node.JsonOnlyKeywords.IsEmpty || (node.Ref is not null && HasAssertionsBesideRef(node)))
        {
            return true;
        }

        // A value's own if/then/else and not stay typed while they use only the value keywords the typed checks know.
        if ((node.If is not null || node.Not is not null) && node.Source is JsonObject source &&
            source.Members.Any(m => m.Name is "if" or "then" or "else" or "not" && ValueRuleNeedsJson(m.Value, depth + 1)))
        {
            return true;
        }

        if (node.Ref is not null)
        {
            (SchemaDocument targetDocument, SchemaNode target) = Dereference(document, node);
            return !ReferenceEquals(target, node) && target.Ref is null && !IsRecordNode(target) && ValueNeedsJsonRules(targetDocument, target, depth + 1);
        }

        return node.AllOf.Any(part => part.Ref is not null || !part.Properties.IsEmpty || !part.Required.IsEmpty || ValueNeedsJsonRules(document, part, depth + 1)) ||
            (node.Items is { } items && !IsRecordSchema(document, items) &&
             (ValueNeedsJsonRules(document, items, depth + 1) || (depth > 0 && IsUntypedWithAssertions(document, items))));
    }

    /// <summary>An untyped item schema is checked item by item at the first level; deeper (a list of lists) the whole value is JSON.</summary>
    private bool IsUntypedWithAssertions(SchemaDocument document, SchemaNode node)
    {
        (_, SchemaNode target) = Dereference(document, node);
        return target.Type is null && HasAssertions(target);
    }

    private bool IsRecordSchema(SchemaDocument document, SchemaNode node)
    {
        (_, SchemaNode target) = Dereference(document, node);
        return IsRecordNode(target);
    }

    /// <summary>What ResolveType makes a record: properties, with "type": "object" or no type.</summary>
    private static bool IsRecordNode(SchemaNode node) => node.Type is null or "object" && !node.Properties.IsEmpty && node.BooleanSchema is null;

    private static bool HasAssertionsBesideRef(SchemaNode node) =>
        node.Source is JsonObject obj && obj.Members.Any(m => m.Name != "$ref" && !s_annotationKeywords.Contains(m.Name));

    /// <summary>Whether the schema asserts anything at all (so a JsonElement property gets a check).</summary>
    private static bool HasAssertions(SchemaNode node) =>
        node.Source switch
        {
            JsonBoolean b => !b.Value,
            JsonObject obj => obj.Members.Any(m => !s_annotationKeywords.Contains(m.Name)),
            _ => false,
        };

    /// <summary>Whether a record-level rule (if/then/else, not, an allOf entry) uses keywords the typed rules do not evaluate.</summary>
    private static bool RuleNeedsJsonRules(JsonValue? schema, bool isCondition, int depth = 0)
    {
        if (schema is JsonBoolean || depth > 64)
        {
            return true;
        }

        if (schema is not JsonObject obj)
        {
            return false;
        }

        HashSet<string> allowed = isCondition ? s_typedConditionKeywords : s_typedRuleKeywords;
        foreach (JsonMember member in obj.Members)
        {
            if (s_annotationKeywords.Contains(member.Name))
            {
                continue;
            }

            if (!allowed.Contains(member.Name))
            {
                return true;
            }

            bool nested = member.Name switch
            {
                "properties" => member.Value is JsonObject properties && properties.Members.Any(p => ValueRuleNeedsJson(p.Value, depth + 1)),
                "allOf" => member.Value is JsonArray parts && parts.Items.Any(p => RuleNeedsJsonRules(p, isCondition, depth + 1)),
                "not" or "if" => RuleNeedsJsonRules(member.Value, isCondition: true, depth + 1),
                "then" or "else" => RuleNeedsJsonRules(member.Value, isCondition: false, depth + 1),
                "items" => ValueRuleNeedsJson(member.Value, depth + 1),
                _ => false,
            };
            if (nested)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A rule on one property's value inside a record-level rule: only value keywords the typed checks know.</summary>
    private static bool ValueRuleNeedsJson(JsonValue schema, int depth)
    {
        if (schema is JsonBoolean || depth > 64)
        {
            return true;
        }

        // A rule on a nested record's property may reach into it (then.properties.config.properties.schema.pattern).
        return schema is JsonObject obj && obj.Members.Any(m =>
            !s_annotationKeywords.Contains(m.Name) &&
            (m.Name is not ("const" or "enum" or "pattern" or "minimum" or "maximum" or "exclusiveMinimum" or "exclusiveMaximum" or
                "minLength" or "maxLength" or "minItems" or "maxItems" or "format" or "items" or "$ref" or "properties" or "required" or
                "dependentRequired" or "allOf") ||
             (m.Name == "items" && ValueRuleNeedsJson(m.Value, depth + 1)) ||
             (m.Name == "properties" && m.Value is JsonObject properties && properties.Members.Any(p => ValueRuleNeedsJson(p.Value, depth + 1))) ||
             (m.Name == "allOf" && m.Value is JsonArray parts && parts.Items.Any(p => ValueRuleNeedsJson(p, depth + 1)))));
    }

    /// <summary>
    /// Splits a record's schema: the keywords the typed rules handle stay on the node; the rest (JSON-only keywords,
    /// and if/not/allOf entries that use keywords the typed rules do not evaluate) become the record's JSON rules.
    /// </summary>
    private (SchemaNode Typed, string? JsonRules) SplitRecordRules(SchemaDocument document, SchemaNode node)
    {
        if (node.Source is not JsonObject source)
        {
            return (node, null);
        }

        var moved = new List<JsonMember>();
        SchemaNode typed = node;
        foreach (JsonMember member in source.Members)
        {
            switch (member.Name)
            {
                case "if" when RuleNeedsJsonRules(member.Value, isCondition: true) || RuleNeedsJsonRules(source.Find("then")?.Value, false) || RuleNeedsJsonRules(source.Find("else")?.Value, false):
                    moved.AddRange(source.Members.Where(m => m.Name is "if" or "then" or "else"));
                    typed = typed with { If = null, Then = null, Else = null };
                    break;
                case "not" when RuleNeedsJsonRules(member.Value, isCondition: true):
                    moved.Add(member);
                    typed = typed with { Not = null };
                    break;
                case "allOf" when member.Value is JsonArray parts && parts.Items.Any(p => RuleNeedsJsonRules(p, isCondition: false)):
                    {
                        var keep = new List<SchemaNode>();
                        var move = new List<JsonValue>();
                        for (int i = 0; i < parts.Items.Count && i < node.AllOf.Count; i++)
                        {
                            if (RuleNeedsJsonRules(parts.Items[i], isCondition: false))
                            {
                                move.Add(parts.Items[i]);
                            }
                            else
                            {
                                keep.Add(node.AllOf[i]);
                            }
                        }

                        moved.Add(new JsonMember("allOf", member.NameSpan, new JsonArray(move.ToEquatableArray(), member.Value.Span)));
                        typed = typed with { AllOf = keep.ToEquatableArray() };
                        break;
                    }

                case "additionalProperties" when member.Value is not JsonBoolean:
                    moved.Add(member);
                    // The JSON evaluator needs the declared names to know which members are "additional".
                    if (source.Find("properties") is { } declared && !moved.Any(m => m.Name == "properties"))
                    {
                        moved.Add(new JsonMember("properties", declared.NameSpan, Placeholders(declared.Value)));
                    }

                    break;
                case var keyword when node.JsonOnlyKeywords.Contains(keyword) && keyword != "type":
                    moved.Add(member);
                    break;
            }
        }

        if (moved.Count == 0)
        {
            return (node, null);
        }

        var root = new JsonObject(moved.ToEquatableArray(), source.Span);
        return (typed, Bundle(document, root));
    }

    private static JsonValue Placeholders(JsonValue properties) =>
        properties is JsonObject obj
            ? new JsonObject(obj.Members.Select(m => new JsonMember(m.Name, m.NameSpan, new JsonBoolean(true, m.Value.Span))).ToEquatableArray(), obj.Span)
            : properties;

    /// <summary>The bundle of one subschema as JSON text, or null when it asserts nothing.</summary>
    private string? Bundle(SchemaDocument document, SchemaNode node) =>
        node.Source is { } source && HasAssertions(node) ? Bundle(document, source) : null;

    private string Bundle(SchemaDocument document, JsonValue root)
    {
        var bundler = new Bundler(this);
        JsonValue rewritten = bundler.Rewrite(document, root);
        var refs = new List<JsonMember>();
        for (int i = 0; i < bundler.Pending.Count; i++)
        {
            (SchemaDocument targetDocument, JsonValue target, string key) = bundler.Pending[i];
            refs.Add(new JsonMember(key, default, bundler.Rewrite(targetDocument, target)));
        }

        var bundle = new JsonObject(new EquatableArray<JsonMember>(new[]
        {
            new JsonMember("root", default, rewritten),
            new JsonMember("refs", default, new JsonObject(refs.ToEquatableArray(), default)),
        }), default);
        return JsonTextWriter.Write(bundle);
    }

    /// <summary>Copies a schema with its <c>$ref</c>s pointing into the bundle, collecting the targets as it goes.</summary>
    private sealed class Bundler
    {
        private static readonly HashSet<string> s_schemaMaps = new(StringComparer.Ordinal) { "properties", "patternProperties", "dependentSchemas", "$defs", "definitions" };
        private static readonly HashSet<string> s_schemaLists = new(StringComparer.Ordinal) { "allOf", "anyOf", "oneOf", "prefixItems" };
        private static readonly HashSet<string> s_schemas = new(StringComparer.Ordinal)
        {
            "items", "contains", "not", "if", "then", "else", "additionalProperties", "propertyNames", "unevaluatedItems", "unevaluatedProperties",
        };

        private readonly ModelBuilder _owner;
        private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);

        public Bundler(ModelBuilder owner) => _owner = owner;

        public List<(SchemaDocument Document, JsonValue Schema, string Key)> Pending { get; } = new();

        /// <summary>The subschemas a keyword holds (none for keywords whose values are data).</summary>
        public static IEnumerable<JsonValue> SubschemasOf(JsonMember member)
        {
            if (s_schemas.Contains(member.Name))
            {
                yield return member.Value;
            }
            else if (s_schemaLists.Contains(member.Name) && member.Value is JsonArray list)
            {
                foreach (JsonValue item in list.Items)
                {
                    yield return item;
                }
            }
            else if (s_schemaMaps.Contains(member.Name) && member.Value is JsonObject map)
            {
                foreach (JsonMember entry in map.Members)
                {
                    yield return entry.Value;
                }
            }
        }

        public JsonValue Rewrite(SchemaDocument document, JsonValue schema)
        {
            if (schema is not JsonObject obj)
            {
                return schema;
            }

            string baseUri = _owner.BaseOf(document, schema);

            var members = new List<JsonMember>(obj.Members.Count);
            foreach (JsonMember member in obj.Members)
            {
                JsonValue value = member.Value;
                if (member.Name == "$ref" && value is JsonString reference)
                {
                    value = (_owner.ResolveByUri(baseUri, reference.Value) ?? _owner.ResolveRaw(document, reference)) is { } target
                        ? new JsonString("#/refs/" + Key(target.Document, target.Schema), reference.Span)
                        : value;
                }
                else if (s_schemas.Contains(member.Name))
                {
                    value = Rewrite(document, value);
                }
                else if (s_schemaLists.Contains(member.Name) && value is JsonArray list)
                {
                    value = new JsonArray(list.Items.Select(item => Rewrite(document, item)).ToEquatableArray(), list.Span);
                }
                else if (s_schemaMaps.Contains(member.Name) && value is JsonObject map)
                {
                    value = new JsonObject(map.Members.Select(m => new JsonMember(m.Name, m.NameSpan, Rewrite(document, m.Value))).ToEquatableArray(), map.Span);
                }

                members.Add(new JsonMember(member.Name, member.NameSpan, value));
            }

            return new JsonObject(members.ToEquatableArray(), obj.Span);
        }

        private string Key(SchemaDocument document, JsonValue target)
        {
            string location = SchemaKey(document, target);
            if (!_keys.TryGetValue(location, out string? key))
            {
                key = "r" + _keys.Count.ToString(CultureInfo.InvariantCulture);
                _keys[location] = key;
                Pending.Add((document, target, key));
            }

            return key;
        }
    }

    /// <summary>
    /// A <c>$ref</c> resolved on the file's JSON (any JSON pointer, %-decoded), within the file or into another
    /// schema file by <c>$id</c> or file name. A reference that names nothing is PENDO104.
    /// </summary>
    private (SchemaDocument Document, JsonValue Schema)? ResolveRaw(SchemaDocument document, JsonString reference)
    {
        string text = reference.Value;
        int hash = text.IndexOf('#');
        string file = hash < 0 ? text : text.Substring(0, hash);
        string pointer = hash < 0 ? "" : text.Substring(hash + 1);
        SchemaDocument? target = file.Length == 0 ? document : FindDocument(file);
        // An anchor ("#foo") is not a pointer: ResolveByUri has looked it up already.
        JsonValue? current = target?.Root?.Source is { } root && (pointer.Length == 0 || pointer[0] == '/') ? FollowPointer(root, pointer) : null;

        if (target is null || current is not (JsonObject or JsonBoolean))
        {
            if (_reportedReferences.Add(document.Path + "#" + reference.Span.Start.ToString(CultureInfo.InvariantCulture)))
            {
                Report(Diagnostics.DiagnosticDescriptors.UnresolvedReference, document, reference.Span,
                    $"'$ref' \"{text}\" points to nothing PendoGen can resolve (a JSON pointer within this file, or another schema file of this compilation by '$id' or file name); the rules it names are not checked");
            }

            return null;
        }

        return (target, current);
    }
}
