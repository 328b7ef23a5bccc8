"""Reader for plain Markdown articles: ``#`` headings, no header block."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from kg.model import Article
from kg.sources.common import latest_stated_date, stable_id
from kg.sources.text_blocks import markdown_paragraphs
from kg.text import detect_language, han_count

HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]+\S", re.M)


def matches(text: str) -> bool:
    """True when ``text`` has a Markdown ``#`` heading line and some prose."""
    return bool(HEADING.search(text)) and han_count(text) + len(re.findall(r"[A-Za-z]+", text)) >= 20


def read(path: Path, text: str) -> Article:
    """Parse a headerless Markdown article.

    Title: the first heading. URL: none. Publication date: the full date the
    title states, else the latest full date the text states
    (``published_inferred`` is True), a ``datetime.date``.
    """
    paragraphs = markdown_paragraphs(text, 0, len(text))
    title = next((p.text for p in paragraphs if p.kind == "heading"), "")
    body_paras = [p for p in paragraphs if not (p.kind == "heading" and p.text == title)]
    # a date in the title (《新闻联播》 (20221114)) dates the text; else the latest date it states
    published: dt.date | None = latest_stated_date([title]) or latest_stated_date([p.text for p in paragraphs])
    body = "\n".join(p.text for p in paragraphs)
    return Article(
        id=stable_id(None, text),
        path=str(path),
        layout="markdown",
        title=title,
        url=None,
        published=published,
        published_inferred=published is not None,
        language=detect_language(body),
        author=None,
        paragraphs=body_paras,
        source_text=text,
    )
