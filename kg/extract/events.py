"""Event mentions: a head word (峰会, 会晤, 访问… from ``event_heads.jsonl``)
with the name, participants, places and date its clause or sentence gives.

For each head occurrence outside an entity name:

- the **name** is read leftwards from the head over name units: entity
  mentions (中国, 中亚, 七国集团, 广岛), Latin tokens (G7, C5+1), ordinals
  (第二届, 首届), a year, connectors (—, -, 与) and qualifiers (元首级别, 年度);
  a head with such units is a ``named`` mention (第二屆中國—中亞峰會, G7峰会);
- a head after a determiner (本届, 此次, 这次, 该) is ``definite``: it refers
  back to an event of the article;
- a head with two or more participants in its clause (习近平与托卡耶夫会晤), a
  visit with a destination, or a summit held (举行/召开) by a named party at a
  named place is a ``predicate`` mention: an event told, not named;
- any other head is ``weak``: a bare back-reference (峰会期间) that only links.

Participants are the people, countries and organisations of the head's clause
(speakers such as "X说" excluded); group expressions come expanded
(:mod:`kg.extract.groups`); countries and organisations inside a name take
part too, regions in a name stand for their members. Places follow a locative
marker (在, 于, 赴, 抵达, 齐聚, 访问; 由X主办). The date is the first date of the
clause, else the nearest date before the head in its sentence, else a
bracketed date later in the sentence; a head followed by 前/之前/以来/后 is a
reference in time (``temporal``) and takes no date or participants.
All offsets are paragraph-text character offsets.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace

from kg.extract.agreements import numeric_groups
from kg.extract.dates import DateMention, find_dates
from kg.extract.gazetteer import Gazetteer
from kg.extract.event_schema import Schema, load_schema
from kg.extract.patterns import day_of, group_members
from kg.extract.roles import EVENT, arguments_of, encode, match_roles, overlapping, slot_text, tokens_of
from kg.extract.sentences import clauses, sentences, span_containing
from kg.model import Article
from kg.text import fold, fold_name

_ORDINAL = re.compile(r"(?:第(?P<n>[一二三四五六七八九十]{1,3}|\d{1,3})[届次]|(?P<first>首届|首次))$")
_YEAR = re.compile(r"\d{4}年$")
_LATIN = re.compile(r"[A-Za-z0-9][A-Za-z0-9+]*$")
_CONNECTORS = "—-－–~与和同·、"
_ANNIVERSARY = re.compile(r"(?:建交|成立|诞生|签署|缔结)?\d{1,3}周年$")
_QUOTED_NAME_CHARS = 30  # the longest quoted title read as an event's name (“…”圆桌会)
_QUOTES = "“”「」‘’\"'『』"
_ATTEND = re.compile(r"(?:出席|主持|参加|列席|与会)了?$")  # 主持会晤: the head names an event told before
_LEADERS = ("领导人", "元首", "首脑")
_TEMPORAL_AFTER = re.compile(r"^(?:开始|开幕|召开|举行|结束)?(?:之前|以前|前夕|前|以来|之后|后)")
_SPEAKER_AFTER = re.compile(r"^(?:还|也|则|就)?(?:说|称|表示|指出|认为|告诉|透露|强调|报道|报导|综合报|援引|引述|介绍|编译)")
_HOLD_GAP = 6  # characters between a hold verb and the trigger (举行隆重欢迎仪式): modifiers of the event noun
_DURING = re.compile(r"(?:期间|间隙|之际)[，,]?")  # 峰会期间，习近平会见…: within the event named before
_INVITATION = re.compile(r"应[^，。；]{1,40}?邀请")  # 应萨勒曼国王邀请: the host, not the visitor
_SIMULTANEOUS = re.compile(r"与此同时|同时|同一天|同日")
_CN_NUM = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_PARTY_TYPES = ("Person", "Country", "Organization")


def _ordinal(n: str | None, first: str | None) -> int | None:
    if first:
        return 1
    if not n:
        return None
    if n.isdigit():
        return int(n)
    if "十" in n:
        tens, _, ones = n.partition("十")
        return (_CN_NUM.get(tens, 1) if tens else 1) * 10 + (_CN_NUM.get(ones, 0) if ones else 0)
    return _CN_NUM.get(n)


@dataclass
class EventMention:
    """One event mention in one paragraph.

    Attributes:
        kind: ``named``, ``definite``, ``predicate`` or ``weak``.
        type: class name from the head (``Summit``, ``Meeting``, ``Visit``…).
        head: the head word (simplified).
        label: the name as written (named), or composed from the participants.
        units: name units: gazetteer ids / folded names of the entities in the
            name, and Latin tokens (``C5+1``), sorted.
        place_units: the subset of ``units`` that are places (广岛 in 广岛峰会).
        ordinal: 2 for 第二届, 1 for 首届/首次, else None.
        paragraph, start, end: span of the name (or head) in the paragraph.
        sentence: span of its sentence.
        participants, locations: mention indexes into ``Article.mentions``.
        group_counts: numbers of a bare numeric group in the clause (六国元首 → 6).
        date: its date mention, or None.
        next_day, simultaneous: the sentence dates it by 次日/翌日 or 同时
            relative to another event (resolved by the caller).
        temporal: the head is a reference in time (峰会前, 西安峰会以来).
        during: undated, and its sentence places it within an event told
            before it (峰会期间，…会见; resolved by the caller).
    """

    kind: str
    type: str
    head: str
    label: str
    units: tuple[str, ...]
    place_units: tuple[str, ...]
    ordinal: int | None
    paragraph: int
    start: int
    end: int
    sentence: tuple[int, int]
    participants: list[int] = field(default_factory=list)
    locations: list[int] = field(default_factory=list)
    group_counts: list[int] = field(default_factory=list)
    date: DateMention | None = None
    next_day: bool = False
    simultaneous: bool = False
    temporal: bool = False
    during: bool = False
    arguments: list = field(default_factory=list)  # kg.extract.roles.Argument, from the role patterns


def _is_summit_name(article, units, quals, members) -> bool:
    """A leaders' meeting of a bloc or of many countries is a summit
    (金砖国家领导人第十六次会晤, 中国—中亚元首会晤); a bilateral one (中俄元首会晤) is not."""
    if not any(q in _LEADERS for q in quals):
        return False
    ms = [article.mentions[i] for i in units]
    return any(m.type == "Organization" or m.gazetteer_id in members for m in ms) or \
        sum(m.type == "Country" for m in ms) >= 3


def _unit_key(m) -> str:
    return m.gazetteer_id or fold(m.text)


@dataclass
class _Para:
    """Per-paragraph indexes shared by the readers of one paragraph's mentions."""

    p: int
    text: str
    folded: str
    idx: list
    ending: dict
    starting: dict
    covered: list
    dates: list
    sents: list
    tokens: list
    triggers: list = field(default_factory=list)  # (start, end) of every trigger of the paragraph
    starts: list = field(default_factory=list)    # start offset of each mention of idx, same order
    date_starts: list = field(default_factory=list)  # start offset of each date of dates, same order

    def between(self, article, a: int, b: int) -> list[int]:
        """The mentions of ``idx`` starting in ``[a, b)``, by bisection (idx is sorted by start)."""
        if len(self.starts) != len(self.idx):
            self.starts = [article.mentions[i].start for i in self.idx]
        return self.idx[bisect.bisect_left(self.starts, a):bisect.bisect_left(self.starts, b)]


