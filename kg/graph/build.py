"""Map articles and resolved entities to RDF: one named graph per article.

Each article's named graph (named by the article IRI) holds what that article
states: its metadata (contract: headline, url, datePublished, inLanguage,
publisher, cites, mentions) and, for each entity it names, the entity's type
and the names this article uses (``rdfs:label`` when the name is the entity's
preferred label in that script, else ``skos:altLabel``). The default graph
holds the merged entity descriptions: type, one ``rdfs:label`` per language
tag, every other name as ``skos:altLabel``, ``owl:sameAs`` to Wikidata.
A bulletin's named graph also holds one ``nkg:ArticlePart`` per item
(:func:`part_triples`).
"""
from __future__ import annotations

import datetime as dt

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

from kg.graph.iris import article_iri, entity_iri, wikidata_iri
from kg.graph.store import GraphStore
from kg.graph.vocab import NKG, RES
from kg.model import ArticleFacts
from kg.resolve.entities import Entity
from kg.text import label_language

CLASS = {
    "Person": NKG.Person, "Country": NKG.Country, "Place": NKG.Place,
    "Organization": NKG.Organization, "Outlet": NKG.Outlet,
}


def term(name: str) -> URIRef:
    """The nkg IRI of a class or property name, declared in the ontology or not
    (an event type or role added through ``kg/data/events`` alone)."""
    return URIRef(str(NKG._NS) + name)


def _declared(name: str) -> bool:
    return name in NKG.__annotations__


