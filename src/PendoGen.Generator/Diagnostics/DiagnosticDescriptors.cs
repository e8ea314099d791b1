using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PendoGen.Diagnostics;

/// <summary>
/// The one catalog of compiler diagnostics. PENDO1xx are problems in a schema file. Keep in sync with
/// AnalyzerReleases.Unshipped.md and docs/rules/.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string SchemaCategory = "PendoGen.Schema";

    public static readonly DiagnosticDescriptor InvalidJson = Create(
        DiagnosticIds.InvalidJson, "Schema file is not valid JSON", "Schema file is not valid JSON: {0}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidRoot = Create(
        DiagnosticIds.InvalidRoot, "Schema cannot produce a type", "{0}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnsupportedKeyword = Create(
        DiagnosticIds.UnsupportedKeyword, "Unsupported schema keyword", "{0}", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InvalidKeywordValue = Create(
        DiagnosticIds.InvalidKeywordValue, "Invalid schema keyword value", "{0}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnresolvedReference = Create(
        DiagnosticIds.UnresolvedReference, "Schema reference cannot be resolved", "{0}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor TypeNameCollision = Create(
        DiagnosticIds.TypeNameCollision, "Generated type name collides", "{0}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor MemberRenamed = Create(
        DiagnosticIds.MemberRenamed, "Generated member renamed", "{0}", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InvalidPattern = Create(
        DiagnosticIds.InvalidPattern, "Invalid regular expression", "Pattern '{0}' is not a valid regular expression: {1}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnknownPropertyInRule = Create(
        DiagnosticIds.UnknownPropertyInRule, "Rule names an unknown property", "{0}", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnsupportedCondition = Create(
        DiagnosticIds.UnsupportedCondition, "Condition keyword not supported", "{0}", DiagnosticSeverity.Warning);

    /// <summary>A keyword PendoGen honours elsewhere but not at this place of the schema.</summary>
    public static readonly DiagnosticDescriptor KeywordNotHonouredHere = Create(
        DiagnosticIds.KeywordNotHonouredHere, "Keyword not honoured at this place", "{0}", DiagnosticSeverity.Warning);

    // PENDO120-129: reading an OpenAPI document (AdditionalFiles item with PendoGenOpenApiServices). Apart from
    // PENDO120 these are lint: how a vendor quirk was read. They never fail a build by default.
    public static readonly DiagnosticDescriptor OpenApiServiceNotFound = Create(
        DiagnosticIds.OpenApiServiceNotFound, "OpenAPI service not found", "{0}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor ObjectTypedStringEnum = Create(
        DiagnosticIds.ObjectTypedStringEnum, "String enum written as \"type\": \"object\"", "{0}", DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor EmptyTitle = Create(
        DiagnosticIds.EmptyTitle, "Empty title ignored", "{0}", DiagnosticSeverity.Hidden);

    public static readonly DiagnosticDescriptor ExampleIsDocumentation = Create(
        DiagnosticIds.ExampleIsDocumentation, "'example' is documentation", "{0}", DiagnosticSeverity.Hidden);

    public static readonly DiagnosticDescriptor EmptyObjectKeepsProperties = Create(
        DiagnosticIds.EmptyObjectKeepsProperties, "Object without properties keeps every property", "{0}", DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor IdenticalDefinitionsMerged = Create(
        DiagnosticIds.IdenticalDefinitionsMerged, "Identical definitions share one type", "{0}", DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor EnumMemberSpelledOut = Create(
        DiagnosticIds.EnumMemberSpelledOut, "Enum member name spells out symbols", "{0}", DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor DefinitionRenamed = Create(
        DiagnosticIds.DefinitionRenamed, "Definition renamed to keep names apart", "{0}", DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor NumericEnumWrittenAsStrings = Create(
        DiagnosticIds.NumericEnumWrittenAsStrings, "Numeric enum written as strings", "{0}", DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor PropertiesWithoutObjectType = Create(
        DiagnosticIds.PropertiesWithoutObjectType, "Object schema without a type", "{0}", DiagnosticSeverity.Hidden);

    /// <summary>A bug in PendoGen itself, reported instead of crashing the compiler (CS8785).</summary>
    public static readonly DiagnosticDescriptor InternalError = Create(
        DiagnosticIds.InternalError, "PendoGen internal error", "PendoGen could not process this schema because of an internal error; please report it: {0}", DiagnosticSeverity.Error);

    private const string RulesCategory = "PendoGen.Configuration";

    public static readonly DiagnosticDescriptor RequiredMissing = CreateRule(
        DiagnosticIds.RequiredMissing, "Required setting missing", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor ConditionalRequirement = CreateRule(
        DiagnosticIds.ConditionalRequirement, "Conditional requirement not met", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor FormatOrPattern = CreateRule(
        DiagnosticIds.FormatOrPattern, "Value has the wrong format", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor ValueNotAllowed = CreateRule(
        DiagnosticIds.ValueNotAllowed, "Value not allowed", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor NoEffect = CreateRule(
        DiagnosticIds.NoEffect, "Setting has no effect", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnknownProperty = CreateRule(
        DiagnosticIds.UnknownProperty, "Unknown property", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor HardCodedSecret = CreateRule(
        DiagnosticIds.HardCodedSecret, "Secret written in source code", DiagnosticSeverity.Warning);

    // Set-up problems: a file or setting PendoGen would otherwise ignore without a word.
    private const string SetupCategory = "PendoGen.Setup";

    public static readonly DiagnosticDescriptor SchemaNotNamedAsSchema = CreateSetup(
        DiagnosticIds.SchemaNotNamedAsSchema, "JSON Schema file ignored: not named *.schema.json",
        "'{0}' looks like a JSON Schema but PendoGen reads only files named *.schema.json, so it generates nothing from it: rename it to '{1}'",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor ConfigSchemaNotFound = CreateSetup(
        DiagnosticIds.ConfigSchemaNotFound, "JSON config file not checked: its schema is unknown",
        "PendoGenSchema '{0}' names no schema, so this file is not checked; use a root record name, its full name or a schema file name: {1}",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InvalidNamespace = Create(
        DiagnosticIds.InvalidNamespace, "Invalid namespace for generated types",
        "'{0}' is not a valid C# namespace ({1}), so no types are generated from this schema: set the PendoGenNamespace metadata of its AdditionalFiles item (or the project's RootNamespace) to a valid one",
        DiagnosticSeverity.Error);

    /// <summary>Set-up diagnostics the analyzer reports (PENDO135, an invalid namespace, is the generator's).</summary>
    public static IReadOnlyList<DiagnosticDescriptor> AnalyzerSetup { get; } = new[] { SchemaNotNamedAsSchema, ConfigSchemaNotFound };

    /// <summary>The rules the analyzer reports over literal configurations (the IDs the generated Validate() uses).</summary>
    public static IReadOnlyList<DiagnosticDescriptor> Rules { get; } = new[]
    {
        RequiredMissing, ConditionalRequirement, FormatOrPattern, ValueNotAllowed, NoEffect, UnknownProperty, HardCodedSecret,
    };

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = new[]
    {
        InvalidJson, InvalidRoot, UnsupportedKeyword, InvalidKeywordValue, UnresolvedReference,
        TypeNameCollision, MemberRenamed, InvalidPattern, UnknownPropertyInRule, UnsupportedCondition, KeywordNotHonouredHere, InternalError,
        SchemaNotNamedAsSchema, ConfigSchemaNotFound, InvalidNamespace,
        OpenApiServiceNotFound, ObjectTypedStringEnum, EmptyTitle, ExampleIsDocumentation, EmptyObjectKeepsProperties,
        IdenticalDefinitionsMerged, EnumMemberSpelledOut, DefinitionRenamed, NumericEnumWrittenAsStrings, PropertiesWithoutObjectType,
    };

    private static readonly Dictionary<string, DiagnosticDescriptor> s_byId = All.Concat(Rules).ToDictionary(d => d.Id);

    public static DiagnosticDescriptor ById(string id) => s_byId[id];

    /// <summary>Where the rule pages live: docs/rules/ of the repository.</summary>
    private const string HelpLinkBase = RepositoryInfo.RulePagesBase;

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity) =>
        new(id, title, message, SchemaCategory, severity, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id + ".md");

    private static DiagnosticDescriptor CreateSetup(string id, string title, string message, DiagnosticSeverity severity) =>
        new(id, title, message, SetupCategory, severity, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id + ".md");

    // Message: "$.config.app_ids: 'app_ids' is required when sync_mode is 'SpecificAppIds'. <reason>"
    private static DiagnosticDescriptor CreateRule(string id, string title, DiagnosticSeverity severity) =>
        new(id, title, "{1}: {0}", RulesCategory, severity, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id + ".md");
}