def _paragraph_index(article: Article, p: int, ids: list[int], ref, schema: Schema | None = None) -> _Para:
    schema = schema or load_schema()
    para = article.paragraphs[p]
    text = para.text
    folded = fold(text)
    idx = sorted(ids, key=lambda i: (article.mentions[i].start, -article.mentions[i].end))
    named_ms = [i for i in idx if article.mentions[i].source != "group" or article.mentions[i].pair]
    covered = [False] * len(text)
    ending: dict[int, int] = {}
    starting: dict[int, int] = {}
    for i in named_ms:
        m = article.mentions[i]
        for k in range(m.start, m.end):
            covered[k] = True
        if m.end not in ending or article.mentions[ending[m.end]].start > m.start:
            ending[m.end] = i
        if m.start not in starting or article.mentions[starting[m.start]].end < m.end:
            starting[m.start] = i
    return _Para(p, text, folded, idx, ending, starting, covered, _anchored(article, p, find_dates(text, ref), ref),
                 sentences(text), tokens_of(article, idx, folded, schema.title_regex, paragraph=p))


# how many paragraphs back 当天 looks for the day it refers to, within its item. Measured on the gold
# files: 2 leaves 拜登当天…举行了三边会谈 (the 12th, named five paragraphs before) on the publication day
# (dev-june2021 signedAt 0.5); 5 and 10 give the same figures (0.667), the others do not move.
ANAPHORA_PARAGRAPHS = 5


def _anchored(article: Article, p: int, dates: list, ref) -> list:
    """当天 with no day named before it in its paragraph takes the last day named in the
    ANAPHORA_PARAGRAPHS before it, within its bulletin item (12日…。拜登当天…: the 12th); with
    none it stays the publication day."""
    if not any(d.relative == "anaphoric-open" for d in dates):
        return dates
    item = getattr(article.paragraphs[p], "item", 0)
    day = None
    for q in range(p - 1, max(-1, p - ANAPHORA_PARAGRAPHS - 1), -1):
        para = article.paragraphs[q]
        if getattr(para, "item", 0) != item or para.kind == "heading":
            break
        days = [d for d in find_dates(para.text, ref) if d.precision == "day" and d.begin is not None
                and d.begin == d.until and d.relative in (None, "ref", "anaphoric")]
        if days:
            day = days[-1].begin
            break
    if day is None:
        return dates
    return [replace(d, begin=day, until=day, relative="anaphoric") if d.relative == "anaphoric-open" else d
            for d in dates]


