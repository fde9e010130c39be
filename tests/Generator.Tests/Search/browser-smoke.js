// Loads lunr.js and czech-lunr.js as a page does, as plain scripts in one global scope (no module system),
// then loads INDEX with lunr.Index.load and runs each QUERY with czechLunr.search. Prints JSON:
// { "global": typeof czechLunr, "warnings": [...], "results": { query: [[ref, score], ...] } }.
// Usage: node browser-smoke.js INDEX.json QUERY...
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");

const [indexFile, ...queries] = process.argv.slice(2);
const warnings = [];
const page = vm.createContext({ console: { warn: (m) => warnings.push(String(m)), log: () => {}, error: (m) => warnings.push(String(m)) } });
const repository = path.join(__dirname, "..", "..", "..");
for (const script of [path.join(repository, "node_modules", "lunr", "lunr.js"), path.join(repository, "themes", "default", "assets", "js", "czech-lunr.js")]) {
  vm.runInContext(fs.readFileSync(script, "utf8"), page, { filename: script });
}
page.indexJson = fs.readFileSync(indexFile, "utf8");
page.queries = queries;
const results = vm.runInContext(`
  var index = lunr.Index.load(JSON.parse(indexJson));
  var results = {};
  queries.forEach(function (q) {
    results[q] = czechLunr.search(index, q).map(function (r) { return [r.ref, r.score]; });
  });
  JSON.stringify(results);
`, page);
process.stdout.write(JSON.stringify({ global: vm.runInContext("typeof czechLunr", page), warnings, results: JSON.parse(results) }));
