"""Pattern lexicons kept as data (``kg/data/patterns/*.jsonl``).

- ``agreement_heads.jsonl``: document-type heads of agreement titles
  (条约 → Treaty, 行动计划 → ActionPlan…).
- ``titles.jsonl``: titles of posts (总统, 外交部长, 发言人…): one row per
  title with its ``kind`` (head_of_state, minister, spokesperson, academic…),
  ``attach`` (``country``: a post of the country, also when written in one of
  its national organs; ``org``: a post of the organisation named), optional
  ``canonical`` form (外长 → 外交部长), ``in`` (the gazetteer id of the body the
  title itself names: 国务委员 → China) and ``examples`` (phrases of at least two
  different articles, each of which must yield the post).

Each loader returns a list sorted longest first, so a matcher trying them in
order finds the longest head.
"""
from __future__ import annotations

import functools
import json
from importlib import resources


def _load(name: str) -> list[dict]:
    text = resources.files("kg").joinpath(f"data/patterns/{name}").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@functools.lru_cache(maxsize=None)
def agreement_heads() -> tuple[tuple[str, str], ...]:
    """``(head, class name)`` pairs, longest head first."""
    rows = [(r["head"], r["type"]) for r in _load("agreement_heads.jsonl")]
    return tuple(sorted(rows, key=lambda r: (-len(r[0]), r[0])))


@functools.lru_cache(maxsize=None)
def titles() -> tuple[str, ...]:
    """Post titles, longest first."""
    return tuple(sorted({r["title"] for r in _load("titles.jsonl")}, key=lambda t: (-len(t), t)))


@functools.lru_cache(maxsize=None)
def title_rows() -> dict[str, dict]:
    """Title → its row of ``titles.jsonl`` (keys ``title``, ``kind``, ``attach``,
    optional ``canonical``, ``in``, ``head_of_state``, ``examples``)."""
    return {r["title"]: r for r in _load("titles.jsonl")}


@functools.lru_cache(maxsize=None)
def title_canonical() -> dict[str, str]:
    """Title → its canonical form (外长 → 外交部长); titles without one map to themselves."""
    return {r["title"]: r.get("canonical", r["title"]) for r in _load("titles.jsonl")}


@functools.lru_cache(maxsize=None)
def head_titles() -> frozenset[str]:
    """Titles of heads of state or government (``"head_of_state": true``)."""
    return frozenset(r["title"] for r in _load("titles.jsonl") if r.get("head_of_state"))


def day_of(published):
    """The calendar day of a publication time (``datetime`` → its date; a ``date`` as is;
    None stays None), for :func:`group_members`."""
    return published.date() if hasattr(published, "date") and callable(published.date) else published


@functools.lru_cache(maxsize=None)
def _membership_rows() -> tuple[dict, ...]:
    text = resources.files("kg").joinpath("data/relations/members.jsonl").read_text(encoding="utf-8")
    return tuple(json.loads(line) for line in text.splitlines() if line.strip())


@functools.lru_cache(maxsize=64)
def group_members(on=None) -> dict[str, tuple[str, ...]]:
    """Gazetteer id of a region or bloc → the country ids of its members
    (``kg/data/relations/members.jsonl``; sources listed there).

    ``on`` (a ``datetime.date``, e.g. an article's publication day) gives the members of
    that day: a country whose ``joined`` date is later is left out (Finland is not in a
    2021 NATO), one in ``former`` is in until its ``left`` date (the United Kingdom in a
    2019 EU). ``None``: the members today."""
    day = on.isoformat() if on is not None else None
    out = {}
    for row in _membership_rows():
        joined = row.get("joined", {})
        ids = [c for c in row["members"] if day is None or joined.get(c, "") <= day]
        for c, span in sorted(row.get("former", {}).items()):
            if day is not None and span.get("joined", "") <= day < span["left"]:
                ids.append(c)
        out[row["id"]] = tuple(sorted(ids))
    return out