def _triggers(schema: Schema, px: _Para):
    """``(start, end, trigger, type name)`` of every trigger outside an entity name,
    leftmost-longest, in text order."""
    pos, folded = 0, px.folded
    while True:
        m = schema.trigger_regex.search(folded, pos)
        if m is None:
            return
        if px.covered[m.start()]:
            pos = m.start() + 1
            continue
        pos = m.end()
        head = m.group(0)
        etype = schema.types[schema.trigger_type[head]]
        if etype.not_before and folded[m.end():m.end() + 1] in etype.not_before:
            continue  # 访问学者: not a visit
        if any(folded.startswith(w, m.end()) for w in schema.not_event_before):
            continue  # 中国－中亚元首会晤机制: an institution, not an event
        yield m.start(), m.end(), head, etype.name


def find_events(article: Article, gaz: Gazetteer, ref=None, schema: Schema | None = None) -> list[EventMention]:
    """Every event mention of ``article``, in text order.

    Args:
        article: an article whose ``mentions`` are annotated (entities and groups).
        gaz: the gazetteer (record kinds tell regions from cities).
        ref: the reference date for relative dates (default: publication date).
        schema: the event schema (default: :func:`kg.extract.event_schema.load_schema`).
    """
    ref = ref if ref is not None else article.published
    schema = schema or load_schema()
    out: list[EventMention] = []
    by_par: dict[int, list[int]] = {}
    for i, m in enumerate(article.mentions):
        if m.paragraph >= 0:
            by_par.setdefault(m.paragraph, []).append(i)
    for p, para in enumerate(article.paragraphs):
        px = _paragraph_index(article, p, by_par.get(p, []), ref, schema)
        found = list(_triggers(schema, px))
        px.triggers = sorted((s, e) for s, e, _, _ in found)
        for hs, he, head, typ in found:
            out.append(_read_mention(article, gaz, schema, px, hs, he, head, typ))
    _drop_shared_parties(article, out)
    return out


def _read_name(article, px: _Para, clause, hs: int, unit_types, name_words=()) -> dict:
    """Read an event name leftwards from the head at ``hs``: name units (mentions of
    ``unit_types``; both countries of a pair form), Latin tokens, ordinal, year,
    qualifiers, the family's descriptive name words (国际, 经济…), an anniversary
    (建交30周年), a quoted title right before them, and connectors."""
    folded = px.folded
    units, latin, quals, words = [], [], [], []
    quoted = False
    words_start = hs
    ordinal = None
    q = name_start = hs
    while q > clause[0]:
        c = folded[q - 1]
        if c in "”」』\"" and (q == hs or units or words) and not quoted:
            o = max(folded.rfind(x, clause[0], q - 1) for x in "“「『\"")
            inner = folded[o + 1:q - 1] if o >= 0 else ""
            if o >= 0 and q - o <= _QUOTED_NAME_CHARS and fold_name(inner) and not _LATIN.fullmatch(inner) \
                    and sum("\u4e00" <= ch <= "\u9fff" for ch in inner) >= 4:  # “中国式现代化与世界新机遇”中俄媒体圆桌会
                quoted = True
                q = name_start = o
                continue
        if c in _QUOTES:
            q -= 1
            continue
        if c in "）)" and q == hs:  # 二十国集团（G20）峰会: an aside between a name unit and the head
            o = max(folded.rfind("（", clause[0], q), folded.rfind("(", clause[0], q))
            if o >= 0 and q - o <= 14 and o in px.ending and article.mentions[px.ending[o]].type in unit_types:
                q = o
                continue
        if q in px.ending and (article.mentions[px.ending[q]].type in unit_types or article.mentions[px.ending[q]].pair):
            m0 = article.mentions[px.ending[q]]  # a pair form names any event (中法元首会晤, 美英澳三边会谈)
            units += [i for i in px.idx if article.mentions[i].pair and article.mentions[i].start == m0.start
                      and article.mentions[i].end == m0.end] if m0.pair else [px.ending[q]]
            q = name_start = m0.start
            continue
        ann = _ANNIVERSARY.search(folded[max(clause[0], q - 8):q])
        if ann and (units or words or q == hs):
            words.append(ann.group(0))
            q = name_start = q - len(ann.group(0))
            continue
        word = next((w for w in name_words if folded[max(0, q - len(w)):q] == w), None)
        if word:
            words.append(word)
            q -= len(word)
            if not (units or latin or quoted):
                words_start = q  # 例行记者会: the words name the kind of event even with no name unit
            continue
        lat = _LATIN.search(folded[max(clause[0], q - 12):q])
        if lat and not lat.group(0).isdigit():
            latin.append(lat.group(0))
            q = name_start = q - len(lat.group(0))
            continue
        o = _ORDINAL.search(folded[max(clause[0], q - 5):q])
        if o:
            ordinal = _ordinal(o.group("n"), o.group("first"))
            q = name_start = q - len(o.group(0))
            continue
        y = _YEAR.search(folded[max(clause[0], q - 5):q])
        if y and (units or latin):
            q = name_start = q - len(y.group(0))
            continue
        qual = next((w for w in load_schema().name_qualifiers if folded[max(0, q - len(w)):q] == w), None)
        if qual:
            quals.append(qual)
            q -= len(qual)
            continue
        if c in _CONNECTORS and (q - 1) in px.ending and article.mentions[px.ending[q - 1]].type != "Person":
            if c in "和与、" and units and article.mentions[units[-1]].type == "Organization" \
                    and article.mentions[px.ending[q - 1]].type == "Organization":
                break  # G7和北约会议: two blocs' meetings, not one
            q -= 1
            continue
        break
    return {"units": units, "latin": latin, "quals": quals, "ordinal": ordinal, "start": name_start,
            "quoted": quoted, "words_start": words_start}


