"""Tests for the interactive network view (kg.export.html.write_html)."""
from __future__ import annotations

import json
import os
import random
import re

import pytest
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg.export.html import LARGE_GRAPH, write_html

NKG = Namespace("https://w3id.org/newskg/ontology#")
RES = Namespace("https://w3id.org/newskg/id/")
WD = Namespace("http://www.wikidata.org/entity/")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")

HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(1)>"
EXTERNAL = re.compile(r"""(src|href)\s*=\s*["']?https?:""", re.IGNORECASE)
DATA = re.compile(r'<script type="application/json" id="graph-data">(.*?)</script>', re.DOTALL)


def _triples() -> list[tuple]:
    a1, a2, outlet = RES["article/a1"], RES["article/a2"], RES["outlet/xinhua"]
    wang, blinken, china, summit = RES["person/wang-yi"], RES["person/blinken"], RES["country/china"], RES["event/e1"]
    evidence = RES["evidence/ev1"]
    return [
        (a1, RDF.type, NKG.Article),
        (a1, NKG.headline, Literal("王毅会见布林肯", lang="zh-Hans")),
        (a1, NKG.url, Literal("https://example.org/a1", datatype=XSD.anyURI)),
        (a1, NKG.datePublished, Literal("2024-04-26", datatype=XSD.date)),
        (a1, NKG.publisher, outlet),
        (a1, NKG.mentions, wang),
        (a1, NKG.mentions, blinken),
        (a1, NKG.mentions, summit),
        (a1, NKG.reports, summit),
        (a2, RDF.type, NKG.Article),
        (a2, NKG.headline, Literal(HOSTILE, lang="zh-Hant")),
        (a2, NKG.publisher, outlet),
        (a2, NKG.cites, outlet),
        (a2, NKG.mentions, china),
        (a2, NKG.mentions, wang),
        (outlet, RDF.type, NKG.Outlet),
        (outlet, RDF.type, NKG.Organization),
        (outlet, RDFS.label, Literal("新华社", lang="zh-Hans")),
        (outlet, RDFS.label, Literal("新華社", lang="zh-Hant")),
        (outlet, RDFS.label, Literal("Xinhua", lang="en")),
        (wang, RDF.type, NKG.Person),
        (wang, RDFS.label, Literal("王毅", lang="zh-Hans")),
        (wang, RDFS.label, Literal("Wang Yi", lang="en")),
        (wang, SKOS.altLabel, Literal("王外长", lang="zh-Hans")),
        (wang, OWL.sameAs, WD.Q24964),
        (blinken, RDF.type, NKG.Person),
        (blinken, RDFS.label, Literal("Antony Blinken", lang="en")),
        (blinken, RDFS.label, Literal("布林肯" + HOSTILE, lang="zh-Hant")),
        (china, RDF.type, NKG.Country),
        (china, RDF.type, NKG.Place),
        (china, RDFS.label, Literal("中国", lang="zh-Hans")),
        (china, OWL.sameAs, WD.Q148),
        (summit, RDF.type, NKG.Event),
        (summit, RDF.type, NKG.Meeting),
        (summit, NKG.participant, wang),
        (summit, NKG.participant, blinken),
        (summit, NKG.location, china),
        (summit, NKG.startDate, Literal("2024-04-26", datatype=XSD.date)),
        # not drawn: an evidence annotation, an ontology term, an untyped node
        (wang, NKG.evidence, evidence),
        (evidence, RDF.type, NKG.Evidence),
        (evidence, NKG.inArticle, a1),
        (evidence, NKG.quote, Literal("王毅")),
        (NKG.Meeting, RDF.type, OWL.Class),
        (NKG.Meeting, RDFS.subClassOf, NKG.Event),
        (BNode("b1"), NKG.mentions, wang),
    ]


TYPED = 7  # 2 articles, 1 outlet, 2 persons, 1 country, 1 event
EDGES = 12  # nkg object-property triples between typed nodes


def _graph(shuffle_seed: int | None = None) -> Graph:
    triples = _triples()
    if shuffle_seed is not None:
        random.Random(shuffle_seed).shuffle(triples)
    g = Graph()
    for t in triples:
        g.add(t)
    return g


