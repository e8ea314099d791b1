using System.Collections.Generic;
using System.Linq;
using PendoGen.Common;
using PendoGen.Model;
using static PendoGen.Common.GeneratedNames;

namespace PendoGen.Emit;

/// <summary>
/// Emits <c>Validate()</c> for a record from its <see cref="ConstraintSpec"/>: one C# check per schema keyword,
/// reporting rule ID, JSON path, message and severity. Paths and messages are only built when a rule is broken,
/// so validating a valid object does little more than compare fields.
/// </summary>
internal sealed partial class ValidatorEmitter
{
    private readonly ObjectSpec _spec;
    private readonly Dictionary<string, ObjectSpec> _objects;
    private readonly List<string> _patterns = new();

    /// <summary>Rule bundles for the JSON evaluator, each loaded once into a static field.</summary>
    private readonly List<string> _bundles = new();
    private int _variables;

    private ValidatorEmitter(ObjectSpec spec, IEnumerable<ObjectSpec> related)
    {
        _spec = spec;
        _objects = related.Append(spec).GroupBy(o => o.FullName).ToDictionary(g => g.Key, g => g.First());
    }

    /// <param name="related">Records whose properties this record's rules reach into (e.g. a rule on <c>config.schema</c>).</param>
    public static void Write(SourceWriter w, ObjectSpec spec, IEnumerable<ObjectSpec> related) => new ValidatorEmitter(spec, related).Write(w);

    private void Write(SourceWriter w)
    {
        var body = new SourceWriter();
        var self = new ObjectTarget(_spec, "this", SelfPath);
        EmitObject(body, _spec.Rules, self, RuleContext.Root);
        EmitMaskedSecretChecks(body);
        EmitNoEffectChecks(body);
        EmitNestedValidation(body);
        EmitUnknownProperties(body);
        EmitNullItemChecks(body);
        EmitJsonRules(body);

        using (w.Open($"partial record {_spec.Name}"))
        {
            DocComments.Summary(w, "Checks every rule of the schema, nested objects included.");
            DocComments.Remarks(w, "Returns an empty list when nothing is wrong. Paths start at <c>$</c>, this object.");
            w.Line($"public global::System.Collections.Generic.IReadOnlyList<{ValidationIssue}> {Validate}()");
            w.Line("{");
            w.Line($"    {IssueList}? issues = null;");
            w.Line($"    {ValidateInto}(ref issues, {ValidationPath}.Root);");
            w.Line($"    return {ValidationSupport}.Result(issues);");
            w.Line("}");
            w.Line();
            DocComments.Summary(w, "Adds this object's issues to <paramref name=\"issues\"/>, with paths under <paramref name=\"at\"/>.");
            w.Line(EditorBrowsableNever);
            using (w.Open($"internal void {ValidateInto}(ref {IssueList}? issues, {ValidationPath} at)"))
            {
                w.Append(body);
            }

            if (_bundles.Count > 0)
            {
                w.Line();
                using (w.Open("private static class ValidationRules"))
                {
                    for (int i = 0; i < _bundles.Count; i++)
                    {
                        w.Line($"internal static readonly global::System.Text.Json.JsonElement B{i} = global::PendoGen.Internal.JsonRules.Load({CSharpLiterals.String(_bundles[i])});");
                    }
                }
            }

            if (_patterns.Count > 0)
            {
                w.Line();
                using (w.Open($"private static class {ValidationPatterns}"))
                {
                    for (int i = 0; i < _patterns.Count; i++)
                    {
                        // A match timeout, as the analyzer and SchemaRules have: ValidationSupport.IsMatch reports a timeout as a failed match.
                        List<string> arguments = LineWrapping.Concatenation(CSharpLiterals.String(_patterns[i]));
                        arguments[arguments.Count - 1] += ",";
                        arguments.Add("global::System.Text.RegularExpressions.RegexOptions.CultureInvariant,");
                        arguments.Add($"{SharedText}.PatternTimeout);");
                        w.Wrapped($"internal static readonly global::System.Text.RegularExpressions.Regex P{i} = new(", arguments);
                    }
                }
            }
        }
    }

