namespace DobraPraxe.Generator.Site;

/// <summary>
/// The objects of the site model that have an identity across builds — a practice, an event, a free page, a term,
/// a taxonomy — by a key that stays the same when the model is built again. The preview's incremental rebuild
/// records which of their members each page read and compares them, member by member, between two models.
/// </summary>
public static class ModelNodes
{
    /// <summary>The node's key ("praxe:slug", "term:temata/zdravi/" …), or null for any other object.</summary>
    public static string? KeyOf(object? value) => value switch
    {
        PracticeEntry p => "praxe:" + p.Slug,
        EventEntry e => "akce:" + e.Url,
        PageEntry p => "stranka:" + p.Url,
        Term t => "term:" + t.Url,
        Taxonomy t => "taxonomie:" + t.Key,
        _ => null,
    };

    /// <summary>Whether two nodes have the same key, without making the keys; null when <paramref name="a"/> is no node.</summary>
    public static bool? SameNode(object a, object b) => a switch
    {
        PracticeEntry p => b is PracticeEntry q && p.Slug == q.Slug,
        EventEntry e => b is EventEntry f && e.Url == f.Url,
        PageEntry p => b is PageEntry q && p.Url == q.Url,
        Term t => b is Term u && t.Url == u.Url,
        Taxonomy t => b is Taxonomy u && t.Key == u.Key,
        _ => null,
    };
}
