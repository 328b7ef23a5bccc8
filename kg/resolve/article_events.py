"""In-article event coreference: one ArticleEvent per event an article tells.

Named mentions join when their name units nest (中亚峰会 ⊂ 中国-中亚峰会) with
no ordinal or date conflict; the main event is the named event mentioned most
(ties: the first); a definite mention (本届峰会, 主持会晤) joins the main event,
or the nearest earlier event of its family; a multilateral predicate
(习近平与中亚五国元首会谈) joins the main gathering when dates and places agree;
bilateral ones join each other by their sides (each person's country when the
article or the gazetteer's head-of-state posts give it). 次日 dates an event the
day after the main event's start; 同时 gives it the main event's date; 峰会期间
gives it the dates and place of the event told before it; a bilateral meeting
without a place, dated within the main event (from two days before to one day
after), takes the main event's place.

Bulletins (``Paragraph.item``, one item per story): every item has its own
main event, of the family its heading names when it names one (the meeting
in 王沪宁会见多哥总统, not the summit the guest came for), and the attachments above (definite, multilateral predicate, weak
mention, 次日/同时/期间 dates, the main event's place) never reach an event
of another item; mentions in different items join only by their name (two
items of one bulletin are two stories: 习近平同普京会谈 and 习近平会见米舒斯京
the same day are two encounters of the same two countries). Within an item,
one short story, a predicate mention of the main event's family joins it
(米舒斯京表示，今天我率俄罗斯政府…同习近平主席会见, in the item 习近平会见俄罗斯总理).
Mentions in photo captions (``kind == "caption"``), in a bulletin's item
headings and in its digest (``3.习近平会见突尼斯总统；``) only join an event
the body tells, by name: a caption names people and places, a headline
repeats what its item tells.

The helpers shared with cross-article resolution (:mod:`kg.resolve.events`)
are public: :func:`family`, :class:`ArticleEvent`, :func:`dates_agree`,
:func:`names_nest`, :func:`ordinals_agree`, :func:`within`, :func:`window_of`.
"""
from __future__ import annotations

import functools

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from kg.extract.event_schema import load_schema
from kg.extract.events import EventMention
from kg.extract.gazetteer import Gazetteer
from kg.extract.patterns import day_of, group_members, head_titles, title_canonical
from kg.extract.posts import PostFact
from kg.extract.sentences import sentences, span_containing
from kg.model import Article
from kg.resolve.entities import add_record_entity
from kg.resolve.thresholds import DATE_SLACK_DAYS, INFERRED_WINDOW_DAYS, SHORT_PARAGRAPH_CHARS
from kg.text import fold, t2s

# A name followed by one of these modifies a noun (拜登政府, 拜登内阁官员, 特朗普任内): it is not an actor.
_PARTY_TYPES = ("Person", "Country", "Organization")  # what can take part (never a place or an outlet)
_MODIFIER_OF = re.compile(r"(?:政府|内阁|当局|政权|团队|时代|时期|任内|执政)")


def family(type_name: str) -> str:
    """The family of an event type (``kg/data/events/*.yaml``)."""
    return load_schema().types[type_name].family


@functools.lru_cache(maxsize=4096)
def _voted_type(schema, votes_items: tuple[tuple[str, int], ...]) -> str:
    """The winning event type of ``(type, votes)`` pairs under ``schema`` (the loaded event
    schema, part of the cache key): subordinate types (a signing, a ceremony) only when nothing
    else is told; then most votes, the schema's priority, the name."""
    types = schema.types
    votes = dict(votes_items)
    main = {t: n for t, n in votes.items() if not types[t].subordinate}
    if main:
        votes = main
    return max(votes, key=lambda t: (votes[t], types[t].priority, t))


@dataclass
class ArticleEvent:
    """One event as one article tells it (its mentions merged)."""

    article: str
    types: Counter = field(default_factory=Counter)
    labels: Counter = field(default_factory=Counter)
    composed: Counter = field(default_factory=Counter)  # (type, composed label) -> count
    units: set = field(default_factory=set)
    place_units: set = field(default_factory=set)
    ordinal: int | None = None
    dates: list = field(default_factory=list)        # (begin, until, precision, Statement-span)
    participants: dict = field(default_factory=dict)  # key -> (paragraph, start, end)
    locations: dict = field(default_factory=dict)
    spans: list = field(default_factory=list)          # (paragraph, start, end) of sentences naming it
    first: tuple = (0, 0)
    roles: dict = field(default_factory=dict)          # participant key -> {role: (paragraph, start, end)}
    reported: bool = False
    bilateral: frozenset | None = None
    main: bool = False
    main_items: set = field(default_factory=set)  # bulletin items (Paragraph.item) it is the main event of

    @property
    def family(self) -> str:
        if self._frozen is not None:
            return self._frozen[1]
        return family(self.type)

    named_types: Counter = field(default_factory=Counter)
    # (type, family, window) once freeze() is called: cross-article resolution reads them
    # millions of times (707 k comparisons on the 5,000-file bench corpus)
    _frozen: tuple | None = field(default=None, repr=False, compare=False)

    def freeze(self) -> "ArticleEvent":
        """Fix :attr:`type`, :attr:`family` and :meth:`window` at their present values: call it
        when the article event will not change any more (after the article stage, after an
        aggregate is made). Returns the article event."""
        self._frozen = None
        self._frozen = (self.type, self.family, self.window())
        return self

    @property
    def type(self) -> str:
        """The kind most mentions give (named mentions first). A signing or a
        ceremony told beside talks or a meeting is part of that encounter, so
        the encounter takes the talks' or meeting's kind."""
        if self._frozen is not None:
            return self._frozen[0]
        return _voted_type(load_schema(), tuple(sorted((self.named_types or self.types).items())))

    def window(self):
        """``(begin, until, precision)`` of the best date, or None: the most
        precise, then most frequent, then earliest."""
        if self._frozen is not None:
            return self._frozen[2]
        if not self.dates:
            return None
        rank = {"day": 0, "week": 1, "month": 2, "year": 3, "inferred": 4}
        best = min(rank[d[2]] for d in self.dates)
        cands = [d for d in self.dates if rank[d[2]] == best]
        votes = Counter(d[0] for d in cands)
        begin = min(votes, key=lambda b: (-votes[b], b))
        until = max(d[1] for d in cands if d[0] == begin)
        return begin, until, cands[0][2]


