namespace PendoGen.EndToEnd.Tests;

/// <summary>
/// A <c>JsonSerializerContext</c> in the same project as the generated types, in a real build with reflection-based
/// serialization off (as under Native AOT): the generated <c>PendoGenJsonTypeInfoResolver</c> combined with the
/// user's context serializes the generated types; a context that names a type holding a generated one gets PENDO011
/// at its attribute (the System.Text.Json generator cannot see PendoGen's output, and fails with CS0246).
/// </summary>
public class JsonContextTests
{
    [Fact]
    public void Generated_resolver_composes_with_a_context_and_PENDO011_explains_what_cannot_work()
    {
        using var solution = new TempSolution("stj");
        solution.Project("Api/Api.csproj", """
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <JsonSerializerIsReflectionEnabledByDefault>false</JsonSerializerIsReflectionEnabledByDefault>
              </PropertyGroup>
            """);
        solution.Write("Api/Program.cs", """
            using System.Text.Json;
            using System.Text.Json.Serialization;
            using System.Text.Json.Serialization.Metadata;
            using PendoGen;

            var options = new JsonSerializerOptions
            {
                TypeInfoResolver = JsonTypeInfoResolver.Combine(AppJson.Default, PendoGenJsonTypeInfoResolver.Default),
            };
            PendoConfig config = PendoConfig.FromJson(args.Length > 99 ? args[0] : "{\"schema\":\"pendo_prod\",\"region\":\"EU\"}");
            Console.WriteLine("config " + JsonSerializer.Serialize(config, options));
            Console.WriteLine("region " + JsonSerializer.Serialize(PendoRegion.AU, options));
            Console.WriteLine("note " + JsonSerializer.Serialize(new Note("hi", 3), options));
            Console.WriteLine("back " + JsonSerializer.Deserialize<PendoConfig>("{\"schema\":\"x\"}", options)!.Schema);

            public sealed record Note(string Text, int Count);

            [JsonSerializable(typeof(Note))]
            internal partial class AppJson : JsonSerializerContext;
            """);

        string output = Assert2.Succeeds(solution.Dotnet("Api", "run"));
        Assert.Contains("config {\"region\":\"EU\",\"schema\":\"pendo_prod\"}", output, StringComparison.Ordinal);
        Assert.Contains("region \"AU\"", output, StringComparison.Ordinal);
        Assert.Contains("note {\"Text\":\"hi\",\"Count\":3}", output, StringComparison.Ordinal);
        Assert.Contains("back x", output, StringComparison.Ordinal);

        solution.Write("Api/Envelope.cs", """
            using System.Text.Json.Serialization;

            public sealed record Envelope(string Id, List<PendoGen.PendoConnectionRequest> Requests);

            [JsonSerializable(typeof(Envelope))]
            internal partial class EnvelopeJson : JsonSerializerContext;
            """);
        (int code, string failed) = solution.Dotnet("Api", "build");
        Assert.NotEqual(0, code);
        string[] problems = TempSolution.Problems(failed);
        Assert.Contains(problems, p => p.Contains("Envelope.cs(5,2): error PENDO011: The System.Text.Json source generator cannot see 'PendoGen.PendoConnectionRequest'", StringComparison.Ordinal));
        // The platform's own errors in the System.Text.Json generator's output, which PENDO011 explains.
        Assert.Contains(problems, p => p.Contains("System.Text.Json.SourceGeneration", StringComparison.Ordinal) && p.Contains(": error CS", StringComparison.Ordinal));
    }
}
