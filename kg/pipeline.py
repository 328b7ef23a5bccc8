"""The build chain: files → articles → mentions → entities, events, agreements → the graph.

:func:`build` is the one path every way of building takes (``kg build``, the cache, the local
process pool and the Dask executor): ``build(inputs, options) -> BuildResult``. Its stages:
``collect_inputs`` expands files and folders; each file's bytes are read and looked up in the
extraction cache (:mod:`kg.fetch`); :func:`kg.extract.article.read_and_extract` reads the others as articles (a bad file is reported
and skipped) and annotates them (``extract``: entity mentions, publisher, citations;
``find_local``: what the later stages find in one article alone), in this process, a process
pool or a Dask cluster; :func:`process` resolves entities, events, agreements and posts across
articles; the graph stage puts the statements in a :class:`kg.graph.store.GraphStore` for the
exports.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable

from kg.budget import DEFAULT_TIME_BUDGET, time_budget
from kg.errors import InputNotFound, NotAnArticle
from kg.extract.article import PUBLISHER_PARAGRAPH, stage_failure
from kg.extract.gazetteer import Gazetteer, default_gazetteer
from kg.fetch import fetch_articles
from kg.memory import gc_paused
from kg.model import Article, ArticleFacts
from kg.extract.sentences import sentences, span_containing
from kg.resolve.agreements import KnownEvents, item_event, item_kinds, local_agreements, resolve_agreements
from kg.resolve.entities import resolve
from kg.resolve.article_events import EventContext, article_events
from kg.resolve.events import event_statements, resolve_events
from kg.resolve.sidelines import sideline_attendees
from kg.resolve.posts import resolve_posts

if TYPE_CHECKING:
    from kg.cache import ExtractionCache
    from kg.graph.store import GraphStore

DEFAULT_MAX_CHARS = 2_000_000  # a file longer than this (decoded, in code points) is skipped: --max-chars


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
    """An input file that was not built (or built in part), with the reason (one line)."""

    path: Path
    reason: str
    partial: bool = False  # True: the article is in the graph, without what the failed stage gives


class Progress:
    """What a build reports as it goes (``kg build`` draws progress bars); every method is a
    no-op here. ``reading(n)`` before reading ``n`` files, ``read(path)`` after each file's bytes
    were read and looked up in the cache; ``extracting(n)`` before the entity stage of ``n``
    files, ``extracted(article)`` after each (None: taken from the cache, or not an article)."""

    def reading(self, total: int) -> None:
        """``total`` files are about to be read."""

    def read(self, path: Path) -> None:
        """``path``'s bytes were read (or it could not be read)."""

    def extracting(self, total: int) -> None:
        """``total`` files are about to be extracted (cached ones included)."""

    def extracted(self, article: Article | None) -> None:
        """One file's entity stage is done (``article`` None: cached, or not an article)."""

    def stage(self, name: str) -> None:
        """:func:`build` starts the stage ``name``: ``"read and extract"``, ``"resolve"`` (the
        cross-article stages, :func:`process`), ``"graph"``; then ``"done"``."""


@dataclass
class BuildOptions:
    """How to build: what ``kg build``'s options set.

    Attributes:
        ner: run the statistical NER (``--no-ner``: gazetteer and patterns only).
        max_chars: a file longer than this many code points is skipped (None: no limit).
        time_budget_s: seconds (wall clock) one article may spend in one stage (None: none).
        jobs: processes for reading and the entity stage on this machine (:mod:`kg.parallel`).
        cache: the extraction cache (:class:`kg.cache.ExtractionCache`) or None.
        executor: ``"local"`` (this machine) or ``"dask"`` (a Dask cluster: :mod:`kg.dask_executor`).
        scheduler: the Dask scheduler's address (``tcp://host:8786``), or a
            ``distributed.Client``, with ``executor="dask"``.
        gazetteer: the gazetteer (None: the bundled one).
        progress: a :class:`Progress` (None: silent).
    """

    ner: bool = True
    max_chars: int | None = DEFAULT_MAX_CHARS
    time_budget_s: float | None = DEFAULT_TIME_BUDGET
    jobs: int = 1
    cache: "ExtractionCache | None" = None
    executor: str = "local"
    scheduler: object = None
    gazetteer: Gazetteer | None = None
    progress: Progress | None = None


