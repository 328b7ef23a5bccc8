"""Records passed between the stages: Article → Mention → Entity.

Nothing here imports rdflib; the graph stage (``kg.graph``) maps these records
to RDF. All character offsets are Unicode code-point indexes into the decoded
source file text (``Article.source_text``), half-open ``[start, end)``.
"""
from __future__ import annotations

import datetime as dt
from array import array
from typing import Sequence
from dataclasses import dataclass, field


@dataclass
class Paragraph:
    """One block of body text with HTML and Markdown markup removed.

    Attributes:
        text: the paragraph's plain text.
        offsets: one entry per character of ``text``: its index in the source
            file text. ``len(offsets) == len(text)``; increasing. Kept as an
            ``array('I')`` (4 bytes a character; a list given is converted): a list
            of Python ints costs about 36 bytes a character, 0.5 GB on the
            5,000-file bench corpus.
        kind: ``"body"``, ``"heading"`` or ``"caption"`` (image alt text,
            figure captions, a ``<small>`` line under an image, an element of a
            ``*caption*`` class).
        item: 0-based index into ``Article.items`` of the bulletin item the
            paragraph belongs to; 0 in an article that tells one story.
    """

    text: str
    offsets: Sequence[int]
    kind: str = "body"
    item: int = 0

    def __post_init__(self):
        if not isinstance(self.offsets, array):
            self.offsets = array("I", self.offsets)

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Map ``text[start:end]`` (end exclusive, end > start) to a source span."""
        return self.offsets[start], self.offsets[end - 1] + 1


@dataclass
class Item:
    """One item (story) of a multi-story bulletin (CCTV 新闻联播: one file, many
    stories under ``###`` headings). Only Markdown bulletins are split
    (:func:`kg.sources.markdown.split_items`); the sections of a one-story
    article (a lead, then subheadings) are not items.

    Attributes:
        index: its position in ``Article.items`` (0-based); paragraphs of the
            item carry it as ``Paragraph.item``.
        heading: the item's heading, plain text ("" for a preamble before the
            first heading).
        start, end: code-point offsets into ``Article.source_text``, half-open:
            from the start of the line of the item's first paragraph (its
            heading's ``#`` marks included) to the end of its last paragraph's
            text.
    """

    index: int
    heading: str
    start: int
    end: int


@dataclass
class Article:
    """One news article read from one input file.

    Attributes:
        id: stable id: the first 16 hex digits of the SHA-1 of the URL when the
            file states one, else of the source text (so renaming a file keeps it).
        path: the input file.
        layout: the reader that parsed it: ``"rss"``, ``"jekyll"`` or ``"markdown"``.
        title: the headline, plain text.
        url: the article's address, or None.
        published: publication time, a timezone-aware UTC datetime, or a date
            when only a day is known, or None.
        published_inferred: True when ``published`` was inferred from dates the
            text states rather than read from a header.
        language: BCP 47 tag detected from the text (``zh-Hans``, ``zh-Hant``,
            ``en``…; ``und`` when unknown).
        author: the front matter ``author`` value, or None.
        paragraphs: the body, in reading order (captions in place).
        source_text: the decoded file text that all offsets point into.
        outlet: the publisher's outlet id (``kg.extract.outlets``), set by extraction.
        items: the items of a multi-story bulletin, in reading order (see
            :class:`Item`); empty for an article that tells one story.
        encoding: the encoding the file was decoded from (``utf-8``, ``utf-16-le``,
            ``gb18030``, ``big5``…; :func:`kg.sources.common.decode_bytes`).
        local: what the article-local stages found (:class:`LocalFindings`), set by
            extraction; None before.
    """

    id: str
    path: str
    layout: str
    title: str
    url: str | None
    published: dt.datetime | dt.date | None
    published_inferred: bool
    language: str
    author: str | None
    paragraphs: list[Paragraph]
    source_text: str
    outlet: str | None = None
    mentions: list["Mention"] = field(default_factory=list)
    cites: list[str] = field(default_factory=list)
    items: list["Item"] = field(default_factory=list)
    encoding: str = "utf-8"
    local: "LocalFindings | None" = None


@dataclass
class LocalFindings:
    """What the stages that read one article alone found in it, before any cross-article step:
    extracted with the entities (in the same worker, cached with them), used by the event and
    agreement stages after entity resolution.

    Attributes:
        posts: ``kg.extract.posts.PostFact`` list (:func:`kg.extract.posts.find_posts`).
        events: ``kg.extract.events.EventMention`` list (:func:`kg.extract.events.find_events`).
        agreements: ``kg.extract.agreements.AgreementMention`` list
            (:func:`kg.extract.agreements.find_agreements`).
        attendance: ``kg.extract.discourse.AttendanceLine`` list
            (:func:`kg.extract.discourse.find_attendance`), None when not looked for.
        failures: stage name (``"event extraction"``, ``"agreement extraction"``) → the
            one-line reason that stage failed or ran out of time; its list is then empty.
    """

    posts: list = field(default_factory=list)
    events: list = field(default_factory=list)
    agreements: list = field(default_factory=list)
    attendance: list | None = None
    failures: dict[str, str] = field(default_factory=dict)


@dataclass
class Mention:
    """A span of article text that names an entity.

    Attributes:
        text: the surface form as written.
        folded: the surface folded to simplified script (OpenCC t2s), NFKC.
        type: ``Person``, ``Country``, ``Place``, ``Organization`` or ``Outlet``.
        paragraph: index into ``Article.paragraphs``.
        start, end: character offsets into that paragraph's text.
        source: ``"gazetteer"``, ``"ner"`` or ``"pattern"``.
        gazetteer_id: the linked gazetteer record id, or None.
        aliases: further names the text gives for it (e.g. the Latin name in
            ``扎帕羅夫（Sadyr Zhaparov）``).
        parent: surface form of an enclosing organisation named inside this
            one (``华东师范大学`` in ``华东师范大学中亚研究中心``), or None.
        pair: True for a country read from a pair form (中美 → 中国, 美国), whose
            span is the pair's.
    """

    text: str
    folded: str
    type: str
    paragraph: int
    start: int
    end: int
    source: str
    gazetteer_id: str | None = None
    aliases: list[str] = field(default_factory=list)
    pair: bool = False  # a country of a pair form (中美 → 中国, 美国); source is "group"


@dataclass
class ArticleFacts:
    """What the extraction stage found for one article, by entity key.

    Attributes:
        article: the article.
        publisher: entity key of the publishing outlet, or None.
        cites: entity keys of cited outlets, sorted.
        mentions: entity key → surface forms used in the article (sorted).
        events: event key → ``"reports"`` or ``"mentions"``.
        agreements: keys of the agreements it names, sorted.
        statements: the evidence this article gives, sorted.
    """

    article: Article
    publisher: str | None
    cites: list[str] = field(default_factory=list)
    mentions: dict[str, list[str]] = field(default_factory=dict)
    events: dict[str, str] = field(default_factory=dict)
    agreements: list[str] = field(default_factory=list)
    statements: list["Statement"] = field(default_factory=list)


@dataclass(frozen=True)
class Statement:
    """Evidence for one statement of the graph: the sentence that supports it.

    Attributes:
        subject: key of the statement's subject (``event:…``, ``agreement:…``,
            an entity key for ``holds``).
        prop: the contract property name (``participant``, ``location``,
            ``startDate``, ``signedAt``, ``signatory``, ``holds``) or ``type``.
        value: key of the object (entity, event, post) or the literal's text.
        article: the article id.
        paragraph: index into ``Article.paragraphs``.
        start, end: the sentence's paragraph-text offsets (end exclusive).
    """

    subject: str
    prop: str
    value: str | None
    article: str
    paragraph: int
    start: int
    end: int