def dates_agree(a, b, extra_days: int = 0) -> bool:
    """Two ``(begin, until)`` windows overlap, with DATE_SLACK_DAYS of slack plus
    ``extra_days`` (a family's ``lasts_days``: a visit told day by day); None agrees."""
    if a is None or b is None:
        return True
    slack = dt.timedelta(days=DATE_SLACK_DAYS + extra_days)
    return a[0] - slack <= b[1] and b[0] - slack <= a[1]


def lasts(fam: str) -> int:
    """Days a telling of this family may lie apart from another and be one event."""
    return load_schema().families[fam].lasts_days


def names_nest(a: ArticleEvent, b: ArticleEvent) -> bool:
    """Names nest: one name's units within the other's (or within what the other
    event is known to involve), or two shared units (中国, 中亚). Two names that
    each name two or more parties (countries, organisations, regions), neither
    set within the other, name two events (中国－阿拉伯国家峰会, 中国－海合会峰会)."""
    pa, pb = name_parties(a), name_parties(b)
    if len(pa) >= 2 and len(pb) >= 2 and not (pa <= pb or pb <= pa):
        return False
    if a.units and b.units and (a.units <= b.units or b.units <= a.units or len(a.units & b.units) >= 2):
        return True
    if a.units and a.units <= (b.units | set(b.participants) | set(b.locations)) and (b.units or b.participants):
        return True
    if b.units and b.units <= (a.units | set(a.participants) | set(a.locations)) and (a.units or a.participants):
        return True
    return bool((a.place_units and a.place_units <= (set(b.locations) | b.place_units)) or
                (b.place_units and b.place_units <= (set(a.locations) | a.place_units)))


def name_parties(ev: ArticleEvent) -> set:
    """The name units that stand for parties: not places, not Latin format tokens."""
    return {u for u in ev.units if u not in ev.place_units and not u.startswith("latin:")}


def ordinals_agree(a, b) -> bool:
    return a.ordinal is None or b.ordinal is None or a.ordinal == b.ordinal


class EventContext:
    """What event resolution needs of one article: its entity key per mention
    index (``keys``), the gazetteer, the resolved entities by key and the
    entity key per gazetteer id (``gaz_key``)."""

    def __init__(self, article: Article, keys: dict, gaz: Gazetteer, entities: dict, gaz_key: dict):
        self.article, self.keys, self.gaz, self.entities, self.gaz_key = article, keys, gaz, entities, gaz_key
        self._unit_entity: dict[str, str] | None = None   # name unit → entity key, built on first use

    def key(self, i) -> str | None:
        """Entity key of a mention index, or of ``gaz:<record id>`` (the entity is
        created from the gazetteer when no article names it)."""
        if isinstance(i, int):
            return self.keys.get(i)
        if i.startswith("gaz:"):
            rid = i[4:]
            if rid not in self.gaz_key and rid in self.gaz.records:
                self.gaz_key[rid] = add_record_entity(self.entities, self.gaz, rid)
            return self.gaz_key.get(rid)
        return i

    def unit_key(self, u: str) -> str:
        """Entity key of a name unit (a gazetteer id or a mention's folded text, see
        ``kg.extract.events._unit_key``): the key its mention resolved to, so a unit whose
        name the resolver folded or joined differently (杰克森霍尔) still names an entity."""
        if u in self.gaz_key:
            return self.gaz_key[u]
        if self._unit_entity is None:
            self._unit_entity = {}
            for i, m in enumerate(self.article.mentions):
                k = self.keys.get(i)
                if k is not None:
                    self._unit_entity.setdefault(m.gazetteer_id or fold(m.text), k)
        return self._unit_entity.get(u, f"name:{u}")


def places_within(ev: ArticleEvent, ctx: "EventContext") -> set[str]:
    """An event's places, each with the country it lies in (:func:`within`)."""
    return set().union(*(within(ctx, l) for l in ev.locations)) if ev.locations else set()


