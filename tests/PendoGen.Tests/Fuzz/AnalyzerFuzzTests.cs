using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PendoGen.Analysis;
using PendoGen.CodeFixes;
using PendoGen.Tests.Analysis;
using PendoGen.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PendoGen.Tests.Fuzz;

/// <summary>
/// Broken code through the analyzer and the code fixes, the way the IDE meets it mid-edit: the sample programs and
/// the C# programs embedded in the analyzer and code-fix tests, with random tokens deleted (1 to 3, or a
/// contiguous run), duplicated, or characters deleted inside string literals (broken JSON). For each mutant the
/// analyzer must not throw (no AD0001), and every code fix offered for its diagnostics, and Fix All in the
/// document for a sample of them, must compute its changes without throwing. Seeds are fixed: a failure names the
/// mutation, its seed and the mutated text around the change. PENDOGEN_FUZZ_SCALE multiplies the counts.
/// </summary>
public class AnalyzerFuzzTests(ITestOutputHelper output)
{
    public enum Mutation
    {
        /// <summary>The sources as they are (the fixers get well-formed code with diagnostics too).</summary>
        None,

        /// <summary>1 to 3 tokens anywhere.</summary>
        DeleteTokens,

        /// <summary>A contiguous run of 2 to 40 tokens (and the trivia between them).</summary>
        DeleteRange,

        /// <summary>A run of 1 to 5 tokens written twice.</summary>
        DuplicateTokens,

        /// <summary>1 to 3 characters deleted or doubled inside one string literal (broken or different JSON).</summary>
        EditString,
    }

    private const int MaxFixesPerCase = 6;
    private const int MaxFixAllPerCase = 3;

    /// <summary>Every code-fix provider of PendoGen.CodeFixes.</summary>
    private static readonly ImmutableArray<CodeFixProvider> Providers = typeof(NoEffectCodeFixProvider).Assembly.GetTypes()
        .Where(t => typeof(CodeFixProvider).IsAssignableFrom(t) && !t.IsAbstract)
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = [new PendoConfigAnalyzer()];

    private static readonly Lazy<FuzzProject> Shared = new(FuzzProject.Create);

    private static readonly Lazy<IReadOnlyList<FuzzInput>> Inputs = new(LoadInputs);

    [Theory]
    [InlineData(Mutation.None)]
    [InlineData(Mutation.DeleteTokens)]
    [InlineData(Mutation.DeleteRange)]
    [InlineData(Mutation.DuplicateTokens)]
    [InlineData(Mutation.EditString)]
    public async Task Mutated_sources_never_make_the_analyzer_or_a_code_fix_throw(Mutation mutation)
    {
        var stopwatch = Stopwatch.StartNew();
        IReadOnlyList<FuzzInput> inputs = Inputs.Value;
        var stats = new Stats();
        for (int source = 0; source < inputs.Count; source++)
        {
            FuzzInput input = inputs[source];
            int count = mutation == Mutation.None ? 1 : FuzzScale.Cases(PerSource(mutation, input.Tokens.Length));
            for (int iteration = 0; iteration < count; iteration++)
            {
                int seed = Seed(mutation, source, iteration);
                var random = new Random(seed);
                if (Mutate(input, mutation, random) is not { } mutant)
                {
                    continue;
                }

                string where = $"{mutation} #{iteration} of source {source} ({input.Label}), seed {seed}: {mutant.Description}";
                // Fix All for every fourth case (and every unmutated source): it is the slowest part.
                await RunCaseAsync(mutant.Text, mutant.ChangedAt, where, random, fixAll: mutation == Mutation.None || iteration % 4 == 0, stats);
                if (stats.Failures.Count >= 20)
                {
                    break;
                }
            }
        }

        output.WriteLine($"{mutation}: {inputs.Count} sources, {stats.Cases} analyzer runs, {stats.Diagnostics} PENDO diagnostics, " +
                         $"{stats.Offered} fixes offered, {stats.Applied} applied, {stats.FixAll} Fix All applied, {stopwatch.Elapsed.TotalSeconds:F1} s");
        Assert.True(stats.Failures.Count == 0, $"{stats.Failures.Count} failure(s):\n\n" + string.Join("\n\n", stats.Failures));
        Assert.True(Providers.Length >= 5, $"only {Providers.Length} code-fix providers found");
        Assert.True(stats.Cases >= (mutation == Mutation.None ? 50 : 400), $"only {stats.Cases} cases ran");
        Assert.True(stats.Applied > 0 && stats.Diagnostics > stats.Cases / 10, $"too few diagnostics ({stats.Diagnostics}) or fixes ({stats.Applied}) to exercise the fixers");
    }

