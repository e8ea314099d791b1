using System.Collections.Immutable;
using PendoGen.Diagnostics;
using PendoGen.Model;
using PendoGen.Schema;
using PendoGen.Tests.Infrastructure;

namespace PendoGen.Tests.Model;

/// <summary>
/// <see cref="ModelBuilder.Build"/> over parsed schemas: type names, property types and flags, <c>$ref</c> resolution
/// within and across files, and the PENDO104–PENDO109 diagnostics.
/// </summary>
public class ModelBuilderTests
{
    private static GenerationModel BuildShipped() =>
        ModelBuilder.Build(SchemaFile.Shipped.Select(s => SchemaParser.Parse(s.Path, s.Namespace!, s.Text)).ToImmutableArray());

    private static GenerationModel Build(params (string Path, string Text)[] files) =>
        ModelBuilder.Build(files.Select(f => SchemaParser.Parse(f.Path, "Test", f.Text)).ToImmutableArray());

    private static GenerationModel Build(string text) => Build(("/s/test.schema.json", text));

    private static ObjectSpec Object(GenerationModel model, string fullName) =>
        model.Objects.SingleOrDefault(o => o.FullName == fullName)
        ?? throw new Xunit.Sdk.XunitException($"No record {fullName}; records: {string.Join(", ", model.Objects.Select(o => o.FullName))}");

    private static EnumSpec Enum(GenerationModel model, string fullName) =>
        model.Enums.SingleOrDefault(e => e.FullName == fullName)
        ?? throw new Xunit.Sdk.XunitException($"No enum {fullName}; enums: {string.Join(", ", model.Enums.Select(e => e.FullName))}");

    private static PropertySpec Prop(ObjectSpec spec, string jsonName) => spec.Properties.Single(p => p.JsonName == jsonName);

    private static string Describe(GenerationModel model) =>
        string.Join("\n", model.Diagnostics.Select(d => $"{d.DescriptorId} {d.FilePath}@{d.Span.StartLine}:{d.Span.StartColumn} {string.Join(" | ", d.Arguments)}"));

    private static DiagnosticInfo SingleDiagnostic(GenerationModel model, string id)
    {
        DiagnosticInfo[] matching = model.Diagnostics.Where(d => d.DescriptorId == id).ToArray();
        Assert.True(matching.Length == 1, $"Expected one {id}, got:\n{Describe(model)}");
        return matching[0];
    }

    private static void AssertNoDiagnostics(GenerationModel model) =>
        Assert.True(model.Diagnostics.IsEmpty, Describe(model));

    // ---- the shipped Pendo schemas ----

    [Fact]
    public void Shipped_schemas_produce_the_expected_records_in_namespace_PendoGen()
    {
        GenerationModel model = BuildShipped();
        AssertNoDiagnostics(model);
        Assert.Equal(
            new[]
            {
                "Alert", "AwsCredentials", "AzureCredentials", "ConnectCard", "ConnectCardConfig", "ConnectionStatus",
                "DestinationConfiguration", "FivetranErrorResponse", "GcsCredentials", "PendoConfig", "PendoConfigResponse",
                "PendoConnection", "PendoConnectionRequest", "PendoConnectionResponse", "SetupTestResult",
            }.Select(n => "PendoGen." + n),
            model.Objects.Select(o => o.FullName));
        Assert.All(model.Objects, o => Assert.Equal("PendoGen", o.Namespace));
    }

    [Fact]
    public void Shipped_schemas_produce_the_expected_enums_with_wire_values()
    {
        GenerationModel model = BuildShipped();
        Assert.Equal(
            new[]
            {
                "DataDelaySensitivity", "DestinationSchemaNames", "ExportStorageType", "HistoricalSyncTimeFrame",
                "NetworkingMethod", "PendoRegion", "ScheduleType", "SyncMode",
            }.Select(n => "PendoGen." + n),
            model.Enums.Select(e => e.FullName));

        static string Members(EnumSpec e) => string.Join(",", e.Members.Select(m => m.ClrName + "=" + m.WireValue));
        Assert.Equal("AllAppIds=AllAppIds,SpecificAppIds=SpecificAppIds", Members(Enum(model, "PendoGen.SyncMode")));
        Assert.Equal("EU=EU,US1=US1,AU=AU,JPN=JPN,US=US", Members(Enum(model, "PendoGen.PendoRegion")));
        Assert.Equal("AllTime=ALL_TIME,DateLimit=DATE_LIMIT", Members(Enum(model, "PendoGen.HistoricalSyncTimeFrame")));
        Assert.Equal("AZURE=AZURE,GCS=GCS,AwsS3=AWS_S3", Members(Enum(model, "PendoGen.ExportStorageType")));
        Assert.Equal("Auto=auto,Manual=manual", Members(Enum(model, "PendoGen.ScheduleType")));
        Assert.Equal("Directly=Directly,PrivateLink=PrivateLink,SshTunnel=SshTunnel,ProxyAgent=ProxyAgent", Members(Enum(model, "PendoGen.NetworkingMethod")));
        Assert.Equal("FivetranNaming=FIVETRAN_NAMING,SourceNaming=SOURCE_NAMING", Members(Enum(model, "PendoGen.DestinationSchemaNames")));
        Assert.Equal("LOW=LOW,NORMAL=NORMAL,HIGH=HIGH,CUSTOM=CUSTOM,SyncFrequency=SYNC_FREQUENCY", Members(Enum(model, "PendoGen.DataDelaySensitivity")));
    }

