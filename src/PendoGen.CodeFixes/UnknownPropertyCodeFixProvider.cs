using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using PendoGen.Analysis;
using PendoGen.Diagnostics;

namespace PendoGen.CodeFixes;

/// <summary>
/// PENDO006 with a near property name: renames the JSON key (<c>"app_id"</c> → <c>"app_ids"</c>). The value stays,
/// now under the key the API reads: in Fix All (one rename per literal and round, so two keys never become one).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnknownPropertyCodeFixProvider)), Shared]
public sealed class UnknownPropertyCodeFixProvider : PendoCodeFixProvider
{
    public const string EquivalenceKey = DiagnosticIds.UnknownProperty + ".RenameKey";

    public UnknownPropertyCodeFixProvider()
        : base(DiagnosticIds.UnknownProperty)
    {
    }

    public override string BatchEquivalenceKey => EquivalenceKey;

    private protected override Task RegisterAsync(FixRequest request)
    {
        if (request.IsFrom(FixHints.FromJson) && request.Hint(FixHints.Replacement) is { } replacement && FixSupport.IsPlain(replacement) &&
            FixSupport.TryGetPlainJsonStringContent(request.Root, request.Text, request.Span, out TextSpan content, out FixSupport.StringLiteral literal) &&
            !FixSupport.HasKey(request.Text, literal, replacement))
        {
            // (When the new name is a key already, a rename would make a duplicate key, which the reader rejects.)
            request.RegisterReplacement("Rename to '" + replacement + "'", content, replacement, EquivalenceKey);
        }

        return Task.CompletedTask;
    }
}
