using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PendoGen.Diagnostics;

namespace PendoGen.Analysis;

/// <summary>
/// One error for one mistake: a C# initializer that leaves out a <c>required</c> member already gets the compiler's
/// CS9035, so PENDO001 is not reported there too. JSON text and JSON files, which the compiler does not check,
/// keep PENDO001, and so does a schema requirement the C# type does not mark <c>required</c>.
/// </summary>
internal static class RequiredMemberFilter
{
    public static bool CompilerReportsIt(RuleViolation problem, SemanticModel? model, CancellationToken cancellationToken)
    {
        if (problem.RuleId != DiagnosticIds.RequiredMissing || model is null || problem.Location.SourceTree != model.SyntaxTree ||
            problem.Hints is null || !problem.Hints.TryGetValue(FixHints.MissingProperty, out string? name) || name is null)
        {
            return false;
        }

        SyntaxNode root = model.SyntaxTree.GetRoot(cancellationToken);
        if (!root.FullSpan.Contains(problem.Location.SourceSpan) ||
            Creation(root.FindNode(problem.Location.SourceSpan, getInnermostNodeForTie: true)) is not { } creation ||
            model.GetTypeInfo(creation, cancellationToken).Type is not { } type ||
            model.GetSymbolInfo(creation, cancellationToken).Symbol is IMethodSymbol constructor && SetsRequiredMembers(constructor))
        {
            return false;
        }

        for (ITypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (current.GetMembers(name).OfType<IPropertySymbol>().FirstOrDefault() is { } property)
            {
                return property.IsRequired;
            }
        }

        return false;
    }

    /// <summary>The <c>new T { ... }</c> a squiggle is on, also under <c>new T { ... } with { ... }</c> (the object the with copies).</summary>
    private static BaseObjectCreationExpressionSyntax? Creation(SyntaxNode node)
    {
        while (true)
        {
            switch (node)
            {
                case BaseObjectCreationExpressionSyntax creation:
                    return creation;
                case WithExpressionSyntax with:
                    node = with.Expression;
                    continue;
                case ParenthesizedExpressionSyntax parenthesized:
                    node = parenthesized.Expression;
                    continue;
                default:
                    return null;
            }
        }
    }

    private static bool SetsRequiredMembers(IMethodSymbol constructor) =>
        constructor.GetAttributes().Any(a => a.AttributeClass?.Name == "SetsRequiredMembersAttribute");
}
