using System.Diagnostics;
using System.Text;
using CsCheck;
using DobraPraxe.Generator.Cli;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Pipeline;

/// <summary>
/// Whole sites mutated at random from the fixture sites and the bundled content (files removed, duplicated,
/// emptied, renamed; drafts and future dates; broken data files, layouts and menus; strange folders) are checked
/// through the command line in-process: every run ends with exit 0, or 1 with at least one error, never 3, in
/// bounded time. Seeded (CsCheck's PCG), so a failure reproduces from the seed and case printed.
/// </summary>
public class MutatedSiteTests(Xunit.Abstractions.ITestOutputHelper log)
{
    private const ulong Seed = 20261201;
    private const int Sites = 2_000;
    private static readonly TimeSpan PerSite = TimeSpan.FromSeconds(10);

    private static readonly Lazy<List<Dictionary<string, byte[]>>> Bases = new(() =>
    {
        var theme = Files(Path.Combine(TestPaths.RepositoryRoot, "themes", "default"), "themes/default/");
        return [.. new[] { TestPaths.Fixture("basic"), TestPaths.Fixture("extended"), TestPaths.Fixture("links"), TestPaths.Fixture("hostile"), TestPaths.Fixture("invalid"), TestPaths.RepositoryRoot }
            .Select(root => new Dictionary<string, byte[]>(Files(Path.Combine(root, "content"), "content/").Concat(theme)))];
    });

