"""Posts people hold, from apposition patterns around person mentions.

The titles and where each attaches are data (``kg/data/patterns/titles.jsonl``:
title, kind, ``attach``, canonical form, default organisation ``in``,
examples); national organs that stand for their country (白宫, 国务院, 中国商务部)
are ``kg/data/posts/seats.jsonl``; one-character country short forms before a
title (美防长, 俄总统) are ``kg/data/posts/short_forms.jsonl``. ``T`` is a title,
``P`` a person mention, ``O`` a country or organisation (a mention, or a country
name of the gazetteer or a short form written in the text):

- ``O T P``: 哈薩克斯坦總統托卡耶夫, 欧盟委员会主席冯德莱恩; a title may begin
  inside ``O`` when the rest of ``O`` is a country name (中国外交部 + 发言人 →
  中国 + 外交部发言人) or when they share the 国 of the country's name
  (美国务卿 → 美国 + 国务卿); between ``O`` and ``T`` may stand a modifier
  (前, 时任: 美国前总统), the government (政府, 内阁: 塞尔维亚政府副总理), a
  parenthesis (中央情报局（CIA）局长) or, for envoys, 驻 + place (中国驻塞尔维亚大使);
- ``O T兼T P``: both titles in ``O`` (沙特王储兼首相穆罕默德);
- ``O T、O T P``: each title of a list with its own organisation
  (中共中央政治局委员、外交部长王毅);
- ``时任O T的P``: 时任美国总统的川普;
- ``O T T P`` for an aide (阿盟秘书长发言人) and ``O portfolio T P`` for a compound
  head (英国国际贸易大臣, not 中国事务大臣 whose 中国 is the portfolio);
- a person mention that kept the title (埃米尔塔米姆, 英国女王伊丽莎白二世);
- a post stated in a national organ of ``kg/data/posts/seats.jsonl`` is a post
  of that organ's country (national posts attach to the country): a national
  title keeps its name (白宫国家安全顾问 → 国家安全顾问 of the United States), a
  title of the organ (``attach: org``) or one stated in a ministry or agency is
  named after the organ (克里姆林宫发言人 → the Russian presidency's
  spokesperson, 中国商务部发言人, 台湾外交部前部长 → 外交部长); a party's organs
  stay the party's (中共总书记, 中共政治局委员 → the Politburo);
- a national title with no ``O`` takes, in order: the country of the previous
  post in a coordination (美国国务卿布林肯和国防部长奥斯汀), the organisation
  the same person's same title has elsewhere in the article, the title's
  default organisation (国务委员 → China), the person's gazetteer record;
- ``P T`` (拜登总统): the organisation comes from the same sources.

Academic titles (``kind: academic``: 教授, 研究员) are never posts; nor is a
title followed by 候选人 (总统候选人乔‧拜登) or a national title whose ``O`` is a
party (共和党参议员). A gazetteer record that holds the title in several
countries (女王) gives none.
Offsets are paragraph-text character offsets.
"""
from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from importlib import resources

from kg.extract.gazetteer import Gazetteer
from kg.extract.patterns import title_canonical, title_rows, titles
from kg.extract.spans import SpanIndex
from kg.model import Article
from kg.text import fold

