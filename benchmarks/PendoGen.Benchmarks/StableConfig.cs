using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace PendoGen.Benchmarks;

/// <summary>
/// The job behind the figures quoted in docs/performance.md (<c>--stable</c>). <c>--job short</c> (3 iterations)
/// let two consecutive runs disagree by more than 1.0 on the generator ratio: a single gen-2 collection or a late
/// tier-1 JIT lands in one of three samples. This job warms up longer (so tiered JIT settles before measuring),
/// measures 30 iterations of at least 250 ms each, and forces a full collection between iterations so one run's
/// garbage is not collected inside the next one's measurement. In process, like the short runs, so the baseline
/// and the measured code share one process and one machine state.
/// </summary>
internal static class StableConfig
{
    public static IConfig Create() =>
        DefaultConfig.Instance.AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithWarmupCount(10)
            .WithIterationCount(30)
            .WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(250))
            .WithGcForce(true)
            .WithId("stable"));
}
