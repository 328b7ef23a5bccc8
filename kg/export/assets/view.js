/* newskg graph view: script switch, search, filters and the side panel.
   Every text from the graph goes into the page with textContent, never as markup. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var info = data.info, articles = data.articles, cut = data.cut;
  var lang = "zh-Hans", hiddenClasses = {}, scope = null, current = null;
  var byId = function (id) { return document.getElementById(id); };
  var status = byId("status"), panel = byId("panel");

  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var view = new vis.DataView(nodes, {
    filter: function (n) { return !hiddenClasses[info[n.id].c] && (scope === null || scope[n.id] === true); }
  });
  var network = new vis.Network(byId("network"), {nodes: view, edges: edges}, data.options);

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = text; }
    if (cls) { e.className = cls; }
    return e;
  }
  function name(id) { return info[id] ? info[id].l[lang] : id; }
  function short(text) { return text.length <= cut ? text : text.slice(0, cut - 1) + "\u2026"; }
  function safeUrl(url) { return /^https?:\/\/[^\s]+$/i.test(url || "") ? url : null; }

  /* labels in the reader's script */
  function relabel() {
    nodes.update(nodes.getIds().map(function (id) { return {id: id, label: short(name(id))}; }));
    if (current !== null) { show(current); }
  }
  byId("script").addEventListener("change", function (e) { lang = e.target.value; relabel(); });

  /* search: exact name, then a name that starts with the text, then one that holds it;
     among equals the most connected node */
  function find(text) {
    var q = (text || "").trim().toLowerCase();
    if (!q) { return null; }
    var best = null, bestKey = null;
    Object.keys(info).forEach(function (id) {
      var names = info[id].s, rank = 3;
      for (var i = 0; i < names.length; i++) {
        var n = names[i];
        if (n === q) { rank = 0; break; }
        if (rank > 1 && n.indexOf(q) === 0) { rank = 1; }
        else if (rank > 2 && n.indexOf(q) >= 0) { rank = 2; }
      }
      if (rank < 3) {
        var key = [rank, -info[id].d, id];
        if (bestKey === null || key[0] < bestKey[0] || (key[0] === bestKey[0] &&
            (key[1] < bestKey[1] || (key[1] === bestKey[1] && key[2] < bestKey[2])))) {
          best = id; bestKey = key;
        }
      }
    });
    return best;
  }
  function focus(id) {
    if (!view.get(id)) {  /* hidden by a filter: show everything again */
      hiddenClasses = {}; scope = null;
      Array.prototype.forEach.call(document.querySelectorAll("#legend input[data-class]"),
                                   function (b) { b.checked = true; });
      byId("outlet").value = ""; byId("article").value = "";
      view.refresh();
    }
    network.selectNodes([id]);
    network.focus(id, {scale: 1.4, animation: false});
    show(id);
  }
  function search() {
    var id = find(byId("search").value);
    status.textContent = id === null ? "no node matches \u201c" + byId("search").value + "\u201d" : "";
    if (id !== null) { focus(id); }
  }
  byId("search").addEventListener("keydown", function (e) { if (e.key === "Enter") { search(); } });
  byId("search").addEventListener("search", search);

  /* filters: classes (legend check boxes), one outlet's or one article's part of the graph */
  Array.prototype.forEach.call(document.querySelectorAll("#legend input[data-class]"), function (box) {
    box.addEventListener("change", function () {
      hiddenClasses[box.getAttribute("data-class")] = !box.checked;
      view.refresh();
    });
  });
  function fillSelect(select, items) {
    items.forEach(function (item) {
      var o = el("option", short(item[1]));
      o.value = item[0];
      select.appendChild(o);
    });
  }
  fillSelect(byId("outlet"), data.outlets.map(function (id) { return [id, name(id)]; }));
  fillSelect(byId("article"), Object.keys(articles).sort().map(function (id) { return [id, articles[id].t || id]; }));
  function scopeOf(articleIds, extra) {
    var s = {};
    articleIds.forEach(function (a) {
      s[a] = true;
      (info[a] ? info[a].n : []).forEach(function (o) { s[o] = true; });
    });
    extra.forEach(function (x) { s[x] = true; });
    return s;
  }
  byId("outlet").addEventListener("change", function (e) {
    var o = e.target.value;
    byId("article").value = "";
    scope = o ? scopeOf(Object.keys(articles).filter(function (a) { return articles[a].o === o; }), [o]) : null;
    view.refresh();
  });
  byId("article").addEventListener("change", function (e) {
    var a = e.target.value;
    byId("outlet").value = "";
    scope = a ? scopeOf([a], []) : null;
    view.refresh();
  });

  /* side panel: labels, class, Wikidata, statements, evidence sentences */
  function nodeLink(id) {
    var b = el("button", name(id), "link");
    b.type = "button";
    b.addEventListener("click", function () { focus(id); });
    return b;
  }
  function show(id) {
    var i = info[id];
    if (!i) { return; }
    current = id;
    panel.textContent = "";
    var close = el("button", "\u00d7", "close");
    close.type = "button";
    close.setAttribute("aria-label", "close");
    close.addEventListener("click", function () { panel.className = ""; current = null; });
    panel.appendChild(close);
    panel.appendChild(el("h2", name(id)));
    panel.appendChild(el("div", i.c, "cls"));
    var labels = el("ul");
    i.labels.forEach(function (pair) { labels.appendChild(el("li", pair[0] + ": " + pair[1])); });
    if (i.alt.length) { labels.appendChild(el("li", "also: " + i.alt.join(" / "))); }
    panel.appendChild(labels);
    if (i.q) {
      var wd = el("a", "Wikidata " + i.q);
      wd.setAttribute("href", "https://www.wikidata.org/wiki/" + i.q);  /* a link to follow, not a resource */
      wd.target = "_blank"; wd.rel = "noopener noreferrer";
      panel.appendChild(wd);
    }
    if (i.f.length) {
      panel.appendChild(el("h3", "Statements"));
      var facts = el("ul");
      i.f.forEach(function (f) {
        var li = el("li", (f[2] === "in" ? "\u2190 " : "") + f[0] + ": ");
        if (f[3]) { li.appendChild(nodeLink(f[1])); } else { li.appendChild(document.createTextNode(f[1])); }
        facts.appendChild(li);
      });
      panel.appendChild(facts);
    }
    if (i.e.length) {
      panel.appendChild(el("h3", "Evidence (" + i.e.length + ")"));
      i.e.forEach(function (ev) {
        panel.appendChild(el("blockquote", ev[1]));
        var a = articles[ev[2]] || {}, src = el("div", ev[0] + " \u2014 ", "source");
        var url = safeUrl(a.u);
        var title = a.t || ev[2];
        if (url) {
          var link = el("a", title);
          link.setAttribute("href", url); link.target = "_blank"; link.rel = "noopener noreferrer";
          src.appendChild(link);
        } else {
          src.appendChild(document.createTextNode(title));
        }
        if (a.o || a.d) { src.appendChild(document.createTextNode(" (" + [a.o ? name(a.o) : "", a.d || ""].filter(Boolean).join(", ") + ")")); }
        panel.appendChild(src);
      });
    }
    panel.className = "open";
  }
  network.on("click", function (p) { if (p.nodes.length) { show(p.nodes[0]); } });

  network.on("stabilizationProgress", function (p) {
    status.textContent = "layout " + Math.round(100 * p.iterations / p.total) + "%";
  });
  network.once("stabilizationIterationsDone", function () { status.textContent = ""; });
  network.once("afterDrawing", function () {
    window.kgFirstPaint = performance.now();
    document.body.setAttribute("data-painted", "1");
  });
  window.network = network;
  window.kg = {network: network, nodes: nodes, view: view, info: info, find: find, focus: focus, show: show};
})();
