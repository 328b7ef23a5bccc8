"""Records → RDF (rdflib). The first stage allowed to import rdflib."""
