using System.Text;

namespace DobraPraxe.Benchmarks.Corpus;

/// <summary>
/// Builds a realistic, valid catalogue of <c>entries</c> practices from a seed: members in every region and of
/// every type, practices with varied front matter and Czech Markdown bodies that link to each other (some to a
/// heading of the target), events and free pages. Same entries and seed → the same corpus, byte for byte.
/// <paramref name="links"/> chooses how practices link to each other (see <see cref="LinkStyle"/>), <paramref name="profile"/>
/// the catalogue's shape (<see cref="CorpusProfile.Default"/> unless given).
/// </summary>
public sealed partial class CorpusBuilder(int entries, ulong seed, LinkStyle links = LinkStyle.Files, CorpusProfile? profile = null)
{
    private readonly CorpusProfile _profile = profile ?? CorpusProfile.Default;

    /// <summary>The corpus's "today": every practice is dated before it, so a build with this --now publishes them all.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.FromHours(1));

    private static readonly DateOnly FirstDate = new(2019, 1, 1);
    private static readonly DateOnly LastDate = new(2026, 10, 31);
    private const int FirstYear = 1995;
    private const int LastYear = 2025;

    private static readonly string[] FirstNames =
        ["Jana", "Petra", "Tereza", "Lucie", "Martina", "Eva", "Hana", "Kateřina", "Markéta", "Lenka",
         "Jan", "Petr", "Tomáš", "Martin", "Jiří", "Pavel", "Ondřej", "Jakub", "Lukáš", "Michal"];
    private static readonly string[] Surnames =
        ["Nováková", "Svobodová", "Dvořáková", "Černá", "Procházková", "Kučerová", "Veselá", "Horáková", "Němcová", "Marková",
         "Novák", "Svoboda", "Dvořák", "Černý", "Procházka", "Kučera", "Veselý", "Horák", "Němec", "Marek"];
    private static readonly string[] DegreeTitles = ["", "", "Mgr. ", "Ing. ", "Bc. ", "PhDr. "];

    public CorpusSite Build()
    {
        var root = new Rng(seed ^ ((ulong)entries * 0x9E3779B97F4A7C15UL));
        var members = BuildMembers(root.Fork("members"));
        var practices = BuildPractices(root.Fork("practices"), members);
        var events = BuildEvents(root.Fork("events"), members, practices);
        var pages = BuildPages(root.Fork("pages"), practices);
        // TODO(conferences): The conference microsites (docs/content-model.md) (content/conferences/<slug>/ with site.yml, pages,
        // program.yml, speakers.yml) are not implemented in the generator yet. When they are, add one conference
        // here (and events with 'conference: <slug>'), write it in ContentWriter and mirror it in HugoSiteWriter.
        return new CorpusSite(entries, seed, members, practices, events, pages) { Profile = _profile };
    }

