using System.Globalization;
using System.Text;

namespace PendoGen.Common;

/// <summary>C# source text for values: how the emitters write a string into generated code.</summary>
internal static class CSharpLiterals
{
    /// <summary>A C# regular string literal, quotes included, holding <paramref name="value"/>: only printable ASCII is written as it is.</summary>
    public static string String(string value)
    {
        if (!NeedsEscaping(value))
        {
            return "\"" + value + "\""; // the common case (names, paths, messages): one string, no builder
        }

        var sb = new StringBuilder(value.Length + 16).Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < 0x20 || c > 0x7E)
                    {
                        sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.Append('"').ToString();
    }

    private static bool NeedsEscaping(string value)
    {
        foreach (char c in value)
        {
            if (c is '"' or '\\' || c < 0x20 || c > 0x7E)
            {
                return true;
            }
        }

        return false;
    }
}
