using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PendoGen.Interop;
using PendoGen.Tests.Infrastructure;

namespace PendoGen.Tests.Interop;

/// <summary>PENDO011 at a [JsonSerializable] whose type is or holds a type PendoGen generated in the same project.</summary>
public class JsonSerializableAnalyzerTests
{
    [Theory]
    [InlineData("[JsonSerializable(typeof(PendoGen.PendoConfig))]", "PendoGen.PendoConfig")]
    [InlineData("[JsonSerializable(typeof(Envelope))]", "PendoGen.PendoConnectionRequest")]
    [InlineData("[JsonSerializable(typeof(Envelope[]))]", "PendoGen.PendoConnectionRequest")]
    public void Reported_at_the_attribute(string attribute, string generated)
    {
        List<Diagnostic> reported = Analyze(attribute);
        Diagnostic only = Assert.Single(reported);
        Assert.Equal("PENDO011", only.Id);
        Assert.Contains($"cannot see '{generated}'", only.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(attribute.Trim('[', ']'), only.Location.SourceTree!.GetText().ToString(only.Location.SourceSpan));
    }

    [Fact]
    public void Not_reported_for_types_that_hold_no_generated_type()
    {
        Assert.Empty(Analyze("[JsonSerializable(typeof(Note))]"));
    }

    private static List<Diagnostic> Analyze(string attribute)
    {
        string source = $$"""
            using System.Collections.Generic;
            using System.Text.Json.Serialization;
            public sealed record Note(string Text);
            public sealed record Envelope(string Id, List<PendoGen.PendoConnectionRequest> Requests);
            {{attribute}}
            internal partial class AppJson : JsonSerializerContext
            {
                public AppJson() : base(null) { }
                protected override System.Text.Json.JsonSerializerOptions? GeneratedSerializerOptions => null;
                public override System.Text.Json.Serialization.Metadata.JsonTypeInfo? GetTypeInfo(System.Type type) => null;
            }
            """;
        GeneratorResult generated = GeneratorHarness.Run(SchemaFile.Shipped, source);
        ImmutableArray<Diagnostic> diagnostics = generated.Output
            .WithAnalyzers([new JsonSerializableAnalyzer()])
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        return diagnostics.ToList();
    }
}
