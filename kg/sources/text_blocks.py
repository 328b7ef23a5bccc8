"""Turn HTML and Markdown bodies into paragraphs that keep source offsets.

HTML is parsed with BeautifulSoup and the lxml parser. Block-level tags end a
paragraph; inline tags (``<a>``, ``<span>``, ``<strong>``…) do not, so a name
split across inline tags stays whole. Image ``alt`` texts become paragraphs of
their own (kind ``caption``), and so do photo captions: ``<figcaption>``, an
element whose class names a caption (``wp-caption-text``,
``aesop-image-component-caption``) and a ``<small>`` that follows an image with
no text between (``<img><div><small>资料图片：…</small></div>``). Each text node is located in the source text by a
forward search from a cursor, so every paragraph character keeps the offset of
the source character it came from (HTML entities map to the ``&`` that starts
them).
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from bs4 import BeautifulSoup, Comment, Declaration, Doctype, NavigableString, ProcessingInstruction, Tag

from kg.model import Paragraph

BLOCK_TAGS = frozenset(
    "p div br hr h1 h2 h3 h4 h5 h6 li ul ol blockquote figure figcaption table thead tbody tr td th "
    "section article header footer pre dl dt dd main aside nav form center address caption "
    "details summary body html".split()
)
SKIP_TAGS = frozenset("script style noscript template svg head title iframe button select textarea object embed video audio canvas".split())
HEADING_TAGS = frozenset("h1 h2 h3 h4 h5 h6".split())
CAPTION_TAGS = frozenset(["figcaption"])
# A class token that marks a caption or its container (WordPress wp-caption,
# wp-caption-text; Aesop aesop-image-component-caption; image-caption; Substack
# captioned-image-container).
_CAPTION_CLASS = re.compile(r"caption", re.IGNORECASE)

_WS = re.compile(r"\s")
# a character add() does not copy as it is: white space, a zero-width character, a control character
_NOT_PLAIN = re.compile(r"[\s\u200b\u200c\u200d\ufeff\x00-\x1f\x7f-\x9f]")
# Feed footers and copyright boilerplate dropped from bodies (feedx.net RSS archives,
# publishers' copyright notices). Matched on whole paragraphs.
BOILERPLATE = re.compile(
    r"^(获取更多RSS|獲取更多RSS|https?://feedx\.\w+)|"
    r"(©|\(c\)|版權聲明|版权声明|版權所有|版权所有|All rights reserved|不得擅自使用|未經授權|未经授权|"
    r"掃碼閱讀全文|扫码阅读全文|点击.{0,6}订阅|點擊.{0,6}訂閱)",
    re.IGNORECASE,
)

# A footer or notice is short: a longer paragraph that holds such words (an article saved as one
# paragraph, its copyright line at the end) is text, not boilerplate. Measured on 505 files (every
# tenth bench-corpus file and the seeds): the footers that match are 83–87 characters long, while
# the matching paragraphs of 118, 128 and 235 characters are article text.
BOILERPLATE_MAX_CHARS = 100

# A paragraph that is only a timestamp (feeds print the publication time atop the body).
DATELINE_ONLY = re.compile(
    r"^\s*(\d{4}-\d{2}-\d{2}T[\d:.]+Z?|\d{1,2}/\d{1,2}/\d{4}\s*-\s*\d{1,2}:\d{2}|"
    r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} \w{3} \d{4} [\d:]+ (GMT|UTC|[+-]\d{4}))\s*$"
)


@dataclass
class _Builder:
    """Accumulates characters with their source offsets and cuts paragraphs."""

    source: str
    cursor: int
    paragraphs: list[Paragraph] = field(default_factory=list)
    chars: list[str] = field(default_factory=list)
    offs: list[int] = field(default_factory=list)
    kind: str = "body"
    in_caption: int = 0        # depth of caption elements around the cursor
    after_image: bool = False  # an image with no text after it yet

    def add(self, text: str, offsets: list[int]) -> None:
        if len(text) == len(offsets) and not _NOT_PLAIN.search(text):   # the common case, at C speed
            if text:
                self.chars.extend(text)
                self.offs.extend(offsets)
                self.after_image = False
            return
        for ch, off in zip(text, offsets):
            if _WS.match(ch) or ch in "\u200b\u200c\u200d\ufeff":
                if ch in "\u200b\u200c\u200d\ufeff":
                    continue
                if not self.chars or self.chars[-1] == " ":
                    continue
                ch = " "
            elif ch < " " or "\x7f" <= ch <= "\x9f":
                continue
            self.chars.append(ch)
            self.offs.append(off)
            self.after_image = False

    def flush(self, kind: str | None = None) -> None:
        while self.chars and self.chars[-1] == " ":
            self.chars.pop()
            self.offs.pop()
        if self.chars:
            text = "".join(self.chars)
            kind = kind or self.kind
            if self.in_caption and kind == "body":
                kind = "caption"
            boilerplate = len(text) <= BOILERPLATE_MAX_CHARS and BOILERPLATE.search(text)
            if not boilerplate and not DATELINE_ONLY.match(text):
                self.paragraphs.append(Paragraph(text, list(self.offs), kind))
        self.chars, self.offs = [], []
        self.kind = "body"

    def locate(self, text: str, limit: int) -> list[int]:
        """Offsets of ``text`` found in the source at or after the cursor."""
        pos = self.source.find(text, self.cursor, limit)
        if pos >= 0:
            self.cursor = pos + len(text)
            return list(range(pos, pos + len(text)))
        return self._locate_chars(text, limit)

    def _locate_chars(self, text: str, limit: int) -> list[int]:
        # Entities (&amp; &nbsp; &#38;) or parser rewrites: align character by character.
        out = []
        src = self.source
        for ch in text:
            cur = self.cursor
            found = -1
            probe = cur
            window = min(limit, cur + 400)
            while probe < window:
                c = src[probe]
                if c == ch:
                    found = probe
                    probe += 1
                    break
                if c == "&":
                    m = re.match(r"&(#\d+|#[xX][0-9a-fA-F]+|\w+);?", src[probe:probe + 12])
                    if m and html.unescape(m.group(0)) == ch:
                        found = probe
                        probe += len(m.group(0))
                        break
                    if m:
                        probe += len(m.group(0))
                        continue
                if c == "<":  # skip a tag
                    end = src.find(">", probe, window)
                    probe = end + 1 if end >= 0 else probe + 1
                    continue
                probe += 1
            if found >= 0:
                out.append(found)
                self.cursor = probe
            else:
                out.append(min(cur, len(src) - 1) if src else 0)
        return out


def html_paragraphs(source: str, start: int, end: int) -> list[Paragraph]:
    """Paragraphs of the HTML fragment ``source[start:end]``, offsets into ``source``.

    Returns paragraphs in document order; boilerplate (feed footers, copyright
    notices) is dropped. Malformed HTML is repaired by lxml; text it moves is
    still located by search.
    """
    fragment = source[start:end]
    soup = BeautifulSoup(fragment, "lxml")
    b = _Builder(source=source, cursor=start)
    _walk(soup, b, end)
    b.flush()
    return b.paragraphs


def _walk(node: Tag, b: _Builder, limit: int) -> None:
    for child in node.children:
        if isinstance(child, NavigableString):
            if isinstance(child, (Comment, Declaration, Doctype, ProcessingInstruction)):
                continue
            text = str(child)
            if text.strip():
                b.add(text, b.locate(text, limit))
            elif text:
                b.add(" ", [b.cursor])
            continue
        if not isinstance(child, Tag):
            continue
        name = child.name
        if name in SKIP_TAGS:
            continue
        if name == "img":
            alt = (child.get("alt") or "").strip()
            if alt:
                b.flush()
                b.add(alt, b.locate(alt, limit))
                b.flush("caption")
            b.after_image = True
            continue
        caption = name in CAPTION_TAGS or _is_caption_class(child) or (name == "small" and b.after_image)
        if name in BLOCK_TAGS or caption:
            b.flush()
            if name in HEADING_TAGS:
                b.kind = "heading"
            b.in_caption += caption
            _walk(child, b, limit)
            b.flush()
            b.in_caption -= caption
        else:
            _walk(child, b, limit)


def _is_caption_class(tag: Tag) -> bool:
    """True when one of the tag's classes names a caption (``wp-caption-text``)."""
    classes = tag.get("class") or []
    if isinstance(classes, str):
        classes = classes.split()
    return any(_CAPTION_CLASS.search(c) for c in classes)


