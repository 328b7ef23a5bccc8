"""Attendance lines: sentences that name who attended an event told before them.

``王毅、秦刚等参加上述活动`` names no event of its own; the patterns of
``kg/data/events/discourse.yaml`` (``attendance:``) find such sentences and
their attendees, with the scope the pattern states: ``all`` (every event told
before it in the same section) or ``last`` (the last one). Offsets are
paragraph-text code-point offsets.
"""
from __future__ import annotations

from dataclasses import dataclass

from kg.extract.event_schema import Schema, load_schema
from kg.extract.roles import arguments, encode, match_roles, tokens_of
from kg.extract.sentences import sentences
from kg.model import Article
from kg.text import fold


@dataclass(frozen=True)
class AttendanceLine:
    """One attendance sentence: paragraph index, sentence span, ``scope``
    (``all`` or ``last``) and the attendee arguments."""

    paragraph: int
    start: int
    end: int
    scope: str
    arguments: tuple


def section_of(article: Article, p: int) -> int:
    """The section a paragraph belongs to: its bulletin item (``Paragraph.item``; 0 in an
    ordinary article)."""
    return article.paragraphs[p].item


def find_attendance(article: Article, schema: Schema | None = None) -> list[AttendanceLine]:
    """Every attendance line of ``article`` (body paragraphs only), in text order."""
    schema = schema or load_schema()
    if not schema.attendance:
        return []
    by_par: dict[int, list[int]] = {}
    for i, m in enumerate(article.mentions):
        if m.paragraph >= 0:
            by_par.setdefault(m.paragraph, []).append(i)
    out = []
    for p, para in enumerate(article.paragraphs):
        if para.kind != "body" or p not in by_par:
            continue
        folded = fold(para.text)
        toks = tokens_of(article, by_par[p], folded, schema.title_regex, paragraph=p)
        for s, e in sentences(para.text):
            enc = encode(folded, (s, e), toks)
            found = match_roles(schema.attendance, enc, "", need_trigger=False)
            if found:
                pat, m = found[0]
                args = tuple(arguments(pat, m, enc, article=article))
                if args:
                    out.append(AttendanceLine(p, s, e, pat.scope or "last", args))
    return out
