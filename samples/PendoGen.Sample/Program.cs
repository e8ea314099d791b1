// PendoGen sample: build a Fivetran create-connection request for the Pendo connector with the generated
// types, validate it, and print the JSON body that POST /v1/connections takes.
//   dotnet run --project samples/PendoGen.Sample                      print and validate
//   dotnet run --project samples/PendoGen.Sample -- --send            also send it (FIVETRAN_API_KEY, FIVETRAN_API_SECRET,
//                                                                     FIVETRAN_API_URL default https://api.fivetran.com)
//   ... -- --send --request my-request.json                           send a request read from a JSON file instead
//   dotnet run --project samples/PendoGen.Sample -- --service google_ads [--send]
//                                                                     the same for a connector generated from Fivetran's
//                                                                     OpenAPI document (fivetran/open-api-spec.json)
using PendoGen;

if (Array.IndexOf(args, "--service") is int serviceIndex and >= 0)
{
    return await ServiceSample.RunAsync(serviceIndex + 1 < args.Length ? args[serviceIndex + 1] : "", args);
}

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
        // A secret: read from the environment, never written in code. The sample falls back to a placeholder.
        IntegrationKey = Environment.GetEnvironmentVariable("PENDO_KEY") ?? "set-PENDO_KEY",
        HistoricalSyncTimeFrame = HistoricalSyncTimeFrame.DateLimit,
        BackwardSyncLimitDate = new DateOnly(2000, 12, 15),
    },
};

if (args.Contains("--send"))
{
    int index = Array.IndexOf(args, "--request");
    PendoConnectionRequest toSend = index >= 0 && index + 1 < args.Length
        ? PendoConnectionRequest.FromJson(File.ReadAllText(args[index + 1]))
        : request;
    return await FivetranClient.SendAsync(toSend, Console.Out);
}

IReadOnlyList<ValidationIssue> problems = request.Validate();
Console.WriteLine(problems.Count == 0 ? "Request is valid." : $"Request has {problems.Count} issue(s):");
foreach (ValidationIssue problem in problems)
{
    Console.WriteLine("  " + problem);
}

string body = request.ToJson();
Console.WriteLine();
Console.WriteLine("POST https://api.fivetran.com/v1/connections");
Console.WriteLine(body);

// The JSON reads back into an equal object (value equality, lists included).
PendoConnectionRequest back = PendoConnectionRequest.FromJson(body);
Console.WriteLine();
Console.WriteLine($"Round trip equal: {back == request}");
Console.WriteLine($"ToString never shows the key: {request.Config}");

// A broken request: what Validate() reports before anything is sent. In real code these values would come from
// input; written as constants, the PendoGen analyzer rejects them at compile time, hence the pragma.
#pragma warning disable PENDO002, PENDO003, PENDO004
PendoConnectionRequest broken = request with
{
    SyncFrequency = 45,
    Config = request.Config with { AppIds = null, Schema = "Pendo Prod" },
    DestinationSchemaNames = DestinationSchemaNames.FivetranNaming,
};
#pragma warning restore PENDO002, PENDO003, PENDO004
Console.WriteLine();
Console.WriteLine("A broken request reports:");
foreach (ValidationIssue problem in broken.Validate())
{
    Console.WriteLine("  " + problem);
}

return problems.Any(p => p.Severity == ValidationSeverity.Error) ? 1 : 0;
