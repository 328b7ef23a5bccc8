"""Interactive network view of the knowledge graph: ``graph.html``.

The page is built with pyvis (``pyvis.network.Network`` assembles the vis-network
node and edge records) and rendered with our template ``assets/page.html``
around the vis-network 9.1.2 script and stylesheet that the pyvis wheel ships,
plus ``assets/view.js`` / ``assets/view.css``: the script switch (zh-Hans,
zh-Hant, en), search by any name, class / outlet / article filters (a
``vis.DataView``) and the side panel (labels, class, Wikidata, statements,
evidence sentences with their articles; data from :func:`_details`). All are
inlined, so the page works opened from ``file://`` with no network: it has no
``src=``/``href=`` pointing at ``http(s)://`` (pyvis' own template links
Bootstrap from a CDN even with ``cdn_resources='in_line'``, and switches tooltips
to ``innerHTML`` when a title contains "href"; neither is used here).

Safety: every label and hover text is plain text. The graph data is embedded as
JSON inside ``<script type="application/json">`` with ``<``, ``>``, ``&`` and
``=`` written as ``\\uXXXX`` escapes, so no text from the graph can close the
script element or form a tag or attribute in the page; vis-network 9.x draws
labels on a canvas and shows a string ``title`` with ``innerText`` (checked in
the shipped ``vis-network.min.js``: ``Popup.setText`` uses ``innerText`` unless the
title is a DOM Element), so a headline such as ``<script>alert(1)</script>`` is
shown literally and never runs. ``view.js`` writes graph text only with
``textContent`` and sets a link only for an ``http(s)`` URL or a ``Q``-id.
The page title and the legend are HTML-escaped. ``tests/test_browser.py``
checks all this in headless Chromium.

Determinism: nodes and edges are sorted by IRI, JSON keys are sorted, the
vis-network layout uses a fixed ``randomSeed`` and the Python layout a fixed
seed; the page has no timestamp. The same graph gives a byte-identical file.
"""
from __future__ import annotations

import functools
import html
import importlib.resources
import json
import math
import re
import string
from collections import defaultdict
from pathlib import Path
from typing import Iterable

import networkx as nx
from pyvis.network import Network
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg.export.atomic import write_atomic_with
from kg.graph.vocab import NKG as VOCAB

NKG = str(VOCAB._NS)

#: Graphs with more nodes than this get a static layout computed in Python
#: (physics off in the browser); smaller ones use vis-network's Barnes-Hut.
LARGE_GRAPH = 1000
#: Seed for vis-network's initial layout and for the Python spring layout.
LAYOUT_SEED = 42
#: Headlines of mentioning articles listed in a node's hover text.
MAX_MENTION_LINES = 10
#: Longest label drawn under a node (the full text is in the hover text).
MAX_LABEL_CHARS = 28
#: Above this many nodes the view keeps the most connected ones and says how
#: many it left out (a browser stays responsive up to about this size).
MAX_NODES = 5000
#: Evidence sentences listed per node in the side panel.
MAX_EVIDENCE = 40

_VIS_DIR = "vis-9.1.2"

# Display classes: (local name, shape, colour). The order is the priority used
# when a node has several types: the first listed wins (most specific first).
_EVENT_KINDS = [
    ("Summit", "#7B3294"), ("StateVisit", "#5E3C99"), ("Visit", "#9467BD"),
    ("Meeting", "#C2A5CF"), ("Talks", "#A05195"), ("Conference", "#8E6C8A"),
    ("Signing", "#E377C2"), ("Ceremony", "#D4A6C8"),
]
_AGREEMENT_KINDS = [
    ("Treaty", "#B8860B"), ("JointStatement", "#D4A017"), ("Declaration", "#F1CE63"),
    ("Communique", "#F4A261"), ("ActionPlan", "#FFBE0B"), ("Memorandum", "#C9A227"),
    ("Initiative", "#E9C46A"), ("Accord", "#DDA15E"),
]
_CLASSES: list[tuple[str, str, str]] = (
    [("Article", "square", "#4E79A7"), ("Outlet", "triangleDown", "#9C755F"),
     ("Country", "hexagon", "#59A14F")]
    + [(name, "star", colour) for name, colour in _EVENT_KINDS]
    + [(name, "diamond", colour) for name, colour in _AGREEMENT_KINDS]
    + [("Event", "star", "#B07AA1"), ("Agreement", "diamond", "#EDC948"),
       ("Post", "ellipse", "#76B7B2"), ("Person", "dot", "#E15759"),
       ("Organization", "triangle", "#F28E2B"), ("Place", "hexagon", "#8CD17D")]
)
_STYLE = {name: (shape, colour) for name, shape, colour in _CLASSES}
_RANK = {name: i for i, (name, _, _) in enumerate(_CLASSES)}

