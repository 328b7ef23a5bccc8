"""kg build --jobs N gives the same bytes as one process; TriG is stable across processes."""
from __future__ import annotations

import os
import re
import subprocess
import sys

from click.testing import CliRunner

from kg.cli import main
from kg.parallel import ARTICLES_PER_WORKER, workers_for
from tests.conftest import SEEDS


def _folder(tmp_path, n: int):
    """``n`` distinct articles made from the seeds (each with its own title and URL)."""
    seeds = sorted(SEEDS.iterdir())
    inp = tmp_path / "in"
    inp.mkdir()
    for k in range(n):
        src = seeds[k % len(seeds)]
        text = re.sub(r"https?://[^\s)\"]+", lambda m: m.group(0) + ("&" if "?" in m.group(0) else "?") + f"copy={k}",
                      src.read_text(encoding="utf-8"), count=1)   # its own URL: not a repeat of the seed
        (inp / f"{k:03d}{src.suffix}").write_text(text.replace("</p>", f"（第{k}篇）</p>", 1)
                                                  if "</p>" in text else text + f"\n\n第{k}篇。\n", encoding="utf-8")
    return inp


def test_small_inputs_use_one_process_and_large_ones_the_cores():
    assert workers_for(5, 2) == 1
    assert workers_for(2 * ARTICLES_PER_WORKER, 2) == 2
    assert workers_for(10 * ARTICLES_PER_WORKER, 2) == 2


def test_two_processes_write_the_same_bytes_as_one(tmp_path):
    inp = _folder(tmp_path, 2 * ARTICLES_PER_WORKER)
    outs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        r = CliRunner().invoke(main, ["build", str(inp), "-o", str(out), "-q", "--no-ner", "--jobs", jobs])
        assert r.exit_code in (0, 1), r.output
        outs.append(out)
    for name in ("graph.ttl", "graph.trig", "graph.html"):
        assert (outs[0] / name).read_bytes() == (outs[1] / name).read_bytes(), name


def test_trig_is_byte_identical_whatever_the_hash_seed(tmp_path):
    """rdflib keeps named graphs in a set; the TriG writer orders them itself."""
    texts = []
    for seed in ("1", "2"):
        out = tmp_path / f"o{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", "import sys; from kg.cli import main; sys.exit(main())", "build",
                        str(SEEDS), "-o", str(out), "-q", "--no-ner", "-f", "trig"], env=env, check=True)
        texts.append((out / "graph.trig").read_bytes())
    assert texts[0] == texts[1]


def test_with_two_processes_the_workers_read_the_files(tmp_path, monkeypatch):
    """The main process sends the files' bytes; the workers (fresh processes) read them: a
    reader that cannot run in the main process does not stop the build, and a file that is not
    an article is still reported from the worker."""
    import kg.sources

    inp = _folder(tmp_path, 2 * ARTICLES_PER_WORKER)
    (inp / "notes.txt").write_text("just a line of notes\n", encoding="utf-8")

    def not_here(*a, **k):
        raise AssertionError("read in the main process")

    monkeypatch.setattr(kg.sources, "read_article", not_here)
    r = CliRunner().invoke(main, ["build", str(inp), "-o", str(tmp_path / "out"), "-q", "--no-ner", "--no-cache",
                                  "--jobs", "2"])
    assert r.exit_code == 1, r.output
    assert f"skipped {inp / 'notes.txt'}: unknown layout" in r.output
    assert f"Read {2 * ARTICLES_PER_WORKER} articles, rejected 1." in r.output, r.output


def test_a_few_new_files_among_many_go_to_one_worker_not_the_main_process():
    """An incremental build extracts its few new files in one worker: the NER model is not
    loaded beside every cached article in the main process."""
    from kg.fetch import FEW_AMONG_MANY, pool_size as _pool_size

    assert _pool_size(10, FEW_AMONG_MANY, 2) == 1
    assert _pool_size(10, 50, 2) == 0            # a small build: this process
    assert _pool_size(10, FEW_AMONG_MANY, 1) == 0   # --jobs 1: this process
    assert _pool_size(0, FEW_AMONG_MANY, 2) == 0
    assert _pool_size(10 * ARTICLES_PER_WORKER, FEW_AMONG_MANY, 2) == 2
