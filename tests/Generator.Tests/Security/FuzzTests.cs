using System.Collections.Immutable;
using CsCheck;
using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.FrontMatter;
using DobraPraxe.Generator.Loading;
using DobraPraxe.Generator.MarkdownRendering;
using DobraPraxe.Generator.Model;
using DobraPraxe.Generator.Pipeline;
using DobraPraxe.Generator.Planning;
using DobraPraxe.Generator.Shared;
using DobraPraxe.Generator.Site;
using DobraPraxe.Generator.Templating;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Security;

/// <summary>
/// Property-based tests: generated and mutated front matter, Markdown and field values never make the
/// generator throw, and never put runnable markup into a page. Generation is seeded (CsCheck's PCG with a
/// fixed state), so a failure reproduces exactly; the failing case is in the assertion message.
/// </summary>
public class FuzzTests
{
    private const ulong Seed = 20261124;

    private static readonly string[] Hostile =
    [
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "' onmouseover='alert(1)", "</script><script>alert(1)</script>",
        "javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "jav&#x61;script:alert(1)", "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)", "<svg onload=alert(1)>", "<iframe src=javascript:alert(1)>", "&lt;script&gt;", "{{ 7*7 }}", "{% raw %}", "${7*7}",
        "\u202e", "\0", "Žluťoučký kůň", "„uvozovky“", "--", "---", ":", ": ", "#", "&a", "*a", "!!binary", "? ", "|", ">", "[", "]", "{", "}", "\t", "\\",
    ];

    private static readonly Gen<string> Text = Gen.Frequency<string>(
        (3, Gen.OneOf(Hostile)),
        (2, Gen.String[0, 40]),
        (1, Gen.OneOf(Hostile).Array[1, 4].Select(parts => string.Concat(parts))));

    private static IEnumerable<T> Cases<T>(Gen<T> gen, int count)
    {
        var pcg = new PCG(7, Seed);
        for (var i = 0; i < count; i++) yield return gen.Generate(pcg, null, out _);
    }

    private const string ValidFrontMatter = "title: Komunitní zahrada\nsummary: Sousedé pěstují zeleninu.\nmember: znojmo\nthemes: [zdravi]\nyear: 2018\ndate: 2021-02-17\ntags: [zahrada]\ncontact: { name: Jana, email: jana@example.org }\nimages:\n  - { src: media/a.svg, alt: Zahrada }\n";

    // Mutations of a valid front matter: insert a fragment, delete or duplicate a line, cut the text short.
    private static readonly Gen<string> MutatedFrontMatter =
        Gen.Select(Gen.Int[0, 3], Gen.Int[0, ValidFrontMatter.Length], Text, Gen.Int[0, 9], (op, at, text, line) =>
        {
            var lines = ValidFrontMatter.Split('\n').ToList();
            switch (op)
            {
                case 0: return ValidFrontMatter[..at] + text + ValidFrontMatter[at..];
                case 1: lines.RemoveAt(line % lines.Count); return string.Join('\n', lines);
                case 2: lines.Insert(line % lines.Count, lines[line % lines.Count] + text); return string.Join('\n', lines);
                default: return ValidFrontMatter[..at];
            }
        });

