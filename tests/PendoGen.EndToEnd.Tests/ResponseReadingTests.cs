namespace PendoGen.EndToEnd.Tests;

/// <summary>Responses are read leniently; masked secrets are recognised and never sent back.</summary>
public class ResponseReadingTests
{
    private const string Response = """
        {"code":"Success","data":{"id":"c1","group_id":"g","service":"pendo","service_version":"3","schema":"pendo_prod",
         "paused":"false","created_at":"2018-12-01T15:43:29.013729Z","succeeded_at":null,"sync_frequency":"360",
         "networking_method":"HybridDeployment","schedule_type":"auto","new_top_level_field":{"x":1},
         "status":{"setup_state":"incomplete","sync_state":"scheduled","update_state":"on_schedule","is_historical_sync":true,"tasks":[],"warnings":[]},
         "setup_tests":[{"title":"Validate Login","status":"FAILED","message":"Invalid login credentials","details":{"hint":1}}],
         "config":{"integration_key":"******","region":"EU","app_ids":[1,"2"],"sync_mode":"NewModeFromTheFuture"}}}
        """;

    [Fact]
    public void Drifted_types_and_unknown_values_are_read()
    {
        PendoConnection data = PendoConnectionResponse.FromJson(Response).Data;
        Assert.Equal(3, data.ServiceVersion);
        Assert.Equal(360, data.SyncFrequency);
        Assert.False(data.Paused);
        Assert.Equal(new DateTimeOffset(2018, 12, 1, 15, 43, 29, 13, TimeSpan.Zero).AddTicks(7290), data.CreatedAt);
        Assert.Null(data.SucceededAt);
        Assert.Equal("HybridDeployment", data.NetworkingMethod);
        Assert.Equal(["1", "2"], data.Config!.AppIds!);
        Assert.Equal("NewModeFromTheFuture", data.Config.SyncMode);
        Assert.True(data.AdditionalProperties!.ContainsKey("new_top_level_field"));
        Assert.Equal("FAILED", Assert.Single(data.SetupTests!).Status);
    }

    [Fact]
    public void Masked_secret_is_recognised_and_responses_can_still_be_logged()
    {
        PendoConnectionResponse response = PendoConnectionResponse.FromJson(Response);
        Assert.True(Secret.IsMasked(response.Data.Config!.IntegrationKey));
        Assert.Contains("\"integration_key\":\"******\"", response.ToJson(), StringComparison.Ordinal); // a response model may be written (logging)
        Assert.DoesNotContain(response.Data.Config.ToString(), "******", StringComparison.Ordinal);
    }

    [Fact]
    public void A_masked_secret_is_refused_by_Validate_and_by_the_serializer_of_a_request()
    {
        string echoed = PendoConnectionResponse.FromJson(Response).Data.Config!.IntegrationKey!;
        var config = new PendoConfig { Schema = "pendo_prod", Region = PendoRegion.EU, IntegrationKey = echoed };

        ValidationIssue issue = Assert.Single(config.Validate());
        Assert.Equal(("PENDO004", "$.integration_key", ValidationSeverity.Error), (issue.RuleId, issue.Path, issue.Severity));
        InvalidOperationException e = Assert.Throws<InvalidOperationException>(() => config.ToJson());
        Assert.Contains("'integration_key' holds the masked value", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Error_body_is_read()
    {
        FivetranErrorResponse error = FivetranErrorResponse.FromJson("""{"code":"InvalidInput","message":"Field 'schema' is required"}""");
        Assert.Equal(("InvalidInput", "Field 'schema' is required"), (error.Code, error.Message));
    }

    [Fact]
    public void Writing_a_request_stays_strict()
    {
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => PendoConnectionRequest.FromJson("""{"group_id":"g","sync_frequency":"360","config":{"schema":"p"}}"""));
    }
}
