// Reads words (one a line) on stdin, writes those cspell does not know on stdout: the word, a tab, up to three
// suggestions separated by '|' (a suggestion may be two words).
// The generator finds the words and their positions itself (it knows where YAML values and Markdown text are);
// cspell's dictionaries (@cspell/dict-cs-cz, the project's words) only judge each distinct word once, which keeps
// a 10,000-entry check fast: loading the Czech dictionary takes about a second, a lookup microseconds.
// argv[2]: a file of known words (names from the data files, the project's word list), one a line.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readSettings, mergeSettings, finalizeSettings, combineTextAndLanguageSettings, getDictionary } from 'cspell-lib';

const require = createRequire(import.meta.url);
const czech = require.resolve('@cspell/dict-cs-cz/cspell-ext.json');
const known = process.argv[2] ? readFileSync(process.argv[2], 'utf8').split('\n').map(w => w.trim()).filter(Boolean) : [];
const words = readFileSync(0, 'utf8').split('\n').map(w => w.trim()).filter(Boolean);

// Czech only, without cspell's default English and software dictionaries: they would take longer to load than
// the whole check and let English words through in Czech text.
const settings = mergeSettings(await readSettings(czech), { language: 'cs', words: known });
const dictionary = await getDictionary(finalizeSettings(combineTextAndLanguageSettings(settings, '', ['plaintext'])));

// Case matters but accents too: cspell's ignoreCase would also ignore diacritics (zdravi for zdraví), so instead a
// capital at the start of a sentence is tried in lower case.
const lowerFirst = w => w.charAt(0).toLocaleLowerCase('cs') + w.slice(1);
const isKnown = w => dictionary.has(w, { ignoreCase: false }) || dictionary.has(lowerFirst(w), { ignoreCase: false });

const unknown = words.filter(w => !isKnown(w));
// Suggestions cost about 0.1 s a word in Czech: only for the first few, so a corpus with many new names stays fast.
const out = unknown.map((word, i) => {
  const suggestions = i < 12 ? dictionary.suggest(lowerFirst(word), { numSuggestions: 3, ignoreCase: false }).map(s => s.word) : [];
  return `${word}\t${[...new Set(suggestions)].slice(0, 3).join('|')}\n`;
});
process.stdout.write(out.join(''));
