"""The event schema kept as data: families, types, triggers and role patterns.

Every ``*.yaml`` file of ``kg/data/events/`` (or of the folder given to
:func:`load_schema`) but ``discourse.yaml`` describes one event **family**;
``discourse.yaml`` holds the attendance patterns and the negation cues. The
format is documented in ``kg/data/events/README.md``. Nothing here knows an
event type by name: a type added to a file (with its triggers and examples) is
found, matched, merged within its family and written to the graph without code.

Errors: :class:`kg.errors.DataError` names the file and the problem when a file
is malformed (unknown family key, a pattern that does not compile, a type in
two families).
"""
from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import yaml

from kg.errors import DataError
from kg.text import fold

ENV_FOLDER = "NEWSKG_EVENT_DATA"  # a folder to read instead of the bundled kg/data/events


@dataclass(frozen=True)
class RolePattern:
    """One argument pattern: ``regex`` is compiled over the encoded sentence
    (:mod:`kg.extract.roles`); ``slots`` maps each regex group name to its role;
    ``types`` limits it to some types of the family (empty: all)."""

    name: str
    family: str
    source: str
    regex: re.Pattern
    slots: dict
    types: tuple = ()
    label: str | None = None
    scope: str | None = None
    examples: tuple = ()


@dataclass(frozen=True)
class EventType:
    """One event type: its class name, family, triggers (folded), the priority
    that decides which type names a merged event, whether it gives way to other
    types of its family (``subordinate``), and the type a leaders' meeting of
    many countries becomes (``leaders_meeting_is``), and the type a mention of it
    becomes when every place it goes to is a region (``region_destination_is``:
    赴欧洲访问 is a trip, not a visit of one country), and the type a held mention of it
    between exactly two people becomes (``two_sided_is``: 布林肯和杨洁篪举行会议 is a
    meeting of two sides, not a conference)."""

    name: str
    family: str
    triggers: tuple
    priority: int = 50
    subordinate: bool = False
    leaders_meeting_is: str | None = None
    not_before: tuple = ()
    labels: dict = field(default_factory=dict)
    region_destination_is: str | None = None
    two_sided_is: str | None = None


@dataclass(frozen=True)
class Family:
    """What decides, for every type of a family, when a mention tells an event
    (``told_when``: alternatives of requirements), which mention types may form
    its name, its hold verbs, and the visit-specific flags."""

    name: str
    name_units: tuple
    told_when: tuple
    hold_verbs: tuple
    subject_from_first_clause: bool = False
    destination_takes_part: bool = False
    inbound_words: dict = field(default_factory=dict)
    roles: tuple = ()
    sidelines: bool = False
    lasts_days: int = 0
    name_words: tuple = ()
    sided: bool = False


@dataclass(frozen=True, eq=False)
class Schema:
    """All families and types, the trigger matcher and the discourse rules."""

    families: dict
    types: dict
    trigger_regex: re.Pattern
    trigger_type: dict
    attendance: tuple
    negation_cues: tuple
    negation_verbs: tuple
    not_event_before: tuple = ()
    title_modifiers: tuple = ()
    topic_words: tuple = ()
    document_heads: tuple = ()
    locatives: tuple = ()
    name_qualifiers: tuple = ()
    determiners: tuple = ()
    reporting_verbs: tuple = ()
    time_clause_ends: tuple = ()
    reference_words: tuple = ()
    destination_markers: tuple = ()
    pronouns: dict = field(default_factory=dict)

    @functools.cached_property
    def pronoun_regex(self) -> re.Pattern:
        """A pronoun of ``pronouns.words``, not after ``not_after`` nor before ``not_before``."""
        p = self.pronouns
        words = "|".join(map(re.escape, p.get("words", ()))) or "(?!x)x"
        after = "".join(f"(?<!{re.escape(c)})" for c in p.get("not_after", ()))
        before = "".join(f"(?!{re.escape(c)})" for c in p.get("not_before", ()))
        return re.compile(f"{after}(?:{words}){before}")

    @functools.cached_property
    def locative_regex(self) -> re.Pattern:
        """The locative markers, matched at the end of the text before a mention."""
        return re.compile("(?:" + "|".join(map(re.escape, sorted(self.locatives, key=len, reverse=True))) + ")$")

    @functools.cached_property
    def title_regex(self) -> re.Pattern:
        """Post titles of the title lexicon, each with an optional modifier before it
        (当选总统, 候任行政长官), longest first: one token when sentences are encoded."""
        from kg.extract.patterns import titles

        mods = "|".join(map(re.escape, self.title_modifiers))
        body = "|".join(map(re.escape, titles()))
        return re.compile(f"(?:{mods})?(?:{body})" if mods else body)

    def family_of(self, type_name: str) -> Family:
        """The family of a type (KeyError for a type no file declares)."""
        return self.families[self.types[type_name].family]


_FAMILY_KEYS = {"family", "name_units", "told_when", "hold_verbs", "subject_from_first_clause",
                "destination_takes_part", "inbound_words", "types", "roles", "sidelines", "lasts_days",
                "name_words", "sided"}
