"""The ontology (ontology/newskg.ttl) and the vocabulary generated from it (kg/graph/vocab.py)."""
import inspect
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY = ROOT / "ontology" / "newskg.ttl"
VOCAB = ROOT / "kg" / "graph" / "vocab.py"
GENERATOR = ROOT / "scripts" / "gen_vocab.py"

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kg.graph.vocab import NKG, RES  # noqa: E402

NS = "https://w3id.org/newskg/ontology#"
N = Namespace(NS)
SCHEMA = Namespace("https://schema.org/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
ORG = Namespace("http://www.w3.org/ns/org#")
PROV = Namespace("http://www.w3.org/ns/prov#")
OA = Namespace("http://www.w3.org/ns/oa#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")

# Every nkg: term CONTRACT.md names (it may not be renamed), plus the terms the
# project adds for provenance and article metadata.
CONTRACT_CLASSES = [
    "Article", "Outlet", "Person", "Organization", "Place", "Country", "Event",
    "Summit", "Meeting", "Visit", "Signing", "Conference",
    "Agreement", "Treaty", "Declaration", "ActionPlan", "Initiative",
    "Post",
]
CONTRACT_PROPERTIES = [
    "publisher", "cites", "reports", "mentions", "headline", "url", "datePublished",
    "inLanguage", "participant", "location", "startDate", "endDate", "signedAt",
    "signatory", "holds", "postIn",
]
PROJECT_TERMS = [
    "StateVisit", "Ceremony", "Talks", "JointStatement", "Memorandum", "Communique",
    "Accord", "Evidence", "dateInferred", "sourceFile", "paragraphCount", "evidence",
    "quote", "beginIndex", "endIndex", "inArticle", "aboutProperty",
]
EVENT_KINDS = ["Summit", "Meeting", "Visit", "StateVisit", "Signing", "Conference",
               "Ceremony", "Talks"]
AGREEMENT_KINDS = ["Treaty", "Declaration", "JointStatement", "ActionPlan", "Memorandum",
                   "Initiative", "Communique", "Accord"]

# The alignments CONTRACT.md lists: term -> (relation, standard term).
ALIGNMENTS = [
    ("Article", RDFS.subClassOf, SCHEMA.NewsArticle),
    ("Outlet", RDFS.subClassOf, SCHEMA.NewsMediaOrganization),
    ("Outlet", RDFS.subClassOf, N.Organization),
    ("Person", RDFS.subClassOf, SCHEMA.Person),
    ("Person", RDFS.subClassOf, FOAF.Person),
    ("Organization", RDFS.subClassOf, SCHEMA.Organization),
    ("Organization", RDFS.subClassOf, FOAF.Organization),
    ("Place", RDFS.subClassOf, SCHEMA.Place),
    ("Country", RDFS.subClassOf, SCHEMA.Country),
    ("Country", RDFS.subClassOf, N.Place),
    ("Event", RDFS.subClassOf, SEM.Event),
    ("Event", RDFS.subClassOf, SCHEMA.Event),
    ("Agreement", RDFS.subClassOf, SCHEMA.CreativeWork),
    ("Post", RDFS.subClassOf, ORG.Post),
    ("Evidence", RDFS.subClassOf, OA.Annotation),
    ("Evidence", RDFS.subClassOf, NIF.String),
    ("publisher", RDFS.subPropertyOf, SCHEMA.publisher),
    ("cites", RDFS.subPropertyOf, SCHEMA.citation),
    ("reports", RDFS.subPropertyOf, SCHEMA.about),
    ("mentions", RDFS.subPropertyOf, SCHEMA.mentions),
    ("headline", RDFS.subPropertyOf, SCHEMA.headline),
    ("url", RDFS.subPropertyOf, SCHEMA.url),
    ("datePublished", RDFS.subPropertyOf, SCHEMA.datePublished),
    ("inLanguage", RDFS.subPropertyOf, SCHEMA.inLanguage),
    ("participant", RDFS.subPropertyOf, SEM.hasActor),
    ("location", RDFS.subPropertyOf, SEM.hasPlace),
    ("location", RDFS.subPropertyOf, SCHEMA.location),
    ("startDate", RDFS.subPropertyOf, SCHEMA.startDate),
    ("endDate", RDFS.subPropertyOf, SCHEMA.endDate),
    ("holds", RDFS.subPropertyOf, ORG.holds),
    ("postIn", RDFS.subPropertyOf, ORG.postIn),
    ("quote", RDFS.subPropertyOf, OA.exact),
    ("quote", RDFS.subPropertyOf, NIF.anchorOf),
    ("beginIndex", RDFS.subPropertyOf, NIF.beginIndex),
    ("endIndex", RDFS.subPropertyOf, NIF.endIndex),
    ("inArticle", RDFS.subPropertyOf, OA.hasSource),
]
LANGS = ("en", "zh-hans", "zh-hant")
KINDS = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, RDF.Property)


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


