using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using PendoGen.Analysis;

namespace PendoGen.CodeFixes;

/// <summary>
/// What the fixers share: reading the hints the analyzer put in a diagnostic's properties, and finding the C#
/// string literal (and the exact characters in it) that holds a JSON value the analyzer squiggled.
/// </summary>
internal static class FixSupport
{
    /// <summary>A non-empty property of the diagnostic, or null.</summary>
    public static string? Hint(Diagnostic diagnostic, string key) =>
        diagnostic.Properties.TryGetValue(key, out string? value) && !string.IsNullOrEmpty(value) ? value : null;

    /// <summary>Whether the diagnostic is from <paramref name="source"/>: <see cref="FixHints.FromCSharp"/>, <see cref="FixHints.FromJson"/> or <see cref="FixHints.FromJsonFile"/>.</summary>
    public static bool IsFrom(Diagnostic diagnostic, string source) => Hint(diagnostic, FixHints.Source) == source;

    /// <summary>The location of a diagnostic in this document's tree, or null (e.g. a JSON config file).</summary>
    public static TextSpan? SpanIn(Diagnostic diagnostic, SyntaxTree tree) =>
        diagnostic.Location is { IsInSource: true } location && location.SourceTree == tree ? location.SourceSpan : null;

    /// <summary>The last name of a validation path: <c>$.config.app_ids</c> → <c>app_ids</c>, <c>$['odd key']</c> → <c>odd key</c>.</summary>
    public static string? LastName(string? path) => PendoGen.Internal.SharedText.LastName(path);

