using DobraPraxe.Generator.Cli;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Moving;

/// <summary>
/// 'move' on copies of the addresses fixture, whose entries reach each other in every way a reference is written: the
/// result is read back file by file, then checked ('check' passes) and built (the old address leads to the new one).
/// </summary>
public sealed class MoveCommandTests : IDisposable
{
    private readonly ContentTree _site = new("addresses");
    private readonly StringWriter _out = new();
    private readonly StringWriter _err = new();

    private int Run(params string[] args) => CliApp.Run([.. args, "--source", _site.Root, "--now", "2026-11-24T12:00:00+01:00"], _out, _err);

    private string Read(string path) => File.ReadAllText(Path.Combine(_site.Root, path));

    private bool Exists(string path) => File.Exists(Path.Combine(_site.Root, path)) || Directory.Exists(Path.Combine(_site.Root, path));

    [Fact]
    public void moving_a_practice_renames_its_file_and_media_folder_rewrites_every_reference_and_keeps_the_old_address()
    {
        _site.Write("content/conferences/konference-a/registrace.en.md", "---\ntitle: Registration\n---\nSee the [pedestrian zone](https://example.org/praxe/jihlava-pesi-zona/).\n");
        Assert.Equal(0, Run("move", "practice", "jihlava-pesi-zona", "jihlava-centrum-pro-chodce"));

        Assert.False(Exists("content/practices/jihlava-pesi-zona.md"));
        Assert.False(Exists("content/media/jihlava-pesi-zona"));
        Assert.True(Exists("content/media/jihlava-centrum-pro-chodce/namesti.svg"));
        var moved = Read("content/practices/jihlava-centrum-pro-chodce.md");
        // Its old address joins the list as the list is written (one a line); its own files' paths follow the folder.
        Assert.Contains("aliases:\n  - /praxe/pesi-zona/\n  - /praxe/jihlava-pesi-zona/\n---", moved);
        Assert.Contains("src: media/jihlava-centrum-pro-chodce/namesti.svg", moved);
        Assert.Contains("[plánek](../media/jihlava-centrum-pro-chodce/namesti.svg)", moved);
        // A link of the moved file to another entry stays as it was.
        Assert.Contains("[cyklostezky](znojmo-cyklostezky.md)", moved);

        var znojmo = Read("content/practices/znojmo-cyklostezky.md");
        Assert.Contains("related: [jihlava-centrum-pro-chodce]", znojmo);
        Assert.Contains("[pěší zónu](jihlava-centrum-pro-chodce.md#jak-to-zacalo)", znojmo);
        Assert.Contains("[tutéž adresou](/praxe/jihlava-centrum-pro-chodce/#jak-to-zacalo)", znojmo);
        Assert.Contains("[tutéž relativně](../jihlava-centrum-pro-chodce/)", znojmo);
        Assert.Contains("[celou adresu](https://example.org/praxe/jihlava-centrum-pro-chodce/)", znojmo);
        Assert.Contains("[zona]: jihlava-centrum-pro-chodce.md", znojmo);
        Assert.Contains("related: [jihlava-centrum-pro-chodce]", Read("content/practices/vysocina-zdravotni-plan.md"));
        Assert.Contains("[pěší zónu](../jihlava-centrum-pro-chodce/)", Read("content/practices/vysocina-zdravotni-plan.md"));
        // A draft is content too.
        Assert.Contains("related: [jihlava-centrum-pro-chodce]", Read("content/practices/rozpracovana.md"));
        Assert.Contains("[pěší zóna](../practices/jihlava-centrum-pro-chodce.md)", Read("content/events/forum-2021.md"));
        Assert.Contains("[pěší zóna](/praxe/jihlava-centrum-pro-chodce/)", Read("content/pages/o-nas.md"));
        Assert.Contains("[pěší zónu](../practices/jihlava-centrum-pro-chodce.md)", Read("content/publikace/zprava-2024.md"));
        // A microsite's page names the main site in full.
        Assert.Contains("[pěší zónu](https://example.org/praxe/jihlava-centrum-pro-chodce/)", Read("content/conferences/konference-a/registrace.md"));
        Assert.Contains("[pedestrian zone](https://example.org/praxe/jihlava-centrum-pro-chodce/)", Read("content/conferences/konference-a/registrace.en.md"));
        var site = Read("content/site.yml");
        Assert.Contains("{ title: Pěší zóna, url: /praxe/jihlava-centrum-pro-chodce/ }", site);
        Assert.Contains("{ from: /zona.html, to: /praxe/jihlava-centrum-pro-chodce/ }", site);

        var report = _out.ToString();
        Assert.Contains("renamed content/practices/jihlava-pesi-zona.md → content/practices/jihlava-centrum-pro-chodce.md", report);
        Assert.Contains("renamed content/media/jihlava-pesi-zona → content/media/jihlava-centrum-pro-chodce", report);
        Assert.Contains("content/practices/znojmo-cyklostezky.md:10:11: related: jihlava-pesi-zona → jihlava-centrum-pro-chodce", report);
        Assert.Contains("content/site.yml:9:30: menu: url: /praxe/jihlava-pesi-zona/ → /praxe/jihlava-centrum-pro-chodce/", report);

        AssertChecksAndRedirects("praxe/jihlava-pesi-zona/index.html", "/praxe/jihlava-centrum-pro-chodce/");
        // The old catalogue's pattern reaches the new page, and the old name through the alias.
        AssertBuilt("stary-katalog/jihlava-centrum-pro-chodce/index.html", "/praxe/jihlava-centrum-pro-chodce/");
        AssertBuilt("stary-katalog/jihlava-pesi-zona/index.html", "/praxe/jihlava-centrum-pro-chodce/");
    }

