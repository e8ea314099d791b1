using System.Text.Json.Serialization;

namespace PendoGen.Benchmarks.Peers;

// Hand-written equivalents of the generated request and response, for System.Text.Json: the same JSON names,
// enums by the same wire strings, unset values omitted. The peer a user would write without PendoGen.

public sealed class StjRequest
{
    [JsonPropertyName("group_id")] public string GroupId { get; set; } = "";
    [JsonPropertyName("service")] public string Service { get; set; } = "pendo";
    [JsonPropertyName("trust_certificates")] public bool? TrustCertificates { get; set; }
    [JsonPropertyName("trust_fingerprints")] public bool? TrustFingerprints { get; set; }
    [JsonPropertyName("run_setup_tests")] public bool? RunSetupTests { get; set; }
    [JsonPropertyName("paused")] public bool? Paused { get; set; }
    [JsonPropertyName("pause_after_trial")] public bool? PauseAfterTrial { get; set; }
    [JsonPropertyName("sync_frequency")] public int? SyncFrequency { get; set; }
    [JsonPropertyName("data_delay_sensitivity")] public StjSensitivity? DataDelaySensitivity { get; set; }
    [JsonPropertyName("data_delay_threshold")] public int? DataDelayThreshold { get; set; }
    [JsonPropertyName("daily_sync_time")] public string? DailySyncTime { get; set; }
    [JsonPropertyName("schedule_type")] public StjScheduleType? ScheduleType { get; set; }
    [JsonPropertyName("connect_card_config")] public StjConnectCard? ConnectCardConfig { get; set; }
    [JsonPropertyName("proxy_agent_id")] public string? ProxyAgentId { get; set; }
    [JsonPropertyName("private_link_id")] public string? PrivateLinkId { get; set; }
    [JsonPropertyName("networking_method")] public StjNetworking? NetworkingMethod { get; set; }
    [JsonPropertyName("hybrid_deployment_agent_id")] public string? HybridDeploymentAgentId { get; set; }
    [JsonPropertyName("destination_configuration")] public StjDestination? DestinationConfiguration { get; set; }
    [JsonPropertyName("destination_schema_names")] public StjNaming? DestinationSchemaNames { get; set; }
    [JsonPropertyName("config")] public StjConfig Config { get; set; } = new();
}

public sealed class StjConfig
{
    [JsonPropertyName("sync_mode")] public StjSyncMode? SyncMode { get; set; }
    [JsonPropertyName("integration_key")] public string? IntegrationKey { get; set; }
    [JsonPropertyName("app_ids")] public List<string>? AppIds { get; set; }
    [JsonPropertyName("backward_sync_limit_date")] public DateOnly? BackwardSyncLimitDate { get; set; }
    [JsonPropertyName("region")] public StjRegion? Region { get; set; }
    [JsonPropertyName("historical_sync_time_frame")] public StjTimeFrame? HistoricalSyncTimeFrame { get; set; }
    [JsonPropertyName("schema")] public string Schema { get; set; } = "";
}

public sealed class StjConnectCard
{
    [JsonPropertyName("redirect_uri")] public string RedirectUri { get; set; } = "";
    [JsonPropertyName("hide_setup_guide")] public bool? HideSetupGuide { get; set; }
}

public sealed class StjDestination
{
    [JsonPropertyName("virtual_warehouse")] public string? VirtualWarehouse { get; set; }
}

[JsonConverter(typeof(JsonStringEnumConverter<StjSensitivity>))]
public enum StjSensitivity { LOW, NORMAL, HIGH, CUSTOM, SYNC_FREQUENCY }

[JsonConverter(typeof(JsonStringEnumConverter<StjScheduleType>))]
public enum StjScheduleType { [JsonStringEnumMemberName("auto")] Auto, [JsonStringEnumMemberName("manual")] Manual }

[JsonConverter(typeof(JsonStringEnumConverter<StjNetworking>))]
public enum StjNetworking { Directly, PrivateLink, SshTunnel, ProxyAgent }

[JsonConverter(typeof(JsonStringEnumConverter<StjNaming>))]
public enum StjNaming { FIVETRAN_NAMING, SOURCE_NAMING }

[JsonConverter(typeof(JsonStringEnumConverter<StjSyncMode>))]
public enum StjSyncMode { AllAppIds, SpecificAppIds }

[JsonConverter(typeof(JsonStringEnumConverter<StjRegion>))]
public enum StjRegion { EU, US1, AU, JPN, US }

[JsonConverter(typeof(JsonStringEnumConverter<StjTimeFrame>))]
public enum StjTimeFrame { ALL_TIME, DATE_LIMIT }

public sealed class StjResponse
{
    [JsonPropertyName("code")] public string Code { get; set; } = "";
    [JsonPropertyName("message")] public string? Message { get; set; }
    [JsonPropertyName("data")] public StjConnection Data { get; set; } = new();
}

public sealed class StjConnection
{
    [JsonPropertyName("id")] public string Id { get; set; } = "";
    [JsonPropertyName("group_id")] public string GroupId { get; set; } = "";
    [JsonPropertyName("service")] public string Service { get; set; } = "";
    [JsonPropertyName("service_version")] public int? ServiceVersion { get; set; }
    [JsonPropertyName("schema")] public string Schema { get; set; } = "";
    [JsonPropertyName("paused")] public bool? Paused { get; set; }
    [JsonPropertyName("pause_after_trial")] public bool? PauseAfterTrial { get; set; }
    [JsonPropertyName("connected_by")] public string? ConnectedBy { get; set; }
    [JsonPropertyName("created_at")] public DateTimeOffset? CreatedAt { get; set; }
    [JsonPropertyName("succeeded_at")] public DateTimeOffset? SucceededAt { get; set; }
    [JsonPropertyName("failed_at")] public DateTimeOffset? FailedAt { get; set; }
    [JsonPropertyName("sync_frequency")] public int? SyncFrequency { get; set; }
    [JsonPropertyName("schedule_type")] public string? ScheduleType { get; set; }
    [JsonPropertyName("status")] public StjStatus? Status { get; set; }
    [JsonPropertyName("setup_tests")] public List<StjSetupTest>? SetupTests { get; set; }
    [JsonPropertyName("config")] public StjConfigEcho? Config { get; set; }
}

public sealed class StjStatus
{
    [JsonPropertyName("setup_state")] public string? SetupState { get; set; }
    [JsonPropertyName("sync_state")] public string? SyncState { get; set; }
    [JsonPropertyName("update_state")] public string? UpdateState { get; set; }
    [JsonPropertyName("is_historical_sync")] public bool? IsHistoricalSync { get; set; }
}

public sealed class StjSetupTest
{
    [JsonPropertyName("title")] public string? Title { get; set; }
    [JsonPropertyName("status")] public string? Status { get; set; }
    [JsonPropertyName("message")] public string? Message { get; set; }
}

public sealed class StjConfigEcho
{
    [JsonPropertyName("sync_mode")] public string? SyncMode { get; set; }
    [JsonPropertyName("integration_key")] public string? IntegrationKey { get; set; }
    [JsonPropertyName("app_ids")] public List<string>? AppIds { get; set; }
    [JsonPropertyName("region")] public string? Region { get; set; }
}

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(StjRequest))]
[JsonSerializable(typeof(StjResponse))]
public sealed partial class StjContext : JsonSerializerContext;
