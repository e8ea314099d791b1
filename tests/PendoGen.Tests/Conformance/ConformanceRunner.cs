using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PendoGen.Analysis;
using PendoGen.Tests.Infrastructure;

namespace PendoGen.Tests.Conformance;

/// <summary>What happened to one test of the suite.</summary>
public enum Outcome
{
    Passed,
    Failed,

    /// <summary>The schema got a PENDO1xx diagnostic saying what is not honoured (or an error refusing it).</summary>
    Skipped,
}

public sealed record CaseResult(SuiteGroup Group, SuiteTest Test, Outcome Outcome, string Detail);

/// <summary>
/// Runs the suite as a user gets it: every group's schema through the real generator in one compilation, the
/// generated code compiled and loaded, each instance through <c>FromJson</c> + <c>Validate()</c>; then the same
/// instances as constant JSON handed to <c>FromJson</c> in C#, through the analyzer.
/// </summary>
public static class ConformanceRunner
{
    public static IReadOnlyList<CaseResult> Run(IReadOnlyList<SuiteGroup> groups)
    {
        var schemas = groups.Select(g => new SchemaFile(g.SchemaPath, g.WrapperSchema(), g.Namespace)).ToList();
        GeneratorResult generated = GeneratorHarness.Run(schemas);

        // A group whose schema got a diagnostic (other than a renamed member) is skipped with that diagnostic as reason.
        var reasons = generated.GeneratorDiagnostics
            .Where(d => d.Id != "PENDO106")
            .GroupBy(d => d.Location.GetLineSpan().Path)
            .ToDictionary(g => g.Key, g => string.Join("; ", g.Select(d => d.Id + ": " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).Distinct()));

        // A schema with an error does not build for a user, and one with a keyword left unchecked (PENDO102, 104, 108,
        // 109) would pass some tests by ignoring it: their tests are skipped. With other warnings (PENDO110: honoured
        // differently) the tests run, and one that fails counts as skipped, since the warning said so (never silent).
        var withErrors = generated.GeneratorDiagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error || d.Id is "PENDO102" or "PENDO104" or "PENDO108" or "PENDO109")
            .Select(d => d.Location.GetLineSpan().Path)
            .ToHashSet(StringComparer.Ordinal);

        Compilation compilation = generated.Output;
        var broken = new Dictionary<string, string>();
        Assembly assembly = CompileAndLoad(ref compilation, groups, broken);