    [Fact]
    public void moving_an_event_rewrites_presented_at_and_adds_to_a_list_in_brackets()
    {
        Assert.Equal(0, Run("move", "event", "forum-2021", "forum-zdravych-mest-2021"));
        Assert.Contains("presented_at: [forum-zdravych-mest-2021]", Read("content/practices/znojmo-cyklostezky.md"));
        Assert.Contains("[fórum](../events/forum-zdravych-mest-2021.md)", Read("content/practices/znojmo-cyklostezky.md"));
        // An address under the page (its calendar file) moves with it.
        Assert.Contains("[jeho kalendář](/akce/forum-zdravych-mest-2021/udalost.ics)", Read("content/practices/znojmo-cyklostezky.md"));
        Assert.Contains("aliases: [/akce/forum/, /akce/forum-2021/]", Read("content/events/forum-zdravych-mest-2021.md"));
        AssertChecksAndRedirects("akce/forum-2021/index.html", "/akce/forum-zdravych-mest-2021/");
    }

    [Fact]
    public void moving_a_page_of_a_site_kind_and_a_free_page_works_the_same()
    {
        Assert.Equal(0, Run("move", "publikace", "zprava-2024", "vyrocni-zprava-2024"));
        Assert.Contains("aliases: [/publikace/zprava/, /publikace/zprava-2024/]", Read("content/publikace/vyrocni-zprava-2024.md"));
        Assert.Equal(0, Run("move", "page", "o-nas", "o-katalogu"));
        Assert.Contains("{ title: O nás, url: /o-katalogu/ }", Read("content/site.yml"));
        Assert.Contains("[stránku o nás](../pages/o-katalogu.md)", Read("content/practices/znojmo-cyklostezky.md"));
        Assert.Contains("aliases: [/o-katalogu.html, /o-nas/]", Read("content/pages/o-katalogu.md"));
        AssertChecksAndRedirects("o-nas/index.html", "/o-katalogu/");
        AssertBuilt("publikace/zprava-2024/index.html", "/publikace/vyrocni-zprava-2024/");
    }

    [Fact]
    public void an_entry_named_by_its_slug_line_keeps_its_file_and_gets_a_new_slug_and_an_aliases_line_after_it()
    {
        Assert.Equal(0, Run("move", "practice", "vysocina-plan", "vysocina-zdravotni-plan-2030"));
        var text = Read("content/practices/vysocina-zdravotni-plan.md");
        Assert.Contains("slug: vysocina-zdravotni-plan-2030\naliases: [/praxe/vysocina-plan/]\nrelated: [jihlava-pesi-zona]", text);
        Assert.Contains("content/practices/vysocina-zdravotni-plan.md:8:7: slug: vysocina-plan → vysocina-zdravotni-plan-2030", _out.ToString());
        AssertChecksAndRedirects("praxe/vysocina-plan/index.html", "/praxe/vysocina-zdravotni-plan-2030/");
    }

    [Fact]
    public void moving_back_takes_the_address_it_has_again_out_of_its_aliases()
    {
        Assert.Equal(0, Run("move", "practice", "znojmo-cyklostezky", "znojmo-stezky"));
        Assert.Contains("aliases: [/praxe/cyklostezky-znojmo/, /praxe/znojmo-cyklostezky/]", Read("content/practices/znojmo-stezky.md"));
        Assert.Equal(0, Run("move", "practice", "znojmo-stezky", "znojmo-cyklostezky"));
        Assert.Contains("aliases: [/praxe/cyklostezky-znojmo/, /praxe/znojmo-stezky/]\n", Read("content/practices/znojmo-cyklostezky.md"));
        AssertChecksAndRedirects("praxe/znojmo-stezky/index.html", "/praxe/znojmo-cyklostezky/");
    }

