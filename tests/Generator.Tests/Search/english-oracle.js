// Oracle for the English analyzer tests: for every line of TEXTS (UTF-8) writes one JSON line
// [terms by stock lunr's English pipeline, terms by english-lunr.js, lunr.stemmer on the line lower-cased].
// The stock pipeline is the one lunr() itself sets up on its builder, captured from inside the config function.
// Usage: node english-oracle.js TEXTS OUT
"use strict";
const fs = require("fs");
const path = require("path");
const lunr = require("lunr");
const englishLunr = require(path.join(__dirname, "..", "..", "..", "generator", "Search", "english-lunr.js"))(lunr);

let stock;
lunr(function () {
  stock = this.pipeline;
  this.ref("id");
  this.field("text");
});

const [textsFile, outFile] = process.argv.slice(2);
const texts = fs.readFileSync(textsFile, "utf8").split("\n");
if (texts.length && texts[texts.length - 1] === "") texts.pop();
const lines = texts.map((text) => JSON.stringify([
  stock.run(lunr.tokenizer(text)).map(String),
  englishLunr.terms(text),
  lunr.stemmer(new lunr.Token(text.toLowerCase())).toString(),
]));
fs.writeFileSync(outFile, lines.join("\n") + "\n", "utf8");
