namespace PendoGen.Benchmarks;

/// <summary>
/// The 500 files the analyzer is measured on, for the in-process benchmarks and for the real build of
/// <c>benchmarks/ReportAnalyzer/measure.sh</c> (which writes them with <c>--write-sources</c>), so both measure the
/// same code.
/// </summary>
internal static class AnalyzerSources
{
    public const int FileCount = 500;

    /// <summary>"configs": two configurations per file, about two diagnostics; "valid": the same shapes, all valid; "plain": no PendoGen type.</summary>
    public static string For(string kind, int i) => kind switch
    {
        "configs" => Configurations(i, valid: false),
        "valid" => Configurations(i, valid: true),
        "plain" => Plain(i),
        _ => throw new ArgumentException($"Unknown kind '{kind}': configs, valid or plain.", nameof(kind)),
    };

    public static IEnumerable<string> All(string kind) => Enumerable.Range(0, FileCount).Select(i => For(kind, i));

    /// <summary>A request initializer with a nested config, and a config as JSON text; invalid ones break a few rules.</summary>
    private static string Configurations(int i, bool valid)
    {
        string syncFrequency = valid || i % 7 != 0 ? "1440" : "45";
        string secondAppId = valid ? "7" : "x";
        string json = valid
            ? $$"""{ "schema": "p{{i}}", "historical_sync_time_frame": "DATE_LIMIT", "backward_sync_limit_date": "2000-12-15" }"""
            : $$"""{ "schema": "p{{i}}", "region": "EU", "backward_sync_limit_date": "2000-12-15" }""";
        return $$""""
            using PendoGen;
            public static class Connections{{i}}
            {
                public static PendoConnectionRequest A(string key) => new PendoConnectionRequest
                {
                    GroupId = "group_{{i}}",
                    SyncFrequency = {{syncFrequency}},
                    DailySyncTime = "14:00",
                    DestinationSchemaNames = DestinationSchemaNames.FivetranNaming,
                    Config = new PendoConfig { Schema = "pendo_{{i}}", SyncMode = SyncMode.SpecificAppIds, AppIds = ["{{i}}", "{{secondAppId}}"], Region = PendoRegion.EU, IntegrationKey = key },
                };

                public static PendoConfig B() => PendoConfig.FromJson("""{{json}}""");

                public static int Work(int x) { int s = 0; for (int k = 0; k < x; k++) { s += k * {{i}}; } return s; }
            }
            """";
    }

    private static string Plain(int i) => $$"""
        public static class Plain{{i}}
        {
            public static string A(string key) => string.Concat("group_", key, "{{i}}");
            public static int Work(int x) { int s = 0; for (int k = 0; k < x; k++) { s += k * {{i}}; } return s; }
            public static object B() => new System.Collections.Generic.List<int> { 1, 2, {{i}} };
        }
        """;

    /// <summary>Writes the files of <paramref name="kind"/> as C0.cs … C499.cs into <paramref name="directory"/>.</summary>
    public static void Write(string directory, string kind)
    {
        Directory.CreateDirectory(directory);
        int i = 0;
        foreach (string source in All(kind))
        {
            File.WriteAllText(Path.Combine(directory, $"C{i++}.cs"), source);
        }
    }
}