def _data(page: str) -> dict:
    match = DATA.search(page)
    assert match, "embedded graph data not found"
    return json.loads(match.group(1))


@pytest.fixture()
def page(tmp_path):
    out = tmp_path / "graph.html"
    counts = write_html(_graph(), out, title="newskg test")
    return out, counts


def test_written_utf8_and_counts(page):
    out, counts = page
    raw = out.read_bytes()
    text = raw.decode("utf-8")  # raises if not UTF-8
    assert text.startswith("<!DOCTYPE html>")
    assert '<meta charset="utf-8">' in text
    assert counts == {"nodes": TYPED, "edges": EDGES}
    assert "王毅" in text and "新华社" in text  # CJK written as UTF-8, not escaped


def test_no_external_resources(page):
    text = page[0].read_text(encoding="utf-8")
    assert not EXTERNAL.search(text)
    for tag in re.findall(r"<(?:script|link|img)\b[^>]*>", text, re.IGNORECASE):
        assert "http:" not in tag and "https:" not in tag, tag
    assert "<link" not in text and "<img" not in text


def test_vis_network_inlined(page):
    text = page[0].read_text(encoding="utf-8")
    assert "new vis.Network(" in text
    assert "vis-network" in text and len(text) > 400_000  # the library itself is inside
    assert ".vis-tooltip" in text  # and its stylesheet


def test_nodes_and_edges_in_data(page):
    data = _data(page[0].read_text(encoding="utf-8"))
    ids = [n["id"] for n in data["nodes"]]
    assert len(ids) == TYPED == len(set(ids))
    assert ids == sorted(ids)
    assert str(RES["evidence/ev1"]) not in ids and str(NKG.Meeting) not in ids
    assert len(data["edges"]) == EDGES
    labels = sorted({e["label"] for e in data["edges"]})
    assert labels == ["cites", "location", "mentions", "participant", "publisher", "reports"]
    assert all(e["from"] in ids and e["to"] in ids for e in data["edges"])


def test_display_class_label_and_title(page):
    data = _data(page[0].read_text(encoding="utf-8"))
    nodes = {n["id"]: n for n in data["nodes"]}
    outlet, china = nodes[str(RES["outlet/xinhua"])], nodes[str(RES["country/china"])]
    event, wang = nodes[str(RES["event/e1"])], nodes[str(RES["person/wang-yi"])]
    assert outlet["label"] == "新华社" and outlet["shape"] == "triangleDown"
    assert "class: Outlet" in outlet["title"]
    assert china["shape"] == "hexagon" and "class: Country" in china["title"]
    assert "class: Meeting" in event["title"] and event["shape"] == "star"
    assert wang["label"] == "王毅"
    title = wang["title"].split("\n")
    assert "zh-Hans: 王毅" in title and "en: Wang Yi" in title
    assert "alt: 王外长" in title and "Wikidata: Q24964 (http://www.wikidata.org/entity/Q24964)" in title
    assert "• 王毅会见布林肯" in title  # headline of a mentioning article
    assert nodes[str(RES["article/a1"])]["label"] == "王毅会见布林肯"
    assert wang["size"] > nodes[str(RES["person/blinken"])]["size"] - 1  # size grows with degree
    assert len({n["color"] for n in data["nodes"]}) == 5  # Article Outlet Person Country Meeting
    # the legend lists exactly the classes that occur
    legend = re.search(r'<div id="legend">(.*?)</div>\s*<script', page[0].read_text(encoding="utf-8"), re.S)
    names = re.findall(r"</svg> (\w+) <span", legend.group(1))
    assert names == ["Article", "Outlet", "Country", "Meeting", "Person"]


def test_hostile_text_stays_text(page):
    text = page[0].read_text(encoding="utf-8")
    assert "<script>alert(1)" not in text
    assert "alert(1)</script>" not in text
    assert "<img src=x" not in text and "onerror=alert" not in text
    # ...but the words are kept, as text, for vis-network to show with innerText
    data = _data(text)
    nodes = {n["id"]: n for n in data["nodes"]}
    assert HOSTILE in nodes[str(RES["article/a2"])]["title"]
    assert nodes[str(RES["person/blinken"])]["label"].startswith("布林肯<script>")


