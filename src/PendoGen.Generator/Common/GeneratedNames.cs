namespace PendoGen.Common;

/// <summary>
/// Every name the generated code declares or calls, kept in one place: the emitters write them, and the model
/// builder (reserved names), the analyzer (which members and types are generated) and the runtime loader read them.
/// Rename a generated member here and every place that must agree follows.
/// </summary>
internal static class GeneratedNames
{
    /// <summary>The tool name stamped into <c>[GeneratedCode]</c>; the analyzer recognises generated records by it.</summary>
    public const string GeneratorName = "PendoGen";

    /// <summary>The namespace of the runtime's public API (ValidationIssue, ValidationSeverity, Secret).</summary>
    public const string RuntimeNamespace = "PendoGen";

    /// <summary>The namespace of the runtime's plumbing, always internal to each assembly.</summary>
    public const string InternalNamespace = "PendoGen.Internal";

    // ---- Members a generated record declares (a schema property with one of these names is renamed). ----
    public const string Validate = "Validate";
    public const string ValidateInto = "ValidateInto";
    public const string ToJson = "ToJson";
    public const string FromJson = "FromJson";
    public const string WriteTo = "WriteTo";
    public const string ReadFrom = "ReadFrom";
    public const string Converter = "Converter";
    public const string JsonPropertyIndex = "JsonPropertyIndex";
    public const string ReadProperties = "ReadProperties";
    public const string ValidationPatterns = "ValidationPatterns";
    public const string AdditionalProperties = "AdditionalProperties";

    /// <summary>The members a generated record declares itself, <see cref="object"/>'s and the compiler's record members included.</summary>
    public static readonly string[] RecordMembers =
    {
        AdditionalProperties, Validate, ValidateInto, ToJson, FromJson, WriteTo, ReadFrom, Converter,
        JsonPropertyIndex, ReadProperties, ValidationPatterns,
        "Equals", "GetHashCode", "ToString", "GetType", "EqualityContract", "PrintMembers", "Deconstruct",
        "MemberwiseClone", "Finalize",
    };

    // ---- Helper types generated beside an enum X: XWire and XJsonConverter. ----
    public const string WireSuffix = "Wire";
    public const string JsonConverterSuffix = "JsonConverter";

    /// <summary>The suffixes of the helper types generated beside an enum, whose names must be free too.</summary>
    public static readonly string[] EnumHelperSuffixes = { WireSuffix, JsonConverterSuffix };

    // ---- Runtime support types (src/PendoGen.Generator/Runtime), metadata names and as generated code names them. ----
    public const string ValidationIssueMetadataName = "PendoGen.ValidationIssue";
    public const string JsonSupportMetadataName = "PendoGen.Internal.JsonSupport";
    public const string SchemaAttributeMetadataName = "PendoGen.Internal.PendoGenSchemaAttribute";

    /// <summary>The public API types of the runtime (namespace PendoGen): no generated type may have one of these names.</summary>
    public static readonly string[] RuntimeApiMetadataNames = { ValidationIssueMetadataName, "PendoGen.ValidationSeverity", "PendoGen.Secret" };

    public const string Secret = "global::PendoGen.Secret";
    public const string SchemaAttribute = "global::PendoGen.Internal.PendoGenSchema";
    public const string JsonSupport = "global::PendoGen.Internal.JsonSupport";
    public const string ValidationSupport = "global::PendoGen.Internal.ValidationSupport";
    public const string EqualitySupport = "global::PendoGen.Internal.EqualitySupport";
    public const string JsonRules = "global::PendoGen.Internal.JsonRules";
    public const string TextRules = "global::PendoGen.Internal.TextRules";
    public const string ValidationPath = "global::PendoGen.Internal.ValidationPath";
    public const string PendoJsonException = "global::PendoGen.Internal.PendoJsonException";
    public const string SharedText = "global::PendoGen.Internal.SharedText";
    public const string ValidationIssue = "global::PendoGen.ValidationIssue";
    public const string ValidationSeverity = "global::PendoGen.ValidationSeverity";
    public const string IssueList = "global::System.Collections.Generic.List<global::PendoGen.ValidationIssue>";

    // ---- Framework types. ----
    public const string GeneratedCode = "global::System.CodeDom.Compiler.GeneratedCodeAttribute";

    /// <summary>The simple name of <c>[GeneratedCode]</c>, as a symbol reports it.</summary>
    public const string GeneratedCodeAttributeName = "GeneratedCodeAttribute";

    public const string EditorBrowsableNever =
        "[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]";

    public const string Utf8JsonReader = "global::System.Text.Json.Utf8JsonReader";
    public const string Utf8JsonWriter = "global::System.Text.Json.Utf8JsonWriter";
    public const string JsonEncodedText = "global::System.Text.Json.JsonEncodedText";
    public const string JsonElement = "global::System.Text.Json.JsonElement";
    public const string JsonTokenType = "global::System.Text.Json.JsonTokenType";
    public const string JsonSerializerOptions = "global::System.Text.Json.JsonSerializerOptions";
    public const string JsonConverterAttribute = "global::System.Text.Json.Serialization.JsonConverterAttribute";
    public const string JsonConverterOf = "global::System.Text.Json.Serialization.JsonConverter";
    public const string AdditionalPropertiesType =
        "global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Text.Json.JsonElement>";

    /// <summary>The version stamped into <c>[GeneratedCode]</c>.</summary>
    public static string Version { get; } =
        typeof(GeneratedNames).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    /// <summary>The placeholder the runtime source files hold where <see cref="Version"/> goes.</summary>
    public const string VersionPlaceholder = "$VERSION$";

    public static string GeneratedCodeAttribute => $"[{GeneratedCode}(\"{GeneratorName}\", \"{Version}\")]";
}
