using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PendoGen.Model;
using PendoGen.Schema;

namespace PendoGen.Analysis;

/// <summary>
/// The rules the analyzer checks, read from the same schemas the generator reads: the compilation's
/// <c>*.schema.json</c> AdditionalFiles (so a squiggle is right before the first build and right after a schema
/// edit), and the schemas a referenced assembly embedded with <c>[assembly: PendoGenSchema(...)]</c> (a shared
/// contracts library). Parsing is cached by file content, so a keystroke in C# re-reads nothing.
/// </summary>
internal sealed class SchemaCatalog
{
    /// <summary>The AdditionalFiles metadata naming the schema a JSON config file must follow.</summary>
    public const string ConfigSchemaMetadata = "build_metadata.AdditionalFiles.PendoGenSchema";

    /// <summary>The attribute the generator puts on the assembly for each schema it generated types from.</summary>
    public const string SchemaAttributeName = Common.GeneratedNames.SchemaAttributeMetadataName;

    private const int MaxCachedDocuments = 256;

    private static readonly ConcurrentDictionary<string, SchemaDocument> s_documents = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<Common.EquatableArray<SchemaDocument>, GenerationModel> s_models = new();

    private readonly Dictionary<INamedTypeSymbol, ObjectSpec> _bySymbol;

    private SchemaCatalog(Dictionary<string, ObjectSpec> objects, Dictionary<INamedTypeSymbol, ObjectSpec> bySymbol, Dictionary<string, ObjectSpec> roots)
    {
        Objects = objects;
        _bySymbol = bySymbol;
        Roots = roots;
    }

    /// <summary>Every record spec, by full name.</summary>
    public IReadOnlyDictionary<string, ObjectSpec> Objects { get; }

    /// <summary>The root record of each schema file, by file name, <c>$id</c>, record name and full name.</summary>
    public IReadOnlyDictionary<string, ObjectSpec> Roots { get; }

    public bool HasTypes => _bySymbol.Count > 0;

    /// <summary>The simple names of the generated records in this compilation (for the syntax pre-filter).</summary>
    public IEnumerable<string> GeneratedTypeNames => _bySymbol.Keys.Select(symbol => symbol.Name);

    public static SchemaCatalog Create(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var objects = new Dictionary<string, ObjectSpec>(StringComparer.Ordinal);
        var roots = new Dictionary<string, ObjectSpec>(StringComparer.Ordinal);
        var documents = new List<SchemaDocument>();
        List<OpenApi.OpenApiSource> openApi = AddOpenApiServices(options, documents, cancellationToken);
        foreach (AdditionalText file in options.AdditionalFiles)
        {
            if (SchemaFiles.IsSchema(file))
            {
                string ns = SchemaFiles.NamespaceOf(file, options.AnalyzerConfigOptionsProvider);
                documents.Add(openApi.Count > 0 && file.GetText(cancellationToken) is { } text
                    ? OpenApi.OpenApiPipeline.ParseSchema(file.Path, ns, text.ToString(), openApi) // an overlay may $ref the document
                    : Parse(file, ns, cancellationToken));
            }
        }

        Add(documents, objects, roots);
        foreach (IAssemblySymbol assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!MayHoldSchemas(assembly))
            {
                continue;
            }

            List<SchemaDocument>? embedded = null;
            foreach (AttributeData attribute in assembly.GetAttributes())
            {
                if (attribute.AttributeClass?.ToDisplayString() == SchemaAttributeName &&
                    attribute.ConstructorArguments.Length == 3 &&
                    attribute.ConstructorArguments[0].Value is string file &&
                    attribute.ConstructorArguments[1].Value is string ns &&
                    attribute.ConstructorArguments[2].Value is string text)
                {
                    (embedded ??= new List<SchemaDocument>()).Add(Parse(assembly.Identity.Name + "/" + file, ns, text));
                }
            }

            if (embedded is not null)
            {
                Add(embedded, objects, roots);
            }
        }

        var bySymbol = new Dictionary<INamedTypeSymbol, ObjectSpec>(SymbolEqualityComparer.Default);
        foreach (ObjectSpec spec in objects.Values)
        {
            if (compilation.GetTypeByMetadataName(spec.FullName) is { } symbol && IsGenerated(symbol, cancellationToken))
            {
                bySymbol[symbol] = spec;
            }
        }

