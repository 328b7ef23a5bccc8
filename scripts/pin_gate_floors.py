#!/usr/bin/env python3
"""Write tests/gate_floors.yaml: the evaluation gate's floors, from a scored build of every gold file.

Usage (from the repository root, with ../shared beside it)::

    python scripts/pin_gate_floors.py REPORT_DIR

REPORT_DIR holds ``<gold>.json``, the ``score.py --json`` output of each gold file's build
(``seeds``, ``dev-anchorage``…). Each floor is the measured figure rounded down to two
decimals; the ceilings on duplicated entities and events are the measured counts. Pin them
only when a change has been measured on every gold file and none dropped.
"""
from __future__ import annotations

import json
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.test_eval_gate import CEILINGS, METRICS  # noqa: E402

HEADER = """# Floors of the evaluation gate (tests/test_eval_gate.py), per gold file of ../shared/eval/gold.
# Written by scripts/pin_gate_floors.py from a build of every gold file: each floor is the
# figure measured when it was pinned, rounded down to two decimals; duplicated_* are ceilings
# (the number of gold entities / events with more than one node). The seeds are a smoke test.
"""


def main(report_dir: str) -> None:
    out = {}
    for path in sorted(Path(report_dir).glob("*.json")):
        rep = json.loads(path.read_text(encoding="utf-8"))
        row = {}
        for name, (section, key) in METRICS.items():
            val = rep[section][key]
            row[name] = val if isinstance(val, int) and name == "questions" else math.floor(val * 100) / 100
        for name, (section, key) in CEILINGS.items():
            row[name] = len(rep[section][key])
        out[path.stem] = row
    lines = [HEADER]
    for gold, row in out.items():
        lines.append(f"{gold}:")
        lines += [f"  {k}: {v}" for k, v in row.items()]
    (ROOT / "tests" / "gate_floors.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1])
