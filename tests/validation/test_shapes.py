"""The SHACL shapes: the seed conforms, every rule is tested by a broken graph.

``tests/data/broken/<name>.ru`` is a SPARQL Update that minimally breaks a copy
of the seed graph so that it violates the shape ``dksh:<name>`` and no other.
Every shape that carries a constraint has exactly one such file.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from pyshacl import validate as shacl_validate
from rdflib import OWL, RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.term import Node

from diplokg.rdf.convert import ArticleGraph
from diplokg.rdf.terms import DK, ENTITY_GRAPH, NIF, SH
from diplokg.store.embedded import replace_graph, to_ntriples
from diplokg.validation.shacl import (
    Engine,
    ValidationReport,
    engine_report,
    load_ontology,
    load_shapes,
    make_engine,
    validate_graph,
)
from tests.conftest import DATA, ROOT, broken_graph, seed_article

SHAPES_FILE = ROOT / "shapes" / "diplokg-shapes.ttl"
BROKEN = DATA / "broken"
BROKEN_FILES = sorted(BROKEN.glob("*.ru"))
DKSH = Namespace("https://w3id.org/diplokg/shapes#")
# Datatypes as plain IRIs: rdflib's XSD namespace object warns when pytest
# inspects module attributes.
XSD_DATE = URIRef("http://www.w3.org/2001/XMLSchema#date")
XSD_G_YEAR_MONTH = URIRef("http://www.w3.org/2001/XMLSchema#gYearMonth")
XSD_INTEGER = URIRef("http://www.w3.org/2001/XMLSchema#integer")
XSD_NON_NEGATIVE_INTEGER = URIRef("http://www.w3.org/2001/XMLSchema#nonNegativeInteger")

#: Predicates of a shape that are not constraints (targets, grouping, metadata).
NOT_CONSTRAINTS = {
    RDF.type,
    RDFS.label,
    RDFS.comment,
    SH.targetClass,
    SH.targetNode,
    SH.targetSubjectsOf,
    SH.targetObjectsOf,
    SH.target,
    SH.property,
    SH.path,
    SH.message,
    SH.severity,
    SH.name,
    SH.description,
    SH.order,
    SH.group,
    SH.deactivated,
}


# ---------------------------------------------------------------------------
# Helpers (graphs are parsed once per test session)
# ---------------------------------------------------------------------------


@cache
def shapes_graph() -> Graph:
    """The shapes file, parsed once (do not mutate)."""
    return load_shapes([SHAPES_FILE])


@cache
def ontology_graph() -> Graph:
    """The packaged ontology, parsed once (do not mutate)."""
    return load_ontology()


@cache
def _engine(kind: str) -> Engine:
    """The engine ``kind`` for the shapes file, compiled once (compiling the fast engine is
    more than half of validating the seed's graph)."""
    return make_engine(kind, shapes=shapes_graph(), ontology=ontology_graph())


def validate(graph: Graph, *, engine: str = "pyshacl") -> ValidationReport:
    """Validate ``graph`` with the shapes file and the ontology (pySHACL, the reference)."""
    return engine_report(_engine(engine), graph, shapes=shapes_graph())


def node_shapes(shapes: Graph) -> set[Node]:
    return set(shapes.subjects(RDF.type, SH.NodeShape))


def property_shapes(shapes: Graph) -> set[Node]:
    return set(shapes.subjects(RDF.type, SH.PropertyShape)) | set(shapes.objects(None, SH.property))


def constraint_shapes(shapes: Graph) -> set[Node]:
    """Shapes that can be a result's sh:sourceShape: every property shape, and
    every node shape with a constraint of its own (not only sh:property)."""
    direct = {
        s
        for s in node_shapes(shapes)
        if any(p not in NOT_CONSTRAINTS for p in shapes.predicates(s, None))
    }
    return property_shapes(shapes) | direct


def expected_message(shapes: Graph, shape: Node) -> str:
    """The one sh:message of a shape, or of its one SPARQL constraint."""
    messages = list(shapes.objects(shape, SH.message))
    for constraint in shapes.objects(shape, SH.sparql):
        messages += list(shapes.objects(constraint, SH.message))
    assert len(messages) == 1, f"{shape} has {len(messages)} messages"
    return str(messages[0])


def copy_of(graph: Graph) -> Graph:
    copy = Graph()
    copy += graph
    return copy


def broken(seed: ArticleGraph, path: Path) -> Graph:
    """A copy of the seed graph with the update in ``path`` applied (made once per test
    process, :func:`tests.conftest.broken_graph`: do not mutate)."""
    assert seed is seed_article()
    return broken_graph(path)


def via_store(graph: Graph, graph_iri: str) -> Graph:
    """``graph`` written to a pyoxigraph store as a named graph and read back."""
    store = ox.Store()
    replace_graph(store, graph_iri, to_ntriples(graph))
    return from_store(store, graph_iri)


def from_store(store: ox.Store, graph_iri: str) -> Graph:
    data = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(graph_iri))
    back = Graph()
    back.parse(data=data, format="nt")
    return back


