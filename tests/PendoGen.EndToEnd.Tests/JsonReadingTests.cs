using System.Text;
using System.Text.Json;

namespace PendoGen.EndToEnd.Tests;

/// <summary>Bad JSON gives a JsonException that names the JSON path, and never a half-filled object.</summary>
public class JsonReadingTests
{
    private const string ValidConfig = """{"schema":"p","region":"EU","integration_key":"k"}""";

    public static TheoryData<string, string, string> BrokenRequests() => new()
    {
        // json, expected path, a phrase the message must contain
        { """{"group_id":"g","config":{"schema":"p","region":"eu"}}""", "$.config.region", "expected one of: EU, US1, AU, JPN, US" },
        { """{"group_id":"g","config":{"schema":"p","backward_sync_limit_date":"2000/12/15"}}""", "$.config.backward_sync_limit_date", "YYYY-MM-DD" },
        { """{"group_id":"g","config":{"schema":"p","backward_sync_limit_date":"2001-02-29"}}""", "$.config.backward_sync_limit_date", "YYYY-MM-DD" },
        { """{"group_id":"g","config":{"schema":"p","app_ids":["1",2]}}""", "$.config.app_ids[1]", "Expected a string, found a number" },
        { """{"group_id":"g","sync_frequency":"1440","config":{"schema":"p"}}""", "$.sync_frequency", "found a string" },
        { """{"group_id":"g","sync_frequency":14.5,"config":{"schema":"p"}}""", "$.sync_frequency", "whole number" },
        { """{"group_id":"g","sync_frequency":99999999999,"config":{"schema":"p"}}""", "$.sync_frequency", "whole number" },
        { """{"group_id":"g","paused":"yes","config":{"schema":"p"}}""", "$.paused", "true or false" },
        { """{"group_id":"g","config":{}}""", "$.config", "Required property 'schema' is missing" },
        { """{"config":{"schema":"p"}}""", "$", "Required property 'group_id' is missing" },
        { """{"group_id":null,"config":{"schema":"p"}}""", "$.group_id", "null is not allowed" },
        { """{"group_id":"g","config":{"schema":"p"},"group_id":"h"}""", "$", "'group_id' appears more than once" },
        { """{"group_id":"g","config":{"schema":"p","x":1,"x":2}}""", "$.config", "'x' appears more than once" },
        { """{"group_id":"g","config":{"schema":"p"}""", "$", "not valid JSON" },
        { """{"group_id":"g","config":{"schema":"p"}} []""", "$", "not valid JSON" },
        { """{"group_id":"g","config":[1]}""", "$.config", "Expected an object, found an array" },
        { """[]""", "$", "Expected an object" },
        { "", "$", "empty" },
        { """{"group_id":"g","connect_card_config":{"hide_setup_guide":true},"config":{"schema":"p"}}""", "$.connect_card_config", "'redirect_uri' is missing" },
        { """{"group_id":"g","config":{"schema":"p","odd key":{"a":}}}""", "$.config['odd key']", "not valid JSON" },
    };

