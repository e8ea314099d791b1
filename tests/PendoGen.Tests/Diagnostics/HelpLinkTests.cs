using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using PendoGen.Diagnostics;

namespace PendoGen.Tests.Diagnostics;

/// <summary>
/// Every diagnostic links to its rule page in the one repository URL the package metadata also uses, the page
/// exists, and the release-tracking file lists the ID.
/// </summary>
public class HelpLinkTests
{
    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (DiagnosticDescriptor d in AllDescriptors())
        {
            data.Add(d.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Help_link_points_at_an_existing_rule_page_and_the_rule_is_tracked(string id)
    {
        DiagnosticDescriptor descriptor = AllDescriptors().Single(d => d.Id == id);
        Assert.Equal(RepositoryInfo.Url + "/blob/main/docs/rules/" + id + ".md", descriptor.HelpLinkUri);
        Assert.True(File.Exists(Path.Combine(RepoRoot(), "docs", "rules", id + ".md")), $"docs/rules/{id}.md is missing");
        string releases = File.ReadAllText(Path.Combine(RepoRoot(), "src", "PendoGen.Generator", "AnalyzerReleases.Unshipped.md"));
        Assert.Contains(id + " |", releases, StringComparison.Ordinal);
    }

    [Fact]
    public void Package_metadata_uses_the_same_repository_url()
    {
        XElement props = XElement.Load(Path.Combine(RepoRoot(), "Directory.Build.props"));
        Assert.Equal(RepositoryInfo.Url, props.Descendants("PendoGenRepositoryUrl").Single().Value);
    }

    private static IEnumerable<DiagnosticDescriptor> AllDescriptors() =>
        DiagnosticDescriptors.All.Concat(DiagnosticDescriptors.Rules).Concat(ProjectDiagnostics.All);

    private static string RepoRoot([System.Runtime.CompilerServices.CallerFilePath] string file = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, "..", "..", ".."));
}