#: The engines a check that does not depend on the engine runs on: the fast engine in the
#: fast tier, pySHACL (the reference, about 1 s a graph) in the whole suite, with the same
#: parameters, so the whole suite still proves the two agree on every such check.
ENGINES = ["fast", pytest.param("pyshacl", marks=pytest.mark.slow)]


@pytest.fixture(scope="module", params=ENGINES)
def engine(request: pytest.FixtureRequest) -> str:
    """The SHACL engine of a check (each check runs once per engine of :data:`ENGINES`)."""
    engine: str = request.param
    return engine


@pytest.fixture(scope="module")
def seed_report(seed: ArticleGraph, engine: str) -> ValidationReport:
    return validate(seed.graph, engine=engine)


# ---------------------------------------------------------------------------
# The shapes graph itself
# ---------------------------------------------------------------------------


def test_shapes_pass_shacl_shacl() -> None:
    shacl_shacl = Graph().parse(
        data=files("pyshacl").joinpath("assets", "shacl-shacl.ttl").read_text(encoding="utf-8"),
        format="turtle",
    )
    conforms, _, text = shacl_validate(shapes_graph(), shacl_graph=shacl_shacl, inference="none")
    assert conforms, text
    # The check has teeth: a malformed shape fails it. The shape alone (its concise bounded
    # description, which passes): validating all the shapes again would double the time.
    alone = shapes_graph().cbd(DKSH["Meeting-participant"])
    assert (DKSH["Meeting-participant"], SH.minCount, Literal(2)) in alone
    assert shacl_validate(alone, shacl_graph=shacl_shacl, inference="none")[0]
    malformed = copy_of(alone)
    malformed.add((DKSH["Meeting-participant"], SH.minCount, Literal("two")))
    assert not shacl_validate(malformed, shacl_graph=shacl_shacl, inference="none")[0]


def test_packaged_shapes_are_the_shapes_file() -> None:
    assert load_shapes().isomorphic(shapes_graph())


def test_every_shape_has_an_iri_in_the_shapes_namespace() -> None:
    shapes = shapes_graph()
    for shape in node_shapes(shapes) | property_shapes(shapes):
        assert isinstance(shape, URIRef) and shape.startswith(str(DKSH)), shape


def test_node_shapes_target_ontology_classes() -> None:
    shapes, ontology = shapes_graph(), ontology_graph()
    for shape in node_shapes(shapes):
        targets = list(shapes.objects(shape, SH.targetClass))
        assert len(targets) == 1, f"{shape} needs one sh:targetClass"
        assert (targets[0], RDF.type, OWL.Class) in ontology, (
            f"{shape}: {targets[0]} not in ontology"
        )
        assert shape == DKSH[str(targets[0]).removeprefix(str(DK))], "named after its class"


def test_every_property_shape_belongs_to_one_node_shape() -> None:
    shapes = shapes_graph()
    for shape in property_shapes(shapes):
        owners = list(shapes.subjects(SH.property, shape))
        assert len(owners) == 1, f"{shape} is grouped by {owners}"
        assert str(shape).startswith(str(owners[0]) + "-"), f"{shape} is named after {owners[0]}"


def test_every_constraint_has_a_plain_language_message() -> None:
    shapes = shapes_graph()
    for shape in constraint_shapes(shapes):
        message = expected_message(shapes, shape)
        assert message.endswith(".") and len(message.split()) >= 5, (shape, message)
    for shape in node_shapes(shapes) - constraint_shapes(shapes):
        assert (shape, SH.message, None) not in shapes, f"{shape} has a message but no constraint"


def test_sparql_constraints_are_select_queries_with_declared_prefixes() -> None:
    shapes = shapes_graph()
    for shape, constraint in shapes.subject_objects(SH.sparql):
        assert len(list(shapes.objects(shape, SH.sparql))) == 1, f"{shape}: one rule per shape"
        assert "SELECT" in str(shapes.value(constraint, SH.select)), shape
        assert shapes.value(constraint, SH.prefixes) == URIRef("https://w3id.org/diplokg/shapes")


# ---------------------------------------------------------------------------
# The seed article
# ---------------------------------------------------------------------------


def test_seed_conforms_without_any_result(seed_report: ValidationReport) -> None:
    assert seed_report.conforms
    assert seed_report.results == ()


def test_packaged_shapes_are_used_by_default(seed: ArticleGraph, engine: str) -> None:
    report = validate_graph(broken(seed, BROKEN / "Meeting-participant.ru"), engine=engine)
    assert {r.shape for r in report.results} == {str(DKSH["Meeting-participant"])}


# ---------------------------------------------------------------------------
# Broken graphs: one per shape, each breaks exactly that shape
# ---------------------------------------------------------------------------


def test_every_constraint_shape_has_a_broken_graph() -> None:
    shapes = {str(s).removeprefix(str(DKSH)) for s in constraint_shapes(shapes_graph())}
    tested = {p.stem for p in BROKEN_FILES}
    assert sorted(shapes - tested) == [], "shapes without a broken/ file"
    assert sorted(tested - shapes) == [], "broken/ files without a shape"


