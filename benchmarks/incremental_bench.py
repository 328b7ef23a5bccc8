"""An incremental build against a full one (issue 13): a benchmark, not a test.

    python benchmarks/incremental_bench.py [--corpus ../shared/bench/corpus] [--base 4990] [--new 10]
                                           [--jobs N] [--no-ner] [--work DIR]

Takes the first ``base + new`` files of the corpus by name and runs ``kg build`` three times, each
in its own process, in a work folder whose input folder holds links to the files (so that every
build sees the same paths, which the cache keys and the report contain):

1. the ``base`` files, with the cache (``OUTPUT/.kg-cache``), which fills it;
2. the same folder with the ``new`` files added, with that cache: the incremental build;
3. the same folder again into another output, ``--no-cache``: the full rebuild.

It prints each build's wall-clock seconds, CPU seconds (the process and its workers) and peak RSS
(MiB, from ``os.wait4``, as ``/usr/bin/time -v`` reports it), the incremental build's share of the
full one, and whether their ``graph.ttl``, ``graph.trig``, ``graph.html`` and
``build-report.json`` are byte-identical. Exit status 1 when they differ.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COMPARED = ("graph.ttl", "graph.trig", "graph.html", "build-report.json")


def _link(files: list[Path], folder: Path) -> None:
    """A link (or, where links are not allowed, a copy) of each of ``files`` in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for f in files:
        target = folder / f.name
        try:
            target.symlink_to(f.resolve())
        except OSError:
            shutil.copyfile(f, target)


def _timed(args: list[str]) -> dict:
    """Run ``kg`` with ``args``; its wall-clock and CPU seconds and peak RSS in MiB. Raises
    CalledProcessError when it fails (exit status 2: the build itself could not run)."""
    cmd = [sys.executable, "-c", "import sys; from kg.cli import main; sys.exit(main())", *args]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode("utf-8", "replace")
    proc.stderr.close()
    if proc.returncode not in (0, 1):
        raise subprocess.CalledProcessError(proc.returncode, cmd, stderr=err)
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "peak": usage.ru_maxrss / 1024}


def run(corpus: Path, base: int, new: int, jobs: int, ner: bool, work: Path) -> bool:
    """The three builds of the module docstring in ``work``; True when the incremental build's
    outputs are byte-identical to the full rebuild's."""
    files = sorted(p for p in corpus.iterdir() if p.is_file())[:base + new]
    inp, out, full = work / "in", work / "out", work / "full"
    if any(p.exists() for p in (inp, out, full)):
        raise SystemExit(f"{work} holds an earlier run (in/, out/ or full/): give an empty --work folder")
    common = ["-q", "--jobs", str(jobs)] + ([] if ner else ["--no-ner"])
    _link(files[:base], inp)
    first = _timed(["build", str(inp), "-o", str(out), *common])
    _link(files[base:], inp)
    incremental = _timed(["build", str(inp), "-o", str(out), *common])
    rebuild = _timed(["build", str(inp), "-o", str(full), "--no-cache", *common])
    for name, t in (("first build, cache filled", first), (f"incremental, {new} new", incremental),
                    ("full rebuild, no cache", rebuild)):
        print(f"{name:28} {t['wall']:8.1f} s wall {t['cpu']:8.1f} s CPU {t['peak']:7.0f} MiB peak")
    print(f"incremental / full rebuild: {incremental['wall'] / rebuild['wall']:.1%} of the wall-clock time, "
          f"{incremental['cpu'] / rebuild['cpu']:.1%} of the CPU time")
    same = all((out / n).read_bytes() == (full / n).read_bytes() for n in COMPARED)
    print(f"outputs byte-identical ({', '.join(COMPARED)}): {'yes' if same else 'NO'}")
    return same


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "bench" / "corpus")
    ap.add_argument("--base", type=int, default=4990, help="files built first")
    ap.add_argument("--new", type=int, default=10, help="files added for the incremental build")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--no-ner", action="store_true", help="pass --no-ner to every build")
    ap.add_argument("--work", type=Path, default=None, help="work folder (default: a temporary one)")
    a = ap.parse_args()
    if a.work is not None:
        a.work.mkdir(parents=True, exist_ok=True)
        return 0 if run(a.corpus, a.base, a.new, a.jobs, not a.no_ner, a.work) else 1
    with tempfile.TemporaryDirectory(prefix="kg-incremental-") as tmp:
        return 0 if run(a.corpus, a.base, a.new, a.jobs, not a.no_ner, Path(tmp)) else 1


if __name__ == "__main__":
    sys.exit(main())
