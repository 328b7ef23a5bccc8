"""Agreement coreference and signing links.

In an article, a signed agreement is signed at the event of its sentence (any
event mention there), else of its paragraph, else the article's main event.
Its signatories are the parties of the clause before it, the countries of
people among them (from their posts), and a bare numeric group (六国元首) when
the signing event has exactly that many country participants. Across
articles, agreements of one type whose folded titles nest (永久睦邻友好合作条约 ⊂
中国同中亚五国永久睦邻友好合作条约) are one agreement.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from kg.extract.agreements import AgreementMention
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


def _nest(a: set, b: set) -> bool:
    return any(x in y or y in x for x in a for y in b if min(len(x), len(y)) >= 4)


def local_agreements(article, mentions: list[AgreementMention], event_of_sentence, main_event,
                     key_of, person_country, event_countries) -> list[_Local]:
    """Merge one article's agreement mentions and attach signing facts.

    Args:
        event_of_sentence: ``(paragraph, sentence start) → event key`` or a
            ``paragraph → event key`` fallback (callables returning None when unknown).
        main_event: the article's main event key, or None.
        key_of: mention index → entity key.
        person_country: person key → country keys (from posts).
        event_countries: event key → its country participant keys.
    """
    out: list[_Local] = []
    for m in mentions:
        loc = next((x for x in out if x.type == m.type and _nest(x.keys, {m.key})), None)
        if loc is None:
            loc = _Local(article.id, article.language, m.type, set(), Counter())
            out.append(loc)
        loc.keys.add(m.key)
        loc.titles[m.title] += 1
        span = (m.paragraph, *m.sentence)
        loc.spans.append(span)
        if not m.signed or m.type == "Initiative":
            continue
        ev = event_of_sentence(m.paragraph, m.sentence) or main_event
        if ev is None:
            continue
        loc.signed_at.setdefault(ev, span)
        for i in m.parties:
            k = key_of(i)
            if not k:
                continue
            loc.signatories.setdefault(k, span)
            for c in person_country.get(k, ()):
                loc.signatories.setdefault(c, span)
        countries = event_countries.get(ev, [])
        for n in m.group_counts:
            if n == len(countries):
                for c in countries:
                    loc.signatories.setdefault(c, span)
    return out


def resolve_agreements(locals_: list[_Local]) -> dict[str, Agreement]:
    """Cluster article-level agreements (in article-id order) into agreements by key."""
    clusters: list[list[_Local]] = []
    for loc in sorted(locals_, key=lambda x: (x.article, sorted(x.keys))):
        for cl in clusters:
            if cl[0].type == loc.type and _nest(set().union(*(c.keys for c in cl)), loc.keys):
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
