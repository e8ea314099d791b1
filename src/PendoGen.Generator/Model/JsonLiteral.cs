using PendoGen.Json;

namespace PendoGen.Model;

internal enum LiteralKind
{
    String,
    Number,
    Boolean,
    Null,
    Other,
}

/// <summary>A JSON scalar from a schema (<c>const</c>, <c>enum</c>, <c>default</c>) without its position.</summary>
internal sealed record JsonLiteral(LiteralKind Kind, string Text)
{
    public static JsonLiteral From(JsonValue value) => value switch
    {
        JsonString s => new JsonLiteral(LiteralKind.String, s.Value),
        JsonNumber n => new JsonLiteral(LiteralKind.Number, n.Raw),
        JsonBoolean b => new JsonLiteral(LiteralKind.Boolean, b.Value ? "true" : "false"),
        JsonNull => new JsonLiteral(LiteralKind.Null, "null"),
        _ => new JsonLiteral(LiteralKind.Other, "(structured value)"),
    };

    /// <summary>How the literal reads in a message: strings quoted, numbers as written.</summary>
    public string Display => Kind == LiteralKind.String ? "'" + Text + "'" : Text;
}
