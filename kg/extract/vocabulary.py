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
import json
import os
from importlib import resources

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


# single characters that stand as a word of their own before a verb or a clause (正 in 阿方正保持,
# 希 in 伊方希同中方): ICTCLAS adverbs, prepositions, conjunctions and verbs
FUNCTION_TAGS = frozenset({"d", "p", "c", "v"})


def is_frequent_word(folded: str) -> bool:
    """``folded`` is a word of jieba's dictionary seen at least ``MIN_FREQUENCY`` times (希望)."""
    entry = _dictionary().get(folded)
    return len(folded) >= 2 and entry is not None and entry[0] >= MIN_FREQUENCY


def is_function_char(ch: str) -> bool:
    """``ch`` is a one-character adverb, preposition, conjunction or verb of the dictionary (正, 希)."""
    entry = _dictionary().get(ch)
    return len(ch) == 1 and entry is not None and entry[0] >= MIN_FREQUENCY and entry[1] in FUNCTION_TAGS


@functools.lru_cache(maxsize=1)
def _generic_nouns() -> frozenset[str]:
    text = resources.files("kg").joinpath("data/patterns/generic_nouns.jsonl").read_text(encoding="utf-8")
    return frozenset(json.loads(line)["word"] for line in text.splitlines() if line.strip())


def is_generic_noun(folded: str) -> bool:
    """``folded`` is a generic noun of ``kg/data/patterns/generic_nouns.jsonl`` (高速公路, 保税区,
    盟国, 省政府): words the NER tags as names that never name one thing by themselves. The list
    was drawn from the NER's spans on 1,000 random bench-corpus articles outside the gold files;
    each row carries two examples from two other articles."""
    return folded in _generic_nouns()


IDIOM_TAG = "i"   # ICTCLAS idiom (成语); ``l`` (fixed phrase) is left out: the dictionary has 东非国家 so
IDIOM_LENGTHS = (4, 5, 6, 7)


def starts_idiom(folded: str, s: int, e: int) -> bool:
    """The span ``folded[s:e]`` is the start of a dictionary idiom that goes on after ``e``
    (踔厉 in 踔厉奋发, 来龙 in 来龙去脉, 清风 in 清风明月): the NER cut an idiom, no name. Measured
    on the NER's spans of 1,000 bench-corpus articles: every span this matched was an idiom's."""
    d = _dictionary()
    for n in IDIOM_LENGTHS:
        if n > e - s and s + n <= len(folded):
            entry = d.get(folded[s:s + n])
            if entry is not None and entry[1] == IDIOM_TAG:
                return True
    return False


@functools.lru_cache(maxsize=1)
def _not_entities() -> frozenset[str]:
    text = resources.files("kg").joinpath("data/patterns/not_entities.jsonl").read_text(encoding="utf-8")
    return frozenset(n for line in text.splitlines() if line.strip() for n in json.loads(line).get("names", ()))


def is_not_entity(folded: str) -> bool:
    """``folded`` names a thing of no class of the ontology that the NER tags as a name: a disease
    (新冠, 埃博拉; ``kg/data/patterns/not_entities.jsonl``)."""
    return folded in _not_entities()


NAME_TAGS = frozenset({"nr", "ns", "nt", "nz", "nrt", "nrfg"})   # ICTCLAS person, place, organisation, other proper names


def is_frequent_common_word(folded: str) -> bool:
    """``folded`` is a frequent dictionary word (two or more characters) whose tag is no proper
    name's (乡村 ``n``; not 和田 ``nz``, 同江 ``ns``)."""
    entry = _dictionary().get(folded)
    return len(folded) >= 2 and entry is not None and entry[0] >= MIN_FREQUENCY and entry[1] not in NAME_TAGS
