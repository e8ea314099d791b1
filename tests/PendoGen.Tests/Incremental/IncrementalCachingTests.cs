using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PendoGen.Model;
using PendoGen.Schema;
using PendoGen.Tests.Infrastructure;

namespace PendoGen.Tests.Incremental;

/// <summary>
/// The incremental pipeline caches: an unrelated C# edit re-runs nothing, a whitespace edit of a schema changes no
/// generated type, a real edit changes only the types it touches, and the models hold no Roslyn objects.
/// </summary>
public partial class IncrementalCachingTests
{
    private static readonly string[] SchemaSteps = [PendoGenerator.ParsedSchemasStep, PendoGenerator.ModelStep, PendoGenerator.TypesStep];

    /// <summary>The shipped schemas as AdditionalFiles whose instances the test keeps, so it can replace them later.</summary>
    private sealed class Setup
    {
        public Setup()
        {
            Texts = SchemaFile.Shipped.Select(s => (AdditionalText)new InMemoryAdditionalText(s.Path, s.Text)).ToList();
            var perFile = SchemaFile.Shipped.ToDictionary(
                s => s.Path,
                s => (IReadOnlyDictionary<string, string>)new Dictionary<string, string> { [PendoGenerator.NamespaceMetadata] = s.Namespace! });
            Options = new TestOptionsProvider(new Dictionary<string, string> { ["build_property.RootNamespace"] = GeneratorHarness.RootNamespace }, perFile);
            Driver = GeneratorHarness.CreateDriver([], trackSteps: true)
                .AddAdditionalTexts([.. Texts])
                .WithUpdatedAnalyzerConfigOptions(Options);
            Compilation = GeneratorHarness.CreateCompilation();
        }

        public List<AdditionalText> Texts { get; }

        public AnalyzerConfigOptionsProvider Options { get; }

        public GeneratorDriver Driver { get; set; }

        public CSharpCompilation Compilation { get; set; }

        public AdditionalText Text(string fileName) => Texts.Single(t => Path.GetFileName(t.Path) == fileName);

        public GeneratorRunResult Run()
        {
            Driver = Driver.RunGenerators(Compilation);
            return Driver.GetRunResult().Results.Single();
        }

        public void Replace(string fileName, string newText)
        {
            AdditionalText old = Text(fileName);
            var replacement = new InMemoryAdditionalText(old.Path, newText);
            Driver = Driver.ReplaceAdditionalText(old, replacement);
            Texts[Texts.IndexOf(old)] = replacement;
        }
    }

