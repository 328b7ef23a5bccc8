"""The first stage of a build: each input file's annotated article, from the extraction cache or
extracted (in this process, a process pool or on a Dask cluster).

:func:`fetch_articles` reads each file's bytes once (for its cache key and for the extractor),
then, when the extraction runs elsewhere (worker processes, Dask), starts it in a background
thread and meanwhile loads the cached articles and the gazetteer in this process: in an
incremental build (10 new files among 5,000) the worker's start (package, gazetteer, ONNX model)
and its extraction overlap the 2 s of cache loads and the 2 s of gazetteer loading here. The
outcomes are the same, in the same order, as when each step runs after the other.
"""
from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Callable, NamedTuple

from kg.extract.article import Extracted, Source, read_and_extract
from kg.extract.gazetteer import default_gazetteer
from kg.memory import gc_paused
from kg.model import Article

if TYPE_CHECKING:
    from kg.cache import ExtractionCache
    from kg.pipeline import BuildOptions, Progress

# a build of this many files or more that has few new ones (an incremental build) extracts them in
# one worker process rather than in this one, which then holds every cached article: the NER model
# and the extraction of 10 bench articles take 252 MB of RSS (measured for issue 13), and starting
# a worker costs about what loading the model here does (2 s)
FEW_AMONG_MANY = 1_000


class Fetched(NamedTuple):
    """What :func:`fetch_articles` gives: ``cached`` articles taken from the cache, ``extracted``
    outcomes of the others (:class:`kg.extract.article.Extracted`, in input order), the cache
    key of each file by path (``str``), and ``unreadable`` ``(path, reason)`` pairs."""

    cached: list[Article]
    extracted: list[Extracted]
    keys: dict[str, str]
    unreadable: list[tuple[Path, str]]


def fetch_articles(files: list[Path], opts: "BuildOptions", progress: "Progress") -> Fetched:
    """The annotated article of each of ``files``: the cached one when ``opts.cache`` holds it,
    else extracted (:func:`kg.extract.article.read_and_extract`: this process, a pool of
    :func:`pool_size` workers, or Dask). ``progress`` is told ``reading(n)``, ``read(path)`` per
    file, then ``extracting(n)`` and ``extracted`` per file (None for a cached one). Cache files
    that exist but cannot be loaded are extracted after the others. Raises what the Dask
    executor raises (:mod:`kg.dask_executor`)."""
    progress.reading(len(files))
    todo, hits, keys, unreadable = _triage(files, opts, progress.read)
    told = _Deferred()
    workers = pool_size(len(todo), len(files), opts.jobs) if _default_gazetteer(opts) else 0
    elsewhere = bool(todo) and (workers >= 1 or opts.executor == "dask")
    with ThreadPoolExecutor(max_workers=1) as background:
        job = background.submit(extract_sources, todo, opts, workers, told, None, keys) if elsewhere else None
        # the cached articles stay alive, and so does the gazetteer: no cycles to look for
        # (kg.memory); with 5,000 cached articles alive a collection pass would make the
        # gazetteer's load take 2.5 s instead of 0.2 s
        with gc_paused():
            cached, missed, gone = _load(hits, opts.cache, progress.read)
            gaz = opts.gazetteer or default_gazetteer()   # while the workers extract
        progress.extracting(len(files))
        for _ in range(len(files) - len(todo) - len(missed)):
            progress.extracted(None)
        told.forward(progress.extracted)
        extracted = job.result() if job is not None else extract_sources(todo, opts, 0, told, gaz, keys)
    if missed:
        workers = pool_size(len(missed), len(files), opts.jobs) if _default_gazetteer(opts) else 0
        extracted += extract_sources(missed, opts, workers, told, gaz, keys)
    return Fetched(cached, extracted, keys, unreadable + gone)


def _default_gazetteer(opts: "BuildOptions") -> bool:
    """Whether the build uses the bundled gazetteer (the only one a worker process can load)."""
    return opts.gazetteer is None or opts.gazetteer is default_gazetteer()


def pool_size(todo: int, total: int, jobs: int) -> int:
    """Worker processes for extracting ``todo`` of a build's ``total`` files with ``jobs`` (0:
    this process): :func:`kg.parallel.workers_for`, and one worker for the few new files of a
    build of ``FEW_AMONG_MANY`` files or more."""
    from kg.parallel import workers_for

    workers = workers_for(todo, jobs)
    if workers > 1:
        return workers
    return 1 if todo and jobs > 1 and total >= FEW_AMONG_MANY else 0


