"""Atomic file writes: write to a temporary file beside the target, then rename.

A reader never sees a half-written output file, and a failed write leaves the
previous file untouched.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import BinaryIO, Callable


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
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