    private static IEnumerable<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorRunResult run, string step)
    {
        Assert.True(run.TrackedSteps.ContainsKey(step), $"Step '{step}' was not tracked; tracked: {string.Join(", ", run.TrackedSteps.Keys)}");
        return run.TrackedSteps[step].SelectMany(s => s.Outputs);
    }

    private static string Describe(IEnumerable<(object Value, IncrementalStepRunReason Reason)> outputs) =>
        string.Join("\n", outputs.Select(o => $"{o.Reason}: {Name(o.Value)}"));

    private static string Name(object value) => value switch
    {
        GeneratedTypeSpec t => t.FullName,
        SchemaDocument d => d.FileName,
        _ => value.GetType().Name,
    };

    private static Dictionary<string, string> Sources(GeneratorRunResult run) =>
        run.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());

    private static IncrementalStepRunReason TypeReason(GeneratorRunResult run, string fullName) =>
        Outputs(run, PendoGenerator.TypesStep).Single(o => ((GeneratedTypeSpec)o.Value).FullName == fullName).Reason;

    // ---- (a) unrelated C# edit ----

    [Fact]
    public void An_unrelated_CSharp_edit_leaves_every_schema_step_cached()
    {
        var setup = new Setup();
        GeneratorRunResult first = setup.Run();
        Assert.All(SchemaSteps, step => Assert.NotEmpty(Outputs(first, step)));

        setup.Compilation = setup.Compilation.AddSyntaxTrees(
            CSharpSyntaxTree.ParseText("namespace Other; public class Unrelated { public int X => 42; }", GeneratorHarness.ParseOptions));
        GeneratorRunResult second = setup.Run();

        foreach (string step in SchemaSteps.Append(PendoGenerator.SchemaFilesStep))
        {
            var outputs = Outputs(second, step).ToList();
            Assert.NotEmpty(outputs);
            Assert.True(
                outputs.All(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged),
                $"Step {step} re-ran after an unrelated edit:\n{Describe(outputs)}");
        }

        var sourceOutputs = second.TrackedOutputSteps.SelectMany(kv => kv.Value).SelectMany(s => s.Outputs).ToList();
        Assert.NotEmpty(sourceOutputs);
        Assert.True(
            sourceOutputs.All(o => o.Reason == IncrementalStepRunReason.Cached),
            "Source outputs re-ran after an unrelated edit:\n" + string.Join("\n", sourceOutputs.Select(o => o.Reason + ": " + o.Value)));
        Assert.Equal(Sources(first), Sources(second));
    }

    [Fact]
    public void Running_twice_without_any_change_caches_everything()
    {
        var setup = new Setup();
        GeneratorRunResult first = setup.Run();
        GeneratorRunResult second = setup.Run();

        foreach (string step in SchemaSteps.Append(PendoGenerator.SchemaFilesStep))
        {
            Assert.All(Outputs(second, step), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        }

        Assert.Equal(Sources(first), Sources(second));
    }

    // ---- (b) whitespace-only edit ----

    [Fact]
    public void A_whitespace_only_schema_edit_changes_no_generated_type()
    {
        var setup = new Setup();
        GeneratorRunResult first = setup.Run();

        string original = setup.Text("pendo-config.schema.json").GetText()!.ToString();
        string reformatted = Reindent(original).Replace("\n", "\r\n") + "\n\n";
        Assert.NotEqual(original, reformatted);
        setup.Replace("pendo-config.schema.json", reformatted);
        GeneratorRunResult second = setup.Run();

        // The edit did reach the pipeline: the file was parsed again into a document with other positions ...
        var parsed = Outputs(second, PendoGenerator.ParsedSchemasStep).ToList();
        Assert.Contains(parsed, o => o.Reason == IncrementalStepRunReason.Modified && ((SchemaDocument)o.Value).FileName == "pendo-config.schema.json");
        Assert.All(
            parsed.Where(o => ((SchemaDocument)o.Value).FileName != "pendo-config.schema.json"),
            o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));

        // ... but no generated type noticed.
        var types = Outputs(second, PendoGenerator.TypesStep).ToList();
        Assert.Equal(Outputs(first, PendoGenerator.TypesStep).Count(), types.Count);
        Assert.True(
            types.All(o => o.Reason is IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.Cached),
            "Types changed after a whitespace edit:\n" + Describe(types));
        Assert.Equal(Sources(first), Sources(second));
    }

    /// <summary>Doubles the indentation of every line (JSON strings never span lines, so this only touches whitespace).</summary>
    private static string Reindent(string json) =>
        string.Join("\n", json.Replace("\r\n", "\n").Split('\n').Select(line =>
        {
            string trimmed = line.TrimStart(' ');
            return new string(' ', (line.Length - trimmed.Length) * 2) + KeyColon().Replace(trimmed, "$1 :  ", 1);
        }));

    /// <summary>The colon after a member name at the start of a line.</summary>
    [System.Text.RegularExpressions.GeneratedRegex("^(\"[^\"\\\\]*\"): ")]
    private static partial System.Text.RegularExpressions.Regex KeyColon();

    // ---- (c) a real edit ----

    [Fact]
    public void Adding_a_property_modifies_only_the_types_that_depend_on_it()
    {
        var setup = new Setup();
        setup.Run();

        string original = setup.Text("pendo-config.schema.json").GetText()!.ToString();
        const string anchor = "\"properties\": {";
        int at = original.IndexOf(anchor, StringComparison.Ordinal) + anchor.Length;
        string edited = original.Insert(at, "\n    \"extra_setting\": { \"type\": \"string\", \"description\": \"Added by the test.\" },");
        setup.Replace("pendo-config.schema.json", edited);
        GeneratorRunResult second = setup.Run();

        Assert.Equal(IncrementalStepRunReason.Modified, TypeReason(second, "PendoGen.PendoConfig"));
        Assert.Contains("ExtraSetting", Sources(second)["PendoGen.PendoConfig.g.cs"]);
        foreach (string unrelated in new[]
                 {
                     "PendoGen.SyncMode", "PendoGen.PendoRegion", "PendoGen.DestinationConfiguration", "PendoGen.AwsCredentials",
                     "PendoGen.ScheduleType", "PendoGen.FivetranErrorResponse", "PendoGen.PendoConnectionResponse",
                 })
        {
            IncrementalStepRunReason reason = TypeReason(second, unrelated);
            Assert.True(reason is IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.Cached, $"{unrelated} was {reason}");
        }

        var parsed = Outputs(second, PendoGenerator.ParsedSchemasStep).ToList();
        Assert.Equal(
            new[] { "pendo-config.schema.json" },
            parsed.Where(o => o.Reason == IncrementalStepRunReason.Modified).Select(o => ((SchemaDocument)o.Value).FileName));
    }

    [Fact]
    public void Editing_an_enum_modifies_the_enum_and_its_record_but_not_other_enums()
    {
        var setup = new Setup();
        setup.Run();

        string original = setup.Text("pendo-config.schema.json").GetText()!.ToString();
        setup.Replace("pendo-config.schema.json", original.Replace("\"JPN\",", "\"JPN\",\n        \"APAC\",", StringComparison.Ordinal));
        GeneratorRunResult second = setup.Run();

        Assert.Equal(IncrementalStepRunReason.Modified, TypeReason(second, "PendoGen.PendoRegion"));
        Assert.Contains("APAC", Sources(second)["PendoGen.PendoRegion.g.cs"]);
        IncrementalStepRunReason syncMode = TypeReason(second, "PendoGen.SyncMode");
        Assert.True(syncMode is IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.Cached, $"SyncMode was {syncMode}");
    }

    // ---- (d) no Roslyn objects in the models ----

    private static readonly Type[] ForbiddenTypes =
    [
        typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(Location), typeof(Compilation), typeof(SemanticModel),
        typeof(AdditionalText), typeof(SourceText), typeof(AnalyzerConfigOptions), typeof(AnalyzerConfigOptionsProvider),
        typeof(Diagnostic), typeof(SyntaxToken), typeof(SyntaxTrivia),
    ];

    [Fact]
    public void Pipeline_values_hold_no_symbols_syntax_locations_or_compilations()
    {
        var setup = new Setup();
        GeneratorRunResult run = setup.Run();

        var visitedTypes = new HashSet<Type>();
        int visited = 0;
        foreach (string step in SchemaSteps.Append(PendoGenerator.SchemaFilesStep))
        {
            foreach ((object value, _) in Outputs(run, step))
            {
                visited += Walk(value, step, visitedTypes, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }

        // The walk must have reached the model types, or it proves nothing.
        Assert.True(visited > 1000, $"Only {visited} objects were visited");
        foreach (Type expected in new[] { typeof(GenerationModel), typeof(ObjectSpec), typeof(PropertySpec), typeof(EnumSpec), typeof(ConstraintSpec), typeof(TypeRef), typeof(SchemaDocument), typeof(SchemaNode), typeof(GeneratedTypeSpec) })
        {
            Assert.Contains(expected, visitedTypes);
        }
    }

    [Fact]
    public void The_model_walker_finds_a_forbidden_object_when_there_is_one()
    {
        // Guards the walker itself: a Location inside a collection inside a tuple is found.
        var bad = (Name: "x", Items: new List<object> { 1, Location.None });
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => Walk(bad, "test", new HashSet<Type>(), new HashSet<object>(ReferenceEqualityComparer.Instance)));
    }

    private static int Walk(object? value, string path, HashSet<Type> types, HashSet<object> seen)
    {
        if (value is null)
        {
            return 0;
        }

        Type type = value.GetType();
        Assert.False(ForbiddenTypes.Any(f => f.IsAssignableFrom(type)), $"{path} holds a {type.FullName}");
        if (type.IsPrimitive || type.IsEnum || value is string or decimal)
        {
            return 1;
        }

        if (!type.IsValueType && !seen.Add(value))
        {
            return 0;
        }

        types.Add(type);
        int count = 1;
        // A default ImmutableArray (an unset EquatableArray) is empty, but enumerating it throws.
        bool isDefaultArray = type.GetProperty("IsDefault")?.GetValue(value) is true;
        if (value is IEnumerable items and not string && !isDefaultArray)
        {
            int i = 0;
            foreach (object? item in items)
            {
                count += Walk(item, $"{path}[{i++}]", types, seen);
            }
        }

        for (Type? t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            foreach (FieldInfo field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                Assert.False(
                    ForbiddenTypes.Any(f => f.IsAssignableFrom(field.FieldType) || field.FieldType.IsAssignableFrom(f) && field.FieldType != typeof(object) && !field.FieldType.IsInterface),
                    $"{path}.{field.Name} is declared as {field.FieldType.FullName}");
                if (type.IsArray)
                {
                    continue;
                }

                count += Walk(field.GetValue(value), path + "." + field.Name, types, seen);
            }
        }

        return count;
    }

    // ---- (e) equal inputs, equal models ----

    [Fact]
    public void Equal_inputs_give_equal_models_with_equal_hash_codes()
    {
        GeneratorRunResult a = new Setup().Run();
        GeneratorRunResult b = new Setup().Run();

        foreach (string step in SchemaSteps.Append(PendoGenerator.SchemaFilesStep))
        {
            object[] left = Outputs(a, step).Select(o => o.Value).ToArray();
            object[] right = Outputs(b, step).Select(o => o.Value).ToArray();
            Assert.Equal(left.Length, right.Length);
            for (int i = 0; i < left.Length; i++)
            {
                Assert.NotSame(left[i], right[i]);
                Assert.Equal(left[i], right[i]);
                Assert.Equal(left[i].GetHashCode(), right[i].GetHashCode());
            }
        }
    }

    [Fact]
    public void Models_built_from_separately_parsed_documents_are_equal_and_hash_alike()
    {
        static GenerationModel Build() =>
            ModelBuilder.Build(SchemaFile.Shipped.Select(s => SchemaParser.Parse(s.Path, s.Namespace!, s.Text)).ToImmutableArray());

        GenerationModel a = Build();
        GenerationModel b = Build();
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        for (int i = 0; i < a.Objects.Count; i++)
        {
            Assert.Equal(a.Objects[i], b.Objects[i]);
            Assert.Equal(a.Objects[i].GetHashCode(), b.Objects[i].GetHashCode());
            Assert.Equal(a.Objects[i].Rules.GetHashCode(), b.Objects[i].Rules.GetHashCode());
        }
    }

    [Fact]
    public void A_model_from_different_input_is_not_equal()
    {
        SchemaFile config = SchemaFile.Shipped[0];
        GenerationModel a = ModelBuilder.Build([SchemaParser.Parse(config.Path, "PendoGen", config.Text)]);
        GenerationModel b = ModelBuilder.Build([SchemaParser.Parse(config.Path, "PendoGen", config.Text.Replace("\"AllAppIds\",", "\"AllAppIdz\",", StringComparison.Ordinal))]);
        Assert.NotEqual(a, b);
    }
}
