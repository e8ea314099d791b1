using System.Globalization;
using System.Text;
using PendoGen.Tests.Infrastructure;

namespace PendoGen.Tests.Fuzz;

/// <summary>A schema the fuzzer mutates, with the unchanged files it needs beside it (the targets of its cross-file $refs).</summary>
/// <param name="Cost">How expensive a case is to compile, relative to the others: families that compile much visit
/// every Cost-th mutation point at scale 1 (and all of them at scale Cost).</param>
internal sealed record BaseSchema(string Name, SchemaFile File, IReadOnlyList<SchemaFile> Context, int Cost = 1)
{
    /// <summary>The step between the mutation points visited (see <see cref="Cost"/>).</summary>
    public int Step => FuzzScale.Stride(Cost);

    public static IReadOnlyList<BaseSchema> All { get; } = Load();

    public static BaseSchema Get(string name) => All.Single(b => b.Name == name);

    public string Text => File.Text;

    public FuzzCase With(string id, string text) => new($"{id} [{Name}]", [File with { Text = text }, .. Context]);

    private static List<BaseSchema> Load()
    {
        SchemaFile config = SchemaFile.Shipped.Single(s => s.Path.EndsWith("/pendo-config.schema.json", StringComparison.Ordinal));
        SchemaFile File(string name) => SchemaFile.Shipped.Single(s => s.Path.EndsWith("/" + name, StringComparison.Ordinal));
        return
        [
            new("pendo-config", config, []),
            new("pendo-connection", File("pendo-connection.schema.json"), [config], Cost: 2),
            new("pendo-connection-response", File("pendo-connection-response.schema.json"), []),
            new("fivetran-error", File("fivetran-error.schema.json"), []),
            new("widget-connector", SchemaFile.FromOutput("TestData/widget-connector.schema.json", "Widgets"), []),
        ];
    }
}

/// <summary>Ways to break a schema: textual (truncation, bytes, tokens) and structural (on the parsed tree, edited in place).</summary>
internal static class SchemaMutator
{
    /// <summary>Every keyword the parser knows, and a few it does not.</summary>
    public static readonly string[] Keywords =
    [
        "$id", "$ref", "$schema", "$comment", "type", "title", "description", "properties", "$defs", "definitions", "required",
        "enum", "const", "default", "format", "pattern", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
        "minLength", "maxLength", "minItems", "maxItems", "items", "if", "then", "else", "not", "allOf", "anyOf", "oneOf",
        "dependentRequired", "additionalProperties", "writeOnly", "readOnly", "deprecated", "examples",
        "x-lenient", "x-severity", "x-reason", "x-no-effect-unless",
    ];

    /// <summary>A value of every JSON kind, and awkward ones: out of range, empty, mixed.</summary>
    public static readonly string[] WrongTypeValues =
    [
        "0", "-1", "2.5", "1e400", "99999999999999999999", "-0", "\"x\"", "\"\"", "\"string\"", "\"#\"", "[]", "[1, \"a\", null]",
        "[\"a\", \"a\"]", "{}", "{\"type\": \"string\"}", "{\"x\": [{}]}", "null", "true", "false",
    ];

    /// <summary>Names that are no C# identifier, are keywords, or collide with generated members and types.</summary>
    public static readonly string[] NastyNames =
    [
        "", " ", "1abc", "123", "0", "-", "_", "__", "class", "@class", "int", "null", "true", "value", "Value", "VALUE",
        "a-b", "a_b", "a b", "A_B", "aB", "a.b", "a/b", "a~b", "a~1b", "a\"b", "a\\b", "a\nb", "a\tb", "\u2028", "\u0085",
        "😀", "😀😀", "é", "É", "名前", "\u0000", "\u0007", "\ud800", "\udc00x", "ǅ", "ﬁ", "ß", "İ", "ı", "\u200b", "\u0301a",
        "$ref", "#", "__proto__", "constructor", "to_json", "validate", "equals", "get_hash_code", "ToString", "GetType",
        "additional_properties", "json_property_index", "validation_patterns", "equality_contract", "print_members",
        "Item", "System", "global", "PendoGen", "Internal", "TestApp", "Widgets", "ValidationIssue", "JsonSupport",
        "Secret", "ValidationPath", "PendoGenSchemaAttribute", "Object", "String", "Nullable", "Enum", "Attribute",
        "Wire", "JsonConverter", "x_wire", "x_json_converter", new string('a', 600), "aaaaaaaa" + new string('_', 300),
    ];

    /// <summary>Names that become the same PascalCase member.</summary>
    public static readonly string[] CollidingNames = ["a_b", "a-b", "A B", "aB", "AB", "a__b", "_a_b", "a.b", "A_B", "ab", "a b ", "a_b_value"];

    public static string Replace(string text, int start, int end, string replacement) =>
        string.Concat(text.AsSpan(0, start), replacement, text.AsSpan(end));

