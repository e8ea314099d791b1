using System.Globalization;
using System.Text;
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

    /// <summary>The literal as C# source text for a string.</summary>
    public static string CSharpString(string value)
    {
        if (!NeedsEscaping(value))
        {
            return "\"" + value + "\""; // the common case (names, paths, messages): one string, no builder
        }

        var sb = new StringBuilder(value.Length + 16).Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < 0x20 || c > 0x7E)
                    {
                        sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.Append('"').ToString();
    }

    private static bool NeedsEscaping(string value)
    {
        foreach (char c in value)
        {
            if (c is '"' or '\\' || c < 0x20 || c > 0x7E)
            {
                return true;
            }
        }

        return false;
    }
}
