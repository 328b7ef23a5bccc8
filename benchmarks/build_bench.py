"""Build slices of the bench corpus and time each stage (issue 13): a benchmark, not a test.

    python benchmarks/build_bench.py [--corpus ../shared/bench/corpus] [--sizes 100 1000 5000] [--jobs N]
                                     [--order sample|name] [--no-floor]

For each size it takes N files of the corpus and runs ``kg.pipeline.build`` (no cache) and each
writer of ``kg build`` in one fresh process per size. The slices are nested seeded samples by
default (``--order sample``, seed ``SAMPLE_SEED``: the 1,000 files are part of the 5,000, with the
same mix of outlets and lengths), so that the time per article of two sizes can be compared;
``--order name`` takes the first N in name order (the corpus's files are named by outlet, so
each slice then has another mix). It prints wall-clock seconds per stage (the stages
``build`` reports through :class:`kg.pipeline.Progress`, then each writer), articles/s,
characters/s, CPU seconds per article (the main process and its workers) and the peak RSS of
the main process after each stage; and the *floor* measured in the same process: reading,
folding and the NER model alone on the same text (batched, 200 articles per call), which no
build in one process can beat.
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FLOOR_GROUP = 200   # articles whose paragraphs go to the model in one call for the floor (bounds its memory)
SAMPLE_SEED = 13    # the seed of the nested samples (--order sample)


def slice_of(corpus: Path, n: int, order: str = "sample") -> list[Path]:
    """``n`` files of ``corpus``: the first ``n`` of a seeded shuffle (nested: a smaller slice
    is part of a larger one) or of the name order; sorted by name."""
    files = sorted(p for p in corpus.iterdir() if p.is_file())
    if order == "sample":
        random.Random(SAMPLE_SEED).shuffle(files)
    return sorted(files[:n])


class _Stages:
    """A :class:`kg.pipeline.Progress` that records when each stage starts and the peak RSS."""

    def __init__(self):
        self.marks: list[tuple[str, float, float]] = []

    def stage(self, name: str) -> None:
        self.marks.append((name, time.perf_counter(), _peak_mb()))

    def __getattr__(self, name):   # reading, read, extracting, extracted: nothing to record
        return lambda *a: None


def _one(corpus: Path, n: int, jobs: int, order: str, floor: bool = True) -> dict:
    """Run in a child process: time every stage of a build of ``n`` files."""
    from kg import pipeline
    from kg.export.formats import DEFAULT_FORMATS, FORMATS
    from kg.extract.ner import analyse_many
    from kg.text import fold

    files = slice_of(corpus, n, order)
    t: dict[str, float] = {}
    mem: dict[str, float] = {}
    c0 = time.process_time()
    stages = _Stages()
    result = pipeline.build(files, pipeline.BuildOptions(jobs=jobs, progress=stages))
    for (name, start, _), (_, end, peak) in zip(stages.marks, stages.marks[1:]):
        t[name], mem[name] = end - start, peak
    chars = sum(len(p.text) for a in result.articles for p in a.paragraphs)   # body text, as the floor reads
    graph, articles = result.graph, result.article_count
    result.release()
    with tempfile.TemporaryDirectory() as tmp:
        for name in DEFAULT_FORMATS:
            filename, writer = FORMATS[name]
            s = time.perf_counter()
            writer(graph, Path(tmp) / filename)
            t[f"write {name}"] = time.perf_counter() - s
            mem[f"write {name}"] = _peak_mb()
    cpu = time.process_time() - c0
    rss = _peak_mb()   # the build's peak, before the floor
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu_all = cpu + kids.ru_utime + kids.ru_stime   # with the workers of --jobs (reaped by now)
    if floor:
        s = time.perf_counter()   # the floor: read (and strip), fold and the model alone, in one process
        fresh, _ = pipeline.read_all(files)
        for g in range(0, len(fresh), FLOOR_GROUP):
            analyse_many([fold(p.text) for a in fresh[g:g + FLOOR_GROUP] for p in a.paragraphs])
        t["floor (read + fold + NER model)"] = time.perf_counter() - s
    return {"articles": articles, "characters": chars, "stages": t, "cpu": cpu, "cpu_all": cpu_all,
            "peak_mb": rss, "peak_after": mem}


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "bench" / "corpus")
    ap.add_argument("--sizes", nargs="*", type=int, default=[100, 1000, 5000])
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--order", choices=("sample", "name"), default="sample",
                    help="nested seeded samples (default) or the first N files by name")
    ap.add_argument("--no-floor", action="store_true", help="skip the floor (read + fold + NER model alone)")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(_one(args.corpus, args.child, args.jobs, args.order, not args.no_floor)))
        return
    for n in args.sizes:
        out = subprocess.run([sys.executable, __file__, "--corpus", str(args.corpus), "--jobs", str(args.jobs),
                              "--order", args.order, "--child", str(n)] + (["--no-floor"] if args.no_floor else []), capture_output=True, text=True, check=True).stdout
        r = json.loads(out.strip().splitlines()[-1])
        total = sum(v for k, v in r["stages"].items() if not k.startswith("floor"))
        print(f"{r['articles']} articles, {r['characters']:,} characters, jobs {args.jobs}: {total:.1f} s wall, "
              f"{r['articles'] / total:.1f} articles/s, {r['characters'] / total:,.0f} chars/s, "
              f"{r['cpu_all'] / r['articles']:.3f} s CPU/article ({r['cpu'] / r['articles']:.3f} in the main "
              f"process), peak {r['peak_mb']:.0f} MB (main process)")
        for k, v in r["stages"].items():
            peak = r["peak_after"].get(k)
            print(f"    {k:<32} {v:8.2f} s" + (f"   peak so far {peak:6.0f} MB" if peak else ""))


if __name__ == "__main__":
    main()
