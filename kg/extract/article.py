"""The stages that read one article alone: reading a file (:mod:`kg.sources`), entity mentions,
publisher and citations (:func:`extract`), and what the event and agreement stages find in one
article before any cross-article step (:func:`find_local`), each within the per-article time
budget (:mod:`kg.budget`).

Their result depends on the file alone, so it runs in the workers of ``kg build --jobs N`` or of
a Dask cluster (:func:`read_and_extract`) and is what the extraction cache keeps
(:mod:`kg.cache`); everything after it (:mod:`kg.pipeline`) runs across articles.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from kg.budget import time_budget
from kg.errors import NotAnArticle, TimeBudgetExceeded
from kg.extract.agreements import find_agreements
from kg.extract.discourse import find_attendance
from kg.extract.entities import annotate
from kg.extract.events import find_events
from kg.extract.gazetteer import Gazetteer
from kg.extract.groups import expand_groups, expand_pairs, expand_side_forms
from kg.extract.outlets import find_citations, find_publisher
from kg.extract.posts import find_posts
from kg.model import Article, LocalFindings, Mention
from kg.text import fold

PUBLISHER_PARAGRAPH = -2  # marks the metadata mention that stands for the publisher


@dataclass
class Source:
    """An input file to read and extract (in a worker): its path and its bytes."""

    path: str
    data: bytes


class Extracted(NamedTuple):
    """What :func:`read_and_extract` made of one input.

    ``article`` is the annotated article and ``reason`` None; or ``article`` is the article as
    read and ``reason`` why its entity stage failed (one line); or ``article`` is None and
    ``reason`` why the file could not be read as an article. ``path`` is the input's path."""

    path: str
    article: Article | None
    reason: str | None


def read_and_extract(inputs: list, gaz: Gazetteer, max_chars: int | None, ner: bool,
                     budget: float | None) -> list[Extracted]:
    """Read each :class:`Source` of ``inputs`` (``max_chars``: the length limit in code points,
    :func:`kg.sources.read_article`; an :class:`Article` is taken as read) and run
    :func:`extract_batch` over the articles: one :class:`Extracted` per input, in order."""
    from kg.sources import read_article

    arts, outcomes = [], []
    for item in inputs:
        if isinstance(item, Article):
            arts.append(item)
            outcomes.append(None)
            continue
        try:
            arts.append(read_article(item.path, max_chars, data=item.data))
            outcomes.append(None)
        except NotAnArticle as exc:
            outcomes.append(Extracted(item.path, None, exc.reason))
    done = iter(extract_batch(arts, gaz, ner, budget))
    out = []
    for outcome in outcomes:
        if outcome is None:
            art, reason = next(done)
            outcome = Extracted(art.path, art, reason)
        out.append(outcome)
    return out


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
    expand_pairs(article, gaz)
    expand_side_forms(article, gaz)
    expand_groups(article, gaz)
    return article


def extract_one(art: Article, gaz: Gazetteer, ner: bool, budget: float | None) -> tuple[Article, str | None]:
    """:func:`extract` and :func:`find_local`, each stage within the per-article time budget:
    ``(article, None)``, or ``(article, one-line reason)`` when the entity stage failed or ran
    out of time (the article is then not usable; a later stage's failure is kept in
    ``article.local.failures`` instead)."""
    try:
        with time_budget(budget):
            extract(art, gaz, ner=ner)
    except Exception as exc:  # noqa: BLE001 - one article's defect must not stop the corpus
        return art, stage_failure("entity extraction", exc)
    find_local(art, gaz, budget)
    return art, None


# the model runs once ahead over a batch of articles (kg.extract.ner.prefetch); an article longer
# than this many characters runs it itself, inside its own time budget (a 2 MB paragraph must not
# spend a short article's budget)
NER_PREFETCH_MAX_CHARS = 20_000


def extract_batch(arts: list[Article], gaz: Gazetteer, ner: bool, budget: float | None) -> list[tuple[Article, str | None]]:
    """:func:`extract_one` of each of ``arts``, in order, with the statistical NER run once over
    all their paragraphs first (same tags, far fewer model calls and decoding steps)."""
    from kg.extract.entities import ner_texts
    from kg.extract.ner import clear_prefetched, prefetch

    try:
        if ner:
            prefetch([t for a in arts if sum(len(p.text) for p in a.paragraphs) <= NER_PREFETCH_MAX_CHARS
                      for t in ner_texts(a)])
        return [extract_one(a, gaz, ner, budget) for a in arts]
    finally:
        clear_prefetched()


def find_local(art: Article, gaz: Gazetteer, budget: float | None = None) -> LocalFindings:
    """The article-local part of the event and agreement stages (posts, event mentions,
    attendance lines, agreement mentions) of an annotated article, set as ``art.local`` and returned. A stage
    that fails or runs past ``budget`` seconds leaves its lists empty and its reason in
    ``failures`` (the article is then reported ``partly built``)."""
    local = art.local = LocalFindings()
    try:
        with time_budget(budget):
            local.posts = find_posts(art, gaz)
            local.events = find_events(art, gaz)
            local.attendance = find_attendance(art)
    except Exception as exc:  # noqa: BLE001 - the article keeps its entities
        local.posts, local.events, local.attendance = [], [], None
        local.failures["event extraction"] = stage_failure("event extraction", exc)
    try:
        with time_budget(budget):
            local.agreements = find_agreements(art)
    except Exception as exc:  # noqa: BLE001 - the article keeps its entities and events
        local.agreements = []
        local.failures["agreement extraction"] = stage_failure("agreement extraction", exc)
    return local


def stage_failure(stage: str, exc: Exception) -> str:
    """One line naming the failed stage and the error, for ``skipped PATH: …``."""
    if isinstance(exc, TimeBudgetExceeded):
        return f"{stage} stopped: {exc}"
    first = (str(exc).strip().splitlines() or [""])[0][:200]
    return f"{stage} failed ({type(exc).__name__}: {first}); please report this file"
