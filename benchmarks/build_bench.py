"""Build slices of the bench corpus and time each stage (issue 13): a benchmark, not a test.

    python benchmarks/build_bench.py [--corpus ../shared/bench/corpus] [--sizes 100 1000 5000] [--jobs N]

For each size it takes the first N files of the corpus (name order) and runs, in one fresh
process per size, the stages `kg build` runs: read, entity extraction (NER and patterns),
cross-article resolution and events (``pipeline.build``), the graph, and each writer. It prints
wall-clock seconds per stage, articles/s, characters/s, CPU seconds per article and the peak RSS
of that process; and the *floor* measured in the same process: reading, folding and the NER
model alone on the same text (batched, 200 articles per call), which no build in one process can beat.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FLOOR_GROUP = 200   # articles whose paragraphs go to the model in one call for the floor (bounds its memory)


def _one(corpus: Path, n: int, jobs: int, floor: bool = True) -> dict:
    """Run in a child process: time every stage of a build of the first ``n`` files."""
    from kg import pipeline
    from kg.export.formats import DEFAULT_FORMATS, FORMATS
    from kg.extract.ner import analyse_many
    from kg.graph.build import GraphBuilder
    from kg.text import fold

    files = sorted(p for p in corpus.iterdir() if p.is_file())[:n]
    t: dict[str, float] = {}
    c0 = time.process_time()
    s = time.perf_counter()
    articles, _ = pipeline.read_all(files)
    t["read"] = time.perf_counter() - s
    mem = {"read": _peak_mb()}
    chars = sum(len(p.text) for a in articles for p in a.paragraphs)
    s = time.perf_counter()
    result = pipeline.process(articles, pipeline.BuildOptions(jobs=jobs))
    t["extract+resolve"] = time.perf_counter() - s
    mem["extract+resolve"] = _peak_mb()
    s = time.perf_counter()
    builder = GraphBuilder(result.entities, events=result.events, agreements=result.agreements, posts=result.posts)
    graph = builder.store(result.facts)
    t["graph"] = time.perf_counter() - s
    mem["graph"] = _peak_mb()
    with tempfile.TemporaryDirectory() as tmp:
        for name in DEFAULT_FORMATS:
            filename, writer = FORMATS[name]
            s = time.perf_counter()
            writer(graph, Path(tmp) / filename)
            t[f"write {name}"] = time.perf_counter() - s
            mem[f"write {name}"] = _peak_mb()
    cpu = time.process_time() - c0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024   # the build's peak, before the floor
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu_all = cpu + kids.ru_utime + kids.ru_stime   # with the workers of --jobs (reaped by now)
    if floor:
        s = time.perf_counter()   # the floor: read (and strip), fold and the model alone, in one process
        fresh, _ = pipeline.read_all(files)
        for g in range(0, len(fresh), FLOOR_GROUP):
            analyse_many([fold(p.text) for a in fresh[g:g + FLOOR_GROUP] for p in a.paragraphs])
        t["floor (read + fold + NER model)"] = time.perf_counter() - s
    return {"articles": len(articles), "characters": chars, "stages": t, "cpu": cpu, "cpu_all": cpu_all,
            "peak_mb": rss, "peak_after": mem}


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "bench" / "corpus")
    ap.add_argument("--sizes", nargs="*", type=int, default=[100, 1000, 5000])
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--no-floor", action="store_true", help="skip the floor (read + fold + NER model alone)")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(_one(args.corpus, args.child, args.jobs, not args.no_floor)))
        return
    for n in args.sizes:
        out = subprocess.run([sys.executable, __file__, "--corpus", str(args.corpus), "--jobs", str(args.jobs),
                              "--child", str(n)] + (["--no-floor"] if args.no_floor else []), capture_output=True, text=True, check=True).stdout
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
