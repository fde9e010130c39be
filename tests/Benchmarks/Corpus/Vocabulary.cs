namespace DobraPraxe.Benchmarks.Corpus;

public sealed record ThemeInfo(string Key, string Name, string NameEn, string Color, string Description);

/// <summary>A kind of good practice the corpus writes entries about: its theme keys come first-choice first.</summary>
public sealed record Topic(string Title, string[] Themes, string[] Tags, int[] Sdgs);

/// <summary>What follows a heading in a body: text, a list of steps, results, a table…</summary>
public enum SectionKind { Prose, Steps, Results, Costs, Timeline, Tips }

public sealed record HeadingInfo(string Text, SectionKind Kind);

/// <summary>The fixed Czech vocabulary the corpus is written from: data, names, topics, headings and sentences.</summary>
public static class Vocabulary
{
    /// <summary>The 10 themes of the Network, keys fixed (docs/product.md), with the names and colours of the bundled catalogue.</summary>
    public static readonly ThemeInfo[] Themes =
    [
        new("sprava-a-rozvoj", "Správa věcí veřejných a územní rozvoj", "Governance and Spatial Development", "#455a64",
            "Strategické plánování, řízení kvality úřadu, zapojování veřejnosti do rozhodování a rozvoj území s ohledem na potřeby obyvatel."),
        new("zivotni-prostredi", "Životní prostředí", "Environment", "#2e7d32",
            "Péče o přírodu, zeleň, vodu, ovzduší a půdu ve městech i krajině a přizpůsobení se změně klimatu."),
        new("spotreba-a-vyroba", "Udržitelná spotřeba a výroba", "Sustainable Consumption and Production", "#6b6510",
            "Úspory energie a vody, předcházení vzniku odpadů, opětovné použití věcí a odpovědné nakupování úřadů i domácností."),
        new("doprava-a-mobilita", "Doprava a mobilita", "Transport and Mobility", "#00695c",
            "Plánování udržitelné mobility, bezpečné cesty pro chodce a cyklisty, veřejná doprava a sdílené formy dopravy."),
        new("zdravi", "Zdraví", "Health", "#b71c1c",
            "Podpora zdravého životního stylu, prevence nemocí a závislostí, duševní zdraví a plánování zdraví na úrovni obcí a krajů."),
        new("ekonomika-a-podnikani", "Místní ekonomika a podnikání", "Local Economy and Business", "#5d4037",
            "Podpora místních výrobců, řemeslníků a podnikatelů, regionální značky, trhy a odpovědné veřejné zadávání."),
        new("vzdelavani-a-vychova", "Vzdělávání a výchova", "Education", "#6a1b9a",
            "Environmentální a zdravotní výchova, vzdělávání pro udržitelný rozvoj a zapojení dětí a mladých lidí do života obce."),
        new("kultura-a-tradice", "Kultura a místní tradice", "Culture and Local Traditions", "#ad1457",
            "Péče o kulturní dědictví, místní zvyky a řemesla, komunitní a kulturní akce, které lidi spojují s místem, kde žijí."),
        new("socialni-prostredi", "Sociální prostředí", "Social Environment", "#b34700",
            "Sociální začleňování, dostupné bydlení, mezigenerační soužití, dobrovolnictví a podpora komunitního života."),
        new("globalni-odpovednost", "Globální odpovědnost", "Global Responsibility", "#1565c0",
            "Ochrana klimatu, spravedlivý obchod, rozvojová spolupráce a souvislosti mezi místním jednáním a globálními dopady."),
    ];

    /// <summary>The 14 kraje (docs/product.md): key, name.</summary>
    public static readonly (string Key, string Name)[] Regions =
    [
        ("praha", "Hlavní město Praha"), ("stredocesky", "Středočeský kraj"), ("jihocesky", "Jihočeský kraj"),
        ("plzensky", "Plzeňský kraj"), ("karlovarsky", "Karlovarský kraj"), ("ustecky", "Ústecký kraj"),
        ("liberecky", "Liberecký kraj"), ("kralovehradecky", "Královéhradecký kraj"), ("pardubicky", "Pardubický kraj"),
        ("vysocina", "Kraj Vysočina"), ("jihomoravsky", "Jihomoravský kraj"), ("olomoucky", "Olomoucký kraj"),
        ("zlinsky", "Zlínský kraj"), ("moravskoslezsky", "Moravskoslezský kraj"),
    ];

