/*
 * The search page (/hledat/): opens the sharded index written by the generator (its manifest comes as a script,
 * search/manifest.js; czech-search.js fetches only the shards and first results a query needs, and document chunks
 * for the rest of a batch once the first results are painted), searches with the Czech pipeline
 * (czech-lunr.js), filters by the facets the manifest declares
 * (the site's taxonomies with 'facet: true': theme, region, member type, year…), and keeps the state in
 * the URL (?q=…&tema=…&kraj=…) so a search can be shared.
 * DOM is built with createElement/textContent only: no value from the index can become markup.
 * What it says comes from the site's words, written into the page as JSON (#hledani-slova, the catalogue's
 * search.script group): a data block is not run, so the Content-Security-Policy still forbids inline script.
 * A word chosen by a number has its CLDR plural forms; Intl.PluralRules picks one in the page's language.
 */
(function () {
  "use strict";

  var page = document.getElementById("hledani");
  var wordsBlock = document.getElementById("hledani-slova");
  // The query's terms as the index was written: English on the English site (stock lunr's pipeline; a token of
  // punctuation that lunr keeps as an empty term is no query term), else Czech.
  var analyzer = window.englishLunr
    ? { terms: function (text) { return window.englishLunr.terms(text).filter(function (t) { return t.length > 0; }); } }
    : window.czechLunr;
  if (!page || !wordsBlock || !window.czechSearch || !analyzer) return;
  // The index is opened first, before anything else the page sets up. Its manifest is in hand: search/manifest.js ran
  // before this script (fetched only if that script did not come).
  var base = page.getAttribute("data-search");
  var opening = czechSearch.open(function (path, version) { return fetchJson(base + path + (version ? "?v=" + encodeURIComponent(version) : "")); },
    analyzer.terms, window.czechSearchManifest);
  var words = JSON.parse(wordsBlock.textContent);
  // Made when a count is first said (Intl.NumberFormat alone takes tens of milliseconds to make), or while the rest of
  // the first batch is on its way (prepareWords).
  var plurals = null, numbers = null;

  var form = page.querySelector(".search-form");
  var input = document.getElementById("q");
  var facetsBox = document.getElementById("filtry");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  // The facets come with the manifest: [{ key, title, values: [[key, name], …], counts }]; names[facet][value] is a value's
  // name, codes[facet][value] its position in the facet's values (what index.codesOf gives).
  var groups = [], names = {}, codes = {};
  // Per group (in the order of groups) the positions of the values chosen in the URL (-1 for one the facet lacks).
  var selected = [];
  // Results are shown a batch at a time: building thousands of highlighted results would take far longer than the search.
  var BATCH = 50;
  // The first results of a batch are shown as soon as their records are in (they come with the query's terms, see
  // czech-search.js); the rest of the batch follows. How many: the index's index.firstResults.
  var firstCount = 0;
  var index = null, timer = null, shownHits = [], shownCount = 0;
  // Each run gets a ticket; an answer that arrives after a newer run started is dropped.
  var runs = 0;
  var more = el("button", "button button-secondary search-more", say("more"));
  more.type = "button";
  more.hidden = true;
  more.addEventListener("click", function () {
    // The button may go away with the last batch: focus moves to the first new result, not to the page's start.
    var first = shownCount, ticket = runs;
    list.setAttribute("aria-busy", "true");
    nextDocuments().then(function (docs) {
      if (ticket !== runs || first !== shownCount) return;
      appendResults(docs);
      finish(false);
      var link = list.children[first] && list.children[first].querySelector("a");
      if (link) link.focus();
    }).catch(failed);
  });
  // A reader about to ask for more: fetch the next batch's chunks now, so the click shows them at once.
  more.addEventListener("pointerenter", function () { nextDocuments().catch(function () {}); });
  more.addEventListener("focus", function () { nextDocuments().catch(function () {}); });
  list.parentNode.appendChild(more);
  var state = readUrl();

  // The layout is in the page from the first paint, its space reserved (site.css), so nothing moves when results come.
  input.value = state.q;
  status.textContent = say("loading");

  opening
    .then(function (opened) {
      index = opened;
      firstCount = index.firstResults;
      groups = index.facets;
      groups.forEach(function (g) {
        names[g.key] = {};
        codes[g.key] = {};
        g.values.forEach(function (v, n) { names[g.key][v[0]] = v[1]; codes[g.key][v[0]] = n; });
      });
      state = readUrl();
      run();
    })
    .catch(failed);

  function failed() { list.removeAttribute("aria-busy"); status.textContent = say("failed"); }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { state.q = input.value; update(); }, 25);
  });
  form.addEventListener("submit", function (event) { event.preventDefault(); state.q = input.value; update(); });

  function fetchJson(url) {
    return fetch(url).then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); });
  }

  function readUrl() {
    var params = new URLSearchParams(location.search);
    var s = { q: params.get("q") || "" };
    groups.forEach(function (g) { s[g.key] = params.getAll(g.key); });
    return s;
  }

  function update() {
    var params = new URLSearchParams();
    if (state.q) params.set("q", state.q);
    groups.forEach(function (g) { state[g.key].forEach(function (v) { params.append(g.key, v); }); });
    var query = params.toString();
    history.replaceState(null, "", location.pathname + (query ? "?" + query : ""));
    run();
  }

  // Promise of the documents matching the words, best first; with no words, every document, newest first. The
  // facet values of the hits come with the words' shards; only filtering the whole catalogue needs every document's.
  function matches() {
    var words = state.q.trim();
    if (words) return index.search(words);
    var all = [];
    for (var n = 0; n < index.size; n++) all.push({ ref: n });
    return filtered() ? index.allValues().then(function () { return all; }) : Promise.resolve(all);
  }

  function filtered() { return groups.some(function (g) { return state[g.key].length > 0; }); }

  // hit.ref is the document's number; the index knows the facet values of every hit (group i: index.facets[i]).
  // Whether it has one of the chosen values of every group but group except (-1: of every group).
  function passes(ref, except) {
    var values = null;
    for (var i = 0; i < groups.length; i++) {
      if (i === except || selected[i].length === 0) continue;
      values = values || index.codesOf(ref);
      if (!chosen(values[i], selected[i])) return false;
    }
    return true;
  }

  function chosen(values, choice) {
    for (var v = 0; v < values.length; v++) if (choice.indexOf(values[v]) >= 0) return true;
    return false;
  }

  function nextDocuments() {
    return index.documents(shownHits.slice(shownCount, shownCount + BATCH).map(function (hit) { return hit.ref; }));
  }

  function run() {
    if (!index) return;
    var ticket = ++runs;
    selected = groups.map(function (g) {
      return state[g.key].map(function (key) { return Object.prototype.hasOwnProperty.call(codes[g.key], key) ? codes[g.key][key] : -1; });
    });
    // Busy until the whole batch is shown: assistive technology (and tests) wait for the final list.
    list.setAttribute("aria-busy", "true");
    matches().then(function (found) {
      if (ticket !== runs) return;
      var shown = found.filter(function (hit) { return passes(hit.ref, -1); });
      var refs = shown.slice(0, BATCH).map(function (hit) { return hit.ref; });
      // The first results' records (usually in hand: they came with the query's terms); the rest of the batch is asked
      // for once the first results are painted, so its requests do not hold up that paint.
      return index.documents(refs.slice(0, firstCount)).then(function (docs) {
        if (ticket !== runs) return;
        // Facets and the first results change in one go, so nothing they push down has been painted before.
        renderFacets(found, !state.q.trim() && !filtered());
        renderResults(shown, docs);
        if (refs.length <= firstCount) return finish(true);
        return afterPaint().then(function () {
          if (ticket !== runs) return;
          var tail = index.documents(refs.slice(firstCount));
          prepareWords();
          return tail;
        }).then(function (rest) {
          if (ticket !== runs || !rest) return;
          appendResults(rest);
          finish(true);
        });
      });
    }).catch(failed);
  }

  // whole: the hits are the whole catalogue, unfiltered, so the manifest's counts are the counts.
  function renderFacets(found, whole) {
    facetsBox.textContent = "";
    // Counts follow the words and the other groups' filters, so a reader sees what a choice would leave: a hit counts
    // in a group when it passes every other group's filter (in every group when it passes all of them). Without
    // filters, every hit counts everywhere: the index counts them from the rows as written.
    var counts;
    if (whole) counts = groups.map(function (g) { return g.counts; });
    else if (!filtered()) counts = index.countValues(found.map(function (hit) { return hit.ref; }));
    else {
      counts = groups.map(function (g) { return new Int32Array(g.values.length); });
      found.forEach(function (hit) {
        var values = index.codesOf(hit.ref), failed = -1;
        for (var i = 0; i < groups.length; i++) {
          if (selected[i].length === 0 || chosen(values[i], selected[i])) continue;
          if (failed >= 0) return;
          failed = i;
        }
        for (i = 0; i < groups.length; i++)
          if (failed < 0 || failed === i) for (var v = 0; v < values[i].length; v++) counts[i][values[i][v]]++;
      });
    }
    groups.forEach(function (g, i) {
      var fieldset = el("fieldset", "facet");
      fieldset.appendChild(el("legend", null, g.title));
      g.values.forEach(function (pair, n) {
        var value = pair[0], count = counts[i][n] || 0;
        var checked = state[g.key].indexOf(value) >= 0;
        if (count === 0 && !checked) return;
        var id = "f-" + g.key + "-" + value;
        var row = el("div", "facet-option");
        var box = el("input");
        box.type = "checkbox";
        box.id = id;
        box.name = g.key;
        box.value = value;
        box.checked = checked;
        box.addEventListener("change", function () {
          state[g.key] = box.checked ? state[g.key].concat([value]) : state[g.key].filter(function (v) { return v !== value; });
          update();
        });
        var label = el("label", null, names[g.key][value] + " (" + count + ")");
        label.htmlFor = id;
        row.appendChild(box);
        row.appendChild(label);
        fieldset.appendChild(row);
      });
      if (fieldset.children.length > 1) facetsBox.appendChild(fieldset);
    });
  }

  function renderResults(hits, docs) {
    list.textContent = "";
    shownHits = hits;
    shownCount = 0;
    appendResults(docs);
  }

  // The batch is complete: the more button, not busy, and for new results their count.
  function finish(counted) {
    var n = shownHits.length;
    more.hidden = shownCount >= shownHits.length;
    list.removeAttribute("aria-busy");
    if (!counted) return;
    status.textContent = !state.q.trim() && !filtered() ? say("whole", n) : n === 0 ? say("none") : say("found", n);
  }

  // A promise kept once what the page has changed is painted: after the next frame, or soon when no frame comes (a
  // page in the background paints none).
  function afterPaint() {
    return new Promise(function (resolve) {
      if (window.requestAnimationFrame) requestAnimationFrame(function () { setTimeout(resolve, 0); });
      setTimeout(resolve, 100);
    });
  }

  // Makes what saying a count needs, while the page waits for the network anyway.
  function prepareWords() {
    plurals = plurals || new Intl.PluralRules(words.language);
    numbers = numbers || new Intl.NumberFormat(words.language);
  }

  // Shows the next batch: docs are its documents, in the order of shownHits.
  function appendResults(docs) {
    var terms = {};
    analyzer.terms(state.q).forEach(function (t) { terms[t] = true; });
    for (var i = 0; i < docs.length; i++) {
      var doc = docs[i];
      var item = el("li", "search-result");
      var title = el("h2", "search-result-title");
      var link = el("a");
      link.href = doc.u;
      highlight(link, doc.t, terms);
      title.appendChild(link);
      item.appendChild(title);
      item.appendChild(el("p", "card-meta", doc.l));
      var summary = el("p", "search-result-summary");
      highlight(summary, doc.s, terms);
      item.appendChild(summary);
      list.appendChild(item);
    }
    shownCount += docs.length;
    more.hidden = true;
  }

  // Marks the words of the text that the page's pipeline turns into one of the query's terms.
  function highlight(parent, text, terms) {
    var parts = text.split(/([\p{L}\p{Nd}]+)/u);
    parts.forEach(function (part, i) {
      var isWord = i % 2 === 1;
      if (isWord && termsOf(part).some(function (t) { return terms[t]; })) parent.appendChild(el("mark", null, part));
      else if (part) parent.appendChild(document.createTextNode(part));
    });
  }

  // A word's terms, each word analysed once: a batch's titles and summaries repeat many words.
  var wordTerms = new Map();
  function termsOf(word) {
    var terms = wordTerms.get(word);
    if (!terms) wordTerms.set(word, terms = analyzer.terms(word));
    return terms;
  }

  // A word of the page's words; one with plural forms takes the form of count, and {count} is written as a number.
  function say(key, count) {
    var word = words.words[key];
    if (word === undefined) return key;
    if (typeof word === "object") {
      prepareWords();
      word = word[plurals.select(count)] || word.other;
    }
    return word.replace(/\{count\}/g, function () { prepareWords(); return numbers.format(count); });
  }

  function el(name, className, text) {
    var node = document.createElement(name);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }
})();
