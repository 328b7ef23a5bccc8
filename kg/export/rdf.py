"""Turtle and TriG exports, deterministic: byte-identical for the same input.

rdflib's serializers order subjects and predicates; the triples are also added
in sorted order, and no blank nodes are produced, so the bytes depend on the
graph's content alone.
"""
from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Graph

from kg.export.atomic import write_atomic


def turtle_text(graph: Graph) -> str:
    """The graph as Turtle text."""
    return graph.serialize(format="turtle")


def trig_text(ds: Dataset) -> str:
    """The dataset as TriG text: default graph first, then one block per named graph."""
    return ds.serialize(format="trig")


def write_turtle(graph: Graph, path: Path) -> None:
    """Write ``graph`` as Turtle to ``path`` atomically (UTF-8). Raises OSError."""
    write_atomic(path, turtle_text(graph))


def write_trig(ds: Dataset, path: Path) -> None:
    """Write ``ds`` as TriG to ``path`` atomically (UTF-8). Raises OSError."""
    write_atomic(path, trig_text(ds))
