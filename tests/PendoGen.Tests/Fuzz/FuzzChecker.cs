using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using PendoGen.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PendoGen.Tests.Fuzz;

/// <summary>One generator input: the schema files, and the file the mutation was applied to.</summary>
/// <param name="Id">Names the family, base file, seed and mutation: enough to rebuild the case.</param>
/// <param name="Compile">False for cases whose output is too big to compile on every run (checked at higher scales).</param>
internal sealed record FuzzCase(string Id, IReadOnlyList<SchemaFile> Files, bool Compile = true)
{
    public static FuzzCase Single(string id, string path, string text, string? ns = null) => new(id, [new SchemaFile(path, text, ns)]);
}

/// <summary>
/// Runs the generator over fuzz cases and checks what must hold for any input: the generator does not throw and
/// reports no internal error; every diagnostic is a PENDO1xx located inside one of the schema files, with a line
/// span that matches its text span; without errors the generated code compiles; two runs are identical.
/// </summary>
internal sealed class FuzzChecker
{
    /// <summary>No single case may take longer than this: schemas of a few KB must not make the generator crawl.</summary>
    private static readonly TimeSpan s_slowCase = TimeSpan.FromSeconds(10);

    /// <summary>One compilation with the references, shared by every case (compilations are immutable).</summary>
    private static readonly CSharpCompilation s_baseCompilation = GeneratorHarness.CreateCompilation();

    private const int MaxReportedFailures = 10;

    /// <summary>Every so many compiled cases, every method body is bound, whether its file is new or not.</summary>
    private const int FullCompileEvery = 40;

    private readonly ITestOutputHelper _output;
    private readonly string _family;
    private readonly ConcurrentQueue<string> _failures = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    /// <summary>Generated files (path and hash of the text) whose method bodies compiled without a warning.</summary>
    private readonly ConcurrentDictionary<string, byte> _cleanTrees = new(StringComparer.Ordinal);

    private readonly object _slowestLock = new();
    private int _cases;
    private int _withErrors;
    private int _compiled;
    private int _compiledInFull;
    private int _determinismChecked;
    private int _failureCount;
    private long _generateTicks;
    private long _compileTicks;
    private long _slowestTicks;
    private string _slowestCase = "";

    public FuzzChecker(ITestOutputHelper output, string family)
    {
        _output = output;
        _family = family;
    }

