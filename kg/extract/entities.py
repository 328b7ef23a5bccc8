"""Entity mentions: gazetteer matches, NER spans and name patterns, per article.

``annotate(article)`` fills ``article.mentions`` with :class:`kg.model.Mention`
records in paragraph and offset order. The three sources:

1. gazetteer matches on folded text (linked, with a record id);
2. LAC NER spans (unlinked), filtered for noise: titles (习主席), fragments of
   a gazetteer name (斯坦), country-pair abbreviations (中俄), counts (五国),
   organisation spans without an organisation head;
3. patterns: ``名字（Latin Name）`` and a Latin acronym right after a Chinese
   name give an alias; ``A·B`` person names give the family name ``B`` as alias;
   an organisation that starts with a country name also answers to the rest.

Where a gazetteer match and an NER span overlap, the gazetteer wins, except
that an NER organisation name that strictly contains the match (美国巴克内尔大学
around 美国) is kept instead, and so is a person name that holds a place name
after its first character (李长春 around 长春).
"""
from __future__ import annotations

import bisect
import functools
import re

from kg.extract import rules
from kg.extract.gazetteer import Gazetteer, Record, default_gazetteer
from kg.extract.name_patterns import glossed_names, role_named_people
from kg.extract.ner import analyse_many
from kg.extract.spans import SpanIndex
from kg.extract.vocabulary import is_common_word, is_frequent_common_word, is_generic_noun, is_not_entity, starts_idiom
from kg.model import Article, Mention
from kg.text import fold, han_count

_LATIN_PAREN = re.compile(r"\s*[（(]\s*([A-Za-z][A-Za-z0-9.'’\- ]{1,60}?)\s*[)）]")
_LATIN_TAIL = re.compile(r"([A-Z][A-Za-z0-9]{1,9}|[A-Z]{2,}[0-9]*)(?![A-Za-z])")
_NAME_DOT = re.compile(r"[·‧•・]")
_TYPE_RANK = {"Outlet": 0, "Country": 1, "Person": 2, "Organization": 3, "Place": 4}


def _pick(gaz: Gazetteer, ids: list[str]) -> Record:
    return min((gaz.records[i] for i in ids), key=lambda r: (_TYPE_RANK.get(r.type, 9), r.id))


def _clean_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in rules.STRIP_CHARS:
        start += 1
    while end > start and text[end - 1] in rules.STRIP_CHARS:
        end -= 1
    return start, end


def _cuts_a_word(m: Mention, words: list[tuple[int, int]], starts: list[int] | None = None) -> bool:
    """True when a Chinese gazetteer match starts or ends inside an ordinary word
    of the segmentation (联合报 in 联合/报道, 中央社 in 中央/社会).

    ``words`` are the segmenter's ``(start, end)`` spans in text order (they do not
    overlap); ``starts`` their start offsets (``bisect`` index, built once per paragraph
    by the caller): the test is O(log n) per match, so a 2-million-character paragraph
    costs no more per match than a short one."""
    if not han_count(m.folded):
        return False
    if starts is None:
        starts = [w[0] for w in words]
    for pos in (m.start, m.end):
        i = bisect.bisect_right(starts, pos - 1) - 1   # the last word starting before pos
        if i >= 0 and words[i][0] < pos < words[i][1]:
            return True
    return False


def _without_part(folded: str, s: int, e: int, tag: str) -> int:
    """The end of an NER place span without a compass part after a name of two or more
    characters (顿涅茨克南部 → 顿涅茨克; ``rules.DIRECTION_PARTS``); ``e`` unchanged otherwise."""
    if tag != "LOC":
        return e
    part = rules.ends_with(folded[s:e], rules.DIRECTION_PARTS)
    return e - len(part) if part and e - len(part) - s >= 2 else e