#: Every broken graph is checked with the fast engine (about 0.1 s a graph) in the fast
#: tier, and with pySHACL, the reference (about 1 s a graph), in the whole suite. The
#: fast tier also compares the two engines on one broken graph per kind of constraint
#: (``test_validate_ci.py::test_fast_engine_equals_pyshacl_on_each_broken_graph``).


def _cases() -> list[Any]:
    cases = []
    for path in BROKEN_FILES:
        cases.append(pytest.param(path, "fast", id=f"{path.stem}-fast"))
        cases.append(
            pytest.param(path, "pyshacl", id=f"{path.stem}-pyshacl", marks=pytest.mark.slow)
        )
    return cases


@pytest.mark.parametrize(("path", "engine"), _cases())
def test_broken_graph_violates_exactly_its_shape(
    seed: ArticleGraph, path: Path, engine: str
) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# "), "start with a comment saying what the update breaks"
    graph = broken(seed, path)
    assert set(graph) != set(seed.graph), "the update changed nothing"
    shape = DKSH[path.stem]
    report = validate(graph, engine=engine)
    assert report.results, "no validation result"
    assert {r.shape for r in report.results} == {str(shape)}
    assert {r.message for r in report.results} == {expected_message(shapes_graph(), shape)}
    severity = shapes_graph().value(shape, SH.severity) or SH.Violation
    assert {r.severity for r in report.results} == {str(severity).rsplit("#", 1)[-1]}
    assert report.conforms == (severity != SH.Violation)


# ---------------------------------------------------------------------------
# Rules worth a second case
# ---------------------------------------------------------------------------


def held_meeting_dated(seed: ArticleGraph, value: Literal) -> Graph:
    graph = copy_of(seed.graph)
    meeting = URIRef("https://w3id.org/diplokg/article/000_7f87956a7e0403ad/wang-lavrov-jakarta")
    graph.set((meeting, DK.date, value))
    return graph


@pytest.mark.parametrize(
    ("value", "violates"),
    [
        (Literal("2023-07-14", datatype=XSD_DATE), False),  # the day of publication
        (Literal("2023-07", datatype=XSD_G_YEAR_MONTH), False),  # the month of publication
        (Literal("2023-08", datatype=XSD_G_YEAR_MONTH), True),
    ],
    ids=["same-day", "same-month", "next-month"],
)
def test_held_event_date_against_publication(
    seed: ArticleGraph, value: Literal, violates: bool, engine: str
) -> None:
    report = validate(held_meeting_dated(seed, value), engine=engine)
    shapes = {r.shape for r in report.results}
    assert shapes == (
        {str(DKSH["NewsArticle-heldEventNotAfterPublication"])} if violates else set()
    )


def test_reporting_steps_repeated_index(seed: ArticleGraph, engine: str) -> None:
    graph = copy_of(seed.graph)
    graph.update(
        """
        PREFIX dk: <https://w3id.org/diplokg/ontology#>
        DELETE { ?step dk:stepIndex 2 } INSERT { ?step dk:stepIndex 1 }
        WHERE { <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/china-asean-non-aggression-pact>
                    dk:reportingStep ?step . ?step dk:stepIndex 2 }
        """
    )
    report = validate(graph, engine=engine)
    assert {r.shape for r in report.results} == {str(DKSH["NewsArticle-reportingStepSequence"])}


# ---------------------------------------------------------------------------
# Round trip through the store: offsets come back as xsd:integer
# ---------------------------------------------------------------------------


def test_seed_round_trip_through_store_validates_the_same(
    seed: ArticleGraph, seed_store: ox.Store, seed_report: ValidationReport, engine: str
) -> None:
    # The article's graph and the shared entity descriptions, as the store keeps them.
    back = from_store(seed_store, str(seed.graph_iri)) + from_store(seed_store, str(ENTITY_GRAPH))
    assert len(back) == len(seed.graph)
    text = next(back.subjects(RDF.type, DK.ArticleText))
    before = seed.graph.value(text, NIF.endIndex)
    after = back.value(text, NIF.endIndex)
    assert isinstance(before, Literal) and before.datatype == XSD_NON_NEGATIVE_INTEGER
    assert isinstance(after, Literal) and after.datatype == XSD_INTEGER
    assert after.value == before.value
    report = validate(back, engine=engine)
    assert report.conforms == seed_report.conforms
    assert report.results == seed_report.results == ()


@pytest.mark.parametrize(
    "name", ["EvidenceSpan-beginIndex", "ArticleText-spanTextMatches", "ArticleText-endIsLength"]
)
def test_broken_round_trip_through_store_validates_the_same(
    seed: ArticleGraph, name: str, engine: str
) -> None:
    graph = broken(seed, BROKEN / f"{name}.ru")
    back = via_store(graph, str(seed.graph_iri))
    assert any(
        o.datatype == XSD_INTEGER
        for o in back.objects(None, NIF.beginIndex)
        if isinstance(o, Literal)
    )
    original, round_tripped = validate(graph, engine=engine), validate(back, engine=engine)
    assert round_tripped.results == original.results
    assert {r.shape for r in round_tripped.results} == {str(DKSH[name])}
