using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace PendoGen.Analysis;

/// <summary>
/// A configuration value as the analyzer sees it in source: a constant, an object literal, or "not known until
/// run time". Read from C# initializers or from JSON text; <see cref="Location"/> is where a diagnostic about
/// this value goes.
/// </summary>
internal abstract class LiteralValue
{
    protected LiteralValue(Location location) => Location = location;

    public Location Location { get; }
}

/// <summary>An object: a C# initializer of a generated record, or a JSON object.</summary>
internal sealed class LiteralObject : LiteralValue
{
    public LiteralObject(Location location, IReadOnlyList<LiteralProperty> properties, bool unsetMeansUnknown)
        : base(location)
    {
        Properties = properties;
        UnsetMeansUnknown = unsetMeansUnknown;
    }

    public IReadOnlyList<LiteralProperty> Properties { get; }

    /// <summary>True for a <c>with</c> expression: properties it does not set keep values unknown here.</summary>
    public bool UnsetMeansUnknown { get; }

    public LiteralProperty? Find(string jsonName)
    {
        foreach (LiteralProperty property in Properties)
        {
            if (property.JsonName == jsonName)
            {
                return property;
            }
        }

        return null;
    }
}

/// <param name="JsonName">The schema name of the property.</param>
/// <param name="Location">The whole assignment or JSON member, e.g. for "remove this setting".</param>
/// <param name="NameLocation">The property name only (the JSON key, or the C# property name).</param>
internal sealed record LiteralProperty(string JsonName, LiteralValue Value, Location Location, Location NameLocation);

internal sealed class LiteralArray : LiteralValue
{
    public LiteralArray(Location location, IReadOnlyList<LiteralValue> items)
        : base(location) => Items = items;

    public IReadOnlyList<LiteralValue> Items { get; }
}

internal sealed class LiteralString : LiteralValue
{
    public LiteralString(Location location, string value, bool isHardCoded = true)
        : base(location)
    {
        Value = value;
        IsHardCoded = isHardCoded;
    }

    public string Value { get; }

    /// <summary>Written in source (a literal or a constant), as opposed to produced from another constant such as a date.</summary>
    public bool IsHardCoded { get; }
}

internal sealed class LiteralNumber : LiteralValue
{
    public LiteralNumber(Location location, double value, bool isInteger, string? raw = null)
        : base(location)
    {
        Value = value;
        IsInteger = isInteger;
        Raw = raw;
    }

    public double Value { get; }

    public bool IsInteger { get; }

    /// <summary>The number as written in JSON (what a lenient reader takes as a string); null in C#.</summary>
    public string? Raw { get; }
}

internal sealed class LiteralBoolean : LiteralValue
{
    public LiteralBoolean(Location location, bool value)
        : base(location) => Value = value;

    public bool Value { get; }
}

internal sealed class LiteralNull : LiteralValue
{
    public LiteralNull(Location location, bool fromJsonText = false)
        : base(location)
    {
        FromJsonText = fromJsonText;
    }

    /// <summary>A JSON <c>null</c> (which FromJson refuses for a typed optional property), not C#'s "not set".</summary>
    public bool FromJsonText { get; }
}

/// <summary>Not a constant: nothing that depends on it is reported.</summary>
internal sealed class LiteralUnknown : LiteralValue
{
    public LiteralUnknown(Location location)
        : base(location)
    {
    }
}

/// <summary>One broken rule found by the analyzer.</summary>
/// <param name="Hints">What a code fix needs (see <see cref="FixHints"/>); empty when there is no fix.</param>
internal sealed record RuleViolation(
    string RuleId, string Path, string Message, Model.RuleSeverity Severity, Location Location,
    System.Collections.Immutable.ImmutableDictionary<string, string?>? Hints = null);
