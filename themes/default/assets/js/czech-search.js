/*
 * The query engine of the sharded search index (generator/Search/ShardedIndexWriter.cs, SearchIndexBuilder.cs;
 * the format is docs/search.md's): fetches the manifest, then only the term shards a query's terms fall in and,
 * beside them, each term's bucket of first results (the records of the documents a one-word query of the term shows
 * first, generator/Search/FirstResults.cs), so the first results are shown without waiting for document chunks;
 * chunks are fetched for the other results shown. It ranks as lunr.js 2.3.9's Index#query does for the page's query form (czechLunr.search:
 * every Czech term an optional clause, boost 1, no wildcards): BM25 scores per field as lunr.Builder stores them
 * (k1 = 1.2, b = 0.75, times the field boost, rounded to thousandths), computed here from each posting's term count
 * and field length, the term's document count and the manifest's field lengths, operation for operation as
 * lunr.Builder computes them; each field's score the dot product of the query vector with the
 * document's field vector divided by the query vector's length, summed over fields in lunr's order, sorted with
 * lunr's comparator, so results and ties come in lunr's order (tests compare with stock lunr on the same documents).
 * Facets: each term in a shard carries the facet rows of its documents (generator/Search/FacetRows.cs), so after a
 * search every hit's facet values are known without another request; the manifest has the whole catalogue's counts,
 * and search/facets.json every document's row, fetched only to filter the catalogue without words.
 *
 *   czechSearch.open(load, czechLunr.terms).then(function (index) {
 *     index.facets;                                                 // [{ key, title, values: [[key, name]…], counts }]
 *     index.firstResults;                                           // how many hits to show first (their records come with the search)
 *     index.search("mobilitou").then(function (hits) {            // [{ ref: document number, score }], best first
 *       index.valuesOf(hits[0].ref);                                // per facet, the hit's value keys
 *       index.documents(hits.slice(0, 50).map(function (h) { return h.ref; }))   // [{ ref: slug, u, t, s, l }]
 *     });
 *     index.allValues().then(function () { index.valuesOf(17); }); // every document's values (one larger file)
 *   });
 *   load(path, version) returns a promise of the parsed JSON of search/<path> (version: the manifest's "v", to ask
 *   for with ?v= so a browser never mixes two builds' files; null for the manifest itself).
 *
 * In node: require("./czech-search.js"). Plain ES5 apart from Promise and Map; no build step.
 */
