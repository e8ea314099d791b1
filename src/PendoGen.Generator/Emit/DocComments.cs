using System.Collections.Generic;

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

    /// <summary>A comment line longer than <see cref="LineWrapping.Width"/>, cut at spaces outside XML tags.</summary>
    private static IEnumerable<string> Wrap(string line)
    {
        while (line.Length > LineWrapping.Width)
        {
            int cut = -1;
            bool inTag = false;
            for (int i = 0; i < line.Length && (cut < 0 || i <= LineWrapping.Width); i++)
            {
                char c = line[i];
                inTag = c == '<' || (inTag && c != '>');
                if (c == ' ' && !inTag && i > 0)
                {
                    cut = i;
                }
            }

            if (cut < 0)
            {
                break;
            }

            yield return line.Substring(0, cut);
            line = line.Substring(cut + 1);
        }

        yield return line;
    }

    private static void Element(SourceWriter w, string name, string xml)
    {
        w.Line($"/// <{name}>");
        // Every character C# treats as a line break would end the /// comment: split on all of them.
        string normalized = xml.Replace("\r\n", "\n").Replace('\r', '\n').Replace('\u0085', '\n').Replace('\u2028', '\n').Replace('\u2029', '\n');
        foreach (string line in normalized.Split('\n'))
        {
            foreach (string part in Wrap(line.TrimEnd()))
            {
                w.Line("/// " + part);
            }
        }

        w.Line($"/// </{name}>");
    }
}
