"""The blocking index of cross-article event resolution never hides a cluster that
compatible() could accept: every cluster of the event's family whose dates agree is a candidate,
and, where a window is missing or wider than MAX_BLOCKS blocks, every such cluster that shares a
token (a name unit, participant, side or place) with the event; clusters that share none are not
compared then (compatible() has nothing to match them on)."""
from __future__ import annotations

import datetime as dt
import random

from kg.extract.event_schema import load_schema
from kg.resolve.article_events import dates_agree, lasts, window_of
from kg.resolve.thresholds import DATE_SLACK_DAYS
from kg.resolve.events import MAX_BLOCKS, _block_range, _Blocks, _tokens

TOKENS = [f"name:{c}" for c in "甲乙丙丁戊己庚辛壬癸"]


class _Ctx:
    entities: dict = {}


class _Stub:
    def __init__(self, family, window, rng):
        self.family, self._w = family, window
        pick = lambda: set(rng.sample(TOKENS, rng.choice([0, 0, 1, 2])))   # noqa: E731
        self.units, self.place_units, self.participants, self.locations = pick(), pick(), pick(), pick()
        self.bilateral = frozenset(pick()) or None

    def window(self):
        return self._w


def _wide(ev, slack_days: int = 0) -> bool:
    """No window, or one (widened by ``slack_days``) over MAX_BLOCKS blocks: compared by tokens."""
    w, slack = window_of(ev), dt.timedelta(days=slack_days)
    return w is None or len(_block_range(w[0] - slack, w[1] + slack)) > MAX_BLOCKS


def _wide_cluster(agg) -> bool:
    return _wide(agg, DATE_SLACK_DAYS + lasts(agg.family))


def _window(rng):
    if rng.random() < 0.15:
        return None
    begin = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(0, 400))
    length = rng.choice([0, 0, 0, 1, 2, 6, 30, 365, 800])
    return (begin, begin + dt.timedelta(days=length), rng.choice(["day", "day", "month", "inferred"]))


def test_every_cluster_whose_dates_agree_is_a_candidate():
    rng, ctx = random.Random(7), _Ctx()
    families = sorted(load_schema().families)
    blocks, aggs = _Blocks(), []
    for i in range(300):
        agg = _Stub(rng.choice(families), _window(rng), rng)
        aggs.append(agg)
        blocks.place(i, agg, ctx)
    for i in rng.sample(range(300), 60):        # clusters whose window changed as members joined
        aggs[i] = _Stub(aggs[i].family, _window(rng), rng)
        blocks.place(i, aggs[i], ctx)
    compared_wide = 0
    for _ in range(300):
        ev = _Stub(rng.choice(families), _window(rng), rng)
        got = blocks.candidates(ev, ctx)
        assert got == sorted(got)
        agree = {i for i, a in enumerate(aggs) if a.family == ev.family
                 and dates_agree(window_of(a), window_of(ev), lasts(ev.family))}
        share = {i for i, a in enumerate(aggs) if _tokens(a, ctx) & _tokens(ev, ctx)}
        narrow = {i for i in agree if not (_wide(ev) or _wide_cluster(aggs[i]))}
        assert narrow | (agree & share) <= set(got)
        assert all(aggs[i].family == ev.family for i in got)
        wide_apart = {i for i in range(len(aggs)) if (_wide(ev) or _wide_cluster(aggs[i])) and i not in share}
        assert not wide_apart & set(got)
        compared_wide += len(agree & share - narrow)
    assert compared_wide > 50   # the test meets undated and wide comparisons
