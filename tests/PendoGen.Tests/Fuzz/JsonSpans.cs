using System.Text.Json;

namespace PendoGen.Tests.Fuzz;

internal enum TokenKind
{
    Whitespace,
    String,
    Number,
    Literal,
    Punctuation,
}

/// <summary>A token of (possibly broken) JSON text.</summary>
internal readonly record struct Token(TokenKind Kind, int Start, int Length)
{
    public int End => Start + Length;

    public string Text(string source) => source.Substring(Start, Length);
}

/// <summary>A forgiving JSON tokenizer: never fails, so it also splits text that is no longer JSON.</summary>
internal static class JsonLexer
{
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            int start = i;
            TokenKind kind;
            if (IsWhitespace(c))
            {
                while (i < text.Length && IsWhitespace(text[i]))
                {
                    i++;
                }

                kind = TokenKind.Whitespace;
            }
            else if (c == '"')
            {
                i++;
                while (i < text.Length && text[i] != '"')
                {
                    i += text[i] == '\\' ? 2 : 1;
                }

                i = Math.Min(i + 1, text.Length);
                kind = TokenKind.String;
            }
            else if (c == '-' || char.IsAsciiDigit(c))
            {
                i++;
                while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] is '-' or '+' or '.' or 'e' or 'E'))
                {
                    i++;
                }

                kind = TokenKind.Number;
            }
            else if (char.IsAsciiLetter(c))
            {
                while (i < text.Length && char.IsAsciiLetter(text[i]))
                {
                    i++;
                }

                kind = TokenKind.Literal;
            }
            else
            {
                i++;
                kind = TokenKind.Punctuation;
            }

            tokens.Add(new Token(kind, start, i - start));
        }

        return tokens;
    }

    public static bool IsWhitespace(char c) => c is ' ' or '\t' or '\r' or '\n';
}

/// <summary>A JSON value of a valid document, with where it is in the text: the base for textual, structural edits.</summary>
internal sealed class SpanNode
{
    public required JsonValueKind Kind { get; init; }

    public required int Start { get; init; }

    public int End { get; set; }

    public List<SpanMember> Members { get; } = [];

    public List<SpanNode> Items { get; } = [];

    /// <summary>The decoded value of a string.</summary>
    public string? String { get; init; }

    public IEnumerable<SpanNode> Descendants()
    {
        yield return this;
        foreach (SpanNode child in Members.Select(m => m.Value).Concat(Items))
        {
            foreach (SpanNode node in child.Descendants())
            {
                yield return node;
            }
        }
    }
}

/// <summary>A member of an object: its name (decoded), the span of the name with its quotes, and its value.</summary>
internal sealed record SpanMember(string Name, int NameStart, int NameEnd, SpanNode Value);

/// <summary>A subschema of a schema file, and the JSON pointer that reaches it.</summary>
internal sealed record SchemaLocation(SpanNode Node, string Pointer, string Via);

/// <summary>Parses valid JSON into <see cref="SpanNode"/>s.</summary>
internal sealed class SpanParser
{
    private readonly string _text;
    private int _pos;

    private SpanParser(string text) => _text = text;

    public static SpanNode Parse(string text)
    {
        var parser = new SpanParser(text);
        parser.SkipWhitespace();
        SpanNode root = parser.Value();
        parser.SkipWhitespace();
        if (parser._pos != text.Length)
        {
            throw new FormatException("Text after the JSON document at " + parser._pos);
        }

        return root;
    }

