using PendoGen.Common;

namespace PendoGen.Json;

/// <summary>
/// A JSON value read by <see cref="JsonTextReader"/>, with the span it came from. Records, so two trees read from
/// the same text are equal (the incremental pipeline depends on that).
/// </summary>
internal abstract record JsonValue(SourceSpan Span)
{
    /// <summary>A short name of the JSON kind for messages: "a string", "an object", ...</summary>
    public abstract string KindName { get; }
}

internal sealed record JsonObject(EquatableArray<JsonMember> Members, SourceSpan Span) : JsonValue(Span)
{
    public override string KindName => "an object";

    public JsonMember? Find(string name)
    {
        foreach (JsonMember member in Members)
        {
            if (member.Name == name)
            {
                return member;
            }
        }

        return null;
    }
}

internal sealed record JsonMember(string Name, SourceSpan NameSpan, JsonValue Value) : System.IEquatable<JsonMember>;

internal sealed record JsonArray(EquatableArray<JsonValue> Items, SourceSpan Span) : JsonValue(Span)
{
    public override string KindName => "an array";
}

internal sealed record JsonString(string Value, SourceSpan Span) : JsonValue(Span)
{
    public override string KindName => "a string";
}

/// <summary>A number, kept as its exact source text so nothing is lost to floating point.</summary>
internal sealed record JsonNumber(string Raw, SourceSpan Span) : JsonValue(Span)
{
    public override string KindName => "a number";

    private static readonly char[] s_fractionOrExponent = { '.', 'e', 'E' };

    public bool IsInteger => Raw.IndexOfAny(s_fractionOrExponent) < 0;
}

internal sealed record JsonBoolean(bool Value, SourceSpan Span) : JsonValue(Span)
{
    public override string KindName => "a boolean";
}

internal sealed record JsonNull(SourceSpan Span) : JsonValue(Span)
{
    public override string KindName => "null";
}
