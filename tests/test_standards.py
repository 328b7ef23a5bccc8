"""The graph in other tools: both SPARQL engines, a real Oxigraph server loaded
over the Graph Store protocol, Debian's rapper, the JSON-LD round trip, the
network exports, and kg serve.

``rapper`` (Debian's raptor2-utils) is installed by ``.ci/run``; without it the
rapper test skips unless ``KG_REQUIRE_TOOLS=1`` (set by ``.ci/run``).
"""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kg.cli import main
from kg.serve import oxigraph_binary, start
from tests.conftest import ROOT

QUERIES = sorted((ROOT / "queries").glob("*.rq"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _kg_rows(graph: Path, query: Path, engine: str = "rdflib") -> list[tuple]:
    r = CliRunner().invoke(main, ["query", str(query), "-g", str(graph), "--format", "json", "--engine", engine])
    assert r.exit_code == 0, r.output
    return _rows(json.loads(r.stdout))


def _rows(doc: dict) -> list[tuple]:
    """SPARQL JSON results as sorted rows of (variable, type, value, language, datatype)."""
    out = []
    for b in doc["results"]["bindings"]:
        out.append(tuple(sorted((v, t["type"], t["value"], t.get("xml:lang", "").lower(),
                                 t.get("datatype", "")) for v, t in b.items())))
    return sorted(out)


def _http_rows(url: str, query: Path) -> list[tuple]:
    req = urllib.request.Request(url, data=query.read_bytes(), method="POST",
                                 headers={"Content-Type": "application/sparql-query",
                                          "Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=30) as resp:
        return _rows(json.loads(resp.read()))


@pytest.fixture(scope="module")
def built(seed_build):
    out, result = seed_build
    assert result.exit_code == 0
    return out


@pytest.mark.parametrize("query", QUERIES, ids=[q.stem for q in QUERIES])
def test_both_engines_give_the_same_rows(built, query):
    for graph in ("graph.ttl", "graph.trig"):
        rows = _kg_rows(built / graph, query)
        assert rows, (graph, query.name)
        assert _kg_rows(built / graph, query, "oxigraph") == rows


@pytest.fixture(scope="module")
def oxigraph_server():
    """A read-write Oxigraph server (in memory, loopback), union default graph; yields its base URL."""
    port = _free_port()
    proc = subprocess.Popen([oxigraph_binary(), "serve", "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            urllib.request.urlopen(base + "/query?" + urllib.parse.urlencode({"query": "ASK {}"}), timeout=1)
            break
        except OSError:
            if proc.poll() is not None:
                pytest.fail("oxigraph serve exited")
            time.sleep(0.1)
    yield base
    proc.terminate()
    proc.wait(timeout=10)


def _store(base: str, path: Path, content_type: str) -> None:
    """Replace the server's content with ``path`` (Graph Store protocol)."""
    urllib.request.urlopen(urllib.request.Request(
        base + "/update", data=b"CLEAR ALL", method="POST",
        headers={"Content-Type": "application/sparql-update"}), timeout=30)
    target = base + ("/store?default" if content_type == "text/turtle" else "/store")
    urllib.request.urlopen(urllib.request.Request(target, data=path.read_bytes(), method="POST",
                                                  headers={"Content-Type": content_type}), timeout=60)


@pytest.mark.parametrize("graph,content_type", [("graph.ttl", "text/turtle"), ("graph.trig", "application/trig")])
def test_an_oxigraph_server_answers_every_query_as_kg_query(built, oxigraph_server, graph, content_type):
    _store(oxigraph_server, built / graph, content_type)
    for query in QUERIES:
        assert _http_rows(oxigraph_server + "/query", query) == _kg_rows(built / graph, query), query.name


def test_rapper_counts_the_same_triples(built):
    if not shutil.which("rapper"):
        if os.environ.get("KG_REQUIRE_TOOLS") == "1":
            pytest.fail("KG_REQUIRE_TOOLS=1 but rapper (raptor2-utils) is missing")
        pytest.skip("rapper not installed (apt-get install raptor2-utils)")
    proc = subprocess.run(["rapper", "-i", "turtle", "-c", str(built / "graph.ttl")],
                          capture_output=True, text=True, check=True)
    assert f"returned {len(Graph().parse(built / 'graph.ttl'))} triples" in proc.stderr


def test_other_formats_round_trip(built, tmp_path):
    r = CliRunner().invoke(main, ["export", str(built / "graph.trig"), "-f", "jsonld", "-f", "nt", "-f", "nq",
                                  "-f", "graphml", "-f", "gexf"])
    assert r.exit_code == 0, r.output
    turtle = Graph().parse(built / "graph.ttl", format="turtle")
    assert isomorphic(Graph().parse(built / "graph.jsonld", format="json-ld"), turtle)
    assert isomorphic(Graph().parse(built / "graph.nt", format="nt"), turtle)
    trig, nq = Dataset(), Dataset()
    trig.parse(built / "graph.trig", format="trig")
    nq.parse(built / "graph.nq", format="nquads")
    assert {tuple(map(str, q)) for q in trig.quads()} == {tuple(map(str, q)) for q in nq.quads()}
    # the published context is the JSON-LD's
    doc = json.loads((built / "graph.jsonld").read_text(encoding="utf-8"))
    context = json.loads((ROOT / "ontology" / "context.jsonld").read_text(encoding="utf-8"))
    assert doc["@context"] == context["@context"]
    # the network files hold the view's nodes and edges
    html = (built / "graph.html").read_text(encoding="utf-8")
    n_nodes = int(html.split('<div class="counts">')[1].split(" nodes")[0].replace(",", ""))
    for name, reader in (("graph.graphml", nx.read_graphml), ("graph.gexf", nx.read_gexf)):
        net = reader(built / name)
        assert net.number_of_nodes() == n_nodes, name
        assert {d.get("class") for _, d in net.nodes(data=True)} >= {"Person", "Country", "Summit", "Article"}


def test_exports_are_deterministic(built, tmp_path):
    for fmt in ("jsonld", "nt", "gexf"):
        one, two = tmp_path / f"1.{fmt}", tmp_path / f"2.{fmt}"
        for target in (one, two):
            r = CliRunner().invoke(main, ["export", str(built / "graph.ttl"), "-f", fmt, "-o", str(target)])
            assert r.exit_code == 0, r.output
        assert one.read_bytes() == two.read_bytes(), fmt


def test_kg_serve_answers_and_refuses_updates(built):
    server = start(built / "graph.ttl", port=_free_port())
    try:
        count = _http_rows(server.url, ROOT / "queries" / "cited_outlets.rq")
        assert count == _kg_rows(built / "graph.ttl", ROOT / "queries" / "cited_outlets.rq")
        update = server.url.rsplit("/", 1)[0] + "/update"
        req = urllib.request.Request(update, data=b"INSERT DATA { <urn:a> <urn:b> <urn:c> }", method="POST",
                                     headers={"Content-Type": "application/sparql-update"})
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(req, timeout=10)
        assert refused.value.code in (403, 404, 405)
        ask = urllib.parse.urlencode({"query": "ASK { <urn:a> <urn:b> <urn:c> }"})
        with urllib.request.urlopen(f"{server.url}?{ask}", timeout=10) as resp:
            assert json.loads(resp.read())["boolean"] is False
    finally:
        server.stop()
    assert server.process.poll() is not None and not Path(server.store.name).exists()


def test_kg_serve_refuses_a_public_address(built):
    r = CliRunner().invoke(main, ["serve", str(built / "graph.ttl"), "--host", "0.0.0.0"])
    assert r.exit_code == 2
    assert r.stderr == "Error: 0.0.0.0: kg serve binds loopback addresses only (127.0.0.1, ::1)\n"
