using System.Collections.Generic;
using System.Linq;
using PendoGen.Model;
using static PendoGen.Common.GeneratedNames;

namespace PendoGen.Emit;

/// <summary>
/// Emits the record itself: init properties, value equality that compares list contents, and a
/// <c>ToString()</c> that never prints a secret.
/// </summary>
internal static class RecordEmitter
{
    /// <summary>The record itself, into a file whose header <see cref="RecordSource"/> wrote.</summary>
    public static void Write(SourceWriter w, ObjectSpec spec)
    {
        string type = "global::" + spec.FullName;

        DocComments.Summary(w, spec.Description is { } d ? DocComments.Escape(d) : $"Generated from <c>{DocComments.Escape(FileName(spec.SchemaFile))}</c>.");
        w.Line(GeneratedCodeAttribute);
        w.Line($"[{JsonConverterAttribute}(typeof({type}.{Converter}))]");
        using (w.Open($"public sealed partial record {spec.Name}"))
        {
            foreach (PropertySpec property in spec.Properties)
            {
                WriteProperty(w, property);
                w.Line();
            }

            DocComments.Summary(w, "JSON properties the schema does not declare: kept when read and written back unchanged, so nothing the API added is lost.");
            w.Line($"public {AdditionalPropertiesType}? {AdditionalProperties} {{ get; init; }}");
            w.Line();
            WriteEquals(w, spec);
            w.Line();
            WriteGetHashCode(w, spec);
            w.Line();
            WritePrintMembers(w, spec);
        }
    }

    private static void WriteProperty(SourceWriter w, PropertySpec property)
    {
        DocComments.Summary(w, property.Description is { } d ? DocComments.Escape(d) : $"JSON property <c>{DocComments.Escape(property.JsonName)}</c>.");
        var remarks = new List<string> { $"JSON property <c>{DocComments.Escape(property.JsonName)}</c>." };
        if (property.IsRequired)
        {
            remarks.Add("Required.");
        }

        if (property.DefaultValue is { } defaultValue)
        {
            remarks.Add($"When omitted the API uses <c>{DocComments.Escape(defaultValue.Text)}</c>.");
        }

        if (property.IsSecret)
        {
            remarks.Add("Secret: never shown by <c>ToString()</c> or in messages; read it from configuration or a secret store.");
        }

        DocComments.Remarks(w, string.Join(" ", remarks));
        string typeName = property.Type.CSharpName;
        if (property.ConstValue is { } constant)
        {
            w.Line($"public {typeName} {property.ClrName} {{ get; init; }} = {TypedLiterals.Expression(constant, property.Type) ?? "default!"};");
        }
        else if (property.IsRequired)
        {
            w.Line($"public required {typeName} {property.ClrName} {{ get; init; }}");
        }
        else
        {
            w.Line($"public {typeName}? {property.ClrName} {{ get; init; }}");
        }
    }

    private static void WriteEquals(SourceWriter w, ObjectSpec spec)
    {
        DocComments.Summary(w, "Value equality over every property; lists compare by their items, JSON values by their text.");
        using (w.Open($"public bool Equals({spec.Name}? other)"))
        {
            w.Line("if (ReferenceEquals(this, other)) return true;");
            w.Line("if (other is null) return false;");
            IEnumerable<string> comparisons = spec.Properties
                .Select(p => EqualityExpression(p.Type, p.ClrName, "other." + p.ClrName))
                .Append($"{EqualitySupport}.AdditionalEquals({AdditionalProperties}, other.{AdditionalProperties})");
            w.Line("return " + string.Join("\n    && ", comparisons) .Replace("\n", "\n" + new string(' ', 8)) + ";");
        }
    }

    private static string EqualityExpression(TypeRef type, string left, string right) => type.Kind switch
    {
        ValueKind.Array when type.Item!.Kind == ValueKind.Json => $"{EqualitySupport}.JsonListEquals({left}, {right})",
        ValueKind.Array => $"{EqualitySupport}.ListEquals({left}, {right})",
        ValueKind.Json => $"{EqualitySupport}.JsonEquals({left}, {right})",
        ValueKind.String => $"string.Equals({left}, {right}, global::System.StringComparison.Ordinal)",
        _ => $"{left} == {right}",
    };

    private static void WriteGetHashCode(SourceWriter w, ObjectSpec spec)
    {
        DocComments.InheritDoc(w);
        using (w.Open("public override int GetHashCode()"))
        {
            w.Line("var hash = new global::System.HashCode();");
            foreach (PropertySpec property in spec.Properties)
            {
                string value = property.Type.Kind switch
                {
                    ValueKind.Array => $"{EqualitySupport}.ListHash({property.ClrName})",
                    ValueKind.Json => property.IsOptional ? $"{property.ClrName}?.GetRawText()" : $"{property.ClrName}.GetRawText()",
                    _ => property.ClrName,
                };
                w.Line($"hash.Add({value});");
            }

            w.Line($"hash.Add({EqualitySupport}.AdditionalHash({AdditionalProperties}));");
            w.Line("return hash.ToHashCode();");
        }
    }

    private static void WritePrintMembers(SourceWriter w, ObjectSpec spec)
    {
        // Records print every property by default; this replacement masks secrets and prints list items.
        using (w.Open("private bool PrintMembers(global::System.Text.StringBuilder builder)"))
        {
            bool first = true;
            foreach (PropertySpec property in spec.Properties)
            {
                string separator = first ? "" : ", ";
                first = false;
                string name = property.ClrName;
                if (property.IsSecret)
                {
                    w.Line($"builder.Append(\"{separator}{name} = \").Append({name} is null ? \"null\" : \"***\");");
                }
                else if (property.Type.Kind == ValueKind.Array)
                {
                    w.Line($"builder.Append(\"{separator}{name} = \");");
                    w.Line($"{EqualitySupport}.AppendList(builder, {name});");
                }
                else if (property.Type.Kind is ValueKind.Date or ValueKind.Enum)
                {
                    string format = property.Type.Kind == ValueKind.Date
                        ? "ToString(\"yyyy-MM-dd\", global::System.Globalization.CultureInfo.InvariantCulture)"
                        : "ToString()";
                    string text = property.IsOptional ? $"{name}?.{format} ?? \"null\"" : $"{name}.{format}";
                    w.Line($"builder.Append(\"{separator}{name} = \").Append({text});");
                }
                else
                {
                    w.Line($"builder.Append(\"{separator}{name} = \").Append({EqualitySupport}.Print({name}));");
                }
            }

            using (w.Open($"if ({AdditionalProperties} is {{ Count: > 0 }} additional)"))
            {
                if (!first)
                {
                    w.Line("builder.Append(\", \");");
                }

                w.Line($"{EqualitySupport}.AppendAdditionalNames(builder, additional);");
            }

            w.Line($"return {(spec.Properties.Count > 0 ? "true" : AdditionalProperties + " is { Count: > 0 }")};");
        }
    }

    private static string FileName(string path) => System.IO.Path.GetFileName(path);
}
