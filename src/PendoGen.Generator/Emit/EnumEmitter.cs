using System.Linq;
using PendoGen.Common;
using PendoGen.Model;
using static PendoGen.Common.GeneratedNames;

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
        w.Header(spec.Namespace);
        string type = "global::" + spec.FullName;
        string wire = type + WireSuffix;

        DocComments.Summary(w, spec.Description is { } d ? DocComments.Escape(d) : $"The values of {spec.Name}.");
        w.Line(GeneratedCodeAttribute);
        w.Line($"[{JsonConverterAttribute}(typeof({type}{JsonConverterSuffix}))]");
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
        using (w.Open($"public static class {spec.Name}{WireSuffix}"))
        {
            foreach (EnumMemberSpec member in spec.Members)
            {
                w.Line($"private static readonly {JsonEncodedText} s_{member.ClrName} = {JsonEncodedText}.Encode({CSharpLiterals.String(member.WireValue)});");
                // Reading compares unescaped UTF-8; the encoded form above is the writer's, escaped ("UTC+1" → "UTC\u002B1").
                w.Line($"private static readonly byte[] u_{member.ClrName} = global::System.Text.Encoding.UTF8.GetBytes({CSharpLiterals.String(member.WireValue)});");
            }

            w.Line();
            DocComments.Summary(w, "The exact spelling the API expects.");
            WriteSwitch(w, $"public static string ToWireValue(this {type} value) => value switch", spec, type, m => CSharpLiterals.String(m.WireValue),
                $"throw new global::System.ArgumentOutOfRangeException(nameof(value), value, \"Not a defined {spec.Name} value.\")");

            w.Line();
            DocComments.Summary(w, "The exact spelling the API expects, pre-encoded for <c>Utf8JsonWriter</c>.");
            w.Line(EditorBrowsableNever);
            WriteSwitch(w, $"public static {JsonEncodedText} ToEncodedWireValue({type} value) => value switch", spec, type, m => "s_" + m.ClrName,
                $"throw new global::System.ArgumentOutOfRangeException(nameof(value), value, \"Not a defined {spec.Name} value.\")");

            w.Line();
            // The members are declared without values, so they are 0..n-1: a range test. ("value is A or B or ..." over
            // thousands of members takes the compiler minutes, and overflows its stack beyond about ten thousand.)
            string range = spec.Members.Count == 0 ? "false" : $"value is >= {type}.{spec.Members[0].ClrName} and <= {type}.{spec.Members[spec.Members.Count - 1].ClrName}";
            DocComments.Summary(w, $"True when <paramref name=\"value\"/> is one of the declared <see cref=\"{spec.Name}\"/> members.");
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
                        w.Line($"case {CSharpLiterals.String(member.WireValue)}: value = {type}.{member.ClrName}; return true;");
                    }

                    w.Line("default: value = default; return false;");
                }
            }

            w.Line();
            DocComments.Summary(w, "Reads the value at the reader's current token by its exact wire spelling; throws <c>System.Text.Json.JsonException</c> for anything else.");
            w.Line(EditorBrowsableNever);
            using (w.Open($"public static {type} Read(ref {Utf8JsonReader} reader)"))
            {
                using (w.Open($"if (reader.TokenType != {JsonTokenType}.String)"))
                {
                    w.Line($"throw {JsonSupport}.Expected(\"a string\", ref reader);");
                }

                foreach (EnumMemberSpec member in spec.Members)
                {
                    w.Line($"if (reader.ValueTextEquals(u_{member.ClrName})) return {type}.{member.ClrName};");
                }

                string allowed = string.Join(", ", spec.Members.Select(m => m.WireValue));
                w.Line($"throw new {PendoJsonException}({CSharpLiterals.String($"Not a {spec.Name} value; expected one of: {allowed} (exact case).")}, \"$\");");
            }
        }

        w.Line();
        DocComments.Summary(w, $"Reads and writes <see cref=\"{spec.Name}\"/> by its wire spelling.");
        w.Line(GeneratedCodeAttribute);
        using (w.Open($"public sealed class {spec.Name}{JsonConverterSuffix} : {JsonConverterOf}<{type}>"))
        {
            DocComments.InheritDoc(w);
            w.ExpressionBodied($"public override {type} Read(ref {Utf8JsonReader} reader, global::System.Type typeToConvert, {JsonSerializerOptions} options)", $"{wire}.Read(ref reader)");
            w.Line();
            DocComments.InheritDoc(w);
            w.ExpressionBodied($"public override void Write({Utf8JsonWriter} writer, {type} value, {JsonSerializerOptions} options)", $"writer.WriteStringValue({wire}.ToEncodedWireValue(value))");
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
}
