using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace PendoGen.CodeFixes;

/// <summary>
/// What every PendoGen fixer shares: one diagnostic ID, the walk over the context's diagnostics of that ID located
/// in this document, and the choice of Fix All. A fixer whose fix keeps the user's values names it in
/// <see cref="BatchEquivalenceKey"/> and gets <see cref="SequentialFixAllProvider"/>; a fixer whose fix changes what
/// the user wrote (drops a value, replaces a chosen setting) leaves it null and is offered one diagnostic at a time.
/// </summary>
public abstract class PendoCodeFixProvider : CodeFixProvider
{
    private FixAllProvider? _fixAll;

    private protected PendoCodeFixProvider(string diagnosticId)
    {
        DiagnosticId = diagnosticId;
        FixableDiagnosticIds = ImmutableArray.Create(diagnosticId);
    }

    /// <summary>The one ID this fixer repairs.</summary>
    public string DiagnosticId { get; }

    public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

    /// <summary>The equivalence key of the fix that Fix All (and <c>dotnet format</c>) applies, or null for none.</summary>
    public abstract string? BatchEquivalenceKey { get; }

    public sealed override FixAllProvider? GetFixAllProvider() =>
        BatchEquivalenceKey is null ? null : _fixAll ??= SequentialFixAllProvider.Create(this);

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        SourceText text = await context.Document.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (diagnostic.Id == DiagnosticId && FixSupport.SpanIn(diagnostic, root.SyntaxTree) is { } span)
            {
                await RegisterAsync(new FixRequest(context, diagnostic, root, text, span)).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Registers the fixes for one diagnostic of <see cref="DiagnosticId"/> located in the document.</summary>
    private protected abstract Task RegisterAsync(FixRequest request);
}
