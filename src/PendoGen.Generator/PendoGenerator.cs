using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PendoGen.Common;
using PendoGen.Diagnostics;
using PendoGen.Emit;
using PendoGen.Generation;
using PendoGen.Model;
using PendoGen.OpenApi;
using PendoGen.Schema;

namespace PendoGen;

/// <summary>
/// Generates typed records, enums, serializers and <c>Validate()</c> from the JSON Schema files
/// (<c>*.schema.json</c>) passed to the compiler as AdditionalFiles.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class PendoGenerator : IIncrementalGenerator
{
    /// <summary>Step name (step names are for incrementality tests): the schema files with their text and namespace.</summary>
    public const string SchemaFilesStep = "SchemaFiles";
    /// <summary>Step name: each schema file parsed on its own.</summary>
    public const string ParsedSchemasStep = "ParsedSchemas";
    /// <summary>Step name: the model of all schema files together.</summary>
    public const string ModelStep = "Model";
    /// <summary>Step name: one generated type per output.</summary>
    public const string TypesStep = "Types";
    /// <summary>Step name: the project around the schemas and its generation settings.</summary>
    public const string SettingsStep = "Settings";

    /// <summary>The AdditionalFiles metadata that sets the namespace of one schema's types.</summary>
    public const string NamespaceMetadata = SchemaFiles.NamespaceMetadata;

    /// <summary>The AdditionalFiles metadata that makes an item an OpenAPI document and lists its services.</summary>
    public const string OpenApiServicesMetadata = OpenApiFiles.ServicesMetadata;

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // A table of contents: each step names the method that does the work. The steps, their models, what they
        // cache, and the analyzer's and code fixes' separate paths are described in docs/architecture.md.

        // 0. The project around the schemas: can generated code compile here, what do references already provide,
        //    and which accessibility the generated types get (docs/multiple-assemblies.md).
        IncrementalValueProvider<GenerationSettings> settings = context.CompilationProvider
            .Select(static (compilation, _) => ProjectFacts.From(compilation))
            .Combine(context.AnalyzerConfigOptionsProvider.Select(static (options, _) => GenerationSettings.IsInternal(options.GlobalOptions)))
            .Select(static (pair, _) => new GenerationSettings(pair.Left, pair.Right))
            .WithTrackingName(SettingsStep);

        // 1. The schema files, with their text and the namespace their types go into; a schema a referenced assembly
        //    already generated into the same namespace (the shipped Pendo schemas, in a contracts library) is reused.
        IncrementalValuesProvider<SchemaFileInput> files = context.AdditionalTextsProvider
            .Where(SchemaFiles.IsSchema)
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(ReadSchemaFile)
            .WithTrackingName(SchemaFilesStep)
            .Combine(settings)
            .Where(static pair => !pair.Right.Provides(pair.Left))
            .Select(static (pair, _) => pair.Left);

        // 1b. OpenAPI documents (items with PendoGenOpenApiServices): read once per content, one schema per service.
        (IncrementalValuesProvider<OpenApiSource> openApiSources, IncrementalValuesProvider<OpenApiExpansion> openApi) = OpenApiPipeline.Create(context);
        IncrementalValueProvider<ImmutableArray<OpenApiSource>> allOpenApiSources = openApiSources.Collect();

        // 2. Each file parsed on its own: an edit to one schema re-parses only that one. (A schema that $refs an
        //    OpenAPI document, an overlay, is resolved against it here.)
        IncrementalValuesProvider<SchemaDocument> documents = files
            .Combine(allOpenApiSources)
            .Select(static (input, _) => SchemaFiles.NamespaceProblem(input.Left.Namespace) is null
                ? OpenApiPipeline.ParseSchema(input.Left.Path, input.Left.Namespace, input.Left.Text, input.Right)
                : SchemaFiles.Parse(input.Left.Path, input.Left.Namespace, input.Left.Text))
            .WithTrackingName(ParsedSchemasStep);

        // 3. All files together: $refs cross files and type names must be unique per namespace.
        IncrementalValueProvider<GenerationModel> model = documents
            .Collect()
            .Combine(openApi.SelectMany(static (expansion, _) => expansion.Documents).Collect())
            .Select(static (all, _) => ModelBuilder.Build(all.Left.AddRange(all.Right)))
            .WithTrackingName(ModelStep);
        context.RegisterSourceOutput(openApi.Select(static (expansion, _) => expansion.Diagnostics).Combine(settings), ReportDiagnostics);

        // 4. One output per generated type, free of positions, so a whitespace edit of a schema changes nothing.
        IncrementalValuesProvider<GeneratedTypeSpec> types = model
            .SelectMany(static (m, _) => SplitIntoTypes(m))
            .WithTrackingName(TypesStep);

        context.RegisterSourceOutput(types.Combine(settings), SourceOutputs.Type);
        context.RegisterSourceOutput(model.Select(static (m, _) => m.Diagnostics).Combine(settings), ReportDiagnostics);

        // 4b. JSON metadata for every generated type, for use beside a JsonSerializerContext (README, "Other source generators").
        context.RegisterSourceOutput(model.Select(static (m, _) => JsonResolverEmitter.Entries(m)).Combine(settings), SourceOutputs.JsonResolver);

        // 5. The schemas themselves, compact, in assembly metadata: the analyzer of a project that references this
        //    assembly checks its types by the same rules, and its generator reuses them instead of generating them
        //    again. Whitespace edits change nothing here either.
        IncrementalValueProvider<ImmutableArray<EmbeddedSchema>> embedded = files
            .Select(static (file, _) => EmbeddedSchema.From(file))
            .Where(static schema => schema is not null)
            .Select(static (schema, _) => schema!)
            .Collect();
        context.RegisterSourceOutput(embedded.Combine(settings), SourceOutputs.EmbeddedSchemas);

        // 6. The runtime support: the public part unless a referenced assembly already provides it, the internal
        //    plumbing always (each assembly its own).
        context.RegisterSourceOutput(settings, SourceOutputs.Runtime);

        // 7. Project-level problems: a target that cannot compile generated code, PendoGen types provided twice.
        context.RegisterSourceOutput(settings.Combine(files.Collect().Select(static (all, _) => !all.IsEmpty)), ReportProjectDiagnostics);
    }

    private static SchemaFileInput ReadSchemaFile((AdditionalText File, AnalyzerConfigOptionsProvider Options) input, CancellationToken cancellationToken) =>
        new(input.File.Path, SchemaFiles.NamespaceOf(input.File, input.Options), input.File.GetText(cancellationToken)?.ToString() ?? "");

    private static ImmutableArray<GeneratedTypeSpec> SplitIntoTypes(GenerationModel model)
    {
        Dictionary<string, ObjectSpec> objects = model.Objects.ToDictionary(o => o.FullName);
        var result = ImmutableArray.CreateBuilder<GeneratedTypeSpec>();
        foreach (ObjectSpec spec in model.Objects)
        {
            result.Add(new GeneratedTypeSpec(spec, null, RelatedObjects.For(spec, objects)));
        }

        foreach (EnumSpec spec in model.Enums)
        {
            result.Add(new GeneratedTypeSpec(null, spec, EquatableArray<ObjectSpec>.Empty));
        }

        return result.ToImmutable();
    }

    private static void ReportDiagnostics(SourceProductionContext context, (EquatableArray<DiagnosticInfo> Diagnostics, GenerationSettings Settings) input)
    {
        (EquatableArray<DiagnosticInfo> diagnostics, GenerationSettings settings) = input;
        if (!settings.Supported)
        {
            return;
        }

        foreach (DiagnosticInfo diagnostic in diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }

    private static void ReportProjectDiagnostics(SourceProductionContext context, (GenerationSettings Settings, bool HasSchemas) input)
    {
        (GenerationSettings settings, bool hasSchemas) = input;
        if (settings.Facts.Unsupported is { } reason)
        {
            if (hasSchemas)
            {
                context.ReportDiagnostic(Diagnostic.Create(ProjectDiagnostics.UnsupportedTarget, Location.None, reason));
            }

            return;
        }

        foreach (string duplicate in settings.Facts.Duplicates)
        {
            int bar = duplicate.IndexOf('|');
            context.ReportDiagnostic(Diagnostic.Create(ProjectDiagnostics.ProvidedTwice, Location.None, duplicate.Substring(0, bar), duplicate.Substring(bar + 1)));
        }
    }
}
