using PendoGen.Tests.Infrastructure;

namespace PendoGen.Tests.Analysis;

/// <summary>
/// JSON text handed to a generated FromJson as a constant is checked, with each diagnostic on the exact
/// characters inside the literal, whatever kind of string literal holds it.
/// </summary>
public class JsonLiteralTests
{
    private const string Usings = "using System; using PendoGen;\n";

    [Fact]
    public void The_example_of_the_issue_squiggles_exactly_the_bad_date_in_a_raw_string()
    {
        AnalyzerHarness.Verify(Usings + """"
            class C
            {
                PendoConnectionRequest M() => PendoConnectionRequest.FromJson("""
                    { "group_id": "g", "destination_schema_names": "SOURCE_NAMING", "config": { "schema": "p", "historical_sync_time_frame": "DATE_LIMIT", "backward_sync_limit_date": {|PENDO003:"2000/12/15"|} } }
                    """);
            }
            """");
    }

    [Fact]
    public void Regular_string_with_escapes_maps_to_the_escaped_characters()
    {
        AnalyzerHarness.Verify(Usings + """
            class C
            {
                PendoConfig M() => PendoConfig.FromJson("{\"schema\": \"p\", \"sync_mode\": {|PENDO004:\"allappids\"|}}");
            }
            """);
    }

    [Fact]
    public void Verbatim_string_maps_doubled_quotes()
    {
        AnalyzerHarness.Verify(Usings + """
            class C
            {
                PendoConfig M() => PendoConfig.FromJson(@"{ ""schema"": ""p"", {|PENDO006:""app_id""|}: [""1""] }");
            }
            """);
    }

    [Fact]
    public void Utf8_literal_is_checked()
    {
        AnalyzerHarness.Verify(Usings + """
            class C
            {
                PendoConnectionRequest M() => PendoConnectionRequest.FromJson("{ \"group_id\": \"g\", \"destination_schema_names\": \"SOURCE_NAMING\", \"sync_frequency\": {|PENDO004:45|}, \"config\": { \"schema\": \"p\" } }"u8);
            }
            """);
    }

    [Fact]
    public void Multi_line_raw_string_with_indentation_maps_each_line()
    {
        AnalyzerHarness.Verify(Usings + """"
            class C
            {
                PendoConnectionRequest M() => PendoConnectionRequest.FromJson("""
                    {
                      "group_id": "g",
                      "destination_schema_names": "FIVETRAN_NAMING",
                      "networking_method": {|PENDO004,PENDO004:"SSHTunnel"|},
                      "config": {
                        "schema": {|PENDO003:"Pendo Prod"|},
                        {|PENDO002:"sync_mode": "SpecificAppIds"|}
                      }
                    }
                    """);
            }
            """");
    }

    [Fact]
    public void Type_mismatch_missing_required_and_invalid_json_are_reported()
    {
        AnalyzerHarness.Verify(Usings + """"
            class C
            {
                PendoConfig A() => PendoConfig.FromJson("""{ "schema": {|PENDO004:42|} }""");
                PendoConfig B() => PendoConfig.FromJson("""{|PENDO001:{ "sync_mode": "AllAppIds" }|}""");
                PendoConfig D() => PendoConfig.FromJson("""{ "schema": "p", {|PENDO003:}|}""");
            }
            """");
    }

    [Fact]
    public void A_secret_in_a_json_literal_is_PENDO007()
    {
        AnalyzerHarness.Verify(Usings + """"
            class C
            {
                PendoConfig A() => PendoConfig.FromJson("""{ "schema": "p", "region": "EU", "integration_key": {|PENDO007:"0b5e-1234"|} }""");
            }
            """");
    }

    [Fact]
    public void Valid_json_and_non_constant_json_report_nothing()
    {
        AnalyzerHarness.Verify(Usings + """"
            class C
            {
                PendoConfig A() => PendoConfig.FromJson("""{ "schema": "pendo_prod", "sync_mode": "AllAppIds" }""");
                PendoConfig B(string json) => PendoConfig.FromJson(json);
            }
            """");
    }

    [Fact]
    public void A_lenient_response_is_read_as_its_generated_reader_reads_it()
    {
        // Found by AnalyzerAgreesWithValidatePropertyTests: the analyzer ignored x-lenient ("must be a string" for a
        // number the reader takes as its text, "must be a whole number" for "360"), and took date-times that
        // System.Text.Json, and so FromJson, refuses.
        AnalyzerHarness.Verify(Usings + """"
            class C
            {
                PendoConnectionResponse M() => PendoConnectionResponse.FromJson("""
                    { "code": 200, "data": { "id": 5, "group_id": "g", "service": "pendo", "schema": true, "service_version": " 3 ", "paused": "true",
                      "sync_frequency": "360", "data_delay_threshold": {|PENDO004:"3.5"|}, "schedule_type": {|PENDO004:1|}, "created_at": "2024-01-31T10:00:00.Z",
                      "succeeded_at": {|PENDO003:"01/31/2024 10:00"|}, "failed_at": {|PENDO003:"2024-01-31t10:00:00Z"|},
                      "config": { "app_ids": ["1", 2], "use_data_sync": {|PENDO004:"False"|} } } }
                    """);
            }
            """");
    }
}
