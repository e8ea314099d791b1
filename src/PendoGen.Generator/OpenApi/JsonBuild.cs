using System.Collections.Generic;
using PendoGen.Common;
using PendoGen.Json;

namespace PendoGen.OpenApi;

/// <summary>Small helpers to rebuild JSON objects while keeping the positions each piece came from.</summary>
internal static class JsonBuild
{
    public static JsonObject Object(IEnumerable<JsonMember> members, SourceSpan span) => new(members.ToEquatableArray(), span);

    /// <summary>The object with member <paramref name="name"/> set (replaced in place, or appended).</summary>
    public static JsonObject With(JsonObject obj, string name, JsonValue value, SourceSpan nameSpan)
    {
        var members = new List<JsonMember>(obj.Members.Count + 1);
        bool replaced = false;
        foreach (JsonMember member in obj.Members)
        {
            if (member.Name == name)
            {
                members.Add(new JsonMember(name, member.NameSpan, value));
                replaced = true;
            }
            else
            {
                members.Add(member);
            }
        }

        if (!replaced)
        {
            members.Add(new JsonMember(name, nameSpan, value));
        }

        return Object(members, obj.Span);
    }

    public static JsonObject Without(JsonObject obj, params string[] names)
    {
        var members = new List<JsonMember>(obj.Members.Count);
        foreach (JsonMember member in obj.Members)
        {
            if (System.Array.IndexOf(names, member.Name) < 0)
            {
                members.Add(member);
            }
        }

        return members.Count == obj.Members.Count ? obj : Object(members, obj.Span);
    }

    public static string? StringOf(JsonObject obj, string name) => obj.Find(name)?.Value is JsonString s ? s.Value : null;

    public static JsonObject? ObjectOf(JsonValue? value, string name) => (value as JsonObject)?.Find(name)?.Value as JsonObject;
}
