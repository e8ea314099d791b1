using PendoGen.Tests.Infrastructure;

namespace PendoGen.Tests.Generator;

/// <summary>
/// Every file generated from the shipped Pendo schemas and the made-up widget schema is compared with its
/// checked-in snapshot, so any change to the emitted code is reviewed as a diff.
/// </summary>
public class GeneratedSourceSnapshotTests
{
    public static TheoryData<string> ShippedHintNames() => HintNames(SchemaFile.Shipped);

    public static TheoryData<string> WidgetHintNames() => HintNames([Widget]);

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
        var expected = GeneratorHarness.Run(SchemaFile.Shipped).Sources.Concat(GeneratorHarness.Run([Widget]).Sources)
            .Select(s => SnapshotName(s.HintName) + ".verified.cs")
            .ToHashSet();
        string directory = Path.Combine(ProjectDirectory(), "Generator", "Snapshots");
        var actual = Directory.GetFiles(directory, "*.verified.cs").Select(Path.GetFileName).ToHashSet();
        Assert.Equal(expected.Order(), actual.Order()!);
    }

    private static TheoryData<string> HintNames(IEnumerable<SchemaFile> schemas)
    {
        var data = new TheoryData<string>();
        foreach (string hintName in GeneratorHarness.Run(schemas).Sources.Select(s => s.HintName).Order(StringComparer.Ordinal))
        {
            data.Add(hintName);
        }

        return data;
    }

    private static string SnapshotName(string hintName) => hintName.Replace(".g.cs", "");

    private static string ProjectDirectory([System.Runtime.CompilerServices.CallerFilePath] string file = "") =>
        Path.GetDirectoryName(Path.GetDirectoryName(file))!;
}
