"""Turtle and TriG exports, deterministic: byte-identical for the same input.

Both are streamed from the build's :class:`kg.graph.store.GraphStore` in sorted order (see
that module): Turtle holds the union of all graphs, TriG the default graph first, then one
block per article's named graph, by IRI. No blank nodes are produced, so the bytes depend on
the graph's content alone.
"""
from __future__ import annotations

from pathlib import Path

from kg.graph.store import GraphStore


def write_turtle(graph: GraphStore, path: Path) -> None:
    """Write the union of ``graph`` as Turtle to ``path`` atomically (UTF-8). Raises OSError."""
    graph.write(path, "turtle")


def write_trig(graph: GraphStore, path: Path) -> None:
    """Write every graph of ``graph`` as TriG to ``path`` atomically (UTF-8). Raises OSError."""
    graph.write(path, "trig")
