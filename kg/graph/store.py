"""The built graph as sorted N-Triples lines; Turtle, TriG, N-Triples and N-Quads streamed from them.

:class:`GraphStore` holds the statements of a build: the default graph (merged entity, event,
agreement and post descriptions and the schema) and one named graph per article, each as a
sorted list of N-Triples lines (UTF-8 ``bytes``; terms written as pyoxigraph writes them,
:class:`NTriplesTerms`), one copy of each statement. Sorting the text makes the order total,
so the bytes of every export depend on the graph's content alone, whatever order the
statements came in. UTF-8 byte order is code-point order, and all the lines of one subject
(and of one subject and predicate) are contiguous.

- ``graph.ttl`` is the union of all graphs, each triple once; ``len(store)`` counts it.
- Turtle and TriG are laid out from the sorted lines: one block per subject
  (``;`` between predicates, ``,`` between objects), ``a`` for ``rdf:type``, an IRI as a
  prefixed name of :data:`PREFIXES` when its local part is plain ASCII (``[A-Za-z_][A-Za-z0-9_-]*``).
  TriG: the default graph first, then one ``<article> { … }`` block per named graph, by IRI.
- N-Triples and N-Quads are the lines themselves.

Why not pyoxigraph's store and serializers: the store encodes ``xsd:nonNegativeInteger`` as
``xsd:integer``, and both lower-case language tags (``@zh-hans``), which breaks a query such as
``FILTER(lang(?l) = "zh-Hans")`` under rdflib or Jena (measured with pyoxigraph 0.5.13).
Language tags are written as the builder gives them. :meth:`GraphStore.view` reads the union's
lines themselves for the network view (a subject's lines found by bisection), with no second
copy of the graph in memory.
Blank nodes: the builder mints none; one read from a user's file keeps the label the parser
gave it, which may differ from run to run.
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_left
from itertools import chain, groupby
from pathlib import Path
from typing import Iterable, Iterator

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

from kg.export.atomic import write_atomic_with

PREFIXES = {
    "nkg": "https://w3id.org/newskg/ontology#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "wd": "http://www.wikidata.org/entity/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDF_TYPE = b"<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_LOCAL = re.compile(rb"[A-Za-z_][A-Za-z0-9_-]*")
_CHUNK = 50_000   # lines joined, parsed or written at a time (bounds the copies)


# What pyoxigraph escapes in a literal's text (checked on every code point, 0.5.13), and the
# surrogates it refuses: text without them is written as it is, between quotes.
_ESCAPED = re.compile('[\x00-\x1f"\\\\\x7f\ufffe\uffff\ud800-\udfff]')


def _quoted(text: str) -> str:
    return f'"{text}"' if _ESCAPED.search(text) is None else str(ox.Literal(text))


class NTriplesTerms:
    """RDF terms as their N-Triples text, UTF-8 ``bytes``, as pyoxigraph writes them; each
    distinct IRI and typed literal is made once (entity and property IRIs, counts and dates repeat).

    :meth:`iri` and :meth:`literal` take what ``rdflib.URIRef`` and ``rdflib.Literal`` take
    and give the text of that rdflib term; calling the object converts an rdflib term. An IRI
    pyoxigraph rejects, a language tag rdflib rejects, raise ValueError."""

    def __init__(self):
        self._iris: dict[str, bytes] = {}
        self._typed: dict[tuple, bytes] = {}
        self._tags: set[str] = set()

    def iri(self, value: str) -> bytes:
        """``https://…`` → ``b"<https://…>"``. Raises ValueError for an invalid IRI."""
        text = self._iris.get(value)
        if text is None:
            text = self._iris[value] = str(ox.NamedNode(value)).encode("utf-8")
        return text

    def literal(self, value, lang: str | None = None, datatype=None) -> bytes:
        """The text of ``rdflib.Literal(value, lang=lang, datatype=datatype)``: the language tag
        as given, a typed literal's lexical form rdflib's. Raises ValueError, TypeError as rdflib."""
        if datatype is None and type(value) is str:
            if not lang:
                return _quoted(value).encode("utf-8")
            if lang not in self._tags:
                Literal("", lang=lang)   # rdflib's check of the tag
                self._tags.add(lang)
            return f"{_quoted(value)}@{lang}".encode("utf-8")
        key = (type(value), value, lang, datatype)   # the type keeps True apart from 1
        text = self._typed.get(key)
        if text is None:
            text = self._typed[key] = self(Literal(value, lang=lang, datatype=datatype))
        return text

    def __call__(self, t) -> bytes:
        """rdflib IRI, literal or blank node → its text. Raises TypeError for anything else."""
        if isinstance(t, URIRef):
            return self.iri(t)
        if isinstance(t, Literal):
            if t.language:
                text = f"{_quoted(str(t))}@{t.language}"   # the tag as given, not lower-cased
            elif t.datatype is not None:
                text = str(ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype))))
            else:
                text = _quoted(str(t))
        elif isinstance(t, BNode):
            text = str(ox.BlankNode(str(t)))
        else:
            raise TypeError(f"not an RDF term: {t!r}")
        return text.encode("utf-8")


