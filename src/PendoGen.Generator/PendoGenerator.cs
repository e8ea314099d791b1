using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
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

        context.RegisterSourceOutput(types.Combine(settings), EmitType);
        context.RegisterSourceOutput(model.Select(static (m, _) => m.Diagnostics).Combine(settings), ReportDiagnostics);

        // 4b. JSON metadata for every generated type, for use beside a JsonSerializerContext (README, "Other source generators").
        context.RegisterSourceOutput(model.Select(static (m, _) => JsonResolverEmitter.Entries(m)).Combine(settings), EmitJsonResolver);

        // 5. The schemas themselves, compact, in assembly metadata: the analyzer of a project that references this
        //    assembly checks its types by the same rules, and its generator reuses them instead of generating them
        //    again. Whitespace edits change nothing here either.
        IncrementalValueProvider<ImmutableArray<EmbeddedSchema>> embedded = files
            .Select(static (file, _) => EmbeddedSchema.From(file))
            .Where(static schema => schema is not null)
            .Select(static (schema, _) => schema!)
            .Collect();
        context.RegisterSourceOutput(embedded.Combine(settings), EmitEmbeddedSchemas);

        // 6. The runtime support: the public part unless a referenced assembly already provides it, the internal
        //    plumbing always (each assembly its own).
        context.RegisterSourceOutput(settings, EmitRuntime);

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

    private static void EmitType(SourceProductionContext context, (GeneratedTypeSpec Type, GenerationSettings Settings) input)
    {
        (GeneratedTypeSpec type, GenerationSettings settings) = input;
        if (!settings.Supported)
        {
            return;
        }

        try
        {
            EmitTypeSources(context, type, settings.Internal);
        }
        catch (System.Exception e) when (e is not System.OperationCanceledException)
        {
            // Never crash the compiler (CS8785): report the bug instead.
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InternalError, Location.None, $"{type.FullName}: {e.GetType().Name}: {e.Message}"));
        }
    }

    private static void EmitTypeSources(SourceProductionContext context, GeneratedTypeSpec type, bool isInternal)
    {
        void Add(string hintName, string source) =>
            context.AddSource(hintName, SourceText.From(isInternal ? GeneratedAccessibility.MakeInternal(source) : source, System.Text.Encoding.UTF8));

        if (type.Object is { } spec)
        {
            Add(spec.FullName + ".g.cs", RecordEmitter.Emit(spec));
            Add(spec.FullName + ".Json.g.cs", JsonEmitter.Emit(spec));
            Add(spec.FullName + ".Validation.g.cs", ValidatorEmitter.Emit(spec, type.Related));
        }
        else if (type.Enum is { } enumSpec)
        {
            Add(enumSpec.FullName + ".g.cs", EnumEmitter.Emit(enumSpec));
        }
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

    private static void EmitEmbeddedSchemas(SourceProductionContext context, (ImmutableArray<EmbeddedSchema> Schemas, GenerationSettings Settings) input)
    {
        // Internal types are of no use to other assemblies: neither their analyzer nor their generator should see them.
        (ImmutableArray<EmbeddedSchema> schemas, GenerationSettings settings) = input;
        if (schemas.IsEmpty || !settings.Supported || settings.Internal)
        {
            return;
        }

        var writer = new SourceWriter();
        SourceNames.WriteHeader(writer, null);
        foreach (EmbeddedSchema schema in schemas.OrderBy(s => s.FileName, System.StringComparer.Ordinal).ThenBy(s => s.Namespace, System.StringComparer.Ordinal))
        {
            writer.Line($"[assembly: global::PendoGen.Internal.PendoGenSchema({JsonLiteral.CSharpString(schema.FileName)}, {JsonLiteral.CSharpString(schema.Namespace)}, {JsonLiteral.CSharpString(schema.Json)})]");
        }

        context.AddSource("PendoGen.Schemas.g.cs", SourceText.From(writer.ToString(), System.Text.Encoding.UTF8));
    }

    private static void EmitRuntime(SourceProductionContext context, GenerationSettings settings)
    {
        if (!settings.Supported)
        {
            return;
        }

        if (!settings.Facts.RuntimeApiReferenced)
        {
            foreach ((string hintName, string source) in RuntimeSources.Api)
            {
                context.AddSource(hintName, SourceText.From(settings.Internal ? GeneratedAccessibility.MakeInternal(source) : source, System.Text.Encoding.UTF8));
            }
        }

        if (!settings.Facts.RuntimePlumbingReferenced)
        {
            foreach ((string hintName, string source) in RuntimeSources.Plumbing)
            {
                context.AddSource(hintName, SourceText.From(source, System.Text.Encoding.UTF8));
            }
        }
    }

    private static void EmitJsonResolver(SourceProductionContext context, (EquatableArray<ResolverEntry> Entries, GenerationSettings Settings) input)
    {
        (EquatableArray<ResolverEntry> entries, GenerationSettings settings) = input;
        if (entries.IsEmpty || !settings.Supported)
        {
            return;
        }

        context.AddSource(JsonResolverEmitter.HintName, SourceText.From(JsonResolverEmitter.Emit(entries), System.Text.Encoding.UTF8));
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

/// <summary>A schema as embedded in assembly metadata: file name, namespace, compact JSON.</summary>
internal sealed record EmbeddedSchema(string FileName, string Namespace, string Json)
{
    public static EmbeddedSchema? From(SchemaFileInput file)
    {
        if (SchemaFiles.NamespaceProblem(file.Namespace) is not null)
        {
            return null; // reported as PENDO135 by the parse step; no types either
        }

        try
        {
            return new EmbeddedSchema(System.IO.Path.GetFileName(file.Path), file.Namespace, PendoGen.Json.JsonTextWriter.Write(PendoGen.Json.JsonTextReader.Read(file.Text)));
        }
        catch (PendoGen.Json.JsonTextException)
        {
            return null; // reported as PENDO100 by the parse step
        }
    }
}

/// <summary>A schema file as the pipeline sees it: path, namespace and text (compared by value).</summary>
internal sealed record SchemaFileInput(string Path, string Namespace, string Text);