def _repaired(folded: str, s: int, e: int, tag: str) -> tuple[int, int]:
    """An NER span's ``(start, end)`` with two boundary slips undone: a repeated one-character
    head (研究院院 of 研究院院长: ``rules.REPEATED_HEADS``) loses its second character, a place
    its route-section 段 (诺维萨德段: ``rules.ROUTE_SECTION``); a region
    name after 在上 / 于下 (在上比利牛斯省: ``rules.REGION_PREFIXES``) takes its 上 / 下, an
    organisation starting 华 after 对 its 对 (对华合作国家委员会: ``rules.TOWARDS_CHINA``)."""
    if e - s >= 3 and folded[e - 1] == folded[e - 2] and folded[e - 1] in rules.REPEATED_HEADS:
        e -= 1
    if tag == "LOC" and e - s >= 3 and folded[e - 1] == rules.ROUTE_SECTION:
        e -= 1
    if tag == "ORG" and s >= 1 and folded.startswith(rules.TOWARDS_CHINA, s - 1):
        s -= 1
    if tag == "LOC" and s >= 2 and folded[s - 1] in rules.REGION_PREFIXES and \
            folded[s - 2] in rules.REGION_PREFIX_AFTER and folded[s:e].endswith(rules.REGION_HEADS):
        s -= 1
    return s, e


# a multi-character head (委员会, 研究所; not 部, 会) after three or more characters that follow a
# known organisation closes a longer name of its own: APEC商业咨询委员会 is not APEC
OWN_NAME_MIN_TAIL = 3


def _own_organisation(folded: str, s: int, e: int, inside: list[Mention]) -> bool:
    """An NER organisation span ``[s, e)`` that starts with one gazetteer organisation (the only
    mention ``inside`` it) is an organisation of its own when what follows is at least
    ``OWN_NAME_MIN_TAIL`` characters ending in a multi-character organisation head, and does not
    start with a joining word (中国全国人大同中美洲议会, 鸿海及永龄基金会: two names)."""
    if len(inside) != 1 or inside[0].type == "Person" or inside[0].start != s:
        return False
    tail = folded[inside[0].end:e]
    if not tail or tail[0] in rules.CONJUNCTIONS or tail[0] in rules.ORG_NAME_STOP or tail.startswith(rules.GROUP_WORDS):
        return False   # 海合会国家大中小学: the bloc's member countries' schools, no name
    head = rules.ends_with(tail, rules.ORG_HEADS)
    return bool(head) and len(head) >= 2 and len(tail) >= OWN_NAME_MIN_TAIL and han_count(tail) == len(tail)


def _with_found_names(mentions: list[Mention], text: str, folded: str, pi: int,
                      tokens: list[tuple[int, int, str]]) -> list[Mention]:
    """``mentions`` plus the names of :mod:`kg.extract.name_patterns` (glossed organisations,
    Latin names after a role word); a glossed name replaces the mentions inside it (巴西 in
    巴西国家经济和社会发展银行). Sorted by offsets."""
    glossed = glossed_names(mentions, text, folded, pi, tokens) if tokens else []
    kept = [m for m in mentions if not any(g.start <= m.start and m.end <= g.end for g in glossed)]
    people = role_named_people(kept + glossed, text, folded, pi)
    return sorted(kept + glossed + people, key=lambda m: (m.start, m.end))


