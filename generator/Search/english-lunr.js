/*
 * English text analysis for the browser, the twin of generator/Search/EnglishAnalyzer.cs: stock lunr.js 2.3.9's own
 * English pipeline (lunr.tokenizer, then lunr.trimmer, lunr.stopWordFilter and lunr.stemmer, as lunr() sets a builder
 * up), so an English query meets the English index on exactly the terms the generator wrote. It needs lunr.js loaded
 * first (the generator's vendor/lunr.min.js, copied from npm's lunr at build time) and defines window.englishLunr:
 *
 *   englishLunr.terms("Cycling paths")   // ["cycl", "path"], the terms C# indexes
 *
 * In node: var englishLunr = require("./english-lunr.js")(require("lunr")). Plain ES5; no build step.
 * The English site's search page loads it after lunr.min.js, both from its own search/ folder (SearchIndexOutput).
 */
(function (root, factory) {
  if (typeof module === "object" && module.exports) {
    module.exports = factory;
  } else {
    root.englishLunr = factory(root.lunr);
  }
})(typeof self !== "undefined" ? self : this, function (lunr) {
  "use strict";

  var pipeline = new lunr.Pipeline();
  pipeline.add(lunr.trimmer, lunr.stopWordFilter, lunr.stemmer);

  return {
    // The terms of a text, in reading order, repeats kept (a token the trimmer empties stays as "", as in lunr).
    terms: function (text) {
      return pipeline.run(lunr.tokenizer(text)).map(function (token) { return token.toString(); });
    }
  };
});
