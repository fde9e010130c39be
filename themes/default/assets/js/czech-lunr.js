/*
 * Czech text analysis, the browser half of generator/Search/CzechAnalyzer.cs, and a Czech pipeline for lunr.js 2.3.9.
 *
 * Text becomes terms in the same steps as in C#: split on every character that is not a letter or a digit,
 * lower-case, drop stop words, stem (Dolamic & Savoy's light Czech stemmer), fold diacritics. The search page
 * needs only that half: it loads this file without lunr and calls czechLunr.terms for its queries and highlighting,
 * and czech-search.js ranks on the sharded index the generator writes:
 *
 *   <script src="/assets/js/czech-lunr.js"></script>    defines window.czechLunr
 *   <script src="/assets/js/czech-search.js"></script>  the query engine (czechSearch.open(load, czechLunr.terms))
 *   <script src="/assets/js/search.js"></script>        the page's own code
 *   czechLunr.terms("Cyklostezky ve Znojmě")             // ["cyklostezk", "znojm"], the terms C# indexes
 *
 * The lunr half is the reference the tests hold our engine to (stock lunr stays pinned in package.json for them):
 * czechLunr.register(lunr) registers the pipeline function "czech", czechLunr.configure(builder) sets up a
 * lunr.Builder to index as the generator does, and czechLunr.search(index, q) runs the analysed terms as optional
 * clauses without lunr's query syntax (index.search(q) goes through the same pipeline, but reads '+', '-', ':',
 * '*', '~' and '^' as lunr query syntax). In a page that loads lunr.js first, the function registers itself.
 *
 * In node: var czechLunr = require("./czech-lunr.js"); czechLunr.register(require("lunr"));
 * Plain ES5 apart from String#normalize and #codePointAt (ES2015); no build step.
 */
