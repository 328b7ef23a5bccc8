"""Interactive network view of the knowledge graph: ``graph.html``.

The page is our template ``assets/page.html`` around the vis-network 9.1.2
script and stylesheet that the pyvis wheel ships (its node and edge records are
the ones ``pyvis.network.Network`` assembles, made here directly), plus ``assets/view.js`` / ``assets/view.css``: the script switch (zh-Hans,
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

Reading: the graph is read once as plain Python values (an IRI a ``str``, a
literal ``(text, language)``; see :func:`kg.graph.store.plain`), never as rdflib
terms when it is the build's :class:`kg.graph.store.UnionView`: the sorted lines of
each node of a display class (every statement of it) and of each evidence annotation
of a drawn node, found by bisection and parsed by pyoxigraph; an rdflib ``Graph`` (``kg view``) is read through
:class:`_RdflibSource` to the same values. The cyclic garbage collector is paused
while the page is made (:func:`kg.memory.gc_paused`). In ``kg build`` of the 5,000-file
corpus (885,829 triples) the view takes 8.5 s and no memory beyond the graph's lines
(it was 21.4 s through rdflib, then 4.3 s to load a pyoxigraph store of 140 MB and 7.4 s).

Determinism: nodes and edges are sorted by IRI, JSON keys are sorted, the
vis-network layout uses a fixed ``randomSeed`` and the Python layout a fixed
seed; the page has no timestamp. The same graph gives a byte-identical file.
"""
from __future__ import annotations

import functools
import html
import importlib.resources
import importlib.util
import itertools
import json
import math
import re
import string
from collections import defaultdict
from pathlib import Path
from typing import Iterable, Iterator

import networkx as nx
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg.export.atomic import write_atomic_with
from kg.memory import gc_paused
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

# Property IRIs as plain strings (the graph is read as plain values: see _source).
_TYPE, _SUBCLASS, _LABEL = str(RDF.type), str(RDFS.subClassOf), str(RDFS.label)
_ALT, _SAME_AS = str(SKOS.altLabel), str(OWL.sameAs)
_HEADLINE, _DATE, _URL = str(VOCAB.headline), str(VOCAB.datePublished), str(VOCAB.url)
_PUBLISHER, _EVIDENCE = str(VOCAB.publisher), str(VOCAB.evidence)
_MENTIONS = {str(VOCAB.mentions), str(VOCAB.reports)}
_QUOTE, _IN_ARTICLE, _BEGIN = str(VOCAB.quote), str(VOCAB.inArticle), str(VOCAB.beginIndex)
_ABOUT_PROPERTY, _ABOUT_VALUE = str(VOCAB.aboutProperty), str(VOCAB.aboutValue)
#: Literal properties not listed as statements (shown elsewhere in the panel).
_NOT_FACTS = {_HEADLINE, str(VOCAB.paragraphCount)}


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
    the node's degree (its number of drawn edge ends); for graphs over
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
    with gc_paused():
        nodes, edges = collect_network(graph)
        nodes, edges, omitted = _cap(nodes, edges, MAX_NODES)
        degree = _degrees(edges)
        large = len(nodes) > LARGE_GRAPH
        positions = _layout([node.iri for node in nodes], edges) if large else {}
        vis_nodes = _vis_nodes(nodes, degree, positions)
        details = _details(_source(graph), nodes, edges, degree)
        records = (vis_nodes, _vis_edges(nodes, edges))
        head, data, tail = _page(*records, _options(large), nodes, len(edges), title, details, omitted)
        write_atomic_with(path, lambda fh: _write_page(fh, head, data, tail))
    return {"nodes": len(nodes), "edges": len(edges)}


def _vis_nodes(nodes: list["_Node"], degree: dict[str, int], positions: dict) -> list[dict]:
    """The vis-network node records, as pyvis' ``Network.add_node`` makes them (the label is
    the IRI when the cut label is empty); ``x``/``y`` for a node in ``positions``."""
    records = []
    for node in nodes:
        shape, colour = node.style
        record = {"id": node.iri, "label": _cut(node.label) or node.iri, "shape": shape, "color": colour,
                  "title": node.title, "size": _size(degree[node.iri])}
        if node.iri in positions:
            record["x"], record["y"] = positions[node.iri]
        records.append(record)
    return records


