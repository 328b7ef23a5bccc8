"""Sentence and clause spans of a paragraph (Chinese punctuation rules).

A sentence ends after 。！？!?；… or a line break, with any closing quotes or
brackets that follow kept in it. A clause is a stretch of a sentence between
，,：:；; (the enumeration comma 、 does not split a clause). Spans are
``(start, end)`` character offsets into the paragraph text, end exclusive,
in text order, covering only non-blank text.
"""
from __future__ import annotations

import bisect

import re

_SENT_END = re.compile(r"[。！？!?；;…\n]+[”’」』）)\]》\"']*(?:[（(][^（()）\n]{1,24}[）)])?")
_CLAUSE_END = re.compile(r"[，,：:；;]")


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text``, in order."""
    out, start = [], 0
    for m in _SENT_END.finditer(text):
        span = _trimmed(text, start, m.end())
        if span:
            out.append(span)
        start = m.end()
    span = _trimmed(text, start, len(text))
    if span:
        out.append(span)
    return out


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clause spans inside ``text[start:end]``; parentheses and quotes do not split."""
    out, s, depth = [], start, 0
    for i in range(start, end):
        c = text[i]
        if c in "（(「『“《":
            depth += 1
        elif c in "）)」』”》" and depth:
            depth -= 1
        elif depth == 0 and _CLAUSE_END.match(c):
            span = _trimmed(text, s, i + 1)
            if span:
                out.append(span)
            s = i + 1
    span = _trimmed(text, s, end)
    if span:
        out.append(span)
    return out


def span_containing(spans: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    """The span of ``spans`` (sorted by start, not overlapping, as :func:`sentences` and
    :func:`clauses` give them) that contains offset ``pos``, or None; a bisection."""
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    if i >= 0 and spans[i][0] <= pos < spans[i][1]:
        return spans[i][0], spans[i][1]
    return None
