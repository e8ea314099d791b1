using BenchmarkDotNet.Attributes;

namespace PendoGen.Benchmarks;

/// <summary>
/// Validate() on the full request: valid (target: no allocation) and with issues; and reading then validating, to
/// see what the second walk costs against the read (the question behind a one-pass "read and validate" API).
/// </summary>
[MemoryDiagnoser]
public class ValidateBenchmarks
{
    private PendoConnectionRequest _valid = null!;
    private PendoConnectionRequest _broken = null!;
    private byte[] _validUtf8 = null!;

    [GlobalSetup]
    public void Setup()
    {
        PendoConnectionRequest full = PendoConnectionRequest.FromJson(Payloads.RequestUtf8);
        // Valid: drop the settings the Pendo rules warn about (private networking ids, hybrid agent).
        _valid = full with { ProxyAgentId = null, PrivateLinkId = null, HybridDeploymentAgentId = null };
        if (_valid.Validate().Count != 0)
        {
            throw new InvalidOperationException("The 'valid' request is not valid: " + string.Join("; ", _valid.Validate()));
        }

        _validUtf8 = System.Text.Encoding.UTF8.GetBytes(_valid.ToJson());
        _broken = full with { SyncFrequency = 45, Config = full.Config with { AppIds = null } };
    }

    [Benchmark(Baseline = true)]
    public int Validate_valid_request() => _valid.Validate().Count;

    [Benchmark]
    public int Validate_request_with_issues() => _broken.Validate().Count;

    [Benchmark]
    public PendoConnectionRequest Read_valid_request() => PendoConnectionRequest.FromJson(_validUtf8);

    [Benchmark]
    public int Read_then_validate_valid_request() => PendoConnectionRequest.FromJson(_validUtf8).Validate().Count;
}