def bcp47_case(tag: str) -> str:
    """Oxigraph lower-cases language tags; give them BCP 47's conventional case
    (zh-hans → zh-Hans, en-us → en-US) as rdflib keeps them from the file."""
    parts = tag.split("-")
    out = [parts[0].lower()]
    for p in parts[1:]:
        out.append(p.title() if len(p) == 4 and p.isalpha() else p.upper() if len(p) == 2 else p.lower())
    return "-".join(out)


def to_rdflib(t):
    """pyoxigraph term → rdflib term: a plain literal, not ``^^xsd:string``, for a string; a
    language tag in BCP 47 case (:func:`bcp47_case`). Raises TypeError for anything else."""
    if isinstance(t, ox.NamedNode):
        return URIRef(t.value)
    if isinstance(t, ox.Literal):
        if t.language:
            return Literal(t.value, lang=bcp47_case(t.language))
        dt = t.datatype.value
        return Literal(t.value) if dt == _XSD_STRING else Literal(t.value, datatype=URIRef(dt))
    if isinstance(t, ox.BlankNode):
        return BNode(t.value)
    raise TypeError(f"not an RDF term: {t!r}")


def _sorted_distinct(lines: Iterable[bytes]) -> list[bytes]:
    """``sorted(set(lines))``, sorting first: faster on lines that come in sorted runs, and no set."""
    return [line for line, _ in groupby(sorted(lines))]


class GraphStore:
    """A build's statements, by graph, as sorted N-Triples lines (see the module docstring).

    ``graphs`` maps a graph IRI (N-Triples form, ``b"<...>"``; ``b""`` for the default graph) to
    its sorted, distinct lines (``b"<s> <p> <o> ."``, UTF-8). A caller that has the union's
    lines, each once in any order, may give them as ``union`` (sorted here, not merged from
    the graphs when first needed)."""

    def __init__(self, graphs: dict[bytes, Iterable[bytes]], union: Iterable[bytes] | None = None):
        self.graphs = {g: _sorted_distinct(lines) for g, lines in graphs.items()}
        self._union: list[bytes] | None = sorted(union) if union is not None else None

    @classmethod
    def from_quads(cls, quads: Iterable[tuple]) -> "GraphStore":
        """A store of ``(subject, predicate, object, graph)`` rdflib terms; ``graph`` None is the
        default graph. Raises TypeError for a term that is not an IRI, literal or blank node."""
        nt = NTriplesTerms()
        graphs: dict[bytes, set[bytes]] = {}
        for s, p, o, g in quads:
            key = nt(g) if g is not None else b""
            graphs.setdefault(key, set()).add(b" ".join((nt(s), nt(p), nt(o), b".")))
        return cls(graphs)

    @classmethod
    def from_rdflib(cls, ds) -> "GraphStore":
        """A store of an rdflib ``Dataset`` (its named graphs kept) or ``Graph`` (the default graph)."""
        if hasattr(ds, "quads"):
            default = ds.default_graph.identifier if hasattr(ds, "default_graph") else ds.default_context.identifier

            def name(g):
                ident = getattr(g, "identifier", g)
                return None if ident is None or ident == default else ident

            return cls.from_quads((s, p, o, name(g)) for s, p, o, g in ds.quads((None, None, None, None)))
        return cls.from_quads((s, p, o, None) for s, p, o in ds)

    def union(self) -> list[bytes]:
        """The union's distinct triples as sorted N-Triples lines."""
        if self._union is None:
            self._union = _sorted_distinct(chain.from_iterable(self.graphs.values()))   # sorted runs: a merge
        return self._union

    def __len__(self) -> int:
        return len(self.union())

    def write(self, path: Path | str, fmt: str) -> None:
        """Write the graph to ``path`` atomically, UTF-8, in ``fmt``: ``"turtle"`` or ``"nt"``
        (the union), ``"trig"`` or ``"nquads"`` (every graph). Raises OSError, ValueError for
        another format."""
        writers = {"turtle": lambda fh: _write_blocks(fh, self.union(), b""),
                   "nt": lambda fh: _write_lines(fh, self.union()),
                   "trig": self._write_trig, "nquads": self._write_nquads}
        if fmt not in writers:
            raise ValueError(f"no writer for {fmt!r}")
        write_atomic_with(path, writers[fmt])

    def _write_trig(self, fh) -> None:
        compact = _Compact()
        for g in sorted(self.graphs):   # b"" (the default graph) first, then by IRI
            if g:
                fh.write(b"\n" + g + b" {\n")
                _write_blocks(fh, self.graphs[g], b"\t", prefixes=False, compact=compact)
                fh.write(b"}\n")
            else:
                _write_blocks(fh, self.graphs[g], b"", compact=compact)

    def _write_nquads(self, fh) -> None:
        for g in sorted(self.graphs):
            suffix = b" " + g + b" ." if g else b" ."
            _write_lines(fh, [line[:-2] + suffix for line in self.graphs[g]])

    def view(self) -> "UnionView":
        """The rdflib-style read API over the union (see :class:`UnionView`), read from the
        sorted lines themselves."""
        return UnionView(self.union())

    def rdflib_graph(self) -> Graph:
        """A copy of the union as an rdflib ``Graph``, prefixes bound."""
        g = Graph()
        for prefix, ns in PREFIXES.items():
            g.bind(prefix, ns)
        lines = self.union()
        for i in range(0, len(lines), _CHUNK):
            g.parse(data=b"\n".join(lines[i:i + _CHUNK]).decode("utf-8"), format="nt")
        return g


