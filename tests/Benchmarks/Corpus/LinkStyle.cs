namespace DobraPraxe.Benchmarks.Corpus;

/// <summary>How the practices of a corpus link to each other.</summary>
public enum LinkStyle
{
    /// <summary>By file: <c>[x](other.md)</c>.</summary>
    Files,
    /// <summary>By address, as a reader sees it: <c>[x](../other/)</c>.</summary>
    Urls,
    /// <summary>By address with a typo in every one: the failing build of issue 18.</summary>
    BrokenUrls,
    /// <summary>By file with a typo in every one, and in every 'related' slug: each is reported before anything is rendered.</summary>
    BrokenFiles,
}