(function (root, factory) {
  var czechSearch = factory();
  if (typeof module === "object" && module.exports) module.exports = czechSearch;
  else root.czechSearch = czechSearch;
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  var DIGITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  // lunr.Builder's BM25 parameters.
  var K1 = 1.2, B = 0.75;

  // The index format this engine reads (SearchIndexBuilder.Format).
  var FORMAT = 4;

  function open(load, analyse) {
    return Promise.resolve(load("manifest.json", null)).then(function (manifest) {
      if (manifest.format !== FORMAT) throw new Error("unknown search index format " + manifest.format);
      return new Index(manifest, load, analyse);
    });
  }

  function Index(manifest, load, analyse) {
    this.manifest = manifest;
    this.size = manifest.documents;
    this.fieldCount = manifest.fields.length;
    // lunr.Builder's averageFieldLength: the sum of a field's lengths over the documents, divided by their count.
    this.fields = manifest.fields.map(function (field) {
      return { boost: field.boost, averageLength: field.length / manifest.documents };
    });
    // [{ key, title, values: [[key, name]…], counts: per value how many documents of the catalogue have it }]
    this.facets = manifest.facets.map(function (facet) {
      return { key: facet.key, title: facet.title, values: facet.values, counts: facet.counts };
    });
    // How many hits a query shows first: their records come with the query's terms (first-result buckets).
    this.firstResults = manifest.first.results;
    this._load = load;
    this._analyse = analyse;
    this._shards = {};
    this._chunks = {};
    this._buckets = {};
    // Document number → its record, from the first-result buckets fetched so far.
    this._records = new Map();
    // Document number → per facet its value keys, filled from the rows of the terms searched (or of facets.json).
    this._values = new Map();
    this._decoded = {};
    this._all = null;
  }

  /** The number of the shard that holds the term, if the index has it: the last shard whose first term is ≤ it. */
  Index.prototype.shardOf = function (term) {
    var first = this.manifest.shards, low = 0, high = first.length - 1;
    while (low < high) {
      var middle = (low + high + 1) >> 1;
      if (first[middle] <= term) low = middle; else high = middle - 1;
    }
    return low;
  };

  Index.prototype._shard = function (number) {
    var self = this;
    if (!this._shards[number]) {
      this._shards[number] = Promise.resolve(this._load("terms/" + number + ".json", this.manifest.v))
        .catch(function (error) { delete self._shards[number]; throw error; });
    }
    return this._shards[number];
  };

  /** Promise of { term: [lunr _index, postings per field, rows] } for the terms the index has. */
  Index.prototype.postings = function (terms) {
    var self = this, wanted = {};
    terms.forEach(function (term) { wanted[self.shardOf(term)] = true; });
    var numbers = Object.keys(wanted);
    return Promise.all(numbers.map(function (n) { return self._shard(n); })).then(function (shards) {
      var found = {};
      terms.forEach(function (term) {
        var shard = shards[numbers.indexOf(String(self.shardOf(term)))];
        if (Object.prototype.hasOwnProperty.call(shard, term)) found[term] = shard[term];
      });
      return found;
    });
  };

  /** Promise of the hits for a reader's words, best first: [{ ref: document number, score }]. */
  Index.prototype.search = function (query) {
    var terms = this._analyse(query), fields = this.fields, size = this.size;
    if (terms.length === 0) return Promise.resolve([]);
    var self = this;
    // The terms' first-result buckets are fetched beside their shards: one round trip for both.
    return Promise.all([this.postings(terms), this._firstOf(terms)]).then(function (both) {
      var found = both[0];
      Object.keys(found).forEach(function (term) { self._rowsOf(term, found[term]); });
      return rank(terms, found, fields, size);
    });
  };

  /** The number of the first-result bucket of a term: FNV-1a (32 bits) over its UTF-16 code units (FirstResults.Bucket). */
  Index.prototype.bucketOf = function (term) {
    var hash = 2166136261;
    for (var i = 0; i < term.length; i++) hash = Math.imul(hash ^ term.charCodeAt(i), 16777619) >>> 0;
    return hash % this.manifest.first.buckets;
  };

  // Promise that the records in the terms' buckets are known.
  Index.prototype._firstOf = function (terms) {
    var self = this, wanted = {};
    terms.forEach(function (term) { wanted[self.bucketOf(term)] = true; });
    return Promise.all(Object.keys(wanted).map(function (number) {
      if (!self._buckets[number]) {
        self._buckets[number] = Promise.resolve(self._load("first/" + number + ".json", self.manifest.v)).then(function (records) {
          Object.keys(records).forEach(function (n) { if (!self._records.has(+n)) self._records.set(+n, records[n]); });
        }).catch(function (error) { delete self._buckets[number]; throw error; });
      }
      return self._buckets[number];
    }));
  };

  /** Per facet (in the order of index.facets) the value keys of a document: known for the hits of a search and after allValues. */
  Index.prototype.valuesOf = function (number) {
    return this._values.get(number);
  };

  /** Promise that every document's facet values are known (search/facets.json: for filtering without words). */
  Index.prototype.allValues = function () {
    var self = this;
    if (!this._all) {
      this._all = Promise.resolve(this._load("facets.json", this.manifest.v)).then(function (rows) {
        var list = self.size === 0 ? [] : rows.split(",");
        for (var n = 0; n < list.length; n++) if (!self._values.has(n)) self._values.set(n, self._decodeRow(list[n]));
      }).catch(function (error) { self._all = null; throw error; });
    }
    return this._all;
  };

  // A term's rows belong to its documents (every document in any of its postings) by ascending number.
  Index.prototype._rowsOf = function (term, entry) {
    if (this._decoded[term] || this.facets.length === 0) return;
    this._decoded[term] = true;
    var rows = entry[this.fieldCount + 1].split(","), numbers = [];
    for (var f = 0; f < this.fieldCount; f++) {
      var list = entry[f + 1], doc = 0;
      for (var i = 0; i < list.length; i += 3) numbers.push(doc += list[i]);
    }
    numbers.sort(function (a, b) { return a - b; });
    for (var n = 0, r = 0; n < numbers.length; n++) {
      if (n > 0 && numbers[n] === numbers[n - 1]) continue;
      if (!this._values.has(numbers[n])) this._values.set(numbers[n], this._decodeRow(rows[r]));
      r++;
    }
  };

  // A facet row: per facet its values as fixed-width base-62 codes, facets separated by ".", trailing empty ones left out.
  Index.prototype._decodeRow = function (row) {
    var parts = row.split("."), facets = this.facets, values = [];
    for (var f = 0; f < facets.length; f++) {
      var part = parts[f] || "", width = codeWidth(facets[f].values.length), keys = [];
      for (var i = 0; i < part.length; i += width) {
        var code = 0;
        for (var d = 0; d < width; d++) code = code * DIGITS.length + DIGITS.indexOf(part.charAt(i + d));
        keys.push(facets[f].values[code][0]);
      }
      values.push(keys);
    }
    return values;
  };

  /**
   * Promise of the documents with these numbers, in the same order: [{ ref: slug, u: URL, t: title, s: summary, l: meta line }].
   * A document whose record came with a first-result bucket needs no chunk: when all have, the promise is already settled.
   */
  Index.prototype.documents = function (numbers) {
    var self = this, size = this.manifest.chunk;
    return Promise.all(numbers.map(function (n) {
      return self._records.has(n) ? null : self._chunk(Math.floor(n / size));
    })).then(function (chunks) {
      return numbers.map(function (n, i) {
        var row = chunks[i] ? chunks[i][n % size] : self._records.get(n);
        return { ref: row[0], u: row[1], t: row[2], s: row[3], l: row[4] };
      });
    });
  };

  Index.prototype._chunk = function (number) {
    var self = this;
    if (!this._chunks[number]) {
      this._chunks[number] = Promise.resolve(this._load("docs/" + number + ".json", this.manifest.v))
        .catch(function (error) { delete self._chunks[number]; throw error; });
    }
    return this._chunks[number];
  };

  /**
   * lunr.Index#query for optional term clauses with boost 1, on the postings of the query's terms:
   * found[term] = [lunr _index, per field a flat list of (document-number gap, the term's count in the field, the
   * field's length)], each field's postings in the order lunr walks them (Object.keys: refs that are array indices
   * first), so gaps may be negative.
   */
  function rank(terms, found, fields, documentCount) {
    var fieldCount = fields.length;
    var weights = {}, matched = [], seen = {};
    // (document, field) pairs in the order lunr first meets them (its matchingFields), each with its terms' scores.
    var pairs = new Map();
    for (var c = 0; c < terms.length; c++) {
      var term = terms[c], entry = found[term];
      if (!entry) continue;
      // lunr upserts the clause boost into every field's query vector, once per clause.
      if (!Object.prototype.hasOwnProperty.call(weights, term)) { weights[term] = 0; matched.push(term); }
      weights[term] += 1;
      if (seen[term]) continue;
      seen[term] = true;
      var idf = inverseDocumentFrequency(entry, fieldCount, documentCount);
      for (var f = 0; f < fieldCount; f++) {
        var list = entry[f + 1], doc = 0;
        for (var i = 0; i < list.length; i += 3) {
          doc += list[i];
          var key = doc * fieldCount + f, pair = pairs.get(key);
          if (!pair) pairs.set(key, pair = []);
          pair.push(entry[0], fieldScore(idf, list[i + 1], list[i + 2], fields[f]), term);
        }
      }
    }

    // The query vector is the same in every field: the matched terms by _index, each weighing its clause count.
    var vector = matched.map(function (t) { return [found[t][0], weights[t]]; }).sort(function (a, b) { return a[0] - b[0]; });
    var sumOfSquares = 0;
    for (var v = 0; v < vector.length; v++) sumOfSquares += vector[v][1] * vector[v][1];
    var magnitude = Math.sqrt(sumOfSquares);

    var results = [], byDoc = {};
    pairs.forEach(function (scores, key) {
      var document = Math.floor(key / fieldCount);
      // lunr.Vector#dot walks both vectors in _index order.
      var order = [];
      for (var s = 0; s < scores.length; s += 3) order.push(s);
      order.sort(function (a, b) { return scores[a] - scores[b]; });
      var dot = 0;
      for (var o = 0; o < order.length; o++) dot += weights[scores[order[o] + 2]] * scores[order[o] + 1];
      var score = dot / magnitude || 0;
      var hit = byDoc[document];
      if (hit) hit.score += score;
      else results.push(byDoc[document] = { ref: document, score: score });
    });
    return results.sort(function (a, b) { return b.score - a.score; });
  }

  // lunr.idf: a document counts once for each field the term occurs in.
  function inverseDocumentFrequency(entry, fieldCount, documentCount) {
    var withTerm = 0;
    for (var f = 0; f < fieldCount; f++) withTerm += entry[f + 1].length / 3;
    var x = (documentCount - withTerm + 0.5) / (withTerm + 0.5);
    return Math.log(1 + Math.abs(x));
  }

  // lunr.Builder#createFieldVectors: BM25 (k1 = 1.2, b = 0.75) times the field's boost (every document's boost is 1),
  // rounded to thousandths, in lunr's order of operations so the double is the one lunr would store.
  function fieldScore(idf, termFrequency, fieldLength, field) {
    var score = idf * ((K1 + 1) * termFrequency) / (K1 * (1 - B + B * (fieldLength / field.averageLength)) + termFrequency);
    score *= field.boost;
    return Math.round(score * 1000) / 1000;
  }

  // How many base-62 digits a facet's codes have (FacetRows.Width).
  function codeWidth(valueCount) {
    var width = 1;
    for (var capacity = DIGITS.length; capacity < valueCount; capacity *= DIGITS.length) width++;
    return width;
  }

  return { open: open };
});
