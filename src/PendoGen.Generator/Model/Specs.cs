using PendoGen.Common;

namespace PendoGen.Model;

/// <summary>Everything the emitters need for one generated record. No Roslyn objects, no positions.</summary>
/// <param name="IsReadOnly">From a schema whose root says <c>readOnly: true</c>: an API response, which may hold masked secrets.</param>
/// <param name="JsonRules">The record's rules no C# type expresses, as a bundle for the JSON evaluator (checked on the record's JSON).</param>
internal sealed record ObjectSpec(
    string Namespace,
    string Name,
    string? Description,
    string SchemaFile,
    EquatableArray<PropertySpec> Properties,
    ConstraintSpec Rules,
    UnknownPropertyPolicy UnknownProperties,
    bool IsReadOnly = false,
    string? JsonRules = null)
{
    public string FullName => Namespace.Length == 0 ? Name : Namespace + "." + Name;
}

/// <summary>One property of a generated record.</summary>
/// <param name="JsonName">The wire name, exactly as in the schema.</param>
/// <param name="ClrName">The C# property name.</param>
/// <param name="IsRequired">In the schema's unconditional <c>required</c>: a C# <c>required</c> member.</param>
/// <param name="ConstValue">For a <c>const</c> property: the constant, as JSON text; the property defaults to it.</param>
/// <param name="DefaultValue">The schema <c>default</c> as JSON text (documentation, and "no effect" checks).</param>
/// <param name="NoEffectUnless">The <c>x-no-effect-unless</c> condition on the parent object.</param>
/// <param name="JsonRules">For a <c>JsonElement</c> property: its schema as a bundle for the JSON evaluator (null when it asserts nothing).</param>
internal sealed record PropertySpec(
    string JsonName,
    string ClrName,
    TypeRef Type,
    bool IsRequired,
    bool IsSecret,
    JsonLiteral? ConstValue,
    JsonLiteral? DefaultValue,
    string? Description,
    ConstraintSpec? NoEffectUnless,
    string? JsonRules = null)
{
    /// <summary>Whether "not set" is representable (<c>null</c>): everything except required and const members.</summary>
    public bool IsOptional => !IsRequired && ConstValue is null;
}

/// <summary>What happens to JSON properties the schema does not declare.</summary>
internal enum UnknownPropertyPolicy
{
    /// <summary><c>additionalProperties</c> absent: kept, written back, reported as a warning.</summary>
    KeepAndWarn,

    /// <summary><c>additionalProperties: true</c>: kept and written back silently.</summary>
    Keep,

    /// <summary><c>additionalProperties: false</c>: kept, written back, reported as an error.</summary>
    KeepAndError,
}

/// <summary>A generated enum: C# member names next to their exact wire spelling.</summary>
internal sealed record EnumSpec(string Namespace, string Name, string? Description, EquatableArray<EnumMemberSpec> Members)
{
    public string FullName => Namespace.Length == 0 ? Name : Namespace + "." + Name;
}

internal sealed record EnumMemberSpec(string ClrName, string WireValue);
