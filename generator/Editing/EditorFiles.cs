using System.Net;
using DobraPraxe.Generator.Model;
using DobraPraxe.Generator.Output;

namespace DobraPraxe.Generator.Editing;

/// <summary>
/// The files of /admin/: our own landing page (the one view of /admin/ we control and test with axe), the page that
/// loads the CMS, the CMS's configuration made from the schema, and a script that gives the preview the site's CSS.
/// The CMS itself (from npm, see Generator.csproj) is added by the caller as <paramref name="cmsFiles"/>.
/// </summary>
public static class EditorFiles
{
    public const string Folder = "admin/";
    public const string ConfigPath = Folder + "config.yml";

    /// <summary>The script file that starts the CMS, by mode; the caller copies it (and its chunks) into admin/.</summary>
    public static string CmsScript(EditorMode mode) => mode == EditorMode.Local ? "decap-cms.js" : "sveltia-cms.js";

    /// <summary>
    /// What the CMS needs and nothing more. Sveltia (published): its own script, GitHub's API and images, inline
    /// styles (Svelte sets them), blob: for previews of uploads. Decap (local only): its chunks and WebAssembly,
    /// 'unsafe-eval' for its config validator, inline styles (emotion); it talks only to the preview server.
    /// </summary>
    public static string Policy(EditorMode mode) => mode == EditorMode.Local
        ? "default-src 'self'; script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
          + "font-src 'self' data:; connect-src 'self' blob: data:; media-src 'self' blob:; frame-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'"
        : "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline' https://fonts.googleapis.com; font-src 'self' data: https://fonts.gstatic.com; "
          + "img-src 'self' data: blob: https://avatars.githubusercontent.com https://raw.githubusercontent.com; media-src 'self' blob:; frame-src 'self' blob:; "
          + "connect-src 'self' blob: data: https://api.github.com https://raw.githubusercontent.com https://www.githubstatus.com; object-src 'none'; base-uri 'self'; form-action 'self'";

    /// <summary>
    /// The _headers section for /admin/: the site-wide policy detached ('! Content-Security-Policy', Cloudflare Pages'
    /// syntax) and replaced by the editor's own. Hosts without _headers (GitHub Pages) use the pages' meta tags.
    /// </summary>
    public static string HeadersSection(EditorMode mode) =>
        $"\n/{Folder}*\n  ! Content-Security-Policy\n  Content-Security-Policy: {Policy(mode)}; frame-ancestors 'none'\n  X-Robots-Tag: noindex\n";

    public static IEnumerable<OutputFile> Files(ContentSet content, EditorMode mode, IEnumerable<(string Name, string Path)> cmsFiles)
    {
        yield return OutputFile.Text(Folder + "index.html", Landing(content.Site, mode));
        yield return OutputFile.Text(Folder + "editor.html", EditorPage(content.Site, mode));
        yield return OutputFile.Text(Folder + "editor.js", PreviewScript);
        yield return OutputFile.Text(ConfigPath, CmsConfigWriter.Write(content, mode));
        foreach (var (name, path) in cmsFiles) yield return OutputFile.Copy(Folder + name, path);
    }

    // Registers the site's stylesheet for the body preview; both CMSes expose window.CMS.
    private const string PreviewScript =
        "// Generated: the web editor's preview uses the site's own stylesheet.\n" +
        "window.CMS && window.CMS.registerPreviewStyle(new URL('../assets/css/site.css', document.baseURI).href);\n";

    private static string Head(SiteConfig site, EditorMode mode, string title) =>
        "<!DOCTYPE html>\n<html lang=\"cs\">\n<head>\n<meta charset=\"utf-8\">\n" +
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n" +
        "<meta name=\"robots\" content=\"noindex, nofollow\">\n" +
        $"<meta http-equiv=\"Content-Security-Policy\" content=\"{Policy(mode)}\">\n" +
        $"<title>{WebUtility.HtmlEncode(title)} – {WebUtility.HtmlEncode(site.Title)}</title>\n";

    private static string Landing(SiteConfig site, EditorMode mode)
    {
        var steps = mode == EditorMode.Local
            ? "<p>Editor běží v místním náhledu (<code>serve</code>): co uložíte, zapíše se přímo do složky <code>content/</code> ve vašem počítači "
              + "a náhled webu se sám obnoví. Přihlášení není potřeba. Změny pak odešlete do repozitáře jako obvykle (commit, pull request).</p>\n"
            : "<ol>\n<li>Otevřete editor tlačítkem níže.</li>\n"
              + "<li>Zvolte přihlášení osobním přístupovým tokenem GitHubu (<em>Sign In with Token</em>). Token si vytvoříte v nastavení GitHubu "
              + $"(Settings → Developer settings → Personal access tokens → Fine-grained) pro repozitář <code>{WebUtility.HtmlEncode(site.Editor?.Repo ?? "")}</code> "
              + "s oprávněním Contents a Pull requests: Read and write.</li>\n"
              + "<li>Vyplňte formulář a uložte. Změna se stane návrhem (pull requestem): automatická kontrola ji prověří a správce webu ji zveřejní.</li>\n</ol>\n";
        return Head(site, mode, "Redakce") +
            "<link rel=\"stylesheet\" href=\"../assets/css/site.css\">\n</head>\n<body>\n" +
            "<main id=\"obsah\" class=\"wrap\">\n" +
            $"<h1>Redakce webu {WebUtility.HtmlEncode(site.Title)}</h1>\n" +
            "<p>Tady přidáváte a upravujete příklady dobré praxe, akce a stránky ve formuláři, bez znalosti YAML. " +
            "Formulář zná všechna pole, která web kontroluje, i seznamy členů sítě, témat a krajů.</p>\n" +
            steps +
            "<p><a class=\"button\" href=\"editor.html\">Otevřít editor</a></p>\n" +
            "<p><a href=\"../\">Zpět na web</a></p>\n" +
            "</main>\n</body>\n</html>\n";
    }

    private static string EditorPage(SiteConfig site, EditorMode mode) =>
        Head(site, mode, "Editor") +
        "<link href=\"config.yml\" type=\"text/yaml\" rel=\"cms-config-url\">\n</head>\n<body>\n" +
        "<noscript><p>Editor potřebuje JavaScript.</p></noscript>\n" +
        $"<script src=\"{CmsScript(mode)}\"></script>\n<script src=\"editor.js\"></script>\n</body>\n</html>\n";
}