    [Fact]
    public void PendoConfig_properties_have_the_expected_types_and_flags_in_schema_order()
    {
        ObjectSpec config = Object(BuildShipped(), "PendoGen.PendoConfig");

        Assert.Equal(
            new[]
            {
                "sync_mode", "integration_key", "app_ids", "backward_sync_limit_date", "region", "historical_sync_time_frame",
                "schema", "use_data_sync", "export_storage_type", "aws_credentials", "azure_credentials", "gcs_credentials",
            },
            config.Properties.Select(p => p.JsonName));
        Assert.Equal(
            new[]
            {
                "SyncMode", "IntegrationKey", "AppIds", "BackwardSyncLimitDate", "Region", "HistoricalSyncTimeFrame",
                "Schema", "UseDataSync", "ExportStorageType", "AwsCredentials", "AzureCredentials", "GcsCredentials",
            },
            config.Properties.Select(p => p.ClrName));

        Assert.Equal("global::PendoGen.SyncMode", Prop(config, "sync_mode").Type.CSharpName);
        Assert.Equal(ValueKind.Date, Prop(config, "backward_sync_limit_date").Type.Kind);
        Assert.Equal("global::System.DateOnly", Prop(config, "backward_sync_limit_date").Type.CSharpName);
        Assert.Equal(ValueKind.Array, Prop(config, "app_ids").Type.Kind);
        Assert.Equal(ValueKind.String, Prop(config, "app_ids").Type.Item!.Kind);
        Assert.Equal("global::System.Collections.Generic.IReadOnlyList<string>", Prop(config, "app_ids").Type.CSharpName);
        Assert.Equal(ValueKind.Boolean, Prop(config, "use_data_sync").Type.Kind);
        Assert.Equal("PendoGen.PendoRegion", Prop(config, "region").Type.GeneratedName);
        Assert.Equal("PendoGen.AwsCredentials", Prop(config, "aws_credentials").Type.GeneratedName);
        Assert.Equal(ValueKind.Object, Prop(config, "aws_credentials").Type.Kind);

        Assert.Equal(new[] { "schema" }, config.Properties.Where(p => p.IsRequired).Select(p => p.JsonName));
        Assert.Equal(new[] { "integration_key" }, config.Properties.Where(p => p.IsSecret).Select(p => p.JsonName));
        Assert.Equal(ValueKind.String, Prop(config, "integration_key").Type.Kind);
        Assert.Equal(new JsonLiteral(LiteralKind.String, "AllAppIds"), Prop(config, "sync_mode").DefaultValue);
        Assert.NotNull(Prop(config, "app_ids").NoEffectUnless);
        Assert.Null(Prop(config, "schema").NoEffectUnless);
        Assert.Equal(UnknownPropertyPolicy.KeepAndWarn, config.UnknownProperties);
        Assert.False(config.IsReadOnly);
        Assert.EndsWith("pendo-config.schema.json", config.SchemaFile);
    }

    [Fact]
    public void PendoConnectionRequest_references_PendoConfig_across_files_and_keeps_const_and_int_enum()
    {
        ObjectSpec request = Object(BuildShipped(), "PendoGen.PendoConnectionRequest");

        PropertySpec config = Prop(request, "config");
        Assert.Equal(ValueKind.Object, config.Type.Kind);
        Assert.Equal("PendoGen.PendoConfig", config.Type.GeneratedName);
        Assert.Equal("The Pendo connector configuration.", config.Description);

        Assert.Equal(ValueKind.Int32, Prop(request, "sync_frequency").Type.Kind);
        Assert.Equal("int", Prop(request, "sync_frequency").Type.CSharpName);
        Assert.Equal(new JsonLiteral(LiteralKind.Number, "360"), Prop(request, "sync_frequency").DefaultValue);
        Assert.Equal(ValueKind.Int32, Prop(request, "data_delay_threshold").Type.Kind);

        PropertySpec service = Prop(request, "service");
        Assert.Equal(new JsonLiteral(LiteralKind.String, "pendo"), service.ConstValue);
        Assert.True(service.IsRequired);
        Assert.False(service.IsOptional);

        Assert.Equal(new[] { "group_id", "service", "config" }, request.Properties.Where(p => p.IsRequired).Select(p => p.JsonName));
        Assert.DoesNotContain(request.Properties, p => p.IsSecret);
        Assert.Equal("PendoGen.ConnectCardConfig", Prop(request, "connect_card_config").Type.GeneratedName);
        Assert.Equal("PendoGen.DestinationConfiguration", Prop(request, "destination_configuration").Type.GeneratedName);
        Assert.Equal("PendoGen.NetworkingMethod", Prop(request, "networking_method").Type.GeneratedName);
        Assert.Equal("PendoGen.ScheduleType", Prop(request, "schedule_type").Type.GeneratedName);
        Assert.Equal("PendoGen.DataDelaySensitivity", Prop(request, "data_delay_sensitivity").Type.GeneratedName);
        Assert.Equal("PendoGen.DestinationSchemaNames", Prop(request, "destination_schema_names").Type.GeneratedName);
        Assert.Equal(new JsonLiteral(LiteralKind.Boolean, "true"), Prop(request, "run_setup_tests").DefaultValue);
    }

