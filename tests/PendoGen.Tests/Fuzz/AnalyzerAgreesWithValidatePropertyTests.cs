using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PendoGen.Tests.Analysis;
using PendoGen.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PendoGen.Tests.Fuzz;

/// <summary>
/// The property behind <see cref="AnalyzerAgreesWithValidateTests"/>, over random constant configurations of the
/// shipped schemas' records (requests, their nested records, and connection responses): each is written as C#
/// (object initializers) or as JSON text handed to <c>FromJson</c>. When it runs, the analyzer's diagnostics inside
/// it and the issues <c>Validate()</c> returns for it must be the same (rule ID, path, severity and message). When
/// <c>FromJson</c> refuses the JSON, the analyzer must report an error at the path of the exception or under it.
/// Values are biased to the rules: enum members, undefined enum values and near misses, allowed and other sync
/// frequencies, conditional requirements, settings without effect, patterns, masked secrets, unknown JSON keys,
/// null items, dates and date-times, values of another kind (which the responses' lenient readers may take).
/// </summary>
/// <remarks>
/// <para>
/// Generated with a seeded <see cref="Random"/>, one seed per configuration (printed on failure with the source),
/// rather than CsCheck: shrinking would recompile a batch per step, and a failure already names one small
/// configuration and the (rule, path) the two sides disagree on. 100 configurations share one compilation, one
/// analyzer run and one loaded assembly.
/// </para>
/// <para>
/// What is left out on purpose, because the analyzer cannot know it: values that are not constants where a rule
/// reads the value (only settings no rule reads get <c>Environment.MachineName</c>), nested records built
/// elsewhere, <c>with</c> expressions, arrays the analyzer does not read (<c>new string[0]</c>,
/// <c>Array.Empty</c>), <c>AdditionalProperties</c> set in C#, and PENDO007 (a secret in source code, which
/// <c>Validate()</c> cannot see). A date the analyzer rejects (PENDO003) throws at run time (<c>new DateOnly</c>,
/// <c>DateOnly.Parse</c>, <c>FromJson</c>), so that configuration runs with a valid date in its place and the
/// analyzer must report exactly one PENDO003 more, at the date's path; this includes <c>DateOnly.Parse</c> of a
/// text <c>DateOnly.Parse</c> can read but that is not YYYY-MM-DD (such as "2024-1-5"), which the analyzer reports by design.
/// </para>
/// </remarks>
public class AnalyzerAgreesWithValidatePropertyTests(ITestOutputHelper output)
{
    private const int BatchSize = 100;

    [Fact]
    public void Analyzer_and_Validate_agree_on_random_constant_configurations()
    {
        int total = FuzzScale.Cases(400);
        var failures = new List<string>();
        var ruleCounts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        int withIssues = 0;
        int asJson = 0;
        int threw = 0;
        int responses = 0;
        int responsesRead = 0;
        int twins = 0;
        int run = 0;
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        for (int start = 0; start < total; start += BatchSize)
        {
            var configs = new List<Config>();
            for (int i = start; i < Math.Min(total, start + BatchSize); i++)
            {
                configs.Add(ConfigGenerator.Generate(20_000_000 + i));
            }

            foreach (Outcome outcome in RunBatch(configs))
            {
                run++;
                asJson += outcome.Config.IsJson ? 1 : 0;
                threw += outcome.Threw ? 1 : 0;
                bool response = outcome.Config.Expression.StartsWith("PendoConnectionResponse", StringComparison.Ordinal);
                responses += response ? 1 : 0;
                responsesRead += response && !outcome.Threw ? 1 : 0;
                twins += outcome.Config.RuntimeExpression is not null ? 1 : 0;
                withIssues += outcome.Expected.Count > 0 ? 1 : 0;
                foreach (Issue issue in outcome.Expected)
                {
                    ruleCounts[issue.RuleId + " " + issue.Severity] = ruleCounts.GetValueOrDefault(issue.RuleId + " " + issue.Severity) + 1;
                }

                if (outcome.Problem is not null && failures.Count < 10)
                {
                    failures.Add(outcome.Problem);
                }
            }
        }

        output.WriteLine($"{run} configurations ({asJson} as JSON, {responses} of them responses, {responsesRead} of which read; {threw} refused by FromJson; {twins} with a date that " +
                         $"throws at run time, run with a valid one), {withIssues} with at least one issue, {stopwatch.Elapsed.TotalSeconds:F1} s");
        output.WriteLine("Issues by rule: " + string.Join(", ", ruleCounts.Select(p => $"{p.Key} {p.Value}")));
        Assert.True(failures.Count == 0, $"The analyzer and Validate() disagree:\n\n{string.Join("\n\n", failures)}");
        Assert.Equal(total, run);
        Assert.True(withIssues >= total / 2, $"only {withIssues} of {total} configurations have an issue");
        Assert.True(withIssues <= total - total / 40, $"{withIssues} of {total} configurations have an issue: too few valid ones");
        Assert.True(asJson >= total / 5, $"only {asJson} configurations as JSON");
        // Enough JSON configurations must be read to compare issues (FromJson refuses more since JSON null on a typed
        // property is an error, which the analyzer must report too: that is compared as well).
        Assert.True(threw >= total / 40 && threw <= asJson * 3 / 5, $"{threw} of {asJson} JSON configurations were refused by FromJson");
        Assert.True(responsesRead >= total / 40, $"only {responsesRead} of {responses} responses were read");
        foreach (string rule in new[] { "PENDO001 Error", "PENDO001 Warning", "PENDO002 Error", "PENDO002 Warning", "PENDO003 Error", "PENDO003 Warning", "PENDO004 Error", "PENDO004 Warning", "PENDO005 Warning", "PENDO006 Warning" })
        {
            Assert.True(ruleCounts.GetValueOrDefault(rule) >= 3, $"{rule} was hit only {ruleCounts.GetValueOrDefault(rule)} times");
        }
    }

