using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;
using PendoGen.Diagnostics;
using PendoGen.Internal;
using PendoGen.Json;
using PendoGen.Model;

namespace PendoGen.Analysis;

/// <summary>
/// Turns JSON text (a string literal handed to a generated <c>FromJson</c>, or a JSON config file) into
/// <see cref="LiteralValue"/>s whose locations point at the exact characters in the source.
/// </summary>
internal static class JsonLiteralReader
{
    /// <summary>Maps a span of the JSON text (start, end offsets) to a source location.</summary>
    public delegate Location LocationMap(int start, int end);

    /// <summary>
    /// Reads the JSON; on text that is not JSON, or duplicate keys, adds a violation and returns what it can
    /// (null when nothing could be read).
    /// </summary>
    public static LiteralValue? Read(string json, LocationMap map, List<RuleViolation> problems)
    {
        JsonValue value;
        try
        {
            value = JsonTextReader.Read(json);
        }
        catch (JsonTextException e)
        {
            int start = Math.Min(e.Span.Start, json.Length);
            problems.Add(new RuleViolation(DiagnosticIds.FormatOrPattern, "$", RuleMessages.InvalidJson(e.Message) + ".", RuleSeverity.Error,
                map(start, Math.Min(Math.Max(e.Span.End, start), json.Length))));
            return null;
        }

        return Convert(value, "$", map, problems);
    }

    private static LiteralValue Convert(JsonValue value, string path, LocationMap map, List<RuleViolation> problems)
    {
        Location location = map(value.Span.Start, value.Span.End);
        switch (value)
        {
            case JsonObject obj:
                {
                    var properties = new List<LiteralProperty>();
                    var seen = new HashSet<string>(StringComparer.Ordinal);
                    foreach (JsonMember member in obj.Members)
                    {
                        Location nameLocation = map(member.NameSpan.Start, member.NameSpan.End);
                        string memberPath = SharedText.Property(path, member.Name);
                        if (!seen.Add(member.Name))
                        {
                            // The generated reader rejects duplicates: a configuration with a duplicate key is ambiguous.
                            problems.Add(new RuleViolation(DiagnosticIds.ValueNotAllowed, memberPath,
                                SharedText.DuplicateKey(member.Name), RuleSeverity.Error, nameLocation));
                            continue;
                        }

                        properties.Add(new LiteralProperty(
                            member.Name,
                            Convert(member.Value, memberPath, map, problems),
                            map(member.NameSpan.Start, member.Value.Span.End),
                            nameLocation));
                    }

                    return new LiteralObject(location, properties, unsetMeansUnknown: false);
                }

            case JsonArray array:
                {
                    var items = new List<LiteralValue>(array.Items.Count);
                    for (int i = 0; i < array.Items.Count; i++)
                    {
                        items.Add(Convert(array.Items[i], SharedText.Index(path, i), map, problems));
                    }

                    return new LiteralArray(location, items);
                }

            case JsonString s:
                return new LiteralString(location, s.Value);
            case JsonNumber n:
                return double.TryParse(n.Raw, NumberStyles.Float, CultureInfo.InvariantCulture, out double number)
                    ? new LiteralNumber(location, number, n.IsInteger, n.Raw)
                    : new LiteralUnknown(location);
            case JsonBoolean b:
                return new LiteralBoolean(location, b.Value);
            default:
                return new LiteralNull(location, fromJsonText: true);
        }
    }
}