def within(ctx: EventContext, place: str) -> set[str]:
    """A place key and the key of the country it lies in (capital records)."""
    out = {place}
    ent = ctx.entities.get(place)
    if ent and ent.gazetteer_id:
        country = ctx.gaz.records[ent.gazetteer_id].extra.get("country")
        if country and country in ctx.gaz_key:
            out.add(ctx.gaz_key[country])
    return out


def article_events(article: Article, mentions: list[EventMention], posts: list[PostFact], ctx: EventContext):
    """Merge one article's event mentions. Returns ``(events, link)``: the
    article events, and for each mention index its event (or None).

    Steps (:class:`_ArticleResolver`): named mentions first (they join an event
    whose name nests with theirs, else open one); then definite and told
    (predicate) mentions, each family by its key (who goes where for visits and
    trips, the sides for talks and calls, the agent, the people and place, the
    item's lead story otherwise); weak mentions link to their item's main event;
    attendance lines, dates and places from the main event and the publication
    window last. Captions, item headings and digest entries only join events the
    body tells."""
    return _ArticleResolver(article, mentions, posts, ctx).run()


class _ArticleResolver:
    """The state of one article's in-article event coreference (see :func:`article_events`)."""

    def __init__(self, article: Article, mentions: list[EventMention], posts: list[PostFact], ctx: EventContext):
        self.article, self.mentions, self.ctx = article, mentions, ctx
        self.events: list[ArticleEvent] = []
        self.link: list[ArticleEvent | None] = [None] * len(mentions)
        self.person_country: dict[str, set[str]] = {}
        self.heads: dict[str, set[str]] = {}
        for pf in posts:
            pk, ok = ctx.key(pf.person), ctx.key(int(pf.org[2:]) if pf.org.startswith("m:") else pf.org)
            if pk and ok and pf.canonical in head_titles() and ctx.entities[ok].type == "Country":
                self.heads.setdefault(pk, set()).add(ok)
            if pk and ok and ctx.entities.get(ok) and ctx.entities[ok].type == "Country":
                self.person_country.setdefault(pk, set()).add(ok)
        # a photo caption names people and places but tells no event of the article (a file
        # photo of an earlier meeting is not today's news); mentions of an item's heading and
        # of a bulletin's digest are headlines, as an article's title is: all of these only
        # join events the body tells
        self.everything = sorted(range(len(mentions)), key=lambda k: (mentions[k].paragraph, mentions[k].start))
        self.by_sentence: dict[tuple[int, int], list[int]] = {}   # (paragraph, sentence) → mention indexes
        for k, o in enumerate(mentions):
            self.by_sentence.setdefault((o.paragraph, o.sentence), []).append(k)
        self.aside = _aside_paragraphs(article)
        self.asides = [k for k in self.everything if mentions[k].paragraph in self.aside]
        self.order = [k for k in self.everything if mentions[k].paragraph not in self.aside]
        self.mains: dict = {}
        self.lead: dict = {}
        self.from_heading: list[ArticleEvent] = []  # events only an item heading names

    # --- helpers -----------------------------------------------------------------
    def item_of(self, par: int) -> int:
        return self.article.paragraphs[par].item if 0 <= par < len(self.article.paragraphs) else 0

    def in_item(self, e: ArticleEvent, item: int) -> bool:
        return any(self.item_of(sp[0]) == item for sp in e.spans)

    def new(self, m: EventMention, pos) -> ArticleEvent:
        ev = ArticleEvent(self.article.id, first=pos)
        self.events.append(ev)
        return ev

    def open_or_none(self, k: int, target):
        """``target``, else a new event, except for a caption's or headline's mention (None)."""
        m = self.mentions[k]
        return target or (None if k in self.aside_k else self.new(m, (m.paragraph, m.start)))

    def absorb(self, ev: ArticleEvent, m: EventMention) -> None:
        """Add mention ``m`` to ``ev``: kind, name or composed label, span, parties, roles, places, date."""
        ctx = self.ctx
        span = (m.paragraph, *m.sentence)
        ev.types[m.type] += 1
        if m.kind in ("named", "definite") and m.units:
            ev.named_types[m.type] += 1
            ev.labels[m.label] += 1
            ev.units |= {ctx.unit_key(u) if not u.isascii() or u.islower() else f"latin:{u}" for u in m.units}
            ev.place_units |= {ctx.unit_key(u) for u in m.place_units}
        elif m.kind == "predicate":
            ev.composed[(m.type, m.label)] += 1
        if m.ordinal and ev.ordinal is None:
            ev.ordinal = m.ordinal
        ev.spans.append(span)
        if not m.temporal and m.kind != "weak":
            ev.reported = True
        sides = set()
        if m.kind == "named" and load_schema().family_of(m.type).sided:
            sides = {ctx.unit_key(u) for u in m.units if not u.isascii() or u.islower()} - \
                {ctx.unit_key(u) for u in m.place_units}
            sides = {s for s in sides if ctx.entities.get(s) and ctx.entities[s].type == "Country"}
        for i in m.participants:
            k = ctx.key(i)
            if not (k and ctx.entities.get(k) and ctx.entities[k].type != "Outlet"):
                continue
            if len(sides) >= 2 and _outside(k, sides, self.person_country, ctx):
                continue  # 与马克龙和莫里森、约翰逊举行的美英澳三边会谈: France is not a side of it
            ev.participants.setdefault(k, span)
            for c in self.person_country.get(k, ()):
                ev.participants.setdefault(c, span)
        _add_arguments(ev, m, ctx)
        for i in m.locations:
            k = ctx.key(i)
            if k:
                ev.locations.setdefault(k, span)
        for u in m.place_units:
            ev.locations.setdefault(ctx.unit_key(u), span)
        if m.date is not None:
            ev.dates.append((m.date.begin, m.date.until, m.date.precision, span))

    # --- steps -------------------------------------------------------------------
    def run(self):
        """All steps; returns ``(events, link)``."""
        for k in self.order + self.asides:
            self.named(k)
        # a bulletin item's heading names its lead story (习近平会见多哥总统): its main event is of that family
        self.lead = _heading_families(self.article, self.mentions, self.everything)
        self.mains = _item_mains(self.events, self.item_of, lambda sp: sp[0] in self.aside, self.lead)
        self.aside_k = set(self.asides)
        for k in self.order + self.asides:
            self.told(k)
        for k in self.order:
            self.weak(k)
        article, mentions, link, ctx = self.article, self.mentions, self.link, self.ctx
        _officials_of_paragraph(article, mentions, link, self.heads, ctx)
        attend_lines(article, mentions, link, ctx)
        for item, main in self.mains.items():
            main.main = True
            main.reported = True
            main.main_items.add(item)
            _heading_label(article, item, main)
        _dates_from_main(mentions, link, self.order, self.mains, self.item_of)
        self.heading_events_dated()
        for item, main in self.mains.items():
            _on_sidelines(main, [e for e in self.events if self.item_of(e.first[0]) == item], ctx)
        _publication_window(article, self.events)
        return self.events, link

    def heading_events_dated(self) -> None:
        """An event only its item's heading names takes the day and place of the item's
        first dated event of the body (the heading's story is the item's)."""
        for ev in self.from_heading:
            if ev.dates:
                continue
            item = self.item_of(ev.first[0])
            body = [e for e in self.events if e is not ev and e.dates and self.in_item(e, item)
                    and any(sp[0] not in self.aside for sp in e.spans)]
            if body:
                first = min(body, key=lambda e: e.first)
                w = first.window()
                ev.dates.append((w[0], w[1], w[2], min(first.spans)))
                for loc, span in first.locations.items():
                    ev.locations.setdefault(loc, span)

    def named(self, k: int) -> None:
        """Step 1: a named mention joins an event whose name nests with its own (or one
        compatible with it, dated alike at one place), else opens one."""
        m, ctx = self.mentions[k], self.ctx
        if m.kind != "named" and not (m.kind == "definite" and m.units):
            return
        probe = ArticleEvent(self.article.id, units={ctx.unit_key(u) if not u.isascii() or u.islower()
                                                     else f"latin:{u}" for u in m.units},
                             place_units={ctx.unit_key(u) for u in m.place_units}, ordinal=m.ordinal)
        probe.types[m.type] += 1
        probe.named_types[m.type] += 1
        d = (m.date.begin, m.date.until) if m.date else None
        for i in m.locations:
            if ctx.key(i):
                probe.locations[ctx.key(i)] = None
        target = next((e for e in self.events if e.family == probe.family and ordinals_agree(e, probe)
                       and names_nest(e, probe) and dates_agree(window_of(e), d)
                       and not places_conflict(e, probe, ctx)), None)
        if target is None and d is not None:
            # two names of one event (美中会谈, 2+2会晤): dated alike, at one place, no conflict
            from kg.resolve.compatible import compatible

            probe.dates.append((d[0], d[1], m.date.precision, (m.paragraph, *m.sentence)))
            for i in m.participants:
                if ctx.key(i):
                    probe.participants[ctx.key(i)] = None
            target = next((e for e in self.events if self.in_item(e, self.item_of(m.paragraph)) and e.locations
                           and probe.locations and compatible(e, probe, ctx).score >= 2), None)
        if target is None and m.paragraph in self.aside and not self.heading_opens(m):
            return
        ev = target or self.new(m, (m.paragraph, m.start))
        if target is None and m.paragraph in self.aside:
            self.from_heading.append(ev)
        self.absorb(ev, m)
        self.link[k] = ev

    def heading_opens(self, m: EventMention) -> bool:
        """A bulletin item's heading that names an event (中法元首小范围会晤) the item's body does
        not tell with a name or a predicate of its family (…进行了战略沟通, 会晤结束后) opens it."""
        para = self.article.paragraphs[m.paragraph]
        if para.kind != "heading" or not self.article.items:
            return False
        item = para.item
        return not any(self.item_of(o.paragraph) == item and o.paragraph not in self.aside
                       and o.kind in ("named", "predicate") and family(o.type) == family(m.type)
                       for o in self.mentions)

    def told(self, k: int) -> None:
        """Step 2: a definite or told (predicate) mention joins or opens an event by its family's key."""
        m = self.mentions[k]
        if m.kind not in ("definite", "predicate") or self.link[k] is not None:
            return
        fam = family(m.type)
        item = self.item_of(m.paragraph)
        main = self.mains.get(item)
        if m.kind == "definite":
            self.definite(k, fam, item, main)
            return
        if lasts(fam):
            ev = self.journey(k, fam, item)
        elif self.is_bilateral(m, fam):
            ev = self.bilateral(k, fam, item)
        else:
            ev = self.other(k, fam, item, main)
        if ev is None:
            return  # a caption or headline only refers to an event the body tells
        self.absorb(ev, m)
        self.link[k] = ev
        if main is None and self.lead.get(item, ev.family) == ev.family:
            self.mains[item] = ev

    def definite(self, k: int, fam: str, item: int, main) -> None:
        """本届峰会, 主持会晤: the item's main event of the family, else its last event of it."""
        m = self.mentions[k]
        if main is not None and main.family == fam:
            target = main
        else:
            earlier = [e for e in self.events if e.family == fam and e.first <= (m.paragraph, m.start)
                       and self.in_item(e, item)]
            target = earlier[-1] if earlier else main  # 主持会晤 after a summit: the summit
        if target is None:
            return
        if target is main:
            self.absorb(target, m)
        else:
            target.spans.append((m.paragraph, *m.sentence))
        self.link[k] = target

    def parties_of(self, m: EventMention, kind: str) -> frozenset:
        ctx = self.ctx
        return frozenset(ctx.key(i) for i in m.participants
                         if ctx.key(i) and ctx.entities.get(ctx.key(i)) and ctx.entities[ctx.key(i)].type == kind)

    def is_bilateral(self, m: EventMention, fam: str) -> bool:
        people, countries = self.parties_of(m, "Person"), self.parties_of(m, "Country")
        grouped = any(isinstance(i, str) or (self.article.mentions[i].source == "group"
                                             and not self.article.mentions[i].pair) for i in m.participants) \
            or any(n >= 3 for n in m.group_counts)
        return (len(people) >= 2 or len(countries) == 2) and not grouped and load_schema().families[fam].sided

    def journey(self, k: int, fam: str, item: int):
        """A visit or a trip, told day by day: keyed by who goes where."""
        m, ctx = self.mentions[k], self.ctx
        d = (m.date.begin, m.date.until) if m.date else None
        people = self.parties_of(m, "Person")
        dest = frozenset(ctx.key(i) for i in m.locations)
        target = next((e for e in self.events if e.family == fam and same_trip(e, people, dest, ctx)
                       and dates_agree(window_of(e), d, lasts(fam)) and self.in_item(e, item)), None)
        ev = self.open_or_none(k, target)
        if ev is not None:
            ev.bilateral = (ev.bilateral or frozenset()) | people | dest
        return ev

    def bilateral(self, k: int, fam: str, item: int):
        """A talk or call between sides: each person's country when the article states it."""
        m, ctx = self.mentions[k], self.ctx
        d = (m.date.begin, m.date.until) if m.date else None
        people, countries = self.parties_of(m, "Person"), self.parties_of(m, "Country")
        pair = frozenset(next(iter(self.person_country[p])) if len(self.person_country.get(p, ())) == 1
                         else _head_of(ctx, p, self.article.published) or p for p in people) | countries
        target = next((e for e in self.events if e.family == fam and e.bilateral == pair
                       and dates_agree(window_of(e), d) and self.in_item(e, item)), None)
        if target is None and len(pair) >= 2:  # 拜登与约翰逊和莫里森举行了三边会谈 = 美英澳三边会谈
            target = next((e for e in self.events if e.family == fam and len(name_parties(e)) >= 2
                           and name_parties(e) <= set(pair)
                           and dates_agree(window_of(e), d) and self.in_item(e, item)), None)
        ev = self.open_or_none(k, target)
        if ev is not None:
            ev.bilateral = pair
        return ev

    def other(self, k: int, fam: str, item: int, main):
        """Any other told mention: a named event it nests in, one agent's event, the same
        people on the same day at the same place, or the item's lead story."""
        m, ctx = self.mentions[k], self.ctx
        d = (m.date.begin, m.date.until) if m.date else None
        people = self.parties_of(m, "Person")
        probe = ArticleEvent(self.article.id)
        probe.types[m.type] += 1
        for i in m.participants:
            if ctx.key(i):
                probe.participants[ctx.key(i)] = None
        for i in m.locations:
            if ctx.key(i):
                probe.locations[ctx.key(i)] = None
        near = [e for e in self.events if e.family == fam and self.in_item(e, item) and dates_agree(window_of(e), d)]
        target = next((e for e in near if e.units and names_nest(e, probe) and e is not main), None)
        if target is None and people and not load_schema().families[fam].sided:
            # 他在记者会上表示…马克宏在记者会上说: one press conference, speech or ceremony of one agent
            target = next((e for e in near if people & {p for p, rs in e.roles.items()
                                                        if rs.keys() & {"agent", "organizer"}}), None)
        if target is None and d is not None and people:
            # the same people on the same day at the same place: one encounter told twice
            here = places_within(probe, ctx)
            target = next((e for e in near if window_of(e) and people & visitors(e, ctx)
                           and here & places_within(e, ctx)), None)
        if target is None:
            target = self.lead_story(m, fam, main, d)
        return self.open_or_none(k, target)

    def lead_story(self, m: EventMention, fam: str, main, d):
        """The item's main event, when ``m`` may be a telling of it: a gathering at no other
        place, or the lead encounter or visit of a bulletin item (one short story)."""
        ctx = self.ctx
        before_main = main is not None and any(self.mentions[j].temporal and self.link[j] is main
                                               for j in self.by_sentence.get((m.paragraph, m.sentence), ()))
        if main is None or not dates_agree(window_of(main), d) or before_main:
            return None
        locs = {ctx.key(i) for i in m.locations}
        main_locs = places_within(main, ctx)
        if main.family == "gathering" and (not locs or not main_locs or locs & main_locs):
            return main  # what the leaders do at a summit (会谈, 讲话, 记者会) is part of the summit
        if self.article.items and main.family == fam:
            return main
        return None

    def weak(self, k: int) -> None:
        """Step 3: a weak mention (峰会期间) links to its item's main event of its family, or the
        item's last event of it, and gives it the arguments a role pattern read."""
        m = self.mentions[k]
        if m.kind != "weak" and not (m.temporal and self.link[k] is None):
            return
        fam = family(m.type)
        item = self.item_of(m.paragraph)
        main = self.mains.get(item)
        if main is not None and main.family == fam:
            self.link[k] = main
        else:
            earlier = [e for e in self.events if e.family == fam and e.first <= (m.paragraph, m.start)
                       and self.in_item(e, item)]
            self.link[k] = earlier[-1] if earlier else None
        if self.link[k] is not None:
            self.link[k].spans.append((m.paragraph, *m.sentence))
            _add_arguments(self.link[k], m, self.ctx)