_LANG_ORDER = ("zh-hans", "zh-hant", "en")
_LANG_NAME = {"zh-hans": "zh-Hans", "zh-hant": "zh-Hant", "en": "en"}

#: Literal properties not listed as statements (shown elsewhere in the panel).
_NOT_FACTS = {VOCAB.headline, VOCAB.paragraphCount}


def write_html(graph: Graph, path: Path, title: str = "newskg") -> dict:
    """Write the interactive network view of ``graph`` to ``path``.

    Input: an rdflib graph in the newskg contract shape (namespace
    ``nkg: <https://w3id.org/newskg/ontology#>``). A node is drawn when it is an
    IRI whose ``rdf:type`` is one of the nkg display classes (Article, Outlet,
    Person, Organization, Place, Country, Event and its kinds, Agreement and its
    kinds, Post), or an nkg class the graph declares ``rdfs:subClassOf`` one of
    those; its display class is the most specific type (Outlet over
    Organization, Country over Place, a kind over Event/Agreement). An edge is
    drawn for every triple whose predicate is in the nkg namespace and whose
    subject and object are both drawn nodes (one edge per triple, labelled with
    the property's local name). Literals, ``rdf:type``, ``owl:sameAs``, blank
    nodes, untyped nodes (evidence annotations, ontology terms) are not drawn.

    Node label: the ``rdfs:label`` in zh-Hans, else zh-Hant, else en, else any
    other label, else the ``nkg:headline``, else the IRI's last segment (cut to
    28 characters). Hover text, plain text lines: labels per script, altLabels,
    class, Wikidata Q-id, article metadata, and for other nodes the headlines of
    up to 10 articles that ``nkg:mentions``/``nkg:reports`` it.

    Output: one self-contained UTF-8 HTML file (vis-network JS/CSS inlined, no
    external resources), written atomically; the same graph always gives the
    same bytes. Units: node ``size`` is in CSS pixels and grows with the log of
    the node's degree (networkx, all drawn edges); for graphs over
    ``LARGE_GRAPH`` (1000) nodes physics is off and node ``x``/``y`` are integer
    pixel positions from networkx ``spring_layout(seed=42)`` (or, without SciPy,
    which networkx needs from 500 nodes on, a seeded NumPy Fruchterman-Reingold),
    spread over about ``40 * sqrt(nodes)`` pixels; smaller graphs are laid out
    in the browser by Barnes-Hut with stabilization and ``randomSeed`` 42.

    Args:
        graph: the knowledge graph.
        path: the file to write (its directory must exist).
        title: page title and legend heading (plain text).

    Returns:
        ``{"nodes": int, "edges": int}``: the number of nodes and edges drawn.

    Raises:
        OSError: the target directory is missing or not writable (any previous
            file at ``path`` is left unchanged).
    """
    nodes, edges = collect_network(graph)
    nodes, edges, omitted = _cap(nodes, edges, MAX_NODES)

    net = _Network(directed=True, cdn_resources="in_line")
    multigraph = nx.MultiDiGraph()
    multigraph.add_nodes_from(node.iri for node in nodes)
    multigraph.add_edges_from((s, o) for s, _, o in edges)
    large = len(nodes) > LARGE_GRAPH
    positions = _layout(multigraph) if large else {}

    labels = {node.iri: node.label for node in nodes}
    for node in nodes:
        extra = {}
        if large:
            extra["x"], extra["y"] = positions[node.iri]
        shape, colour = node.style
        net.add_node(
            node.iri, label=_cut(node.label), shape=shape, color=colour,
            title=node.title, size=_size(multigraph.degree(node.iri)),
            **extra,
        )
    parallel: dict[tuple[str, str], int] = defaultdict(int)
    for i, (s, p, o) in enumerate(edges):
        name = _local(p)
        pair = (s, o) if s <= o else (o, s)
        k = parallel[pair]
        parallel[pair] += 1
        extra = {}
        if k:  # bend parallel edges apart so that each label can be read
            extra["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": 0.15 * k}
        net.add_edge(
            s, o, id=f"e{i}", label=name,
            title=f"{name}\n{labels[s]} \u2192 {labels[o]}", **extra,
        )

    details = _details(graph, nodes, edges, multigraph)
    head, data, tail = _page(net.nodes, net.edges, _options(large), nodes, len(edges), title, details, omitted)
    write_atomic_with(path, lambda fh: _write_page(fh, head, data, tail))
    return {"nodes": len(nodes), "edges": len(edges)}


