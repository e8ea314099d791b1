using System.Text.RegularExpressions;

namespace PendoGen.Emit;

/// <summary>
/// Makes the top-level types of a generated file internal. Generated files declare their types at the start of a
/// line (file-scoped namespaces), nested types and members are indented, so only the top-level declarations change:
/// members of an internal type may stay public.
/// </summary>
internal static class GeneratedAccessibility
{
    private static readonly Regex s_topLevelPublic = new("^public ", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    public static string MakeInternal(string source) => s_topLevelPublic.Replace(source, "internal ");
}
