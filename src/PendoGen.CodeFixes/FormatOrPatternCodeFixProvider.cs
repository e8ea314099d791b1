using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using PendoGen.Analysis;
using PendoGen.Model;

namespace PendoGen.CodeFixes;

/// <summary>
/// PENDO003 with a rewrite the analyzer is sure of (<c>2000/12/15</c> → <c>2000-12-15</c>): in a C# string literal
/// (<c>DateOnly.Parse("2000/12/15")</c>) or in a JSON string inside a literal handed to <c>FromJson</c>.
/// Ambiguous dates such as <c>12/15/2000</c> carry no rewrite and get no fix.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(FormatOrPatternCodeFixProvider)), Shared]
public sealed class FormatOrPatternCodeFixProvider : CodeFixProvider
{
    public const string EquivalenceKey = RuleIds.FormatOrPattern + ".UseReplacement";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = FixSupport.Ids(RuleIds.FormatOrPattern);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        SourceText text = await context.Document.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (diagnostic.Id != RuleIds.FormatOrPattern || FixSupport.Hint(diagnostic, FixHints.Replacement) is not { } replacement ||
                FixSupport.SpanIn(diagnostic, root.SyntaxTree) is not { } span)
            {
                continue;
            }

            if (FixSupport.IsFrom(diagnostic, "CSharp"))
            {
                RegisterLiteralReplacement(context, diagnostic, root, span, replacement, "Change to '" + replacement + "'", EquivalenceKey);
            }
            else if (FixSupport.IsFrom(diagnostic, "Json"))
            {
                RegisterJsonReplacement(context, diagnostic, root, text, span, replacement, "Change to '" + replacement + "'", EquivalenceKey);
            }
        }
    }

    /// <summary>A C# string literal at the diagnostic's location becomes a literal of <paramref name="replacement"/>.</summary>
    internal static void RegisterLiteralReplacement(CodeFixContext context, Diagnostic diagnostic, SyntaxNode root, TextSpan span, string replacement,
        string title, string equivalenceKey)
    {
        if (span.End > root.FullSpan.End || root.FindNode(span, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal ||
            !literal.IsKind(SyntaxKind.StringLiteralExpression) || literal.Span != span)
        {
            return;
        }

        Document document = context.Document;
        context.RegisterCodeFix(
            CodeAction.Create(
                title,
                _ =>
                {
                    LiteralExpressionSyntax newLiteral = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(replacement))
                        .WithTriviaFrom(literal);
                    return Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(literal, newLiteral)));
                },
                equivalenceKey),
            diagnostic);
    }

    /// <summary>The characters between the quotes of a JSON string inside a C# literal become <paramref name="replacement"/>.</summary>
    internal static void RegisterJsonReplacement(CodeFixContext context, Diagnostic diagnostic, SyntaxNode root, SourceText text, TextSpan span,
        string replacement, string title, string equivalenceKey)
    {
        if (!FixSupport.IsPlain(replacement) || !FixSupport.TryGetPlainJsonStringContent(root, text, span, out TextSpan content))
        {
            return;
        }

        Document document = context.Document;
        context.RegisterCodeFix(
            CodeAction.Create(title, ct => FixSupport.ReplaceTextAsync(document, content, replacement, ct), equivalenceKey),
            diagnostic);
    }
}
