using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;
using AngleSharp.Html.Parser;
using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.Formats;
using DobraPraxe.Generator.FrontMatter;
using DobraPraxe.Generator.Loading;
using DobraPraxe.Generator.Pipeline;
using DobraPraxe.Generator.Tests.Support;
using Json.Schema;

namespace DobraPraxe.Generator.Tests.Kinds;

/// <summary>
/// The built-in kind 'video', declared in Schema/defaults.yml: the "videos" fixture has a YouTube video with its transcript
/// in the body, a Vimeo video with a 'transcript:' field, a self-hosted WebM with WebVTT captions and a draft without
/// either; a video names a practice and a practice names a video. What the declaration gives (list, page, feed, search,
/// sitemap, open data, JSON Schema, the editor's collection, the scaffold) and what its field types bring (the player,
/// VideoObject JSON-LD, the page's frame-src, the checks at their lines).
/// </summary>
public class VideoKindTests
{
    private static readonly string Fixture = TestPaths.Fixture("videos");
    private static readonly Lazy<BuildResult> Built = new(() => Builds.Generate(Fixture));

    private static string Page(string path)
    {
        Assert.True(Built.Value.Succeeded, Builds.Errors(Built.Value));
        return Builds.Page(Built.Value, path);
    }

    private static AngleSharp.Html.Dom.IHtmlDocument Html(string path) => new HtmlParser().ParseDocument(Page(path));

