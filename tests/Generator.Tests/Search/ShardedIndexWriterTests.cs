using System.Text.Json;
using DobraPraxe.Generator.Search;

namespace DobraPraxe.Generator.Tests.Search;

/// <summary>The shards themselves: every term once, in order, in the shard its first term points to, of bounded size.</summary>
public class ShardedIndexWriterTests
{
    [Fact]
    public void every_term_is_in_exactly_the_shard_the_table_points_to_and_shards_stay_near_their_size()
    {
        var documents = ShardedIndexOracleTests.Generated(300, seed: 3);
        var (firstTerms, shards, _, _) = ShardedIndexWriter.Write(SampleCorpus.Fields, documents, shardBytes: 4096);
        Assert.Equal(shards.Count, firstTerms.Count);
        Assert.Equal("", firstTerms[0]);
        Assert.Equal(firstTerms.Order(StringComparer.Ordinal), firstTerms);

        var seen = new List<string>();
        for (var s = 0; s < shards.Count; s++)
        {
            using var shard = JsonDocument.Parse(shards[s]);
            var terms = shard.RootElement.EnumerateObject().Select(p => p.Name).ToList();
            Assert.NotEmpty(terms);
            foreach (var term in terms)
            {
                // The page's lookup: the last shard whose first term is ≤ the term.
                Assert.Equal(s, firstTerms.Select((first, i) => (first, i)).Last(x => string.CompareOrdinal(x.first, term) <= 0).i);
            }
            seen.AddRange(terms);
            // A shard ends once it passes its size, so it exceeds it by at most one term's postings.
            var largestTerm = shard.RootElement.EnumerateObject().Max(p => p.Value.GetRawText().Length + p.Name.Length + 4);
            Assert.True(shards[s].Length <= 4096 + largestTerm + 2, $"shard {s} has {shards[s].Length} bytes");
        }
        Assert.Equal(seen.Distinct().Count(), seen.Count);
        Assert.Equal(seen.Order(StringComparer.Ordinal), seen);
    }

    [Fact]
    public void postings_are_document_gaps_term_counts_and_field_lengths_and_the_lengths_are_summed_per_field()
    {
        SearchDocument Doc(string r, string title) => new(r, new Dictionary<string, string> { ["title"] = title });
        var index = ShardedIndexWriter.Write([new("title", 10), new("body")], [Doc("a", "cyklostezka"), Doc("b", "park"), Doc("c", "cyklostezky cyklostezka park")]);
        using var shard = JsonDocument.Parse(index.Shards.Single());
        var cyklo = shard.RootElement.GetProperty(CzechAnalyzer.Terms("cyklostezka").Single());
        Assert.Equal(0, cyklo[0].GetInt32()); // lunr's _index: the first term met
        // Document 0: once in a title of one term; document 0 + 2: twice in a title of three.
        Assert.Equal([0, 1, 1, 2, 2, 3], cyklo[1].EnumerateArray().Select(e => e.GetInt32()));
        Assert.Empty(cyklo[2].EnumerateArray());
        Assert.Equal([5L, 0L], index.LengthSums);
    }

    /// <summary>
    /// serve's rebuild: with the cache of the last index, each edit — a field rewritten, a new term of its own (which
    /// moves other terms' '_index'), a term's last use gone, another facet row, nothing — gives the shards a fresh
    /// write gives, byte for byte, and the terms the edit did not touch keep the last build's values (the same arrays).
    /// </summary>
    [Fact]
    public void an_index_written_again_with_the_cache_equals_a_fresh_one_and_writes_only_the_edited_terms()
    {
        var documents = ShardedIndexOracleTests.Generated(120, seed: 11).ToList();
        var rows = documents.Select((_, i) => (i % 5).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var cache = new SearchIndexCache();
        ShardedIndexWriter.Write(SampleCorpus.Fields, documents, shardBytes: 2048, facetRows: rows, cache: cache);
        SearchDocument With(SearchDocument d, string field, string text) => d with { Fields = new Dictionary<string, string>(d.Fields) { [field] = text } };
        var random = new Random(4);
        for (var edit = 0; edit < 40; edit++)
        {
            var d = random.Next(documents.Count);
            var before = cache.Written!;
            var beforeTerms = cache.Document(documents[d], () => throw new InvalidOperationException("analysed")).SelectMany(t => t.Ids).ToHashSet();
            switch (edit % 5)
            {
                case 0: documents[d] = With(documents[d], "title", documents[random.Next(documents.Count)].Fields["title"]); break;
                case 1: documents[d] = With(documents[d], "summary", documents[d].Fields["summary"] + $" neslýchanýtermín{edit}"); break;
                case 2: documents[d] = With(documents[d], "body", ""); break;
                case 3: rows[d] = rows[d] == "9" ? "8" : "9"; break;
                default: documents[d] = With(documents[d], "tags", documents[d].Fields["tags"]); break;
            }
            var again = ShardedIndexWriter.Write(SampleCorpus.Fields, documents, shardBytes: 2048, facetRows: rows, cache: cache);
            var fresh = ShardedIndexWriter.Write(SampleCorpus.Fields, documents, shardBytes: 2048, facetRows: rows);
            Assert.Equal(fresh.FirstTerms, again.FirstTerms);
            Assert.Equal(fresh.Shards.Count, again.Shards.Count);
            for (var s = 0; s < fresh.Shards.Count; s++) Assert.True(fresh.Shards[s].AsSpan().SequenceEqual(again.Shards[s]), $"edit {edit}: shard {s} differs");
            Assert.Equal(fresh.LengthSums, again.LengthSums);

            var after = cache.Written!;
            var touched = cache.Document(documents[d], () => throw new InvalidOperationException("analysed")).SelectMany(t => t.Ids).Concat(beforeTerms).ToHashSet();
            foreach (var id in after.Sorted.Where(id => !touched.Contains(id)))
                Assert.True(ReferenceEquals(before.Tails[id], after.Tails[id]), $"edit {edit}: an untouched term's value was written again");
        }
    }

    [Fact]
    public void an_index_without_documents_is_one_empty_shard()
    {
        var (firstTerms, shards, _, _) = ShardedIndexWriter.Write([new("title")], []);
        Assert.Equal([""], firstTerms);
        Assert.Equal("{}", System.Text.Encoding.UTF8.GetString(shards.Single()));
    }
}
