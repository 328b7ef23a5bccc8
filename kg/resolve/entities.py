"""Entity resolution: one entity per real thing across articles and scripts.

Mentions are keyed by their gazetteer record when linked, else by their folded
name (:func:`kg.text.fold_name`, so 扎帕羅夫 and 扎帕罗夫 share a key). Aliases
the text gives (``扎帕羅夫（Sadyr Zhaparov）``, ``安东尼‧布林肯`` → ``布林肯``)
join keys with union–find, so every name that any article ties to an entity
ends up on one node. An alias that is a gazetteer name links the whole set.
The result does not depend on the order of the articles.
"""
from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from kg.extract.gazetteer import Gazetteer, default_gazetteer
from kg.model import Article
from kg.text import fold_name, han_count, label_language, t2s

_TYPE_PRIORITY = ("Outlet", "Country", "Person", "Organization", "Place")

# names repeat across a corpus's mentions (4,994 bench articles have 460 k): folding is a pure
# function of the name
NAME_CACHE = 1 << 18
_fold = functools.lru_cache(maxsize=NAME_CACHE)(fold_name)


@dataclass
class Entity:
    """One resolved entity.

    Attributes:
        key: ``gaz:<record id>`` when linked, else ``name:<folded name>``.
        slug: the readable IRI tail (record id, or a slug of the folded name).
        type: ``Person``, ``Country``, ``Place``, ``Organization`` or ``Outlet``.
        qid: Wikidata QID or None.
        gazetteer_id: linked record id or None.
        labels: language tag → Counter of surface forms seen (or given by the gazetteer).
        preferred: language tag → the preferred label (gazetteer's first name when linked).
        articles: ids of the articles that mention it, sorted.
        also_types: further entity types of a linked record (``also_types`` in the gazetteer:
            a seat of government such as 克里姆林宫 is a venue, ``Place``, and stands for its
            office, ``Organization``), empty otherwise.
    """

    key: str
    slug: str
    type: str
    qid: str | None = None
    gazetteer_id: str | None = None
    labels: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    preferred: dict[str, str] = field(default_factory=dict)
    articles: list[str] = field(default_factory=list)
    also_types: tuple[str, ...] = ()


class _UnionFind:
    def __init__(self):
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        # a gazetteer key always wins as the root; otherwise the smaller key (deterministic)
        if rb.startswith("gaz:") and not ra.startswith("gaz:"):
            ra, rb = rb, ra
        elif ra.startswith("gaz:") == rb.startswith("gaz:") and rb < ra:
            ra, rb = rb, ra
        self.parent[rb] = ra


def slugify(name: str) -> str:
    """IRI-safe readable slug: Latin lower-cased with ``-`` between words; CJK kept (simplified)."""
    s = fold_name(name) if han_count(name) else re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    s = re.sub(r"[\s<>\"{}|\\^`#?%/]+", "-", s)
    return s or "x"


def mention_key(m, gaz: Gazetteer) -> str:
    return f"gaz:{m.gazetteer_id}" if m.gazetteer_id else f"name:{_fold(m.text)}"


def _shared_family_names(arts: list[Article], gaz: Gazetteer) -> set[str]:
    """Folded family names that are the alias of two or more different full names of people
    (拉胡尔·甘地 and 索尼娅·甘地 both give 甘地): such a name joins none of them. Over all
    articles, so the result does not depend on their order."""
    givers: dict[str, set[str]] = defaultdict(set)
    for a in arts:
        for m in a.mentions:
            if m.type != "Person":
                continue
            for alias in m.aliases:
                fa = _fold(alias)
                if fa and fa != _fold(m.text) and _fold(m.text).endswith(fa):
                    givers[fa].add(mention_key(m, gaz))
    return {fa for fa, keys in givers.items() if len(keys) > 1}