_GIVEN_NAME = re.compile(r"[\u4e00-\u9fff]{1,6}[·‧•・]$")
GIVEN_MAX = 4  # longest given name written before a mention (安东尼‧布林肯), in characters
NOT_HELD = ("候选人", "参选人")  # 该党总统候选人乔‧拜登: a candidate does not hold the title
NAMED_ORGANS = ("ministry", "agency")  # a title stated in these is named after them (外交部 + 部长)
GENERIC_ORGAN = "中央"  # 中央政治局, 中央委员会: an organ of the party named before it
SHORT_BLOCK = set("中欧亚非东西南北")  # before a short form they make a compound (中美, 欧美, 北美)
MODIFIERS = ("时任", "现任", "前任", "新任", "前", "原")  # 美国前总统: still that person's post
GOVERNMENT = ("联邦政府", "政府", "内阁")  # 塞尔维亚政府副总理, 阿曼内阁副首相
TENSE = ("时任", "现任", "前任")  # 时任美国总统的川普: 的 joins title and name only after these
COORDINATION = ("以及", "、", "和", "与", "及")  # 美国国务卿布林肯和国防部长奥斯汀
PAREN_MAX = 24  # longest parenthesis skipped between O and T (中央情报局（CIA）局长), in characters
AIDES = ("spokesperson", "adviser")  # titles that may follow another title: 秘书长发言人
PORTFOLIO_MAX = 8  # longest portfolio between O and a compound head (国际贸易 in 英国国际贸易大臣), in characters
PORTFOLIO_STOP = set("的和与及、在是为对将把被了着过等由向从同跟")  # never inside a portfolio name
# a name right before one of these is a portfolio's subject, not where the post is: 中国事务大臣,
# 西藏问题特别协调员 (nbw_2020-11-22-_60_7c04502175), 印太政策协调员 (nbw_2021-07-07_f15ddd05bd)
PORTFOLIO_TOPICS = ("事务", "问题", "政策")
PARTY_END = "党"  # 共和党参议员: a party is not where a national post exists


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
        org_mention: index of the mention that states the organisation (白宫 in
            白宫国家安全顾问, also when the post went to its country), or None.
    """

    person: int
    title: str
    canonical: str
    org: str
    paragraph: int
    start: int
    end: int
    org_mention: int | None = None


@functools.lru_cache(maxsize=None)
def seats() -> dict[str, str]:
    """Gazetteer id of a national organ → the id of its country (``kg/data/posts/seats.jsonl``)."""
    text = resources.files("kg").joinpath("data/posts/seats.jsonl").read_text(encoding="utf-8")
    return {r["org"]: r["country"] for r in (json.loads(x) for x in text.splitlines() if x.strip())}


@functools.lru_cache(maxsize=None)
def seat_kinds() -> dict[str, str]:
    """Gazetteer id of a national organ → its kind (presidency, ministry, government, legislature, party…)."""
    text = resources.files("kg").joinpath("data/posts/seats.jsonl").read_text(encoding="utf-8")
    return {r["org"]: r["kind"] for r in (json.loads(x) for x in text.splitlines() if x.strip())}


@functools.lru_cache(maxsize=None)
def short_forms() -> dict[str, str]:
    """One-character short form of a country before a title (美防长, 俄总统) → its gazetteer id
    (``kg/data/posts/short_forms.jsonl``)."""
    text = resources.files("kg").joinpath("data/posts/short_forms.jsonl").read_text(encoding="utf-8")
    return {r["short"]: r["country"] for r in (json.loads(x) for x in text.splitlines() if x.strip())}


@dataclass
class _Item:
    """One title before (or after) a person: ``org`` None until resolved."""

    person: int
    title: str
    canonical: str
    org: str | None
    start: int
    end: int
    national: bool
    default_in: str | None = None
    modifier: str = ""
    mention: int | None = None


class _Par:
    """One paragraph's text and the organisations ending at each offset."""

    def __init__(self, article: Article, par: int, gaz: Gazetteer, ms: list):
        self.text = article.paragraphs[par].text
        self.folded = fold(self.text)
        self.gaz = gaz
        self.ms = ms
        self.covering = SpanIndex(ms, lambda im: (im[1].start, im[1].end))   # mentions around an offset
        self.by_index = {i: m for i, m in ms}   # mention index → mention, for the key lookups below
        self.ending: dict[int, tuple[int, object]] = {}
        for i, m in ms:
            rec = gaz.records.get(m.gazetteer_id) if m.gazetteer_id else None
            if m.type in ("Country", "Organization", "Place") and not (rec and rec.extra.get("kind") == "region"):
                if m.end not in self.ending or self.ending[m.end][1].start > m.start:
                    self.ending[m.end] = (i, m)

    def entity_type(self, key: str) -> str | None:
        """``Country``, ``Organization``… of an org key (``m:<i>`` or ``gaz:<id>``)."""
        if key.startswith("gaz:"):
            rec = self.gaz.records.get(key[4:])
            return rec.type if rec else None
        m = self.by_index.get(int(key[2:]))
        return m.type if m is not None else None

    def surface(self, key: str) -> str:
        """The folded text of a mention key ``m:<i>`` ("" for others)."""
        m = self.by_index.get(int(key[2:])) if key.startswith("m:") else None
        return fold(m.text) if m is not None else ""

    def gaz_id(self, key: str) -> str | None:
        """The gazetteer id of an org key, None for a local organisation."""
        if key.startswith("gaz:"):
            return key[4:]
        m = self.by_index.get(int(key[2:]))
        return m.gazetteer_id if m is not None else None

    def country_ending(self, pos: int) -> tuple[str, int] | None:
        """A country name of the gazetteer, or a short form (美, 俄), written just
        before ``pos``: ``(gaz:<id>, start)``."""
        for n in range(min(pos, 10), 1, -1):
            ids = self.gaz.lookup(self.text[pos - n:pos])
            if ids and self.gaz.records[ids[0]].type == "Country":
                return f"gaz:{ids[0]}", pos - n
        short = short_forms().get(self.folded[pos - 1]) if pos > 0 else None
        if short and short in self.gaz.records and not (self.covering.covering(pos) or self.covering.ending_at(pos)):
            before = self.folded[pos - 2] if pos > 1 else ""
            if before not in short_forms() and before not in SHORT_BLOCK:  # not 中美, 欧美
                return f"gaz:{short}", pos - 1
        return None

    def org_ending(self, pos: int) -> tuple[str, int] | None:
        """The country or organisation that ends at ``pos``: ``(key, start)``."""
        if pos in self.ending:
            i, m = self.ending[pos]
            if m.type == "Organization" and m.gazetteer_id and m.start in self.ending and \
                    fold(m.text).startswith(GENERIC_ORGAN):  # 老挝人民革命党 + 中央政治局: not the gazetteer's
                i, m = self.ending[m.start]
            return f"m:{i}", m.start
        return self.country_ending(pos)

    def inside_org(self, tstart: int) -> tuple[str, int] | None | bool:
        """A title starting at ``tstart`` inside a mention: its country ``(key, start)``,
        False when the title may not start there, None when no mention covers it."""
        for _, om in self.covering.covering(tstart):
            if om.type in ("Organization", "Country"):
                ids = self.gaz.lookup(self.text[om.start:tstart])
                if ids and self.gaz.records[ids[0]].type == "Country":
                    return f"gaz:{ids[0]}", om.start  # 中国外交部 + 发言人
                if om.type == "Country" and tstart == om.end - 1 and self.folded[tstart] == "国" and om.gazetteer_id:
                    return f"gaz:{om.gazetteer_id}", om.start  # 美国 + 国务卿 written 美国务卿
                return False
        return None


