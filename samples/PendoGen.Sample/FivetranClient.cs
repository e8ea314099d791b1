using System.Net.Http.Headers;
using System.Text;
using PendoGen;

/// <summary>
/// Sends a create-connection request to the Fivetran REST API with HttpClient and the generated serializers,
/// and prints what comes back. Invalid requests are refused before anything is sent.
/// </summary>
internal static class FivetranClient
{
    public const string DefaultApiUrl = "https://api.fivetran.com";

    /// <summary>Exit codes: 0 created, 1 the API refused it, 2 not sent (invalid request or missing credentials).</summary>
    public static Task<int> SendAsync(PendoConnectionRequest request, TextWriter output) =>
        SendAsync(request.Validate(), () => request.ToJson(), output);

    /// <summary>
    /// Any connector's request, given by what its generated <c>Validate()</c> reports and its <c>ToJson</c> (types
    /// generated from Fivetran's OpenAPI document have no common base type with the Pendo ones).
    /// </summary>
    public static async Task<int> SendAsync(IReadOnlyList<ValidationIssue> issues, Func<string> toJson, TextWriter output)
    {
        if (issues.Any(i => i.Severity == ValidationSeverity.Error))
        {
            output.WriteLine("Not sent: the request is invalid.");
            foreach (ValidationIssue issue in issues)
            {
                output.WriteLine("  " + issue);
            }

            return 2;
        }

        string? key = Environment.GetEnvironmentVariable("FIVETRAN_API_KEY");
        string? secret = Environment.GetEnvironmentVariable("FIVETRAN_API_SECRET");
        if (string.IsNullOrEmpty(key) || string.IsNullOrEmpty(secret))
        {
            output.WriteLine("Not sent: set FIVETRAN_API_KEY and FIVETRAN_API_SECRET.");
            return 2;
        }

        string baseUrl = Environment.GetEnvironmentVariable("FIVETRAN_API_URL") is { Length: > 0 } url ? url : DefaultApiUrl;
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl.TrimEnd('/') + "/"), Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(key + ":" + secret)));
        // Exactly as the API documents it; the typed header API would add a space after the ';'.
        http.DefaultRequestHeaders.TryAddWithoutValidation("Accept", "application/json;version=2");

        using var content = new StringContent(toJson(), Encoding.UTF8, "application/json");
        output.WriteLine($"POST {http.BaseAddress}v1/connections");
        HttpResponseMessage response;
        string body;
        try
        {
            response = await http.PostAsync("v1/connections", content);
            body = await response.Content.ReadAsStringAsync();
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            output.WriteLine($"Could not reach {http.BaseAddress}: {e.Message}");
            return 1;
        }

        using var responseScope = response;

        if (response.IsSuccessStatusCode)
        {
            PendoConnection connection;
            try
            {
                connection = PendoConnectionResponse.FromJson(body).Data;
            }
            catch (System.Text.Json.JsonException e)
            {
                output.WriteLine($"The API answered {(int)response.StatusCode} with a body that is not a connection: {e.Message}");
                return 1;
            }

            output.WriteLine($"Created connection {connection.Id} ({(int)response.StatusCode}).");
            output.WriteLine($"  setup_state: {connection.Status?.SetupState ?? "(none)"}");
            foreach (SetupTestResult test in connection.SetupTests ?? [])
            {
                output.WriteLine($"  setup test '{test.Title}': {test.Status}{(test.Message is { } message ? " - " + message : "")}");
            }

            if (Secret.IsMasked(connection.Config?.IntegrationKey))
            {
                output.WriteLine("  integration_key came back masked, as expected: it is never stored or sent back.");
            }

            return 0;
        }

        output.WriteLine($"Fivetran refused the request ({(int)response.StatusCode} {response.ReasonPhrase}).");
        try
        {
            FivetranErrorResponse error = FivetranErrorResponse.FromJson(body);
            output.WriteLine($"  {error.Code}: {error.Message}");
        }
        catch (System.Text.Json.JsonException)
        {
            output.WriteLine("  (the error body was not JSON)");
        }

        return 1;
    }
}