def _publication_window(article: Article, events: list[ArticleEvent]) -> None:
    """The lead event of an article or bulletin item, told with no date at all, is dated
    by a window: the INFERRED_WINDOW_DAYS before the publication day, up to it (a report
    is about what just happened: 他在记者会上表示…; other undated events stay undated). The window has precision ``inferred``: it is
    written as the event's start and end dates, gives way to any date a telling states,
    and never decides a merge."""
    pub = article.published
    if pub is None:
        return
    day = pub.astimezone(dt.timezone.utc).date() if isinstance(pub, dt.datetime) and pub.tzinfo else \
        (pub.date() if isinstance(pub, dt.datetime) else pub)
    for ev in events:
        if ev.dates or not (ev.main or ev.roles) or not ev.reported or not ev.spans:
            continue
        ev.dates.append((day - dt.timedelta(days=INFERRED_WINDOW_DAYS), day, "inferred", min(ev.spans)))


def _heading_families(article: Article, mentions: list[EventMention], order: list[int]) -> dict[int, str]:
    """Item index → the event family of the first event mention in the item's
    heading (``encounter`` for 王沪宁会见多哥总统, xwlb_20240902; 习近平会见土库曼斯坦总统,
    xwlb_20250617), for the items of a bulletin whose heading names one."""
    out: dict[int, str] = {}
    if not article.items:
        return out
    for k in order:
        m = mentions[k]
        para = article.paragraphs[m.paragraph] if 0 <= m.paragraph < len(article.paragraphs) else None
        if para is not None and para.kind == "heading" and not m.temporal:
            out.setdefault(para.item, family(m.type))
    return out


