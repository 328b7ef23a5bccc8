"""The CLI: exit codes and exact messages for good and bad input, atomic outputs, help."""
from __future__ import annotations

import os
import re
import shutil

import pytest
from click.testing import CliRunner
from rdflib import RDF, Graph

from kg.cli import main
from kg.graph.vocab import NKG
from tests.conftest import SEEDS

SUMMARY = re.compile(
    r"^Read (\d+) articles?, rejected (\d+)(?:, \d+ duplicates?)?\. Wrote (\d+) triples to (.+)/ "
    r"\(graph\.ttl, graph\.trig, graph\.html, build-report\.json\)\.$", re.M
)


def test_build_seeds_writes_three_files_and_a_summary(seed_build):
    out, result = seed_build
    assert result.exit_code == 0, result.output
    for name in ("graph.ttl", "graph.trig", "graph.html"):
        assert (out / name).stat().st_size > 1000
    m = SUMMARY.search(result.stderr)
    assert m and m.group(1) == "5" and m.group(2) == "0" and int(m.group(3)) > 300
    assert re.search(r"^Entities: \d+ \(\d+ Country, \d+ Organization, \d+ Outlet, \d+ Person, \d+ Place\)\.$",
                     result.stderr, re.M)
    assert "Traceback" not in result.output


def test_default_input_is_the_bundled_seeds(tmp_path):
    result = CliRunner().invoke(main, ["build", "-o", str(tmp_path), "-q", "--no-ner"])
    assert result.exit_code == 0, result.output
    assert SUMMARY.search(result.stderr).group(1) == "5"


def test_bad_files_are_skipped_with_one_line_each_and_exit_1(tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    shutil.copy(SEEDS / "001_6add8f389c367122.txt", inp / "good.txt")
    (inp / "empty.txt").write_bytes(b"")
    (inp / "image.bin").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (inp / "latin1.txt").write_bytes("caf\xe9".encode("latin-1"))
    (inp / "notes.txt").write_text("这只是一行普通的文字，没有标题也没有任何结构。", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(inp), "-o", str(out), "-q"])
    assert result.exit_code == 1
    lines = [l for l in result.stderr.splitlines() if l.startswith("skipped ")]
    assert lines == [
        f"skipped {inp / 'empty.txt'}: empty file",
        f"skipped {inp / 'image.bin'}: binary file, not text",
        f"skipped {inp / 'latin1.txt'}: not text in UTF-8 (byte 3), UTF-16, UTF-32, GB18030 or Big5",
        f"skipped {inp / 'notes.txt'}: unknown layout (expected an RSS-archive block, Jekyll front matter or a Markdown article)",
    ]
    assert SUMMARY.search(result.stderr).group(1, 2) == ("1", "4")
    assert (out / "graph.ttl").exists()
    assert "Traceback" not in result.output


@pytest.mark.parametrize("stage,target,prefix,built", [
    ("entity extraction", "kg.extract.article.annotate", "skipped", "1"),
    ("event extraction", "kg.extract.article.find_events", "partly built", "2"),
])
def test_a_stage_failing_on_one_article_is_one_line_and_the_rest_builds(tmp_path, monkeypatch, stage, target,
                                                                          prefix, built):
    """A defect met on one article is reported, never a traceback; the others build."""
    import importlib

    inp = tmp_path / "in"
    inp.mkdir()
    shutil.copy(SEEDS / "001_6add8f389c367122.txt", inp / "good.txt")
    shutil.copy(SEEDS / "002_a9abb280008916c1.txt", inp / "odd.txt")
    module, name = target.rsplit(".", 1)
    real = getattr(importlib.import_module(module), name)

    def fails_on_odd(article, *args, **kwargs):
        if article.path.endswith("odd.txt"):
            raise RuntimeError("boom\nsecond line")
        return real(article, *args, **kwargs)

    monkeypatch.setattr(target, fails_on_odd)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(inp), "-o", str(out), "-q", "--no-ner"])
    assert result.exit_code == 1
    assert f"{prefix} {inp / 'odd.txt'}: {stage} failed (RuntimeError: boom); please report this file" \
        in result.stderr.splitlines()
    assert SUMMARY.search(result.stderr).group(1) == built
    assert (out / "graph.ttl").stat().st_size > 1000
    assert "Traceback" not in result.output


