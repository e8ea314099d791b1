using System.Globalization;
using PendoGen.Model;

namespace PendoGen.Emit;

/// <summary>Turns a schema literal (<c>const</c>, <c>enum</c>, <c>default</c>) into a C# expression of a property's type.</summary>
internal static class TypedLiterals
{
    /// <summary>The C# expression, or null when the literal cannot be a value of that type (it then never matches).</summary>
    public static string? Expression(JsonLiteral literal, TypeRef type)
    {
        switch (type.Kind)
        {
            case ValueKind.String when literal.Kind == LiteralKind.String:
                return JsonLiteral.CSharpString(literal.Text);
            case ValueKind.Boolean when literal.Kind == LiteralKind.Boolean:
                return literal.Text;
            case ValueKind.Int32 when literal.Kind == LiteralKind.Number &&
                                      int.TryParse(literal.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int i):
                return i.ToString(CultureInfo.InvariantCulture);
            case ValueKind.Int64 when literal.Kind == LiteralKind.Number &&
                                      long.TryParse(literal.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long l):
                return l.ToString(CultureInfo.InvariantCulture) + "L";
            case ValueKind.Double when literal.Kind == LiteralKind.Number &&
                                       double.TryParse(literal.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) &&
                                       !double.IsInfinity(d):
                return d.ToString("R", CultureInfo.InvariantCulture) + "d";
            case ValueKind.Enum when literal.Kind == LiteralKind.String:
                foreach (EnumMemberSpec member in type.EnumMembers)
                {
                    if (member.WireValue == literal.Text)
                    {
                        return $"global::{type.GeneratedName}.{member.ClrName}";
                    }
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary>A numeric bound as a C# literal comparable with the property's type.</summary>
    public static string Bound(string raw, TypeRef type)
    {
        if (type.Kind != ValueKind.Double && long.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long whole))
        {
            return whole.ToString(CultureInfo.InvariantCulture) + "L";
        }

        // Beyond long, or fractional: compare as double; beyond double, as infinity.
        double value = double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture);
        return double.IsPositiveInfinity(value) ? "double.PositiveInfinity"
            : double.IsNegativeInfinity(value) ? "double.NegativeInfinity"
            : value.ToString("R", CultureInfo.InvariantCulture) + "d";
    }
}
