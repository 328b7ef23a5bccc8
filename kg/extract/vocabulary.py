"""Common vocabulary: words of the language that are not names.

The NER sometimes tags an ordinary word as a place or an organisation (中部, 三门, 中外).
Such a span is dropped when the whole span is a word of jieba's dictionary
(``jieba/dict.txt``, 349,045 words with a frequency and a part-of-speech tag in the
ICTCLAS tag set) whose tag is one of ``COMMON_TAGS``: localities, numerals, idioms,
pronouns, function words. Nouns, verbs, adjectives, adverbs and time words are not
enough: measured on 150 bench-corpus articles, the dictionary tags real names so
(烟台 and 公安部 ``n``, 遵义 ``v``, 茂名 ``a``, 大连 ``d``, 北宋 ``t``); with the tags kept
it dropped 港澳台, 南部, 中外 there and nothing that was a name. jieba is a well-kept segmenter (MIT licence);
only its dictionary is read, once, on first use.
"""
from __future__ import annotations

import functools
import os

# ICTCLAS tags that no name carries: f locality, m numeral, i idiom, l fixed phrase, r pronoun,
# c conjunction, p preposition, q measure word. Verbs and time words are left out: the dictionary
# tags 遵义 and 开封 (cities) ``v``, 北宋 (a dynasty) ``t``
COMMON_TAGS = frozenset({"f", "m", "i", "l", "r", "c", "p", "q"})
# a word seen fewer times than this in jieba's corpus is too rare for its tag to be trusted (the
# dictionary holds many rare compounds with a guessed tag)
MIN_FREQUENCY = 20


@functools.lru_cache(maxsize=1)
def _dictionary() -> dict[str, tuple[int, str]]:
    import jieba

    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    out: dict[str, tuple[int, str]] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 3:
                out[parts[0]] = (int(parts[1]), parts[2])
    return out


def is_common_word(folded: str) -> bool:
    """``folded`` (simplified script) is a frequent dictionary word of a part of speech no
    name has (中部 ``f``, 三门 ``m``): not a name."""
    entry = _dictionary().get(folded)
    return entry is not None and entry[0] >= MIN_FREQUENCY and entry[1] in COMMON_TAGS