    [Theory]
    [MemberData(nameof(BrokenRequests))]
    public void Broken_json_throws_JsonException_with_the_path(string json, string path, string phrase)
    {
        JsonException e = Assert.ThrowsAny<JsonException>(() => PendoConnectionRequest.FromJson(json));
        Assert.Equal(path, e.Path);
        Assert.Contains(phrase, e.Message, StringComparison.Ordinal);
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_refused_with_a_JsonException()
    {
        string deep = new string('[', 200) + new string(']', 200);
        string json = """{"schema":"p","extra":""" + deep + "}";
        JsonException e = Assert.ThrowsAny<JsonException>(() => PendoConfig.FromJson(json));
        Assert.Equal("$.extra", e.Path);
    }

    [Fact]
    public void Invalid_utf8_is_a_JsonException()
    {
        byte[] json = [.. """{"schema":"""u8, (byte)'"', 0xC3, 0x28, (byte)'"', (byte)'}'];
        Assert.ThrowsAny<JsonException>(() => PendoConfig.FromJson(json));
    }

    [Fact]
    public void A_secret_value_never_appears_in_a_read_error()
    {
        const string secret = "super-secret-key-value";
        string json = $$"""{"schema":"p","integration_key":"{{secret}}","region":42}""";
        JsonException e = Assert.ThrowsAny<JsonException>(() => PendoConfig.FromJson(json));
        Assert.DoesNotContain(secret, e.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_properties_are_kept_and_written_back_in_place()
    {
        string json = """{"schema":"p","future_flag":true,"nested":{"a":[1,2]}}""";
        PendoConfig config = PendoConfig.FromJson(json);
        Assert.Equal(["future_flag", "nested"], config.AdditionalProperties!.Keys.Order());
        Assert.Equal("""{"schema":"p","future_flag":true,"nested":{"a":[1,2]}}""", config.ToJson());
    }

    [Fact]
    public void Json_null_for_a_typed_optional_property_is_refused_with_its_path()
    {
        // JSON Schema: {"type": "string", "enum": [...]} does not accept null. Leaving the member out means "not set".
        var e = Assert.ThrowsAny<System.Text.Json.JsonException>(() => PendoConfig.FromJson("""{"schema":"p","region":null}"""));
        Assert.Contains("$.region", e.Message, StringComparison.Ordinal);
        PendoConfig config = PendoConfig.FromJson("""{"schema":"p"}""");
        Assert.Null(config.Region);
        Assert.Equal("""{"schema":"p"}""", config.ToJson());
    }

    [Fact]
    public void Const_property_defaults_when_absent_and_is_always_written()
    {
        var request = PendoConnectionRequest.FromJson("""{"group_id":"g","config":{"schema":"p"}}""");
        Assert.Equal("pendo", request.Service);
        Assert.Contains("\"service\":\"pendo\"", request.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void Escaped_property_names_are_recognised()
    {
        PendoConfig config = PendoConfig.FromJson("""{"sch\u0065ma":"p","regio\u006e":"US1"}""");
        Assert.Equal("p", config.Schema);
        Assert.Equal(PendoRegion.US1, config.Region);
    }

    [Fact]
    public void JsonSerializer_uses_the_generated_converters()
    {
        PendoConnectionRequest request = Requests.Valid();
        string viaSerializer = JsonSerializer.Serialize(request);
        Assert.Equal(request.ToJson(), viaSerializer);
        Assert.Equal(request, JsonSerializer.Deserialize<PendoConnectionRequest>(viaSerializer));
        Assert.Equal("\"DATE_LIMIT\"", JsonSerializer.Serialize(HistoricalSyncTimeFrame.DateLimit));
        Assert.Equal(ExportStorageType.AwsS3, JsonSerializer.Deserialize<ExportStorageType>("\"AWS_S3\""));
    }

    [Fact]
    public void WriteTo_a_buffer_writer_produces_the_same_bytes()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        PendoConnectionRequest request = PendoConnectionRequest.FromJson(Requests.SeedJson);
        request.WriteTo(buffer);
        Assert.Equal(Requests.SeedJson, Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    [Fact]
    public void Enum_wire_helpers_keep_the_exact_spelling()
    {
        Assert.Equal("AWS_S3", ExportStorageType.AwsS3.ToWireValue());
        Assert.True(NetworkingMethodWire.TryParse("SshTunnel", out NetworkingMethod method));
        Assert.Equal(NetworkingMethod.SshTunnel, method);
        Assert.False(NetworkingMethodWire.TryParse("SSHTunnel", out _)); // the API is case-sensitive (facts issue #178)
        Assert.Throws<ArgumentOutOfRangeException>(() => ((SyncMode)9).ToWireValue());
    }

    [Fact]
    public void Reading_a_valid_config_gives_the_values()
    {
        PendoConfig config = PendoConfig.FromJson(ValidConfig);
        Assert.Equal(new PendoConfig { Schema = "p", Region = PendoRegion.EU, IntegrationKey = "k" }, config);
    }
}