@dataclass
class BuildResult:
    """Everything a build produced.

    Attributes:
        articles: the articles read, sorted by id (duplicates by id dropped).
        rejected: articles not built or built in part (the entity, event or agreement stage
            failed or ran out of time), in input order.
        facts: per-article facts for the graph stage, sorted by article id.
        entities: resolved entities by key.
        events, agreements, posts: resolved by key (``kg.resolve``).
        events_left_out: keys of events told with no start date or no
            participant, left out of the graph (the contract requires both).
        files: every input file, as collected (sorted).
        unread: files that could not be read as an article, with the reason.
        duplicates: path of a file repeating an article → the path it was built from.
        graph: the graph (:class:`kg.graph.store.GraphStore`), None before the graph stage.
        iri: the IRI of an entity, event or agreement key in ``graph``.
    """

    articles: list[Article]
    rejected: list[Rejected]
    facts: list = field(default_factory=list)
    entities: dict = field(default_factory=dict)
    events: dict = field(default_factory=dict)
    agreements: dict = field(default_factory=dict)
    posts: dict = field(default_factory=dict)
    events_left_out: list = field(default_factory=list)
    files: list[Path] = field(default_factory=list)
    unread: list[Rejected] = field(default_factory=list)
    duplicates: dict[str, str] = field(default_factory=dict)
    graph: "GraphStore | None" = None
    iri: Callable[[str], object] | None = None
    _rows: list | None = field(default=None, repr=False)
    _article_count: int | None = field(default=None, repr=False)

    @property
    def exit_code(self) -> int:
        """0 when every file was built, 1 when some were skipped or built in part."""
        return 1 if self.unread or self.rejected else 0

    @property
    def article_count(self) -> int:
        """How many articles were built (also after :meth:`release`)."""
        return self._article_count if self._article_count is not None else len(self.articles)

    def report_rows(self) -> list[dict]:
        """The rows of ``build-report.json`` (:mod:`kg.export.report`), one per input file."""
        from kg.export.report import report_rows

        if self._rows is None:
            self._rows = report_rows(self.files, self.articles, self.unread + list(self.rejected),
                                     self.duplicates, self.facts)
        return self._rows

    def release(self) -> None:
        """Forget the articles (their text, mentions and findings) and the per-article facts,
        keeping the graph, the report rows and the counts: ``kg build`` calls it before the
        exports, whose network view would otherwise hold both (on the 5,000-file bench corpus
        the articles and facts are about half of the peak memory)."""
        self.report_rows()
        self._article_count = len(self.articles)
        self.articles, self.facts = [], []


def build(inputs: Iterable[Path | str], options: BuildOptions | None = None) -> BuildResult:
    """Build the graph of ``inputs`` (files and folders, :func:`collect_inputs`).

    Takes each file's annotated article from the cache when it is there; reads and extracts the
    others (:func:`kg.fetch.fetch_articles`: in this process, the process pool or on Dask, which get
    the files' bytes, while the cached ones load); a bad file is reported in ``unread``, a repeat of an article in
    ``duplicates`` (:func:`_dedupe`); then runs :func:`process` and the graph stage. Nothing is
    written: the exports take ``result.graph``.

    Raises:
        InputNotFound: an input path does not exist.
    """
    from kg.graph.build import GraphBuilder

    opts = options or BuildOptions()
    progress = opts.progress or Progress()
    files = collect_inputs(inputs)
    progress.stage("read and extract")
    fetched = fetch_articles(files, opts, progress)
    read, failures = list(fetched.cached), {}
    unread = [Rejected(path, reason) for path, reason in fetched.unreadable]
    for outcome in fetched.extracted:
        if outcome.article is None:
            unread.append(Rejected(Path(outcome.path), outcome.reason))
            continue
        read.append(outcome.article)
        if outcome.reason is not None:
            failures[outcome.article.path] = outcome.reason
    del fetched   # the new files' bytes (57 MB for the bench corpus) are not needed any more
    articles, duplicates = _dedupe(read)
    failed = [Rejected(Path(a.path), failures[a.path]) for a in articles if a.path in failures]
    progress.stage("resolve")
    # the cross-article stages and the graph make millions of objects that live until the build
    # ends, in no reference cycle: the same peak RSS without the cyclic collector (kg.memory)
    with gc_paused():
        result = process([a for a in articles if a.path not in failures], replace(opts, progress=None))
        result.rejected[:0] = failed
        result.files, result.unread, result.duplicates = files, sorted(unread, key=lambda r: str(r.path)), duplicates
        result.report_rows()   # before the articles' source text goes
        _release_annotations(result.articles)
        progress.stage("graph")
        builder = GraphBuilder(result.entities, events=result.events, agreements=result.agreements, posts=result.posts)
        result.graph, result.iri = builder.store(result.facts), builder.iri
    progress.stage("done")
    return result