_MD_HEADING = re.compile(r"^(#{1,6})[ \t]+")
_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_EMPH = re.compile(r"(\*\*|__|\*|~~)")
_TAG = re.compile(r"</?[A-Za-z][^>]*>")


def markdown_paragraphs(source: str, start: int, end: int) -> list[Paragraph]:
    """Paragraphs of the Markdown text ``source[start:end]``, offsets into ``source``.

    Blank lines separate paragraphs; every heading line is a paragraph of kind
    ``heading`` (its ``#`` marks removed); a line break inside a paragraph
    ends it too (news Markdown puts one paragraph per line). Emphasis marks are
    removed; link and image syntax keeps the link text or alt text. Lines that
    hold HTML tags go through :func:`html_paragraphs`.
    """
    out: list[Paragraph] = []
    pos = start
    for line in source[start:end].splitlines(keepends=True):
        line_start, pos = pos, pos + len(line)
        body = line.rstrip("\r\n")
        if not body.strip():
            continue
        if _TAG.search(body):
            out.extend(html_paragraphs(source, line_start, line_start + len(body)))
            continue
        kind = "body"
        keep = list(range(len(body)))
        m = _MD_HEADING.match(body)
        if m:
            kind = "heading"
            keep = keep[m.end():]
        text_chars = [(body[i], line_start + i) for i in keep]
        text_chars = _strip_inline(text_chars)
        b = _Builder(source=source, cursor=line_start)
        b.add("".join(c for c, _ in text_chars), [o for _, o in text_chars])
        b.flush(kind)
        out.extend(b.paragraphs)
    return out


def _strip_inline(chars: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Remove Markdown inline markup from a list of (character, offset) pairs."""
    for pattern in (_MD_IMAGE, _MD_LINK):
        text = "".join(c for c, _ in chars)
        keep: list[tuple[str, int]] = []
        last = 0
        for m in pattern.finditer(text):
            keep.extend(chars[last:m.start()])
            keep.extend(chars[m.start(1):m.end(1)])
            last = m.end()
        keep.extend(chars[last:])
        chars = keep
    text = "".join(c for c, _ in chars)
    drop = set()
    for m in _MD_EMPH.finditer(text):
        drop.update(range(m.start(), m.end()))
    return [p for i, p in enumerate(chars) if i not in drop]
