namespace DobraPraxe.Generator.Editing;

/// <summary>Which web editor /admin/ gets, and where it saves.</summary>
public enum EditorMode
{
    /// <summary>No /admin/ at all (the default for a published site without 'editor:' in site.yml).</summary>
    Off,
    /// <summary>The published site: Sveltia CMS, signing in to GitHub with a token and saving as pull requests.</summary>
    Published,
    /// <summary>Under `serve`: Decap CMS talking to the preview server's local backend, writing into content/.</summary>
    Local,
}