    [Fact]
    public void Nested_records_carry_their_own_required_and_secret_members()
    {
        GenerationModel model = BuildShipped();
        Assert.Equal(new[] { "s3_role_arn" }, Object(model, "PendoGen.AwsCredentials").Properties.Where(p => p.IsSecret).Select(p => p.JsonName));
        Assert.Equal(new[] { "connection_string" }, Object(model, "PendoGen.AzureCredentials").Properties.Where(p => p.IsSecret).Select(p => p.JsonName));
        Assert.DoesNotContain(Object(model, "PendoGen.GcsCredentials").Properties, p => p.IsSecret);
        Assert.Equal(new[] { "redirect_uri" }, Object(model, "PendoGen.ConnectCardConfig").Properties.Where(p => p.IsRequired).Select(p => p.JsonName));
        Assert.Equal(ValueKind.String, Prop(Object(model, "PendoGen.ConnectCardConfig"), "redirect_uri").Type.Kind);
    }

    [Fact]
    public void The_response_schema_is_lenient_and_read_only_with_defs_references()
    {
        GenerationModel model = BuildShipped();
        ObjectSpec response = Object(model, "PendoGen.PendoConnectionResponse");
        Assert.True(response.IsReadOnly);
        Assert.Equal(UnknownPropertyPolicy.Keep, response.UnknownProperties);
        Assert.Equal("PendoGen.PendoConnection", Prop(response, "data").Type.GeneratedName);

        ObjectSpec connection = Object(model, "PendoGen.PendoConnection");
        Assert.True(connection.IsReadOnly);
        Assert.Equal(ValueKind.DateTime, Prop(connection, "created_at").Type.Kind);
        Assert.True(Prop(connection, "created_at").Type.Lenient);
        // A lenient enum stays a string, so a value the API adds later does not break reading.
        Assert.Equal(ValueKind.String, Prop(connection, "networking_method").Type.Kind);
        Assert.True(Prop(connection, "networking_method").Type.Lenient);
        Assert.Equal("PendoGen.ConnectionStatus", Prop(connection, "status").Type.GeneratedName);
        Assert.Equal("PendoGen.SetupTestResult", Prop(connection, "setup_tests").Type.Item!.GeneratedName);

        ObjectSpec status = Object(model, "PendoGen.ConnectionStatus");
        Assert.Equal("PendoGen.Alert", Prop(status, "tasks").Type.Item!.GeneratedName);
        Assert.Equal("PendoGen.Alert", Prop(status, "warnings").Type.Item!.GeneratedName);
        Assert.Single(model.Objects, o => o.Name == "Alert");
        Assert.Equal(ValueKind.Json, Prop(Object(model, "PendoGen.Alert"), "details").Type.Kind);
        Assert.True(Object(model, "PendoGen.FivetranErrorResponse").IsReadOnly);
    }

    [Fact]
    public void The_request_rules_keep_severity_and_reason()
    {
        ObjectSpec request = Object(BuildShipped(), "PendoGen.PendoConnectionRequest");
        Assert.Equal(6, request.Rules.AllOf.Count);
        Assert.Equal(RuleSeverity.Warning, request.Rules.AllOf[4].Severity);
        Assert.Equal(new[] { "destination_schema_names" }, request.Rules.AllOf[4].Required);
        Assert.Contains("will soon become a required field", request.Rules.AllOf[4].Reason);
        Assert.DoesNotContain("facts", request.Rules.AllOf[4].Reason); // citations stay in $comment, out of messages
        Assert.Equal(new[] { "group_id", "service", "config" }, request.Rules.Required);
        Assert.Equal("^([01][0-9]|2[0-3]):00$", request.Rules.Properties.Single(p => p.JsonName == "daily_sync_time").Constraint.Pattern);
    }

    // ---- $ref ----

    [Fact]
    public void A_ref_within_a_file_names_the_type_after_the_def_title_or_key()
    {
        GenerationModel model = Build("""
            {
              "title": "Root",
              "type": "object",
              "properties": {
                "a": { "$ref": "#/$defs/Address" },
                "b": { "$ref": "#/$defs/Address" },
                "c": { "type": "array", "items": { "$ref": "#/$defs/untitled_thing" } },
                "d": { "$ref": "#/$defs/Color" }
              },
              "$defs": {
                "Address": { "title": "PostalAddress", "type": "object", "properties": { "street": { "type": "string" } } },
                "untitled_thing": { "type": "object", "properties": { "x": { "type": "integer" } } },
                "Color": { "type": "string", "enum": ["red", "dark-blue"] }
              }
            }
            """);

        AssertNoDiagnostics(model);
        ObjectSpec root = Object(model, "Test.Root");
        Assert.Equal("Test.PostalAddress", Prop(root, "a").Type.GeneratedName);
        Assert.Equal("Test.PostalAddress", Prop(root, "b").Type.GeneratedName);
        Assert.Equal("Test.UntitledThing", Prop(root, "c").Type.Item!.GeneratedName);
        Assert.Equal("Test.Color", Prop(root, "d").Type.GeneratedName);
        Assert.Equal(new[] { "Test.PostalAddress", "Test.Root", "Test.UntitledThing" }, model.Objects.Select(o => o.FullName));
        Assert.Equal("Red,DarkBlue", string.Join(",", Enum(model, "Test.Color").Members.Select(m => m.ClrName)));
    }

