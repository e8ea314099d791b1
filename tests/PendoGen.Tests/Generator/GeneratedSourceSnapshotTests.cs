using PendoGen.Tests.Infrastructure;

namespace PendoGen.Tests.Generator;

/// <summary>
/// Every file generated from the shipped Pendo schemas and the made-up widget schema is compared with its
/// checked-in snapshot, so any change to the emitted code is reviewed as a diff.
/// </summary>
public class GeneratedSourceSnapshotTests
{
    public static TheoryData<string> ShippedHintNames() => HintNames(SchemaFile.Shipped);

    // The runtime files are the same in both runs and snapshotted once; the widget run adds only its own types.
    public static TheoryData<string> WidgetHintNames() => HintNames([Widget], hint => hint.StartsWith("Widgets.", StringComparison.Ordinal));

    private static SchemaFile Widget => SchemaFile.FromOutput("TestData/widget-connector.schema.json", "Widgets");

    [Theory]
    [MemberData(nameof(ShippedHintNames))]
    public void Shipped_schema_output_matches_snapshot(string hintName) =>
        Snapshot.Verify(GeneratorHarness.Run(SchemaFile.Shipped).Source(hintName), SnapshotName(hintName));

    [Theory]
    [MemberData(nameof(WidgetHintNames))]
    public void Widget_schema_output_matches_snapshot(string hintName) =>
        Snapshot.Verify(GeneratorHarness.Run([Widget]).Source(hintName), SnapshotName(hintName));

    [Fact]
    public void Every_snapshot_file_belongs_to_a_generated_source()
    {
        // A snapshot left behind after a type was removed or renamed would otherwise go stale unnoticed.
        var expected = ShippedHintNames().Cast<object[]>().Concat(WidgetHintNames().Cast<object[]>())
            .Select(row => SnapshotName((string)row[0]) + ".verified.cs")
            .ToHashSet();
        string directory = Path.Combine(ProjectDirectory(), "Generator", "Snapshots");
        var actual = Directory.GetFiles(directory, "*.verified.cs").Select(Path.GetFileName).ToHashSet();
        Assert.Equal(expected.Order(), actual.Order()!);
    }

    private static TheoryData<string> HintNames(IEnumerable<SchemaFile> schemas, Func<string, bool>? include = null)
    {
        var data = new TheoryData<string>();
        foreach (string hintName in GeneratorHarness.Run(schemas).Sources.Select(s => s.HintName).Where(include ?? (_ => true)).Order(StringComparer.Ordinal))
        {
            data.Add(hintName);
        }

        return data;
    }

    private static string SnapshotName(string hintName) => hintName.Replace(".g.cs", "");

    private static string ProjectDirectory([System.Runtime.CompilerServices.CallerFilePath] string file = "") =>
        Path.GetDirectoryName(Path.GetDirectoryName(file))!;
}