def test_hostile_page_title_is_escaped(tmp_path):
    out = tmp_path / "graph.html"
    write_html(_graph(), out, title=HOSTILE)
    text = out.read_text(encoding="utf-8")
    assert "<script>alert(1)" not in text and "<img src=x" not in text
    assert "<title>&lt;script&gt;alert(1)&lt;/script&gt;" in text


def test_deterministic(tmp_path):
    one, two, three = tmp_path / "1.html", tmp_path / "2.html", tmp_path / "3.html"
    write_html(_graph(), one)
    write_html(_graph(), two)
    write_html(_graph(shuffle_seed=7), three)  # same triples, other insertion order
    assert one.read_bytes() == two.read_bytes() == three.read_bytes()


def test_small_graph_uses_seeded_barnes_hut(page):
    options = _data(page[0].read_text(encoding="utf-8"))["options"]
    assert options["physics"]["enabled"] is True
    assert options["physics"]["solver"] == "barnesHut"
    assert options["physics"]["stabilization"]["enabled"] is True
    assert isinstance(options["layout"]["randomSeed"], int)


def test_large_graph_is_laid_out_in_python(tmp_path):
    g = Graph()
    n = LARGE_GRAPH + 50
    for i in range(n):
        g.add((RES[f"p{i:05d}"], RDF.type, NKG.Person))
        g.add((RES[f"p{i:05d}"], NKG.mentions, RES[f"p{(i * 7 + 1) % n:05d}"]))
    out1, out2 = tmp_path / "a.html", tmp_path / "b.html"
    counts = write_html(g, out1)
    write_html(g, out2)
    assert counts == {"nodes": n, "edges": n}
    assert out1.read_bytes() == out2.read_bytes()
    data = _data(out1.read_text(encoding="utf-8"))
    assert data["options"]["physics"]["enabled"] is False
    xs = [node["x"] for node in data["nodes"]]
    ys = [node["y"] for node in data["nodes"]]
    assert all(isinstance(v, int) for v in xs + ys)
    assert max(xs) - min(xs) > 500 and max(ys) - min(ys) > 500  # spread in pixels
    assert len(set(zip(xs, ys))) > 0.9 * n  # nodes do not pile up


def test_empty_graph(tmp_path):
    out = tmp_path / "graph.html"
    assert write_html(Graph(), out) == {"nodes": 0, "edges": 0}
    assert _data(out.read_text(encoding="utf-8"))["nodes"] == []


def test_missing_directory_raises_oserror(tmp_path):
    with pytest.raises(OSError):
        write_html(_graph(), tmp_path / "no-such-dir" / "graph.html")


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write into read-only directories")
def test_readonly_directory_raises_oserror(tmp_path):
    target = tmp_path / "ro"
    target.mkdir()
    target.chmod(0o500)
    try:
        with pytest.raises(OSError):
            write_html(_graph(), target / "graph.html")
    finally:
        target.chmod(0o700)


def test_other_nkg_properties_and_ontology_added_kinds(tmp_path):
    g = _graph()
    forum, extra = RES["event/forum"], URIRef("https://w3id.org/newskg/ontology#Forum")
    g.add((extra, RDFS.subClassOf, NKG.Conference))
    g.add((NKG.Conference, RDFS.subClassOf, NKG.Event))
    g.add((forum, RDF.type, extra))
    g.add((forum, RDF.type, NKG.Event))
    g.add((forum, RDFS.label, Literal("博鳌论坛", lang="zh-Hans")))
    g.add((forum, NKG.precededBy, RES["event/e1"]))  # not in the contract: still drawn
    g.add((forum, NKG.sameAsText, Literal("x")))  # literal: not drawn
    g.add((forum, RDFS.seeAlso, RES["event/e1"]))  # not an nkg property: not drawn
    out = tmp_path / "graph.html"
    assert write_html(g, out) == {"nodes": TYPED + 1, "edges": EDGES + 1}
    data = _data(out.read_text(encoding="utf-8"))
    node = next(n for n in data["nodes"] if n["id"] == str(forum))
    assert "class: Forum" in node["title"] and node["shape"] == "star"
    assert any(e["label"] == "precededBy" and e["from"] == str(forum) for e in data["edges"])


