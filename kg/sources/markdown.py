"""Reader for plain Markdown articles: ``#`` headings, no header block."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from collections import Counter

from kg.model import Article, Item, Paragraph
from kg.sources.common import latest_stated_date, stable_id
from kg.sources.text_blocks import markdown_paragraphs
from kg.text import detect_language, han_count

HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]+\S", re.M)
_MARKS = re.compile(r"[ \t]*(#{1,6})[ \t]")
# A bulletin has at least this many headings at its item level (a single story
# has one headline; two stories under headings of the same level make a bulletin).
MIN_ITEM_HEADINGS = 2


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
    title_para = next((p for p in paragraphs if p.kind == "heading"), None)
    title = title_para.text if title_para is not None else ""
    body_paras = [p for p in paragraphs if not (p.kind == "heading" and p.text == title)]
    # a date in the title (《新闻联播》 (20221114)) dates the text; else the latest date it states
    published: dt.date | None = latest_stated_date([title]) or latest_stated_date([p.text for p in paragraphs])
    body = "\n".join(p.text for p in paragraphs)
    items = split_items(body_paras, text, title_para)
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
        items=items,
    )


def heading_level(p: Paragraph, source: str) -> int | None:
    """The number of ``#`` marks of a Markdown heading paragraph, else None."""
    if p.kind != "heading" or not p.offsets:
        return None
    line_start = source.rfind("\n", 0, p.offsets[0]) + 1
    m = _MARKS.match(source, line_start)
    return len(m.group(1)) if m and m.end() <= p.offsets[0] + 1 else None


def split_items(paragraphs: list[Paragraph], source: str, title: Paragraph | None = None) -> list[Item]:
    """Split a bulletin's body into its items; sets ``Paragraph.item`` in place.

    The item level is the Markdown heading level the body uses most (the deeper
    one on a tie), when it holds at least ``MIN_ITEM_HEADINGS`` headings
    (新闻联播: ``###`` under ``## 新闻摘要`` / ``## 详细新闻``). A heading of that
    level or a shallower one starts a new item; a run of headings with no text
    between them opens one item, whose heading is the run's last one
    (``## 详细新闻`` then ``### 习近平会见…``: the item ``习近平会见…``). Text
    A body that opens with a paragraph of text before its first heading is one
    story with subheadings (a lead, then ``### 專家解讀``…), not a bulletin:
    every 新闻联播 file opens with ``## 新闻摘要`` right under its title
    (xwlb_20221210, xwlb_20230320), a reported story with its lead.

    ``title`` is the file's headline paragraph (not among ``paragraphs``): a
    file with no headline of its own, whose first line is already an item's
    heading (``### 第一条`` … ``### 第二条``), has that heading as the first
    item's.

    Returns the items with offsets into ``source`` (see :class:`kg.model.Item`),
    or ``[]`` (every paragraph keeps item 0) when the body is one story.
    """
    levels = [heading_level(p, source) for p in paragraphs]
    counts = Counter(lv for lv in levels if lv is not None)
    if not counts:
        return []
    level = max(counts, key=lambda lv: (counts[lv], lv))
    if title is not None and heading_level(title, source) == level and (not paragraphs or
                                                                        title.offsets[0] < paragraphs[0].offsets[0]):
        paragraphs, levels = [title, *paragraphs], [level, *levels]
        counts[level] += 1
    if counts[level] < MIN_ITEM_HEADINGS:
        return []
    first_head = next(i for i, lv in enumerate(levels) if lv is not None and lv <= level)
    if any(p.kind != "heading" for p in paragraphs[:first_head]):
        return []  # a lead paragraph under the headline: one story with subheadings
    groups: list[list[int]] = []
    open_run = False  # the current item has headings only so far
    for i, lv in enumerate(levels):
        if lv is not None and lv <= level:
            if not (groups and open_run):
                groups.append([])
            open_run = True
        elif not groups:
            groups.append([])
            open_run = False
        else:
            open_run = open_run and paragraphs[i].kind == "heading"
        groups[-1].append(i)
    items = []
    for n, group in enumerate(groups):
        heads = [i for i in group if levels[i] is not None and levels[i] <= level]
        heading = paragraphs[heads[-1]].text if heads else ""
        first, last = paragraphs[group[0]], paragraphs[group[-1]]
        start = source.rfind("\n", 0, first.offsets[0]) + 1
        items.append(Item(n, heading, start, last.offsets[-1] + 1))
        for i in group:
            paragraphs[i].item = n
    return items
