"""Cross-article event coreference: one node per real event across articles,
outlets and scripts.

Two article events (:mod:`kg.resolve.article_events`) are one event when
:func:`kg.resolve.compatible.compatible` says so (the decision and its reason
are kept per member for ``--explain-merges``); an event joins the candidate
cluster with the strongest evidence; an undated event joins only a single
candidate. Processing order is by article id, so the input order
never changes the result.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from kg.extract.dates import literal_parts
from kg.model import Article, Statement
from kg.resolve.article_events import ArticleEvent, dates_agree, lasts, places_within, window_of
from kg.resolve.thresholds import DATE_SLACK_DAYS
from kg.resolve.compatible import compatible
from kg.resolve.entities import slugify
from kg.text import add_label, t2s


@dataclass
class Event:
    """One resolved event.

    Attributes:
        key: ``event:<slug>``, the IRI tail.
        type: class name; labels: language tag → Counter of names;
        start, end, datatype: literal texts (ISO 8601) and XSD type name, or None.
        participants, locations: entity keys, sorted.
        articles: article id → ``"reports"`` or ``"mentions"``.
    """

    key: str
    type: str
    labels: dict
    start: str | None
    end: str | None
    datatype: str | None
    participants: list
    locations: list
    articles: dict
    members: list = field(default_factory=list)
    roles: dict = field(default_factory=dict)  # role -> sorted participant keys (agent, guest, attendee…)
    reasons: list = field(default_factory=list)  # per member: why it joined (kg.resolve.compatible)


def resolve_events(per_article: list[tuple[Article, list[ArticleEvent]]], ctx_of) -> tuple[dict, dict]:
    """Cluster article events into events. ``ctx_of(article)`` gives its context.

    Returns ``(events by key, article event id → event key)`` where an article
    event's id is ``id(ArticleEvent)``.
    """
    clusters, aggs, reasons, lang_of = _clusters(per_article, ctx_of)
    events: dict[str, Event] = {}
    mapping: dict[int, str] = {}
    used: set[str] = set()
    for cl, agg in zip(clusters, aggs):
        ev = _to_event(cl, agg, lang_of.get(cl[0].article, "zh-Hans"), used, reasons)
        events[ev.key] = ev
        for member in cl:
            mapping[id(member)] = ev.key
    return dict(sorted(events.items())), mapping


def _clusters(per_article, ctx_of):
    """The clusters of article events (by article id order), their aggregates, why each
    member joined, and each article's language."""
    clusters: list[list[ArticleEvent]] = []
    reasons: dict[int, str] = {}  # id(article event) -> why it joined its cluster
    item_of: dict[int, int] = {}  # id(article event) -> its bulletin item (0 in an ordinary article)
    aggs: list[ArticleEvent] = []  # aggs[i] is _aggregate(clusters[i]), kept up to date
    lang_of: dict[str, str] = {}
    blocks = _Blocks()
    for art, evs in sorted(per_article, key=lambda x: x[0].id):
        lang_of[art.id] = art.language
        ctx = ctx_of(art)
        for ev in evs:
            ev.freeze()   # the article stage is over: type, family and window are read from here on
            cands = []
            item = _item(art, ev)
            item_of[id(ev)] = item
            spans_days = lasts(ev.family) > 0  # a visit told in several items of one bulletin
            for i in blocks.candidates(ev, ctx):
                cl, agg = clusters[i], aggs[i]
                if any(o.article == ev.article and (item_of[id(o)] == item or not (spans_days or _retold(o, ev)))
                       for o in cl) and not _session_of(ev, cl, agg):
                    continue  # kept apart within the article
                decision = compatible(agg, ev, ctx)
                if decision:
                    cands.append((decision.score, i, decision.reason))
            chosen = _choose(ev, cands, aggs)
            if chosen is not None:
                i, why = chosen
                clusters[i].append(ev)
                aggs[i] = _aggregate(clusters[i])
                blocks.place(i, aggs[i], ctx)
                reasons[id(ev)] = why
                continue
            clusters.append([ev])
            aggs.append(_aggregate([ev]))
            blocks.place(len(aggs) - 1, aggs[-1], ctx)
    return clusters, aggs, reasons, lang_of


BLOCK_DAYS = 7   # width of a date block of the cluster index
MAX_BLOCKS = 60  # a window wider than this many blocks (over a year) is compared like an undated one