def _item_mains(events: list[ArticleEvent], item_of, skip=None, lead: dict | None = None) -> dict:
    """The main event of each item (of a bulletin; an ordinary article is one
    item): the event named in most of the item's sentences (spans for which
    ``skip`` is true, captions and headlines, do not count), ties: the first;
    of the family ``lead`` gives for the item (its heading's), when it gives one."""
    spans: dict = {}
    lead = lead or {}
    for n, ev in enumerate(events):
        for sp in ev.spans:
            item = item_of(sp[0])
            if not (skip and skip(sp)) and lead.get(item, ev.family) == ev.family:
                spans.setdefault(item, Counter())[n] += 1
    out = {}
    for item, votes in spans.items():
        n = max(votes, key=lambda n: (votes[n], -events[n].first[0], -events[n].first[1]))
        out[item] = events[n]
    return out


def _dates_from_main(mentions, link, order, mains, item_of) -> None:
    """Undated events take a date from their item's main event: 次日 (the day
    after its start), 同时 (its dates); 峰会期间 gives the dates and place of the
    event told before it in the sentence. Never from another item's event."""
    for k in order:
        m, ev = mentions[k], link[k]
        main = mains.get(item_of(m.paragraph))
        if ev is None or main is None or ev is main or ev.dates:
            continue
        mw = window_of(main)
        if mw and m.next_day:
            day = mw[0] + dt.timedelta(days=1)
            ev.dates.append((day, day, "day", (m.paragraph, *m.sentence)))
        elif mw and m.simultaneous:
            w = main.window()
            ev.dates.append((w[0], w[1], w[2], (m.paragraph, *m.sentence)))
        elif m.during:
            anchor = _told_before(mentions, link, k)
            w = anchor.window() if anchor is not None else None
            if w:
                ev.dates.append((w[0], w[1], w[2], (m.paragraph, *m.sentence)))
                for loc, span in anchor.locations.items():
                    ev.locations.setdefault(loc, span)


