"""Incremental builds: each file's reading and per-article extraction cached by its bytes and
the extractor version.

Reading a file and the per-article stages (entities, the statistical NER above all, then the
article-local part of posts, events and agreements) are most of a build's time and depend on the
file alone. Their result (the annotated :class:`kg.model.Article`: paragraphs, mentions,
publisher, citations, ``local`` findings) is pickled under a key made of

* the extractor version: a SHA-256 over the files of the ``kg`` package that reading and the
  per-article stages run (:data:`EXTRACTOR_PARTS`: the readers, the extractors, every data
  file, the model; any change to a reader, a pattern, a gazetteer row or that code gives new
  keys, so a stale result is never used). The cross-article stages, the graph and the writers
  run on every build and are left out: a new writer does not extract the corpus again;
* the NER switch (``--no-ner`` results differ) and the ``--max-chars`` limit;
* the file: its path (a Jekyll file name carries the date) and its bytes.

A build then reads and extracts only the files whose key is new (a cached file is not even
parsed) and re-runs every cross-article stage (resolution, events, the graph), so its output is
byte-identical to a build without the cache. Entries are written atomically (temporary file, then rename) to ``DIR/<key>.pkl``; an
entry that cannot be read is treated as missing. Entries are never trusted across versions
and may be deleted at any time.
"""
from __future__ import annotations

import functools
import hashlib
import pickle
from importlib import resources
from pathlib import Path

from kg.export.atomic import write_atomic
from kg.model import Article

CACHE_DIRNAME = ".kg-cache"   # inside the output folder unless --cache DIR is given
PICKLE_PROTOCOL = 5


# the parts of the kg package whose code or data a cached article depends on: what reads a file
# and what runs on one article (kg.extract.article; kg.extract and kg.sources import nothing of
# kg.resolve, kg.graph, kg.export or kg.pipeline, tests/test_cache.py checks it), and all of kg/data
EXTRACTOR_PARTS = ("__init__.py", "budget.py", "cache.py", "errors.py", "model.py", "text.py", "data", "extract",
                   "sources")


@functools.lru_cache(maxsize=1)
def extractor_version() -> str:
    """SHA-256 (hex) over the relative path and bytes of every file of :data:`EXTRACTOR_PARTS`
    of the ``kg`` package, caches and bytecode left out."""
    root = Path(str(resources.files("kg")))
    h = hashlib.sha256()
    for f in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts
                    and p.suffix not in (".pyc", ".pyo") and p.relative_to(root).parts[0] in EXTRACTOR_PARTS):
        h.update(str(f.relative_to(root)).encode("utf-8") + b"\0")
        h.update(f.read_bytes())
    return h.hexdigest()


def file_key(path: Path | str, data: bytes, ner: bool, max_chars: int | None) -> str:
    """The cache key (hex SHA-256) of the file ``path`` whose bytes are ``data``: the extractor
    version, the NER switch, the length limit, the path and the bytes."""
    h = hashlib.sha256()
    h.update(extractor_version().encode("ascii") + (b"ner" if ner else b"no-ner"))
    h.update(f"\0{max_chars}\0{path}\0".encode("utf-8", "surrogateescape"))
    h.update(data)
    return h.hexdigest()


class ExtractionCache:
    """Annotated articles by :func:`file_key`, in the folder ``root`` (created on first write).

    ``hits`` and ``misses`` count the lookups of this run."""

    def __init__(self, root: Path | str):
        self.root = Path(root)
        self.hits = 0
        self.misses = 0

    def holds(self, key: str) -> bool:
        """Whether an entry of ``key`` exists (:meth:`get` may still find it unreadable)."""
        return (self.root / f"{key}.pkl").is_file()

    def get(self, key: str, path: Path | str) -> Article | None:
        """The cached annotated article of ``key`` (see :func:`file_key`), or None when
        missing, unreadable or not the file ``path``'s."""
        f = self.root / f"{key}.pkl"
        try:
            with f.open("rb") as fh:
                cached = pickle.load(fh)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError, TypeError):
            cached = None
        if not isinstance(cached, Article) or cached.path != str(path) or cached.local is None:
            self.misses += 1
            return None
        self.hits += 1
        return cached

    def put(self, key: str, article: Article) -> None:
        """Store the annotated ``article`` under ``key``. Raises OSError when the folder cannot
        be written."""
        self.root.mkdir(parents=True, exist_ok=True)
        write_atomic(self.root / f"{key}.pkl", pickle.dumps(article, protocol=PICKLE_PROTOCOL))

    def keep(self, key: str | None, article: Article | None) -> bool:
        """:meth:`put` a newly extracted article, unless there is no ``key`` or article, or a
        stage failed or ran out of time on it (which depends on the machine's load: it is tried
        again next build). A cache that cannot be written only makes the next build slower:
        no error. Returns whether it was stored."""
        if key is None or article is None or article.local is None or article.local.failures:
            return False
        try:
            self.put(key, article)
        except OSError:
            return False
        return True
