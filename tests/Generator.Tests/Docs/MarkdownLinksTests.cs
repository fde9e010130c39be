using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DobraPraxe.Generator.Tests.Docs;

/// <summary>
/// Every relative link of the repository's Markdown (README, docs/, the editors' guide, …) leads to a file or folder of
/// the repository, and its #anchor to a heading (or an id) of the Markdown file it names, as GitHub shows them.
/// </summary>
public partial class MarkdownLinksTests
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    public static TheoryData<string> Files => new(RepositoryFiles.Documentation);

    [Fact]
    public void the_documentation_is_found()
    {
        Assert.Contains("README.md", RepositoryFiles.Documentation);
        Assert.Contains("content/README.md", RepositoryFiles.Documentation);
        Assert.Contains("docs/architecture.md", RepositoryFiles.Documentation);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void every_relative_link_leads_to_a_file_and_an_anchor_that_exist(string file)
    {
        var broken = Broken(file).ToList();
        Assert.True(broken.Count == 0, string.Join("\n", broken));
    }

    /// <summary>The broken links of a Markdown file, each as 'file:line: link: why'.</summary>
    public static IEnumerable<string> Broken(string file)
    {
        var root = Support.TestPaths.RepositoryRoot;
        var document = Markdown.Parse(File.ReadAllText(RepositoryFiles.FullPath(file)), Pipeline);
        var folder = Path.GetDirectoryName(RepositoryFiles.FullPath(file))!;
        foreach (var link in document.Descendants<LinkInline>())
        {
            var url = link.Url ?? "";
            if (url.Length == 0 || Scheme().IsMatch(url) || url.StartsWith("//", StringComparison.Ordinal)) continue;
            var hash = url.IndexOf('#');
            var (path, anchor) = hash < 0 ? (url, null) : (url[..hash], url[(hash + 1)..]);
            var target = path.Length == 0 ? RepositoryFiles.FullPath(file)
                : Path.GetFullPath(path.StartsWith('/') ? Path.Combine(root, Uri.UnescapeDataString(path[1..])) : Path.Combine(folder, Uri.UnescapeDataString(path)));
            var where = $"{file}:{link.Line + 1}: ({url})";
            if (!target.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && target != root)
                yield return $"{where}: leads out of the repository";
            else if (!File.Exists(target) && !Directory.Exists(target))
                yield return $"{where}: {Path.GetRelativePath(root, target)} does not exist";
            else if (anchor is { Length: > 0 } && target.EndsWith(".md", StringComparison.Ordinal) && !Anchors(target).Contains(Uri.UnescapeDataString(anchor)))
                yield return $"{where}: {Path.GetRelativePath(root, target)} has no heading or id '{anchor}'";
        }
    }

    /// <summary>The anchors GitHub gives a Markdown file: a slug per heading (repeats numbered -1, -2 …) and every id="…" of its HTML.</summary>
    public static HashSet<string> Anchors(string path)
    {
        var text = File.ReadAllText(path);
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var heading in Markdown.Parse(text, Pipeline).Descendants<HeadingBlock>())
        {
            var slug = Slug(PlainText(heading.Inline));
            var count = seen.GetValueOrDefault(slug);
            seen[slug] = count + 1;
            anchors.Add(count == 0 ? slug : $"{slug}-{count}");
        }
        foreach (Match id in HtmlId().Matches(text)) anchors.Add(id.Groups[1].Value);
        return anchors;
    }

    /// <summary>GitHub's heading slug: lower case; letters, digits, '-' and '_' kept, spaces become '-', the rest dropped.</summary>
    public static string Slug(string heading)
    {
        var slug = new StringBuilder();
        foreach (var c in heading.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark) slug.Append(c);
            else if (c == ' ') slug.Append('-');
        }
        return slug.ToString();
    }

    private static string PlainText(ContainerInline? inline)
    {
        var text = new StringBuilder();
        foreach (var child in (IEnumerable<Inline>?)inline ?? [])
            text.Append(child switch
            {
                LiteralInline literal => literal.Content.ToString(),
                CodeInline code => code.Content,
                ContainerInline container => PlainText(container),
                _ => "",
            });
        return text.ToString();
    }

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex Scheme();

    [GeneratedRegex("\\bid=\"([^\"]+)\"")]
    private static partial Regex HtmlId();
}
