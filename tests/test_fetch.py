"""kg.fetch: the cached articles load while the new ones are extracted elsewhere, with the same
outcomes and the same progress counts as one step after the other."""
from __future__ import annotations

import shutil
import threading

from click.testing import CliRunner

import kg.fetch
from kg.cache import ExtractionCache
from kg.cli import main
from kg.fetch import _Deferred, fetch_articles
from kg.pipeline import BuildOptions, Progress, collect_inputs
from tests.conftest import SEEDS


class _Counts(Progress):
    def __init__(self):
        self.calls: list[str] = []

    def reading(self, total):
        self.calls.append(f"reading {total}")

    def read(self, path):
        self.calls.append("read")

    def extracting(self, total):
        self.calls.append(f"extracting {total}")

    def extracted(self, article):
        self.calls.append("cached" if article is None else "extracted")


def _seeds_with_a_cache(tmp_path):
    inp = tmp_path / "in"
    shutil.copytree(SEEDS, inp)
    cache = tmp_path / "cache"
    r = CliRunner().invoke(main, ["build", str(inp), "-o", str(tmp_path / "o"), "-q", "--no-ner", "--jobs", "1",
                                  "--cache", str(cache)])
    assert r.exit_code == 0, r.output
    return inp, cache


def test_a_bad_cache_entry_and_a_new_file_are_extracted_and_each_file_counted_once(tmp_path):
    inp, cache = _seeds_with_a_cache(tmp_path)
    sorted(cache.iterdir())[0].write_bytes(b"not a pickle")
    (inp / "new.md").write_text("---\ntitle: 新文章\n---\n习近平在北京会见拜登。\n", encoding="utf-8")
    files = collect_inputs([inp])
    counts = _Counts()
    got = fetch_articles(files, BuildOptions(ner=False, jobs=1, cache=ExtractionCache(cache)), counts)
    n = len(files)
    assert len(got.cached) == n - 2 and [o.reason for o in got.extracted] == [None, None]
    assert counts.calls[0] == f"reading {n}" and counts.calls[1:n + 1] == ["read"] * n
    assert counts.calls[n + 1] == f"extracting {n}"
    assert counts.calls[n + 2:] == ["cached"] * (n - 2) + ["extracted"] * 2


def test_a_new_file_in_a_worker_while_the_cached_ones_load_gives_a_full_builds_bytes(tmp_path, monkeypatch):
    inp, cache = _seeds_with_a_cache(tmp_path)
    (inp / "new.md").write_text("---\ntitle: 新文章\n---\n习近平在北京会见拜登。\n", encoding="utf-8")
    monkeypatch.setattr(kg.fetch, "FEW_AMONG_MANY", 1)   # this small build counts as a large one
    threads = []
    real = kg.fetch.extract_sources

    def spy(todo, opts, workers, *rest):
        threads.append((threading.current_thread() is threading.main_thread(), workers, len(todo)))
        return real(todo, opts, workers, *rest)

    monkeypatch.setattr(kg.fetch, "extract_sources", spy)
    outs = []
    for name, extra in (("inc", ["--cache", str(cache), "--jobs", "2"]), ("full", ["--no-cache", "--jobs", "1"])):
        r = CliRunner().invoke(main, ["build", str(inp), "-o", str(tmp_path / name), "-q", "--no-ner", *extra])
        assert r.exit_code == 0, r.output
        outs.append({f: (tmp_path / name / f).read_bytes() for f in ("graph.ttl", "graph.trig", "graph.html")})
    assert threads[0] == (False, 1, 1)   # one worker, driven from the background thread
    assert outs[0] == outs[1]


def test_deferred_keeps_what_it_is_told_until_forwarded_then_passes_it_on_in_order():
    got = []
    d = _Deferred()
    d(1)
    d(2)
    assert got == []
    d.forward(got.append)
    d(3)
    assert got == [1, 2, 3]


def test_worker_processes_put_what_they_extract_in_the_cache_and_this_process_does_not(tmp_path, monkeypatch):
    from kg.parallel import ARTICLES_PER_WORKER
    from tests.test_parallel import _folder

    def not_here(*a, **k):
        raise AssertionError("cached by the main process")

    monkeypatch.setattr(ExtractionCache, "put", not_here)   # the spawned workers have the real one
    inp = _folder(tmp_path, 2 * ARTICLES_PER_WORKER)
    cache = tmp_path / "cache"
    r = CliRunner().invoke(main, ["build", str(inp), "-o", str(tmp_path / "o"), "-q", "--no-ner", "--jobs", "2",
                                  "--cache", str(cache)])
    assert r.exit_code == 0, r.output
    assert len(list(cache.glob("*.pkl"))) == 2 * ARTICLES_PER_WORKER
    files = collect_inputs([inp])
    got = fetch_articles(files, BuildOptions(ner=False, jobs=2, cache=ExtractionCache(cache)), Progress())
    assert len(got.cached) == len(files) and got.extracted == []