(function (root, factory) {
  var czechLunr = factory();
  if (typeof module === "object" && module.exports) {
    module.exports = czechLunr;
  } else {
    root.czechLunr = czechLunr;
    if (root.lunr) czechLunr.register(root.lunr);
  }
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  var PIPELINE_FUNCTION = "czech";

  // Unicode property escapes where the engine has them (all current browsers); otherwise letters are the
  // characters with case, plus the ASCII digits, and only the common combining accents are folded.
  var WORD_CHAR = unicodeRegExp("^[\\p{L}\\p{Nd}]$", "") || {
    test: function (ch) { return ch.toLowerCase() !== ch.toUpperCase() || (ch >= "0" && ch <= "9"); }
  };
  var COMBINING_MARKS = unicodeRegExp("\\p{Mn}", "g") || /[\u0300-\u036f]/g;
  var ASCII = /^[\x00-\x7f]*$/;

  function unicodeRegExp(source, flags) {
    try {
      return new RegExp(source, "u" + flags);
    } catch (e) {
      return null;
    }
  }

  // Tried in order; an ending is removed only from a word longer than its group's length, the first fit wins.
  // Dolamic & Savoy's endings, then their twins without diacritics (see CzechStemmer.cs for why).
  var CASE_ENDINGS = [
    [7, ["atech"]],
    [6, ["ětem", "etem", "atům", "atum"]],
    [5, ["ech", "ich", "ích", "ého", "ěmi", "emi", "ému", "ěte", "ete", "ěti", "eti", "ího", "iho", "ími", "ímu",
         "imu", "ách", "ata", "aty", "ých", "ama", "ami", "ové", "ovi", "ými", "ych", "ymi", "eho", "emu", "imi",
         "ach", "ove"]],
    [4, ["em", "es", "ém", "ím", "ům", "at", "ám", "os", "us", "ým", "mi", "ou", "ym", "um"]],
    [3, ["a", "e", "i", "o", "u", "ů", "y", "á", "é", "í", "ý", "ě"]]
  ];
  var POSSESSIVES = [[5, ["ov", "in", "ův", "uv"]]];

  var STOP_LIST = [
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
    "budeme", "by", "bych", "bys", "bychom", "byste", "není", "nejsou"
  ];
  // Folded forms that are content words of their own: 'byt' (a flat) and 'jez' (a weir).
  var FOLDED_EXCEPTIONS = { byt: true, jez: true };

  var STOP_WORDS = Object.create(null);
  STOP_LIST.forEach(function (word) {
    STOP_WORDS[word] = true;
    var folded = fold(word);
    if (!FOLDED_EXCEPTIONS[folded]) STOP_WORDS[folded] = true;
  });

  function endsWith(word, length, ending) {
    return length >= ending.length && word.substring(length - ending.length, length) === ending;
  }

  function removeEnding(word, length, groups) {
    for (var g = 0; g < groups.length; g++) {
      if (length <= groups[g][0]) continue;
      var endings = groups[g][1];
      for (var e = 0; e < endings.length; e++) {
        if (endsWith(word, length, endings[e])) return length - endings[e].length;
      }
    }
    return length;
  }

  // Endings such as -ce, -ze, -ek soften or lengthen the stem (ruka → ruce, dům → domu, domek → domku).
  function depalatalise(s) {
    var n = s.length;
    var last = s.charAt(n - 1);
    var before = s.charAt(n - 2);
    if (n >= 2 && last === "t" && (before === "č" || before === "š")) {
      return s.substring(0, n - 2) + (before === "č" ? "c" : "s") + "k";
    }
    if (last === "c" || last === "č") return s.substring(0, n - 1) + "k";
    if (last === "z" || last === "ž") return s.substring(0, n - 1) + "h";
    if (n >= 2 && before === "e") return s.substring(0, n - 2) + last;
    if (n >= 3 && before === "ů") return s.substring(0, n - 2) + "o" + last;
    return s;
  }

  /** The light stemmer alone, on a lower-case word with its diacritics: 'cyklostezkami' → 'cyklostezk'. */
  function stem(word) {
    var length = removeEnding(word, word.length, CASE_ENDINGS);
    length = removeEnding(word, length, POSSESSIVES);
    return length === 0 ? "" : depalatalise(word.substring(0, length));
  }

  /** Removes combining marks after canonical decomposition: 'příliš' → 'prilis'. */
  function fold(word) {
    if (ASCII.test(word)) return word;
    return word.normalize("NFD").replace(COMBINING_MARKS, "").normalize("NFC");
  }

  // Simple (one-to-one) lower-casing, as .NET's Rune.ToLowerInvariant, which leaves 'İ' (U+0130, the only
  // character whose full lower case is longer) alone; both sides map it to 'i' so 'İstanbul' ends lower-case.
  function lowerChar(ch) {
    if (ch === "\u0130") return "i";
    var lower = ch.toLowerCase();
    return lower.length === ch.length ? lower : ch;
  }

  /** Lower-case words: runs of letters and digits. */
  function tokenize(text) {
    var words = [];
    if (text === null || text === undefined) return words;
    var s = String(text).normalize("NFC");
    var word = "";
    for (var i = 0; i < s.length;) {
      var code = s.codePointAt(i);
      var ch = String.fromCodePoint(code);
      i += ch.length;
      if (WORD_CHAR.test(ch)) {
        word += lowerChar(ch);
      } else if (word) {
        words.push(word);
        word = "";
      }
    }
    if (word) words.push(word);
    return words;
  }

  function termOf(word) {
    if (STOP_WORDS[word]) return null;
    var term = fold(stem(word));
    return term ? term : null;
  }

  /** The whole pipeline: the terms of a text in reading order, repeats kept (CzechAnalyzer.Terms). */
  function terms(text) {
    var words = tokenize(text);
    var result = [];
    for (var i = 0; i < words.length; i++) {
      var term = termOf(words[i]);
      if (term !== null) result.push(term);
    }
    return result;
  }

  // The lunr pipeline function: a token from any lunr tokenizer may still hold punctuation or capitals, so it is
  // analysed whole and may become several terms or none.
  function pipelineFunction(token) {
    var found = terms(token.toString());
    if (found.length === 0) return null;
    if (found.length === 1) return token.update(function () { return found[0]; });
    return found.map(function (term) { return token.clone(function () { return term; }); });
  }

  var registeredLunr = null;

  var api = {
    pipelineFunctionName: PIPELINE_FUNCTION,
    stopWords: STOP_WORDS,
    tokenize: tokenize,
    stem: stem,
    fold: fold,
    terms: terms,
    pipelineFunction: pipelineFunction,

    /** Registers the pipeline function with a lunr (once per lunr object); needed before lunr.Index.load. */
    register: function (lunr) {
      if (lunr.Pipeline.registeredFunctions[PIPELINE_FUNCTION] !== pipelineFunction) {
        lunr.Pipeline.registerFunction(pipelineFunction, PIPELINE_FUNCTION);
      }
      registeredLunr = lunr;
      return pipelineFunction;
    },

    /**
     * Sets up a lunr.Builder to index as the generator does (inside lunr(function () { czechLunr.configure(this) })):
     * the Czech tokenizer and the Czech pipeline at index and search time. Call register first.
     */
    configure: function (builder) {
      var lunr = registeredLunr;
      if (!lunr) throw new Error("czechLunr.register(lunr) must be called before czechLunr.configure");
      builder.tokenizer = function (obj, metadata) {
        return tokenize(obj).map(function (word) {
          return new lunr.Token(word, lunr.utils.clone(metadata) || {});
        });
      };
      builder.pipeline.reset();
      builder.searchPipeline.reset();
      builder.pipeline.add(pipelineFunction);
      builder.searchPipeline.add(pipelineFunction);
    },

    /**
     * Runs a reader's query: its terms, through the same pipeline as the index, each an optional clause of one
     * lunr query (lunr's default: more matching terms rank higher). Results as index.search gives them.
     */
    search: function (index, query) {
      var queryTerms = terms(query);
      if (queryTerms.length === 0) return [];
      return index.query(function (q) {
        for (var i = 0; i < queryTerms.length; i++) q.term(queryTerms[i], { usePipeline: false });
      });
    }
  };
  return api;
});