def extract_sources(todo: list, opts: "BuildOptions", workers: int, told: Callable[[Article | None], None],
                    gaz=None, keys: dict[str, str] | None = None) -> list[Extracted]:
    """:func:`kg.extract.article.read_and_extract` of ``todo`` (:class:`kg.extract.article.Source`
    files, or articles already read), in input order: on Dask when
    ``opts.executor`` is ``"dask"``, in ``workers`` processes when ``workers`` ≥ 1 (the bundled
    gazetteer), else here with ``gaz`` (None: the bundled one); ``told`` gets each outcome's
    article (None: not an article). With ``keys`` (cache key by path) each article extracted
    whole goes to ``opts.cache``: put there by the worker processes, which have it pickled
    already, or by this process for the other executors."""
    from kg.parallel import batches, extract_in_pool

    def tell(outcome: Extracted) -> None:
        told(outcome.article)

    if not todo:
        return []
    keys = keys if opts.cache is not None else None
    if opts.executor == "dask":
        from kg.dask_executor import extract_on_dask

        return _kept(extract_on_dask(todo, opts.max_chars, opts.ner, opts.time_budget_s, opts.scheduler, tell),
                     opts.cache, keys)
    if workers >= 1:
        keep = (str(opts.cache.root), keys) if keys else None
        return extract_in_pool(todo, opts.max_chars, opts.ner, opts.time_budget_s, workers, tell, keep)
    gaz = gaz or default_gazetteer()
    out: list[Extracted] = []
    for batch in batches(todo):
        for outcome in read_and_extract(batch, gaz, opts.max_chars, opts.ner, opts.time_budget_s):
            out.append(outcome)
            tell(outcome)
    return _kept(out, opts.cache, keys)


def _kept(outcomes: list[Extracted], cache: "ExtractionCache | None", keys: dict[str, str] | None) -> list[Extracted]:
    """``outcomes``, each whole article put in ``cache`` under its key first (none without ``keys``)."""
    if keys:
        for outcome in outcomes:
            if outcome.reason is None:
                cache.keep(keys.get(outcome.path), outcome.article)
    return outcomes


def _triage(files: list[Path], opts: "BuildOptions", read: Callable[[Path], None]):
    """``(sources to extract, (path, key) of files the cache holds, cache key by path, unreadable
    (path, reason))``: each file's bytes are read once, for its key and for the extractor;
    ``read`` is told of each file except those the cache holds (:func:`_load` tells of them)."""
    from kg.cache import file_key

    todo, hits, keys, unreadable = [], [], {}, []
    for path in files:
        try:
            data = path.read_bytes()
        except OSError as exc:
            unreadable.append((path, f"cannot read ({exc.strerror or exc})"))
            read(path)
            continue
        if opts.cache is not None:
            key = keys[str(path)] = file_key(path, data, opts.ner, opts.max_chars)
            if opts.cache.holds(key):
                hits.append((path, key))   # its bytes are read again only if its entry cannot be loaded
                continue
        todo.append(Source(str(path), data))
        read(path)
    return todo, hits, keys, unreadable


def _load(hits: list, cache: "ExtractionCache | None", read: Callable[[Path], None]):
    """``(cached articles, sources of the files whose cache entry could not be loaded, unreadable
    (path, reason))``."""
    cached, missed, unreadable = [], [], []
    for path, key in hits:
        article = cache.get(key, path)
        if article is not None:
            cached.append(article)
        else:
            try:
                missed.append(Source(str(path), path.read_bytes()))
            except OSError as exc:
                unreadable.append((path, f"cannot read ({exc.strerror or exc})"))
        read(path)
    return cached, missed, unreadable


class _Deferred:
    """A progress callback that keeps what it is told until :meth:`forward` names where it goes
    (the extraction thread may finish articles before the cached ones are counted); thread-safe."""

    def __init__(self):
        self._lock = threading.Lock()
        self._kept: list = []
        self._to: Callable | None = None

    def __call__(self, item) -> None:
        with self._lock:
            if self._to is None:
                self._kept.append(item)
                return
            self._to(item)

    def forward(self, to: Callable) -> None:
        """Give ``to`` what was kept, then each new item as it comes."""
        with self._lock:
            for item in self._kept:
                to(item)
            self._kept, self._to = [], to
