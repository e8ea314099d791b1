using System.Linq;
using PendoGen.Common;
using PendoGen.Model;
using static PendoGen.Common.GeneratedNames;

namespace PendoGen.Emit;

/// <summary>
/// Emits the reflection-free serializer of a record: <c>ToJson</c>, <c>WriteTo</c>, <c>FromJson</c>,
/// <c>ReadFrom</c> and a <c>JsonConverter</c>. Reading collects every property into locals and builds the record
/// at the end, so a failure never leaves a half-filled object.
/// </summary>
internal static class JsonEmitter
{
    /// <summary>The record's JSON members, into a file whose header <see cref="RecordSource"/> wrote.</summary>
    public static void Write(SourceWriter w, ObjectSpec spec)
    {
        string type = "global::" + spec.FullName;

        using (w.Open($"partial record {spec.Name}"))
        {
            foreach (PropertySpec property in spec.Properties)
            {
                w.Line($"private static readonly {JsonEncodedText} {NameField(property)} = {JsonEncodedText}.Encode({CSharpLiterals.String(property.JsonName)});");
            }

            // Reading compares the unescaped name the reader sees with the name's UTF-8 bytes (not the writer's
            // escaped form, which differs for '"', '+', non-ASCII, ...).
            string[] names = spec.Properties.Select(p => $"global::System.Text.Encoding.UTF8.GetBytes({CSharpLiterals.String(p.JsonName)})").ToArray();
            string allNames = $"private static readonly byte[][] s_allJsonNames = {{ {string.Join(", ", names)} }};";
            if (LineWrapping.Fits(allNames))
            {
                w.Line(allNames);
            }
            else
            {
                w.Line("private static readonly byte[][] s_allJsonNames =");
                w.Wrapped("{", names.Select(name => name + ","));
                w.Line("};");
            }
            w.Line();
            DocComments.Summary(w, "Serializes to compact JSON with the schema's property names; unset optional properties are omitted.");
            w.Line($"public string {ToJson}() => {JsonSupport}.ToJsonString(this, static (value, writer) => value.{WriteTo}(writer));");
            w.Line();
            DocComments.Summary(w, "Serializes as UTF-8 JSON into <paramref name=\"output\"/>.");
            using (w.Open($"public void {WriteTo}(global::System.Buffers.IBufferWriter<byte> output)"))
            {
                // A writer reused per thread: writing into the caller's buffer allocates nothing once warm. On an
                // exception nothing is flushed, so the buffer is not advanced over half an object.
                w.Line($"{Utf8JsonWriter} writer = {JsonSupport}.RentWriter(output);");
                using (w.Open("try"))
                {
                    w.Line($"{WriteTo}(writer);");
                    w.Line("writer.Flush();");
                }

                using (w.Open("finally"))
                {
                    w.Line($"{JsonSupport}.ReturnWriter(writer);");
                }
            }

            w.Line();
            DocComments.Summary(w, "Writes this object as a JSON object.");
            using (w.Open($"public void {WriteTo}({Utf8JsonWriter} writer)"))
            {
                w.Line("writer.WriteStartObject();");
                foreach (PropertySpec property in spec.Properties)
                {
                    if (property.IsSecret && property.Type.Kind == ValueKind.String && !spec.IsReadOnly)
                    {
                        // Never send back the "******" an API returned in place of the secret.
                        w.Line($"if ({Secret}.IsMasked({property.ClrName})) throw {Secret}.MaskedValueWritten({CSharpLiterals.String(property.JsonName)});");
                    }

                    WritePropertyWrite(w, property);
                }

                w.Line($"{JsonSupport}.WriteAdditional(writer, {AdditionalProperties});");
                w.Line("writer.WriteEndObject();");
            }

            w.Line();
            WriteFromJson(w, spec, type);
            w.Line();
            WriteReadFrom(w, spec, type);
            w.Line();
            DocComments.Summary(w, $"Lets <c>System.Text.Json.JsonSerializer</c> use the generated code for <see cref=\"{spec.Name}\"/>.");
            using (w.Open($"public sealed class {Converter} : {JsonConverterOf}<{type}>"))
            {
                // A failure leaves without a path, so System.Text.Json sets Path to where this object starts in the
                // whole document; the message then gives that path followed by the one inside the object.
                DocComments.InheritDoc(w);
                using (w.Open($"public override {type} Read(ref {Utf8JsonReader} reader, global::System.Type typeToConvert, {JsonSerializerOptions} options)"))
                {
                    using (w.Open("try"))
                    {
                        w.Line($"return {ReadFrom}(ref reader);");
                    }

                    using (w.Open($"catch ({PendoJsonException} e)"))
                    {
                        w.Line($"throw {PendoJsonException}.ForSerializer(e);");
                    }
                }
                w.Line();
                DocComments.InheritDoc(w);
                w.ExpressionBodied($"public override void Write({Utf8JsonWriter} writer, {type} value, {JsonSerializerOptions} options)", $"value.{WriteTo}(writer)");
            }
        }
    }

