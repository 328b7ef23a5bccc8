"""kg.graph.store: the graph's sorted lines and their writers."""
from __future__ import annotations

import random
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, RDFS, XSD

from kg.graph.store import GraphStore

NKG = "https://w3id.org/newskg/ontology#"
E = "https://w3id.org/newskg/id/"
ART = URIRef(E + "article/1")
QUADS = [
    (URIRef(E + "person/习近平"), RDF.type, URIRef(NKG + "Person"), None),
    (URIRef(E + "person/习近平"), RDFS.label, Literal("习近平", lang="zh-Hans"), None),
    (URIRef(E + "person/习近平"), RDFS.label, Literal("習近平", lang="zh-Hant"), ART),
    (URIRef(E + "evidence/1"), URIRef(NKG + "beginIndex"), Literal(7, datatype=XSD.nonNegativeInteger), ART),
    (URIRef(E + "evidence/1"), URIRef(NKG + "quote"), Literal('他说："好" \\ 然后\n走了'), ART),
    (URIRef(E + "event/2025-峰会/a.b"), RDF.type, URIRef(NKG + "Summit"), None),
    (URIRef(E + "person/习近平"), RDF.type, URIRef(NKG + "Person"), ART),   # in both graphs: once in Turtle
]


def _write(store, tmp_path, name):
    out = {}
    for fmt, ext in (("turtle", "ttl"), ("trig", "trig"), ("nt", "nt"), ("nquads", "nq")):
        path = tmp_path / f"{name}.{ext}"
        store.write(path, fmt)
        out[ext] = path.read_bytes()
    return out


def test_the_bytes_do_not_depend_on_the_order_the_statements_come_in(tmp_path):
    shuffled = QUADS[:]
    random.Random(7).shuffle(shuffled)
    assert _write(GraphStore.from_quads(QUADS), tmp_path, "a") == _write(GraphStore.from_quads(shuffled), tmp_path, "b")


def test_turtle_holds_the_union_once_with_tags_and_datatypes_as_given(tmp_path):
    store = GraphStore.from_quads(QUADS)
    out = _write(store, tmp_path, "g")
    assert len(store) == 6
    expected = Graph()
    for s, p, o, _ in QUADS:
        expected.add((s, p, o))
    assert isomorphic(Graph().parse(data=out["ttl"].decode("utf-8"), format="turtle"), expected)
    assert len(list(ox.parse(out["ttl"], format=ox.RdfFormat.TURTLE))) == 6
    text = out["ttl"].decode("utf-8")
    assert '"习近平"@zh-Hans' in text and "xsd:nonNegativeInteger" in text   # not @zh-hans, not xsd:integer
    assert "<https://w3id.org/newskg/id/event/2025-峰会/a.b> a nkg:Summit" in text


def test_trig_and_nquads_keep_each_statement_in_its_graph(tmp_path):
    out = _write(GraphStore.from_quads(QUADS), tmp_path, "g")
    for data, fmt in ((out["trig"], "trig"), (out["nq"], "nquads")):
        ds = Dataset()
        ds.parse(data=data.decode("utf-8"), format=fmt)
        named = {(s, p, o) for s, p, o, g in ds.quads((None, None, None, None)) if g is not None and
                 getattr(g, "identifier", g) == ART}
        assert named == {(s, p, o) for s, p, o, g in QUADS if g == ART}


def test_the_view_reads_the_union_with_rdflib_terms():
    view = GraphStore.from_quads(QUADS).view()
    person = URIRef(E + "person/习近平")
    assert sorted(view.objects(person, RDFS.label)) == sorted([Literal("习近平", lang="zh-Hans"),
                                                               Literal("習近平", lang="zh-Hant")])
    assert list(view.objects(person, RDF.type)) == [URIRef(NKG + "Person")]
    assert set(view.subjects(RDF.type, None)) == {person, URIRef(E + "event/2025-峰会/a.b")}
    assert all(isinstance(o, URIRef) for _, o in view.iri_objects(person))



