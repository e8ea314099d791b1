using PendoGen.Common;

namespace PendoGen.Model;

/// <summary>The kinds of C# type a schema value maps to.</summary>
internal enum ValueKind
{
    String,
    Int32,
    Int64,
    Double,
    Boolean,
    Date,
    DateTime,
    Enum,
    Object,
    Array,

    /// <summary>A schema with no type: kept as a raw <c>JsonElement</c>.</summary>
    Json,
}

/// <summary>
/// A C# type reduced to strings: the fully qualified name of a generated type, or the kind of a built-in one.
/// </summary>
/// <param name="Lenient">Read leniently (<c>x-lenient</c>): accepts a number for a string and the reverse.</param>
internal sealed record TypeRef(ValueKind Kind, string? GeneratedName = null, TypeRef? Item = null, EquatableArray<EnumMemberSpec> EnumMembers = default, bool Lenient = false)
{
    public static readonly TypeRef String = new(ValueKind.String);
    public static readonly TypeRef Int32 = new(ValueKind.Int32);
    public static readonly TypeRef Int64 = new(ValueKind.Int64);
    public static readonly TypeRef Double = new(ValueKind.Double);
    public static readonly TypeRef Boolean = new(ValueKind.Boolean);
    public static readonly TypeRef Date = new(ValueKind.Date);
    public static readonly TypeRef DateTime = new(ValueKind.DateTime);
    public static readonly TypeRef Json = new(ValueKind.Json);

    /// <summary>The C# spelling, <c>global::</c>-qualified, without nullability.</summary>
    public string CSharpName => Kind switch
    {
        ValueKind.String => "string",
        ValueKind.Int32 => "int",
        ValueKind.Int64 => "long",
        ValueKind.Double => "double",
        ValueKind.Boolean => "bool",
        ValueKind.Date => "global::System.DateOnly",
        ValueKind.DateTime => "global::System.DateTimeOffset",
        ValueKind.Json => "global::System.Text.Json.JsonElement",
        ValueKind.Array => $"global::System.Collections.Generic.IReadOnlyList<{Item!.CSharpName}>",
        _ => "global::" + GeneratedName,
    };

    /// <summary>True when the C# type is a struct, so "unset" needs <c>Nullable&lt;T&gt;</c>.</summary>
    public bool IsValueType => Kind is not (ValueKind.String or ValueKind.Object or ValueKind.Array);
}