def _with_members(ev: ArticleEvent, ctx: EventContext) -> set:
    """An event's participants and the member countries of the blocs among them (七国集团 → its seven)."""
    out = set(ev.participants)
    members = group_members(day_of(ctx.article.published))
    for k in ev.participants:
        ent = ctx.entities.get(k)
        if ent is not None and ent.gazetteer_id in members:
            out |= {ctx.gaz_key[c] for c in members[ent.gazetteer_id] if c in ctx.gaz_key}
    return out


def _heading_label(article: Article, item: int, main: ArticleEvent) -> None:
    """An unnamed lead event of a bulletin item is also called by the item's heading
    when the heading names it with a trigger of its family (### 习近平出席俄罗斯总统举行的欢迎仪式)."""
    if main.labels or not article.items or item >= len(article.items):
        return
    heading = article.items[item].heading.strip().rstrip("；;。")
    if not heading or len(heading) > 40:
        return
    schema = load_schema()
    folded = fold(heading)
    if any(schema.types[t].family == main.family for t in
           (schema.trigger_type[m.group(0)] for m in schema.trigger_regex.finditer(folded))):
        main.composed[(main.type, heading)] += 1


def _on_sidelines(main: ArticleEvent, events: list[ArticleEvent], ctx: EventContext) -> None:
    """An event of a ``sidelines`` family (a bilateral meeting, a ceremony) told with
    no place, dated within its item's main gathering (its first to its last day, no
    slack) and sharing a participant with it, took place there."""
    mw = main.window()
    if main.family != "gathering" or not mw or not main.locations:
        return
    for ev in events:
        w = window_of(ev)
        if ev is main or ev.locations or not w or not load_schema().families[ev.family].sidelines:
            continue
        if mw[0] <= w[0] <= mw[1] and set(ev.participants) & _with_members(main, ctx):
            for loc, span in main.locations.items():
                ev.locations.setdefault(loc, span)