def _write_lines(fh, lines: list[bytes]) -> None:
    for i in range(0, len(lines), _CHUNK):
        fh.write(b"\n".join(lines[i:i + _CHUNK]) + b"\n")


class _Compact:
    """An N-Triples term as Turtle: a prefixed name for a plain IRI of :data:`PREFIXES`, the
    datatype of a literal likewise; anything else as it is (N-Triples terms are Turtle). One
    is shared by every block of a file: IRIs and typed literals are looked up once each."""

    def __init__(self):
        self._cache: dict[bytes, bytes] = {}
        self._ns = [(f"<{ns}".encode("utf-8"), prefix.encode("utf-8")) for prefix, ns in PREFIXES.items()]
        self.starts = tuple(ns for ns, _ in self._ns)   # what an IRI with a prefixed name starts with
        self._verbs: dict[bytes, tuple[dict, dict]] = {}

    def verbs(self, indent: bytes) -> tuple[dict[bytes, bytes], dict[bytes, bytes]]:
        """Two caches for blocks indented by ``indent``: predicate → its text after a subject
        (``b" nkg:quote "``), predicate → its text after another predicate (``b" ;\n\tnkg:quote "``)."""
        return self._verbs.setdefault(indent, ({}, {}))

    def iri(self, term: bytes) -> bytes:
        """``<https://w3id.org/newskg/ontology#Person>`` → ``nkg:Person``; other IRIs unchanged."""
        if not term.startswith(self.starts):
            return term
        out = self._cache.get(term)
        if out is None:
            out = term
            for ns, prefix in self._ns:
                if term.startswith(ns) and _LOCAL.fullmatch(term, len(ns), len(term) - 1):
                    out = prefix + b":" + term[len(ns):-1]
                    break
            self._cache[term] = out
        return out

    def __call__(self, term: bytes) -> bytes:
        if term[0] == 60:   # b"<"
            return self.iri(term)
        if term[-1] != 62:   # not b">": a plain or language-tagged literal, a blank node
            return term
        out = self._cache.get(term)   # a typed literal: "…"^^<datatype>
        if out is None:
            cut = term.rindex(b'"^^<') + 3
            out = self._cache[term] = term[:cut] + self.iri(term[cut:])
        return out


_PREFIX_LINES = b"".join(f"@prefix {p}: <{ns}> .\n".encode("utf-8") for p, ns in sorted(PREFIXES.items()))


