using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using PendoGen.Benchmarks.Peers;

namespace PendoGen.Benchmarks;

/// <summary>The generated serializer against System.Text.Json (source-generated context = baseline, and reflection).</summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class SerializerBenchmarks
{
    private static readonly JsonSerializerOptions Reflection = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private Utf8JsonWriter _writer = null!;
    private PendoConnectionRequest _request = null!;
    private StjRequest _stjRequest = null!;
    private PendoConnectionResponse _response = null!;
    private StjResponse _stjResponse = null!;

    [GlobalSetup]
    public void Setup()
    {
        _request = PendoConnectionRequest.FromJson(Payloads.RequestUtf8);
        _stjRequest = JsonSerializer.Deserialize(Payloads.RequestUtf8, StjContext.Default.StjRequest)!;
        _response = PendoConnectionResponse.FromJson(Payloads.ResponseUtf8);
        _stjResponse = JsonSerializer.Deserialize(Payloads.ResponseUtf8, StjContext.Default.StjResponse)!;
        _writer = new Utf8JsonWriter(_buffer);
        JsonSerializer.Serialize(_stjRequest, Reflection); // warm the reflection cache outside the measurement
    }

    private Utf8JsonWriter Reset()
    {
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        return _writer;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Serialize request")]
    public void Serialize_request_StjSourceGen() { JsonSerializer.Serialize(Reset(), _stjRequest, StjContext.Default.StjRequest); _writer.Flush(); }

    [Benchmark, BenchmarkCategory("Serialize request")]
    public void Serialize_request_StjReflection() { JsonSerializer.Serialize(Reset(), _stjRequest, Reflection); _writer.Flush(); }

    [Benchmark, BenchmarkCategory("Serialize request")]
    public void Serialize_request_PendoGen() { _request.WriteTo(Reset()); _writer.Flush(); }

    // The floor: hand-written Utf8JsonWriter code over the same POCOs (Peers/HandWrittenJson.cs).
    [Benchmark, BenchmarkCategory("Serialize request")]
    public void Serialize_request_HandWritten_floor() { HandWrittenJson.Write(Reset(), _stjRequest); _writer.Flush(); }

    // Straight into an IBufferWriter<byte>: the generated overload reuses a per-thread writer (0 B expected).
    [Benchmark, BenchmarkCategory("Serialize request")]
    public void Serialize_request_PendoGen_to_IBufferWriter() { _buffer.ResetWrittenCount(); _request.WriteTo(_buffer); }

    [Benchmark(Baseline = true), BenchmarkCategory("Deserialize request")]
    public StjRequest Deserialize_request_StjSourceGen() => JsonSerializer.Deserialize(Payloads.RequestUtf8, StjContext.Default.StjRequest)!;

    [Benchmark, BenchmarkCategory("Deserialize request")]
    public StjRequest Deserialize_request_StjReflection() => JsonSerializer.Deserialize<StjRequest>(Payloads.RequestUtf8, Reflection)!;

    [Benchmark, BenchmarkCategory("Deserialize request")]
    public PendoConnectionRequest Deserialize_request_PendoGen() => PendoConnectionRequest.FromJson(Payloads.RequestUtf8);

    [Benchmark, BenchmarkCategory("Deserialize request")]
    public StjRequest Deserialize_request_HandWritten_floor() => HandWrittenJson.ReadRequest(Payloads.RequestUtf8);

    [Benchmark(Baseline = true), BenchmarkCategory("Serialize response")]
    public void Serialize_response_StjSourceGen() { JsonSerializer.Serialize(Reset(), _stjResponse, StjContext.Default.StjResponse); _writer.Flush(); }

    [Benchmark, BenchmarkCategory("Serialize response")]
    public void Serialize_response_PendoGen() { _response.WriteTo(Reset()); _writer.Flush(); }

    [Benchmark, BenchmarkCategory("Serialize response")]
    public void Serialize_response_HandWritten_floor() { HandWrittenJson.Write(Reset(), _stjResponse); _writer.Flush(); }

    [Benchmark(Baseline = true), BenchmarkCategory("Deserialize response")]
    public StjResponse Deserialize_response_StjSourceGen() => JsonSerializer.Deserialize(Payloads.ResponseUtf8, StjContext.Default.StjResponse)!;

    [Benchmark, BenchmarkCategory("Deserialize response")]
    public StjResponse Deserialize_response_StjReflection() => JsonSerializer.Deserialize<StjResponse>(Payloads.ResponseUtf8, Reflection)!;

    [Benchmark, BenchmarkCategory("Deserialize response")]
    public PendoConnectionResponse Deserialize_response_PendoGen() => PendoConnectionResponse.FromJson(Payloads.ResponseUtf8);

    [Benchmark, BenchmarkCategory("Deserialize response")]
    public StjResponse Deserialize_response_HandWritten_floor() => HandWrittenJson.ReadResponse(Payloads.ResponseUtf8);
}
