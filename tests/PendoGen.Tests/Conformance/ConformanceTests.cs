using System.Globalization;
using System.Text;

namespace PendoGen.Tests.Conformance;

/// <summary>
/// The official JSON Schema Test Suite (draft 2020-12, plus optional/format for the formats PendoGen checks)
/// through the generator, the generated code and the analyzer. Nothing may fail silently: every test passes, or
/// its schema got a PENDO1xx diagnostic that says what is not honoured (the skip reason in docs/conformance.md).
/// The table in docs/conformance.md is written by this test (UPDATE_SNAPSHOTS=1) and compared on every run.
/// </summary>
public sealed class ConformanceTests
{
    private static readonly Lazy<IReadOnlyList<CaseResult>> s_results = new(() => ConformanceRunner.Run(Suite.Load()));

    [Fact]
    public void Every_test_passes_or_its_schema_says_what_is_not_honoured()
    {
        var failed = s_results.Value.Where(r => r.Outcome == Outcome.Failed).ToList();
        Assert.True(failed.Count == 0,
            $"{failed.Count} suite tests fail without a diagnostic:\n" + string.Join("\n", failed.Take(60).Select(Describe)));
    }

    [Fact]
    public void The_conformance_table_in_docs_is_the_one_this_run_produces()
    {
        string report = ConformanceReport.Render(s_results.Value);
        string path = Path.Combine(RepoRoot(), "docs", "conformance.md");
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(path, report);
        }

        string committed = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
        Assert.True(committed == report, $"docs/conformance.md is not what this run produces; rerun with UPDATE_SNAPSHOTS=1 and commit it. This run:\n{report}");
    }

    [Fact]
    public void The_suite_is_all_there()
    {
        // Guards against a copy that lost files: the counts of the suite revision in TestData/json-schema-test-suite/SOURCE.
        IReadOnlyList<SuiteGroup> groups = Suite.Load();
        Assert.Equal(49, groups.Select(g => g.File).Distinct().Count());
        Assert.Equal(1459, groups.Sum(g => g.Tests.Count));
    }

    private static string Describe(CaseResult r) =>
        $"  {r.Group.File} #{r.Group.Index} \"{r.Group.Description}\" / \"{r.Test.Description}\": {r.Detail}\n    schema {r.Group.SchemaText.ReplaceLineEndings(" ")}\n    data {r.Test.DataText}";

    internal static string RepoRoot()
    {
        string? directory = AppContext.BaseDirectory;
        while (directory is not null && !File.Exists(Path.Combine(directory, "PendoGen.sln")))
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory ?? throw new InvalidOperationException("PendoGen.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>The per-keyword table of docs/conformance.md.</summary>
public static class ConformanceReport
{
    public static string Render(IReadOnlyList<CaseResult> results)
    {
        var w = new StringBuilder();
        w.Append("# JSON Schema conformance\n\n");
        w.Append("Written by `tests/PendoGen.Tests/Conformance/ConformanceTests.cs` (`UPDATE_SNAPSHOTS=1 dotnet test tests/PendoGen.Tests --filter Conformance`);\n");
        w.Append("CI fails when this file differs from what the run produces. Do not edit by hand.\n\n");
        w.Append("The data is the official JSON Schema Test Suite, draft 2020-12 (MIT; the revision is in\n");
        w.Append("`tests/PendoGen.Tests/TestData/json-schema-test-suite/SOURCE`), plus `optional/format` for the formats PendoGen checks.\n\n");
        w.Append("How a test runs: a generated record's root must be an object, so each group's schema becomes the property `value`\n");
        w.Append("of a record `Root` (`\"required\": [\"value\"]`, local `$ref`s rewritten to point into it) and each instance `{\"value\": …}`.\n");
        w.Append("**Valid** means `FromJson` succeeds and `Validate()` reports no error; **invalid** means `FromJson` throws\n");
        w.Append("`JsonException` or `Validate()` reports an error. The same instance, as constant JSON handed to `FromJson` in C#,\n");
        w.Append("must get the same verdict from the analyzer (an error diagnostic = invalid). **Skipped** means the schema got a\n");
        w.Append("PENDO1xx diagnostic at build time saying what is not honoured (that diagnostic is the reason below): a whole group\n");
        w.Append("when it is an error or a keyword left unchecked (PENDO102/104/108/109); otherwise (PENDO110, a keyword honoured\n");
        w.Append("differently) only the tests whose verdict differs. A test that fails without a diagnostic fails CI.\n\n");

        int passed = results.Count(r => r.Outcome == Outcome.Passed);
        int failed = results.Count(r => r.Outcome == Outcome.Failed);
        int skipped = results.Count(r => r.Outcome == Outcome.Skipped);
        w.Append(CultureInfo.InvariantCulture, $"Total: {results.Count} tests, {passed} passed, {failed} failed, {skipped} skipped.\n\n");
        w.Append("| keyword (file) | tests | passed | failed | skipped |\n|---|---:|---:|---:|---:|\n");
        foreach (var keyword in results.GroupBy(r => r.Group.Keyword).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            w.Append(CultureInfo.InvariantCulture,
                $"| {keyword.Key} | {keyword.Count()} | {keyword.Count(r => r.Outcome == Outcome.Passed)} | {keyword.Count(r => r.Outcome == Outcome.Failed)} | {keyword.Count(r => r.Outcome == Outcome.Skipped)} |\n");
        }

        w.Append("\n## Skipped groups and why\n\n");
        w.Append("| keyword | group | tests | reason (the diagnostic the schema gets) |\n|---|---|---:|---|\n");
        foreach (var group in results.Where(r => r.Outcome == Outcome.Skipped).GroupBy(r => r.Group))
        {
            string reason = group.First().Detail.Replace("|", "\\|", StringComparison.Ordinal).Replace("/conformance/", "", StringComparison.Ordinal);
            w.Append(CultureInfo.InvariantCulture, $"| {group.Key.Keyword} | {Escape(group.Key.Description)} | {group.Count()} | {reason} |\n");
        }

        if (failed > 0)
        {
            w.Append("\n## Failing tests\n\n| keyword | group | test | what happened |\n|---|---|---|---|\n");
            foreach (CaseResult r in results.Where(r => r.Outcome == Outcome.Failed))
            {
                w.Append(CultureInfo.InvariantCulture, $"| {r.Group.Keyword} | {Escape(r.Group.Description)} | {Escape(r.Test.Description)} | {Escape(Shorten(r.Detail))} |\n");
            }
        }

        return w.ToString();
    }

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");

    private static string Shorten(string text) => text.Length <= 200 ? text : text.Substring(0, 200) + "…";
}
