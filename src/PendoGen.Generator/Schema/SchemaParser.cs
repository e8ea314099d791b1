using System;
using System.Collections.Generic;
using PendoGen.Common;
using PendoGen.Diagnostics;
using PendoGen.Json;

namespace PendoGen.Schema;

/// <summary>
/// Turns the JSON of a schema file into <see cref="SchemaNode"/>s. Every keyword is checked for its JSON type;
/// a keyword of the wrong type or an unknown keyword becomes a diagnostic at its position, never an exception.
/// </summary>
internal sealed class SchemaParser
{
    /// <summary>Keywords that only annotate; accepted and ignored.</summary>
    private static readonly HashSet<string> s_annotations = new()
    {
        "$schema", "$comment", "examples", "example", "deprecated", "$anchor",
        "contentMediaType", "contentEncoding", "contentSchema", "$vocabulary",
    };

    /// <summary>
    /// Keywords that no C# type expresses. A value schema using one is a <c>JsonElement</c> checked by the JSON
    /// evaluator; on a record they are checked on the record's JSON. Each must be a schema, or the named JSON kind.
    /// </summary>
    private static readonly Dictionary<string, string> s_jsonOnly = new()
    {
        ["anyOf"] = "schemas",
        ["oneOf"] = "schemas",
        ["prefixItems"] = "schemas",
        ["contains"] = "schema",
        ["propertyNames"] = "schema",
        ["patternProperties"] = "schema map",
        ["dependentSchemas"] = "schema map",
        ["multipleOf"] = "positive number",
        ["minContains"] = "count",
        ["maxContains"] = "count",
        ["minProperties"] = "count",
        ["maxProperties"] = "count",
        ["uniqueItems"] = "boolean",
    };

    private static readonly HashSet<string> s_types = new() { "string", "integer", "number", "boolean", "array", "object" };

    private static readonly HashSet<string> s_formats = new() { "date", "date-time", "uri", "password", "int32", "int64" };

    private readonly string _path;
    private readonly List<DiagnosticInfo> _diagnostics = new();

    private SchemaParser(string path) => _path = path;