    /// <summary>The profile's members (max(30, N/20) by default): every region, every type, at most one kraj per region.</summary>
    private List<CorpusMember> BuildMembers(Rng rng)
    {
        var count = _profile.MemberCount(entries);
        var kraje = Math.Min(Vocabulary.Regions.Length, Math.Max(1, count / 20));
        var mas = Math.Max(1, count * 15 / 100);
        var mikroregiony = Math.Max(1, count / 10);
        var obce = Math.Max(1, count / 4);
        var mesta = count - kraje - mas - mikroregiony - obce;

        var types = new List<string>();
        types.AddRange(Enumerable.Repeat("mesto", mesta));
        types.AddRange(Enumerable.Repeat("obec", obce));
        types.AddRange(Enumerable.Repeat("mas", mas));
        types.AddRange(Enumerable.Repeat("mikroregion", mikroregiony));

        var names = new Names(rng);
        var members = new List<CorpusMember>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < kraje; i++)
        {
            var (region, regionName) = Vocabulary.Regions[i];
            members.Add(Member(rng, keys, regionName, "kraj", region));
        }
        for (var i = 0; i < types.Count; i++)
        {
            var type = types[i];
            // The first members go round the regions so that every region has some.
            var region = i < Vocabulary.Regions.Length ? Vocabulary.Regions[i].Key : rng.Pick(Vocabulary.Regions).Key;
            members.Add(Member(rng, keys, names.Next(type), type, region));
        }
        return members;
    }

    private static CorpusMember Member(Rng rng, HashSet<string> keys, string name, string type, string region)
    {
        var key = Text.Slug(name);
        for (var n = 2; !keys.Add(key); n++) key = $"{Text.Slug(name)}-{n}";
        var web = rng.Chance(0.85) ? $"https://www.{key.Replace("-", "")}.cz/" : null;
        int? since = rng.Chance(0.8) ? rng.Between(1994, 2025) : null;
        return new CorpusMember(key, name, type, region, web, since);
    }

    /// <summary>Unique member names of each type, real ones first, then composed ones.</summary>
    private sealed class Names(Rng rng)
    {
        private readonly Queue<string> _towns = new(rng.Sample(Vocabulary.Towns, Vocabulary.Towns.Length));
        private readonly Queue<string> _villages = new(rng.Sample(Vocabulary.Villages, Vocabulary.Villages.Length)
            .Concat(Vocabulary.VillagePrefixes.SelectMany(p => Vocabulary.Villages.Where(v => !v.Contains(' ')).Select(v => $"{p} {v}"))));
        private readonly Queue<string> _mas = new(rng.Sample(Vocabulary.Landscapes, Vocabulary.Landscapes.Length).Select(l => $"MAS {l}"));
        private readonly Queue<string> _mikroregiony = new(rng.Sample(Vocabulary.Landscapes, Vocabulary.Landscapes.Length).Select(l => $"Mikroregion {l}"));
        private readonly Dictionary<string, int> _rounds = [];

        public string Next(string type)
        {
            var queue = type switch { "mesto" => _towns, "obec" => _villages, "mas" => _mas, _ => _mikroregiony };
            if (queue.TryDequeue(out var name)) return name;
            // Past the real names (tens of thousands of entries): number the names' second round.
            var round = _rounds[type] = _rounds.GetValueOrDefault(type, 1) + 1;
            var source = type switch { "mesto" => Vocabulary.Towns, "obec" => Vocabulary.Villages, "mas" => Vocabulary.Landscapes.Select(l => $"MAS {l}").ToArray(), _ => Vocabulary.Landscapes.Select(l => $"Mikroregion {l}").ToArray() };
            foreach (var n in source) queue.Enqueue($"{n} {Roman(round)}");
            return queue.Dequeue();
        }

        private static string Roman(int n) => n switch { 2 => "II", 3 => "III", 4 => "IV", 5 => "V", 6 => "VI", 7 => "VII", 8 => "VIII", 9 => "IX", _ => $"X{n}" };
    }

    private List<CorpusPractice> BuildPractices(Rng rng, List<CorpusMember> members)
    {
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        var practices = new List<CorpusPractice>(entries);
        var tagPool = TagPool();
        var paragraphs = new int[entries];
        var dateSpan = LastDate.DayNumber - FirstDate.DayNumber;
        for (var i = 0; i < entries; i++)
        {
            // A few members write many entries, most write a few: index ~ M·u².
            var u = rng.NextDouble();
            var member = members[Math.Min(members.Count - 1, (int)(members.Count * u * u))];
            var topic = rng.Pick(Vocabulary.Topics);
            var topicSlug = Text.Slug(topic.Title);
            var slug = $"{member.Key}-{topicSlug}";
            for (var n = 2; !slugs.Add(slug); n++) slug = $"{member.Key}-{topicSlug}-{n}";
            if (slug.Length > 100) throw new InvalidOperationException($"slug too long: {slug}");

            var year = rng.Between(FirstYear, LastYear);
            var date = DateOnly.FromDayNumber(FirstDate.DayNumber + rng.Next(dateSpan + 1));
            DateOnly? updated = null;
            if (rng.Chance(0.25))
            {
                var later = date.AddDays(rng.Between(1, 700));
                if (later <= LastDate) updated = later;
            }

            var themes = topic.Themes.Take(rng.Between(1, topic.Themes.Length)).ToList();
            if (themes.Count < 3 && rng.Chance(0.2))
            {
                var extra = rng.Pick(Vocabulary.Themes).Key;
                if (!themes.Contains(extra)) themes.Add(extra);
            }

            var sdgs = new SortedSet<int>();
            if (rng.Chance(0.75))
            {
                foreach (var s in topic.Sdgs) sdgs.Add(s);
                if (rng.Chance(0.3)) sdgs.Add(rng.Between(1, 17));
            }

            var tags = tagPool is null
                ? rng.Sample(topic.Tags, rng.Between(1, topic.Tags.Length)).Concat(rng.Sample(Vocabulary.ExtraTags, rng.Between(0, 2))).DistinctBy(Text.Slug).ToList()
                : PooledTags(rng, topic, tagPool);

            var awards = new List<CorpusAward>();
            if (rng.Chance(0.03))
            {
                var count = rng.Chance(0.15) ? 2 : 1;
                foreach (var name in rng.Sample(Vocabulary.AwardNames, count))
                    awards.Add(new CorpusAward(name, rng.Between(Math.Max(year, 2010), 2025), rng.Chance(0.8) ? rng.Between(1, 3) : null));
            }

            int headingCount;
            if (_profile.LongBodies)
            {
                paragraphs[i] = rng.Between(3, 12);
                headingCount = rng.Between(1, Math.Min(6, paragraphs[i] - 1));
            }
            else
            {
                var length = rng.NextDouble();
                headingCount = length < 0.3 ? rng.Between(1, 2) : length < 0.8 ? rng.Between(3, 5) : rng.Between(6, 10);
            }
            var headingIndexes = rng.Sample(Enumerable.Range(0, Vocabulary.Headings.Length).ToList(), headingCount).Order();

            practices.Add(new CorpusPractice
            {
                Slug = slug,
                Title = Title(rng, topic, member),
                Topic = topic,
                Summary = Fill(rng, rng.Pick(Vocabulary.SummaryTemplates), member, year, topic),
                Member = member,
                Themes = themes,
                Year = year,
                Date = date,
                Updated = updated,
                Sdgs = [.. sdgs],
                Tags = tags,
                Contact = rng.Chance(0.5) ? Contact(rng, member) : null,
                Awards = awards,
                Headings = [.. headingIndexes.Select(h => Vocabulary.Headings[h])],
            });
        }

        // Second pass: bodies and 'related' may point at any entry, also later ones.
        for (var i = 0; i < practices.Count; i++)
        {
            var p = practices[i];
            var related = new List<string>();
            if (practices.Count > 1 && rng.Chance(0.35))
                foreach (var other in rng.Few(practices, rng.Between(1, 4)).Where(o => o.Slug != p.Slug).Take(3))
                    related.Add(links == LinkStyle.BrokenFiles ? Typo(other.Slug) : other.Slug);
            var body = _profile.LongBodies ? LongBody(rng, p, practices, links, paragraphs[i], table: i % 5 == 2) : PracticeBody(rng, p, practices, links);
            practices[i] = p with { Related = related, Body = body };
        }
        return practices;
    }

    private static string Title(Rng rng, Topic topic, CorpusMember member) => rng.Next(4) switch
    {
        0 => $"{topic.Title} – {member.Name}",
        1 => $"{topic.Title} ({member.Name})",
        2 => $"{member.Name}: {LowerFirst(topic.Title)}",
        _ => topic.Title,
    };

    private static CorpusContact Contact(Rng rng, CorpusMember member)
    {
        var first = rng.Next(FirstNames.Length);
        // Women's and men's names and surnames are in the same halves of both lists.
        var surname = Surnames[(first < 10 ? 0 : 10) + rng.Next(10)];
        var name = $"{rng.Pick(DegreeTitles)}{FirstNames[first]} {surname}";
        var email = $"{Text.Slug(surname).Replace("-", "")}@{member.Key.Replace("-", "")}.cz";
        var phone = $"+420 {rng.Between(311, 599)} {rng.Between(100, 999)} {rng.Between(100, 999)}";
        return new CorpusContact(name, email, phone);
    }

    private static string LowerFirst(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];

    private static string UpperFirst(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>Fills the placeholders of a vocabulary sentence.</summary>
    internal static string Fill(Rng rng, string template, CorpusMember member, int year, Topic? topic = null)
    {
        var text = new StringBuilder(template)
            .Replace("{Kde}", UpperFirst(member.Where))
            .Replace("{kde}", member.Where)
            .Replace("{Clen}", member.Name)
            .Replace("{clen}", member.Name)
            .Replace("{rok}", Text.Number(year));
        if (topic is not null)
        {
            text.Replace("{tema}", $"„{topic.Title}“")
                .Replace("{oblast}", LowerFirst(Vocabulary.Themes.First(t => t.Key == topic.Themes[0]).Name));
        }
        var result = text.ToString();
        // Numbers differ per use, so they are drawn one placeholder at a time.
        result = ReplaceEach(result, "{pocet}", () => Text.Number(rng.Between(2, 40)));
        result = ReplaceEach(result, "{castka}", () => Text.Amount(rng.Between(5, 500) * 10_000));
        result = ReplaceEach(result, "{procent}", () => Text.Number(rng.Between(5, 60)));
        return result;
    }

    private static string ReplaceEach(string text, string placeholder, Func<string> value)
    {
        int at;
        while ((at = text.IndexOf(placeholder, StringComparison.Ordinal)) >= 0)
            text = string.Concat(text.AsSpan(0, at), value(), text.AsSpan(at + placeholder.Length));
        return text;
    }

    internal static string Sentences(Rng rng, CorpusMember member, int year, int min, int max) =>
        string.Join(" ", Enumerable.Range(0, rng.Between(min, max)).Select(_ => Fill(rng, rng.Pick(Vocabulary.Sentences), member, year)));

    /// <summary>A typo an editor makes: one letter of the slug left out, so that the right one is a did-you-mean away.</summary>
    internal static string Typo(string slug) => slug.Remove(slug.Length / 2, 1);

    /// <summary>The Markdown of a practice: intro, its '##' sections, links to other entries (some to one of their headings).</summary>
    private static string PracticeBody(Rng rng, CorpusPractice p, List<CorpusPractice> all, LinkStyle style)
    {
        var blocks = new List<string> { Sentences(rng, p.Member, p.Year, 2, 4) };
        if (p.Headings.Count > 2 && rng.Chance(0.15))
        {
            var heading = rng.Pick(p.Headings);
            blocks[0] += $" Podrobnosti najdete v části [{heading.Text}](#{AnchorOf(heading)}).";
        }

        var sections = new List<List<string>>();
        foreach (var heading in p.Headings)
            sections.Add([$"## {heading.Text}", .. Section(rng, heading.Kind, p)]);

        // Links to other entries, placed after a random section's text.
        var links = all.Count < 2 ? 0 : rng.Chance(0.3) ? 0 : rng.Between(1, 3);
        for (var l = 0; l < links; l++)
        {
            if (LinkSentence(rng, p, all, style) is not { } sentence) continue;
            if (sections.Count == 0) blocks.Add(sentence);
            else sections[rng.Next(sections.Count)].Add(sentence);
        }
        foreach (var section in sections) blocks.AddRange(section);

        if (rng.Chance(0.3))
            blocks.Add("Více o síti a dalších příkladech najdete na webu [Národní sítě Zdravých měst ČR](https://www.zdravamesta.cz/).");
        if (p.Member.Web is { } web && rng.Chance(0.3))
            blocks.Add($"Aktuální informace o projektu zveřejňuje {p.Member.Name} na [svém webu]({web}).");
        return string.Join("\n\n", blocks) + "\n";
    }

    /// <summary>The id Markdig gives a heading of letters and spaces: diacritics folded, lower case, hyphens.</summary>
    public static string AnchorOf(HeadingInfo heading) => Text.Slug(heading.Text);

    /// <summary>A sentence that links a random other entry (null when the draw is the entry itself), in the corpus's link style.</summary>
    private static string? LinkSentence(Rng rng, CorpusPractice p, List<CorpusPractice> all, LinkStyle style)
    {
        var target = all[rng.Next(all.Count)];
        if (target.Slug == p.Slug) return null;
        var href = style switch
        {
            LinkStyle.Urls => $"../{target.Slug}/",
            LinkStyle.BrokenUrls => $"../{Typo(target.Slug)}/",
            LinkStyle.BrokenFiles => $"{Typo(target.Slug)}.md",
            _ => $"{target.Slug}.md",
        };
        if (rng.Chance(0.4)) href += "#" + AnchorOf(rng.Pick(target.Headings));
        return rng.Pick(Vocabulary.LinkPhrases).Replace("{title}", target.Title).Replace("{target}", href);
    }

    private static IEnumerable<string> Section(Rng rng, SectionKind kind, CorpusPractice p)
    {
        var (member, year) = (p.Member, p.Year);
        switch (kind)
        {
            case SectionKind.Prose:
                for (var i = rng.Between(1, 3); i > 0; i--) yield return Sentences(rng, member, year, 2, 6);
                break;
            case SectionKind.Steps:
                yield return Sentences(rng, member, year, 1, 2);
                yield return string.Join("\n", rng.Sample(Vocabulary.StepLabels, rng.Between(3, 6))
                    .Select((label, i) => $"{i + 1}. **{label}.** {Sentences(rng, member, year, 1, 2)}"));
                break;
            case SectionKind.Results:
                yield return string.Join("\n", rng.Sample(Vocabulary.Results, rng.Between(3, 6)).Select(r => "- " + Fill(rng, r, member, year)));
                if (rng.Chance(0.5)) yield return Sentences(rng, member, year, 1, 3);
                break;
            case SectionKind.Costs:
            {
                var rows = rng.Sample(Vocabulary.CostItems, rng.Between(3, 6));
                var table = new StringBuilder("| Položka | Částka | Zdroj |\n|---|---:|---|\n");
                var total = 0;
                foreach (var row in rows)
                {
                    var amount = rng.Between(2, 300) * 5_000;
                    total += amount;
                    table.Append($"| {row} | {Text.Amount(amount)} Kč | {rng.Pick(Vocabulary.CostSources)} |\n");
                }
                table.Append($"| **Celkem** | **{Text.Amount(total)} Kč** | |");
                yield return table.ToString();
                yield return Sentences(rng, member, year, 1, 3);
                break;
            }
            case SectionKind.Timeline:
            {
                var table = new StringBuilder("| Rok | Zapojení lidé | Akce | Náklady |\n|---|---:|---:|---:|\n");
                var first = Math.Max(year, 2010);
                var rows = Math.Min(rng.Between(3, 7), 2026 - first);
                var people = rng.Between(20, 400);
                for (var y = 0; y < rows; y++)
                {
                    people += rng.Between(0, 200);
                    table.Append($"| {first + y} | {Text.Amount(people)} | {rng.Between(1, 12)} | {Text.Amount(rng.Between(5, 200) * 10_000)} Kč |\n");
                }
                yield return table.ToString().TrimEnd('\n');
                if (rng.Chance(0.5)) yield return Sentences(rng, member, year, 1, 2);
                break;
            }
            case SectionKind.Tips:
                yield return string.Join("\n", Enumerable.Range(0, rng.Between(3, 5)).Select(_ => "- " + Fill(rng, rng.Pick(Vocabulary.Sentences), member, year)));
                break;
        }
    }

    /// <summary>The profile's events (max(10, N/50) by default) from 2019 to 2027, about a sixth of them still to come on <see cref="Now"/>.</summary>
    private List<CorpusEvent> BuildEvents(Rng rng, List<CorpusMember> members, List<CorpusPractice> practices)
    {
        var count = _profile.EventCount(entries);
        var first = new DateOnly(2019, 1, 15).DayNumber;
        var span = new DateOnly(2027, 12, 15).DayNumber - first;
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        var events = new List<CorpusEvent>(count);
        for (var i = 0; i < count; i++)
        {
            var day = DateOnly.FromDayNumber(first + (int)((long)span * i / count) + rng.Next(Math.Max(1, span / count)));
            var (kind, kindTitle) = rng.Chance(0.45) ? Vocabulary.EventKinds[4] : rng.Pick(Vocabulary.EventKinds[..4]);
            var host = members[rng.Next(members.Count)];
            var season = day.Month switch { <= 2 or 12 => "zima", <= 5 => "jaro", <= 8 => "léto", _ => "podzim" };
            var webinarTopic = rng.Pick(Vocabulary.WebinarTopics);
            var title = kind switch
            {
                "jine" => $"Webinář: {webinarTopic} ({day.Day}. {day.Month}. {day.Year})",
                "skola" => $"{kindTitle} – {season} {day.Year}",
                _ => $"{kindTitle} {day.Year}",
            };
            var slug = Text.Slug(title);
            for (var n = 2; !slugs.Add(slug); n++) slug = $"{Text.Slug(title)}-{n}";

            var online = kind == "jine" || rng.Chance(0.15);
            var place = kind == "jine" ? null : $"{rng.Pick(Vocabulary.Places)}, {host.Name}";
            var (start, end) = kind switch
            {
                "jine" => (At(day, 10, 0), At(day, 11, 30)),
                "skola" or "konference" => (At(day, 9, 0), At(day.AddDays(1), 15, 0)),
                _ => (At(day, 9, 30), At(day, 16, 0)),
            };
            var hosts = kind == "jine" ? [] : rng.Few(members, rng.Between(1, 3)).Select(m => m.Key).ToList();
            var summary = kind switch
            {
                "jine" => $"Online seminář o tématu {webinarTopic}: zkušenosti členů sítě, dotazy účastníků a odkazy na příklady dobré praxe.",
                "skola" => $"Dvoudenní seminář pro koordinátory a politiky Zdravých měst. Hostitelem je {host.Name}.",
                "konference" => $"Výroční konference Národní sítě Zdravých měst s vyhlášením soutěže NEJpraxe. Hostitelem je {host.Name}.",
                _ => $"Setkání členů sítě a partnerů: sdílení zkušeností, diskuse a exkurze. Hostitelem je {host.Name}.",
            };
            events.Add(new CorpusEvent
            {
                Slug = slug, Title = title, Kind = kind, Start = start, End = end, Place = place, Online = online,
                Registration = rng.Chance(0.7) ? $"https://www.zdravamesta.cz/registrace/{slug}" : null,
                Capacity = rng.Chance(0.6) ? rng.Between(3, 30) * 10 : null,
                Members = hosts, Summary = summary,
                Body = EventBody(rng, kind, start, end, host, practices),
            });
        }
        return events;
    }

    /// <summary>A Prague local time with the offset Prague has on that day (CEST from the last Sunday of March to the last Sunday of October).</summary>
    public static DateTimeOffset At(DateOnly day, int hour, int minute)
    {
        static DateOnly LastSunday(int year, int month)
        {
            var d = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
            while (d.DayOfWeek != DayOfWeek.Sunday) d = d.AddDays(-1);
            return d;
        }
        var summer = day >= LastSunday(day.Year, 3) && day < LastSunday(day.Year, 10);
        return new DateTimeOffset(day.Year, day.Month, day.Day, hour, minute, 0, TimeSpan.FromHours(summer ? 2 : 1));
    }

    private static string EventBody(Rng rng, string kind, DateTimeOffset start, DateTimeOffset end, CorpusMember host, List<CorpusPractice> practices)
    {
        var blocks = new List<string> { Sentences(rng, host, start.Year, 2, 3), "## Program" };
        var program = new List<string>();
        var times = kind == "jine" ? new[] { "10:00", "10:10", "10:40", "11:10" } : new[] { "09:00", "09:30", "10:00", "12:00", "13:00", "14:30", "16:00" };
        string[] items = ["Registrace a káva", "Zahájení a slovo hostitele", "Příklady dobré praxe", "Oběd", "Workshopy v pracovních skupinách",
            "Exkurze po městě", "Diskuse a dotazy", "Shrnutí a zakončení"];
        foreach (var time in times) program.Add($"- {time} {rng.Pick(items)}");
        blocks.Add(string.Join("\n", program));
        blocks.Add("## Pro koho je akce určena");
        blocks.Add(Sentences(rng, host, start.Year, 2, 4));
        if (practices.Count > 0)
        {
            blocks.Add("## Související praxe");
            blocks.Add(string.Join("\n", rng.Few(practices, rng.Between(1, 3)).Select(p => $"- [{p.Title}](../practices/{p.Slug}.md)")));
        }
        return string.Join("\n\n", blocks) + "\n";
    }

    private static List<CorpusPage> BuildPages(Rng rng, List<CorpusPractice> practices)
    {
        string Example() { var p = rng.Pick(practices); return $"[{p.Title}](../practices/{p.Slug}.md)"; }
        return
        [
            new("o-projektu", "O projektu",
                "Katalog dobré praxe Národní sítě Zdravých měst ČR sdílí ověřené příklady z měst, obcí, krajů a místních akčních skupin.",
                $"""
                Katalog **Dobrá praxe Zdravých měst** shromažďuje příklady, které se osvědčily v praxi: projekty, postupy a nápady, díky nimž se v našich městech a obcích lépe žije.

                ## Národní síť Zdravých měst ČR

                Národní síť Zdravých měst České republiky je spolek měst, obcí, krajů, místních akčních skupin a mikroregionů, které se systematicky věnují udržitelnému rozvoji, kvalitě veřejné správy a podpoře zdraví.

                ## Co v katalogu najdete

                - **Příklady dobré praxe** řazené podle deseti témat udržitelného rozvoje.
                - **Filtry** podle kraje, typu člena, roku a cílů udržitelného rozvoje OSN.
                - **Kontakty** na lidi, kteří projekt vedli a rádi poradí.

                Pokud nevíte, kde začít, podívejte se například na {Example()}, {Example()} nebo {Example()}.

                Chcete přispět vlastní zkušeností? Podívejte se, [jak přidat příklad dobré praxe](jak-prispet.md#jak-poslat-prispevek).

                """),
            new("kontakty", "Kontakty", "Kancelář Národní sítě Zdravých měst ČR – adresa, telefon a e-mail.",
                """
                ## Kancelář Národní sítě Zdravých měst ČR

                - Adresa: Palackého 1208/18, 110 00 Praha 1
                - Telefon: +420 224 947 112
                - E-mail: [info@zdravamesta.cz](mailto:info@zdravamesta.cz)

                ## Kdo se o co stará

                | Oblast | Kontaktní osoba | E-mail |
                |---|---|---|
                | Katalog dobré praxe | Mgr. Tereza Šťastná | dobrapraxe@zdravamesta.cz |
                | Vzdělávání | Mgr. Kristýna Horáková | skoly@zdravamesta.cz |

                Chcete-li do katalogu přidat příklad ze svého města, postupujte podle návodu na stránce [Jak přispět](jak-prispet.md).

                """),
            new("jak-prispet", "Jak přispět", "Jak poslat do katalogu příklad dobré praxe z vašeho města, obce nebo regionu.",
                $"""
                Příklady do katalogu zasílají členové sítě. Kancelář je redakčně upraví a ověří údaje.

                ## Co připravit

                1. **Název a shrnutí.** Krátce a srozumitelně, shrnutí do tří set znaků.
                2. **Popis.** Jak to začalo, jak projekt probíhá, kolik stál a co se podařilo.
                3. **Kontakt.** Kdo vám rád poradí.

                ## Jak poslat příspěvek

                Text pošlete e-mailem na adresu uvedenou na stránce [Kontakty](kontakty.md). Inspirujte se třeba příkladem {Example()}.

                """),
            new("prohlaseni-o-pristupnosti", "Prohlášení o přístupnosti", "Přístupnost webu podle zákona č. 99/2019 Sb.",
                """
                Národní síť Zdravých měst ČR se zavazuje zpřístupnit tento web v souladu se zákonem č. 99/2019 Sb.

                ## Stav souladu

                Web je v souladu s normou EN 301 549 a pravidly WCAG 2.1 na úrovni AA.

                ## Zpětná vazba

                Narazíte-li na problém, napište nám; kontakty najdete na stránce [Kontakty](kontakty.md).

                """),
            new("ochrana-osobnich-udaju", "Ochrana osobních údajů", "Jak katalog zachází s osobními údaji kontaktních osob.",
                """
                Kontaktní údaje u jednotlivých praxí zveřejňujeme se souhlasem uvedených osob.

                ## Jaké údaje zpracováváme

                - jméno a příjmení kontaktní osoby,
                - pracovní e-mail a telefon.

                Souhlas můžete kdykoli odvolat; napište nám podle stránky [Kontakty](kontakty.md#kancelar-narodni-site-zdravych-mest-cr).

                """),
        ];
    }
}