def resolve(articles: list[Article], gaz: Gazetteer | None = None) -> tuple[dict[str, Entity], dict[tuple[str, int], str]]:
    """Resolve the mentions of all ``articles`` into entities.

    Returns ``(entities, mention_entity)``: entities by key, sorted by key; and
    for each ``(article id, mention index)`` the key of its entity.
    """
    gaz = gaz or default_gazetteer()
    uf = _UnionFind()
    arts = sorted(articles, key=lambda a: a.id)
    shared = _shared_family_names(arts, gaz)
    for a in arts:
        for m in a.mentions:
            k = mention_key(m, gaz)
            uf.find(k)
            for alias in m.aliases:
                ids = gaz.lookup(alias)
                if ids and m.gazetteer_id is None:
                    continue  # linking by alias is decided in extraction
                if _fold(alias) and _fold(alias) not in shared:
                    uf.union(k, f"name:{_fold(alias)}")
    _join_suffix_variants(arts, uf, gaz)
    _join_embassy_variants(uf, gaz)
    # names that are a gazetteer name join their record
    for k in list(uf.parent):
        if k.startswith("name:"):
            ids = gaz.lookup(k[5:])
            if len(ids) == 1:
                uf.union(f"gaz:{ids[0]}", k)
    # a linked and an unlinked set may now share a root; collect
    types: dict[str, Counter] = defaultdict(Counter)
    ents: dict[str, Entity] = {}
    mention_entity: dict[tuple[str, int], str] = {}
    for a in arts:
        for i, m in enumerate(a.mentions):
            root = uf.find(mention_key(m, gaz))
            mention_entity[(a.id, i)] = root
            ent = ents.get(root)
            if ent is None:
                ent = ents[root] = Entity(key=root, slug="", type="")
            types[root][m.type] += 1
            lang = label_language(m.text, a.language)
            ent.labels[lang][m.text] += 1
            for alias in m.aliases:
                ent.labels[label_language(alias, a.language)][alias] += 0
            if not ent.articles or ent.articles[-1] != a.id:   # an article's mentions come together
                ent.articles.append(a.id)
    for root, ent in ents.items():
        ent.articles.sort()
        if root.startswith("gaz:"):
            rec = gaz.records[root[4:]]
            ent.gazetteer_id, ent.qid, ent.type, ent.slug = rec.id, rec.qid, rec.type, rec.id
            ent.also_types = tuple(rec.extra.get("also_types", ()))
            for lang, names in rec.names.items():
                if names:
                    ent.preferred[lang] = names[0]
                    for n in names:
                        ent.labels[lang][n] += 0
        else:
            votes = types[root]
            ent.type = max(votes, key=lambda t: (votes[t], -_TYPE_PRIORITY.index(t)))
            if "Outlet" in votes and ent.type == "Organization":
                ent.type = "Outlet"
            ent.slug = ""
        for lang, counter in ent.labels.items():
            if lang not in ent.preferred and counter:
                ent.preferred[lang] = sorted(counter, key=lambda s: (-counter[s], len(s), s))[0]
        if "zh-Hans" not in ent.preferred and "zh-Hant" in ent.preferred:
            ent.preferred["zh-Hans"] = t2s(ent.preferred["zh-Hant"])
            ent.labels["zh-Hans"][ent.preferred["zh-Hans"]] += 0
        if not ent.slug:
            ent.slug = slugify(ent.preferred.get("zh-Hans") or ent.preferred.get("en") or root[5:])
    return dict(sorted(ents.items())), mention_entity


# generic heads a place name is written with or without (广岛/广岛市, 康沃尔/康沃尔郡, 东北/东北地区,
# 喜马拉雅/喜马拉雅山脉): the two are one place. Only for places, and only these heads: 约旦河西岸 is
# not 约旦, 内蒙古 is not 蒙古.
PLACE_SUFFIXES = ("市", "省", "州", "郡", "县", "地区", "山脉")


def _join_suffix_variants(arts: list, uf: _UnionFind, gaz: Gazetteer) -> None:
    """Join the key of a place name written with a generic head (``PLACE_SUFFIXES``) to
    the key of the same name without it, when that name is a place too: another unlinked
    place mention, or a gazetteer place record."""
    places: set[str] = set()
    for a in arts:
        for m in a.mentions:
            if m.type == "Place":
                places.add(mention_key(m, gaz))
    for k in sorted(places):
        if not k.startswith("name:"):
            continue
        name = k[5:]
        for suffix in PLACE_SUFFIXES:
            base = name[:-len(suffix)] if name.endswith(suffix) else ""
            if len(base) < 2:
                continue
            ids = [i for i in gaz.lookup(base) if gaz.records[i].type == "Place"]
            if f"name:{base}" in places:
                uf.union(f"name:{base}", k)
            elif len(ids) == 1:
                uf.union(f"gaz:{ids[0]}", k)
            break


_EMBASSY = re.compile(r"^(?P<sender>.*?)驻(?P<host>[^驻]+?)(?:大)?使馆$")


def _join_embassy_variants(uf: _UnionFind, gaz: Gazetteer) -> None:
    """One embassy under its names: 中国驻英国大使馆, 中国驻英使馆, 中國駐英國大使館 (大使馆 and
    使馆 are one word; a one-character abbreviation of the host, ``abbreviations.jsonl``,
    stands for its country). Keys with the same sender and host country join."""
    from kg.extract.agreements import abbreviations

    abbr = abbreviations()
    by_canon: dict[tuple, str] = {}
    for k in sorted(uf.parent):
        m = _EMBASSY.match(k[5:]) if k.startswith("name:") else None
        if m is None:
            continue
        host = m.group("host")
        ids = [abbr[host]] if host in abbr else [i for i in gaz.lookup(host) if gaz.records[i].type == "Country"]
        if len(ids) != 1:
            continue
        canon = (m.group("sender"), ids[0])
        if canon in by_canon:
            uf.union(by_canon[canon], k)
        else:
            by_canon[canon] = k


def add_record_entity(entities: dict[str, Entity], gaz: Gazetteer, rid: str) -> str:
    """The key of the entity linked to gazetteer record ``rid``, creating it
    (labels from the record, no mentions) when no article named it."""
    for key, ent in entities.items():
        if ent.gazetteer_id == rid:
            return key
    rec = gaz.records[rid]
    ent = Entity(key=f"gaz:{rid}", slug=rid, type=rec.type, qid=rec.qid, gazetteer_id=rid,
                 also_types=tuple(rec.extra.get("also_types", ())))
    for lang, names in rec.names.items():
        if names:
            ent.preferred[lang] = names[0]
            for n in names:
                ent.labels[lang][n] += 0
    entities[ent.key] = ent
    return ent.key
