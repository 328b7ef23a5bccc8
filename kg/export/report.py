"""The build report: ``build-report.json``, one row per input file and the totals.

A row::

    {"path": "in/a.md", "status": "built", "reason": null, "encoding": "utf-8",
     "layout": "jekyll", "characters": 5123, "entities": 31, "events": 4,
     "agreements": 1, "duplicate_of": null}

``status`` is ``built``, ``partly built`` (a stage failed; the article is in the graph
without what that stage gives; ``reason`` names the stage), ``skipped`` (not in the
graph; ``reason`` says why) or ``duplicate`` (the same article as ``duplicate_of``:
same URL or the same decoded text, under another name or encoding; built once).
``characters`` counts the code points of the decoded text; the counts are the
entities the article names, the events it reports or mentions and the agreements it
names. Rows are sorted by path; the file is written atomically (temporary file, then
rename), so a killed build leaves the previous report whole.
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from kg.export.atomic import write_atomic

STATUSES = ("built", "partly built", "skipped", "duplicate")


def report_rows(files: list[Path], articles: list, rejected: list, duplicates: dict, facts: list) -> list[dict]:
    """One row per input file (see the module docstring).

    Args:
        files: every input file, as collected.
        articles: the articles built (``Article``).
        rejected: ``kg.pipeline.Rejected`` entries (read and build stages).
        duplicates: duplicate path → the path of the article it repeats.
        facts: ``ArticleFacts`` of the built articles.
    """
    by_path = {str(a.path): a for a in articles}
    facts_of = {f.article.id: f for f in facts}
    failed = {str(r.path): r for r in rejected}
    rows = []
    for path in sorted({str(p) for p in files}):
        art, rej = by_path.get(path), failed.get(path)
        row = {"path": path, "status": "built", "reason": None, "encoding": None, "layout": None,
               "characters": None, "entities": 0, "events": 0, "agreements": 0, "duplicate_of": None}
        if path in duplicates:
            row.update(status="duplicate", duplicate_of=duplicates[path], reason=f"same article as {duplicates[path]}")
        elif rej is not None and not rej.partial:
            row.update(status="skipped", reason=rej.reason)
        elif rej is not None:
            row.update(status="partly built", reason=rej.reason)
        if art is not None and row["status"] in ("built", "partly built"):
            f = facts_of.get(art.id)
            row.update(encoding=art.encoding, layout=art.layout, characters=len(art.source_text),
                       entities=len(f.mentions) if f else 0, events=len(f.events) if f else 0,
                       agreements=len(f.agreements) if f else 0)
        rows.append(row)
    return rows


def write_report(path: Path, rows: list[dict], exit_code: int) -> dict:
    """Write ``path`` (JSON, UTF-8, sorted keys) atomically; returns the report written."""
    totals = Counter(r["status"] for r in rows)
    report = {"files": len(rows), "totals": {s: totals.get(s, 0) for s in STATUSES},
              "exit_code": exit_code, "rows": rows}
    write_atomic(path, json.dumps(report, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
    return report
