"""Outlets: who published an article and which agencies it cites.

Publisher, in order of trust:
1. the URL's host, matched against the ``domains`` of outlet records;
2. the front matter ``author``, matched against outlet names;
3. the broadcaster of a news programme the title names (《新闻联播》 (20221210) → CCTV,
   ``kg/data/relations/programmes.jsonl``);
4. an in-text credit line in the first paragraphs: ``（德國之聲中文網）``,
   ``香港文匯報訊``, ``【大纪元2023年09月20日讯】`` (not a 通讯 or 资讯 headline: 新华社长篇通讯：);
5. else an unlinked outlet named by the ``author`` value.

Citations (``nkg:cites``): outlet mentions, other than the publisher, in a
citation context: after 据/據/根据/援引/引述/引用 (``據新華社報道``), before a
reporting verb (``法新社报道``, ``路透社引用``, ``路透社说``), in a credit
paragraph or a closing credit (``（路透社、法新社）``, ``●中新社``, a caption
ending in ``新華社``), after 告诉 (``告诉法新社``), or opening its paragraph before a
colon, as the one who speaks it (``路透社：…``, ``▶**卡塔爾半島電視台**：…``).
"""
from __future__ import annotations

import functools
import json
import re
from importlib import resources
from urllib.parse import urlsplit

from kg.extract.gazetteer import Gazetteer, default_gazetteer
from kg.model import Article, Mention
from kg.text import fold

_BEFORE = re.compile(r"(据|根据|援引|引述|引用|综合|转引|告诉|接受|对)\s*[「“\"《]?$")
_AFTER = re.compile(r"^\s*[」”\"》]?\s*(?:[^，。；：,;]{0,12}?)(报道|报导|说|称|指出|引述|引用|援引|消息|电|讯|透露|表示|写道|分析|评论|披露|获悉|发布|统计|调查|播发|刊登|刊发|刊文)")
_CREDIT_PARA = re.compile(r"^[（(【●■◆▲★]?\s*(?P<names>[^（）()【】。，]{2,40}?)\s*(?:记者[^）)】]*)?[)）】]?\s*$")
_LEAD_CREDIT = re.compile(r"^\s*(?:[（(【](?P<a>[^）)】]{2,40})[）)】]|(?P<b>[^\s，。：:（(]{2,20}?)(?:\d{4}年\d{1,2}月\d{1,2}日)?(?<![通资資])[讯訊](?![息号號]))")
LEAD_PARAGRAPHS = 10  # credit lines open the story, after captions and headings
SKIP_HOSTS = {"feedx.net", "feedx.best", "feedx.top", "images.weserv.nl"}


def outlet_by_host(url: str | None, gaz: Gazetteer) -> str | None:
    """Outlet record id whose domain is the URL's host or a parent of it, or None."""
    if not url:
        return None
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return None
    if host.startswith("www."):
        host = host[4:]
    if not host or host in SKIP_HOSTS:
        return None
    index = _domain_index(gaz)
    parts = host.split(".")
    for i in range(len(parts) - 1):
        rid = index.get(".".join(parts[i:]))
        if rid:
            return rid
    return None


_DOMAINS: dict[int, dict[str, str]] = {}


def _domain_index(gaz: Gazetteer) -> dict[str, str]:
    idx = _DOMAINS.get(id(gaz))
    if idx is None:
        idx = {}
        for rec in sorted(gaz.records.values(), key=lambda r: r.id):
            for d in rec.extra.get("domains", ()) or ():
                idx.setdefault(d.lower().removeprefix("www."), rec.id)
        _DOMAINS[id(gaz)] = idx
    return idx


def outlet_by_name(name: str | None, gaz: Gazetteer) -> str | None:
    """Outlet record id named by ``name`` exactly, or by the longest outlet name inside it."""
    if not name:
        return None
    ids = [i for i in gaz.lookup(name) if gaz.records[i].type == "Outlet"]
    if ids:
        return sorted(ids)[0]
    best = None
    folded = fold(name)
    for s, e, ids in gaz.find(folded):
        ids = [i for i in ids if gaz.records[i].type == "Outlet"]
        if ids and (best is None or e - s > best[0]):
            best = (e - s, sorted(ids)[0])
    if best is None:
        # Latin names inside (CNA in "(臺)中央社CNA") are word-bounded; try the Latin tokens too
        for tok in re.findall(r"[A-Za-z][A-Za-z0-9.]+", name):
            ids = [i for i in gaz.lookup(tok) if gaz.records[i].type == "Outlet"]
            if ids:
                return sorted(ids)[0]
    return best[1] if best else None


