using DobraPraxe.Generator.Shared;
using System.Collections.Frozen;

namespace DobraPraxe.Generator.Search;

/// <summary>
/// Czech function words left out of the index and out of queries: prepositions, conjunctions, pronouns,
/// particles and the forms of 'být'. Each word also counts without its diacritics ('že' → 'ze', 'který' →
/// 'ktery'), so a query typed without them drops the same words. czech-lunr.js holds the same list.
/// </summary>
internal static class CzechStopWords
{
    // Kept to words that carry no topic of their own; 'místo', 'mezi' as a noun, 'jiný', 'nový' stay searchable.
    private static readonly string[] Words =
    [
        // prepositions
        "bez", "beze", "během", "blízko", "díky", "dle", "do", "k", "ke", "kolem", "kromě", "ku", "kvůli", "mezi",
        "mimo", "na", "nad", "nade", "naproti", "o", "od", "ode", "okolo", "oproti", "po", "pod", "pode", "podle",
        "pro", "přes", "před", "přede", "při", "s", "se", "skrz", "u", "v", "ve", "vedle", "vůči", "z", "za", "ze",
        // conjunctions
        "a", "aby", "abych", "ač", "ačkoli", "ačkoliv", "ale", "ani", "aniž", "anebo", "avšak", "až", "buď", "či",
        "i", "jak", "jako", "jakož", "jelikož", "jenže", "jestli", "jestliže", "když", "neboť", "nebo", "než",
        "nežli", "pokud", "proto", "protože", "sice", "tak", "takže", "tedy", "totiž", "však", "zda", "zdali", "že",
        // personal and reflexive pronouns
        "já", "mě", "mne", "mi", "mnou", "ty", "tebe", "tobě", "tě", "ti", "tebou", "on", "ona", "ono", "oni",
        "ony", "jeho", "jej", "jemu", "mu", "ho", "něj", "něho", "němu", "ním", "ní", "ji", "jí", "jim", "jimi",
        "nich", "nim", "nimi", "je", "my", "nás", "nám", "námi", "vy", "vás", "vám", "vámi", "sebe", "sobě",
        "sebou", "si",
        // possessive, demonstrative, relative and other pronouns
        "můj", "moje", "má", "mé", "tvůj", "tvoje", "její", "jejich", "náš", "naše", "našeho", "našich",
        "váš", "vaše", "svůj", "svoje", "svá", "své", "svého", "svému", "svém", "svým", "svou", "svých", "svými",
        "ten", "ta", "to", "toho", "tomu", "tom", "tím", "té", "tu", "tou", "těch", "těm", "těmi", "tento", "tato",
        "toto", "tyto", "tohoto", "této", "tomto", "tomuto", "touto", "těchto", "tímto", "který", "která", "které",
        "kterého", "kterém", "kterému", "kterou", "kterým", "kteří", "kterých", "kterými", "jenž", "jež", "jehož",
        "jejž", "jíž", "již", "nichž", "němž", "kdo", "co", "čí", "jaký", "jaká", "jaké", "každý", "každá", "každé",
        "všechen", "všechna", "všechno", "všechny", "všech", "vše", "všichni", "všem", "sám", "sama", "samo",
        // adverbs and particles
        "ano", "ne", "už", "jen", "jenom", "také", "též", "ještě", "pak", "tam", "tady", "zde", "kde", "kdy",
        "kam", "proč", "velmi", "více", "nyní", "teď", "zatím", "stále", "vždy",
        // být
        "být", "jsem", "jsi", "jsme", "jste", "jsou", "byl", "byla", "bylo", "byli", "byly", "bude", "budou",
        "budeme", "by", "bych", "bys", "bychom", "byste", "není", "nejsou",
    ];

    // Folded forms that are content words of their own: 'byt' (a flat) and 'jez' (a weir).
    private static readonly string[] FoldedExceptions = ["byt", "jez"];

    /// <summary>The list with the diacritic-free spelling of each word added.</summary>
    public static readonly FrozenSet<string> Set = Build();

    private static FrozenSet<string> Build()
    {
        var set = new HashSet<string>(Words, StringComparer.Ordinal);
        foreach (var word in Words)
        {
            var folded = TextFolding.Fold(word);
            if (!FoldedExceptions.Contains(folded)) set.Add(folded);
        }
        return set.ToFrozenSet(StringComparer.Ordinal);
    }
}
