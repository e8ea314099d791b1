namespace PendoGen.Tests.Conformance;

/// <summary>
/// Where PendoGen means something else than the suite on purpose, said in schema/README.md. Kept as short as
/// possible: every other difference must be a PENDO1xx diagnostic on the schema, or a failure.
/// </summary>
public static class Deviations
{
    public static string? Reason(SuiteGroup group, SuiteTest test) =>
        group.Keyword == "format" && test.Description.Contains("only an annotation by default", StringComparison.Ordinal)
            ? "Deviation: PendoGen asserts the formats it checks (date, date-time, uri), as the format-assertion vocabulary does; optional/format tests them (schema/README.md, 'format')."
            : null;
}
