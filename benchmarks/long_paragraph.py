"""Time per character of one article that is one long paragraph (issue 12): a benchmark, not a test.

Builds, for each size, an article whose body is one paragraph made of the bundled seed texts
repeated, and times ``kg build`` on it in a fresh process (wall-clock seconds, peak RSS from
``resource``). Every stage should be linear in the paragraph's length, so the time per
character should stay flat from 20 k to 2 M characters.

    python benchmarks/long_paragraph.py                 # gazetteer and patterns only (--no-ner)
    python benchmarks/long_paragraph.py --ner 20000 200000

Prints the start-up time (a 100-character article), then one row per size: characters, seconds,
microseconds per character, the same net of the start-up, peak RSS (MB).
"""
from __future__ import annotations

import argparse
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _body() -> str:
    text = "".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").iterdir()))
    text = re.sub(r"<[^>]+>|\[[^\]]*\]\([^)]*\)|^---.*?---|-{3,}|#", "", text, flags=re.S)
    return re.sub(r"\s+", "", text)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sizes", nargs="*", type=int, default=[20_000, 200_000, 2_000_000])
    ap.add_argument("--ner", action="store_true", help="run the statistical NER too")
    args = ap.parse_args()
    body = _body()
    print(f"{'characters':>12} {'seconds':>9} {'us/char':>9} {'net us/char':>12} {'peak MB':>8}")
    startup = None
    with tempfile.TemporaryDirectory() as tmp:
        for n in [100] + args.sizes:   # the first, tiny article measures the start-up (imports, gazetteer, model)
            f = Path(tmp) / f"p{n}.md"
            f.write_text("# 一篇很长的文章\n\n" + (body * (n // len(body) + 1))[:n] + "\n", encoding="utf-8")
            cmd = [sys.executable, "-c", "import sys; from kg.cli import main; sys.exit(main())", "build", str(f),
                   "-o", str(Path(tmp) / f"out{n}"), "-q", "--max-chars", str(n + 100)] + ([] if args.ner else ["--no-ner"])
            t0 = time.perf_counter()
            subprocess.run(cmd, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            dt = time.perf_counter() - t0
            rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            if startup is None:
                startup = dt
                print(f"{'start-up':>12} {dt:>9.2f}")
                continue
            print(f"{n:>12,} {dt:>9.2f} {dt / n * 1e6:>9.1f} {(dt - startup) / n * 1e6:>12.1f} {rss:>8.0f}")


if __name__ == "__main__":
    main()