def _titles_ending_at(folded: str, pos: int) -> list[str]:
    return [t for t in titles() if pos - len(t) >= 0 and folded[pos - len(t):pos] == t]


def _title_starting_at(folded: str, pos: int) -> str | None:
    return next((t for t in titles() if folded.startswith(t, pos)), None)


def _pick_title(par: _Par, pos: int) -> tuple[str, tuple[str, int] | None] | None:
    """The title ending at ``pos`` (longest that does not cut an organisation's name)
    and the country it begins inside of, if any."""
    for t in _titles_ending_at(par.folded, pos):
        inside = par.inside_org(pos - len(t))
        if inside is not False:
            return t, inside
    return None


def _skip_left(par: _Par, p: int, kind: str) -> tuple[int, str]:
    """Move ``p`` left over what may stand between ``O`` and ``T``; also returns the modifier met."""
    f = par.folded
    modifier = ""
    for word in MODIFIERS + GOVERNMENT:
        if f.endswith(word, 0, p):
            p -= len(word)
            modifier = word if word in MODIFIERS else ""
            break
    if p > 0 and f[p - 1] in "）)":
        opening = max(f.rfind("（", max(0, p - PAREN_MAX), p), f.rfind("(", max(0, p - PAREN_MAX), p))
        if opening >= 0:
            p = opening
    if kind == "envoy" and p in par.ending:  # 中国驻塞尔维亚大使: the envoy is China's
        _, m = par.ending[p]
        if m.start > 0 and f[m.start - 1] == "驻":
            p = m.start - 1
    return p, modifier