    /// <summary>One validation issue: the analyzer's (from a diagnostic) or Validate()'s. A null message matches any.</summary>
    internal sealed record Issue(string RuleId, string Severity, string Path, string? Message)
    {
        public string Key => $"{RuleId} {Severity} {Path}";

        public override string ToString() => Message is null ? Key + ": (any message)" : $"{Key}: {Message}";
    }

    private sealed record Outcome(Config Config, List<Issue> Expected, string? Problem, bool Threw = false);

    /// <summary>Compiles the batch once (analyzer included), loads it once, and compares each configuration.</summary>
    private static List<Outcome> RunBatch(List<Config> configs)
    {
        var source = new StringBuilder("using PendoGen;\n\npublic static class Batch\n{\n");
        for (int i = 0; i < configs.Count; i++)
        {
            source.Append("    public static object C").Append(i).Append("() =>\n        ").Append(configs[i].Expression).Append(";\n\n");
        }

        source.Append("}\n\n// The same configurations with a valid date where the one above throws at run time.\npublic static class Twins\n{\n");
        for (int i = 0; i < configs.Count; i++)
        {
            if (configs[i].RuntimeExpression is { } runtime)
            {
                source.Append("    public static object R").Append(i).Append("() => ").Append(runtime).Append(";\n");
            }
        }

        source.Append("}\n");
        string text = source.ToString();
        AnalyzerHarness.Result analyzed = AnalyzerHarness.Run(text);
        Assert.Empty(analyzed.AnalyzerExceptions);
        SyntaxTree tree = analyzed.Compilation.SyntaxTrees.First();
        Assert.Equal(text, tree.ToString());
        List<string> errors = analyzed.Compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        Assert.True(errors.Count == 0, "The generated configurations do not compile:\n" + string.Join("\n", errors.Take(20)) + "\n" + text);

        // Which method each diagnostic is in.
        List<MethodDeclarationSyntax> methods = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>()
            .Where(m => m.Parent is ClassDeclarationSyntax { Identifier.ValueText: "Batch" }).ToList();
        var fromAnalyzer = configs.Select(_ => new List<Issue>()).ToList();
        foreach (Diagnostic diagnostic in analyzed.Diagnostics.Where(d => d.Location.SourceTree == tree && d.Id != "PENDO007"))
        {
            int index = methods.FindIndex(m => m.Span.Contains(diagnostic.Location.SourceSpan));
            if (index < 0)
            {
                continue; // in a twin
            }

            string path = diagnostic.Properties.TryGetValue("Path", out string? p) ? p ?? "?" : "?";
            string prefix = path + ": ";
            string message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
            fromAnalyzer[int.Parse(methods[index].Identifier.ValueText[1..], CultureInfo.InvariantCulture)].Add(
                new Issue(diagnostic.Id, diagnostic.Severity.ToString(), path, message.StartsWith(prefix, StringComparison.Ordinal) ? message[prefix.Length..] : message));
        }

        using var stream = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult emitted = analyzed.Compilation.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        var context = new AssemblyLoadContext("batch", isCollectible: true);
        try
        {
            stream.Position = 0;
            Assembly assembly = context.LoadFromStream(stream);
            var outcomes = new List<Outcome>();
            for (int i = 0; i < configs.Count; i++)
            {
                Config config = configs[i];
                MethodInfo method = config.RuntimeExpression is null
                    ? assembly.GetType("Batch")!.GetMethod("C" + i)!
                    : assembly.GetType("Twins")!.GetMethod("R" + i)!;
                List<Issue> expected;
                try
                {
                    object value = method.Invoke(null, null)!;
                    expected = Validate(value);
                }
                catch (TargetInvocationException e) when (config.IsJson && e.InnerException is System.Text.Json.JsonException { Path: { } at } thrown)
                {
                    // FromJson refuses it: the analyzer must say so with an error there (or inside it).
                    bool explained = fromAnalyzer[i].Any(a => a.Severity == "Error" &&
                        (a.Path == at || a.Path.StartsWith(at + ".", StringComparison.Ordinal) || a.Path.StartsWith(at + "[", StringComparison.Ordinal)));
                    outcomes.Add(new Outcome(config, fromAnalyzer[i], explained ? null : Describe(config, i,
                        $"FromJson throws ({thrown.Message}) but the analyzer reports no error at {at}:\n    {string.Join("\n    ", fromAnalyzer[i])}"), Threw: true));
                    continue;
                }
                catch (TargetInvocationException e)
                {
                    outcomes.Add(new Outcome(config, [], Describe(config, i, $"It throws at run time: {e.InnerException}")));
                    continue;
                }

                expected.AddRange(config.ExtraAnalyzerIssues);
                outcomes.Add(new Outcome(config, expected, Compare(expected, fromAnalyzer[i]) is { } difference ? Describe(config, i, difference) : null));
            }

            return outcomes;
        }
        finally
        {
            context.Unload();
        }
    }

    private static List<Issue> Validate(object value)
    {
        var issues = (System.Collections.IEnumerable)value.GetType().GetMethod("Validate", Type.EmptyTypes)!.Invoke(value, null)!;
        var result = new List<Issue>();
        foreach (object issue in issues)
        {
            string Read(string name) => issue.GetType().GetProperty(name)!.GetValue(issue)!.ToString()!;
            result.Add(new Issue(Read("RuleId"), Read("Severity"), Read("Path"), Read("Message")));
        }

        return result;
    }

