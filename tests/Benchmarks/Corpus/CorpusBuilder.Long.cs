using System.Text;

namespace DobraPraxe.Benchmarks.Corpus;

/// <summary>The long-entry profile's parts (<see cref="CorpusProfile.Long"/>): its tag pool and its bodies.</summary>
public sealed partial class CorpusBuilder
{
    /// <summary>
    /// The tags a profile with a tag count draws from: the topics' tags in topic order, then the extra ones, each once,
    /// cut at the count; null when the profile draws from every tag.
    /// </summary>
    private List<string>? TagPool() => _profile.TagCount is { } count
        ? [.. Vocabulary.Topics.SelectMany(t => t.Tags).Concat(Vocabulary.ExtraTags).DistinctBy(Text.Slug).Take(count)]
        : null;

    /// <summary>Some of the topic's tags that are in the pool and up to two other tags of the pool; at least one tag.</summary>
    private static List<string> PooledTags(Rng rng, Topic topic, List<string> pool)
    {
        var own = topic.Tags.Where(pool.Contains).ToList();
        var tags = rng.Sample(own, rng.Between(1, Math.Max(1, own.Count)))
            .Concat(rng.Sample(pool, rng.Between(own.Count == 0 ? 1 : 0, 2)))
            .DistinctBy(Text.Slug)
            .ToList();
        return tags;
    }

    /// <summary>
    /// A long body: <paramref name="paragraphs"/> paragraphs of 4–10 sentences, the first before any heading and the rest
    /// spread over the entry's '##' sections, a list in most entries, a table when <paramref name="table"/>, and 1–3
    /// links to other entries (some to one of their headings). About 6 KB of Markdown on average.
    /// </summary>
    private static string LongBody(Rng rng, CorpusPractice p, List<CorpusPractice> all, LinkStyle style, int paragraphs, bool table)
    {
        var topic = p.Topic;
        string Paragraph() => string.Join(" ", Enumerable.Range(0, rng.Between(4, 10)).Select(_ => rng.Chance(0.45)
            ? Fill(rng, rng.Pick(LongVocabulary.Sentences), p.Member, p.Year, topic).Replace("{stitek}", rng.Pick(p.Tags))
            : Fill(rng, rng.Pick(Vocabulary.Sentences), p.Member, p.Year)));

        // Paragraph i goes into section i - 1 (the first one before every heading); later ones spread over the sections.
        var sections = p.Headings.Select(h => new List<string> { $"## {h.Text}" }).ToList();
        var blocks = new List<string> { Paragraph() };
        for (var i = 1; i < paragraphs; i++) sections[i <= sections.Count ? i - 1 : rng.Next(sections.Count)].Add(Paragraph());

        if (rng.Chance(0.8))
        {
            var items = rng.Sample(LongVocabulary.ListItems, rng.Between(3, 7)).Select(item => Fill(rng, item, p.Member, p.Year, topic));
            var ordered = rng.Chance(0.4);
            sections[rng.Next(sections.Count)].Add(string.Join("\n", items.Select((item, n) => ordered ? $"{n + 1}. {item}" : $"- {item}")));
        }
        if (table)
        {
            var rows = rng.Sample(Vocabulary.CostItems, rng.Between(3, 6));
            var markdown = new StringBuilder("| Položka | Částka | Zdroj |\n|---|---:|---|\n");
            foreach (var row in rows) markdown.Append($"| {row} | {Text.Amount(rng.Between(2, 300) * 5_000)} Kč | {rng.Pick(Vocabulary.CostSources)} |\n");
            sections[rng.Next(sections.Count)].Add(markdown.ToString().TrimEnd('\n'));
        }

        var links = all.Count < 2 ? 0 : rng.Between(1, 3);
        for (var l = 0; l < links; l++)
        {
            if (LinkSentence(rng, p, all, style) is { } sentence) sections[rng.Next(sections.Count)].Add(sentence);
        }
        foreach (var section in sections) blocks.AddRange(section);
        return string.Join("\n\n", blocks) + "\n";
    }
}
