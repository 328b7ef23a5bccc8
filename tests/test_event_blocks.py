"""The blocking index of cross-article event resolution never hides a cluster that
compatible() could accept: every cluster of the event's family whose dates agree is a candidate."""
from __future__ import annotations

import datetime as dt
import random

from kg.extract.event_schema import load_schema
from kg.resolve.article_events import dates_agree, lasts, window_of
from kg.resolve.events import _Blocks


class _Stub:
    def __init__(self, family, window):
        self.family, self._w = family, window

    def window(self):
        return self._w


def _window(rng):
    if rng.random() < 0.15:
        return None
    begin = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(0, 400))
    length = rng.choice([0, 0, 0, 1, 2, 6, 30, 365, 800])
    return (begin, begin + dt.timedelta(days=length), rng.choice(["day", "day", "month", "inferred"]))


def test_every_cluster_whose_dates_agree_is_a_candidate():
    rng = random.Random(7)
    families = sorted(load_schema().families)
    blocks, aggs = _Blocks(), []
    for i in range(300):
        agg = _Stub(rng.choice(families), _window(rng))
        aggs.append(agg)
        blocks.place(i, agg)
    for i in rng.sample(range(300), 60):        # clusters whose window changed as members joined
        aggs[i] = _Stub(aggs[i].family, _window(rng))
        blocks.place(i, aggs[i])
    for _ in range(300):
        ev = _Stub(rng.choice(families), _window(rng))
        got = blocks.candidates(ev)
        assert got == sorted(got)
        need = {i for i, a in enumerate(aggs) if a.family == ev.family
                and dates_agree(window_of(a), window_of(ev), lasts(ev.family))}
        assert need <= set(got)
        assert all(aggs[i].family == ev.family for i in got)
