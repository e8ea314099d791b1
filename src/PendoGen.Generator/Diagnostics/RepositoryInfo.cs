namespace PendoGen.Diagnostics;

/// <summary>
/// Where PendoGen lives. The one place the repository URL is written in C#; the package metadata
/// (Directory.Build.props, <c>PendoGenRepositoryUrl</c>) carries the same value, and a test keeps them equal.
/// </summary>
internal static class RepositoryInfo
{
    public const string Url = "https://github.com/pendogen/pendogen";

    /// <summary>Where the rule pages live: docs/rules/ of the repository's main branch.</summary>
    public const string RulePagesBase = Url + "/blob/main/docs/rules/";
}
