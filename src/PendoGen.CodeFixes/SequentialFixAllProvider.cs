using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace PendoGen.CodeFixes;

/// <summary>
/// Fix All for a <see cref="PendoCodeFixProvider"/>: in each document, applies the provider's batch fix to every
/// diagnostic, in source order, the same way on every run.
/// </summary>
/// <remarks>
/// <para>
/// Why not <c>WellKnownFixAllProviders.BatchFixer</c>: it applies only actions whose equivalence key equals the one
/// of the action Fix All started from, and <c>dotnet format</c> starts from the first diagnostic of its analysis
/// result, which can be of another ID (one analyzer reports them all) or have no fix: the key is then null and the
/// batch fixer returns nothing ("didn't return a Fix All action"), depending on the order of a concurrent analysis.
/// This one always applies the provider's <see cref="PendoCodeFixProvider.BatchEquivalenceKey"/>.
/// </para>
/// <para>
/// It also drops no fix: a fix whose changes touch another's, or that is the second fix inside one string
/// literal (two renames could make the same key), waits for the next round, where it is computed again on the
/// new text (its diagnostic moved by the earlier changes). Each round applies at least one fix.
/// </para>
/// </remarks>
internal static class SequentialFixAllProvider
{
    public static FixAllProvider Create(PendoCodeFixProvider provider) =>
        FixAllProvider.Create((context, document, diagnostics) => FixDocumentAsync(provider, document, diagnostics, context.CancellationToken));

    private static async Task<Document?> FixDocumentAsync(PendoCodeFixProvider provider, Document document, ImmutableArray<Diagnostic> diagnostics,
        CancellationToken cancellationToken)
    {
        string? key = provider.BatchEquivalenceKey;
        SyntaxTree? tree = await document.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false);
        if (key is null || tree is null)
        {
            return null;
        }

        List<Diagnostic> pending = diagnostics
            .Where(d => d.Id == provider.DiagnosticId && d.Location.IsInSource && d.Location.SourceTree == tree)
            .OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Location.SourceSpan.End)
            .ToList();
        Document current = document;
        for (int round = 0; round <= pending.Count && pending.Count > 0; round++)
        {
            SyntaxNode root = (await current.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
            var accepted = new List<TextChange>();
            var claimedLiterals = new HashSet<int>();
            var deferred = new List<Diagnostic>();
            foreach (Diagnostic diagnostic in pending)
            {
                int? literal = EnclosingStringLiteral(root, diagnostic.Location.SourceSpan);
                if (literal is { } start && claimedLiterals.Contains(start))
                {
                    deferred.Add(diagnostic);
                    continue;
                }

                List<TextChange>? changes = await ChangesOfAsync(provider, current, diagnostic, key, cancellationToken).ConfigureAwait(false);
                if (changes is null || changes.Count == 0)
                {
                    continue; // no batch fix for this one
                }

                if (changes.Any(c => accepted.Any(a => a.Span.IntersectsWith(c.Span))))
                {
                    deferred.Add(diagnostic);
                    continue;
                }

                accepted.AddRange(changes);
                if (literal is { } claimed)
                {
                    claimedLiterals.Add(claimed);
                }
            }

            if (accepted.Count == 0)
            {
                break;
            }

            SourceText text = await current.GetTextAsync(cancellationToken).ConfigureAwait(false);
            current = current.WithText(text.WithChanges(accepted));
            SyntaxTree newTree = (await current.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false))!;
            pending = deferred.Select(d => Moved(d, accepted, newTree)).Where(d => d is not null).Select(d => d!).ToList();
        }

        return current == document ? null : current;
    }

    /// <summary>The text changes of the provider's batch fix for one diagnostic, or null when it offers none.</summary>
    private static async Task<List<TextChange>?> ChangesOfAsync(PendoCodeFixProvider provider, Document document, Diagnostic diagnostic, string key,
        CancellationToken cancellationToken)
    {
        CodeAction? action = null;
        var context = new CodeFixContext(document, diagnostic, (a, _) => action ??= a.EquivalenceKey == key ? a : null, cancellationToken);
        await provider.RegisterCodeFixesAsync(context).ConfigureAwait(false);
        if (action is null)
        {
            return null;
        }

        ImmutableArray<CodeActionOperation> operations = await action.GetOperationsAsync(cancellationToken).ConfigureAwait(false);
        if (operations.OfType<ApplyChangesOperation>().FirstOrDefault()?.ChangedSolution.GetDocument(document.Id) is not { } changed)
        {
            return null;
        }

        return (await changed.GetTextChangesAsync(document, cancellationToken).ConfigureAwait(false)).ToList();
    }

    /// <summary>The start of the C# string literal token holding <paramref name="span"/> (JSON text), or null.</summary>
    private static int? EnclosingStringLiteral(SyntaxNode root, TextSpan span)
    {
        if (span.End > root.FullSpan.End)
        {
            return null;
        }

        SyntaxToken token = root.FindToken(span.Start);
        return token.Span.Contains(span) && (token.IsKind(SyntaxKind.StringLiteralToken) || token.IsKind(SyntaxKind.Utf8StringLiteralToken) ||
                                             token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken) ||
                                             token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken) ||
                                             token.IsKind(SyntaxKind.Utf8SingleLineRawStringLiteralToken) ||
                                             token.IsKind(SyntaxKind.Utf8MultiLineRawStringLiteralToken))
            ? token.SpanStart
            : null;
    }

    /// <summary>
    /// The diagnostic located where its text is after <paramref name="changes"/> (an insertion at either end stays
    /// outside, so the span still covers exactly the node it was about), or null when a change cuts across one of
    /// its ends (what it was about was rewritten).
    /// </summary>
    private static Diagnostic? Moved(Diagnostic diagnostic, List<TextChange> changes, SyntaxTree newTree)
    {
        TextSpan span = diagnostic.Location.SourceSpan;
        int start = span.Start;
        int end = span.End;
        int startDelta = 0;
        int endDelta = 0;
        foreach (TextChange change in changes)
        {
            int delta = (change.NewText?.Length ?? 0) - change.Span.Length;
            if ((change.Span.Start < start && start < change.Span.End) || (change.Span.Start < end && end < change.Span.End))
            {
                return null;
            }

            if (change.Span.End <= start)
            {
                startDelta += delta;
            }

            if (change.Span.End <= end && !(change.Span.IsEmpty && change.Span.Start == end && start != end))
            {
                endDelta += delta;
            }
        }

        var moved = TextSpan.FromBounds(start + startDelta, System.Math.Max(start + startDelta, end + endDelta));
        return Diagnostic.Create(diagnostic.Descriptor, Location.Create(newTree, moved), diagnostic.Severity, diagnostic.AdditionalLocations,
            diagnostic.Properties);
    }
}
