"""One place for event merge decisions: may two tellings be one event, and why.

:func:`compatible` compares two :class:`~kg.resolve.article_events.ArticleEvent`
records (two mentions' events in one article, or an article event and a
cross-article cluster) and returns a :class:`Decision`: a score (0: not the same
event; 3: names nest; 2: dated and sharing a place, the sides or the parties)
and the reason in words, which ``kg build --explain-merges`` writes out.
Thresholds live in :mod:`kg.resolve.thresholds`.
"""
from __future__ import annotations

from dataclasses import dataclass

from kg.resolve.article_events import (ArticleEvent, dates_agree, names_nest, ordinals_agree,
                                       places_conflict, places_within, visitors, window_of)
from kg.extract.event_schema import load_schema
from kg.resolve.thresholds import SAME_PARTIES_SHARE, VAGUE_WINDOW_DAYS


@dataclass(frozen=True)
class Decision:
    """``score`` 0 when the two cannot be one event, else the strength of the
    evidence (higher wins among candidates); ``reason`` says which rule decided."""

    score: int
    reason: str

    def __bool__(self) -> bool:
        return self.score > 0


def countries_of(ev: ArticleEvent, ctx) -> set:
    """The countries among an event's participants."""
    return {k for k in ev.participants if ctx.entities.get(k) and ctx.entities[k].type == "Country"}


def sides_conflict(a: ArticleEvent, b: ArticleEvent, ctx) -> bool:
    """Both name two or more countries and neither set holds the other: the US–ROK
    “2+2” and the US–China “2+2” of the same days are two events."""
    ca, cb = countries_of(a, ctx), countries_of(b, ctx)
    return len(ca) >= 2 and len(cb) >= 2 and not (ca <= cb or cb <= ca)


def same_parties(a: ArticleEvent, b: ArticleEvent, ctx) -> bool:
    """They share a person, and at least :data:`SAME_PARTIES_SHARE` of the smaller
    participant set lies within the larger one."""
    people = {k for k in a.participants if ctx.entities.get(k) and ctx.entities[k].type == "Person"}
    if not people & set(b.participants):
        return False
    small = min(len(a.participants), len(b.participants))
    return small >= 2 and len(set(a.participants) & set(b.participants)) >= SAME_PARTIES_SHARE * small


def _sides_differ(a: ArticleEvent, b: ArticleEvent, ctx) -> bool:
    """Neither event's sides lie within the other's. A side that is a person whose country
    is unknown (杨洁篪 with no post of a country) and who takes part in the other event is
    no evidence either way: it is left out of the comparison."""
    def known(x: ArticleEvent, other: ArticleEvent) -> frozenset:
        return frozenset(k for k in x.bilateral if not (
            ctx.entities.get(k) is not None and ctx.entities[k].type == "Person" and k in other.participants))
    sa, sb = known(a, b), known(b, a)
    return not (sa <= sb or sb <= sa)


def compatible(a: ArticleEvent, b: ArticleEvent, ctx) -> Decision:
    """Whether ``a`` and ``b`` may be one event, with the reason.

    Conflicts first (any one keeps them apart): family, ordinal, the sides of a
    bilateral encounter or the countries of a talk, dates, places (the countries
    they lie in both known and disjoint). Then the evidence: nesting names (3), or, both dated, a
    shared place, the same sides or the same parties (2). Undated events merge
    only on a nesting name.
    """
    if a.family != b.family:
        return Decision(0, f"families differ ({a.family}, {b.family})")
    if not ordinals_agree(a, b):
        return Decision(0, f"ordinals differ ({a.ordinal}, {b.ordinal})")
    spec = load_schema().families[a.family]   # once: the schema is read from the environment's folder
    journey = spec.lasts_days > 0  # visits and trips: keyed by who goes where, not by sides
    if not journey and a.bilateral and b.bilateral and _sides_differ(a, b, ctx):
        return Decision(0, "the sides differ")
    if journey and visitors(a, ctx) and visitors(b, ctx) and not visitors(a, ctx) & visitors(b, ctx):
        return Decision(0, "the visitors differ")
    if spec.sided and sides_conflict(a, b, ctx):
        return Decision(0, "the countries taking part differ")
    wa, wb = window_of(a), window_of(b)
    if wa and wb and not dates_agree(wa, wb, spec.lasts_days):
        return Decision(0, f"dates differ ({wa[0]}, {wb[0]})")
    nest = names_nest(a, b)
    vague = wa and wb and (wa[1] - wa[0]).days > VAGUE_WINDOW_DAYS and (wb[1] - wb[0]).days > VAGUE_WINDOW_DAYS
    if vague and not nest:
        return Decision(0, "both dated only vaguely and the names do not nest")
    la, lb = places_within(a, ctx), places_within(b, ctx)
    if places_conflict(a, b, ctx):
        return Decision(0, "the places lie in different countries")
    if nest:
        return Decision(3, "the names nest" + (" and the places agree" if la & lb else ""))
    if not (wa and wb):
        return _inferred(a, b, la, lb, ctx, spec)
    if la & lb:
        return Decision(2, "both dated, same dates, a shared place")
    if a.family == "encounter" and a.bilateral and a.bilateral == b.bilateral:
        return Decision(2, "both dated, same dates, the same sides")
    if a.family != "gathering" and same_parties(a, b, ctx):
        return Decision(2, "both dated, same dates, the same parties")
    return Decision(0, "no shared name, place, sides or parties")


def _inferred(a: ArticleEvent, b: ArticleEvent, la: set, lb: set, ctx, spec) -> Decision:
    """One or both dated only by the publication window (an item's undated lead story):
    the same sides of a talk, or the same days by that window with a shared place and
    the same people, make a weak match (score 1), which an undated telling takes only
    when it is its one candidate. ``spec``: the family's definition (``Schema.families``)."""
    if spec.sided and a.bilateral and a.bilateral == b.bilateral:
        return Decision(1, "one telling undated, the same sides")  # 拜登希望在与普京举行会谈时…
    fa, fb = a.window(), b.window()
    if not (fa and fb) or not dates_agree(fa[:2], fb[:2], spec.lasts_days):
        return Decision(0, "not both dated, and the names do not nest")
    if same_parties(a, b, ctx) and (la & lb or not (la and lb)):
        return Decision(1, "dated by the publication only: same days, the same parties, no other place")
    return Decision(0, "not both dated, and the names do not nest")
