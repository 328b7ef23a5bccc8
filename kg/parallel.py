"""Per-article stages across processes: ``kg build --jobs N``.

Reading a file and the per-article stages (entities, the statistical NER above all, then the
article-local part of posts, events and agreements: :func:`kg.extract.article.read_and_extract`) are
most of a build's time and depend on each file alone, so they run in a pool of ``N`` worker
processes
(``concurrent.futures.ProcessPoolExecutor``, *spawn* start method: every worker loads the
package, the gazetteer and the model itself, nothing is shared), ``ARTICLES_PER_TASK`` files
per task so that the model runs over many articles at once. A worker gets a file's bytes (read
once by the main process, which hashes them for the cache) and gives back the annotated
article: the main process never holds an article twice. Results come back in input order,
so the output is byte-identical to ``--jobs 1``. Cross-article stages (entity and event
resolution) stay in the main process. :mod:`kg.dask_executor` sends the same tasks to a cluster.
"""
from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from kg.extract.article import Extracted

# a worker costs about 2 s to start (package, gazetteer, ONNX model): below this many articles per
# worker a pool is slower than one process (measured on the 2-core machine: 40 seed-sized
# articles take about as long serially as the pool takes to start)
ARTICLES_PER_WORKER = 20
# articles extracted together (one task of the pool or of Dask): the NER model runs once over all
# their paragraphs (kg.pipeline.extract_batch). On 297 bench articles, one at a time made 8,270
# model calls; batches of 16 cut the NER's CPU by about half (benchmarks/RESULTS.md)
ARTICLES_PER_TASK = 16


def default_jobs() -> int:
    """All cores the process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:   # not Linux
        return max(1, os.cpu_count() or 1)


def workers_for(n_articles: int, jobs: int) -> int:
    """How many processes to use for ``n_articles``: at most ``jobs``, one per
    ``ARTICLES_PER_WORKER`` articles, at least one."""
    return max(1, min(jobs, n_articles // ARTICLES_PER_WORKER))


def extract_batch_job(job: tuple) -> list:
    """Worker (of the pool or of Dask): :func:`kg.extract.article.read_and_extract` of one batch of
    inputs (articles already read, or :class:`kg.extract.article.Source` files: read here) with the
    default gazetteer; ``job`` is ``(inputs, max_chars, ner, time budget in s, keep)``, ``keep``
    None or ``(cache folder, {path: cache key})``: the worker puts each article it extracted in
    that extraction cache (:meth:`kg.cache.ExtractionCache.keep`), so that the main process does
    not pickle it a second time."""
    from kg.extract.gazetteer import default_gazetteer
    from kg.extract.article import read_and_extract

    inputs, max_chars, ner, budget, keep = job
    outcomes = read_and_extract(inputs, default_gazetteer(), max_chars, ner, budget)
    if keep is not None:
        from kg.cache import ExtractionCache

        cache, keys = ExtractionCache(keep[0]), keep[1]
        for outcome in outcomes:
            if outcome.reason is None:
                cache.keep(keys.get(outcome.path), outcome.article)
    return outcomes


def batches(items: list, size: int = ARTICLES_PER_TASK) -> list[list]:
    """``items`` cut into consecutive batches of ``size``."""
    return [items[i:i + size] for i in range(0, len(items), size)]


def extract_in_pool(inputs: list, max_chars: int | None, ner: bool, budget: float | None, workers: int,
                    progress: Callable[[Extracted], None] | None = None,
                    keep: tuple[str, dict[str, str]] | None = None) -> list[Extracted]:
    """:func:`kg.extract.article.read_and_extract` of ``inputs`` (articles or files), one
    :class:`kg.extract.article.Extracted` per input in input order; the work runs in ``workers``
    processes, ``ARTICLES_PER_TASK`` inputs at a time; ``progress`` is told of each outcome;
    ``keep``: ``(cache folder, {path: cache key})`` for the workers to cache what they extract
    (:func:`extract_batch_job`)."""
    ctx = multiprocessing.get_context("spawn")
    out: list[Extracted] = []
    parts = batches(inputs)
    jobs = [(b, max_chars, ner, budget, _keep_of(b, keep)) for b in parts]
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
        for results in pool.map(extract_batch_job, jobs):
            for outcome in results:
                out.append(outcome)
                if progress:
                    progress(outcome)
    return out


def _keep_of(batch: list, keep: tuple[str, dict[str, str]] | None):
    """The ``keep`` of one batch's job: the cache folder and the keys of its inputs only."""
    if keep is None:
        return None
    folder, keys = keep
    return folder, {item.path: keys[item.path] for item in batch if item.path in keys}
