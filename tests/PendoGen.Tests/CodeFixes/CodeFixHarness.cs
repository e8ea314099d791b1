using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PendoGen.Analysis;
using PendoGen.Tests.Infrastructure;

namespace PendoGen.Tests.CodeFixes;

/// <summary>
/// Runs the analyzer and a code fix the way the IDE does: an <see cref="AdhocWorkspace"/> project holding the test
/// source, the generated sources (from one generator run), the schemas as AdditionalDocuments and a
/// <c>.globalconfig</c> with the MSBuild properties and item metadata the package's props would pass.
/// </summary>
public static class CodeFixHarness
{
    public const string TestPath = "/TestApp/Test.cs";

    /// <summary>The test document, in a project with everything the analyzer needs.</summary>
    public static Document CreateDocument(string source)
    {
        var workspace = new AdhocWorkspace();
        ProjectId projectId = ProjectId.CreateNewId();
        var project = ProjectInfo.Create(
            projectId, VersionStamp.Create(), "TestApp", "TestApp", LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: new CSharpParseOptions(LanguageVersion.CSharp12),
            metadataReferences: Basic.Reference.Assemblies.Net100.References.All);
        Solution solution = workspace.CurrentSolution.AddProject(project);

        DocumentId testId = DocumentId.CreateNewId(projectId, TestPath);
        solution = solution.AddDocument(testId, "Test.cs", SourceText.From(source, Encoding.UTF8), filePath: TestPath);

        GeneratorResult generated = GeneratorHarness.Run(SchemaFile.Shipped, source);
        foreach (GeneratedSourceResult file in generated.RunResult.Results.SelectMany(r => r.GeneratedSources))
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
            if (schema.Namespace is not null)
            {
                config.Append('\n').Append('[').Append(schema.Path).Append("]\n");
                config.Append(PendoGenerator.NamespaceMetadata).Append(" = ").Append(schema.Namespace).Append('\n');
            }
        }

        solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId, ".globalconfig"), ".globalconfig",
            SourceText.From(config.ToString(), Encoding.UTF8), filePath: "/.globalconfig");
        return solution.GetDocument(testId)!;
    }

    /// <summary>The analyzer's diagnostics in <paramref name="document"/> (not in generated code), in source order.</summary>
    public static async Task<ImmutableArray<Diagnostic>> GetDiagnosticsAsync(Document document)
    {
        Project project = document.Project;
        Compilation compilation = (await project.GetCompilationAsync())!;
        ImmutableArray<Diagnostic> all = await compilation
            .WithAnalyzers([new PendoConfigAnalyzer()], project.AnalyzerOptions)
            .GetAnalyzerDiagnosticsAsync();
        Assert.DoesNotContain(all, d => d.Id == "AD0001");
        SyntaxTree tree = (await document.GetSyntaxTreeAsync())!;
        return [.. all.Where(d => d.Location.SourceTree == tree).OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal)];
    }

    /// <summary>Errors of the C# compiler in <paramref name="document"/>: a fix must leave code that compiles.</summary>
    public static async Task AssertCompilesAsync(Document document)
    {
        Compilation compilation = (await document.Project.GetCompilationAsync())!;
        SyntaxTree tree = (await document.GetSyntaxTreeAsync())!;
        List<string> errors = compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree == tree).Select(d => d.ToString()).ToList();
        Assert.True(errors.Count == 0, "The code does not compile:\n" + string.Join("\n", errors) + "\n" + (await document.GetTextAsync()));
    }

    /// <summary>The one diagnostic <paramref name="id"/> whose squiggle covers exactly <paramref name="at"/> (or the only one of that ID).</summary>
    public static async Task<Diagnostic> FindAsync(Document document, ImmutableArray<Diagnostic> diagnostics, string id, string? at) =>
        Assert.Single(await FindAllAsync(document, diagnostics, id, at, expectOne: true));

    /// <summary>The diagnostics <paramref name="id"/> whose squiggle covers exactly <paramref name="at"/> (any number, at least one).</summary>
    public static async Task<List<Diagnostic>> FindAllAsync(Document document, ImmutableArray<Diagnostic> diagnostics, string id, string? at, bool expectOne = false)
    {
        SourceText text = await document.GetTextAsync();
        List<Diagnostic> matches = diagnostics.Where(d => d.Id == id && (at is null || text.ToString(d.Location.SourceSpan) == at)).ToList();
        Assert.True(expectOne ? matches.Count == 1 : matches.Count > 0,
            $"Expected {(expectOne ? "one" : "some")} {id}{(at is null ? "" : " at '" + at + "'")}, found {matches.Count}. Diagnostics:\n  " +
            string.Join("\n  ", diagnostics.Select(d => $"{d.Id} at '{text.ToString(d.Location.SourceSpan)}': {d.GetMessage()}")));
        return matches;
    }

    /// <summary>The code actions <paramref name="provider"/> offers for <paramref name="diagnostic"/>.</summary>
    public static async Task<List<CodeAction>> GetActionsAsync(Document document, CodeFixProvider provider, Diagnostic diagnostic)
    {
        Assert.Contains(diagnostic.Id, provider.FixableDiagnosticIds);
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        await provider.RegisterCodeFixesAsync(context);
        return actions;
    }

    /// <summary>The document after <paramref name="action"/>, as the IDE would apply it (simplification and formatting included).</summary>
    public static async Task<Document> ApplyAsync(Document document, CodeAction action)
    {
        ImmutableArray<CodeActionOperation> operations = await action.GetOperationsAsync(CancellationToken.None);
        Solution changed = Assert.Single(operations.OfType<ApplyChangesOperation>()).ChangedSolution;
        return changed.GetDocument(document.Id)!;
    }

    /// <summary>
    /// Applies the fix titled <paramref name="title"/> for diagnostic <paramref name="id"/> at <paramref name="at"/>,
    /// compares the new source with <paramref name="expected"/>, and checks that it compiles and that the analyzer
    /// no longer reports <paramref name="id"/> where the fixed diagnostic was (except, when given, other rules'
    /// messages containing <paramref name="otherRule"/>).
    /// </summary>
    public static async Task<Document> VerifyFixAsync(CodeFixProvider provider, string source, string id, string? at, string title, string expected,
        string? otherRule = null)
    {
        Document document = CreateDocument(source);
        await AssertCompilesAsync(document);
        ImmutableArray<Diagnostic> before = await GetDiagnosticsAsync(document);
        var offered = new List<(Diagnostic Diagnostic, CodeAction Action)>();
        foreach (Diagnostic candidate in await FindAllAsync(document, before, id, at))
        {
            offered.AddRange((await GetActionsAsync(document, provider, candidate)).Select(a => (candidate, a)));
        }

        List<(Diagnostic Diagnostic, CodeAction Action)> chosen = offered.Where(o => o.Action.Title == title).ToList();
        Assert.True(chosen.Count == 1, $"Expected one fix titled \"{title}\". Offered: {string.Join(", ", offered.Select(o => "\"" + o.Action.Title + "\""))}");
        (Diagnostic diagnostic, CodeAction action) = chosen[0];

        Document fixedDocument = await ApplyAsync(document, action);
        string actual = (await fixedDocument.GetTextAsync()).ToString();
        Assert.Equal(expected, actual);
        await AssertCompilesAsync(fixedDocument);

        // The same kind of diagnostic must not be reported where the fixed one was.
        List<TextChange> changes = (await fixedDocument.GetTextChangesAsync(document)).ToList();
        TextSpan where = TextSpan.FromBounds(Map(diagnostic.Location.SourceSpan.Start, changes, isEnd: false),
            Math.Max(Map(diagnostic.Location.SourceSpan.Start, changes, isEnd: false), Map(diagnostic.Location.SourceSpan.End, changes, isEnd: true)));
        ImmutableArray<Diagnostic> after = await GetDiagnosticsAsync(fixedDocument);
        SourceText newText = await fixedDocument.GetTextAsync();
        List<string> still = after
            .Where(d => d.Id == id && Touches(d.Location.SourceSpan, where) && (otherRule is null || !d.GetMessage().Contains(otherRule, StringComparison.Ordinal)))
            .Select(d => $"{d.Id} at '{newText.ToString(d.Location.SourceSpan)}': {d.GetMessage()}").ToList();
        Assert.True(still.Count == 0, "Still reported after the fix:\n  " + string.Join("\n  ", still));
        return fixedDocument;
    }

    /// <summary>Asserts that no fix is offered for diagnostic <paramref name="id"/> at <paramref name="at"/> (which must be reported).</summary>
    public static async Task VerifyNoFixAsync(CodeFixProvider provider, string source, string id, string? at)
    {
        Document document = CreateDocument(source);
        ImmutableArray<Diagnostic> diagnostics = await GetDiagnosticsAsync(document);
        Diagnostic diagnostic = await FindAsync(document, diagnostics, id, at);
        List<CodeAction> actions = await GetActionsAsync(document, provider, diagnostic);
        Assert.True(actions.Count == 0, "Unexpected fixes: " + string.Join(", ", actions.Select(a => "\"" + a.Title + "\"")));
    }

    /// <summary>
    /// Fix All for <paramref name="id"/> started from <paramref name="equivalenceKey"/> (null as <c>dotnet format</c> passes
    /// when the first diagnostic of its analysis has no fix), with every analyzer diagnostic of the document handed
    /// over as <c>dotnet format</c> does (all IDs); returns the new document.
    /// </summary>
    public static async Task<Document> FixAllAsync(CodeFixProvider provider, Document document, string id, string? equivalenceKey,
        FixAllScope scope = FixAllScope.Document)
    {
        ImmutableArray<Diagnostic> diagnostics = await GetDiagnosticsAsync(document);
        FixAllProvider fixAll = provider.GetFixAllProvider()!;
        Assert.Contains(scope, fixAll.GetSupportedFixAllScopes());
        var context = new FixAllContext(document, provider, scope, equivalenceKey!, [id],
            new FixedDiagnostics(diagnostics), CancellationToken.None);
        CodeAction? action = await fixAll.GetFixAsync(context);
        Assert.NotNull(action);
        return await ApplyAsync(document, action);
    }

    /// <summary>Where a position of the old text is in the new one; an insertion at the end of a span does not widen it.</summary>
    private static int Map(int position, List<TextChange> changes, bool isEnd)
    {
        int delta = 0;
        foreach (TextChange change in changes.OrderBy(c => c.Span.Start))
        {
            bool before = change.Span.End < position || (change.Span.End == position && !(isEnd && change.Span.Start == position));
            if (before)
            {
                delta += (change.NewText?.Length ?? 0) - change.Span.Length;
            }
            else if (change.Span.Start < position)
            {
                return change.Span.Start + delta; // inside a change: its start
            }
        }

        return position + delta;
    }

    /// <summary>Does squiggle <paramref name="a"/> cover the fixed place <paramref name="b"/> (a point when the fix removed it)?</summary>
    private static bool Touches(TextSpan a, TextSpan b) => b.IsEmpty ? a.Start < b.Start && b.Start < a.End : a.OverlapsWith(b);

    /// <summary>The analyzer diagnostics computed up front, as the IDE hands them to Fix All.</summary>
    private sealed class FixedDiagnostics(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
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
