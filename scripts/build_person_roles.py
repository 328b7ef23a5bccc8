#!/usr/bin/env python3
"""Build ``kg/data/patterns/person_roles.jsonl``: role words after which a Latin-script name is a
person (分析师Jeremy Chan, 首席经济学家Nancy Vanden Houten, 众议员Burgess Owens).

Run from the repository root with the bench corpus beside it::

    python scripts/build_person_roles.py [../shared/bench/corpus]

The roles are the hand list ``ROLES`` below (occupations and posts: words that describe a
person, never an organisation: 公司, 机构, 制造商 are left out). For each role the script
takes, from the corpus files outside the gold files (``../shared/eval/gold/*.yaml``), the
first two files that write the role right before a name of two or more capitalised Latin
words, and keeps those as the row's examples; a role without two such files is dropped.
Deterministic: files in name order, same bytes out.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "kg" / "data" / "patterns" / "person_roles.jsonl"
ROLES = (
    "分析师", "策略师", "经济学家", "首席经济学家", "主管", "经理", "基金经理", "负责人", "总裁", "副总裁",
    "首席执行官", "执行长", "投资长", "首席投资官", "董事", "董事长", "创始人", "主席", "主任", "局长", "部长",
    "议员", "众议员", "参议员", "官员", "发言人", "记者", "主持人", "作者", "作家", "学者", "专家", "教授",
    "研究员", "律师", "顾问", "总监", "合伙人",
)
NAME = r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,3}(?![A-Za-z])"


def gold_files(shared: Path) -> set[str]:
    out = set()
    for g in sorted((shared / "eval" / "gold").glob("*.yaml")):
        for a in yaml.safe_load(g.read_text(encoding="utf-8")).get("articles") or []:
            if isinstance(a, dict) and a.get("file"):
                out.add(a["file"])
    return out


def main(argv: list[str]) -> int:
    corpus = Path(argv[1]) if len(argv) > 1 else ROOT.parent / "shared" / "bench" / "corpus"
    gold = gold_files(corpus.parents[1])
    found: dict[str, list[dict]] = {r: [] for r in ROLES}
    longest = sorted(ROLES, key=len, reverse=True)
    rx = re.compile("(" + "|".join(map(re.escape, longest)) + ")(" + NAME + ")")
    for f in sorted(corpus.iterdir()):
        if f.name in gold:
            continue
        text = f.read_text(encoding="utf-8", errors="replace")
        for m in rx.finditer(text):
            role = m.group(1)
            rows = found[role]
            if len(rows) < 2 and all(r["source"] != f.name for r in rows):
                s = max(0, m.start() - 12)
                rows.append({"text": text[s:m.end()].replace("\n", " "), "source": f.name, "name": m.group(2)})
    with OUT.open("w", encoding="utf-8", newline="\n") as out:
        for role in sorted(ROLES):
            if len(found[role]) == 2:
                out.write(json.dumps({"role": role, "examples": found[role]}, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{sum(len(v) == 2 for v in found.values())} of {len(ROLES)} roles written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