_TYPE_KEYS = {"triggers", "priority", "subordinate", "leaders_meeting_is", "not_before", "label",
              "region_destination_is", "two_sided_is"}


def _bundled_files() -> list[tuple[str, str]]:
    folder = os.environ.get(ENV_FOLDER)
    if folder:
        return _folder_files(Path(folder))
    root = resources.files("kg").joinpath("data/events")
    return sorted((p.name, p.read_text(encoding="utf-8")) for p in root.iterdir() if p.name.endswith(".yaml"))


def _folder_files(folder: Path) -> list[tuple[str, str]]:
    return sorted((p.name, p.read_text(encoding="utf-8")) for p in folder.glob("*.yaml"))


def load_schema(folder: str | Path | None = None) -> Schema:
    """Read the event schema from ``folder`` (default: ``$NEWSKG_EVENT_DATA`` or
    the bundled ``kg/data/events``). Cached per folder.

    Raises:
        DataError: a file is malformed (the message names the file).
    """
    return _load(str(folder) if folder is not None else None, os.environ.get(ENV_FOLDER))


# the word lists of discourse.yaml, each a Schema field of the same name; True: longest first
# (they are matched at the end of a text, where the longest must win)
_WORD_LISTS = {"not_event_before": False, "title_modifiers": True, "topic_words": False, "document_heads": False,
               "locatives": False, "name_qualifiers": True, "determiners": False, "reporting_verbs": False,
               "time_clause_ends": False, "reference_words": False, "destination_markers": False}


def _words(data: dict, key: str, longest_first: bool) -> tuple:
    words = [fold(w) for w in data.get(key) or []]
    return tuple(sorted(words, key=len, reverse=True) if longest_first else words)


@functools.lru_cache(maxsize=8)
def _load(folder: str | None, _env: str | None) -> Schema:
    from kg.extract.roles import compile_pattern

    files = _folder_files(Path(folder)) if folder else _bundled_files()
    families, types, attendance = {}, {}, []
    neg: dict = {}
    pron: dict = {}
    lists = {key: () for key in _WORD_LISTS}
    for name, text in files:
        try:
            data = yaml.safe_load(text) or {}
        except yaml.YAMLError as exc:
            raise DataError(f"{name}: not valid YAML ({str(exc).splitlines()[0]})") from None
        if name == "discourse.yaml":
            attendance += [compile_pattern(r, "discourse", name) for r in data.get("attendance", [])]
            neg = data.get("negation") or {}
            pron = {k: _words(data.get("pronouns") or {}, k, False)
                    for k in ("words", "not_after", "not_before", "object_markers")}
            lists = {key: _words(data, key, longest) for key, longest in _WORD_LISTS.items()}
            continue
        fam = _family(name, data, types)
        families[fam.name] = fam
    trigger_type = {}
    for t in sorted(types.values(), key=lambda t: t.name):
        for trig in t.triggers:
            trigger_type.setdefault(trig, t.name)
    alts = sorted(trigger_type, key=lambda s: (-len(s), s))
    regex = re.compile("|".join(map(re.escape, alts))) if alts else re.compile(r"(?!x)x")
    return Schema(families, types, regex, trigger_type, tuple(attendance), _words(neg, "cues", True),
                  _words(neg, "verbs", False), **lists, pronouns=pron)


def _family(name: str, data: dict, types: dict) -> Family:
    from kg.extract.roles import compile_pattern

    unknown = set(data) - _FAMILY_KEYS
    if unknown or "family" not in data:
        raise DataError(f"{name}: {'unknown keys ' + ', '.join(sorted(unknown)) if unknown else 'no family:'}")
    fam = data["family"]
    for tname, t in (data.get("types") or {}).items():
        t = t or {}
        if set(t) - _TYPE_KEYS:
            raise DataError(f"{name}: type {tname}: unknown keys {', '.join(sorted(set(t) - _TYPE_KEYS))}")
        if tname in types:
            raise DataError(f"{name}: type {tname} is already declared in family {types[tname].family}")
        if not t.get("triggers"):
            raise DataError(f"{name}: type {tname} has no triggers")
        types[tname] = EventType(tname, fam, tuple(dict.fromkeys(fold(x) for x in t["triggers"])),
                                 int(t.get("priority", 50)), bool(t.get("subordinate", False)),
                                 t.get("leaders_meeting_is"), tuple(t.get("not_before", ())),
                                 dict(t.get("label") or {}), t.get("region_destination_is"),
                                 t.get("two_sided_is"))
    roles = tuple(compile_pattern(r, fam, name) for r in data.get("roles") or [])
    told = tuple(dict(alt) for alt in data.get("told_when") or [])
    return Family(fam, tuple(data.get("name_units") or ("Organization",)), told,
                  tuple(fold(v) for v in data.get("hold_verbs") or ()),
                  bool(data.get("subject_from_first_clause", False)),
                  bool(data.get("destination_takes_part", False)),
                  dict(data.get("inbound_words") or {}), roles, bool(data.get("sidelines", False)),
                  int(data.get("lasts_days", 0)),
                  tuple(sorted((fold(w) for w in data.get("name_words") or ()), key=len, reverse=True)),
                  bool(data.get("sided", False)))
