"""The IRIs diplokg names things under, as plain strings (no rdflib).

:mod:`diplokg.rdf.terms` builds its rdflib namespaces from these. Modules on the
query path (:mod:`diplokg.store.queries`, :mod:`diplokg.store.remote`,
:mod:`diplokg.store.embedded`) import them from here, so that ``diplokg query`` starts
without loading rdflib.
"""

from __future__ import annotations

__all__ = ["BASE", "ENTITY_GRAPH", "ENTITY_NS", "ONTOLOGY_GRAPH", "PREFIXES"]

BASE = "https://w3id.org/diplokg/"
#: The named graph of the packaged ontology.
ONTOLOGY_GRAPH = BASE + "ontology"
#: Where shared entities, posts and roles are named: ``dkid:`` (``BASE/id/…``).
ENTITY_NS = BASE + "id/"
#: The one named graph of a store that holds the descriptions of shared entities,
#: posts and roles, each triple once, however many articles restate it.
ENTITY_GRAPH = BASE + "entities"

#: Prefixes of diplokg output, in the order they are bound.
PREFIXES: dict[str, str] = {
    "dk": BASE + "ontology#",
    "dkid": ENTITY_NS,
    "nif": "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
    "oa": "http://www.w3.org/ns/oa#",
    "org": "http://www.w3.org/ns/org#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "prov": "http://www.w3.org/ns/prov#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "schema": "https://schema.org/",
    "wd": "http://www.wikidata.org/entity/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