    [Fact]
    public void a_file_without_aliases_gets_the_line_at_the_end_of_its_front_matter_and_windows_line_endings_stay()
    {
        _site.Write("content/practices/nova.md", "---\r\ntitle: Nová praxe\r\nsummary: Krátce.\r\nmember: znojmo\r\nthemes: [zdravi]\r\nyear: 2020\r\ndate: 2020-01-01\r\n---\r\n\r\nText.\r\n");
        Assert.Equal(0, Run("move", "practice", "nova", "novejsi"));
        Assert.Equal("---\r\ntitle: Nová praxe\r\nsummary: Krátce.\r\nmember: znojmo\r\nthemes: [zdravi]\r\nyear: 2020\r\ndate: 2020-01-01\r\naliases: [/praxe/nova/]\r\n---\r\n\r\nText.\r\n",
            Read("content/practices/novejsi.md"));
    }

    [Fact]
    public void a_translation_beside_the_file_moves_with_it_and_links_to_it_follow()
    {
        // The generator publishes no translations yet; a file <slug>.<lang>.md kept beside an entry still travels with it.
        _site.Write("content/practices/jihlava-pesi-zona.en.md", "---\ntitle: Pedestrian zone\n---\n\nSee [the Czech text](jihlava-pesi-zona.md).\n");
        _site.Write("content/pages/o-nas.md", Read("content/pages/o-nas.md") + "\nIn English: [pedestrian zone](../practices/jihlava-pesi-zona.en.md).\n");
        Assert.Equal(0, Run("move", "practice", "jihlava-pesi-zona", "jihlava-zona"));
        Assert.Contains("See [the Czech text](jihlava-zona.md).", Read("content/practices/jihlava-zona.en.md"));
        Assert.Contains("[pedestrian zone](../practices/jihlava-zona.en.md)", Read("content/pages/o-nas.md"));
        Assert.False(Exists("content/practices/jihlava-pesi-zona.en.md"));
    }

    [Fact]
    public void move_refuses_to_overwrite_and_changes_nothing()
    {
        var before = Read("content/practices/znojmo-cyklostezky.md");
        Assert.Equal(1, Run("move", "practice", "znojmo-cyklostezky", "jihlava-pesi-zona"));
        Assert.Contains("'jihlava-pesi-zona' is already the name of content/practices/jihlava-pesi-zona.md; nothing was changed", _err.ToString());
        // A file of that name that is no entry (a translation's place, a media folder) is not overwritten either.
        Directory.CreateDirectory(Path.Combine(_site.Root, "content/media/znojmo-nove"));
        Directory.CreateDirectory(Path.Combine(_site.Root, "content/media/znojmo-cyklostezky"));
        Assert.Equal(1, Run("move", "practice", "znojmo-cyklostezky", "znojmo-nove"));
        Assert.Contains("content/media/znojmo-nove already exists; nothing was changed", _err.ToString());
        Assert.Equal(before, Read("content/practices/znojmo-cyklostezky.md"));
        Assert.Contains("related: [jihlava-pesi-zona]", Read("content/practices/znojmo-cyklostezky.md"));
    }

    [Theory]
    [InlineData(2, "praxe", "znojmo-cyklostezky", "x", "'praxe' is not a kind of entry of this site; did you mean 'page'?")]
    [InlineData(1, "practice", "znojmo-cyklostezka", "x", "no practice has the name 'znojmo-cyklostezka' (in content/practices/); did you mean 'znojmo-cyklostezky'?")]
    [InlineData(2, "practice", "znojmo-cyklostezky", "Znojmo Stezky", "'Znojmo Stezky' is not a valid name")]
    [InlineData(2, "practice", "znojmo-cyklostezky", "znojmo-cyklostezky", "the old and the new name are both 'znojmo-cyklostezky'")]
    public void move_says_what_is_wrong_with_its_arguments(int code, string kind, string from, string to, string message)
    {
        Assert.Equal(code, Run("move", kind, from, to));
        Assert.Contains(message, _err.ToString());
    }

    [Fact]
    public void move_needs_three_arguments() => Assert.Equal(2, Run("move", "practice", "znojmo-cyklostezky"));

    /// <summary>The moved site passes check, and its build has a page at the old address that leads to the new one.</summary>
    private void AssertChecksAndRedirects(string oldFile, string href)
    {
        Assert.Equal(0, Run("check", "--no-spelling"));
        Assert.Contains("0 errors, 0 warnings", _out.ToString());
        AssertBuilt(oldFile, href);
    }

    private void AssertBuilt(string file, string href)
    {
        var result = Builds.Generate(_site.Root);
        Assert.True(result.Succeeded, Builds.Errors(result));
        Assert.Contains($"<meta http-equiv=\"refresh\" content=\"0; url={href}\">", Builds.Page(result, file));
    }

    public void Dispose()
    {
        _site.Dispose();
        _out.Dispose();
        _err.Dispose();
    }
}