    [Fact]
    public void A_ref_across_files_resolves_by_id()
    {
        GenerationModel model = Build(
            ("/s/a.schema.json", """{"title": "A", "type": "object", "properties": {"addr": {"$ref": "https://example.com/schemas/address"}, "kind": {"$ref": "https://example.com/schemas/address#/$defs/Kind"}}}"""),
            ("/s/b.schema.json", """{"$id": "https://example.com/schemas/address", "title": "Address", "type": "object", "properties": {"zip": {"type": "string"}}, "$defs": {"Kind": {"type": "string", "enum": ["home", "work"]}}}"""));

        AssertNoDiagnostics(model);
        Assert.Equal("Test.Address", Prop(Object(model, "Test.A"), "addr").Type.GeneratedName);
        Assert.Equal("Test.Kind", Prop(Object(model, "Test.A"), "kind").Type.GeneratedName);
        Assert.Single(model.Objects, o => o.Name == "Address");
    }

    [Fact]
    public void A_ref_across_files_resolves_by_file_name()
    {
        GenerationModel model = Build(
            ("/s/one/a.schema.json", """{"title": "A", "type": "object", "properties": {"b": {"$ref": "b.schema.json"}, "b2": {"$ref": "./b.schema.json#/properties/inner"}}}"""),
            ("/s/two/b.schema.json", """{"title": "B", "type": "object", "properties": {"inner": {"title": "Inner", "type": "object", "properties": {"v": {"type": "boolean"}}}}}"""));

        AssertNoDiagnostics(model);
        Assert.Equal("Test.B", Prop(Object(model, "Test.A"), "b").Type.GeneratedName);
        Assert.Equal("Test.Inner", Prop(Object(model, "Test.A"), "b2").Type.GeneratedName);
        Assert.Equal("Test.Inner", Prop(Object(model, "Test.B"), "inner").Type.GeneratedName);
        Assert.Single(model.Objects, o => o.Name == "Inner");
    }

    [Fact]
    public void A_ref_to_a_file_in_another_namespace_uses_that_namespace()
    {
        ImmutableArray<SchemaDocument> documents =
        [
            SchemaParser.Parse("/s/a.schema.json", "First", """{"title": "A", "type": "object", "properties": {"b": {"$ref": "b.schema.json"}}}"""),
            SchemaParser.Parse("/s/b.schema.json", "Second", """{"title": "B", "type": "object", "properties": {"v": {"type": "string"}}}"""),
        ];
        GenerationModel model = ModelBuilder.Build(documents);
        AssertNoDiagnostics(model);
        Assert.Equal("Second.B", Prop(Object(model, "First.A"), "b").Type.GeneratedName);
    }

    [Theory]
    [InlineData("#/$defs/Missing", "points to nothing")]
    [InlineData("#/properties/nope", "points to nothing")]
    [InlineData("#/nonsense", "points to nothing")]
    [InlineData("missing.schema.json", "names no schema file")]
    [InlineData("missing.schema.json#/$defs/X", "names no schema file")]
    public void An_unresolvable_ref_is_PENDO104_at_the_ref_value(string reference, string message)
    {
        GenerationModel model = Build($$"""
            {
              "title": "Root",
              "type": "object",
              "properties": {
                "p": { "$ref": "{{reference}}" }
              },
              "$defs": { "Present": { "type": "string" } }
            }
            """);

        DiagnosticInfo d = SingleDiagnostic(model, "PENDO104");
        Assert.Equal((4, 19), (d.Span.StartLine, d.Span.StartColumn));
        Assert.Contains(message, d.Arguments[0]);
        Assert.Equal(ValueKind.Json, Prop(Object(model, "Test.Root"), "p").Type.Kind);
        Assert.DoesNotContain(model.Diagnostics, x => x.DescriptorId == "PENDO199");
    }

    [Fact]
    public void A_ref_cycle_between_two_defs_is_PENDO104_without_crashing()
    {
        GenerationModel model = Build("""
            {
              "title": "Root",
              "type": "object",
              "properties": {
                "p": { "$ref": "#/$defs/A" },
                "q": { "type": "array", "items": { "$ref": "#/$defs/B" } }
              },
              "$defs": {
                "A": { "$ref": "#/$defs/B" },
                "B": { "$ref": "#/$defs/A" }
              }
            }
            """);

        Assert.Contains(model.Diagnostics, d => d.DescriptorId == "PENDO104" && d.Arguments[0].Contains("cycle"));
        Assert.DoesNotContain(model.Diagnostics, d => d.DescriptorId == "PENDO199");
        ObjectSpec root = Object(model, "Test.Root");
        Assert.Equal(ValueKind.Json, Prop(root, "p").Type.Kind);
        Assert.Equal(ValueKind.Json, Prop(root, "q").Type.Item!.Kind);
    }

