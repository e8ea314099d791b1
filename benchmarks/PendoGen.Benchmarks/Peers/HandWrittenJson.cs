using System.Globalization;
using System.Text.Json;

namespace PendoGen.Benchmarks.Peers;

/// <summary>
/// The floor for the serializer benchmarks: what a careful engineer writes by hand over <see cref="Utf8JsonWriter"/>
/// and <see cref="Utf8JsonReader"/> for the same request and response (pre-encoded names and enum values, property
/// names matched on the raw bytes, no validation, no error paths, no duplicate or unknown-key handling). The
/// generated code does more than this (JSON paths in errors, required checks, duplicates, unknown keys), so the
/// issue's target is "within 1.1× of it", not equal to it.
/// </summary>
public static class HandWrittenJson
{
    private static readonly JsonEncodedText GroupId = JsonEncodedText.Encode("group_id");
    private static readonly JsonEncodedText Service = JsonEncodedText.Encode("service");
    private static readonly JsonEncodedText TrustCertificates = JsonEncodedText.Encode("trust_certificates");
    private static readonly JsonEncodedText TrustFingerprints = JsonEncodedText.Encode("trust_fingerprints");
    private static readonly JsonEncodedText RunSetupTests = JsonEncodedText.Encode("run_setup_tests");
    private static readonly JsonEncodedText Paused = JsonEncodedText.Encode("paused");
    private static readonly JsonEncodedText PauseAfterTrial = JsonEncodedText.Encode("pause_after_trial");
    private static readonly JsonEncodedText SyncFrequency = JsonEncodedText.Encode("sync_frequency");
    private static readonly JsonEncodedText DataDelaySensitivity = JsonEncodedText.Encode("data_delay_sensitivity");
    private static readonly JsonEncodedText DataDelayThreshold = JsonEncodedText.Encode("data_delay_threshold");
    private static readonly JsonEncodedText DailySyncTime = JsonEncodedText.Encode("daily_sync_time");
    private static readonly JsonEncodedText ScheduleType = JsonEncodedText.Encode("schedule_type");
    private static readonly JsonEncodedText ConnectCardConfig = JsonEncodedText.Encode("connect_card_config");
    private static readonly JsonEncodedText RedirectUri = JsonEncodedText.Encode("redirect_uri");
    private static readonly JsonEncodedText HideSetupGuide = JsonEncodedText.Encode("hide_setup_guide");
    private static readonly JsonEncodedText ProxyAgentId = JsonEncodedText.Encode("proxy_agent_id");
    private static readonly JsonEncodedText PrivateLinkId = JsonEncodedText.Encode("private_link_id");
    private static readonly JsonEncodedText NetworkingMethod = JsonEncodedText.Encode("networking_method");
    private static readonly JsonEncodedText HybridDeploymentAgentId = JsonEncodedText.Encode("hybrid_deployment_agent_id");
    private static readonly JsonEncodedText DestinationConfiguration = JsonEncodedText.Encode("destination_configuration");
    private static readonly JsonEncodedText VirtualWarehouse = JsonEncodedText.Encode("virtual_warehouse");
    private static readonly JsonEncodedText DestinationSchemaNames = JsonEncodedText.Encode("destination_schema_names");
    private static readonly JsonEncodedText Config = JsonEncodedText.Encode("config");
    private static readonly JsonEncodedText SyncMode = JsonEncodedText.Encode("sync_mode");
    private static readonly JsonEncodedText IntegrationKey = JsonEncodedText.Encode("integration_key");
    private static readonly JsonEncodedText AppIds = JsonEncodedText.Encode("app_ids");
    private static readonly JsonEncodedText BackwardSyncLimitDate = JsonEncodedText.Encode("backward_sync_limit_date");
    private static readonly JsonEncodedText Region = JsonEncodedText.Encode("region");
    private static readonly JsonEncodedText HistoricalSyncTimeFrame = JsonEncodedText.Encode("historical_sync_time_frame");
    private static readonly JsonEncodedText Schema = JsonEncodedText.Encode("schema");
    private static readonly JsonEncodedText Code = JsonEncodedText.Encode("code");
    private static readonly JsonEncodedText Message = JsonEncodedText.Encode("message");
    private static readonly JsonEncodedText Data = JsonEncodedText.Encode("data");
    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText ServiceVersion = JsonEncodedText.Encode("service_version");
    private static readonly JsonEncodedText ConnectedBy = JsonEncodedText.Encode("connected_by");
    private static readonly JsonEncodedText CreatedAt = JsonEncodedText.Encode("created_at");
    private static readonly JsonEncodedText SucceededAt = JsonEncodedText.Encode("succeeded_at");
    private static readonly JsonEncodedText FailedAt = JsonEncodedText.Encode("failed_at");
    private static readonly JsonEncodedText Status = JsonEncodedText.Encode("status");
    private static readonly JsonEncodedText SetupState = JsonEncodedText.Encode("setup_state");
    private static readonly JsonEncodedText SyncState = JsonEncodedText.Encode("sync_state");
    private static readonly JsonEncodedText UpdateState = JsonEncodedText.Encode("update_state");
    private static readonly JsonEncodedText IsHistoricalSync = JsonEncodedText.Encode("is_historical_sync");
    private static readonly JsonEncodedText SetupTests = JsonEncodedText.Encode("setup_tests");
    private static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");

