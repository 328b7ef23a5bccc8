"""The build chain: files → articles → mentions → entities → RDF dataset.

``collect_inputs`` expands files and folders; ``read_all`` reads them (bad
files are reported and skipped); ``extract`` annotates one article;
``build`` resolves entities across all articles and returns the dataset.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Callable, Iterable

from kg.errors import InputNotFound, NotAnArticle
from kg.extract.entities import annotate
from kg.extract.gazetteer import Gazetteer, default_gazetteer
from kg.extract.outlets import find_citations, find_publisher
from kg.model import Article, ArticleFacts, Mention
from kg.resolve.entities import resolve
from kg.text import fold

PUBLISHER_PARAGRAPH = -2  # marks the metadata mention that stands for the publisher


def bundled_seeds() -> Path:
    """The seed articles shipped with the package (``kg/_data/seeds`` in a wheel,
    ``seeds/`` beside the package in a source checkout)."""
    packaged = resources.files("kg").joinpath("_data/seeds")
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parent.parent / "seeds"


def collect_inputs(paths: Iterable[Path | str]) -> list[Path]:
    """Files named by ``paths``: files as given, folders walked recursively.

    Hidden files and folders (name starting with ``.``) inside folders are
    skipped. The result is sorted and without repeats, so the order of the
    arguments and of the directory listing never matters.

    Raises:
        InputNotFound: a path does not exist.
    """
    out: set[Path] = set()
    for p in paths:
        p = Path(p)
        if not p.exists():
            raise InputNotFound(p)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                for f in files:
                    if not f.startswith("."):
                        out.add(Path(root) / f)
        else:
            out.add(p)
    return sorted(out, key=lambda q: str(q))


@dataclass
class Rejected:
    """An input file that was not built, with the reason (one line)."""

    path: Path
    reason: str


@dataclass
class BuildResult:
    """Everything a build produced.

    Attributes:
        articles: the articles read, sorted by id (duplicates by id dropped).
        rejected: files not built, in input order.
        facts: per-article facts for the graph stage, sorted by article id.
        entities: resolved entities by key.
    """

    articles: list[Article]
    rejected: list[Rejected]
    facts: list = field(default_factory=list)
    entities: dict = field(default_factory=dict)


def read_all(files: list[Path], progress: Callable[[Path], None] | None = None) -> tuple[list[Article], list[Rejected]]:
    """Read every file; unreadable ones become :class:`Rejected` entries, never exceptions."""
    from kg.sources import read_article

    articles: dict[str, Article] = {}
    rejected: list[Rejected] = []
    for path in files:
        try:
            art = read_article(path)
        except NotAnArticle as exc:
            rejected.append(Rejected(path, exc.reason))
        except OSError as exc:
            rejected.append(Rejected(path, f"cannot read ({exc.strerror or exc})"))
        else:
            # the same article twice (same URL or same bytes): keep the first path in sorted order
            if art.id not in articles or str(path) < articles[art.id].path:
                articles[art.id] = art
        if progress:
            progress(path)
    return [articles[k] for k in sorted(articles)], rejected


def extract(article: Article, gaz: Gazetteer, ner: bool = True) -> Article:
    """Annotate ``article``: entity mentions, publisher (as a metadata mention) and citations."""
    annotate(article, gaz, ner=ner)
    rid, name = find_publisher(article, gaz)
    if rid or name:
        rec = gaz.records[rid] if rid else None
        surface = (rec.label(article.language) or rec.label("zh-Hans") or rec.label("en")) if rec else name
        article.outlet = rid or name
        article.mentions.append(Mention(surface, fold(surface), "Outlet", PUBLISHER_PARAGRAPH, 0, 0, "metadata", rid))
    cited = find_citations(article, rid, gaz)
    article.cites = [m.gazetteer_id or m.text for m in cited]
    return article


def build(articles: list[Article], gaz: Gazetteer | None = None, ner: bool = True,
          progress: Callable[[Article], None] | None = None) -> BuildResult:
    """Extract facts from every article and resolve entities across them."""
    gaz = gaz or default_gazetteer()
    for art in articles:
        extract(art, gaz, ner=ner)
        if progress:
            progress(art)
    entities, mention_entity = resolve(articles, gaz)
    facts = []
    for art in articles:
        publisher = None
        cites: set[str] = set()
        mentions: dict[str, set[str]] = {}
        cited_keys = set(art.cites)
        for i, m in enumerate(art.mentions):
            key = mention_entity[(art.id, i)]
            if m.paragraph == PUBLISHER_PARAGRAPH:
                publisher = key
                continue
            mentions.setdefault(key, set()).add(m.text)
            if m.type == "Outlet" and (m.gazetteer_id or m.text) in cited_keys:
                cites.add(key)
        if publisher:
            cites.discard(publisher)
        facts.append(ArticleFacts(art, publisher, sorted(cites), {k: sorted(v) for k, v in mentions.items()}))
    return BuildResult(articles, [], facts, entities)
