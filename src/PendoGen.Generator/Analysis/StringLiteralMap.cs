using Microsoft.CodeAnalysis;

namespace PendoGen.Analysis;

/// <summary>Placeholder until the escape-aware decoder lands: maps nothing, so callers fall back to the whole literal.</summary>
internal static class StringLiteralMap
{
    public static bool TryDecode(SyntaxToken token, out string value, out int[] sourceOffsets)
    {
        value = "";
        sourceOffsets = System.Array.Empty<int>();
        return false;
    }
}