    private static IEnumerable<KeyValuePair<string, byte[]>> Files(string folder, string prefix) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => KeyValuePair.Create(prefix + Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes(f)));

    /// <summary>One change to a site, chosen by a number and applied to whichever file it lands on.</summary>
    private sealed record Mutation(int Kind, int Target, int Variant)
    {
        public override string ToString() => $"{Names[Kind % Names.Length]}#{Target}/{Variant}";
    }

    private static readonly string[] Names =
    [
        "remove", "duplicate", "empty", "rename", "draft", "future-date", "conference-without-site", "conference-without-program",
        "empty-data", "list-data", "remove-layout", "break-layout", "unknown-variable", "unknown-member", "menu-nowhere", "strange-folder",
        "truncate", "draft-index",
    ];

    private static readonly Gen<(int Base, Mutation[] Mutations)> Site =
        // Mostly valid bases with one or two changes, so that many sites still build and reach the later stages.
        Gen.Select(Gen.Frequency((4, Gen.Const(0)), (1, Gen.Const(1)), (1, Gen.Const(2)), (3, Gen.Const(3))),
            Gen.Select(Gen.Int[0, Names.Length - 1], Gen.Int[0, 10_000], Gen.Int[0, 100], (k, t, v) => new Mutation(k, t, v)).Array[1, 3]);

    private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);
    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static string? Pick(Dictionary<string, byte[]> files, int target, Func<string, bool> where)
    {
        var candidates = files.Keys.Where(where).Order(StringComparer.Ordinal).ToList();
        return candidates.Count == 0 ? null : candidates[target % candidates.Count];
    }

    private static readonly string[] OddNames = ["Špatné Jméno.md", "kopie.md", "a.md", "index.md", "praxe.md", "program.md", "x.txt", ".skryty.md", "UPPER.md", "o-nas.md"];

    private static void Apply(Dictionary<string, byte[]> files, HashSet<string> folders, Mutation m)
    {
        bool IsMarkdown(string p) => p.StartsWith("content/", StringComparison.Ordinal) && p.EndsWith(".md", StringComparison.Ordinal) && !p.EndsWith("README.md", StringComparison.Ordinal);
        bool IsLayout(string p) => p.StartsWith("themes/", StringComparison.Ordinal) && p.EndsWith(".html", StringComparison.Ordinal);
        string? file;
        switch (Names[m.Kind % Names.Length])
        {
            case "remove":
                if (Pick(files, m.Target, _ => true) is { } removed) files.Remove(removed);
                break;
            case "duplicate":
                if (Pick(files, m.Target, p => p.StartsWith("content/", StringComparison.Ordinal)) is { } original)
                    files[Path.GetDirectoryName(original)!.Replace('\\', '/') + "/" + OddNames[m.Variant % OddNames.Length]] = files[original];
                break;
            case "empty":
                if (Pick(files, m.Target, _ => true) is { } emptied) files[emptied] = [];
                break;
            case "truncate":
                if ((file = Pick(files, m.Target, _ => true)) is not null) files[file] = files[file][..(files[file].Length * m.Variant / 100)];
                break;
            case "rename":
                if ((file = Pick(files, m.Target, _ => true)) is not null)
                {
                    var bytes = files[file];
                    files.Remove(file);
                    files[Path.GetDirectoryName(file)!.Replace('\\', '/') + "/" + OddNames[m.Variant % OddNames.Length]] = bytes;
                }
                break;
            case "draft":
                if ((file = Pick(files, m.Target, IsMarkdown)) is not null) files[file] = Bytes(InFrontMatter(Text(files[file]), "draft: true"));
                break;
            case "draft-index":
                if ((file = Pick(files, m.Target, p => p.StartsWith("content/conferences/", StringComparison.Ordinal) && p.EndsWith(".md", StringComparison.Ordinal))) is not null)
                    files[file] = Bytes(InFrontMatter(Text(files[file]), "draft: true"));
                break;
            case "future-date":
                if ((file = Pick(files, m.Target, IsMarkdown)) is not null)
                {
                    var text = Text(files[file]);
                    files[file] = Bytes(text.Contains("\ndate: ") ? System.Text.RegularExpressions.Regex.Replace(text, "\ndate: [^\n]*", "\ndate: 2099-01-01")
                        : InFrontMatter(text, m.Variant % 2 == 0 ? "date: 2099-01-01" : "start: 2099-01-01T10:00:00+01:00"));
                }
                break;
            case "conference-without-site":
                if ((file = Pick(files, m.Target, p => p.StartsWith("content/conferences/", StringComparison.Ordinal) && p.EndsWith("/site.yml", StringComparison.Ordinal))) is not null) files.Remove(file);
                break;
            case "conference-without-program":
                if ((file = Pick(files, m.Target, p => p.StartsWith("content/conferences/", StringComparison.Ordinal) && (p.EndsWith("/program.yml", StringComparison.Ordinal) || p.EndsWith("/speakers.yml", StringComparison.Ordinal)))) is not null) files.Remove(file);
                break;
            case "empty-data":
                if ((file = Pick(files, m.Target, p => p.EndsWith(".yml", StringComparison.Ordinal))) is not null) files[file] = Bytes(m.Variant % 3 == 0 ? "" : m.Variant % 3 == 1 ? "# nic\n" : "~\n");
                break;
            case "list-data":
                if ((file = Pick(files, m.Target, p => p.EndsWith(".yml", StringComparison.Ordinal))) is not null)
                    files[file] = Bytes(m.Variant % 3 == 0 ? "- a\n- b\n" : m.Variant % 3 == 1 ? "[]\n" : "text\n");
                break;
            case "remove-layout":
                if ((file = Pick(files, m.Target, IsLayout)) is not null) files.Remove(file);
                break;
            case "break-layout":
                if ((file = Pick(files, m.Target, IsLayout)) is not null) files[file] = Bytes(Text(files[file]) + new[] { "{{ if }}", "{{ end }}", "{{ for x in }}", "{{", "{{ include }}", "{{ 1 +  }}" }[m.Variant % 6]);
                break;
            case "unknown-variable":
                if ((file = Pick(files, m.Target, IsLayout)) is not null) files[file] = Bytes("{{ neznama_promenna }}\n" + Text(files[file]));
                break;
            case "unknown-member":
                if ((file = Pick(files, m.Target, IsLayout)) is not null)
                    files[file] = Bytes(new[] { "{{ page.titel }}", "{{ site.nic.nic }}", "{{ model.x }}", "{{ include \"neexistuje\" }}", "{{ page.title.x }}" }[m.Variant % 5] + "\n" + Text(files[file]));
                break;
            case "menu-nowhere":
                if ((file = Pick(files, m.Target, p => p.EndsWith("site.yml", StringComparison.Ordinal))) is not null)
                {
                    var text = System.Text.RegularExpressions.Regex.Replace(Text(files[file]), "(?m)^menu:[^\n]*\n(  [^\n]*\n)*", "");
                    files[file] = Bytes(text.TrimEnd() + "\nmenu:\n  - { title: Nikam, url: " + new[] { "/nikde/", "nikde", "https://example.org/", "/praxe/neexistuje/", "", "/#kotva" }[m.Variant % 6] + " }\n");
                }
                break;
            case "strange-folder":
                folders.Add(new[] { "content/practices/podslozka", "content/cizi", "content/conferences/Špatná konference", "content/conferences/prazdna",
                    "content/media/prazdna", "content/data/slozka", "content/conferences/konference-a/podslozka", "themes/default/layouts/slozka.html" }[m.Variant % 8]);
                break;
        }
    }

    private static string InFrontMatter(string text, string line) =>
        text.StartsWith("---\n", StringComparison.Ordinal) ? "---\n" + line + "\n" + text[4..] : "---\n" + line + "\n---\n" + text;

    [Fact]
    public void mutated_sites_end_with_exit_0_or_1_with_errors_never_a_crash()
    {
        var root = Path.Combine(Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath(), "dobrapraxe-mutated-" + Guid.NewGuid().ToString("N"));
        var pcg = new PCG(11, Seed);
        var outcomes = new int[4];
        var failures = new List<string>();
        var total = Stopwatch.StartNew();
        try
        {
            for (var i = 0; i < Sites; i++)
            {
                var (which, mutations) = Site.Generate(pcg, null, out _);
                var files = new Dictionary<string, byte[]>(Bases.Value[which]);
                var folders = new HashSet<string>();
                foreach (var mutation in mutations) Apply(files, folders, mutation);

                var site = Path.Combine(root, (i % 2).ToString());
                if (Directory.Exists(site)) Directory.Delete(site, recursive: true);
                foreach (var (path, bytes) in files)
                {
                    var full = Path.Combine(site, path);
                    if (folders.Any(f => path.StartsWith(f + "/", StringComparison.Ordinal) || path == f)) continue;
                    Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                    File.WriteAllBytes(full, bytes);
                }
                foreach (var folder in folders) Directory.CreateDirectory(Path.Combine(site, folder));

                var describe = $"seed {Seed}, site {i}: base {which}, {string.Join(", ", mutations.Select(m => m.ToString()))}";
                using var output = new StringWriter();
                using var error = new StringWriter();
                var watch = Stopwatch.StartNew();
                // Without the spelling check: it starts node for cspell (a second or two of loading per site), which would
                // make 2,000 sites a matter of an hour; it has whole-site tests of its own (Spelling/SpellCheckTests).
                var code = CliApp.Run(["check", "--source", site, "--now", "2026-11-24T12:00:00+01:00", "--no-spelling"], output, error);
                if (watch.Elapsed > PerSite) failures.Add($"{describe}: took {watch.Elapsed.TotalSeconds:0.0} s");
                if (code is not (0 or 1)) failures.Add($"{describe}: exit {code}\n{string.Join("\n", error.ToString().Split('\n').Take(8))}");
                else if (code == 1 && !error.ToString().Contains(": error: ", StringComparison.Ordinal)) failures.Add($"{describe}: exit 1 without an error\n{error}");
                else outcomes[code]++;
            }
        }
        finally
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
        log.WriteLine($"{Sites} sites in {total.Elapsed.TotalSeconds:0.0} s: exit 0 {outcomes[0]}, exit 1 {outcomes[1]}, failures {failures.Count}");
        Assert.True(failures.Count == 0, $"{failures.Count} of {Sites} sites failed:\n" + string.Join("\n\n", failures.Take(12)));
        // Both outcomes must occur, or the mutations are too weak (or too strong) to test anything.
        Assert.True(outcomes[0] > Sites / 50 && outcomes[1] > Sites / 50, $"exit 0: {outcomes[0]}, exit 1: {outcomes[1]} in {total.Elapsed.TotalSeconds:0} s");
    }
}