    /// <summary>Each region's place [column, row] on the tile map, as in the bundled content/data/regions.yml.</summary>
    public static readonly IReadOnlyDictionary<string, (int Column, int Row)> RegionTiles = new Dictionary<string, (int, int)>
    {
        ["praha"] = (2, 1), ["stredocesky"] = (1, 1), ["jihocesky"] = (1, 2), ["plzensky"] = (0, 2), ["karlovarsky"] = (0, 1),
        ["ustecky"] = (1, 0), ["liberecky"] = (2, 0), ["kralovehradecky"] = (3, 0), ["pardubicky"] = (3, 1), ["vysocina"] = (2, 2),
        ["jihomoravsky"] = (3, 2), ["olomoucky"] = (4, 1), ["zlinsky"] = (4, 2), ["moravskoslezsky"] = (5, 1),
    };

    /// <summary>The 17 UN goals' Czech names (for the Hugo site's term pages; our generator has its own copy).</summary>
    public static readonly string[] GoalNames =
    [
        "Konec chudoby", "Konec hladu", "Zdraví a kvalitní život", "Kvalitní vzdělání", "Rovnost mužů a žen",
        "Pitná voda, kanalizace", "Dostupné a čisté energie", "Důstojná práce a ekonomický růst",
        "Průmysl, inovace a infrastruktura", "Méně nerovností", "Udržitelná města a obce",
        "Odpovědná výroba a spotřeba", "Klimatická opatření", "Život ve vodě", "Život na souši",
        "Mír, spravedlnost a silné instituce", "Partnerství ke dosažení cílů",
    ];

    public static readonly string[] Towns =
    [
        "Litoměřice", "Chrudim", "Kopřivnice", "Vsetín", "Jihlava", "Prostějov", "Kroměříž", "Boskovice", "Písek", "Hlinsko",
        "Opava", "Znojmo", "Třebíč", "Žďár nad Sázavou", "Havlíčkův Brod", "Pelhřimov", "Tábor", "Strakonice", "Vimperk", "Prachatice",
        "Český Krumlov", "Jindřichův Hradec", "Kolín", "Kutná Hora", "Mělník", "Kladno", "Beroun", "Příbram", "Benešov", "Říčany",
        "Mladá Boleslav", "Nymburk", "Poděbrady", "Rakovník", "Slaný", "Louny", "Žatec", "Most", "Chomutov", "Teplice",
        "Děčín", "Rumburk", "Varnsdorf", "Česká Lípa", "Liberec", "Jablonec nad Nisou", "Turnov", "Semily", "Jilemnice", "Trutnov",
        "Náchod", "Dvůr Králové nad Labem", "Jičín", "Hořice", "Nový Bydžov", "Rychnov nad Kněžnou", "Dobruška", "Pardubice", "Svitavy", "Litomyšl",
        "Polička", "Ústí nad Orlicí", "Česká Třebová", "Vysoké Mýto", "Lanškroun", "Žamberk", "Holice", "Přelouč", "Heřmanův Městec", "Skuteč",
        "Velké Meziříčí", "Nové Město na Moravě", "Bystřice nad Pernštejnem", "Chotěboř", "Humpolec", "Pacov", "Telč", "Moravské Budějovice", "Náměšť nad Oslavou", "Tišnov",
        "Blansko", "Vyškov", "Bučovice", "Slavkov u Brna", "Hodonín", "Břeclav", "Mikulov", "Hustopeče", "Kyjov", "Veselí nad Moravou",
        "Uherské Hradiště", "Uherský Brod", "Zlín", "Otrokovice", "Holešov", "Bystřice pod Hostýnem", "Valašské Meziříčí", "Rožnov pod Radhoštěm", "Frenštát pod Radhoštěm", "Nový Jičín",
        "Frýdek-Místek", "Havířov", "Karviná", "Orlová", "Bohumín", "Krnov", "Bruntál", "Hlučín", "Šternberk", "Uničov",
        "Litovel", "Mohelnice", "Zábřeh", "Šumperk", "Jeseník", "Hranice", "Lipník nad Bečvou", "Přerov", "Kojetín", "Konice",
        "Plzeň", "Rokycany", "Klatovy", "Sušice", "Domažlice", "Tachov", "Stříbro", "Nýřany", "Přeštice", "Horažďovice",
        "Karlovy Vary", "Cheb", "Mariánské Lázně", "Sokolov", "Ostrov", "Aš", "Kraslice", "Chodov", "Františkovy Lázně", "Jáchymov",
    ];

