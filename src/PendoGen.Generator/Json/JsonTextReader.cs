using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using PendoGen.Common;

namespace PendoGen.Json;

/// <summary>Thrown by <see cref="JsonTextReader"/> for text that is not JSON; carries where the problem is.</summary>
internal sealed class JsonTextException : Exception
{
    public JsonTextException(string message, SourceSpan span)
        : base(message) => Span = span;

    public SourceSpan Span { get; }
}

/// <summary>
/// A small, strict JSON (RFC 8259) reader that records the line and column of every value and member name.
/// The generator runs inside the compiler, where loading System.Text.Json is a known source of breakage, so
/// schema files are read with this instead.
/// </summary>
internal sealed class JsonTextReader
{
    /// <summary>Deeper documents are refused rather than risking the compiler's stack.</summary>
    public const int MaxDepth = 128;

    private readonly string _text;
    private int _pos;
    private int _line;
    private int _lineStart;

    private JsonTextReader(string text) => _text = text;

    /// <summary>Reads one JSON document; throws <see cref="JsonTextException"/> if the text is not JSON.</summary>
    public static JsonValue Read(string text)
    {
        var reader = new JsonTextReader(text);
        reader.SkipByteOrderMark();
        reader.SkipWhitespace();
        JsonValue value = reader.ReadValue(0);
        reader.SkipWhitespace();
        if (reader._pos < text.Length)
        {
            throw reader.Error("Unexpected text after the end of the JSON document");
        }

        return value;
    }

    private void SkipByteOrderMark()
    {
        if (_text.Length > 0 && _text[0] == '\uFEFF')
        {
            _pos = 1;
            _lineStart = 1;
        }
    }

    private JsonValue ReadValue(int depth)
    {
        if (depth > MaxDepth)
        {
            throw Error($"JSON is nested deeper than {MaxDepth} levels");
        }

        if (_pos >= _text.Length)
        {
            throw Error("Unexpected end of JSON text");
        }

        char c = _text[_pos];
        switch (c)
        {
            case '{':
                return ReadObject(depth);
            case '[':
                return ReadArray(depth);
            case '"':
                {
                    (int start, int line, int col) = Mark();
                    string s = ReadString();
                    return new JsonString(s, SpanFrom(start, line, col));
                }

            case 't':
                return ReadLiteral("true", s => new JsonBoolean(true, s));
            case 'f':
                return ReadLiteral("false", s => new JsonBoolean(false, s));
            case 'n':
                return ReadLiteral("null", s => new JsonNull(s));
            default:
                if (c == '-' || (c >= '0' && c <= '9'))
                {
                    return ReadNumber();
                }

                throw Error($"Unexpected character '{Printable(c)}'");
        }
    }

    private JsonValue ReadObject(int depth)
    {
        (int start, int line, int col) = Mark();
        _pos++; // {
        var members = new List<JsonMember>();
        SkipWhitespace();
        if (Peek() == '}')
        {
            RefuseEmptyAtLimit(depth);
            _pos++;
            return new JsonObject(EquatableArray<JsonMember>.Empty, SpanFrom(start, line, col));
        }

        while (true)
        {
            SkipWhitespace();
            if (Peek() != '"')
            {
                throw Error("Expected a property name in double quotes");
            }

            (int nameStart, int nameLine, int nameCol) = Mark();
            string name = ReadString();
            SourceSpan nameSpan = SpanFrom(nameStart, nameLine, nameCol);
            SkipWhitespace();
            Expect(':');
            SkipWhitespace();
            JsonValue value = ReadValue(depth + 1);
            members.Add(new JsonMember(name, nameSpan, value));
            SkipWhitespace();
            char next = Peek();
            if (next == ',')
            {
                _pos++;
                continue;
            }

            if (next == '}')
            {
                _pos++;
                return new JsonObject(members.ToEquatableArray(), SpanFrom(start, line, col));
            }

            throw Error("Expected ',' or '}' after a property value");
        }
    }

    private JsonValue ReadArray(int depth)
    {
        (int start, int line, int col) = Mark();
        _pos++; // [
        var items = new List<JsonValue>();
        SkipWhitespace();
        if (Peek() == ']')
        {
            RefuseEmptyAtLimit(depth);
            _pos++;
            return new JsonArray(EquatableArray<JsonValue>.Empty, SpanFrom(start, line, col));
        }

        while (true)
        {
            SkipWhitespace();
            items.Add(ReadValue(depth + 1));
            SkipWhitespace();
            char next = Peek();
            if (next == ',')
            {
                _pos++;
                continue;
            }

            if (next == ']')
            {
                _pos++;
                return new JsonArray(items.ToEquatableArray(), SpanFrom(start, line, col));
            }

            throw Error("Expected ',' or ']' after an array item");
        }
    }

