using System.Diagnostics;

namespace PendoGen.EndToEnd.Tests;

/// <summary>Runs the dotnet CLI from tests (package, build), and finds the repository.</summary>
internal static class DotnetCli
{
    public static readonly string RepoRoot = FindRepoRoot();

    /// <summary>Runs <c>dotnet {arguments}</c> in <paramref name="directory"/> and returns its exit code and output.</summary>
    public static (int ExitCode, string Output) Run(string directory, string arguments, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet", arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var pair in environment ?? new Dictionary<string, string>())
        {
            start.Environment[pair.Key] = pair.Value;
        }

        // The test host's MSBuild variables would leak into the child build and confuse it.
        start.Environment.Remove("MSBuildSDKsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");
        start.Environment.Remove("MSBuildExtensionsPath");
        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"'dotnet {arguments}' did not finish within 5 minutes");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    /// <summary>Like <see cref="Run"/>, and fails the test unless the command succeeds.</summary>
    public static string RunOrFail(string directory, string arguments, IDictionary<string, string>? environment = null)
    {
        (int code, string output) = Run(directory, arguments, environment);
        Assert.True(code == 0, $"'dotnet {arguments}' in {directory} exited with {code}:\n{output}");
        return output;
    }

    /// <summary>The build configuration these tests were built in (Debug unless CI asked otherwise).</summary>
    public static string Configuration =>
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

    private static string FindRepoRoot()
    {
        string? directory = AppContext.BaseDirectory;
        while (directory is not null && !File.Exists(Path.Combine(directory, "PendoGen.sln")))
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory ?? throw new InvalidOperationException("PendoGen.sln not found above " + AppContext.BaseDirectory);
    }
}
