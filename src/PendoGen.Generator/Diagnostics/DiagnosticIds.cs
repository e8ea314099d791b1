namespace PendoGen.Diagnostics;

/// <summary>
/// Every diagnostic ID PendoGen reports, in one place: the descriptor catalogs (<see cref="DiagnosticDescriptors"/>,
/// <see cref="ProjectDiagnostics"/>), the generated <c>Validate()</c> (PENDO001-007 in <c>ValidationIssue.RuleId</c>),
/// the analyzer and the code fixes use these constants. Keep in sync with AnalyzerReleases.Unshipped.md and docs/rules/.
/// </summary>
internal static class DiagnosticIds
{
    // Configuration rules: what the generated Validate() and the analyzer report about a value.
    public const string RequiredMissing = Internal.SharedText.RequiredMissingId;
    public const string ConditionalRequirement = Internal.SharedText.ConditionalRequirementId;
    public const string FormatOrPattern = Internal.SharedText.FormatOrPatternId;
    public const string ValueNotAllowed = Internal.SharedText.ValueNotAllowedId;
    public const string NoEffect = "PENDO005";
    public const string UnknownProperty = Internal.SharedText.UnknownPropertyId;
    public const string HardCodedSecret = "PENDO007";

    // Project set-up.
    public const string ProvidedTwice = "PENDO010";
    public const string InvisibleToOtherGenerator = "PENDO011";
    public const string UnsupportedTarget = "PENDO012";
    public const string SchemaNotNamedAsSchema = "PENDO015";
    public const string ConfigSchemaNotFound = "PENDO016";

    // Schema files.
    public const string InvalidJson = "PENDO100";
    public const string InvalidRoot = "PENDO101";
    public const string UnsupportedKeyword = "PENDO102";
    public const string InvalidKeywordValue = "PENDO103";
    public const string UnresolvedReference = "PENDO104";
    public const string TypeNameCollision = "PENDO105";
    public const string MemberRenamed = "PENDO106";
    public const string InvalidPattern = "PENDO107";
    public const string UnknownPropertyInRule = "PENDO108";
    public const string UnsupportedCondition = "PENDO109";
    public const string KeywordNotHonouredHere = "PENDO110";
    public const string InvalidNamespace = "PENDO135";
    public const string InternalError = "PENDO199";

    // Reading an OpenAPI document.
    public const string OpenApiServiceNotFound = "PENDO120";
    public const string ObjectTypedStringEnum = "PENDO121";
    public const string EmptyTitle = "PENDO122";
    public const string ExampleIsDocumentation = "PENDO123";
    public const string EmptyObjectKeepsProperties = "PENDO124";
    public const string IdenticalDefinitionsMerged = "PENDO125";
    public const string EnumMemberSpelledOut = "PENDO126";
    public const string DefinitionRenamed = "PENDO127";
    public const string NumericEnumWrittenAsStrings = "PENDO128";
    public const string PropertiesWithoutObjectType = "PENDO129";
}