def _clause_parties(article, gaz, px: _Para, clause, sent, start, he, hs, places, named_or_definite, fam) -> list:
    """Participants of the head's clause (speakers excluded), and of the sentence's
    first clause when the head's clause names only the other side (a family flag)."""
    folded = px.folded
    parties = []
    for i in px.between(article, clause[0], clause[1]):
        m = article.mentions[i]
        if not (clause[0] <= m.start < clause[1]) or start <= m.start < he or m.type not in _PARTY_TYPES:
            continue
        if named_or_definite and m.start >= start:
            continue  # what follows a name is not its subject
        if _SPEAKER_AFTER.match(folded[m.end:m.end + 4]) or (i in places and (m.type != "Country" or fam.sided)):
            continue
        parties.append(i)
    if fam.subject_from_first_clause and clause[0] > sent[0]:
        partner_only = not parties or article.mentions[parties[0]].start > hs or re.search(
            r"(?:与|同|和|跟|对)$", folded[max(clause[0], article.mentions[parties[0]].start - 2):
                                        article.mentions[parties[0]].start])
        if partner_only:
            first = clauses(px.text, *sent)[0]
            places += [j for j in _places(article, px.between(article, *first), px.starting, folded, first, gaz)
                       if j not in places]
            parties += [i for i in px.between(article, first[0], first[1])
                        if article.mentions[i].type in _PARTY_TYPES and i not in parties
                        and not _SPEAKER_AFTER.match(folded[article.mentions[i].end:article.mentions[i].end + 4])]
    # a clause naming who attends (参会的国家有…) joins the event before it
    for c0, c1 in clauses(px.text, *sent):
        if c0 > clause[0] and re.match(r"(?:参会|与会|出席|参加)", folded[c0:c0 + 2]):
            parties += [i for i in px.between(article, c0, c1)
                        if article.mentions[i].type in _PARTY_TYPES and i not in parties]
    # a company named in the clause (解决空客-波音争端…与拜登举行峰会) is what is talked about, not a side
    return [i for i in parties if not _is_company(article, gaz, i)]


def _is_company(article, gaz, i: int) -> bool:
    gid = article.mentions[i].gazetteer_id
    return bool(gid and gaz is not None and gaz.records[gid].extra.get("kind") == "company")


def _told(fam, parties, counts, places, inbound, held, has_org, n_args=0) -> bool:
    """Whether an unnamed mention tells an event: any alternative of the family's
    ``told_when`` whose every requirement holds."""
    facts = {"parties": len(parties), "counts": bool(counts), "place": bool(places), "inbound": bool(inbound),
             "held": held, "org": has_org, "roles": n_args}
    for alt in fam.told_when:
        if all((facts[k] >= v) if k in ("parties", "roles") else (facts[k] == bool(v)) for k, v in alt.items()):
            return True
    return False


def _negated(schema: Schema, folded: str, m_end: int, hs: int) -> bool:
    """A negation cue before a verb of taking part, between a party and its trigger
    (特朗普表示不会参加…典礼): the party does not take part."""
    seg = folded[m_end:hs]
    for cue in schema.negation_cues:
        k = seg.find(cue)
        while k >= 0:
            rest = seg[k + len(cue):]
            if rest == "" or any(rest.startswith(v) for v in schema.negation_verbs):
                return True
            k = seg.find(cue, k + 1)
    return False


def _roles(article, schema: Schema, fam, px: _Para, sent, hs: int, he: int, typ: str):
    """The arguments the family's role patterns give the trigger at ``hs``, and the
    label template's slot texts (or None)."""
    if not fam.roles:
        return [], None, None
    toks = [t for t in overlapping(px.tokens, *sent) if not (t[0] < he and t[1] > hs)]
    others = [(s, e, EVENT, ()) for s, e in overlapping(px.triggers, *sent) if (s, e) != (hs, he)
              and not any(t[0] < e and s < t[1] for t in toks)]
    toks = sorted(toks + others + [(hs, he, "\ue000", ())])
    enc = encode(px.folded, sent, toks)
    found = match_roles(fam.roles, enc, typ)
    if not found:
        return [], None, None
    args = arguments_of(found, enc, article)
    args = [a for a in args if not _negated(schema, px.folded, article.mentions[a.mention].end, hs)]
    # 他与普京会谈: a pronoun never stands for a party named in its own clause with another role
    named_here = {article.mentions[a.mention].folded for a in args if article.mentions[a.mention].paragraph == px.p
                  and a.start <= article.mentions[a.mention].start < a.end}
    args = [a for a in args if a.start <= article.mentions[a.mention].start < a.end
            and article.mentions[a.mention].paragraph == px.p
            or article.mentions[a.mention].folded not in named_here]
    pat, m = next(((p, m) for p, m in found if p.label), found[0])
    return args, pat, slot_text(pat, m, enc, px.text, article)


