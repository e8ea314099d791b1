namespace PendoGen.Benchmarks;

/// <summary>Summaries of repeated in-process measurements (the analyzer tools print medians).</summary>
internal static class Stats
{
    /// <summary>The middle value (the upper one of the two middle values for an even count); sorts the list.</summary>
    public static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