        return new SchemaCatalog(objects, bySymbol, roots);
    }

    /// <summary>The services of each OpenAPI item (read once per document text), as the generator expands them.</summary>
    private static List<OpenApi.OpenApiSource> AddOpenApiServices(AnalyzerOptions options, List<SchemaDocument> documents, CancellationToken cancellationToken)
    {
        var sources = new List<OpenApi.OpenApiSource>();
        foreach (AdditionalText file in options.AdditionalFiles)
        {
            if (OpenApi.OpenApiFiles.RequestOf(file, options.AnalyzerConfigOptionsProvider) is { } request)
            {
                (OpenApi.OpenApiSource source, OpenApi.OpenApiExpansion expansion) = OpenApi.OpenApiCache.Get(file, request, cancellationToken);
                sources.Add(source);
                documents.AddRange(expansion.Documents);
            }
        }

        return sources;
    }

    public ObjectSpec? Find(ITypeSymbol? type) =>
        type is INamedTypeSymbol named && _bySymbol.TryGetValue(named, out ObjectSpec? spec) ? spec : null;

    private static void Add(List<SchemaDocument> documents, Dictionary<string, ObjectSpec> objects, Dictionary<string, ObjectSpec> roots)
    {
        if (documents.Count == 0)
        {
            return;
        }

        GenerationModel? model = RecentModels.Find(documents);
        if (model is null)
        {
            var key = new Common.EquatableArray<SchemaDocument>(documents);
            if (!s_models.TryGetValue(key, out model))
            {
                model = ModelBuilder.Build(key.AsImmutableArray());
                TrimCache(s_models);
                s_models[key] = model;
            }

            RecentModels.Remember(documents, model);
        }

        foreach (ObjectSpec spec in model.Objects)
        {
            objects[spec.FullName] = spec;
        }

        foreach (SchemaDocument document in documents)
        {
            if (document.Root?.Title is { } title && objects.TryGetValue(Qualify(document.Namespace, title), out ObjectSpec? root))
            {
                roots[document.FileName] = root;
                roots[root.FullName] = root;
                roots[root.Name] = root;
                if (document.Root.Id is { } id)
                {
                    roots[id] = root;
                }
            }
        }
    }

    /// <summary>
    /// A schema AdditionalFile, parsed. In the IDE every keystroke starts a new compilation whose AdditionalFiles
    /// hand back the same SourceText while the file is unchanged: looking that instance up skips turning the whole
    /// schema into a string (and hashing it) per keystroke.
    /// </summary>
    private static SchemaDocument Parse(AdditionalText file, string ns, CancellationToken cancellationToken)
    {
        if (file.GetText(cancellationToken) is not { } text)
        {
            return Parse(file.Path, ns, "");
        }

        ParsedTextSlot slot = s_bySourceText.GetValue(text, static _ => new ParsedTextSlot());
        if (slot.Parsed is { } parsed && parsed.Path == file.Path && parsed.Namespace == ns)
        {
            return parsed.Document;
        }

        SchemaDocument document = Parse(file.Path, ns, text.ToString());
        slot.Parsed = new ParsedText(file.Path, ns, document); // one reference write: readers see the old or the new
        return document;
    }

    private sealed record ParsedText(string Path, string Namespace, SchemaDocument Document);

    private sealed class ParsedTextSlot
    {
        public ParsedText? Parsed;
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Microsoft.CodeAnalysis.Text.SourceText, ParsedTextSlot> s_bySourceText = new();

    private static SchemaDocument Parse(string path, string ns, string text)
    {
        string key = path + "\u0000" + ns + "\u0000" + text;
        if (s_documents.TryGetValue(key, out SchemaDocument? document))
        {
            return document;
        }

        document = SchemaFiles.Parse(path, ns, text);
        TrimCache(s_documents);
        s_documents[key] = document;
        return document;
    }

    private static void TrimCache<TKey, TValue>(ConcurrentDictionary<TKey, TValue> cache)
    {
        if (cache.Count >= MaxCachedDocuments)
        {
            cache.Clear(); // simple and bounded: schemas are few, so this almost never happens
        }
    }

    private static string Qualify(string ns, string name) => ns.Length == 0 ? name : ns + "." + name;

    /// <summary>Framework assemblies never carry PendoGen schemas; skipping them keeps compilation start cheap.</summary>
    private static bool MayHoldSchemas(IAssemblySymbol assembly)
    {
        string name = assembly.Identity.Name;
        return !(name.StartsWith("System", StringComparison.Ordinal) || name.StartsWith("Microsoft.", StringComparison.Ordinal) ||
                 name is "netstandard" or "mscorlib" or "WindowsBase");
    }

    /// <summary>
    /// Only records PendoGen generated are checked, not a user's own type that happens to share a name. For a type
    /// declared in source the attribute is looked for in the syntax: <c>GetAttributes()</c> binds every attribute
    /// of the type, and that was half the cost of a compilation start, which the IDE pays on each keystroke.
    /// </summary>
    private static bool IsGenerated(INamedTypeSymbol symbol, CancellationToken cancellationToken)
    {
        if (symbol.DeclaringSyntaxReferences.IsEmpty)
        {
            return symbol.GetAttributes().Any(a =>
                a.AttributeClass?.Name == Common.GeneratedNames.GeneratedCodeAttributeName &&
                a.ConstructorArguments.Length > 0 && a.ConstructorArguments[0].Value as string == Common.GeneratedNames.GeneratorName);
        }

        foreach (SyntaxReference reference in symbol.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax declaration &&
                HasGeneratedCodeAttribute(declaration))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>[GeneratedCode("PendoGen", ...)]</c> as the generator writes it (any qualification of the name).</summary>
    private static bool HasGeneratedCodeAttribute(Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax declaration)
    {
        foreach (Microsoft.CodeAnalysis.CSharp.Syntax.AttributeListSyntax list in declaration.AttributeLists)
        {
            foreach (Microsoft.CodeAnalysis.CSharp.Syntax.AttributeSyntax attribute in list.Attributes)
            {
                string name = attribute.Name switch
                {
                    Microsoft.CodeAnalysis.CSharp.Syntax.QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                    Microsoft.CodeAnalysis.CSharp.Syntax.AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
                    Microsoft.CodeAnalysis.CSharp.Syntax.SimpleNameSyntax simple => simple.Identifier.ValueText,
                    _ => "",
                };
                if (name is "GeneratedCode" or "GeneratedCodeAttribute" &&
                    attribute.ArgumentList?.Arguments.FirstOrDefault()?.Expression is Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax literal &&
                    literal.Token.ValueText == Common.GeneratedNames.GeneratorName)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
