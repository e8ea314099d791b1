using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using PendoGen.Diagnostics;

namespace PendoGen.CodeFixes;

/// <summary>
/// PENDO004 with the allowed value the text most likely meant (<c>"eu"</c> → <c>"EU"</c>, <c>"SSHTunnel"</c> →
/// <c>"SshTunnel"</c>): in JSON text inside a C# literal, and in a plain C# string literal. The analyzer offers a
/// replacement only for the same letters in another case or a unique near spelling (a typo), so it keeps what the
/// user meant: in Fix All.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ValueNotAllowedCodeFixProvider)), Shared]
public sealed class ValueNotAllowedCodeFixProvider : ReplacementCodeFixProvider
{
    public const string EquivalenceKey = DiagnosticIds.ValueNotAllowed + ".UseNearestValue";

    public ValueNotAllowedCodeFixProvider()
        : base(DiagnosticIds.ValueNotAllowed, EquivalenceKey)
    {
    }
}
