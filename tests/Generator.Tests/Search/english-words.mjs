// The words of the British English dictionary that cspell ships (@cspell/dict-en-gb-mit, pinned through package-lock.json
// as a dependency of cspell), one a line, for the English analyzer's oracle tests.
// Usage: node english-words.mjs OUT
import { readFileSync, writeFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const trieLib = await import(pathToFileURL(join(root, "node_modules", "cspell-trie-lib", "dist", "index.js")).href);
const dictionary = join(root, "node_modules", "@cspell", "dict-en-gb-mit", "en_GB.trie.gz");
const trie = trieLib.importTrie(gunzipSync(readFileSync(dictionary)).toString("utf8").split("\n"));
const words = [];
for (const word of trieLib.iteratorTrieWords(trie)) words.push(word);
writeFileSync(process.argv[2], words.join("\n") + "\n", "utf8");
