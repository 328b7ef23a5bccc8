"""Readable, stable IRIs for articles and entities under the resource namespace.

``https://w3id.org/newskg/id/article/<stable id>`` for articles;
``https://w3id.org/newskg/id/<type>/<slug>`` for entities, where the slug is
the gazetteer record id when linked (``country/kazakhstan``) or a slug of the
folded name (``person/卢钢``). IRIs may hold non-ASCII characters (RFC 3987).
"""
from __future__ import annotations

from rdflib import URIRef

from kg.graph.vocab import RES

WIKIDATA = "http://www.wikidata.org/entity/"


def article_iri(article_id: str, base: str = str(RES)) -> URIRef:
    return URIRef(f"{base}article/{article_id}")


def entity_iri(type_: str, slug: str, base: str = str(RES)) -> URIRef:
    return URIRef(f"{base}{type_.lower()}/{slug}")


def wikidata_iri(qid: str) -> URIRef:
    return URIRef(WIKIDATA + qid)
