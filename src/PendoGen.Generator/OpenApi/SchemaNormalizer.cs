using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PendoGen.Common;
using PendoGen.Diagnostics;
using PendoGen.Json;

namespace PendoGen.OpenApi;

/// <summary>
/// Turns a schema of an OpenAPI document (or a user's schema that <c>$ref</c>s one) into a plain JSON Schema that
/// the schema parser understands: <c>$ref</c>s into OpenAPI documents are resolved in place, <c>allOf</c> entries
/// that describe an object are merged into it (<see cref="SchemaMerger"/>), and the vendor's quirks are read as the
/// vendor meant them, each reported as lint at its position in the document. Never throws for bad input.
/// </summary>
internal sealed class SchemaNormalizer
{
    private const int MaxDepth = 64;

    private readonly IReadOnlyList<OpenApiSource> _sources;
    private readonly Lint _lint;

    /// <summary>Each OpenAPI location normalized once per expansion: the envelope is shared by every service.</summary>
    private readonly Dictionary<string, JsonValue> _resolved = new(StringComparer.Ordinal);
    private readonly HashSet<string> _resolving = new(StringComparer.Ordinal);

    public SchemaNormalizer(IReadOnlyList<OpenApiSource> sources, Lint lint)
    {
        _sources = sources;
        _lint = lint;
    }

    /// <summary>Normalizes a node of <paramref name="source"/>, or of a user's schema file when it is null.</summary>
    public JsonValue Normalize(JsonValue value, OpenApiSource? source, string userPath, int depth = 0)
    {
        if (value is not JsonObject obj || depth > MaxDepth)
        {
            return value;
        }

        if (obj.Find("$ref") is { Value: JsonString reference } refMember)
        {
            if (Target(reference.Value, source) is { } target)
            {
                JsonValue resolved = Resolve(target.Source, target.Pointer, reference, source?.Path ?? userPath, depth);
                JsonObject siblings = JsonBuild.Without(obj, "$ref");
                return siblings.Members.IsEmpty || resolved is not JsonObject resolvedObject
                    ? resolved
                    : SchemaMerger.Merge(resolvedObject, (JsonObject)NormalizeMembers(siblings, source, userPath, depth));
            }
        }

        return NormalizeMembers(obj, source, userPath, depth);
    }

    private JsonValue NormalizeMembers(JsonObject obj, OpenApiSource? source, string userPath, int depth)
    {
        var members = new List<JsonMember>(obj.Members.Count);
        foreach (JsonMember member in obj.Members)
        {
            JsonValue value = member.Value;
            switch (member.Name)
            {
                case "properties":
                case "$defs":
                case "definitions":
                    if (value is JsonObject map)
                    {
                        value = JsonBuild.Object(
                            map.Members.Select(m => new JsonMember(m.Name, m.NameSpan, AsObjectType(Normalize(m.Value, source, userPath, depth + 1), source))),
                            map.Span);
                    }

                    break;
                case "allOf":
                    if (value is JsonArray entries)
                    {
                        value = new JsonArray(entries.Items.Select(e => Normalize(e, source, userPath, depth + 1)).ToEquatableArray(), entries.Span);
                    }

                    break;
                case "items":
                    value = AsObjectType(Normalize(value, source, userPath, depth + 1), source);
                    break;
                case "not":
                case "if":
                case "then":
                case "else":
                case "additionalProperties":
                case "x-no-effect-unless":
                    value = Normalize(value, source, userPath, depth + 1);
                    break;
            }

            if (source is null || KeepVendorMember(member, obj, source))
            {
                members.Add(new JsonMember(member.Name, member.NameSpan, value));
            }
        }

        JsonObject result = JsonBuild.Object(members, obj.Span);
        if (source is not null)
        {
            result = FixEnumTypes(result, source);
        }

        return MergeAllOf(result);
    }

    /// <summary>
    /// A value schema with <c>properties</c> and no <c>type</c> describes an object in OpenAPI's usage: it is read as
    /// <c>"type": "object"</c> (a record), where plain JSON Schema would also accept other values (PENDO129, hidden).
    /// </summary>
    private JsonValue AsObjectType(JsonValue schema, OpenApiSource? source)
    {
        if (source is null || schema is not JsonObject obj || obj.Find("properties") is null || obj.Find("type") is not null)
        {
            return schema;
        }

        _lint.Report(DiagnosticDescriptors.PropertiesWithoutObjectType, source.Path, obj.Span,
            "A schema with 'properties' and no 'type' is read as \"type\": \"object\" (a record)");
        return JsonBuild.With(obj, "type", new JsonString("object", obj.Span), default);
    }

    /// <summary>Vendor members that are kept; the others are read as the vendor meant them and reported.</summary>
    private bool KeepVendorMember(JsonMember member, JsonObject owner, OpenApiSource source)
    {
        switch (member.Name)
        {
            case "title" when member.Value is JsonString { Value.Length: 0 }:
                _lint.Report(DiagnosticDescriptors.EmptyTitle, source.Path, member.Value.Span,
                    "\"title\": \"\" is no title: the type or member is named after its property");
                return false;
            case "example":
                _lint.Report(DiagnosticDescriptors.ExampleIsDocumentation, source.Path, member.NameSpan,
                    "'example' is documentation: it is not checked and does not appear in generated code");
                return false;
            case "description" when member.Value is JsonString { Value.Length: 0 }:
                return false; // an empty description documents nothing (and would be an empty doc comment)
            case "discriminator":
                return false; // read by the expander: the discriminating property becomes a const
            default:
                return true;
        }
    }