def test_over_the_cap_the_most_connected_nodes_stay(tmp_path, monkeypatch):
    import kg.export.html as view

    monkeypatch.setattr(view, "MAX_NODES", 4)
    out = tmp_path / "graph.html"
    counts = write_html(_graph(), out)
    assert counts["nodes"] == 4
    text = out.read_text(encoding="utf-8")
    assert "showing the 4 most connected nodes; 3 left out" in text
    ids = {n["id"] for n in _data(text)["nodes"]}
    # degrees: a1 5, the event 5, a2 4, then the outlet and wang-yi 3 each (tie broken by IRI)
    assert ids == {str(RES[k]) for k in ("article/a1", "event/e1", "article/a2", "outlet/xinhua")}
    assert all(e["from"] in ids and e["to"] in ids for e in _data(text)["edges"])


def test_side_panel_data(page):
    data = _data(page[0].read_text(encoding="utf-8"))
    wang = data["info"][str(RES["person/wang-yi"])]
    assert wang["c"] == "Person" and wang["q"] == "Q24964"
    assert wang["l"] == {"zh-Hans": "王毅", "zh-Hant": "王毅", "en": "Wang Yi"}  # zh-Hant falls back
    assert "wang yi" in wang["s"] and "王外长" in wang["s"]
    assert ["participant", str(RES["event/e1"]), "in", True] in wang["f"]
    assert wang["e"] == [["", "王毅", str(RES["article/a1"])]]
    event = data["info"][str(RES["event/e1"])]
    assert ["startDate", "2024-04-26", "out", False] in event["f"]
    a1 = data["articles"][str(RES["article/a1"])]
    assert a1 == {"t": "王毅会见布林肯", "u": "https://example.org/a1", "d": "2024-04-26",
                  "o": str(RES["outlet/xinhua"])}
    assert data["outlets"] == [str(RES["outlet/xinhua"])]


def test_the_build_store_and_an_rdflib_graph_give_the_same_page(tmp_path):
    """kg build passes its store's view (read as plain values from pyoxigraph), kg view an rdflib
    graph: the same statements make the same bytes, odd terms included."""
    from kg.graph.store import GraphStore

    g = _graph()
    wang, ev2 = RES["person/wang-yi"], RES["evidence/ev2"]
    g.add((wang, RDFS.label, Literal("王毅", lang="ZH-hant")))   # tag case differs from the store's
    g.add((wang, SKOS.altLabel, Literal("Wang Yi", datatype=XSD.string)))
    g.add((wang, NKG.evidence, ev2))
    g.add((ev2, NKG.quote, Literal("王毅说")))
    g.add((ev2, NKG.inArticle, RES["article/a2"]))
    g.add((ev2, NKG.aboutProperty, NKG.holds))
    g.add((ev2, NKG.aboutValue, Literal("外长")))
    g.add((ev2, NKG.beginIndex, Literal("012", datatype=XSD.nonNegativeInteger)))
    g.add((RES["event/e1"], NKG.flag, Literal("1", datatype=XSD.boolean)))
    g.add((RES["event/e1"], NKG.endDate, Literal("2024-4-27", datatype=XSD.date)))
    g.add((RES["article/a1"], OWL.sameAs, Literal("http://www.wikidata.org/entity/Q1")))
    one, two = tmp_path / "rdflib.html", tmp_path / "store.html"
    write_html(g, one)
    write_html(GraphStore.from_rdflib(g).view(), two)
    assert one.read_bytes() == two.read_bytes()
    wang_info = _data(two.read_text(encoding="utf-8"))["info"][str(wang)]
    assert ["holds: 外长", "王毅说", str(RES["article/a2"])] in wang_info["e"]