    private static string NameField(PropertySpec property) => "s_json" + property.ClrName;

    private static void WritePropertyWrite(SourceWriter w, PropertySpec property)
    {
        string name = NameField(property);
        string local = "p" + property.ClrName;
        if (property.Type.IsValueType && !property.IsOptional)
        {
            WriteNameAndValue(w, property.Type, name, property.ClrName);
            return;
        }

        using (w.Open($"if ({property.ClrName} is {{ }} {local})"))
        {
            WriteNameAndValue(w, property.Type, name, local);
        }

        if (!property.IsOptional)
        {
            // A required reference set to null by force (null!) is written as null rather than crashing.
            using (w.Open("else"))
            {
                w.Line($"writer.WriteNull({name});");
            }
        }
    }

    /// <summary>
    /// One call for name and value where Utf8JsonWriter has one (WriteString(name, value) and the like): it checks
    /// the writer's state and grows the buffer once instead of twice, as System.Text.Json's own generator does.
    /// </summary>
    private static void WriteNameAndValue(SourceWriter w, TypeRef type, string name, string value)
    {
        string? single = type.Kind switch
        {
            ValueKind.String or ValueKind.DateTime => $"writer.WriteString({name}, {value})",
            ValueKind.Int32 or ValueKind.Int64 or ValueKind.Double => $"writer.WriteNumber({name}, {value})",
            ValueKind.Boolean => $"writer.WriteBoolean({name}, {value})",
            ValueKind.Date => $"{JsonSupport}.WriteDate(writer, {name}, {value})",
            ValueKind.Enum => $"writer.WriteString({name}, global::{type.GeneratedName}{WireSuffix}.ToEncodedWireValue({value}))",
            _ => null,
        };
        if (single is not null)
        {
            w.Line(single + ";");
            return;
        }

        w.Line($"writer.WritePropertyName({name});");
        WriteValueStatement(w, type, value, 0);
    }

    private static void WriteValueStatement(SourceWriter w, TypeRef type, string value, int depth)
    {
        if (type.Kind != ValueKind.Array)
        {
            w.Line(WriteValue(type, value, depth) + ";");
            return;
        }

        // An indexed loop: foreach over IReadOnlyList<T> would box an enumerator on every write.
        string index = "i" + depth;
        w.Line("writer.WriteStartArray();");
        using (w.Open($"for (int {index} = 0; {index} < {value}.Count; {index}++)"))
        {
            WriteValueStatement(w, type.Item!, $"{value}[{index}]", depth + 1);
        }

        w.Line("writer.WriteEndArray();");
    }

    private static string WriteValue(TypeRef type, string value, int depth) => type.Kind switch
    {
        ValueKind.String => $"writer.WriteStringValue({value})",
        ValueKind.Int32 or ValueKind.Int64 or ValueKind.Double => $"writer.WriteNumberValue({value})",
        ValueKind.Boolean => $"writer.WriteBooleanValue({value})",
        ValueKind.Date => $"{JsonSupport}.WriteDate(writer, {value})",
        ValueKind.DateTime => $"writer.WriteStringValue({value})",
        ValueKind.Enum => $"writer.WriteStringValue(global::{type.GeneratedName}{WireSuffix}.ToEncodedWireValue({value}))",
        ValueKind.Object or ValueKind.Json => $"{value}.{WriteTo}(writer)",
        _ => throw new System.InvalidOperationException("Arrays are written by WriteValueStatement"),
    };