    /// <summary>The JSON config file of the diagnostics sample (an AdditionalFile with PendoGenSchema), with characters deleted or doubled.</summary>
    [Fact]
    public async Task Mutated_json_config_files_never_make_the_analyzer_throw()
    {
        string json = File.ReadAllText(Path.Combine(RepoRoot(), "samples", "PendoGen.DiagnosticsSample", "connections", "prod.pendo.json"));
        FuzzProject project = Shared.Value;
        Compilation compilation = (await project.Document.Project.GetCompilationAsync())!;
        int cases = FuzzScale.Cases(300);
        int reported = 0;
        for (int iteration = 0; iteration < cases; iteration++)
        {
            int seed = 7_000_000 + iteration;
            var random = new Random(seed);
            var text = new StringBuilder(json);
            int edits = random.Next(1, 4);
            for (int i = 0; i < edits && text.Length > 0; i++)
            {
                int at = random.Next(text.Length);
                if (random.Next(3) == 0)
                {
                    text.Insert(at, text[at]);
                }
                else
                {
                    text.Remove(at, 1 + (random.Next(4) == 0 ? random.Next(Math.Min(20, text.Length - at)) : 0));
                }
            }

            Project withFile = project.Document.Project.Solution.WithAdditionalDocumentText(project.JsonFileId, SourceText.From(text.ToString())).GetProject(project.Document.Project.Id)!;
            var exceptions = new List<string>();
            CompilationWithAnalyzers analyzed = compilation.WithAnalyzers(Analyzers, new CompilationWithAnalyzersOptions(
                withFile.AnalyzerOptions, (e, _, _) => { lock (exceptions) { exceptions.Add(e.ToString()); } }, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
            AdditionalText file = withFile.AnalyzerOptions.AdditionalFiles.Single(f => f.Path.EndsWith("prod.pendo.json", StringComparison.Ordinal));
            ImmutableArray<Diagnostic> diagnostics = (await analyzed.GetAnalysisResultAsync(file, CancellationToken.None)).GetAllDiagnostics();
            Assert.True(exceptions.Count == 0 && !diagnostics.Any(d => d.Id == "AD0001"),
                $"seed {seed}, JSON:\n{text}\n{string.Join("\n", exceptions.Concat(diagnostics.Where(d => d.Id == "AD0001").Select(d => d.ToString())))}");
            reported += diagnostics.Count(d => d.Id.StartsWith("PENDO", StringComparison.Ordinal));
        }

        output.WriteLine($"{cases} mutated config files, {reported} PENDO diagnostics");
        Assert.True(reported > cases, $"only {reported} diagnostics in {cases} files: is the config file analyzed at all?");
    }

    private static int PerSource(Mutation mutation, int tokens) => mutation switch
    {
        Mutation.EditString => Math.Clamp(tokens / 25, 4, 16),
        _ => Math.Clamp(tokens / 12, 6, 50),
    };

    private static int Seed(Mutation mutation, int source, int iteration) => (int)mutation * 10_000_000 + source * 10_000 + iteration;

    /// <summary>The analyzer over one mutant, then every fix offered for its diagnostics (capped), then Fix All.</summary>
    private static async Task RunCaseAsync(string text, int changedAt, string where, Random random, bool fixAll, Stats stats)
    {
        stats.Cases++;
        Document document = Shared.Value.Document.WithText(SourceText.From(text, Encoding.UTF8));
        string Context()
        {
            int from = Math.Max(0, changedAt - 200);
            int to = Math.Min(text.Length, changedAt + 200);
            return $"{where}\n--- mutated source around offset {changedAt} ---\n{text[from..to]}\n---";
        }

        ImmutableArray<Diagnostic> diagnostics;
        try
        {
            diagnostics = await AnalyzeAsync(document, stats, Context);
        }
        catch (Exception e)
        {
            stats.Failures.Add($"Analyzer run threw: {e}\n{Context()}");
            return;
        }

        SyntaxTree tree = (await document.GetSyntaxTreeAsync())!;
        List<Diagnostic> ours = diagnostics.Where(d => d.Id.StartsWith("PENDO", StringComparison.Ordinal) && d.Location.SourceTree == tree).ToList();
        stats.Diagnostics += ours.Count;

        var offered = new List<(CodeFixProvider Provider, Diagnostic Diagnostic, CodeAction Action)>();
        foreach (Diagnostic diagnostic in ours)
        {
            foreach (CodeFixProvider provider in Providers.Where(p => p.FixableDiagnosticIds.Contains(diagnostic.Id)))
            {
                var actions = new List<CodeAction>();
                try
                {
                    await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
                }
                catch (Exception e)
                {
                    stats.Failures.Add($"{provider.GetType().Name}.RegisterCodeFixesAsync threw for {Describe(diagnostic, text)}: {e}\n{Context()}");
                    continue;
                }

                offered.AddRange(actions.Select(a => (provider, diagnostic, a)));
            }
        }

        stats.Offered += offered.Count;
        foreach ((CodeFixProvider provider, Diagnostic diagnostic, CodeAction action) in offered.OrderBy(_ => random.Next()).Take(MaxFixesPerCase))
        {
            try
            {
                await ApplyAsync(document, action);
                stats.Applied++;
            }
            catch (Exception e)
            {
                stats.Failures.Add($"{provider.GetType().Name} fix \"{action.Title}\" threw for {Describe(diagnostic, text)}: {e}\n{Context()}");
            }
        }

        if (!fixAll)
        {
            return;
        }

        var groups = offered
            .Where(o => o.Action.EquivalenceKey is not null)
            .Select(o => (o.Provider, Key: o.Action.EquivalenceKey!, o.Diagnostic.Id))
            .Distinct()
            .Take(MaxFixAllPerCase)
            .ToList();
        foreach ((CodeFixProvider provider, string key, string id) in groups)
        {
            try
            {
                FixAllProvider? fixAllProvider = provider.GetFixAllProvider();
                if (fixAllProvider is null || !fixAllProvider.GetSupportedFixAllScopes().Contains(FixAllScope.Document))
                {
                    continue;
                }

                var context = new FixAllContext(document, provider, FixAllScope.Document, key, [id], new FixedDiagnostics(ours), CancellationToken.None);
                if (await fixAllProvider.GetFixAsync(context) is not { } action)
                {
                    continue;
                }

                Document fixedDocument = await ApplyAsync(document, action);
                stats.FixAll++;
                // The analyzer must survive what Fix All wrote, too.
                string fixedText = (await fixedDocument.GetTextAsync()).ToString();
                await AnalyzeAsync(fixedDocument, stats, () => $"after Fix All {key}: {Context()}\n--- after Fix All ---\n{fixedText}");
            }
            catch (Exception e)
            {
                stats.Failures.Add($"{provider.GetType().Name} Fix All {key} threw: {e}\n{Context()}");
            }
        }
    }

    /// <summary>The analyzer's diagnostics in the document; an analyzer exception or AD0001 is recorded as a failure.</summary>
    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Document document, Stats stats, Func<string> context)
    {
        Compilation compilation = (await document.Project.GetCompilationAsync())!;
        var exceptions = new List<string>();
        CompilationWithAnalyzers analyzed = compilation.WithAnalyzers(Analyzers, new CompilationWithAnalyzersOptions(
            document.Project.AnalyzerOptions, (e, _, d) => { lock (exceptions) { exceptions.Add(e.ToString()); } }, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
        SyntaxTree tree = (await document.GetSyntaxTreeAsync())!;
        ImmutableArray<Diagnostic> diagnostics = await analyzed.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), filterSpan: null, CancellationToken.None);
        foreach (string exception in exceptions)
        {
            stats.Failures.Add($"Analyzer threw: {exception}\n{context()}");
        }

        foreach (Diagnostic ad0001 in diagnostics.Where(d => d.Id == "AD0001"))
        {
            stats.Failures.Add($"AD0001: {ad0001}\n{context()}");
        }

        return diagnostics;
    }

    /// <summary>Applies a code action as the IDE would (operations computed, the changed document's text and tree read).</summary>
    private static async Task<Document> ApplyAsync(Document document, CodeAction action)
    {
        ImmutableArray<CodeActionOperation> operations = await action.GetOperationsAsync(CancellationToken.None);
        Document result = document;
        foreach (ApplyChangesOperation apply in operations.OfType<ApplyChangesOperation>())
        {
            Document changed = apply.ChangedSolution.GetDocument(document.Id) ?? throw new InvalidOperationException("The fix removed the document.");
            await changed.GetTextAsync();
            await changed.GetSyntaxRootAsync();
            result = changed;
        }

        return result;
    }

    private static string Describe(Diagnostic diagnostic, string text)
    {
        TextSpan span = diagnostic.Location.SourceSpan;
        string at = span.End <= text.Length ? text.Substring(span.Start, span.Length) : "?";
        return $"{diagnostic.Id} at [{span.Start}..{span.End}) '{at}': {diagnostic.GetMessage()}";
    }

    private sealed record Mutant(string Text, int ChangedAt, string Description);

    /// <summary>One mutant of <paramref name="input"/>, or null when the input has nothing to mutate that way.</summary>
    private static Mutant? Mutate(FuzzInput input, Mutation mutation, Random random)
    {
        string text = input.Text;
        ImmutableArray<TextSpan> tokens = input.Tokens;
        switch (mutation)
        {
            case Mutation.None:
                return new Mutant(text, 0, "unmutated");
            case Mutation.DeleteTokens:
            {
                int count = random.Next(1, 4);
                List<TextSpan> chosen = Enumerable.Range(0, count).Select(_ => tokens[random.Next(tokens.Length)]).Distinct().OrderByDescending(s => s.Start).ToList();
                var builder = new StringBuilder(text);
                foreach (TextSpan span in chosen)
                {
                    builder.Remove(span.Start, span.Length);
                }

                return new Mutant(builder.ToString(), chosen[^1].Start,
                    "deleted " + string.Join(", ", chosen.OrderBy(s => s.Start).Select(s => $"'{text.Substring(s.Start, s.Length)}' at {s.Start}")));
            }

            case Mutation.DeleteRange:
            {
                int first = random.Next(tokens.Length);
                // Mostly short runs, now and then a long one.
                int length = 2 + (int)(Math.Pow(random.NextDouble(), 2) * 38);
                int last = Math.Min(tokens.Length - 1, first + length - 1);
                var span = TextSpan.FromBounds(tokens[first].Start, tokens[last].End);
                return new Mutant(text.Remove(span.Start, span.Length), span.Start,
                    $"deleted tokens {first}..{last} [{span.Start}..{span.End}): '{Shorten(text.Substring(span.Start, span.Length))}'");
            }

            case Mutation.DuplicateTokens:
            {
                int first = random.Next(tokens.Length);
                int last = Math.Min(tokens.Length - 1, first + random.Next(5));
                var span = TextSpan.FromBounds(tokens[first].Start, tokens[last].End);
                string copy = text.Substring(span.Start, span.Length);
                return new Mutant(text.Insert(span.End, " " + copy), span.End, $"duplicated tokens {first}..{last} at {span.End}: '{Shorten(copy)}'");
            }

            case Mutation.EditString:
            {
                if (input.Strings.IsEmpty)
                {
                    return null;
                }

                TextSpan literal = input.Strings[random.Next(input.Strings.Length)];
                var builder = new StringBuilder(text);
                var edits = new List<string>();
                int end = literal.End;
                for (int i = random.Next(1, 4); i > 0 && end > literal.Start; i--)
                {
                    int at = random.Next(literal.Start, end);
                    if (random.Next(3) == 0)
                    {
                        builder.Insert(at, builder[at]);
                        edits.Add($"doubled '{builder[at]}' at {at}");
                        end++;
                    }
                    else
                    {
                        edits.Add($"deleted '{builder[at]}' at {at}");
                        builder.Remove(at, 1);
                        end--;
                    }
                }

                return new Mutant(builder.ToString(), literal.Start, $"in the string literal at [{literal.Start}..{literal.End}): " + string.Join(", ", edits));
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(mutation));
        }
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..117] + "...";

    private sealed class Stats
    {
        public int Cases;
        public int Diagnostics;
        public int Offered;
        public int Applied;
        public int FixAll;
        public readonly List<string> Failures = [];
    }

    /// <summary>A source to mutate: its text, the spans of its tokens and of its string literals (content and quotes).</summary>
    private sealed record FuzzInput(string Label, string Text, ImmutableArray<TextSpan> Tokens, ImmutableArray<TextSpan> Strings);

    /// <summary>
    /// The sample programs, the C# programs in the raw string literals of the analyzer and code-fix tests (markup
    /// removed), and the expressions of <see cref="AnalyzerAgreesWithValidateTests"/>, in a stable order.
    /// </summary>
    private static IReadOnlyList<FuzzInput> LoadInputs()
    {
        string root = RepoRoot();
        var sources = new List<(string Label, string Text)>
        {
            ("samples/PendoGen.Sample/Program.cs", File.ReadAllText(Path.Combine(root, "samples", "PendoGen.Sample", "Program.cs"))),
            ("samples/PendoGen.DiagnosticsSample/Program.cs", File.ReadAllText(Path.Combine(root, "samples", "PendoGen.DiagnosticsSample", "Program.cs"))),
        };

        foreach (string folder in new[] { "Analysis", "CodeFixes" })
        {
            foreach (string file in Directory.GetFiles(Path.Combine(root, "tests", "PendoGen.Tests", folder), "*.cs").Order(StringComparer.Ordinal))
            {
                SyntaxTree tree = CSharpSyntaxTree.ParseText(File.ReadAllText(file), GeneratorHarness.ParseOptions);
                foreach (SyntaxToken token in tree.GetRoot().DescendantTokens())
                {
                    if (!token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken) && !token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken))
                    {
                        continue;
                    }

                    string code = AnalyzerHarness.Parse(token.ValueText).Source;
                    if (code.Contains("Pendo", StringComparison.Ordinal) && IsProgram(code))
                    {
                        int line = token.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                        sources.Add(($"tests/PendoGen.Tests/{folder}/{Path.GetFileName(file)}:{line}", code));
                    }
                }
            }
        }

