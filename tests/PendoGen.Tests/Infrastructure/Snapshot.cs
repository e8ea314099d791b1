using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace PendoGen.Tests.Infrastructure;

/// <summary>
/// Compares text with a checked-in <c>*.verified.cs</c> file beside the test. On a mismatch it writes
/// <c>*.received.cs</c> next to it and fails; run with UPDATE_SNAPSHOTS=1 to accept the received text.
/// The package version in <c>[GeneratedCode("PendoGen", "x.y.z")]</c> is replaced by <c>$VERSION$</c> (as the runtime
/// source files write it), so a version bump does not rewrite every snapshot.
/// </summary>
public static class Snapshot
{
    public static void Verify(string actual, string name, [CallerFilePath] string callerFile = "")
    {
        string directory = Path.Combine(Path.GetDirectoryName(callerFile)!, "Snapshots");
        Directory.CreateDirectory(directory);
        string verified = Path.Combine(directory, name + ".verified.cs");
        string received = Path.Combine(directory, name + ".received.cs");
        actual = Normalize(actual);

        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(verified, actual);
            File.Delete(received);
            return;
        }

        if (File.Exists(verified) && Normalize(File.ReadAllText(verified)) == actual)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        Assert.Fail(File.Exists(verified)
            ? $"Generated source '{name}' differs from its snapshot. Compare {received} with {verified}; if the change is intended, rerun with UPDATE_SNAPSHOTS=1."
            : $"Snapshot '{name}' does not exist yet. Review {received}; rerun with UPDATE_SNAPSHOTS=1 to accept it.");
    }

    private static readonly Regex s_generatorVersion = new("""(GeneratedCode(?:Attribute)?\("PendoGen", ")[^"]*("\))""", RegexOptions.CultureInvariant);

    private static string Normalize(string text) =>
        s_generatorVersion.Replace(text.Replace("\r\n", "\n").TrimStart('\uFEFF'), m => m.Groups[1].Value + "$VERSION$" + m.Groups[2].Value);
}