def _date_literal(value) -> Literal | None:
    if isinstance(value, dt.datetime):
        return Literal(value.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"), datatype=XSD.dateTime)
    if isinstance(value, dt.date):
        return Literal(value.isoformat(), datatype=XSD.date)
    return None


class GraphBuilder:
    """Builds the dataset; ``iri(key)`` gives an entity's IRI.

    Args:
        entities: resolved entities by key (from :func:`kg.resolve.entities.resolve`).
        base: the resource namespace (default ``https://w3id.org/newskg/id/``).
    """

    def __init__(self, entities: dict[str, Entity], base: str = str(RES), events: dict | None = None,
                 agreements: dict | None = None, posts: dict | None = None):
        self.entities = entities
        self.base = base
        self.events = events or {}
        self.agreements = agreements or {}
        self.posts = posts or {}
        self._iris: dict[str, URIRef] = {}
        used: set[URIRef] = set()
        for key in sorted(entities):
            ent = entities[key]
            iri = entity_iri(ent.type, ent.slug, base)
            n = 2
            while iri in used:
                iri = entity_iri(ent.type, f"{ent.slug}-{n}", base)
                n += 1
            used.add(iri)
            self._iris[key] = iri

    def iri(self, key: str) -> URIRef:
        """IRI of an entity, event (``event:…``), agreement (``agreement:…``) or post (``post:…``) key."""
        if key.startswith("event:"):
            return URIRef(f"{self.base}event/{key[6:]}")
        if key.startswith("agreement:"):
            return URIRef(f"{self.base}agreement/{key[10:]}")
        if key.startswith("post:"):
            org, _, title = key[5:].rpartition("|")
            return URIRef(f"{self.base}post/{self._iris[org].rsplit('/', 1)[-1]}-{title}")
        return self._iris[key]

    def _labelled(self, s, labels: dict):
        for lang, counter in sorted(labels.items()):
            if lang.startswith("alt-"):
                for name in sorted(counter):
                    yield s, SKOS.altLabel, Literal(name, lang=lang[4:])
                continue
            if not counter:
                continue
            pref = max(counter, key=lambda n: (counter[n], len(n), n))
            for name in sorted(counter):
                yield s, RDFS.label if name == pref else SKOS.altLabel, Literal(name, lang=lang)

    def event_triples(self, key: str):
        """Merged description of one event: its kind and nkg:Event, labels, dates, participants, places."""
        e = self.events[key]
        s = self.iri(key)
        yield s, RDF.type, term(e.type)
        yield s, RDF.type, NKG.Event  # stated, so queries need no RDFS inference
        yield from self._labelled(s, e.labels)
        if e.start:
            dtype = {"date": XSD.date, "gYearMonth": XSD.gYearMonth, "gYear": XSD.gYear}[e.datatype]
            yield s, NKG.startDate, Literal(e.start, datatype=dtype)
            if e.end:
                yield s, NKG.endDate, Literal(e.end, datatype=dtype)
        for k in e.participants:
            yield s, NKG.participant, self.iri(k)
        for role, keys in e.roles.items():
            for k in keys:
                yield s, term(role), self.iri(k)
        for k in e.locations:
            yield s, NKG.location, self.iri(k)

    def schema_triples(self):
        """For each event type or role used by the graph that the ontology does not
        declare (one added in ``kg/data/events`` alone): its class or property
        declaration, under nkg:Event / nkg:participant, with the data file's labels."""
        from kg.extract.event_schema import load_schema

        schema = load_schema()
        types = {e.type for e in self.events.values()}
        roles = {r for e in self.events.values() for r in e.roles}
        for name in sorted(types):
            if _declared(name):
                continue
            c = term(name)
            yield c, RDF.type, OWL.Class
            yield c, RDFS.subClassOf, NKG.Event
            et = schema.types.get(name)
            for lang, text in sorted((et.labels if et else {}).items()):
                yield c, RDFS.label, Literal(text, lang=lang if lang != "zh" else "zh-Hans")
        for name in sorted(roles):
            if not _declared(name):
                yield term(name), RDF.type, OWL.ObjectProperty
                yield term(name), RDFS.subPropertyOf, NKG.participant

    def agreement_triples(self, key: str):
        """Merged description of one agreement: its kind and nkg:Agreement, labels, signedAt, signatories."""
        a = self.agreements[key]
        s = self.iri(key)
        yield s, RDF.type, NKG[a.type]
        yield s, RDF.type, NKG.Agreement  # stated, so queries need no RDFS inference
        yield from self._labelled(s, a.labels)
        for k in a.signed_at:
            yield s, NKG.signedAt, self.iri(k)
        for k in a.signatories:
            yield s, NKG.signatory, self.iri(k)

    def post_triples(self, key: str):
        """One post: class, labels, postIn, and who holds it."""
        p = self.posts[key]
        s = self.iri(key)
        yield s, RDF.type, NKG.Post
        yield from self._labelled(s, p.labels)
        yield s, NKG.postIn, self.iri(p.org)
        for person in p.holders:
            yield self.iri(person), NKG.holds, s

    def evidence_triples(self, facts: ArticleFacts):
        """One nkg:Evidence per statement the article supports: the sentence as text (the
        source with markup taken out: no tag, entities decoded) and the code-point offsets
        of its first and last character in the source file."""
        import hashlib

        a = facts.article
        art = article_iri(a.id, self.base)
        for st in facts.statements:
            para = a.paragraphs[st.paragraph]
            begin, end = para.source_span(st.start, st.end)
            h = hashlib.sha1(f"{st.subject}|{st.prop}|{st.value}|{a.id}|{begin}|{end}".encode()).hexdigest()[:16]
            ev = URIRef(f"{self.base}evidence/{h}")
            yield self.iri(st.subject), NKG.evidence, ev
            yield ev, RDF.type, NKG.Evidence
            yield ev, NKG.quote, Literal(para.text[st.start:st.end])
            yield ev, NKG.beginIndex, Literal(begin, datatype=XSD.nonNegativeInteger)
            yield ev, NKG.endIndex, Literal(end, datatype=XSD.nonNegativeInteger)
            yield ev, NKG.inArticle, art
            prop = st.prop[5:] if st.prop.startswith("role:") else st.prop
            yield ev, NKG.aboutProperty, RDF.type if st.prop == "type" else term(prop)
            if st.prop == "type":
                yield ev, NKG.aboutValue, term(st.value)
            elif st.prop == "startDate":
                yield ev, NKG.aboutValue, Literal(st.value)
            else:
                yield ev, NKG.aboutValue, self.iri(st.value)

    def entity_triples(self, key: str):
        """Merged description of one entity: type, labels, altLabels, sameAs."""
        ent = self.entities[key]
        s = self.iri(key)
        yield s, RDF.type, CLASS[ent.type]
        for t in ent.also_types:
            yield s, RDF.type, CLASS[t]
        for lang, counter in sorted(ent.labels.items()):
            pref = ent.preferred.get(lang)
            for surface in sorted(counter):
                if not surface.strip():
                    continue
                prop = RDFS.label if surface == pref else SKOS.altLabel
                yield s, prop, Literal(surface, lang=lang)
        if ent.qid:
            yield s, OWL.sameAs, wikidata_iri(ent.qid)

    def article_triples(self, facts: ArticleFacts):
        """The statements of one article's named graph."""
        a = facts.article
        s = article_iri(a.id, self.base)
        lang = a.language if a.language != "und" else None
        yield s, RDF.type, NKG.Article
        if a.title:
            yield s, NKG.headline, Literal(a.title, lang=lang)
            yield s, RDFS.label, Literal(a.title, lang=lang)
        if a.url:
            yield s, NKG.url, Literal(a.url, datatype=XSD.anyURI)
        date = _date_literal(a.published)
        if date is not None:
            yield s, NKG.datePublished, date
            if a.published_inferred:
                yield s, NKG.dateInferred, Literal(True)
        yield s, NKG.inLanguage, Literal(a.language)
        yield s, NKG.sourceFile, Literal(a.path.replace("\\", "/").rsplit("/", 1)[-1])
        yield s, NKG.paragraphCount, Literal(len(a.paragraphs))
        if facts.publisher:
            yield s, NKG.publisher, self.iri(facts.publisher)
            yield from self._local(facts.publisher, [])
        for key in facts.cites:
            yield s, NKG.cites, self.iri(key)
        for key, surfaces in sorted(facts.mentions.items()):
            yield s, NKG.mentions, self.iri(key)
            yield from self._local(key, surfaces, a.language)
        for key, rel in sorted(facts.events.items()):
            yield s, NKG.reports if rel == "reports" else NKG.mentions, self.iri(key)
        for key in facts.agreements:
            yield s, NKG.mentions, self.iri(key)
        yield from part_triples(a, s)
        yield from self.evidence_triples(facts)

    def _local(self, key: str, surfaces: list[str], article_lang: str = "und"):
        ent = self.entities[key]
        s = self.iri(key)
        yield s, RDF.type, CLASS[ent.type]
        for t in ent.also_types:
            yield s, RDF.type, CLASS[t]
        for surface in sorted(set(surfaces)):
            lang = label_language(surface, article_lang)
            prop = RDFS.label if ent.preferred.get(lang) == surface else SKOS.altLabel
            yield s, prop, Literal(surface, lang=lang)

    def quads(self, facts: list[ArticleFacts]):
        """Every statement as ``(subject, predicate, object, graph)`` rdflib terms: the merged
        entity, event, schema, agreement and post descriptions in the default graph (``graph``
        None), then each article's named graph (``graph`` its IRI), articles by id."""
        for key in sorted(self.entities):
            for s, p, o in self.entity_triples(key):
                yield s, p, o, None
        for key in sorted(self.events):
            for s, p, o in self.event_triples(key):
                yield s, p, o, None
        for s, p, o in self.schema_triples():
            yield s, p, o, None
        for key in sorted(self.agreements):
            for s, p, o in self.agreement_triples(key):
                yield s, p, o, None
        for key in sorted(self.posts):
            for s, p, o in self.post_triples(key):
                yield s, p, o, None
        for f in sorted(facts, key=lambda f: f.article.id):
            g = article_iri(f.article.id, self.base)
            for s, p, o in self.article_triples(f):
                yield s, p, o, g

    def store(self, facts: list[ArticleFacts]) -> GraphStore:
        """:meth:`quads` in a :class:`kg.graph.store.GraphStore` (the graph every export writes)."""
        return GraphStore.from_quads(self.quads(facts))


# A bulletin has parts; a one-story article (one item or none) gets none.
MIN_PARTS = 2


def part_iri(article: URIRef, index: int) -> URIRef:
    """The IRI of item ``index`` (0-based) of the article ``article``: ``<article>/part/<index>``."""
    return URIRef(f"{article}/part/{index}")


def part_triples(a, s: URIRef):
    """One ``nkg:ArticlePart`` per item of a bulletin (``Article.items``, at
    least ``MIN_PARTS``): ``nkg:partOf`` the article ``s``, its ``nkg:position``,
    its heading as ``nkg:headline`` (in the article's language) and its
    code-point span in the source file (``nkg:beginIndex``, ``nkg:endIndex``)."""
    if len(a.items) < MIN_PARTS:
        return
    lang = a.language if a.language != "und" else None
    for item in a.items:
        p = part_iri(s, item.index)
        yield p, RDF.type, NKG.ArticlePart
        yield p, NKG.partOf, s
        yield p, NKG.position, Literal(item.index, datatype=XSD.nonNegativeInteger)
        if item.heading:
            yield p, NKG.headline, Literal(item.heading, lang=lang)
        yield p, NKG.beginIndex, Literal(item.start, datatype=XSD.nonNegativeInteger)
        yield p, NKG.endIndex, Literal(item.end, datatype=XSD.nonNegativeInteger)


def merged_graph(ds: Dataset) -> Graph:
    """The union of every graph of ``ds`` as one Graph (the content of graph.ttl)."""
    g = Graph()
    _bind(g)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def _bind(g) -> None:
    g.bind("nkg", NKG._NS)
    g.bind("res", RES)
    g.bind("rdfs", RDFS)
    g.bind("skos", SKOS)
    g.bind("owl", OWL)
    g.bind("xsd", XSD)
    g.bind("wd", "http://www.wikidata.org/entity/")
