// Oracle for the sharded index and czech-search.js: builds an index of the same documents with stock lunr 2.3.9
// and czech-lunr.js, runs every query through czechLunr.search (what the page did with lunr) and through
// czech-search.js on the shards the C# writer wrote, and prints both result lists as JSON. The C# test decides.
// Usage: node shard-oracle.js CORPUS.json SEARCH-FOLDER [english]
//   english: the English site's index (SearchAnalyzer.English): stock lunr() with its own English pipeline, queried with
//   english-lunr.js's terms (empty ones left out, as search.js does), instead of czech-lunr.js
//   CORPUS.json: { "fields": [{ "name", "boost" }], "documents": [{ "ref", "fields": { name: text } }], "queries": [text] }
//   SEARCH-FOLDER: manifest.json, terms/<n>.json, first/<n>.json, docs/<n>.json (the refs of the hits are document numbers
//   in CORPUS order; a record's first value is the document's ref)
// For each query it also reports what the first results' records cost: how many document chunks they needed beyond the
// first-result buckets fetched with the search (none, when the buckets hold them all), and whether each is the right one.
"use strict";
const fs = require("fs");
const path = require("path");

const lunr = require("lunr");
const js = path.join(__dirname, "..", "..", "..", "themes", "default", "assets", "js");
const czechLunr = require(path.join(js, "czech-lunr.js"));
const czechSearch = require(path.join(js, "czech-search.js"));
czechLunr.register(lunr);

const [corpusFile, folder, language] = process.argv.slice(2);
const english = language === "english";
const englishLunr = english ? require(path.join(__dirname, "..", "..", "..", "generator", "Search", "english-lunr.js"))(lunr) : null;
// The query's terms as the page makes them (search.js): Czech, or English without the empty terms of punctuation.
const analyzer = english ? { terms: (text) => englishLunr.terms(text).filter((t) => t.length > 0) } : czechLunr;
// What the page did with stock lunr: each of the query's terms, optional, without the pipeline (the terms are analysed already).
const lunrSearch = (index, query) => {
  const terms = analyzer.terms(query);
  if (terms.length === 0) return [];
  return index.query((q) => { for (const term of terms) q.term(term, { usePipeline: false }); });
};
const corpus = JSON.parse(fs.readFileSync(corpusFile, "utf8"));

const REF = "\u0000ref";
const index = lunr(function () {
  // English: lunr()'s own pipeline (trimmer, stop words, Porter stemmer), untouched.
  if (!english) czechLunr.configure(this);
  this.ref(REF);
  for (const field of corpus.fields) this.field(field.name, { boost: field.boost });
  for (const document of corpus.documents) this.add(Object.assign({ [REF]: document.ref }, document.fields));
});

const firstHits = JSON.parse(fs.readFileSync(path.join(folder, "first-hits.json"), "utf8"));
const fetched = [];
const load = (file) => {
  fetched.push(file);
  return Promise.resolve(JSON.parse(fs.readFileSync(path.join(folder, file), "utf8")));
};

(async () => {
  const engine = await czechSearch.open(load, analyzer.terms);
  const numbers = new Map(corpus.documents.map((d, i) => [d.ref, i]));
  const queries = [];
  for (const query of corpus.queries) {
    fetched.length = 0;
    const ours = await engine.search(query);
    const shardsFetched = fetched.filter((f) => f.startsWith("terms/")).length;
    const bucketsFetched = fetched.filter((f) => f.startsWith("first/")).length;
    fetched.length = 0;
    const first = ours.slice(0, engine.firstResults).map((r) => r.ref);
    const records = await engine.documents(first);
    const terms = [...new Set(analyzer.terms(query))];
    queries.push({
      query,
      terms: terms.length,
      // A one-term query's first hits, as the writer chose them for the term (first-hits.json, the test's own file).
      firstHitsAsWritten: terms.length !== 1 || JSON.stringify(firstHits[terms[0]] || []) === JSON.stringify(first),
      lunr: (english ? lunrSearch(index, query) : czechLunr.search(index, query)).map((r) => [numbers.get(r.ref), r.score]),
      ours: ours.map((r) => [r.ref, r.score]),
      shardsFetched,
      bucketsFetched,
      chunksForFirst: fetched.filter((f) => f.startsWith("docs/")).length,
      firstRight: records.every((r, i) => r.ref === corpus.documents[first[i]].ref),
    });
  }
  process.stdout.write(JSON.stringify({ shards: engine.manifest.shards.length, buckets: engine.manifest.first.buckets, queries }));
})().catch((error) => { console.error(error); process.exit(1); });
