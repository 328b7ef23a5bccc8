"""Agreement mentions: titled documents (treaties, declarations, action plans…)
and whether the sentence says they were signed.

A title is found three ways, longest span kept where they overlap:

1. in 《》 when it ends with a document-type head of
   ``kg/data/patterns/agreement_heads.jsonl`` (《阿斯塔納宣言》);
2. in 「」, “” or "" ending with a head, or a quoted name followed by a head
   («「一帶一路」倡議», «“一带一路”倡议»);
3. after a signing verb (签署, 签订, 见证签署, 通过, 发表, 缔结), the words up to a
   head (见证签署高质量共建「一带一路」行动计划), when they are more than the head
   and do not open with a quantifier (多项, 一系列…).

``signed`` is true when the sentence holds a signing verb. ``parties`` are the
countries, organisations and people of the clause before the title (六国元首共同
签署 gives ``group_counts=[6]``). Offsets are paragraph-text offsets.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.extract.patterns import agreement_heads
from kg.extract.sentences import clauses, sentences, span_containing
from kg.model import Article
from kg.text import fold

_SIGN = re.compile(r"见证签署|共同签署|签署|签订|缔结|通过|发表|共同宣布")
_HEADS = "|".join(re.escape(h) for h, _ in agreement_heads())
_BOOK = re.compile(r"《(?P<t>[^《》\n]{2,40})》")
_QUOTED = re.compile(r"[「“\"](?P<t>[^「」“”\"\n]{2,30})[」”\"](?P<h>" + _HEADS + r")?")
_AFTER_SIGN = re.compile(r"(?:见证签署|共同签署|签署|签订|缔结)了?(?:多边|双边|一份|一项)?(?P<t>[^，。；、：！？\n《》]{2,30}?(?:"
                         + _HEADS + r"))")
_QUANTIFIER = re.compile(r"^(?:的|多项|多份|一系列|系列|若干|各项|各类|有关|相关|这些|该|此|上述|合作)")
_QUOTES = "「」“”\"『』"


@dataclass
class AgreementMention:
    """One titled agreement in one paragraph.

    Attributes:
        title: the title as written, outer brackets removed (inner quotes kept).
        key: the title folded to simplified script, punctuation removed.
        type: class name from the head (``Treaty``, ``Declaration``…).
        paragraph, start, end: the title's span in the paragraph.
        sentence: its sentence span.
        signed: the sentence holds a signing verb.
        parties: mention indexes of the signing parties (clause before the title).
        group_counts: bare numeric groups in that clause (六国元首 → 6).
    """

    title: str
    key: str
    type: str
    paragraph: int
    start: int
    end: int
    sentence: tuple[int, int]
    signed: bool
    parties: list[int] = field(default_factory=list)
    group_counts: list[int] = field(default_factory=list)


def numeric_groups(article: Article, paragraph: int, folded: str, start: int, end: int) -> list[int]:
    """Numbers of bare numeric country groups in ``folded[start:end]`` (六国元首 → 6);
    a number right after a region or bloc name (中亚五国) is not bare."""
    ends = {m.end for m in article.mentions if m.paragraph == paragraph and m.source != "group"}
    out = []
    for m in re.finditer(r"(\d|[两二三四五六七八九十])国(?:元首|领导人|首脑|外长|领袖)?", folded[start:end]):
        if start + m.start() in ends or (m.start() > 0 and folded[start + m.start() - 1].isdigit()):
            continue
        x = m.group(1)
        out.append(int(x) if x.isdigit() else "一二三四五六七八九十".index(x) + 1 if x != "两" else 2)
    return out


def title_key(title: str) -> str:
    """A title folded for comparison: simplified script, no punctuation or spaces."""
    return "".join(c for c in fold(title) if c.isalnum())


def _head_type(title_folded: str) -> str | None:
    for head, typ in agreement_heads():
        if title_folded.endswith(head):
            return typ
    return None


def parse_title(raw: str) -> tuple[str, str] | None:
    """``(title, type)`` for a candidate title, or None when it is not one
    (no document-type head, nothing before the head, or a quantifier)."""
    t = raw.strip().strip(_QUOTES)
    f = fold(t)
    typ = _head_type(f)
    if typ is None:
        return None
    head = next(h for h, _ in agreement_heads() if f.endswith(h))
    rest = "".join(c for c in f[: -len(head)] if c not in _QUOTES)
    if len(rest) < 2 or _QUANTIFIER.match(rest):
        return None
    return t, typ


def find_agreements(article: Article) -> list[AgreementMention]:
    """Every agreement mention of ``article``, in text order."""
    out: list[AgreementMention] = []
    for p, para in enumerate(article.paragraphs):
        text = para.text
        folded = fold(text)
        cands: list[tuple[int, int, str, str]] = []
        for m in _BOOK.finditer(folded):
            r = parse_title(text[m.start("t"):m.end("t")])
            if r:
                cands.append((m.start("t"), m.end("t"), r[0], r[1]))
        for m in _QUOTED.finditer(folded):
            end = m.end("h") if m.group("h") else m.end("t")
            raw = text[m.start("t"):end]
            if m.group("h"):
                raw = text[m.start("t"):m.end("t")] + text[m.start("h"):m.end("h")]
            r = parse_title(raw)
            if r:
                cands.append((m.start("t"), end, r[0], r[1]))
        for m in _AFTER_SIGN.finditer(folded):
            r = parse_title(text[m.start("t"):m.end("t")])
            if r:
                cands.append((m.start("t"), m.end("t"), text[m.start("t"):m.end("t")].strip(_QUOTES), r[1]))
        cands.sort(key=lambda c: (c[0], -(c[1] - c[0])))
        kept: list[tuple[int, int, str, str]] = []
        for c in sorted(cands, key=lambda c: -(c[1] - c[0])):
            if all(c[1] <= k[0] or c[0] >= k[1] for k in kept):
                kept.append(c)
        sents = sentences(text)
        for start, end, title, typ in sorted(kept):
            sent = span_containing(sents, start) or (0, len(text))
            signed = bool(_SIGN.search(folded[sent[0]:sent[1]]))
            clause = span_containing(clauses(text, *sent), start) or sent
            parties = [i for i, m in enumerate(article.mentions)
                       if m.paragraph == p and clause[0] <= m.start < start
                       and m.type in ("Country", "Organization", "Person")]
            counts = numeric_groups(article, p, folded, clause[0], start)
            out.append(AgreementMention(title, title_key(title), typ, p, start, end, sent, signed, parties, counts))
    return out
