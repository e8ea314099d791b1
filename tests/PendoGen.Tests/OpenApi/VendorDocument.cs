using System.Text.Json;

namespace PendoGen.Tests.OpenApi;

/// <summary>
/// Facts read from Fivetran's OpenAPI document with System.Text.Json, independently of the generator, so tests
/// compare what was generated against what the document says.
/// </summary>
public static class VendorDocument
{
    private static readonly Lazy<JsonDocument> s_document = new(() => JsonDocument.Parse(OpenApiHarness.Text));

    public static JsonElement Schemas => s_document.Value.RootElement.GetProperty("components").GetProperty("schemas");

    /// <summary>Every service of the create-connection discriminator, in document order.</summary>
    public static IReadOnlyList<string> AllServices { get; } =
        Schemas.GetProperty("NewConnectorRequestV1").GetProperty("discriminator").GetProperty("mapping").EnumerateObject().Select(p => p.Name).ToList();

    /// <summary>
    /// The fixed sample CI generates: every 20th service in ordinal order, plus services with odd names (leading
    /// digits, a C# keyword) and with each quirk (an empty config, UTC offsets, ':' and ';' values, auth parts).
    /// </summary>
    public static IReadOnlyList<string> Sample { get; } = AllServices.Order(StringComparer.Ordinal).Where((_, i) => i % 20 == 0)
        .Concat(["15five", "360learning", "7shifts", "float", "pendo", "google_ads", "snowflake_db", "hubspot", "airtable", "criteo", "klarna"])
        .Distinct().ToList();

    /// <summary>The top-level config properties of a service that have an enum: JSON name and every documented value.</summary>
    public static IEnumerable<(string Property, IReadOnlyList<string> Values)> ConfigEnums(string service)
    {
        JsonElement config = Schemas.GetProperty(service + "_config_V1").GetProperty("properties").GetProperty("config");
        if (!config.TryGetProperty("properties", out JsonElement properties))
        {
            yield break;
        }

        foreach (JsonProperty property in properties.EnumerateObject())
        {
            if (property.Value.TryGetProperty("enum", out JsonElement values) && values.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String))
            {
                yield return (property.Name, values.EnumerateArray().Select(v => v.GetString()!).ToList());
            }
        }
    }

    /// <summary>A config with every property the request's parts require (strings, as all of them are), for reading tests.</summary>
    public static Dictionary<string, object> MinimalConfig(string service)
    {
        var config = new Dictionary<string, object>();
        foreach (JsonElement part in Schemas.GetProperty(service + "_NewConnectorRequestV1").GetProperty("allOf").EnumerateArray())
        {
            JsonElement schema = Schemas.GetProperty(part.GetProperty("$ref").GetString()!.Split('/')[^1]);
            if (schema.TryGetProperty("properties", out JsonElement properties) && properties.TryGetProperty("config", out JsonElement c) &&
                c.TryGetProperty("required", out JsonElement required))
            {
                foreach (JsonElement name in required.EnumerateArray())
                {
                    config[name.GetString()!] = "s";
                }
            }
        }

        return config;
    }

    /// <summary>The text of the document's line number <paramref name="zeroBasedLine"/> (counted from 0).</summary>
    public static string Line(int zeroBasedLine) => OpenApiHarness.Text.Split('\n')[zeroBasedLine];
}