    /// <summary>
    /// <c>"type": "object"</c> with an enum of strings is a string enum; <c>"type": "integer"</c> with an enum of
    /// numeric strings is an integer enum. Anything else is left for the schema parser to report.
    /// </summary>
    private JsonObject FixEnumTypes(JsonObject obj, OpenApiSource source)
    {
        if (obj.Find("enum")?.Value is not JsonArray { Items.Count: > 0 } values || obj.Find("type") is not { Value: JsonString type } typeMember)
        {
            return obj;
        }

        if (type.Value == "object" && values.Items.All(v => v is JsonString))
        {
            _lint.Report(DiagnosticDescriptors.ObjectTypedStringEnum, source.Path, type.Span,
                $"\"type\": \"object\" with an enum of strings is read as a string enum ({Preview(values)})");
            return JsonBuild.With(obj, "type", new JsonString("string", type.Span), typeMember.NameSpan);
        }

        if (type.Value is "integer" or "number" && values.Items.All(v => v is JsonString s && IsNumber(s.Value, type.Value == "integer")))
        {
            _lint.Report(DiagnosticDescriptors.NumericEnumWrittenAsStrings, source.Path, values.Span,
                $"An enum of \"type\": \"{type.Value}\" lists its values as strings; they are read as numbers ({Preview(values)})");
            var numbers = values.Items.Select(v => (JsonValue)new JsonNumber(((JsonString)v).Value.Trim(), v.Span)).ToEquatableArray();
            return JsonBuild.With(obj, "enum", new JsonArray(numbers, values.Span), default);
        }

        return obj;
    }

    private static bool IsNumber(string text, bool integer)
    {
        text = text.Trim();
        return integer
            ? long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)
            : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) && !double.IsInfinity(d);
    }

    private static string Preview(JsonArray values)
    {
        IEnumerable<string> shown = values.Items.Take(4).Select(v => v is JsonString s ? s.Value : JsonTextWriter.Write(v));
        return string.Join(", ", shown) + (values.Items.Count > 4 ? ", …" : "");
    }

    /// <summary><c>allOf</c> entries that describe an object (properties, no severity of their own) merge into it.</summary>
    private static JsonValue MergeAllOf(JsonObject obj)
    {
        if (obj.Find("allOf") is not { Value: JsonArray entries } allOf)
        {
            return obj;
        }

        JsonObject result = JsonBuild.Without(obj, "allOf");
        var kept = new List<JsonValue>();
        foreach (JsonValue entry in entries.Items)
        {
            if (entry is JsonObject part && SchemaMerger.IsObjectShape(part))
            {
                result = SchemaMerger.Merge(result, part);
            }
            else
            {
                kept.Add(entry);
            }
        }

        if (kept.Count == 0)
        {
            return result;
        }

        // Rules that stay rules go after any allOf the merged parts brought.
        var allEntries = (result.Find("allOf")?.Value as JsonArray)?.Items.ToList() ?? new List<JsonValue>();
        allEntries.AddRange(kept);
        return JsonBuild.With(result, "allOf", new JsonArray(allEntries.ToEquatableArray(), entries.Span), allOf.NameSpan);
    }

    private (OpenApiSource Source, string Pointer)? Target(string reference, OpenApiSource? current)
    {
        int hash = reference.IndexOf('#');
        string file = hash < 0 ? reference : reference.Substring(0, hash);
        string pointer = hash < 0 ? "#" : reference.Substring(hash);
        if (file.Length == 0)
        {
            return current is null ? null : (current, pointer);
        }

        string name = System.IO.Path.GetFileName(file);
        foreach (OpenApiSource source in _sources)
        {
            if (string.Equals(source.FileName, name, StringComparison.Ordinal))
            {
                return (source, pointer);
            }
        }

        return null; // another schema file: the model builder resolves it
    }

    private JsonValue Resolve(OpenApiSource source, string pointer, JsonString reference, string referencingPath, int depth)
    {
        string key = source.Path + pointer;
        if (_resolved.TryGetValue(key, out JsonValue? done))
        {
            return done;
        }

        if (source.Resolve(pointer) is not { } target)
        {
            _lint.Report(DiagnosticDescriptors.UnresolvedReference, referencingPath, reference.Span,
                $"'$ref' \"{reference.Value}\" points to nothing in {source.FileName}");
            return new JsonObject(Common.EquatableArray<JsonMember>.Empty, reference.Span);
        }

        if (!_resolving.Add(key))
        {
            _lint.Report(DiagnosticDescriptors.UnresolvedReference, referencingPath, reference.Span,
                $"'$ref' \"{reference.Value}\" is part of a reference cycle, which PendoGen cannot generate types for");
            return new JsonObject(Common.EquatableArray<JsonMember>.Empty, reference.Span);
        }

        try
        {
            JsonValue normalized = Normalize(target, source, referencingPath, depth + 1);
            _resolved[key] = normalized;
            return normalized;
        }
        finally
        {
            _resolving.Remove(key);
        }
    }
}