    /// <summary>Null when the two lists hold the same issues (as multisets); else what differs.</summary>
    private static string? Compare(List<Issue> expected, List<Issue> actual)
    {
        var remaining = actual.ToList();
        var missing = new List<Issue>();
        // Exact matches first, then the issues whose message is not known (the dates the analyzer rejects).
        foreach (Issue issue in expected.OrderBy(i => i.Message is null))
        {
            int at = remaining.FindIndex(a => a.Key == issue.Key && (issue.Message is null || a.Message == issue.Message));
            if (at < 0)
            {
                missing.Add(issue);
            }
            else
            {
                remaining.RemoveAt(at);
            }
        }

        if (missing.Count == 0 && remaining.Count == 0)
        {
            return null;
        }

        bool sameKeys = expected.Select(i => i.Key).Order(StringComparer.Ordinal).SequenceEqual(actual.Select(i => i.Key).Order(StringComparer.Ordinal));
        return (sameKeys ? "Same rules and paths, different messages." : "Different rules, paths or severities.") +
               $"\n  Validate() (and expected date issues):\n    {string.Join("\n    ", expected.OrderBy(i => i.Key, StringComparer.Ordinal))}" +
               $"\n  Analyzer:\n    {string.Join("\n    ", actual.OrderBy(i => i.Key, StringComparer.Ordinal))}" +
               $"\n  Only Validate(): {string.Join("; ", missing)}\n  Only the analyzer: {string.Join("; ", remaining)}";
    }

    private static string Describe(Config config, int index, string problem) =>
        $"Configuration seed {config.Seed} (C{index} of its batch):\n  {config.Expression}" +
        (config.RuntimeExpression is { } runtime ? $"\n  run as: {runtime}" : "") + "\n" + problem;

    /// <summary>
    /// A configuration: the expression the analyzer sees, and when it differs (a date the analyzer rejects, which
    /// throws at run time) the one that runs, with the issues only the analyzer can report.
    /// </summary>
    internal sealed record Config(int Seed, string Expression, string? RuntimeExpression, bool IsJson, List<Issue> ExtraAnalyzerIssues);

    /// <summary>Random configurations of the shipped schemas' records, as C# or JSON.</summary>
    internal static class ConfigGenerator
    {
        // A value of a setting, before it is written as C# or JSON.
        private abstract record V;

        private sealed record Str(string Value) : V;

        private sealed record Num(long Value) : V;

        private sealed record Bool(bool Value) : V;

        private sealed record Null : V;

        /// <summary>
        /// An enum member (<paramref name="Member"/> and its <paramref name="Wire"/> spelling), or an undefined value
        /// when Member is null: <paramref name="Number"/> in C#, a near miss of a wire spelling in JSON.
        /// </summary>
        private sealed record EnumValue(string Type, string? Member, string Wire, int Number = 0) : V;

        /// <summary>JSON text as it is, e.g. a value of a kind the setting does not have; JSON only.</summary>
        private sealed record Raw(string Json) : V;

        /// <summary>A record; <paramref name="Unknown"/> are extra keys, written only in JSON.</summary>
        private sealed record Obj(string Type, List<(Setting Setting, V Value)> Settings, List<(string Key, V Value)> Unknown) : V;

        /// <summary>A list of strings: <c>[..]</c>, <c>new string[] { .. }</c> or <c>new List&lt;string&gt; { .. }</c>.</summary>
        private sealed record Arr(List<V> Items, int Style) : V;

        /// <summary>A date: <c>new DateOnly(y, m, d)</c> (Text is "y-m-d") or <c>DateOnly.Parse(Text)</c>; in JSON the text.</summary>
        private sealed record Date(string Text, bool Constructor) : V;

        /// <summary>A value not known at compile time.</summary>
        private sealed record MachineName : V;

        private sealed record Setting(string Clr, string Json, bool NonNullable, Func<Random, V?> Generate);

        private static readonly (int Year, int Month, int Day)[] ValidDates = [(2024, 1, 31), (2020, 2, 29), (2000, 12, 15), (1, 1, 1), (9999, 12, 31)];
        private static readonly (int Year, int Month, int Day)[] InvalidDates = [(2023, 2, 29), (2024, 13, 1), (2024, 4, 31), (0, 1, 1), (2024, 1, 0)];
        private static readonly string[] ValidDateTexts = ["2024-01-31", "2020-02-29", "1999-12-31"];
        private static readonly string[] InvalidDateTexts = ["2024-13-01", "31/01/2024", "", "2024-1-5", "2023-02-29", "2024-01-31T00:00:00", " 2024-01-31", "2024/01/31"];

        private static V? Maybe(Random r, double present, Func<V> value) => r.NextDouble() < present ? value() : null;

        private static V Pick(Random r, params V[] values) => values[r.Next(values.Length)];

        private static V EnumOf(Random r, string type, string[] members, string[] wires, int undefined)
        {
            int i = r.Next(members.Length + 2);
            if (i < members.Length)
            {
                return new EnumValue(type, members[i], wires[i]);
            }

            string wire = wires[r.Next(wires.Length)];
            string nearMiss = wire.ToLowerInvariant() != wire ? wire.ToLowerInvariant() : wire.ToUpperInvariant();
            return i == members.Length ? new EnumValue(type, null, nearMiss, undefined) : new Null();
        }

        private static V Text(Random r, params string?[] values)
        {
            string? value = values[r.Next(values.Length)];
            return value is null ? new Null() : new Str(value);
        }

        private static V Boolean(Random r) => r.Next(3) switch { 0 => new Bool(true), 1 => new Bool(false), _ => new Null() };

        private static V Record(Random r, string type, Setting[] settings)
        {
            List<(Setting, V)> set = settings.Select(s => (s, s.Generate(r))).Where(p => p.Item2 is not null).Select(p => (p.s, p.Item2!)).OrderBy(_ => r.Next()).ToList();
            // A key the record does not have (a known one twice would make FromJson throw).
            (string Key, V Value) unknown = UnknownKey(r);
            bool addUnknown = r.Next(8) == 0 && settings.All(s => s.Json != unknown.Key);
            return new Obj(type, set, addUnknown ? [unknown] : []);
        }

        private static (string, V) UnknownKey(Random r) => r.Next(6) switch
        {
            0 => ("app_id", new Arr([new Str("1")], 0)),
            1 => ("x", new Num(1)),
            2 => ("odd key", new Bool(true)),
            3 => ("it's", new Str("v")),
            4 => ("Schema", new Str("p")),
            _ => ("sync_frequency", new Num(60)),
        };

