"""Agreement coreference and signing links.

In an article, a back-reference (这项宣言, 该协议) joins the last agreement of a
compatible class and never makes one; a generic joint document (联合声明) joins
only an earlier one of the same head; named titles of one class join when their
folded titles nest (but 新大西洋宪章 is not 大西洋宪章). A signed agreement is
signed at the event ``event_of_sentence`` gives (see :func:`item_event`: its
sentence, its paragraph, its bulletin item, never another item). Its
signatories are the countries and organisations opening its title (《中华人民共和国
和俄罗斯联邦…》) or abbreviated there (中俄…条约), those of the clause before it
(people stand for the countries of their posts), the sides of the signing event
when the clause counts them (六国元首, 双方), else the event's own country and
organisation participants. Across articles, named agreements of one class whose
titles nest are one agreement; generic ones only with the same head and event.
"""
from __future__ import annotations

import bisect

import re
from collections import Counter
from dataclasses import dataclass, field

from kg.extract.agreements import AgreementMention, lexicon
from kg.model import Statement
from kg.resolve.entities import slugify
from kg.text import add_label, t2s


@dataclass
class Agreement:
    """One resolved agreement: key ``agreement:<slug>``, type, labels by language tag,
    signedAt event keys, signatory entity keys (sorted), articles that name it, evidence."""

    key: str
    type: str
    labels: dict
    signed_at: list
    signatories: list
    articles: list
    statements: list = field(default_factory=list)


@dataclass
class _Local:
    article: str
    lang: str
    type: str
    keys: set
    titles: Counter
    signed_at: dict = field(default_factory=dict)     # event key -> span
    signatories: dict = field(default_factory=dict)   # entity key -> span
    spans: list = field(default_factory=list)
    generic: bool = False                             # named by its head alone (联合声明)


def _nested(x: str, y: str) -> bool:
    """``x`` within ``y`` (or the reverse), both ≥ 4 characters, unless the longer is the
    shorter after a distinguishing word (新大西洋宪章 / 大西洋宪章)."""
    short, long_ = sorted((x, y), key=len)
    if len(short) < 4 or short not in long_:
        return False
    return not any(long_ == w + short for w in lexicon()["distinct_prefixes"]["words"])


def _nest(a: set, b: set) -> bool:
    return any(_nested(x, y) for x in a for y in b)


_PARTY_TYPES = ("Country", "Organization")

# heads whose class may stand for each other in a back-reference (该协议 after 《…协定》)
_BACK_COMPATIBLE = {"Accord": {"Accord", "Treaty"}, "Treaty": {"Treaty", "Accord"},
                    "JointStatement": {"JointStatement", "Declaration"},
                    "Declaration": {"Declaration", "JointStatement"}}


def _local_of(out: list, m: AgreementMention, article) -> tuple:
    """``(local, evidence_only)``: the article-level agreement ``m`` joins, or a new one;
    ``evidence_only`` when ``m`` only points back at it (这项宣言; 联合声明指出 after
    《中美联合声明》). ``(None, True)`` for a back-reference with nothing to point at."""
    if m.kind == "backref":
        ok = _BACK_COMPATIBLE.get(m.type, {m.type})
        return next((x for x in reversed(out) if x.type in ok), None), True
    if m.kind == "generic":
        loc = next((x for x in out if x.generic and m.key in x.keys), None)
        if loc is None and not m.issued:
            named = next((x for x in reversed(out) if not x.generic and any(k.endswith(m.key) for k in x.keys)), None)
            if named is not None:
                return named, True
    else:
        loc = next((x for x in out if not x.generic and x.type == m.type and _nest(x.keys, {m.key})), None)
    if loc is None:
        loc = _Local(article.id, article.language, m.type, set(), Counter(), generic=m.kind == "generic")
        out.append(loc)
    return loc, False


_LIST_LINE = re.compile(r"^\s*(?:[（(][0-9一二三四五六七八九十]+[）)]|[0-9]+[.、．])")


def item_kinds(paragraphs) -> list[str]:
    """``Paragraph.kind`` of each paragraph, ``"list"`` for a numbered line of a
    bulletin's summary (（4）《湿地公约》审议通过…；): a story of its own, told elsewhere."""
    return ["list" if p.kind == "body" and _LIST_LINE.match(p.text) else p.kind for p in paragraphs]