def _outside(k: str, sides: set, person_country: dict, ctx: EventContext) -> bool:
    """A country, or a person of a known country, that is not one of the sides a talk's
    name gives (美英澳三边会谈: the United States, the United Kingdom, Australia)."""
    ent = ctx.entities.get(k)
    if ent is None:
        return False
    if ent.type == "Country":
        return k not in sides
    if ent.type == "Person":
        countries = set(person_country.get(k, ())) or ({_head_of(ctx, k, ctx.article.published)} - {None})
        return bool(countries) and not countries & sides
    return False


def _add_arguments(ev: ArticleEvent, m: EventMention, ctx: EventContext) -> None:
    """The role-pattern arguments of a mention that only refers to ``ev`` (王毅等参加会见)."""
    span = (m.paragraph, *m.sentence)
    for a in m.arguments:
        k = ctx.key(a.mention)
        if k and ctx.entities.get(k) and ctx.entities[k].type in _PARTY_TYPES:
            ev.participants.setdefault(k, span)
            ev.roles.setdefault(k, {}).setdefault(a.role, span)


# A numbered entry of a bulletin's digest (``3.习近平会见突尼斯总统；``,
# ``（7）中关村论坛永久会址工程钢结构封顶；`` in xwlb_20221210, xwlb_20230322):
# each entry is the headline of another item.
_LIST_ENTRY = re.compile(r"^\s*(?:\d{1,2}\s*[.．、]|[（(]\d{1,2}[)）])\s*\S")


def _aside_paragraphs(article: Article) -> set[int]:
    """Indexes of the paragraphs that tell no event of their own: photo
    captions; in a bulletin, its items' headings and the entries of its digest
    (an item most of whose text paragraphs are numbered entries, 新闻摘要)."""
    out = {p for p, para in enumerate(article.paragraphs) if para.kind == "caption"}
    if not article.items:
        return out
    entries: dict[int, list[int]] = {}
    texts: Counter = Counter()
    for p, para in enumerate(article.paragraphs):
        if para.kind == "heading":
            out.add(p)
        elif para.kind == "body":
            texts[para.item] += 1
            if _LIST_ENTRY.match(para.text):
                entries.setdefault(para.item, []).append(p)
    for item, ps in entries.items():
        if 2 * len(ps) >= texts[item]:
            out.update(ps)
    return out


def _told_before(mentions: list[EventMention], link: list, k: int) -> ArticleEvent | None:
    """The event of the last linked mention before mention ``k`` in its sentence
    (峰会 in 峰会期间，习近平会见马克龙), or None."""
    m = mentions[k]
    before = [j for j, o in enumerate(mentions) if o.paragraph == m.paragraph and o.sentence == m.sentence
              and o.end <= m.start and link[j] is not None and link[j] is not link[k]]
    return link[max(before, key=lambda j: mentions[j].end)] if before else None


def _head_of(ctx: "EventContext", person: str, when) -> str | None:
    """The entity key of the one country whose head of state or government the
    gazetteer says ``person`` was at ``when`` (the publication time), or None.
    Lets a bilateral meeting be keyed by its countries when the text gives no title."""
    ent = ctx.entities.get(person)
    rec = ctx.gaz.records.get(ent.gazetteer_id) if ent is not None and ent.gazetteer_id else None
    if rec is None:
        return None
    day = when.isoformat()[:10] if when is not None else None  # a datetime or a date
    canon = title_canonical()
    found = set()
    for post in rec.extra.get("posts", ()):
        title = fold(post.get("post", {}).get("zh-Hans", ""))
        if canon.get(title, title) not in head_titles() or post.get("in") not in ctx.gaz.records:
            continue
        if day and (post.get("start", "") > day or (post.get("end") and post["end"] < day[:len(post["end"])])):
            continue
        if ctx.gaz.records[post["in"]].type == "Country":
            found.add(post["in"])
    return ctx.key(f"gaz:{found.pop()}") if len(found) == 1 else None