def _read_mention(article, gaz, schema: Schema, px: _Para, hs: int, he: int, head: str, typ: str) -> EventMention:
    """One event mention at the trigger ``[hs, he)`` of paragraph ``px``."""
    members = group_members(day_of(article.published))
    fam = schema.family_of(typ)
    text, folded = px.text, px.folded
    sent = span_containing(px.sents, hs) or (0, len(text))
    clause = span_containing(clauses(text, *sent), hs) or sent
    nm = _read_name(article, px, clause, hs, fam.name_units, fam.name_words)
    units, latin, quals = nm["units"], nm["latin"], nm["quals"]
    named = bool(units or latin or nm["quoted"])
    leaders = schema.types[typ].leaders_meeting_is
    if leaders and leaders in schema.types and _is_summit_name(article, units, quals, members):
        typ = leaders
    start = nm["start"] if named else hs
    while start < hs and text[start] in _QUOTES:
        start += 1
    label = "".join(ch for ch in text[start:he] if ch not in _QUOTES) if named else text[hs:he]
    unit_keys, place_keys, name_parties = _name_units(article, gaz, units, latin)
    before = folded[max(clause[0], start - 3):start]
    definite = any(before.endswith(d) for d in schema.determiners) or (not named and bool(_ATTEND.search(before)))
    earlier = any(w in folded[clause[0]:hs] for w in schema.reference_words)  # 谈及此前与日本同僚的会谈
    temporal = bool(_TEMPORAL_AFTER.match(folded[he:he + 6].lstrip("上中"))) or earlier
    # 七国集团峰会公报在新疆…问题上: the event names a document; the clause is the document's
    document = any(folded.startswith(w, he) for w in schema.document_heads)
    if named:
        name_parties += _possessor(article, px, clause, start)
    places = [] if document else _places(article, px.between(article, *clause), px.starting, folded, clause, gaz)
    parties = [] if document else _clause_parties(article, gaz, px, clause, sent, start, he, hs, places,
                                                  named or definite, fam)
    parties = [i for i in parties if not _negated(schema, folded, article.mentions[i].end, hs)]
    member_keys = _region_members(article, units, members)
    counts = numeric_groups(article, px.p, folded, clause[0], clause[1])
    parties += [i for i in name_parties if i not in parties]
    inbound = _inbound(article, px.idx, folded, clause, hs, he, gaz, fam.inbound_words) \
        if fam.inbound_words and not named else None
    if inbound:
        parties, places = inbound[0], []
    held = any(folded.find(v, max(clause[0], start - len(v) - _HOLD_GAP), start) >= 0 for v in fam.hold_verbs)
    has_org = any(article.mentions[i].type == "Organization" for i in parties)
    args, pat, slots = _roles(article, schema, fam, px, sent, hs, he, typ) if not document else ([], None, None)
    places += [a.mention for a in args if article.mentions[a.mention].type == "Place" and a.mention not in places]
    parties += [a.mention for a in args if a.mention not in parties and article.mentions[a.mention].type in _PARTY_TYPES]
    if named or definite:
        kind = "definite" if definite else "named"
    elif _told(fam, parties, counts, places, inbound, held, has_org, len(args)):
        kind = "predicate"
    else:
        kind = "weak"
    visit = fam.destination_takes_part
    if visit:
        places = _visit_places(article, args, places, gaz)
    if kind == "predicate" and visit:
        parties += [i for i in places if article.mentions[i].type == "Country" and i not in parties]
        temporal = temporal or _visit_is_reference(article, folded, places)
    if kind == "predicate":
        head_text = text[nm["words_start"]:he]  # 例行记者会, not only 记者会
        label = _label_from_roles(pat, slots, head_text) or \
            _compose_label(article, text, parties, places, visit, "Organization" in fam.name_units and
                           "Country" in fam.name_units, hs, he, head_text)
    if kind == "predicate" and inbound:
        rec = gaz.records[inbound[1]]
        label = article.mentions[parties[-1]].text + text[hs:he] + (rec.label(article.language) or rec.label("zh-Hans"))
        parties, places = parties + [f"gaz:{inbound[1]}"], [f"gaz:{inbound[1]}"]
    if temporal and not earlier and len(args) >= 2 and kind in ("predicate", "named") and \
            (fam.sided or len({a.role for a in args}) >= 2):
        # 奥斯汀在同徐旭会晤前强调…, 与拜登举行峰会后的记者会, 启程赴欧洲访问前，他…: what a role pattern
        # reads between two sides, or a visitor and where they go, is told, not only a time reference
        temporal = False
    to_region = schema.types[typ].region_destination_is
    if to_region and places and all(_is_region(article, gaz, i) for i in places):
        typ = to_region   # 赴欧洲访问: a journey through a region, not a visit of one country
    two_sided = schema.types[typ].two_sided_is
    if two_sided and held and kind == "predicate" and _two_people(article, parties):
        typ = two_sided   # 布林肯和杨洁篪在安克雷奇举行最后一次会议: two sides meet
    date, next_day, simultaneous, during = _timing(px, clause, sent, hs, kind, temporal or document)
    keep = not temporal and (kind != "weak" or bool(args))
    return EventMention(kind, typ, head, label, tuple(sorted(set(unit_keys))), tuple(sorted(set(place_keys))),
                        nm["ordinal"], px.p, start, he, sent,
                        parties + member_keys if keep else [], places if keep and kind != "weak" else [],
                        counts, date, next_day, simultaneous, temporal, during,
                        args if not temporal else [])


