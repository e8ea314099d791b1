using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PendoGen.Analysis;

/// <summary>
/// Decides from the syntax alone whether a node may be a generated record or a call of its <c>FromJson</c>, so
/// that the semantic model is asked only about those nodes. Why: operation actions make the analyzer driver build
/// an operation tree for every method body of the project, which cost a project that uses no PendoGen type about
/// half its compile time again; a syntax check per creation/invocation node costs next to nothing.
/// </summary>
/// <remarks>
/// A <c>new T { ... }</c> passes when the last identifier of <c>T</c> is the name of a generated record, or of a
/// using alias (anywhere in the compilation, <c>global using</c> included) whose target ends in such a name.
/// Target-typed <c>new() { ... }</c> and <c>x with { ... }</c> carry no name and always go to the semantic model.
/// </remarks>
internal sealed class SyntaxPrefilter
{
    private readonly HashSet<string> _typeNames;
    private readonly Compilation _compilation;
    private HashSet<string>? _namesWithAliases;

    public SyntaxPrefilter(IEnumerable<string> generatedTypeNames, Compilation compilation)
    {
        _typeNames = new HashSet<string>(generatedTypeNames, StringComparer.Ordinal);
        _compilation = compilation;
    }

    /// <summary>The simple name of the generated method whose constant JSON argument the analyzer reads.</summary>
    public const string FromJsonName = Common.GeneratedNames.FromJson;

    public bool MayBeGeneratedRecord(ObjectCreationExpressionSyntax creation, CancellationToken cancellationToken) =>
        LastIdentifier(creation.Type) is { } name && NamesWithAliases(cancellationToken).Contains(name);

    public static bool MayBeFromJson(InvocationExpressionSyntax invocation) =>
        invocation.ArgumentList.Arguments.Count == 1 &&
        invocation.Expression switch
        {
            MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText == FromJsonName,
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText == FromJsonName, // inside the record, or using static
            MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText == FromJsonName,
            _ => false,
        };

    private static string? LastIdentifier(TypeSyntax type) => type switch
    {
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax aliasQualified => aliasQualified.Name.Identifier.ValueText,
        _ => null,
    };

    /// <summary>Computed once per compilation, on the first creation expression seen; reads only using directives.</summary>
    private HashSet<string> NamesWithAliases(CancellationToken cancellationToken)
    {
        HashSet<string>? names = Volatile.Read(ref _namesWithAliases);
        if (names is not null)
        {
            return names;
        }

        names = new HashSet<string>(_typeNames, StringComparer.Ordinal);
        foreach (SyntaxTree tree in _compilation.SyntaxTrees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (tree.GetRoot(cancellationToken) is CompilationUnitSyntax unit)
            {
                AddAliases(unit.Usings, unit.Members, names);
            }
        }

        Interlocked.CompareExchange(ref _namesWithAliases, names, null);
        return _namesWithAliases!;
    }

    private void AddAliases(SyntaxList<UsingDirectiveSyntax> usings, SyntaxList<MemberDeclarationSyntax> members, HashSet<string> names)
    {
        foreach (UsingDirectiveSyntax directive in usings)
        {
            // Roslyn 4.8's syntax: the alias target is directive.Name (null only for C# 12 aliases of other types).
            if (directive.Alias is { } alias && directive.Name is { } target && LastIdentifier(target) is { } last && _typeNames.Contains(last))
            {
                names.Add(alias.Name.Identifier.ValueText);
            }
        }

        foreach (MemberDeclarationSyntax member in members)
        {
            if (member is BaseNamespaceDeclarationSyntax ns)
            {
                AddAliases(ns.Usings, ns.Members, names);
            }
        }
    }
}
