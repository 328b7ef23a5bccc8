"""Incremental builds: each article's entity extraction cached by content and extractor version.

The entity stage (the statistical NER above all) is most of a build's time and depends on the
article alone. Its result (the annotated :class:`kg.model.Article`: mentions, publisher,
citations) is pickled under a key made of

* the extractor version: a SHA-256 over every source and data file of the ``kg`` package (any
  change to a pattern, a gazetteer row or the code gives new keys, so a stale result is never
  used);
* the NER switch (``--no-ner`` results differ);
* the article as read: its path, id, title, URL, dates, language and paragraph texts.

A build then re-extracts only the articles whose key is new and re-runs every cross-article
stage (resolution, events, the graph), so its output is byte-identical to a build without the
cache. Entries are written atomically (temporary file, then rename) to ``DIR/<key>.pkl``; an
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


@functools.lru_cache(maxsize=1)
def extractor_version() -> str:
    """SHA-256 (hex) over the relative path and bytes of every file of the ``kg`` package,
    caches and bytecode left out."""
    root = Path(str(resources.files("kg")))
    h = hashlib.sha256()
    for f in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts
                    and p.suffix not in (".pyc", ".pyo")):
        h.update(str(f.relative_to(root)).encode("utf-8") + b"\0")
        h.update(f.read_bytes())
    return h.hexdigest()


def article_key(article: Article, ner: bool) -> str:
    """The cache key of ``article``'s entity extraction (hex SHA-256), taken before extraction:
    the extractor version, the NER switch and the pickled article as read (every field)."""
    h = hashlib.sha256()
    h.update(extractor_version().encode("ascii") + (b"ner" if ner else b"no-ner"))
    h.update(pickle.dumps(article, protocol=PICKLE_PROTOCOL))
    return h.hexdigest()


class ExtractionCache:
    """Annotated articles by :func:`article_key`, in the folder ``root`` (created on first write).

    ``hits`` and ``misses`` count the lookups of this run."""

    def __init__(self, root: Path | str):
        self.root = Path(root)
        self.hits = 0
        self.misses = 0

    def get(self, key: str, article: Article) -> Article | None:
        """The cached annotated article of ``key`` (see :func:`article_key`), or None when
        missing, unreadable or not ``article``'s."""
        f = self.root / f"{key}.pkl"
        try:
            with f.open("rb") as fh:
                cached = pickle.load(fh)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError, TypeError):
            cached = None
        if not isinstance(cached, Article) or cached.path != article.path or cached.id != article.id:
            self.misses += 1
            return None
        self.hits += 1
        return cached

    def put(self, key: str, article: Article) -> None:
        """Store the annotated ``article`` under ``key``. Raises OSError when the folder cannot
        be written."""
        self.root.mkdir(parents=True, exist_ok=True)
        write_atomic(self.root / f"{key}.pkl", pickle.dumps(article, protocol=PICKLE_PROTOCOL))