    [Fact]
    public void A_def_that_refs_itself_is_PENDO104_without_crashing()
    {
        GenerationModel model = Build("""
            {"title": "Root", "type": "object", "properties": {"p": {"$ref": "#/$defs/A"}}, "$defs": {"A": {"$ref": "#/$defs/A"}}}
            """);

        Assert.Contains(model.Diagnostics, d => d.DescriptorId == "PENDO104");
        Assert.DoesNotContain(model.Diagnostics, d => d.DescriptorId == "PENDO199");
        Assert.Equal(ValueKind.Json, Prop(Object(model, "Test.Root"), "p").Type.Kind);
    }

    [Fact]
    public void A_ref_cycle_across_two_files_is_PENDO104_without_crashing()
    {
        GenerationModel model = Build(
            ("/s/a.schema.json", """{"title": "A", "type": "object", "properties": {"p": {"$ref": "b.schema.json#/$defs/X"}}, "$defs": {"Y": {"$ref": "b.schema.json#/$defs/X"}}}"""),
            ("/s/b.schema.json", """{"$defs": {"X": {"$ref": "a.schema.json#/$defs/Y"}}}"""));

        Assert.Contains(model.Diagnostics, d => d.DescriptorId == "PENDO104");
        Assert.DoesNotContain(model.Diagnostics, d => d.DescriptorId == "PENDO199");
    }

    [Fact]
    public void A_record_that_refs_its_own_root_is_one_recursive_type()
    {
        GenerationModel model = Build("""
            {
              "title": "LinkedNode",
              "type": "object",
              "properties": {
                "name": { "type": "string" },
                "next": { "$ref": "#" }
              }
            }
            """);

        AssertNoDiagnostics(model);
        ObjectSpec node = Assert.Single(model.Objects);
        Assert.Equal("Test.LinkedNode", Prop(node, "next").Type.GeneratedName);
    }

    [Fact]
    public void A_list_of_its_own_root_is_a_list_of_the_same_record()
    {
        GenerationModel model = Build("""
            {
              "title": "TreeNode",
              "type": "object",
              "properties": {
                "name": { "type": "string" },
                "children": { "type": "array", "items": { "$ref": "#" } }
              }
            }
            """);

        AssertNoDiagnostics(model);
        ObjectSpec node = Assert.Single(model.Objects);
        Assert.Equal("Test.TreeNode", Prop(node, "children").Type.Item!.GeneratedName);
    }

    [Fact]
    public void A_recursive_schema_with_two_self_referencing_lists_builds_without_exponential_work()
    {
        // Rules are collected through $ref "#" again and again up to a depth limit; the work must not grow
        // exponentially with the number of self-referencing properties (three of them would stall the compiler).
        SchemaDocument document = SchemaParser.Parse("/s/graph.schema.json", "Test", """
            {
              "title": "Graph",
              "type": "object",
              "properties": {
                "left": { "type": "array", "items": { "$ref": "#" } },
                "right": { "type": "array", "items": { "$ref": "#" } }
              }
            }
            """);

        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        long before = GC.GetAllocatedBytesForCurrentThread();
        GenerationModel model = ModelBuilder.Build([document]);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal("Test.Graph", Assert.Single(model.Objects).FullName);
        Assert.True(allocated < 20_000_000, $"Building a two-property recursive schema allocated {allocated / 1_000_000} MB in {stopwatch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task A_tree_schema_with_parent_and_children_refs_builds_within_seconds()
    {
        // The everyday recursive shape: a node with its parent and its children. Build() has no cancellation,
        // so it runs on the thread pool and the test stops waiting after the time limit.
        SchemaDocument document = SchemaParser.Parse("/s/tree.schema.json", "Test", """
            {
              "title": "TreeNode",
              "type": "object",
              "properties": {
                "name": { "type": "string" },
                "parent": { "$ref": "#" },
                "children": { "type": "array", "items": { "$ref": "#" } }
              }
            }
            """);

        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        Task<GenerationModel> build = Task.Run(() => ModelBuilder.Build([document]));
        Task finished = await Task.WhenAny(build, Task.Delay(TimeSpan.FromSeconds(10)));
        Assert.True(finished == build, "ModelBuilder.Build of a three-property tree schema did not finish within 10 seconds");

        ObjectSpec node = Assert.Single((await build).Objects);
        Assert.Equal("Test.TreeNode", Prop(node, "parent").Type.GeneratedName);
        Assert.Equal("Test.TreeNode", Prop(node, "children").Type.Item!.GeneratedName);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10));
    }

    // ---- names ----

