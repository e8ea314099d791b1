using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace PendoGen.CodeFixes;

/// <summary>One diagnostic to fix, with the document's root and text, and where the squiggle is.</summary>
internal readonly struct FixRequest
{
    public FixRequest(CodeFixContext context, Diagnostic diagnostic, SyntaxNode root, SourceText text, TextSpan span)
    {
        Context = context;
        Diagnostic = diagnostic;
        Root = root;
        Text = text;
        Span = span;
    }

    public CodeFixContext Context { get; }

    public Diagnostic Diagnostic { get; }

    public SyntaxNode Root { get; }

    public SourceText Text { get; }

    public TextSpan Span { get; }

    public Document Document => Context.Document;

    /// <summary>A non-empty hint the analyzer put in the diagnostic, or null.</summary>
    public string? Hint(string key) => FixSupport.Hint(Diagnostic, key);

    /// <summary>Whether the diagnostic is from <paramref name="source"/> (a <see cref="Analysis.FixHints"/> <c>From*</c> value).</summary>
    public bool IsFrom(string source) => FixSupport.IsFrom(Diagnostic, source);

    public void Register(string title, Func<CancellationToken, Task<Document>> createChangedDocument, string equivalenceKey) =>
        Context.RegisterCodeFix(CodeAction.Create(title, createChangedDocument, equivalenceKey), Diagnostic);

    /// <summary>Registers a fix that puts <paramref name="newText"/> in place of <paramref name="span"/>.</summary>
    public void RegisterReplacement(string title, TextSpan span, string newText, string equivalenceKey)
    {
        Document document = Document;
        Register(title, ct => FixSupport.ReplaceTextAsync(document, span, newText, ct), equivalenceKey);
    }
}
