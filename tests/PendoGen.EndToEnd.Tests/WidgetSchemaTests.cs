using System.Text.Json;
using Widgets;

namespace PendoGen.EndToEnd.Tests;

/// <summary>
/// A made-up connector schema (tests/PendoGen.Tests/TestData/widget-connector.schema.json) gets the same
/// treatment as the Pendo schemas: the generator knows nothing about Pendo.
/// </summary>
public class WidgetSchemaTests
{
    private static WidgetConfig Valid() => new()
    {
        ApiToken = "token-1234",
        Mode = RenderMode.FastMode,
        Widgets = [new WidgetSpec { Id = "w1", Kind = WidgetKind.BarChart }],
    };

    [Fact]
    public void Enum_members_follow_the_naming_contract()
    {
        Assert.Equal(
            ["FastMode", "V2Beta", "_3d", "Legacy", "SafeMode"],
            Enum.GetNames<RenderMode>());
        Assert.Equal("v2.beta", RenderMode.V2Beta.ToWireValue());
        Assert.Equal("safe mode", RenderMode.SafeMode.ToWireValue());
    }

    [Fact]
    public void Valid_widget_config_round_trips_and_validates()
    {
        WidgetConfig config = Valid() with { StartsAt = new DateTimeOffset(2024, 5, 1, 12, 30, 0, TimeSpan.Zero), SampleRate = 0.25 };
        string json = config.ToJson();
        Assert.Equal(config, WidgetConfig.FromJson(json));
        Assert.Empty(config.Validate());
    }

    [Fact]
    public void Widget_rules_are_enforced()
    {
        WidgetConfig config = Valid() with
        {
            SampleRate = 1.5,
            BatchSize = 0,
            RenderDepth = 4,
            Tags = ["ok", "internal"],
            Widgets = [],
        };
        string[] issues = config.Validate().Select(i => $"{i.RuleId} {i.Path}").Order(StringComparer.Ordinal).ToArray();
        Assert.Contains("PENDO004 $.sample_rate", issues);
        Assert.Contains("PENDO004 $.batch_size", issues);
        Assert.Contains("PENDO005 $.render_depth", issues);
        Assert.Contains("PENDO004 $.tags[1]", issues);
        Assert.Contains("PENDO004 $.widgets", issues);
    }

    [Fact]
    public void Nested_array_items_validate_with_indexed_paths()
    {
        WidgetConfig config = Valid() with { Widgets = [new WidgetSpec { Id = "w1", Kind = WidgetKind.BarChart }, new WidgetSpec { Id = null!, Kind = WidgetKind.BarChart }] };
        Assert.Contains(config.Validate(), i => i.Path == "$.widgets[1].id" && i.RuleId == "PENDO001");
    }

    [Fact]
    public void Secret_without_format_password_is_masked()
    {
        Assert.DoesNotContain("token-1234", Valid().ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Proxy_allows_unknown_properties_silently()
    {
        WidgetConfig config = WidgetConfig.FromJson("""{"api_token":"token-1234","mode":"3d","widgets":[{"id":"w","kind":"bar-chart"}],"render_depth":3,"proxy":{"host":"h","vendor_field":1}}""");
        Assert.True(config.Proxy!.AdditionalProperties!.ContainsKey("vendor_field"));
        Assert.DoesNotContain(config.Validate(), i => i.RuleId == "PENDO006");
    }

    [Fact]
    public void Wrong_enum_value_in_array_item_reports_its_path()
    {
        JsonException e = Assert.ThrowsAny<JsonException>(() =>
            WidgetConfig.FromJson("""{"api_token":"token-1234","mode":"fast-mode","widgets":[{"id":"w","kind":"pie"}]}"""));
        Assert.Equal("$.widgets[0].kind", e.Path);
    }
}
