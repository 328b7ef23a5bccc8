"""Property-based tests (hypothesis): readers never raise anything but the project's own
errors on arbitrary input; minted IRIs parse in rdflib and pyoxigraph; literals round-trip."""
from __future__ import annotations

import io
from pathlib import Path

import pyoxigraph
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef

from kg.errors import KGError
from kg.graph.iris import entity_iri
from kg.resolve.entities import slugify
from kg.sources import read_article
from kg.sources.common import decode_bytes

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
# names as news writes them: Han characters, Latin, digits, name dots, brackets, punctuation, spaces
NAMES = st.text(alphabet=st.sampled_from(list("习近平拜登托卡耶夫中亚峰会abcXYZ019·‧•-（）()《》「」“”<>\"'{}|\\^` #%?/&:") +
                                         ["\u3000", "\t", "é", "ß", "😀"]), min_size=1, max_size=30)


@FAST
@given(st.binary(max_size=400))
def test_decoding_arbitrary_bytes_raises_only_the_projects_errors(data):
    try:
        text, encoding = decode_bytes(data, Path("x.md"))
    except KGError:
        return
    assert isinstance(text, str) and encoding


@FAST
@given(st.text(max_size=400))
def test_reading_arbitrary_text_raises_only_the_projects_errors(tmp_path_factory, text):
    f = tmp_path_factory.mktemp("fuzz") / "a.md"
    f.write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        art = read_article(f)
    except KGError:
        return
    assert art.id and (art.title or art.paragraphs)


@FAST
@given(NAMES, st.sampled_from(["Person", "Place", "Organization"]))
def test_a_minted_iri_parses_in_rdflib_and_pyoxigraph(name, typ):
    iri = entity_iri(typ, slugify(name))
    g = Graph()
    g.add((iri, URIRef("http://example.org/p"), Literal(name)))
    ttl = g.serialize(format="turtle")
    assert {s for s, _, _ in Graph().parse(data=ttl, format="turtle")} == {iri}
    quads = list(pyoxigraph.parse(io.BytesIO(ttl.encode("utf-8")), format=pyoxigraph.RdfFormat.TURTLE))
    assert [q.subject.value for q in quads] == [str(iri)]


@FAST
@given(st.text(max_size=60).filter(lambda t: "\x00" not in t), st.sampled_from(["zh-Hans", "zh-Hant", "en", None]))
def test_a_literal_round_trips(text, lang):
    s, p = URIRef("http://example.org/s"), URIRef("http://example.org/p")
    g = Graph()
    g.add((s, p, Literal(text, lang=lang)))
    ttl = g.serialize(format="turtle")
    back = list(Graph().parse(data=ttl, format="turtle").objects(s, p))
    assert back == [Literal(text, lang=lang)]
    quads = list(pyoxigraph.parse(io.BytesIO(ttl.encode("utf-8")), format=pyoxigraph.RdfFormat.TURTLE))
    assert quads[0].object.value == text