def test_the_view_matches_rdflib_on_every_pattern_also_where_one_iri_is_a_prefix_of_another():
    from rdflib import BNode

    a, ab, a_b, p, q = (URIRef(E + x) for x in ("a", "ab", "a/b", "p", "q"))
    g = Graph()
    for t in ((a, p, ab), (a, q, Literal("x", lang="en")), (ab, p, a), (a_b, p, a), (a_b, q, BNode("n")),
              (BNode("n"), p, a), (a, RDF.type, URIRef(NKG + "Person")),
              (ab, q, Literal(f"<{E}p> is in this text"))):   # the predicate's text inside a literal
        g.add(t)
    view = GraphStore.from_rdflib(g).view()
    terms = [None, a, ab, a_b, p, q, RDF.type]
    for s_ in terms:
        for p_ in terms:
            for o_ in terms:
                assert sorted(view.triples((s_, p_, o_))) == sorted(g.triples((s_, p_, o_))), (s_, p_, o_)
    assert sorted(view.subjects(p, a)) == sorted(set(g.subjects(p, a)))
    assert view.plain_statements_of([E + "a"])[E + "a"] == {
        str(RDF.type): [NKG + "Person"], E + "p": [E + "ab"], E + "q": [("x", "en")]}
    assert view.plain_statements_of([("n", None)])[("n", None)] == {E + "p": [E + "a"]}
    assert sorted(view.plain_pairs(E + "q")) == [(E + "a", ("x", "en")), (E + "a/b", ("n", None)),
                                                 (E + "ab", (f"<{E}p> is in this text", ""))]

ODD_LINES = [   # N-Triples as a user's file may have them: tags in any case, typed literals not canonical
    f'<{E}person/a> <{RDFS.label}> "甲"@ZH-hant .',
    f'<{E}person/a> <{RDFS.label}> "A"@en-us .',
    f'<{E}person/a> <{NKG}note> "plain" .',
    f'<{E}person/a> <{NKG}note> "typed string"^^<{XSD.string}> .',
    f'<{E}person/a> <{NKG}evidence> _:ev .',
    f'_:ev <{NKG}beginIndex> "012"^^<{XSD.nonNegativeInteger}> .',
    f'_:ev <{NKG}endIndex> "15"^^<{XSD.nonNegativeInteger}> .',
    f'_:ev <{NKG}count> "-0"^^<{XSD.integer}> .',
    f'_:ev <{NKG}padded> " 7"^^<{XSD.integer}> .',   # the store keeps it, rdflib gives "7"
    f'_:ev <{NKG}flag> "1"^^<{XSD.boolean}> .',
    f'_:ev <{NKG}date> "2024-4-26"^^<{XSD.date}> .',
    f'_:ev <{NKG}size> "1.50"^^<{XSD.decimal}> .',
]


def test_the_view_reads_plain_values_as_the_rdflib_terms_would_give_them():
    from kg.graph.store import plain, to_rdflib

    lines = [line.encode("utf-8") for line in ODD_LINES]
    view = GraphStore({b"": lines}).view()
    for q in ox.parse(b"\n".join(lines), format=ox.RdfFormat.N_TRIPLES):
        for term in (q.subject, q.object):
            t = to_rdflib(term)
            if isinstance(t, URIRef):
                assert plain(term) == str(t)
            elif isinstance(t, Literal):
                assert plain(term) == (str(t), (t.language or "").lower())
            else:
                assert plain(term) == (str(t), None)
    person = E + "person/a"
    statements = view.plain_statements_of([person, ("not a subject", "")])
    assert sorted(statements[person][str(RDFS.label)]) == [("A", "en-us"), ("甲", "zh-hant")]
    assert sorted(statements[person][NKG + "note"]) == [("plain", ""), ("typed string", "")]
    (ev,) = statements[person][NKG + "evidence"]
    assert ev[1] is None   # a blank node
    ev_statements = view.plain_statements_of([ev])[ev]
    assert ev_statements[NKG + "beginIndex"] == [("12", "")] and ev_statements[NKG + "count"] == [("0", "")]
    assert ev_statements[NKG + "padded"] == [("7", "")]
    assert statements[("not a subject", "")] == {}
    assert sorted(view.plain_pairs(NKG + "note")) == [(person, ("plain", "")), (person, ("typed string", ""))]


