"""The per-article time budget (kg.budget): a stage that runs too long on one article stops,
the article is reported with the stage named, and the rest of the corpus builds."""
from __future__ import annotations

import json
import threading
import time

import pytest
from click.testing import CliRunner

from kg.budget import enforceable, time_budget
from kg.cli import main
from kg.errors import TimeBudgetExceeded

pytestmark = pytest.mark.skipif(not enforceable(), reason="no interval timer on this platform")

ARTICLE = "---\ntitle: {title}\ndate: 2023-03-21\n---\n<p>国家主席习近平在莫斯科同俄罗斯总统普京举行会谈。</p>\n"


def test_a_block_past_its_budget_raises_and_the_timer_is_cleared():
    with pytest.raises(TimeBudgetExceeded, match="0.05 s"):
        with time_budget(0.05):
            while True:
                time.sleep(0.01)
    with time_budget(0.05):
        pass
    time.sleep(0.1)   # no stray alarm after the block


def _in_a_thread(work):
    """Run ``work`` in a new thread; its result, or the exception it raised."""
    out = {}

    def run():
        try:
            out["result"] = work()
        except BaseException as exc:   # noqa: BLE001 - handed back to the test
            out["error"] = exc

    t = threading.Thread(target=run)
    t.start()
    t.join(10)
    assert not t.is_alive()
    return out


def test_outside_the_main_thread_a_watchdog_stops_the_block():
    def work():
        start = time.monotonic()
        with pytest.raises(TimeBudgetExceeded, match="0.1 s"):
            with time_budget(0.1):
                while True:
                    sum(range(1000))
        return time.monotonic() - start

    out = _in_a_thread(work)
    assert "error" not in out, out
    assert 0.1 <= out["result"] < 2


def test_outside_the_main_thread_no_exception_comes_after_a_block_that_ended_near_its_budget():
    def work():
        stopped = 0
        for i in range(300):
            try:
                with time_budget(0.002):
                    end = time.monotonic() + 0.002 * (0, 0.5, 1, 5)[i % 4]   # on both sides of it
                    while time.monotonic() < end:
                        pass
            except TimeBudgetExceeded:
                stopped += 1
            for _ in range(200):   # code after the block, where no budget exception may come
                sum(range(50))
        time.sleep(0.05)
        return stopped

    out = _in_a_thread(work)
    assert "error" not in out, out
    assert out["result"] > 0


def test_no_budget_runs_to_the_end():
    with time_budget(None):
        time.sleep(0.02)


@pytest.mark.parametrize("stage,function,status", [
    ("entity extraction", "kg.extract.article.extract", "skipped"),
    ("event extraction", "kg.extract.article.find_events", "partly built"),
])
def test_an_article_over_budget_is_reported_with_its_stage_and_the_rest_builds(tmp_path, monkeypatch, stage,
                                                                               function, status):
    import importlib

    module, name = function.rsplit(".", 1)
    mod = importlib.import_module(module)
    real = getattr(mod, name)

    def slow(art, *args, **kwargs):
        if art.title == "很慢的文章":
            while True:
                time.sleep(0.01)
        return real(art, *args, **kwargs)

    monkeypatch.setattr(mod, name, slow)
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "a.md").write_text(ARTICLE.format(title="很慢的文章"), encoding="utf-8")
    (inp / "b.md").write_text(ARTICLE.format(title="普通的文章"), encoding="utf-8")
    out = tmp_path / "out"
    r = CliRunner().invoke(main, ["build", str(inp), "-o", str(out), "-q", "--no-ner", "--time-budget", "0.3"])
    assert r.exit_code == 1, r.output
    assert f"{status} {inp / 'a.md'}: {stage} stopped: over the per-article time budget of 0.3 s" in r.output
    rows = {row["path"].rsplit("/", 1)[-1]: row for row in json.loads((out / "build-report.json").read_text())["rows"]}
    assert rows["a.md"]["status"] == status and rows["b.md"]["status"] == "built"
