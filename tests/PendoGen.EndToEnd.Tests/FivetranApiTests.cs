namespace PendoGen.EndToEnd.Tests;

/// <summary>The sample client (<c>--send</c>) against a loopback server that plays the Fivetran API.</summary>
public class FivetranApiTests
{
    private static readonly string SampleDll = Path.Combine(
        DotnetCli.RepoRoot, "samples", "PendoGen.Sample", "bin", DotnetCli.Configuration, "net10.0", "PendoGen.Sample.dll");

    private static Dictionary<string, string> Environment(FakeFivetranApi api, string pendoKey) => new()
    {
        ["FIVETRAN_API_URL"] = api.BaseUrl,
        ["FIVETRAN_API_KEY"] = FakeFivetranApi.ApiKey,
        ["FIVETRAN_API_SECRET"] = FakeFivetranApi.ApiSecret,
        ["PENDO_KEY"] = pendoKey,
    };

    [Fact]
    public async Task Created_connection_prints_id_setup_state_and_setup_tests()
    {
        await using FakeFivetranApi api = await FakeFivetranApi.StartAsync();
        const string key = "11111111-2222-3333-4444-555555555555.eu";
        (int code, string output) = DotnetCli.Run(DotnetCli.RepoRoot, $"\"{SampleDll}\" --send", Environment(api, key));

        Assert.True(code == 0, output);
        Assert.Contains("Created connection speak_inexpensive (201).", output, StringComparison.Ordinal);
        Assert.Contains("setup_state: incomplete", output, StringComparison.Ordinal);
        Assert.Contains("setup test 'Validate Integration Key': PASSED", output, StringComparison.Ordinal);
        Assert.Contains("setup test 'Validate App Ids': WARNING - App 5629499534213120 has no data yet", output, StringComparison.Ordinal);
        Assert.Contains("integration_key came back masked", output, StringComparison.Ordinal);
        Assert.DoesNotContain(key, output, StringComparison.Ordinal);

        string sent = Assert.Single(api.ReceivedBodies);
        Assert.Contains($"\"integration_key\":\"{key}\"", sent, StringComparison.Ordinal);
        Assert.Equal(PendoConnectionRequest.FromJson(sent).ToJson(), sent);
    }

    [Fact]
    public async Task Service_mode_sends_a_google_ads_request_generated_from_the_OpenAPI_document()
    {
        await using FakeFivetranApi api = await FakeFivetranApi.StartAsync();
        (int code, string output) = DotnetCli.Run(DotnetCli.RepoRoot, $"\"{SampleDll}\" --service google_ads --send", Environment(api, "unused"));

        // The fake API plays the Pendo connector only, so it refuses the body; what matters is what was sent.
        Assert.Equal(1, code);
        Assert.Contains("Fivetran refused the request (400 Bad Request).", output, StringComparison.Ordinal);
        using var sent = System.Text.Json.JsonDocument.Parse(Assert.Single(api.ReceivedBodies));
        Assert.Equal("google_ads", sent.RootElement.GetProperty("service").GetString());
        Assert.Equal(1440, sent.RootElement.GetProperty("sync_frequency").GetInt32());
        Assert.Equal("SpecificAccounts", sent.RootElement.GetProperty("config").GetProperty("sync_mode").GetString());
        Assert.Equal("google_ads", sent.RootElement.GetProperty("config").GetProperty("schema").GetString());
    }

    [Fact]
    public async Task Rejected_request_prints_Fivetran_code_and_message()
    {
        await using FakeFivetranApi api = await FakeFivetranApi.StartAsync();
        (int code, string output) = DotnetCli.Run(DotnetCli.RepoRoot, $"\"{SampleDll}\" --send", Environment(api, "not-a-pendo-key"));

        Assert.Equal(1, code);
        Assert.Contains("Fivetran refused the request (400 Bad Request).", output, StringComparison.Ordinal);
        Assert.Contains("InvalidInput: Invalid integration_key: the Pendo API rejected it.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_request_is_refused_before_sending()
    {
        await using FakeFivetranApi api = await FakeFivetranApi.StartAsync();
        string file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, """{"group_id":"g","sync_frequency":45,"destination_schema_names":"SOURCE_NAMING","config":{"schema":"p","sync_mode":"SpecificAppIds"}}""");
            (int code, string output) = DotnetCli.Run(DotnetCli.RepoRoot, $"\"{SampleDll}\" --send --request \"{file}\"", Environment(api, "k"));

            Assert.Equal(2, code);
            Assert.Contains("Not sent: the request is invalid.", output, StringComparison.Ordinal);
            Assert.Contains("error PENDO004 at $.sync_frequency", output, StringComparison.Ordinal);
            Assert.Contains("error PENDO002 at $.config.app_ids", output, StringComparison.Ordinal);
            Assert.Empty(api.ReceivedBodies);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Wrong_credentials_get_the_servers_401()
    {
        await using FakeFivetranApi api = await FakeFivetranApi.StartAsync();
        var environment = Environment(api, "11111111-2222-3333-4444-555555555555");
        environment["FIVETRAN_API_SECRET"] = "wrong";
        (int code, string output) = DotnetCli.Run(DotnetCli.RepoRoot, $"\"{SampleDll}\" --send", environment);

        Assert.Equal(1, code);
        Assert.Contains("AuthFailed", output, StringComparison.Ordinal);
    }
}