def test_literal_text_is_pyoxigraphs_for_every_code_point():
    from kg.graph.store import _ESCAPED, _quoted

    for start in range(0, 0x110000, 256):
        block = "".join(chr(c) for c in range(start, start + 256) if not 0xD800 <= c <= 0xDFFF)
        if not block:
            continue
        if str(ox.Literal(block)) == f'"{block}"':
            assert _ESCAPED.search(block) is None, hex(start)
        else:
            for ch in block:
                assert _quoted(ch) == str(ox.Literal(ch)), hex(ord(ch))
    text = '他说："好" \\ 然后\n走了\x7f\ufffe'
    assert _quoted(text) == str(ox.Literal(text))
    with pytest.raises(ValueError):   # a lone surrogate, as pyoxigraph
        _quoted("\ud800")


@pytest.mark.parametrize("args", [
    ("习近平",), ("习近平", "zh-Hans"), ("x", ""), ("x", None), ('a "b"\tc\\', "en-US"), ("", "en"),
    (True,), (12,), (0, None, XSD.nonNegativeInteger), (-3, None, XSD.nonNegativeInteger),
    ("2025", None, XSD.gYear), ("2025-03", None, XSD.gYearMonth), ("2025-03-01", None, XSD.date),
    ("2025-03-01T08:00:00Z", None, XSD.dateTime), ("https://a.example/x?y=1", None, XSD.anyURI),
    ("5", None, XSD.string),
])
def test_the_text_of_a_literal_is_that_of_the_rdflib_literal(args):
    from kg.graph.store import NTriplesTerms

    value, lang, datatype = (args + (None, None))[:3]
    nt = NTriplesTerms()
    expected = nt(Literal(value, lang=lang, datatype=datatype))
    assert nt.literal(value, lang=lang, datatype=datatype) == expected
    assert nt.literal(value, lang=lang, datatype=datatype) == expected   # cached
    assert NTriplesTerms().iri(E + "person/习近平") == f"<{E}person/习近平>".encode("utf-8")


@pytest.mark.parametrize("call", [lambda nt: nt.literal("x", lang="not a tag"), lambda nt: nt.iri("no scheme"),
                                  lambda nt: nt.iri(E + "a b")])
def test_a_bad_tag_or_iri_raises_value_error(call):
    from kg.graph.store import NTriplesTerms

    with pytest.raises(ValueError):
        call(NTriplesTerms())


def test_the_builder_stores_what_its_rdflib_quads_give():
    """GraphBuilder.store makes N-Triples text without rdflib terms: the same lines as the
    rdflib quads through GraphStore.from_quads, on the seeds (one of them made a bulletin)."""
    from kg.graph.build import GraphBuilder
    from kg.model import Item
    from kg.pipeline import BuildOptions, collect_inputs, process, read_all

    seeds = Path(__file__).resolve().parents[1] / "seeds"
    articles, _ = read_all(collect_inputs([seeds]))
    r = process(articles, BuildOptions(ner=False))
    r.facts[0].article.items = [Item(0, "", 0, 10), Item(1, "习近平会见马克龙", 10, 30)]
    builder = GraphBuilder(r.entities, events=r.events, agreements=r.agreements, posts=r.posts)
    store = builder.store(r.facts)
    via_rdflib = GraphStore.from_quads(builder.quads(r.facts))
    assert store.graphs == via_rdflib.graphs and store.union() == via_rdflib.union()
    assert len(store.graphs) == len(r.facts) + 1 and len(store) > 1000
    assert sum(b"#ArticlePart>" in line for line in store.union()) == 2
