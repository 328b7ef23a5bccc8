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

The triples are made of terms of one kind (:class:`Terms`): rdflib objects for
:meth:`GraphBuilder.quads`, N-Triples bytes for :meth:`GraphBuilder.store`, which
joins them into the store's lines without an rdflib term per triple.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from types import SimpleNamespace

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

from kg.graph.iris import article_iri, entity_iri, wikidata_iri
from kg.graph.store import GraphStore, NTriplesTerms
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


# the IRIs of the builder's vocabulary outside nkg (an nkg name is looked up in NKG)
_OTHER = {"type": RDF.type, "label": RDFS.label, "altLabel": SKOS.altLabel, "sameAs": OWL.sameAs,
          "Class": OWL.Class, "ObjectProperty": OWL.ObjectProperty, "subClassOf": RDFS.subClassOf,
          "subPropertyOf": RDFS.subPropertyOf}


class _Vocab:
    """The vocabulary as terms of one kind: ``v.headline`` (nkg:headline), ``v.type`` (rdf:type),
    each made on first use. Raises AttributeError for a name nkg does not declare."""

    def __init__(self, iri):
        self._iri = iri

    def __getattr__(self, name: str):
        if name.startswith("_"):
            raise AttributeError(name)
        value = self._iri(str(_OTHER.get(name) or NKG[name]))
        setattr(self, name, value)   # a plain attribute from now on
        return value


class Terms:
    """How the builder spells its terms, with what it keeps of them.

    ``make`` has ``iri(str)`` and ``literal(value, lang=None, datatype=None)`` with the
    arguments of ``rdflib.URIRef`` and ``rdflib.Literal``: rdflib itself (:data:`RDFLIB`) or a
    :class:`kg.graph.store.NTriplesTerms` (N-Triples bytes). ``v`` is the vocabulary
    (:class:`_Vocab`), ``classes`` the entity classes by type name (:data:`CLASS`), ``nodes``
    the IRI of each builder key met so far (:meth:`GraphBuilder.iri`), :meth:`term` an nkg name's."""

    def __init__(self, make):
        self.iri, self.literal = make.iri, make.literal
        self.v = _Vocab(make.iri)
        self.classes = {name: make.iri(str(c)) for name, c in CLASS.items()}
        self.nodes: dict[str, object] = {}   # builder key → its IRI term
        self._names: dict[str, object] = {}

    def term(self, name: str):
        """The nkg IRI of ``name`` as a term (see :func:`term`)."""
        out = self._names.get(name)
        if out is None:
            out = self._names[name] = self.iri(str(term(name)))
        return out


RDFLIB = SimpleNamespace(iri=URIRef, literal=Literal)   # terms as rdflib objects (for Terms)


