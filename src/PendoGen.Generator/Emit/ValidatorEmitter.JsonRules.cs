using PendoGen.Model;
using static PendoGen.Common.GeneratedNames;

namespace PendoGen.Emit;

internal sealed partial class ValidatorEmitter
{

    /// <summary>
    /// The rules no C# type expresses, checked by the JSON evaluator that the analyzer runs too: a JsonElement
    /// property's schema, each JsonElement item of a list, and the record's own JSON-only keywords (on its JSON).
    /// </summary>
    private void EmitJsonRules(SourceWriter w)
    {
        var self = new ObjectTarget(_spec, "this", SelfPath);
        foreach (PropertySpec property in _spec.Properties)
        {
            if (property.JsonRules is not { } bundle)
            {
                continue;
            }

            string field = BundleField(bundle);
            string label = Quote("'" + property.JsonName + "'");
            string path = self.PathOf(property.JsonName);
            string value = NewVariable();
            if (property.Type.Kind == ValueKind.Json)
            {
                w.Line($"if ({Bind(self, property, value)}) {JsonRules}.Check(ref issues, {value}, {path}, {label}, ValidationRules.{field});");
            }
            else if (property.Type.Kind == ValueKind.Array && property.Type.Item!.Kind == ValueKind.Json)
            {
                string index = NewVariable();
                using (w.Open($"if ({self.Access(property)} is {{ }} {value})"))
                {
                    using (w.Open($"for (int {index} = 0; {index} < {value}.Count; {index}++)"))
                    {
                        w.Line($"{JsonRules}.Check(ref issues, {value}[{index}], {ValidationSupport}.Path({path}, {index}), {Quote("'" + property.JsonName + "' item")}, ValidationRules.{field});");
                    }
                }
            }
        }

        if (_spec.JsonRules is { } recordRules)
        {
            string field = BundleField(recordRules);
            // A record that cannot be written (a required member left null) gets its issues from the checks above.
            w.Line($"try {{ {JsonRules}.CheckJson(ref issues, this.{ToJson}(), {SelfPath}, ValidationRules.{field}); }}");
            w.Line("catch (global::System.InvalidOperationException) { }");
            w.Line("catch (global::System.ArgumentException) { }");
        }
    }

    private string BundleField(string bundle) => "B" + IndexIn(_bundles, bundle);
}
