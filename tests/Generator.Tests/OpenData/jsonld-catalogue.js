// Reads a DCAT-AP-CZ catalogue (katalog.jsonld) with jsonld.js, the JSON-LD processor pinned in package.json, and
// prints its graph flattened (full IRIs) and as N-Quads. No network: the standard's context URL is served from the
// local copy given as the second argument; any other remote document fails the run.
// Usage: node jsonld-catalogue.js <katalog.jsonld> <context.jsonld>
'use strict';
const fs = require('fs');
const path = require('path');
const jsonld = require(path.join(process.cwd(), 'node_modules', 'jsonld'));

const CONTEXT = 'https://ofn.gov.cz/rozhraní-katalogů-otevřených-dat/2021-01-11/kontexty/rozhraní-katalogů-otevřených-dat.jsonld';
const [file, contextFile] = process.argv.slice(2);
const context = JSON.parse(fs.readFileSync(contextFile, 'utf8'));

const documentLoader = async (url) => {
  if (url === CONTEXT || decodeURI(url) === CONTEXT) return { contextUrl: null, documentUrl: url, document: context };
  throw new Error(`no network in tests: refused to load ${url}`);
};

(async () => {
  const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
  const flattened = await jsonld.flatten(doc, null, { documentLoader, safe: true });
  const nquads = await jsonld.toRDF(doc, { format: 'application/n-quads', documentLoader, safe: true });
  process.stdout.write(JSON.stringify({ graph: flattened, nquads }));
})().catch((e) => { console.error(e && e.stack || e); process.exit(1); });
