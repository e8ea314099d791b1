using PendoGen.Common;

namespace PendoGen.Model;

/// <summary>
/// The validation part of a (sub)schema, free of positions: the one rule model that the generated
/// <c>Validate()</c> is emitted from (and that the analyzer evaluates over constants). Absent keywords are
/// null/empty. Property names refer to the object the node is applied to.
/// </summary>
internal sealed record ConstraintSpec
{
    public static readonly ConstraintSpec Empty = new();

    /// <summary>For <c>true</c>/<c>false</c> schemas.</summary>
    public bool? BooleanSchema { get; init; }

    public EquatableArray<string> Required { get; init; } = EquatableArray<string>.Empty;

    public EquatableArray<PropertyConstraint> Properties { get; init; } = EquatableArray<PropertyConstraint>.Empty;

    public ConstraintSpec? Items { get; init; }

    public EquatableArray<JsonLiteral>? Enum { get; init; }

    public JsonLiteral? Const { get; init; }

    public string? Format { get; init; }

    public string? Pattern { get; init; }

    public string? Minimum { get; init; }

    public string? Maximum { get; init; }

    public string? ExclusiveMinimum { get; init; }

    public string? ExclusiveMaximum { get; init; }

    public int? MinLength { get; init; }

    public int? MaxLength { get; init; }

    public int? MinItems { get; init; }

    public int? MaxItems { get; init; }

    public ConstraintSpec? If { get; init; }

    public ConstraintSpec? Then { get; init; }

    public ConstraintSpec? Else { get; init; }

    public ConstraintSpec? Not { get; init; }

    public EquatableArray<ConstraintSpec> AllOf { get; init; } = EquatableArray<ConstraintSpec>.Empty;

    public EquatableArray<DependentRule> DependentRequired { get; init; } = EquatableArray<DependentRule>.Empty;

    /// <summary><c>x-severity</c>: overrides the severity of every violation produced in this node.</summary>
    public RuleSeverity? Severity { get; init; }

    /// <summary><c>x-reason</c>: appended to the messages of violations produced in this node.</summary>
    public string? Reason { get; init; }

    public bool IsEmpty => Equals(Empty);
}

internal sealed record PropertyConstraint(string JsonName, ConstraintSpec Constraint);

internal sealed record DependentRule(string Property, EquatableArray<string> Requires);

internal enum RuleSeverity
{
    Error,
    Warning,
}
