"""Event coreference across outlets and scripts, on small articles written for
these tests (G20, BRICS, a bilateral meeting): one real event is one node
whatever name, script or verb each outlet uses; different events stay apart."""
from __future__ import annotations

import zlib

import pytest
from click.testing import CliRunner
from rdflib import Graph, URIRef

from kg.cli import main
from kg.graph.vocab import NKG

Q = "PREFIX nkg: <https://w3id.org/newskg/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"


def _post(title: str, date: str, outlet: str, body: str) -> str:
    return f'---\ntitle: "{title}"\ndate: {date}\nauthor: {outlet}\nfrom: https://example.org/{zlib.crc32(title.encode())}\n---\n{body}\n'


ARTICLES = {
    # the same G20 summit: different names (二十国集团领导人第十九次峰会 / 二十國集團（G20）峰會), both scripts
    "g20-hans.md": _post("二十国集团峰会开幕", "2024-11-19T08:00:00+08:00", "甲报",
                         "<p>二十国集团领导人第十九次峰会11月18日在巴西里约热内卢开幕。中国国家主席习近平出席峰会并发表讲话。</p>"
                         "<p>峰会期间，习近平会见了法国总统马克龙。</p>"),
    "g20-hant.md": _post("G20峰會登場", "2024-11-19", "乙報",
                         "<p>二十國集團（G20）峰會週一（11月18日）在巴西揭幕，美國總統拜登和中國國家主席習近平出席。</p>"
                         "<p>馬克龍與習近平18日舉行會談。</p>"),
    # an announced event and its later report: one node
    "brics-announced.md": _post("金砖峰会预告", "2023-08-24T10:00:00+08:00", "丙报",
                                "<p>南非总统拉马福萨宣布，金砖国家领导人第十六次会晤将于2024年在俄罗斯举行。</p>"),
    "brics-held.md": _post("金磚峰會舉行", "2024-10-23T10:00:00+08:00", "丁報",
                           "<p>金磚國家領導人第十六次會晤10月23日在俄羅斯喀山舉行，俄羅斯總統普京主持會晤。</p>"),
    # another summit of the same series (another ordinal, another year): a different node
    "brics-previous.md": _post("金砖峰会闭幕", "2023-08-24T18:00:00+08:00", "丙报",
                               "<p>金砖国家领导人第十五次会晤8月22日至24日在南非约翰内斯堡举行。</p>"),
    # the same pair meeting months later: a different node
    "xi-macron-may.md": _post("习近平会见马克龙", "2024-05-07T20:00:00+08:00", "甲报",
                              "<p>国家主席习近平5月6日在巴黎同法国总统马克龙举行会谈。</p>"),
    # visits told from the host's side: the guest is the visitor, the host is not
    "visits.md": _post("会见外宾", "2024-06-08", "甲报",
                       "<p>6月7日下午，国家主席习近平在北京人民大会堂会见来华正式访问的巴基斯坦总理夏巴兹。</p>"
                       "<p>应国家主席习近平邀请，委内瑞拉总统马杜罗9月8日至14日对中国进行国事访问。</p>"),
}


@pytest.fixture(scope="module")
def graph(tmp_path_factory) -> Graph:
    root = tmp_path_factory.mktemp("coref")
    inp = root / "in"
    inp.mkdir()
    for name, text in ARTICLES.items():
        (inp / name).write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(inp), "-o", str(root / "out"), "-q"])
    assert result.exit_code == 0, result.output
    return Graph().parse(root / "out" / "graph.ttl", format="turtle")


def _events(g: Graph, where: str) -> list:
    rows = g.query(Q + "SELECT DISTINCT ?e ?start WHERE { ?e a nkg:Event ; nkg:startDate ?start . " + where + " }")
    return sorted((str(r.e), str(r.start)) for r in rows)


def _reporters(g: Graph, event) -> set[str]:
    return {str(a) for a in g.subjects(NKG.reports, event)}


