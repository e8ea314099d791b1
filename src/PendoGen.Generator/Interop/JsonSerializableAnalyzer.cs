using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PendoGen.Diagnostics;

namespace PendoGen.Interop;

/// <summary>
/// PENDO011: a <c>[JsonSerializable(typeof(X))]</c> on a <c>JsonSerializerContext</c> whose X is, or holds, a type
/// PendoGen generates in the same project. The System.Text.Json source generator runs beside PendoGen and never
/// sees its output, so its code for X fails with CS0246; this says why, at the attribute, and what to do.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class JsonSerializableAnalyzer : DiagnosticAnalyzer
{
    private const string ContextTypeName = "System.Text.Json.Serialization.JsonSerializerContext";
    private const string AttributeTypeName = "System.Text.Json.Serialization.JsonSerializableAttribute";

    /// <summary>How deep into properties, fields, elements and type arguments the search goes.</summary>
    private const int MaxDepth = 6;

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(ProjectDiagnostics.InvisibleToOtherGenerator);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            INamedTypeSymbol? contextType = start.Compilation.GetTypeByMetadataName(ContextTypeName);
            INamedTypeSymbol? attributeType = start.Compilation.GetTypeByMetadataName(AttributeTypeName);
            if (contextType is null || attributeType is null)
            {
                return;
            }

            start.RegisterSymbolAction(symbolContext => AnalyzeContext(symbolContext, contextType, attributeType), SymbolKind.NamedType);
        });
    }

    private static void AnalyzeContext(SymbolAnalysisContext context, INamedTypeSymbol contextType, INamedTypeSymbol attributeType)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (!DerivesFrom(type, contextType))
        {
            return;
        }

        foreach (AttributeData attribute in type.GetAttributes())
        {
            if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType) ||
                attribute.ConstructorArguments.Length == 0 ||
                attribute.ConstructorArguments[0].Value is not ITypeSymbol serialized ||
                attribute.ApplicationSyntaxReference is not { } syntax)
            {
                continue;
            }

            if (FindGenerated(serialized, context.Compilation.Assembly) is { } generated)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    ProjectDiagnostics.InvisibleToOtherGenerator,
                    syntax.GetSyntax(context.CancellationToken).GetLocation(),
                    generated.ToDisplayString(),
                    serialized.ToDisplayString()));
            }
        }
    }

    /// <summary>The first PendoGen type of this assembly that <paramref name="root"/> is or holds, breadth first.</summary>
    internal static INamedTypeSymbol? FindGenerated(ITypeSymbol root, IAssemblySymbol assembly)
    {
        var seen = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
        var queue = new Queue<(ITypeSymbol Type, int Depth)>();
        queue.Enqueue((root, 0));
        while (queue.Count > 0)
        {
            (ITypeSymbol type, int depth) = queue.Dequeue();
            if (!seen.Add(type))
            {
                continue;
            }

            if (type is INamedTypeSymbol named && IsGeneratedHere(named, assembly))
            {
                return named;
            }

            if (depth == MaxDepth)
            {
                continue;
            }

            foreach (ITypeSymbol next in Parts(type))
            {
                queue.Enqueue((next, depth + 1));
            }
        }

        return null;
    }

    /// <summary>The types a serializer would meet inside <paramref name="type"/>.</summary>
    private static IEnumerable<ITypeSymbol> Parts(ITypeSymbol type)
    {
        switch (type)
        {
            case IArrayTypeSymbol array:
                yield return array.ElementType;
                yield break;
            case INamedTypeSymbol named:
                foreach (ITypeSymbol argument in named.TypeArguments)
                {
                    yield return argument;
                }

                // Members of the user's own types only: framework types hold nothing PendoGen made.
                if (!named.Locations.Any(l => l.IsInSource))
                {
                    yield break;
                }

                foreach (ISymbol member in named.GetMembers())
                {
                    if (member.IsStatic || member.DeclaredAccessibility != Accessibility.Public)
                    {
                        continue;
                    }

                    if (member is IPropertySymbol property && !property.IsIndexer)
                    {
                        yield return property.Type;
                    }
                    else if (member is IFieldSymbol field)
                    {
                        yield return field.Type;
                    }
                }

                yield break;
        }
    }

    /// <summary>A type of this assembly marked <c>[GeneratedCode("PendoGen", ...)]</c>.</summary>
    private static bool IsGeneratedHere(INamedTypeSymbol type, IAssemblySymbol assembly) =>
        SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, assembly) &&
        type.GetAttributes().Any(a =>
            a.AttributeClass?.Name == Common.GeneratedNames.GeneratedCodeAttributeName &&
            a.ConstructorArguments.Length > 0 && a.ConstructorArguments[0].Value as string == Common.GeneratedNames.GeneratorName);

    private static bool DerivesFrom(INamedTypeSymbol type, INamedTypeSymbol baseType)
    {
        for (INamedTypeSymbol? current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, baseType))
            {
                return true;
            }
        }

        return false;
    }
}
