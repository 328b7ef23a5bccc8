"""Reader for feed-archive articles: ``<!--epoch-ms-->``, ``[title](url)``, ``------``, HTML body."""
from __future__ import annotations

import re
from pathlib import Path

from kg.model import Article
from kg.sources.common import DATE_LINE, RSS_BLOCK, from_epoch_ms, stable_id, to_utc
from kg.sources.text_blocks import html_paragraphs
from kg.text import detect_language


def matches(text: str, start: int = 0) -> re.Match | None:
    """The RSS header block at ``text[start:]``, or None."""
    return RSS_BLOCK.match(text, start)


def read(path: Path, text: str, start: int = 0, meta: dict | None = None) -> Article:
    """Parse the RSS-archive layout beginning at ``text[start]``.

    ``meta`` holds front-matter values when the block follows Jekyll front
    matter (see :mod:`kg.sources.jekyll`); they take precedence over the block.
    Publication time: front matter ``date``, else the epoch-ms comment, else a
    ``日期：`` line under the rule; all in UTC.
    """
    meta = meta or {}
    m = RSS_BLOCK.match(text, start)
    assert m is not None
    body_start = m.end()
    published = to_utc(meta.get("date")) if meta.get("date") else None
    if published is None and m.group("ms"):
        published = from_epoch_ms(m.group("ms"))
    d = DATE_LINE.match(text, body_start)
    if d:
        if published is None:
            published = to_utc(d.group("date"))
        body_start = d.end()
    title = (meta.get("title") or "").strip() or m.group("title").strip()
    url = (meta.get("from") or "").strip() or m.group("url").strip() or None
    paragraphs = html_paragraphs(text, body_start, len(text))
    body = "\n".join(p.text for p in paragraphs)
    return Article(
        id=stable_id(url, text),
        path=str(path),
        layout=meta.get("_layout", "rss"),
        title=title,
        url=url,
        published=published,
        published_inferred=False,
        language=detect_language(title + "\n" + body),
        author=meta.get("author"),
        paragraphs=paragraphs,
        source_text=text,
    )