def _write_blocks(fh, lines: list[bytes], indent: bytes, prefixes: bool = True,
                  compact: _Compact | None = None) -> None:
    """Sorted N-Triples ``lines`` as Turtle blocks, one per subject, each line starting with
    ``indent``; the ``@prefix`` lines first when ``prefixes``; terms shortened by ``compact``
    (a new :class:`_Compact` when None)."""
    if prefixes:
        fh.write(_PREFIX_LINES)
    term = compact or _Compact()
    iri, starts = term.iri, term.starts
    heads, nexts = term.verbs(indent)
    out: list[bytes] = []
    extend = out.extend
    start, close = indent, b" .\n" + indent   # what opens the first block, and every other
    subject = predicate = None
    for line in lines:
        s, p, o = line[:-2].split(b" ", 2)
        if o[-1] == 62 and (o[0] != 60 or o.startswith(starts)):   # a typed literal, an IRI with a prefix
            o = term(o)
        if s != subject:
            if len(out) > _CHUNK:
                fh.write(b"".join(out))
                out.clear()
            head = heads.get(p)
            if head is None:
                head = heads[p] = b" " + (b"a" if p == _RDF_TYPE else iri(p)) + b" "
            extend((start, iri(s) if s.startswith(starts) else s, head, o))
            start = close
            subject, predicate = s, p
        elif p != predicate:
            nxt = nexts.get(p)
            if nxt is None:
                nxt = nexts[p] = b" ;\n" + indent + b"\t" + (b"a" if p == _RDF_TYPE else iri(p)) + b" "
            extend((nxt, o))
            predicate = p
        else:
            extend((b" , ", o))
    if subject is not None:
        out.append(b" .\n")
    fh.write(b"".join(out))


def _to_ox(t):
    """rdflib IRI → pyoxigraph IRI, None stays None (the patterns of :class:`UnionView`)."""
    if t is None:
        return None
    if isinstance(t, URIRef):
        return ox.NamedNode(str(t))
    raise TypeError(f"a pattern term is an IRI or None, not {t!r}")


class UnionView:
    """Read access to the union of a :class:`GraphStore` with rdflib terms and rdflib ``Graph``
    method names, served from its sorted N-Triples lines (no second copy of the graph):
    patterns are rdflib IRIs or None (any), results rdflib terms (:func:`to_rdflib`).

    A subject's lines are contiguous in the sorted lines, so a pattern with a subject reads
    only them, found by bisection; a pattern without one reads every line (the predicate is
    matched on the text before a line is parsed). Lines are parsed by pyoxigraph's N-Triples
    parser. Order: the lines' (subject, predicate, object text), so the same graph is always
    read in the same order."""

    def __init__(self, lines: list[bytes]):
        self._lines = lines   # sorted, distinct (GraphStore.union)
        self._terms: dict = {}   # pyoxigraph IRI → rdflib IRI: the view converts each IRI once

    def _term(self, t):
        if not isinstance(t, ox.NamedNode):
            return to_rdflib(t)
        out = self._terms.get(t)
        if out is None:
            out = self._terms[t] = to_rdflib(t)
        return out

    def _subject_lines(self, key: bytes) -> list[bytes]:
        """The lines whose subject is the N-Triples term ``key`` (``b"<iri>"``, ``b"_:label"``)."""
        lo = bisect_left(self._lines, key + b" ")
        return self._lines[lo:bisect_left(self._lines, key + b"!", lo)]   # "!" follows " " in UTF-8

    def _scan(self, predicate: bytes | None) -> Iterator[ox.Quad]:
        """Every statement, or those whose predicate is the N-Triples term ``predicate``."""
        lines = self._lines
        if predicate is not None:
            needle = b" " + predicate + b" "
            lines = [line for line in lines if needle in line]   # then checked on the parsed term
        for i in range(0, len(lines), _CHUNK):
            yield from _parse(lines[i:i + _CHUNK])

    def _match(self, s, p, o) -> Iterator[ox.Quad]:
        ps, pp, po = (_to_ox(t) for t in (s, p, o))
        quads = _parse(self._subject_lines(_key(ps))) if ps is not None else self._scan(_key(pp) if pp else None)
        for q in quads:
            if (pp is None or q.predicate == pp) and (po is None or q.object == po):
                yield q

    def triples(self, pattern: tuple) -> Iterator[tuple]:
        """``(s, p, o)`` rdflib triples matching ``pattern`` (None: any)."""
        for q in self._match(*pattern):
            yield self._term(q.subject), self._term(q.predicate), self._term(q.object)

    def objects(self, subject=None, predicate=None) -> Iterator:
        """Objects of triples with this subject and predicate."""
        for q in self._match(subject, predicate, None):
            yield self._term(q.object)

    def subjects(self, predicate=None, obj=None) -> Iterator:
        """Subjects of triples with this predicate and object (each subject once)."""
        seen = set()
        for q in self._match(None, predicate, obj):
            if q.subject not in seen:
                seen.add(q.subject)
                yield self._term(q.subject)

    def predicate_objects(self, subject=None) -> Iterator[tuple]:
        """``(predicate, object)`` of triples with this subject."""
        for q in self._match(subject, None, None):
            yield self._term(q.predicate), self._term(q.object)

    def iri_objects(self, subject) -> Iterator[tuple]:
        """``(predicate, object)`` of triples with this subject whose object is an IRI (the
        literals are skipped unconverted)."""
        for q in self._match(subject, None, None):
            if isinstance(q.object, ox.NamedNode):
                yield self._term(q.predicate), self._term(q.object)

    def subject_objects(self, predicate=None) -> Iterator[tuple]:
        """``(subject, object)`` of triples with this predicate."""
        for q in self._match(None, predicate, None):
            yield self._term(q.subject), self._term(q.object)

    def plain_pairs(self, predicate: str) -> Iterator[tuple]:
        """``(subject, object)`` of the triples whose predicate is the IRI ``predicate`` (a
        ``str``), as plain values (:func:`plain`), in the lines' order."""
        node = ox.NamedNode(predicate)
        for q in self._scan(_key(node)):
            if q.predicate == node:
                yield plain(q.subject), plain(q.object)

    def plain_statements_of(self, subjects) -> dict:
        """``{subject: {predicate IRI: [object, …]}}`` for each of ``subjects`` (plain values,
        :func:`plain`; ``{}`` for a literal or a subject without statements), the objects of
        each predicate in the lines' order."""
        return {subject: self._plain_statements(subject) for subject in subjects}

    def _plain_statements(self, subject) -> dict[str, list]:
        if type(subject) is str:
            key = _key(ox.NamedNode(subject))
        elif subject[1] is None:
            key = _key(ox.BlankNode(subject[0]))
        else:
            return {}
        out: dict[str, list] = {}
        iri = ox.NamedNode
        for q in _parse(self._subject_lines(key)):
            p, o = q.predicate.value, q.object
            objects = out.get(p)
            if objects is None:
                objects = out[p] = []
            objects.append(o.value if type(o) is iri else plain(o))   # most objects are IRIs
        return out