    /// <summary>Checks every case, on all cores; <paramref name="determinismEvery"/> picks which cases also run twice.</summary>
    public void CheckAll(IEnumerable<FuzzCase> cases, int determinismEvery = 10)
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.ForEach(cases.Select((c, i) => (Case: c, Index: i)), options, (item, state) =>
        {
            if (Volatile.Read(ref _failureCount) >= MaxReportedFailures)
            {
                state.Stop();
                return;
            }

            Check(item.Case, determinism: determinismEvery > 0 && item.Index % determinismEvery == 0);
        });
    }

    public void Check(FuzzCase fuzzCase, bool determinism)
    {
        Interlocked.Increment(ref _cases);
        var problems = new List<string>();
        try
        {
            var timer = Stopwatch.StartNew();
            Outcome first = Generate(fuzzCase);
            timer.Stop();
            Interlocked.Add(ref _generateTicks, timer.Elapsed.Ticks);
            RecordTime(fuzzCase, timer.Elapsed);
            if (timer.Elapsed > s_slowCase)
            {
                problems.Add($"the generator took {timer.Elapsed.TotalSeconds:0.0} s");
            }

            CheckRun(fuzzCase, first, problems);
            if (problems.Count == 0 && determinism)
            {
                Interlocked.Increment(ref _determinismChecked);
                CompareRuns(first, Generate(fuzzCase), problems);
            }
        }
        catch (Exception e)
        {
            problems.Add("the check itself threw: " + e);
        }

        if (problems.Count > 0)
        {
            Interlocked.Increment(ref _failureCount);
            _failures.Enqueue(Describe(fuzzCase, problems));
        }
    }

    /// <summary>Prints the counts and fails with every problem found; fails too if fewer than <paramref name="floor"/> cases ran.</summary>
    public void AssertClean(int floor)
    {
        _output.WriteLine(
            $"{_family}: {_cases} cases (scale {FuzzScale.Scale}), {_withErrors} with PENDO1xx errors, {_compiled} compiled ({_compiledInFull} in full), " +
            $"{_determinismChecked} run twice, {_clock.Elapsed.TotalSeconds:0.0} s (generating {TimeSpan.FromTicks(_generateTicks).TotalSeconds:0.0} s, compiling {Stopwatch.GetElapsedTime(0, _compileTicks).TotalSeconds:0.0} s); slowest {TimeSpan.FromTicks(_slowestTicks).TotalMilliseconds:0} ms: {_slowestCase}");
        string[] failures = _failures.ToArray();
        Assert.True(failures.Length == 0, $"{_family}: {failures.Length} failing case(s) (showing at most {MaxReportedFailures}):\n\n" + string.Join("\n\n", failures));
        Assert.True(_cases >= floor, $"{_family}: only {_cases} cases ran; expected at least {floor}");
    }

    private void RecordTime(FuzzCase fuzzCase, TimeSpan elapsed)
    {
        lock (_slowestLock)
        {
            if (elapsed.Ticks > _slowestTicks)
            {
                _slowestTicks = elapsed.Ticks;
                _slowestCase = fuzzCase.Id;
            }
        }
    }

    private sealed record Outcome(
        GeneratorDriverRunResult RunResult,
        Compilation Output,
        ImmutableArray<Diagnostic> Diagnostics,
        IReadOnlyList<(string HintName, string Text)> Sources);

    private static Outcome Generate(FuzzCase fuzzCase)
    {
        GeneratorDriver driver = GeneratorHarness.CreateDriver(fuzzCase.Files, trackSteps: false);
        driver = driver.RunGeneratorsAndUpdateCompilation(s_baseCompilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
        GeneratorDriverRunResult run = driver.GetRunResult();
        var sources = run.Results.SelectMany(r => r.GeneratedSources).Select(s => (s.HintName, s.SourceText.ToString())).ToList();
        return new Outcome(run, output, diagnostics, sources);
    }

    private void CheckRun(FuzzCase fuzzCase, Outcome outcome, List<string> problems)
    {
        // (a) The generator ran to the end and caught no bug of its own.
        foreach (GeneratorRunResult result in outcome.RunResult.Results)
        {
            if (result.Exception is not null)
            {
                problems.Add("the generator threw: " + result.Exception);
            }
        }

        foreach (Diagnostic d in outcome.Diagnostics.Concat(outcome.RunResult.Diagnostics).Distinct())
        {
            if (d.Id is "PENDO199" or "CS8785" || !d.Id.StartsWith("PENDO1", StringComparison.Ordinal))
            {
                problems.Add("unexpected diagnostic: " + d);
            }
        }

        // (b) Every diagnostic points into one of the schema files, and its line/column agrees with its span.
        foreach (Diagnostic d in outcome.Diagnostics)
        {
            CheckLocation(fuzzCase, d, problems);
        }

        // (c) Without errors, the generated code compiles (and without any diagnostic, without warnings too).
        bool hasErrors = outcome.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
        if (hasErrors)
        {
            Interlocked.Increment(ref _withErrors);
            return;
        }

        if (!fuzzCase.Compile)
        {
            return;
        }

        long compileStart = Stopwatch.GetTimestamp();
        DiagnosticSeverity worst = outcome.Diagnostics.IsEmpty ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error;
        Diagnostic[] compileProblems = CompilerDiagnostics(outcome.Output)
            .Where(d => d.Severity >= worst && !d.IsSuppressed)
            .ToArray();
        Interlocked.Add(ref _compileTicks, Stopwatch.GetTimestamp() - compileStart);
        if (compileProblems.Length > 0)
        {
            problems.Add($"no PENDO1xx error, yet the generated code has {compileProblems.Length} compiler {(worst == DiagnosticSeverity.Error ? "error" : "warning/error")}(s):\n  "
                + string.Join("\n  ", compileProblems.Take(5).Select(d => d + " | " + Excerpt(d))));
        }
    }

    /// <summary>
    /// The compiler's diagnostics for the compilation with the generated code. Binding every method body of every
    /// case is what makes fuzzing slow, and most generated files are the same from one case to the next, so a file
    /// whose exact text already compiled cleanly in this family only has its declarations checked (which also
    /// catches clashes between types). Every <see cref="FullCompileEvery"/>th case is compiled in full.
    /// </summary>
    private IEnumerable<Diagnostic> CompilerDiagnostics(Compilation compilation)
    {
        int index = Interlocked.Increment(ref _compiled);
        List<(SyntaxTree Tree, string Key)> trees = compilation.SyntaxTrees.Select(t => (t, TreeKey(t))).ToList();
        bool full = index % FullCompileEvery == 1;
        List<(SyntaxTree Tree, string Key)> bodies = full ? trees : trees.Where(t => !_cleanTrees.ContainsKey(t.Key)).ToList();
        Diagnostic[] diagnostics = full
            ? compilation.GetDiagnostics().ToArray()
            : compilation.GetParseDiagnostics()
                .Concat(compilation.GetDeclarationDiagnostics())
                .Concat(bodies.SelectMany(t => compilation.GetSemanticModel(t.Tree).GetMethodBodyDiagnostics()))
                .Distinct()
                .ToArray();

        foreach ((SyntaxTree tree, string key) in bodies)
        {
            if (!diagnostics.Any(d => d.Severity >= DiagnosticSeverity.Warning && d.Location.SourceTree == tree))
            {
                _cleanTrees.TryAdd(key, 0);
            }
        }

        if (full)
        {
            Interlocked.Increment(ref _compiledInFull);
        }

        return diagnostics;

        static string TreeKey(SyntaxTree tree) =>
            tree.FilePath + ":" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(tree.ToString())));
    }

    private static void CheckLocation(FuzzCase fuzzCase, Diagnostic d, List<string> problems)
    {
        Location location = d.Location;
        if (location.Kind != LocationKind.ExternalFile)
        {
            problems.Add($"{d.Id} is not located in a schema file ({location.Kind}): {d}");
            return;
        }

        FileLinePositionSpan lineSpan = location.GetLineSpan();
        SchemaFile? file = fuzzCase.Files.FirstOrDefault(f => f.Path == lineSpan.Path);
        if (file is null)
        {
            problems.Add($"{d.Id} is located in '{lineSpan.Path}', which is none of the schema files: {d}");
            return;
        }

        TextSpan span = location.SourceSpan;
        if (span.Start < 0 || span.End > file.Text.Length)
        {
            problems.Add($"{d.Id} span {span} lies outside the file ({file.Text.Length} chars): {d}");
            return;
        }

        LinePositionSpan expected = SourceText.From(file.Text).Lines.GetLinePositionSpan(span);
        if (file.Text.StartsWith('\uFEFF'))
        {
            // The reader does not count a byte order mark as a column (a compiler reading the file drops it).
            static LinePosition SkipBom(LinePosition p) => p.Line == 0 ? new LinePosition(0, p.Character - 1) : p;
            expected = new LinePositionSpan(SkipBom(expected.Start), SkipBom(expected.End));
        }

        if (expected != lineSpan.Span)
        {
            problems.Add($"{d.Id} line span {lineSpan.Span} does not match its text span {span}, which is at {expected}: {d}");
        }
    }

    private static void CompareRuns(Outcome first, Outcome second, List<string> problems)
    {
        string[] a = first.Sources.Select(s => s.HintName).ToArray();
        string[] b = second.Sources.Select(s => s.HintName).ToArray();
        if (!a.SequenceEqual(b, StringComparer.Ordinal))
        {
            problems.Add($"not deterministic: the second run generated other files ({string.Join(", ", a.Except(b).Concat(b.Except(a)).Take(5))})");
            return;
        }

        for (int i = 0; i < first.Sources.Count; i++)
        {
            byte[] x = Encoding.UTF8.GetBytes(first.Sources[i].Text);
            byte[] y = Encoding.UTF8.GetBytes(second.Sources[i].Text);
            if (!x.AsSpan().SequenceEqual(y))
            {
                problems.Add($"not deterministic: {first.Sources[i].HintName} differs between two runs");
            }
        }

        string[] d1 = first.Diagnostics.Select(DiagnosticKey).ToArray();
        string[] d2 = second.Diagnostics.Select(DiagnosticKey).ToArray();
        if (!d1.SequenceEqual(d2, StringComparer.Ordinal))
        {
            problems.Add("not deterministic: the diagnostics differ between two runs:\n  " + string.Join("\n  ", d1.Except(d2).Concat(d2.Except(d1)).Take(5)));
        }
    }

    private static string DiagnosticKey(Diagnostic d) =>
        $"{d.Id} {d.Severity} {d.Location.GetLineSpan()} {d.Location.SourceSpan} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";

    private static string Excerpt(Diagnostic d)
    {
        if (d.Location.SourceTree is not { } tree)
        {
            return "";
        }

        SourceText text = tree.GetText();
        TextLine line = text.Lines.GetLineFromPosition(d.Location.SourceSpan.Start);
        return System.IO.Path.GetFileName(tree.FilePath) + ": " + line.ToString().Trim();
    }

    private static string Describe(FuzzCase fuzzCase, List<string> problems)
    {
        var text = new StringBuilder();
        text.Append("Case ").Append(fuzzCase.Id).Append(":\n  ").Append(string.Join("\n  ", problems.Take(8)));
        foreach (SchemaFile file in fuzzCase.Files)
        {
            string shown = file.Text.Length <= 1500 ? file.Text : file.Text.Substring(0, 1500) + $"... ({file.Text.Length} chars)";
            text.Append("\n  --- ").Append(file.Path).Append(" ---\n").Append(shown);
        }

        return text.ToString();
    }
}
