namespace PendoGen.Model;

/// <summary>
/// The words of every rule message, shared by the generated <c>Validate()</c> (which the emitter writes these
/// strings into) and the analyzer (which evaluates the same rules over constants), so both say the same thing.
/// A message that shows a value is split around it: <c>Before + value + After</c>; secrets get
/// <c>WithoutValue</c> instead, so their value never appears.
/// </summary>
internal static class RuleMessages
{
    public static string Required(string name) => $"'{name}' is required";

    public static string MustNotBeSet(string name) => $"'{name}' must not be set";

    public static string MustNotMatch(string description) => $"This object must not match: {description}";

    public static string RequiredWhenSet(string name, string trigger) => $"'{name}' is required when '{trigger}' is set";

    public static string NotAllowedHere(string label) => $"{label} is not allowed here";

    public static string ValueMustNotBe(string label, string description) => $"{label} must not be such that {description}";

    public static ValueMessage NotOneOf(string label, string allowed) =>
        new($"{label} value ", $" is not allowed; expected one of: {allowed}", $"{label} is not one of the allowed values");

    public static ValueMessage NotConst(string label, string expected) =>
        new($"{label} must be {expected}, not ", "", $"{label} must be {expected}");

    public static ValueMessage PatternMismatch(string label, string pattern) =>
        new($"{label} value ", $" does not match the pattern {pattern}", $"{label} does not match the pattern {pattern}");

    public static ValueMessage NotAbsoluteUri(string label) =>
        new($"{label} value ", " is not an absolute URI", $"{label} is not an absolute URI");

    public static ValueMessage OutOfBounds(string label, string words, string bound) =>
        new($"{label} must be {words} {bound}, not ", "", $"{label} must be {words} {bound}");

    public static string TooShort(string label, int min) =>
        min == 1 ? $"{label} must not be empty" : $"{label} must be at least {min} characters long";

    public static string TooLong(string label, int max) => $"{label} must be at most {max} characters long";

    public static string TooFewItems(string label, int min) =>
        min == 1 ? $"{label} must not be empty" : $"{label} must have at least {min} items";

    public static string TooManyItems(string label, int max) => $"{label} must have at most {max} items";

    /// <summary>JSON of the wrong kind (analyzer only: at run time such JSON does not even read).</summary>
    public static string WrongType(string label, string expected) => $"{label} must be {expected}";

    public static string NotADate(string label) => $"{label} must be a real date in the form YYYY-MM-DD";

    public static string NotADateTime(string label) => $"{label} must be a date-time in ISO 8601 form";

    public static string HardCodedSecret(string name) =>
        $"'{name}' is a secret: do not write its value in source code; read it from configuration or a secret store";

    public static string MaskedSecret(string name) =>
        $"'{name}' holds the masked value the API returns ('******'), not the secret; sending it would overwrite the real secret";

    public static string InvalidJson(string reason) => $"The JSON text is not valid: {reason}";

    public static string NoEffect(string name, string condition) => $"'{name}' has no effect unless {condition}";

    public static string UnknownPropertyAfterName(string typeName) => $"' is not a property of {typeName}; the API may ignore or reject it";

    public static string UnknownProperty(string name, string typeName) => "'" + name + UnknownPropertyAfterName(typeName);

    /// <summary>What follows every message: the condition it applies under, and the schema's reason.</summary>
    public static string Suffix(string condition, string? reason) => condition + "." + (reason is null ? "" : " " + reason);

}

/// <summary>A message around a value; <see cref="WithoutValue"/> is used when the value must not be shown.</summary>
internal sealed record ValueMessage(string Before, string After, string WithoutValue);
