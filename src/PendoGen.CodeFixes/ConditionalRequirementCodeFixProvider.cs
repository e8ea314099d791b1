using System.Collections.Generic;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Text;
using PendoGen.Analysis;
using PendoGen.Diagnostics;

namespace PendoGen.CodeFixes;

/// <summary>
/// PENDO002 in an object initializer (<c>SyncMode = SyncMode.SpecificAppIds</c> without <c>AppIds</c>): adds the
/// required setting with a placeholder value. It keeps every value the user wrote: in Fix All. (Going back to the
/// condition's default instead is <see cref="ConditionDefaultCodeFixProvider"/>, one diagnostic at a time.)
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ConditionalRequirementCodeFixProvider)), Shared]
public sealed class ConditionalRequirementCodeFixProvider : PendoCodeFixProvider
{
    public const string AddPropertyEquivalenceKey = DiagnosticIds.ConditionalRequirement + ".AddMissingProperty";

    public ConditionalRequirementCodeFixProvider()
        : base(DiagnosticIds.ConditionalRequirement)
    {
    }

    public override string BatchEquivalenceKey => AddPropertyEquivalenceKey;

    /// <summary>"Add AppIds": <c>AppIds = []</c> added to the initializer the requirement is about.</summary>
    private protected override async Task RegisterAsync(FixRequest request)
    {
        SyntaxNode root = request.Root;
        if (!request.IsFrom(FixHints.FromCSharp) || request.Hint(FixHints.MissingProperty) is not { } property || !SyntaxFacts.IsValidIdentifier(property) ||
            FindInitializer(root, request.Span) is not { } initializer || initializer.Parent is not ExpressionSyntax owner ||
            Placeholder(request.Hint(FixHints.MissingKind), root.SyntaxTree.Options) is not { } placeholder)
        {
            return;
        }

        // The initializer must be of a type that has the property (a requirement of a nested record could be
        // reported on a setting of the enclosing one).
        SemanticModel? model = await request.Document.GetSemanticModelAsync(request.Context.CancellationToken).ConfigureAwait(false);
        if (model?.GetTypeInfo(owner, request.Context.CancellationToken).Type is not { } type || !HasSettableProperty(type, property))
        {
            return;
        }

        Document document = request.Document;
        request.Register(
            "Add " + property,
            _ => Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(initializer, WithProperty(initializer, property, placeholder)))),
            AddPropertyEquivalenceKey);
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
