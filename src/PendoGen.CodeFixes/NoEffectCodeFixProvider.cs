using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using PendoGen.Analysis;
using PendoGen.Diagnostics;

namespace PendoGen.CodeFixes;

/// <summary>
/// PENDO005: removes the setting that has no effect, an assignment of an object initializer or a member of JSON
/// text inside a C# literal, leaving the separators and layout of the rest valid.
/// </summary>
/// <remarks>
/// Removing discards a value the user wrote (a date they may have meant to use with the setting that would make
/// it count), so the fix is offered one diagnostic at a time, its title says the value goes, and it has no Fix
/// All: <c>dotnet format</c> reports PENDO005 and leaves it.
/// </remarks>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NoEffectCodeFixProvider)), Shared]
public sealed class NoEffectCodeFixProvider : PendoCodeFixProvider
{
    public const string EquivalenceKey = DiagnosticIds.NoEffect + ".RemoveSetting";

    public NoEffectCodeFixProvider()
        : base(DiagnosticIds.NoEffect)
    {
    }

    /// <summary>None: removing a setting discards the user's value.</summary>
    public override string? BatchEquivalenceKey => null;

    /// <summary>"Remove AppIds (discards its value)".</summary>
    public static string Title(string name) => "Remove " + name + " (discards its value)";

    private protected override Task RegisterAsync(FixRequest request)
    {
        if (request.IsFrom(FixHints.FromCSharp) && FixSupport.InitializerAssignment(request.Root, request.Span) is { } assignment &&
            AssignmentRemoval(assignment) is { } assignmentRemoval)
        {
            request.RegisterReplacement(Title(((IdentifierNameSyntax)assignment.Left).Identifier.ValueText), assignmentRemoval, "", EquivalenceKey);
        }
        else if (request.IsFrom(FixHints.FromJson) && JsonMemberRemoval(request.Root, request.Text, request.Span) is { } memberRemoval)
        {
            request.RegisterReplacement(Title(FixSupport.LastName(request.Hint(FixHints.Path)) ?? "setting"), memberRemoval, "", EquivalenceKey);
        }

        return Task.CompletedTask;
    }

    // Both removals take the comma before the setting, or, for the first one, the comma after it: "a, X, b"
    // gives "a, b", "X, b" gives "b".

    /// <summary>
    /// The text to delete for an assignment of an initializer: with the comma before it (<c>a, X</c>), or for
    /// the first one with the comma after it and the layout up to the next one (<c>X, b</c>); a sole element
    /// goes with its trivia and comma (<c>{ X }</c> → <c>{ }</c>).
    /// </summary>
    private static TextSpan? AssignmentRemoval(AssignmentExpressionSyntax assignment)
    {
        if (assignment.Parent is not InitializerExpressionSyntax initializer)
        {
            return null;
        }

        SeparatedSyntaxList<ExpressionSyntax> expressions = initializer.Expressions;
        int index = expressions.IndexOf(assignment);
        if (index < 0 || assignment.ContainsDirectives)
        {
            return null;
        }

        if (index > 0)
        {
            SyntaxToken before = expressions.GetSeparator(index - 1);
            return TextSpan.FromBounds(before.SpanStart, assignment.Span.End);
        }

        if (expressions.Count > 1)
        {
            return TextSpan.FromBounds(assignment.SpanStart, expressions[1].SpanStart);
        }

        int end = expressions.SeparatorCount > 0 ? expressions.GetSeparator(0).FullSpan.End : assignment.FullSpan.End;
        return TextSpan.FromBounds(assignment.FullSpan.Start, end);
    }

    /// <summary>
    /// The text to delete for a JSON member (<c>"key": value</c>): the member with one adjacent comma and the
    /// whitespace between (as for assignments: the comma before it, else the one after it and the layout up to
    /// the next member); a sole member with its line, if it has one of its own. Only where the source characters
    /// are the JSON characters: a raw or verbatim literal, or no backslash in the removed text.
    /// </summary>
    private static TextSpan? JsonMemberRemoval(SyntaxNode root, SourceText text, TextSpan span)
    {
        if (span.IsEmpty || !FixSupport.TryFindStringLiteral(root, span, out FixSupport.StringLiteral literal))
        {
            return null;
        }

        int low = literal.Content.Start;
        int high = literal.Content.End;
        int start = span.Start;
        int end = span.End;
        int before = start;
        while (before > low && IsWhiteSpace(text[before - 1]))
        {
            before--;
        }

        int after = end;
        while (after < high && IsWhiteSpace(text[after]))
        {
            after++;
        }

        if (before > low && text[before - 1] == ',')
        {
            start = before - 1; // "a, X" → "a"
        }
        else if (after < high && text[after] == ',')
        {
            end = after + 1; // "X, b" → "b": the comma and the layout up to the next member
            while (end < high && IsWhiteSpace(text[end]))
            {
                end++;
            }
        }
        else
        {
            // The only member: "{ X }" → "{ }", and a line of its own goes entirely.
            int lineStart = start;
            while (lineStart > low && IsBlank(text[lineStart - 1]))
            {
                lineStart--;
            }

            int lineEnd = end;
            while (lineEnd < high && IsBlank(text[lineEnd]))
            {
                lineEnd++;
            }

            if (lineStart > low && IsLineBreak(text[lineStart - 1]) && lineEnd < high && IsLineBreak(text[lineEnd]))
            {
                start = lineStart;
                end = lineEnd + (text[lineEnd] == '\r' && lineEnd + 1 < high && text[lineEnd + 1] == '\n' ? 2 : 1);
            }
            else if (start > low && IsBlank(text[start - 1]))
            {
                end = lineEnd;
            }
        }

        var removal = TextSpan.FromBounds(start, end);
        if (literal.Kind == FixSupport.LiteralKind.Regular && text.ToString(removal).IndexOf('\\') >= 0)
        {
            return null; // escapes: the source characters are not the JSON characters
        }

        return removal;
    }

    private static bool IsWhiteSpace(char c) => c is ' ' or '\t' or '\r' or '\n';

    private static bool IsBlank(char c) => c is ' ' or '\t';

    private static bool IsLineBreak(char c) => c is '\r' or '\n';
}
