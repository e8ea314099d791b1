using System.Text;
using System.Text.Json;

namespace PendoGen.EndToEnd.Tests;

/// <summary>
/// Random and mutated JSON into every generated FromJson: the only exception allowed is JsonException (with a
/// path), and a failed read returns nothing (so no half-filled object can escape).
/// </summary>
public class ReaderFuzzTests
{
    private static readonly Func<byte[], object>[] Readers =
    [
        b => PendoConnectionRequest.FromJson(b),
        b => PendoConfig.FromJson(b),
        b => PendoConnectionResponse.FromJson(b),
        b => FivetranErrorResponse.FromJson(b),
        b => Widgets.WidgetConfig.FromJson(b),
    ];

    private static readonly string[] Seeds =
    [
        Requests.SeedJson,
        """{"code":"Success","data":{"id":"c","group_id":"g","service":"pendo","schema":"s","status":{"setup_state":"incomplete","tasks":[],"warnings":[]},"setup_tests":[{"title":"t","status":"PASSED"}],"config":{"integration_key":"******"}}}""",
        """{"api_token":"token-1234","mode":"fast-mode","sample_rate":0.5,"starts_at":"2024-05-01T12:30:00Z","widgets":[{"id":"w","kind":"bar-chart","created_on":"2024-01-02"}],"proxy":{"host":"h","port":8080}}""",
    ];

    [Fact]
    public void Truncation_at_every_byte_gives_only_JsonException()
    {
        int cases = 0;
        foreach (string seed in Seeds)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(seed);
            for (int length = 0; length < bytes.Length; length++)
            {
                cases += Feed(bytes.AsSpan(0, length).ToArray());
            }
        }

        Assert.True(cases > 1000, $"{cases} cases");
    }

    [Fact]
    public void Random_byte_and_token_edits_give_only_JsonException()
    {
        var random = new Random(20261127);
        string[] tokens = ["{", "}", "[", "]", ",", ":", "\"", "null", "true", "1e999", "-0", "\"\\u0000\"", "\"\\ud800\"", "99999999999999999999", "\"x\"", "{}", "[]"];
        int cases = 0;
        for (int i = 0; i < Fuzz.Cases(3000); i++)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(Seeds[random.Next(Seeds.Length)]);
            var mutated = new List<byte>(bytes);
            int edits = 1 + random.Next(4);
            for (int e = 0; e < edits && mutated.Count > 0; e++)
            {
                int at = random.Next(mutated.Count);
                switch (random.Next(4))
                {
                    case 0: mutated[at] = (byte)random.Next(256); break;
                    case 1: mutated.RemoveAt(at); break;
                    case 2: mutated.InsertRange(at, Encoding.UTF8.GetBytes(tokens[random.Next(tokens.Length)])); break;
                    default: mutated.InsertRange(at, mutated.GetRange(at, Math.Min(8, mutated.Count - at))); break;
                }
            }

            cases += Feed([.. mutated]);
        }

        Assert.True(cases >= Fuzz.Cases(3000) * Readers.Length, $"{cases} cases");
    }

    [Fact]
    public void Deep_nesting_huge_numbers_invalid_utf8_and_long_strings_give_only_JsonException()
    {
        byte[][] inputs =
        [
            Encoding.UTF8.GetBytes(new string('[', 100_000)),
            Encoding.UTF8.GetBytes("{\"schema\":" + new string('[', 70) + new string(']', 70) + "}"),
            Encoding.UTF8.GetBytes("{\"group_id\":\"g\",\"sync_frequency\":1" + new string('0', 5000) + ",\"config\":{\"schema\":\"p\"}}"),
            [.. "{\"schema\":\""u8, 0xFF, 0xFE, .. "\"}"u8],
            [.. "{\"sch"u8, 0xC3, .. "ema\":\"p\"}"u8],
            Encoding.UTF8.GetBytes("{\"schema\":\"" + new string('x', 5_000_000) + "\",\"region\":5}"),
            Encoding.UTF8.GetBytes("{\"schema\":\"p\",\"schema\":\"q\"}"),
            Encoding.UTF8.GetBytes("\uFEFF{\"schema\":\"p\"}"),
            [],
        ];
        foreach (byte[] input in inputs)
        {
            Feed(input);
        }
    }

    /// <summary>Feeds the bytes to every reader; returns how many calls were made.</summary>
    private static int Feed(byte[] bytes)
    {
        foreach (Func<byte[], object> read in Readers)
        {
            object? result = null;
            try
            {
                result = read(bytes);
            }
            catch (JsonException e)
            {
                Assert.NotNull(e.Path);
                Assert.StartsWith("$", e.Path, StringComparison.Ordinal);
                Assert.Contains(e.Path!, e.Message, StringComparison.Ordinal);
                continue;
            }
            catch (Exception e)
            {
                Assert.Fail($"{e.GetType().Name} (not JsonException) for input {Convert.ToBase64String(bytes.Take(200).ToArray())}: {e}");
            }

            Assert.NotNull(result);
        }

        return Readers.Length;
    }
}
