"""Entity extraction on a Dask distributed cluster: ``kg build --executor dask --scheduler ADDRESS``.

Reading and the entity stage depend on each file alone, so batches of ``DASK_BATCH`` files (their
bytes) are sent to the cluster's workers as tasks (``Client.map``); each worker runs
:func:`kg.extract.article.read_and_extract` with its own gazetteer and model (the workers need only the ``newskg`` package installed). The
results are put back in input order on the client, where every cross-article stage runs, so the
output is byte-identical to a local build.

Start a cluster (see the README): ``dask scheduler`` on one machine (it prints its address,
``tcp://HOST:8786``), then ``dask worker tcp://HOST:8786 --nthreads 1 --nworkers N`` on each
machine (one thread per worker process: the NER model runs one intra-op thread). The per-article
time budget holds on workers too, whose tasks run outside the main thread: a watchdog thread
stops the stage (:func:`kg.budget.time_budget`).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from kg.errors import ExecutorUnavailable
from kg.parallel import ARTICLES_PER_TASK

if TYPE_CHECKING:
    from kg.extract.article import Extracted

DASK_BATCH = ARTICLES_PER_TASK   # articles per task: the NER runs once per batch
CONNECT_TIMEOUT_S = 30


def _client(scheduler):
    try:
        from distributed import Client
    except ImportError:
        raise ExecutorUnavailable("the Dask executor needs the dask extra: pip install 'newskg[dask]'") from None
    if isinstance(scheduler, Client):
        return scheduler, False
    if not scheduler:
        raise ExecutorUnavailable("--executor dask needs --scheduler ADDRESS (e.g. tcp://127.0.0.1:8786)")
    try:
        return Client(scheduler, timeout=CONNECT_TIMEOUT_S), True
    except (OSError, TimeoutError) as exc:
        raise ExecutorUnavailable(f"no Dask scheduler at {scheduler} ({exc}); start one with 'dask scheduler'") from None


def extract_on_dask(inputs: list, max_chars: int | None, ner: bool, budget: float | None, scheduler,
                    progress: Callable[["Extracted"], None] | None = None) -> list["Extracted"]:
    """:func:`kg.extract.article.read_and_extract` of ``inputs`` (articles or files, which travel with
    their bytes: the workers need no shared disk), one :class:`kg.extract.article.Extracted` per input
    in input order, the work done by the Dask cluster at ``scheduler`` (an address or a
    ``distributed.Client``, which is left open); ``progress`` is told of each outcome.

    Raises:
        ExecutorUnavailable: dask is not installed or the scheduler does not answer.
    """
    client, own = _client(scheduler)
    try:
        from distributed import as_completed

        from kg.parallel import batches as cut, extract_batch_job

        batches = cut(inputs, DASK_BATCH)
        futures = client.map(extract_batch_job, [(b, max_chars, ner, budget, None) for b in batches], pure=False)
        index = {f.key: i for i, f in enumerate(futures)}
        done: list[list] = [[] for _ in batches]
        for fut in as_completed(futures):   # as they finish, for the progress bar; kept in input order
            i = index[fut.key]
            done[i] = fut.result()
            for outcome in done[i] if progress else ():
                progress(outcome)
        return [outcome for results in done for outcome in results]
    finally:
        if own:
            client.close()
