namespace PendoGen.EndToEnd.Tests;

/// <summary>
/// Every rule of the two Pendo schemas, through the generated Validate(): each case changes a valid request and
/// lists exactly the issues (rule, severity, JSON path) that must come back. Fact rows (R#) refer to the Fivetran
/// fact sheet outside this repository (../shared/fivetran/facts.md) and to schema/README.md.
/// </summary>
public class PendoRulesTests
{
    public static TheoryData<string, Func<PendoConnectionRequest, PendoConnectionRequest>, string[]> Cases() => new()
    {
        { "valid base", r => r, [] },
        { "R1 group_id empty", r => r with { GroupId = "" }, ["PENDO004 Error $.group_id"] },
        { "R1 group_id null", r => r with { GroupId = null! }, ["PENDO001 Error $.group_id"] },
        { "R2 service other", r => r with { Service = "hubspot" }, ["PENDO004 Error $.service"] },
        { "R3 config.schema null", r => r with { Config = r.Config with { Schema = null! } }, ["PENDO001 Error $.config.schema"] },
        { "config null", r => r with { Config = null! }, ["PENDO001 Error $.config"] },
        { "R4 FIVETRAN_NAMING bad schema name", r => r with { Config = r.Config with { Schema = "Pendo-Prod" } }, ["PENDO003 Error $.config.schema"] },
        {
            "R4 SOURCE_NAMING bad schema name is a warning",
            r => r with { DestinationSchemaNames = DestinationSchemaNames.SourceNaming, Config = r.Config with { Schema = "Pendo-Prod" } },
            ["PENDO003 Warning $.config.schema"]
        },
        {
            "R4 + R46 omitted naming, leading digit",
            r => r with { DestinationSchemaNames = null, Config = r.Config with { Schema = "1pendo" } },
            ["PENDO001 Warning $.destination_schema_names", "PENDO003 Warning $.config.schema"]
        },
        { "R8 undefined sync_mode", r => r with { Config = r.Config with { SyncMode = (SyncMode)99 } }, ["PENDO004 Error $.config.sync_mode"] },
        { "R9 SpecificAppIds without app_ids", r => r with { Config = r.Config with { SyncMode = SyncMode.SpecificAppIds } }, ["PENDO002 Error $.config.app_ids"] },
        { "R9 SpecificAppIds with empty app_ids", r => r with { Config = r.Config with { SyncMode = SyncMode.SpecificAppIds, AppIds = [] } }, ["PENDO002 Error $.config.app_ids"] },
        { "R9 SpecificAppIds with app_ids", r => r with { Config = r.Config with { SyncMode = SyncMode.SpecificAppIds, AppIds = ["42"] } }, [] },
        { "R10 app_ids without sync_mode", r => r with { Config = r.Config with { AppIds = ["42"] } }, ["PENDO005 Warning $.config.app_ids"] },
        { "R10 app_ids with AllAppIds", r => r with { Config = r.Config with { SyncMode = SyncMode.AllAppIds, AppIds = ["42"] } }, ["PENDO005 Warning $.config.app_ids"] },
        {
            "R11 blank app id",
            r => r with { Config = r.Config with { SyncMode = SyncMode.SpecificAppIds, AppIds = ["42", "  "] } },
            ["PENDO003 Warning $.config.app_ids[1]"]
        },
        { "R14 key without region", r => r with { Config = r.Config with { Region = null } }, ["PENDO002 Warning $.config.region"] },
        { "R14 region without key", r => r with { Config = r.Config with { IntegrationKey = null } }, ["PENDO002 Warning $.config.integration_key"] },
        {
            "R21 DATE_LIMIT without date",
            r => r with { Config = r.Config with { HistoricalSyncTimeFrame = HistoricalSyncTimeFrame.DateLimit } },
            ["PENDO002 Warning $.config.backward_sync_limit_date"]
        },
        {
            "R21 DATE_LIMIT with date",
            r => r with { Config = r.Config with { HistoricalSyncTimeFrame = HistoricalSyncTimeFrame.DateLimit, BackwardSyncLimitDate = new DateOnly(2020, 1, 31) } },
            []
        },
        { "R22 date without DATE_LIMIT", r => r with { Config = r.Config with { BackwardSyncLimitDate = new DateOnly(2020, 1, 31) } }, ["PENDO005 Warning $.config.backward_sync_limit_date"] },
        {
            "R22 date with ALL_TIME",
            r => r with { Config = r.Config with { HistoricalSyncTimeFrame = HistoricalSyncTimeFrame.AllTime, BackwardSyncLimitDate = new DateOnly(2020, 1, 31) } },
            ["PENDO005 Warning $.config.backward_sync_limit_date"]
        },
        { "R23 undefined export storage type", r => r with { Config = r.Config with { ExportStorageType = (ExportStorageType)7 } }, ["PENDO004 Error $.config.export_storage_type"] },
        { "R24 AZURE without credentials", r => r with { Config = r.Config with { ExportStorageType = ExportStorageType.AZURE } }, ["PENDO002 Warning $.config.azure_credentials"] },
        {
            "R24 AWS_S3 with GCS credentials",
            r => r with { Config = r.Config with { ExportStorageType = ExportStorageType.AwsS3, GcsCredentials = new GcsCredentials { BucketName = "b" } } },
            ["PENDO002 Warning $.config.aws_credentials", "PENDO005 Warning $.config.gcs_credentials"]
        },
        {
            "R24 GCS with GCS credentials",
            r => r with { Config = r.Config with { ExportStorageType = ExportStorageType.GCS, GcsCredentials = new GcsCredentials { BucketName = "b" } } },
            []
        },
        { "R28 sync_frequency not allowed", r => r with { SyncFrequency = 45 }, ["PENDO004 Error $.sync_frequency"] },
        { "R28 sync_frequency allowed", r => r with { SyncFrequency = 60 }, [] },
        { "R30 daily_sync_time not whole hour", r => r with { SyncFrequency = 1440, DailySyncTime = "14:30" }, ["PENDO003 Error $.daily_sync_time"] },
        { "R30 daily_sync_time 24:00", r => r with { SyncFrequency = 1440, DailySyncTime = "24:00" }, ["PENDO003 Error $.daily_sync_time"] },
        { "R31 daily_sync_time with 360", r => r with { SyncFrequency = 360, DailySyncTime = "14:00" }, ["PENDO005 Warning $.daily_sync_time"] },
        { "R31 daily_sync_time without frequency", r => r with { DailySyncTime = "14:00" }, ["PENDO005 Warning $.daily_sync_time"] },
        { "R31 daily_sync_time with 1440", r => r with { SyncFrequency = 1440, DailySyncTime = "14:00" }, [] },
        { "R34 manual with frequency", r => r with { ScheduleType = ScheduleType.Manual, SyncFrequency = 60 }, ["PENDO005 Warning $.sync_frequency"] },
        {
            "R34 manual with daily time",
            r => r with { ScheduleType = ScheduleType.Manual, SyncFrequency = 1440, DailySyncTime = "03:00" },
            ["PENDO005 Warning $.daily_sync_time", "PENDO005 Warning $.sync_frequency"]
        },
        { "R34 manual with the default frequency", r => r with { ScheduleType = ScheduleType.Manual, SyncFrequency = 360 }, [] },
        { "R35 undefined sensitivity", r => r with { DataDelaySensitivity = (DataDelaySensitivity)40 }, ["PENDO004 Error $.data_delay_sensitivity"] },
        { "R37 threshold without CUSTOM", r => r with { DataDelayThreshold = 30 }, ["PENDO005 Warning $.data_delay_threshold"] },
        { "R37 threshold 0 without CUSTOM", r => r with { DataDelaySensitivity = DataDelaySensitivity.NORMAL, DataDelayThreshold = 0 }, [] },
        { "R37 threshold with CUSTOM", r => r with { DataDelaySensitivity = DataDelaySensitivity.CUSTOM, DataDelayThreshold = 30 }, [] },
        { "R38 negative threshold", r => r with { DataDelaySensitivity = DataDelaySensitivity.CUSTOM, DataDelayThreshold = -5 }, ["PENDO004 Warning $.data_delay_threshold"] },
        {
            "R40 + R43 ProxyAgent without id",
            r => r with { NetworkingMethod = NetworkingMethod.ProxyAgent },
            ["PENDO002 Error $.proxy_agent_id", "PENDO004 Warning $.networking_method"]
        },
        {
            "R41 + R43 PrivateLink without id",
            r => r with { NetworkingMethod = NetworkingMethod.PrivateLink },
            ["PENDO002 Error $.private_link_id", "PENDO004 Warning $.networking_method"]
        },
        { "R42 proxy id with Directly", r => r with { NetworkingMethod = NetworkingMethod.Directly, ProxyAgentId = "p" }, ["PENDO005 Warning $.proxy_agent_id"] },
        { "R42 private link id without method", r => r with { PrivateLinkId = "l" }, ["PENDO005 Warning $.private_link_id"] },
        { "R43 SshTunnel", r => r with { NetworkingMethod = NetworkingMethod.SshTunnel }, ["PENDO004 Warning $.networking_method"] },
        { "R44 hybrid deployment agent", r => r with { HybridDeploymentAgentId = "h" }, ["PENDO004 Warning $.hybrid_deployment_agent_id"] },
        { "R46 naming omitted", r => r with { DestinationSchemaNames = null }, ["PENDO001 Warning $.destination_schema_names"] },
        { "R48 redirect_uri null", r => r with { ConnectCardConfig = new ConnectCardConfig { RedirectUri = null! } }, ["PENDO001 Error $.connect_card_config.redirect_uri"] },
        { "R49 redirect_uri ftp", r => r with { ConnectCardConfig = new ConnectCardConfig { RedirectUri = "ftp://your.site/path" } }, ["PENDO003 Error $.connect_card_config.redirect_uri"] },
        {
            "R49 redirect_uri not a URI",
            r => r with { ConnectCardConfig = new ConnectCardConfig { RedirectUri = "your.site/path" } },
            ["PENDO003 Error $.connect_card_config.redirect_uri", "PENDO003 Error $.connect_card_config.redirect_uri"]
        },
        { "R49 redirect_uri https", r => r with { ConnectCardConfig = new ConnectCardConfig { RedirectUri = "https://your.site/path" } }, [] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_reports_exactly_the_broken_rules(string rule, Func<PendoConnectionRequest, PendoConnectionRequest> change, string[] expected)
    {
        IReadOnlyList<ValidationIssue> issues = change(Requests.Valid()).Validate();
        Assert.True(
            expected.Order(StringComparer.Ordinal).SequenceEqual(Requests.Summarize(issues)),
            $"{rule}: expected [{string.Join("; ", expected)}] but got [{string.Join("; ", issues)}]");
    }

    [Fact]
    public void R27_unknown_config_key_read_from_json_is_reported()
    {
        string json = Requests.Valid().ToJson().Replace("\"schema\":", "\"app_id\":[\"1\"],\"schema\":");
        PendoConnectionRequest request = PendoConnectionRequest.FromJson(json);
        Assert.Equal(["PENDO006 Warning $.config.app_id"], Requests.Summarize(request.Validate()));
    }

    [Fact]
    public void Validate_on_a_nested_record_uses_paths_from_that_record()
    {
        var config = new PendoConfig { Schema = "p", SyncMode = SyncMode.SpecificAppIds };
        ValidationIssue issue = Assert.Single(config.Validate(), i => i.RuleId == "PENDO002");
        Assert.Equal("$.app_ids", issue.Path);
    }

    [Fact]
    public void Messages_name_the_rule_in_words_and_the_condition()
    {
        ValidationIssue issue = Assert.Single((Requests.Valid() with { Config = Requests.Valid().Config with { SyncMode = SyncMode.SpecificAppIds } }).Validate());
        Assert.StartsWith("'app_ids' is required when sync_mode is 'SpecificAppIds'.", issue.Message);
        Assert.Equal("error PENDO002 at $.config.app_ids: " + issue.Message, issue.ToString());
    }

    [Fact]
    public void Valid_request_allocates_no_issue_list()
    {
        IReadOnlyList<ValidationIssue> first = Requests.Valid().Validate();
        IReadOnlyList<ValidationIssue> second = Requests.Valid().Validate();
        Assert.Empty(first);
        Assert.Same(first, second); // the shared empty array
    }
}
