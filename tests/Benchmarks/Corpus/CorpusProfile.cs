namespace DobraPraxe.Benchmarks.Corpus;

/// <summary>
/// The shape of a generated catalogue. Both are real catalogues: <see cref="Default"/> has many members and shorter
/// entries (members and events grow with N), <see cref="Long"/> has few members and long entries (issue 32: about
/// 6 KB of Czech Markdown per entry, 3–12 paragraphs, headings, lists, a table in one entry of five, links between
/// entries; 100 members, 78 tags and 500 events whatever N).
/// </summary>
/// <param name="Name">What <c>--profile</c> calls it; also part of the benchmark's folder names (but for the default).</param>
/// <param name="MemberCount">Members for N entries.</param>
/// <param name="EventCount">Events for N entries.</param>
/// <param name="TagCount">How many distinct tags the entries draw from; null: every tag of the vocabulary.</param>
/// <param name="LongBodies">Bodies of <see cref="CorpusBuilder"/>'s long form instead of the default sections.</param>
public sealed record CorpusProfile(string Name, Func<int, int> MemberCount, Func<int, int> EventCount, int? TagCount, bool LongBodies)
{
    public static readonly CorpusProfile Default = new("default", n => Math.Max(30, n / 20), n => Math.Max(10, n / 50), null, LongBodies: false);

    public static readonly CorpusProfile Long = new("long", _ => 100, _ => 500, 78, LongBodies: true);

    public static readonly IReadOnlyList<CorpusProfile> All = [Default, Long];

    public static CorpusProfile? Find(string name) => All.FirstOrDefault(p => p.Name == name);

    /// <summary>One line for reports: what the profile's corpus holds.</summary>
    public string Description => LongBodies
        ? "long entries (≈ 6 KB of Markdown, 3–12 paragraphs, a table in one entry of five), 100 members, 78 tags, 500 events"
        : "entries of 1–10 sections (≈ 3.5 KB), max(30, N/20) members, every tag, max(10, N/50) events";

    /// <summary>A folder name for N entries of this profile: corpus-10000 for the default (as before), corpus-long-10000.</summary>
    public string Folder(string prefix, int entries) => this == Default ? $"{prefix}-{entries}" : $"{prefix}-{Name}-{entries}";
}