class KnownEvents:
    """The linked event mentions of one article (``known`` of :func:`item_event`), sorted by
    paragraph (stable: the given order within a paragraph) and indexed for paragraph ranges,
    so each agreement's lookup costs its neighbourhood, not the whole article."""

    def __init__(self, known: list[tuple]):
        self.rows = sorted(((*r, False) if len(r) == 4 else tuple(r) for r in known), key=lambda r: r[0])
        self._pars = [r[0] for r in self.rows]
        self._ordered = sorted((r[0], r[2], r[3], r[4]) for r in self.rows)   # (paragraph, start, key, anaphoric)
        self._ordered_pars = [r[0] for r in self._ordered]
        self._sentence: dict[tuple, list[tuple]] = {}
        for r in self.rows:
            self._sentence.setdefault((r[0], r[1]), []).append(r)

    def in_paragraphs(self, lo: int, hi: int) -> list[tuple]:
        """Rows of the paragraphs ``lo <= p < hi``, in order."""
        return self.rows[bisect.bisect_left(self._pars, lo):bisect.bisect_left(self._pars, hi)]

    def ordered_in(self, lo: int, hi: int) -> list[tuple]:
        """``(paragraph, start, key, anaphoric)`` of the paragraphs ``lo <= p < hi``, sorted."""
        return self._ordered[bisect.bisect_left(self._ordered_pars, lo):bisect.bisect_left(self._ordered_pars, hi)]

    def of_sentence(self, par: int, sent) -> list[tuple]:
        """Rows of sentence ``sent`` of paragraph ``par``, in the given order."""
        return self._sentence.get((par, sent), [])

    def nearest(self, par: int, pos: int):
        """``(key, anaphoric)`` of paragraph ``par``'s rows by nearness to ``pos``: those
        before it first, nearest first, then those from it on; ties by key (the order of
        ``sorted((start >= pos, abs(start - pos), key, anaphoric))``)."""
        rows = self.ordered_in(par, par + 1)
        starts = [r[1] for r in rows]
        cut = bisect.bisect_left(starts, pos)
        j = cut - 1
        while j >= 0:   # before pos, nearest first; equal starts by (key, anaphoric)
            i = j
            while i > 0 and starts[i - 1] == starts[j]:
                i -= 1
            yield from ((k, a) for _, _, k, a in rows[i:j + 1])
            j = i - 1
        yield from ((k, a) for _, _, k, a in rows[cut:])


def item_event(kinds: list[str], known: "list[tuple] | KnownEvents", main: str | None, par: int,
               sent: tuple[int, int], items: list[int] | None = None,
               item_main: dict | None = None) -> str | None:
    """The event an agreement of sentence ``sent`` of paragraph ``par`` was signed at.

    One told in that sentence, else the nearest in its paragraph (before it first),
    else the first event told in the body of its item (a ``heading`` paragraph
    bounds a bulletin item; the lead names the item's event more fully than the
    heading), else the heading's, else ``main`` when the item tells it somewhere
    (an item never takes another item's event, nor the lead story's: a bulletin's
    summary list 新闻摘要 tells none). Without headings, ``main``. In an item, a
    sentence or paragraph that only refers back to an event (峰会发表…, a weak or
    definite mention) takes the item's lead event.

    A numbered summary line (``"list"`` in ``kinds``) takes only an event it
    tells itself.

    Args:
        kinds: ``Paragraph.kind`` of every paragraph (:func:`item_kinds`).
        known: ``(paragraph, sentence span, start offset, event key[, anaphoric])`` of
            each event mention linked to a kept event; ``anaphoric`` (default
            False) for a mention that only refers back (峰会, 此次峰会).
        main: the article's main event key, or None.
        items: ``Paragraph.item`` of every paragraph of a multi-story bulletin
            (``Article.items``), else None: then the items, not the headings, bound
            the search, and ``item_main`` (item → its main event key) is the item's
            lead event and last fallback instead of ``main``.
    """
    kn = known if isinstance(known, KnownEvents) else KnownEvents(known)
    if kinds[par] == "list":   # a summary line: only an event it tells itself
        return next((k for _, _, _, k, a in kn.of_sentence(par, sent) if not a), None)
    if items is not None:
        top = next(p for p in range(len(items)) if items[p] == items[par])
        end = max(p for p in range(len(items)) if items[p] == items[par]) + 1
        main = (item_main or {}).get(items[par])
    else:
        heads = [p for p in range(par + 1) if kinds[p] == "heading"]
        top = heads[-1] if heads else None
        end = next((p for p in range(par + 1, len(kinds)) if kinds[p] == "heading"), len(kinds))
    within = [(p, st, k, a) for p, st, k, a in (kn.ordered_in(top, par + 1) if top is not None else ())
              if kinds[p] != "list" and (top <= p < par or p == par and st < sent[0])]
    lead = (main if items is not None else None) or \
        next((k for p, _, k, a in within if p > top and not a), None) or \
        next((k for _, _, k, a in within if not a), None)
    here = [(k, a) for _, _, _, k, a in kn.of_sentence(par, sent)]
    if here:
        return next((k for k, a in here if not a), None) or lead or here[0][0]
    first = None
    for k, a in kn.nearest(par, sent[0]):
        first = first or k
        if not a:
            return k
    if first is not None:
        return lead or first
    if within:
        return lead or next((k for p, _, k, _ in within if p > top), within[0][2])
    if top is None or items is not None:
        return main
    return main if any(k == main for _, _, _, k, _ in kn.in_paragraphs(top, end)) else None