# what an annotated article keeps only for the article-local and cross-article stages (mentions,
# local findings, the extractors' per-article indexes) or for the report (the source text):
# gone before the graph stage, which reads paragraphs and facts (on 200 bench articles the
# mentions were 45 % of an annotated article's memory, the source text 15 %)
_RELEASED = ("_subjects_index", "_people_index", "_mention_ends")


def _release_annotations(articles: list[Article]) -> None:
    """Drop from each article what no stage after :func:`process` reads: its mentions (the facts
    hold their entity keys and surfaces), its local findings, the extractors' indexes and its
    source text (the report rows are made first). The paragraphs, metadata and citations stay
    (evidence quotes and offsets, article metadata, ``--explain-merges``)."""
    for art in articles:
        art.mentions, art.local, art.source_text = [], None, ""
        for name in _RELEASED:
            art.__dict__.pop(name, None)


def _dedupe(articles: list[Article]) -> tuple[list[Article], dict[str, str]]:
    """One article per :attr:`Article.id` (same URL, or the same decoded text under another name
    or encoding), from the first path in sorted order, whatever the input order; sorted by id.
    Also returns every other path → that first path."""
    first: dict[str, Article] = {}
    for art in articles:
        if art.id not in first or art.path < first[art.id].path:
            first[art.id] = art
    duplicates = {a.path: first[a.id].path for a in articles if a.path != first[a.id].path}
    return [first[k] for k in sorted(first)], duplicates


def read_all(files: list[Path], progress: Callable[[Path], None] | None = None,
             duplicates: dict | None = None, max_chars: int | None = DEFAULT_MAX_CHARS,
             reader: Callable[[Path], Article] | None = None) -> tuple[list[Article], list[Rejected]]:
    """Read every file in this process; unreadable ones become :class:`Rejected` entries, never
    exceptions (:func:`build` reads in the workers instead).

    The same article twice is kept once (:func:`_dedupe`); when ``duplicates`` is given, it
    receives every other path → the path kept. A file longer than ``max_chars`` code points
    is rejected with the reason (None: no limit). ``reader`` reads one file (default:
    :func:`kg.sources.read_article`; it raises NotAnArticle or OSError)."""
    from kg.sources import read_article

    reader = reader or (lambda p: read_article(p, max_chars))
    read: list[Article] = []
    rejected: list[Rejected] = []
    for path in files:
        try:
            read.append(reader(path))
        except NotAnArticle as exc:
            rejected.append(Rejected(path, exc.reason))
        except OSError as exc:
            rejected.append(Rejected(path, f"cannot read ({exc.strerror or exc})"))
        if progress:
            progress(path)
    articles, dups = _dedupe(read)
    if duplicates is not None:
        duplicates.update(dups)
    return articles, rejected