    [Fact]
    public void mutated_front_matter_never_throws_and_every_problem_is_a_diagnostic()
    {
        var count = 0;
        foreach (var yaml in Cases(MutatedFrontMatter, 10_000))
        {
            var diagnostics = new DiagnosticBag();
            var file = new SourceFile("content/practices/fuzz.md", $"---\n{yaml}\n---\nText.\n");
            try
            {
                if (FrontMatterSplitter.Split(file, diagnostics) is { } doc) new ContentParser(diagnostics, ContentReader.SchemaOf(null, new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero))).ParsePractice(doc);
            }
            catch (Exception e)
            {
                Assert.Fail($"front matter case {count} threw {e.GetType().Name}: {e.Message}\n---\n{yaml}");
            }
            Assert.All(diagnostics.Sorted(), d => Assert.True(d.Location.Line >= 1 && d.Location.Column >= 1, d.Format()));
            count++;
        }
        Assert.Equal(10_000, count);
    }

    // YAML's riskier parts: anchors, aliases and merge keys, lists and groups as keys, tags, documents, and nesting
    // in flow ([ {) and block (indentation, '- ') form, from a few levels to far past the limit, closed or not
    // (3,000 levels overflow the test's 512 kB stack if anything recurses once per level).
    private static readonly Gen<string> YamlFragment = Gen.Frequency<string>(
        (4, Gen.OneOf("&a ", "*a", "&a [x, y]", "*b", "<<: *a\n", "x: &a [1, 2]\ny: *a\n", "? ", "? [a, b]\n: x\n", "[a]: x\n",
            "{a: b}: c\n", "- ", ": ", "!!map ", "!!binary ", "!x ", "{ ", " }", "[ ", " ]", ", ", "\n  ", "\n- ", "\n---\n", "\n...\n", "%YAML 1.2\n", "|\n  ", ">-\n  ", "\"", "'")),
        (2, Gen.Select(Gen.OneOf("[", "{", "{a: ", "- ", "[{a: "), Gen.Int[1, 3_000], Gen.Bool, (open, depth, closed) =>
            string.Concat(Enumerable.Repeat(open, depth)) + "x" + (closed ? new string(open.Contains('{') ? '}' : ']', open == "- " ? 0 : depth) : ""))),
        (1, Gen.Int[1, 300].Select(depth => string.Concat(Enumerable.Range(1, depth).Select(i => "\n" + new string(' ', i) + "a:")) + " x\n")),
        (1, Text));

    private static readonly Gen<string> HostileFrontMatter =
        Gen.Select(Gen.Int[0, ValidFrontMatter.Length].Array[1, 4], YamlFragment.Array[4], (places, fragments) =>
        {
            var yaml = ValidFrontMatter;
            foreach (var (at, fragment) in places.Order().Reverse().Zip(fragments)) yaml = yaml[..at] + fragment + yaml[at..];
            return yaml;
        });

    [Fact]
    public void hostile_yaml_front_matter_never_throws_never_recurses_deep_and_every_problem_is_a_diagnostic()
    {
        var schema = ContentReader.SchemaOf(null, new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero));
        var failures = new List<string>();
        var count = 0;
        // A small stack: reading any of these must not recurse once per level (YamlDotNet's node builder does, below 64).
        var thread = new Thread(() =>
        {
            foreach (var yaml in Cases(HostileFrontMatter, 5_000))
            {
                var diagnostics = new DiagnosticBag();
                var file = new SourceFile("content/practices/fuzz.md", $"---\n{yaml}\n---\nText.\n");
                try
                {
                    if (FrontMatterSplitter.Split(file, diagnostics) is { } doc)
                    {
                        new ContentParser(diagnostics, schema).ParsePractice(doc);
                        _ = Generator.Spelling.ProseFinder.Words(doc, schema.Practice).Count();
                    }
                }
                catch (Exception e)
                {
                    failures.Add($"case {count} threw {e.GetType().Name}: {e.Message}\n---\n{yaml}");
                }
                foreach (var d in diagnostics.Sorted())
                    if (d.Location.Line < 1 || d.Location.Column < 1 || d.Format().Split('\n').Length > 2) failures.Add($"case {count}: {d.Format()}");
                count++;
            }
        }, maxStackSize: 512 * 1024);
        thread.Start();
        thread.Join();
        Assert.True(failures.Count == 0, string.Join("\n\n", failures.Take(5)));
        Assert.Equal(5_000, count);
    }

    private static readonly Gen<string> MarkdownFragment = Gen.Frequency<string>(
        (3, Text),
        (2, Text.Select(t => $"[odkaz]({t})")),
        (1, Text.Select(t => $"![obrázek]({t})")),
        (1, Text.Select(t => $"<{t}>")),
        (1, Text.Select(t => $"[ref]: {t}\n\n[x][ref]")),
        (1, Text.Select(t => $"## {t}")),
        (1, Text.Select(t => $"- {t}\n  - {t}")),
        (1, Text.Select(t => $"> {t}")),
        (1, Text.Select(t => $"| {t} | b |\n|---|---|\n| c | {t} |")),
        (1, Text.Select(t => $"`{t}` **{t}** _{t}_")),
        (1, Text.Select(t => $"Text[^1].\n\n[^1]: {t}")),
        (1, Gen.OneOf("<div onclick=\"alert(1)\">", "</div>", "<a href=\"javascript:alert(1)\">x</a>", "<!-- -->", "<style>*{}</style>", "```", "~~~")));

    private static readonly Gen<(string Markdown, bool AllowHtml)> Markdown =
        Gen.Select(MarkdownFragment.Array[1, 12].Select(parts => string.Join(Environment.NewLine + Environment.NewLine, parts)), Gen.Bool);

    [Fact]
    public void generated_markdown_never_throws_and_never_renders_runnable_markup()
    {
        var targets = new LinkTargets(new Dictionary<string, string?> { ["content/practices/jina.md"] = "praxe/jina/" });
        var urls = new SiteUrls(new Uri("https://example.org/"));
        var renderers = new Dictionary<bool, MarkdownRenderer> { [false] = new(targets, urls, false), [true] = new(targets, urls, true) };
        var count = 0;
        foreach (var (markdown, allowHtml) in Cases(Markdown, 10_000))
        {
            var html = "";
            try
            {
                html = renderers[allowHtml].Render(new MarkdownSource("content/practices/fuzz.md", markdown, 5), new DiagnosticBag()).Html.ToString();
            }
            catch (Exception e)
            {
                Assert.Fail($"markdown case {count} (allow_html: {allowHtml}) threw {e.GetType().Name}: {e.Message}\n---\n{markdown}");
            }
            var problems = ExecutableMarkup.Find($"<html><body>{html}</body></html>").ToList();
            Assert.True(problems.Count == 0, $"markdown case {count} (allow_html: {allowHtml}): {string.Join("; ", problems)}\n---\n{markdown}\n---\n{html}");
            count++;
        }
    }

    [Fact]
    public void hostile_field_values_never_reach_a_page_as_runnable_markup()
    {
        var fixture = TestPaths.Fixture("basic");
        var diagnostics = new DiagnosticBag();
        var content = ContentReader.Read(ContentScanner.Scan(fixture, diagnostics), diagnostics, Builds.Now)!;
        var theme = TemplateSet.Load(ThemeLocator.Find(fixture, "default")!.Value.Folder, "themes/default", diagnostics)!;
        var urls = new SiteUrls(content.Site.BaseUrl);
        var template = content.Practices.Single(p => p.Slug == "znojmo-cyklostezky");
        var bodies = content.Practices.Concat<object>(content.Events).Concat(content.Pages).ToDictionary(
            x => x switch { Practice p => p.SourcePath, Event e => e.SourcePath, Page p => p.SourcePath, _ => "" }, _ => HtmlFragment.Of("<p>Text.</p>"));

        var gen = Gen.Select(Text.Array[8], Gen.Int[0, 5], (values, sdg) => (values, sdg));
        var count = 0;
        foreach (var (v, sdg) in Cases(gen, 2_000))
        {
            var practice = template with
            {
                Title = v[0], Summary = v[1], Tags = [v[2], v[3]], Contact = new Contact(v[4], null, v[5]),
                Images = [new ImageRef("media/mapa.svg", v[6], template.Images[0].Location)],
                Awards = [new Award(v[7], 2019, sdg == 0 ? null : sdg)],
            };
            var site = SiteModelBuilder.Build(content with { Practices = [practice, .. content.Practices.Where(p => p != template)] }, urls, TestWords.Czech, new PublicationRule(Builds.Now, IncludeDrafts: false), bodies);
            var job = new PagePlanner(site).Plan().First(j => j.SitePath == "praxe/znojmo-cyklostezky/");
            string html;
            try
            {
                html = theme.RenderPage(job.Layout, job.Variables, urls, words: job.Words);
            }
            catch (Exception e)
            {
                Assert.Fail($"page case {count} threw {e.GetType().Name}: {e.Message}\nvalues: {string.Join(" | ", v)}");
                return;
            }
            var problems = ExecutableMarkup.Find(html).ToList();
            Assert.True(problems.Count == 0, $"page case {count}: {string.Join("; ", problems)}\nvalues: {string.Join(" | ", v)}");
            count++;
        }
    }
}