def _signatories(article, m: AgreementMention, ev, key_of, by_gaz, person_country, event_countries) -> list:
    """Signatory keys ``m`` gives, in order: the parties opening its title (named or
    abbreviated); when signed, those of its clause (people for their post countries);
    when signed at ``ev`` and the clause counts sides (两国元首, 双方) that the text does
    not name as many of, the event's countries."""
    out = [key_of(i) for i in m.title_parties] + [by_gaz[g] for g in m.abbreviated if g in by_gaz]
    if not m.signed or m.type == "Initiative":
        return [k for k in out if k]
    for i in m.parties:
        k = key_of(i)
        if k and article.mentions[i].type == "Person":
            out += sorted(person_country.get(k, ()))
        else:
            out.append(k)
    if ev is not None:
        named = {key_of(i) for i in m.parties + m.title_parties if article.mentions[i].type in _PARTY_TYPES}
        named |= {by_gaz[g] for g in m.abbreviated if g in by_gaz}
        countries = event_countries.get(ev, [])
        for n in m.group_counts:
            if n == len(countries) and len((named - {None}) | set(m.abbreviated)) < n:
                out += countries
    return list(dict.fromkeys(k for k in out if k))


def _party_countries(article, m: AgreementMention, key_of, person_country) -> set:
    """The countries of the signing clause of ``m``: its country mentions and the
    countries of its people's posts."""
    out = set()
    for i in m.parties:
        men, k = article.mentions[i], key_of(i)
        if k and men.type == "Person":
            out |= set(person_country.get(k, ()))
        elif k and men.type == "Country":
            out.add(k)
    return out


def _between_signatories(ev: str, countries: set, article_events, event_countries) -> str:
    """The signing event for an agreement its clause says two or more countries signed
    (A与B签署的《…》): ``ev`` unless ``ev`` has more country sides than ``countries``
    and another event of the article has exactly theirs (拜登与约翰逊签署的《新大西洋宪章》,
    told beside a three-sided meeting, was signed at the two leaders' talks)."""
    if len(countries) < 2 or not countries < set(event_countries.get(ev, ())):
        return ev
    return next((e for e in article_events if set(event_countries.get(e, ())) == countries), ev)