        private static V AppIds(Random r)
        {
            int style = r.Next(3);
            if (r.Next(8) == 0)
            {
                return new Null();
            }

            var items = new List<V>();
            for (int n = r.Next(4) == 0 ? 0 : r.Next(1, 4); n > 0; n--)
            {
                items.Add(r.Next(12) == 0 ? new Null() : Text(r, "1", "42", "5629499534213120", "-323232", " ", "", "\t"));
            }

            return new Arr(items, style);
        }

        private static V DateValue(Random r)
        {
            switch (r.Next(5))
            {
                case 0:
                    (int y, int m, int d) = ValidDates[r.Next(ValidDates.Length)];
                    return new Date($"{y}-{m}-{d}", Constructor: true);
                case 1:
                    (y, m, d) = InvalidDates[r.Next(InvalidDates.Length)];
                    return new Date($"{y}-{m}-{d}", Constructor: true);
                case 2:
                    return new Date(ValidDateTexts[r.Next(ValidDateTexts.Length)], Constructor: false);
                case 3:
                    return new Date(InvalidDateTexts[r.Next(InvalidDateTexts.Length)], Constructor: false);
                default:
                    return new Null();
            }
        }

        private static readonly Setting[] AwsSettings =
        [
            new("BucketName", "bucket_name", false, r => Maybe(r, 0.5, () => Pick(r, new Str("b"), new Str(""), new MachineName()))),
            new("HomeFolder", "home_folder", false, r => Maybe(r, 0.3, () => Pick(r, new Str("f"), new Null()))),
            new("S3RoleArn", "s3_role_arn", false, r => Maybe(r, 0.5, () => Pick(r, new Str("******"), new Str("arn:aws:iam::1:role/x"), new MachineName(), new Null()))),
        ];

        private static readonly Setting[] AzureSettings =
        [
            new("ConnectionString", "connection_string", false, r => Maybe(r, 0.5, () => Pick(r, new Str("******"), new Str("*"), new Str("AccountName=a"), new MachineName()))),
            new("ContainerName", "container_name", false, r => Maybe(r, 0.4, () => Pick(r, new Str("c"), new Null()))),
            new("HomeFolder", "home_folder", false, r => Maybe(r, 0.3, () => new Str("f"))),
        ];

        private static readonly Setting[] GcsSettings =
        [
            new("BucketName", "bucket_name", false, r => Maybe(r, 0.5, () => Pick(r, new Str("b"), new MachineName(), new Null()))),
            new("HomeFolder", "home_folder", false, r => Maybe(r, 0.3, () => new Str("f"))),
        ];

        private static readonly Setting[] ConnectCardSettings =
        [
            new("RedirectUri", "redirect_uri", true, r => Text(r, "https://example.com/done", "http://a", "your.site/path", "", "ftp://x", null)),
            new("HideSetupGuide", "hide_setup_guide", false, r => Maybe(r, 0.4, () => Boolean(r))),
        ];

        private static readonly Setting[] DestinationSettings =
        [
            new("VirtualWarehouse", "virtual_warehouse", false, r => Maybe(r, 0.6, () => Pick(r, new Str("wh"), new Str(""), new MachineName(), new Null()))),
        ];

        private static readonly Setting[] ConfigSettings =
        [
            new("Schema", "schema", true, r => r.Next(3) == 0
                ? new Str("pendo_prod")
                : Text(r, "p", "_x1", "Bad Name", "1p", "Pendo", "", "a-b", "é", "pendo_prod\n", new string('s', 120), "it's", null)),
            new("SyncMode", "sync_mode", false, r => Maybe(r, 0.55, () => r.Next(3) == 0
                ? new EnumValue("SyncMode", "SpecificAppIds", "SpecificAppIds")
                : EnumOf(r, "SyncMode", ["AllAppIds", "SpecificAppIds"], ["AllAppIds", "SpecificAppIds"], 7))),
            new("IntegrationKey", "integration_key", false, r => Maybe(r, 0.5, () => Pick(r, new MachineName(), new MachineName(), new Str("******"), new Str("*"), new Str("k"), new Str(""), new Null()))),
            new("AppIds", "app_ids", false, r => Maybe(r, 0.5, () => AppIds(r))),
            new("BackwardSyncLimitDate", "backward_sync_limit_date", false, r => Maybe(r, 0.45, () => DateValue(r))),
            new("Region", "region", false, r => Maybe(r, 0.5, () => EnumOf(r, "PendoRegion", ["EU", "US1", "AU", "JPN", "US"], ["EU", "US1", "AU", "JPN", "US"], 77))),
            new("HistoricalSyncTimeFrame", "historical_sync_time_frame", false, r => Maybe(r, 0.45, () => r.Next(3) == 0
                ? new EnumValue("HistoricalSyncTimeFrame", "DateLimit", "DATE_LIMIT")
                : EnumOf(r, "HistoricalSyncTimeFrame", ["AllTime", "DateLimit"], ["ALL_TIME", "DATE_LIMIT"], 5))),
            new("UseDataSync", "use_data_sync", false, r => Maybe(r, 0.25, () => Boolean(r))),
            new("ExportStorageType", "export_storage_type", false, r => Maybe(r, 0.45, () => EnumOf(r, "ExportStorageType", ["AZURE", "GCS", "AwsS3"], ["AZURE", "GCS", "AWS_S3"], 3))),
            new("AwsCredentials", "aws_credentials", false, r => Maybe(r, 0.3, () => r.Next(6) == 0 ? new Null() : Record(r, "AwsCredentials", AwsSettings))),
            new("AzureCredentials", "azure_credentials", false, r => Maybe(r, 0.3, () => r.Next(6) == 0 ? new Null() : Record(r, "AzureCredentials", AzureSettings))),
            new("GcsCredentials", "gcs_credentials", false, r => Maybe(r, 0.3, () => r.Next(6) == 0 ? new Null() : Record(r, "GcsCredentials", GcsSettings))),
        ];