def _before_given_name(par: _Par, pos: int) -> int:
    """Where titles end before a person mention, over a given name the NER left out
    (美国国务卿安东尼‧布林肯: the mention is 布林肯, the title ends before 安东尼‧)."""
    given = _GIVEN_NAME.search(par.folded[max(0, pos - 7):pos])
    if not given:
        return pos
    for n in range(2, min(len(given.group(0)), GIVEN_MAX + 1) + 1):  # the shortest after which a title ends
        if par.folded.startswith(NOT_HELD, pos - n):
            break  # 总统候选人乔‧拜登
        if _pick_title(par, pos - n):
            return pos - n
    return pos


def _compound(par: _Par, pos: int, t: str, inside) -> tuple[int, str, object]:
    """Extend the title ``t`` ending at ``pos`` leftwards: another title before an
    aide's (阿盟秘书长发言人, 美国总统国家安全顾问) or a portfolio before a
    ``compound`` head (英国脱欧事务大臣). Returns ``(start, canonical, inside)``."""
    rows, canon = title_rows(), title_canonical()
    row, tstart = rows[t], pos - len(t)
    if inside or par.org_ending(_skip_left(par, tstart, row.get("kind", ""))[0]):
        return tstart, canon.get(t, t), inside
    if row.get("kind") in AIDES:
        before = _pick_title(par, tstart)
        if before and rows[before[0]].get("kind") not in ("academic",) + AIDES:
            t1 = before[0]
            return tstart - len(t1), canon.get(t1, t1) + canon.get(t, t), before[1]
    if row.get("compound"):
        f = par.folded
        for q in range(tstart - 2, max(-1, tstart - PORTFOLIO_MAX - 1), -1):
            gap = f[q:tstart]
            if not all("\u4e00" <= ch <= "\u9fff" and ch not in PORTFOLIO_STOP for ch in gap):
                break
            crossing = [m for _, m in par.ms if m.start < tstart and m.end > q]
            if any(not f.startswith(PORTFOLIO_TOPICS, m.end) for m in crossing):
                break
            if any(m.start < q for m in crossing):
                continue   # inside the portfolio's subject (西藏 of 西藏问题特别协调员)
            if par.org_ending(q):
                if gap.startswith(PORTFOLIO_TOPICS):  # 中国事务大臣: 中国 is the portfolio, not where the post is
                    continue
                mod = next((w for w in MODIFIERS if gap.startswith(w) and len(gap) > len(w) + 1), "")
                return q, f[q + len(mod):pos], None  # 美国前司法部长: 司法部长
    return tstart, canon.get(t, t), inside


def _left_items(par: _Par, pi: int, pos: int, end: int) -> list[_Item]:
    """The titles written before the person mention ``pi`` (starting at ``pos``)."""
    rows = title_rows()
    out: list[_Item] = []
    pending: list[_Item] = []
    while True:
        picked = _pick_title(par, pos)
        if not picked:
            break
        t, inside = picked
        row = rows[t]
        tstart, canonical, inside = _compound(par, pos, t, inside)
        item = _Item(pi, par.text[tstart:pos], canonical, None, tstart, end, row.get("attach") == "country",
                     row.get("in"))
        if row.get("kind") != "academic":
            pending.append(item)
        if inside:
            org, start = inside
        else:
            p, item.modifier = _skip_left(par, tstart, row.get("kind", ""))
            found = par.org_ending(p)
            if found is None and p > 0 and par.folded[p - 1] == "兼":
                pos = p - 1  # 国务委员兼外长: both in what precedes
                continue
            org, start = found if found else (None, p)
        shared = org and par.entity_type(org) == "Country"  # 沙特王储兼首相; not 政治局委员兼国务院副总理
        for k, it in enumerate(pending):
            it.start = start
            it.org = org if shared or k == len(pending) - 1 else None
            if it.org and it.org.startswith("m:"):
                it.mention = int(it.org[2:])
        out += pending
        pending = []
        if start > 0 and par.folded[start - 1] == "、":
            pos = start - 1
            continue
        break
    return out + pending


