using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using PendoGen.Analysis;
using PendoGen.Model;

namespace PendoGen.CodeFixes;

/// <summary>PENDO006 with a near property name: renames the JSON key (<c>"app_id"</c> → <c>"app_ids"</c>).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnknownPropertyCodeFixProvider)), Shared]
public sealed class UnknownPropertyCodeFixProvider : CodeFixProvider
{
    public const string EquivalenceKey = RuleIds.UnknownProperty + ".RenameKey";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = FixSupport.Ids(RuleIds.UnknownProperty);

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
            if (diagnostic.Id != RuleIds.UnknownProperty || !FixSupport.IsFrom(diagnostic, "Json") ||
                FixSupport.Hint(diagnostic, FixHints.Replacement) is not { } replacement || !FixSupport.IsPlain(replacement) ||
                FixSupport.SpanIn(diagnostic, root.SyntaxTree) is not { } span ||
                !FixSupport.TryGetPlainJsonStringContent(root, text, span, out TextSpan content, out FixSupport.StringLiteral literal) ||
                FixSupport.HasKey(text, literal, replacement))
            {
                continue; // nothing to rename in place, or the new name is a key already (a duplicate key is rejected)
            }

            Document document = context.Document;
            context.RegisterCodeFix(
                CodeAction.Create("Rename to '" + replacement + "'", ct => FixSupport.ReplaceTextAsync(document, content, replacement, ct), EquivalenceKey),
                diagnostic);
        }
    }
}