    private string ReadString()
    {
        _pos++; // opening quote

        // Most schema strings have no escapes and no line breaks: one Substring, no builder.
        for (int end = _pos; end < _text.Length; end++)
        {
            char c = _text[end];
            if (c == '"')
            {
                string value = _text.Substring(_pos, end - _pos);
                _pos = end + 1;
                return value;
            }

            if (c == '\\' || c < 0x20 || IsUnicodeLineBreak(c))
            {
                break; // the careful path below handles escapes, errors and line counting
            }
        }

        var sb = new StringBuilder();
        while (true)
        {
            if (_pos >= _text.Length)
            {
                throw Error("Unterminated string");
            }

            char c = _text[_pos];
            if (c == '"')
            {
                _pos++;
                return sb.ToString();
            }

            if (c < 0x20)
            {
                throw Error("Control characters must be escaped inside strings");
            }

            if (c != '\\')
            {
                sb.Append(c);
                _pos++;
                if (IsUnicodeLineBreak(c))
                {
                    NewLineAt(_pos);
                }

                continue;
            }

            _pos++;
            if (_pos >= _text.Length)
            {
                throw Error("Unterminated escape sequence");
            }

            char e = _text[_pos++];
            switch (e)
            {
                case '"': sb.Append('"'); break;
                case '\\': sb.Append('\\'); break;
                case '/': sb.Append('/'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'u':
                    if (_pos + 4 > _text.Length ||
                        !int.TryParse(_text.Substring(_pos, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int code))
                    {
                        throw Error("Invalid \\u escape: expected four hex digits");
                    }

                    sb.Append((char)code);
                    _pos += 4;
                    break;
                default:
                    _pos--;
                    throw Error($"Invalid escape '\\{Printable(e)}'");
            }
        }
    }

    private JsonValue ReadNumber()
    {
        (int start, int line, int col) = Mark();
        if (Peek() == '-')
        {
            _pos++;
        }

        if (Peek() == '0')
        {
            _pos++;
        }
        else if (IsDigit(Peek()))
        {
            SkipDigits();
        }
        else
        {
            throw Error("Invalid number: expected a digit");
        }

        if (Peek() == '.')
        {
            _pos++;
            if (!IsDigit(Peek()))
            {
                throw Error("Invalid number: expected a digit after '.'");
            }

            SkipDigits();
        }

        if (Peek() is 'e' or 'E')
        {
            _pos++;
            if (Peek() is '+' or '-')
            {
                _pos++;
            }

            if (!IsDigit(Peek()))
            {
                throw Error("Invalid number: expected a digit in the exponent");
            }

            SkipDigits();
        }

        return new JsonNumber(_text.Substring(start, _pos - start), SpanFrom(start, line, col));
    }

    private JsonValue ReadLiteral(string literal, Func<SourceSpan, JsonValue> create)
    {
        (int start, int line, int col) = Mark();
        if (string.CompareOrdinal(_text, _pos, literal, 0, literal.Length) != 0)
        {
            throw Error($"Unexpected character '{Printable(_text[_pos])}'");
        }

        _pos += literal.Length;
        return create(SpanFrom(start, line, col));
    }

    /// <summary>A container at the limit counts as one more level even when empty, like one holding a value would.</summary>
    private void RefuseEmptyAtLimit(int depth)
    {
        if (depth >= MaxDepth)
        {
            throw Error($"JSON is nested deeper than {MaxDepth} levels");
        }
    }

    private void SkipDigits()
    {
        while (IsDigit(Peek()))
        {
            _pos++;
        }
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

    private void Expect(char c)
    {
        if (Peek() != c)
        {
            throw Error($"Expected '{c}'");
        }

        _pos++;
    }

    private void SkipWhitespace()
    {
        while (_pos < _text.Length)
        {
            char c = _text[_pos];
            if (c == '\n' || (c == '\r' && Peek(_pos + 1) != '\n'))
            {
                NewLineAt(_pos + 1);
            }
            else if (c != ' ' && c != '\t' && c != '\r')
            {
                return;
            }

            _pos++;
        }
    }

    // Lines are counted as the compiler counts them (SourceText.Lines), so a diagnostic's line and column agree with
    // its span: "\r\n", "\n" and a lone "\r" end a line between tokens; U+0085, U+2028 and U+2029 may also stand,
    // unescaped, inside a string.
    private static bool IsUnicodeLineBreak(char c) => c is '\u0085' or '\u2028' or '\u2029';

    private static bool IsLineBreak(char c) => c is '\n' or '\r' || IsUnicodeLineBreak(c);

    private void NewLineAt(int lineStart)
    {
        _line++;
        _lineStart = lineStart;
    }

    private char Peek(int position) => position < _text.Length ? _text[position] : '\0';

    private (int Start, int Line, int Column) Mark() => (_pos, _line, _pos - _lineStart);

    // The end of a span is the current reader position: a container, or a string holding U+2028, may end on a
    // later line than it starts.
    private SourceSpan SpanFrom(int start, int line, int column) =>
        new(start, _pos, line, column, _line, _pos - _lineStart);

    private JsonTextException Error(string message)
    {
        int column = _pos - _lineStart;
        int end = Math.Min(_pos + 1, _text.Length);

        // The span covers the offending character; if that ends a line, the span ends at the start of the next.
        bool endsLine = end > _pos && IsLineBreak(_text[_pos]) && !(_text[_pos] == '\r' && Peek(_pos + 1) == '\n');
        return new JsonTextException(
            $"{message} (line {_line + 1}, column {column + 1})",
            new SourceSpan(_pos, end, _line, column, endsLine ? _line + 1 : _line, endsLine ? 0 : column + (end - _pos)));
    }

    private static string Printable(char c) => c < 0x20 ? $"\\u{(int)c:X4}" : c.ToString();
}