def _date_literal(value, t: Terms):
    if isinstance(value, dt.datetime):
        return t.literal(value.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"), datatype=XSD.dateTime)
    if isinstance(value, dt.date):
        return t.literal(value.isoformat(), datatype=XSD.date)
    return None


class GraphBuilder:
    """Builds the dataset; ``iri(key)`` gives an entity's IRI.

    Args:
        entities: resolved entities by key (from :func:`kg.resolve.entities.resolve`).
        base: the resource namespace (default ``https://w3id.org/newskg/id/``).

    The ``*_triples`` methods yield ``(subject, predicate, object)`` of the terms of ``t``
    (a :class:`Terms`; None: rdflib objects).
    """

    def __init__(self, entities: dict[str, Entity], base: str = str(RES), events: dict | None = None,
                 agreements: dict | None = None, posts: dict | None = None):
        self.entities = entities
        self.base = base
        self.events = events or {}
        self.agreements = agreements or {}
        self.posts = posts or {}
        self._iris: dict[str, URIRef] = {}
        self._rdflib = Terms(RDFLIB)
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

    def _node(self, key: str, t: Terms):
        """:meth:`iri` as a term of ``t``, made once per key."""
        out = t.nodes.get(key)
        if out is None:
            out = t.nodes[key] = t.iri(str(self.iri(key)))
        return out

    def _labelled(self, s, labels: dict, t: Terms):
        v = t.v
        for lang, counter in sorted(labels.items()):
            if lang.startswith("alt-"):
                for name in sorted(counter):
                    yield s, v.altLabel, t.literal(name, lang=lang[4:])
                continue
            if not counter:
                continue
            pref = max(counter, key=lambda n: (counter[n], len(n), n))
            for name in sorted(counter):
                yield s, v.label if name == pref else v.altLabel, t.literal(name, lang=lang)

    def event_triples(self, key: str, t: Terms | None = None):
        """Merged description of one event: its kind and nkg:Event, labels, dates, participants, places."""
        t = t or self._rdflib
        v = t.v
        e = self.events[key]
        s = self._node(key, t)
        yield s, v.type, t.term(e.type)
        yield s, v.type, v.Event  # stated, so queries need no RDFS inference
        yield from self._labelled(s, e.labels, t)
        if e.start:
            dtype = {"date": XSD.date, "gYearMonth": XSD.gYearMonth, "gYear": XSD.gYear}[e.datatype]
            yield s, v.startDate, t.literal(e.start, datatype=dtype)
            if e.end:
                yield s, v.endDate, t.literal(e.end, datatype=dtype)
        for k in e.participants:
            yield s, v.participant, self._node(k, t)
        for role, keys in e.roles.items():
            for k in keys:
                yield s, t.term(role), self._node(k, t)
        for k in e.locations:
            yield s, v.location, self._node(k, t)

    def schema_triples(self, t: Terms | None = None):
        """For each event type or role used by the graph that the ontology does not
        declare (one added in ``kg/data/events`` alone): its class or property
        declaration, under nkg:Event / nkg:participant, with the data file's labels."""
        from kg.extract.event_schema import load_schema

        t = t or self._rdflib
        v = t.v
        schema = load_schema()
        types = {e.type for e in self.events.values()}
        roles = {r for e in self.events.values() for r in e.roles}
        for name in sorted(types):
            if _declared(name):
                continue
            c = t.term(name)
            yield c, v.type, v.Class
            yield c, v.subClassOf, v.Event
            et = schema.types.get(name)
            for lang, text in sorted((et.labels if et else {}).items()):
                yield c, v.label, t.literal(text, lang=lang if lang != "zh" else "zh-Hans")
        for name in sorted(roles):
            if not _declared(name):
                yield t.term(name), v.type, v.ObjectProperty
                yield t.term(name), v.subPropertyOf, v.participant

    def agreement_triples(self, key: str, t: Terms | None = None):
        """Merged description of one agreement: its kind and nkg:Agreement, labels, signedAt, signatories."""
        t = t or self._rdflib
        v = t.v
        a = self.agreements[key]
        s = self._node(key, t)
        yield s, v.type, t.iri(str(NKG[a.type]))
        yield s, v.type, v.Agreement  # stated, so queries need no RDFS inference
        yield from self._labelled(s, a.labels, t)
        for k in a.signed_at:
            yield s, v.signedAt, self._node(k, t)
        for k in a.signatories:
            yield s, v.signatory, self._node(k, t)

    def post_triples(self, key: str, t: Terms | None = None):
        """One post: class, labels, postIn, and who holds it."""
        t = t or self._rdflib
        v = t.v
        p = self.posts[key]
        s = self._node(key, t)
        yield s, v.type, v.Post
        yield from self._labelled(s, p.labels, t)
        yield s, v.postIn, self._node(p.org, t)
        for person in p.holders:
            yield self._node(person, t), v.holds, s

    def evidence_triples(self, facts: ArticleFacts, t: Terms | None = None):
        """One nkg:Evidence per statement the article supports: the sentence as text (the
        source with markup taken out: no tag, entities decoded) and the code-point offsets
        of its first and last character in the source file."""
        t = t or self._rdflib
        v = t.v
        a = facts.article
        art = t.iri(str(article_iri(a.id, self.base)))
        count = XSD.nonNegativeInteger
        for st in facts.statements:
            para = a.paragraphs[st.paragraph]
            begin, end = para.source_span(st.start, st.end)
            h = hashlib.sha1(f"{st.subject}|{st.prop}|{st.value}|{a.id}|{begin}|{end}".encode()).hexdigest()[:16]
            ev = t.iri(f"{self.base}evidence/{h}")
            yield self._node(st.subject, t), v.evidence, ev
            yield ev, v.type, v.Evidence
            yield ev, v.quote, t.literal(para.text[st.start:st.end])
            yield ev, v.beginIndex, t.literal(begin, datatype=count)
            yield ev, v.endIndex, t.literal(end, datatype=count)
            yield ev, v.inArticle, art
            prop = st.prop[5:] if st.prop.startswith("role:") else st.prop
            yield ev, v.aboutProperty, v.type if st.prop == "type" else t.term(prop)
            if st.prop == "type":
                yield ev, v.aboutValue, t.term(st.value)
            elif st.prop == "startDate":
                yield ev, v.aboutValue, t.literal(st.value)
            else:
                yield ev, v.aboutValue, self._node(st.value, t)

    def entity_triples(self, key: str, t: Terms | None = None):
        """Merged description of one entity: type, labels, altLabels, sameAs."""
        t = t or self._rdflib
        v = t.v
        ent = self.entities[key]
        s = self._node(key, t)
        yield s, v.type, t.classes[ent.type]
        for c in ent.also_types:
            yield s, v.type, t.classes[c]
        for lang, counter in sorted(ent.labels.items()):
            pref = ent.preferred.get(lang)
            for surface in sorted(counter):
                if not surface.strip():
                    continue
                yield s, v.label if surface == pref else v.altLabel, t.literal(surface, lang=lang)
        if ent.qid:
            yield s, v.sameAs, t.iri(str(wikidata_iri(ent.qid)))

    def article_triples(self, facts: ArticleFacts, t: Terms | None = None):
        """The statements of one article's named graph."""
        t = t or self._rdflib
        v = t.v
        a = facts.article
        iri = article_iri(a.id, self.base)
        s = t.iri(str(iri))
        lang = a.language if a.language != "und" else None
        yield s, v.type, v.Article
        if a.title:
            yield s, v.headline, t.literal(a.title, lang=lang)
            yield s, v.label, t.literal(a.title, lang=lang)
        if a.url:
            yield s, v.url, t.literal(a.url, datatype=XSD.anyURI)
        date = _date_literal(a.published, t)
        if date is not None:
            yield s, v.datePublished, date
            if a.published_inferred:
                yield s, v.dateInferred, t.literal(True)
        yield s, v.inLanguage, t.literal(a.language)
        yield s, v.sourceFile, t.literal(a.path.replace("\\", "/").rsplit("/", 1)[-1])
        yield s, v.paragraphCount, t.literal(len(a.paragraphs))
        if facts.publisher:
            yield s, v.publisher, self._node(facts.publisher, t)
            yield from self._local(t, facts.publisher, [])
        for key in facts.cites:
            yield s, v.cites, self._node(key, t)
        for key, surfaces in sorted(facts.mentions.items()):
            yield s, v.mentions, self._node(key, t)
            yield from self._local(t, key, surfaces, a.language)
        for key, rel in sorted(facts.events.items()):
            yield s, v.reports if rel == "reports" else v.mentions, self._node(key, t)
        for key in facts.agreements:
            yield s, v.mentions, self._node(key, t)
        yield from part_triples(a, iri, t)
        yield from self.evidence_triples(facts, t)

    def _local(self, t: Terms, key: str, surfaces: list[str], article_lang: str = "und"):
        v = t.v
        ent = self.entities[key]
        s = self._node(key, t)
        yield s, v.type, t.classes[ent.type]
        for c in ent.also_types:
            yield s, v.type, t.classes[c]
        for surface in sorted(set(surfaces)):
            lang = label_language(surface, article_lang)
            prop = v.label if ent.preferred.get(lang) == surface else v.altLabel
            yield s, prop, t.literal(surface, lang=lang)

    def _default_triples(self, t: Terms):
        """The default graph's triples: entities, events, schema, agreements, posts, by key."""
        for key in sorted(self.entities):
            yield from self.entity_triples(key, t)
        for key in sorted(self.events):
            yield from self.event_triples(key, t)
        yield from self.schema_triples(t)
        for key in sorted(self.agreements):
            yield from self.agreement_triples(key, t)
        for key in sorted(self.posts):
            yield from self.post_triples(key, t)

    def quads(self, facts: list[ArticleFacts]):
        """Every statement as ``(subject, predicate, object, graph)`` rdflib terms: the merged
        entity, event, schema, agreement and post descriptions in the default graph (``graph``
        None), then each article's named graph (``graph`` its IRI), articles by id."""
        for s, p, o in self._default_triples(self._rdflib):
            yield s, p, o, None
        for f in sorted(facts, key=lambda f: f.article.id):
            g = article_iri(f.article.id, self.base)
            for s, p, o in self.article_triples(f, self._rdflib):
                yield s, p, o, g

    def store(self, facts: list[ArticleFacts]) -> GraphStore:
        """:meth:`quads` in a :class:`kg.graph.store.GraphStore` (the graph every export writes),
        the same lines, made from N-Triples terms (:class:`kg.graph.store.NTriplesTerms`) rather
        than rdflib terms, one copy of a line shared by the graphs that hold it. Raises
        ValueError for an IRI or language tag RDF does not allow."""
        t = Terms(NTriplesTerms())
        graphs: dict[bytes, list[bytes]] = {}
        one = {}   # line → the one copy of it that every graph holds (the same label in many articles)
        _add_lines(graphs, b"", self._default_triples(t), one)
        for f in sorted(facts, key=lambda f: f.article.id):
            g = t.iri(str(article_iri(f.article.id, self.base)))
            _add_lines(graphs, g, self.article_triples(f, t), one)
        return GraphStore(graphs, union=one)


def _add_lines(graphs: dict[bytes, list[bytes]], g: bytes, triples, one: dict[bytes, bytes]) -> None:
    """N-Triples ``triples`` (UTF-8 terms) as lines of graph ``g`` of ``graphs``, each line the copy kept
    in ``one`` (a graph with no triple gets no entry, as in :meth:`GraphStore.from_quads`)."""
    lines = [b" ".join((s, p, o, b".")) for s, p, o in triples]
    if lines:
        graphs.setdefault(g, []).extend(map(one.setdefault, lines, lines))


# A bulletin has parts; a one-story article (one item or none) gets none.
MIN_PARTS = 2


def part_iri(article: URIRef, index: int) -> URIRef:
    """The IRI of item ``index`` (0-based) of the article ``article``: ``<article>/part/<index>``."""
    return URIRef(f"{article}/part/{index}")


def part_triples(a, s: URIRef, t: Terms | None = None):
    """One ``nkg:ArticlePart`` per item of a bulletin (``Article.items``, at
    least ``MIN_PARTS``): ``nkg:partOf`` the article ``s`` (its IRI), its ``nkg:position``,
    its heading as ``nkg:headline`` (in the article's language) and its
    code-point span in the source file (``nkg:beginIndex``, ``nkg:endIndex``); terms of
    ``t`` (None: rdflib objects)."""
    if len(a.items) < MIN_PARTS:
        return
    t = t or Terms(RDFLIB)
    v = t.v
    article = t.iri(str(s))
    count = XSD.nonNegativeInteger
    lang = a.language if a.language != "und" else None
    for item in a.items:
        p = t.iri(str(part_iri(s, item.index)))
        yield p, v.type, v.ArticlePart
        yield p, v.partOf, article
        yield p, v.position, t.literal(item.index, datatype=count)
        if item.heading:
            yield p, v.headline, t.literal(item.heading, lang=lang)
        yield p, v.beginIndex, t.literal(item.start, datatype=count)
        yield p, v.endIndex, t.literal(item.end, datatype=count)


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