    private static string MetaPolicy(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content")!;

    private static JsonElement JsonLd(string path) =>
        JsonDocument.Parse(Html(path).QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;

    [Fact]
    public void the_list_shows_the_published_videos_newest_first_with_their_posters_and_lengths()
    {
        var list = Html("videa/index.html");
        Assert.Equal("Videa", list.QuerySelector("main h1")!.TextContent);
        Assert.Equal(["/videa/ukazka/", "/videa/cyklostezky/", "/videa/pesi-zona/"], list.QuerySelectorAll("main .card-title a").Select(a => a.GetAttribute("href")));
        Assert.Equal(3, list.QuerySelectorAll("main .card img.card-image[alt='']").Length);
        Assert.Contains("délka 1:02:03", list.QuerySelector("main")!.TextContent);
        Assert.DoesNotContain(Built.Value.Files, f => f.Path.StartsWith("videa/koncept/", StringComparison.Ordinal));
        Assert.Contains(list.QuerySelectorAll("link[rel=alternate]"), l => l.GetAttribute("href") == "/videa/feed.xml");
    }

    [Fact]
    public void a_youtube_video_shows_our_poster_and_a_button_and_nothing_of_youtube_is_loaded_by_the_page()
    {
        var page = Html("videa/cyklostezky/index.html");
        var facade = page.QuerySelector("main .video-facade")!;
        Assert.Equal("https://www.youtube-nocookie.com/embed/AbCdEfGhIjK?autoplay=1", facade.GetAttribute("data-player"));
        // Without script the poster links to the video on YouTube; the script makes it a button.
        var start = facade.QuerySelector("a.video-start")!;
        Assert.Equal("https://www.youtube.com/watch?v=AbCdEfGhIjK", start.GetAttribute("href"));
        Assert.Equal("Přehrát video – načte se z YouTube", start.TextContent.Trim());
        Assert.Equal("Přehrát video – načte se z YouTube: Cyklostezky ve Znojmě", start.GetAttribute("aria-label"));
        Assert.StartsWith("/media/nahled-", start.QuerySelector("img")!.GetAttribute("src"));
        // Nothing on the page makes the browser ask another origin: no frame, script, image, style, font or preconnect of YouTube's.
        Assert.Empty(page.QuerySelectorAll("iframe, object, embed"));
        var loaded = page.QuerySelectorAll("[src], [srcset], link[href]").SelectMany(e => new[] { e.GetAttribute("src"), e.GetAttribute("srcset"), e.GetAttribute("href") })
            .OfType<string>().SelectMany(v => v.Split(',', ' ')).Where(v => v.Contains("//", StringComparison.Ordinal) && !v.StartsWith("https://example.org/", StringComparison.Ordinal));
        Assert.Empty(loaded);
        Assert.Empty(page.QuerySelectorAll("link[rel~=preconnect], link[rel~=dns-prefetch], link[rel~=preload], link[rel~=prefetch]"));
        Assert.Equal(["/assets/js/video-player.js"], page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")));
        Assert.Empty(page.QuerySelectorAll("script:not([src]):not([type='application/ld+json'])"));
        Assert.Contains("Přehrávač YouTube se načte až po stisknutí tlačítka", page.QuerySelector("main figcaption")!.TextContent);
        // The transcript is the body, under its heading.
        Assert.Equal("Přepis", page.QuerySelector("main .video-transcript h2")!.TextContent);
    }

    [Fact]
    public void a_self_hosted_video_plays_in_a_video_element_with_captions_loading_nothing_before_it_is_played()
    {
        var page = Html("videa/ukazka/index.html");
        var video = page.QuerySelector("main video")!;
        Assert.True(video.HasAttribute("controls"));
        Assert.Equal("none", video.GetAttribute("preload"));
        Assert.False(video.HasAttribute("autoplay"));
        Assert.StartsWith("/media/nahled-", video.GetAttribute("poster"));
        Assert.Equal("video/webm", video.QuerySelector("source")!.GetAttribute("type"));
        Assert.Equal("/media/ukazka.webm", video.QuerySelector("source")!.GetAttribute("src"));
        var track = video.QuerySelector("track")!;
        Assert.Equal(("captions", "cs", "/media/ukazka.vtt"), (track.GetAttribute("kind"), track.GetAttribute("srclang"), track.GetAttribute("src")));
        Assert.Empty(page.QuerySelectorAll("script[src]"));
        Assert.Contains(Built.Value.Files, f => f.Path == "media/ukazka.webm");
        Assert.Contains(Built.Value.Files, f => f.Path == "media/ukazka.vtt");
    }

    [Fact]
    public void a_page_with_a_host_s_player_allows_exactly_its_frame_origin_and_every_other_page_keeps_the_site_s_policy()
    {
        Assert.Equal(SecurityHeaders.Policy + "; frame-src https://www.youtube-nocookie.com", MetaPolicy(Html("videa/cyklostezky/index.html")));
        Assert.Equal(SecurityHeaders.Policy + "; frame-src https://player.vimeo.com", MetaPolicy(Html("videa/pesi-zona/index.html")));
        foreach (var path in new[] { "videa/ukazka/index.html", "videa/index.html", "praxe/znojmo-cyklostezky/index.html", "index.html" })
            Assert.Equal(SecurityHeaders.Policy, MetaPolicy(Html(path)));

        // _headers gives the two pages their own policy, detached from the site-wide one; nothing else changes.
        var headers = Page("_headers");
        Assert.Contains("\n/videa/cyklostezky/\n  ! Content-Security-Policy\n  Content-Security-Policy: " + SecurityHeaders.Policy
            + "; frame-src https://www.youtube-nocookie.com; frame-ancestors 'none'\n", headers);
        Assert.Contains("\n/videa/pesi-zona/\n  ! Content-Security-Policy\n  Content-Security-Policy: " + SecurityHeaders.Policy
            + "; frame-src https://player.vimeo.com; frame-ancestors 'none'\n", headers);
        Assert.Equal(2, headers.Split("frame-src").Length - 1);
        Assert.StartsWith(SecurityHeaders.File(), headers);
    }

    [Fact]
    public void each_video_page_carries_a_video_object_with_the_properties_search_engines_read()
    {
        var youtube = JsonLd("videa/cyklostezky/index.html");
        Assert.Equal("https://schema.org", youtube.GetProperty("@context").GetString());
        Assert.Equal("VideoObject", youtube.GetProperty("@type").GetString());
        Assert.Equal("Cyklostezky ve Znojmě", youtube.GetProperty("name").GetString());
        Assert.Equal("Projížďka po nových stezkách s cyklokoordinátorem města.", youtube.GetProperty("description").GetString());
        Assert.Matches("^https://example\\.org/media/nahled-\\d+\\.jpg$", youtube.GetProperty("thumbnailUrl").GetString());
        Assert.Equal("2024-05-02", youtube.GetProperty("uploadDate").GetString());
        Assert.Equal("PT3M25S", youtube.GetProperty("duration").GetString());
        Assert.Equal("https://www.youtube-nocookie.com/embed/AbCdEfGhIjK", youtube.GetProperty("embedUrl").GetString());
        Assert.Equal("Dobrý den, jsme na nové stezce podél řeky. Stezka vede od nádraží až k vinicím.", youtube.GetProperty("transcript").GetString());
        Assert.False(youtube.TryGetProperty("contentUrl", out _));

        var vimeo = JsonLd("videa/pesi-zona/index.html");
        Assert.Equal("PT1H2M3S", vimeo.GetProperty("duration").GetString());
        Assert.Equal("https://player.vimeo.com/video/123456789?dnt=1", vimeo.GetProperty("embedUrl").GetString());
        Assert.Equal("Dobrý den, vítejte v Jihlavě.\n\nCentrum patří chodcům od roku 2010.", vimeo.GetProperty("transcript").GetString());

        var own = JsonLd("videa/ukazka/index.html");
        Assert.Equal("https://example.org/media/ukazka.webm", own.GetProperty("contentUrl").GetString());
        Assert.Equal("PT6S", own.GetProperty("duration").GetString());
        Assert.False(own.TryGetProperty("embedUrl", out _));
        Assert.False(own.TryGetProperty("transcript", out _));
        Assert.Matches("^https://example\\.org/media/nahled-\\d+\\.jpg$", own.GetProperty("thumbnailUrl").GetString());
    }

    [Fact]
    public void a_video_and_a_practice_that_name_each_other_show_on_both_pages_whichever_side_wrote_it()
    {
        // The video names the practice ('practices:'): the practice's page lists the video.
        var znojmo = Html("praxe/znojmo-cyklostezky/index.html");
        var videos = znojmo.QuerySelector("main section.linked")!;
        Assert.Equal("Videa", videos.QuerySelector("h2")!.TextContent);
        Assert.Equal(["/videa/cyklostezky/"], videos.QuerySelectorAll(".card-title a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["Praxe ve videu"], Html("videa/cyklostezky/index.html").QuerySelectorAll("main section.linked h2").Select(h => h.TextContent));

        // The practice names the video ('videos:'): the video's page lists the practice too.
        Assert.Equal(["/videa/ukazka/"], Html("praxe/jihlava-pesi-zona/index.html").QuerySelectorAll("main section.linked .card-title a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["/praxe/jihlava-pesi-zona/"], Html("videa/ukazka/index.html").QuerySelectorAll("main section.linked .card-title a").Select(a => a.GetAttribute("href")));
        // A reference is a list of entries, not a line of the facts panel.
        Assert.DoesNotContain(znojmo.QuerySelectorAll("main dt"), dt => dt.TextContent == "Videa");
    }

    [Fact]
    public void feed_sitemap_search_and_term_pages_come_from_the_declaration()
    {
        using (var reader = XmlReader.Create(new StringReader(Page("videa/feed.xml"))))
            Assert.Equal(["https://example.org/videa/ukazka/", "https://example.org/videa/cyklostezky/", "https://example.org/videa/pesi-zona/"],
                SyndicationFeed.Load(reader).Items.Select(i => i.Links[0].Uri.AbsoluteUri));
        var sitemap = Page("sitemap.xml");
        Assert.Contains("<loc>https://example.org/videa/</loc>", sitemap);
        Assert.Contains("<loc>https://example.org/videa/cyklostezky/</loc>", sitemap);
        Assert.DoesNotContain("video:video", sitemap);

        var manifest = JsonNode.Parse(Page("search/manifest.json"))!;
        var kind = manifest["facets"]!.AsArray().Single(f => (string?)f!["key"] == "druh")!;
        var values = kind["values"]!.AsArray().Select(v => (string)v![0]!).ToList();
        Assert.Equal(3, (int)kind["counts"]![values.IndexOf("video")]!);
        Assert.Equal("Video", (string?)kind["values"]![values.IndexOf("video")]![1]);
        // A result's line names the kind, who made it and where, and its date, as a practice's names who and where.
        var record = Built.Value.Files.Where(f => f.Path.StartsWith("search/", StringComparison.Ordinal) && f.Path.EndsWith(".json", StringComparison.Ordinal))
            .Select(f => JsonNode.Parse(f.Content!)!).OfType<JsonArray>().SelectMany(chunk => chunk).OfType<JsonArray>()
            .Single(r => r.Count == 5 && (string?)r[0] == "video/cyklostezky");
        Assert.StartsWith("Video · Znojmo · Jihomoravský kraj · ", (string?)record[4]);

        Assert.Contains(Html("temata/doprava-a-mobilita/index.html").QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/videa/pesi-zona/");
        Assert.Contains(Html("clenove/znojmo/index.html").QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/videa/cyklostezky/");
    }

    [Fact]
    public void open_data_has_a_table_of_videos_with_addresses_and_lengths_valid_against_its_schema()
    {
        var rows = OpenData.OpenDataTests.Csv(Page("data/video.csv"));
        Assert.Equal(["cyklostezky", "pesi-zona", "ukazka"], rows.Select(r => r["slug"]));
        Assert.Equal("https://www.youtube.com/watch?v=AbCdEfGhIjK", rows[0]["video"]);
        Assert.Equal("https://example.org/media/nahled.jpg", rows[0]["poster"]);
        Assert.Equal("3:25", rows[0]["duration"]);
        Assert.Equal("znojmo-cyklostezky", rows[0]["practices"]);
        Assert.Equal("https://example.org/media/ukazka.webm", rows[2]["video"]);
        Assert.Equal("https://example.org/media/ukazka.vtt", rows[2]["captions"]);
        var json = JsonNode.Parse(Page("data/video.json"))!;
        Assert.True(JsonSchema.FromText(Page("data/video.schema.json")).Evaluate(json).IsValid);
        // A practice's own 'videos:' is a column of the practices' table.
        Assert.Equal("ukazka", OpenData.OpenDataTests.Csv(Page("data/praxe.csv")).Single(r => r["slug"] == "jihlava-pesi-zona")["videos"]);
    }

    [Fact]
    public void json_schema_and_the_web_editor_know_the_kind_and_its_file_fields()
    {
        var export = SchemaExporter.Export(Fixture, Builds.Now);
        Assert.True(export.Succeeded);
        var schema = JsonSchema.FromText(export.Files["video.schema.json"]);
        foreach (var file in Directory.GetFiles(Path.Combine(Fixture, "content/videa")))
            Assert.True(schema.Evaluate(YamlJson.FrontMatter(File.ReadAllText(file))).IsValid, file);
        var bad = YamlJson.FrontMatter(File.ReadAllText(Path.Combine(Fixture, "content/videa/cyklostezky.md")))!.DeepClone().AsObject();
        bad["practices"] = new JsonArray("neexistuje");
        Assert.False(schema.Evaluate(bad).IsValid);
        bad = YamlJson.FrontMatter(File.ReadAllText(Path.Combine(Fixture, "content/videa/cyklostezky.md")))!.DeepClone().AsObject();
        bad["duration"] = "tři minuty";
        Assert.False(schema.Evaluate(bad).IsValid);

        var diagnostics = new DiagnosticBag();
        var content = ContentReader.Read(ContentScanner.Scan(Fixture, diagnostics), diagnostics, Builds.Now)!;
        var config = Generator.Editing.CmsConfigWriter.Write(content, Generator.Editing.EditorMode.Local);
        var collection = config[config.IndexOf("- name: videa", StringComparison.Ordinal)..];
        Assert.Contains("folder: content/videa", collection);
        Assert.Matches(@"name: poster\s+widget: image", collection);
        Assert.Matches(@"name: video\s+widget: file\s+choose_url: true", collection);
        Assert.Matches(@"name: captions\s+widget: file\s+choose_url: false", collection);
        Assert.Matches(@"name: practices\s+widget: relation\s+collection: practices", collection);
        // The practice's 'videos' is a relation to the videos' collection.
        Assert.Matches(@"name: videos\s+widget: relation\s+collection: videa", config);
    }

    [Fact]
    public void a_new_video_passes_check_as_it_is()
    {
        using var tree = new ContentTree("videos");
        var outcome = Generator.Scaffolding.EntryScaffolder.Create(tree.Root, "video", "nove-video", Builds.Now);
        Assert.True(outcome.Created, outcome.Message);
        Assert.Equal("content/videa/nove-video.md", outcome.Path);
        var text = File.ReadAllText(Path.Combine(tree.Root, outcome.Path));
        Assert.Contains("\nposter: media/nahled.jpg\n", text);
        Assert.Contains("\nvideo: https://www.youtube.com/watch?v=", text);
        var result = Builds.Generate(tree.Root);
        Assert.True(result.Succeeded, Builds.Errors(result));
        Assert.Contains(result.Files, f => f.Path == "videa/nove-video/index.html");
    }

    [Fact]
    public void a_draft_may_lack_a_transcript_and_captions()
    {
        using var tree = new ContentTree("videos");
        tree.Write("content/videa/koncept.md", File.ReadAllText(Path.Combine(Fixture, "content/videa/koncept.md")));
        var result = Builds.Generate(tree.Root, drafts: true);
        Assert.True(result.Succeeded, Builds.Errors(result));
        Assert.Contains("Přehrát video – načte se z YouTube", Builds.Page(result, "videa/koncept/index.html"));
    }

    private const string Bad = """
        ---
        title: Chybné video
        summary: Má chybu.
        date: 2024-01-01
        video: https://www.youtube.com/watch?v=AbCdEfGhIjK
        poster: media/nahled.jpg
        duration: "1:00"
        EXTRA
        ---

        Přepis.
        """;

    /// <param name="replace">Pairs "old=>new" applied to <see cref="Bad"/>, separated by '|'.</param>
    [Theory]
    [InlineData("video: https://www.youtube.com/watch?v=AbCdEfGhIjK=>video: https://www.dailymotion.com/video/x7u5kqz",
        "content/videa/chybne.md:5:8: error: videos are played from YouTube or Vimeo, or from content/media/; 'www.dailymotion.com' is neither")]
    [InlineData("watch?v=AbCdEfGhIjK=>watch?v=AbCdEf", "content/videa/chybne.md:5:8: error: 'AbCdEf' is not a YouTube video ID: an ID has 11 letters, digits, '-' or '_'")]
    [InlineData("https://www.youtube.com/watch?v=AbCdEfGhIjK=>https://www.youtube.com/@zdravamesta", "content/videa/chybne.md:5:8: error: 'https://www.youtube.com/@zdravamesta' is not the address of one YouTube video")]
    [InlineData("https://www.youtube.com/watch?v=AbCdEfGhIjK=>https://vimeo.com/channels/staffpicks", "content/videa/chybne.md:5:8: error: 'https://vimeo.com/channels/staffpicks' is not the address of one Vimeo video")]
    [InlineData("poster: media/nahled.jpg\n=>", "content/videa/chybne.md:2:1: error: required field 'poster' is missing")]
    [InlineData("poster: media/nahled.jpg=>poster: media/ukazka.vtt", "content/videa/chybne.md:6:9: error: 'media/ukazka.vtt' is not an allowed file type here")]
    [InlineData("poster: media/nahled.jpg=>poster: media/mapa.svg", "content/videa/chybne.md:6:9: error: 'media/mapa.svg' is not an allowed file type here")]
    [InlineData("poster: media/nahled.jpg=>poster: media/falesny.jpg", "content/videa/chybne.md:6:9: error: 'media/falesny.jpg': the file's name says JPEG (.jpg) but it holds plain text")]
    [InlineData("video: https://www.youtube.com/watch?v=AbCdEfGhIjK=>video: media/ukazka.webm|EXTRA=>captions: media/titulky.srt",
        "content/videa/chybne.md:8:11: error: 'media/titulky.srt' is not an allowed file type here")]
    [InlineData("video: https://www.youtube.com/watch?v=AbCdEfGhIjK=>video: media/ukazka.webm|EXTRA=>captions: media/spatne.vtt",
        "content/videa/chybne.md:8:11: error: 'media/spatne.vtt': the file's name says WebVTT (.vtt) but it holds plain text")]
    [InlineData("EXTRA=>captions: media/ukazka.vtt", "content/videa/chybne.md:8:11: error: captions in content/media/ play only with a video of content/media/, not with one on YouTube")]
    [InlineData("EXTRA=>practices: [znojmo-cyklostezk]", "content/videa/chybne.md:8:13: error: unknown practice 'znojmo-cyklostezk'; did you mean 'znojmo-cyklostezky'?")]
    [InlineData("Přepis.=>", "content/videa/chybne.md:5:8: error: a published video needs a transcript or captions, for readers who cannot hear it (WCAG 2.1, 1.2.1–1.2.3)")]
    [InlineData("duration: \"1:00\"=>duration: tři minuty", "content/videa/chybne.md:7:11: error: 'duration' must be a duration like \"3:25\" (minutes:seconds) or \"1:02:03\", not 'tři minuty'")]
    [InlineData("video: https://www.youtube.com/watch?v=AbCdEfGhIjK=>video: media/ukazka.avi", "content/videa/chybne.md:5:8: error: 'media/ukazka.avi' is not an allowed file type here")]
    [InlineData("video: https://www.youtube.com/watch?v=AbCdEfGhIjK=>video: media/falesne.webm", "content/videa/chybne.md:5:8: error: 'media/falesne.webm': the file's name says WebM (.webm) but it holds plain text")]
    [InlineData("video: https://www.youtube.com/watch?v=AbCdEfGhIjK=>video: media/chybi.mp4", "content/videa/chybne.md:5:8: error: file 'media/chybi.mp4' does not exist in content/")]
    public void each_mistake_of_a_video_is_an_error_at_its_line(string replace, string expected)
    {
        using var tree = new ContentTree("videos");
        var text = Bad.Replace("\r\n", "\n");
        foreach (var pair in replace.Split('|').Select(p => p.Split("=>")))
        {
            Assert.Contains(pair[0], text);
            text = text.Replace(pair[0], pair[1]);
        }
        tree.Write("content/videa/chybne.md", text.Replace("EXTRA\n", ""));
        tree.Write("content/media/falesny.jpg", "not a photo");
        tree.Write("content/media/falesne.webm", "not a video");
        tree.Write("content/media/spatne.vtt", "1\n00:00:00,000 --> 00:00:02,000\nTitulky ve formátu SRT.\n");
        var errors = Builds.Generate(tree.Root).Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.Format()).ToList();
        Assert.True(errors.Any(e => e.StartsWith(expected, StringComparison.Ordinal)), string.Join("\n", errors));
    }

    [Fact]
    public void a_reference_to_a_kind_that_is_not_declared_is_an_error_at_the_field_with_a_did_you_mean()
    {
        using var tree = new ContentTree("videos");
        var site = File.ReadAllText(Path.Combine(Fixture, "content/site.yml"));
        Assert.Equal(10, site.Count(c => c == '\n'));
        tree.Write("content/site.yml", site + "kinds:\n  - key: publikace\n    title: Publikace\n    fields:\n      - { key: praxe, title: Praxe, type: list, references: practise }\n");
        var result = Builds.Generate(tree.Root);
        Assert.Contains("content/site.yml:15:16: error: field 'praxe' names entries of kind 'practise', which is not declared; did you mean 'practice'?", Builds.Errors(result));
    }

    [Fact]
    public void any_kind_with_a_reference_field_is_listed_on_the_referenced_entry_s_page()
    {
        using var tree = new ContentTree("videos");
        var site = File.ReadAllText(Path.Combine(Fixture, "content/site.yml"));
        tree.Write("content/site.yml", site + "kinds:\n  - key: publikace\n    title: Publikace\n    fields:\n      - { key: praxe, title: Popsané praxe, type: list, references: practice }\n");
        tree.Write("content/publikace/sbornik.md", "---\ntitle: Sborník\nsummary: Příklady z měst.\ndate: 2024-01-01\npraxe: [znojmo-cyklostezky]\n---\n");
        var result = Builds.Generate(tree.Root);
        Assert.True(result.Succeeded, Builds.Errors(result));
        var practice = new HtmlParser().ParseDocument(Builds.Page(result, "praxe/znojmo-cyklostezky/index.html"));
        Assert.Equal(["Videa", "Publikace"], practice.QuerySelectorAll("main section.linked h2").Select(h => h.TextContent));
        Assert.Contains(practice.QuerySelectorAll("main section.linked a"), a => a.GetAttribute("href") == "/publikace/sbornik/");
        var entry = new HtmlParser().ParseDocument(Builds.Page(result, "publikace/sbornik/index.html"));
        Assert.Equal("Popsané praxe", entry.QuerySelector("main section.linked h2")!.TextContent);
        Assert.Contains(entry.QuerySelectorAll("main section.linked a"), a => a.GetAttribute("href") == "/praxe/znojmo-cyklostezky/");
    }
}
