using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using PendoGen.Common;
using PendoGen.Emit;

namespace PendoGen.Generation;

/// <summary>
/// What the compilation around the generator provides and lacks, reduced to values (no symbols) so the pipeline
/// caches: whether generated code can compile here at all, which runtime support and which schemas referenced
/// assemblies already provide (so they are reused, not generated a second time), and who provides them.
/// </summary>
/// <param name="Unsupported">Why generated code cannot compile in this project, or null when it can.</param>
/// <param name="RuntimeApiReferenced">A reference provides the public runtime types (ValidationIssue, Secret).</param>
/// <param name="RuntimePlumbingReferenced">A reference gives access to its internal helpers (InternalsVisibleTo).</param>
/// <param name="ProvidedSchemas">Schemas a reference already generated, as <c>namespace|file name</c>.</param>
/// <param name="Duplicates">Public PendoGen types or schemas that more than one reference provides, as <c>what|assembly, assembly</c>.</param>
internal sealed record ProjectFacts(
    string? Unsupported,
    bool RuntimeApiReferenced,
    bool RuntimePlumbingReferenced,
    EquatableArray<string> ProvidedSchemas,
    EquatableArray<string> Duplicates)
{
    public const string SchemaAttributeName = Common.GeneratedNames.SchemaAttributeMetadataName;

    public static string SchemaKey(string ns, string fileName) => ns + "|" + fileName.ToLowerInvariant();

    public static ProjectFacts From(Compilation compilation)
    {
        string? unsupported = TargetSupport.Check(compilation);
        List<string> apiProviders = ReferencedProviders(compilation, RuntimeSources.ApiMarkerTypeName);
        bool plumbing = ReferencedProviders(compilation, RuntimeSources.PlumbingMarkerTypeName).Count > 0;

        var schemaProviders = new SortedDictionary<string, List<string>>(System.StringComparer.Ordinal);
        foreach (IAssemblySymbol assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (!MayHoldSchemas(assembly))
            {
                continue;
            }

            foreach (AttributeData attribute in assembly.GetAttributes())
            {
                if (attribute.AttributeClass?.ToDisplayString() == SchemaAttributeName &&
                    attribute.ConstructorArguments.Length == 3 &&
                    attribute.ConstructorArguments[0].Value is string file &&
                    attribute.ConstructorArguments[1].Value is string ns)
                {
                    string key = SchemaKey(ns, file);
                    if (!schemaProviders.TryGetValue(key, out List<string>? names))
                    {
                        schemaProviders[key] = names = new List<string>();
                    }

                    if (!names.Contains(assembly.Identity.Name))
                    {
                        names.Add(assembly.Identity.Name);
                    }
                }
            }
        }

        var duplicates = new List<string>();
        if (apiProviders.Count > 1)
        {
            duplicates.Add(RuntimeSources.ApiMarkerTypeName + "|" + string.Join(", ", apiProviders));
        }

        foreach (KeyValuePair<string, List<string>> pair in schemaProviders.Where(p => p.Value.Count > 1))
        {
            string[] parts = pair.Key.Split('|');
            duplicates.Add($"the types of {parts[1]} (namespace {parts[0]})|" + string.Join(", ", pair.Value.OrderBy(n => n, System.StringComparer.Ordinal)));
        }

        return new ProjectFacts(
            unsupported,
            apiProviders.Count > 0,
            plumbing,
            new EquatableArray<string>(schemaProviders.Keys),
            new EquatableArray<string>(duplicates));
    }

    /// <summary>The referenced assemblies that define <paramref name="metadataName"/> accessibly to this compilation, by name.</summary>
    private static List<string> ReferencedProviders(Compilation compilation, string metadataName)
    {
        var names = new List<string>();
        foreach (INamedTypeSymbol candidate in compilation.GetTypesByMetadataName(metadataName))
        {
            if (!SymbolEqualityComparer.Default.Equals(candidate.ContainingAssembly, compilation.Assembly) &&
                compilation.IsSymbolAccessibleWithin(candidate, compilation.Assembly) &&
                !names.Contains(candidate.ContainingAssembly.Identity.Name))
            {
                names.Add(candidate.ContainingAssembly.Identity.Name);
            }
        }

        names.Sort(System.StringComparer.Ordinal);
        return names;
    }

    /// <summary>Framework assemblies never carry PendoGen schemas; skipping them keeps this cheap.</summary>
    private static bool MayHoldSchemas(IAssemblySymbol assembly)
    {
        string name = assembly.Identity.Name;
        return !(name.StartsWith("System", System.StringComparison.Ordinal) || name.StartsWith("Microsoft.", System.StringComparison.Ordinal) ||
                 name is "netstandard" or "mscorlib" or "WindowsBase");
    }
}