def _cap(nodes: list["_Node"], edges: list[tuple[str, str, str]], limit: int):
    """Keep the ``limit`` most connected nodes (ties by IRI) and the edges
    between them. Returns ``(nodes, edges, number of nodes left out)``."""
    if len(nodes) <= limit:
        return nodes, edges, 0
    degree: dict[str, int] = defaultdict(int)
    for s, _, o in edges:
        degree[s] += 1
        degree[o] += 1
    keep = {n.iri for n in sorted(nodes, key=lambda n: (-degree[n.iri], n.iri))[:limit]}
    return ([n for n in nodes if n.iri in keep], [e for e in edges if e[0] in keep and e[2] in keep],
            len(nodes) - limit)


def _details(graph: Graph, nodes: list["_Node"], edges, multigraph) -> dict:
    """What the page's script switch, search, filters and side panel need.

    Returns ``{"info": {iri: {...}}, "articles": {iri: {...}}, "outlets": [iri]}``:
    per node ``c`` display class, ``l`` label per script (zh-Hans, zh-Hant, en;
    each falls back to the others), ``labels`` [language tag, label] pairs,
    ``alt`` altLabels, ``s`` lower-cased names for search, ``d`` degree, ``q``
    Wikidata Q-id or None, ``f`` statements [property, value, "out"/"in", value
    is a node], ``e`` evidence [property: value, quote, article IRI] (at most
    ``MAX_EVIDENCE``, by article and offset), ``n`` nodes an article links to;
    per article ``t`` headline, ``u`` URL, ``d`` publication date, ``o`` outlet.
    """
    drawn = {n.iri: n for n in nodes}
    out_edges: dict[str, list] = defaultdict(list)
    in_edges: dict[str, list] = defaultdict(list)
    for s, p, o in edges:
        out_edges[s].append((_local(p), o))
        in_edges[o].append((_local(p), s))
    info, articles, outlets = {}, {}, set()
    for node in nodes:
        subject = URIRef(node.iri)
        by_lang = _by_lang(graph.objects(subject, RDFS.label))
        alts = sorted({str(a) for a in graph.objects(subject, SKOS.altLabel) if isinstance(a, Literal)})
        facts = [[p, o, "out", True] for p, o in sorted(out_edges[node.iri])]
        facts += [[p, s, "in", True] for p, s in sorted(in_edges[node.iri])]
        for p, o in sorted(graph.predicate_objects(subject), key=lambda po: (str(po[0]), str(po[1]))):
            if isinstance(o, Literal) and str(p).startswith(NKG) and p not in _NOT_FACTS:
                facts.append([_local(p), str(o), "out", False])
        qids = [q for q, _ in _wikidata(graph, subject) if re.fullmatch(r"Q\d+", q)]
        names = {node.label} | {v for vs in by_lang.values() for v in vs} | set(alts)
        info[node.iri] = {
            "c": node.cls, "l": _script_labels(by_lang, node.label),
            "labels": [[_LANG_NAME.get(lang, lang or "und"), v] for lang in sorted(by_lang) for v in by_lang[lang]],
            "alt": alts, "s": sorted({n.lower() for n in names}), "d": multigraph.degree(node.iri),
            "q": qids[0] if qids else None, "f": facts, "e": _evidence(graph, subject, drawn),
            "n": sorted({o for _, o in out_edges[node.iri]}) if node.cls == "Article" else [],
        }
        if node.cls == "Article":
            publisher = sorted(str(o) for o in graph.objects(subject, VOCAB.publisher) if str(o) in drawn)
            articles[node.iri] = {
                "t": _headline(graph, subject) or node.label,
                "u": min((str(u) for u in graph.objects(subject, VOCAB.url)), default=None),
                "d": min((str(d)[:10] for d in graph.objects(subject, VOCAB.datePublished)), default=None),
                "o": publisher[0] if publisher else None,
            }
            outlets.update(publisher)
    return {"info": info, "articles": articles,
            "outlets": sorted(outlets, key=lambda o: (info[o]["l"]["zh-Hans"], o))}


