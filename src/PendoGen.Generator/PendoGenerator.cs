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
    /// <summary>Step names, for incrementality tests.</summary>
    public const string SchemaFilesStep = "SchemaFiles";
    public const string ParsedSchemasStep = "ParsedSchemas";
    public const string ModelStep = "Model";
    public const string TypesStep = "Types";

    /// <summary>The AdditionalFiles metadata that sets the namespace of one schema's types.</summary>
    public const string NamespaceMetadata = SchemaFiles.NamespaceMetadata;

    /// <summary>The AdditionalFiles metadata that makes an item an OpenAPI document and lists its services.</summary>
    public const string OpenApiServicesMetadata = OpenApiFiles.ServicesMetadata;

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // 1. The schema files, with their text and the namespace their types go into.
        IncrementalValuesProvider<SchemaFileInput> files = context.AdditionalTextsProvider
            .Where(SchemaFiles.IsSchema)
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(ReadSchemaFile)
            .WithTrackingName(SchemaFilesStep);

        // 1b. OpenAPI documents (items with PendoGenOpenApiServices): read once per content, one schema per service.
        (IncrementalValuesProvider<OpenApiSource> openApiSources, IncrementalValuesProvider<OpenApiExpansion> openApi) = OpenApiPipeline.Create(context);
        IncrementalValueProvider<ImmutableArray<OpenApiSource>> allOpenApiSources = openApiSources.Collect();

        // 2. Each file parsed on its own: an edit to one schema re-parses only that one. (A schema that $refs an
        //    OpenAPI document, an overlay, is resolved against it here.)
        IncrementalValuesProvider<SchemaDocument> documents = files
            .Combine(allOpenApiSources)
            .Select(static (input, _) => OpenApiPipeline.ParseSchema(input.Left.Path, input.Left.Namespace, input.Left.Text, input.Right))
            .WithTrackingName(ParsedSchemasStep);

        // 3. All files together: $refs cross files and type names must be unique per namespace.
        IncrementalValueProvider<GenerationModel> model = documents
            .Collect()
            .Combine(openApi.SelectMany(static (expansion, _) => expansion.Documents).Collect())
            .Select(static (all, _) => ModelBuilder.Build(all.Left.AddRange(all.Right)))
            .WithTrackingName(ModelStep);
        context.RegisterSourceOutput(openApi.Select(static (expansion, _) => expansion.Diagnostics), ReportDiagnostics);

        // 4. One output per generated type, free of positions, so a whitespace edit of a schema changes nothing.
        IncrementalValuesProvider<GeneratedTypeSpec> types = model
            .SelectMany(static (m, _) => SplitIntoTypes(m))
            .WithTrackingName(TypesStep);

        context.RegisterSourceOutput(types, EmitType);
        context.RegisterSourceOutput(model.Select(static (m, _) => m.Diagnostics), ReportDiagnostics);

        // 5. The schemas themselves, compact, in assembly metadata: the analyzer of a project that references this
        //    assembly checks its types by the same rules. Whitespace edits change nothing here either.
        IncrementalValueProvider<ImmutableArray<EmbeddedSchema>> embedded = files
            .Select(static (file, _) => EmbeddedSchema.From(file))
            .Where(static schema => schema is not null)
            .Select(static (schema, _) => schema!)
            .Collect();
        context.RegisterSourceOutput(embedded, EmitEmbeddedSchemas);

        // 6. The runtime support, unless a referenced assembly (a shared contracts library) already provides it.
        IncrementalValueProvider<bool> runtimeReferenced = context.CompilationProvider
            .Select(static (compilation, _) => IsRuntimeReferenced(compilation));
        context.RegisterSourceOutput(runtimeReferenced, EmitRuntime);
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

    private static void EmitType(SourceProductionContext context, GeneratedTypeSpec type)
    {
        try
        {
            EmitTypeSources(context, type);
        }
        catch (System.Exception e) when (e is not System.OperationCanceledException)
        {
            // Never crash the compiler (CS8785): report the bug instead.
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InternalError, Location.None, $"{type.FullName}: {e.GetType().Name}: {e.Message}"));
        }
    }

    private static void EmitTypeSources(SourceProductionContext context, GeneratedTypeSpec type)
    {
        if (type.Object is { } spec)
        {
            context.AddSource(spec.FullName + ".g.cs", SourceText.From(RecordEmitter.Emit(spec), System.Text.Encoding.UTF8));
            context.AddSource(spec.FullName + ".Json.g.cs", SourceText.From(JsonEmitter.Emit(spec), System.Text.Encoding.UTF8));
            context.AddSource(spec.FullName + ".Validation.g.cs", SourceText.From(ValidatorEmitter.Emit(spec, type.Related), System.Text.Encoding.UTF8));
        }
        else if (type.Enum is { } enumSpec)
        {
            context.AddSource(enumSpec.FullName + ".g.cs", SourceText.From(EnumEmitter.Emit(enumSpec), System.Text.Encoding.UTF8));
        }
    }

    private static void ReportDiagnostics(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (DiagnosticInfo diagnostic in diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }

    private static void EmitEmbeddedSchemas(SourceProductionContext context, ImmutableArray<EmbeddedSchema> schemas)
    {
        if (schemas.IsEmpty)
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

    private static bool IsRuntimeReferenced(Compilation compilation)
    {
        foreach (INamedTypeSymbol candidate in compilation.GetTypesByMetadataName(RuntimeSources.MarkerTypeName))
        {
            if (!SymbolEqualityComparer.Default.Equals(candidate.ContainingAssembly, compilation.Assembly) &&
                compilation.IsSymbolAccessibleWithin(candidate, compilation.Assembly))
            {
                return true;
            }
        }

        return false;
    }

    private static void EmitRuntime(SourceProductionContext context, bool referenced)
    {
        if (referenced)
        {
            return;
        }

        foreach ((string hintName, string source) in RuntimeSources.All)
        {
            context.AddSource(hintName, SourceText.From(source, System.Text.Encoding.UTF8));
        }
    }
}

/// <summary>A schema as embedded in assembly metadata: file name, namespace, compact JSON.</summary>
internal sealed record EmbeddedSchema(string FileName, string Namespace, string Json)
{
    public static EmbeddedSchema? From(SchemaFileInput file)
    {
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