def _two_people(article, parties: list) -> bool:
    """The parties are two different people (and perhaps their countries), no organisation."""
    ms = [article.mentions[i] for i in parties if isinstance(i, int)]
    people = {m.folded for m in ms if m.type == "Person"}
    return len(people) == 2 and not any(m.type == "Organization" for m in ms)


def _is_region(article, gaz, i) -> bool:
    """Mention ``i`` (an index, or ``gaz:<id>``) names a region of the gazetteer (欧洲, 中东)."""
    if not isinstance(i, int):
        return False
    m = article.mentions[i]
    rec = gaz.records.get(m.gazetteer_id) if m.gazetteer_id else None
    return bool(rec and rec.extra.get("kind") == "region")


def _name_units(article, gaz, units: list, latin: list) -> tuple[list, list, list]:
    """``(unit keys, place unit keys, party mention indexes)`` of an event name: places
    that are not regions are its place units, countries and organisations its parties."""
    unit_keys, place_keys, name_parties = [], [], []
    for i in units:
        m = article.mentions[i]
        unit_keys.append(_unit_key(m))
        rec = gaz.records.get(m.gazetteer_id) if m.gazetteer_id else None
        if m.type == "Place" and not (rec and rec.extra.get("kind") == "region"):
            place_keys.append(_unit_key(m))
        elif m.type in ("Country", "Organization"):
            name_parties.append(i)
    return unit_keys + [t.upper() for t in latin], place_keys, name_parties


def _possessor(article, px: _Para, clause, start: int) -> list[int]:
    """The country or organisation a name belongs to (七国集团的广岛峰会), as a party."""
    folded = px.folded
    if folded[start - 1:start] != "的":
        return []
    k = start - 1
    if folded[k - 1:k] in "）)":
        k = folded.rfind("（", clause[0], k)
        k = k if k >= 0 else start - 1
    if k in px.ending and article.mentions[px.ending[k]].type in ("Country", "Organization"):
        return [px.ending[k]]
    return []


def _region_members(article, units: list, members: dict) -> list[str]:
    """Regions named in an event name stand for those of their members the article names."""
    if not any(article.mentions[i].gazetteer_id in members and article.mentions[i].type == "Place" for i in units):
        return []
    cache = getattr(article, "_linked_ids", None)
    if cache is None or cache[0] != len(article.mentions):
        cache = (len(article.mentions), {m.gazetteer_id for m in article.mentions if m.gazetteer_id})
        article._linked_ids = cache
    in_text = cache[1]
    out = []
    for i in units:
        m = article.mentions[i]
        if m.gazetteer_id in members and m.type == "Place":
            out += [f"gaz:{c}" for c in members[m.gazetteer_id] if c in in_text]
    return out


def _visit_places(article, args, places: list[int], gaz=None) -> list[int]:
    """Where a visit goes: not the visitor's own country (中国国家主席习近平对俄罗斯进行国事访问),
    not an organisation (…访问英国并出席七国集团峰会), and where its role pattern says when it
    says (奥斯汀还计划在东京和首尔之行后访问印度), with the places of the text that lie in a
    visited country (赴莫斯科对俄罗斯联邦进行国事访问: Moscow, by the gazetteer)."""
    own = {a.mention for a in args if a.role == "visitor"}
    places = [i for i in places if i not in own and article.mentions[i].type != "Organization"]
    visited = [a.mention for a in args if a.role == "visited"]
    if visited:
        countries = {article.mentions[i].gazetteer_id for i in visited} - {None}
        inside = [i for i in places if i not in visited and gaz is not None and _country_of(article, gaz, i) in countries]
        places = [i for i in places if i in visited] + [i for i in visited if i not in places] + inside
    return places


def _country_of(article, gaz, i: int) -> str | None:
    """The gazetteer id of the country a place mention lies in, or None."""
    gid = article.mentions[i].gazetteer_id
    rec = gaz.records.get(gid) if gid else None
    return rec.extra.get("country") if rec else None


