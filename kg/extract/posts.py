"""Posts people hold, from apposition patterns around person mentions.

Patterns (``T`` a title of ``kg/data/patterns/titles.jsonl``, ``P`` a person
mention, ``O`` a country or organisation mention):

- ``O T P``: 哈薩克斯坦總統托卡耶夫, 美国国务卿（安东尼‧）布林肯, 欧盟委员会主席冯德莱恩;
  a title may begin inside ``O`` when the rest of ``O`` is a country name
  (中国外交部发言人: 中国 + 外交部发言人);
- ``T、T P``: each title of a list (中共中央政治局委员、外交部长王毅);
- ``T P`` and ``P T`` (国家主席习近平, 拜登总统): the organisation comes from
  the person's gazetteer record when one of its posts has that title, else
  the post is not stated.

Offsets are paragraph-text character offsets.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.gazetteer import Gazetteer
from kg.extract.patterns import title_canonical, titles
from kg.model import Article
from kg.text import fold

_GIVEN_NAME = re.compile(r"[\u4e00-\u9fff]{1,6}[·‧•・]$")


@dataclass(frozen=True)
class PostFact:
    """``person`` holds the post ``title`` in ``org``.

    Attributes:
        person: index of the person mention in ``Article.mentions``.
        title: the title as written (either script).
        canonical: the title folded to simplified script and canonical form (外长 → 外交部长).
        org: entity key of the country or organisation (``gaz:<id>`` or a
            mention index as ``"m:<i>"`` to be mapped by the caller).
        paragraph, start, end: the span of the whole expression.
    """

    person: int
    title: str
    canonical: str
    org: str
    paragraph: int
    start: int
    end: int


def _title_ending_at(folded: str, pos: int) -> str | None:
    for t in titles():
        if pos - len(t) >= 0 and folded[pos - len(t):pos] == t:
            return t
    return None


def _title_starting_at(folded: str, pos: int) -> str | None:
    for t in titles():
        if folded.startswith(t, pos):
            return t
    return None


def _record_org(gaz: Gazetteer, gid: str | None, title: str) -> str | None:
    if not gid or gid not in gaz.records:
        return None
    posts = [p for p in gaz.records[gid].extra.get("posts", ()) if p.get("in") in gaz.records]
    labels = [title_canonical().get(x, x) for x in (fold(p.get("post", {}).get("zh-Hans", "")) for p in posts)]
    order = sorted(range(len(posts)), key=lambda k: gaz.records[posts[k]["in"]].type != "Country")
    posts, labels = [posts[k] for k in order], [labels[k] for k in order]
    for exact in (True, False):  # an exact title first (主席 → 国家主席 only when nothing equals it)
        for post, label in zip(posts, labels):
            if label and (label == title if exact else (label.endswith(title) or title.endswith(label))):
                return f"gaz:{post['in']}"
    return None


def find_posts(article: Article, gaz: Gazetteer) -> list[PostFact]:
    """Every post statement of ``article``, in text order."""
    canon = title_canonical()
    out: list[PostFact] = []
    by_par: dict[int, list[tuple[int, int]]] = {}
    for i, m in enumerate(article.mentions):
        if m.paragraph >= 0 and m.source != "group":
            by_par.setdefault(m.paragraph, []).append((i, m.start))
    for par, items in sorted(by_par.items()):
        text = article.paragraphs[par].text
        folded = fold(text)
        ms = [(i, article.mentions[i]) for i, _ in items]
        ending = {}
        for i, m in ms:
            rec = gaz.records.get(m.gazetteer_id) if m.gazetteer_id else None
            if m.type in ("Country", "Organization", "Place") and not (rec and rec.extra.get("kind") == "region"):
                if m.end not in ending or ending[m.end][1].start > m.start:
                    ending[m.end] = (i, m)
        for pi, p in ms:
            if p.type != "Person":
                continue
            pos = p.start
            given = _GIVEN_NAME.search(folded[max(0, pos - 7):pos])
            if given:
                pos -= len(given.group(0))
            found_any = False
            while True:
                t = _title_ending_at(folded, pos)
                if not t:
                    break
                tstart = pos - len(t)
                org = None
                start = tstart
                if tstart in ending:
                    oi, om = ending[tstart]
                    org, start = f"m:{oi}", om.start
                else:
                    for oi, om in ms:  # 中国外交部 + 发言人 → 中国 + 外交部发言人
                        if om.start < tstart < om.end and om.type in ("Organization", "Country"):
                            ids = gaz.lookup(text[om.start:tstart])
                            if ids and gaz.records[ids[0]].type == "Country":
                                org, start = f"gaz:{ids[0]}", om.start
                            break
                ct = canon.get(t, t)
                if org is None:
                    org = _record_org(gaz, p.gazetteer_id, ct)
                if org:
                    out.append(PostFact(pi, text[tstart:pos], ct, org, par, start, p.end))
                    found_any = True
                if tstart > 0 and folded[tstart - 1] == "、":
                    pos = tstart - 1
                    continue
                break
            if not found_any:  # P T: 拜登总统
                t = _title_starting_at(folded, p.end)
                if t:
                    ct = canon.get(t, t)
                    org = _record_org(gaz, p.gazetteer_id, ct)
                    if org:
                        out.append(PostFact(pi, text[p.end:p.end + len(t)], ct, org, par, p.start, p.end + len(t)))
    return out