def _vis_edges(nodes: list["_Node"], edges) -> Iterator[dict]:
    """The vis-network edge records, as pyvis' ``Network(directed=True).add_edge`` makes them,
    parallel edges bent apart; made as the page is written (on the 5,000-file graph they are
    100,000 dicts)."""
    labels = {node.iri: node.label for node in nodes}
    parallel: dict[tuple[str, str], int] = defaultdict(int)
    for i, (s, p, o) in enumerate(edges):
        name = _local(p)
        record = {"id": f"e{i}", "from": s, "to": o, "arrows": "to", "label": name,
                  "title": f"{name}\n{labels[s]} \u2192 {labels[o]}"}
        pair = (s, o) if s <= o else (o, s)
        k = parallel[pair]
        parallel[pair] += 1
        if k:  # bend parallel edges apart so that each label can be read
            record["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": 0.15 * k}
        yield record


def _cap(nodes: list["_Node"], edges: list[tuple[str, str, str]], limit: int):
    """Keep the ``limit`` most connected nodes (ties by IRI) and the edges
    between them. Returns ``(nodes, edges, number of nodes left out)``."""
    if len(nodes) <= limit:
        return nodes, edges, 0
    degree = _degrees(edges)
    keep = {n.iri for n in sorted(nodes, key=lambda n: (-degree[n.iri], n.iri))[:limit]}
    return ([n for n in nodes if n.iri in keep], [e for e in edges if e[0] in keep and e[2] in keep],
            len(nodes) - limit)


def _details(source, nodes: list["_Node"], edges, degree: dict[str, int]) -> dict:
    """What the page's script switch, search, filters and side panel need.

    Returns ``{"info": {iri: {...}}, "articles": {iri: {...}}, "outlets": [iri]}``:
    per node ``c`` display class, ``l`` label per script (zh-Hans, zh-Hant, en;
    each falls back to the others), ``labels`` [language tag, label] pairs,
    ``alt`` altLabels, ``s`` lower-cased names for search, ``d`` degree, ``q``
    Wikidata Q-id or None, ``f`` statements [property, value, "out"/"in", value
    is a node], ``e`` evidence [property: value, quote, article IRI] (at most
    ``MAX_EVIDENCE``, by article and offset), ``n`` nodes an article links to;
    per article ``t`` headline, ``u`` URL, ``d`` publication date, ``o`` outlet.
    The nodes' statements are ``_Node.facts``; those of their evidence annotations are read
    from ``source`` (:func:`_source`) node by node.
    """
    drawn = {n.iri: n for n in nodes}
    out_edges: dict[str, list] = defaultdict(list)
    in_edges: dict[str, list] = defaultdict(list)
    for s, p, o in edges:
        out_edges[s].append((_local(p), o))
        in_edges[o].append((_local(p), s))
    info, articles, outlets = {}, {}, set()
    for node in nodes:
        po = node.facts
        by_lang = _by_lang(po.get(_LABEL, ()))
        alts = _alt_labels(po)
        facts = [[p, o, "out", True] for p, o in sorted(out_edges[node.iri])]
        facts += [[p, s, "in", True] for p, s in sorted(in_edges[node.iri])]
        facts += [[_local(p), text, "out", False] for p, text in _literal_facts(po)]
        qids = [q for q, _ in _wikidata(po) if re.fullmatch(r"Q\d+", q)]
        names = {node.label} | {v for vs in by_lang.values() for v in vs} | set(alts)
        annotations = source.plain_statements_of(po.get(_EVIDENCE, ())).values()
        info[node.iri] = {
            "c": node.cls, "l": _script_labels(by_lang, node.label),
            "labels": [[_LANG_NAME.get(lang, lang or "und"), v] for lang in sorted(by_lang) for v in by_lang[lang]],
            "alt": alts, "s": sorted({n.lower() for n in names}), "d": degree[node.iri],
            "q": qids[0] if qids else None, "f": facts, "e": _evidence(annotations, drawn),
            "n": sorted({o for _, o in out_edges[node.iri]}) if node.cls == "Article" else [],
        }
        if node.cls == "Article":
            articles[node.iri] = _article(po, node.label, drawn)
            outlets.update(_texts(po, _PUBLISHER, drawn))
    return {"info": info, "articles": articles,
            "outlets": sorted(outlets, key=lambda o: (info[o]["l"]["zh-Hans"], o))}