    public static readonly string[] Villages =
    [
        "Vidče", "Křižanov", "Dolní Bousov", "Lhota", "Újezd", "Bystřice", "Lažany", "Radvanice", "Nemojany", "Hostětín",
        "Kněžice", "Slavičín", "Zubří", "Rudná", "Hrušovany", "Veselí", "Ořechov", "Jinačovice", "Kunštát", "Lomnice",
        "Olešnice", "Sloup", "Ostrovačice", "Pozořice", "Rousínov", "Bílovice", "Stará Ves", "Nová Ves", "Petrovice", "Zbraslav",
        "Kamenice", "Přibyslavice", "Horní Heřmanice", "Chlum", "Zahrádky", "Valeč", "Bohdalice", "Želetava", "Kralice", "Bransouze",
        "Velké Losiny", "Malá Morávka", "Karlova Studánka", "Hradec nad Moravicí", "Štítina", "Dolní Lutyně", "Dobrá", "Raškovice", "Ostravice", "Čeladná",
        "Kunčice", "Trojanovice", "Hutisko", "Horní Bečva", "Velké Karlovice", "Halenkov", "Nový Hrozenkov", "Huslenky", "Francova Lhota", "Bojkovice",
        "Starý Hrozenkov", "Strání", "Modrá", "Velehrad", "Buchlovice", "Kostelany", "Osvětimany", "Vlčnov", "Hluk", "Dolní Němčí",
        "Lužice", "Mutěnice", "Dubňany", "Ratíškovice", "Vacenovice", "Milotice", "Strážnice", "Petrov", "Sudoměřice", "Tvrdonice",
        "Lednice", "Valtice", "Pavlov", "Dolní Věstonice", "Klentnice", "Perná", "Bavory", "Novosedly", "Dobré Pole", "Jevišovice",
    ];

    public static readonly string[] VillagePrefixes = ["Horní", "Dolní", "Přední", "Zadní"];

    public static readonly string[] Landscapes =
    [
        "Boskovicko", "Říčansko", "Telčsko", "Podbrdsko", "Podlipansko", "Kutnohorsko", "Poodří", "Hranicko", "Bystřicko", "Slavkovsko",
        "Moravský kras", "Podhorácko", "Horácko", "Podluží", "Mikulovsko", "Kyjovsko", "Strážnicko", "Hustopečsko", "Bobrava", "Rosicko",
        "Jemnicko", "Náměšťsko", "Třebíčsko", "Pelhřimovsko", "Pacovsko", "Táborsko", "Blatensko", "Šumava", "Pošumaví", "Vltava",
        "Sedlčansko", "Brdy", "Rakovnicko", "Slánsko", "Lounsko", "Podřipsko", "České středohoří", "Labské skály", "Šluknovsko", "Frýdlantsko",
        "Krkonoše", "Podkrkonoší", "Kladské pomezí", "Orlicko", "Pomoraví", "Litomyšlsko", "Poličsko", "Hlinecko", "Železné hory", "Chrudimsko",
        "Valašsko", "Luhačovické Zálesí", "Bílé Karpaty", "Dolní Poolšaví", "Hornolidečsko", "Rožnovsko", "Frenštátsko", "Hlučínsko", "Opavsko", "Krnovsko",
    ];

