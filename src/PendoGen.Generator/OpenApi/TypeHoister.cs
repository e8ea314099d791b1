using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PendoGen.Diagnostics;
using PendoGen.Json;
using PendoGen.Model;

namespace PendoGen.OpenApi;

/// <summary>
/// Names every record and string enum of one normalized request schema and moves it into <c>$defs</c>, so the
/// model builder generates each definition once under the name chosen here: identical definitions under one
/// name become one type, and a different definition that wants a taken name is renamed (parent name first, then a
/// number), each reported as lint. Nothing collides silently and nothing fails the build.
/// </summary>
internal sealed class TypeHoister
{
    private readonly string _path;
    private readonly Lint _lint;
    private readonly List<JsonMember> _defs = new();
    private readonly Dictionary<string, (string Name, SourceSpan Span)> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceSpan> _taken = new(StringComparer.Ordinal);

    private TypeHoister(string path, Lint lint)
    {
        _path = path;
        _lint = lint;
    }

    /// <param name="rootName">The request record's name.</param>
    /// <param name="rootPropertyName">The type name for a top-level property, or null for the default.</param>
    public static JsonObject Hoist(JsonObject root, string rootName, Func<string, string?> rootPropertyName, string path, Lint lint)
    {
        var hoister = new TypeHoister(path, lint);
        hoister._taken[rootName] = root.Span;
        JsonObject body = hoister.Children(root, rootName, rootPropertyName);
        body = JsonBuild.With(body, "title", new JsonString(rootName, root.Span), root.Span);
        return hoister._defs.Count == 0
            ? body
            : JsonBuild.With(body, "$defs", JsonBuild.Object(hoister._defs, root.Span), root.Span);
    }

    private JsonObject Children(JsonObject node, string typeName, Func<string, string?>? names = null)
    {
        if (node.Find("properties") is not { Value: JsonObject properties } member)
        {
            return node;
        }

        var hoisted = properties.Members.Select(p =>
            new JsonMember(p.Name, p.NameSpan, Value(p.Value, names?.Invoke(p.Name) ?? Naming.ToPascalCase(p.Name), typeName)));
        return JsonBuild.With(node, "properties", JsonBuild.Object(hoisted, properties.Span), member.NameSpan);
    }

    private JsonValue Value(JsonValue value, string suggested, string parentType)
    {
        if (value is not JsonObject schema)
        {
            return value;
        }

        bool record = schema.Find("properties")?.Value is JsonObject { Members.Count: > 0 };
        bool stringEnum = JsonBuild.StringOf(schema, "type") == "string" && schema.Find("enum")?.Value is JsonArray { Items.Count: > 0 } values &&
            values.Items.All(v => v is JsonString) && schema.Find("x-lenient") is null;
        if (!record && !stringEnum)
        {
            return JsonBuild.StringOf(schema, "type") == "array" && schema.Find("items") is { } items
                ? JsonBuild.With(schema, "items", Value(items.Value, suggested + "Item", parentType), items.NameSpan)
                : schema;
        }

        string baseName = JsonBuild.StringOf(schema, "title") is { } title && Naming.IsIdentifier(title) ? title : suggested;
        JsonObject definition = record ? Children(schema, baseName) : schema;
        string key = baseName + "\n" + JsonTextWriter.Write(JsonBuild.Without(definition, "title", "description"));
        string name = Claim(baseName, key, parentType, schema.Span);
        if (!_defs.Any(d => d.Name == name))
        {
            _defs.Add(new JsonMember(name, schema.Span, JsonBuild.With(definition, "title", new JsonString(name, schema.Span), schema.Span)));
        }

        // The reference keeps the property's own description, so a shared type never loses a property's docs.
        var reference = new List<JsonMember> { new("$ref", schema.Span, new JsonString("#/$defs/" + name, schema.Span)) };
        if (schema.Find("description") is { } description)
        {
            reference.Add(description);
        }

        return JsonBuild.Object(reference, schema.Span);
    }

    private string Claim(string baseName, string key, string parentType, SourceSpan span)
    {
        if (_byKey.TryGetValue(key, out var known))
        {
            _lint.Report(DiagnosticDescriptors.IdenticalDefinitionsMerged, _path, span,
                $"This definition is identical to the one at line {Line(known.Span)}; both use the type '{known.Name}'");
            return known.Name;
        }

        string name = baseName;
        if (_taken.ContainsKey(name))
        {
            name = _taken.ContainsKey(parentType + baseName) ? baseName : parentType + baseName;
            for (int n = 2; _taken.ContainsKey(name); n++)
            {
                name = baseName + n.ToString(CultureInfo.InvariantCulture);
            }

            _lint.Report(DiagnosticDescriptors.DefinitionRenamed, _path, span,
                $"A different definition at line {Line(_taken[baseName])} is already named '{baseName}'; this one is generated as '{name}'");
        }

        _taken[name] = span;
        _byKey[key] = (name, span);
        return name;
    }

    private static string Line(SourceSpan span) => (span.StartLine + 1).ToString(CultureInfo.InvariantCulture);
}
