using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using PendoGen.Analysis;
using PendoGen.Diagnostics;

namespace PendoGen.CodeFixes;

/// <summary>
/// PENDO002 in an object initializer: "Change SyncMode to its default (AllAppIds)", the right-hand side of the
/// assignment that made the requirement apply becomes the setting's schema default.
/// </summary>
/// <remarks>
/// This replaces a choice the user made (SpecificAppIds syncs some apps, AllAppIds all of them), so it is offered
/// one diagnostic at a time, its title says what changes, and it has no Fix All (which adds the missing setting
/// instead, <see cref="ConditionalRequirementCodeFixProvider"/>).
/// </remarks>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ConditionDefaultCodeFixProvider)), Shared]
public sealed class ConditionDefaultCodeFixProvider : PendoCodeFixProvider
{
    public const string EquivalenceKey = DiagnosticIds.ConditionalRequirement + ".UseConditionDefault";

    public ConditionDefaultCodeFixProvider()
        : base(DiagnosticIds.ConditionalRequirement)
    {
    }

    /// <summary>None: it replaces a value the user chose.</summary>
    public override string? BatchEquivalenceKey => null;

    private protected override Task RegisterAsync(FixRequest request)
    {
        if (!request.IsFrom(FixHints.FromCSharp) || request.Hint(FixHints.ConditionProperty) is not { } property ||
            request.Hint(FixHints.ConditionDefault) is not { } expressionText ||
            FixSupport.InitializerAssignment(request.Root, request.Span) is not { } assignment ||
            ((IdentifierNameSyntax)assignment.Left).Identifier.ValueText != property)
        {
            return Task.CompletedTask;
        }

        ExpressionSyntax expression = SyntaxFactory.ParseExpression(expressionText);
        if (expression.ContainsDiagnostics || expression.FullSpan.Length != expressionText.Length)
        {
            return Task.CompletedTask;
        }

        string wire = request.Hint(FixHints.ConditionDefaultWire) ?? expressionText;
        SyntaxNode root = request.Root;
        Document document = request.Document;
        request.Register(
            $"Change {property} to its default ({wire})",
            _ =>
            {
                ExpressionSyntax newValue = expression.WithTriviaFrom(assignment.Right).WithAdditionalAnnotations(Simplifier.Annotation);
                return Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(assignment.Right, newValue)));
            },
            EquivalenceKey);
        return Task.CompletedTask;
    }
}