    public static readonly Topic[] Topics =
    [
        new("Participativní rozpočet", ["sprava-a-rozvoj", "socialni-prostredi"], ["participace", "participativní rozpočet", "veřejný prostor"], [11, 16]),
        new("Komunitní kompostování", ["zivotni-prostredi", "spotreba-a-vyroba"], ["kompostování", "odpady", "komunita"], [12, 15]),
        new("Pedibus – bezpečná cesta do školy", ["doprava-a-mobilita", "zdravi", "vzdelavani-a-vychova"], ["pedibus", "bezpečná cesta do školy", "chůze"], [3, 11]),
        new("Plán udržitelné městské mobility", ["doprava-a-mobilita", "sprava-a-rozvoj"], ["mobilita", "plánování", "cyklistika"], [11, 13]),
        new("Adaptační strategie na změnu klimatu", ["zivotni-prostredi", "globalni-odpovednost", "sprava-a-rozvoj"], ["klima", "adaptace", "zeleň"], [11, 13]),
        new("Hospodaření s dešťovou vodou", ["zivotni-prostredi", "sprava-a-rozvoj"], ["voda", "dešťová voda", "klima"], [6, 13]),
        new("Energetický management budov", ["spotreba-a-vyroba", "globalni-odpovednost"], ["energie", "úspory", "budovy"], [7, 13]),
        new("Fair trade město", ["globalni-odpovednost", "ekonomika-a-podnikani"], ["fair trade", "odpovědné nakupování"], [1, 8, 12]),
        new("Dobrovolnické centrum", ["socialni-prostredi"], ["dobrovolnictví", "komunita"], [10, 17]),
        new("Školní fórum a dětský parlament", ["vzdelavani-a-vychova", "sprava-a-rozvoj"], ["mládež", "participace", "školy"], [4, 16]),
        new("Regionální značka místních výrobků", ["ekonomika-a-podnikani", "kultura-a-tradice"], ["regionální značka", "místní výrobci"], [8, 12]),
        new("Farmářské trhy", ["ekonomika-a-podnikani", "spotreba-a-vyroba"], ["trhy", "místní výrobci", "potraviny"], [2, 8, 12]),
        new("Bydlení především", ["socialni-prostredi", "zdravi"], ["bydlení", "sociální začleňování"], [1, 10, 11]),
        new("Město přátelské seniorům", ["socialni-prostredi", "zdravi"], ["senioři", "mezigenerační soužití"], [3, 10]),
        new("Duševní zdraví dospívajících", ["zdravi", "vzdelavani-a-vychova"], ["duševní zdraví", "mládež", "prevence"], [3]),
        new("Zdravé školní stravování", ["zdravi", "vzdelavani-a-vychova"], ["stravování", "školy", "potraviny"], [2, 3, 12]),
        new("Festival bez odpadu", ["spotreba-a-vyroba", "kultura-a-tradice"], ["odpady", "vratné nádobí", "festival"], [12]),
        new("Den Země pro celé město", ["vzdelavani-a-vychova", "zivotni-prostredi"], ["osvěta", "kampaň", "Den Země"], [4, 13, 15]),
        new("Revitalizace náměstí", ["sprava-a-rozvoj", "kultura-a-tradice"], ["veřejný prostor", "revitalizace"], [11]),
        new("Komunitní zahrada", ["zivotni-prostredi", "socialni-prostredi"], ["komunitní zahrada", "komunita", "zeleň"], [2, 11, 15]),
        new("Sdílené elektromobily", ["doprava-a-mobilita", "globalni-odpovednost"], ["sdílení", "elektromobilita"], [7, 11, 13]),
        new("Odpovědné veřejné zadávání", ["ekonomika-a-podnikani", "sprava-a-rozvoj"], ["veřejné zakázky", "odpovědné nakupování"], [12, 16]),
        new("Slavnosti místních tradic", ["kultura-a-tradice"], ["tradice", "řemesla", "festival"], [11]),
        new("Místní Agenda 21", ["sprava-a-rozvoj"], ["MA21", "plánování", "kvalita úřadu"], [11, 16, 17]),
        new("Veřejné fórum Zdravého města", ["sprava-a-rozvoj", "socialni-prostredi"], ["veřejné fórum", "participace"], [16]),
        new("Cyklostezky a cyklopruhy", ["doprava-a-mobilita", "zdravi"], ["cyklistika", "infrastruktura"], [3, 11]),
        new("Výsadba stromořadí", ["zivotni-prostredi"], ["stromy", "zeleň", "klima"], [13, 15]),
        new("Repair café", ["spotreba-a-vyroba", "socialni-prostredi"], ["opravy", "opětovné použití", "komunita"], [12]),
        new("Re-use centrum", ["spotreba-a-vyroba"], ["opětovné použití", "odpady"], [12]),
        new("Zdravotní plán", ["zdravi", "sprava-a-rozvoj"], ["plánování zdraví", "prevence"], [3]),
        new("Prevence dětských úrazů", ["zdravi"], ["prevence", "děti", "bezpečnost"], [3]),
        new("Senior taxi", ["doprava-a-mobilita", "socialni-prostredi"], ["senioři", "doprava"], [10, 11]),
        new("Mezigenerační centrum", ["socialni-prostredi", "vzdelavani-a-vychova"], ["mezigenerační soužití", "komunita"], [4, 10]),
        new("Environmentální výchova ve školách", ["vzdelavani-a-vychova", "zivotni-prostredi"], ["osvěta", "školy", "příroda"], [4, 15]),
        new("Partnerské město v Africe", ["globalni-odpovednost"], ["rozvojová spolupráce", "partnerství"], [1, 17]),
        new("Podpora začínajících podnikatelů", ["ekonomika-a-podnikani"], ["podnikání", "coworking"], [8, 9]),
        new("Komunitní energetika", ["spotreba-a-vyroba", "globalni-odpovednost", "ekonomika-a-podnikani"], ["energie", "fotovoltaika", "komunita"], [7, 13]),
        new("Zklidnění dopravy v centru", ["doprava-a-mobilita", "sprava-a-rozvoj"], ["zklidnění dopravy", "bezpečnost", "veřejný prostor"], [3, 11]),
        new("Obnova tradičních řemesel", ["kultura-a-tradice", "ekonomika-a-podnikani"], ["řemesla", "tradice"], [8]),
        new("Kampaň Do práce na kole", ["doprava-a-mobilita", "zdravi"], ["cyklistika", "kampaň", "pohyb"], [3, 13]),
        new("Pohyb pro všechny generace", ["zdravi"], ["pohyb", "sport", "prevence"], [3]),
        new("Dětská hřiště navržená s dětmi", ["sprava-a-rozvoj", "vzdelavani-a-vychova"], ["děti", "participace", "veřejný prostor"], [4, 11]),
        new("Obnova mokřadů a tůní", ["zivotni-prostredi"], ["voda", "příroda", "biodiverzita"], [6, 15]),
        new("Sociální podnik", ["ekonomika-a-podnikani", "socialni-prostredi"], ["sociální podnikání", "zaměstnanost"], [8, 10]),
        new("Kulturní léto v parku", ["kultura-a-tradice", "socialni-prostredi"], ["kultura", "komunita", "festival"], [11]),
        new("Prevence závislostí", ["zdravi", "socialni-prostredi"], ["prevence", "závislosti", "mládež"], [3]),
        new("Hodnocení kvality úřadu", ["sprava-a-rozvoj"], ["kvalita úřadu", "úřad"], [16]),
        new("Otevřená data města", ["sprava-a-rozvoj", "ekonomika-a-podnikani"], ["otevřená data", "transparentnost"], [9, 16]),
        new("Šetrné veřejné osvětlení", ["zivotni-prostredi", "spotreba-a-vyroba"], ["osvětlení", "energie"], [7, 11]),
        new("Kampaň proti plýtvání jídlem", ["spotreba-a-vyroba", "globalni-odpovednost"], ["potraviny", "plýtvání", "osvěta"], [2, 12]),
        new("Kvetoucí louky místo trávníků", ["zivotni-prostredi"], ["biodiverzita", "louky", "zeleň"], [15]),
        new("Dům pro neziskové organizace", ["socialni-prostredi", "ekonomika-a-podnikani"], ["neziskové organizace", "komunita"], [17]),
        new("Mladí v rozhodování obce", ["sprava-a-rozvoj", "vzdelavani-a-vychova"], ["mládež", "participace"], [4, 16]),
        new("Pítka ve veřejném prostoru", ["zdravi", "zivotni-prostredi"], ["pítka", "voda", "veřejný prostor"], [3, 6]),
        new("Bezbariérové město", ["socialni-prostredi", "doprava-a-mobilita"], ["bezbariérovost", "přístupnost"], [10, 11]),
    ];

