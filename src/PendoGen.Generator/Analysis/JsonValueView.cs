using System.Collections.Generic;
using PendoGen.Internal;
using PendoGen.Json;

namespace PendoGen.Analysis;

/// <summary>
/// <see cref="IJsonView{T}"/> over the analyzer's JSON tree, so the analyzer runs the very evaluator
/// (<c>SchemaRules</c>) that the generated <c>Validate()</c> runs on a JsonElement.
/// </summary>
internal readonly struct JsonValueView : IJsonView<JsonValue>
{
    public JsonViewKind Kind(JsonValue value) => value switch
    {
        JsonObject => JsonViewKind.Object,
        JsonArray => JsonViewKind.Array,
        JsonString => JsonViewKind.String,
        JsonNumber => JsonViewKind.Number,
        JsonBoolean { Value: true } => JsonViewKind.True,
        JsonBoolean => JsonViewKind.False,
        JsonNull => JsonViewKind.Null,
        _ => JsonViewKind.Undefined,
    };

    public string String(JsonValue value) => ((JsonString)value).Value;

    public string NumberText(JsonValue value) => ((JsonNumber)value).Raw;

    public IEnumerable<JsonValue> Items(JsonValue array) => ((JsonArray)array).Items;

    public int Count(JsonValue array) => ((JsonArray)array).Items.Count;

    public IEnumerable<KeyValuePair<string, JsonValue>> Properties(JsonValue obj)
    {
        foreach (JsonMember member in ((JsonObject)obj).Members)
        {
            yield return new KeyValuePair<string, JsonValue>(member.Name, member.Value);
        }
    }

    public bool TryGetProperty(JsonValue obj, string name, out JsonValue value)
    {
        value = (obj as JsonObject)?.Find(name)?.Value!;
        return value is not null;
    }

    public JsonValue MakeString(string value) => new JsonString(value, default);
}