def _seat(par: _Par, item: _Item) -> None:
    """A national title stated in a national organ belongs to the organ's country."""
    if not item.org:
        return
    gid = par.gaz_id(item.org)
    if gid in seats() and not item.national and seat_kinds().get(gid) == "party":
        if item.default_in in par.gaz.records:  # 中共政治局委员: the party organ the title names
            item.org = f"gaz:{item.default_in}"
        return  # 中共总书记: a post of the party
    if gid in seats():
        if not item.national or seat_kinds().get(gid) in NAMED_ORGANS:
            # 中国商务部发言人, 克里姆林宫发言人, 台湾外交部前部长: the organ's post, in its country
            organ = par.surface(item.org) or fold(par.gaz.records[gid].label("zh-Hans") or "")
            named = organ[_lead_country(par.gaz, organ):] + item.canonical
            item.canonical = title_canonical().get(named, named)
        item.org = f"gaz:{seats()[gid]}"
    elif item.national and item.org.startswith("m:") and par.surface(item.org).endswith(PARTY_END):
        item.org = None


def _lead_country(gaz: Gazetteer, name: str) -> int:
    """Length of the country name ``name`` begins with (中国商务部 → 2), 0 if none."""
    for n in range(len(name) - 1, 1, -1):
        ids = gaz.lookup(name[:n])
        if ids and gaz.records[ids[0]].type == "Country":
            return n
    return 0


def _record_org(gaz: Gazetteer, gid: str | None, title: str) -> str | None:
    if not gid or gid not in gaz.records:
        return None
    posts = [p for p in gaz.records[gid].extra.get("posts", ()) if p.get("in") in gaz.records]
    labels = [title_canonical().get(x, x) for x in (fold(p.get("post", {}).get("zh-Hans", "")) for p in posts)]
    order = sorted(range(len(posts)), key=lambda k: gaz.records[posts[k]["in"]].type != "Country")
    posts, labels = [posts[k] for k in order], [labels[k] for k in order]
    for exact in (True, False):  # an exact title first (主席 → 国家主席 only when nothing equals it)
        hits = [post["in"] for post, label in zip(posts, labels)
                if label and (label == title if exact else (label.endswith(title) or title.endswith(label)))]
        if len({h for h in hits if gaz.records[h].type == "Country"}) > 1:
            return None  # 女王 of the United Kingdom, Australia, Canada…: the text must say which
        if hits:
            return f"gaz:{hits[0]}"
    return None


def _coordinated(par: _Par, prev: tuple[int, str] | None, item: _Item) -> str | None:
    """The country of the previous post when ``item`` continues its list."""
    if not prev:
        return None
    prev_end, country = prev
    f = par.folded
    p = prev_end
    if p < len(f) and f[p] in "（(":
        close = min([x for x in (f.find("）", p), f.find(")", p)) if x >= 0] or [-1])
        if close < 0 or close - p > PAREN_MAX:
            return None
        p = close + 1
    return country if f[p:item.start] in COORDINATION else None


def _person_items(article: Article, par: _Par, pi: int, p) -> list[_Item]:
    """The titles of one person mention: before it, joined by 的 after 时任, or after it."""
    pos = _before_given_name(par, p.start)
    mine = _left_items(par, pi, pos, p.end)
    if not mine and pos > 0 and par.folded[pos - 1] in "的之":  # 时任美国总统的川普
        mine = _left_items(par, pi, pos - 1, p.end)
        if not any(it.modifier in TENSE or any(par.folded.endswith(w, 0, it.start) for w in TENSE) for it in mine):
            mine = []
    if not mine:
        inner = _title_inside(article, par, pi, p)  # the NER kept the title: 埃米尔塔米姆
        if inner:
            return inner
        t = _title_starting_at(par.folded, p.end)  # P T: 拜登总统
        if t and title_rows()[t].get("kind") != "academic":
            mine = [_Item(pi, par.text[p.end:p.end + len(t)], title_canonical().get(t, t), None, p.start,
                          p.end + len(t), title_rows()[t].get("attach") == "country")]
    return mine


