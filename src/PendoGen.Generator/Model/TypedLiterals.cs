using System.Globalization;
using PendoGen.Common;

namespace PendoGen.Model;

/// <summary>Turns a schema literal (<c>const</c>, <c>enum</c>, <c>default</c>) into a C# expression of a property's type.</summary>
internal static class TypedLiterals
{
    /// <summary>The C# expression, or null when the literal cannot be a value of that type (it then never matches).</summary>
    public static string? Expression(JsonLiteral literal, TypeRef type)
    {
        switch (type.Kind)
        {
            case ValueKind.String when literal.Kind == LiteralKind.String:
                return CSharpLiterals.String(literal.Text);
            case ValueKind.Boolean when literal.Kind == LiteralKind.Boolean:
                return literal.Text;
            // JSON Schema's integers include a zero fraction: a const of -2.0 is the integer -2.
            case ValueKind.Int32 when literal.Kind == LiteralKind.Number && Whole(literal.Text) is { } i && i >= int.MinValue && i <= int.MaxValue:
                return ((int)i).ToString(CultureInfo.InvariantCulture);
            case ValueKind.Int64 when literal.Kind == LiteralKind.Number && Whole(literal.Text) is { } l && l >= long.MinValue && l <= long.MaxValue:
                return ((long)l).ToString(CultureInfo.InvariantCulture) + "L";
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

    private static decimal? Whole(string text) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal d) && d == decimal.Truncate(d) ? d : null;

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
