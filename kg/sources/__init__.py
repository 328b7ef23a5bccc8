"""Readers: one per input layout, chosen by content, never by file name.

``read_article(path)`` returns an :class:`kg.model.Article` or raises
:class:`kg.errors.NotAnArticle` with the reason.
"""
from __future__ import annotations

from pathlib import Path

from kg.errors import NotAnArticle
from kg.model import Article
from kg.sources import jekyll, markdown, rss
from kg.sources.common import decode, decode_bytes

__all__ = ["read_article", "detect_layout"]


def detect_layout(text: str) -> str | None:
    """``"jekyll"``, ``"rss"`` or ``"markdown"`` by the text's shape, else None."""
    if jekyll.matches(text):
        return "jekyll"
    if rss.matches(text):
        return "rss"
    if markdown.matches(text):
        return "markdown"
    return None


def read_article(path: Path | str, max_chars: int | None = None, data: bytes | None = None) -> Article:
    """Read one input file into an Article (``data``: its bytes, when already read).

    Raises:
        NotAnArticle: empty, binary or undecodable file; longer than ``max_chars``
            code points (when given); a layout none of the
            readers knows; or a file with neither title nor body text.
        OSError: the file cannot be read.
    """
    path = Path(path)
    text, encoding = decode_bytes(path.read_bytes() if data is None else data, path)
    if max_chars is not None and len(text) > max_chars:
        raise NotAnArticle(path, f"too long: {len(text):,} characters, more than the limit of {max_chars:,} "
                                 "(raise it with --max-chars)")
    layout = detect_layout(text)
    if layout == "jekyll":
        art = jekyll.read(path, text)
    elif layout == "rss":
        art = rss.read(path, text)
    elif layout == "markdown":
        art = markdown.read(path, text)
    else:
        raise NotAnArticle(path, "unknown layout (expected an RSS-archive block, Jekyll front matter or a Markdown article)")
    if not art.title and not art.paragraphs:
        raise NotAnArticle(path, "no title and no body text")
    art.encoding = encoding
    return art
