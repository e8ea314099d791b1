using System;
using PendoGen.Schema;

namespace PendoGen.Model;

internal sealed partial class ModelBuilder
{
    private const int MaxReferenceHops = 32;

    /// <summary>Where a <c>$ref</c> points: the file, the node, its pointer, and the type name it suggests.</summary>
    private sealed record ReferenceTarget(SchemaDocument Document, SchemaNode Node, string Pointer, string? Name);

    /// <summary>
    /// Resolves <c>"#/$defs/X"</c> within the file, and <c>"other.schema.json"</c> or
    /// <c>"other.schema.json#/$defs/X"</c> across files (matched by <c>$id</c> or file name).
    /// </summary>
    private ReferenceTarget? ResolveReference(SchemaDocument document, SchemaNode node)
    {
        string reference = node.Ref!;
        int hash = reference.IndexOf('#');
        string file = hash < 0 ? reference : reference.Substring(0, hash);
        string pointer = hash < 0 ? "#" : reference.Substring(hash);

        SchemaDocument? target = file.Length == 0 ? document : FindDocument(file);
        if (target?.Root is null)
        {
            ReportUnresolved(document, node,
                $"'$ref' \"{reference}\" names no schema file of this compilation (files are matched by '$id' or file name)");
            return null;
        }

        SchemaNode current = target.Root;
        string? name = pointer == "#" ? UsableTitle(target.Root) : null;
        string[] segments = pointer.Length <= 2 ? Array.Empty<string>() : pointer.Substring(2).Split('/');
        for (int i = 0; i < segments.Length; i++)
        {
            string segment = Unescape(segments[i]);
            SchemaNode? next = null;
            if (segment is "$defs" or "definitions" or "properties" && i + 1 < segments.Length)
            {
                string key = Unescape(segments[++i]);
                var map = segment == "properties" ? current.Properties : current.Defs;
                foreach (NamedSchema entry in map)
                {
                    if (entry.Name == key)
                    {
                        next = entry.Schema;
                        name = UsableTitle(entry.Schema) ?? Naming.ToPascalCase(key);
                    }
                }
            }
            else if (segment == "items")
            {
                next = current.Items;
            }

            if (next is null)
            {
                ReportUnresolved(document, node, $"'$ref' \"{reference}\" points to nothing in {target.FileName}");
                return null;
            }

            current = next;
        }

        return new ReferenceTarget(target, current, pointer, name);
    }

    /// <summary>A title that can name a type; any other title is ignored, as it is for a schema that is not referenced.</summary>
    private static string? UsableTitle(SchemaNode node) => node.Title is { } title && Naming.IsIdentifier(title) ? title : null;

    private SchemaDocument? FindDocument(string file)
    {
        foreach (SchemaDocument candidate in _documents)
        {
            if (candidate.Root?.Id == file)
            {
                return candidate;
            }
        }

        foreach (SchemaDocument candidate in _documents)
        {
            if (string.Equals(candidate.FileName, System.IO.Path.GetFileName(file), StringComparison.Ordinal))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>A JSON pointer segment of a URI fragment: %-escapes first (RFC 6901 §6), then ~1 and ~0.</summary>
    private static string Unescape(string segment) => Uri.UnescapeDataString(segment).Replace("~1", "/").Replace("~0", "~");

    /// <summary>
    /// A broken <c>$ref</c> is reported once, though both the type of a value and its rules follow it. (A
    /// <c>$ref</c> inside <c>if</c>, <c>then</c>, <c>allOf</c>, ... is only ever followed for the rules.)
    /// </summary>
    private void ReportUnresolved(SchemaDocument document, SchemaNode node, string message)
    {
        if (_reportedReferences.Add(document.Path + "#" + node.RefSpan.Start.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        {
            Report(Diagnostics.DiagnosticDescriptors.UnresolvedReference, document, node.RefSpan, message);
        }
    }

    private readonly System.Collections.Generic.HashSet<string> _reportedReferences = new(StringComparer.Ordinal);

    /// <summary>Follows <c>$ref</c>s to the schema that holds the value's own keywords.</summary>
    private (SchemaDocument Document, SchemaNode Node) Dereference(SchemaDocument document, SchemaNode node)
    {
        for (int hops = 0; node.Ref is not null && hops < MaxReferenceHops; hops++)
        {
            // A broken reference means "no rules" (and is reported, once).
            ReferenceTarget? target = ResolveReference(document, node);
            if (target is null)
            {
                return (document, new SchemaNode { Span = node.Span });
            }

            (document, node) = (target.Document, target.Node);
        }

        return (document, node);
    }
}
