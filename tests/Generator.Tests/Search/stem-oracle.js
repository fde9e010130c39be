// Oracle for the C# stemmer tests: for every line of WORDS (UTF-8) writes "stem<TAB>terms joined by spaces"
// to OUT, using czech-lunr.js exactly as the browser does.
// Usage: node stem-oracle.js WORDS OUT
"use strict";
const fs = require("fs");
const path = require("path");

const czechLunr = require(path.join(__dirname, "..", "..", "..", "themes", "default", "assets", "js", "czech-lunr.js"));
const [wordsFile, outFile] = process.argv.slice(2);
const words = fs.readFileSync(wordsFile, "utf8").split("\n");
if (words.length && words[words.length - 1] === "") words.pop();
const lines = words.map((word) => czechLunr.stem(word) + "\t" + czechLunr.terms(word).join(" "));
fs.writeFileSync(outFile, lines.join("\n") + "\n", "utf8");
