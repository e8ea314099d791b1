using System.Security.Cryptography;

namespace PendoGen.EndToEnd.Tests;

/// <summary>
/// The shipped DLL does not depend on the folder it was built in: the generator's sources copied into two folders
/// with different names and paths, built in Release (ContinuousIntegrationBuild, PathMap to /_/, src/Directory.Build.props),
/// give identical bytes, and no absolute build path is embedded.
/// </summary>
public class DeterministicBuildTests
{
    [Fact]
    public void Two_clones_in_different_folders_build_identical_generator_bytes()
    {
        string work = Directory.CreateTempSubdirectory("pendogen-det-").FullName;
        try
        {
            string first = Clone(Path.Combine(work, "a"));
            string second = Clone(Path.Combine(work, "clone-with-a-much-longer-name"));
            byte[] one = Build(first);
            byte[] two = Build(second);

            Assert.Equal(Convert.ToHexString(SHA256.HashData(one)), Convert.ToHexString(SHA256.HashData(two)));
            Assert.DoesNotContain(work, System.Text.Encoding.UTF8.GetString(one), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>Copies what building the generator needs (no bin/obj) and returns the copy's root.</summary>
    private static string Clone(string root)
    {
        foreach (string file in new[] { "Directory.Build.props", "Directory.Packages.props", "src/Directory.Build.props" })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(root, file))!);
            File.Copy(Path.Combine(DotnetCli.RepoRoot, file), Path.Combine(root, file));
        }

        string source = Path.Combine(DotnetCli.RepoRoot, "src", "PendoGen.Generator");
        foreach (string file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(source, file);
            if (relative.StartsWith("bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal) || relative.StartsWith("obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                continue;
            }

            string target = Path.Combine(root, "src", "PendoGen.Generator", relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return root;
    }

    private static byte[] Build(string root)
    {
        DotnetCli.RunOrFail(root, "build src/PendoGen.Generator -c Release");
        return File.ReadAllBytes(Path.Combine(root, "src", "PendoGen.Generator", "bin", "Release", "netstandard2.0", "PendoGen.Generator.dll"));
    }
}