    /// <summary>The subschemas of a schema document: the root, properties, $defs, items, conditions, allOf entries.</summary>
    public static List<SchemaLocation> Schemas(SpanNode root)
    {
        var result = new List<SchemaLocation>();
        Visit(root, "#", "root");
        return result;

        void Visit(SpanNode node, string pointer, string via)
        {
            if (node.Kind != JsonValueKind.Object)
            {
                return;
            }

            result.Add(new SchemaLocation(node, pointer, via));
            foreach (SpanMember member in node.Members)
            {
                string at = pointer + "/" + Escape(member.Name);
                switch (member.Name)
                {
                    case "properties" or "$defs" or "definitions" when member.Value.Kind == JsonValueKind.Object:
                        foreach (SpanMember entry in member.Value.Members)
                        {
                            Visit(entry.Value, at + "/" + Escape(entry.Name), member.Name);
                        }

                        break;
                    case "items" or "if" or "then" or "else" or "not" or "x-no-effect-unless":
                        Visit(member.Value, at, member.Name);
                        break;
                    case "allOf" when member.Value.Kind == JsonValueKind.Array:
                        for (int i = 0; i < member.Value.Items.Count; i++)
                        {
                            Visit(member.Value.Items[i], at + "/" + i, "allOf");
                        }

                        break;
                }
            }
        }
    }

    public static string Escape(string segment) => segment.Replace("~", "~0").Replace("/", "~1");

    private SpanNode Value()
    {
        char c = _text[_pos];
        int start = _pos;
        switch (c)
        {
            case '{':
                {
                    var node = new SpanNode { Kind = JsonValueKind.Object, Start = start };
                    _pos++;
                    SkipWhitespace();
                    if (_text[_pos] == '}')
                    {
                        _pos++;
                        node.End = _pos;
                        return node;
                    }

                    while (true)
                    {
                        SkipWhitespace();
                        int nameStart = _pos;
                        string name = StringValue();
                        int nameEnd = _pos;
                        SkipWhitespace();
                        Expect(':');
                        SkipWhitespace();
                        node.Members.Add(new SpanMember(name, nameStart, nameEnd, Value()));
                        SkipWhitespace();
                        if (_text[_pos] == ',')
                        {
                            _pos++;
                            continue;
                        }

                        Expect('}');
                        node.End = _pos;
                        return node;
                    }
                }

            case '[':
                {
                    var node = new SpanNode { Kind = JsonValueKind.Array, Start = start };
                    _pos++;
                    SkipWhitespace();
                    if (_text[_pos] == ']')
                    {
                        _pos++;
                        node.End = _pos;
                        return node;
                    }

                    while (true)
                    {
                        SkipWhitespace();
                        node.Items.Add(Value());
                        SkipWhitespace();
                        if (_text[_pos] == ',')
                        {
                            _pos++;
                            continue;
                        }

                        Expect(']');
                        node.End = _pos;
                        return node;
                    }
                }

            case '"':
                {
                    string value = StringValue();
                    return new SpanNode { Kind = JsonValueKind.String, Start = start, End = _pos, String = value };
                }

            default:
                {
                    while (_pos < _text.Length && !JsonLexer.IsWhitespace(_text[_pos]) && _text[_pos] is not (',' or '}' or ']'))
                    {
                        _pos++;
                    }

                    string raw = _text.Substring(start, _pos - start);
                    JsonValueKind kind = raw switch
                    {
                        "true" => JsonValueKind.True,
                        "false" => JsonValueKind.False,
                        "null" => JsonValueKind.Null,
                        _ => JsonValueKind.Number,
                    };
                    return new SpanNode { Kind = kind, Start = start, End = _pos };
                }
        }
    }

    private string StringValue()
    {
        int start = _pos;
        Expect('"');
        while (_text[_pos] != '"')
        {
            _pos += _text[_pos] == '\\' ? 2 : 1;
        }

        _pos++;
        return JsonSerializer.Deserialize<string>(_text.AsSpan(start, _pos - start))!;
    }

    private void Expect(char c)
    {
        if (_text[_pos] != c)
        {
            throw new FormatException($"Expected '{c}' at {_pos}");
        }

        _pos++;
    }

    private void SkipWhitespace()
    {
        while (_pos < _text.Length && JsonLexer.IsWhitespace(_text[_pos]))
        {
            _pos++;
        }
    }
}
