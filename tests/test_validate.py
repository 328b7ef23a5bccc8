"""SHACL validation (ontology/shapes.ttl, kg validate): the seed graph conforms;
planted violations are each reported on one line."""
from __future__ import annotations

from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS

from kg.cli import main
from kg.graph.vocab import NKG
from kg.validate import validate


def _seed_graph(seed_build) -> Graph:
    out, result = seed_build
    assert result.exit_code == 0
    return Graph().parse(out / "graph.ttl", format="turtle")


def test_seed_graph_has_no_violation(seed_build):
    out, _ = seed_build
    r = CliRunner().invoke(main, ["validate", str(out / "graph.ttl")])
    assert r.exit_code == 0, r.output
    assert r.stdout == ""
    assert r.stderr.endswith(" 0 violations of ontology/shapes.ttl.\n")


def test_planted_violations_are_each_reported(seed_build, tmp_path):
    g = _seed_graph(seed_build)
    event = next(e for e in g.subjects(RDF.type, NKG.Summit) if (e, NKG.startDate, None) in g)
    article = next(g.subjects(RDF.type, NKG.Article))
    post = next(g.subjects(RDF.type, NKG.Post))
    g.remove((event, NKG.startDate, None))          # an event without a date
    g.remove((article, NKG.publisher, None))        # an article without a publisher: a warning
    g.remove((post, RDFS.label, None))
    g.add((post, RDFS.label, Literal("无语言标签")))   # a label without a language tag
    bare = URIRef("https://w3id.org/newskg/id/event/bare")
    g.add((bare, RDF.type, NKG.Event))               # no kind, label, date or participant
    g.add((bare, RDFS.label, Literal("空事件", lang="zh-Hans")))
    results = validate(g)
    by_node = {}
    for v in results:
        by_node.setdefault(v.node, []).append(v.message)
    assert any("nkg:startDate" in m for m in by_node[str(event)])
    assert any("nkg:publisher" in m for m in by_node[str(article)])
    assert all(v.severity == "Warning" for v in results if v.node == str(article))   # the source named none
    assert any("language tag" in m for m in by_node[str(post)])
    assert any("event kind" in m for m in by_node[str(bare)])
    assert any("nkg:startDate" in m for m in by_node[str(bare)])
    assert any("nkg:participant" in m for m in by_node[str(bare)])
    assert len(by_node) == 4
    # the CLI prints one line per result and exits 1
    path = tmp_path / "planted.ttl"
    g.serialize(path, format="turtle")
    r = CliRunner().invoke(main, ["validate", str(path)])
    assert r.exit_code == 1
    lines = r.stdout.splitlines()
    assert len(lines) == len(results)
    assert f"event 空事件 <{bare}>: needs at least one nkg:participant, a person, country or organisation" in lines
    violations = sum(v.severity == "Violation" for v in results)
    assert any(line.startswith("warning: article ") for line in lines)
    assert r.stderr.endswith(f" {violations} violations of ontology/shapes.ttl.\n")
