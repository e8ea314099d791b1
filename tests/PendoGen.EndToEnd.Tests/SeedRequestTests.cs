using System.Text;

namespace PendoGen.EndToEnd.Tests;

public class SeedRequestTests
{
    [Fact]
    public void Seed_request_round_trips_byte_for_byte()
    {
        string seed = Requests.SeedJson;
        PendoConnectionRequest request = PendoConnectionRequest.FromJson(seed);
        Assert.Equal(seed, request.ToJson());
    }

    [Fact]
    public void Seed_request_read_from_utf8_equals_the_one_read_from_a_string()
    {
        string seed = Requests.SeedJson;
        Assert.Equal(PendoConnectionRequest.FromJson(seed), PendoConnectionRequest.FromJson(Encoding.UTF8.GetBytes(seed)));
    }

    [Fact]
    public void Seed_request_reads_every_field_into_typed_properties()
    {
        PendoConnectionRequest request = PendoConnectionRequest.FromJson(Requests.SeedJson);
        Assert.Equal("group_id", request.GroupId);
        Assert.Equal("pendo", request.Service);
        Assert.True(request.TrustCertificates);
        Assert.Equal(1440, request.SyncFrequency);
        Assert.Equal(DataDelaySensitivity.NORMAL, request.DataDelaySensitivity);
        Assert.Equal(0, request.DataDelayThreshold);
        Assert.Equal(ScheduleType.Auto, request.ScheduleType);
        Assert.Equal("https://your.site/path", request.ConnectCardConfig!.RedirectUri);
        Assert.True(request.ConnectCardConfig.HideSetupGuide);
        Assert.Equal(NetworkingMethod.Directly, request.NetworkingMethod);
        Assert.Equal("virtual_warehouse", request.DestinationConfiguration!.VirtualWarehouse);
        Assert.Equal(DestinationSchemaNames.SourceNaming, request.DestinationSchemaNames);
        Assert.Equal(SyncMode.SpecificAppIds, request.Config.SyncMode);
        Assert.Equal(["-323232", "5629499534213120"], request.Config.AppIds!);
        Assert.Equal(new DateOnly(2000, 12, 15), request.Config.BackwardSyncLimitDate);
        Assert.Equal(PendoRegion.EU, request.Config.Region);
        Assert.Equal(HistoricalSyncTimeFrame.DateLimit, request.Config.HistoricalSyncTimeFrame);
        Assert.Equal("schema_name", request.Config.Schema);
        Assert.Null(request.AdditionalProperties);
    }

    [Fact]
    public void Seed_request_reports_exactly_the_expected_warnings()
    {
        string[] expected = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "seed-request.expected-issues.txt"))
            .Where(line => line.Length > 0)
            .Order(StringComparer.Ordinal)
            .ToArray();
        IReadOnlyList<ValidationIssue> issues = PendoConnectionRequest.FromJson(Requests.SeedJson).Validate();
        Assert.Equal(expected, Requests.Summarize(issues));
        Assert.All(issues, i => Assert.Equal(ValidationSeverity.Warning, i.Severity));
    }

    [Fact]
    public void The_example_of_the_issue_builds_a_valid_request_that_round_trips()
    {
        var request = new PendoConnectionRequest
        {
            GroupId = "projected_sickle",
            SyncFrequency = 1440,
            DailySyncTime = "14:00",
            DestinationSchemaNames = DestinationSchemaNames.SourceNaming,
            Config = new PendoConfig
            {
                Schema = "pendo_prod",
                SyncMode = SyncMode.SpecificAppIds,
                AppIds = ["-323232", "5629499534213120"],
                Region = PendoRegion.EU,
                IntegrationKey = "key-from-environment",
                HistoricalSyncTimeFrame = HistoricalSyncTimeFrame.DateLimit,
                BackwardSyncLimitDate = new DateOnly(2000, 12, 15),
            },
        };

        string body = request.ToJson();
        PendoConnectionRequest back = PendoConnectionRequest.FromJson(body);

        Assert.Equal(request, back);
        Assert.Equal(request.GetHashCode(), back.GetHashCode());
        Assert.Empty(request.Validate());
        Assert.Equal(
            """{"group_id":"projected_sickle","service":"pendo","sync_frequency":1440,"daily_sync_time":"14:00","destination_schema_names":"SOURCE_NAMING","config":{"sync_mode":"SpecificAppIds","integration_key":"key-from-environment","app_ids":["-323232","5629499534213120"],"backward_sync_limit_date":"2000-12-15","region":"EU","historical_sync_time_frame":"DATE_LIMIT","schema":"pendo_prod"}}""",
            body);
    }
}