def _script_labels(by_lang: dict[str, list[str]], default: str) -> dict[str, str]:
    """The label to draw in each script: its own, else zh-Hans, zh-Hant, en, any, ``default``."""
    out = {}
    for want, order in (("zh-Hans", ("zh-hans", "zh-hant", "en")), ("zh-Hant", ("zh-hant", "zh-hans", "en")),
                        ("en", ("en", "zh-hans", "zh-hant"))):
        pick = next((by_lang[lang][0] for lang in order if by_lang.get(lang)), None)
        out[want] = pick or _pick(by_lang) or default
    return out


def _evidence(graph: Graph, subject: URIRef, drawn: dict) -> list[list[str]]:
    """[``property: value``, quote, article IRI] of each nkg:evidence of ``subject``,
    by article and begin offset, at most ``MAX_EVIDENCE``."""
    rows = []
    for ev in graph.objects(subject, VOCAB.evidence):
        quote = next((str(q) for q in graph.objects(ev, VOCAB.quote)), None)
        article = next((str(a) for a in graph.objects(ev, VOCAB.inArticle)), "")
        if quote is None:
            continue
        prop = next((_local(p) for p in graph.objects(ev, VOCAB.aboutProperty)), "")
        value = next(iter(graph.objects(ev, VOCAB.aboutValue)), None)
        if isinstance(value, URIRef):
            shown = drawn[str(value)].label if str(value) in drawn else _local(value)
        else:
            shown = str(value) if value is not None else ""
        begin = next((int(b) for b in graph.objects(ev, VOCAB.beginIndex)), 0)
        rows.append((article, begin, f"{prop}: {shown}" if shown else prop, quote))
    rows.sort()
    return [[about, quote, article] for article, _, about, quote in rows[:MAX_EVIDENCE]]