        private static readonly Setting[] RequestSettings =
        [
            new("GroupId", "group_id", true, r => r.Next(10) < 7 ? new Str("g") : Text(r, "", "grp_1", null)),
            new("Service", "service", true, r => Maybe(r, 0.2, () => Text(r, "pendo", "hubspot", "", "Pendo", null))),
            new("TrustCertificates", "trust_certificates", false, r => Maybe(r, 0.2, () => Boolean(r))),
            new("TrustFingerprints", "trust_fingerprints", false, r => Maybe(r, 0.2, () => Boolean(r))),
            new("RunSetupTests", "run_setup_tests", false, r => Maybe(r, 0.2, () => Boolean(r))),
            new("Paused", "paused", false, r => Maybe(r, 0.2, () => Boolean(r))),
            new("PauseAfterTrial", "pause_after_trial", false, r => Maybe(r, 0.2, () => Boolean(r))),
            new("SyncFrequency", "sync_frequency", false, r => Maybe(r, 0.5, () => r.Next(5) switch
            {
                0 => new Num(1440),
                1 => new Num(360),
                2 => Pick(r, new Num(1), new Num(5), new Num(15), new Num(30), new Num(60), new Num(120), new Num(180), new Num(480), new Num(720)),
                3 => Pick(r, new Num(45), new Num(0), new Num(-1), new Num(2_000_000_000)),
                _ => new Null(),
            })),
            new("DataDelaySensitivity", "data_delay_sensitivity", false, r => Maybe(r, 0.4, () => r.Next(3) == 0
                ? new EnumValue("DataDelaySensitivity", "CUSTOM", "CUSTOM")
                : EnumOf(r, "DataDelaySensitivity", ["LOW", "NORMAL", "HIGH", "CUSTOM", "SyncFrequency"], ["LOW", "NORMAL", "HIGH", "CUSTOM", "SYNC_FREQUENCY"], 9))),
            new("DataDelayThreshold", "data_delay_threshold", false, r => Maybe(r, 0.35, () => Pick(r, new Num(0), new Num(30), new Num(-5), new Num(int.MinValue), new Null()))),
            new("DailySyncTime", "daily_sync_time", false, r => Maybe(r, 0.4, () => Text(r, "14:00", "00:00", "23:00", "14:30", "24:00", "9:00", "", "14:00\n", null))),
            new("ScheduleType", "schedule_type", false, r => Maybe(r, 0.4, () => EnumOf(r, "ScheduleType", ["Auto", "Manual"], ["auto", "manual"], 5))),
            new("ConnectCardConfig", "connect_card_config", false, r => Maybe(r, 0.2, () => r.Next(5) == 0 ? new Null() : Record(r, "ConnectCardConfig", ConnectCardSettings))),
            new("ProxyAgentId", "proxy_agent_id", false, r => Maybe(r, 0.3, () => Pick(r, new Str("agent"), new Str(""), new MachineName(), new Null()))),
            new("PrivateLinkId", "private_link_id", false, r => Maybe(r, 0.3, () => Pick(r, new Str("link"), new Str(""), new MachineName(), new Null()))),
            new("NetworkingMethod", "networking_method", false, r => Maybe(r, 0.45, () => EnumOf(r, "NetworkingMethod", ["Directly", "PrivateLink", "SshTunnel", "ProxyAgent"], ["Directly", "PrivateLink", "SshTunnel", "ProxyAgent"], 42))),
            new("HybridDeploymentAgentId", "hybrid_deployment_agent_id", false, r => Maybe(r, 0.2, () => Pick(r, new Str("h"), new Str(""), new MachineName(), new Null()))),
            new("DestinationConfiguration", "destination_configuration", false, r => Maybe(r, 0.15, () => r.Next(4) == 0 ? new Null() : Record(r, "DestinationConfiguration", DestinationSettings))),
            new("DestinationSchemaNames", "destination_schema_names", false, r => Maybe(r, 0.65, () => EnumOf(r, "DestinationSchemaNames", ["FivetranNaming", "SourceNaming"], ["FIVETRAN_NAMING", "SOURCE_NAMING"], 3))),
            new("Config", "config", true, r => r.Next(25) == 0 ? new Null() : Record(r, "PendoConfig", ConfigSettings)),
        ];

        // The connection response (x-lenient: its readers take a number for a string and the reverse), JSON only.
        private static readonly string[] DateTimes =
        [
            "2024-01-31T10:00:00Z", "2024-01-31T10:00:00.1234567+02:00", "2024-01-31", "2024-01-31T10:00", "2024-01-31T10:00:00.Z", "2024-01-31T10:00:00+02",
            "2024-01-31T10:00:00.1234567890123456Z", "01/31/2024 10:00", "2024-01-31 10:00:00Z", "2024-01-31t10:00:00Z", "2024-02-30T10:00:00Z", "2024-01-31T24:00:00", "",
            "2024-01-31T10:00:00.12345678901234567Z", "2024-01-31T10:00:00+0200", "2024-01-31T10:00:00.", "0001-01-01T00:00:00+01:00", "2024-01-31T10:00:00+14:00",
        ];

        /// <summary>Mostly one System.Text.Json reads (the first 7), else any of them.</summary>
        private static V DateTimeText(Random r) => new Str(DateTimes[r.Next(3) > 0 ? r.Next(7) : r.Next(DateTimes.Length)]);

        private static V AnyJson(Random r) => Pick(r, new Raw("{ \"a\": 1 }"), new Raw("[1, \"x\"]"), new Raw("null"), new Raw("\"x\""), new Raw("3"), new Raw("false"));

        private static V LooseText(Random r, params string[] values) =>
            r.Next(5) == 0 ? Pick(r, new Num(7), new Raw("-0"), new Raw("1.50"), new Raw("1e3"), new Bool(true)) : new Str(values[r.Next(values.Length)]);