    private static void WriteFromJson(SourceWriter w, ObjectSpec spec, string type)
    {
        string failure = "<exception cref=\"global::System.Text.Json.JsonException\">The JSON is malformed, has a value of the wrong type, " +
                         "a duplicate or missing required property; the message holds the JSON path.</exception>";
        DocComments.Summary(w, $"Reads a <see cref=\"{spec.Name}\"/> from JSON text.");
        w.Line("/// " + failure);
        // [StringSyntax("Json")] makes the IDE colour, brace-match and check the JSON of a literal argument (net7.0+).
        w.Line("#if NET7_0_OR_GREATER");
        w.Line($"public static {type} {FromJson}([global::System.Diagnostics.CodeAnalysis.StringSyntax(global::System.Diagnostics.CodeAnalysis.StringSyntaxAttribute.Json)] string json) =>");
        w.Line($"    {JsonSupport}.ReadDocument(json, {ReadFrom});");
        w.Line("#else");
        w.Line($"public static {type} {FromJson}(string json) => {JsonSupport}.ReadDocument(json, {ReadFrom});");
        w.Line("#endif");
        w.Line();
        DocComments.Summary(w, $"Reads a <see cref=\"{spec.Name}\"/> from UTF-8 JSON.");
        w.Line("/// " + failure);
        w.Line($"public static {type} {FromJson}(global::System.ReadOnlySpan<byte> utf8Json) => {JsonSupport}.ReadDocument(utf8Json, {ReadFrom});");
    }

    private static void WriteReadFrom(SourceWriter w, ObjectSpec spec, string type)
    {
        DocComments.Summary(w, "Reads the object at the reader's current token (a StartObject); used by the converter and by enclosing records.");
        w.Line(EditorBrowsableNever);
        using (w.Open($"public static {type} {ReadFrom}(ref {Utf8JsonReader} reader)"))
        {
            // The reading itself is in ReadProperties, a method without exception handling: locals that live across
            // a protected region stay on the stack, and the reader keeps dozens of them. Here, the error inside a
            // property's value gets that property's segment in its JSON path (errors outside a value, e.g. a
            // duplicate key, keep their own path: segment is null then).
            w.Line("string? segment = null;");
            using (w.Open("try"))
            {
                w.Line($"return {ReadProperties}(ref reader, ref segment);");
            }

            using (w.Open($"catch (global::System.Exception e) when (segment is not null && {JsonSupport}.IsReadError(e))"))
            {
                w.Line($"throw {JsonSupport}.Nest(e, segment);");
            }
        }

        w.Line();
        using (w.Open($"private static {type} {ReadProperties}(ref {Utf8JsonReader} reader, ref string? segment)"))
        {
            w.Line($"{JsonSupport}.ExpectStartObject(ref reader);");
            foreach (PropertySpec property in spec.Properties)
            {
                w.Line($"{ElementType(property.Type)}? p{property.ClrName} = default;");
                w.Line($"bool has{property.ClrName} = false;");
            }

            w.Line($"global::System.Collections.Generic.Dictionary<string, {JsonElement}>? additional = null;");
            w.Line("int expected = 0;");
            using (w.Open($"while (reader.Read() && reader.TokenType != {JsonTokenType}.EndObject)"))
            {
                w.Line($"int index = {JsonPropertyIndex}(ref reader, expected);");
                w.Line("expected = index + 1;");
                using SourceWriter.Block switchBlock = w.Open("switch (index)");
                for (int i = 0; i < spec.Properties.Count; i++)
                {
                    using (w.Open($"case {i}:"))
                    {
                        WritePropertyRead(w, spec.Properties[i], spec.IsReadOnly);
                        w.Line("break;");
                    }
                }

                using (w.Open("default:"))
                {
                    w.Line($"additional = {JsonSupport}.ReadAdditional(ref reader, additional);");
                    w.Line("break;");
                }
            }

            foreach (PropertySpec property in spec.Properties)
            {
                // A required const (e.g. "service": "pendo") may be left out: it takes its only possible value.
                if (property.IsRequired && property.ConstValue is null)
                {
                    w.Line($"if (p{property.ClrName} is null) throw {JsonSupport}.MissingRequired({CSharpLiterals.String(property.JsonName)});");
                }
            }

            w.Line($"return new {type}");
            w.Line("{");
            foreach (PropertySpec property in spec.Properties)
            {
                string value = "p" + property.ClrName;
                if (property.ConstValue is { } constant)
                {
                    // A JSON null is refused, so the value was read exactly when has<Name> is set. For a struct, '??'
                    // says so without the nullable warning (CS8629) that '.Value' after the test would get.
                    string fallback = TypedLiterals.Expression(constant, property.Type) ?? "default!";
                    value = property.Type.IsValueType ? $"{value} ?? {fallback}" : $"has{property.ClrName} ? {value}! : {fallback}";
                }
                else if (property.IsRequired && property.Type.IsValueType)
                {
                    value += ".Value";
                }

                w.Line($"    {property.ClrName} = {value},");
            }

            w.Line($"    {AdditionalProperties} = additional,");
            w.Line("};");
        }

        w.Line();
        DocComments.Summary(w, "Which schema property the reader is on (-1: unknown). JSON usually lists properties in schema order, so the one after the last match is tried first.");
        w.ExpressionBodied($"private static int {JsonPropertyIndex}(ref {Utf8JsonReader} reader, int expected)", $"{JsonSupport}.PropertyIndex(ref reader, s_allJsonNames, expected)");
    }

