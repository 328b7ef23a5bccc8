"""SHACL validation of a built graph against ``ontology/shapes.ttl``.

``validate(graph)`` runs pyshacl with the shapes and the ontology
(``ontology/newskg.ttl``, for the class hierarchy; RDFS inference) and returns
the violations as :class:`Violation` records, sorted by node and message.
``Violation.line()`` is the one-line form ``kg validate`` prints.
"""
from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS, SH


def ontology_dir() -> Path:
    """The ontology folder: ``kg/_data/ontology`` in a wheel, ``ontology/`` in a checkout."""
    packaged = resources.files("kg").joinpath("_data/ontology")
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parent.parent / "ontology"


@dataclass(frozen=True, order=True)
class Violation:
    """One SHACL result.

    Attributes:
        node: the focus node's IRI (or blank node id).
        label: the node's label (zh-Hans, else any), or its IRI's last segment.
        shape: the label of the shape it fails (``event``, ``article``…).
        message: what is wrong, from the shape (English).
        value: the offending value, when the result names one, else "".
        severity: ``Violation``, ``Warning`` or ``Info``.
    """

    node: str
    label: str
    shape: str
    message: str
    value: str = ""
    severity: str = "Violation"

    def line(self) -> str:
        """``event 习近平访问越南 <IRI>: needs exactly one nkg:startDate…``; a warning starts
        ``warning: ``."""
        value = f" (value: {self.value})" if self.value else ""
        level = "" if self.severity == "Violation" else f"{self.severity.lower()}: "
        return f"{level}{self.shape} {self.label} <{self.node}>: {self.message}{value}"


def validate(graph: Graph, shapes: Graph | None = None) -> list[Violation]:
    """Check ``graph`` against the contract's shapes; returns every result, sorted.

    Args:
        graph: the data graph (a built graph.ttl, or the union of graph.trig).
        shapes: shapes to use instead of ``ontology/shapes.ttl``.
    """
    from pyshacl import validate as shacl

    folder = ontology_dir()
    shapes = shapes if shapes is not None else Graph().parse(folder / "shapes.ttl", format="turtle")
    ontology = Graph().parse(folder / "newskg.ttl", format="turtle")
    _conforms, report, _text = shacl(graph, shacl_graph=shapes, ont_graph=ontology, inference="rdfs",
                                     abort_on_first=False, allow_warnings=True, advanced=True)
    out = set()
    for result in report.subjects(SH.resultSeverity, None):
        node = report.value(result, SH.focusNode)
        source = report.value(result, SH.sourceShape)
        message = report.value(result, SH.resultMessage)
        value = report.value(result, SH.value)
        severity = report.value(result, SH.resultSeverity)
        shape = _shape_label(shapes, source)
        out.add(Violation(str(node), _label(graph, node), shape, str(message or "does not conform"),
                          "" if value is None else str(value),
                          str(severity).rsplit("#", 1)[-1] if severity else "Violation"))
    return sorted(out)


def _shape_label(shapes: Graph, shape) -> str:
    """The label of the node shape that holds ``shape`` (a property shape or itself)."""
    for owner in list(shapes.subjects(SH.property, shape)) + [shape]:
        label = shapes.value(owner, RDFS.label)
        if label is not None:
            return str(label)
    return str(shape).rsplit("#", 1)[-1]


def _label(graph: Graph, node) -> str:
    labels = [o for o in graph.objects(node, RDFS.label) if isinstance(o, Literal)]
    for lang in ("zh-hans", "zh-hant", "en"):
        for lab in sorted(labels):
            if (lab.language or "").lower() == lang:
                return str(lab)
    if labels:
        return str(sorted(labels)[0])
    return str(node).rstrip("/").rsplit("/", 1)[-1] if isinstance(node, URIRef) else str(node)