    /// <summary>Tags any entry may carry besides its topic's own.</summary>
    public static readonly string[] ExtraTags =
    [
        "spolupráce", "financování", "dotace", "EU fondy", "komunikace", "kampaň", "veřejnost", "školy", "senioři", "děti",
        "mládež", "rodiny", "neziskové organizace", "firmy", "strategie", "pilotní projekt", "inovace", "měření", "udržitelnost", "klima",
        "zeleň", "voda", "energie", "doprava", "zdraví", "kultura", "sport", "dobrovolnictví", "osvěta", "plánování",
    ];

    public static readonly HeadingInfo[] Headings =
    [
        new("Jak to začalo", SectionKind.Prose),
        new("Výchozí situace", SectionKind.Prose),
        new("Cíle projektu", SectionKind.Results),
        new("Jak projekt probíhá", SectionKind.Steps),
        new("Postup krok za krokem", SectionKind.Steps),
        new("Zapojení veřejnosti", SectionKind.Prose),
        new("Partneři a spolupráce", SectionKind.Prose),
        new("Náklady a financování", SectionKind.Costs),
        new("Co se podařilo", SectionKind.Results),
        new("Výsledky v číslech", SectionKind.Timeline),
        new("Ohlasy obyvatel", SectionKind.Prose),
        new("Na co si dát pozor", SectionKind.Tips),
        new("Co bychom doporučili ostatním", SectionKind.Tips),
        new("Harmonogram", SectionKind.Timeline),
        new("Další kroky", SectionKind.Prose),
        new("Komunikace a propagace", SectionKind.Prose),
        new("Udržitelnost projektu", SectionKind.Prose),
        new("Měření dopadů", SectionKind.Results),
    ];