def process(articles: list[Article], options: BuildOptions | None = None) -> BuildResult:
    """Extract facts from every article and resolve entities, events, agreements and posts
    across them (no graph yet: :func:`build` adds it).

    An article that comes annotated (``local`` set: :func:`build` extracts first, with the
    cache) is not extracted again; the others are (:func:`kg.fetch.extract_sources`: ``options.jobs`` > 1
    runs them in that many processes, ``options.executor="dask"`` on a Dask cluster, with the
    same result). An article on which an extraction stage fails (a defect met on unusual
    input) or runs past ``options.time_budget_s`` seconds (wall clock, per article and
    stage; None: no budget; see :mod:`kg.budget`) is reported in
    ``BuildResult.rejected`` with the stage and the reason in one line; if the
    entity stage failed it is left out, if the event stage failed it keeps its
    entities and metadata. The other articles still build.
    """
    opts = options or BuildOptions()
    gaz = opts.gazetteer or default_gazetteer()
    time_budget_s = opts.time_budget_s
    failed: list[Rejected] = []
    articles = _entity_stage(articles, opts, failed)
    entities, mention_entity = resolve(articles, gaz)
    st = _event_stage(articles, gaz, entities, mention_entity, failed, time_budget_s)
    events, ev_key = resolve_events(st["per_article"], lambda a: st["contexts"][a.id])
    _known_entities_only(events, entities)
    # the contract's Event has a start date and a participant: an event told with neither
    # (习近平还对乌兹别克斯坦进行了国事访问, no date in reach) is left out of the graph
    left_out = sorted(k for k, e in events.items() if not (e.start and e.participants))
    events = {k: e for k, e in events.items() if k not in left_out}
    ev_key = {i: k for i, k in ev_key.items() if k in events}
    attended = sideline_attendees(events, entities)
    agreements = _agreement_stage(articles, entities, events, ev_key, st, failed)
    posts = resolve_posts(st["found_posts"], entities)
    statements = event_statements(events) + attended
    for ag in agreements.values():
        statements += ag.statements
    for post in posts.values():
        statements += post.statements
    facts = _facts(articles, mention_entity, events, agreements, statements)
    return BuildResult(articles, failed, facts, entities, events, agreements, posts, left_out)


def _entity_stage(articles: list[Article], opts: BuildOptions, failed: list) -> list[Article]:
    """The annotated articles, in input order: those that come annotated (``local`` set) as they
    are, the others extracted (:func:`kg.fetch.extract_sources`, in a pool when there are enough
    of them); failures go to ``failed``."""
    from kg.fetch import extract_sources, pool_size

    todo = [a for a in articles if a.local is None]
    progress = opts.progress or Progress()
    progress.extracting(len(articles))
    for _ in range(len(articles) - len(todo)):
        progress.extracted(None)
    default = opts.gazetteer is None or opts.gazetteer is default_gazetteer()
    workers = pool_size(len(todo), len(articles), opts.jobs) if default else 0
    extracted = extract_sources(todo, opts, workers, progress.extracted, opts.gazetteer)
    outcomes = {o.path: o for o in extracted}
    out = []
    for art in articles:
        outcome = outcomes.get(art.path)
        if outcome is not None and outcome.reason is not None:
            failed.append(Rejected(Path(art.path), outcome.reason))
        else:
            out.append(art if outcome is None else outcome.article)
    return out


def _known_entities_only(events: dict, entities: dict) -> None:
    """Keep in each event only participants, locations and role fillers that are entities of the
    graph: a key no entity has (a defect met on unusual input) is dropped, never written as a
    dangling IRI or raised as an error at graph building."""
    for e in events.values():
        e.participants = [k for k in e.participants if k in entities]
        e.locations = [k for k in e.locations if k in entities]
        e.roles = {r: [k for k in ks if k in entities] for r, ks in e.roles.items()}


def _event_stage(articles, gaz, entities, mention_entity, failed: list, budget: float | None = None) -> dict:
    """Posts and in-article events of every article. Returns the contexts, ``(article,
    events)`` pairs, per-article ``(mentions, link, events)``, the posts found and each
    article's person → countries of their posts; a failing article is added to ``failed``."""
    gaz_key = {e.gazetteer_id: k for k, e in entities.items() if e.gazetteer_id}
    contexts, per_article, links, found_posts, person_country = {}, [], {}, [], {}
    for art in articles:
        keys = {i: mention_entity[(art.id, i)] for i in range(len(art.mentions))}
        ctx = contexts[art.id] = EventContext(art, keys, gaz, entities, gaz_key)
        local = art.local   # set by the entity stage (extract_one) or the cache
        posts, mentions = local.posts, local.events
        reason = local.failures.get("event extraction")
        if reason is None:
            try:
                with time_budget(budget):
                    evs, link = article_events(art, mentions, posts, ctx)
            except Exception as exc:  # noqa: BLE001 - the article keeps its entities
                reason = stage_failure("event extraction", exc)
        if reason is not None:
            failed.append(Rejected(Path(art.path), reason, partial=True))
            posts, mentions, evs, link = [], [], [], []
        pc: dict[str, set[str]] = {}
        sents_of: dict[int, list] = {}   # paragraph → its sentence spans, computed once
        for pf in posts:
            person = ctx.key(pf.person)
            org = ctx.key(int(pf.org[2:]) if pf.org.startswith("m:") else pf.org)
            if person and org:
                if pf.paragraph not in sents_of:
                    sents_of[pf.paragraph] = sentences(art.paragraphs[pf.paragraph].text)
                sent = span_containing(sents_of[pf.paragraph], pf.start) or (pf.start, pf.end)
                found_posts.append((art.id, person, org, pf.canonical, pf.title, (pf.paragraph, *sent)))
                if entities[org].type == "Country":
                    pc.setdefault(person, set()).add(org)
        person_country[art.id] = pc
        per_article.append((art, evs))
        links[art.id] = (mentions, link, evs)
    return {"contexts": contexts, "per_article": per_article, "links": links, "found_posts": found_posts,
            "person_country": person_country}


