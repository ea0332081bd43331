"""The ontology: documented, aligned, and consistent with the seed graph under OWL RL."""

from __future__ import annotations

import owlrl
import pytest
from owlrl.Namespaces import ERRNS
from rdflib import OWL, RDF, RDFS, Graph, URIRef
from rdflib.namespace import SKOS

from diplokg.rdf.convert import ArticleGraph
from diplokg.rdf.terms import DK
from diplokg.validation.shacl import load_ontology

ALIGNED_TO = (
    "https://schema.org/",
    "http://www.w3.org/ns/org#",
    "http://www.w3.org/ns/prov#",
    "http://www.w3.org/ns/oa#",
    "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
    "http://www.w3.org/2006/time#",
    "http://www.w3.org/2004/02/skos/core#",
    "http://purl.org/dc/terms/",
)
TERM_TYPES = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)


def _terms(ontology: Graph) -> list[URIRef]:
    return sorted(
        {
            s
            for t in TERM_TYPES
            for s in ontology.subjects(RDF.type, t)
            if isinstance(s, URIRef) and str(s).startswith(str(DK))
        }
    )


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return load_ontology()


def test_every_term_has_a_label_and_a_definition(ontology: Graph) -> None:
    terms = _terms(ontology)
    assert len(terms) > 60
    for term in terms:
        assert ontology.value(term, RDFS.label) is not None, term
        assert ontology.value(term, SKOS.definition) is not None, term


def test_every_term_is_aligned_to_a_standard_vocabulary(ontology: Graph) -> None:
    """Each term reaches schema.org, ORG, PROV-O, Web Annotation, NIF (or OWL-Time/SKOS)."""
    for term in _terms(ontology):
        if (term, RDF.type, OWL.AnnotationProperty) in ontology:
            parents = set(ontology.objects(term, RDFS.subPropertyOf))
        else:
            prop = (
                RDFS.subClassOf if (term, RDF.type, OWL.Class) in ontology else RDFS.subPropertyOf
            )
            parents = set(ontology.transitive_objects(term, prop)) - {term}
        assert any(str(p).startswith(ALIGNED_TO) for p in parents), term


def test_the_core_vocabularies_are_all_used(ontology: Graph) -> None:
    targets = {str(o) for o in ontology.objects(None, RDFS.subClassOf)} | {
        str(o) for o in ontology.objects(None, RDFS.subPropertyOf)
    }
    for ns in ALIGNED_TO[:5]:
        assert any(t.startswith(ns) for t in targets), ns


def test_owl_rl_closure_of_ontology_and_seed_is_consistent(
    ontology: Graph, seed: ArticleGraph
) -> None:
    graph = Graph()
    graph += ontology
    graph += seed.graph
    before = len(graph)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(graph)
    errors = [str(m) for m in graph.objects(None, ERRNS.error)]
    assert errors == []
    assert not list(graph.subjects(RDF.type, OWL.Nothing))
    assert len(graph) > before
    # The alignment axioms do their job: a state is an org:Organization, a quote a prov:Entity.
    china = URIRef("https://w3id.org/diplokg/id/china")
    assert (china, RDF.type, URIRef("http://www.w3.org/ns/org#Organization")) in graph
    quote = URIRef("https://w3id.org/diplokg/article/000_7f87956a7e0403ad/wang-quote-support")
    assert (quote, RDF.type, URIRef("http://www.w3.org/ns/prov#Entity")) in graph


def test_owl_rl_finds_an_inconsistency_when_there_is_one(ontology: Graph) -> None:
    """The consistency test can fail: a person who is also a place is caught."""
    graph = Graph()
    graph += ontology
    thing = URIRef("https://w3id.org/diplokg/id/test-thing")
    graph.add((thing, RDF.type, DK.Person))
    graph.add((thing, RDF.type, DK.Place))
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(graph)
    assert list(graph.objects(None, ERRNS.error))