    /// <summary>A JSON string literal: quotes, backslashes, control characters and lone surrogates escaped, the rest as is.</summary>
    public static string Quote(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            bool pair = char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]);
            if (pair)
            {
                text.Append(c).Append(value[++i]);
            }
            else if (c is '"' or '\\')
            {
                text.Append('\\').Append(c);
            }
            else if (c < 0x20 || char.IsSurrogate(c))
            {
                text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.Append('"').ToString();
    }

    public static T Pick<T>(this Random rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];

    /// <summary>Picks <paramref name="count"/> distinct items (all of them if there are fewer).</summary>
    public static IEnumerable<T> PickDistinct<T>(this Random rng, IReadOnlyList<T> items, int count) =>
        items.OrderBy(_ => rng.Next()).Take(count).ToList();

    // ---- truncation ----

    /// <summary>
    /// Cuts the text at <paramref name="length"/> and closes what is open (drops a partial token, a dangling comma,
    /// completes a key with null), so the rest of the pipeline sees a valid schema with parts missing.
    /// </summary>
    public static string TruncateAndClose(string text, int length)
    {
        string prefix = text.Substring(0, length);
        List<Token> tokens = JsonLexer.Tokenize(prefix).Where(t => t.Kind != TokenKind.Whitespace).ToList();
        if (tokens.Count > 0 && IsPartial(tokens[^1], prefix))
        {
            tokens.RemoveAt(tokens.Count - 1);
        }

        var stack = new Stack<char>();
        foreach (Token token in tokens.Where(t => t.Kind == TokenKind.Punctuation))
        {
            char c = prefix[token.Start];
            if (c is '{' or '[')
            {
                stack.Push(c);
            }
            else if (c is '}' or ']' && stack.Count > 0)
            {
                stack.Pop();
            }
        }

        var result = new StringBuilder(prefix, 0, tokens.Count == 0 ? 0 : tokens[^1].End, length + 16);
        string last = tokens.Count == 0 ? "" : tokens[^1].Text(prefix);
        string beforeLast = tokens.Count < 2 ? "" : tokens[^2].Text(prefix);
        if (last == ",")
        {
            result.Length--;
        }
        else if (last == ":")
        {
            result.Append(" null");
        }
        else if (stack.Count > 0 && stack.Peek() == '{' && tokens[^1].Kind == TokenKind.String && beforeLast is "{" or ",")
        {
            result.Append(": null");
        }

        while (stack.Count > 0)
        {
            result.Append(stack.Pop() == '{' ? '}' : ']');
        }

        return result.ToString();

        static bool IsPartial(Token token, string text) => token.Kind switch
        {
            TokenKind.String => token.Length < 2 || text[token.End - 1] != '"' || text[token.End - 2] == '\\',
            TokenKind.Number or TokenKind.Literal => true, // a cut number or literal may be incomplete; drop it to be safe
            _ => false,
        };
    }

    // ---- random bytes ----

    /// <summary>Bytes that matter to a JSON reader or a UTF-8 decoder.</summary>
    private static readonly byte[][] s_interestingBytes =
    [
        "\""u8.ToArray(), "{"u8.ToArray(), "}"u8.ToArray(), "["u8.ToArray(), "]"u8.ToArray(), ":"u8.ToArray(), ","u8.ToArray(),
        "\\"u8.ToArray(), "0"u8.ToArray(), "-"u8.ToArray(), "e"u8.ToArray(), "."u8.ToArray(), "a"u8.ToArray(), " "u8.ToArray(),
        "/"u8.ToArray(), "#"u8.ToArray(), "$"u8.ToArray(), "~"u8.ToArray(),
        [0x00], [0x01], [0x07], [0x09], [0x0A], [0x0D], [0x1F], [0x7F], [0x80], [0xBF], [0xC0], [0xC3], [0xE2], [0xEF], [0xF0], [0xFF],
        "é"u8.ToArray(), "😀"u8.ToArray(), "\u2028"u8.ToArray(), "\u0085"u8.ToArray(), "\uFEFF"u8.ToArray(), "\r\n"u8.ToArray(),
        "\\u"u8.ToArray(), "\\ud800"u8.ToArray(), "null"u8.ToArray(), "true"u8.ToArray(), "1e999"u8.ToArray(),
    ];

    /// <summary>Inserts, deletes, replaces or repeats bytes of the UTF-8 text; the result is decoded as a compiler would (invalid bytes become U+FFFD).</summary>
    public static string ByteEdits(string text, Random rng, int edits, List<string> log)
    {
        var bytes = new List<byte>(Encoding.UTF8.GetBytes(text));
        for (int e = 0; e < edits; e++)
        {
            int at = rng.Next(bytes.Count + 1);
            byte[] insert = rng.Next(4) == 0 ? [(byte)rng.Next(256)] : rng.Pick(s_interestingBytes);
            switch (rng.Next(5))
            {
                case 0:
                    bytes.InsertRange(at, insert);
                    log.Add($"insert@{at} {Convert.ToHexString(insert)}");
                    break;
                case 1 when bytes.Count > 0:
                    {
                        int count = Math.Min(rng.Next(1, 4), bytes.Count - Math.Min(at, bytes.Count - 1));
                        at = Math.Min(at, bytes.Count - 1);
                        bytes.RemoveRange(at, count);
                        log.Add($"delete@{at}+{count}");
                        break;
                    }

                case 2 when at < bytes.Count:
                    bytes.RemoveAt(at);
                    bytes.InsertRange(at, insert);
                    log.Add($"replace@{at} {Convert.ToHexString(insert)}");
                    break;
                case 3 when at < bytes.Count:
                    {
                        int count = Math.Min(rng.Next(1, 40), bytes.Count - at);
                        bytes.InsertRange(at, bytes.GetRange(at, count));
                        log.Add($"repeat@{at}+{count}");
                        break;
                    }

                default:
                    if (at < bytes.Count)
                    {
                        bytes[at] ^= (byte)(1 << rng.Next(8));
                        log.Add($"flip@{at}");
                    }

                    break;
            }
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    // ---- tokens ----

    private static readonly string[] s_interestingTokens =
    [
        "{", "}", "[", "]", ",", ":", "null", "true", "false", "0", "-1", "1e999", "-0.0e-0", "\"\"", "\"type\"", "\"object\"",
        "\"string\"", "\"array\"", "\"properties\"", "\"$ref\"", "\"#\"", "\"#/$defs/x\"", "\"title\"", "\"required\"",
        "\"enum\"", "\"items\"", "\"if\"", "\"then\"", "\"\\u0000\"", "\"\\ud800\"", "\"class\"", "\"😀\"", "{}", "[]",
    ];

    /// <summary>Deletes, duplicates, swaps, moves or replaces JSON tokens.</summary>
    public static string TokenEdits(string text, Random rng, int edits, List<string> log)
    {
        List<string> tokens = JsonLexer.Tokenize(text).Select(t => t.Text(text)).ToList();
        List<int> Significant() => Enumerable.Range(0, tokens.Count).Where(i => !JsonLexer.IsWhitespace(tokens[i][0])).ToList();
        for (int e = 0; e < edits; e++)
        {
            List<int> significant = Significant();
            if (significant.Count == 0)
            {
                tokens.Add(rng.Pick(s_interestingTokens));
                continue;
            }

            int k = rng.Next(significant.Count);
            int i = significant[k];
            switch (rng.Next(6))
            {
                case 0:
                    log.Add($"delete #{k} {Short(tokens[i])}");
                    tokens.RemoveAt(i);
                    break;
                case 1:
                    log.Add($"duplicate #{k} {Short(tokens[i])}");
                    tokens.Insert(i, tokens[i]);
                    break;
                case 2 when k + 1 < significant.Count:
                    {
                        int j = significant[k + 1];
                        log.Add($"swap #{k} {Short(tokens[i])} with next {Short(tokens[j])}");
                        (tokens[i], tokens[j]) = (tokens[j], tokens[i]);
                        break;
                    }

                case 3:
                    {
                        int j = rng.Pick(significant);
                        log.Add($"swap #{k} {Short(tokens[i])} with {Short(tokens[j])}");
                        (tokens[i], tokens[j]) = (tokens[j], tokens[i]);
                        break;
                    }

                case 4:
                    {
                        string replacement = rng.Next(2) == 0 ? rng.Pick(s_interestingTokens) : tokens[rng.Pick(significant)];
                        log.Add($"replace #{k} {Short(tokens[i])} by {Short(replacement)}");
                        tokens[i] = replacement;
                        break;
                    }

                default:
                    {
                        string insert = rng.Pick(s_interestingTokens);
                        log.Add($"insert {Short(insert)} before #{k}");
                        tokens.Insert(i, insert);
                        break;
                    }
            }
        }

        return string.Concat(tokens);

        static string Short(string token) => token.Length <= 24 ? token : token.Substring(0, 20) + "...";
    }

    // ---- structure ----

    /// <summary>Inserts a member at the start of an object.</summary>
    public static string InsertMember(string text, SpanNode obj, string name, string value) =>
        text.Insert(obj.Start + 1, Quote(name) + ": " + value + (obj.Members.Count > 0 ? ", " : ""));

    /// <summary>The pointer of the schema that contains the one at <paramref name="pointer"/>, e.g. #/properties/a for #/properties/a/properties/b.</summary>
    public static string Parent(string pointer)
    {
        string[] segments = pointer.Split('/');
        if (segments.Length <= 1)
        {
            return "#";
        }

        int drop = segments.Length >= 3 && segments[^2] is "properties" or "$defs" or "definitions" or "allOf" ? 2 : 1;
        return string.Join("/", segments.Take(segments.Length - drop));
    }

    public static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
