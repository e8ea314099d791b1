using System;
using System.Runtime.CompilerServices;
using System.Text;

namespace PendoGen.Emit;

/// <summary>
/// A string builder that indents. Generated files always use "\n" line endings, whatever the platform, so
/// output is byte-identical everywhere.
/// </summary>
/// <remarks>
/// Emitting is most of what a cold generator run allocates, so the writer avoids intermediate strings: an
/// interpolated <see cref="Line(ref LineHandler)"/> appends its parts straight into the buffer (no string per
/// line), and <see cref="Append"/> copies another writer's text through a reused buffer instead of splitting it
/// into a string per line (nested bodies are appended once per nesting level).
/// </remarks>
internal sealed class SourceWriter
{
    // A builder that starts at 16 characters grows through many small chunks before it holds a method body; most
    // writers end up with a few hundred characters to tens of thousands.
    private const int InitialCapacity = 512;

    [ThreadStatic]
    private static char[]? s_copyBuffer;

    private readonly StringBuilder _text = new(InitialCapacity);
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

    /// <summary>An interpolated line, written into the buffer part by part (see <see cref="LineHandler"/>).</summary>
    public SourceWriter Line([InterpolatedStringHandlerArgument("")] ref LineHandler line)
    {
        if (_text.Length == line.ContentStart)
        {
            _text.Length = line.LineStart; // nothing after the indentation: an empty line has none
        }

        _text.Append('\n');
        return this;
    }

    /// <summary>Writes several lines (split on "\n") at the current indentation.</summary>
    public SourceWriter Lines(string lines)
    {
        int start = 0;
        while (start <= lines.Length)
        {
            int end = lines.IndexOf('\n', start);
            if (end < 0)
            {
                end = lines.Length;
            }

            int length = end - start;
            if (length > 0 && lines[end - 1] == '\r')
            {
                length--;
            }

            AppendLine(lines, start, length);
            start = end + 1;
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

    /// <summary>Opens a brace block under an interpolated header; dispose the result to close it.</summary>
    public Block Open([InterpolatedStringHandlerArgument("")] ref LineHandler header)
    {
        Line(ref header);
        Line("{");
        _indent++;
        return new Block(this);
    }

    /// <summary>Appends everything another writer produced, re-indented to the current level.</summary>
    public void Append(SourceWriter other)
    {
        int length = other._text.Length;
        if (length == 0)
        {
            return;
        }

        char[] buffer = s_copyBuffer is { } reused && reused.Length >= length ? reused : (s_copyBuffer = new char[Math.Max(length, 4096)]);
        other._text.CopyTo(0, buffer, 0, length);
        int start = 0;
        int end = length - 1; // the other writer's text ends with its last line's "\n"
        while (start <= end)
        {
            int newline = Array.IndexOf(buffer, '\n', start, end - start);
            if (newline < 0)
            {
                newline = end;
            }

            if (newline > start)
            {
                _text.Append(' ', _indent * 4).Append(buffer, start, newline - start);
            }

            _text.Append('\n');
            start = newline + 1;
        }
    }

    public override string ToString() => _text.ToString();

    private void AppendLine(string text, int start, int length)
    {
        if (length > 0)
        {
            _text.Append(' ', _indent * 4).Append(text, start, length);
        }

        _text.Append('\n');
    }

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

    /// <summary>
    /// Builds an interpolated line in place: the indentation first, then each literal part and value appended to
    /// the writer's buffer as the compiler calls in, so no string is made for the line.
    /// </summary>
    [InterpolatedStringHandler]
    internal readonly struct LineHandler
    {
        private readonly StringBuilder _text;

        public LineHandler(int literalLength, int formattedCount, SourceWriter writer)
        {
            _text = writer._text;
            LineStart = _text.Length;
            _text.Append(' ', writer._indent * 4);
            ContentStart = _text.Length;
        }

        /// <summary>Where the line (its indentation) starts in the buffer.</summary>
        public int LineStart { get; }

        /// <summary>Where its text starts, after the indentation.</summary>
        public int ContentStart { get; }

        public void AppendLiteral(string value) => _text.Append(value);

        public void AppendFormatted(string? value) => _text.Append(value);

        public void AppendFormatted(char value) => _text.Append(value);

        // Numbers in generated code are always culture-invariant (StringBuilder.Append(int) uses the current culture).
        public void AppendFormatted(int value) => _text.Append(value.ToString(System.Globalization.CultureInfo.InvariantCulture));

        public void AppendFormatted<T>(T value) => _text.Append(value is IFormattable formattable
            ? formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture)
            : value?.ToString());
    }
}
