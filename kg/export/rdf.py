"""Turtle and TriG exports, deterministic: byte-identical for the same input.

rdflib's serializers order subjects and predicates; the triples are also added
in sorted order, and no blank nodes are produced, so the bytes depend on the
graph's content alone.
"""
from __future__ import annotations

import io
from pathlib import Path

from rdflib import Dataset, Graph
from rdflib.plugins.serializers.trig import TrigSerializer

from kg.export.atomic import write_atomic


def turtle_text(graph: Graph) -> str:
    """The graph as Turtle text."""
    return graph.serialize(format="turtle")


class _SortedTrig(TrigSerializer):
    """rdflib's TriG serializer with the graphs in a fixed order (the default graph, then the
    named graphs by IRI): rdflib takes them from a set, whose order changes from run to run."""

    def __init__(self, store):
        super().__init__(store)
        default = [c for c in self.contexts if c.identifier == self.default_context]
        named = sorted((c for c in self.contexts if c.identifier != self.default_context), key=lambda c: str(c.identifier))
        self.contexts = default + named


def trig_text(ds: Dataset) -> str:
    """The dataset as TriG text: default graph first, then one block per named graph, by IRI."""
    buf = io.BytesIO()
    _SortedTrig(ds).serialize(buf, encoding="utf-8")
    return buf.getvalue().decode("utf-8")


def write_turtle(graph: Graph, path: Path) -> None:
    """Write ``graph`` as Turtle to ``path`` atomically (UTF-8). Raises OSError."""
    write_atomic(path, turtle_text(graph))


def write_trig(ds: Dataset, path: Path) -> None:
    """Write ``ds`` as TriG to ``path`` atomically (UTF-8). Raises OSError."""
    write_atomic(path, trig_text(ds))