    public static SchemaDocument Parse(string path, string @namespace, string text)
    {
        var parser = new SchemaParser(path);
        SchemaNode? root = null;
        try
        {
            JsonValue json = JsonTextReader.Read(text);
            root = parser.ParseNode(json);
        }
        catch (JsonTextException e)
        {
            parser.Report(DiagnosticDescriptors.InvalidJson, e.Span, e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Never crash the compiler: a bug here becomes a diagnostic on the schema file.
            root = null;
            parser.Report(DiagnosticDescriptors.InternalError, default, e.GetType().Name + ": " + e.Message);
        }

        return new SchemaDocument(path, @namespace, root, parser._diagnostics.ToEquatableArray());
    }

    /// <summary>Parses a schema already read as JSON (built from an OpenAPI document, positions kept).</summary>
    public static SchemaDocument Parse(string path, string @namespace, JsonValue json)
    {
        var parser = new SchemaParser(path);
        SchemaNode? root = null;
        try
        {
            root = parser.ParseNode(json);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            parser.Report(DiagnosticDescriptors.InternalError, default, e.GetType().Name + ": " + e.Message);
        }

        return new SchemaDocument(path, @namespace, root, parser._diagnostics.ToEquatableArray());
    }

    private SchemaNode ParseNode(JsonValue json)
    {
        if (json is JsonBoolean b)
        {
            return new SchemaNode { Span = b.Span, BooleanSchema = b.Value, Source = b };
        }

        if (json is not JsonObject obj)
        {
            Report(DiagnosticDescriptors.InvalidKeywordValue, json.Span, $"A schema must be an object or a boolean, not {json.KindName}");
            return new SchemaNode { Span = json.Span, BooleanSchema = true };
        }

        var node = new SchemaNode { Span = obj.Span, Source = obj };
        var seen = new HashSet<string>();
        foreach (JsonMember member in obj.Members)
        {
            if (!seen.Add(member.Name))
            {
                Report(DiagnosticDescriptors.InvalidKeywordValue, member.NameSpan, $"Keyword '{member.Name}' appears more than once");
                continue;
            }

            node = ApplyKeyword(node, member);
        }

        return node;
    }

    private SchemaNode ApplyKeyword(SchemaNode node, JsonMember member)
    {
        JsonValue v = member.Value;
        switch (member.Name)
        {
            case "$schema":
                // Keywords keep their 2020-12 meaning whatever the metaschema says; a custom one may mean otherwise.
                if (v is not JsonString { Value: "https://json-schema.org/draft/2020-12/schema" or "https://json-schema.org/draft/2020-12/schema#" })
                {
                    Report(DiagnosticDescriptors.UnsupportedKeyword, v.Span,
                        "'$schema' names a metaschema PendoGen does not read; every keyword is applied with its draft 2020-12 meaning");
                }

                return node;
            case "$id": return node with { Id = String(member) };
            case "$ref": return node with { Ref = String(member), RefSpan = v.Span };
            case "type" when v is JsonArray types:
                foreach (JsonValue entry in types.Items)
                {
                    if (entry is not JsonString { Value: var name } || (name != "null" && !s_types.Contains(name)))
                    {
                        Report(DiagnosticDescriptors.InvalidKeywordValue, entry.Span, "A 'type' array lists type names: string, integer, number, boolean, array, object, null");
                        return node;
                    }
                }

                // A union of types has no single C# type: the value is a JsonElement and its type is checked on JSON.
                return WithJsonOnly(node, "type");
            case "type" when v is JsonString { Value: "null" }:
                return WithJsonOnly(node, "type");
            case "type":
                {
                    string? type = String(member);
                    if (type is not null && !s_types.Contains(type))
                    {
                        Report(DiagnosticDescriptors.InvalidKeywordValue, v.Span, $"Unknown type '{type}'; expected one of string, integer, number, boolean, array, object");
                        return node;
                    }

                    return node with { Type = type };
                }

            case "title": return node with { Title = String(member), TitleSpan = v.Span };
            case "description": return node with { Description = String(member) };
            case "properties": return node with { Properties = SchemaMap(member) };
            case "$defs":
            case "definitions": return node with { Defs = SchemaMap(member) };
            case "required": return node with { Required = StringArray(member), RequiredSpan = v.Span };
            case "enum":
                if (v is JsonArray values)
                {
                    return node with { Enum = values.Items };
                }

                Report(DiagnosticDescriptors.InvalidKeywordValue, v.Span, "'enum' must be an array");
                return node;
            case "const": return node with { Const = v };
            case "default": return node with { Default = v };
            case "format":
                {
                    string? format = String(member);
                    if (format is not null && !s_formats.Contains(format))
                    {
                        Report(DiagnosticDescriptors.UnsupportedKeyword, v.Span, $"Format '{format}' is not checked by PendoGen; supported formats are date, date-time, uri, password, int32 and int64");
                    }

                    return node with { Format = format };
                }

            case "pattern": return node with { Pattern = String(member), PatternSpan = v.Span };
            case "minimum": return node with { Minimum = Number(member) };
            case "maximum": return node with { Maximum = Number(member) };
            case "exclusiveMinimum": return node with { ExclusiveMinimum = Number(member) };
            case "exclusiveMaximum": return node with { ExclusiveMaximum = Number(member) };
            case "minLength": return node with { MinLength = Count(member) };
            case "maxLength": return node with { MaxLength = Count(member) };
            case "minItems": return node with { MinItems = Count(member) };
            case "maxItems": return node with { MaxItems = Count(member) };
            case "items": return node with { Items = ParseNode(v) };
            case "if": return node with { If = ParseNode(v) };
            case "then": return node with { Then = ParseNode(v) };
            case "else": return node with { Else = ParseNode(v) };
            case "not": return node with { Not = ParseNode(v) };
            case "allOf": return node with { AllOf = SchemaArray(member) };
            case "dependentRequired": return node with { DependentRequired = Dependencies(member) };
            case "additionalProperties":
                if (v is JsonBoolean allowed)
                {
                    return node with { AdditionalProperties = allowed.Value };
                }

                // A schema for the members not declared: checked by the JSON evaluator.
                ParseNode(v);
                return WithJsonOnly(node, "additionalProperties") with { AdditionalProperties = true };
            case "writeOnly": return node with { WriteOnly = Boolean(member) };
            case "readOnly": return node with { ReadOnly = Boolean(member) };
            case "x-lenient": return node with { Lenient = Boolean(member) };
            case "x-severity":
                {
                    string? severity = String(member);
                    if (severity is not null and not "error" and not "warning")
                    {
                        Report(DiagnosticDescriptors.InvalidKeywordValue, v.Span, $"'x-severity' must be \"error\" or \"warning\", not \"{severity}\"");
                        return node;
                    }

                    return node with { Severity = severity };
                }

            case "x-reason": return node with { Reason = String(member) };
            case "x-no-effect-unless": return node with { NoEffectUnless = ParseNode(v) };
            case var keyword when s_jsonOnly.TryGetValue(keyword, out string? expected):
                CheckJsonOnly(member, expected);
                return WithJsonOnly(node, keyword);
            default:
                if (!s_annotations.Contains(member.Name))
                {
                    Report(DiagnosticDescriptors.UnsupportedKeyword, member.NameSpan, $"Keyword '{member.Name}' is not supported by PendoGen and is ignored");
                }

                return node;
        }
    }

    private static SchemaNode WithJsonOnly(SchemaNode node, string keyword) =>
        node with { JsonOnlyKeywords = new EquatableArray<string>(System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Append(node.JsonOnlyKeywords, keyword))) };

