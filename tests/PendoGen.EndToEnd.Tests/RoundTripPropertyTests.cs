using CsCheck;

namespace PendoGen.EndToEnd.Tests;

/// <summary>Random valid-typed objects survive ToJson → FromJson as equal objects, and Validate() never throws.</summary>
public class RoundTripPropertyTests
{
    private static readonly Gen<string> Text = Gen.String[Gen.Char, 0, 24];

    private static readonly Gen<PendoConfig> Configs =
        from schema in Text
        from mode in Gen.Enum<SyncMode>().Nullable()
        from key in Text.Null()
        from ids in Text.List[0, 4].Null()
        from date in Gen.Date.Select(d => DateOnly.FromDateTime(d)).Nullable()
        from region in Gen.Enum<PendoRegion>().Nullable()
        from frame in Gen.Enum<HistoricalSyncTimeFrame>().Nullable()
        from useDataSync in Gen.Bool.Nullable()
        from storage in Gen.Enum<ExportStorageType>().Nullable()
        from bucket in Text.Null()
        select new PendoConfig
        {
            Schema = schema,
            SyncMode = mode,
            IntegrationKey = key is { } k && Secret.IsMasked(k) ? null : key,
            AppIds = ids,
            BackwardSyncLimitDate = date,
            Region = region,
            HistoricalSyncTimeFrame = frame,
            UseDataSync = useDataSync,
            ExportStorageType = storage,
            GcsCredentials = bucket is null ? null : new GcsCredentials { BucketName = bucket, HomeFolder = bucket },
        };

    private static readonly Gen<PendoConnectionRequest> RequestGen =
        from groupId in Text
        from frequency in Gen.Int.Nullable()
        from time in Text.Null()
        from method in Gen.Enum<NetworkingMethod>().Nullable()
        from paused in Gen.Bool.Nullable()
        from threshold in Gen.Int.Nullable()
        from naming in Gen.Enum<DestinationSchemaNames>().Nullable()
        from redirect in Text.Null()
        from config in Configs
        select new PendoConnectionRequest
        {
            GroupId = groupId,
            SyncFrequency = frequency,
            DailySyncTime = time,
            NetworkingMethod = method,
            Paused = paused,
            DataDelayThreshold = threshold,
            DestinationSchemaNames = naming,
            ConnectCardConfig = redirect is null ? null : new ConnectCardConfig { RedirectUri = redirect, HideSetupGuide = paused },
            Config = config,
        };

    [Fact]
    public void Requests_round_trip_to_equal_objects() =>
        RequestGen.Sample(request =>
        {
            PendoConnectionRequest back = PendoConnectionRequest.FromJson(request.ToJson());
            return back == request && back.GetHashCode() == request.GetHashCode() && back.ToJson() == request.ToJson();
        }, iter: Fuzz.Cases(1000));

    [Fact]
    public void Validate_never_throws_and_never_shows_a_secret() =>
        RequestGen.Sample(request =>
        {
            string? key = request.Config.IntegrationKey;
            return request.Validate().All(issue => key is not { Length: > 3 } || !issue.ToString().Contains(key, StringComparison.Ordinal));
        }, iter: Fuzz.Cases(1000));
}
