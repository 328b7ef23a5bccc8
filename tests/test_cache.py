"""Incremental builds (kg.cache): only new or changed articles are extracted again, and the
output is byte-identical to a build without the cache."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg.extract.article
from kg.cli import main
from tests.conftest import SEEDS


def _build(inp, out, *extra):
    r = CliRunner().invoke(main, ["build", str(inp), "-o", str(out), "-q", "--no-ner", "--jobs", "1", *extra])
    assert r.exit_code == 0, r.output
    return {n: (out / n).read_bytes() for n in ("graph.ttl", "graph.trig")}


@pytest.fixture
def counted(monkeypatch):
    """The titles of the articles the entity stage extracts in this test."""
    seen = []
    real = kg.extract.article.extract

    def spy(art, *a, **k):
        seen.append(art.path)
        return real(art, *a, **k)

    monkeypatch.setattr(kg.extract.article, "extract", spy)
    return seen


def test_a_second_build_extracts_nothing_and_writes_the_same_bytes(tmp_path, counted):
    first = _build(SEEDS, tmp_path / "out")
    n = len(counted)
    assert n == len(list(SEEDS.iterdir()))
    assert _build(SEEDS, tmp_path / "out") == first
    assert len(counted) == n


def test_a_new_article_is_the_only_one_extracted_and_the_output_is_a_full_builds(tmp_path, counted):
    inp = tmp_path / "in"
    shutil.copytree(SEEDS, inp)
    new = sorted(inp.iterdir())[0]
    moved = tmp_path / new.name
    new.rename(moved)
    _build(inp, tmp_path / "out")
    moved.rename(new)
    counted.clear()
    incremental = _build(inp, tmp_path / "out")
    assert counted == [str(new)]
    assert incremental == _build(inp, tmp_path / "fresh", "--no-cache")


def test_a_new_extractor_version_extracts_everything_again(tmp_path, counted, monkeypatch):
    import kg.cache

    _build(SEEDS, tmp_path / "out")
    counted.clear()
    monkeypatch.setattr(kg.cache, "extractor_version", lambda: "another version")
    _build(SEEDS, tmp_path / "out")
    assert len(counted) == len(list(SEEDS.iterdir()))


def test_an_unreadable_cache_entry_is_extracted_again(tmp_path, counted):
    first = _build(SEEDS, tmp_path / "out")
    entry = sorted((tmp_path / "out" / ".kg-cache").iterdir())[0]
    entry.write_bytes(b"not a pickle")
    counted.clear()
    assert _build(SEEDS, tmp_path / "out") == first
    assert len(counted) == 1


def test_a_cached_file_is_not_parsed_again(tmp_path, monkeypatch):
    import kg.sources

    first = _build(SEEDS, tmp_path / "out")
    parsed = []
    real = kg.sources.read_article

    def spy(path, *a, **k):
        parsed.append(str(path))
        return real(path, *a, **k)

    monkeypatch.setattr(kg.sources, "read_article", spy)
    assert _build(SEEDS, tmp_path / "out") == first
    assert parsed == []
    changed = tmp_path / "in"
    shutil.copytree(SEEDS, changed)
    edited = sorted(changed.iterdir())[1]
    edited.write_text(edited.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    _build(changed, tmp_path / "out2")
    parsed.clear()
    _build(changed, tmp_path / "out2")
    assert parsed == []
    edited.write_text(edited.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    _build(changed, tmp_path / "out2")
    assert parsed == [str(edited)]   # new bytes: read again, the others from the cache


def test_the_extractor_version_covers_every_module_the_article_stages_import():
    """kg.cache.EXTRACTOR_PARTS: the modules a cached article depends on import no module of the
    kg package outside them (else a change there would not give new cache keys); writing a file
    atomically (kg.export.atomic, for the cache's entries) changes no content."""
    import ast
    from importlib import resources

    import kg.cache

    root = Path(str(resources.files("kg")))
    parts = set(kg.cache.EXTRACTOR_PARTS)
    outside = []
    for f in sorted(root.rglob("*.py")):
        rel = f.relative_to(root)
        if rel.parts[0] not in parts:
            continue
        for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("kg.")):
                continue
            head = node.module.split(".")[1]
            if (head if (root / head).is_dir() else head + ".py") not in parts and node.module != "kg.export.atomic":
                outside.append(f"{rel}: {node.module}")
    assert outside == []
