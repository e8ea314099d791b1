using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using PendoGen.Diagnostics;

namespace PendoGen.CodeFixes;

/// <summary>
/// PENDO003 with a rewrite the analyzer is sure of (<c>2000/12/15</c> → <c>2000-12-15</c>): in a C# string literal
/// (<c>DateOnly.Parse("2000/12/15")</c>) or in a JSON string inside a literal handed to <c>FromJson</c>.
/// Ambiguous dates such as <c>12/15/2000</c> carry no rewrite and get no fix. The same date in another spelling:
/// in Fix All.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(FormatOrPatternCodeFixProvider)), Shared]
public sealed class FormatOrPatternCodeFixProvider : ReplacementCodeFixProvider
{
    public const string EquivalenceKey = DiagnosticIds.FormatOrPattern + ".UseReplacement";

    public FormatOrPatternCodeFixProvider()
        : base(DiagnosticIds.FormatOrPattern, EquivalenceKey)
    {
    }
}
