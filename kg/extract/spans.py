"""Span lookups by bisection: what starts in, lies within, or covers a range of a paragraph.

A long paragraph holds thousands of mentions; scanning all of them for every title, clause or
agreement makes a stage quadratic in the paragraph's length. :class:`SpanIndex` sorts items
by start once and answers each query from the neighbourhood only (the look-back is the longest
item, so the answers are exact). Offsets are code points of the paragraph text.
"""
from __future__ import annotations

import bisect
from typing import Callable, Generic, Iterable, TypeVar

T = TypeVar("T")


class SpanIndex(Generic[T]):
    """Items with a ``(start, end)`` span (``span(item)``; default ``item.start, item.end``),
    in the order given, indexed by start.

    Every query returns matching items in the order they were given, so replacing a scan by a
    query changes no result."""

    def __init__(self, items: Iterable[T], span: Callable[[T], tuple[int, int]] | None = None):
        self.items = list(items)
        span = span or (lambda x: (x.start, x.end))
        self._spans = [span(x) for x in self.items]
        self._order = sorted(range(len(self.items)), key=lambda k: self._spans[k][0])
        self._starts = [self._spans[k][0] for k in self._order]
        self._longest = max((e - s for s, e in self._spans), default=0)

    def _from(self, lo_start: int, hi_start: int) -> list[int]:
        """Positions (in given order) of the items starting in ``[lo_start, hi_start)``."""
        lo = bisect.bisect_left(self._starts, lo_start)
        hi = bisect.bisect_left(self._starts, hi_start)
        return sorted(self._order[lo:hi])

    def starting_in(self, start: int, end: int) -> list[T]:
        """Items whose start lies in ``[start, end)``."""
        return [self.items[k] for k in self._from(start, end)]

    def within(self, start: int, end: int) -> list[T]:
        """Items lying inside ``[start, end]`` (start <= item start, item end <= end)."""
        return [self.items[k] for k in self._from(start, end + 1) if self._spans[k][1] <= end]

    def overlapping(self, start: int, end: int) -> list[T]:
        """Items that share a character with ``[start, end)``."""
        return [self.items[k] for k in self._from(start - self._longest, end) if self._spans[k][1] > start]

    def covering(self, pos: int) -> list[T]:
        """Items strictly around ``pos`` (item start < pos < item end)."""
        return [self.items[k] for k in self._from(pos - self._longest, pos) if self._spans[k][1] > pos]

    def ending_at(self, pos: int) -> list[T]:
        """Items whose end is ``pos``."""
        return [self.items[k] for k in self._from(pos - self._longest, pos) if self._spans[k][1] == pos]