def declared(g: Graph) -> set:
    return {s for kind in KINDS for s in g.subjects(RDF.type, kind)
            if isinstance(s, URIRef) and str(s).startswith(NS)}


def vocab_terms() -> set:
    return {NKG[name] for name, ann in inspect.get_annotations(NKG).items() if ann is URIRef}


def langs(g: Graph, s, p) -> list:
    return [o.language.lower() for o in g.objects(s, p) if isinstance(o, Literal) and o.language]


def test_ontology_header(onto):
    iri = URIRef("https://w3id.org/newskg/ontology")
    assert (iri, RDF.type, OWL.Ontology) in onto
    assert str(onto.value(iri, OWL.versionInfo)) == "0.1.0"


def test_vocab_matches_ontology(onto):
    assert vocab_terms() == declared(onto)


def test_contract_terms_declared(onto):
    terms = declared(onto)
    missing = [t for t in CONTRACT_CLASSES + CONTRACT_PROPERTIES + PROJECT_TERMS
               if N[t] not in terms]
    assert not missing
    classes = set(onto.subjects(RDF.type, OWL.Class))
    assert all(N[t] in classes for t in CONTRACT_CLASSES + EVENT_KINDS + AGREEMENT_KINDS)


def test_each_term_declared_once(onto):
    for s in declared(onto):
        assert len([k for k in KINDS if (s, RDF.type, k) in onto]) == 1, s


@pytest.mark.parametrize("prop", [RDFS.label, RDFS.comment])
def test_labels_and_comments_in_three_scripts(onto, prop):
    for s in declared(onto):
        tags = langs(onto, s, prop)
        assert sorted(tags) == sorted(LANGS), (s, prop, tags)


def test_labels_distinct(onto):
    for lang in LANGS:
        seen = {}
        for s in declared(onto):
            for o in onto.objects(s, RDFS.label):
                if o.language.lower() == lang:
                    key = str(o).lower()
                    assert key not in seen, (lang, str(o), s, seen.get(key))
                    seen[key] = s


def test_misspelt_term_fails():
    assert NKG.Article == URIRef(NS + "Article")
    with pytest.raises(AttributeError):
        NKG.Artcle  # noqa: B018
    assert RES["x"] == URIRef("https://w3id.org/newskg/id/x")


def test_subclass_closure(onto):
    def up(c):
        return set(onto.transitive_objects(N[c], RDFS.subClassOf))

    assert N.Place in up("Country")
    assert N.Organization in up("Outlet")
    assert N.Event in up("Summit")
    assert N.Visit in up("StateVisit")
    for kind in EVENT_KINDS:
        assert N.Event in up(kind), kind
    for kind in AGREEMENT_KINDS:
        assert N.Agreement in up(kind), kind


@pytest.mark.parametrize("term,rel,target", ALIGNMENTS,
                         ids=[f"{t}-{x.split('/')[-1]}" for t, _, x in ALIGNMENTS])
def test_alignment(onto, term, rel, target):
    assert (N[term], rel, target) in onto


def test_generated_file_up_to_date(tmp_path):
    out = tmp_path / "vocab.py"
    subprocess.run([sys.executable, str(GENERATOR), str(out)], check=True, cwd=tmp_path)
    assert out.read_bytes() == VOCAB.read_bytes(), "run: python scripts/gen_vocab.py"
