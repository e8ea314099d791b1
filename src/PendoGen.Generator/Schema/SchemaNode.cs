using PendoGen.Common;
using PendoGen.Json;

namespace PendoGen.Schema;

/// <summary>
/// One JSON Schema (sub)schema, as written in the file: the keywords PendoGen understands, each already checked
/// for its JSON type, plus the spans needed to point diagnostics at the file. Absent keywords are null/empty.
/// </summary>
internal sealed record SchemaNode
{
    public SourceSpan Span { get; init; }

    /// <summary>Set for the boolean schemas <c>true</c> and <c>false</c>.</summary>
    public bool? BooleanSchema { get; init; }

    public string? Id { get; init; }

    public string? Ref { get; init; }

    public SourceSpan RefSpan { get; init; }

    public string? Type { get; init; }

    public string? Title { get; init; }

    public SourceSpan TitleSpan { get; init; }

    public string? Description { get; init; }

    public EquatableArray<NamedSchema> Properties { get; init; } = EquatableArray<NamedSchema>.Empty;

    public EquatableArray<NamedSchema> Defs { get; init; } = EquatableArray<NamedSchema>.Empty;

    public EquatableArray<string> Required { get; init; } = EquatableArray<string>.Empty;

    public SourceSpan RequiredSpan { get; init; }

    public EquatableArray<JsonValue>? Enum { get; init; }

    public JsonValue? Const { get; init; }

    public JsonValue? Default { get; init; }

    public string? Format { get; init; }

    public string? Pattern { get; init; }

    public SourceSpan PatternSpan { get; init; }

    public string? Minimum { get; init; }

    public string? Maximum { get; init; }

    public string? ExclusiveMinimum { get; init; }

    public string? ExclusiveMaximum { get; init; }

    public int? MinLength { get; init; }

    public int? MaxLength { get; init; }

    public int? MinItems { get; init; }

    public int? MaxItems { get; init; }

    public SchemaNode? Items { get; init; }

    public SchemaNode? If { get; init; }

    public SchemaNode? Then { get; init; }

    public SchemaNode? Else { get; init; }

    public SchemaNode? Not { get; init; }

    public EquatableArray<SchemaNode> AllOf { get; init; } = EquatableArray<SchemaNode>.Empty;

    public EquatableArray<DependentRequirement> DependentRequired { get; init; } = EquatableArray<DependentRequirement>.Empty;

    /// <summary><c>additionalProperties</c>: true, false, or null when absent.</summary>
    public bool? AdditionalProperties { get; init; }

    public bool WriteOnly { get; init; }

    /// <summary><c>readOnly</c>: on a root schema, the API sends these objects and never takes them back.</summary>
    public bool ReadOnly { get; init; }

    /// <summary>
    /// Extension <c>x-lenient</c>: reading JSON accepts what APIs drift to (a number where a string is declared
    /// and the reverse, "true"/"false" strings, enum values not in the list). Applies to everything below it.
    /// </summary>
    public bool? Lenient { get; init; }

    /// <summary>Extension <c>x-severity</c>: "error" or "warning".</summary>
    public string? Severity { get; init; }

    /// <summary>Extension <c>x-reason</c>: why the rule exists, appended to its messages.</summary>
    public string? Reason { get; init; }

    /// <summary>Extension <c>x-no-effect-unless</c>: a condition on the parent object.</summary>
    public SchemaNode? NoEffectUnless { get; init; }

    public bool IsSecret => WriteOnly || Format == "password";

    /// <summary>
    /// The node as written, for the rules that only the JSON evaluator (<c>SchemaRules</c>) checks: they are bundled
    /// from this text, so the generated code and the analyzer evaluate exactly what the file says.
    /// </summary>
    public JsonValue? Source { get; init; }

    /// <summary>Keywords at this node that no C# type expresses (type unions, anyOf, multipleOf, ...): the JSON evaluator checks them.</summary>
    public EquatableArray<string> JsonOnlyKeywords { get; init; } = EquatableArray<string>.Empty;
}

/// <summary>A schema under a name: a property, or a <c>$defs</c> entry.</summary>
internal sealed record NamedSchema(string Name, SourceSpan NameSpan, SchemaNode Schema);

/// <summary>One <c>dependentRequired</c> entry: when <see cref="Property"/> is present, <see cref="Requires"/> must be.</summary>
internal sealed record DependentRequirement(string Property, EquatableArray<string> Requires);

/// <summary>A schema file after parsing: where it is, which namespace it generates into, and its root schema.</summary>
internal sealed record SchemaDocument(string Path, string Namespace, SchemaNode? Root, EquatableArray<Diagnostics.DiagnosticInfo> Diagnostics)
{
    /// <summary>The name other schemas use in a cross-file <c>$ref</c>: the <c>$id</c>, else the file name.</summary>
    public string FileName => System.IO.Path.GetFileName(Path);
}
