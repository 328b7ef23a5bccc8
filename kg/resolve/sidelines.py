"""Attendance from the sidelines: who met on the sidelines of a gathering attended it.

A leader who holds talks at a summit's venue during the summit is at the summit
(拜登当天…与约翰逊和莫里森举行了三边会谈 during the G7 summit in Cornwall; 习近平在利雅得
会见… during the China–Arab States summit). After cross-article resolution, the
sides of an event of a ``sidelines`` family (``kg/data/events/*.yaml``: encounters,
ceremonies, briefings, speeches) become attendees of a gathering when the event

- is dated by day within the gathering's days (its first to its last, no slack),
- shares a place below country level with it (a city or venue, not only the
  country: talks in London during a summit in Cornwall are not at the summit), and
- shares a participant with it (someone known to be at the gathering),

and no other gathering fits it as well (two summits in one city on one day: which
one the talks were held at is not told).

Each added participant keeps the side event's evidence sentence.
"""
from __future__ import annotations

import bisect

from kg.extract.event_schema import load_schema
from kg.model import Statement

_SIDES = ("Person", "Country")   # who attends: people and the countries they stand for


def _days(e) -> tuple[str, str] | None:
    """``(first, last)`` ISO day of a day-dated event, or None."""
    if e.datatype != "date" or not e.start:
        return None
    return e.start, e.end or e.start


def sideline_attendees(events: dict, entities: dict) -> list[Statement]:
    """Add to each gathering of ``events`` (key → :class:`kg.resolve.events.Event`) the
    people and countries of the side events told at it (see the module docstring), as
    participants with the role ``attendee``; ``entities`` maps keys to entities (for
    their types). Returns the evidence statements of what was added, one per added
    participant, from the side event's first telling of it. Mutates ``events``."""
    schema = load_schema()
    fam = {k: schema.types[e.type].family for k, e in events.items()}
    hosts: dict[str, list[str]] = {}   # side event key -> the gatherings it was told at
    # the side events by first day (ISO strings sort as days): a gathering looks up those of its days
    side = sorted((d[0], ek) for ek, e in events.items() if schema.families[fam[ek]].sidelines and (d := _days(e)))
    firsts = [d for d, _ in side]
    for gk, g in sorted(events.items()):
        gdays = _days(g)
        places = {p for p in g.locations if getattr(entities.get(p), "type", None) != "Country"}
        if fam[gk] != "gathering" or not gdays or not places:
            continue
        within = side[bisect.bisect_left(firsts, gdays[0]):bisect.bisect_right(firsts, gdays[1])]
        for ek in sorted(ek for _, ek in within):
            e = events[ek]
            if ek != gk and places & set(e.locations) and set(e.participants) & set(g.participants):
                hosts.setdefault(ek, []).append(gk)
    out: list[Statement] = []
    for ek, gks in sorted(hosts.items()):
        if len(gks) == 1:   # two gatherings at one place on one day: which one is not told
            out += _attend(events[gks[0]], gks[0], events[ek], entities)
    return out


def _attend(g, gk: str, e, entities: dict) -> list[Statement]:
    """Add the people and countries of side event ``e`` to gathering ``g`` (key ``gk``)
    as attendees; their evidence statements."""
    out: list[Statement] = []
    for k in e.participants:
        if k in g.participants or getattr(entities.get(k), "type", None) not in _SIDES:
            continue
        span = next(((m.article, *m.participants[k]) for m in e.members if k in m.participants), None)
        if span is None:
            continue
        g.participants = sorted(set(g.participants) | {k})
        g.roles["attendee"] = sorted(set(g.roles.get("attendee", [])) | {k})
        out += [Statement(gk, "participant", k, *span), Statement(gk, "role:attendee", k, *span)]
    return out
