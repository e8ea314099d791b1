using System;
using System.Collections.Generic;
using System.Globalization;
using PendoGen.Json;
using PendoGen.Schema;

namespace PendoGen.Model;

/// <summary>
/// References by URI, for the JSON evaluator's bundles: a nested <c>$id</c> starts a new base URI, <c>$anchor</c> names
/// a subschema, and a <c>$ref</c> is resolved against the base URI of where it is written (RFC 3986 §5.2). A file
/// without a root <c>$id</c> has the base <c>pendogen:///&lt;file name&gt;</c>, so file names keep working as references.
/// </summary>
internal sealed partial class ModelBuilder
{
    private const string FileBase = "pendogen:///";

    private Dictionary<string, (SchemaDocument Document, JsonValue Schema)>? _resources;
    private readonly Dictionary<string, string> _baseBySchema = new(StringComparer.Ordinal);

    /// <summary>The base URI in force at a subschema of a file (its own <c>$id</c> included).</summary>
    private string BaseOf(SchemaDocument document, JsonValue schema)
    {
        IndexResources();
        return _baseBySchema.TryGetValue(SchemaKey(document, schema), out string? found) ? found : FileBase + document.FileName;
    }

    private (SchemaDocument Document, JsonValue Schema)? ResolveByUri(string baseUri, string reference)
    {
        IndexResources();
        string absolute = CombineUri(baseUri, reference);
        int hash = absolute.IndexOf('#');
        string resource = hash < 0 ? absolute : absolute.Substring(0, hash);
        string fragment = hash < 0 ? "" : absolute.Substring(hash + 1);
        if (fragment.Length > 0 && fragment[0] != '/')
        {
            return _resources!.TryGetValue(resource + "#" + Uri.UnescapeDataString(fragment), out var anchored) && anchored.Schema is JsonObject or JsonBoolean ? anchored : null;
        }

        if (!_resources!.TryGetValue(resource, out var target))
        {
            return null;
        }

        JsonValue? current = FollowPointer(target.Schema, fragment);
        return current is JsonObject or JsonBoolean ? (target.Document, current) : null;
    }

    private void IndexResources()
    {
        if (_resources is not null)
        {
            return;
        }

        _resources = new Dictionary<string, (SchemaDocument, JsonValue)>(StringComparer.Ordinal);
        foreach (SchemaDocument document in _documents)
        {
            if (document.Root?.Source is { } root)
            {
                string fileBase = FileBase + document.FileName;
                _resources[fileBase] = (document, root);
                IndexSchema(document, root, fileBase, 0);
            }
        }
    }

    private void IndexSchema(SchemaDocument document, JsonValue schema, string baseUri, int depth)
    {
        if (schema is not JsonObject obj || depth > 256)
        {
            return;
        }

        if (obj.Find("$id")?.Value is JsonString id)
        {
            baseUri = StripFragment(CombineUri(baseUri, id.Value));
            if (!_resources!.ContainsKey(baseUri))
            {
                _resources[baseUri] = (document, schema);
            }
        }

        _baseBySchema[SchemaKey(document, schema)] = baseUri;
        if (obj.Find("$anchor")?.Value is JsonString anchor && !_resources!.ContainsKey(baseUri + "#" + anchor.Value))
        {
            _resources[baseUri + "#" + anchor.Value] = (document, schema);
        }

        foreach (JsonMember member in obj.Members)
        {
            foreach (JsonValue child in Bundler.SubschemasOf(member))
            {
                IndexSchema(document, child, baseUri, depth + 1);
            }
        }
    }

    /// <summary>
    /// Follows a JSON pointer ("" or "/a/b~1c/0") from <paramref name="root"/>: each segment is split off first, then
    /// %-decoded and ~-unescaped (RFC 6901 §6). Null when it names nothing.
    /// </summary>
    private static JsonValue? FollowPointer(JsonValue root, string pointer)
    {
        if (pointer.Length == 0)
        {
            return root;
        }

        JsonValue? current = root;
        foreach (string segment in pointer.Substring(1).Split('/'))
        {
            string name = Unescape(segment);
            current = current switch
            {
                JsonObject obj => obj.Find(name)?.Value,
                JsonArray array when int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out int index) && index < array.Items.Count => array.Items[index],
                _ => null,
            };
            if (current is null)
            {
                return null;
            }
        }

        return current;
    }

    /// <summary>A subschema's identity within the compilation: its file and its place there.</summary>
    private static string SchemaKey(SchemaDocument document, JsonValue schema) =>
        document.Path + "@" + schema.Span.Start.ToString(CultureInfo.InvariantCulture) + ":" + schema.Span.Length.ToString(CultureInfo.InvariantCulture);

    private static string StripFragment(string uri)
    {
        int hash = uri.IndexOf('#');
        return hash < 0 ? uri : uri.Substring(0, hash);
    }

    /// <summary>RFC 3986 §5.2 reference resolution (enough of it for schema identifiers).</summary>
    internal static string CombineUri(string baseUri, string reference)
    {
        if (HasScheme(reference))
        {
            return RemoveDotSegments(reference);
        }

        string baseWithoutFragment = StripFragment(baseUri);
        if (reference.Length == 0 || reference[0] == '#')
        {
            return baseWithoutFragment + reference;
        }

        int colon = baseWithoutFragment.IndexOf(':');
        string scheme = colon < 0 ? "" : baseWithoutFragment.Substring(0, colon + 1);
        string rest = baseWithoutFragment.Substring(scheme.Length);
        if (!rest.StartsWith("/", StringComparison.Ordinal))
        {
            return reference; // not hierarchical (urn:...): a relative reference cannot be resolved against it
        }

        if (reference.StartsWith("//", StringComparison.Ordinal))
        {
            return scheme + RemoveDotSegments(reference);
        }

        string authority = "";
        if (rest.StartsWith("//", StringComparison.Ordinal))
        {
            int slash = rest.IndexOf('/', 2);
            authority = slash < 0 ? rest : rest.Substring(0, slash);
            rest = slash < 0 ? "" : rest.Substring(slash);
        }

        string query = rest.IndexOf('?') is var q and >= 0 ? rest.Substring(q) : "";
        string path = rest.Substring(0, rest.Length - query.Length);
        string merged = reference[0] == '/' ? reference
            : reference[0] == '?' ? path + reference
            : path.Substring(0, path.LastIndexOf('/') + 1) + reference;
        return scheme + authority + RemoveDotSegments(merged);
    }

    private static bool HasScheme(string reference)
    {
        int colon = reference.IndexOf(':');
        if (colon < 1 || !char.IsLetter(reference[0]))
        {
            return false;
        }

        for (int i = 1; i < colon; i++)
        {
            char c = reference[i];
            if (!(char.IsLetterOrDigit(c) || c is '+' or '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    private static string RemoveDotSegments(string uri)
    {
        if (uri.IndexOf("./", StringComparison.Ordinal) < 0 && !uri.EndsWith("/..", StringComparison.Ordinal) && !uri.EndsWith("/.", StringComparison.Ordinal))
        {
            return uri;
        }

        int hash = uri.IndexOfAny(new[] { '?', '#' });
        string path = hash < 0 ? uri : uri.Substring(0, hash);
        string tail = hash < 0 ? "" : uri.Substring(hash);
        var output = new List<string>();
        foreach (string segment in path.Split('/'))
        {
            if (segment == ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (output.Count > 1)
                {
                    output.RemoveAt(output.Count - 1);
                }

                continue;
            }

            output.Add(segment);
        }

        return string.Join("/", output) + tail;
    }
}
