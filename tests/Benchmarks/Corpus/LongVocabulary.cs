namespace DobraPraxe.Benchmarks.Corpus;

/// <summary>
/// Sentences and list items of the long-entry profile, beside <see cref="Vocabulary"/>'s: about the entry's own topic,
/// field and tags, so that long bodies repeat the shared sentences less. Placeholders as in
/// <see cref="Vocabulary.Sentences"/>, plus {tema} the topic's title, {oblast} its first theme and {stitek} one of the entry's tags.
/// </summary>
public static class LongVocabulary
{
    public static readonly string[] Sentences =
    [
        "Projekt {tema} navázal na dlouhodobou práci v oblasti {oblast}, kterou {clen} rozvíjí od roku {rok}.",
        "Téma {stitek} se ukázalo jako klíčové už při prvním setkání pracovní skupiny.",
        "V rámci projektu {tema} jsme oslovili také sousední obce, školy a místní podnikatele.",
        "{Kde} se o projektu {tema} poprvé mluvilo na veřejném fóru Zdravého města.",
        "Zpětnou vazbu k tématu {stitek} jsme sbírali dotazníkem, v diskusních skupinách i na ulici.",
        "Každý rok připravujeme souhrnnou zprávu o projektu {tema}, kterou projednává zastupitelstvo.",
        "Rozpočet projektu {tema} tvořil v prvním roce {castka} Kč, z toho třetinu pokryla dotace.",
        "Mezi nejčastější dotazy obyvatel patřilo, jak se mohou do projektu {tema} zapojit sami.",
        "Do přípravy se zapojilo {pocet} dobrovolníků, kteří věnovali projektu stovky hodin svého volného času.",
        "Oblast {oblast} patří mezi priority strategického plánu, a proto projekt {tema} získal podporu napříč radou.",
        "Zkušenosti s tématem {stitek} jsme předali dalším členům Národní sítě Zdravých měst na pracovním semináři.",
        "Projekt {tema} pomohl nastartovat spolupráci odborů, které spolu dříve téměř nekomunikovaly.",
        "Největší zájem o projekt {tema} projevili rodiče malých dětí a lidé v důchodovém věku.",
        "Pro rok {rok} jsme si stanovili cíl zapojit alespoň {procent} % domácností.",
        "Ve zpravodaji vyšla série článků, které téma {stitek} přibližovaly krok za krokem.",
        "Projekt {tema} je dnes příkladem, na který se odvolávají i krajští koordinátoři.",
        "Během pilotního roku jsme vyzkoušeli tři různé postupy a nakonec zvolili ten nejjednodušší.",
        "Po úvodní analýze bylo jasné, že bez spolupráce s místními spolky se projekt neobejde.",
        "Změny jsme nejprve ověřili v jedné čtvrti a teprve potom je rozšířili na celé území {kde}.",
        "Pravidelná setkání s obyvateli se konala každý měsíc, vždy v jiné části obce.",
        "Zástupci úřadu navštívili {pocet} podobných projektů v Česku i v zahraničí.",
        "Výsledky měření zveřejňujeme na webu ve formě otevřených dat, aby si je mohl kdokoli ověřit.",
        "Nejvíce práce zabrala příprava podkladů pro výběrové řízení a jednání s vlastníky pozemků.",
        "Místní média o projektu {tema} informovala pravidelně, což výrazně pomohlo jeho přijetí.",
        "Díky projektu vznikla nová pracovní místa a několik stálých partnerství s firmami z regionu.",
        "Hodnocení ukázalo, že náklady na provoz jsou o {procent} % nižší, než jsme původně odhadovali.",
        "Za přínosné považujeme i to, že se do rozhodování zapojili lidé, kteří dříve na úřad nechodili.",
        "Součástí projektu byly komentované vycházky, při kterých odborníci vysvětlovali souvislosti tématu {stitek}.",
        "V dalším období chceme projekt {tema} propojit s aktivitami v oblasti {oblast}.",
        "Metodiku projektu jsme sepsali tak, aby ji mohla použít i menší obec bez vlastního odborníka.",
    ];

    public static readonly string[] ListItems =
    [
        "Úvodní setkání s obyvateli a sběr nápadů",
        "Analýza současného stavu a srovnání s podobnými městy",
        "Sestavení pracovní skupiny z úředníků, politiků a veřejnosti",
        "Příprava rozpočtu a žádosti o dotaci ve výši {castka} Kč",
        "Pilotní ověření v jedné čtvrti",
        "Vyhodnocení pilotu a úprava pravidel",
        "Rozšíření projektu {tema} na celé území",
        "Pravidelné informování veřejnosti ve zpravodaji a na webu",
        "Každoroční zpráva pro zastupitelstvo",
        "Zapojení {pocet} škol a školek",
        "Spolupráce s krajem a Národní sítí Zdravých měst",
        "Měření dopadů a zveřejnění dat",
    ];
}