        private static V LooseNumber(Random r, params long[] values) =>
            r.Next(4) == 0 ? Pick(r, new Str("360"), new Str(" 42 "), new Str("-5"), new Str("+7"), new Str("3.5"), new Str("abc"), new Str(""), new Raw("3.5"), new Raw("2147483648"))
                : new Num(values[r.Next(values.Length)]);

        private static V LooseBoolean(Random r) =>
            r.Next(4) == 0 ? Pick(r, new Str("true"), new Str("false"), new Str("True"), new Str("yes"), new Num(1)) : new Bool(r.Next(2) == 0);

        private static V Records(Random r, string type, Setting[] settings) =>
            new Arr(Enumerable.Range(0, r.Next(3)).Select(_ => r.Next(8) == 0 ? new Null() : Record(r, type, settings)).ToList(), 0);

        private static readonly Setting[] AlertSettings =
        [
            new("Code", "code", false, r => Maybe(r, 0.7, () => LooseText(r, "resync", "warning_x"))),
            new("Message", "message", false, r => Maybe(r, 0.5, () => LooseText(r, "m", ""))),
            new("Details", "details", false, r => Maybe(r, 0.3, () => AnyJson(r))),
        ];

        private static readonly Setting[] SetupTestSettings =
        [
            new("Title", "title", false, r => Maybe(r, 0.7, () => LooseText(r, "Connecting"))),
            new("Status", "status", false, r => Maybe(r, 0.7, () => LooseText(r, "PASSED", "SKIPPED", "WARNING", "FAILED", "JOB_FAILED", "passed", "OK"))),
            new("Message", "message", false, r => Maybe(r, 0.4, () => LooseText(r, "m"))),
            new("Details", "details", false, r => Maybe(r, 0.3, () => AnyJson(r))),
        ];

        private static readonly Setting[] StatusSettings =
        [
            new("SetupState", "setup_state", false, r => Maybe(r, 0.6, () => LooseText(r, "connected", "incomplete"))),
            new("SyncState", "sync_state", false, r => Maybe(r, 0.5, () => LooseText(r, "scheduled", "syncing"))),
            new("UpdateState", "update_state", false, r => Maybe(r, 0.4, () => LooseText(r, "on_schedule"))),
            new("IsHistoricalSync", "is_historical_sync", false, r => Maybe(r, 0.5, () => LooseBoolean(r))),
            new("Tasks", "tasks", false, r => Maybe(r, 0.4, () => Records(r, "Alert", AlertSettings))),
            new("Warnings", "warnings", false, r => Maybe(r, 0.4, () => Records(r, "Alert", AlertSettings))),
        ];

        private static readonly Setting[] ConnectCardResponseSettings =
        [
            new("Token", "token", false, r => Maybe(r, 0.6, () => LooseText(r, "tok", "******"))),
            new("Uri", "uri", false, r => Maybe(r, 0.6, () => LooseText(r, "https://fivetran.com/connect-card/setup"))),
        ];

        private static readonly Setting[] ConfigResponseSettings =
        [
            new("SyncMode", "sync_mode", false, r => Maybe(r, 0.5, () => LooseText(r, "SpecificAppIds", "AllAppIds", "x"))),
            new("IntegrationKey", "integration_key", false, r => Maybe(r, 0.5, () => LooseText(r, "******", "k"))),
            new("AppIds", "app_ids", false, r => Maybe(r, 0.5, () => new Arr(Enumerable.Range(0, r.Next(3)).Select(_ => r.Next(8) == 0 ? new Null() : LooseText(r, "1", "")).ToList(), 0))),
            new("BackwardSyncLimitDate", "backward_sync_limit_date", false, r => Maybe(r, 0.3, () => LooseText(r, "2024-01-31", "x"))),
            new("Region", "region", false, r => Maybe(r, 0.4, () => LooseText(r, "EU", "eu"))),
            new("HistoricalSyncTimeFrame", "historical_sync_time_frame", false, r => Maybe(r, 0.3, () => LooseText(r, "ALL_TIME"))),
            new("UseDataSync", "use_data_sync", false, r => Maybe(r, 0.3, () => LooseBoolean(r))),
            new("ExportStorageType", "export_storage_type", false, r => Maybe(r, 0.3, () => LooseText(r, "GCS"))),
        ];

        private static readonly Setting[] ConnectionSettings =
        [
            new("Id", "id", true, r => LooseText(r, "conn_1")),
            new("GroupId", "group_id", true, r => LooseText(r, "g")),
            new("Service", "service", true, r => LooseText(r, "pendo")),
            new("ServiceVersion", "service_version", false, r => Maybe(r, 0.5, () => LooseNumber(r, 3, 0, -1))),
            new("Schema", "schema", true, r => LooseText(r, "pendo_prod")),
            new("Paused", "paused", false, r => Maybe(r, 0.5, () => LooseBoolean(r))),
            new("PauseAfterTrial", "pause_after_trial", false, r => Maybe(r, 0.3, () => LooseBoolean(r))),
            new("ConnectedBy", "connected_by", false, r => Maybe(r, 0.3, () => LooseText(r, "user"))),
            new("CreatedAt", "created_at", false, r => Maybe(r, 0.6, () => r.Next(8) == 0 ? new Num(5) : DateTimeText(r))),
            new("SucceededAt", "succeeded_at", false, r => Maybe(r, 0.3, () => DateTimeText(r))),
            new("FailedAt", "failed_at", false, r => Maybe(r, 0.2, () => r.Next(4) == 0 ? new Null() : DateTimeText(r))),
            new("SyncFrequency", "sync_frequency", false, r => Maybe(r, 0.5, () => LooseNumber(r, 360, 1440, 45))),
            new("ScheduleType", "schedule_type", false, r => Maybe(r, 0.5, () => LooseText(r, "auto", "manual", "weekly", "AUTO"))),
            new("DataDelaySensitivity", "data_delay_sensitivity", false, r => Maybe(r, 0.3, () => LooseText(r, "NORMAL", "CUSTOM", "bogus"))),
            new("DataDelayThreshold", "data_delay_threshold", false, r => Maybe(r, 0.3, () => LooseNumber(r, 0, 30, -5))),
            new("DailySyncTime", "daily_sync_time", false, r => Maybe(r, 0.3, () => LooseText(r, "14:00", "14:30"))),
            new("NetworkingMethod", "networking_method", false, r => Maybe(r, 0.4, () => LooseText(r, "Directly", "HybridDeployment", "SSHTunnel"))),
            new("DestinationSchemaNames", "destination_schema_names", false, r => Maybe(r, 0.4, () => LooseText(r, "SOURCE_NAMING", "source_naming"))),
            new("Status", "status", false, r => Maybe(r, 0.5, () => Record(r, "ConnectionStatus", StatusSettings))),
            new("SetupTests", "setup_tests", false, r => Maybe(r, 0.4, () => Records(r, "SetupTestResult", SetupTestSettings))),
            new("ConnectCard", "connect_card", false, r => Maybe(r, 0.2, () => Record(r, "ConnectCard", ConnectCardResponseSettings))),
            new("Config", "config", false, r => Maybe(r, 0.6, () => Record(r, "PendoConfigResponse", ConfigResponseSettings))),
        ];

