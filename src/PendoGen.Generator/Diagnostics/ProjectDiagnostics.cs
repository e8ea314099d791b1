using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace PendoGen.Diagnostics;

/// <summary>
/// Diagnostics about the project around the generated code rather than a schema or a literal: how PendoGen is used
/// across assemblies (PENDO010), with other source generators (PENDO011) and on targets it cannot serve (PENDO012).
/// Keep in sync with AnalyzerReleases.Unshipped.md and docs/rules/.
/// </summary>
internal static class ProjectDiagnostics
{
    private const string Category = "PendoGen.Project";

    public static readonly DiagnosticDescriptor ProvidedTwice = Create(
        DiagnosticIds.ProvidedTwice,
        "PendoGen types provided by more than one reference",
        "{0} is provided publicly by more than one referenced assembly ({1}); code that names it fails with CS0433. Let one library own the PendoGen types and the others reference it, or set <PendoGenAccessibility>internal</PendoGenAccessibility> in the libraries that only use them internally.",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InvisibleToOtherGenerator = Create(
        DiagnosticIds.InvisibleToOtherGenerator,
        "Other source generators cannot see PendoGen's types",
        "The System.Text.Json source generator cannot see '{0}', which PendoGen generates in this project, so '{1}' cannot be serialized from this context (CS0246 in its generated code). Generate the PendoGen types in a library this project references, or serialize them with their own ToJson/WriteTo/FromJson or PendoGenJsonTypeInfoResolver.",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnsupportedTarget = Create(
        DiagnosticIds.UnsupportedTarget,
        "Project cannot compile PendoGen's generated code",
        "PendoGen generated nothing: this project {0}. Target net8.0 or later with C# 11 or later, or reference PendoGen only where it can be used (for example a PackageReference with a TargetFramework condition).",
        DiagnosticSeverity.Error);

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = new[] { ProvidedTwice, InvisibleToOtherGenerator, UnsupportedTarget };

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: RepositoryInfo.RulePagesBase + id + ".md");
}