    /// <summary>
    /// Text that can stand in a JSON string and in any kind of C# string literal as it is: no quote, no
    /// backslash, no control character (so no escaping is needed at either level).
    /// </summary>
    public static bool IsPlain(string text)
    {
        foreach (char c in text)
        {
            if (c is '"' or '\\' || char.IsControl(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How a C# string literal writes its text.</summary>
    public enum LiteralKind
    {
        /// <summary><c>"..."</c>: a JSON quote is written <c>\"</c>.</summary>
        Regular,

        /// <summary><c>@"..."</c>: a JSON quote is written <c>""</c>.</summary>
        Verbatim,

        /// <summary><c>"""..."""</c>: a JSON quote is written as it is.</summary>
        Raw,
    }

    /// <summary>A C# string literal token and the source span of its content (without delimiters and <c>u8</c>).</summary>
    public readonly struct StringLiteral
    {
        public StringLiteral(SyntaxToken token, LiteralKind kind, TextSpan content)
        {
            Token = token;
            Kind = kind;
            Content = content;
        }

        public SyntaxToken Token { get; }

        public LiteralKind Kind { get; }

        public TextSpan Content { get; }

        /// <summary>How a JSON <c>"</c> is written inside this literal.</summary>
        public string Quote => Kind switch
        {
            LiteralKind.Regular => "\\\"",
            LiteralKind.Verbatim => "\"\"",
            _ => "\"",
        };
    }

    /// <summary>The C# string literal whose content contains <paramref name="span"/> entirely.</summary>
    public static bool TryFindStringLiteral(SyntaxNode root, TextSpan span, out StringLiteral literal)
    {
        literal = default;
        if (span.Start < root.FullSpan.Start || span.End > root.FullSpan.End)
        {
            return false;
        }

        SyntaxToken token = root.FindToken(span.Start);
        if (token.IsMissing || token.ContainsDiagnostics || !token.Span.Contains(span))
        {
            return false;
        }

        string text = token.Text;
        int end = text.Length;
        bool utf8 = token.IsKind(SyntaxKind.Utf8StringLiteralToken) || token.IsKind(SyntaxKind.Utf8SingleLineRawStringLiteralToken) ||
                    token.IsKind(SyntaxKind.Utf8MultiLineRawStringLiteralToken);
        if (utf8)
        {
            if (end < 2 || char.ToLowerInvariant(text[end - 2]) != 'u' || text[end - 1] != '8')
            {
                return false;
            }

            end -= 2;
        }

        LiteralKind kind;
        int open;
        int close;
        if (token.IsKind(SyntaxKind.StringLiteralToken) || token.IsKind(SyntaxKind.Utf8StringLiteralToken))
        {
            bool verbatim = text.StartsWith("@\"", System.StringComparison.Ordinal);
            kind = verbatim ? LiteralKind.Verbatim : LiteralKind.Regular;
            open = verbatim ? 2 : 1;
            close = 1;
        }
        else if (token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken) || token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken) ||
                 token.IsKind(SyntaxKind.Utf8SingleLineRawStringLiteralToken) || token.IsKind(SyntaxKind.Utf8MultiLineRawStringLiteralToken))
        {
            kind = LiteralKind.Raw;
            open = 0;
            while (open < end && text[open] == '"')
            {
                open++;
            }

            close = open;
        }
        else
        {
            return false;
        }

        if (open + close > end)
        {
            return false;
        }

        var content = TextSpan.FromBounds(token.SpanStart + open, token.SpanStart + end - close);
        if (!content.Contains(span))
        {
            return false;
        }

        literal = new StringLiteral(token, kind, content);
        return true;
    }

    /// <summary>
    /// <paramref name="span"/> covers a JSON string token (quotes included) inside a C# literal. Returns the source
    /// span of the characters between the quotes when they are written plainly, so that they read exactly as the
    /// JSON value (no escape at either level); false otherwise.
    /// </summary>
    public static bool TryGetPlainJsonStringContent(SyntaxNode root, SourceText text, TextSpan span, out TextSpan content) =>
        TryGetPlainJsonStringContent(root, text, span, out content, out _);

    /// <inheritdoc cref="TryGetPlainJsonStringContent(SyntaxNode, SourceText, TextSpan, out TextSpan)"/>
    public static bool TryGetPlainJsonStringContent(SyntaxNode root, SourceText text, TextSpan span, out TextSpan content, out StringLiteral literal)
    {
        content = default;
        if (!TryFindStringLiteral(root, span, out literal))
        {
            return false;
        }

        string quote = literal.Quote;
        if (span.Length < 2 * quote.Length || text.ToString(new TextSpan(span.Start, quote.Length)) != quote ||
            text.ToString(new TextSpan(span.End - quote.Length, quote.Length)) != quote)
        {
            return false;
        }

        var inner = TextSpan.FromBounds(span.Start + quote.Length, span.End - quote.Length);
        if (!IsPlain(text.ToString(inner)))
        {
            return false;
        }

        content = inner;
        return true;
    }

    /// <summary>
    /// Whether the JSON text of <paramref name="literal"/> has a key <paramref name="name"/> anywhere (written
    /// plainly): a rename to it could make a duplicate key. Conservative: it does not look at nesting.
    /// </summary>
    public static bool HasKey(SourceText text, StringLiteral literal, string name)
    {
        string content = text.ToString(literal.Content);
        string key = literal.Quote + name + literal.Quote;
        for (int at = content.IndexOf(key, System.StringComparison.Ordinal); at >= 0; at = content.IndexOf(key, at + 1, System.StringComparison.Ordinal))
        {
            int next = at + key.Length;
            while (next < content.Length && char.IsWhiteSpace(content[next]))
            {
                next++;
            }

            if (next < content.Length && content[next] == ':')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A document with one span of its text replaced.</summary>
    public static async System.Threading.Tasks.Task<Document> ReplaceTextAsync(Document document, TextSpan span, string newText,
        System.Threading.CancellationToken cancellationToken)
    {
        SourceText text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        return document.WithText(text.WithChanges(new TextChange(span, newText)));
    }

    /// <summary>The property a diagnostic's location is the assignment of, inside an object or <c>with</c> initializer.</summary>
    public static AssignmentExpressionSyntax? InitializerAssignment(SyntaxNode root, TextSpan span)
    {
        if (span.End > root.FullSpan.End)
        {
            return null;
        }

        SyntaxNode node = root.FindNode(span, getInnermostNodeForTie: true);
        return node is AssignmentExpressionSyntax { Left: IdentifierNameSyntax } assignment && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) &&
               assignment.Span == span && assignment.Parent is InitializerExpressionSyntax initializer &&
               (initializer.IsKind(SyntaxKind.ObjectInitializerExpression) || initializer.IsKind(SyntaxKind.WithInitializerExpression))
            ? assignment
            : null;
    }
}