def _visit_is_reference(article, folded: str, places: list[int]) -> bool:
    """访问日本后, 访问东京前: the visit is a reference in time."""
    if not places:
        return False
    tail = max(article.mentions[i].end for i in places)
    return bool(_TEMPORAL_AFTER.match(folded[tail:tail + 4].lstrip("和及")) or
                re.match(r"[^，。]{0,6}(?:后|之后|前)[，,]", folded[tail:tail + 8]))


def _timing(px: _Para, clause, sent, hs: int, kind: str, undated: bool):
    """``(date mention or None, next_day, simultaneous, during)`` of the trigger at ``hs``."""
    text, folded = px.text, px.folded
    date = None if undated else _date_of(px, text, folded, clause, sent, hs, kind)
    sent_dates = _dates_in(px, sent)
    next_day = not undated and kind != "definite" and any(d.relative == "next-day" and d.start < hs for d in sent_dates)
    simultaneous = not undated and date is None and bool(_SIMULTANEOUS.search(folded[sent[0]:sent[1]]))
    during = not undated and date is None and bool(_DURING.search(folded[sent[0]:hs]))
    return date, next_day, simultaneous, during


def _label_from_roles(pat, slots, trigger: str) -> str | None:
    """The label a pattern's template gives (``{agent}{trigger}{guest}``), or None."""
    if pat is None or not pat.label or slots is None:
        return None
    try:
        return pat.label.format(trigger=trigger, **{k: v for k, v in slots.items() if k != "trigger"})
    except KeyError:
        return None


def _dates_in(px: _Para, sent: tuple[int, int]) -> list:
    """The date mentions of the paragraph that start within ``sent``, in text order (a
    bisection over their starts, kept on the paragraph index)."""
    if len(px.date_starts) != len(px.dates):
        px.dates = sorted(px.dates, key=lambda d: d.start)
        px.date_starts = [d.start for d in px.dates]
    return px.dates[bisect.bisect_left(px.date_starts, sent[0]):bisect.bisect_left(px.date_starts, sent[1])]


def _date_of(px: _Para, text, folded, clause, sent, hs, kind):
    """The first date of the clause, else the nearest before the head in its
    sentence, else a bracketed date later in the sentence (predicates only)."""
    dates = _dates_in(px, sent)   # every condition below lies within the sentence
    in_clause = [d for d in dates if clause[0] <= d.start < clause[1] and d.begin
                 and not (d.start > hs and text[d.start - 1:d.start] in "（(" and kind != "predicate")]
    reporting = load_schema().reporting_verbs
    before_s = [d for d in dates if sent[0] <= d.start < hs and d.begin and not _in_time_clause(text, folded, d, px.sents)
                and not (reporting and _dates_report(folded, d, hs, reporting))]
    bracketed = [d for d in dates if hs <= d.start < sent[1] and d.begin and text[d.start - 1:d.start] in "（("
                 and kind == "predicate"]  # a caption's date dates the scene, not a named event
    return (in_clause or before_s[-1:] or bracketed or [None])[0]


def _inbound(article, idx, folded, clause, hs, he, gaz, words: dict) -> tuple[list[int], str] | None:
    """会见来华正式访问的巴基斯坦总理夏巴兹: a visit told in a relative clause.
    Returns (the guest's country and person mentions up to the guest, in text
    order; the destination's gazetteer id), or None."""
    word = next((w for w in words if folded[max(clause[0], hs - len(w) - 2):hs].startswith(w)
                 or folded[max(clause[0], hs - len(w)):hs] == w), None)
    if word is None or folded[he:he + 1] != "的" or words[word] not in gaz.records:
        return None
    guests = [i for i in idx if he < article.mentions[i].start < clause[1] and article.mentions[i].type == "Person"]
    if not guests:
        return None
    g = article.mentions[guests[0]].start
    side = [i for i in idx if he < article.mentions[i].start <= g and article.mentions[i].type in ("Person", "Country")]
    return side, words[word]


def _dates_report(folded: str, d: DateMention, hs: int, verbs: tuple) -> bool:
    """The date dates a reporting act before the trigger (白宫16日公布了拜登的日程，拜登将会见…):
    a reporting verb follows it within a few characters and its clause is not the trigger's."""
    after = folded[d.end:d.end + 6]
    hit = next((after.find(v) for v in verbs if 0 <= after.find(v) <= 3), None)
    if hit is None:
        return False
    return bool(re.search(r"[，,；;]", folded[d.end:hs]))


def _in_time_clause(text: str, folded: str, d: DateMention, sents: list | None = None) -> bool:
    """A date inside a time clause (自1992年…以来, …后) dates that clause, not the sentence.
    ``sents``: the paragraph's sentence spans; the clauses are those of the date's sentence
    (a clause never crosses a sentence end), so a long paragraph costs each date its sentence."""
    sent = span_containing(sents, d.start) if sents else None
    cl = span_containing(clauses(text, *(sent or (0, len(text)))), d.start)
    if cl is None:
        return False
    c = folded[cl[0]:cl[1]].rstrip("，,")
    return c.startswith("自") or c.endswith(("以来", "之后", "后", "以前", "之前"))


