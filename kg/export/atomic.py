"""Atomic file writes: write to a temporary file beside the target, then rename.

A reader never sees a half-written output file, and a failed write leaves the
previous file untouched. Inside :func:`all_or_none`, the renames of every file
written wait until the block ends, so a build killed while it writes its
outputs leaves the previous set of files as it was, not a mix of old and new.
"""
from __future__ import annotations

import contextlib
import os
import signal
import tempfile
import threading
from pathlib import Path
from typing import BinaryIO, Callable, Iterator

_pending: list[list[tuple[str, Path]]] = []   # (temporary file, target) per open all_or_none block


@contextlib.contextmanager
def all_or_none() -> Iterator[None]:
    """Defer the renames of the files written in the block to its end: on success they are
    renamed one after another with SIGINT and SIGTERM held back (a few system calls), on any
    error or interrupt inside the block the temporary files are removed and no target
    changes. Blocks do not nest (an inner block joins the outer one)."""
    if _pending:
        yield
        return
    staged: list[tuple[str, Path]] = []
    _pending.append(staged)
    try:
        yield
    except BaseException:
        _pending.pop()
        for tmp, _ in staged:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
        raise
    _pending.pop()
    held = {signal.SIGINT, signal.SIGTERM}
    mask = hasattr(signal, "pthread_sigmask") and threading.current_thread() is threading.main_thread()
    old = signal.pthread_sigmask(signal.SIG_BLOCK, held) if mask else None
    try:
        for tmp, target in staged:
            os.replace(tmp, target)
    finally:
        if mask:
            signal.pthread_sigmask(signal.SIG_SETMASK, old)


def write_atomic(path: Path | str, data: str | bytes, encoding: str = "utf-8") -> None:
    """Write ``data`` to ``path`` atomically.

    ``data`` is text (encoded with ``encoding``, UTF-8 by default) or bytes. The
    temporary file lives in the target's directory so that ``os.replace`` is a
    rename on one file system.

    Raises:
        OSError: the directory is missing or not writable (the target is unchanged).
    """
    raw = data.encode(encoding) if isinstance(data, str) else data
    write_atomic_with(path, lambda fh: fh.write(raw))


def write_atomic_with(path: Path | str, write: Callable[[BinaryIO], object]) -> None:
    """Call ``write`` with a binary file open on a temporary file beside ``path``, then rename it
    to ``path``: a streaming writer's output is never seen half-written.

    Raises:
        OSError: the directory is missing or not writable (the target is unchanged); whatever
            ``write`` raises, after the temporary file is removed.
    """
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        if _pending:
            _pending[-1].append((tmp, path))
        else:
            os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
