using System.Text.Json;
using System.Text.Json.Nodes;

namespace PendoGen.Tests.Conformance;

/// <summary>
/// One group of the official JSON Schema Test Suite (draft 2020-12), made into a PendoGen schema file.
/// A root must be an object, so every group's schema is wrapped as the property <c>value</c> of a record
/// <c>Root</c> (required, so the instance is always there), and every instance as <c>{"value": instance}</c>.
/// Local <c>$ref</c>s ("#", "#/$defs/a") outside any <c>$id</c> are rewritten to point into the wrapped schema.
/// </summary>
public sealed record SuiteGroup(string File, int Index, string Description, string SchemaText, IReadOnlyList<SuiteTest> Tests)
{
    /// <summary>The keyword a file tests, as the table names it ("format-date" for optional/format/date.json).</summary>
    public string Keyword => File.StartsWith("optional/format/", StringComparison.Ordinal)
        ? "format-" + Path.GetFileNameWithoutExtension(File)
        : Path.GetFileNameWithoutExtension(File);

    public string Namespace => "Conformance." + Identifier(Keyword) + ".G" + Index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string SchemaPath => "/conformance/" + Keyword + "-" + Index.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".schema.json";

    public string RootType => Namespace + ".Root";

    public string WrapperSchema()
    {
        JsonNode? schema = JsonNode.Parse(SchemaText);
        RewriteReferences(schema);
        var root = new JsonObject
        {
            ["title"] = "Root",
            ["type"] = "object",
            ["properties"] = new JsonObject { ["value"] = schema },
            ["required"] = new JsonArray("value"),
            ["additionalProperties"] = true,
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private static void RewriteReferences(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj.ContainsKey("$id"))
                {
                    return; // below a $id, "#..." is relative to that resource, which wrapping does not move
                }

                foreach (KeyValuePair<string, JsonNode?> member in obj.ToList())
                {
                    if (member.Key == "$ref" && member.Value is JsonValue v && v.TryGetValue(out string? target) && (target == "#" || target.StartsWith("#/", StringComparison.Ordinal)))
                    {
                        obj["$ref"] = "#/properties/value" + target.Substring(1);
                    }
                    else if (member.Key is not ("const" or "enum" or "default" or "examples"))
                    {
                        RewriteReferences(member.Value);
                    }
                }

                break;
            case JsonArray array:
                foreach (JsonNode? item in array)
                {
                    RewriteReferences(item);
                }

                break;
        }
    }

    private static string Identifier(string keyword)
    {
        var chars = keyword.Select(c => char.IsLetterOrDigit(c) ? c : '_').ToArray();
        return "K_" + new string(chars);
    }
}

public sealed record SuiteTest(string Description, string DataText, bool Valid)
{
    public string Instance => "{\"value\":" + DataText + "}";
}

/// <summary>Reads the suite files copied into TestData (with their licence), in a fixed order.</summary>
public static class Suite
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "TestData", "json-schema-test-suite");

    public static IReadOnlyList<SuiteGroup> Load()
    {
        var groups = new List<SuiteGroup>();
        IEnumerable<string> files = System.IO.Directory.GetFiles(Directory, "*.json", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Directory, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        foreach (string file in files)
        {
            using JsonDocument document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory, file)));
            int index = 0;
            foreach (JsonElement group in document.RootElement.EnumerateArray())
            {
                var tests = group.GetProperty("tests").EnumerateArray()
                    .Select(t => new SuiteTest(t.GetProperty("description").GetString()!, t.GetProperty("data").GetRawText(), t.GetProperty("valid").GetBoolean()))
                    .ToList();
                groups.Add(new SuiteGroup(file, index++, group.GetProperty("description").GetString()!, group.GetProperty("schema").GetRawText(), tests));
            }
        }

        return groups;
    }
}
