using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PendoGen.Analysis;

namespace PendoGen.Tests.Infrastructure;

/// <summary>
/// Compiles C# with the generated code of the given schemas and runs <see cref="PendoConfigAnalyzer"/> the way
/// the compiler does (AdditionalFiles and their metadata included). Expected diagnostics are written into the
/// source as <c>{|PENDO002:text|}</c>; the markers are removed before compiling.
/// </summary>
public static partial class AnalyzerHarness
{
    public sealed record Result(ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<Diagnostic> AnalyzerExceptions, Compilation Compilation);

    /// <param name="generatedFrom">The schemas the generated code comes from, when older than <paramref name="schemas"/> (an IDE
    /// that runs generators only on save or build); by default the same.</param>
    public static Result Run(string source, IEnumerable<SchemaFile>? schemas = null, IEnumerable<(SchemaFile File, string SchemaName)>? configFiles = null,
        IEnumerable<SchemaFile>? generatedFrom = null)
    {
        List<SchemaFile> schemaList = (schemas ?? SchemaFile.Shipped).ToList();
        GeneratorResult generated = GeneratorHarness.Run(generatedFrom ?? schemaList, source);
        Compilation compilation = generated.Output;

        var files = new List<AdditionalText>();
        var perFile = new Dictionary<string, IReadOnlyDictionary<string, string>>();
        foreach (SchemaFile schema in schemaList)
        {
            files.Add(new InMemoryAdditionalText(schema.Path, schema.Text));
            if (schema.Namespace is not null)
            {
                perFile[schema.Path] = new Dictionary<string, string> { [PendoGenerator.NamespaceMetadata] = schema.Namespace };
            }
        }

        foreach ((SchemaFile file, string schemaName) in configFiles ?? [])
        {
            files.Add(new InMemoryAdditionalText(file.Path, file.Text));
            perFile[file.Path] = new Dictionary<string, string> { [SchemaCatalog.ConfigSchemaMetadata] = schemaName };
        }

        var options = new AnalyzerOptions(
            [.. files],
            new TestOptionsProvider(new Dictionary<string, string> { ["build_property.RootNamespace"] = GeneratorHarness.RootNamespace }, perFile));
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new PendoConfigAnalyzer());
        var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false));
        ImmutableArray<Diagnostic> all = withAnalyzers.GetAllDiagnosticsAsync().GetAwaiter().GetResult();
        return new Result(
            all.Where(d => d.Id.StartsWith("PENDO0", StringComparison.Ordinal)).ToImmutableArray(),
            all.Where(d => d.Id == "AD0001").ToImmutableArray(),
            compilation);
    }

    /// <summary>Runs the analyzer over marked-up source and asserts exactly the marked diagnostics, at the marked spans.</summary>
    public static ImmutableArray<Diagnostic> Verify(string markup, IEnumerable<SchemaFile>? schemas = null)
    {
        (string source, List<(string Id, TextSpan Span)> expected) = Parse(markup);
        Result result = Run(source, schemas);
        Assert.Empty(result.AnalyzerExceptions);
        List<string> compileErrors = result.Compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        Assert.True(compileErrors.Count == 0, "The test source does not compile:\n" + string.Join("\n", compileErrors));

        string Describe(string id, TextSpan span) => $"{id} at '{source.Substring(span.Start, span.Length)}' [{span.Start}..{span.End})";
        var actual = result.Diagnostics
            .Where(d => d.Location.SourceTree is not null && !d.Location.SourceTree.FilePath.Contains(".g.cs", StringComparison.Ordinal))
            .Select(d => Describe(d.Id, d.Location.SourceSpan)).Order(StringComparer.Ordinal).ToList();
        var wanted = expected.Select(e => Describe(e.Id, e.Span)).Order(StringComparer.Ordinal).ToList();
        Assert.True(wanted.SequenceEqual(actual),
            $"Expected:\n  {string.Join("\n  ", wanted)}\nActual:\n  {string.Join("\n  ", actual)}\nMessages:\n  {string.Join("\n  ", result.Diagnostics.Select(d => d.GetMessage()))}");
        return result.Diagnostics;
    }

    [GeneratedRegex(@"\{\|(PENDO\d{3}(?:,PENDO\d{3})*):")]
    private static partial Regex MarkerStart();

    /// <summary>Removes <c>{|ID:...|}</c> (or <c>{|ID1,ID2:...|}</c> for two diagnostics on one span) markers (not nested) and returns the clean source and the marked spans.</summary>
    public static (string Source, List<(string Id, TextSpan Span)> Expected) Parse(string markup)
    {
        var expected = new List<(string, TextSpan)>();
        var builder = new System.Text.StringBuilder();
        int position = 0;
        while (true)
        {
            Match start = MarkerStart().Match(markup, position);
            if (!start.Success)
            {
                builder.Append(markup, position, markup.Length - position);
                break;
            }

            builder.Append(markup, position, start.Index - position);
            int contentStart = start.Index + start.Length;
            int end = markup.IndexOf("|}", contentStart, StringComparison.Ordinal);
            int spanStart = builder.Length;
            builder.Append(markup, contentStart, end - contentStart);
            foreach (string id in start.Groups[1].Value.Split(','))
            {
                expected.Add((id, TextSpan.FromBounds(spanStart, builder.Length)));
            }
            position = end + 2;
        }

        return (builder.ToString(), expected);
    }
}
