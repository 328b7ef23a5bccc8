"""Shared building and checking for the hand-table gazetteers.

Imported by ``scripts/build_gazetteer_cities.py`` and ``scripts/build_gazetteer_divisions.py``
(whose records :func:`place_records` and :func:`check` build and check) and by the
company, institution and feature scripts (which use the folding, the other files'
records, :func:`render` and :func:`run`); each keeps its own table of rows and sources.
Names are folded as ``kg.text.fold`` does.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

import opencc

ROOT = Path(__file__).resolve().parents[1]
_S2T = opencc.OpenCC("s2t")
_T2S = opencc.OpenCC("t2s")
_HANT_FIX = {"羣": "群", "衆": "眾"}

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def to_hant(name: str) -> str:
    """Traditional-script form: OpenCC s2t, keeping 里 and writing 群/眾."""
    out = _S2T.convert(name)
    if len(out) != len(name):
        return out
    return "".join("里" if src == "里" else _HANT_FIX.get(ch, ch) for src, ch in zip(name, out))


def fold(name: str) -> str:
    """The matcher's key for a CJK name (NFKC per character, then t2s), as kg.text.fold."""
    chars = []
    for c in name:
        n = unicodedata.normalize("NFKC", c)
        chars.append(n if len(n) == 1 else c)
    return _T2S.convert("".join(chars))


def is_latin(name: str) -> bool:
    return all(ord(c) < 0x3000 for c in name)


def key(name: str) -> str:
    return name if is_latin(name) else fold(name)


def _uniq(seq) -> list[str]:
    out: list[str] = []
    for x in seq:
        if x and x not in out:
            out.append(x)
    return out


def place_records(rows, kind: str) -> list[dict]:
    """One gazetteer record per row (``slug, qid, country, en, hans, hant``), sorted by id."""
    records = []
    for c in rows:
        hant = _uniq([to_hant(n) for n in c.hans] + list(c.hant))
        rec = {
            "id": c.slug,
            "type": "Place",
            "kind": kind,
            "country": c.country,
            "names": {"en": _uniq(c.en), "zh-Hans": _uniq(c.hans), "zh-Hant": hant},
        }
        if c.qid:
            rec["qid"] = c.qid
        records.append(rec)
    records.sort(key=lambda r: r["id"])
    return records


def other_records(output: Path) -> list[tuple[str, dict]]:
    """(file stem, record) of every other gazetteer file than ``output``."""
    out = []
    for path in sorted(output.parent.glob("*.jsonl")):
        if path.name == output.name:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append((path.stem, json.loads(line)))
    return out


def other_names(output: Path) -> dict[str, set[str]]:
    """Names of the gazetteer files other than ``output`` (CJK folded, Latin as is): key → the
    ``file:id`` of each record that has it."""
    out: dict[str, set[str]] = {}
    for stem, obj in other_records(output):
        for names in obj.get("names", {}).values():
            for n in names:
                out.setdefault(key(n), set()).add(f"{stem}:{obj['id']}")
    return out


def country_ids(gazetteer_dir: Path) -> set[str]:
    """The record ids of ``countries.jsonl`` in ``gazetteer_dir``."""
    path = gazetteer_dir / "countries.jsonl"
    return {json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}


def check(records: list[dict], output: Path) -> list[str]:
    """Every problem of ``records`` against the other gazetteer files: ids, countries,
    names in all three scripts, QIDs, names shared with another record."""
    errors: list[str] = []
    others = other_records(output)
    other_ids = {r["id"]: stem for stem, r in others}
    other_qids = {r["qid"]: f"{stem}:{r['id']}" for stem, r in others if r.get("qid")}
    other_keys: dict[str, set[str]] = {}
    for stem, r in others:
        for names in r.get("names", {}).values():
            for n in names:
                other_keys.setdefault(key(n), set()).add(f"{stem}:{r['id']}")
    countries = {r["id"] for stem, r in others if stem == "countries"}
    ids: set[str] = set()
    keys: dict[str, set[str]] = {}
    qids: dict[str, set[str]] = {}
    for r in records:
        rid = r["id"]
        if rid in ids:
            errors.append(f"duplicate id {rid}")
        ids.add(rid)
        if not _SLUG.match(rid):
            errors.append(f"{rid}: id is not a slug")
        if rid in other_ids:
            errors.append(f"{rid}: id already used in {other_ids[rid]}.jsonl")
        if r["country"] not in countries:
            errors.append(f"{rid}: unknown country {r['country']}")
        for lang in ("en", "zh-Hans", "zh-Hant"):
            if not r["names"].get(lang):
                errors.append(f"{rid}: no {lang} name")
        for names in r["names"].values():
            for n in names:
                if len(n.strip()) < 2:
                    errors.append(f"{rid}: single-character name {n!r}")
                if n != n.strip():
                    errors.append(f"{rid}: stray space in {n!r}")
                keys.setdefault(key(n), set()).add(rid)
        q = r.get("qid")
        if q:
            if not re.fullmatch(r"Q[1-9][0-9]*", q):
                errors.append(f"{rid}: malformed qid {q}")
            qids.setdefault(q, set()).add(rid)
            if q in other_qids:
                errors.append(f"{rid}: qid {q} already used by {other_qids[q]}")
    for table, what in ((keys, "name"), (qids, "qid")):
        for k, rids in sorted(table.items()):
            if len(rids) > 1:
                errors.append(f"{what} {k!r} shared by {sorted(rids)}")
    for k, rids in sorted(keys.items()):
        if k in other_keys:
            errors.append(f"name {k!r} of {sorted(rids)} also in {sorted(other_keys[k])}")
    return errors


def substring_report(records: list[dict], output: Path) -> list[str]:
    """Chinese names of a record that contain, or are contained in, a name of another file."""
    others: dict[str, set[str]] = {}
    for stem, r in other_records(output):
        for lang in ("zh-Hans", "zh-Hant"):
            for n in r["names"].get(lang, ()):
                others.setdefault(fold(n), set()).add(f"{stem}:{r['id']}")
    out = []
    for r in records:
        for n in r["names"]["zh-Hans"]:
            k = fold(n)
            for o, owners in sorted(others.items()):
                if o != k and (k in o or o in k):
                    out.append(f"{r['id']}: {n} ~ {o} ({', '.join(sorted(owners))})")
    return out


def render(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in records)


def run(argv, doc: str, records: list[dict], output: Path, summary, check_records=None) -> int:
    """The command line of a gazetteer script: check, optionally report, write or
    compare (``--check``); ``summary(records)`` is the line printed after writing;
    ``check_records(records)`` gives the script's own problems (default: the place
    checks of :func:`check`)."""
    ap = argparse.ArgumentParser(description=doc.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="do not write; exit 1 if the file differs")
    ap.add_argument("--report", action="store_true", help="also list substring overlaps with other files")
    args = ap.parse_args(argv)
    errors = check_records(records) if check_records else check(records, output)
    for e in errors:
        print("error:", e, file=sys.stderr)
    if args.report:
        for line in substring_report(records, output):
            print("overlap:", line)
    if errors:
        return 1
    text = render(records)
    if args.check:
        same = output.exists() and output.read_text(encoding="utf-8") == text
        print(f"{output.relative_to(ROOT)}: {'up to date' if same else 'differs'}")
        return 0 if same else 1
    output.write_text(text, encoding="utf-8")
    print(f"wrote {output.relative_to(ROOT)}: {summary(records)} (opencc {getattr(opencc, '__version__', '?')})")
    return 0