def _key(term) -> bytes:
    """A pyoxigraph IRI or blank node as its N-Triples text (the lines' form), UTF-8."""
    return str(term).encode("utf-8")


def _parse(lines: list[bytes]):
    """The statements of N-Triples ``lines`` (pyoxigraph quads of the default graph), in order."""
    return ox.parse(b"\n".join(lines), format=ox.RdfFormat.N_TRIPLES) if lines else iter(())


def plain(t):
    """pyoxigraph term → plain Python value: an IRI → its ``str``; a literal → ``(text,
    language)``, ``text`` as ``str`` of its :func:`to_rdflib` term (rdflib's canonical form for
    a typed literal: ``"012"^^xsd:integer`` → ``"12"``), ``language`` lower-cased or ``""``; a
    blank node → ``(label, None)``. Raises TypeError for anything else."""
    if isinstance(t, ox.NamedNode):
        return t.value
    if isinstance(t, ox.Literal):
        language = t.language
        if language:
            return t.value, language.lower()
        value, datatype = t.value, t.datatype.value
        if datatype == _XSD_STRING or (datatype in _XSD_INTEGERS and _CANONICAL_INTEGER.fullmatch(value)):
            return value, ""   # what rdflib gives for them (a canonical integer: offsets, counts)
        return _typed_text(value, datatype), ""
    if isinstance(t, ox.BlankNode):
        return t.value, None
    raise TypeError(f"not an RDF term: {t!r}")


_XSD_INTEGERS = {"http://www.w3.org/2001/XMLSchema#" + name for name in (
    "integer", "nonNegativeInteger", "positiveInteger", "nonPositiveInteger", "negativeInteger", "long", "int",
    "short", "byte", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte")}
_CANONICAL_INTEGER = re.compile(r"-?[1-9][0-9]*|0")


@functools.lru_cache(maxsize=1 << 16)   # dates repeat
def _typed_text(value: str, datatype: str) -> str:
    return str(Literal(value, datatype=URIRef(datatype)))