class _Blocks:
    """Blocking index of the clusters for :func:`_clusters`: an event is compared only with the
    clusters of its family (:func:`compatible` keeps families apart) whose date window, widened
    by the family's slack, shares a ``BLOCK_DAYS`` block with the event's window; a comparison
    where either window is missing or wider than ``MAX_BLOCKS`` blocks only with the clusters
    that share a token (:func:`_tokens`) with the event. A cluster outside these has dates that
    disagree, or nothing :func:`compatible` could match on (its every match when a window is
    missing or wide — nesting names, the same sides, the same parties, a shared place or the
    country a place lies in — needs a shared token), so the index changes no result; it makes
    the comparisons per event independent of the corpus's length."""

    def __init__(self):
        self.undated: dict[tuple[str, str], set[int]] = {}   # (family, token) → undated or wide clusters
        self.any: dict[tuple[str, str], set[int]] = {}       # (family, token) → every cluster
        self.blocks: dict[tuple[str, int], set[int]] = {}
        self.placed: dict[int, list] = {}

    def place(self, i: int, agg: ArticleEvent, ctx) -> None:
        """(Re-)index cluster ``i`` by its aggregate's family, window and tokens."""
        for where in self.placed.pop(i, []):
            where.discard(i)
        fam, tokens = agg.family, _tokens(agg, ctx)
        spots = [self.any.setdefault((fam, t), set()) for t in tokens]
        w = window_of(agg)
        slack = dt.timedelta(days=DATE_SLACK_DAYS + lasts(fam))
        if w is None or len(_block_range(w[0] - slack, w[1] + slack)) > MAX_BLOCKS:
            spots += [self.undated.setdefault((fam, t), set()) for t in tokens]
        else:
            spots += [self.blocks.setdefault((fam, b), set()) for b in _block_range(w[0] - slack, w[1] + slack)]
        for spot in spots:
            spot.add(i)
        self.placed[i] = spots

    def candidates(self, ev: ArticleEvent, ctx) -> list[int]:
        """Indexes of the clusters ``ev`` (of the article ``ctx`` is of) may join, ascending."""
        w = window_of(ev)
        wide = w is None or len(_block_range(w[0], w[1])) > MAX_BLOCKS
        found: set[int] = set()
        for t in _tokens(ev, ctx):
            found |= self.any.get((ev.family, t), set()) if wide else self.undated.get((ev.family, t), set())
        if not wide:
            for b in _block_range(w[0], w[1]):
                found |= self.blocks.get((ev.family, b), set())
        return sorted(found)


def _tokens(ev: ArticleEvent, ctx) -> set[str]:
    """What an event may share with another telling of it: its name units, participants, sides,
    places and the countries they lie in (:func:`kg.resolve.article_events.places_within`)."""
    return set(ev.units) | ev.place_units | set(ev.participants) | set(ev.bilateral or ()) | places_within(ev, ctx)