    /// <param name="readOnly">A response model (readOnly schema): null reads as "not set".</param>
    private static void WritePropertyRead(SourceWriter w, PropertySpec property, bool readOnly)
    {
        string segment = CSharpLiterals.String("." + property.JsonName);
        w.Line($"if (has{property.ClrName}) throw {JsonSupport}.Duplicate({CSharpLiterals.String(property.JsonName)});");
        w.Line($"has{property.ClrName} = true;");
        w.Line("reader.Read();");
        w.Line($"segment = {segment};");
        if (property.Type.Kind == ValueKind.Json)
        {
            // A JsonElement holds null like any other value; its schema decides whether null is allowed.
            w.Line($"p{property.ClrName} = {ReadExpression(property.Type, "reader", 0)};");
        }
        else if (property.IsOptional && (property.Type.Lenient || readOnly))
        {
            // Lenient and response models read null as "not set": APIs send null for what they leave out.
            string read = $"p{property.ClrName} = reader.TokenType == {JsonTokenType}.Null ? null : {ReadExpression(property.Type, "reader", 0)};";
            if (LineWrapping.Fits(read))
            {
                w.Line(read);
            }
            else
            {
                w.Wrapped($"p{property.ClrName} = reader.TokenType == {JsonTokenType}.Null", new[] { "? null", $": {ReadExpression(property.Type, "reader", 0)};" });
            }
        }
        else
        {
            w.Line($"if (reader.TokenType == {JsonTokenType}.Null) throw {JsonSupport}.NullNotAllowed();");
            w.Line($"p{property.ClrName} = {ReadExpression(property.Type, "reader", 0)};");
        }

        w.Line("segment = null;"); // what follows the value (the next key, the end of the object) is not inside it
    }

    /// <summary>The type of the local a property is read into (lists are read as <c>List&lt;T&gt;</c>).</summary>
    private static string ElementType(TypeRef type) => type.CSharpName;

    private static string ReadExpression(TypeRef type, string r, int depth) => type.Kind switch
    {
        ValueKind.String when type.Lenient => $"{JsonSupport}.ReadStringLenient(ref {r})",
        ValueKind.Int32 when type.Lenient => $"{JsonSupport}.ReadInt32Lenient(ref {r})",
        ValueKind.Int64 when type.Lenient => $"{JsonSupport}.ReadInt64Lenient(ref {r})",
        ValueKind.Double when type.Lenient => $"{JsonSupport}.ReadDoubleLenient(ref {r})",
        ValueKind.Boolean when type.Lenient => $"{JsonSupport}.ReadBooleanLenient(ref {r})",
        ValueKind.DateTime when type.Lenient => $"{JsonSupport}.ReadDateTimeLenient(ref {r})",
        ValueKind.String => $"{JsonSupport}.ReadString(ref {r})",
        ValueKind.Int32 => $"{JsonSupport}.ReadInt32(ref {r})",
        ValueKind.Int64 => $"{JsonSupport}.ReadInt64(ref {r})",
        ValueKind.Double => $"{JsonSupport}.ReadDouble(ref {r})",
        ValueKind.Boolean => $"{JsonSupport}.ReadBoolean(ref {r})",
        ValueKind.Date => $"{JsonSupport}.ReadDate(ref {r})",
        ValueKind.DateTime => $"{JsonSupport}.ReadDateTime(ref {r})",
        ValueKind.Json => $"{JsonSupport}.ReadElement(ref {r})",
        ValueKind.Enum => $"global::{type.GeneratedName}{WireSuffix}.Read(ref {r})",
        ValueKind.Object => $"global::{type.GeneratedName}.{ReadFrom}(ref {r})",
        ValueKind.Array => $"{JsonSupport}.ReadList<{type.Item!.CSharpName}>(ref {r}, static (ref {Utf8JsonReader} r{depth}) => {ReadExpression(type.Item!, "r" + depth, depth + 1)})",
        _ => "default",
    };
}
