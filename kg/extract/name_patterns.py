"""Names the NER does not tag, found by how news writes them.

* A Chinese name closed by an organisation or outlet head and glossed with a Latin name in
  brackets (巴西国家经济和社会发展银行（BNDES）, 美中经济与安全审查委员会(USCC)) is an
  organisation: :func:`glossed_names`.
* A Latin-script name right after a role word (分析师Jeremy Chan, 首席经济学家Nancy Vanden
  Houten; ``kg/data/patterns/person_roles.jsonl``) is a person: :func:`role_named_people`.

Each function takes one paragraph's mentions, text and folded text (code-point offsets into
the paragraph) and returns the mentions to add; overlapping mentions are dealt with by the
caller's rules (a found name never crosses an existing mention).
"""
from __future__ import annotations

import bisect
import functools
import json
import re
from importlib import resources

from kg.extract import rules
from kg.extract.spans import SpanIndex
from kg.model import Mention

_GLOSS = re.compile(r"[（(]\s*[A-Z][A-Za-z0-9&.'’\- ]{1,60}?\s*[)）]")
# LAC tags of the tokens a name is made of (nouns, names, abbreviations, noun-like verbs and
# adjectives: 巴西/LOC 国家/n 经济/n 和/c 社会发展银行/n); a conjunction only between two of them
NAME_TOKEN_TAGS = frozenset({"n", "nz", "LOC", "ORG", "PER", "an", "vn", "j", "nw", "s"})
NAME_CONJUNCTIONS = ("和", "与", "及")
COMMON_NOUN_TAGS = frozenset({"n", "an", "vn", "nz"})
# a gathering is no organisation, though its word ends in 会 (北大西洋公约组织峰会（NATO Summit）)
GATHERING_WORDS = ("峰会", "会议", "会谈", "会晤", "会见", "晚会", "宴会", "研讨会", "论坛会")
MIN_GLOSSED_NAME = 4
# one-character heads that close a glossed name (国家安全局（NSA）, 司法部（DOJ）); the others (报, 网,
# 会, 社) also end common words (情报, 宴会)
GLOSSED_ONE_CHARACTER_HEADS = ("部", "局", "署", "院", "党", "厅", "行")   # characters: 某某银行 at least; shorter spans are heads with a modifier


def glossed_names(mentions: list[Mention], text: str, folded: str, pi: int,
                  tokens: list[tuple[int, int, str]]) -> list[Mention]:
    """Organisations and outlets written ``Chinese name（Latin）`` that no mention covers.

    ``tokens`` are LAC's ``(start, end, tag)`` tokens of ``folded`` (see
    :func:`kg.extract.ner.analyse_tokens`). The name runs back from the bracket over
    name-like tokens (``NAME_TOKEN_TAGS``) to the first verb, particle, punctuation or the
    like; it must end in an organisation or outlet head, not a gathering word, and no mention may
    end where it ends (言及四国集团（Quad Group）: the known 四国集团 takes the gloss). Returns new mentions
    (``source="pattern"``); the Latin gloss becomes their alias later (``_name_patterns``)."""
    ends = [t[1] for t in tokens]
    index = SpanIndex(mentions)
    out: list[Mention] = []
    for g in _GLOSS.finditer(folded):
        p = g.start()
        while p > 0 and folded[p - 1] == " ":
            p -= 1
        j = bisect.bisect_left(ends, p)
        if j >= len(tokens) or tokens[j][1] != p:
            continue
        head = rules.ends_with(folded[tokens[j][0]:p], rules.ORG_HEADS + rules.OUTLET_HEADS)
        if not head or (len(head) < 2 and head not in GLOSSED_ONE_CHARACTER_HEADS):
            continue   # 人工情报（HUMINT）: 报 alone heads no name here
        # a head token the NER delimited (四国集团/ORG) is the whole name; a common-noun head
        # (社会发展银行/n) opens a name the NER missed, read back over name-like tokens
        while tokens[j][2] not in ("ORG", "LOC") and j > 0 and _name_token(tokens, j - 1, folded):
            j -= 1
        s = tokens[j][0]
        near = index.overlapping(s, p) if p - s >= MIN_GLOSSED_NAME else []
        if p - s < MIN_GLOSSED_NAME or any(not (s <= m.start and m.end <= p) for m in near):
            continue
        if index.ending_at(p) or folded[s:p].endswith(GATHERING_WORDS) or \
                any(m.type == "Person" for m in near):
            continue
        typ = "Outlet" if rules.ends_with(folded[s:p], rules.OUTLET_HEADS) else "Organization"
        # a known organisation inside the gloss (四国集团（Quad Group）: Quad) is the one named
        known = next((m for m in index.within(g.start(), g.end()) if m.gazetteer_id
                      and m.type in ("Organization", "Outlet")), None)
        if known is not None:
            typ = known.type
        out.append(Mention(text[s:p], folded[s:p], typ, pi, s, p, "pattern", known.gazetteer_id if known else None))
    return out


def _name_token(tokens: list[tuple[int, int, str]], i: int, folded: str) -> bool:
    s, e, tag = tokens[i]
    if tag in NAME_TOKEN_TAGS:
        return True
    # 经济和社会发展银行: a conjunction between two common nouns; not after a name (中国和巴西…银行)
    return tag == "c" and folded[s:e] in NAME_CONJUNCTIONS and i > 0 and tokens[i - 1][2] in COMMON_NOUN_TAGS


@functools.lru_cache(maxsize=1)
def _role_regex() -> re.Pattern:
    text = resources.files("kg").joinpath("data/patterns/person_roles.jsonl").read_text(encoding="utf-8")
    roles = sorted({json.loads(line)["role"] for line in text.splitlines() if line.strip()}, key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, roles)) + r")([A-Z][a-z]+(?: [A-Z][a-z]+){1,3})(?![A-Za-z])")


def role_named_people(mentions: list[Mention], text: str, folded: str, pi: int) -> list[Mention]:
    """People written as a Latin name of two to four capitalised words right after a role word
    (分析师Jeremy Chan), where no mention covers the name. Returns new mentions
    (``source="pattern"``, type ``Person``)."""
    out = []
    index = SpanIndex(mentions)
    for m in _role_regex().finditer(folded):
        s, e = m.span(1)
        if not index.overlapping(s, e):
            out.append(Mention(text[s:e], folded[s:e], "Person", pi, s, e, "pattern"))
    return out