def find_publisher(article: Article, gaz: Gazetteer | None = None) -> tuple[str | None, str | None]:
    """The publisher of ``article``: ``(outlet record id or None, unlinked outlet name or None)``."""
    gaz = gaz or default_gazetteer()
    rid = outlet_by_host(article.url, gaz) or outlet_by_name(article.author, gaz)
    if rid:
        return rid, None
    rid = programme_outlet(article.title, gaz)
    if rid:
        return rid, None
    for para in article.paragraphs[:LEAD_PARAGRAPHS]:
        m = _LEAD_CREDIT.match(para.text)
        if m:
            rid = outlet_by_name(m.group("a") or m.group("b"), gaz)
            if rid:
                return rid, None
    if article.author and len(article.author) <= 40:
        return None, article.author.strip()
    return None, None


@functools.lru_cache(maxsize=None)
def _programmes() -> tuple[tuple[str, str], ...]:
    """``(folded programme name, outlet id)`` of ``kg/data/relations/programmes.jsonl``, longest first."""
    text = resources.files("kg").joinpath("data/relations/programmes.jsonl").read_text(encoding="utf-8")
    rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    return tuple(sorted(((fold(r["programme"]), r["outlet"]) for r in rows if "programme" in r),
                        key=lambda r: (-len(r[0]), r[0])))


def programme_outlet(title: str | None, gaz: Gazetteer) -> str | None:
    """The broadcaster of the news programme a title names (《新闻联播》 (20221210) → CCTV),
    or None; see ``kg/data/relations/programmes.jsonl``."""
    folded = fold(title or "")
    return next((o for p, o in _programmes() if p in folded and o in gaz.records), None)


def find_citations(article: Article, publisher: str | None, gaz: Gazetteer | None = None) -> list[Mention]:
    """Outlet mentions of ``article`` that are in a citation context, in text order.

    ``publisher`` (a record id) is never cited by its own article. Outlet
    mentions are read from ``article.mentions`` (run entity annotation first).
    """
    out = []
    folded: dict[int, str] = {}   # paragraph → its folded text, folded once
    for m in article.mentions:
        if m.type != "Outlet" or m.paragraph < 0:
            continue
        if publisher and m.gazetteer_id == publisher:
            continue
        if m.paragraph not in folded:
            folded[m.paragraph] = fold(article.paragraphs[m.paragraph].text)
        text = folded[m.paragraph]
        before, after = text[max(0, m.start - 6):m.start], text[m.end:m.end + 16]
        if _BEFORE.search(before) or _AFTER.match(after) or _is_credit(text, m) or _speaks(text, m):
            out.append(m)
    return out


_LIST_BEFORE = re.compile(r"^[\s▶►▷●■◆★•*#\-–—0-9.、（()）]*(?:[^：:，,。]{1,20}[、和及])*[\s*《]*$")
_LIST_AFTER = re.compile(r"[》\s*]*(?:[、和及][^：:，,。]{1,20})*等?[》\s*]*[：:]")


def _speaks(text: str, m: Mention) -> bool:
    """The outlet, alone or in a list of sources, opens its paragraph (after bullets and
    markup) and a colon follows: ``路透社：…``, ``法新社、彭博社等：…``, ``《伊斯兰堡邮报》：…``
    — the paragraph is what they say."""
    return bool(_LIST_BEFORE.match(text[:m.start])) and _LIST_AFTER.match(text[m.end:m.end + 60]) is not None


def _is_credit(text: str, m: Mention) -> bool:
    """The outlet stands alone as a credit: a whole short paragraph or the end of a caption."""
    if _CREDIT_PARA.match(text) and len(text) <= 50:
        return True
    tail = text[m.end:].strip(" 。.）)】")
    if not tail and m.start > 0 and text[m.start - 1] in "。．.）) ●■":
        return True
    return False