    private static readonly JsonEncodedText[] Sensitivities = Encode("LOW", "NORMAL", "HIGH", "CUSTOM", "SYNC_FREQUENCY");
    private static readonly JsonEncodedText[] ScheduleTypes = Encode("auto", "manual");
    private static readonly JsonEncodedText[] NetworkingMethods = Encode("Directly", "PrivateLink", "SshTunnel", "ProxyAgent");
    private static readonly JsonEncodedText[] Namings = Encode("FIVETRAN_NAMING", "SOURCE_NAMING");
    private static readonly JsonEncodedText[] SyncModes = Encode("AllAppIds", "SpecificAppIds");
    private static readonly JsonEncodedText[] Regions = Encode("EU", "US1", "AU", "JPN", "US");
    private static readonly JsonEncodedText[] TimeFrames = Encode("ALL_TIME", "DATE_LIMIT");

    private static JsonEncodedText[] Encode(params string[] values) => Array.ConvertAll(values, v => JsonEncodedText.Encode(v));

    public static void Write(Utf8JsonWriter writer, StjRequest value)
    {
        writer.WriteStartObject();
        writer.WriteString(GroupId, value.GroupId);
        writer.WriteString(Service, value.Service);
        if (value.TrustCertificates is { } trustCertificates)
        {
            writer.WriteBoolean(TrustCertificates, trustCertificates);
        }

        if (value.TrustFingerprints is { } trustFingerprints)
        {
            writer.WriteBoolean(TrustFingerprints, trustFingerprints);
        }

        if (value.RunSetupTests is { } runSetupTests)
        {
            writer.WriteBoolean(RunSetupTests, runSetupTests);
        }

        if (value.Paused is { } paused)
        {
            writer.WriteBoolean(Paused, paused);
        }

        if (value.PauseAfterTrial is { } pauseAfterTrial)
        {
            writer.WriteBoolean(PauseAfterTrial, pauseAfterTrial);
        }

        if (value.SyncFrequency is { } syncFrequency)
        {
            writer.WriteNumber(SyncFrequency, syncFrequency);
        }

        if (value.DataDelaySensitivity is { } sensitivity)
        {
            writer.WriteString(DataDelaySensitivity, Sensitivities[(int)sensitivity]);
        }

        if (value.DataDelayThreshold is { } threshold)
        {
            writer.WriteNumber(DataDelayThreshold, threshold);
        }

        if (value.DailySyncTime is { } dailySyncTime)
        {
            writer.WriteString(DailySyncTime, dailySyncTime);
        }

        if (value.ScheduleType is { } scheduleType)
        {
            writer.WriteString(ScheduleType, ScheduleTypes[(int)scheduleType]);
        }

        if (value.ConnectCardConfig is { } card)
        {
            writer.WriteStartObject(ConnectCardConfig);
            writer.WriteString(RedirectUri, card.RedirectUri);
            if (card.HideSetupGuide is { } hide)
            {
                writer.WriteBoolean(HideSetupGuide, hide);
            }

            writer.WriteEndObject();
        }

        if (value.ProxyAgentId is { } proxyAgentId)
        {
            writer.WriteString(ProxyAgentId, proxyAgentId);
        }

        if (value.PrivateLinkId is { } privateLinkId)
        {
            writer.WriteString(PrivateLinkId, privateLinkId);
        }

        if (value.NetworkingMethod is { } networking)
        {
            writer.WriteString(NetworkingMethod, NetworkingMethods[(int)networking]);
        }

        if (value.HybridDeploymentAgentId is { } hybrid)
        {
            writer.WriteString(HybridDeploymentAgentId, hybrid);
        }

        if (value.DestinationConfiguration is { } destination)
        {
            writer.WriteStartObject(DestinationConfiguration);
            if (destination.VirtualWarehouse is { } warehouse)
            {
                writer.WriteString(VirtualWarehouse, warehouse);
            }

            writer.WriteEndObject();
        }

        if (value.DestinationSchemaNames is { } naming)
        {
            writer.WriteString(DestinationSchemaNames, Namings[(int)naming]);
        }

        writer.WritePropertyName(Config);
        Write(writer, value.Config);
        writer.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter writer, StjConfig config)
    {
        writer.WriteStartObject();
        if (config.SyncMode is { } syncMode)
        {
            writer.WriteString(SyncMode, SyncModes[(int)syncMode]);
        }

        if (config.IntegrationKey is { } key)
        {
            writer.WriteString(IntegrationKey, key);
        }

        if (config.AppIds is { } appIds)
        {
            WriteStrings(writer, AppIds, appIds);
        }

        if (config.BackwardSyncLimitDate is { } date)
        {
            Span<byte> text = stackalloc byte[10];
            date.TryFormat(text, out int written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            writer.WriteString(BackwardSyncLimitDate, text[..written]);
        }

        if (config.Region is { } region)
        {
            writer.WriteString(Region, Regions[(int)region]);
        }

        if (config.HistoricalSyncTimeFrame is { } timeFrame)
        {
            writer.WriteString(HistoricalSyncTimeFrame, TimeFrames[(int)timeFrame]);
        }

        writer.WriteString(Schema, config.Schema);
        writer.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter writer, JsonEncodedText name, List<string> values)
    {
        writer.WriteStartArray(name);
        foreach (string item in values)
        {
            writer.WriteStringValue(item);
        }

        writer.WriteEndArray();
    }

    public static void Write(Utf8JsonWriter writer, StjResponse value)
    {
        writer.WriteStartObject();
        writer.WriteString(Code, value.Code);
        if (value.Message is { } message)
        {
            writer.WriteString(Message, message);
        }

        writer.WriteStartObject(Data);
        StjConnection data = value.Data;
        writer.WriteString(Id, data.Id);
        writer.WriteString(GroupId, data.GroupId);
        writer.WriteString(Service, data.Service);
        if (data.ServiceVersion is { } version)
        {
            writer.WriteNumber(ServiceVersion, version);
        }

        writer.WriteString(Schema, data.Schema);
        if (data.Paused is { } paused)
        {
            writer.WriteBoolean(Paused, paused);
        }

        if (data.PauseAfterTrial is { } pauseAfterTrial)
        {
            writer.WriteBoolean(PauseAfterTrial, pauseAfterTrial);
        }

        if (data.ConnectedBy is { } connectedBy)
        {
            writer.WriteString(ConnectedBy, connectedBy);
        }

        if (data.CreatedAt is { } createdAt)
        {
            writer.WriteString(CreatedAt, createdAt);
        }

        if (data.SucceededAt is { } succeededAt)
        {
            writer.WriteString(SucceededAt, succeededAt);
        }

        if (data.FailedAt is { } failedAt)
        {
            writer.WriteString(FailedAt, failedAt);
        }

        if (data.SyncFrequency is { } syncFrequency)
        {
            writer.WriteNumber(SyncFrequency, syncFrequency);
        }

        if (data.ScheduleType is { } scheduleType)
        {
            writer.WriteString(ScheduleType, scheduleType);
        }

        if (data.Status is { } status)
        {
            writer.WriteStartObject(Status);
            if (status.SetupState is { } setup)
            {
                writer.WriteString(SetupState, setup);
            }

            if (status.SyncState is { } sync)
            {
                writer.WriteString(SyncState, sync);
            }

            if (status.UpdateState is { } update)
            {
                writer.WriteString(UpdateState, update);
            }

            if (status.IsHistoricalSync is { } historical)
            {
                writer.WriteBoolean(IsHistoricalSync, historical);
            }

            writer.WriteEndObject();
        }

        if (data.SetupTests is { } tests)
        {
            writer.WriteStartArray(SetupTests);
            foreach (StjSetupTest test in tests)
            {
                writer.WriteStartObject();
                if (test.Title is { } title)
                {
                    writer.WriteString(Title, title);
                }

                if (test.Status is { } testStatus)
                {
                    writer.WriteString(Status, testStatus);
                }

                if (test.Message is { } testMessage)
                {
                    writer.WriteString(Message, testMessage);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (data.Config is { } config)
        {
            writer.WriteStartObject(Config);
            if (config.SyncMode is { } syncMode)
            {
                writer.WriteString(SyncMode, syncMode);
            }

            if (config.IntegrationKey is { } key)
            {
                writer.WriteString(IntegrationKey, key);
            }

            if (config.AppIds is { } appIds)
            {
                WriteStrings(writer, AppIds, appIds);
            }

            if (config.Region is { } region)
            {
                writer.WriteString(Region, region);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    public static StjRequest ReadRequest(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8);
        reader.Read();
        var value = new StjRequest();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            ReadOnlySpan<byte> name = reader.ValueSpan;
            reader.Read();
            if (name.SequenceEqual("group_id"u8))
            {
                value.GroupId = reader.GetString()!;
            }
            else if (name.SequenceEqual("service"u8))
            {
                value.Service = reader.GetString()!;
            }
            else if (name.SequenceEqual("trust_certificates"u8))
            {
                value.TrustCertificates = reader.GetBoolean();
            }
            else if (name.SequenceEqual("trust_fingerprints"u8))
            {
                value.TrustFingerprints = reader.GetBoolean();
            }
            else if (name.SequenceEqual("run_setup_tests"u8))
            {
                value.RunSetupTests = reader.GetBoolean();
            }
            else if (name.SequenceEqual("paused"u8))
            {
                value.Paused = reader.GetBoolean();
            }
            else if (name.SequenceEqual("pause_after_trial"u8))
            {
                value.PauseAfterTrial = reader.GetBoolean();
            }
            else if (name.SequenceEqual("sync_frequency"u8))
            {
                value.SyncFrequency = reader.GetInt32();
            }
            else if (name.SequenceEqual("data_delay_sensitivity"u8))
            {
                value.DataDelaySensitivity = (StjSensitivity)IndexOf(ref reader, Sensitivities);
            }
            else if (name.SequenceEqual("data_delay_threshold"u8))
            {
                value.DataDelayThreshold = reader.GetInt32();
            }
            else if (name.SequenceEqual("daily_sync_time"u8))
            {
                value.DailySyncTime = reader.GetString();
            }
            else if (name.SequenceEqual("schedule_type"u8))
            {
                value.ScheduleType = (StjScheduleType)IndexOf(ref reader, ScheduleTypes);
            }
            else if (name.SequenceEqual("connect_card_config"u8))
            {
                value.ConnectCardConfig = ReadConnectCard(ref reader);
            }
            else if (name.SequenceEqual("proxy_agent_id"u8))
            {
                value.ProxyAgentId = reader.GetString();
            }
            else if (name.SequenceEqual("private_link_id"u8))
            {
                value.PrivateLinkId = reader.GetString();
            }
            else if (name.SequenceEqual("networking_method"u8))
            {
                value.NetworkingMethod = (StjNetworking)IndexOf(ref reader, NetworkingMethods);
            }
            else if (name.SequenceEqual("hybrid_deployment_agent_id"u8))
            {
                value.HybridDeploymentAgentId = reader.GetString();
            }
            else if (name.SequenceEqual("destination_configuration"u8))
            {
                value.DestinationConfiguration = ReadDestination(ref reader);
            }
            else if (name.SequenceEqual("destination_schema_names"u8))
            {
                value.DestinationSchemaNames = (StjNaming)IndexOf(ref reader, Namings);
            }
            else if (name.SequenceEqual("config"u8))
            {
                value.Config = ReadConfig(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        return value;
    }

    private static StjConnectCard ReadConnectCard(ref Utf8JsonReader reader)
    {
        var card = new StjConnectCard();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            ReadOnlySpan<byte> name = reader.ValueSpan;
            reader.Read();
            if (name.SequenceEqual("redirect_uri"u8))
            {
                card.RedirectUri = reader.GetString()!;
            }
            else if (name.SequenceEqual("hide_setup_guide"u8))
            {
                card.HideSetupGuide = reader.GetBoolean();
            }
            else
            {
                reader.Skip();
            }
        }

        return card;
    }

    private static StjDestination ReadDestination(ref Utf8JsonReader reader)
    {
        var destination = new StjDestination();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            ReadOnlySpan<byte> name = reader.ValueSpan;
            reader.Read();
            if (name.SequenceEqual("virtual_warehouse"u8))
            {
                destination.VirtualWarehouse = reader.GetString();
            }
            else
            {
                reader.Skip();
            }
        }

        return destination;
    }

    private static StjConfig ReadConfig(ref Utf8JsonReader reader)
    {
        var config = new StjConfig();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            ReadOnlySpan<byte> name = reader.ValueSpan;
            reader.Read();
            if (name.SequenceEqual("sync_mode"u8))
            {
                config.SyncMode = (StjSyncMode)IndexOf(ref reader, SyncModes);
            }
            else if (name.SequenceEqual("integration_key"u8))
            {
                config.IntegrationKey = reader.GetString();
            }
            else if (name.SequenceEqual("app_ids"u8))
            {
                config.AppIds = ReadStrings(ref reader);
            }
            else if (name.SequenceEqual("backward_sync_limit_date"u8))
            {
                config.BackwardSyncLimitDate = ReadDate(reader.ValueSpan);
            }
            else if (name.SequenceEqual("region"u8))
            {
                config.Region = (StjRegion)IndexOf(ref reader, Regions);
            }
            else if (name.SequenceEqual("historical_sync_time_frame"u8))
            {
                config.HistoricalSyncTimeFrame = (StjTimeFrame)IndexOf(ref reader, TimeFrames);
            }
            else if (name.SequenceEqual("schema"u8))
            {
                config.Schema = reader.GetString()!;
            }
            else
            {
                reader.Skip();
            }
        }

        return config;
    }

    public static StjResponse ReadResponse(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8);
        reader.Read();
        var value = new StjResponse();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            ReadOnlySpan<byte> name = reader.ValueSpan;
            reader.Read();
            if (name.SequenceEqual("code"u8))
            {
                value.Code = reader.GetString()!;
            }
            else if (name.SequenceEqual("message"u8))
            {
                value.Message = reader.GetString();
            }
            else if (name.SequenceEqual("data"u8))
            {
                value.Data = ReadConnection(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        return value;
    }

    private static StjConnection ReadConnection(ref Utf8JsonReader reader)
    {
        var data = new StjConnection();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            ReadOnlySpan<byte> name = reader.ValueSpan;
            reader.Read();
            bool isNull = reader.TokenType == JsonTokenType.Null;
            if (name.SequenceEqual("id"u8))
            {
                data.Id = reader.GetString()!;
            }
            else if (name.SequenceEqual("group_id"u8))
            {
                data.GroupId = reader.GetString()!;
            }
            else if (name.SequenceEqual("service"u8))
            {
                data.Service = reader.GetString()!;
            }
            else if (name.SequenceEqual("service_version"u8))
            {
                data.ServiceVersion = reader.GetInt32();
            }
            else if (name.SequenceEqual("schema"u8))
            {
                data.Schema = reader.GetString()!;
            }
            else if (name.SequenceEqual("paused"u8))
            {
                data.Paused = reader.GetBoolean();
            }
            else if (name.SequenceEqual("pause_after_trial"u8))
            {
                data.PauseAfterTrial = reader.GetBoolean();
            }
            else if (name.SequenceEqual("connected_by"u8))
            {
                data.ConnectedBy = reader.GetString();
            }
            else if (name.SequenceEqual("created_at"u8))
            {
                data.CreatedAt = isNull ? null : reader.GetDateTimeOffset();
            }
            else if (name.SequenceEqual("succeeded_at"u8))
            {
                data.SucceededAt = isNull ? null : reader.GetDateTimeOffset();
            }
            else if (name.SequenceEqual("failed_at"u8))
            {
                data.FailedAt = isNull ? null : reader.GetDateTimeOffset();
            }
            else if (name.SequenceEqual("sync_frequency"u8))
            {
                data.SyncFrequency = reader.GetInt32();
            }
            else if (name.SequenceEqual("schedule_type"u8))
            {
                data.ScheduleType = reader.GetString();
            }
            else if (name.SequenceEqual("status"u8))
            {
                data.Status = ReadStatus(ref reader);
            }
            else if (name.SequenceEqual("setup_tests"u8))
            {
                data.SetupTests = ReadSetupTests(ref reader);
            }
            else if (name.SequenceEqual("config"u8))
            {
                data.Config = ReadConfigEcho(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        return data;
    }

    private static StjStatus ReadStatus(ref Utf8JsonReader reader)
    {
        var status = new StjStatus();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            ReadOnlySpan<byte> name = reader.ValueSpan;
            reader.Read();
            if (name.SequenceEqual("setup_state"u8))
            {
                status.SetupState = reader.GetString();
            }
            else if (name.SequenceEqual("sync_state"u8))
            {
                status.SyncState = reader.GetString();
            }
            else if (name.SequenceEqual("update_state"u8))
            {
                status.UpdateState = reader.GetString();
            }
            else if (name.SequenceEqual("is_historical_sync"u8))
            {
                status.IsHistoricalSync = reader.GetBoolean();
            }
            else
            {
                reader.Skip();
            }
        }

        return status;
    }

    private static List<StjSetupTest> ReadSetupTests(ref Utf8JsonReader reader)
    {
        var tests = new List<StjSetupTest>();
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            var test = new StjSetupTest();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                ReadOnlySpan<byte> name = reader.ValueSpan;
                reader.Read();
                if (name.SequenceEqual("title"u8))
                {
                    test.Title = reader.GetString();
                }
                else if (name.SequenceEqual("status"u8))
                {
                    test.Status = reader.GetString();
                }
                else if (name.SequenceEqual("message"u8))
                {
                    test.Message = reader.GetString();
                }
                else
                {
                    reader.Skip();
                }
            }

            tests.Add(test);
        }

        return tests;
    }

    private static StjConfigEcho ReadConfigEcho(ref Utf8JsonReader reader)
    {
        var config = new StjConfigEcho();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            ReadOnlySpan<byte> name = reader.ValueSpan;
            reader.Read();
            if (name.SequenceEqual("sync_mode"u8))
            {
                config.SyncMode = reader.GetString();
            }
            else if (name.SequenceEqual("integration_key"u8))
            {
                config.IntegrationKey = reader.GetString();
            }
            else if (name.SequenceEqual("app_ids"u8))
            {
                config.AppIds = ReadStrings(ref reader);
            }
            else if (name.SequenceEqual("region"u8))
            {
                config.Region = reader.GetString();
            }
            else
            {
                reader.Skip();
            }
        }

        return config;
    }

    private static List<string> ReadStrings(ref Utf8JsonReader reader)
    {
        var items = new List<string>();
        while (reader.Read() && reader.TokenType == JsonTokenType.String)
        {
            items.Add(reader.GetString()!);
        }

        return items;
    }

    private static int IndexOf(ref Utf8JsonReader reader, JsonEncodedText[] values)
    {
        for (int i = 0; i < values.Length; i++)
        {
            if (reader.ValueSpan.SequenceEqual(values[i].EncodedUtf8Bytes))
            {
                return i;
            }
        }

        return -1;
    }

    private static DateOnly ReadDate(ReadOnlySpan<byte> text) =>
        new(Digits(text[..4]), Digits(text.Slice(5, 2)), Digits(text.Slice(8, 2)));

    private static int Digits(ReadOnlySpan<byte> digits)
    {
        int value = 0;
        foreach (byte digit in digits)
        {
            value = (value * 10) + (digit - '0');
        }

        return value;
    }
}