def _officials_of_paragraph(article, mentions, link, person_country, ctx) -> None:
    """A short paragraph (at most SHORT_PARAGRAPH_CHARS characters) about one event: the officials
    it names (people with a post in a country) take part in that event, unless
    the name only modifies a noun (拜登政府)."""
    for p, para in enumerate(article.paragraphs):
        evs = {id(link[k]): link[k] for k, m in enumerate(mentions)
               if m.paragraph == p and link[k] is not None and not m.temporal and m.kind in ("named", "predicate")}
        if len(evs) != 1 or len(para.text) > SHORT_PARAGRAPH_CHARS:
            continue
        ev = next(iter(evs.values()))
        sents = sentences(para.text)
        sides = {u for u in name_parties(ev) if ctx.entities.get(u) and ctx.entities[u].type == "Country"} \
            if load_schema().families[ev.family].sided else set()
        for i, m in enumerate(article.mentions):
            if m.paragraph != p or m.type != "Person" or _MODIFIER_OF.match(t2s(para.text[m.end:m.end + 2])):
                continue
            k = ctx.key(i)
            if len(sides) >= 2 and _outside(k, sides, person_country, ctx):
                continue  # not a side the talk's name gives
            if k in person_country and k not in ev.participants:
                s0, s1 = span_containing(sents, m.start) or (0, len(para.text))
                ev.participants[k] = (p, s0, s1)
                for c in person_country[k]:
                    ev.participants.setdefault(c, (p, s0, s1))


def countries_of_places(ev: ArticleEvent, ctx: EventContext) -> set[str]:
    """The countries an event's places lie in, as far as the gazetteer knows them (a
    country stands for itself; a place the gazetteer does not know says nothing)."""
    out = set()
    for place in ev.locations:
        ent = ctx.entities.get(place)
        if ent is None:
            continue
        if ent.type == "Country":
            out.add(place)
        elif ent.gazetteer_id:
            country = ctx.gaz.records[ent.gazetteer_id].extra.get("country")
            if country and country in ctx.gaz_key:
                out.add(ctx.gaz_key[country])
    return out


def visitors(ev: ArticleEvent, ctx: EventContext) -> set:
    """The people taking part in a visit (its visitors and those they meet)."""
    return {k for k in ev.participants if ctx.entities.get(k) and ctx.entities[k].type == "Person"}


def same_trip(ev: ArticleEvent, people: frozenset, dest: frozenset, ctx: EventContext) -> bool:
    """A visit mention may be a telling of ``ev``: no person on one side missing from the
    other when both name people, and destinations in a shared country when both name one
    (对俄罗斯进行国事访问, 抵达莫斯科 and 在克里姆林宫 are one state visit)."""
    have = visitors(ev, ctx)
    if people and have and not (people & have):
        return False
    probe = ArticleEvent(ev.article)
    probe.locations = {k: None for k in dest if k}
    return not places_conflict(ev, probe, ctx)


def places_conflict(a: ArticleEvent, b: ArticleEvent, ctx: EventContext) -> bool:
    """The places of both events lie in known countries and no country is shared:
    两场“2+2”会谈, one in Tokyo and one in Seoul, are two events. Places the
    gazetteer cannot place in a country (an NER town) never conflict."""
    ca, cb = countries_of_places(a, ctx), countries_of_places(b, ctx)
    return bool(ca and cb and not ca & cb)


def window_of(ev: ArticleEvent):
    """``(begin, until)`` of an article event's best date, or None; a window only
    inferred from the publication day (:func:`_publication_window`) counts as no
    date when tellings are compared."""
    w = ev.window()
    return (w[0], w[1]) if w and w[2] != "inferred" else None


def attend_lines(article: Article, mentions: list[EventMention], link: list, ctx: EventContext) -> None:
    """Attach the attendees of attendance lines (:mod:`kg.extract.discourse`) to the
    events told before them in the same section: all of them (上述活动) or the last."""
    from kg.extract.discourse import find_attendance, section_of

    local = article.local
    for line in local.attendance if local is not None and local.attendance is not None else find_attendance(article):
        sec = section_of(article, line.paragraph)
        before = [(mentions[k].paragraph, mentions[k].start, link[k]) for k in range(len(mentions))
                  if link[k] is not None and not mentions[k].temporal
                  and (mentions[k].paragraph, mentions[k].start) < (line.paragraph, line.start)
                  and section_of(article, mentions[k].paragraph) == sec]
        if not before:
            continue
        targets = list({id(e): e for _, _, e in sorted(before, key=lambda x: x[:2])}.values())
        if line.scope != "all":
            targets = [max(before, key=lambda x: x[:2])[2]]
        span = (line.paragraph, line.start, line.end)
        for ev in targets:
            for a in line.arguments:
                k = ctx.key(a.mention)
                if k and ctx.entities.get(k) and ctx.entities[k].type in _PARTY_TYPES:
                    ev.participants.setdefault(k, span)
                    ev.roles.setdefault(k, {}).setdefault(a.role, span)