def _split_joined(folded: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """NER organisation spans split where a joining verb stands between two organisation names
    (水利部会同财政部 → 水利部, 财政部: ``rules.ORG_JOINERS``); other spans unchanged."""
    out = []
    for s, e, tag in spans:
        span = folded[s:e]
        cut = None
        if tag == "ORG":
            for j in rules.ORG_JOINERS:
                i = span.find(j, 2)
                right = span[i + len(j):] if i > 0 else ""
                if i > 0 and span[:i].endswith(rules.JOINED_LEFT_HEADS) and len(right) >= 2 \
                        and rules.ends_with(right, rules.ORG_HEADS):
                    cut = (i, i + len(j))
                    break
        if cut:
            out += [(s, s + cut[0], tag), (s + cut[1], e, tag)]
        else:
            out.append((s, e, tag))
    return out


def _zone_end(folded: str, s: int, e: int, tag: str) -> int:
    """The end of an NER place or organisation span with the zone head that follows it
    (横琴粤澳深度 + 合作区: ``rules.ZONE_HEADS``); ``e`` unchanged otherwise."""
    if tag not in ("LOC", "ORG") or rules.ends_with(folded[s:e], rules.ZONE_HEADS):
        return e
    head = next((h for h in sorted(rules.ZONE_HEADS, key=len, reverse=True) if folded.startswith(h, e)), None)
    return e + len(head) if head else e


def _no_name(folded: str, s: int, span: str, gaz: Gazetteer) -> bool:
    """The NER span names nothing of the ontology: a storm (台风“巴威”: after
    ``rules.STORM_WORDS``), a disease (新冠, 埃博拉: ``kg/data/patterns/not_entities.jsonl``), the
    start of an idiom that goes on after it (踔厉 of 踔厉奋发, 来龙 of 来龙去脉: :func:`starts_idiom`)
    a preposition and a common word (同乡村: ``rules.PREPOSITION_STARTS``) or a country and a bare
    party word (中国党: ``rules.PARTY_HEAD``)."""
    before = folded[max(0, s - 6):s].rstrip("“\"「『")
    if before.endswith(rules.STORM_WORDS) or is_not_entity(span):
        return True
    if starts_idiom(folded, s, s + len(span)):
        return True
    if span[0] in rules.PREPOSITION_STARTS and is_frequent_common_word(span[1:]):
        return True   # 同乡村: 同 + 乡村
    if len(span) >= 3 and span.endswith(rules.PARTY_HEAD):
        return any(gaz.records[i].type == "Country" for i in gaz.lookup(span[:-1]))
    return False


def _titled(folded: str, start: int) -> bool:
    """A post title (``titles.jsonl``) ends right before ``start``."""
    from kg.extract.patterns import titles

    return any(folded.endswith(t, 0, start) for t in titles())


def _after_title(m: Mention, folded: str) -> bool:
    """A gazetteer person right after a post title (外长久里奇: the segmenter reads 长久): the
    title says a name follows, so the match stands even where it cuts a word."""
    return m.type == "Person" and _titled(folded, m.start)


def _ner_type(span: str, tag: str) -> str | None:
    """Entity type of an NER span after filtering, or None to drop it."""
    if len(span) < 2 or not han_count(span):
        return None
    if tag == "PER":
        if rules.ends_with(span, rules.TITLE_WORDS) or "、" in span or any(c.isdigit() for c in span):
            return None
        if len(span) >= 4 and rules.ends_with(span, rules.VENUE_HEADS):
            return "Place"  # 阿卜杜勒阿齐兹国王国际会议中心: a venue, not a person
        if len(span) >= 3 and span.endswith(rules.VESSEL_HEAD):
            return "Organization"  # 伊丽莎白女王号: a ship, not a person
        return "Person"
    if tag == "nw":
        return "Outlet" if rules.ends_with(span, rules.OUTLET_HEADS) else None
    if rules.COUNT_PREFIX.match(span):
        return None
    if len(span) == 2 and span[0] in rules.COUNTRY_ABBREVIATIONS and (span[1] in rules.COUNTRY_ABBREVIATIONS or span[1] == "国"):
        return None  # a pair (中俄) or a one-character abbreviation (乌国)
    if tag == "ORG":
        if rules.ends_with(span, rules.OUTLET_HEADS):
            return "Outlet"
        return "Organization" if rules.ends_with(span, rules.ORG_HEADS) else None
    return "Place"


def _texts(article: Article) -> list[tuple[int, str, str]]:
    """``(paragraph index, text, folded text)`` of every paragraph, then the title (index -1)."""
    paras = [(i, p.text, fold(p.text)) for i, p in enumerate(article.paragraphs)]
    if article.title:
        paras.append((-1, article.title, fold(article.title)))
    return paras


def ner_texts(article: Article) -> list[str]:
    """The folded texts :func:`annotate` runs the statistical NER on: each paragraph and the
    title that holds a Han character (for :func:`kg.extract.ner.prefetch`)."""
    return [folded for _, text, folded in _texts(article) if han_count(text)]


def annotate(article: Article, gaz: Gazetteer | None = None, ner: bool = True) -> Article:
    """Find entity mentions in ``article`` and store them in ``article.mentions``.

    Returns the same article. Mentions are ordered by (paragraph, start).
    ``ner=False`` skips the statistical NER (gazetteer and patterns only).
    """
    gaz = gaz or default_gazetteer()
    mentions: list[Mention] = []
    paras = _texts(article)
    gaz_names: set[str] = set()
    context_places: set[str] = set()   # names the context shows to be places (安克雷奇)
    per_para = []
    for pi, text, folded in paras:
        found = []
        for s, e, ids in gaz.find(folded):
            rec = _pick(gaz, ids)
            found.append(Mention(text[s:e], folded[s:e], rec.type, pi, s, e, "gazetteer", rec.id))
            gaz_names.add(folded[s:e])
        per_para.append((pi, text, folded, found))
    tagged = dict(zip((pi for pi, text, _, _ in per_para if ner and han_count(text)),
                      analyse_many([folded for _, text, folded, _ in per_para if ner and han_count(text)])))
    for pi, text, folded, found in per_para:
        ner_mentions = []
        if pi in tagged:
            spans, words, tokens = tagged[pi]
            spans = _split_joined(folded, spans)
            starts = [w[0] for w in words]
            found = [m for m in found if not _cuts_a_word(m, words, starts) or _after_title(m, folded)]
            found_at, replaced = SpanIndex(found), set()   # gazetteer matches by span; those an NER name replaces
            for s, e, tag in spans:
                s, e = _clean_span(folded, s, e)
                if tag == "PER" and e - s >= 3 and folded[e - 1] in rules.CONJUNCTIONS:
                    e -= 1
                e = _without_part(folded, s, e, tag)
                s, e = _repaired(folded, s, e, tag)
                e = _zone_end(folded, s, e, tag)
                span = folded[s:e]
                typ = _ner_type(span, tag)
                if typ is not None and _no_name(folded, s, span, gaz):
                    continue
                if typ is None or (typ != "Person" and is_common_word(span)) or is_generic_noun(span):
                    continue  # 中部, 高速公路: an ordinary word the NER took for a name
                if any(span != g and span in g for g in gaz_names):
                    continue  # a fragment of a known name (斯坦 in 哈萨克斯坦)
                inside = [m for m in found_at.overlapping(s, e) if id(m) not in replaced]
                if inside and typ == "Person" and all(
                        s < m.start and m.end <= e and m.type in ("Place", "Country") for m in inside):
                    replaced |= {id(m) for m in inside}  # 长春 in 李长春, 唐山 in 陈唐山: a name
                    inside = []
                if inside:
                    contains_all = all(s <= m.start and m.end <= e for m in inside)
                    if not (typ in ("Organization", "Outlet") and contains_all and (e - s) > max(m.end - m.start for m in inside)):
                        continue
                    if any(m.type in ("Organization", "Outlet", "Person") for m in inside) and \
                            not _own_organisation(folded, s, e, inside):
                        continue
                    replaced |= {id(m) for m in inside}
                ner_mentions.append(Mention(text[s:e], span, typ, pi, s, e, "ner"))
            found = [m for m in found if id(m) not in replaced]
        para_mentions = sorted(found + ner_mentions, key=lambda m: (m.start, m.end))
        para_mentions = _with_found_names(para_mentions, text, folded, pi, tagged[pi][2] if pi in tagged else [])
        para_mentions = _titled_outlets(para_mentions, text, folded, pi, gaz)
        para_mentions = _hyphen_joined(para_mentions, text, folded, pi)
        para_mentions = _country_led_orgs(para_mentions, text, folded, pi)
        para_mentions = _missions(para_mentions, text, folded, pi)
        para_mentions = _venues(para_mentions, text, folded, pi)
        around = SpanIndex(para_mentions)
        placed = [_placed(m, folded, around) for m in para_mentions]
        context_places |= {m.folded for m, p in zip(para_mentions, placed) if p.type != m.type}
        para_mentions = placed
        _split_parents(para_mentions, text, folded, pi, gaz)
        _name_patterns(para_mentions, text, gaz)
        para_mentions[:] = _titled_people(para_mentions, text, folded, pi)
        mentions.extend(para_mentions)
    mentions = _one_type_per_name(mentions, context_places)
    mentions = _completed_names(mentions, paras)
    mentions += _named_again(article, mentions)
    mentions.sort(key=lambda m: (m.paragraph if m.paragraph >= 0 else -1, m.start, m.end))
    article.mentions = mentions
    return article


def _placed(m: Mention, folded: str, around: SpanIndex) -> Mention:
    """An NER person mention retyped ``Place`` when its name or context is a place's
    (``rules.PLACE_HEADS``, ``PLACE_BEFORE``, ``PLACE_AFTER``, 在 + ``PLACE_HOLD_AFTER``,
    right after a place name: 阿拉斯加州安克雷奇, not after a country: 美国拜登; listed with a
    place or in a list ending 等地/等方向: ``PLACE_LIST_END``). ``around``: the paragraph's
    mentions by span."""
    if m.source != "ner" or m.type != "Person" or _titled(folded, m.start):
        return m   # 州长德桑蒂斯、阿肯色州参议员…: a name right after a post title is a person's
    if any(o.type == "Place" and o.source != "group" for o in around.ending_at(m.start)):
        return _retyped(m, "Place")
    listed = any(o.type == "Place" and o.source != "group" and folded[o.end] in rules.LIST_JOINERS
                 for o in around.ending_at(m.start - 1)) or \
        any(o.type == "Place" and o.source != "group" and o.start == m.end + 1 and folded[m.end] in rules.LIST_JOINERS
            for o in around.starting_in(m.end + 1, m.end + 2))
    if listed or rules.PLACE_LIST_END.match(folded, m.end):
        return _retyped(m, "Place")
    start = m.start   # 在英国康沃尔举行, 抵达美国阿拉斯加州安克雷奇: look before the country or place named first
    while (prev := next((o for o in around.ending_at(start) if o.type in ("Country", "Place")), None)):
        start = prev.start
    before, after = folded[max(0, start - 2):start], folded[m.end:m.end + 6]
    word = next((w for w in rules.PLACE_AFTER if after.startswith(w)), None)
    placed = bool(rules.ends_with(m.folded, rules.PLACE_HEADS)) and len(m.folded) >= 3 \
        or before.endswith(rules.PLACE_BEFORE) \
        or (word is not None and not after[len(word):].startswith(rules.PLACE_AFTER_NOT)) \
        or (before.endswith("在") and after.startswith(rules.PLACE_HOLD_AFTER))
    return _retyped(m, "Place") if placed else m


def _retyped(m: Mention, typ: str) -> Mention:
    return Mention(m.text, m.folded, typ, m.paragraph, m.start, m.end, m.source, m.gazetteer_id,
                   aliases=list(m.aliases))


def _one_type_per_name(mentions: list[Mention], places: set[str]) -> list[Mention]:
    """An NER name the context shows to be a place somewhere in the article (``places``,
    from :func:`_placed`) is a place wherever the article names it (安克雷奇会谈 after
    在安克雷奇举行); the NER's own tags spread nothing."""
    return [_retyped(m, "Place") if m.source == "ner" and m.type == "Person" and m.folded in places else m
            for m in mentions]


def _alt(words) -> str:
    return "|".join(map(re.escape, sorted(set(words), key=len, reverse=True)))


_HEAD_TYPE = {**{h: "Organization" for h in rules.COUNTRY_ORG_HEADS},
              **{h: "Outlet" for h in rules.COUNTRY_OUTLET_HEADS},
              **{h: "Place" for h in rules.COUNTRY_VENUE_HEADS}}
_COUNTRY_ORG = re.compile("(?P<gap>[\u4e00-\u9fff]{2,8}?)(?P<head>" + _alt(_HEAD_TYPE) + ")")
_MISSION = re.compile("驻(?P<host>[\u4e00-\u9fff]{1,8}?)(?P<head>" + _alt(rules.MISSION_HEADS) + ")")
_VENUE_AFTER = re.compile("(?:" + _alt(rules.NAME_VENUE_HEADS) + ")")


def _country_led_orgs(mentions: list[Mention], text: str, folded: str, pi: int) -> list[Mention]:
    """A country name, then two to eight characters of a name and an organisation head
    (``rules.COUNTRY_ORG_HEADS``), with no other mention inside and none of
    ``rules.ORG_NAME_STOP`` (伊朗原子能组织, 伊朗总统办公室): an organisation the NER
    missed. The country mention stays (the organisation is the country's)."""
    out = list(mentions)
    starts = [o.start for o in mentions]   # mentions are sorted by start
    for m in mentions:
        if m.type != "Country" or m.source not in ("gazetteer", "ner"):
            continue
        hit = _COUNTRY_ORG.match(folded, m.end)
        if hit is None or any(c in rules.ORG_NAME_STOP for c in hit.group("gap")):
            continue
        end = hit.end()
        if _crossed(mentions, starts, m, end):
            continue   # another name inside or across: not one organisation's name
        out.append(Mention(text[m.start:end], folded[m.start:end], _HEAD_TYPE[hit.group("head")], pi, m.start,
                           end, "pattern"))
    return sorted(out, key=lambda x: (x.start, x.end))


# the longest mention a bisection looks back for when it tests what a span crosses, in characters
LONGEST_MENTION = 80


def _crossed(mentions: list[Mention], starts: list[int], m: Mention, end: int) -> bool:
    """Another mention than ``m`` overlaps ``[m.start, end)``; ``starts`` are the mentions'
    starts, sorted (a bisection: a long paragraph's mentions are not all scanned)."""
    lo = bisect.bisect_left(starts, m.start - LONGEST_MENTION)
    hi = bisect.bisect_left(starts, end)
    return any(o is not m and o.start < end and m.start < o.end for o in mentions[lo:hi])


def _missions(mentions: list[Mention], text: str, folded: str, pi: int) -> list[Mention]:
    """``X驻Y`` and a mission head (``rules.MISSION_HEADS``), X a country or an organisation, Y a
    country or a place or its abbreviation (非盟驻索马里特派团, 欧盟驻华代表团): an organisation,
    unless a mention already spans it."""
    out = list(mentions)
    for m in mentions:
        if m.type not in ("Country", "Organization") or m.source == "group":
            continue
        hit = _MISSION.match(folded, m.end)
        if hit is None or any(c in rules.ORG_NAME_STOP for c in hit.group("host")):
            continue
        end = hit.end()
        if any(o.start <= m.start and o.end >= end for o in mentions if o is not m):
            continue
        inside = [o for o in mentions if o is not m and o.start >= m.end and o.end <= end]
        if any(o.type not in ("Country", "Place") for o in inside):
            continue
        out.append(Mention(text[m.start:end], folded[m.start:end], "Organization", pi, m.start, end, "pattern"))
    return sorted(out, key=lambda x: (x.start, x.end))


def _venues(mentions: list[Mention], text: str, folded: str, pi: int) -> list[Mention]:
    """An NER name right before a venue head (``rules.NAME_VENUE_HEADS``: 乔治大厅, 尼古拉·特斯拉
    国际机场) is the venue: one Place mention over name and head, instead of the name."""
    out: list[Mention] = []
    for m in mentions:
        hit = _VENUE_AFTER.match(folded, m.end) if m.source == "ner" else None
        if hit is None or any(o is not m and o.start < hit.end() and o.end > m.end for o in mentions):
            out.append(m)
            continue
        end = hit.end()
        out.append(Mention(text[m.start:end], folded[m.start:end], "Place", pi, m.start, end, "pattern"))
    return out


# a hyphen joins the parts of one transliterated name (奥孔乔-伊韦阿拉, Okonjo-Iweala); the NER
# cuts there and tags each part a person (nbw_2021-06-16-_17_4e947fbebb; 亨尼斯-普拉斯哈特 and
# 阿卜杜勒-穆拉 in other articles of the bench corpus)
NAME_HYPHENS = "-－‐‑–"


def _hyphen_joined(mentions: list[Mention], text: str, folded: str, pi: int) -> list[Mention]:
    """Person mentions written ``A-B`` (one hyphen between them, no space) as one person
    mention spanning both; unlinked (NER or pattern) parts only."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.type == m.type == "Person" and m.start == prev.end + 1 \
                and text[prev.end] in NAME_HYPHENS and not (prev.gazetteer_id or m.gazetteer_id):
            out[-1] = Mention(text[prev.start:m.end], folded[prev.start:m.end], "Person", pi, prev.start, m.end,
                              prev.source)
            continue
        out.append(m)
    return out


def _completed_names(mentions: list[Mention], paras: list[tuple[int, str, str]]) -> list[Mention]:
    """An NER span that is the end of a longer name of the same type in the same article, with
    the name's first characters right before it, is that name: the NER cut it (副首相法赫德 read
    as 法 + 赫德 where the article writes 法赫德表示 elsewhere; 西南部上比利牛斯省 where it writes
    在上比利牛斯省). ``paras`` are the ``(paragraph index, text, folded text)`` of the article.
    Returns the mentions, repaired."""
    names: dict[str, list[str]] = {}
    for m in mentions:
        if han_count(m.folded) >= 3 and m.folded not in names.setdefault(m.type, []):
            names[m.type].append(m.folded)
    for typ in names:
        names[typ].sort(key=len, reverse=True)
    folded_of = {pi: (text, folded) for pi, text, folded in paras}
    ends = {(m.paragraph, m.end) for m in mentions}
    out = []
    for m in mentions:
        if m.source == "ner" and m.type in names and m.paragraph in folded_of:
            text, folded = folded_of[m.paragraph]
            full = next((n for n in names[m.type] if len(n) > len(m.folded) and n.endswith(m.folded)
                         and folded.startswith(n, m.end - len(n))), None)
            s = m.end - len(full) if full else m.start
            if full and not any((m.paragraph, e) in ends for e in range(s + 1, m.start + 1)):
                m = Mention(text[s:m.end], full, m.type, m.paragraph, s, m.end, "ner", aliases=list(m.aliases))
        out.append(m)
    return out


def _named_again(article: Article, mentions: list[Mention]) -> list[Mention]:
    """A person's name found once (by the NER, the gazetteer or after a title: 发言人高峰今天表示)
    names the same person where the article writes it again, untagged, before what they do
    or say (高峰今天在…表示)."""
    names = {m.text for m in mentions if m.type == "Person" and m.source in ("pattern", "ner", "gazetteer")
             and han_count(m.text) >= 2 and len(m.text) <= 4}
    if not names:
        return []
    regex = re.compile("(?:" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + f")(?={_AFTER_NAME})")
    out = []
    by_par: dict[int, list[tuple[int, int]]] = {}
    for x in mentions:
        by_par.setdefault(x.paragraph, []).append((x.start, x.end))
    for pi, para in enumerate(article.paragraphs):
        taken = sorted(by_par.get(pi, []))
        starts = [t[0] for t in taken]
        for m in regex.finditer(para.text):
            near = taken[bisect.bisect_left(starts, m.start() - LONGEST_MENTION):bisect.bisect_left(starts, m.end())]
            if not any(s < m.end() and m.start() < e for s, e in near):
                out.append(Mention(m.group(0), fold(m.group(0)), "Person", pi, m.start(), m.end(), "pattern"))
    return out


_TITLE = re.compile(r"《([^《》]{2,20})》")
# a name the NER missed between a post title and what the person does (商务部发言人高峰今天表示,
# 外交部发言人汪文斌在…): two or three Han characters none of which starts a time or function word
_AFTER_NAME = "今天|昨天|当天|表示|说|指出|强调|回应|透露|称|介绍|在|于|\\d"
_NOT_IN_NAME = set("今昨周星日月年当也还则已将曾对向在于说表称就据和与同及等")
# a quoted name with an outlet head after it: 「吉爾吉斯斯坦24小時」新聞網, “回声”广播电台, “政客”新闻网
_QUOTED_OUTLET = re.compile(r"[「“『\"]([^「」“”『』\"]{2,16})[」”』\"](新闻网|电视台|广播电台|电台|通讯社|新闻社|广播公司|新闻台|新闻频道|频道)")


def _titled_outlets(mentions: list[Mention], text: str, folded: str, pi: int, gaz: Gazetteer) -> list[Mention]:
    """A title in 《》 that ends in an outlet head (《伊斯兰堡邮报》, 《华尔街日报》) or a quoted name
    before an outlet head (「吉爾吉斯斯坦24小時」新聞網, “回声”广播电台) names a newspaper or
    broadcaster: an Outlet mention (quote marks left out of its name), replacing what the
    NER made of it; a title right after a country name is linked to the masthead the two
    make together (德国《商报》 → 德国商报, Handelsblatt)."""
    spans = [(t.start(1), t.end(1), None) for t in _TITLE.finditer(folded)
             if rules.ends_with(folded[t.start(1):t.end(1)], rules.OUTLET_HEADS)]
    spans += [(t.start(), t.end(), text[t.start(1):t.end(1)]) for t in _QUOTED_OUTLET.finditer(folded)]
    index = SpanIndex(mentions)
    removed: set[int] = set()   # id() of the mentions an outlet name replaced
    added: list[Mention] = []
    for start, end, quoted in spans:
        key = "".join(c for c in folded[start:end] if c not in "「」“”『』\"")
        inside = [m for m in index.within(start, end) if id(m) not in removed] + \
            [m for m in added if start <= m.start and m.end <= end]
        surface = "".join(c for c in text[start:end] if c not in "「」“”『』\"")
        known = [i for i in gaz.lookup(surface) if gaz.records[i].type == "Outlet"]
        country = next((m for m in index.ending_at(start - 1) if m.type == "Country"), None)
        if not known and quoted is None and country is not None:   # 德国《商报》: the masthead 德国商报
            known = [i for i in gaz.lookup(country.text + surface) if gaz.records[i].type == "Outlet"]
        if any(m.type == "Outlet" and (m.start, m.end) == (start, end) and (m.gazetteer_id or not known)
               for m in inside):
            continue
        removed |= {id(m) for m in inside}
        added = [m for m in added if id(m) not in removed]
        added.append(Mention(surface, key, "Outlet", pi, start, end, "pattern", known[0] if known else None,
                             aliases=[quoted] if quoted else []))  # 「24NewsHD」新闻网 is also 24NewsHD
    mentions = [m for m in mentions if id(m) not in removed] + added
    return sorted(mentions, key=lambda m: (m.start, m.end))


@functools.lru_cache(maxsize=1)
def _titled_name_regex() -> re.Pattern:
    from kg.extract.patterns import titles

    alts = "|".join(map(re.escape, titles()))
    return re.compile(f"(?:{alts})(?P<name>[\\u4e00-\\u9fff]{{2,3}}?)(?={_AFTER_NAME})")


def _titled_people(mentions: list[Mention], text: str, folded: str, pi: int) -> list[Mention]:
    """A person the NER missed, named right after a post title and before what they do or
    say (发言人高峰今天表示): a Person mention of the name, where no other mention is."""
    out = list(mentions)
    index = SpanIndex(mentions)
    for m in _titled_name_regex().finditer(folded):
        s, e = m.span("name")
        name = folded[s:e]
        if any(c in _NOT_IN_NAME for c in name) or index.overlapping(s, e) or \
                any(o.start < e and s < o.end for o in out[len(mentions):]):
            continue
        out.append(Mention(text[s:e], name, "Person", pi, s, e, "pattern"))
    return sorted(out, key=lambda m: (m.start, m.end))


def _split_parents(mentions: list[Mention], text: str, folded: str, pi: int, gaz: Gazetteer) -> None:
    """Add the parent organisation named at the start of a longer organisation name.

    ``华东师范大学中亚研究中心`` → parent ``华东师范大学`` (a mention of its own)
    and alias ``中亚研究中心`` for the whole; ``美国巴克内尔大学`` → alias
    ``巴克内尔大学`` (the name without the leading country).
    """
    extra = []
    for m in mentions:
        if m.source != "ner" or m.type not in ("Organization", "Outlet"):
            continue
        name = m.folded
        for head in rules.PARENT_HEADS:
            k = name.find(head)
            if 0 < k and k + len(head) < len(name) - 1:
                cut = k + len(head)
                if cut >= 3:
                    extra.append(Mention(text[m.start:m.start + cut], name[:cut], "Organization", pi,
                                         m.start, m.start + cut, "pattern"))
                    rest = name[cut:]
                    if len(rest) >= 3:
                        m.aliases.append(text[m.start + cut:m.end])
                break
        lead = gaz.find(name[:12])
        if lead and lead[0][0] == 0:
            rec = gaz.records[lead[0][2][0]]
            rest = name[lead[0][1]:]
            rest_starts_with_place = any(s0 == 0 for s0, _e, _i in gaz.find(rest))
            if (rec.type == "Country" and len(rest) >= 3 and not rest_starts_with_place
                    and rules.ends_with(rest, rules.ORG_HEADS + rules.OUTLET_HEADS)):
                m.aliases.append(text[m.start + lead[0][1]:m.end])
    mentions.extend(extra)
    mentions.sort(key=lambda x: (x.start, x.end))


def _name_patterns(mentions: list[Mention], text: str, gaz: Gazetteer) -> None:
    """Aliases from the text around each mention (see module docstring)."""
    for m in mentions:
        if m.source == "gazetteer" and m.type != "Person":
            pass
        p = _LATIN_PAREN.match(text, m.end)
        if p and han_count(m.text) and m.type == "Person" or (p and han_count(m.text) and m.source != "gazetteer"):
            m.aliases.append(p.group(1).strip())
        elif han_count(m.text) and m.type in ("Organization", "Outlet"):
            t = _LATIN_TAIL.match(text, m.end)
            if t:
                m.aliases.append(t.group(1))
        if m.type == "Person" and _NAME_DOT.search(m.text):
            tail = _NAME_DOT.split(m.text)[-1]
            if len(tail) >= 2:
                m.aliases.append(tail)
        if m.gazetteer_id is None:
            for alias in m.aliases:
                ids = gaz.lookup(alias)
                if ids:
                    rec = _pick(gaz, ids)
                    if rec.type == m.type or {rec.type, m.type} <= {"Organization", "Outlet"} or {rec.type, m.type} <= {"Place", "Country"}:
                        m.gazetteer_id = rec.id
                        m.type = rec.type
                        break