def _article(po: dict, label: str, drawn: dict) -> dict:
    """An article's side-panel record (see :func:`_details`) from its statements ``po``."""
    publisher = sorted(_texts(po, _PUBLISHER, drawn))
    return {
        "t": _pick(_by_lang(po.get(_HEADLINE, ()))) or label,
        "u": min(_texts(po, _URL), default=None),
        "d": min((d[:10] for d in _texts(po, _DATE)), default=None),
        "o": publisher[0] if publisher else None,
    }


def _literal_facts(po: dict) -> list[tuple[str, str]]:
    """Sorted (property IRI, text) of the nkg literals in ``po`` that the panel lists."""
    return sorted((p, o[0]) for p, objects in po.items() if p.startswith(NKG) and p not in _NOT_FACTS
                  for o in objects if type(o) is tuple and o[1] is not None)


def _script_labels(by_lang: dict[str, list[str]], default: str) -> dict[str, str]:
    """The label to draw in each script: its own, else zh-Hans, zh-Hant, en, any, ``default``."""
    out = {}
    for want, order in (("zh-Hans", ("zh-hans", "zh-hant", "en")), ("zh-Hant", ("zh-hant", "zh-hans", "en")),
                        ("en", ("en", "zh-hans", "zh-hant"))):
        pick = next((by_lang[lang][0] for lang in order if by_lang.get(lang)), None)
        out[want] = pick or _pick(by_lang) or default
    return out


def _evidence(annotations: Iterable[dict], drawn: dict) -> list[list[str]]:
    """[``property: value``, quote, article IRI] of each nkg:evidence annotation (its
    statements) of a node, by article and begin offset, at most ``MAX_EVIDENCE``."""
    rows = []
    for po in annotations:
        quote = _first_text(po, _QUOTE)
        if quote is None:
            continue
        article = _first_text(po, _IN_ARTICLE, "")
        prop = _local(_first_text(po, _ABOUT_PROPERTY, ""))
        value = po[_ABOUT_VALUE][0] if po.get(_ABOUT_VALUE) else None
        if type(value) is str:
            shown = drawn[value].label if value in drawn else _local(value)
        else:
            shown = value[0] if value is not None else ""
        begin = int(_first_text(po, _BEGIN, 0))
        rows.append((article, begin, f"{prop}: {shown}" if shown else prop, quote))
    rows.sort()
    return [[about, quote, article] for article, _, about, quote in rows[:MAX_EVIDENCE]]


class _Node:
    """A drawable node; its hover text is made on first use (only drawn nodes need one: a large
    graph keeps ``MAX_NODES`` of its nodes). ``facts``: its statements, ``{predicate IRI:
    [object, …]}`` in plain values (:func:`_source`)."""

    __slots__ = ("iri", "cls", "rank", "style", "label", "facts", "_title", "_make_title")

    def __init__(self, iri, cls, rank, style, label, facts, make_title):
        self.iri, self.cls, self.rank, self.style = iri, cls, rank, style
        self.label, self.facts, self._title, self._make_title = label, facts, None, make_title

    @property
    def title(self) -> str:
        """The hover text (plain text lines; see :func:`write_html`)."""
        if self._title is None:
            self._title = self._make_title()
        return self._title


def collect_network(graph: Graph) -> tuple[list[_Node], list[tuple[str, str, str]]]:
    """The network the view draws: typed nodes (``_Node``: ``iri``, ``cls`` display
    class, ``label``…; sorted by IRI) and nkg edges between them as sorted
    ``(subject IRI, property IRI, object IRI)`` triples (see :func:`write_html`).
    ``graph``: an rdflib ``Graph`` or a :class:`kg.graph.store.UnionView`."""
    source = _source(graph)
    best = _typed(source, _display_classes(source))
    typed = {subject: name for subject, (name, _) in best.items()}
    articles = {subject for subject, (_, base) in best.items() if base == "Article"}
    statements = source.plain_statements_of(typed)

    order = sorted(typed)
    edges, mentioned_by = _edges(order, statements, typed, articles)
    labels = {s: _pick(_by_lang(statements[s].get(_LABEL, ()))) for s in order}
    headlines = {s: _pick(_by_lang(statements[s].get(_HEADLINE, ()))) for s in articles}
    context = (headlines, labels, mentioned_by, typed)
    nodes = []
    for subject in order:
        cls, po = typed[subject], statements[subject]
        label = labels[subject] or headlines.get(subject) or _local(subject)
        nodes.append(_Node(subject, cls, _rank(*best[subject]), _STYLE[best[subject][1]], label, po,
                           functools.partial(_title, po, subject, cls, subject in articles, label, context)))
    return nodes, edges


