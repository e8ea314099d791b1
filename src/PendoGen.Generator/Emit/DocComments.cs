namespace PendoGen.Emit;

/// <summary>Writes XML documentation comments.</summary>
internal static class DocComments
{
    /// <summary>Writes a summary; <paramref name="xml"/> is XML already (escape plain text with <see cref="Escape"/>).</summary>
    public static void Summary(SourceWriter w, string xml) => Element(w, "summary", xml);

    public static void Remarks(SourceWriter w, string xml) => Element(w, "remarks", xml);

    /// <summary>Writes <c>/// &lt;inheritdoc/&gt;</c>: an override documented by the member it overrides.</summary>
    public static void InheritDoc(SourceWriter w) => w.Line("/// <inheritdoc/>");

    public static string Escape(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    private static void Element(SourceWriter w, string name, string xml)
    {
        w.Line($"/// <{name}>");
        // Every character C# treats as a line break would end the /// comment: split on all of them.
        string normalized = xml.Replace("\r\n", "\n").Replace('\r', '\n').Replace('\u0085', '\n').Replace('\u2028', '\n').Replace('\u2029', '\n');
        foreach (string line in normalized.Split('\n'))
        {
            w.Line("/// " + line.TrimEnd());
        }

        w.Line($"/// </{name}>");
    }
}
