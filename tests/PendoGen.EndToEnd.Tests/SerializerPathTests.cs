using System.Text.Json;

namespace PendoGen.EndToEnd.Tests;

/// <summary>
/// A generated type read through <c>JsonSerializer</c> inside a type of the user's: the error keeps where the generated
/// object is in the whole document (System.Text.Json's path) and continues inside it.
/// </summary>
public class SerializerPathTests
{
    public sealed record Envelope(string Kind, PendoConnectionRequest Request);

    [Fact]
    public void An_error_inside_a_generated_object_gives_the_outer_path_and_the_inner_one()
    {
        const string json = """
            { "Kind": "create",
              "Request": { "group_id": "g", "config": { "schema": "p", "region": 5 } } }
            """;
        JsonException error = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Envelope>(json));
        Assert.Equal("$.Request", error.Path); // where System.Text.Json handed over to the generated converter
        Assert.Contains("Path: $.Request.config.region.", error.Message, StringComparison.Ordinal);
        Assert.Equal("$.Request.config.region", Assert.IsType<PendoGen.Internal.PendoJsonException>(error).FullPath);
        Assert.NotNull(error.LineNumber);
    }

    [Fact]
    public void At_the_root_the_path_is_the_one_inside_the_object()
    {
        JsonException error = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<PendoConfig>("""{ "schema": "p", "region": 5 }"""));
        Assert.Contains("Path: $.region.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromJson_keeps_its_own_path()
    {
        JsonException error = Assert.ThrowsAny<JsonException>(() => PendoConfig.FromJson("""{ "schema": "p", "region": 5 }"""));
        Assert.Equal("$.region", error.Path);
        Assert.Contains("Path: $.region.", error.Message, StringComparison.Ordinal);
    }
}
