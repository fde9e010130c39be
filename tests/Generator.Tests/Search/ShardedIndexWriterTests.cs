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
        var (firstTerms, shards) = ShardedIndexWriter.Write(SampleCorpus.Fields, documents, shardBytes: 4096);
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
    public void postings_are_document_gaps_and_lunr_s_scores_in_thousandths()
    {
        SearchDocument Doc(string r, string title) => new(r, new Dictionary<string, string> { ["title"] = title });
        var (_, shards) = ShardedIndexWriter.Write([new("title", 10), new("body")], [Doc("a", "cyklostezka"), Doc("b", "park"), Doc("c", "cyklostezky park")]);
        using var shard = JsonDocument.Parse(shards.Single());
        var cyklo = shard.RootElement.GetProperty(CzechAnalyzer.Terms("cyklostezka").Single());
        Assert.Equal(0, cyklo[0].GetInt32()); // lunr's _index: the first term met
        var title = cyklo[1].EnumerateArray().Select(e => e.GetInt32()).ToArray();
        Assert.Equal(4, title.Length);
        Assert.Equal([0, 2], new[] { title[0], title[2] }); // documents 0 and 0 + 2
        Assert.Empty(cyklo[2].EnumerateArray());
        // The same score lunr stores in the field vector, times 1000.
        using var lunr = JsonDocument.Parse(LunrIndexWriter.Write([new("title", 10), new("body")], [Doc("a", "cyklostezka"), Doc("b", "park"), Doc("c", "cyklostezky park")]));
        var vector = lunr.RootElement.GetProperty("fieldVectors").EnumerateArray().First(v => v[0].GetString() == "title/a")[1];
        Assert.Equal(vector[1].GetDouble(), title[1] / 1000.0);
    }

    [Fact]
    public void an_index_without_documents_is_one_empty_shard()
    {
        var (firstTerms, shards) = ShardedIndexWriter.Write([new("title")], []);
        Assert.Equal([""], firstTerms);
        Assert.Equal("{}", System.Text.Encoding.UTF8.GetString(shards.Single()));
    }
}