def test_one_g20_summit_across_names_and_scripts(graph):
    rows = _events(graph, "?e a nkg:Summit ; nkg:participant <https://w3id.org/newskg/id/organization/group-of-twenty>")
    assert [start for _, start in rows] == ["2024-11-18"]
    assert (URIRef(rows[0][0]), NKG.location, URIRef("https://w3id.org/newskg/id/place/rio-de-janeiro")) in graph
    assert len(_reporters(graph, URIRef(rows[0][0]))) == 2


def test_one_bilateral_meeting_across_verbs_and_scripts(graph):
    """会见 (zh-Hans, dated by 峰会期间) and 會談 (zh-Hant, dated 18日) are one
    meeting; the May talks of the same two leaders stay a separate event."""
    both = "?e nkg:participant <https://w3id.org/newskg/id/person/emmanuel-macron>, " \
           "<https://w3id.org/newskg/id/person/xi-jinping> . FILTER NOT EXISTS { ?e a nkg:Summit }"
    nodes = {str(r.e) for r in graph.query(Q + "SELECT DISTINCT ?e WHERE { ?e a nkg:Event . " + both + " }")}
    rows = _events(graph, both)
    assert [start for _, start in rows] == ["2024-05-06", "2024-11-18"]
    assert nodes == {e for e, _ in rows}  # every such event is dated
    assert len(_reporters(graph, URIRef(rows[1][0]))) == 2


def test_the_meeting_during_the_summit_takes_its_place(graph):
    rows = graph.query(Q + """SELECT ?loc WHERE { ?e nkg:participant <https://w3id.org/newskg/id/person/emmanuel-macron> ;
        nkg:startDate "2024-11-18"^^<http://www.w3.org/2001/XMLSchema#date> ; nkg:location ?loc }""")
    assert "https://w3id.org/newskg/id/country/brazil" in {str(r.loc) for r in rows}


def test_announced_summit_merges_with_its_report(graph):
    rows = _events(graph, "?e a nkg:Summit ; nkg:participant <https://w3id.org/newskg/id/organization/brics>")
    assert [start for _, start in rows] == ["2023-08-22", "2024-10-23"]
    later = URIRef(rows[1][0])
    assert len({str(a) for p in (NKG.reports, NKG.mentions) for a in graph.subjects(p, later)}) == 2
    assert (later, NKG.location, URIRef("https://w3id.org/newskg/id/country/russia")) in graph


def test_a_leaders_meeting_of_a_bloc_is_a_summit_and_chairing_it_is_no_new_event(graph):
    """金砖国家领导人…会晤 is typed Summit; 主持會晤 refers back to it."""
    putin = "<https://w3id.org/newskg/id/person/vladimir-putin>"
    rows = graph.query(Q + f"SELECT ?e ?start WHERE {{ ?e a nkg:Event ; nkg:participant {putin} ; nkg:startDate ?start }}")
    assert [(str(r.start)) for r in rows] == ["2024-10-23"]
    (row,) = rows
    assert (row.e, NKG.participant, URIRef("https://w3id.org/newskg/id/organization/brics")) in graph
    assert not list(graph.query(Q + "SELECT ?e WHERE { ?e a nkg:Meeting ; nkg:participant "
                                    "<https://w3id.org/newskg/id/organization/brics> }"))


@pytest.mark.parametrize("label,kind,start", [
    ("夏巴兹正式访问中国", "Visit", "2024-06-07"),
    ("马杜罗国事访问中国", "StateVisit", "2024-09-08"),
])
def test_the_guest_is_the_visitor(graph, label, kind, start):
    rows = graph.query(Q + f"""SELECT ?e WHERE {{ ?e a nkg:{kind} ; rdfs:label "{label}"@zh-Hans ;
        nkg:startDate ?d ; nkg:location <https://w3id.org/newskg/id/country/china> FILTER(STR(?d) = "{start}") }}""")
    assert len(rows) == 1
