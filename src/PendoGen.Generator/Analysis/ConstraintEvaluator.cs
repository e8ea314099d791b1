using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using PendoGen.Internal;
using PendoGen.Model;

namespace PendoGen.Analysis;

/// <summary>
/// Evaluates the rule model (<see cref="ConstraintSpec"/>) over values known at compile time. It is the
/// compile-time twin of the code <c>ValidatorEmitter</c> writes: same rules, IDs, paths and messages. Values that
/// are not constants make every rule that depends on them silent (three-valued logic: true, false, unknown).
/// </summary>
internal sealed partial class ConstraintEvaluator
{
    private readonly IReadOnlyDictionary<string, ObjectSpec> _objects;
    private readonly List<RuleViolation> _violations = new();
    private readonly Dictionary<(LiteralObject, string), ObjectTarget> _nestedTargets = new();

    private ConstraintEvaluator(IReadOnlyDictionary<string, ObjectSpec> objects) => _objects = objects;

    /// <summary>Every rule <paramref name="value"/> breaks as a <paramref name="spec"/> record, with paths under <paramref name="path"/>.</summary>
    public static IReadOnlyList<RuleViolation> Evaluate(ObjectSpec spec, LiteralObject value, IReadOnlyDictionary<string, ObjectSpec> objects, string path = "$")
    {
        var evaluator = new ConstraintEvaluator(objects);
        evaluator.ValidateRecord(spec, value, path);
        return evaluator._violations;
    }

    /// <summary>Whether a property is there: not set, set (maybe to a value only known at run time), or unknown.</summary>
    private enum Presence
    {
        Absent,
        Present,
        Unknown,
    }

    /// <summary>A record literal being validated, with its properties already type-checked.</summary>
    private sealed class ObjectTarget
    {
        private readonly Dictionary<string, (Presence Presence, LiteralValue? Value, LiteralProperty? Source)> _state;

        public ObjectTarget(ObjectSpec spec, LiteralObject literal, string path, Dictionary<string, (Presence, LiteralValue?, LiteralProperty?)> state)
        {
            Spec = spec;
            Literal = literal;
            Path = path;
            _state = state;
        }

        public ObjectSpec Spec { get; }

        public LiteralObject Literal { get; }

        public string Path { get; }

        public PropertySpec? Find(string jsonName) => RecordLookup.For(Spec).ByJsonName(jsonName);

        public (Presence Presence, LiteralValue? Value, LiteralProperty? Source) Get(string jsonName) =>
            _state.TryGetValue(jsonName, out var entry) ? entry : (Presence.Absent, null, null);

        public string PathOf(string jsonName) => SharedText.Property(Path, jsonName);
    }

    /// <summary>
    /// A present value being validated; <see cref="Value"/> is never <see cref="LiteralUnknown"/>. Its path and label
    /// are strings only a reported violation needs, so they are built on first use (most values break no rule).
    /// </summary>
    private sealed class ValueTarget
    {
        private readonly string _parentPath;
        private readonly ValueTarget? _itemOf;
        private readonly int _index;
        private string? _path;
        private string? _label;

        /// <summary>The value of property <paramref name="name"/> of the object at <paramref name="parentPath"/>.</summary>
        public ValueTarget(TypeRef type, LiteralValue value, string parentPath, string name, bool isSecret)
        {
            Type = type;
            Value = value;
            Name = name;
            IsSecret = isSecret;
            _parentPath = parentPath;
        }

        /// <summary>Item <paramref name="index"/> of the array <paramref name="array"/>.</summary>
        public ValueTarget(ValueTarget array, LiteralValue item, int index)
        {
            Type = array.Type.Item!;
            Value = item;
            Name = array.Name;
            IsSecret = array.IsSecret;
            _parentPath = "";
            _itemOf = array;
            _index = index;
        }

        public TypeRef Type { get; }

        public LiteralValue Value { get; }

        public string Name { get; }

        public bool IsSecret { get; }

        public string Path => _path ??= _itemOf is null ? SharedText.Property(_parentPath, Name) : SharedText.Index(_itemOf.Path, _index);

        public string Label => _label ??= _itemOf is null ? "'" + Name + "'" : _itemOf.Label + " item";
    }

    /// <summary>What applies to the violations found at this point (mirrors the emitter's context).</summary>
    /// <param name="Anchor">The setting that made a branch apply; conditional requirements are reported there.</param>
    /// <param name="AnchorProperty">That setting's property, for the "use the default" fix.</param>
    private sealed record RuleContext(RuleSeverity Severity, string? Reason, ConditionChain? Conditions, Location? Anchor, PropertySpec? AnchorProperty = null)
    {
        public static readonly RuleContext Root = new(RuleSeverity.Error, null, null, null);

        /// <summary>Inside a branch of an if/then/else (rules there are conditional requirements).</summary>
        public bool InBranch => Conditions is not null;

        /// <summary>" when a and b": only a reported violation needs it, so it is built then.</summary>
        public string Condition => Conditions is null ? "" : " when " + Conditions.Text;

        public RuleContext Enter(ConstraintSpec node) =>
            node.Severity is null && node.Reason is null ? this : this with { Severity = node.Severity ?? Severity, Reason = node.Reason ?? Reason };

        public RuleContext Under(string condition, (Location Location, PropertySpec Property)? anchor) =>
            this with
            {
                Conditions = new ConditionChain(condition, Conditions),
                Anchor = anchor?.Location ?? Anchor,
                AnchorProperty = anchor?.Property ?? AnchorProperty,
            };
    }

    /// <summary>The conditions of the branches a rule sits in, innermost first.</summary>
    private sealed class ConditionChain
    {
        private readonly string _condition;
        private readonly ConditionChain? _outer;

        public ConditionChain(string condition, ConditionChain? outer)
        {
            _condition = condition;
            _outer = outer;
        }

        public string Text => _outer is null ? _condition : _outer.Text + " and " + _condition;
    }

    private void Report(string ruleId, string path, string message, RuleContext ctx, Location location, RuleSeverity? fixedSeverity = null,
        System.Collections.Immutable.ImmutableDictionary<string, string?>? hints = null) =>
        _violations.Add(new RuleViolation(ruleId, path, message + RuleMessages.Suffix(ctx.Condition, ctx.Reason), fixedSeverity ?? ctx.Severity, location, hints));

    private static bool? And(bool? left, bool? right) =>
        left == false || right == false ? false : left is null || right is null ? null : true;

    private static bool? Not(bool? value) => value is null ? null : !value.Value;
}