    /// <summary>
    /// Sentences of the bodies. Placeholders: {kde} where it happened ('ve městě Chrudim'), {clen} the member's name,
    /// {rok} the year it started, {pocet} a small number, {castka} an amount in Kč, {procent} a percentage.
    /// </summary>
    public static readonly string[] Sentences =
    [
        "Projekt vznikl v roce {rok} z podnětu obyvatel, kteří se ozvali na veřejném fóru.",
        "Na začátku stála jednoduchá otázka: co by lidem {kde} nejvíc pomohlo v každodenním životě?",
        "Koordinátorka projektu Zdravé město svolala pracovní skupinu, ve které zasedli úředníci, politici i zástupci spolků.",
        "První ročník jsme připravili za necelé tři měsíce a s rozpočtem, který by dnes nestačil ani na propagaci.",
        "Rada schválila pilotní ověření na jeden rok, po kterém měla přijít důkladná evaluace.",
        "Do příprav se zapojilo {pocet} organizací, od základních škol po místní hasiče.",
        "Inspiraci jsme hledali u partnerů z Národní sítě Zdravých měst a na několika exkurzích v zahraničí.",
        "Klíčové bylo, že se projektu ujal konkrétní člověk s dostatkem času a podporou vedení.",
        "Lidé zpočátku nevěřili, že se jejich nápady opravdu uskuteční, a tak bylo potřeba získat důvěru drobnými kroky.",
        "Po prvním roce jsme pravidla upravili podle připomínek účastníků a zjednodušili přihlašování.",
        "Město na projekt vyčlenilo {castka} Kč ročně, další prostředky přinesly dotace a sponzoři.",
        "Provozní náklady jsou nízké, většinu práce odvedou dobrovolníci a zaměstnanci úřadu v rámci svých úvazků.",
        "Nejdražší položkou byla úvodní analýza a zpracování projektové dokumentace.",
        "Díky spolupráci s krajem se podařilo získat spolufinancování z evropských fondů.",
        "Náklady se vrátily již během tří let v podobě nižších účtů za energie a vodu.",
        "Z dotazníkového šetření vyplynulo, že s výsledkem je spokojeno {procent} % respondentů.",
        "Počet zapojených lidí každoročně roste a letos jich bylo přes {pocet} set.",
        "Projekt získal pozornost médií i ocenění v soutěži dobré praxe.",
        "Podobnou cestou se později vydala i další města a obce v regionu.",
        "Zkušenosti jsme sdíleli na Škole Zdravých měst a na setkání koordinátorů.",
        "Nejvíc nás překvapilo, kolik lidí je ochotných přiložit ruku k dílu, když vidí smysl.",
        "Komunikace s veřejností probíhala přes zpravodaj, sociální sítě, web i osobní setkání v terénu.",
        "Velkou pomocí byli ambasadoři z řad místních spolků, kteří o projektu mluvili se sousedy.",
        "Informační kampaň jsme zaměřili zvlášť na rodiny s dětmi a zvlášť na seniory.",
        "Na veřejném projednání zaznělo přes čtyřicet podnětů, z nichž většinu jsme zapracovali.",
        "Děti z místních škol připravily vlastní návrhy a představily je zastupitelům.",
        "Senioři ocenili hlavně osobní přístup a možnost přihlásit se po telefonu.",
        "Spolupráce s neziskovými organizacemi nám otevřela cestu k lidem, na které úřad běžně nedosáhne.",
        "Místní firmy přispěly materiálem, technikou a v několika případech i prací svých zaměstnanců.",
        "Krajský úřad poskytl metodickou podporu a pomohl s vyhodnocením dat.",
        "Spolupráce s univerzitou přinesla odborný pohled a také studenty, kteří projekt zmapovali ve svých pracích.",
        "Za úspěchem stojí hlavně dlouhodobá podpora napříč politickým spektrem.",
        "Projekt je zakotven ve strategickém plánu rozvoje a jeho plnění pravidelně vyhodnocujeme.",
        "Výsledky každoročně projednává komise pro Zdravé město a místní Agendu 21.",
        "Indikátory sledujeme od roku {rok}, takže dnes vidíme jasný trend.",
        "Ukázalo se, že malé a rychle viditelné změny motivují lidi víc než velké plány na papíře.",
        "Opatření se osvědčilo natolik, že je dnes součástí běžného provozu úřadu.",
        "Nejtěžší bylo sladit požadavky různých odborů a najít společnou řeč s dodavateli.",
        "Narazili jsme i na nepochopení části veřejnosti, které jsme řešili vysvětlováním a otevřenými dny.",
        "Počasí a zpoždění dodávek nám harmonogram několikrát zkomplikovaly.",
        "Doporučujeme počítat s rezervou v rozpočtu i v čase, zvlášť u stavebních úprav.",
        "Vyplatí se začít menším pilotním projektem a rozšiřovat ho podle zkušeností.",
        "Nezapomeňte předem domluvit, kdo se o výsledek postará po skončení projektu.",
        "Důležité je výsledky zveřejňovat a poděkovat všem, kdo se zapojili.",
        "V příštích letech chceme projekt rozšířit do dalších čtvrtí a místních částí.",
        "Připravujeme i navazující aktivity pro školy a mateřská centra.",
        "Naším cílem je, aby se projekt stal samozřejmou součástí života {kde}.",
        "Zájemcům z jiných měst rádi poskytneme podklady, vzory smluv i kontakty na dodavatele.",
        "Zeleň ve městě snižuje teplotu v letních vedrech a zadržuje vodu v krajině.",
        "Každý ušetřený kilowatt se počítá, a proto jsme začali u budov, které spotřebují nejvíc energie.",
        "Bezpečné a příjemné ulice vedou lidi k tomu, aby častěji chodili pěšky a jezdili na kole.",
        "Zdravý životní styl nejde nařídit, ale dá se usnadnit vhodnými podmínkami.",
        "Místní výrobci získali odbyt a obyvatelé čerstvé potraviny z blízkého okolí.",
        "Kulturní akce pomáhají lidem poznat sousedy a vytvářejí vztah k místu, kde žijí.",
        "Mladí lidé chtějí rozhodovat o věcech, které se jich týkají, jen jim musíme dát skutečnou příležitost.",
        "Pomoc lidem v nouzi je efektivnější, když spolupracují sociální odbor, neziskovky i zdravotníci.",
        "Chceme jít příkladem a ukázat, že i malá obec může přispět k ochraně klimatu.",
        "Odpadů, které neskončí na skládce, je každý rok víc, a lidé si nové návyky rychle osvojili.",
        "Akce se pravidelně koná na jaře a na podzim a účastní se jí stovky lidí.",
        "Na hlavní akci dorazilo přes {pocet} set návštěvníků, což předčilo naše očekávání.",
        "Součástí projektu byla i řada přednášek, workshopů a exkurzí pro veřejnost.",
        "Materiály k projektu jsou volně ke stažení na webu a rádi je poskytneme i v tištěné podobě.",
        "Po dvou letech provozu proběhla nezávislá evaluace, která potvrdila přínos pro obyvatele.",
        "Náklady na jednoho účastníka se díky většímu zájmu postupně snížily o {procent} %.",
        "Za projektem stojí tým pěti lidí z různých odborů, kteří se pravidelně scházejí.",
        "Rozhodli jsme se postupovat otevřeně a všechny podklady zveřejnit ještě před hlasováním zastupitelstva.",
        "Podle politiků je projekt jednou z nejviditelnějších věcí, které se ve volebním období podařily.",
        "Realizaci provázelo několik veřejných setkání přímo na místě.",
        "Projekt zastřešuje člen sítě {clen}, který má s podobnými projekty dlouholeté zkušenosti.",
        "Postupně se k nám přidávají i okolní obce, se kterými sdílíme know-how i vybavení.",
        "Nabízíme konzultace pro všechny, kdo chtějí podobný projekt rozjet u sebe.",
        "Pravidelné měření ukazuje, že se stav každým rokem mírně zlepšuje.",
        "Tam, kde to šlo, jsme dali přednost místním dodavatelům a recyklovaným materiálům.",
        "Projekt přispívá k plnění cílů udržitelného rozvoje OSN i ke kritériím místní Agendy 21.",
    ];