    /// <summary>Checks a JSON-only keyword's value, and parses its subschemas so their problems are reported too.</summary>
    private void CheckJsonOnly(JsonMember member, string expected)
    {
        JsonValue v = member.Value;
        switch (expected)
        {
            case "schema":
                ParseNode(v);
                break;
            case "schemas":
                if (SchemaArray(member).IsEmpty && v is JsonArray)
                {
                    Report(DiagnosticDescriptors.InvalidKeywordValue, v.Span, $"'{member.Name}' must list at least one schema");
                }

                break;
            case "schema map":
                SchemaMap(member);
                if (member.Name == "patternProperties" && v is JsonObject patterns)
                {
                    foreach (JsonMember pattern in patterns.Members)
                    {
                        CheckRegex(pattern.Name, pattern.NameSpan);
                    }
                }

                break;
            case "count":
                Count(member);
                break;
            case "boolean":
                Boolean(member);
                break;
            case "positive number":
                if (v is not JsonNumber n || PendoGen.Internal.JsonNumbers.Compare(n.Raw, "0") <= 0)
                {
                    Report(DiagnosticDescriptors.InvalidKeywordValue, v.Span, $"'{member.Name}' must be a number greater than 0");
                }

                break;
        }
    }

    private void CheckRegex(string pattern, SourceSpan span)
    {
        try
        {
            _ = new System.Text.RegularExpressions.Regex(pattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant);
        }
        catch (ArgumentException e)
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidPattern, _path, span, pattern, e.Message));
        }
    }

    private string? String(JsonMember member)
    {
        if (member.Value is JsonString s)
        {
            return s.Value;
        }

        Report(DiagnosticDescriptors.InvalidKeywordValue, member.Value.Span, $"'{member.Name}' must be a string, not {member.Value.KindName}");
        return null;
    }

    private bool Boolean(JsonMember member)
    {
        if (member.Value is JsonBoolean b)
        {
            return b.Value;
        }

        Report(DiagnosticDescriptors.InvalidKeywordValue, member.Value.Span, $"'{member.Name}' must be true or false, not {member.Value.KindName}");
        return false;
    }

    private string? Number(JsonMember member)
    {
        if (member.Value is JsonNumber n)
        {
            return n.Raw;
        }

        Report(DiagnosticDescriptors.InvalidKeywordValue, member.Value.Span, $"'{member.Name}' must be a number, not {member.Value.KindName}");
        return null;
    }

    private int? Count(JsonMember member)
    {
        // JSON Schema allows a whole number written with a fraction (2.0).
        if (member.Value is JsonNumber n && PendoGen.Internal.JsonNumbers.ToCount(n.Raw) is { } count && PendoGen.Internal.JsonNumbers.Compare(n.Raw, "2147483647") <= 0)
        {
            return count;
        }

        Report(DiagnosticDescriptors.InvalidKeywordValue, member.Value.Span, $"'{member.Name}' must be a non-negative integer");
        return null;
    }

    private EquatableArray<string> StringArray(JsonMember member)
    {
        if (member.Value is not JsonArray array)
        {
            Report(DiagnosticDescriptors.InvalidKeywordValue, member.Value.Span, $"'{member.Name}' must be an array of strings");
            return EquatableArray<string>.Empty;
        }

        var result = new List<string>();
        foreach (JsonValue item in array.Items)
        {
            if (item is JsonString s)
            {
                result.Add(s.Value);
            }
            else
            {
                Report(DiagnosticDescriptors.InvalidKeywordValue, item.Span, $"'{member.Name}' must contain only strings, not {item.KindName}");
            }
        }

        return result.ToEquatableArray();
    }

    private EquatableArray<NamedSchema> SchemaMap(JsonMember member)
    {
        if (member.Value is not JsonObject obj)
        {
            Report(DiagnosticDescriptors.InvalidKeywordValue, member.Value.Span, $"'{member.Name}' must be an object of schemas");
            return EquatableArray<NamedSchema>.Empty;
        }

        var result = new List<NamedSchema>();
        var names = new HashSet<string>();
        foreach (JsonMember entry in obj.Members)
        {
            if (!names.Add(entry.Name))
            {
                Report(DiagnosticDescriptors.InvalidKeywordValue, entry.NameSpan, $"'{entry.Name}' appears more than once in '{member.Name}'");
                continue;
            }

            result.Add(new NamedSchema(entry.Name, entry.NameSpan, ParseNode(entry.Value)));
        }

        return result.ToEquatableArray();
    }

    private EquatableArray<SchemaNode> SchemaArray(JsonMember member)
    {
        if (member.Value is not JsonArray array)
        {
            Report(DiagnosticDescriptors.InvalidKeywordValue, member.Value.Span, $"'{member.Name}' must be an array of schemas");
            return EquatableArray<SchemaNode>.Empty;
        }

        var result = new List<SchemaNode>();
        foreach (JsonValue item in array.Items)
        {
            result.Add(ParseNode(item));
        }

        return result.ToEquatableArray();
    }

    private EquatableArray<DependentRequirement> Dependencies(JsonMember member)
    {
        if (member.Value is not JsonObject obj)
        {
            Report(DiagnosticDescriptors.InvalidKeywordValue, member.Value.Span, "'dependentRequired' must be an object of string arrays");
            return EquatableArray<DependentRequirement>.Empty;
        }

        var result = new List<DependentRequirement>();
        foreach (JsonMember entry in obj.Members)
        {
            result.Add(new DependentRequirement(entry.Name, StringArray(entry)));
        }

        return result.ToEquatableArray();
    }

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, SourceSpan span, string message) =>
        _diagnostics.Add(DiagnosticInfo.Create(descriptor, _path, span, message));
}
