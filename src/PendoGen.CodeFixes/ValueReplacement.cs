using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using PendoGen.Analysis;

namespace PendoGen.CodeFixes;

/// <summary>"Change to 'X'": the squiggled value becomes the analyzer's replacement, in a C# string literal or in JSON text.</summary>
internal static class ValueReplacement
{
    public static void Register(FixRequest request, string replacement, string equivalenceKey)
    {
        string title = "Change to '" + replacement + "'";
        if (request.IsFrom(FixHints.FromCSharp))
        {
            RegisterLiteral(request, replacement, title, equivalenceKey);
        }
        else if (request.IsFrom(FixHints.FromJson) && FixSupport.IsPlain(replacement) &&
                 FixSupport.TryGetPlainJsonStringContent(request.Root, request.Text, request.Span, out TextSpan content))
        {
            request.RegisterReplacement(title, content, replacement, equivalenceKey);
        }
    }

    /// <summary>A C# string literal at the diagnostic's location becomes a literal of <paramref name="replacement"/>.</summary>
    private static void RegisterLiteral(FixRequest request, string replacement, string title, string equivalenceKey)
    {
        SyntaxNode root = request.Root;
        TextSpan span = request.Span;
        if (span.End > root.FullSpan.End || root.FindNode(span, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal ||
            !literal.IsKind(SyntaxKind.StringLiteralExpression) || literal.Span != span)
        {
            return;
        }

        Document document = request.Document;
        request.Register(
            title,
            _ =>
            {
                LiteralExpressionSyntax newLiteral = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(replacement))
                    .WithTriviaFrom(literal);
                return Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(literal, newLiteral)));
            },
            equivalenceKey);
    }
}
