using System.Linq;

namespace PendoGen.Generation;

/// <summary>
/// The project-wide inputs of generation: the facts about the compilation and its references, and the
/// <c>PendoGenAccessibility</c> build property.
/// </summary>
/// <param name="Facts">What the compilation provides and lacks.</param>
/// <param name="Internal">True when <c>PendoGenAccessibility</c> is <c>internal</c>: this assembly keeps every
/// generated type to itself (a library that uses PendoGen as an implementation detail).</param>
internal sealed record GenerationSettings(ProjectFacts Facts, bool Internal)
{
    /// <summary>The build property that sets the accessibility of the generated types.</summary>
    public const string AccessibilityProperty = "build_property.PendoGenAccessibility";

    public bool Supported => Facts.Unsupported is null;

    /// <summary>True when a referenced assembly already generated this schema file into the same namespace.</summary>
    public bool Provides(SchemaFileInput file) =>
        Facts.ProvidedSchemas.Contains(ProjectFacts.SchemaKey(file.Namespace, System.IO.Path.GetFileName(file.Path)));

    public static bool IsInternal(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions options) =>
        options.TryGetValue(AccessibilityProperty, out string? value) &&
        string.Equals(value?.Trim(), "internal", System.StringComparison.OrdinalIgnoreCase);
}
