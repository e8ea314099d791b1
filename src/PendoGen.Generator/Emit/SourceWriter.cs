using System;
using System.Text;

namespace PendoGen.Emit;

/// <summary>
/// A string builder that indents. Generated files always use "\n" line endings, whatever the platform, so
/// output is byte-identical everywhere.
/// </summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _text = new();
    private int _indent;

    public int Length => _text.Length;

    public SourceWriter Line(string line = "")
    {
        if (line.Length > 0)
        {
            _text.Append(' ', _indent * 4).Append(line);
        }

        _text.Append('\n');
        return this;
    }

    /// <summary>Writes several lines (split on "\n") at the current indentation.</summary>
    public SourceWriter Lines(string lines)
    {
        foreach (string line in lines.Replace("\r\n", "\n").Split('\n'))
        {
            Line(line);
        }

        return this;
    }

    /// <summary>Opens a brace block; dispose the result to close it.</summary>
    public Block Open(string header)
    {
        Line(header);
        Line("{");
        _indent++;
        return new Block(this);
    }

    /// <summary>Appends everything another writer produced, re-indented to the current level.</summary>
    public void Append(SourceWriter other)
    {
        if (other._text.Length == 0)
        {
            return;
        }

        string text = other._text.ToString();
        foreach (string line in text.Substring(0, text.Length - 1).Split('\n'))
        {
            Line(line);
        }
    }

    public override string ToString() => _text.ToString();

    internal readonly struct Block : IDisposable
    {
        private readonly SourceWriter _writer;

        public Block(SourceWriter writer) => _writer = writer;

        public void Dispose()
        {
            _writer._indent--;
            _writer.Line("}");
        }
    }
}
