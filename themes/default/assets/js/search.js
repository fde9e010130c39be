/*
 * The search page (/hledat/): loads the lunr index and the document store written by the generator,
 * searches with the Czech pipeline (czech-lunr.js), filters by the facets the document store declares
 * (the site's taxonomies with 'facet: true': theme, region, member type, year…), and keeps the state in
 * the URL (?q=…&tema=…&kraj=…) so a search can be shared.
 * DOM is built with createElement/textContent only: no value from the index can become markup.
 */
(function () {
  "use strict";

  var page = document.getElementById("hledani");
  if (!page || !window.lunr || !window.czechLunr) return;

  var form = page.querySelector(".search-form");
  var input = document.getElementById("q");
  var layout = page.querySelector(".search-layout");
  var facetsBox = document.getElementById("filtry");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  // The facets come with the document store: [{ key, title, values: [[key, name], …] }]; names[facet][value] is a value's name.
  var groups = [], names = {};
  // Results are shown a batch at a time: building thousands of highlighted results would take far longer than the search.
  var BATCH = 50;
  var index = null, store = null, timer = null, shownHits = [], shownCount = 0;
  var more = el("button", "button button-secondary search-more", "Zobrazit další výsledky");
  more.type = "button";
  more.hidden = true;
  more.addEventListener("click", function () {
    // The button may go away with the last batch: focus moves to the first new result, not to the page's start.
    var first = shownCount;
    appendResults();
    var link = list.children[first] && list.children[first].querySelector("a");
    if (link) link.focus();
  });
  list.parentNode.appendChild(more);
  var state = readUrl();

  layout.hidden = false;
  input.value = state.q;
  status.textContent = "Načítám vyhledávání…";

  Promise.all([fetchJson(page.getAttribute("data-index")), fetchJson(page.getAttribute("data-documents"))])
    .then(function (loaded) {
      index = lunr.Index.load(loaded[0]);
      store = loaded[1];
      groups = store.facets;
      groups.forEach(function (g) {
        names[g.key] = {};
        g.values.forEach(function (v) { names[g.key][v[0]] = v[1]; });
      });
      state = readUrl();
      run();
    })
    .catch(function () { status.textContent = "Vyhledávání se nepodařilo načíst. Zkuste stránku obnovit."; });

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

  // Documents matching the words, best first; with no words, every document, newest first.
  function matches() {
    var words = state.q.trim();
    if (!words) return Object.keys(store.docs).map(function (ref) { return { ref: ref }; });
    return czechLunr.search(index, words);
  }

  function passes(doc, except) {
    return groups.every(function (g) {
      if (g.key === except || state[g.key].length === 0) return true;
      return (doc.f[g.key] || []).some(function (v) { return state[g.key].indexOf(v) >= 0; });
    });
  }

  function run() {
    if (!store) return;
    var found = matches();
    var shown = found.filter(function (hit) { return passes(store.docs[hit.ref], null); });
    renderFacets(found);
    renderResults(shown);
  }

  function renderFacets(found) {
    facetsBox.textContent = "";
    groups.forEach(function (g) {
      // Counts follow the words and the other groups' filters, so a reader sees what a choice would leave.
      var counts = {};
      found.forEach(function (hit) {
        var doc = store.docs[hit.ref];
        if (!passes(doc, g.key)) return;
        (doc.f[g.key] || []).forEach(function (v) { counts[v] = (counts[v] || 0) + 1; });
      });
      var values = g.values.map(function (v) { return v[0]; });
      var fieldset = el("fieldset", "facet");
      fieldset.appendChild(el("legend", null, g.title));
      values.forEach(function (value) {
        var count = counts[value] || 0;
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

  function renderResults(hits) {
    list.textContent = "";
    shownHits = hits;
    shownCount = 0;
    appendResults();
    var n = hits.length;
    status.textContent = !state.q.trim() && !groups.some(function (g) { return state[g.key].length; })
      ? "Celý katalog: " + n + " " + plural(n) + ". Napište hledaný výraz nebo vyberte filtry."
      : n === 0 ? "Nic nenalezeno. Zkuste jiné slovo nebo méně filtrů."
      : "Nalezeno " + n + " " + plural(n) + ".";
  }

  function appendResults() {
    var terms = {};
    czechLunr.terms(state.q).forEach(function (t) { terms[t] = true; });
    var next = Math.min(shownHits.length, shownCount + BATCH);
    for (var i = shownCount; i < next; i++) {
      var doc = store.docs[shownHits[i].ref];
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
    shownCount = next;
    more.hidden = shownCount >= shownHits.length;
  }

  // Marks the words of the text that the Czech pipeline turns into one of the query's terms.
  function highlight(parent, text, terms) {
    var parts = text.split(/([\p{L}\p{Nd}]+)/u);
    parts.forEach(function (part, i) {
      var isWord = i % 2 === 1;
      if (isWord && czechLunr.terms(part).some(function (t) { return terms[t]; })) parent.appendChild(el("mark", null, part));
      else if (part) parent.appendChild(document.createTextNode(part));
    });
  }

  function plural(n) { return n === 1 ? "praxe" : n >= 2 && n <= 4 ? "praxe" : "praxí"; }

  function el(name, className, text) {
    var node = document.createElement(name);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }
})();
