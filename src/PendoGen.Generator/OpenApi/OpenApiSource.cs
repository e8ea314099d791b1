using System;
using PendoGen.Common;
using PendoGen.Diagnostics;
using PendoGen.Json;

namespace PendoGen.OpenApi;

/// <summary>
/// An OpenAPI document read once per content: its path and JSON tree (with positions), or the reason it is not
/// JSON. Compared by value, so an unchanged document is never read or expanded again.
/// </summary>
internal sealed record OpenApiSource(string Path, JsonValue? Root, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public string FileName => System.IO.Path.GetFileName(Path);

    public static OpenApiSource Read(string path, string text)
    {
        try
        {
            return new OpenApiSource(path, JsonTextReader.Read(text), EquatableArray<DiagnosticInfo>.Empty);
        }
        catch (JsonTextException e)
        {
            return new OpenApiSource(path, null, new[] { DiagnosticInfo.Create(DiagnosticDescriptors.InvalidJson, path, e.Span, e.Message) }.ToEquatableArray());
        }
    }

    /// <summary>
    /// The value at a JSON pointer of this document (<c>"#/components/schemas/X"</c>, <c>"#"</c>), or null.
    /// Array indices are supported; <c>~0</c>/<c>~1</c> and percent-escapes are unescaped.
    /// </summary>
    public JsonValue? Resolve(string pointer)
    {
        if (Root is null || !pointer.StartsWith("#", StringComparison.Ordinal))
        {
            return null;
        }

        JsonValue? current = Root;
        if (pointer.Length <= 2)
        {
            return pointer.Length == 1 || pointer == "#/" ? Root : null;
        }

        foreach (string raw in pointer.Substring(2).Split('/'))
        {
            string segment = Uri.UnescapeDataString(raw).Replace("~1", "/").Replace("~0", "~");
            current = current switch
            {
                JsonObject obj => obj.Find(segment)?.Value,
                JsonArray array when int.TryParse(segment, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int i) && i < array.Items.Count => array.Items[i],
                _ => null,
            };
            if (current is null)
            {
                return null;
            }
        }

        return current;
    }
}
