using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;
using PendoGen.Analysis;
using PendoGen.Model;

namespace PendoGen.CodeFixes;

/// <summary>
/// PENDO002 in an object initializer (<c>SyncMode = SyncMode.SpecificAppIds</c> without <c>AppIds</c>): either go
/// back to the default of the setting that made the requirement apply, or add the required setting with a
/// placeholder value.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ConditionalRequirementCodeFixProvider)), Shared]
public sealed class ConditionalRequirementCodeFixProvider : CodeFixProvider
{
    public const string UseDefaultEquivalenceKey = RuleIds.ConditionalRequirement + ".UseConditionDefault";

    public const string AddPropertyEquivalenceKey = RuleIds.ConditionalRequirement + ".AddMissingProperty";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = FixSupport.Ids(RuleIds.ConditionalRequirement);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (diagnostic.Id != RuleIds.ConditionalRequirement || !FixSupport.IsFrom(diagnostic, "CSharp") ||
                FixSupport.SpanIn(diagnostic, root.SyntaxTree) is not { } span)
            {
                continue;
            }

            RegisterUseDefault(context, diagnostic, root, span);
            await RegisterAddPropertyAsync(context, diagnostic, root, span).ConfigureAwait(false);
        }
    }

    /// <summary>"Use the default SyncMode (AllAppIds)": the right-hand side of the triggering assignment becomes the default.</summary>
    private static void RegisterUseDefault(CodeFixContext context, Diagnostic diagnostic, SyntaxNode root, TextSpan span)
    {
        if (FixSupport.Hint(diagnostic, FixHints.ConditionProperty) is not { } property ||
            FixSupport.Hint(diagnostic, FixHints.ConditionDefault) is not { } expressionText ||
            FixSupport.InitializerAssignment(root, span) is not { } assignment ||
            ((IdentifierNameSyntax)assignment.Left).Identifier.ValueText != property)
        {
            return;
        }

        ExpressionSyntax expression = SyntaxFactory.ParseExpression(expressionText);
        if (expression.ContainsDiagnostics || expression.FullSpan.Length != expressionText.Length)
        {
            return;
        }

        string wire = FixSupport.Hint(diagnostic, FixHints.ConditionDefaultWire) ?? expressionText;
        Document document = context.Document;
        context.RegisterCodeFix(
            CodeAction.Create(
                $"Use the default {property} ({wire})",
                _ =>
                {
                    ExpressionSyntax newValue = expression.WithTriviaFrom(assignment.Right).WithAdditionalAnnotations(Simplifier.Annotation);
                    return Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(assignment.Right, newValue)));
                },
                UseDefaultEquivalenceKey),
            diagnostic);
    }

    /// <summary>"Add AppIds": <c>AppIds = []</c> added to the initializer the requirement is about.</summary>
    private static async Task RegisterAddPropertyAsync(CodeFixContext context, Diagnostic diagnostic, SyntaxNode root, TextSpan span)
    {
        if (FixSupport.Hint(diagnostic, FixHints.MissingProperty) is not { } property || !SyntaxFacts.IsValidIdentifier(property) ||
            FindInitializer(root, span) is not { } initializer || initializer.Parent is not ExpressionSyntax owner ||
            Placeholder(FixSupport.Hint(diagnostic, FixHints.MissingKind), root.SyntaxTree.Options) is not { } placeholder)
        {
            return;
        }

        // The initializer must be of a type that has the property (a requirement of a nested record could be
        // reported on a setting of the enclosing one).
        SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (model?.GetTypeInfo(owner, context.CancellationToken).Type is not { } type || !HasSettableProperty(type, property))
        {
            return;
        }

        Document document = context.Document;
        context.RegisterCodeFix(
            CodeAction.Create(
                "Add " + property,
                ct => Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(initializer, WithProperty(initializer, property, placeholder)))),
                AddPropertyEquivalenceKey),
            diagnostic);
    }

    /// <summary>The initializer of the record the diagnostic is about: the one holding the squiggled assignment, or that of the squiggled <c>new T</c>.</summary>
    private static InitializerExpressionSyntax? FindInitializer(SyntaxNode root, TextSpan span)
    {
        if (FixSupport.InitializerAssignment(root, span) is { Parent: InitializerExpressionSyntax parent } && parent.IsKind(SyntaxKind.ObjectInitializerExpression))
        {
            return parent;
        }

        if (span.End <= root.FullSpan.End && root.FindNode(span, getInnermostNodeForTie: true) is BaseObjectCreationExpressionSyntax
            {
                Initializer: { } initializer,
            } && initializer.IsKind(SyntaxKind.ObjectInitializerExpression))
        {
            return initializer;
        }

        return null;
    }

    private static bool HasSettableProperty(ITypeSymbol type, string name)
    {
        for (ITypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (current.GetMembers(name).OfType<IPropertySymbol>().Any(p => p.SetMethod is not null && !p.IsStatic))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The whitespace that starts an element's line (not the comments above it).</summary>
    private static SyntaxTriviaList Indentation(SyntaxTriviaList leading)
    {
        int start = leading.Count;
        while (start > 0 && leading[start - 1].IsKind(SyntaxKind.WhitespaceTrivia))
        {
            start--;
        }

        return SyntaxFactory.TriviaList(leading.Skip(start));
    }

    /// <summary>The line break of a trivia list (without the comments before it), or a space when there is none.</summary>
    private static SyntaxTriviaList LineBreakOrSpace(SyntaxTriviaList trivia)
    {
        foreach (SyntaxTrivia item in trivia)
        {
            if (item.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                return SyntaxFactory.TriviaList(item);
            }
        }

        return SyntaxFactory.TriviaList(SyntaxFactory.Space);
    }

    /// <summary>A value that compiles for a property of the given kind (the <c>ValueKind</c> names of the schema model).</summary>
    private static ExpressionSyntax? Placeholder(string? kind, ParseOptions? options)
    {
        switch (kind?.ToLowerInvariant())
        {
            case "array":
                // [] needs C# 12; older projects get no placeholder rather than one that does not compile.
                return options is CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp12 }
                    ? SyntaxFactory.CollectionExpression()
                    : null;
            case "string":
                return SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(""));
            case "object":
                return SyntaxFactory.ImplicitObjectCreationExpression();
            case "boolean":
                return SyntaxFactory.LiteralExpression(SyntaxKind.FalseLiteralExpression);
            case "int32" or "int64" or "double":
                return SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(0));
            default:
                return SyntaxFactory.LiteralExpression(SyntaxKind.DefaultLiteralExpression, SyntaxFactory.Token(SyntaxKind.DefaultKeyword));
        }
    }

    /// <summary>
    /// The initializer with <c>Name = placeholder</c>: in place of the value when the property is set already (to
    /// <c>null</c>), else as a new last element laid out like the others (same indentation, line breaks, comma style).
    /// </summary>
    private static InitializerExpressionSyntax WithProperty(InitializerExpressionSyntax initializer, string name, ExpressionSyntax placeholder)
    {
        foreach (ExpressionSyntax existing in initializer.Expressions)
        {
            if (existing is AssignmentExpressionSyntax { Left: IdentifierNameSyntax left } assignment && left.Identifier.ValueText == name)
            {
                return initializer.ReplaceNode(assignment.Right, placeholder.WithTriviaFrom(assignment.Right));
            }
        }

        AssignmentExpressionSyntax added = SyntaxFactory.AssignmentExpression(
            SyntaxKind.SimpleAssignmentExpression,
            SyntaxFactory.IdentifierName(name),
            SyntaxFactory.Token(SyntaxKind.EqualsToken).WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(SyntaxFactory.Space),
            placeholder);
        SeparatedSyntaxList<ExpressionSyntax> expressions = initializer.Expressions;
        if (expressions.Count == 0)
        {
            // "{ }" or "{\n}": let the formatter lay it out.
            return initializer.WithExpressions(SyntaxFactory.SingletonSeparatedList<ExpressionSyntax>(added.WithAdditionalAnnotations(Formatter.Annotation)))
                .WithAdditionalAnnotations(Formatter.Annotation);
        }

        ExpressionSyntax last = expressions[expressions.Count - 1];
        SyntaxTriviaList indentation = Indentation(last.GetLeadingTrivia());
        var items = new List<SyntaxNodeOrToken>();
        SyntaxNodeOrTokenList existingItems = expressions.GetWithSeparators();
        if (expressions.SeparatorCount == expressions.Count)
        {
            // "a,\n    b,\n" + "    Name = x,\n" (a comment after the old last comma stays there).
            SyntaxToken trailing = expressions.GetSeparator(expressions.SeparatorCount - 1);
            items.AddRange(existingItems);
            items.Add(added.WithLeadingTrivia(indentation).WithAdditionalAnnotations(Formatter.Annotation));
            items.Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(LineBreakOrSpace(trailing.TrailingTrivia)));
        }
        else
        {
            // "a, b }" → "a, b, Name = x }"; on separate lines the new comma takes what followed the old last
            // element (a comment, the line break) and the new element ends the line.
            SyntaxTriviaList lastTrailing = last.GetTrailingTrivia();
            bool multiLine = lastTrailing.Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
            for (int i = 0; i < existingItems.Count - 1; i++)
            {
                items.Add(existingItems[i]);
            }

            items.Add(last.WithoutTrailingTrivia());
            items.Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(multiLine ? lastTrailing : SyntaxFactory.TriviaList(SyntaxFactory.Space)));
            items.Add(added.WithLeadingTrivia(indentation).WithTrailingTrivia(multiLine ? LineBreakOrSpace(lastTrailing) : lastTrailing)
                .WithAdditionalAnnotations(Formatter.Annotation));
        }

        return initializer.WithExpressions(SyntaxFactory.SeparatedList<ExpressionSyntax>(items));
    }
}
