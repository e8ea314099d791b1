using System.Collections.Generic;
using PendoGen.Model;
using PendoGen.Schema;

namespace PendoGen.Analysis;

/// <summary>
/// The rule models built last, found by the identity of their schema documents. While the schemas are unchanged,
/// each compilation start (every keystroke in the IDE) gets the very same cached document instances, and comparing
/// references is enough; the value-keyed cache behind it hashes every document deeply, which was a third of a
/// compilation start's cost. A few entries: one per project (and per referenced assembly's schemas) being edited.
/// </summary>
internal static class RecentModels
{
    private const int Capacity = 8;

    private static readonly Entry?[] s_entries = new Entry?[Capacity];
    private static int s_next;

    public static GenerationModel? Find(List<SchemaDocument> documents)
    {
        foreach (Entry? entry in s_entries)
        {
            if (entry is not null && entry.Matches(documents))
            {
                return entry.Model;
            }
        }

        return null;
    }

    public static void Remember(List<SchemaDocument> documents, GenerationModel model)
    {
        var entry = new Entry(documents.ToArray(), model);
        lock (s_entries)
        {
            s_entries[s_next] = entry; // one reference write: readers see the old entry or the new one
            s_next = (s_next + 1) % Capacity;
        }
    }

    private sealed class Entry
    {
        private readonly SchemaDocument[] _documents;

        public Entry(SchemaDocument[] documents, GenerationModel model)
        {
            _documents = documents;
            Model = model;
        }

        public GenerationModel Model { get; }

        public bool Matches(List<SchemaDocument> documents)
        {
            if (documents.Count != _documents.Length)
            {
                return false;
            }

            for (int i = 0; i < _documents.Length; i++)
            {
                if (!ReferenceEquals(documents[i], _documents[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