def _places(article, idx, starting, folded, clause, gaz) -> list[int]:
    """Mentions after a locative marker in the clause, with the names that follow
    them directly (在日本广岛 → 日本, 广岛; 在哈萨克斯坦阿斯塔纳市 → both); regions only after a
    destination marker (赴欧洲访问, not 在欧洲)."""
    places: list[int] = []
    schema = load_schema()
    topics = "|".join(map(re.escape, schema.topic_words))
    for i in idx:
        m = article.mentions[i]
        if not (clause[0] <= m.start < clause[1]) or m.source == "group":
            continue
        marker = schema.locative_regex.search(folded[max(clause[0], m.start - 2):m.start])
        visit = folded[max(clause[0], m.start - 1):m.start] == "对" and "访问" in folded[m.end:m.end + 8]
        if not (marker or visit):
            continue
        chain, e = [i], m.end
        while True:
            nxt = starting.get(e) or (starting.get(e + 1) if folded[e:e + 1] in "市省州" else None) or \
                (starting.get(e + 2) if folded[e:e + 2] == "首都" else None)
            if nxt is None:
                break
            chain.append(nxt)
            e = article.mentions[nxt].end
        if marker and topics and re.match(f"(?:[、和及与][^，。；,]{{1,8}}?)*等?(?:{topics})", folded[e:e + 24]):
            continue  # 在新疆、香港等问题上: a topic, not a place
        if marker and marker.group(0) == "在" and _time_clause_ends(folded, e, clause[1], schema):
            continue  # 在中国国家主席习近平对塞尔维亚进行国事访问之际: 在 opens a time clause
        for j in chain:
            mj = article.mentions[j]
            rec = gaz.records.get(mj.gazetteer_id) if mj.gazetteer_id else None
            if mj.type in ("Place", "Country", "Organization") and j not in places \
                    and not (rec and rec.extra.get("kind") == "region"
                             and not (marker and marker.group(0) in schema.destination_markers)):
                places.append(j)
    return places


def _time_clause_ends(folded: str, start: int, end: int, schema: Schema) -> bool:
    """The clause from ``start`` to ``end`` ends with a word that makes 在… a time clause
    (之际, 期间, 前夕, 之时)."""
    tail = folded[start:end].rstrip("，,：:")
    return any(tail.endswith(w) for w in schema.time_clause_ends)


def _compose_label(article, text, parties, places, visit: bool, gathering: bool, hs, he, head=None) -> str:
    """A readable label for an event told but not named: 习近平–托卡耶夫会晤,
    七国集团峰会, 拜登访问越南."""
    ms = [article.mentions[i] for i in parties if isinstance(i, int)]
    orgs = [m.text for m in ms if m.type == "Organization"]
    people = [m.text for m in ms if m.type == "Person"]
    people = [n for n in people if any("\u4e00" <= c <= "\u9fff" for c in n)] or people
    countries = [m.text for m in ms if m.type == "Country" and m.source != "group"]
    head = head or text[hs:he]
    if visit:
        # the visitor is the person (else country) named last before the head, outside an
        # invitation (应习近平邀请，马杜罗对中国进行国事访问); an organisation does not visit
        dest = [article.mentions[i].text for i in places]
        # an invitation never crosses a clause mark, so the sentence before the head holds it
        s0 = max(text.rfind(c, 0, hs) for c in "。！？!?") + 1
        hosts = [(a + s0, b + s0) for a, b in (r.span() for r in _INVITATION.finditer(fold(text[s0:hs])))]
        before = [m for m in sorted(ms, key=lambda m: m.start) if m.start < hs
                  and not any(a <= m.start < b for a, b in hosts)]
        who = ([m.text for m in before if m.type == "Person"][-1:] or
               [m.text for m in before if m.type == "Country" and m.source != "group" and m.text not in dest][-1:])
        return "".join(who) + head + "、".join(dict.fromkeys(dest))
    names = list(dict.fromkeys(orgs if gathering and orgs else (people or orgs or countries)))
    pair = "與" if article.language == "zh-Hant" else "与"  # the connector in the article's own script
    return (pair if len(names) == 2 else "、").join(names) + head


def _drop_shared_parties(article, events: list[EventMention]) -> None:
    """A name unit or possessor of one event is not a participant of another
    event in the same sentence (这个峰会与七国集团的广岛峰会…)."""
    by_sentence: dict[tuple, list[EventMention]] = {}
    for ev in events:
        by_sentence.setdefault((ev.paragraph, ev.sentence), []).append(ev)
    for ev in events:
        for other in by_sentence[(ev.paragraph, ev.sentence)]:
            if other is ev:
                continue
            if other.kind not in ("named", "definite", "predicate"):
                continue
            owned = {i for i in other.participants if isinstance(i, int)
                     and (other.start - 12 <= article.mentions[i].start < other.end)
                     and not (ev.start - 12 <= article.mentions[i].start < ev.end)}
            if owned and other.start > ev.end:
                ev.participants = [i for i in ev.participants if i not in owned]
