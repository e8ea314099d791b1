using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using PendoGen.Analysis;
using PendoGen.Model;

namespace PendoGen.CodeFixes;

/// <summary>
/// PENDO004 with the allowed value the text most likely meant (<c>"eu"</c> → <c>"EU"</c>, <c>"SSHTunnel"</c> →
/// <c>"SshTunnel"</c>): in JSON text inside a C# literal, and in a plain C# string literal.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ValueNotAllowedCodeFixProvider)), Shared]
public sealed class ValueNotAllowedCodeFixProvider : CodeFixProvider
{
    public const string EquivalenceKey = RuleIds.ValueNotAllowed + ".UseNearestValue";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = FixSupport.Ids(RuleIds.ValueNotAllowed);

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
            if (diagnostic.Id != RuleIds.ValueNotAllowed || FixSupport.Hint(diagnostic, FixHints.Replacement) is not { } replacement ||
                FixSupport.SpanIn(diagnostic, root.SyntaxTree) is not { } span)
            {
                continue;
            }

            if (FixSupport.IsFrom(diagnostic, "Json"))
            {
                FormatOrPatternCodeFixProvider.RegisterJsonReplacement(context, diagnostic, root, text, span, replacement,
                    "Change to '" + replacement + "'", EquivalenceKey);
            }
            else if (FixSupport.IsFrom(diagnostic, "CSharp"))
            {
                FormatOrPatternCodeFixProvider.RegisterLiteralReplacement(context, diagnostic, root, span, replacement,
                    "Change to '" + replacement + "'", EquivalenceKey);
            }
        }
    }
}
