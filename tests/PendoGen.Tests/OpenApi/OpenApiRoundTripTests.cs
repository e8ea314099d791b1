using System.Text.Json;
using PendoGen.Model;
using PendoGen.Tests.Infrastructure;

namespace PendoGen.Tests.OpenApi;

/// <summary>
/// Every enum value the document lists for a service's config reads, validates and writes back unchanged; the
/// values come from the document (read with System.Text.Json), not from the generator.
/// </summary>
public class OpenApiRoundTripTests
{
    private static readonly string[] Services = ["google_ads", "criteo", "klarna", "hubspot", "snowflake_db", "pendo", "facebook_ads", "salesforce", "shopify"];

    private static readonly Lazy<(GeneratorResult Result, GeneratedAssembly Assembly)> s_compiled = new(() =>
    {
        GeneratorResult result = OpenApiHarness.Run(string.Join(";", Services.Append("airtable")));
        return (result, new GeneratedAssembly(result.Output));
    });

    public static TheoryData<string> ServiceNames() => new(Services);

    [Theory]
    [MemberData(nameof(ServiceNames))]
    public void Every_documented_enum_value_round_trips_and_validates(string service)
    {
        GeneratedAssembly assembly = s_compiled.Value.Assembly;
        string prefix = Naming.ToPascalCase(service);
        string requestType = $"Vendor.{prefix}.{prefix}ConnectionRequest";
        var enums = VendorDocument.ConfigEnums(service).ToList();
        Assert.NotEmpty(enums);

        int checkedValues = 0;
        foreach ((string property, IReadOnlyList<string> values) in enums)
        {
            foreach (string value in values)
            {
                string json = JsonSerializer.Serialize(new Dictionary<string, object>
                {
                    ["group_id"] = "projected_sickle",
                    ["service"] = service,
                    ["config"] = new Dictionary<string, object>(VendorDocument.MinimalConfig(service)) { [property] = value },
                });
                object request = assembly.FromJson(requestType, json);
                string written = GeneratedAssembly.ToJson(request);
                Assert.Equal(value, JsonDocument.Parse(written).RootElement.GetProperty("config").GetProperty(property).GetString());
                Assert.Equal(request, assembly.FromJson(requestType, written));
                Assert.DoesNotContain(GeneratedAssembly.Validate(request), i => i.Contains("$.config." + property, StringComparison.Ordinal));
                checkedValues++;
            }
        }

        Assert.Equal(enums.Sum(e => e.Values.Count), checkedValues);
    }

    [Fact]
    public void A_value_the_document_does_not_list_is_rejected_by_reading_or_by_Validate()
    {
        GeneratedAssembly assembly = s_compiled.Value.Assembly;
        string json = """{ "group_id": "g", "service": "google_ads", "sync_frequency": 45, "config": { "schema": "s", "sync_mode": "SomeAccounts" } }""";

        Assert.ThrowsAny<JsonException>(() => assembly.FromJson("Vendor.GoogleAds.GoogleAdsConnectionRequest", json));
        object request = assembly.FromJson("Vendor.GoogleAds.GoogleAdsConnectionRequest", json.Replace("SomeAccounts", "AllAccounts", StringComparison.Ordinal));
        Assert.Contains(GeneratedAssembly.Validate(request), i => i.StartsWith("PENDO004 Error $.sync_frequency", StringComparison.Ordinal));
    }

    [Fact]
    public void The_service_is_written_even_when_not_set()
    {
        GeneratedAssembly assembly = s_compiled.Value.Assembly;
        object request = assembly.FromJson("Vendor.Criteo.CriteoConnectionRequest", """{ "group_id": "g", "config": { "schema": "s" } }""");

        Assert.Equal("criteo", JsonDocument.Parse(GeneratedAssembly.ToJson(request)).RootElement.GetProperty("service").GetString());
    }

    [Fact]
    public void An_undocumented_config_keeps_every_property_without_warnings()
    {
        GeneratedAssembly assembly = s_compiled.Value.Assembly;
        string json = """{"group_id":"g","service":"airtable","config":{"schema_prefix":"s","base_id":"app1","tables":["a","b"]}}""";

        object request = assembly.FromJson("Vendor.Airtable.AirtableConnectionRequest", json);

        Assert.Empty(GeneratedAssembly.Validate(request));
        JsonElement config = JsonDocument.Parse(GeneratedAssembly.ToJson(request)).RootElement.GetProperty("config");
        Assert.Equal("app1", config.GetProperty("base_id").GetString());
        Assert.Equal(2, config.GetProperty("tables").GetArrayLength());
    }

    [Fact]
    public void Secrets_of_imported_connectors_never_appear_in_ToString()
    {
        GeneratedAssembly assembly = s_compiled.Value.Assembly;
        // snowflake_db's password is "format": "password" in the document.
        object request = assembly.FromJson("Vendor.SnowflakeDb.SnowflakeDbConnectionRequest",
            """{"group_id":"g","service":"snowflake_db","config":{"schema_prefix":"s","password":"hunter2-secret"}}""");

        Assert.DoesNotContain("hunter2-secret", request.ToString(), StringComparison.Ordinal);
        Assert.Contains("hunter2-secret", GeneratedAssembly.ToJson(request), StringComparison.Ordinal);
    }
}
