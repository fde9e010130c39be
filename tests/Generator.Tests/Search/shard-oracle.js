// Oracle for the sharded index and czech-search.js: builds an index of the same documents with stock lunr 2.3.9
// and czech-lunr.js, runs every query through czechLunr.search (what the page did with lunr) and through
// czech-search.js on the shards the C# writer wrote, and prints both result lists as JSON. The C# test decides.
// Usage: node shard-oracle.js CORPUS.json SEARCH-FOLDER
//   CORPUS.json: { "fields": [{ "name", "boost" }], "documents": [{ "ref", "fields": { name: text } }], "queries": [text] }
//   SEARCH-FOLDER: manifest.json, terms/<n>.json (the refs of the hits are document numbers in CORPUS order)
"use strict";
const fs = require("fs");
const path = require("path");

const lunr = require("lunr");
const js = path.join(__dirname, "..", "..", "..", "themes", "default", "assets", "js");
const czechLunr = require(path.join(js, "czech-lunr.js"));
const czechSearch = require(path.join(js, "czech-search.js"));
czechLunr.register(lunr);

const [corpusFile, folder] = process.argv.slice(2);
const corpus = JSON.parse(fs.readFileSync(corpusFile, "utf8"));

const REF = "\u0000ref";
const index = lunr(function () {
  czechLunr.configure(this);
  this.ref(REF);
  for (const field of corpus.fields) this.field(field.name, { boost: field.boost });
  for (const document of corpus.documents) this.add(Object.assign({ [REF]: document.ref }, document.fields));
});

const fetched = [];
const load = (file) => {
  fetched.push(file);
  return Promise.resolve(JSON.parse(fs.readFileSync(path.join(folder, file), "utf8")));
};

(async () => {
  const engine = await czechSearch.open(load, czechLunr.terms);
  const numbers = new Map(corpus.documents.map((d, i) => [d.ref, i]));
  const queries = [];
  for (const query of corpus.queries) {
    fetched.length = 0;
    const ours = await engine.search(query);
    queries.push({
      query,
      lunr: czechLunr.search(index, query).map((r) => [numbers.get(r.ref), r.score]),
      ours: ours.map((r) => [r.ref, r.score]),
      shardsFetched: fetched.length,
    });
  }
  process.stdout.write(JSON.stringify({ shards: engine.manifest.shards.length, queries }));
})().catch((error) => { console.error(error); process.exit(1); });
