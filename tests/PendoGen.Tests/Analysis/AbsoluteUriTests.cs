using System.Reflection;
using System.Runtime.Loader;
using PendoGen.Internal;
using PendoGen.Tests.Infrastructure;

namespace PendoGen.Tests.Analysis;

/// <summary>
/// <c>format: "uri"</c> is RFC 3986's URI grammar (<see cref="TextRules.IsUri"/>), one source file compiled into the
/// analyzer and emitted as the runtime's source for the generated Validate(). System.Uri is not used: it takes "/path"
/// as absolute on Unix and accepts non-ASCII IRIs.
/// </summary>
public class AbsoluteUriTests
{
    public static TheoryData<string, bool> Cases() => new()
    {
        { "https://example.com/callback", true },
        { "http://localhost:5000/x?y=1#z", true },
        { "HTTPS://EXAMPLE.COM", true },
        { "urn:isbn:0451450523", true },
        { "mailto:someone@example.com", true },
        { "custom+scheme.v1-2:opaque", true },
        { "https://example.com/a%20b", true },
        { "https://bücher.example/", false }, // an IRI, not a URI: non-ASCII must be %-encoded
        { "https:", true }, // RFC 3986: a scheme and an empty path
        { "https://", true }, // an empty reg-name is allowed
        { "https:///path", true },
        { "http://[::1]:8080/x", true },
        { "http://example.com:abc/path", false }, // a port is digits
        { "https://[@example.org/x", false }, // an unclosed IP literal
        { "http://127.0.0.01/", true }, // not an IPv4 address, so a reg-name (RFC 3986 §3.2.2)
        { "http://[::ffff:01.2.3.4]/", false }, // an IPv4 inside an IPv6 literal is strict
        { "", false },
        { "/path/only", false }, // absolute on Unix for System.Uri, not an absolute URI
        { "relative/path", false },
        { "example.com", false },
        { ":nothing", false },
        { "1http://example.com", false },
        { "ht tp://example.com", false },
        { "https://exa mple.com", false },
        { "https://example.com/\n", false },
        { "https://example.com/<script>", false },
        { "https://example.com/a%2", false },
        { "https://example.com/a%zz", false },
        { "https://example.com/\\", false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_analyzer_rule_accepts_absolute_uris_only(string value, bool expected) =>
        Assert.Equal(expected, TextRules.IsUri(value));

    [Fact]
    public void The_runtime_rule_gives_the_same_answers_as_the_analyzer_rule()
    {
        var random = new Random(20261127);
        const string alphabet = "ab:/%?#@ 1Zz+-.\"<>\\^`{|}\t\u007f\u00e9F0";
        List<string> values = Cases().Select(row => (string)row[0]).ToList();
        for (int i = 0; i < 5_000; i++)
        {
            char[] chars = new char[random.Next(0, 12)];
            for (int k = 0; k < chars.Length; k++)
            {
                chars[k] = alphabet[random.Next(alphabet.Length)];
            }

            values.Add((random.Next(3) == 0 ? "https://" : "") + new string(chars));
        }

        GeneratorResult generated = GeneratorHarness.Run(SchemaFile.Shipped);
        using var stream = new MemoryStream();
        var emitted = generated.Output.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        var context = new AssemblyLoadContext("uri", isCollectible: true);
        try
        {
            stream.Position = 0;
            MethodInfo runtime = context.LoadFromStream(stream).GetType("PendoGen.Internal.TextRules")!.GetMethod("IsUri")!;
            int accepted = 0;
            foreach (string value in values)
            {
                bool expected = TextRules.IsUri(value);
                Assert.True(expected == (bool)runtime.Invoke(null, [value])!, $"analyzer and runtime disagree on '{value}'");
                accepted += expected ? 1 : 0;
            }

            Assert.InRange(accepted, 100, values.Count - 100); // both answers were exercised
        }
        finally
        {
            context.Unload();
        }
    }
}
