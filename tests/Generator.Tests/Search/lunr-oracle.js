// Oracle for LunrIndexWriter: builds an index of the same documents with stock lunr 2.3.9 and czech-lunr.js,
// loads the C# index with lunr.Index.load, and reports (as JSON on stdout) where the two indexes differ and what
// each returns for every query. The C# test decides what passes.
// Usage: node lunr-oracle.js CORPUS.json CSHARP-INDEX.json
//   CORPUS.json: { "fields": [{ "name", "boost" }], "documents": [{ "ref", "fields": { name: text } }], "queries": [text] }
"use strict";
const fs = require("fs");
const path = require("path");

const lunr = require("lunr");
const czechLunr = require(path.join(__dirname, "..", "..", "..", "themes", "default", "assets", "js", "czech-lunr.js"));

const warnings = [];
lunr.utils.warn = (message) => warnings.push(String(message));
czechLunr.register(lunr);

const [corpusFile, csharpFile] = process.argv.slice(2);
const corpus = JSON.parse(fs.readFileSync(corpusFile, "utf8"));
const csharpText = fs.readFileSync(csharpFile, "utf8");
const csharpJson = JSON.parse(csharpText);

const REF = "\u0000ref";
const jsIndex = lunr(function () {
  czechLunr.configure(this);
  this.ref(REF);
  for (const field of corpus.fields) this.field(field.name, { boost: field.boost });
  for (const document of corpus.documents) this.add(Object.assign({ [REF]: document.ref }, document.fields));
});
const jsJson = JSON.parse(JSON.stringify(jsIndex));
const csIndex = lunr.Index.load(csharpJson);

const differences = [];
const differ = (what) => { if (differences.length < 50) differences.push(what); };
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

for (const key of ["version", "fields", "pipeline"]) {
  if (!same(jsJson[key], csharpJson[key])) differ(`${key}: lunr ${JSON.stringify(jsJson[key])}, C# ${JSON.stringify(csharpJson[key])}`);
}
if (!same(Object.keys(csharpJson), ["version", "fields", "fieldVectors", "invertedIndex", "pipeline"])) {
  differ(`top-level keys: ${JSON.stringify(Object.keys(csharpJson))}`);
}

// Inverted index: the same terms in the same order, each with the same _index and postings (key order included).
const jsTerms = jsJson.invertedIndex.map((entry) => entry[0]);
const csTerms = csharpJson.invertedIndex.map((entry) => entry[0]);
if (!same(jsTerms, csTerms)) {
  const onlyJs = jsTerms.filter((t) => !csTerms.includes(t)).slice(0, 10);
  const onlyCs = csTerms.filter((t) => !jsTerms.includes(t)).slice(0, 10);
  differ(`terms: lunr ${jsTerms.length}, C# ${csTerms.length}; only in lunr ${JSON.stringify(onlyJs)}, only in C# ${JSON.stringify(onlyCs)}`);
} else {
  for (let i = 0; i < jsTerms.length; i++) {
    const a = jsJson.invertedIndex[i][1];
    const b = csharpJson.invertedIndex[i][1];
    if (!same(a, b)) differ(`posting of '${jsTerms[i]}': lunr ${JSON.stringify(a)}, C# ${JSON.stringify(b)}`);
  }
}

// Field vectors: the same field refs in the same order, the same term indexes, scores within lunr's rounding.
let scores = 0;
let exactScores = 0;
let largestScoreDifference = 0;
if (!same(jsJson.fieldVectors.map((v) => v[0]), csharpJson.fieldVectors.map((v) => v[0]))) {
  differ(`field vector refs differ: lunr ${jsJson.fieldVectors.length}, C# ${csharpJson.fieldVectors.length}`);
} else {
  for (let i = 0; i < jsJson.fieldVectors.length; i++) {
    const [ref, a] = jsJson.fieldVectors[i];
    const b = csharpJson.fieldVectors[i][1];
    if (a.length !== b.length) { differ(`vector ${ref}: length lunr ${a.length}, C# ${b.length}`); continue; }
    for (let j = 0; j < a.length; j += 2) {
      if (a[j] !== b[j]) { differ(`vector ${ref}: term index lunr ${a[j]}, C# ${b[j]}`); break; }
      const difference = Math.abs(a[j + 1] - b[j + 1]);
      scores++;
      if (difference === 0) exactScores++;
      largestScoreDifference = Math.max(largestScoreDifference, difference);
      if (difference > 0.0011) differ(`vector ${ref}, term index ${a[j]}: score lunr ${a[j + 1]}, C# ${b[j + 1]}`);
    }
  }
}

const results = (list) => list.map((r) => [r.ref, r.score]);
const queries = corpus.queries.map((query) => ({
  query,
  terms: czechLunr.terms(query),
  lunr: results(czechLunr.search(jsIndex, query)),
  csharp: results(czechLunr.search(csIndex, query)),
  // lunr's own query parser, through the pipeline the C# index names: must find the same documents.
  csharpViaSearch: (() => { try { return results(csIndex.search(query)); } catch (e) { return "error: " + e.message; } })(),
  lunrViaSearch: (() => { try { return results(jsIndex.search(query)); } catch (e) { return "error: " + e.message; } })(),
}));

process.stdout.write(JSON.stringify({
  differences,
  warnings,
  terms: csTerms.length,
  scores,
  exactScores,
  largestScoreDifference,
  sameTextAfterParsing: JSON.stringify(csharpJson) === JSON.stringify(jsIndex),
  queries,
}));
