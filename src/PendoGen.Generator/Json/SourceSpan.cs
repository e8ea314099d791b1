namespace PendoGen.Json;

/// <summary>Where a piece of JSON text sits in its file: character offsets and zero-based line/column.</summary>
internal readonly record struct SourceSpan(int Start, int End, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public int Length => End - Start;
}
