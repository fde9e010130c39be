/*
 * The query engine of the sharded search index (generator/Search/ShardedIndexWriter.cs, SearchIndexBuilder.cs):
 * fetches the manifest, then only the term shards a query's terms fall in and the document chunks of the
 * results shown. It ranks as lunr.js 2.3.9's Index#query does for the page's query form (czechLunr.search:
 * every Czech term an optional clause, boost 1, no wildcards): BM25 scores per field as lunr.Builder stores them
 * (k1 = 1.2, b = 0.75, times the field boost), each field's score the dot product of the query vector with the
 * document's field vector divided by the query vector's length, summed over fields in lunr's order, sorted with
 * lunr's comparator, so results and ties come in lunr's order (tests compare with stock lunr on the same documents).
 *
 *   czechSearch.open(load, czechLunr.terms).then(function (index) {
 *     index.search("mobilitou").then(function (hits) {            // [{ ref: document number, score }], best first
 *       index.documents(hits.slice(0, 50).map(function (h) { return h.ref; }))   // [{ ref: slug, u, t, s, l }]
 *     });
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

  function open(load, analyse) {
    return Promise.resolve(load("manifest.json", null)).then(function (manifest) {
      if (manifest.format !== 1) throw new Error("unknown search index format " + manifest.format);
      return new Index(manifest, load, analyse);
    });
  }

  function Index(manifest, load, analyse) {
    this.manifest = manifest;
    this.size = manifest.documents;
    this.fieldCount = manifest.fields.length;
    // [{ key, title, values: [[key, name]…], docs: per document the array of its value keys }]
    this.facets = manifest.facets.map(function (facet) {
      return { key: facet.key, title: facet.title, values: facet.values, docs: decodeColumn(facet, manifest.documents) };
    });
    this._load = load;
    this._analyse = analyse;
    this._shards = {};
    this._chunks = {};
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

  /** Promise of { term: [lunr _index, postings per field] } for the terms the index has. */
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
    var terms = this._analyse(query), fieldCount = this.fieldCount;
    if (terms.length === 0) return Promise.resolve([]);
    return this.postings(terms).then(function (found) { return rank(terms, found, fieldCount); });
  };

  /** Promise of the documents with these numbers, in the same order: [{ ref: slug, u: URL, t: title, s: summary, l: meta line }]. */
  Index.prototype.documents = function (numbers) {
    var self = this, size = this.manifest.chunk;
    return Promise.all(numbers.map(function (n) { return self._chunk(Math.floor(n / size)); })).then(function (chunks) {
      return numbers.map(function (n, i) {
        var row = chunks[i][n % size];
        return { ref: row[0], u: row[1], t: row[2], s: row[3], l: row[4] };
      });
    });
  };

  /** Whether the documents with these numbers are loaded, so showing them needs no request. */
  Index.prototype.hasDocuments = function (numbers) {
    var self = this, size = this.manifest.chunk;
    return numbers.every(function (n) { return self._chunks[Math.floor(n / size)] && self._chunks[Math.floor(n / size)].done; });
  };

  Index.prototype._chunk = function (number) {
    var self = this;
    if (!this._chunks[number]) {
      var entry = this._chunks[number] = Promise.resolve(this._load("docs/" + number + ".json", this.manifest.v));
      entry.then(function () { entry.done = true; }, function () { delete self._chunks[number]; });
    }
    return this._chunks[number];
  };

  /**
   * lunr.Index#query for optional term clauses with boost 1, on the postings of the query's terms:
   * found[term] = [lunr _index, per field a flat list of document-number gaps and scores × 1000], each field's
   * postings in the order lunr walks them (Object.keys: refs that are array indices first), so gaps may be negative.
   */
  function rank(terms, found, fieldCount) {
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
      for (var f = 0; f < fieldCount; f++) {
        var list = entry[f + 1], doc = 0;
        for (var i = 0; i < list.length; i += 2) {
          doc += list[i];
          var key = doc * fieldCount + f, pair = pairs.get(key);
          if (!pair) pairs.set(key, pair = []);
          pair.push(entry[0], list[i + 1] / 1000, term);
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

  // The manifest's facet column: documents separated by ',', each value a base-62 code of the column's width.
  function decodeColumn(facet, count) {
    var width = 1;
    for (var capacity = DIGITS.length; capacity < facet.values.length; capacity *= DIGITS.length) width++;
    var rows = count === 0 ? [] : facet.docs.split(",");
    return rows.map(function (row) {
      var keys = [];
      for (var i = 0; i < row.length; i += width) {
        var code = 0;
        for (var d = 0; d < width; d++) code = code * DIGITS.length + DIGITS.indexOf(row.charAt(i + d));
        keys.push(facet.values[code][0]);
      }
      return keys;
    });
  }

  return { open: open, rank: rank, decodeColumn: decodeColumn };
});
