"""Exports beside Turtle and TriG: N-Triples, N-Quads, JSON-LD and the network
as GraphML / GEXF. Every writer is deterministic (same graph, same bytes) and
atomic (temporary file, then rename; raises OSError).

``FORMATS`` maps a format name to ``(file name, writer)``; a writer takes the build's
:class:`kg.graph.store.GraphStore` and a path. Turtle, TriG, N-Triples and N-Quads are streamed
from the store; the network view, GraphML and GEXF read it through its view, JSON-LD an rdflib copy.
"""
from __future__ import annotations

import io
import json
import re
from pathlib import Path

import networkx as nx
from rdflib import Graph

from kg.export.atomic import write_atomic
from kg.export.html import collect_network, write_html
from kg.export.rdf import write_trig, write_turtle
from kg.graph.store import GraphStore


def context() -> dict:
    """The published JSON-LD ``@context`` (``ontology/context.jsonld``)."""
    from kg.validate import ontology_dir

    return json.loads((ontology_dir() / "context.jsonld").read_text(encoding="utf-8"))["@context"]


def write_ntriples(graph: GraphStore, path: Path) -> None:
    """N-Triples of the union, one triple per line, sorted by subject."""
    graph.write(path, "nt")


def write_nquads(graph: GraphStore, path: Path) -> None:
    """N-Quads: each article's statements in its named graph, sorted by graph and subject."""
    graph.write(path, "nquads")


def write_jsonld(graph: Graph, path: Path) -> None:
    """JSON-LD with the published context inlined; nodes sorted by ``@id``, keys sorted."""
    doc = json.loads(graph.serialize(format="json-ld", context=context()))
    if isinstance(doc.get("@graph"), list):
        doc["@graph"] = sorted(doc["@graph"], key=lambda n: n.get("@id", ""))
        for node in doc["@graph"]:
            for key, value in node.items():
                if isinstance(value, list):
                    node[key] = sorted(value, key=lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True))
    write_atomic(path, json.dumps(doc, ensure_ascii=False, sort_keys=True, indent=1) + "\n")


def network(graph: Graph) -> nx.MultiDiGraph:
    """The drawn network of the graph view as networkx: node attributes ``label``
    and ``class``, edge attribute ``property`` (local name), key ``e<n>``."""
    nodes, edges = collect_network(graph)
    g = nx.MultiDiGraph()
    for node in nodes:
        g.add_node(node.iri, label=node.label, **{"class": node.cls})
    for i, (s, p, o) in enumerate(edges):
        g.add_edge(s, o, key=f"e{i}", property=p.rsplit("#", 1)[-1])
    return g


def write_graphml(graph: Graph, path: Path) -> None:
    """GraphML of :func:`network` (for networkx, yEd, Cytoscape)."""
    buf = io.BytesIO()
    nx.write_graphml(network(graph), buf, encoding="utf-8")
    write_atomic(path, buf.getvalue())


def write_gexf(graph: Graph, path: Path) -> None:
    """GEXF 1.2 of :func:`network` (for Gephi), without networkx's date stamp."""
    buf = io.BytesIO()
    nx.write_gexf(network(graph), buf, encoding="utf-8")
    write_atomic(path, re.sub(rb' lastmodifieddate="[^"]*"', b"", buf.getvalue(), count=1))


FORMATS = {
    "ttl": ("graph.ttl", write_turtle),
    "trig": ("graph.trig", write_trig),
    "html": ("graph.html", lambda gs, p: write_html(gs.view(), p)),
    "nt": ("graph.nt", write_ntriples),
    "nq": ("graph.nq", write_nquads),
    "jsonld": ("graph.jsonld", lambda gs, p: write_jsonld(gs.rdflib_graph(), p)),
    "graphml": ("graph.graphml", lambda gs, p: write_graphml(gs.view(), p)),
    "gexf": ("graph.gexf", lambda gs, p: write_gexf(gs.view(), p)),
}
DEFAULT_FORMATS = ("ttl", "trig", "html")