class _Network(Network):
    """pyvis Network whose node-id list answers ``in`` from a set.

    pyvis checks ``n_id in self.node_ids`` for every node and both ends of
    every edge; on a list that is quadratic in the size of the graph.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.node_ids = _IdList(self.node_ids)

    def get_nodes(self):
        return self.node_ids


class _IdList(list):
    def __init__(self, items=()):
        super().__init__(items)
        self._set = set(self)

    def append(self, item):
        super().append(item)
        self._set.add(item)

    def __contains__(self, item):
        return item in self._set


class _Node:
    """A drawable node; its hover text is made on first use (only drawn nodes need one: a large
    graph keeps ``MAX_NODES`` of its nodes)."""

    __slots__ = ("iri", "cls", "rank", "style", "label", "_title", "_make_title")

    def __init__(self, iri, cls, rank, style, label, make_title):
        self.iri, self.cls, self.rank, self.style = iri, cls, rank, style
        self.label, self._title, self._make_title = label, None, make_title

    @property
    def title(self) -> str:
        """The hover text (plain text lines; see :func:`write_html`)."""
        if self._title is None:
            self._title = self._make_title()
        return self._title


def collect_network(graph: Graph) -> tuple[list[_Node], list[tuple[str, str, str]]]:
    """The network the view draws: typed nodes (``_Node``: ``iri``, ``cls`` display
    class, ``label``…; sorted by IRI) and nkg edges between them as sorted
    ``(subject IRI, property IRI, object IRI)`` triples (see :func:`write_html`)."""
    classes = _display_classes(graph)
    best: dict[URIRef, tuple[str, str]] = {}
    for subject, cls in graph.subject_objects(RDF.type):
        if isinstance(subject, URIRef) and cls in classes:
            old = best.get(subject)
            if old is None or _rank(*classes[cls]) < _rank(*old):
                best[subject] = classes[cls]
    typed = {subject: name for subject, (name, _) in best.items()}
    articles = {subject for subject, (_, base) in best.items() if base == "Article"}

    edges: set[tuple[str, str, str]] = set()
    mentioned_by: dict[URIRef, set[URIRef]] = defaultdict(set)
    # a view of the build's store gives a subject's IRI objects without converting its literals
    iri_objects = getattr(graph, "iri_objects", None) or graph.predicate_objects
    for subject in typed:
        for p, o in iri_objects(subject):
            if isinstance(o, URIRef) and o in typed and str(p).startswith(NKG):
                edges.add((str(subject), str(p), str(o)))
                if p in (VOCAB.mentions, VOCAB.reports) and subject in articles:
                    mentioned_by[o].add(subject)

    headlines = {s: _headline(graph, s) for s in articles}
    nodes = []
    for subject in sorted(typed, key=str):
        cls = typed[subject]
        label = _best_label(graph, subject) or headlines.get(subject) or _local(subject)
        nodes.append(_Node(str(subject), cls, _rank(*best[subject]), _STYLE[best[subject][1]], label,
                           functools.partial(_title, graph, subject, cls, subject in articles, label, headlines,
                                             mentioned_by, typed)))
    return nodes, sorted(edges)


def _display_classes(graph: Graph) -> dict[URIRef, tuple[str, str]]:
    """Map each drawable class IRI to (display name, known base class name).

    The known nkg classes are their own base. An nkg class that the graph
    declares (transitively) ``rdfs:subClassOf`` a known class (an ontology-added
    event kind, say) displays under its own name with the shape and colour of
    its most specific known ancestor, and ranks just above it.
    """
    classes = {URIRef(NKG + name): (name, name) for name in _STYLE}
    for cls in sorted(set(graph.subjects(RDFS.subClassOf, None)), key=str):
        if isinstance(cls, URIRef) and str(cls).startswith(NKG) and cls not in classes:
            base = _known_ancestor(graph, cls)
            if base is not None:
                classes[cls] = (_local(cls), base)
    return classes


def _known_ancestor(graph: Graph, cls: URIRef) -> str | None:
    seen, todo, found = {cls}, [cls], []
    while todo:
        current = todo.pop()
        for parent in graph.objects(current, RDFS.subClassOf):
            name = str(parent)[len(NKG):] if str(parent).startswith(NKG) else None
            if name in _STYLE:
                found.append(name)
            elif isinstance(parent, URIRef) and parent not in seen:
                seen.add(parent)
                todo.append(parent)
    return min(found, key=_RANK.__getitem__) if found else None


def _rank(name: str, base: str) -> tuple[float, str]:
    """Sort key of a display class: most specific first (a kind above its base)."""
    return (_RANK[base] - (0.5 if name != base else 0.0), name)


def _by_lang(literals: Iterable) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for lit in literals:
        if isinstance(lit, Literal):
            out[(lit.language or "").lower()].append(str(lit))
    return {lang: sorted(set(values)) for lang, values in out.items()}


def _pick(by_lang: dict[str, list[str]]) -> str | None:
    for lang in _LANG_ORDER:
        if by_lang.get(lang):
            return by_lang[lang][0]
    for lang in sorted(by_lang):
        if by_lang[lang]:
            return by_lang[lang][0]
    return None


def _best_label(graph: Graph, node: URIRef) -> str | None:
    return _pick(_by_lang(graph.objects(node, RDFS.label)))


def _headline(graph: Graph, node: URIRef) -> str | None:
    return _pick(_by_lang(graph.objects(node, VOCAB.headline)))


def _lang_lines(prefix: str, by_lang: dict[str, list[str]]) -> list[str]:
    order = [lang for lang in _LANG_ORDER if lang in by_lang]
    order += sorted(lang for lang in by_lang if lang not in _LANG_ORDER)
    lines = []
    for lang in order:
        tag = _LANG_NAME.get(lang, lang or "no language")
        for value in by_lang[lang]:
            lines.append(f"{prefix}{tag}: {value}" if prefix or tag else value)
    return lines


def _title(graph, subject, cls, is_article, label, headlines, mentioned_by, typed) -> str:
    """Plain-text hover text, one fact per line."""
    lines = [label, f"class: {cls}"]
    lines += _lang_lines("", _by_lang(graph.objects(subject, RDFS.label)))
    alts = sorted({str(a) for a in graph.objects(subject, SKOS.altLabel) if isinstance(a, Literal)})
    if alts:
        lines.append("alt: " + " / ".join(alts))
    if is_article:
        lines += _lang_lines("headline ", _by_lang(graph.objects(subject, VOCAB.headline)))
        for prop, name in ((VOCAB.datePublished, "date"), (VOCAB.url, "url")):
            lines += [f"{name}: {v}" for v in sorted({str(v) for v in graph.objects(subject, prop)})]
        for outlet in sorted({o for o in graph.objects(subject, VOCAB.publisher) if o in typed}, key=str):
            lines.append(f"publisher: {_best_label(graph, outlet) or _local(outlet)}")
    for qid, link in _wikidata(graph, subject):
        lines.append(f"Wikidata: {qid} ({link})")
    if not is_article and mentioned_by.get(subject):
        articles = sorted(mentioned_by[subject], key=str)
        lines.append(f"mentioned in {len(articles)} article(s):")
        for article in articles[:MAX_MENTION_LINES]:
            lines.append("\u2022 " + (headlines.get(article) or _best_label(graph, article) or _local(article)))
        if len(articles) > MAX_MENTION_LINES:
            lines.append(f"\u2026 and {len(articles) - MAX_MENTION_LINES} more")
    lines.append(str(subject))
    return "\n".join(lines)


def _wikidata(graph: Graph, subject: URIRef) -> list[tuple[str, str]]:
    out = set()
    for same in graph.objects(subject, OWL.sameAs):
        text = str(same)
        if "wikidata.org/" in text:
            qid = text.rstrip("/").rsplit("/", 1)[-1]
            out.add((qid, text))
    return sorted(out)


def _local(iri) -> str:
    text = str(iri).rstrip("/#")
    for sep in ("#", "/"):
        if sep in text:
            text = text.rsplit(sep, 1)[-1]
    return text or str(iri)


def _cut(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_LABEL_CHARS else text[: MAX_LABEL_CHARS - 1] + "\u2026"


def _size(degree: int) -> int:
    """Node size in pixels: 10 for an isolated node, growing with log2(degree)."""
    return min(70, 10 + round(6 * math.log2(1 + degree)))


def _options(large: bool) -> dict:
    options = {
        "layout": {"randomSeed": LAYOUT_SEED, "improvedLayout": not large},
        "nodes": {"font": {"size": 14}, "borderWidth": 1},
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "color": {"color": "#A0A0A0", "highlight": "#333333", "hover": "#555555"},
            "font": {"size": 10, "align": "middle", "color": "#555555"},
            "smooth": {"enabled": not large, "type": "dynamic"},
            "width": 1,
        },
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": large,
                        "keyboard": {"enabled": True, "bindToWindow": False}},
    }
    if large:
        options["physics"] = {"enabled": False}
    else:
        options["physics"] = {
            "enabled": True,
            "solver": "barnesHut",
            "barnesHut": {"gravitationalConstant": -6000, "centralGravity": 0.2,
                          "springLength": 140, "springConstant": 0.04,
                          "damping": 0.25, "avoidOverlap": 0.2},
            "stabilization": {"enabled": True, "iterations": 200, "updateInterval": 25,
                              "fit": True},
        }
    return options


# --- layout for large graphs ---------------------------------------------------

def _layout(multigraph: nx.MultiDiGraph) -> dict[str, tuple[int, int]]:
    """Pixel positions from a seeded spring layout; spread grows with sqrt(n)."""
    simple = nx.Graph()
    simple.add_nodes_from(multigraph.nodes)
    simple.add_edges_from((u, v) for u, v in multigraph.edges() if u != v)
    try:
        pos = nx.spring_layout(simple, seed=LAYOUT_SEED, iterations=50)
    except ImportError:  # networkx needs SciPy from 500 nodes on
        pos = _numpy_spring(simple, seed=LAYOUT_SEED)
    scale = 40.0 * math.sqrt(len(simple))
    return {n: (int(round(float(x) * scale)), int(round(float(y) * scale))) for n, (x, y) in pos.items()}


def _numpy_spring(g: nx.Graph, seed: int, iterations: int = 60) -> dict:
    """Fruchterman-Reingold with NumPy only (used when SciPy is missing).

    Repulsion is estimated each step from a seeded random sample of at most 256
    nodes (scaled up to all of them), so a step costs O(n * 256 + edges).
    Returns positions rescaled to [-1, 1] like ``nx.spring_layout``.
    """
    import numpy as np

    order = list(g.nodes)
    n = len(order)
    index = {node: i for i, node in enumerate(order)}
    rng = np.random.default_rng(seed)
    pos = rng.random((n, 2))
    pairs = np.array([(index[u], index[v]) for u, v in g.edges()], dtype=np.int64).reshape(-1, 2)
    eu, ev = pairs[:, 0], pairs[:, 1]
    k = math.sqrt(1.0 / n)
    sample_size = min(n, 192)
    temperature = 0.1
    cooling = temperature / (iterations + 1)
    disp = np.empty_like(pos)
    for _ in range(iterations):
        sample = pos[rng.choice(n, sample_size, replace=False)]
        for start in range(0, n, 8192):
            block = pos[start:start + 8192]
            dx = block[:, :1] - sample[:, 0]
            dy = block[:, 1:] - sample[:, 1]
            inv = 1.0 / np.maximum(dx * dx + dy * dy, 1e-6)
            disp[start:start + 8192, 0] = (dx * inv).sum(axis=1)
            disp[start:start + 8192, 1] = (dy * inv).sum(axis=1)
        disp *= k * k * n / sample_size
        delta = pos[eu] - pos[ev]
        pull = delta * (np.hypot(delta[:, 0], delta[:, 1]) / k)[:, None]
        for axis in (0, 1):
            disp[:, axis] -= np.bincount(eu, pull[:, axis], minlength=n)
            disp[:, axis] += np.bincount(ev, pull[:, axis], minlength=n)
        disp -= (pos - pos.mean(axis=0)) * (0.5 * n * k)  # gravity keeps components together
        length = np.maximum(np.hypot(disp[:, 0], disp[:, 1]), 0.01)
        pos += disp * (np.minimum(length, temperature) / length)[:, None]
        temperature -= cooling
    pos = nx.rescale_layout(pos - pos.mean(axis=0))
    return dict(zip(order, pos))


# --- page ------------------------------------------------------------------------

@functools.lru_cache(maxsize=None)
def _vis_assets() -> tuple[str, str]:
    """The vis-network JS and CSS shipped in the pyvis wheel, safe to inline."""
    lib = importlib.resources.files("pyvis").joinpath("templates", "lib", _VIS_DIR)
    js = lib.joinpath("vis-network.min.js").read_text(encoding="utf-8")
    css = lib.joinpath("vis-network.css").read_text(encoding="utf-8")
    # An end tag inside the inlined code would close the element early.
    js = js.replace("</script", "<\\/script").replace("</SCRIPT", "<\\/SCRIPT")
    css = css.replace("</style", "<\\/style").replace("</STYLE", "<\\/STYLE")
    return js, css


_JSON_ESCAPES = (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("=", "\\u003d"),
                 ("\u2028", "\\u2028"), ("\u2029", "\\u2029"))


def _json_chunks(value):
    """JSON that cannot form markup inside a script element (see module doc), in pieces for
    streaming: every escape replaces one character, so it can be applied piece by piece."""
    encoder = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for chunk in encoder.iterencode(value):
        for char, escape in _JSON_ESCAPES:
            if char in chunk:
                chunk = chunk.replace(char, escape)
        yield chunk


def _write_page(fh, head: str, data, tail: str, batch: int = 4096) -> None:
    """The page to the binary file ``fh``: ``head``, the graph data as JSON, ``tail``, encoded
    as it goes (no copy of the whole page is held: on the 5,000-file corpus it is 58 MB)."""
    fh.write(head.encode("utf-8"))
    parts: list[str] = []
    for chunk in _json_chunks(data):
        parts.append(chunk)
        if len(parts) >= batch:
            fh.write("".join(parts).encode("utf-8"))
            parts.clear()
    fh.write("".join(parts).encode("utf-8"))
    fh.write(tail.encode("utf-8"))


def _text(value: str) -> str:
    """HTML-escape text for an element's content or attribute."""
    return html.escape(value, quote=True).replace("=", "&#61;")


