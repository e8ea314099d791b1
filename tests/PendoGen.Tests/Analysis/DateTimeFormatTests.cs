using System.Text;
using System.Text.Json;
using PendoGen.Analysis;

namespace PendoGen.Tests.Analysis;

/// <summary>
/// The analyzer's lenient date-time check (x-lenient and response models) must take exactly what the generated lenient
/// reader takes (<c>Utf8JsonReader.TryGetDateTimeOffset</c>): it accepted "01/31/2024 10:00", which makes FromJson throw,
/// and refused "2024-01-31T10:00:00.Z", which FromJson reads (found by AnalyzerAgreesWithValidatePropertyTests).
/// The strict check (RFC 3339, TextRules) is one function shared with the runtime; the conformance tests cover it.
/// </summary>
public class DateTimeFormatTests
{
    [Theory]
    [InlineData("2024-01-31")]
    [InlineData("2024-01-31T10:00")]
    [InlineData("2024-01-31T10:00Z")]
    [InlineData("2024-01-31T10:00+02:00")]
    [InlineData("2024-01-31T10:00:00")]
    [InlineData("2024-01-31T10:00:00Z")]
    [InlineData("2024-01-31T10:00:00.1234567Z")]
    [InlineData("2024-01-31T10:00:00.1234567890123456Z")]
    [InlineData("2024-01-31T10:00:00.12345678901234567Z")]
    [InlineData("2024-01-31T10:00:00.Z")]
    [InlineData("2024-01-31T10:00:00.")]
    [InlineData("2024-01-31T10:00:00+02")]
    [InlineData("2024-01-31T10:00:00+0200")]
    [InlineData("2024-01-31T10:00:00+14:00")]
    [InlineData("2024-01-31T10:00:00+15:00")]
    [InlineData("2024-01-31T10:00:00-00:00")]
    [InlineData("2024-01-31t10:00:00Z")]
    [InlineData("2024-01-31T10:00:00z")]
    [InlineData("2024-01-31 10:00:00Z")]
    [InlineData("2024-01-31T10:00:00,5Z")]
    [InlineData("2024-01-31T10Z")]
    [InlineData("2024-01-31T24:00:00")]
    [InlineData("2024-02-30T10:00:00Z")]
    [InlineData("2024-1-31")]
    [InlineData("01/31/2024 10:00")]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("0001-01-01T00:00:00+01:00")]
    [InlineData("9999-12-31T23:59:59.9999999Z")]
    [InlineData("9999-12-31T23:59:59-01:00")]
    [InlineData("2024-01")]
    [InlineData(" 2024-01-31")]
    [InlineData("٢٠٢٤-01-31")]
    [InlineData("")]
    public void Matches_System_Text_Json(string text) =>
        Assert.Equal(SystemTextJsonReads(text), ConstraintEvaluator.IsLenientDateTime(text));

    [Fact]
    public void Matches_System_Text_Json_on_random_near_date_times()
    {
        var random = new Random(8601);
        string Pick(params string[] options) => options[random.Next(options.Length)];
        string Digits(int count) => string.Concat(Enumerable.Range(0, count).Select(_ => (char)('0' + random.Next(10))));
        int accepted = 0;
        for (int i = 0; i < 20_000; i++)
        {
            var text = new StringBuilder();
            text.Append(Pick("2024", "0001", "9999", "0000", Digits(4), Digits(3))).Append(Pick("-", "-", "/", ""));
            text.Append(Pick("01", "02", "12", "13", "00", Digits(2), Digits(1))).Append(Pick("-", "-", ""));
            text.Append(Pick("31", "29", "30", "01", "00", "32", Digits(2), Digits(1)));
            if (random.Next(5) > 0)
            {
                text.Append(Pick("T", "T", "T", "t", " ", "")).Append(Pick("10", "00", "23", "24", Digits(2), Digits(1)));
                if (random.Next(6) > 0)
                {
                    text.Append(Pick(":", ":", "")).Append(Pick("00", "59", "60", Digits(2), Digits(1)));
                }

                if (random.Next(3) > 0)
                {
                    text.Append(Pick(":", ":", "")).Append(Pick("00", "59", "60", Digits(2), Digits(1)));
                }

                if (random.Next(3) == 0)
                {
                    text.Append(Pick(".", ".", ",")).Append(Digits(random.Next(0, 21)));
                }
            }

            if (random.Next(2) == 0)
            {
                text.Append(Pick("Z", "z", "+02:00", "-05:30", "+14:00", "+15:00", "+02", "+0200", "-00:00", "+02:60", "+2:00", " Z"));
            }

            string value = text.ToString();
            bool expected = SystemTextJsonReads(value);
            Assert.True(expected == ConstraintEvaluator.IsLenientDateTime(value), $"'{value}': System.Text.Json {(expected ? "reads" : "refuses")} it");
            accepted += expected ? 1 : 0;
        }

        Assert.True(accepted > 100, $"only {accepted} valid date-times were generated");
    }

    private static bool SystemTextJsonReads(string text)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(text)));
        reader.Read();
        return reader.TryGetDateTimeOffset(out _);
    }
}
