using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PendoGen.OpenApi;
using PendoGen.Tests.Infrastructure;
using PendoGen.Tests.OpenApi;

namespace PendoGen.Tests.Incremental;

/// <summary>
/// The 3 MB OpenAPI document is read once per content: an unrelated C# edit re-runs no step, and changing the list
/// of services expands again without reading the document again.
/// </summary>
public class OpenApiIncrementalTests
{
    private static readonly string[] Steps =
    [
        OpenApiPipeline.OpenApiFilesStep, OpenApiPipeline.OpenApiSourcesStep, OpenApiPipeline.OpenApiServicesStep,
        PendoGenerator.ParsedSchemasStep, PendoGenerator.ModelStep, PendoGenerator.TypesStep,
    ];

    private static IEnumerable<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorRunResult run, string step)
    {
        Assert.True(run.TrackedSteps.ContainsKey(step), $"Step '{step}' was not tracked; tracked: {string.Join(", ", run.TrackedSteps.Keys)}");
        return run.TrackedSteps[step].SelectMany(s => s.Outputs);
    }

    private static GeneratorDriver Driver(string services) =>
        OpenApiHarness.CreateDriver(services, schemas: SchemaFile.Shipped, trackSteps: true);

    [Fact]
    public void An_unrelated_CSharp_edit_leaves_every_step_cached()
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation();
        GeneratorDriver driver = Driver("google_ads;snowflake_db").RunGenerators(compilation);
        GeneratorRunResult first = driver.GetRunResult().Results.Single();
        Assert.All(Steps, step => Assert.NotEmpty(Outputs(first, step)));

        compilation = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Other; public class Unrelated { }", GeneratorHarness.ParseOptions));
        GeneratorRunResult second = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        foreach (string step in Steps)
        {
            var outputs = Outputs(second, step).ToList();
            Assert.True(outputs.All(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged),
                $"Step {step} re-ran after an unrelated edit: {string.Join(", ", outputs.Select(o => o.Reason))}");
        }

        var sourceOutputs = second.TrackedOutputSteps.SelectMany(kv => kv.Value).SelectMany(s => s.Outputs).ToList();
        Assert.All(sourceOutputs, o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void Changing_the_services_expands_again_without_reading_the_document_again()
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation();
        GeneratorDriver driver = Driver("google_ads").RunGenerators(compilation);
        driver = driver.WithUpdatedAnalyzerConfigOptions(OpenApiHarness.Options("google_ads;hubspot", schemas: SchemaFile.Shipped)).RunGenerators(compilation);
        GeneratorRunResult second = driver.GetRunResult().Results.Single();

        Assert.All(Outputs(second, OpenApiPipeline.OpenApiSourcesStep), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
        Assert.Contains(Outputs(second, OpenApiPipeline.OpenApiServicesStep), o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains(second.GeneratedSources, s => s.HintName == "Vendor.Hubspot.HubspotConnectionRequest.g.cs");
        // The types of a service that did not change are not emitted again.
        Assert.Contains(Outputs(second, PendoGenerator.TypesStep), o => o.Value is PendoGen.Model.GeneratedTypeSpec t &&
            t.FullName == "Vendor.GoogleAds.GoogleAdsConfig" && o.Reason is IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.Cached);
    }
}