        private static readonly Setting[] ResponseSettings =
        [
            new("Code", "code", true, r => LooseText(r, "Success", "")),
            new("Message", "message", false, r => Maybe(r, 0.5, () => LooseText(r, "Connection has been created"))),
            new("Data", "data", true, r => Record(r, "PendoConnection", ConnectionSettings)),
        ];

        public static Config Generate(int seed)
        {
            var r = new Random(seed);
            Obj root = r.Next(100) switch
            {
                < 62 => (Obj)Record(r, "PendoConnectionRequest", RequestSettings),
                < 80 => (Obj)Record(r, "PendoConfig", ConfigSettings),
                < 83 => (Obj)Record(r, "ConnectCardConfig", ConnectCardSettings),
                < 85 => (Obj)Record(r, "AwsCredentials", AwsSettings),
                < 87 => (Obj)Record(r, "AzureCredentials", AzureSettings),
                _ => (Obj)Record(r, "PendoConnectionResponse", ResponseSettings),
            };

            // A response (x-lenient) is only ever read from JSON.
            // Mostly JSON FromJson reads; now and then with what it refuses (an undefined enum value as a near miss, a
            // null where none may be), or, below, a value of another kind or a required setting left out.
            bool json = root.Type == "PendoConnectionResponse" || (r.Next(3) == 0 && JsonWritable(root) && (Readable(root) || r.Next(4) == 0));
            if (json && r.Next(5) == 0)
            {
                root = Break(root, r);
            }

            var extra = new List<Issue>();
            CollectBadDates(root, "$", extra);
            if (json)
            {
                string analyzed = root.Type + ".FromJson(\"\"\"\"" + Json(root, seed, runtime: false) + "\"\"\"\")";
                string? runtime = extra.Count == 0 ? null : root.Type + ".FromJson(\"\"\"\"" + Json(root, seed, runtime: true) + "\"\"\"\")";
                return new Config(seed, analyzed, runtime, IsJson: true, extra);
            }

            return new Config(seed, CSharp(root, runtime: false), extra.Count == 0 ? null : CSharp(root, runtime: true), IsJson: false, extra);
        }

        /// <summary>Dates the analyzer reports as PENDO003 (and that throw at run time).</summary>
        private static void CollectBadDates(V value, string path, List<Issue> issues)
        {
            switch (value)
            {
                case Obj obj:
                    foreach ((Setting setting, V child) in obj.Settings)
                    {
                        CollectBadDates(child, path + "." + setting.Json, issues);
                    }

                    break;
                case Date date when !IsValid(date):
                    issues.Add(new Issue("PENDO003", "Error", path, null));
                    break;
            }
        }

