namespace DobraPraxe.Browser.Tests;

/// <summary>One page of every type the site has, on the main site or the microsite.</summary>
public static class PageTypes
{
    public static readonly (string Name, string Path, bool Microsite)[] All =
    [
        ("home", "", false),
        ("catalogue", "praxe/", false),
        ("catalogue-page-2", "praxe/strana/2/", false),
        ("entry", "praxe/litomerice-participativni-rozpocet/", false),
        ("snippet", "praxe/hlinsko-stripek-vymenik-hracek/", false),
        ("entry-with-photos", "praxe/krizanov-komunitni-zahrada/", false),
        ("contest", "nejpraxe/", false),
        ("contest-year", "nejpraxe/2024/", false),
        ("themes", "temata/", false),
        ("theme", "temata/zdravi/", false),
        ("regions", "kraje/", false),
        ("region", "kraje/vysocina/", false),
        ("members", "clenove/", false),
        ("member", "clenove/litomerice/", false),
        ("goals", "cile/", false),
        ("goal", "cile/11/", false),
        ("years", "roky/", false),
        ("year", "roky/2014/", false),
        ("tags", "stitky/", false),
        ("tag", "stitky/participace/", false),
        ("awards", "ocenene/", false),
        ("events", "akce/", false),
        ("event", "akce/narodni-konference-2021/", false),
        ("page", "o-projektu/", false),
        ("not-found", "404.html", false),
        ("search", "hledat/?q=zdrav%C3%AD", false),
        ("accessibility", "prohlaseni-o-pristupnosti/", false),
        ("open-data", "data/", false),
        ("videos", "videa/", false),
        ("video", "videa/litomerice-napady-pro-litomerice/", false),
        ("video-self-hosted", "videa/krizanov-zahrada-za-minutu/", false),
        ("microsite-home", "", true),
        ("microsite-program", "program/", true),
        ("microsite-speakers", "recnici/", true),
        ("microsite-page", "registrace/", true),
        ("microsite-accessibility", "prohlaseni-o-pristupnosti/", true),
    ];

    public static TheoryData<string> Names() => [.. All.Select(p => p.Name)];

    public static Uri Url(BrowserFixture site, string name)
    {
        var page = All.Single(p => p.Name == name);
        return new Uri((page.Microsite ? site.Conference : site.Main).Address, page.Path);
    }
}
