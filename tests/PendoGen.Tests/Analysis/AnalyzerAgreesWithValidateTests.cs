using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using PendoGen.Tests.Infrastructure;

namespace PendoGen.Tests.Analysis;

/// <summary>
/// The analyzer (rules evaluated over constants) and the generated Validate() (rules emitted as C#) come from the
/// same rule model; this keeps them from drifting. Each case is compiled with the generated code, analyzed, then
/// run: both must report the same rule IDs, paths, severities and messages.
/// </summary>
public class AnalyzerAgreesWithValidateTests
{
    private const string Base = """
        GroupId = "g", DestinationSchemaNames = DestinationSchemaNames.FivetranNaming
        """;

    private const string Key = """IntegrationKey = System.Environment.MachineName, Region = PendoRegion.EU""";

    public static TheoryData<string> Cases() => new()
    {
        $$"""new PendoConnectionRequest { {{Base}}, Config = new PendoConfig { Schema = "p", {{Key}} } }""",
        $$"""new PendoConnectionRequest { {{Base}}, Config = new PendoConfig { Schema = "p", SyncMode = SyncMode.SpecificAppIds, {{Key}} } }""",
        $$"""new PendoConnectionRequest { {{Base}}, Config = new PendoConfig { Schema = "p", SyncMode = SyncMode.SpecificAppIds, AppIds = [], {{Key}} } }""",
        $$"""new PendoConnectionRequest { {{Base}}, Config = new PendoConfig { Schema = "p", SyncMode = SyncMode.SpecificAppIds, AppIds = ["1", " "], {{Key}} } }""",
        $$"""new PendoConnectionRequest { {{Base}}, Config = new PendoConfig { Schema = "p", AppIds = ["1"], {{Key}} } }""",
        $$"""new PendoConnectionRequest { {{Base}}, Config = new PendoConfig { Schema = "Bad Name", IntegrationKey = System.Environment.MachineName } }""",
        $$"""new PendoConnectionRequest { GroupId = "g", Config = new PendoConfig { Schema = "1p", Region = PendoRegion.US1 } }""",
        $$"""new PendoConnectionRequest { GroupId = "g", DestinationSchemaNames = DestinationSchemaNames.SourceNaming, Config = new PendoConfig { Schema = "Bad-Name", {{Key}} } }""",
        $$"""new PendoConnectionRequest { {{Base}}, Config = new PendoConfig { Schema = "p", HistoricalSyncTimeFrame = HistoricalSyncTimeFrame.DateLimit, {{Key}} } }""",
        $$"""new PendoConnectionRequest { {{Base}}, Config = new PendoConfig { Schema = "p", BackwardSyncLimitDate = new System.DateOnly(2020, 2, 29), {{Key}} } }""",
        $$"""new PendoConnectionRequest { {{Base}}, Config = new PendoConfig { Schema = "p", ExportStorageType = ExportStorageType.AwsS3, GcsCredentials = new GcsCredentials { BucketName = "b" }, {{Key}} } }""",
        $$"""new PendoConnectionRequest { {{Base}}, Config = new PendoConfig { Schema = "p", Region = (PendoRegion)77, IntegrationKey = "k" } }""",
        $$"""new PendoConnectionRequest { {{Base}}, SyncFrequency = 45, Config = new PendoConfig { Schema = "p", {{Key}} } }""",
        $$"""new PendoConnectionRequest { {{Base}}, SyncFrequency = 1440, DailySyncTime = "14:30", Config = new PendoConfig { Schema = "p", {{Key}} } }""",
        $$"""new PendoConnectionRequest { {{Base}}, SyncFrequency = 360, DailySyncTime = "14:00", Config = new PendoConfig { Schema = "p", {{Key}} } }""",
        $$"""new PendoConnectionRequest { {{Base}}, ScheduleType = ScheduleType.Manual, SyncFrequency = 60, Config = new PendoConfig { Schema = "p", {{Key}} } }""",
        $$"""new PendoConnectionRequest { {{Base}}, ScheduleType = ScheduleType.Manual, SyncFrequency = 360, Config = new PendoConfig { Schema = "p", {{Key}} } }""",
        $$"""new PendoConnectionRequest { {{Base}}, DataDelayThreshold = 30, Config = new PendoConfig { Schema = "p", {{Key}} } }""",
        $$"""new PendoConnectionRequest { {{Base}}, DataDelaySensitivity = DataDelaySensitivity.CUSTOM, DataDelayThreshold = -5, Config = new PendoConfig { Schema = "p", {{Key}} } }""",
        $$"""new PendoConnectionRequest { {{Base}}, NetworkingMethod = NetworkingMethod.ProxyAgent, Config = new PendoConfig { Schema = "p", {{Key}} } }""",
        $$"""new PendoConnectionRequest { {{Base}}, NetworkingMethod = NetworkingMethod.Directly, PrivateLinkId = "l", Config = new PendoConfig { Schema = "p", {{Key}} } }""",
        $$"""new PendoConnectionRequest { {{Base}}, HybridDeploymentAgentId = "h", Config = new PendoConfig { Schema = "p", {{Key}} } }""",
        $$"""new PendoConnectionRequest { {{Base}}, ConnectCardConfig = new ConnectCardConfig { RedirectUri = "your.site/path" }, Config = new PendoConfig { Schema = "p", {{Key}} } }""",
        $$"""new PendoConnectionRequest { GroupId = "", Service = "hubspot", Config = new PendoConfig { Schema = "p", {{Key}} } }""",
        $$"""new PendoConnectionRequest { GroupId = null!, Config = new PendoConfig { Schema = null!, {{Key}} } }""",
        // Found by AnalyzerAgreesWithValidatePropertyTests: Validate() skipped null items, and null! in a collection
        // expression made the analyzer skip the whole list.
        $$"""new PendoConnectionRequest { {{Base}}, Config = new PendoConfig { Schema = "p", SyncMode = SyncMode.SpecificAppIds, AppIds = ["1", null!, " "], {{Key}} } }""",
        $$"""new PendoConnectionRequest { {{Base}}, Config = new PendoConfig { Schema = "p", SyncMode = SyncMode.SpecificAppIds, AppIds = new string[] { null!, "" }, {{Key}} } }""",
        // Also found by it: the analyzer ignored x-lenient, which the response readers honour.
        """"" PendoConnectionResponse.FromJson(""""{ "code": 200, "data": { "id": 5, "group_id": "g", "service": "pendo", "schema": "s", "service_version": " 3 ", "paused": "true", "sync_frequency": "360", "schedule_type": 1, "created_at": "2024-01-31T10:00:00.Z", "config": { "app_ids": ["1", 2], "use_data_sync": "false" } } }"""") """"",
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Analyzer_and_Validate_report_the_same_issues(string expression)
    {
        string source = "using PendoGen;\npublic static class Case { public static object Build() => " + expression + "; }\n";
        AnalyzerHarness.Result analyzed = AnalyzerHarness.Run(source);
        Assert.Empty(analyzed.AnalyzerExceptions);
        // PENDO007 (a secret written in source) exists only at compile time: Validate() cannot see source code.
        string[] fromAnalyzer = analyzed.Diagnostics
            .Where(d => d.Id != "PENDO007")
            .Select(d => $"{d.Id} {d.Severity} {d.GetMessage()}")
            .Order(StringComparer.Ordinal)
            .ToArray();

        string[] fromValidate = RunValidate(analyzed.Compilation)
            .Select(i => $"{i.RuleId} {i.Severity} {i.Path}: {i.Message}")
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(fromValidate, fromAnalyzer);
    }

    private static List<(string RuleId, string Severity, string Path, string Message)> RunValidate(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        var context = new AssemblyLoadContext("case", isCollectible: true);
        try
        {
            stream.Position = 0;
            Assembly assembly = context.LoadFromStream(stream);
            object request = assembly.GetType("Case")!.GetMethod("Build")!.Invoke(null, null)!;
            var issues = (System.Collections.IEnumerable)request.GetType().GetMethod("Validate")!.Invoke(request, null)!;
            var result = new List<(string, string, string, string)>();
            foreach (object issue in issues)
            {
                string Read(string name) => issue.GetType().GetProperty(name)!.GetValue(issue)!.ToString()!;
                result.Add((Read("RuleId"), Read("Severity"), Read("Path"), Read("Message")));
            }

            return result;
        }
        finally
        {
            context.Unload();
        }
    }
}
