"""A per-article time budget: a stage that runs too long on one article is stopped.

:func:`time_budget` is a context manager that raises :class:`kg.errors.TimeBudgetExceeded` in
the code it wraps once ``seconds`` of wall-clock time have passed (a POSIX interval timer,
``signal.setitimer(ITIMER_REAL)``). The pipeline wraps each article's extraction stages in it,
so one pathological file is reported ``skipped`` or ``partly built`` with the stage named, and
the rest of the corpus still builds. Outside the main thread (a Dask worker runs its tasks in
threads), where no signal can reach the code, a watchdog ``threading.Timer`` raises the same
exception in the thread through CPython's ``PyThreadState_SetAsyncExc`` (the C API behind
``stopit`` and ``func-timeout``). Either way the exception comes at the next Python bytecode, so
a single long C call (one regular-expression search) finishes first. On an interpreter without
that API and without ``SIGALRM`` the budget is not enforced; the build is otherwise the same.
"""
from __future__ import annotations

import contextlib
import signal
import threading
from typing import Iterator

from kg.errors import TimeBudgetExceeded

# seconds of wall-clock time one article may spend in one extraction stage; measured on this
# 2-core machine the slowest of the 5,000 bench-corpus articles takes under 3 s with the NER
# and a 2-million-character one-paragraph article 65 s without it, so the default stops only
# what is far outside real news
DEFAULT_TIME_BUDGET = 120.0


def _by_signal() -> bool:
    """True when an interval timer can interrupt the current thread (POSIX, the main thread)."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def enforceable() -> bool:
    """True when a budget can stop the current thread: by an interval timer, or by a watchdog
    (CPython)."""
    return _by_signal() or _SET_ASYNC_EXC is not None


@contextlib.contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise :class:`TimeBudgetExceeded` inside the ``with`` block after ``seconds`` (None or
    0: no budget). In the main thread, restores the previous SIGALRM handler and timer on exit;
    in another, stops its watchdog, and no exception reaches the thread after the block."""
    if not seconds or not enforceable():
        yield
        return
    if not _by_signal():
        with _watchdog(seconds):
            yield
        return

    def _expired(signum, frame):   # noqa: ARG001 - the signal handler's signature
        raise TimeBudgetExceeded(seconds)

    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _async_exc_api():
    try:
        import ctypes

        api = ctypes.pythonapi.PyThreadState_SetAsyncExc
    except (ImportError, AttributeError):   # not CPython
        return None
    api.argtypes = (ctypes.c_ulong, ctypes.py_object)
    api.restype = ctypes.c_int
    return api


_SET_ASYNC_EXC = _async_exc_api()
_BUDGETS = threading.local()   # the budget of the watchdog of each thread, for _Expired


class _Expired(TimeBudgetExceeded):
    """:class:`TimeBudgetExceeded` as the watchdog raises it: made without arguments, it takes
    the seconds of the budget of its thread; pickled (a Dask result) it is the base class."""

    def __init__(self):
        super().__init__(getattr(_BUDGETS, "seconds", 0.0))

    def __reduce__(self):
        return TimeBudgetExceeded, (self.seconds,)


@contextlib.contextmanager
def _watchdog(seconds: float) -> Iterator[None]:
    """Raise :class:`TimeBudgetExceeded` in this thread after ``seconds``, from a timer thread.
    Once the block ends no new exception is scheduled, and one scheduled but not yet raised is
    withdrawn before the block's exit returns."""
    import ctypes

    target, lock, state = threading.get_ident(), threading.Lock(), {"done": False, "fired": False}
    outer, _BUDGETS.seconds = getattr(_BUDGETS, "seconds", None), seconds

    def expire() -> None:
        with lock:
            if not state["done"]:
                state["fired"] = True
                _SET_ASYNC_EXC(target, _Expired)   # the API takes a class, raised without arguments

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
        with lock:
            state["done"] = True
            if state["fired"]:
                _SET_ASYNC_EXC(target, ctypes.py_object())   # NULL: withdraw it if still pending
        _BUDGETS.seconds = outer
