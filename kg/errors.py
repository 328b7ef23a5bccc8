"""Typed errors raised by the library; the CLI turns each into a one-line message.

Every error carries the file it is about (when there is one) and a short reason
that tells the user what is wrong, so ``str(err)`` is a complete message.
"""
from __future__ import annotations

from pathlib import Path


class KGError(Exception):
    """Base class of every error newskg raises on purpose."""


class NotAnArticle(KGError):
    """An input file is not a readable article (empty, binary, undecodable, unknown layout).

    Attributes:
        path: the input file.
        reason: what is wrong, lower case, no trailing period (e.g. ``"empty file"``).
    """

    def __init__(self, path: Path | str, reason: str):
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class InputNotFound(KGError):
    """An input path given on the command line does not exist."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        super().__init__(f"{self.path}: no such file or directory")


class OutputNotWritable(KGError):
    """The output directory cannot be created or written."""

    def __init__(self, path: Path | str, reason: str):
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path}: cannot write output ({reason})")


class GraphNotReadable(KGError):
    """A graph file given to ``kg query`` is missing or does not parse."""

    def __init__(self, path: Path | str, reason: str):
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path}: cannot read graph ({reason})")


class QueryError(KGError):
    """A SPARQL query does not parse or fails to run."""


class DataError(KGError):
    """A language-data file of ``kg/data/`` (event schema, patterns) is malformed.

    The message names the file and what is wrong with it.
    """


class TimeBudgetExceeded(KGError):
    """One article's stage ran past the per-article time budget (``kg build --time-budget``).

    Attributes:
        seconds: the budget, in seconds of wall-clock time.
    """

    def __init__(self, seconds: float):
        self.seconds = seconds
        super().__init__(f"over the per-article time budget of {seconds:g} s")


class ExecutorUnavailable(KGError):
    """The executor asked for cannot run: the Dask extra is not installed, or the scheduler
    does not answer."""