_SVG_SHAPES = {
    "dot": '<circle cx="8" cy="8" r="6"/>',
    "square": '<rect x="2" y="2" width="12" height="12"/>',
    "diamond": '<polygon points="8,1 15,8 8,15 1,8"/>',
    "triangle": '<polygon points="8,2 15,14 1,14"/>',
    "triangleDown": '<polygon points="1,2 15,2 8,14"/>',
    "star": '<polygon points="8,1 9.9,6 15,6 10.9,9.2 12.4,14.5 8,11.4 3.6,14.5 5.1,9.2 1,6 6.1,6"/>',
    "hexagon": '<polygon points="4,1.5 12,1.5 15.5,8 12,14.5 4,14.5 0.5,8"/>',
    "ellipse": '<ellipse cx="8" cy="8" rx="7" ry="4.5"/>',
}


def _legend(nodes: list[_Node]) -> str:
    counts: dict[str, int] = defaultdict(int)
    styles: dict[str, tuple[str, str]] = {}
    ranks: dict[str, tuple[float, str]] = {}
    for node in nodes:
        counts[node.cls] += 1
        styles[node.cls], ranks[node.cls] = node.style, node.rank
    rows = []
    for cls in sorted(counts, key=ranks.__getitem__):
        shape, colour = styles[cls]
        rows.append(
            f'<li><label><input type="checkbox" data-class="{_text(cls)}" checked> '
            f'<svg width="16" height="16" viewBox="0 0 16 16" fill="{_text(colour)}" '
            f'stroke="#555" stroke-width="0.6" aria-hidden="true">{_SVG_SHAPES[shape]}</svg> '
            f'{_text(cls)} <span class="n">{counts[cls]}</span></label></li>'
        )
    return "\n".join(rows)


