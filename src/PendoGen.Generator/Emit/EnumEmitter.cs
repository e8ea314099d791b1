using System.Linq;
using PendoGen.Model;
using static PendoGen.Emit.SourceNames;

namespace PendoGen.Emit;

/// <summary>
/// Emits a C# enum for a string enum of the schema, plus its wire helpers (exact spelling both ways) and a
/// <c>JsonConverter</c> so System.Text.Json uses the same code.
/// </summary>
internal static class EnumEmitter
{
    public static string Emit(EnumSpec spec)
    {
        var w = new SourceWriter();
        WriteHeader(w, spec.Namespace);
        string type = "global::" + spec.FullName;
        string wire = type + "Wire";

        DocComments.Summary(w, spec.Description is { } d ? DocComments.Escape(d) : $"The values of {spec.Name}.");
        w.Line(GeneratedCodeAttribute);
        w.Line($"[{JsonConverterAttribute}(typeof({type}JsonConverter))]");
        using (w.Open($"public enum {spec.Name}"))
        {
            foreach (EnumMemberSpec member in spec.Members)
            {
                DocComments.Summary(w, $"Wire value <c>{DocComments.Escape(member.WireValue)}</c>.");
                w.Line(member.ClrName + ",");
            }
        }

        w.Line();
        DocComments.Summary(w, $"Converts <see cref=\"{spec.Name}\"/> to and from its exact wire spelling.");
        w.Line(GeneratedCodeAttribute);
        using (w.Open($"public static class {spec.Name}Wire"))
        {
            foreach (EnumMemberSpec member in spec.Members)
            {
                w.Line($"private static readonly {JsonEncodedText} s_{member.ClrName} = {JsonEncodedText}.Encode({JsonLiteral.CSharpString(member.WireValue)});");
            }

            w.Line();
            DocComments.Summary(w, "The exact spelling the API expects.");
            WriteSwitch(w, $"public static string ToWireValue(this {type} value) => value switch", spec, type, m => JsonLiteral.CSharpString(m.WireValue),
                $"throw new global::System.ArgumentOutOfRangeException(nameof(value), value, \"Not a defined {spec.Name} value.\")");

            w.Line();
            w.Line(EditorBrowsableNever);
            WriteSwitch(w, $"public static {JsonEncodedText} ToEncodedWireValue({type} value) => value switch", spec, type, m => "s_" + m.ClrName,
                $"throw new global::System.ArgumentOutOfRangeException(nameof(value), value, \"Not a defined {spec.Name} value.\")");

            w.Line();
            // The members are declared without values, so they are 0..n-1: a range test. ("value is A or B or ..." over
            // thousands of members takes the compiler minutes, and overflows its stack beyond about ten thousand.)
            string range = spec.Members.Count == 0 ? "false" : $"value is >= {type}.{spec.Members[0].ClrName} and <= {type}.{spec.Members[spec.Members.Count - 1].ClrName}";
            w.Line($"public static bool IsDefined({type} value) => {range};");
            w.Line();
            DocComments.Summary(w, "The wire spelling of a defined value, else the number: for messages.");
            w.Line($"public static string Describe({type} value) => IsDefined(value) ? \"'\" + ToWireValue(value) + \"'\" : ((long)value).ToString(global::System.Globalization.CultureInfo.InvariantCulture);");
            w.Line();
            DocComments.Summary(w, "Parses the exact (case-sensitive) wire spelling.");
            using (w.Open($"public static bool TryParse(string? text, out {type} value)"))
            {
                using (w.Open("switch (text)"))
                {
                    foreach (EnumMemberSpec member in spec.Members)
                    {
                        w.Line($"case {JsonLiteral.CSharpString(member.WireValue)}: value = {type}.{member.ClrName}; return true;");
                    }

                    w.Line("default: value = default; return false;");
                }
            }

            w.Line();
            w.Line(EditorBrowsableNever);
            using (w.Open($"public static {type} Read(ref {Utf8JsonReader} reader)"))
            {
                using (w.Open($"if (reader.TokenType != {JsonTokenType}.String)"))
                {
                    w.Line($"throw {JsonSupport}.Expected(\"a string\", ref reader);");
                }

                foreach (EnumMemberSpec member in spec.Members)
                {
                    // ValueTextEquals compares the unescaped value: the encoded bytes match only when encoding escaped
                    // nothing ("UTC +9" is encoded "UTC \u002B9"); otherwise compare with the string itself.
                    w.Line(EncodesVerbatim(member.WireValue)
                        ? $"if (reader.ValueTextEquals(s_{member.ClrName}.EncodedUtf8Bytes)) return {type}.{member.ClrName};"
                        : $"if (reader.ValueTextEquals({JsonLiteral.CSharpString(member.WireValue)})) return {type}.{member.ClrName};");
                }

                string allowed = string.Join(", ", spec.Members.Select(m => m.WireValue));
                w.Line($"throw new global::PendoGen.Internal.PendoJsonException({JsonLiteral.CSharpString($"Not a {spec.Name} value; expected one of: {allowed} (exact case).")}, \"$\");");
            }
        }

        w.Line();
        DocComments.Summary(w, $"Reads and writes <see cref=\"{spec.Name}\"/> by its wire spelling.");
        w.Line(GeneratedCodeAttribute);
        using (w.Open($"public sealed class {spec.Name}JsonConverter : {JsonConverterOf}<{type}>"))
        {
            w.Line($"public override {type} Read(ref {Utf8JsonReader} reader, global::System.Type typeToConvert, {JsonSerializerOptions} options) => {wire}.Read(ref reader);");
            w.Line();
            w.Line($"public override void Write({Utf8JsonWriter} writer, {type} value, {JsonSerializerOptions} options) => writer.WriteStringValue({wire}.ToEncodedWireValue(value));");
        }

        return w.ToString();
    }

    /// <summary>Emits an expression-bodied member whose body is a switch over every enum member.</summary>
    private static void WriteSwitch(SourceWriter w, string header, EnumSpec spec, string type, System.Func<EnumMemberSpec, string> arm, string fallback)
    {
        w.Line(header);
        w.Line("{");
        foreach (EnumMemberSpec member in spec.Members)
        {
            w.Line($"    {type}.{member.ClrName} => {arm(member)},");
        }

        w.Line($"    _ => {fallback},");
        w.Line("};");
    }

    /// <summary>Whether <c>JsonEncodedText.Encode</c> (default encoder) leaves the value as it is: printable ASCII that is not HTML-sensitive.</summary>
    private static bool EncodesVerbatim(string value)
    {
        foreach (char c in value)
        {
            if (c < 0x20 || c > 0x7E || c is '"' or '\\' or '<' or '>' or '&' or '\'' or '+' or '`')
            {
                return false;
            }
        }

        return true;
    }
}