def _title_inside(article: Article, par: _Par, pi: int, p) -> list[_Item]:
    """A person mention that begins with a title, or a country and a title (埃米尔塔米姆,
    英国女王伊丽莎白二世): the title, held by the mention of the article that is the
    rest of the name (塔米姆), else by this one."""
    folded = fold(p.text)
    lead = _lead_country(par.gaz, folded)
    t = _title_starting_at(folded, lead)
    if not t or len(folded) - lead - len(t) < 2 or title_rows()[t].get("kind") == "academic":
        return []
    rest = folded[lead + len(t):]
    other = [i for i, m in enumerate(article.mentions) if m.type == "Person" and fold(m.text) == rest]
    same = [i for i in other if article.mentions[i].paragraph == p.paragraph]
    holder = (same or other or [pi])[0]
    if not lead:
        return _left_items(par, holder, p.start + len(t), p.end)
    row = title_rows()[t]
    country = par.gaz.lookup(folded[:lead])[0]
    return [_Item(holder, p.text[lead:lead + len(t)], title_canonical().get(t, t), f"gaz:{country}", p.start, p.end,
                  row.get("attach") == "country", row.get("in"))]


def _paragraph_items(article: Article, par: _Par) -> list[_Item]:
    """Every title item of one paragraph, organisations resolved where the text states them."""
    items: list[_Item] = []
    prev: tuple[int, str] | None = None
    for pi, p in sorted(((i, m) for i, m in par.ms if m.type == "Person"), key=lambda x: x[1].start):
        mine = _person_items(article, par, pi, p)
        for it in mine:
            _seat(par, it)
            known = it.default_in or _record_org(par.gaz, article.mentions[it.person].gazetteer_id, it.canonical)
            if it.org is None and it.national and not known:  # 国务委员王毅 is China's whatever precedes
                it.org = _coordinated(par, prev, it)
        countries = [it.org for it in mine if it.org and par.entity_type(it.org) == "Country"]
        end = max([p.end] + [it.end for it in mine])
        if countries:
            prev = (end, countries[0])
        elif mine and _coordinated(par, prev, mine[0]):
            prev = (end, prev[1])  # 总统武契奇夫妇，对华合作国家委员会主席尼科利奇夫妇，议长布尔纳比奇
        elif mine:
            prev = None
        items += mine
    return items


def find_posts(article: Article, gaz: Gazetteer) -> list[PostFact]:
    """Every post statement of ``article``, in text order."""
    by_par: dict[int, list] = {}
    for i, m in enumerate(article.mentions):
        if m.paragraph >= 0 and m.source != "group":
            by_par.setdefault(m.paragraph, []).append((i, m))
    found: list[tuple[int, _Item]] = []
    for idx, ms in sorted(by_par.items()):
        par = _Par(article, idx, gaz, ms)
        found += [(idx, it) for it in _paragraph_items(article, par)]
    stated: dict[tuple[str, str], str] = {}
    for _, it in found:
        if it.org:
            stated.setdefault((_person_key(article, it.person), it.canonical), it.org)
    out = []
    for idx, it in found:
        org = it.org or stated.get((_person_key(article, it.person), it.canonical))
        if org is None:
            org = f"gaz:{it.default_in}" if it.default_in in gaz.records else None
        if org is None:
            org = _record_org(gaz, article.mentions[it.person].gazetteer_id, it.canonical)
        if org:
            out.append(PostFact(it.person, it.title, it.canonical, org, idx, it.start, it.end, it.mention))
    return out


def _person_key(article: Article, i: int) -> str:
    m = article.mentions[i]
    return m.gazetteer_id or fold(m.text)