def test_missing_input_is_exit_2_with_one_line(tmp_path):
    missing = tmp_path / "nope"
    result = CliRunner().invoke(main, ["build", str(missing), "-o", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert result.stderr == f"Error: {missing}: no such file or directory\n"


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_unwritable_output_is_exit_2_with_one_line(tmp_path):
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    result = CliRunner().invoke(main, ["build", str(SEEDS), "-o", str(ro / "x"), "--no-ner"])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Error: {ro / 'x'}: cannot write output (")


def test_output_that_is_a_file_is_exit_2_with_one_line(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = CliRunner().invoke(main, ["build", str(SEEDS), "-o", str(blocker), "--no-ner"])
    assert result.exit_code == 2
    assert result.stderr == f"Error: {blocker}: cannot write output (File exists)\n"


def test_no_temporary_files_are_left_behind(seed_build):
    out, _ = seed_build
    assert sorted(p.name for p in out.iterdir()) == [".kg-cache", "build-report.json", "graph.html", "graph.trig",
                                                     "graph.ttl"]
    assert all(p.suffix == ".pkl" for p in (out / ".kg-cache").iterdir())   # the extraction cache, no temporaries


def test_query_table_csv_json(seed_build):
    out, _ = seed_build
    q = "SELECT ?a WHERE { ?a a nkg:Article } ORDER BY ?a"
    r = CliRunner().invoke(main, ["query", q, "-g", str(out / "graph.ttl")])
    assert r.exit_code == 0, r.output
    assert r.stdout.rstrip().endswith("(5 rows)")
    r = CliRunner().invoke(main, ["query", q, "-g", str(out / "graph.trig"), "--format", "csv"])
    assert r.stdout.splitlines()[0] == "a" and len(r.stdout.splitlines()) == 6
    r = CliRunner().invoke(main, ["query", q, "-g", str(out / "graph.ttl"), "--format", "json"])
    import json

    assert len(json.loads(r.stdout)["results"]["bindings"]) == 5


def test_query_from_file_and_errors(seed_build, tmp_path):
    out, _ = seed_build
    rq = tmp_path / "count.rq"
    rq.write_text("# how many persons?\nSELECT (COUNT(?p) AS ?n) WHERE { ?p a nkg:Person }\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["query", str(rq), "-g", str(out / "graph.ttl"), "--format", "csv"])
    assert r.exit_code == 0 and int(r.stdout.splitlines()[1]) > 5
    r = CliRunner().invoke(main, ["query", "SELECT WHERE {", "-g", str(out / "graph.ttl")])
    assert r.exit_code == 2 and r.stderr.startswith("Error: query failed: ") and r.stderr.count("\n") == 1
    missing = tmp_path / "none.ttl"
    r = CliRunner().invoke(main, ["query", "SELECT * WHERE { ?s ?p ?o }", "-g", str(missing)])
    assert r.exit_code == 2
    assert r.stderr == f"Error: {missing}: cannot read graph (no such file; run 'kg build' first or pass -g FILE)\n"
    r = CliRunner().invoke(main, ["query", str(tmp_path / "nope.rq"), "-g", str(out / "graph.ttl")])
    assert r.exit_code == 2 and r.stderr == f"Error: {tmp_path / 'nope.rq'}: no such query file\n"


def test_help_shows_examples():
    for args in (["--help"], ["build", "--help"], ["query", "--help"]):
        r = CliRunner().invoke(main, args)
        assert r.exit_code == 0 and "Examples:" in r.output


def test_view_rebuilds_the_page_from_a_graph_file(seed_build, tmp_path):
    out, _ = seed_build
    target = tmp_path / "view.html"
    r = CliRunner().invoke(main, ["view", str(out / "graph.ttl"), "-o", str(target)])
    assert r.exit_code == 0, r.output
    m = re.fullmatch(rf"Wrote {re.escape(str(target))} \((\d+) nodes, (\d+) edges\)\.\n", r.stderr)
    assert m and int(m.group(1)) > 50
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    # the same graph gives the same page as kg build wrote
    assert target.read_bytes() == (out / "graph.html").read_bytes()


def test_view_errors_are_one_line(tmp_path):
    missing = tmp_path / "none.ttl"
    r = CliRunner().invoke(main, ["view", str(missing)])
    assert r.exit_code == 2
    assert r.stderr == f"Error: {missing}: cannot read graph (no such file; run 'kg build' first or name the graph file)\n"
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    r = CliRunner().invoke(main, ["view", str(bad)])
    assert r.exit_code == 2 and r.stderr.startswith(f"Error: {bad}: cannot read graph (turtle parse error")
    assert len(r.stderr.splitlines()) == 1


def test_the_build_report_has_a_row_per_file_and_duplicates_are_built_once(tmp_path):
    import json

    inp = tmp_path / "in"
    inp.mkdir()
    shutil.copy(SEEDS / "001_6add8f389c367122.txt", inp / "a.txt")
    text = (SEEDS / "001_6add8f389c367122.txt").read_text(encoding="utf-8")
    (inp / "b.txt").write_bytes(text.encode("utf-16"))          # the same article, another name and encoding
    (inp / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(inp), "-o", str(out), "-q"])
    assert result.exit_code == 1
    assert f"duplicate {inp / 'b.txt'}: same article as {inp / 'a.txt'}" in result.stderr
    report = json.loads((out / "build-report.json").read_text(encoding="utf-8"))
    rows = {r["path"].rsplit("/", 1)[-1]: r for r in report["rows"]}
    assert rows["a.txt"]["status"] == "built" and rows["a.txt"]["encoding"] == "utf-8"
    assert rows["a.txt"]["entities"] > 0 and rows["a.txt"]["characters"] > 1000
    assert rows["b.txt"]["status"] == "duplicate" and rows["b.txt"]["duplicate_of"].endswith("a.txt")
    assert rows["empty.txt"] == {**rows["empty.txt"], "status": "skipped", "reason": "empty file"}
    assert report["totals"] == {"built": 1, "partly built": 0, "skipped": 1, "duplicate": 1}
    assert report["exit_code"] == 1
    g = Graph().parse(out / "graph.ttl")
    assert len(set(g.subjects(RDF.type, NKG.Article))) == 1


def test_a_file_over_the_size_limit_is_skipped_with_the_limit_named(tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    shutil.copy(SEEDS / "001_6add8f389c367122.txt", inp / "a.txt")
    size = len((SEEDS / "001_6add8f389c367122.txt").read_text(encoding="utf-8"))
    result = CliRunner().invoke(main, ["build", str(inp), "-o", str(tmp_path / "out"), "-q", "--max-chars", "1000"])
    assert result.exit_code == 1
    assert f"skipped {inp / 'a.txt'}: too long: {size:,} characters, more than the limit of 1,000 " \
           "(raise it with --max-chars)" in result.stderr


@pytest.mark.parametrize("sig", ["SIGKILL", "SIGINT"])
def test_a_build_killed_midway_leaves_the_previous_output_byte_identical(tmp_path, sig):
    import signal
    import subprocess
    import sys
    import time

    out = tmp_path / "out"
    first = CliRunner().invoke(main, ["build", str(SEEDS / "001_6add8f389c367122.txt"), "-o", str(out), "-q"])
    assert first.exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    code = "import sys; from kg.cli import main; sys.exit(main())"
    from tests.test_parallel import _folder

    many = _folder(tmp_path, 40)   # 40 articles, one process, no cache: several seconds of extraction
    proc = subprocess.Popen([sys.executable, "-c", code, "build", str(many), "-o", str(out), "-q", "--jobs", "1",
                             "--no-cache"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.5)   # the build is still reading or extracting
    proc.send_signal(getattr(signal, sig))
    proc.wait(timeout=60)
    assert proc.returncode != 0
    after = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file() and not p.name.startswith(".")}
    assert after == before
    assert not any(p.name.endswith(".tmp") for p in out.iterdir())


def test_a_full_disk_is_exit_2_with_one_line_and_the_previous_output_kept(tmp_path, monkeypatch):
    """Writing fails with ENOSPC (a full disk): one line naming the folder and the reason, exit 2,
    every file of the previous build byte-identical and no temporary file left behind."""
    import errno

    import kg.export.atomic as atomic

    out = tmp_path / "o"
    first = CliRunner().invoke(main, ["build", str(SEEDS), "-o", str(out), "--no-ner", "-q"])
    assert first.exit_code == 0, first.output
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}

    def full(_fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", full)
    result = CliRunner().invoke(main, ["build", str(SEEDS), "-o", str(out), "--no-ner", "-q"])
    assert result.exit_code == 2
    assert result.stderr == f"Error: {out}: cannot write output (No space left on device)\n"
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before


def test_an_output_path_that_is_a_file_is_exit_2_with_one_line(tmp_path):
    """Runs as root too (unlike the read-only folder test): a file where the folder should be."""
    blocker = tmp_path / "taken"
    blocker.write_text("not a folder", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(SEEDS), "-o", str(blocker / "x"), "--no-ner"])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Error: {blocker / 'x'}: cannot write output (")
    assert result.stderr.count("\n") == 1


def test_a_write_that_fails_late_leaves_every_previous_output_as_it_was(tmp_path, monkeypatch):
    """The report is written last: when it fails, the graph files written before it in the same
    build are not renamed into place either (kg.export.atomic.all_or_none)."""
    import kg.export.report

    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["build", str(SEEDS / "001_6add8f389c367122.txt"), "-o", str(out), "-q",
                                     "--no-ner"]).exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}

    def fails(*_a, **_k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(kg.export.report, "write_report", fails)
    r = CliRunner().invoke(main, ["build", str(SEEDS), "-o", str(out), "-q", "--no-ner"])
    assert r.exit_code == 2
    assert r.output.strip().endswith("cannot write output (No space left on device)")
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
