using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PendoGen.OpenApi;

/// <summary>
/// For the analyzer: an OpenAPI item read and expanded once per text instance. In the IDE each keystroke starts a
/// new compilation whose AdditionalFiles hand back the same SourceText while the document is unchanged, so a 3 MB
/// document is never read again for a C# edit.
/// </summary>
internal static class OpenApiCache
{
    private static readonly ConditionalWeakTable<SourceText, Slot> s_slots = new();

    public static (OpenApiSource Source, OpenApiExpansion Expansion) Get(AdditionalText file, OpenApiRequest request, CancellationToken cancellationToken)
    {
        if (file.GetText(cancellationToken) is not { } text)
        {
            OpenApiSource empty = OpenApiSource.Read(file.Path, "");
            return (empty, OpenApiServices.Expand(empty, request));
        }

        Slot slot = s_slots.GetValue(text, static _ => new Slot());
        if (slot.Entry is { } entry && entry.Request == request)
        {
            return (entry.Source, entry.Expansion);
        }

        OpenApiSource source = slot.Entry is { } old && old.Source.Path == file.Path ? old.Source : OpenApiSource.Read(file.Path, text.ToString());
        OpenApiExpansion expansion = OpenApiServices.Expand(source, request);
        slot.Entry = new Entry(request, source, expansion); // one reference write: readers see the old or the new
        return (source, expansion);
    }

    private sealed record Entry(OpenApiRequest Request, OpenApiSource Source, OpenApiExpansion Expansion);

    private sealed class Slot
    {
        public Entry? Entry;
    }
}
