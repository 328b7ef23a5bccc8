"""SPARQL over a graph file, with a pluggable engine.

``load(path, engine)`` reads a graph file (format from its extension: .ttl,
.trig, .nt, .nq, .jsonld, .rdf) and ``run(loaded, text)`` answers a query as a
:class:`Result` whose terms are rdflib terms whatever the engine, so both
engines give the same rows:

- ``rdflib`` (default): an rdflib ``Dataset`` with a union default graph;
- ``oxigraph``: an in-memory ``pyoxigraph.Store`` queried with the default
  graph as the union of all graphs (about 20x faster on large graphs).

The prefixes nkg:, res:, rdfs:, skos:, owl:, xsd: and wd: are predefined.
Raises :class:`kg.errors.GraphNotReadable` and :class:`kg.errors.QueryError`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import OWL, RDFS, SKOS, XSD

from kg.errors import GraphNotReadable, QueryError
from kg.graph.vocab import NKG, RES

ENGINES = ("rdflib", "oxigraph")
PREFIXES = {"nkg": str(NKG._NS), "res": str(RES), "rdfs": str(RDFS), "skos": str(SKOS), "owl": str(OWL),
            "xsd": str(XSD), "wd": "http://www.wikidata.org/entity/"}
PARSERS = {".ttl": "turtle", ".trig": "trig", ".nt": "nt", ".nq": "nquads", ".jsonld": "json-ld",
           ".json": "json-ld", ".rdf": "xml", ".owl": "xml", ".n3": "n3"}


@dataclass
class Result:
    """A query answer. ``kind``: ``SELECT``, ``ASK`` or ``GRAPH`` (CONSTRUCT/DESCRIBE).

    ``vars``: the SELECT variables in order; ``rows``: one list per solution, a
    term (rdflib URIRef, Literal, BNode) or None per variable; ``boolean``: the
    ASK answer; ``graph``: the CONSTRUCT/DESCRIBE triples.
    """

    kind: str
    vars: list[str] = field(default_factory=list)
    rows: list[list] = field(default_factory=list)
    boolean: bool = False
    graph: Graph | None = None


@dataclass
class Loaded:
    """A graph file loaded for one engine (``store`` is an rdflib Dataset or a pyoxigraph Store)."""

    path: Path
    engine: str
    store: object


def _first_line(exc: Exception) -> str:
    text = str(exc).strip()
    return text.splitlines()[0][:300] if text else type(exc).__name__


def load(path: Path, engine: str = "rdflib") -> Loaded:
    """Read ``path`` for ``engine``. Raises GraphNotReadable (missing file, parse error)."""
    if not path.is_file():
        raise GraphNotReadable(path, "no such file; run 'kg build' first or pass -g FILE")
    fmt = PARSERS.get(path.suffix.lower(), "turtle")
    try:
        if engine == "oxigraph":
            import pyoxigraph as ox

            formats = {"turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG, "nt": ox.RdfFormat.N_TRIPLES,
                       "nquads": ox.RdfFormat.N_QUADS, "json-ld": ox.RdfFormat.JSON_LD,
                       "xml": ox.RdfFormat.RDF_XML, "n3": ox.RdfFormat.N3}
            store = ox.Store()
            store.load(path=str(path), format=formats[fmt])
            return Loaded(path, engine, store)
        from rdflib import Dataset

        ds = Dataset(default_union=True)
        if fmt in ("trig", "nquads"):
            ds.parse(path, format=fmt)
        else:
            ds.default_graph.parse(path, format=fmt) if hasattr(ds, "default_graph") else ds.parse(path, format=fmt)
        return Loaded(path, engine, ds)
    except Exception as exc:  # parsers raise many types
        raise GraphNotReadable(path, f"{fmt} parse error: {_first_line(exc)[:200]}") from None


def run(loaded: Loaded, text: str) -> Result:
    """Answer the SPARQL query ``text``. Raises QueryError."""
    try:
        if loaded.engine == "oxigraph":
            return _run_oxigraph(loaded.store, text)
        return _run_rdflib(loaded.store, text)
    except QueryError:
        raise
    except Exception as exc:
        raise QueryError(f"query failed: {_first_line(exc)}") from None


def _run_rdflib(ds, text: str) -> Result:
    res = ds.query(text, initNs=PREFIXES)
    if res.type == "ASK":
        return Result("ASK", boolean=bool(res.askAnswer))
    if res.type in ("CONSTRUCT", "DESCRIBE"):
        return Result("GRAPH", graph=res.graph)
    names = [str(v) for v in res.vars]
    return Result("SELECT", names, [[row[v] for v in names] for row in res])


def _run_oxigraph(store, text: str) -> Result:
    import pyoxigraph as ox

    res = store.query(text, prefixes=PREFIXES, use_default_graph_as_union=True)
    if isinstance(res, bool):
        return Result("ASK", boolean=res)
    if isinstance(res, ox.QuerySolutions):
        names = [v.value for v in res.variables]
        return Result("SELECT", names, [[_term(sol[n]) for n in names] for sol in res])
    g = Graph()
    for t in res:
        g.add((_term(t.subject), _term(t.predicate), _term(t.object)))
    return Result("GRAPH", graph=g)


def _term(t):
    """An oxigraph term as the rdflib term rdflib's engine would give (None stays None)."""
    from kg.graph.store import to_rdflib

    return None if t is None else to_rdflib(t)
