using System.Threading.Tasks;
using PendoGen.Analysis;

namespace PendoGen.CodeFixes;

/// <summary>
/// A fixer whose one fix puts the analyzer's <see cref="FixHints.Replacement"/> in place of the squiggled value, in a
/// C# string literal or in JSON text (<see cref="ValueReplacement"/>). The analyzer offers a replacement only when it
/// is sure what the user meant, so the fix keeps the user's intent and is in Fix All.
/// </summary>
public abstract class ReplacementCodeFixProvider : PendoCodeFixProvider
{
    private protected ReplacementCodeFixProvider(string diagnosticId, string equivalenceKey)
        : base(diagnosticId)
    {
        BatchEquivalenceKey = equivalenceKey;
    }

    public sealed override string BatchEquivalenceKey { get; }

    private protected sealed override Task RegisterAsync(FixRequest request)
    {
        if (request.Hint(FixHints.Replacement) is { } replacement)
        {
            ValueReplacement.Register(request, replacement, BatchEquivalenceKey);
        }

        return Task.CompletedTask;
    }
}