    public static readonly string[] StepLabels =
    [
        "Sběr podnětů", "Analýza potřeb", "Pracovní skupina", "Příprava pravidel", "Veřejné projednání", "Výběr dodavatele",
        "Pilotní ověření", "Realizace", "Komunikace s veřejností", "Vyhodnocení", "Úprava pravidel", "Rozšíření",
    ];

    public static readonly string[] Results =
    [
        "Zapojilo se přes {pocet} set obyvatel všech generací.",
        "Vzniklo {pocet} nových míst pro setkávání.",
        "Spotřeba energie ve sledovaných budovách klesla o {procent} %.",
        "Množství směsného odpadu se snížilo o {procent} %.",
        "Podíl dětí, které chodí do školy pěšky nebo jezdí na kole, vzrostl o {procent} %.",
        "Projekt převzalo dalších {pocet} obcí v regionu.",
        "Vysadili jsme přes {pocet} set stromů a keřů.",
        "Spokojenost obyvatel podle ankety vzrostla o {procent} %.",
        "Na úřadě vznikla stálá pracovní skupina pro udržitelný rozvoj.",
        "Do projektu se zapojily všechny základní školy ve městě.",
        "Podařilo se získat dotaci ve výši {castka} Kč.",
        "Místní firmy se zavázaly k dlouhodobé spolupráci.",
    ];

