namespace PendoGen.EndToEnd.Tests;

/// <summary>Value equality (lists included), <c>with</c>, and a ToString() that hides secrets.</summary>
public class RecordBehaviourTests
{
    [Fact]
    public void Records_with_equal_lists_in_different_instances_are_equal()
    {
        var a = new PendoConfig { Schema = "p", AppIds = new List<string> { "1", "2" } };
        var b = new PendoConfig { Schema = "p", AppIds = new[] { "1", "2" } };
        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Records_differ_when_a_list_item_differs()
    {
        var a = new PendoConfig { Schema = "p", AppIds = ["1", "2"] };
        Assert.NotEqual(a, a with { AppIds = ["1", "3"] });
        Assert.NotEqual(a, a with { AppIds = ["1"] });
        Assert.NotEqual(a, a with { AppIds = null });
    }

    [Fact]
    public void Records_differ_when_a_nested_record_differs()
    {
        PendoConnectionRequest a = Requests.Valid();
        Assert.Equal(a, Requests.Valid());
        Assert.NotEqual(a, a with { Config = a.Config with { Schema = "other" } });
    }

    [Fact]
    public void Additional_properties_take_part_in_equality()
    {
        PendoConfig a = PendoConfig.FromJson("""{"schema":"p","x":1}""");
        Assert.Equal(a, PendoConfig.FromJson("""{"schema":"p","x":1}"""));
        Assert.NotEqual(a, PendoConfig.FromJson("""{"schema":"p","x":2}"""));
        Assert.NotEqual(a, PendoConfig.FromJson("""{"schema":"p"}"""));
    }

    [Fact]
    public void ToString_never_prints_a_secret()
    {
        const string key = "11111111-2222-3333-4444-555555555555.eu";
        PendoConnectionRequest request = Requests.Valid() with
        {
            Config = Requests.Valid().Config with
            {
                IntegrationKey = key,
                AwsCredentials = new AwsCredentials { BucketName = "bucket", S3RoleArn = "arn:aws:iam::1:role/secret-role" },
                AzureCredentials = new AzureCredentials { ConnectionString = "AccountKey=secret-account-key" },
            },
        };
        string text = request.ToString();
        Assert.DoesNotContain(key, text, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-role", text, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-account-key", text, StringComparison.Ordinal);
        Assert.Contains("IntegrationKey = ***", text, StringComparison.Ordinal);
        Assert.Contains("BucketName = bucket", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_prints_list_items_and_unknown_property_names_only()
    {
        PendoConfig config = PendoConfig.FromJson("""{"schema":"p","app_ids":["a","b"],"api_token":"leaked-value"}""");
        string text = config.ToString();
        Assert.Contains("AppIds = [a, b]", text, StringComparison.Ordinal);
        Assert.Contains("AdditionalProperties = [api_token]", text, StringComparison.Ordinal);
        Assert.DoesNotContain("leaked-value", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Validation_messages_never_contain_a_secret()
    {
        PendoConfig config = new() { Schema = "p", IntegrationKey = "very-secret-integration-key" }; // no region → PENDO002
        ValidationIssue issue = Assert.Single(config.Validate());
        Assert.DoesNotContain("very-secret-integration-key", issue.ToString(), StringComparison.Ordinal);
    }
}
