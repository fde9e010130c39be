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
 *   for with ?v= so a browser never mixes two builds' files; null for the manifest itself). open's third argument may
 *   be the manifest in hand (the page's search/manifest.js sets self.czechSearchManifest): then it is not fetched.
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

  function open(load, analyse, manifest) {
    return Promise.resolve(manifest || load("manifest.json", null)).then(function (manifest) {
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
    // The rows of the terms searched, as written: [{ numbers: their documents ascending, rows: the rows joined by "," }].
    // countValues reads them in place; a document's own row is looked up (_rows, filled from them or from facets.json)
    // and decoded only when its values are asked for: per facet the positions of its values (_codes), or their keys (_values).
    this._termRows = [];
    this._split = 0;
    this._rows = new Map();
    this._codes = new Map();
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
    var values = this._values.get(number);
    if (values === undefined) {
      var codes = this.codesOf(number);
      if (codes === undefined) return undefined;
      var facets = this.facets;
      values = codes.map(function (list, f) { return list.map(function (code) { return facets[f].values[code][0]; }); });
      this._values.set(number, values);
    }
    return values;
  };

  /**
   * Per facet the positions of a document's values in that facet's values (index.facets[f].values[code]): what
   * valuesOf gives, as numbers, so counting the values of thousands of hits makes no strings. Known when valuesOf is.
   */
  Index.prototype.codesOf = function (number) {
    var codes = this._codes.get(number);
    if (codes === undefined) {
      var row = this._row(number);
      if (row === undefined) return undefined;
      codes = this._decodeRow(row);
      this._codes.set(number, codes);
    }
    return codes;
  };

  /**
   * Per facet, how many of these documents have each of its values (counts[f][code], code as in codesOf): the facets'
   * counts for a list of hits, read from the rows as written, without decoding each document's values.
   */
  Index.prototype.countValues = function (numbers) {
    var widths = this._codeWidths(), counts = this.facets.map(function (facet) { return new Int32Array(facet.values.length); });
    if (counts.length === 0) return counts;
    // The documents not counted yet; each term's rows are walked once, counting those (a one-word query's hits are
    // exactly its term's documents: one pass over one string).
    var pending = new Uint8Array(this.size), left = 0, k;
    for (k = 0; k < numbers.length; k++) if (!pending[numbers[k]]) { pending[numbers[k]] = 1; left++; }
    for (var t = 0; t < this._termRows.length && left > 0; t++) {
      var documents = this._termRows[t].numbers, rows = this._termRows[t].rows, at = 0;
      for (var i = 0; i < documents.length; i++) {
        if (pending[documents[i]]) {
          pending[documents[i]] = 0;
          left--;
          at = countRow(rows, at, widths, counts) + 1;
        } else {
          at = rows.indexOf(",", at);
          if (at < 0) break;
          at++;
        }
      }
    }
    for (k = 0; k < numbers.length && left > 0; k++) {
      if (!pending[numbers[k]]) continue;
      pending[numbers[k]] = 0;
      left--;
      var row = this._row(numbers[k]);
      if (row !== undefined) countRow(row, 0, widths, counts);
    }
    return counts;
  };

  // A document's row as written, if known: from facets.json, or from the rows of a term searched (split only now).
  Index.prototype._row = function (number) {
    var row = this._rows.get(number);
    for (; row === undefined && this._split < this._termRows.length; this._split++) {
      var documents = this._termRows[this._split].numbers, rows = this._termRows[this._split].rows.split(",");
      for (var i = 0; i < documents.length; i++) if (!this._rows.has(documents[i])) this._rows.set(documents[i], rows[i]);
      row = this._rows.get(number);
    }
    return row;
  };

  Index.prototype._codeWidths = function () {
    if (!this._widths) this._widths = this.facets.map(function (facet) { return codeWidth(facet.values.length); });
    return this._widths;
  };

  /** Promise that every document's facet values are known (search/facets.json: for filtering without words). */
  Index.prototype.allValues = function () {
    var self = this;
    if (!this._all) {
      this._all = Promise.resolve(this._load("facets.json", this.manifest.v)).then(function (rows) {
        var list = self.size === 0 ? [] : rows.split(",");
        for (var n = 0; n < list.length; n++) if (!self._rows.has(n)) self._rows.set(n, list[n]);
      }).catch(function (error) { self._all = null; throw error; });
    }
    return this._all;
  };

  // A term's rows belong to its documents (every document in any of its postings) by ascending number. Kept as
  // written: a row is decoded only when its document's values are asked for (codesOf, valuesOf).
  Index.prototype._rowsOf = function (term, entry) {
    if (this._decoded[term] || this.facets.length === 0) return;
    this._decoded[term] = true;
    var count = 0;
    for (var f = 0; f < this.fieldCount; f++) count += entry[f + 1].length / 3;
    var numbers = new Int32Array(count), at = 0;
    for (f = 0; f < this.fieldCount; f++) {
      var list = entry[f + 1], doc = 0;
      for (var i = 0; i < list.length; i += 3) numbers[at++] = doc += list[i];
    }
    numbers.sort();
    var unique = 0;
    for (var n = 0; n < numbers.length; n++) if (n === 0 || numbers[n] !== numbers[n - 1]) numbers[unique++] = numbers[n];
    this._termRows.push({ numbers: numbers.subarray(0, unique), rows: entry[this.fieldCount + 1] });
  };

  // A facet row: per facet its values as fixed-width base-62 codes, facets separated by ".", trailing empty ones left
  // out. Gives per facet the codes (positions in the facet's values).
  Index.prototype._decodeRow = function (row) {
    var facets = this.facets, widths = this._codeWidths(), codes = [], at = 0;
    for (var f = 0; f < facets.length; f++) {
      var width = widths[f], list = [];
      while (at < row.length && row.charCodeAt(at) !== 46) {
        var code = 0;
        for (var d = 0; d < width; d++) code = code * 62 + digit(row.charCodeAt(at++));
        list.push(code);
      }
      at++;
      codes.push(list);
    }
    return codes;
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
    var weights = {}, matched = [], postings = 0;
    for (var c = 0; c < terms.length; c++) {
      var term = terms[c], entry = found[term];
      if (!entry) continue;
      // lunr upserts the clause boost into every field's query vector, once per clause.
      if (!Object.prototype.hasOwnProperty.call(weights, term)) {
        weights[term] = 0;
        matched.push(term);
        for (var f = 0; f < fieldCount; f++) postings += entry[f + 1].length / 3;
      }
      weights[term] += 1;
    }
    if (matched.length === 1) return rankOne(found[matched[0]], weights[matched[0]], fields, documentCount, postings);

    // (document, field) pairs numbered in the order lunr first meets them (its matchingFields): the terms in query
    // order, each term's fields in order, each field's postings in posting order. pairOf[document × fields + field]
    // is a pair's number + 1; each posting's pair and field score are kept by the posting's place in that walk.
    var pairOf = new Int32Array(documentCount * fieldCount), pairKey = new Int32Array(postings), pairs = 0;
    var postingPair = new Int32Array(postings), postingScore = new Float64Array(postings);
    var starts = {}, at = 0;
    for (var m = 0; m < matched.length; m++) {
      term = matched[m];
      entry = found[term];
      starts[term] = at;
      var idf = inverseDocumentFrequency(entry, fieldCount, documentCount);
      for (f = 0; f < fieldCount; f++) {
        var list = entry[f + 1], doc = 0;
        for (var i = 0; i < list.length; i += 3) {
          doc += list[i];
          var key = doc * fieldCount + f, pair = pairOf[key] - 1;
          if (pair < 0) { pair = pairs++; pairOf[key] = pair + 1; pairKey[pair] = key; }
          postingPair[at] = pair;
          postingScore[at++] = fieldScore(idf, list[i + 1], list[i + 2], fields[f].averageLength, fields[f].boost);
        }
      }
    }

    // The query vector is the same in every field: the matched terms by _index, each weighing its clause count.
    var vector = matched.map(function (t) { return [found[t][0], t]; }).sort(function (a, b) { return a[0] - b[0]; });
    var sumOfSquares = 0;
    for (var v = 0; v < vector.length; v++) sumOfSquares += weights[vector[v][1]] * weights[vector[v][1]];
    var magnitude = Math.sqrt(sumOfSquares);

    // lunr.Vector#dot walks both vectors in _index order: each pair's products are added term by term in that order
    // (a pair has at most one posting per term).
    var dots = new Float64Array(pairs);
    for (v = 0; v < vector.length; v++) {
      term = vector[v][1];
      var weight = weights[term], first = starts[term], last = first;
      entry = found[term];
      for (f = 0; f < fieldCount; f++) last += entry[f + 1].length / 3;
      for (var p = first; p < last; p++) dots[postingPair[p]] += weight * postingScore[p];
    }

    // A document's score: its pairs' scores summed in the order the pairs were met; documents in the order first met.
    var hitOf = new Int32Array(documentCount), refs = new Int32Array(pairs), scores = new Float64Array(pairs), hits = 0;
    for (p = 0; p < pairs; p++) {
      var document = Math.floor(pairKey[p] / fieldCount), score = dots[p] / magnitude || 0, hit = hitOf[document];
      if (hit) scores[hit - 1] += score;
      else { hitOf[document] = hits + 1; refs[hits] = document; scores[hits++] = score; }
    }
    return sorted(refs, scores, hits);
  }

  // rank for a query of one term (the usual case): every posting is a pair of its own, met in posting order, and the
  // dot product of a pair is its one product; the same operations as rank's, without the pairs' tables.
  function rankOne(entry, weight, fields, documentCount, postings) {
    var fieldCount = fields.length, magnitude = Math.sqrt(weight * weight);
    var idf = inverseDocumentFrequency(entry, fieldCount, documentCount);
    var hitOf = new Int32Array(documentCount), refs = new Int32Array(postings), scores = new Float64Array(postings), hits = 0;
    for (var f = 0; f < fieldCount; f++) {
      var list = entry[f + 1], doc = 0, averageLength = fields[f].averageLength, boost = fields[f].boost;
      for (var i = 0; i < list.length; i += 3) {
        doc += list[i];
        var score = weight * fieldScore(idf, list[i + 1], list[i + 2], averageLength, boost) / magnitude || 0, hit = hitOf[doc];
        if (hit) scores[hit - 1] += score;
        else { hitOf[doc] = hits + 1; refs[hits] = doc; scores[hits++] = score; }
      }
    }
    return sorted(refs, scores, hits);
  }

  // The hits by score, highest first, equal scores in the order they were first met (lunr's stable sort): grouped by
  // score in that order, the distinct scores sorted as numbers (no comparator called thousands of times).
  function sorted(refs, scores, hits) {
    var groupOf = new Map(), heads = [], tails = [], next = new Int32Array(hits), distinct = [];
    for (var h = 0; h < hits; h++) {
      var group = groupOf.get(scores[h]);
      if (group === undefined) {
        groupOf.set(scores[h], heads.length);
        heads.push(h);
        tails.push(h);
        distinct.push(scores[h]);
      } else {
        next[tails[group]] = h + 1;
        tails[group] = h;
      }
    }
    var order = Float64Array.from(distinct).sort(), results = new Array(hits), r = 0;
    for (var d = order.length - 1; d >= 0; d--) {
      for (h = heads[groupOf.get(order[d])]; ; h = next[h] - 1) {
        results[r++] = { ref: refs[h], score: scores[h] };
        if (!next[h]) break;
      }
    }
    return results;
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
  function fieldScore(idf, termFrequency, fieldLength, averageLength, boost) {
    var score = idf * ((K1 + 1) * termFrequency) / (K1 * (1 - B + B * (fieldLength / averageLength)) + termFrequency);
    score *= boost;
    return Math.round(score * 1000) / 1000;
  }

  // Counts the values of the row that starts at rows[at] (counts[f][code]); returns where it ends (its "," or the end).
  function countRow(rows, at, widths, counts) {
    var f = 0;
    for (var c = rows.charCodeAt(at); at < rows.length && c !== 44; c = rows.charCodeAt(at)) {
      if (c === 46) { f++; at++; continue; }
      var code = 0;
      for (var d = 0; d < widths[f]; d++) code = code * 62 + digit(rows.charCodeAt(at++));
      counts[f][code]++;
    }
    return at;
  }

  // The value of a base-62 digit (0-9a-zA-Z) by its character code.
  function digit(c) {
    return c <= 57 ? c - 48 : c >= 97 ? c - 87 : c - 29;
  }

  // How many base-62 digits a facet's codes have (FacetRows.Width).
  function codeWidth(valueCount) {
    var width = 1;
    for (var capacity = DIGITS.length; capacity < valueCount; capacity *= DIGITS.length) width++;
    return width;
  }

  return { open: open };
});