    public static readonly string[] CostItems =
    [
        "Projektová dokumentace", "Stavební práce", "Materiál a vybavení", "Propagace a tisk", "Odměny lektorů",
        "Pronájem prostor", "Evaluace", "Provoz a údržba", "Nákup techniky", "Koordinace projektu",
    ];

    public static readonly string[] CostSources = ["rozpočet města", "dotace kraje", "fondy EU", "sponzoři", "státní dotace", "vlastní zdroje"];

    public static readonly string[] SummaryTemplates =
    [
        "{Kde} {tema} od roku {rok} pomáhá lidem žít zdravěji a zapojuje je do rozhodování o věcech, které se jich týkají.",
        "Jak {kde} postupovali při zavádění projektu {tema}: od prvního nápadu přes financování až po výsledky a doporučení pro ostatní.",
        "{Clen} ukazuje, že projekt {tema} zvládne i menší úřad, když spojí síly s místními spolky, školami a firmami.",
        "Příklad dobré praxe z oblasti {oblast}: projekt {tema}, který {kde} běží od roku {rok} a stále se rozšiřuje.",
        "Projekt {tema} přinesl {kde} měřitelné výsledky a inspiroval další členy Národní sítě Zdravých měst.",
    ];

    public static readonly string[] LinkPhrases =
    [
        "Podobně postupovali i v projektu [{title}]({target}).",
        "Inspiraci jsme našli v příkladu [{title}]({target}).",
        "Srovnejte s praxí [{title}]({target}), kde zvolili jiný postup.",
        "Zkušenosti s financováním popisuje také [{title}]({target}).",
        "Navazuje na to [{title}]({target}), odkud jsme převzali část pravidel.",
    ];

    public static readonly string[] AwardNames = ["NEJpraxe", "Cena Zdravých měst", "Cena hejtmana za kvalitu", "Ocenění MA21"];

    public static readonly string[] Places =
    [
        "Kulturní dům", "Městský úřad", "Krajský úřad", "Zámecký sál", "Společenské centrum", "Konferenční sál radnice",
        "Městská knihovna", "Komunitní centrum", "Sokolovna", "Hotel Slunce",
    ];

    public static readonly (string Key, string Title)[] EventKinds =
    [
        ("skola", "Škola Zdravých měst"), ("setkani", "Setkání Zdravých krajů"), ("forum", "Národní fórum mladých"),
        ("konference", "Národní konference Zdravých měst"), ("jine", "Webinář"),
    ];

    public static readonly string[] WebinarTopics =
    [
        "adaptace na změnu klimatu", "participativní rozpočet", "plánování mobility", "duševní zdraví", "odpovědné zadávání",
        "komunitní energetika", "práce s mládeží", "hodnocení kvality úřadu", "zdravé stravování", "zapojování seniorů",
    ];
}