def _block_range(begin, until) -> range:
    return range(begin.toordinal() // BLOCK_DAYS, until.toordinal() // BLOCK_DAYS + 1)


def _retold(a: ArticleEvent, b: ArticleEvent) -> bool:
    """Two items of one bulletin tell one event again (the welcome ceremony in the ceremony's
    item and in the talks' item): the same type, days that agree (or one undated), the same
    participants (two or more) and a shared place."""
    return bool(a.type == b.type and len(a.participants) >= 2 and dates_agree(window_of(a), window_of(b)) and
                set(a.participants) == set(b.participants) and set(a.locations) & set(b.locations))


def _session_of(ev: ArticleEvent, cl: list, agg: ArticleEvent) -> bool:
    """``ev`` is one day of a multi-day event other articles date (talks on 18 and 19 March
    told by one article as 会谈 on the 18th and 会议 on the 19th): the cluster's window, from
    articles other than ``ev``'s, spans two days or more and holds ``ev``'s day; ``ev``'s
    family is the cluster's, and every person of ``ev`` takes part in it."""
    w = window_of(ev)
    others = [o for o in cl if o.article != ev.article and window_of(o)]
    if not w or not others or ev.family != agg.family:
        return False
    begin = min(window_of(o)[0] for o in others)
    until = max(window_of(o)[1] for o in others)
    people = {k for k in ev.participants if k.startswith(("gaz:", "name:")) and k not in agg.locations}
    return (until - begin).days >= 1 and begin <= w[0] and w[1] <= until and bool(people) and \
        people <= set(agg.participants)


def _choose(ev: ArticleEvent, cands: list, aggs: list):
    """The cluster an article event joins, ``(index, reason)``, or None: the strongest
    evidence; an undated telling joins only its one candidate, or the one candidate
    dated around its publication."""
    if not cands:
        return None
    top = max(c[0] for c in cands)
    tops = [(i, why) for s, i, why in cands if s == top]
    if window_of(ev) is None and len(tops) > 1:
        w = ev.window()
        near = [(i, why) for i, why in tops if w and aggs[i].window() and dates_agree(aggs[i].window()[:2], w[:2])]
        tops = [(i, why + "; the one dated around the publication") for i, why in near] if len(near) == 1 else []
    return tops[0] if tops else None


def _to_event(cl: list, agg: ArticleEvent, lang: str, used: set, reasons: dict) -> Event:
    """The resolved event of one cluster: its type, labels, dates, parties, places, roles
    and a key (``event:<year>-<slug of its best label>``, numbered when taken)."""
    labels: dict[str, Counter] = {}
    typ = agg.type
    of_type = Counter({lab: n for (t, lab), n in agg.composed.items() if t == typ})
    any_type = Counter()
    for (_t, lab), n in agg.composed.items():
        any_type[lab] += n
    source = agg.labels or of_type or any_type or Counter({typ: 1})
    for lab, n in source.items():
        add_label(labels, lab, n, lang)
    best = max(source, key=lambda l: (source[l], len(l), l))
    w = agg.window()
    start = end = dtype = None
    if w:
        start, end, dtype = literal_parts(*w)
    year = start[:4] if start else "undated"
    slug = f"{year}-{slugify(t2s(best))}"
    key, n = f"event:{slug}", 2
    while key in used:
        key, n = f"event:{slug}-{n}", n + 1
    used.add(key)
    arts = {}
    for ev in cl:
        rel = "reports" if ev.reported else "mentions"
        if arts.get(ev.article) != "reports":
            arts[ev.article] = rel
    roles: dict[str, set] = {}
    for k, rs in agg.roles.items():
        for role in rs:
            roles.setdefault(role, set()).add(k)
    return Event(key, typ, labels, start, end, dtype, sorted(agg.participants), sorted(agg.locations),
                 dict(sorted(arts.items())), cl, {r: sorted(ks) for r, ks in sorted(roles.items())},
                 [reasons.get(id(ev), "first telling") for ev in cl])


def _item(art: Article, ev: ArticleEvent) -> int:
    """The bulletin item that first tells ``ev`` (0 in an ordinary article)."""
    par = ev.first[0]
    return getattr(art.paragraphs[par], "item", 0) if 0 <= par < len(art.paragraphs) else 0


def _aggregate(cl: list[ArticleEvent]) -> ArticleEvent:
    """The cluster's tellings merged into one article event (frozen: it is only read)."""
    agg = ArticleEvent(cl[0].article)
    for ev in cl:
        agg.types.update(ev.types)
        agg.named_types.update(ev.named_types)
        agg.labels.update(ev.labels)
        agg.composed.update(ev.composed)
        agg.units |= ev.units
        agg.place_units |= ev.place_units
        agg.ordinal = agg.ordinal or ev.ordinal
        agg.dates += ev.dates
        for k, v in ev.participants.items():
            agg.participants.setdefault(k, v)
        for k, v in ev.locations.items():
            agg.locations.setdefault(k, v)
        for k, roles in ev.roles.items():
            for role, v in roles.items():
                agg.roles.setdefault(k, {}).setdefault(role, v)
        # the sides of the cluster: the telling whose sides are all known countries or
        # organisations, before one that keeps a person of unknown country as a side
        if ev.bilateral and (agg.bilateral is None or _open_sides(agg.bilateral) > _open_sides(ev.bilateral)):
            agg.bilateral = ev.bilateral
    return agg.freeze()


def _open_sides(sides: frozenset) -> int:
    """How many sides are not a gazetteer-linked country or organisation (``name:`` keys,
    people): fewer is better known."""
    return sum(not k.startswith("gaz:") for k in sides)


def event_statements(events: dict[str, Event]) -> list[Statement]:
    """Evidence statements of every event: type, each participant, location and date,
    from the sentence of the article that gave it."""
    out: list[Statement] = []
    for key, e in events.items():
        for ev in e.members:
            for par, s, t in sorted(set(ev.spans))[:3]:
                out.append(Statement(key, "type", e.type, ev.article, par, s, t))
            for k, (par, s, t) in sorted(ev.participants.items()):
                out.append(Statement(key, "participant", k, ev.article, par, s, t))
            for k, rs in sorted(ev.roles.items()):
                for role, (par, s, t) in sorted(rs.items()):
                    out.append(Statement(key, f"role:{role}", k, ev.article, par, s, t))
            for k, (par, s, t) in sorted(ev.locations.items()):
                out.append(Statement(key, "location", k, ev.article, par, s, t))
            for begin, until, prec, (par, s, t) in ev.dates:
                if e.start and literal_parts(begin, until, prec)[0] == e.start:
                    out.append(Statement(key, "startDate", e.start, ev.article, par, s, t))
    return sorted(set(out), key=lambda st: (st.subject, st.prop, st.value or "", st.article, st.paragraph, st.start))
