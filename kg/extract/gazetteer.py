"""The gazetteer: world-knowledge entity records and a matcher over folded text.

Records live in ``kg/data/gazetteer/*.jsonl`` (one JSON object per line; see
``scripts/build_gazetteer_*.py`` for how each file is made and from which
sources). A record::

    {"id": "kazakhstan", "type": "Country", "qid": "Q232",
     "names": {"en": [...], "zh-Hans": [...], "zh-Hant": [...]}, ...}

The first name of each list is the preferred label in that script. Matching is
leftmost-longest over text folded with :func:`kg.text.fold` (simplified
script), so one simplified key serves both scripts; Latin names must stand
between word boundaries and match case-sensitively.
"""
from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from kg.text import fold

ENTITY_TYPES = ("Person", "Country", "Place", "Organization", "Outlet")
_MIN_CJK = 2
_MIN_LATIN = 2


@dataclass(frozen=True)
class Record:
    """One gazetteer entry. ``names`` maps a language tag to its names, preferred first."""

    id: str
    type: str
    names: dict[str, tuple[str, ...]]
    qid: str | None = None
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    def label(self, lang: str) -> str | None:
        """The preferred name in ``lang`` (``zh-Hans``, ``zh-Hant``, ``en``), or None."""
        names = self.names.get(lang) or ()
        return names[0] if names else None

    def all_names(self) -> list[str]:
        """Every name of the record, all scripts, in file order, without repeats."""
        out: list[str] = []
        for lang in ("zh-Hans", "zh-Hant", "en"):
            for n in self.names.get(lang, ()):
                if n not in out:
                    out.append(n)
        for lang, ns in sorted(self.names.items()):
            for n in ns:
                if n not in out:
                    out.append(n)
        return out


def _is_latin(name: str) -> bool:
    return all(ord(c) < 0x3000 for c in name)


def _word_char(c: str) -> bool:
    return c.isascii() and (c.isalnum() or c in "_-")


class Gazetteer:
    """All gazetteer records with a trie over their folded names.

    Raises:
        ValueError: two records share an id, or a line is not valid JSON
            (the message names the file and line).
    """

    def __init__(self, records: list[Record]):
        self.records: dict[str, Record] = {}
        self._trie: dict = {}
        for rec in records:
            if rec.id in self.records:
                raise ValueError(f"gazetteer: duplicate id {rec.id!r}")
            self.records[rec.id] = rec
        for rec in sorted(self.records.values(), key=lambda r: r.id):
            for name in rec.all_names():
                self._add(name, rec.id)

    def _add(self, name: str, rid: str) -> None:
        name = name.strip()
        if not name:
            return
        latin = _is_latin(name)
        if len(name) < (_MIN_LATIN if latin else _MIN_CJK):
            return
        key = name if latin else fold(name)
        node = self._trie
        for ch in key:
            node = node.setdefault(ch, {})
        ids = node.setdefault("", [])
        if rid not in ids:
            ids.append(rid)

    @classmethod
    def load(cls, folder: Path | None = None) -> "Gazetteer":
        """Load every ``*.jsonl`` file of ``folder`` (default: the bundled data), in name order."""
        records = []
        if folder is None:
            files = sorted(
                (p for p in resources.files("kg").joinpath("data/gazetteer").iterdir() if p.name.endswith(".jsonl")),
                key=lambda p: p.name,
            )
        else:
            files = sorted(Path(folder).glob("*.jsonl"))
        for path in files:
            for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise ValueError(f"gazetteer {path.name}:{lineno}: {exc.msg}") from None
                names = {k: tuple(v) for k, v in obj.get("names", {}).items() if v}
                extra = {k: v for k, v in obj.items() if k not in ("id", "type", "names", "qid")}
                if not set(extra.get("also_types", ())) <= set(ENTITY_TYPES):
                    raise ValueError(f"gazetteer {path.name}:{lineno}: also_types must be among {ENTITY_TYPES}")
                records.append(Record(obj["id"], obj["type"], names, obj.get("qid"), extra))
        return cls(records)

    def lookup(self, name: str) -> list[str]:
        """Record ids whose name equals ``name`` (after folding), or []."""
        key = name.strip() if _is_latin(name) else fold(name.strip())
        node = self._trie
        for ch in key:
            node = node.get(ch)
            if node is None:
                return []
        return list(node.get("", []))

    def find(self, folded: str) -> list[tuple[int, int, list[str]]]:
        """Leftmost-longest, non-overlapping matches in ``folded`` text.

        Returns ``(start, end, record_ids)`` triples in text order; offsets are
        character indexes into ``folded`` (end exclusive).
        """
        out = []
        i, n = 0, len(folded)
        trie = self._trie
        while i < n:
            node = trie.get(folded[i])
            if node is None:
                i += 1
                continue
            best = None
            j = i
            while node is not None:
                j += 1
                ids = node.get("")
                if ids:
                    best = (j, ids)
                if j >= n:
                    break
                node = node.get(folded[j])
            if best is not None:
                end, ids = best
                text = folded[i:end]
                if _is_latin(text) and ((i > 0 and _word_char(folded[i - 1])) or (end < n and _word_char(folded[end]))):
                    i += 1
                    continue
                out.append((i, end, ids))
                i = end
            else:
                i += 1
        return out


@functools.lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The bundled gazetteer, loaded once per process."""
    return Gazetteer.load()