        int index = 0;
        foreach (string expression in AnalyzerAgreesWithValidateTests.Cases())
        {
            sources.Add(($"AnalyzerAgreesWithValidateTests.Cases()[{index++}]", "public static class Case { public static object Build() => " + expression + "; }\n"));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var inputs = new List<FuzzInput>();
        foreach ((string label, string text) in sources)
        {
            if (!seen.Add(text))
            {
                continue; // a code-fix test's expected output is often another test's input
            }

            SyntaxNode parsed = CSharpSyntaxTree.ParseText(text, GeneratorHarness.ParseOptions).GetRoot();
            ImmutableArray<SyntaxToken> tokens = parsed.DescendantTokens().Where(t => t.Span.Length > 0).ToImmutableArray();
            ImmutableArray<TextSpan> strings = tokens
                .Where(t => t.IsKind(SyntaxKind.StringLiteralToken) || t.IsKind(SyntaxKind.Utf8StringLiteralToken) ||
                            t.IsKind(SyntaxKind.SingleLineRawStringLiteralToken) || t.IsKind(SyntaxKind.MultiLineRawStringLiteralToken) ||
                            t.IsKind(SyntaxKind.Utf8SingleLineRawStringLiteralToken) || t.IsKind(SyntaxKind.Utf8MultiLineRawStringLiteralToken))
                .Select(t => t.Span).ToImmutableArray();
            inputs.Add(new FuzzInput(label, text, tokens.Select(t => t.Span).ToImmutableArray(), strings));
        }

        return inputs;
    }