    [Fact]
    public void Two_schemas_with_the_same_title_in_one_namespace_are_PENDO105_and_the_second_is_renamed()
    {
        const string second = """
            {
              "title": "Thing",
              "type": "object",
              "properties": { "b": { "type": "string" } }
            }
            """;
        GenerationModel model = Build(
            ("/s/b.schema.json", second),
            ("/s/a.schema.json", """{"title": "Thing", "type": "object", "properties": {"a": {"type": "string"}}}"""));

        DiagnosticInfo d = SingleDiagnostic(model, "PENDO105");
        Assert.Equal("/s/b.schema.json", d.FilePath);
        Assert.Equal((1, 11), (d.Span.StartLine, d.Span.StartColumn));
        Assert.Contains("Thing2", d.Arguments[0]);
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Error, d.ToDiagnostic().Severity);

        Assert.Equal(new[] { "Test.Thing", "Test.Thing2" }, model.Objects.Select(o => o.FullName));
        Assert.Equal("a", Assert.Single(Object(model, "Test.Thing").Properties).JsonName);
        Assert.Equal("b", Assert.Single(Object(model, "Test.Thing2").Properties).JsonName);
    }

    [Fact]
    public void The_same_title_in_two_namespaces_is_not_a_collision()
    {
        GenerationModel model = ModelBuilder.Build(
        [
            SchemaParser.Parse("/s/a.schema.json", "One", """{"title": "Thing", "type": "object", "properties": {"a": {"type": "string"}}}"""),
            SchemaParser.Parse("/s/b.schema.json", "Two", """{"title": "Thing", "type": "object", "properties": {"a": {"type": "string"}}}"""),
        ]);

        AssertNoDiagnostics(model);
        Assert.Equal(new[] { "One.Thing", "Two.Thing" }, model.Objects.Select(o => o.FullName));
    }

    [Fact]
    public void An_untitled_nested_object_that_takes_a_used_name_is_PENDO105_and_renamed()
    {
        GenerationModel model = Build("""
            {
              "title": "Order",
              "type": "object",
              "properties": {
                "shipping": { "type": "object", "properties": { "address": { "type": "object", "properties": { "a": { "type": "string" } } } } },
                "billing": { "type": "object", "properties": { "address": { "type": "object", "properties": { "b": { "type": "string" } } } } }
              }
            }
            """);

        SingleDiagnostic(model, "PENDO105");
        Assert.Equal("Test.Address", Prop(Object(model, "Test.Shipping"), "address").Type.GeneratedName);
        Assert.Equal("Test.Address2", Prop(Object(model, "Test.Billing"), "address").Type.GeneratedName);
    }

    [Theory]
    [InlineData("a_b", "a-b", "AB", "ABValue")]
    [InlineData("SyncMode", "sync_mode", "SyncMode", "SyncModeValue")]
    [InlineData("x", "X", "X", "XValue")]
    public void Properties_whose_names_collide_are_PENDO106_and_the_second_is_renamed(string first, string second, string firstClr, string secondClr)
    {
        GenerationModel model = Build($$"""
            {
              "title": "T",
              "type": "object",
              "properties": {
                "{{first}}": { "type": "string" },
                "{{second}}": { "type": "integer" }
              }
            }
            """);

        DiagnosticInfo d = SingleDiagnostic(model, "PENDO106");
        Assert.Equal((5, 4), (d.Span.StartLine, d.Span.StartColumn));
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, d.ToDiagnostic().Severity);
        ObjectSpec spec = Object(model, "Test.T");
        Assert.Equal(firstClr, Prop(spec, first).ClrName);
        Assert.Equal(secondClr, Prop(spec, second).ClrName);
        Assert.Equal(new[] { first, second }, spec.Properties.Select(p => p.JsonName));
    }

    [Theory]
    [InlineData("to_json", "ToJsonValue")]
    [InlineData("validate", "ValidateValue")]
    [InlineData("additional_properties", "AdditionalPropertiesValue")]
    [InlineData("equals", "EqualsValue")]
    [InlineData("get_hash_code", "GetHashCodeValue")]
    [InlineData("to_string", "ToStringValue")]
    [InlineData("converter", "ConverterValue")]
    [InlineData("read_from", "ReadFromValue")]
    [InlineData("t", "TValue")]
    public void A_property_named_like_a_generated_member_is_PENDO106_and_renamed(string jsonName, string clrName)
    {
        GenerationModel model = Build("""{"title": "T", "type": "object", "properties": {""" + "\"" + jsonName + "\"" + """: {"type": "string"}}}""");

        DiagnosticInfo d = SingleDiagnostic(model, "PENDO106");
        Assert.Equal((0, 48), (d.Span.StartLine, d.Span.StartColumn));
        Assert.Equal(clrName, Assert.Single(Object(model, "Test.T").Properties).ClrName);
    }

    [Fact]
    public void Renaming_skips_names_that_are_already_taken()
    {
        GenerationModel model = Build("""
            {"title": "T", "type": "object", "properties": {"a_b": {"type": "string"}, "ABValue": {"type": "string"}, "a-b": {"type": "string"}, "a.b": {"type": "string"}}}
            """);

        Assert.Equal(new[] { "AB", "ABValue", "ABValue2", "ABValue3" }, Object(model, "Test.T").Properties.Select(p => p.ClrName));
        Assert.Equal(2, model.Diagnostics.Count(d => d.DescriptorId == "PENDO106"));
    }

    [Fact]
    public void Enum_values_that_map_to_one_member_name_are_PENDO106_and_numbered()
    {
        GenerationModel model = Build("""
            {"title": "T", "type": "object", "properties": {"m": {"type": "string", "enum": ["fast-mode", "fast_mode", "FastMode"]}}}
            """);

        Assert.Equal(2, model.Diagnostics.Count(d => d.DescriptorId == "PENDO106"));
        Assert.Equal(
            "FastMode=fast-mode,FastMode2=fast_mode,FastMode3=FastMode",
            string.Join(",", Enum(model, "Test.M").Members.Select(m => m.ClrName + "=" + m.WireValue)));
    }

    [Fact]
    public void A_non_string_value_in_a_string_enum_is_PENDO103_and_skipped()
    {
        GenerationModel model = Build("""{"title": "T", "type": "object", "properties": {"m": {"type": "string", "enum": ["a", 1, null]}}}""");

        Assert.Equal(2, model.Diagnostics.Count(d => d.DescriptorId == "PENDO103"));
        Assert.Equal("A", Assert.Single(Enum(model, "Test.M").Members).ClrName);
    }

    // ---- roots ----

    [Theory]
    [InlineData("""{"type": "object", "properties": {"a": {"type": "string"}}}""")]
    [InlineData("""{"properties": {"a": {"type": "string"}}}""")]
    [InlineData("""{"type": "object"}""")]
    public void A_root_without_title_that_describes_an_object_is_PENDO101(string text)
    {
        GenerationModel model = Build(text);
        DiagnosticInfo d = SingleDiagnostic(model, "PENDO101");
        Assert.Equal((0, 0), (d.Span.StartLine, d.Span.StartColumn));
        Assert.Contains("title", d.Arguments[0]);
        Assert.Empty(model.Objects);
    }

    [Fact]
    public void A_root_with_only_defs_is_a_library_and_not_an_error()
    {
        GenerationModel model = Build("""{"$defs": {"X": {"type": "string"}}}""");
        AssertNoDiagnostics(model);
        Assert.Empty(model.Objects);
        Assert.Empty(model.Enums);
    }

    [Theory]
    [InlineData("My Config")]
    [InlineData("3d")]
    [InlineData("class")]
    [InlineData("record")]
    [InlineData("Pendo-Config")]
    public void A_root_title_that_is_not_an_identifier_is_PENDO101_at_the_title(string title)
    {
        GenerationModel model = Build($$"""
            {
              "type": "object",
              "title": "{{title}}",
              "properties": { "a": { "type": "string" } }
            }
            """);

        DiagnosticInfo d = SingleDiagnostic(model, "PENDO101");
        Assert.Equal((2, 11), (d.Span.StartLine, d.Span.StartColumn));
        Assert.Contains(title, d.Arguments[0]);
        Assert.Empty(model.Objects);
    }

    [Theory]
    [InlineData("""{"title": "T", "type": "string"}""")]
    [InlineData("""{"title": "T", "type": "array", "items": {"type": "string"}}""")]
    [InlineData("""{"title": "T"}""")]
    public void A_titled_root_that_is_not_an_object_is_PENDO101(string text)
    {
        GenerationModel model = Build(text);
        SingleDiagnostic(model, "PENDO101");
        Assert.Empty(model.Objects);
    }

    // ---- rules ----

    [Theory]
    [InlineData("([")]
    [InlineData("a{2,1}")]
    [InlineData("a**")]
    [InlineData("[z-a]")]
    [InlineData("(?<n")]
    public void An_invalid_regex_pattern_is_PENDO107_at_the_pattern(string pattern)
    {
        GenerationModel model = Build($$"""
            {
              "title": "T",
              "type": "object",
              "properties": {
                "code": { "type": "string", "pattern": "{{pattern}}" }
              }
            }
            """);

        DiagnosticInfo d = SingleDiagnostic(model, "PENDO107");
        Assert.Equal((4, 43), (d.Span.StartLine, d.Span.StartColumn));
        Assert.Equal(pattern, d.Arguments[0]);
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Error, d.ToDiagnostic().Severity);
    }

    [Fact]
    public void An_invalid_pattern_inside_a_condition_is_PENDO107_too()
    {
        GenerationModel model = Build("""
            {"title": "T", "type": "object", "properties": {"a": {"type": "string"}},
             "if": {"properties": {"a": {"pattern": "(("}}}, "then": {"required": ["a"]}}
            """);

        SingleDiagnostic(model, "PENDO107");
    }

    [Theory]
    [InlineData("""{"required": ["missing"]}""", "missing")]
    [InlineData("""{"allOf": [{"required": ["ghost"]}]}""", "ghost")]
    [InlineData("""{"if": {"properties": {"nope": {"const": 1}}, "required": ["a"]}, "then": {"required": ["a"]}}""", "nope")]
    [InlineData("""{"then": {"required": ["zzz"]}, "if": {"required": ["a"]}}""", "zzz")]
    [InlineData("""{"dependentRequired": {"a": ["other"]}}""", "other")]
    [InlineData("""{"not": {"required": ["absent"]}}""", "absent")]
    public void A_rule_naming_an_undeclared_property_is_PENDO108(string rules, string name)
    {
        string text = """{"title": "T", "type": "object", "properties": {"a": {"type": "string"}}, """ + rules[1..];
        GenerationModel model = Build(text);

        DiagnosticInfo d = SingleDiagnostic(model, "PENDO108");
        Assert.Contains("\"" + name + "\"", d.Arguments[0]);
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, d.ToDiagnostic().Severity);
        Assert.Single(model.Objects);
    }

    [Fact]
    public void A_no_effect_condition_naming_an_undeclared_property_is_PENDO108()
    {
        GenerationModel model = Build("""
            {"title": "T", "type": "object", "properties": {"a": {"type": "string", "x-no-effect-unless": {"required": ["b"]}}}}
            """);

        Assert.Contains("\"b\"", SingleDiagnostic(model, "PENDO108").Arguments[0]);
    }

    [Fact]
    public void A_rule_the_typed_checks_cannot_evaluate_goes_whole_to_the_json_evaluator()
    {
        GenerationModel model = Build("""
            {
              "title": "T",
              "type": "object",
              "properties": { "a": { "type": "string" }, "b": { "type": "string" } },
              "allOf": [
                { "required": ["a"] },
                {
                  "if": { "if": { "required": ["a"] }, "then": { "required": ["b"] } },
                  "then": { "required": ["b"] }
                }
              ]
            }
            """);

        Assert.DoesNotContain(model.Diagnostics, d => d.DescriptorId == "PENDO109");
        ObjectSpec record = Object(model, "Test.T");
        Assert.Single(record.Rules.AllOf); // the typed entry stays typed
        Assert.Equal(new[] { "a" }, record.Rules.AllOf[0].Required);
        Assert.NotNull(record.JsonRules); // the nested if, with its whole meaning
        Assert.Contains("\"if\":{\"if\"", record.JsonRules, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"not": {"dependentRequired": {"a": ["b"]}}}""", "not")]
    [InlineData("""{"if": {"items": {"type": "string"}}, "then": {"required": ["b"]}}""", "if")]
    [InlineData("""{"if": {"else": {"required": ["a"]}}, "then": {"required": ["b"]}}""", "if")]
    [InlineData("""{"if": {"properties": {"a": {"type": "string"}}}, "then": {"required": ["b"]}}""", "if")]
    public void Conditions_with_keywords_the_typed_checks_skip_are_json_rules_not_PENDO109(string rules, string keyword)
    {
        string text = """{"title": "T", "type": "object", "properties": {"a": {"type": "string"}, "b": {"type": "string"}}, """ + rules[1..];
        GenerationModel model = Build(text);
        Assert.DoesNotContain(model.Diagnostics, d => d.DescriptorId == "PENDO109");
        Assert.Contains("\"" + keyword + "\":", Object(model, "Test.T").JsonRules, StringComparison.Ordinal);
    }

    [Fact]
    public void An_if_inside_a_no_effect_condition_is_still_PENDO109()
    {
        GenerationModel model = Build("""
            {"title": "T", "type": "object", "properties": {"a": {"type": "string"},
              "b": {"type": "string", "x-no-effect-unless": {"if": {"required": ["a"]}, "then": {"required": ["a"]}}}}}
            """);
        SingleDiagnostic(model, "PENDO109");
    }

    // ---- determinism ----

    [Fact]
    public void The_model_does_not_depend_on_the_order_of_the_documents()
    {
        SchemaDocument[] documents = SchemaFile.Shipped
            .Select(s => SchemaParser.Parse(s.Path, s.Namespace!, s.Text))
            .Append(SchemaParser.Parse("/s/dup.schema.json", "PendoGen", """{"title": "PendoConfig", "type": "object", "properties": {"to_json": {"type": "string"}, "x": {"$ref": "nowhere.json"}}}"""))
            .Append(SchemaParser.Parse("/s/widget.schema.json", "Widgets", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "widget-connector.schema.json"))))
            .ToArray();

        GenerationModel forward = ModelBuilder.Build([.. documents]);
        GenerationModel backward = ModelBuilder.Build([.. documents.Reverse()]);
        GenerationModel shuffled = ModelBuilder.Build([.. documents.OrderBy(d => d.Path.GetHashCode(StringComparison.Ordinal) ^ 0x5bd1e995)]);

        Assert.Contains(forward.Diagnostics, d => d.DescriptorId == "PENDO105");
        Assert.Contains(forward.Diagnostics, d => d.DescriptorId == "PENDO104");
        Assert.Equal(forward, backward);
        Assert.Equal(forward, shuffled);
        Assert.Equal(forward.GetHashCode(), backward.GetHashCode());
        Assert.Equal(forward.Diagnostics, backward.Diagnostics);
    }

    [Fact]
    public void Building_twice_from_separately_parsed_documents_gives_equal_models()
    {
        GenerationModel a = BuildShipped();
        GenerationModel b = BuildShipped();
        Assert.NotSame(a, b);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }
}
