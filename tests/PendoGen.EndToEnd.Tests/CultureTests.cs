using System.Globalization;

namespace PendoGen.EndToEnd.Tests;

/// <summary>Serialization, reading and validation give identical results whatever the current culture.</summary>
public class CultureTests
{
    public static TheoryData<string> Cultures() => new() { "tr-TR", "de-DE", "ar-SA", "ja-JP", "fi-FI" };

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Results_are_identical_under_culture(string name)
    {
        (string Json, string Issues, string Text) Run()
        {
            PendoConnectionRequest request = PendoConnectionRequest.FromJson(Requests.SeedJson) with
            {
                SyncFrequency = -45,
                DataDelayThreshold = -1,
                DataDelaySensitivity = DataDelaySensitivity.CUSTOM,
            };
            Widgets.WidgetConfig widget = Widgets.WidgetConfig.FromJson(
                """{"api_token":"token-1234","mode":"fast-mode","sample_rate":1.5,"starts_at":"2024-05-01T12:30:00+02:00","widgets":[{"id":"I","kind":"bar-chart","weight":-2.25,"created_on":"2024-01-02"}]}""");
            return (request.ToJson() + widget.ToJson(),
                string.Join("\n", request.Validate().Concat(widget.Validate())),
                request.ToString() + widget.ToString());
        }

        CultureInfo original = CultureInfo.CurrentCulture, originalUi = CultureInfo.CurrentUICulture;
        var invariant = Run();
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(name);
            var local = Run();
            Assert.Equal(invariant.Json, local.Json);
            Assert.Equal(invariant.Issues, local.Issues);
            Assert.Equal(invariant.Text, local.Text);
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
            CultureInfo.CurrentUICulture = originalUi;
        }

        Assert.Contains("value -45 is not allowed", invariant.Issues, StringComparison.Ordinal);
        Assert.Contains("must be at most 1, not 1.5", invariant.Issues, StringComparison.Ordinal);
    }
}
