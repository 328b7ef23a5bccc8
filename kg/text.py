"""Script folding and language detection (OpenCC, the official ``opencc`` binding).

Matching runs on text folded to simplified script so that 習近平 and 习近平 meet;
offsets are kept into the original text. OpenCC's t2s is character-for-character
for almost all text; where a phrase conversion changes the length, the text is
folded character by character instead, which keeps a 1:1 offset map.
"""
from __future__ import annotations

import functools
import re
import unicodedata

import opencc

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@functools.lru_cache(maxsize=None)
def _converter(config: str) -> "opencc.OpenCC":
    return opencc.OpenCC(config)


def t2s(text: str) -> str:
    """Traditional → simplified script (OpenCC ``t2s``)."""
    return _converter("t2s").convert(text)


def s2t(text: str) -> str:
    """Simplified → traditional script (OpenCC ``s2t``)."""
    return _converter("s2t").convert(text)


class _NfkcTable(dict):
    """``str.translate`` table: code point → its one-character NFKC form (itself when NFKC gives
    more than one character), filled on first sight of each code point, so folding costs one C
    lookup per character after warm-up."""

    def __missing__(self, cp: int) -> str:
        ch = chr(cp)
        n = unicodedata.normalize("NFKC", ch)
        self[cp] = out = n if len(n) == 1 else ch
        return out


_NFKC = _NfkcTable()
FOLD_CACHE = 512   # folded texts kept: each stage folds the same paragraph again


@functools.lru_cache(maxsize=FOLD_CACHE)
def fold(text: str) -> str:
    """Fold ``text`` for matching, keeping its length: NFKC per character, then t2s.

    Returns a string of the same length as ``text`` whose i-th character is the
    folded form of the i-th input character (NFKC results longer than one
    character are left unfolded), so offsets carry over unchanged. Results are
    cached (``FOLD_CACHE`` texts): the stages fold each paragraph once between them.
    """
    joined = text.translate(_NFKC)
    folded = t2s(joined)
    if len(folded) == len(joined):
        return folded
    return "".join(t2s(ch) if len(t2s(ch)) == 1 else ch for ch in joined)


def fold_name(name: str) -> str:
    """Key for comparing names: folded, lower case, without spaces and punctuation.

    The same normalisation as the evaluation's label folding (NFKC, t2s, lower
    case, drop Unicode categories P*, Z* and S*).
    """
    text = t2s(unicodedata.normalize("NFKC", name)).lower()
    return "".join(ch for ch in text if unicodedata.category(ch)[0] not in "PZS")


def han_count(text: str) -> int:
    """Number of Han (CJK ideograph) characters in ``text``."""
    return len(_HAN.findall(text))


def detect_language(text: str) -> str:
    """BCP 47 tag of ``text``: ``zh-Hans``, ``zh-Hant``, ``en``, ``ja``, ``ko``, ``ru`` or ``und``.

    Chinese is told apart by script: the characters that OpenCC t2s changes
    (traditional-only forms) against those that s2t changes (simplified-only
    forms). Text with few Han characters is classed by its dominant script.
    """
    sample = text[:20000]
    han = han_count(sample)
    kana = len(re.findall(r"[\u3040-\u30ff]", sample))
    hangul = len(re.findall(r"[\uac00-\ud7af]", sample))
    latin = len(re.findall(r"[A-Za-z]", sample))
    cyr = len(re.findall(r"[\u0400-\u04ff]", sample))
    if kana > 20 and kana > han * 0.2:
        return "ja"
    if hangul > han and hangul > 20:
        return "ko"
    if han >= 10 and han * 2 >= latin / 4:
        trad = sum(1 for a, b in zip(sample, t2s(sample)) if a != b)
        simp = sum(1 for a, b in zip(sample, s2t(sample)) if a != b)
        return "zh-Hant" if trad > simp else "zh-Hans"
    if cyr > latin and cyr > 20:
        return "ru"
    if latin > 20:
        return "en"
    if han:
        trad = sum(1 for a, b in zip(sample, t2s(sample)) if a != b)
        return "zh-Hant" if trad else "zh-Hans"
    return "und"


# names repeat across a corpus: a 5,000-article build asks for the language of its mentions'
# surfaces in entity resolution and again for every label in the graph
LABEL_LANGUAGE_CACHE = 1 << 18


@functools.lru_cache(maxsize=LABEL_LANGUAGE_CACHE)
def label_language(surface: str, article_lang: str) -> str:
    """Language tag of a name: ``en`` for Latin script; for Chinese, the script
    its characters show (traditional-only or simplified-only forms), else the
    article's script (习近平 in a zh-Hant article is still zh-Hans). Memoised
    (``LABEL_LANGUAGE_CACHE`` names)."""
    if not han_count(surface):
        return "en"
    if t2s(surface) != surface:
        return "zh-Hant"
    if s2t(surface) != surface:
        return "zh-Hans"
    return article_lang if article_lang in ("zh-Hans", "zh-Hant") else "zh-Hans"


def add_label(labels: dict, label: str, count: int, article_lang: str) -> None:
    """Count ``label`` under its language tag in ``labels`` (tag → Counter) and
    record its form in the other Chinese script (count 0), so a node carries
    both scripts."""
    from collections import Counter

    lang = label_language(label, article_lang)
    labels.setdefault(lang, Counter())[label] += count
    if lang in ("zh-Hans", "zh-Hant"):
        other, olang = (s2t(label), "zh-Hant") if lang == "zh-Hans" else (t2s(label), "zh-Hans")
        labels.setdefault(olang, Counter())[other] += 0
