using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace PendoGen.Emit;

/// <summary>
/// The runtime support (ValidationIssue, JSON and validation helpers) that generated code calls. It is added to
/// the consuming compilation as source, so the package has no runtime dependency of its own. The files live in
/// src/PendoGen/Runtime as real C# and are embedded in this assembly.
/// </summary>
internal static class RuntimeSources
{
    private const string Prefix = "PendoGen.Runtime.";

    /// <summary>A type the runtime declares; if a referenced assembly already has it, the runtime is not emitted again.</summary>
    public const string MarkerTypeName = "PendoGen.ValidationIssue";

    /// <summary>(hint name, source) pairs, in a fixed order.</summary>
    public static IReadOnlyList<(string HintName, string Source)> All { get; } = Load();

    private static IReadOnlyList<(string, string)> Load()
    {
        Assembly assembly = typeof(RuntimeSources).Assembly;
        var result = new List<(string, string)>();
        foreach (string name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, System.StringComparison.Ordinal)).OrderBy(n => n, System.StringComparer.Ordinal))
        {
            using Stream stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            string text = reader.ReadToEnd().Replace("\r\n", "\n").Replace("$VERSION$", SourceNames.Version);
            string file = name.Substring(Prefix.Length);
            result.Add(("PendoGen.Runtime." + file.Substring(0, file.Length - 3) + ".g.cs", text));
        }

        return result;
    }
}