    /// <summary>Parses as C# without errors and declares something (not JSON, not a lone expression).</summary>
    private static bool IsProgram(string code)
    {
        SyntaxTree tree = CSharpSyntaxTree.ParseText(code, GeneratorHarness.ParseOptions);
        return !tree.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error) &&
               tree.GetRoot().ChildNodes().Any(n => n is Microsoft.CodeAnalysis.CSharp.Syntax.MemberDeclarationSyntax);
    }

    private static string RepoRoot([System.Runtime.CompilerServices.CallerFilePath] string file = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, "..", "..", ".."));

    /// <summary>
    /// A project like <see cref="CodeFixes.CodeFixHarness"/>'s (generated sources, schemas, .globalconfig), built
    /// once: each case only replaces the text of the one user document. Global usings stand in for the samples'
    /// ImplicitUsings; the diagnostics sample's JSON config file is an AdditionalFile with its PendoGenSchema.
    /// </summary>
    private sealed class FuzzProject
    {
        private FuzzProject(Document document, DocumentId jsonFileId)
        {
            Document = document;
            JsonFileId = jsonFileId;
        }

        public Document Document { get; }

        public DocumentId JsonFileId { get; }

        public static FuzzProject Create()
        {
            var workspace = new AdhocWorkspace();
            ProjectId projectId = ProjectId.CreateNewId();
            var project = ProjectInfo.Create(
                projectId, VersionStamp.Create(), "TestApp", "TestApp", LanguageNames.CSharp,
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
                parseOptions: GeneratorHarness.ParseOptions,
                metadataReferences: Basic.Reference.Assemblies.Net100.References.All);
            Solution solution = workspace.CurrentSolution.AddProject(project);

            DocumentId testId = DocumentId.CreateNewId(projectId, "Test.cs");
            solution = solution.AddDocument(testId, "Test.cs", SourceText.From("class Placeholder { }", Encoding.UTF8), filePath: "/TestApp/Test.cs");
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId, "GlobalUsings.cs"), "GlobalUsings.cs", SourceText.From(
                "global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; " +
                "global using System.Threading.Tasks; global using PendoGen;\n", Encoding.UTF8), filePath: "/TestApp/GlobalUsings.cs");

            GeneratorResult generated = GeneratorHarness.Run(SchemaFile.Shipped);
            foreach (GeneratedSourceResult file in generated.Sources)
            {
                solution = solution.AddDocument(DocumentId.CreateNewId(projectId, file.HintName), file.HintName, file.SourceText,
                    filePath: "/TestApp/Generated/" + file.HintName);
            }

            var config = new StringBuilder();
            config.Append("is_global = true\n");
            config.Append("build_property.RootNamespace = ").Append(GeneratorHarness.RootNamespace).Append('\n');
            foreach (SchemaFile schema in SchemaFile.Shipped)
            {
                solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(projectId, schema.Path), Path.GetFileName(schema.Path),
                    SourceText.From(schema.Text, Encoding.UTF8), filePath: schema.Path);
                config.Append('\n').Append('[').Append(schema.Path).Append("]\n");
                config.Append(PendoGenerator.NamespaceMetadata).Append(" = ").Append(schema.Namespace).Append('\n');
            }

            const string jsonPath = "/TestApp/connections/prod.pendo.json";
            DocumentId jsonFileId = DocumentId.CreateNewId(projectId, jsonPath);
            solution = solution.AddAdditionalDocument(jsonFileId, "prod.pendo.json",
                SourceText.From(File.ReadAllText(Path.Combine(RepoRoot(), "samples", "PendoGen.DiagnosticsSample", "connections", "prod.pendo.json")), Encoding.UTF8),
                filePath: jsonPath);
            config.Append('\n').Append('[').Append(jsonPath).Append("]\n");
            config.Append(SchemaCatalog.ConfigSchemaMetadata).Append(" = PendoConnectionRequest\n");

            solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId, ".globalconfig"), ".globalconfig",
                SourceText.From(config.ToString(), Encoding.UTF8), filePath: "/.globalconfig");
            return new FuzzProject(solution.GetDocument(testId)!, jsonFileId);
        }
    }

    /// <summary>The analyzer diagnostics computed up front, as the IDE hands them to Fix All.</summary>
    private sealed class FixedDiagnostics(List<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        {
            SyntaxTree? tree = await document.GetSyntaxTreeAsync(cancellationToken);
            return diagnostics.Where(d => d.Location.SourceTree == tree);
        }

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult(Enumerable.Empty<Diagnostic>());

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);
    }
}