        private static bool IsValid(Date date)
        {
            if (!date.Constructor)
            {
                return DateTime.TryParseExact(date.Text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
            }

            int[] parts = date.Text.Split('-').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
            return parts[0] is >= 1 and <= 9999 && parts[1] is >= 1 and <= 12 && parts[2] >= 1 && parts[2] <= DateTime.DaysInMonth(parts[0], parts[1]);
        }

        /// <summary>Whether JSON can say it: no value from code.</summary>
        private static bool JsonWritable(V value) => value switch
        {
            Obj obj => obj.Settings.All(s => JsonWritable(s.Value)),
            Arr arr => arr.Items.All(JsonWritable),
            MachineName => false,
            _ => true,
        };

        /// <summary>Whether FromJson reads it: no undefined enum value, no null where the record cannot hold one, no null list item.</summary>
        private static bool Readable(V value) => value switch
        {
            Obj obj => obj.Settings.All(s => !(s.Setting.NonNullable && s.Value is Null) && Readable(s.Value)),
            Arr arr => arr.Items.All(i => i is not Null && Readable(i)),
            EnumValue e => e.Member is not null,
            _ => true,
        };

        /// <summary>
        /// One setting somewhere in the tree gets a value of another kind, or a setting that must be there is left
        /// out: FromJson throws (a lenient response may take it), and the analyzer must report an error there.
        /// </summary>
        private static Obj Break(Obj root, Random r)
        {
            var places = new List<(Obj Owner, int Index)>();
            void Collect(Obj obj)
            {
                for (int i = 0; i < obj.Settings.Count; i++)
                {
                    places.Add((obj, i));
                    if (obj.Settings[i].Value is Obj nested)
                    {
                        Collect(nested);
                    }
                    else if (obj.Settings[i].Value is Arr { Items: var items })
                    {
                        foreach (Obj item in items.OfType<Obj>())
                        {
                            Collect(item);
                        }
                    }
                }
            }

            Collect(root);
            if (places.Count == 0)
            {
                return root;
            }

            (Obj owner, int index) = places[r.Next(places.Count)];
            (Setting setting, V value) = owner.Settings[index];
            if (setting.NonNullable && r.Next(4) == 0)
            {
                owner.Settings.RemoveAt(index);
                return root;
            }

            owner.Settings[index] = (setting, value switch
            {
                Num => Pick(r, new Raw("\"60\""), new Raw("60.5"), new Raw("true"), new Raw("6e1"), new Raw("\" 7 \""), new Raw("\"abc\"")),
                Bool => Pick(r, new Raw("\"true\""), new Raw("\"True\""), new Raw("1"), new Raw("\"false\"")),
                Arr => Pick(r, new Raw("\"1\""), new Raw("{}"), new Raw("[[]]"), new Raw("[1, \"2\"]")),
                Obj => Pick(r, new Raw("[]"), new Raw("\"x\""), new Raw("1")),
                _ => Pick(r, new Raw("5"), new Raw("-0"), new Raw("1.5e3"), new Raw("true"), new Raw("[]"), new Raw("{}"), new Raw("null")),
            });
            return root;
        }

        private static string CSharp(V value, bool runtime, bool nonNullable = false) => value switch
        {
            Str s => SymbolDisplay.FormatLiteral(s.Value, quote: true),
            Num n => n.Value.ToString(CultureInfo.InvariantCulture),
            Bool b => b.Value ? "true" : "false",
            Null => nonNullable ? "null!" : "null",
            EnumValue { Member: { } member } e => e.Type + "." + member,
            EnumValue e => $"({e.Type}){e.Number}",
            MachineName => "System.Environment.MachineName",
            Raw => throw new InvalidOperationException("JSON only"),
            Date d when runtime && !IsValid(d) => "new System.DateOnly(2024, 1, 31)",
            Date { Constructor: true } d => "new System.DateOnly(" + d.Text.Replace("-", ", ", StringComparison.Ordinal) + ")",
            Date d => "System.DateOnly.Parse(" + SymbolDisplay.FormatLiteral(d.Text, quote: true) + ", System.Globalization.CultureInfo.InvariantCulture)",
            Arr { Style: 0 } a => "[" + string.Join(", ", a.Items.Select(i => CSharp(i, runtime, nonNullable: true))) + "]",
            Arr { Style: 1 } a => "new string[] { " + string.Join(", ", a.Items.Select(i => CSharp(i, runtime, nonNullable: true))) + " }",
            Arr a => "new System.Collections.Generic.List<string> { " + string.Join(", ", a.Items.Select(i => CSharp(i, runtime, nonNullable: true))) + " }",
            Obj o => "new " + o.Type + " { " + string.Join(", ", o.Settings.Select(s => s.Setting.Clr + " = " + CSharp(s.Value, runtime, s.Setting.NonNullable))) + " }",
            _ => throw new ArgumentOutOfRangeException(nameof(value)),
        };

        private static string Json(V value, int seed, bool runtime)
        {
            var builder = new StringBuilder();
            WriteJson(builder, value, new Random(seed ^ 0x5bd1e995), runtime);
            return builder.ToString();
        }

        private static void WriteJson(StringBuilder builder, V value, Random r, bool runtime)
        {
            switch (value)
            {
                case Str s:
                    WriteJsonString(builder, s.Value, r);
                    break;
                case Num n:
                    builder.Append(n.Value.ToString(CultureInfo.InvariantCulture));
                    break;
                case Bool b:
                    builder.Append(b.Value ? "true" : "false");
                    break;
                case Null:
                    builder.Append("null");
                    break;
                case EnumValue e:
                    WriteJsonString(builder, e.Wire, r);
                    break;
                case Raw raw:
                    builder.Append(raw.Json);
                    break;
                case Date d:
                    string text = runtime && !IsValid(d) ? "2024-01-31" : d.Constructor ? DateTextOf(d.Text) : d.Text;
                    WriteJsonString(builder, text, r);
                    break;
                case Arr a:
                    builder.Append('[');
                    for (int i = 0; i < a.Items.Count; i++)
                    {
                        builder.Append(i == 0 ? "" : ", ");
                        WriteJsonValue(builder, a.Items[i], r, runtime);
                    }

                    builder.Append(']');
                    break;
                case Obj o:
                    builder.Append("{ ");
                    // C#'s null means "not set"; JSON's null on a typed property is refused by FromJson (and the
                    // analyzer), so most nulls are left out and one in eight is written, to keep both paths covered.
                    var members = o.Settings.Select(s => (s.Setting.Json, s.Value)).Concat(o.Unknown)
                        .Where(m => m.Value is not Null || r.Next(8) == 0).ToList();
                    for (int i = 0; i < members.Count; i++)
                    {
                        builder.Append(i == 0 ? "" : ", ");
                        WriteJsonString(builder, members[i].Item1, r);
                        builder.Append(": ");
                        WriteJsonValue(builder, members[i].Item2, r, runtime);
                    }

                    builder.Append(" }");
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(value));
            }
        }

        private static void WriteJsonValue(StringBuilder builder, V value, Random r, bool runtime) => WriteJson(builder, value, r, runtime);

        /// <summary>"y-m-d" of a constructor date as JSON would write it (zero-padded), which may still be no real date.</summary>
        private static string DateTextOf(string parts)
        {
            int[] p = parts.Split('-').Select(x => int.Parse(x, CultureInfo.InvariantCulture)).ToArray();
            return $"{p[0]:D4}-{p[1]:D2}-{p[2]:D2}";
        }

        /// <summary>A JSON string; now and then one character written as a \u escape (both readers must decode it).</summary>
        private static void WriteJsonString(StringBuilder builder, string value, Random r)
        {
            int escapeAt = value.Length > 0 && r.Next(10) == 0 ? r.Next(value.Length) : -1;
            builder.Append('"');
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (i == escapeAt || c < ' ')
                {
                    builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                }
                else if (c is '"' or '\\')
                {
                    builder.Append('\\').Append(c);
                }
                else
                {
                    builder.Append(c);
                }
            }

            builder.Append('"');
        }
    }
}