def _edges(order: list[str], statements: dict, typed: dict, articles: set):
    """The nkg edges between typed nodes as sorted (subject, property, object) IRIs (``order``:
    the sorted subjects), and the articles that mention or report each node."""
    edges: list[tuple[str, str, str]] = []
    mentioned_by: dict[str, set[str]] = defaultdict(set)
    for subject in order:
        pairs = sorted({(p, o) for p, objects in statements[subject].items() if p.startswith(NKG)
                        for o in objects if type(o) is str and o in typed})
        edges += [(subject, p, o) for p, o in pairs]
        if subject in articles:
            for p, o in pairs:
                if p in _MENTIONS:
                    mentioned_by[o].add(subject)
    return edges, mentioned_by


def _typed(source, classes: dict[str, tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """Each IRI with a drawable ``rdf:type`` → its most specific (display name, base class)."""
    best: dict[str, tuple[str, str]] = {}
    for subject, cls in source.plain_pairs(_TYPE):
        if type(subject) is str and type(cls) is str and cls in classes:
            old = best.get(subject)
            if old is None or _rank(*classes[cls]) < _rank(*old):
                best[subject] = classes[cls]
    return best


def _display_classes(source) -> dict[str, tuple[str, str]]:
    """Map each drawable class IRI to (display name, known base class name).

    The known nkg classes are their own base. An nkg class that the graph
    declares (transitively) ``rdfs:subClassOf`` a known class (an ontology-added
    event kind, say) displays under its own name with the shape and colour of
    its most specific known ancestor, and ranks just above it.
    """
    parents: dict = defaultdict(list)
    for cls, parent in source.plain_pairs(_SUBCLASS):
        parents[cls].append(parent)
    classes = {NKG + name: (name, name) for name in _STYLE}
    for cls in sorted(c for c in parents if type(c) is str):
        if cls.startswith(NKG) and cls not in classes:
            base = _known_ancestor(parents, cls)
            if base is not None:
                classes[cls] = (_local(cls), base)
    return classes


def _known_ancestor(parents: dict, cls: str) -> str | None:
    seen, todo, found = {cls}, [cls], []
    while todo:
        current = todo.pop()
        for parent in parents.get(current, ()):
            text = _str(parent)
            name = text[len(NKG):] if text.startswith(NKG) else None
            if name in _STYLE:
                found.append(name)
            elif type(parent) is str and parent not in seen:
                seen.add(parent)
                todo.append(parent)
    return min(found, key=_RANK.__getitem__) if found else None


def _rank(name: str, base: str) -> tuple[float, str]:
    """Sort key of a display class: most specific first (a kind above its base)."""
    return (_RANK[base] - (0.5 if name != base else 0.0), name)


# --- reading the graph as plain values -----------------------------------------------
#
# A term is an IRI as a ``str``, a literal as ``(text, language)`` (``text`` as rdflib's
# ``str`` of it, ``language`` lower-cased, ``""`` for none) or a blank node as ``(label, None)``;
# see :func:`kg.graph.store.plain`. A source gives ``plain_pairs(predicate IRI)`` and
# ``plain_statements_of(subjects)``: :class:`kg.graph.store.UnionView`, or :class:`_RdflibSource`.

def _source(graph):
    """``graph`` as a source of plain values: a store's view as it is, an rdflib graph wrapped."""
    return graph if hasattr(graph, "plain_statements_of") else _RdflibSource(graph)


class _RdflibSource:
    """An rdflib ``Graph`` read with the plain-value methods of :class:`kg.graph.store.UnionView`."""

    def __init__(self, graph: Graph):
        self._graph = graph

    def plain_pairs(self, predicate: str):
        """``(subject, object)`` of the triples with this predicate IRI."""
        for s, o in self._graph.subject_objects(URIRef(predicate)):
            yield _plain(s), _plain(o)

    def plain_statements_of(self, subjects) -> dict:
        """``{subject: {predicate IRI: [object, …]}}`` for each of ``subjects``."""
        return {subject: self._statements(subject) for subject in subjects}

    def _statements(self, subject) -> dict[str, list]:
        """``{predicate IRI: [object, …]}`` of this subject, objects in the graph's order; ``{}``
        for a literal."""
        if type(subject) is str:
            node = URIRef(subject)
        elif subject[1] is None:
            node = BNode(subject[0])
        else:
            return {}
        out: dict[str, list] = {}
        for p, o in self._graph.predicate_objects(node):
            out.setdefault(str(p), []).append(_plain(o))
        return out


def _plain(t):
    """rdflib term → plain value (see above)."""
    if isinstance(t, URIRef):
        return str(t)
    if isinstance(t, Literal):
        return str(t), (t.language or "").lower()
    return str(t), None


def _str(t) -> str:
    """``str`` of the rdflib term: an IRI, a literal's text, a blank node's label."""
    return t if type(t) is str else t[0]


def _texts(po: dict, predicate: str, within=None):
    """The text (:func:`_str`) of each object of ``predicate`` in ``po``; only those in ``within``
    when given."""
    for o in po.get(predicate, ()):
        text = _str(o)
        if within is None or text in within:
            yield text


def _first_text(po: dict, predicate: str, default=None):
    """The text of the first object of ``predicate`` in ``po``, else ``default``."""
    objects = po.get(predicate)
    return _str(objects[0]) if objects else default


def _by_lang(objects: Iterable) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for o in objects:
        if type(o) is tuple and o[1] is not None:
            out[o[1]].append(o[0])
    return {lang: sorted(set(values)) for lang, values in out.items()}


def _alt_labels(po: dict) -> list[str]:
    return sorted({o[0] for o in po.get(_ALT, ()) if type(o) is tuple and o[1] is not None})


def _pick(by_lang: dict[str, list[str]]) -> str | None:
    for lang in _LANG_ORDER:
        if by_lang.get(lang):
            return by_lang[lang][0]
    for lang in sorted(by_lang):
        if by_lang[lang]:
            return by_lang[lang][0]
    return None


def _lang_lines(prefix: str, by_lang: dict[str, list[str]]) -> list[str]:
    order = [lang for lang in _LANG_ORDER if lang in by_lang]
    order += sorted(lang for lang in by_lang if lang not in _LANG_ORDER)
    lines = []
    for lang in order:
        tag = _LANG_NAME.get(lang, lang or "no language")
        for value in by_lang[lang]:
            lines.append(f"{prefix}{tag}: {value}" if prefix or tag else value)
    return lines


def _title(po, subject, cls, is_article, label, context) -> str:
    """Plain-text hover text, one fact per line. ``context``: (headline by article, best label
    by node, articles mentioning each node, display class by node)."""
    headlines, labels, mentioned_by, typed = context
    lines = [label, f"class: {cls}"]
    lines += _lang_lines("", _by_lang(po.get(_LABEL, ())))
    alts = _alt_labels(po)
    if alts:
        lines.append("alt: " + " / ".join(alts))
    if is_article:
        lines += _lang_lines("headline ", _by_lang(po.get(_HEADLINE, ())))
        for prop, name in ((_DATE, "date"), (_URL, "url")):
            lines += [f"{name}: {v}" for v in sorted(set(_texts(po, prop)))]
        for outlet in sorted({o for o in po.get(_PUBLISHER, ()) if type(o) is str and o in typed}):
            lines.append(f"publisher: {labels[outlet] or _local(outlet)}")
    for qid, link in _wikidata(po):
        lines.append(f"Wikidata: {qid} ({link})")
    if not is_article and mentioned_by.get(subject):
        articles = sorted(mentioned_by[subject])
        lines.append(f"mentioned in {len(articles)} article(s):")
        for article in articles[:MAX_MENTION_LINES]:
            lines.append("\u2022 " + (headlines.get(article) or labels[article] or _local(article)))
        if len(articles) > MAX_MENTION_LINES:
            lines.append(f"\u2026 and {len(articles) - MAX_MENTION_LINES} more")
    lines.append(subject)
    return "\n".join(lines)


def _wikidata(po: dict) -> list[tuple[str, str]]:
    out = set()
    for text in _texts(po, _SAME_AS):
        if "wikidata.org/" in text:
            qid = text.rstrip("/").rsplit("/", 1)[-1]
            out.add((qid, text))
    return sorted(out)


@functools.lru_cache(maxsize=1 << 14)   # the same few properties, again and again
def _local(iri) -> str:
    """The last segment of an IRI (after the last ``#`` or ``/``), or the whole IRI."""
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

def _degrees(edges: list[tuple[str, str, str]]) -> dict[str, int]:
    """Each node's number of edge ends (a loop counts twice), 0 for a node without edges."""
    degree: dict[str, int] = defaultdict(int)
    for s, _, o in edges:
        degree[s] += 1
        degree[o] += 1
    return degree


def _layout(iris: list[str], edges: list[tuple[str, str, str]]) -> dict[str, tuple[int, int]]:
    """Pixel positions from a seeded spring layout; spread grows with sqrt(n).

    The simple graph laid out gets its nodes in ``iris`` order and its edges by source in that
    order, each source's targets by first edge (the order of ``nx.MultiDiGraph.edges()`` for
    these nodes and edges, which the layout depends on)."""
    targets: dict[str, dict[str, None]] = {iri: {} for iri in iris}
    for s, _, o in edges:
        targets[s][o] = None
    simple = nx.Graph()
    simple.add_nodes_from(iris)
    simple.add_edges_from((u, v) for u in iris for v in targets[u] if u != v)
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
    """The vis-network JS and CSS shipped in the pyvis wheel, safe to inline (found without
    importing pyvis, which imports IPython and Jinja: 0.1 to 0.15 s)."""
    package = importlib.util.find_spec("pyvis").submodule_search_locations[0]
    lib = Path(package, "templates", "lib", _VIS_DIR)
    js = lib.joinpath("vis-network.min.js").read_text(encoding="utf-8")
    css = lib.joinpath("vis-network.css").read_text(encoding="utf-8")
    # An end tag inside the inlined code would close the element early.
    js = js.replace("</script", "<\\/script").replace("</SCRIPT", "<\\/SCRIPT")
    css = css.replace("</style", "<\\/style").replace("</STYLE", "<\\/STYLE")
    return js, css


_JSON_ESCAPES = (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("=", "\\u003d"),
                 ("\u2028", "\\u2028"), ("\u2029", "\\u2029"))


_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


_JSON_BATCH = 32   # items of a list or dict encoded at a time


def _json_chunks(data: dict):
    """JSON of ``data`` that cannot form markup inside a script element (see module doc), in
    pieces for streaming. Every escape replaces one character, so it can be applied piece by
    piece."""
    for chunk in _json_pieces(data):
        for char, escape in _JSON_ESCAPES:
            if char in chunk:
                chunk = chunk.replace(char, escape)
        yield chunk


def _json_pieces(data: dict):
    """The JSON text of ``data`` (sorted keys, no spaces) in pieces: each value that is a dict,
    a list or an iterator (of list items) by :func:`_json_runs`."""
    if not data:
        yield "{}"
        return
    sep = "{"
    for key, value in sorted(data.items()):
        yield sep + _ENCODER.encode(key) + ":"
        sep = ","
        if isinstance(value, (dict, list, Iterator)):
            yield from _json_runs(value)
        else:
            yield _ENCODER.encode(value)
    yield "}"


def _json_runs(value):
    """A dict, or a list or iterator of its items, as JSON in runs of ``_JSON_BATCH`` items, each
    run encoded by the C encoder and its brackets dropped: the same text as encoding it at once
    (which on the 5,000-file graph is slower, and so is an encoder call per item)."""
    is_dict = isinstance(value, dict)
    items = iter(sorted(value.items()) if is_dict else value)
    opening, closing = "{}" if is_dict else "[]"
    sep = opening
    while run := list(itertools.islice(items, _JSON_BATCH)):
        yield sep + _ENCODER.encode(dict(run) if is_dict else run)[1:-1]
        sep = ","
    yield closing if sep == "," else opening + closing


def _write_page(fh, head: str, data, tail: str, batch: int = 1 << 20) -> None:
    """The page to the binary file ``fh``: ``head``, the graph data as JSON, ``tail``, encoded
    as it goes, about ``batch`` characters at a time (no copy of the whole page is held: on the
    5,000-file corpus it is 58 MB)."""
    fh.write(head.encode("utf-8"))
    parts: list[str] = []
    size = 0
    for chunk in _json_chunks(data):
        parts.append(chunk)
        size += len(chunk)
        if size >= batch:
            fh.write("".join(parts).encode("utf-8"))
            parts.clear()
            size = 0
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
