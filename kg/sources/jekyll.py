"""Reader for Jekyll posts: YAML front matter (title, date, author, from, tags,
categories), then either the RSS-archive block or plain HTML."""
from __future__ import annotations

import re
from pathlib import Path

import yaml

from kg.model import Article
from kg.sources import rss
from kg.sources.common import stable_id, to_utc
from kg.sources.text_blocks import html_paragraphs
from kg.text import detect_language

FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(?P<yaml>.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
PLACEHOLDER_AUTHORS = {"", "unknown", "none", "null", "anonymous", "admin"}


def matches(text: str) -> re.Match | None:
    """The front matter block at the start of ``text``, or None."""
    return FRONT_MATTER.match(text)


def parse_front_matter(block: str) -> dict:
    """Front matter as a dict of strings (and a datetime for ``date`` when YAML gives one).

    YAML that does not parse (unescaped quotes in titles are common in feed
    archives) falls back to one ``key: value`` pair per line.
    """
    try:
        data = yaml.safe_load(block)
        if isinstance(data, dict):
            return data
    except yaml.YAMLError:
        pass
    data = {}
    for line in block.splitlines():
        key, sep, value = line.partition(":")
        if sep and re.fullmatch(r"\w+", key.strip()):
            value = value.strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                value = value[1:-1]
            data[key.strip()] = value
    return data


def read(path: Path, text: str) -> Article:
    """Parse a Jekyll post. ``author`` names the publishing feed or writer;
    placeholder values (``unknown``) are treated as absent."""
    m = FRONT_MATTER.match(text)
    assert m is not None
    meta = parse_front_matter(m.group("yaml"))
    for key in ("title", "author", "from"):
        value = meta.get(key)
        meta[key] = "" if value is None else str(value)
    if meta["author"].strip().lower() in PLACEHOLDER_AUTHORS:
        meta["author"] = ""
    meta["author"] = meta["author"].strip() or None
    meta["_layout"] = "jekyll"
    start = m.end()
    if rss.matches(text, start):
        return rss.read(path, text, start, meta)
    paragraphs = html_paragraphs(text, start, len(text))
    title = meta["title"].strip()
    url = meta["from"].strip() or None
    body = "\n".join(p.text for p in paragraphs)
    return Article(
        id=stable_id(url, text),
        path=str(path),
        layout="jekyll",
        title=title,
        url=url,
        published=to_utc(meta.get("date")),
        published_inferred=False,
        language=detect_language(title + "\n" + body),
        author=meta["author"],
        paragraphs=paragraphs,
        source_text=text,
    )
