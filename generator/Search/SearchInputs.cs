using System.Runtime.CompilerServices;
using DobraPraxe.Generator.Site;

namespace DobraPraxe.Generator.Search;

/// <summary>
/// Two practices are the same to the search index when everything it reads of them is the same: the same source,
/// member, region and resolved lists (objects), URL and body text. An entry copied for new related entries (the
/// model's Rebuild) is.
/// </summary>
internal sealed class SearchInputs : IEqualityComparer<(PracticeEntry Entry, string Body)>
{
    public bool Equals((PracticeEntry Entry, string Body) a, (PracticeEntry Entry, string Body) b)
    {
        var (x, y) = (a.Entry, b.Entry);
        return a.Body == b.Body && (ReferenceEquals(x, y) || (ReferenceEquals(x.Source, y.Source) && ReferenceEquals(x.Member, y.Member)
            && ReferenceEquals(x.Region, y.Region) && x.Url == y.Url
            // ImmutableArray's == compares the arrays underneath by reference.
            && x.Themes == y.Themes && x.Tags == y.Tags && x.Goals == y.Goals && x.PresentedAt == y.PresentedAt));
    }

    public int GetHashCode((PracticeEntry Entry, string Body) key) => RuntimeHelpers.GetHashCode(key.Entry.Source);
}
