namespace DobraPraxe.Generator.Model;

/// <summary>site.yml 'editor:': the published site gets the web editor at /admin/, saving to this GitHub repository.</summary>
/// <param name="Repo">owner/name on GitHub.</param>
/// <param name="Branch">The branch pull requests go to.</param>
public sealed record EditorSettings(string Repo, string Branch);
