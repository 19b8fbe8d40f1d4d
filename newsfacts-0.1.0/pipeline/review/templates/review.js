"use strict";
// newsfacts review page. All data arrives as JSON in the script element of type application/json
// and every piece of it reaches the DOM through textContent / setAttribute, never as HTML.
(function () {
  var TYPES = ["officials", "instruments", "dates", "venues", "events"];
  var LABELS = {officials: "OFFICIAL", instruments: "INSTRUMENT", dates: "DATE", venues: "VENUE", events: "EVENT"};
  var COLUMNS = {
    officials: ["name", "title", "honorifics", "country"],
    instruments: ["name", "kind", "start", "end"],
    dates: ["text", "start", "end"],
    venues: ["name", "city", "country"],
    events: ["name", "acronym", "ordinal", "start", "end", "venue", "officials", "instruments"]
  };
  var SHORT = {officials: "off", instruments: "inst", dates: "date", venues: "venue", events: "event"};
  var ROW_H = 44;

  var DATA = JSON.parse(document.getElementById("review-data").textContent);
  var META = DATA.meta || {};
  var ARTICLES = DATA.articles || [];
  var byId = Object.create(null);
  ARTICLES.forEach(function (a, i) { byId[a.id] = i; });

  // decisions[articleId] = {facts: {"type:index": "accept"|"reject"}, added: [decision lines]}
  var decisions = Object.create(null);
  var dirty = false;
  var state = {filtered: [], selected: -1, types: Object.create(null), errorsOnly: false,
               undecidedOnly: false, query: "", hidden: Object.create(null)};
  var haystack = Object.create(null);

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    if (attrs) for (var k in attrs) if (attrs[k] !== undefined && attrs[k] !== null) node.setAttribute(k, attrs[k]);
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function $(id) { return document.getElementById(id); }
  function low(s) { return String(s == null ? "" : s).split(/\s+/).filter(Boolean).join(" ").toLowerCase(); }
  function factKey(type, fact) {
    if (type === "dates") return [type, low(fact.text), fact.start == null ? null : fact.start, fact.end == null ? null : fact.end].join("\u0001");
    return [type, low(fact.name)].join("\u0001");
  }
  function facts(a, type) { return (a.record && a.record[type]) || []; }
  function countOf(a, type) { return facts(a, type).length; }
  function decisionsFor(id) {
    if (!decisions[id]) decisions[id] = {facts: Object.create(null), added: []};
    return decisions[id];
  }
  function nDecided(id) {
    var d = decisions[id];
    if (!d) return 0;
    return Object.keys(d.facts).length + d.added.length;
  }

  // ---------------------------------------------------------------- decisions as lines
  function firstMention(fact) { return (fact.mentions && fact.mentions.length) ? fact.mentions[0] : null; }
  function decisionLines() {
    var lines = [];
    ARTICLES.forEach(function (a) {
      var d = decisions[a.id];
      if (!d) return;
      TYPES.forEach(function (type) {
        facts(a, type).forEach(function (fact, i) {
          var action = d.facts[type + ":" + i];
          if (!action) return;
          var m = firstMention(fact);
          lines.push({article: a.id, type: type, action: action, fact: fact,
                      text: m ? m.text : (fact.name != null ? fact.name : fact.text),
                      start: m ? m.start : null, end: m ? m.end : null});
        });
      });
      d.added.forEach(function (line) { lines.push(line); });
    });
    return lines;
  }
  function decisionsJsonl() {
    return decisionLines().map(function (l) { return JSON.stringify(l); }).join("\n") + (nAll() ? "\n" : "");
  }
  function nAll() { var n = 0; for (var k in decisions) n += nDecided(k); return n; }

  function applyLines(lines) {
    var applied = 0, skipped = 0;
    lines.forEach(function (l) {
      if (!l || typeof l !== "object" || !(l.article in byId) || TYPES.indexOf(l.type) < 0) { skipped++; return; }
      var a = ARTICLES[byId[l.article]];
      var d = decisionsFor(a.id);
      if (l.action === "add") {
        if (typeof l.start === "number" && typeof l.end === "number") {
          for (var j = 0; j < d.added.length; j++)
            if (d.added[j].type === l.type && d.added[j].start === l.start && d.added[j].end === l.end) { skipped++; return; }
        }
        d.added.push({article: a.id, type: l.type, action: "add", fact: l.fact || {}, text: l.text,
                      start: l.start == null ? null : l.start, end: l.end == null ? null : l.end});
        applied++;
      } else if (l.action === "accept" || l.action === "reject") {
        var key = factKey(l.type, l.fact || {});
        var list = facts(a, l.type), found = -1;
        for (var i = 0; i < list.length; i++) if (factKey(l.type, list[i]) === key) { found = i; break; }
        if (found < 0) { skipped++; return; }
        d.facts[l.type + ":" + found] = l.action;
        applied++;
      } else skipped++;
    });
    return {applied: applied, skipped: skipped};
  }

  // ---------------------------------------------------------------- saving
  var saveTimer = null;
  function changed() {
    dirty = true;
    $("decision-count").textContent = nAll() + " decisions";
    if (META.save_url) {
      $("save-status").textContent = "saving…";
      clearTimeout(saveTimer);
      saveTimer = setTimeout(saveToServer, 250);
    } else {
      $("save-status").textContent = "not saved";
    }
    renderList();
  }
  function saveToServer() {
    var body = decisionsJsonl();
    // an empty body is refused (it would wipe the file by accident): clearing is explicit
    return fetch(META.save_url + (body ? "" : "?clear=1"), {method: "POST", headers: {"Content-Type": "application/x-ndjson"}, body: body})
      .then(function (r) {
        if (!r.ok) throw new Error("HTTP " + r.status);
        return r.json();
      })
      .then(function (res) {
        dirty = false;
        $("save-status").textContent = "saved " + res.lines + " to " + res.path;
        document.body.setAttribute("data-saved", String(res.lines));
      })
      .catch(function (err) { $("save-status").textContent = "save failed: " + err.message; });
  }
  function download() {
    var blob = new Blob([decisionsJsonl()], {type: "application/x-ndjson"});
    var url = URL.createObjectURL(blob);
    var a = el("a", {href: url, download: META.download_name || "decisions.jsonl"});
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(url); a.remove(); }, 1000);
    if (!META.save_url) { dirty = false; $("save-status").textContent = "downloaded"; }
  }

  // ---------------------------------------------------------------- list + filters
  function textOf(i) {
    if (!(i in haystack)) { var a = ARTICLES[i]; haystack[i] = (a.id + "\n" + (a.text || "") + "\n" + (a.error || "")).toLowerCase(); }
    return haystack[i];
  }
  function applyFilters() {
    var want = TYPES.filter(function (t) { return state.types[t]; });
    var q = state.query.toLowerCase();
    var out = [];
    for (var i = 0; i < ARTICLES.length; i++) {
      var a = ARTICLES[i];
      if (state.errorsOnly && !a.error) continue;
      if (state.undecidedOnly && nDecided(a.id)) continue;
      if (want.length) {
        var ok = false;
        for (var j = 0; j < want.length; j++) if (countOf(a, want[j])) { ok = true; break; }
        if (!ok) continue;
      }
      if (q && textOf(i).indexOf(q) < 0) continue;
      out.push(i);
    }
    state.filtered = out;
    $("list-count").textContent = out.length + " of " + ARTICLES.length + " articles";
    $("list-spacer").style.height = (out.length * ROW_H) + "px";
    renderList();
  }
  function renderList() {
    var list = $("list"), spacer = $("list-spacer");
    var first = Math.max(0, Math.floor(list.scrollTop / ROW_H) - 5);
    var last = Math.min(state.filtered.length, Math.ceil((list.scrollTop + list.clientHeight) / ROW_H) + 5);
    var frag = document.createDocumentFragment();
    for (var pos = first; pos < last; pos++) {
      var i = state.filtered[pos], a = ARTICLES[i];
      var row = el("div", {"class": "row" + (i === state.selected ? " selected" : ""), role: "option",
                           "data-index": String(i), "aria-selected": String(i === state.selected)});
      row.style.top = (pos * ROW_H) + "px";
      row.appendChild(el("div", {"class": "rid", title: a.id}, a.id));
      var badges = el("div", {"class": "badges"});
      if (a.error) badges.appendChild(el("span", {"class": "badge err"}, "error"));
      TYPES.forEach(function (t) {
        var n = countOf(a, t);
        if (n) badges.appendChild(el("span", {"class": "badge chip t-" + t, title: t}, SHORT[t] + " " + n));
      });
      var nd = nDecided(a.id);
      if (nd) badges.appendChild(el("span", {"class": "badge rev", title: "decisions"}, "✓ " + nd));
      row.appendChild(badges);
      frag.appendChild(row);
    }
    spacer.replaceChildren(frag);
  }
  function select(i, scroll) {
    if (i < 0 || i >= ARTICLES.length) return;
    state.selected = i;
    renderArticle();
    if (scroll) {
      var pos = state.filtered.indexOf(i), list = $("list");
      if (pos >= 0) {
        var top = pos * ROW_H;
        if (top < list.scrollTop) list.scrollTop = top;
        else if (top + ROW_H > list.scrollTop + list.clientHeight) list.scrollTop = top + ROW_H - list.clientHeight;
      }
    }
    renderList();
  }
  function move(delta) {
    if (!state.filtered.length) return;
    var pos = state.filtered.indexOf(state.selected);
    pos = pos < 0 ? 0 : Math.max(0, Math.min(state.filtered.length - 1, pos + delta));
    select(state.filtered[pos], true);
  }

  // ---------------------------------------------------------------- the article
  function spansOf(a) {
    var spans = [], bad = 0, text = a.text;
    var d = decisions[a.id];
    TYPES.forEach(function (type) {
      facts(a, type).forEach(function (fact, i) {
        (fact.mentions || []).forEach(function (m) {
          if (typeof m.start !== "number" || typeof m.end !== "number" || m.start < 0 || m.end <= m.start ||
              m.end > text.length || text.slice(m.start, m.end) !== m.text) { bad++; return; }
          spans.push({start: m.start, end: m.end, type: type, index: i, rule: m.rule,
                      status: d ? d.facts[type + ":" + i] : undefined});
        });
      });
    });
    if (d) d.added.forEach(function (l, j) {
      if (typeof l.start === "number" && typeof l.end === "number" && l.start >= 0 && l.end > l.start && l.end <= text.length)
        spans.push({start: l.start, end: l.end, type: l.type, added: j, rule: "added by reviewer", status: "add"});
    });
    return {spans: spans, bad: bad};
  }
  function renderText(a, container) {
    var res = spansOf(a), spans = res.spans, text = a.text;
    var cuts = [0, text.length];
    spans.forEach(function (s) { cuts.push(s.start, s.end); });
    cuts = cuts.filter(function (v, i, arr) { return arr.indexOf(v) === i; }).sort(function (x, y) { return x - y; });
    var frag = document.createDocumentFragment();
    for (var c = 0; c + 1 < cuts.length; c++) {
      var s0 = cuts[c], s1 = cuts[c + 1];
      var cover = spans.filter(function (s) { return s.start <= s0 && s.end >= s1; });
      var piece = text.slice(s0, s1);
      if (!cover.length) { frag.appendChild(document.createTextNode(piece)); }
      else {
        cover.sort(function (x, y) { return (x.end - x.start) - (y.end - y.start); });
        var inner = cover[0];
        var cls = "hl t-" + inner.type + (cover.length > 1 ? " nested" : "") +
          (inner.status === "reject" ? " rejected" : "") + (inner.added !== undefined ? " added" : "");
        var mark = el("mark", {"class": cls, "data-type": inner.type,
                               "data-index": inner.index !== undefined ? String(inner.index) : null,
                               "data-added": inner.added !== undefined ? String(inner.added) : null,
                               title: cover.map(function (s) { return LABELS[s.type] + " · rule: " + s.rule + (s.status ? " · " + s.status : ""); }).join("\n")}, piece);
        frag.appendChild(mark);
      }
      // displaCy-style label after each span that ends here (content drawn by CSS, so the DOM text stays the article text)
      spans.filter(function (s) { return s.end === s1; }).forEach(function (s) {
        frag.appendChild(el("span", {"class": "lbl t-" + s.type, "data-label": LABELS[s.type], "aria-hidden": "true"}));
      });
    }
    container.replaceChildren(frag);
    return res.bad;
  }
  function cellValue(v) {
    if (v === null || v === undefined || v === "" || (Array.isArray(v) && !v.length)) return null;
    if (Array.isArray(v)) return v.join(", ");
    if (typeof v === "object") return [v.name, v.city, v.country].filter(function (x) { return x; }).join(", ") || JSON.stringify(v);
    return String(v);
  }
  function decideCell(a, type, index) {
    var td = el("td", {"class": "decide"});
    var current = (decisions[a.id] || {facts: {}}).facts[type + ":" + index];
    ["accept", "reject"].forEach(function (action) {
      var b = el("button", {type: "button", "class": "btn-" + action, "data-type": type, "data-index": String(index),
                            "aria-pressed": String(current === action), title: action + " this fact"},
                 action === "accept" ? "✓ accept" : "✗ reject");
      b.addEventListener("click", function () {
        var d = decisionsFor(a.id), key = type + ":" + index;
        if (d.facts[key] === action) delete d.facts[key]; else d.facts[key] = action;
        changed();
        renderArticle(true);
      });
      td.appendChild(b);
    });
    return td;
  }
  function flash(node) {
    if (!node) return;
    node.classList.remove("flash"); void node.offsetWidth; node.classList.add("flash");
    node.scrollIntoView({block: "nearest"});
  }
  function renderTables(a, main) {
    var d = decisions[a.id];
    TYPES.forEach(function (type) {
      var list = facts(a, type);
      var added = d ? d.added.map(function (l, j) { return [l, j]; }).filter(function (p) { return p[0].type === type; }) : [];
      var sec = el("section", {"class": "facts", id: "facts-" + type, "data-type": type});
      var h = el("h3");
      h.appendChild(el("span", {"class": "chip t-" + type}));
      h.appendChild(document.createTextNode(type + " (" + list.length + (added.length ? " + " + added.length + " added" : "") + ")"));
      sec.appendChild(h);
      if (!list.length && !added.length) { sec.appendChild(el("div", {"class": "none"}, "none found")); main.appendChild(sec); return; }
      var table = el("table"), thead = el("thead"), hr = el("tr");
      COLUMNS[type].concat(["rule", "mentions", "decision"]).forEach(function (c) { hr.appendChild(el("th", {scope: "col"}, c)); });
      thead.appendChild(hr); table.appendChild(thead);
      var tbody = el("tbody");
      list.forEach(function (fact, i) {
        var status = d ? d.facts[type + ":" + i] : undefined;
        var tr = el("tr", {"class": "fact" + (status ? " st-" + status : ""), "data-type": type, "data-index": String(i)});
        COLUMNS[type].forEach(function (c) {
          var v = cellValue(fact[c]);
          tr.appendChild(el("td", {"class": v === null ? "none" : null, "data-col": c}, v === null ? "—" : v));
        });
        var rules = el("td", {"class": "rule"});
        var seen = {};
        (fact.mentions || []).forEach(function (m) { if (!seen[m.rule]) { seen[m.rule] = 1; rules.appendChild(el("code", null, m.rule)); } });
        if (!(fact.mentions || []).length) rules.appendChild(el("span", {"class": "none"}, "—"));
        tr.appendChild(rules);
        var ms = el("td");
        (fact.mentions || []).forEach(function (m, k) {
          if (k) ms.appendChild(document.createTextNode(" "));
          var link = el("span", {"class": "mention-link", title: m.text}, m.start + "–" + m.end);
          link.addEventListener("click", function () {
            flash(document.querySelector('#text mark[data-type="' + type + '"][data-index="' + i + '"]'));
          });
          ms.appendChild(link);
        });
        tr.appendChild(ms);
        tr.appendChild(decideCell(a, type, i));
        tbody.appendChild(tr);
      });
      added.forEach(function (p) {
        var l = p[0], j = p[1];
        var tr = el("tr", {"class": "fact st-add", "data-type": type, "data-added": String(j)});
        COLUMNS[type].forEach(function (c) {
          var v = cellValue((l.fact || {})[c]);
          tr.appendChild(el("td", {"class": v === null ? "none" : null, "data-col": c}, v === null ? "—" : v));
        });
        tr.appendChild(el("td", {"class": "rule"}, "added by reviewer"));
        tr.appendChild(el("td", null, l.start == null ? "—" : l.start + "–" + l.end));
        var td = el("td", {"class": "decide"});
        var b = el("button", {type: "button", "class": "btn-remove", title: "remove this added fact"}, "remove");
        b.addEventListener("click", function () { decisions[a.id].added.splice(j, 1); changed(); renderArticle(true); });
        td.appendChild(b); tr.appendChild(td);
        tbody.appendChild(tr);
      });
      table.appendChild(tbody);
      sec.appendChild(table);
      main.appendChild(sec);
    });
  }
  function renderArticle(keepScroll) {
    var main = $("article");
    var scroll = main.scrollTop;
    var a = ARTICLES[state.selected];
    var frag = document.createDocumentFragment();
    var head = el("div", {"class": "art-head"});
    head.appendChild(el("h2", null, a.id));
    var meta = [];
    if (a.published) meta.push("published " + a.published);
    if (a.dateline) meta.push("dateline " + [a.dateline.name, a.dateline.country].filter(Boolean).join(", "));
    if (a.url) meta.push(a.url);
    meta.push(TYPES.map(function (t) { return countOf(a, t) + " " + t; }).join(" · "));
    head.appendChild(el("div", {"class": "meta"}, meta.join(" — ")));
    frag.appendChild(head);
    (a.notes || []).forEach(function (n) { frag.appendChild(el("div", {"class": "notes"}, n)); });
    if (a.error) frag.appendChild(el("div", {"class": "error-box", id: "error"}, "error: " + a.error));
    if (typeof a.text === "string") {
      var legend = el("div", {"class": "legend", role: "group", "aria-label": "Show highlights"});
      TYPES.forEach(function (t) {
        var b = el("button", {type: "button", "class": "chip t-" + t, "aria-pressed": String(!state.hidden[t])}, LABELS[t]);
        b.addEventListener("click", function () {
          state.hidden[t] = !state.hidden[t];
          b.setAttribute("aria-pressed", String(!state.hidden[t]));
          $("text").classList.toggle("hide-" + t, !!state.hidden[t]);
        });
        legend.appendChild(b);
      });
      frag.appendChild(legend);
      var textBox = el("div", {id: "text", "data-article": a.id});
      TYPES.forEach(function (t) { if (state.hidden[t]) textBox.classList.add("hide-" + t); });
      var bad = renderText(a, textBox);
      if (bad) frag.appendChild(el("div", {"class": "notes"}, bad + " mention(s) whose offsets do not match the text are not highlighted"));
      frag.appendChild(textBox);
      frag.appendChild(el("div", {"class": "kbd-help"}, "Select text to add a missed fact · click a highlight to find its row · j/k or ↑/↓ move between articles"));
      textBox.addEventListener("click", function (ev) {
        var m = ev.target.closest && ev.target.closest("mark.hl");
        if (!m || !window.getSelection().isCollapsed) return;
        var sel = m.getAttribute("data-added") !== null
          ? '#facts-' + m.getAttribute("data-type") + ' tr[data-added="' + m.getAttribute("data-added") + '"]'
          : '#facts-' + m.getAttribute("data-type") + ' tr[data-index="' + m.getAttribute("data-index") + '"]';
        flash(document.querySelector(sel));
      });
    }
    if (a.record) renderTables(a, frag);
    main.replaceChildren(frag);
    main.scrollTop = keepScroll ? scroll : 0;
    hideAddMenu();
  }

  // ---------------------------------------------------------------- adding a missed fact
  var pending = null;
  function offsetIn(container, node, offset) {
    var r = document.createRange();
    r.setStart(container, 0);
    r.setEnd(node, offset);
    return r.toString().length;
  }
  function hideAddMenu() { $("add-menu").hidden = true; pending = null; }
  function onSelect() {
    var sel = window.getSelection(), box = $("text");
    if (!box || !sel.rangeCount || sel.isCollapsed) { hideAddMenu(); return; }
    var range = sel.getRangeAt(0);
    if (!box.contains(range.startContainer) || !box.contains(range.endContainer)) { hideAddMenu(); return; }
    var a = ARTICLES[state.selected];
    var start = offsetIn(box, range.startContainer, range.startOffset);
    var end = offsetIn(box, range.endContainer, range.endOffset);
    while (start < end && /\s/.test(a.text.charAt(start))) start++;
    while (end > start && /\s/.test(a.text.charAt(end - 1))) end--;
    if (end <= start) { hideAddMenu(); return; }
    pending = {article: a.id, start: start, end: end, text: a.text.slice(start, end)};
    var menu = $("add-menu");
    var frag = document.createDocumentFragment();
    frag.appendChild(el("span", {"class": "sel", title: pending.text}, "add “" + pending.text + "” as"));
    TYPES.forEach(function (t) {
      var b = el("button", {type: "button", "class": "add-type t-" + t, "data-type": t}, LABELS[t]);
      b.addEventListener("mousedown", function (ev) { ev.preventDefault(); });
      b.addEventListener("click", function () { addFact(t); });
      frag.appendChild(b);
    });
    var cancel = el("button", {type: "button", "class": "add-cancel"}, "×");
    cancel.addEventListener("click", hideAddMenu);
    frag.appendChild(cancel);
    menu.replaceChildren(frag);
    var rect = range.getBoundingClientRect();
    menu.hidden = false;
    menu.style.left = Math.max(4, Math.min(window.innerWidth - menu.offsetWidth - 4, rect.left)) + "px";
    menu.style.top = Math.min(window.innerHeight - menu.offsetHeight - 4, rect.bottom + 6) + "px";
  }
  function newFact(type, text) {
    text = text.split(/\s+/).filter(Boolean).join(" ");
    var bare = /^the /i.test(text) ? text.slice(4) : text;
    switch (type) {
      case "officials": return {name: text, title: null, honorifics: [], country: null};
      case "instruments": return {name: bare, kind: "other", start: null, end: null};
      case "dates": return {text: text, start: null, end: null};
      case "venues": return {name: text, city: null, country: null};
      default: return {name: bare, acronym: null, ordinal: null, start: null, end: null, venue: null};
    }
  }
  function addFact(type) {
    if (!pending) return;
    var p = pending;
    decisionsFor(p.article).added.push({article: p.article, type: type, action: "add", fact: newFact(type, p.text),
                                        text: p.text, start: p.start, end: p.end});
    window.getSelection().removeAllRanges();
    hideAddMenu();
    changed();
    renderArticle(true);
  }


  // ---------------------------------------------------------------- calendar view
  // DATA.calendar: the run's events merged across articles (newsfacts events), by date.
  var CALENDAR = DATA.calendar || [];
  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"];
  function monthLabel(iso) {
    if (!iso) return "Undated";
    var parts = iso.split("-");
    return parts.length > 1 ? MONTHS[Number(parts[1]) - 1] + " " + parts[0] : parts[0];
  }
  function dateLabel(ev) {
    if (!ev.start) return "date not given";
    return ev.end && ev.end !== ev.start ? ev.start + " – " + ev.end : ev.start;
  }
  function placeLabel(p) { return p ? [p.name, p.city && p.city !== p.name ? p.city : null, p.country].filter(Boolean).join(", ") : ""; }
  function valuesLabel(v) {
    var out = [];
    if (v.ordinal != null) out.push("ordinal " + v.ordinal);
    if (v.acronym) out.push(v.acronym);
    if (v.start) out.push(v.end && v.end !== v.start ? v.start + " – " + v.end : v.start);
    if (v.venue) out.push(placeLabel(v.venue));
    return out.join(" · ") || "—";
  }
  function conflictValue(v) {
    if (v && typeof v === "object" && "start" in v) return v.end && v.end !== v.start ? v.start + " – " + v.end : v.start;
    if (v && typeof v === "object") return placeLabel(v);
    return String(v);
  }
  function calHaystack(ev) {
    return [ev.name, ev.acronym, ev.series, placeLabel(ev.venue), ev.start].concat(
      ev.sources.map(function (s) { return s.article + " " + s.name; })).join("\n").toLowerCase();
  }
  function openSource(src) {
    showView("articles");
    if (!(src.article in byId)) return;
    select(byId[src.article], true);
    var rows = document.querySelectorAll("#facts-events tr.fact");
    for (var i = 0; i < rows.length; i++) {
      var cell = rows[i].querySelector('td[data-col="name"]');
      if (cell && cell.textContent === src.name) { flash(rows[i]); break; }
    }
    if (src.mention) flash(document.querySelector('#text mark[data-type="events"]'));
  }
  function renderEvent(ev) {
    var card = el("article", {"class": "cal-event" + (ev.sources.length > 1 ? " merged" : ""), "data-event": ev.id});
    var head = el("div", {"class": "cal-head"});
    head.appendChild(el("span", {"class": "cal-date"}, dateLabel(ev)));
    head.appendChild(el("span", {"class": "cal-name"}, ev.name));
    if (ev.acronym) head.appendChild(el("span", {"class": "cal-chip"}, ev.acronym));
    if (ev.series) head.appendChild(el("span", {"class": "cal-chip series", title: "series"}, "series: " + ev.series));
    head.appendChild(el("span", {"class": "cal-chip n"}, ev.sources.length + (ev.sources.length > 1 ? " sources" : " source")));
    card.appendChild(head);
    var facts = [];
    if (ev.venue) facts.push("at " + placeLabel(ev.venue));
    if (ev.officials.length) facts.push("officials: " + ev.officials.join(", "));
    if (ev.instruments.length) facts.push("instruments: " + ev.instruments.join(", "));
    if (facts.length) card.appendChild(el("div", {"class": "cal-facts"}, facts.join(" · ")));
    ev.conflicts.forEach(function (c) {
      var box = el("div", {"class": "cal-conflict"});
      box.appendChild(el("strong", null, "conflict on " + c.field + ": "));
      box.appendChild(document.createTextNode(c.values.map(function (v) {
        return conflictValue(v.value) + " (" + v.articles.join(", ") + ")";
      }).join(" vs ") + " — kept " + conflictValue(c.kept)));
      card.appendChild(box);
    });
    var list = el("ul", {"class": "cal-sources"});
    ev.sources.forEach(function (src) {
      var li = el("li");
      var link = el("button", {type: "button", "class": "cal-source", "data-article": src.article,
                               title: "open " + src.article}, src.article);
      link.addEventListener("click", function () { openSource(src); });
      li.appendChild(link);
      li.appendChild(el("span", {"class": "cal-as"}, " “" + src.name + "” "));
      li.appendChild(el("span", {"class": "cal-values"}, valuesLabel(src.values)));
      if (src.url && /^https?:\/\//i.test(src.url)) li.appendChild(el("a", {href: src.url, rel: "noopener noreferrer", target: "_blank", "class": "cal-url"}, "↗"));
      list.appendChild(li);
    });
    card.appendChild(list);
    return card;
  }
  function renderCalendar() {
    var q = $("cal-search").value.trim().toLowerCase();
    var mergedOnly = $("cal-merged-only").checked, conflictsOnly = $("cal-conflicts-only").checked;
    var shown = CALENDAR.filter(function (ev) {
      if (mergedOnly && ev.sources.length < 2) return false;
      if (conflictsOnly && !ev.conflicts.length) return false;
      return !q || calHaystack(ev).indexOf(q) >= 0;
    });
    var frag = document.createDocumentFragment(), month = null;
    shown.forEach(function (ev) {
      var label = monthLabel(ev.start);
      if (label !== month) { month = label; frag.appendChild(el("h3", {"class": "cal-month"}, label)); }
      frag.appendChild(renderEvent(ev));
    });
    if (!shown.length) frag.appendChild(el("p", {"class": "empty"}, "No events."));
    $("cal-list").replaceChildren(frag);
    $("cal-count").textContent = shown.length + " of " + CALENDAR.length + " events";
  }
  function showView(view) {
    var cal = view === "calendar";
    $("layout").hidden = cal;
    $("calendar-view").hidden = !cal;
    $("tab-articles").setAttribute("aria-selected", String(!cal));
    $("tab-calendar").setAttribute("aria-selected", String(cal));
    document.body.setAttribute("data-view", view);
    if (cal) renderCalendar();
  }
  function initCalendar() {
    var merged = CALENDAR.filter(function (ev) { return ev.sources.length > 1; }).length;
    $("tab-calendar").textContent = "Calendar (" + CALENDAR.length + " events, " + merged + " merged)";
    $("tab-articles").addEventListener("click", function () { showView("articles"); });
    $("tab-calendar").addEventListener("click", function () { showView("calendar"); });
    var t = null;
    $("cal-search").addEventListener("input", function () { clearTimeout(t); t = setTimeout(renderCalendar, 150); });
    $("cal-merged-only").addEventListener("change", renderCalendar);
    $("cal-conflicts-only").addEventListener("change", renderCalendar);
  }

  // ---------------------------------------------------------------- wiring
  function summary() {
    var errors = 0, totals = {};
    TYPES.forEach(function (t) { totals[t] = 0; });
    ARTICLES.forEach(function (a) { if (a.error) errors++; TYPES.forEach(function (t) { totals[t] += countOf(a, t); }); });
    $("summary").textContent = ARTICLES.length + " articles · " + errors + " errors · " +
      TYPES.map(function (t) { return totals[t] + " " + t; }).join(" · ");
    var tf = $("type-filters");
    TYPES.forEach(function (t) {
      var b = el("button", {type: "button", "class": "chip t-" + t, "aria-pressed": "false", "data-type": t,
                            title: "only articles with " + t}, t + " " + totals[t]);
      b.addEventListener("click", function () {
        state.types[t] = !state.types[t];
        b.setAttribute("aria-pressed", String(!!state.types[t]));
        applyFilters();
      });
      tf.appendChild(b);
    });
  }
  function init() {
    summary();
    initCalendar();
    var qTimer = null;
    $("search").addEventListener("input", function (ev) {
      clearTimeout(qTimer);
      qTimer = setTimeout(function () { state.query = ev.target.value.trim(); applyFilters(); }, 150);
    });
    $("errors-only").addEventListener("change", function (ev) { state.errorsOnly = ev.target.checked; applyFilters(); });
    $("undecided-only").addEventListener("change", function (ev) { state.undecidedOnly = ev.target.checked; applyFilters(); });
    var ticking = false;
    $("list").addEventListener("scroll", function () {
      if (ticking) return;
      ticking = true;
      requestAnimationFrame(function () { ticking = false; renderList(); });
    });
    window.addEventListener("resize", renderList);
    $("list").addEventListener("click", function (ev) {
      var row = ev.target.closest(".row");
      if (row) select(Number(row.getAttribute("data-index")), false);
    });
    document.addEventListener("keydown", function (ev) {
      if (ev.target && /^(INPUT|TEXTAREA|SELECT)$/.test(ev.target.tagName)) return;
      if (ev.key === "ArrowDown" || ev.key === "j") { move(1); ev.preventDefault(); }
      else if (ev.key === "ArrowUp" || ev.key === "k") { move(-1); ev.preventDefault(); }
      else if (ev.key === "Escape") hideAddMenu();
    });
    document.addEventListener("mouseup", function (ev) {
      if (ev.target.closest && ev.target.closest("#add-menu")) return;
      setTimeout(onSelect, 0);
    });
    $("download").addEventListener("click", download);
    if (META.save_url) {
      var sv = $("save-server");
      sv.hidden = false;
      sv.addEventListener("click", saveToServer);
      $("save-status").textContent = "saving to " + (META.save_path || "server");
    }
    $("load-file").addEventListener("change", function (ev) {
      var file = ev.target.files && ev.target.files[0];
      if (!file) return;
      file.text().then(function (txt) {
        var lines = [];
        txt.split(/\r?\n/).forEach(function (s) { if (s.trim()) { try { lines.push(JSON.parse(s)); } catch (e) { lines.push(null); } } });
        var res = applyLines(lines);
        $("save-status").textContent = "loaded " + res.applied + " decisions" + (res.skipped ? ", skipped " + res.skipped : "");
        changed();
        if (state.selected >= 0) renderArticle(true);
      });
      ev.target.value = "";
    });
    window.addEventListener("beforeunload", function (ev) {
      if (dirty && !META.save_url) { ev.preventDefault(); ev.returnValue = ""; }
    });
    if (DATA.decisions && DATA.decisions.length) applyLines(DATA.decisions);
    $("decision-count").textContent = nAll() + " decisions";
    applyFilters();
    if (ARTICLES.length) select(state.filtered.length ? state.filtered[0] : 0, true);
    window.newsfactsReview = {decisionLines: decisionLines, decisionsJsonl: decisionsJsonl, select: function (id) { if (id in byId) select(byId[id], true); },
                              save: saveToServer, applyLines: applyLines, state: state,
                              showView: showView};
    document.documentElement.setAttribute("data-review-ready", "1");
  }
  init();
})();