def local_agreements(article, mentions: list[AgreementMention], event_of_sentence, main_event,
                     key_of, person_country, event_countries, event_parties=None,
                     article_events=None) -> list[_Local]:
    """Merge one article's agreement mentions and attach signing facts.

    A back-reference (这项宣言) joins the last agreement of a compatible class and
    never makes one; a generic mention (联合声明) joins an earlier one of the same
    head only. Signatories are the countries and organisations opening the title,
    those of the clause before it (people stand for the countries of their posts),
    and the country participants of the signing event when the clause counts them
    (两国元首, 双方).

    Args:
        event_of_sentence: ``(paragraph, sentence span) → event key`` or None.
        main_event: the article's main event key, or None (used when the sentence
            gives no event).
        key_of: mention index → entity key.
        person_country: person key → country keys (from posts).
        event_countries: event key → its country participant keys.
        event_parties: event key → its country and organisation participant keys:
            the signatories of an agreement signed there that names none
            (峰会发表《利雅得宣言》: adopted by the summit's members).
        article_events: the keys of the events the article tells, in text order: an
            agreement two countries' people signed (A与B签署) goes to the one with exactly
            their sides when the sentence's event has more (:func:`_between_signatories`).
    """
    out: list[_Local] = []
    by_gaz: dict[str, str] = {}
    for i, men in enumerate(article.mentions):
        if men.gazetteer_id and men.gazetteer_id not in by_gaz and (k := key_of(i)):
            by_gaz[men.gazetteer_id] = k
    for m in mentions:
        loc, evidence_only = _local_of(out, m, article)
        if loc is None:
            continue
        span = (m.paragraph, *m.sentence)
        loc.spans.append(span)
        if evidence_only:
            continue
        loc.keys.add(m.key)
        loc.titles[m.title] += 1
        ev = None
        if m.signed and m.type != "Initiative":
            ev = event_of_sentence(m.paragraph, m.sentence) or main_event
        sigs = _signatories(article, m, ev, key_of, by_gaz, person_country, event_countries)
        if ev is not None:
            ev = _between_signatories(ev, _party_countries(article, m, key_of, person_country),
                                      article_events or (), event_countries)
            loc.signed_at.setdefault(ev, span)
        for k in sigs:
            loc.signatories.setdefault(k, span)
    for loc in out:
        if loc.signed_at and not loc.signatories and event_parties:
            ev, span = next(iter(loc.signed_at.items()))
            for k in event_parties.get(ev, []):
                loc.signatories.setdefault(k, span)
    return [x for x in out if x.keys]


def _joins(cl: list, loc: _Local) -> bool:
    """Whether ``loc`` belongs to the cluster ``cl``: named ones by nested titles of one
    class; generic ones by the same head and a shared signing event."""
    first = cl[0]
    if first.type != loc.type or first.generic != loc.generic:
        return False
    if loc.generic:
        return bool(set().union(*(c.keys for c in cl)) & loc.keys) and \
            bool(set().union(*(c.signed_at for c in cl)) & set(loc.signed_at))
    return _nest(set().union(*(c.keys for c in cl)), loc.keys)


def resolve_agreements(locals_: list[_Local]) -> dict[str, Agreement]:
    """Cluster article-level agreements (in article-id order) into agreements by key."""
    clusters: list[list[_Local]] = []
    for loc in sorted(locals_, key=lambda x: (x.article, sorted(x.keys))):
        for cl in clusters:
            if _joins(cl, loc):
                cl.append(loc)
                break
        else:
            clusters.append([loc])
    out: dict[str, Agreement] = {}
    for cl in clusters:
        titles = Counter()
        labels: dict[str, Counter] = {}
        for loc in cl:
            titles.update(loc.titles)
            for t, n in loc.titles.items():
                add_label(labels, t, n, loc.lang)
        best = max(titles, key=lambda t: (titles[t], len(t), t))
        key, n = f"agreement:{slugify(t2s(best))}", 2
        while key in out:
            key, n = f"agreement:{slugify(t2s(best))}-{n}", n + 1
        signed, sig, stmts = {}, {}, []
        for loc in cl:
            for ev, span in loc.signed_at.items():
                signed.setdefault(ev, span)
                stmts.append(Statement(key, "signedAt", ev, loc.article, *span))
            for k, span in loc.signatories.items():
                sig.setdefault(k, span)
                stmts.append(Statement(key, "signatory", k, loc.article, *span))
            for span in sorted(set(loc.spans))[:3]:
                stmts.append(Statement(key, "type", cl[0].type, loc.article, *span))
        out[key] = Agreement(key, cl[0].type, labels, sorted(signed), sorted(sig),
                             sorted({loc.article for loc in cl}), sorted(set(stmts), key=lambda s: (
                                 s.prop, s.value or "", s.article, s.paragraph, s.start)))
    return dict(sorted(out.items()))
