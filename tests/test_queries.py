"""The competency-question queries of ``queries/`` answer on the seed build.

Each ``queries/*.rq`` file starts with ``# CQn: question``; one file per
question of ``../shared/eval/gold/seeds.yaml``. Every query is run through
``kg query FILE -g graph.ttl --format csv`` and its answer compared with the
gold answer (by IRI tail, which the gazetteer ids make stable).
"""
from __future__ import annotations

import csv
import io
import re

from click.testing import CliRunner

from kg.cli import main
from tests.conftest import ROOT

QUERIES = ROOT / "queries"
GOLD = ROOT.parent / "shared" / "eval" / "gold" / "seeds.yaml"


def _run(seed_build, name: str) -> list[dict]:
    out, build = seed_build
    assert build.exit_code == 0, build.output
    result = CliRunner().invoke(main, ["query", str(QUERIES / name), "-g", str(out / "graph.ttl"), "--format", "csv"])
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.output)))


def _tails(rows, column) -> set[str]:
    return {r[column].rstrip(">").rsplit("/", 1)[-1] for r in rows if r[column]}


def _cq_id(path) -> str:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    m = re.match(r"# (CQ\d+): \S", first)
    assert m, f"{path.name} must start with '# CQn: the question'"
    return m.group(1)


def test_one_query_file_per_competency_question():
    ids = sorted(_cq_id(p) for p in QUERIES.glob("*.rq"))
    assert len(ids) == len(set(ids)), ids
    if GOLD.exists():
        gold = re.findall(r"^\s*- id: (CQ\d+)", GOLD.read_text(encoding="utf-8"), re.M)
        assert ids == sorted(gold)
    else:
        assert ids == [f"CQ{i}" for i in range(1, 9)]


def test_cq1_outlets_of_the_xian_summit(seed_build):
    got = _tails(_run(seed_build, "outlets_of_event.rq"), "outlet")
    want = {"deutsche-welle", "radio-france-internationale", "voice-of-america"}
    assert want <= got <= want | {"wen-wei-po"}


def test_cq2_agreements_signed_at_the_second_summit(seed_build):
    rows = _run(seed_build, "agreements_of_event.rq")
    kinds = sorted({(r["agreement"], r["kind"]) for r in rows})
    assert sorted(k for _, k in kinds) == ["nkg:ActionPlan", "nkg:Declaration", "nkg:Treaty"]
    titles = " ".join(r["title"] for r in rows)
    assert "永久睦邻友好合作条约" in titles and "阿斯塔纳宣言" in titles and "行动计划" in titles
    six = {"china", "kazakhstan", "kyrgyzstan", "tajikistan", "turkmenistan", "uzbekistan"}
    for agreement, _ in kinds:
        assert six <= _tails([r for r in rows if r["agreement"] == agreement], "party"), agreement


def test_cq3_events_of_tokayev(seed_build):
    rows = _run(seed_build, "events_of_participant.rq")
    assert sorted((r["kind"], r["start"]) for r in rows) == [("nkg:Meeting", "2023-05-17"), ("nkg:Summit", "2025-06-16")]


def test_cq4_events_in_xian(seed_build):
    rows = _run(seed_build, "events_at_place.rq")
    assert ("nkg:Summit", "2023-05-18") in {(r["kind"], r["start"]) for r in rows}
    assert all(r["start"].startswith("2023-05") for r in rows), rows


def test_cq5_countries_at_both_summits(seed_build):
    got = _tails(_run(seed_build, "common_participants.rq"), "country")
    assert got == {"kazakhstan", "kyrgyzstan", "tajikistan", "turkmenistan", "uzbekistan"}


def test_cq6_cited_outlets(seed_build):
    rows = _run(seed_build, "cited_outlets.rq")
    got = _tails(rows, "outlet")
    assert {"reuters", "agence-france-presse", "bbc", "xinhua-news-agency", "china-news-service"} <= got
    counts = {r["outlet"].rstrip(">").rsplit("/", 1)[-1]: int(r["articles"]) for r in rows}
    assert counts["reuters"] == 3 and counts["agence-france-presse"] == 3
    assert [int(r["articles"]) for r in rows] == sorted((int(r["articles"]) for r in rows), reverse=True)


def test_cq7_president_of_kyrgyzstan(seed_build):
    assert _tails(_run(seed_build, "post_holders.rq"), "person") == {"sadyr-japarov"}


def test_cq8_when_and_where_c5plus1(seed_build):
    rows = _run(seed_build, "event_when_where.rq")
    assert {r["start"] for r in rows} == {"2023-09-19"}
    places = _tails(rows, "place")
    assert places and places <= {"united-nations-general-assembly", "united-nations", "new-york-city", "new-york"}
