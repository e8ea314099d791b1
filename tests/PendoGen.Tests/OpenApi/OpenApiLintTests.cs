using Microsoft.CodeAnalysis;
using PendoGen.Tests.Infrastructure;

namespace PendoGen.Tests.OpenApi;

/// <summary>
/// The vendor's quirks are read as the vendor meant them, and each is reported as lint at its line and column in
/// the document, at a severity that never fails a build.
/// </summary>
public class OpenApiLintTests
{
    private static readonly Lazy<GeneratorResult> s_result = new(() => OpenApiHarness.Run("google_ads;criteo;klarna;airtable"));

    private static GeneratorResult Result => s_result.Value;

    private static IEnumerable<Diagnostic> Lint(string id) => Result.GeneratorDiagnostics.Where(d => d.Id == id);

    private static string LineOf(Diagnostic d) => VendorDocument.Line(d.Location.GetLineSpan().StartLinePosition.Line);

    private static string TextOf(Diagnostic d)
    {
        var span = d.Location.GetLineSpan();
        return LineOf(d).Substring(span.StartLinePosition.Character, span.EndLinePosition.Character - span.StartLinePosition.Character);
    }

    [Fact]
    public void Lint_never_fails_a_build_and_generated_code_compiles_cleanly()
    {
        Assert.Empty(Result.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
        Assert.Empty(Result.CompilationProblems.Select(d => d.ToString()));
        Assert.All(Result.GeneratorDiagnostics, d => Assert.Equal(OpenApiHarness.DocumentPath, d.Location.GetLineSpan().Path));
    }

    [Fact]
    public void Object_typed_string_enums_are_string_enums_PENDO121()
    {
        Diagnostic first = Assert.Single(Lint("PENDO121"), d => d.GetMessage().Contains("ManagerAccounts", StringComparison.Ordinal));
        Assert.Equal(DiagnosticSeverity.Info, first.Severity);
        Assert.Equal("\"object\"", TextOf(first));
        INamedTypeSymbol syncMode = Result.Output.GetTypeByMetadataName("Vendor.GoogleAds.SyncMode")!;
        Assert.Equal(TypeKind.Enum, syncMode.TypeKind);
        Assert.Equal(["ManagerAccounts", "AllAccounts", "SpecificAccounts"], syncMode.GetMembers().OfType<IFieldSymbol>().Select(f => f.Name));
    }

    [Fact]
    public void Empty_titles_and_examples_are_hidden_lint_PENDO122_PENDO123()
    {
        Assert.All(Lint("PENDO122"), d => Assert.Equal("\"\"", TextOf(d)));
        Assert.All(Lint("PENDO123"), d => Assert.Equal("\"example\"", TextOf(d)));
        Assert.NotEmpty(Lint("PENDO122"));
        Assert.NotEmpty(Lint("PENDO123"));
        Assert.All(Lint("PENDO122").Concat(Lint("PENDO123")), d => Assert.Equal(DiagnosticSeverity.Hidden, d.Severity));
    }

    [Fact]
    public void An_empty_config_is_a_record_that_keeps_unknown_properties_PENDO124()
    {
        Diagnostic lint = Assert.Single(Lint("PENDO124"));
        Assert.Contains("'config'", lint.GetMessage(), StringComparison.Ordinal);
        INamedTypeSymbol config = Result.Output.GetTypeByMetadataName("Vendor.Airtable.AirtableConfig")!;
        Assert.NotEmpty(config.GetMembers("AdditionalProperties"));
        Assert.DoesNotContain("PENDO006", Result.Source("Vendor.Airtable.AirtableConfig.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Enum_members_keep_their_meaning_PENDO126()
    {
        string[] timezones = Result.Output.GetTypeByMetadataName("Vendor.Criteo.ReportTimezone")!.GetMembers().OfType<IFieldSymbol>().Select(f => f.Name).ToArray();
        Assert.Contains("UtcMinus9", timezones);
        Assert.Contains("UtcPlus9", timezones);
        string[] delimiters = Result.Output.GetTypeByMetadataName("Vendor.Klarna.CsvDelimiter")!.GetMembers().OfType<IFieldSymbol>().Select(f => f.Name).ToArray();
        Assert.Contains("Colon", delimiters);
        Assert.Contains("Semicolon", delimiters);
        Assert.Empty(Result.GeneratorDiagnostics.Where(d => d.Id == "PENDO106").Select(d => d.ToString()));
        Assert.Contains(Lint("PENDO126"), d => TextOf(d) == "\"UTC -9\"");
    }

    [Fact]
    public void Integer_enums_written_as_strings_are_numbers_PENDO128()
    {
        Diagnostic lint = Assert.Single(Lint("PENDO128"));
        Assert.Contains("\"1\"", LineOf(lint) + VendorDocument.Line(lint.Location.GetLineSpan().StartLinePosition.Line + 1), StringComparison.Ordinal);
        // The rule checks numbers: the generated validator lists 1440 as a number, not as the string "1440".
        Assert.Contains("1440", Result.Source("Vendor.GoogleAds.GoogleAdsConnectionRequest.g.cs"), StringComparison.Ordinal);
        Assert.DoesNotContain("\"1440\"", Result.Source("Vendor.GoogleAds.GoogleAdsConnectionRequest.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_envelope_shared_by_every_service_is_reported_once()
    {
        var positions = Result.GeneratorDiagnostics.Select(d => d.Id + d.Location.GetLineSpan().ToString() + d.GetMessage()).ToList();
        Assert.Equal(positions.Count, positions.Distinct().Count());
    }
}
