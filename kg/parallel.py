"""Per-article stages across processes: ``kg build --jobs N``.

The per-article stages (entities, the statistical NER above all, then the article-local part of
posts, events and agreements: :func:`kg.pipeline.extract_batch`) are most of a build's time and
depend on each article alone, so they run in a pool of ``N`` worker processes
(``concurrent.futures.ProcessPoolExecutor``, *spawn* start method: every worker loads the
package, the gazetteer and the model itself, nothing is shared), ``ARTICLES_PER_TASK`` articles
per task so that the model runs over many articles at once. Results come back in input order,
so the output is byte-identical to ``--jobs 1``. Cross-article stages (entity and event
resolution) stay in the main process. :mod:`kg.dask_executor` sends the same tasks to a cluster.
"""
from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from typing import Callable

from kg.model import Article

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


def extract_batch_job(job: tuple[list[Article], bool, float | None]) -> list[tuple[Article | None, str | None]]:
    """Worker (of the pool or of Dask): for each article, ``(annotated article, None)`` or
    ``(None, one-line reason)``; the default gazetteer."""
    from kg.extract.gazetteer import default_gazetteer
    from kg.pipeline import extract_batch

    arts, ner, budget = job
    return [(None, reason) if reason else (done, None)
            for done, reason in extract_batch(arts, default_gazetteer(), ner, budget)]


def batches(articles: list[Article], size: int = ARTICLES_PER_TASK) -> list[list[Article]]:
    """``articles`` cut into consecutive batches of ``size``."""
    return [articles[i:i + size] for i in range(0, len(articles), size)]


def paired(batch: list[Article], results: list[tuple[Article | None, str | None]],
           progress: Callable[[Article], None] | None = None) -> list[tuple[Article, str | None]]:
    """A worker's :func:`extract_batch_job` results with each failure given back its input
    article: ``(annotated article, None)`` or ``(input article, reason)``; ``progress`` is told
    of each article."""
    out = []
    for art, (done, reason) in zip(batch, results):
        out.append((done if done is not None else art, reason))
        if progress:
            progress(art)
    return out


def extract_in_pool(articles: list[Article], ner: bool, budget: float | None, workers: int,
                    progress: Callable[[Article], None] | None = None) -> list[tuple[Article, str | None]]:
    """``(article, None)`` for each article extracted, ``(input article, reason)`` for each that
    failed, in input order; the work runs in ``workers`` processes, ``ARTICLES_PER_TASK`` at a time."""
    ctx = multiprocessing.get_context("spawn")
    out = []
    parts = batches(articles)
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
        for batch, results in zip(parts, pool.map(extract_batch_job, [(b, ner, budget) for b in parts])):
            out += paired(batch, results, progress)
    return out
