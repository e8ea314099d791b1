namespace PendoGen.EndToEnd.Tests;

/// <summary>Requests the tests start from.</summary>
internal static class Requests
{
    /// <summary>A request that breaks no rule at all, not even a warning.</summary>
    public static PendoConnectionRequest Valid() => new()
    {
        GroupId = "projected_sickle",
        DestinationSchemaNames = DestinationSchemaNames.FivetranNaming,
        Config = new PendoConfig
        {
            Schema = "pendo_prod",
            IntegrationKey = "11111111-2222-3333-4444-555555555555.eu",
            Region = PendoRegion.EU,
        },
    };

    /// <summary>The seed document's request body, with real values in place of its "A | B" placeholders.</summary>
    public static string SeedJson => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "seed-request.json"));

    /// <summary>(rule, severity, path) of each issue, sorted, for order-independent comparison.</summary>
    public static string[] Summarize(IEnumerable<ValidationIssue> issues) =>
        issues.Select(i => $"{i.RuleId} {i.Severity} {i.Path}").Order(StringComparer.Ordinal).ToArray();
}