def _asset(name: str) -> str:
    return importlib.resources.files("kg.export").joinpath("assets", name).read_text(encoding="utf-8")


_DATA_MARK = "\x00graph data\x00"   # where the JSON goes in the page template


def _page(vis_nodes, vis_edges, options, nodes, n_edges, title, details, omitted) -> tuple[str, dict, str]:
    """The page: ``assets/page.html`` with vis-network, ``assets/view.css`` and
    ``assets/view.js`` inlined and the graph data as escaped JSON, as ``(text before the
    data, the data, text after)`` (:func:`_write_page` writes them)."""
    js, css = _vis_assets()
    data = {"nodes": vis_nodes, "edges": vis_edges, "options": options, "cut": MAX_LABEL_CHARS, **details}
    note = (f"showing the {len(nodes):,} most connected nodes; {omitted:,} left out" if omitted else "")
    head, _, tail = string.Template(_asset("page.html")).substitute(
        title=_text(title), vis_css=css, vis_js=js, view_css=_asset("view.css"), view_js=_asset("view.js"),
        n_nodes=f"{len(nodes):,}", n_edges=f"{n_edges:,}", omitted=_text(note),
        legend=_legend(nodes), data=_DATA_MARK,
    ).partition(_DATA_MARK)
    return head, data, tail