def _agreement_stage(articles, entities, events, ev_key, st: dict, failed: list | None = None) -> dict:
    """Agreements of every article, with the event each was signed at, resolved across articles;
    an article whose agreement extraction fails or runs out of time keeps the rest (``failed``)."""
    # an event's sides for agreements signed by 双方/三国领导人: its country participants, or
    # when it has none (拜登与约翰逊和莫里森举行了三边会谈) the countries of its people's posts
    post_country: dict[str, set[str]] = {}
    for pc in st["person_country"].values():
        for person, cs in pc.items():
            post_country.setdefault(person, set()).update(cs)
    event_countries = {k: [p for p in e.participants if entities[p].type == "Country"]
                       or sorted({c for p in e.participants for c in post_country.get(p, ())}) for k, e in events.items()}
    event_parties = {k: [p for p in e.participants if entities[p].type in ("Country", "Organization")]
                     for k, e in events.items()}
    locals_ = []
    for art in articles:
        mentions, link, evs = st["links"][art.id]
        main = next((ev_key[id(e)] for e in evs if e.main and id(e) in ev_key), None)
        known = [(m.paragraph, m.sentence, m.start, ev_key[id(ev)], m.kind in ("weak", "definite"))
                 for m, ev in zip(mentions, link) if ev is not None and id(ev) in ev_key]
        # a bulletin: its items bound the search and an item's main event stands for the lead story
        items = [p.item for p in art.paragraphs] if art.items else None
        item_main: dict[int, str] = {}
        for e in evs:
            for i in sorted(e.main_items) if id(e) in ev_key else ():
                item_main.setdefault(i, ev_key[id(e)])

        def event_of_sentence(par, sent, known=KnownEvents(known), main=main, kinds=item_kinds(art.paragraphs),
                              items=items, item_main=item_main):
            return item_event(kinds, known, main, par, sent, items, item_main)

        ctx = st["contexts"][art.id]
        found = art.local.agreements
        reason = art.local.failures.get("agreement extraction")
        if reason is not None and failed is not None and not any(str(r.path) == art.path for r in failed):
            failed.append(Rejected(Path(art.path), reason, partial=True))
        locals_ += local_agreements(art, found, event_of_sentence, None, ctx.key,
                                    st["person_country"][art.id], event_countries, event_parties,
                                    list(dict.fromkeys(k for *_, k, _ in known)))
    return resolve_agreements(locals_)


def _facts(articles, mention_entity, events, agreements, statements) -> list[ArticleFacts]:
    """What each article states, for the graph stage, sorted by article id."""
    by_article: dict[str, list] = {}
    for st in statements:
        by_article.setdefault(st.article, []).append(st)
    events_of: dict[str, dict[str, str]] = {}   # article id → event key → reports / mentions
    for k in sorted(events):
        for aid, rel in events[k].articles.items():
            events_of.setdefault(aid, {})[k] = rel
    agreements_of: dict[str, list[str]] = {}
    for k in sorted(agreements):
        for aid in dict.fromkeys(agreements[k].articles):
            agreements_of.setdefault(aid, []).append(k)
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
        evs = events_of.get(art.id, {})
        ags = agreements_of.get(art.id, [])
        facts.append(ArticleFacts(art, publisher, sorted(cites), {k: sorted(v) for k, v in mentions.items()},
                                  evs, ags, sorted(set(by_article.get(art.id, [])), key=_stmt_order)))
    return facts


def _stmt_order(st):
    return (st.subject, st.prop, st.value or "", st.paragraph, st.start, st.end)
