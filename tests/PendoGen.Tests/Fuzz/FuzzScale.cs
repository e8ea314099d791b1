namespace PendoGen.Tests.Fuzz;

/// <summary>
/// How many cases the fuzz and property tests run. CI runs the default; set PENDOGEN_FUZZ_SCALE (e.g. 20) for a
/// longer, deeper run (the same variable as tests/PendoGen.EndToEnd.Tests/Fuzz.cs).
/// </summary>
internal static class FuzzScale
{
    public static int Scale { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("PENDOGEN_FUZZ_SCALE"), out int scale) && scale > 0 ? scale : 1;

    public static int Cases(int ci) => ci * Scale;

    /// <summary>A stride that visits <c>1/ci</c> of the positions at scale 1 and every position at scale <paramref name="ci"/>.</summary>
    public static int Stride(int ci) => Math.Max(1, (ci + Scale - 1) / Scale);
}