        ImmutableArray<Diagnostic> analyzerDiagnostics = RunAnalyzer(compilation, schemas, groups, broken, out Dictionary<int, (SuiteGroup, SuiteTest)> lines);
        var analyzerInvalid = new HashSet<(SuiteGroup, SuiteTest)>();
        var analyzerMessages = new Dictionary<(SuiteGroup, SuiteTest), string>();
        foreach (Diagnostic d in analyzerDiagnostics)
        {
            if (d.Location.SourceTree?.FilePath == CallsFile && lines.TryGetValue(d.Location.GetLineSpan().StartLinePosition.Line, out var key))
            {
                if (d.Severity == DiagnosticSeverity.Error)
                {
                    analyzerInvalid.Add(key);
                }

                analyzerMessages[key] = (analyzerMessages.TryGetValue(key, out string? m) ? m + " | " : "") + d.Id + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        var results = new List<CaseResult>();
        foreach (SuiteGroup group in groups)
        {
            foreach (SuiteTest test in group.Tests)
            {
                bool warned = reasons.TryGetValue(group.SchemaPath, out string? reason);
                if (warned && withErrors.Contains(group.SchemaPath))
                {
                    results.Add(new CaseResult(group, test, Outcome.Skipped, reason!));
                    continue;
                }

                if (Deviations.Reason(group, test) is { } deviation)
                {
                    results.Add(new CaseResult(group, test, Outcome.Skipped, deviation));
                    continue;
                }

                if (broken.TryGetValue(group.Namespace, out string? error))
                {
                    results.Add(new CaseResult(group, test, Outcome.Failed, "generated code does not compile: " + error));
                    continue;
                }

                (bool runtimeValid, string runtimeDetail) = RunInstance(assembly, group, test);
                bool analyzerValid = !analyzerInvalid.Contains((group, test));
                string analyzerDetail = analyzerMessages.TryGetValue((group, test), out string? am) ? am : "no diagnostic";
                if (warned && (runtimeValid != test.Valid || analyzerValid != test.Valid))
                {
                    results.Add(new CaseResult(group, test, Outcome.Skipped, reason!));
                }
                else if (runtimeValid != test.Valid)
                {
                    results.Add(new CaseResult(group, test, Outcome.Failed, $"Validate(): expected {Verdict(test.Valid)}, got {Verdict(runtimeValid)} ({runtimeDetail})"));
                }
                else if (analyzerValid != test.Valid)
                {
                    results.Add(new CaseResult(group, test, Outcome.Failed, $"analyzer: expected {Verdict(test.Valid)}, got {Verdict(analyzerValid)} ({analyzerDetail})"));
                }
                else
                {
                    results.Add(new CaseResult(group, test, Outcome.Passed, ""));
                }
            }
        }

        return results;
    }

    private static string Verdict(bool valid) => valid ? "valid" : "invalid";

    private static Assembly CompileAndLoad(ref Compilation compilation, IReadOnlyList<SuiteGroup> groups, Dictionary<string, string> broken)
    {
        for (int attempt = 0; ; attempt++)
        {
            using var stream = new MemoryStream();
            var emit = compilation.Emit(stream);
            if (emit.Success)
            {
                var context = new AssemblyLoadContext("conformance", isCollectible: true);
                stream.Position = 0;
                return context.LoadFromStream(stream);
            }

            // Leave out the groups whose generated code does not compile (each is a failure), and compile the rest.
            var errors = emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            var badTrees = new HashSet<SyntaxTree>();
            foreach (Diagnostic error in errors)
            {
                SyntaxTree? tree = error.Location.SourceTree;
                SuiteGroup? owner = tree is null ? null : groups.FirstOrDefault(g => tree.GetText().ToString().Contains("namespace " + g.Namespace + ";", StringComparison.Ordinal) || tree.GetText().ToString().Contains("namespace " + g.Namespace + "\n", StringComparison.Ordinal));
                if (owner is null || attempt > 5)
                {
                    throw new InvalidOperationException("The conformance compilation fails outside any group: " + error);
                }

                broken.TryAdd(owner.Namespace, error.Id + " " + error.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            }

            foreach (SyntaxTree tree in compilation.SyntaxTrees)
            {
                string text = tree.GetText().ToString();
                if (broken.Keys.Any(ns => text.Contains("namespace " + ns + ";", StringComparison.Ordinal) || text.Contains("namespace " + ns + "\n", StringComparison.Ordinal)))
                {
                    badTrees.Add(tree);
                }
            }

            compilation = compilation.RemoveSyntaxTrees(badTrees);
        }
    }

    private static (bool Valid, string Detail) RunInstance(Assembly assembly, SuiteGroup group, SuiteTest test)
    {
        Type type = assembly.GetType(group.RootType) ?? throw new InvalidOperationException("No type " + group.RootType);
        MethodInfo fromJson = type.GetMethod("FromJson", [typeof(string)])!;
        object value;
        try
        {
            value = fromJson.Invoke(null, [test.Instance])!;
        }
        catch (TargetInvocationException e) when (e.InnerException is JsonException json)
        {
            return (false, "FromJson: " + json.Message);
        }
        catch (TargetInvocationException e)
        {
            return (!test.Valid, "CRASH " + e.InnerException);
        }

        var issues = (System.Collections.IEnumerable)type.GetMethod("Validate", Type.EmptyTypes)!.Invoke(value, null)!;
        var errors = new List<string>();
        foreach (object issue in issues)
        {
            if (issue.GetType().GetProperty("Severity")!.GetValue(issue)!.ToString() == "Error")
            {
                errors.Add(issue.ToString()!);
            }
        }

        return (errors.Count == 0, errors.Count == 0 ? "no error" : string.Join(" | ", errors));
    }

    private const string CallsFile = "/conformance/Calls.cs";

    /// <summary>One line per test: <c>_ = Root.FromJson("…");</c>, so each analyzer diagnostic maps back to its test by line.</summary>
    private static ImmutableArray<Diagnostic> RunAnalyzer(Compilation compilation, List<SchemaFile> schemas, IReadOnlyList<SuiteGroup> groups,
        Dictionary<string, string> broken, out Dictionary<int, (SuiteGroup, SuiteTest)> lines)
    {
        lines = new Dictionary<int, (SuiteGroup, SuiteTest)>();
        var source = new StringBuilder("static class ConformanceCalls\n{\n    static void Run()\n    {\n");
        int line = 4;
        foreach (SuiteGroup group in groups.Where(g => !broken.ContainsKey(g.Namespace)))
        {
            foreach (SuiteTest test in group.Tests)
            {
                source.Append("        _ = global::").Append(group.RootType).Append(".FromJson(")
                    .Append(SymbolDisplay.FormatLiteral(test.Instance, quote: true)).Append(");\n");
                lines[line++] = (group, test);
            }
        }

        source.Append("    }\n}\n");
        var tree = CSharpSyntaxTree.ParseText(source.ToString(), GeneratorHarness.ParseOptions, CallsFile);
        compilation = compilation.AddSyntaxTrees(tree);
        var perFile = schemas.ToDictionary(s => s.Path, s => (IReadOnlyDictionary<string, string>)new Dictionary<string, string> { [PendoGenerator.NamespaceMetadata] = s.Namespace! });
        var options = new AnalyzerOptions(
            [.. schemas.Select(s => (AdditionalText)new InMemoryAdditionalText(s.Path, s.Text))],
            new TestOptionsProvider(new Dictionary<string, string> { ["build_property.RootNamespace"] = GeneratorHarness.RootNamespace }, perFile));
        var withAnalyzers = compilation.WithAnalyzers([new PendoConfigAnalyzer()], new CompilationWithAnalyzersOptions(options, null, true, false));
        ImmutableArray<Diagnostic> all = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        Diagnostic? crash = all.FirstOrDefault(d => d.Id == "AD0001");
        if (crash is not null)
        {
            throw new InvalidOperationException("The analyzer crashed: " + crash);
        }

        return all;
    }
}
