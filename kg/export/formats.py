"""Exports beside Turtle and TriG: N-Triples, N-Quads, JSON-LD and the network
as GraphML / GEXF. Every writer is deterministic (same graph, same bytes) and
atomic (temporary file, then rename; raises OSError).

``FORMATS`` maps a format name to ``(file name, writer)``; a writer takes the
merged graph, the dataset (named graphs, for N-Quads and TriG) and a path.
"""
from __future__ import annotations

import io
import json
import re
from pathlib import Path

import networkx as nx
from rdflib import Dataset, Graph

from kg.export.atomic import write_atomic
from kg.export.html import collect_network, write_html
from kg.export.rdf import write_trig, write_turtle


def context() -> dict:
    """The published JSON-LD ``@context`` (``ontology/context.jsonld``)."""
    from kg.validate import ontology_dir

    return json.loads((ontology_dir() / "context.jsonld").read_text(encoding="utf-8"))["@context"]


def _sorted_lines(text: str) -> str:
    lines = sorted({line for line in text.splitlines() if line.strip()})
    return "\n".join(lines) + ("\n" if lines else "")


def write_ntriples(graph: Graph, path: Path) -> None:
    """N-Triples, one triple per line, lines sorted."""
    write_atomic(path, _sorted_lines(graph.serialize(format="nt")))


def write_nquads(ds: Dataset, path: Path) -> None:
    """N-Quads: each article's statements in its named graph, lines sorted."""
    write_atomic(path, _sorted_lines(ds.serialize(format="nquads")))


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
    "ttl": ("graph.ttl", lambda g, ds, p: write_turtle(g, p)),
    "trig": ("graph.trig", lambda g, ds, p: write_trig(ds, p)),
    "html": ("graph.html", lambda g, ds, p: write_html(g, p)),
    "nt": ("graph.nt", lambda g, ds, p: write_ntriples(g, p)),
    "nq": ("graph.nq", lambda g, ds, p: write_nquads(ds, p)),
    "jsonld": ("graph.jsonld", lambda g, ds, p: write_jsonld(g, p)),
    "graphml": ("graph.graphml", lambda g, ds, p: write_graphml(g, p)),
    "gexf": ("graph.gexf", lambda g, ds, p: write_gexf(g, p)),
}
DEFAULT_FORMATS = ("ttl", "trig", "html")
