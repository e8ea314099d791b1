using Vendor.GoogleAds;
using ValidationIssue = PendoGen.ValidationIssue;
using ValidationSeverity = PendoGen.ValidationSeverity;

/// <summary>
/// The <c>--service google_ads</c> mode: a create-connection request for a connector that is not Pendo, with
/// types generated straight from Fivetran's OpenAPI document (fivetran/open-api-spec.json, item metadata
/// PendoGenOpenApiServices in the project file). Validated and printed like the Pendo one; <c>--send</c> posts it.
/// </summary>
internal static class ServiceSample
{
    /// <summary>The services this sample's project file asks the generator for.</summary>
    public static readonly string[] Services = ["google_ads"];

    public static async Task<int> RunAsync(string service, string[] args)
    {
        if (service != "google_ads")
        {
            Console.Error.WriteLine($"The sample is built with the services {string.Join(", ", Services)}; add '{service}' to PendoGenOpenApiServices in PendoGen.Sample.csproj to generate its types.");
            return 2;
        }

        var request = new GoogleAdsConnectionRequest
        {
            GroupId = "projected_sickle",
            SyncFrequency = 1440,
            DailySyncTime = "14:00",
            ScheduleType = ScheduleType.Auto,
            DestinationSchemaNames = DestinationSchemaNames.SourceNaming,
            Config = new GoogleAdsConfig
            {
                Schema = "google_ads",
                SyncMode = SyncMode.SpecificAccounts,
                Accounts = ["123-456-7890"],
                TimeframeMonths = TimeframeMonths.TWELVE,
                ConversionWindowSize = 30,
            },
        };

        if (args.Contains("--send"))
        {
            int index = Array.IndexOf(args, "--request");
            GoogleAdsConnectionRequest toSend = index >= 0 && index + 1 < args.Length
                ? GoogleAdsConnectionRequest.FromJson(File.ReadAllText(args[index + 1]))
                : request;
            return await FivetranClient.SendAsync(toSend.Validate(), () => toSend.ToJson(), Console.Out);
        }

        IReadOnlyList<ValidationIssue> problems = request.Validate();
        Console.WriteLine(problems.Count == 0 ? "Request is valid." : $"Request has {problems.Count} issue(s):");
        foreach (ValidationIssue problem in problems)
        {
            Console.WriteLine("  " + problem);
        }

        Console.WriteLine();
        Console.WriteLine("POST https://api.fivetran.com/v1/connections");
        Console.WriteLine(request.ToJson());
        Console.WriteLine();
        Console.WriteLine($"Round trip equal: {GoogleAdsConnectionRequest.FromJson(request.ToJson()) == request}");

        // What Validate() says about values the vendor's document rules out (an enum value it does not list). In
        // real code these would come from input; as a constant the analyzer rejects it at compile time.
#pragma warning disable PENDO004
        var broken = request with { SyncFrequency = 45 };
#pragma warning restore PENDO004
        Console.WriteLine();
        Console.WriteLine("A broken request reports:");
        foreach (ValidationIssue problem in broken.Validate())
        {
            Console.WriteLine("  " + problem);
        }

        return problems.Any(p => p.Severity == ValidationSeverity.Error) ? 1 : 0;
    }
}
