"""Entity extraction across processes: ``kg build --jobs N``.

The entity stage (the statistical NER above all) is most of a build's time and each article's
extraction depends on that article alone, so it runs in a pool of ``N`` worker processes
(``concurrent.futures.ProcessPoolExecutor``, *spawn* start method: every worker loads the
package, the gazetteer and the model itself, nothing is shared). Results come back in input
order, so the output is byte-identical to ``--jobs 1``. Cross-article stages (entity and event
resolution) stay in the main process.
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
CHUNK = 4   # articles sent to a worker at a time


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


def _extract_one(job: tuple[Article, bool, float | None]) -> tuple[Article | None, str | None]:
    """Worker: ``(annotated article, None)`` or ``(None, one-line reason)``."""
    from kg.extract.gazetteer import default_gazetteer
    from kg.pipeline import extract_one

    art, ner, budget = job
    done, reason = extract_one(art, default_gazetteer(), ner, budget)
    return (None, reason) if reason else (done, None)


def extract_in_pool(articles: list[Article], ner: bool, budget: float | None, workers: int,
                    progress: Callable[[Article], None] | None = None) -> list[tuple[Article, str | None]]:
    """``(article, None)`` for each article extracted, ``(input article, reason)`` for each that
    failed, in input order; the work runs in ``workers`` processes."""
    ctx = multiprocessing.get_context("spawn")
    out = []
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
        for art, (done, reason) in zip(articles, pool.map(_extract_one, [(a, ner, budget) for a in articles],
                                                          chunksize=CHUNK)):
            out.append((done if done is not None else art, reason))
            if progress:
                progress(art)
    return out