    /// <summary>A record value being validated: its spec, the C# expression for it, and the C# expression for its path.</summary>
    private sealed record ObjectTarget(ObjectSpec Spec, string Expression, string Path)
    {
        public PropertySpec? Find(string jsonName) => Spec.Properties.FirstOrDefault(p => p.JsonName == jsonName);

        public string Access(PropertySpec p) => Expression + "." + p.ClrName;

        public string PathOf(string jsonName) => $"{ValidationSupport}.Path({Path}, {CSharpLiterals.String(jsonName)})";
    }

    /// <summary>A non-null property value being validated.</summary>
    /// <param name="Label">How messages name the value: <c>'app_ids'</c>, or <c>'app_ids' item</c>.</param>
    private sealed record ValueTarget(TypeRef Type, string Expression, string Path, string Name, bool IsSecret, string? Label = null)
    {
        public string Label { get; } = Label ?? "'" + Name + "'";
    }

    /// <summary>What applies to the violations found at this point of the schema.</summary>
    private sealed record RuleContext(RuleSeverity Severity, string? Reason, string Condition, bool InBranch)
    {
        public static readonly RuleContext Root = new(RuleSeverity.Error, null, "", false);

        public RuleContext Enter(ConstraintSpec node) =>
            this with { Severity = node.Severity ?? Severity, Reason = node.Reason ?? Reason };

        /// <summary>Inside a then/else branch: messages say when the rule applies.</summary>
        public RuleContext Under(string condition) =>
            this with { Condition = Condition.Length == 0 ? " when " + condition : Condition + " and " + condition, InBranch = true };
    }


    /// <summary>This record's path as a string: only evaluated inside a report, so only when something is wrong.</summary>
    private const string SelfPath = "at.ToString()";

    private string NewVariable() => "v" + (++_variables).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private string Pattern(string pattern) => ValidationPatterns + ".P" + IndexIn(_patterns, pattern);

    /// <summary>The index of <paramref name="value"/> in a list of static fields to emit, added on first use.</summary>
    private static string IndexIn(List<string> fields, string value)
    {
        int index = fields.IndexOf(value);
        if (index < 0)
        {
            index = fields.Count;
            fields.Add(value);
        }

        return index.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Writes the call that records one issue. <paramref name="message"/> is a C# string expression.</summary>
    private static void Report(SourceWriter w, string ruleId, string path, string message, RuleContext ctx, RuleSeverity? fixedSeverity = null)
    {
        string suffix = RuleMessages.Suffix(ctx.Condition, ctx.Reason);
        string severity = (fixedSeverity ?? ctx.Severity) == RuleSeverity.Warning ? "Warning" : "Error";
        string text = $"{message} + {CSharpLiterals.String(suffix)}";
        string call = $"{ValidationSupport}.Report(ref issues, \"{ruleId}\", {path}, {text}, {ValidationSeverity}.{severity});";
        if (LineWrapping.Fits(call))
        {
            w.Line(call);
            return;
        }

        List<string> lines = LineWrapping.Concatenation(text);
        lines[lines.Count - 1] += ",";
        lines.Insert(0, path + ",");
        lines.Add($"{ValidationSeverity}.{severity});");
        w.Wrapped($"{ValidationSupport}.Report(ref issues, \"{ruleId}\",", lines);
    }

    private static string Quote(string text) => CSharpLiterals.String(text);

    /// <summary>Writes <paramref name="body"/> inside <c>if (condition) { ... }</c>, or nothing when there is no body.</summary>
    private static void WriteIf(SourceWriter w, string condition, SourceWriter body)
    {
        if (body.Length == 0 || condition == "false")
        {
            return;
        }

        using (w.Open($"if ({condition})"))
        {
            w.Append(body);
        }
    }
}
