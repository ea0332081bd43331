"""The fast SHACL engine is exact or refuses: one probe per way it used to be wrong.

Each probe validates a small graph with ``auto`` (and, where it runs, ``fast``)
and with pySHACL (the reference), and asserts the same results; a probe whose
construct the fast engine cannot evaluate asserts that it refuses it
(:class:`~diplokg.errors.UnsupportedShapes`), at compile time or for that graph.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import XSD, Graph, Literal, Namespace

from diplokg.cli import cli
from diplokg.errors import DiplokgError, UnsupportedShapes
from diplokg.rdf.terms import DK
from diplokg.validation.shacl import (
    AutoEngine,
    PyshaclEngine,
    ValidationResult,
    load_ontology,
    make_engine,
)
from diplokg.validation.shacl_fast import FastEngine

EX = Namespace("http://example.org/")

PREFIXES = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix dk: <https://w3id.org/diplokg/ontology#> .
@prefix ex: <http://example.org/> .
ex:prefixes sh:declare [ sh:prefix "ex" ; sh:namespace "http://example.org/"^^xsd:anyURI ] ,
    [ sh:prefix "xsd" ; sh:namespace "http://www.w3.org/2001/XMLSchema#"^^xsd:anyURI ] .
"""


def turtle(text: str) -> Graph:
    return Graph().parse(data=PREFIXES + text, format="turtle")


def rows(results: list[ValidationResult]) -> set[tuple[object, ...]]:
    return {
        (r.severity, r.shape, r.focus, r.path, r.value_node, r.message, r.constraint)
        for r in results
    }


def reference(shapes: Graph, data: Graph, ontology: Graph | None = None) -> set[tuple[object, ...]]:
    engine = PyshaclEngine(shapes=shapes, ontology=ontology if ontology is not None else Graph())
    return rows(engine.validate(data))


def auto(shapes: Graph, data: Graph, ontology: Graph | None = None) -> set[tuple[object, ...]]:
    ontology = ontology if ontology is not None else Graph()
    return rows(make_engine("auto", shapes=shapes, ontology=ontology).validate(data))


def sparql_shape(select: str) -> Graph:
    return turtle(
        f"""
ex:Shape a sh:NodeShape ; sh:targetClass ex:T ; sh:property ex:check .
ex:check sh:path ex:p ; sh:sparql [ sh:prefixes ex:prefixes ; sh:message "bad" ;
    sh:select '''{select}''' ] .
"""
    )


DATA = turtle(
    """
ex:a a ex:T ; ex:p ex:x, ex:y ; ex:q ex:z ; ex:n "5"^^xsd:int .
ex:b a ex:T ; ex:p ex:y ; ex:n "6"^^xsd:integer .
ex:x ex:q ex:a .
ex:y ex:q ex:b .
ex:z a ex:Thing .
ex:x a ex:Thing .
"""
)


# --- compile-time refusals --------------------------------------------------------------

NESTED_PROPERTY = """
ex:Shape a sh:NodeShape ; sh:targetClass ex:T ; sh:property ex:outer .
ex:outer sh:path ex:p ; sh:property ex:inner ; sh:message "outer" .
ex:inner sh:path ex:r ; sh:minCount 1 ; sh:message "every p needs an r" .
"""
IMPLICIT_CLASS_TARGET = """
ex:T a rdfs:Class, sh:NodeShape ; sh:property ex:needsR .
ex:needsR sh:path ex:r ; sh:minCount 1 ; sh:message "needs r" .
"""


@pytest.mark.parametrize(
    "shapes_text",
    [NESTED_PROPERTY, IMPLICIT_CLASS_TARGET],
    ids=["nested-sh-property", "implicit-class-target"],
)
def test_fast_engine_refuses_what_it_would_ignore(shapes_text: str, tmp_path: Path) -> None:
    shapes = turtle(shapes_text)
    with pytest.raises(UnsupportedShapes):
        FastEngine(shapes, Graph())
    expected = reference(shapes, DATA)
    assert expected, "the probe must break the shape"
    assert auto(shapes, DATA) == expected

    # Through the CLI, `auto` exits 1 as pySHACL does, and says why it fell back.
    data_file, shapes_file = tmp_path / "data.ttl", tmp_path / "shapes.ttl"
    data_file.write_text(DATA.serialize(format="turtle"), encoding="utf-8")
    shapes_file.write_text(PREFIXES + shapes_text, encoding="utf-8")
    for engine in ("auto", "pyshacl"):
        result = CliRunner().invoke(
            cli, ["validate", str(data_file), "--shapes", str(shapes_file), "--engine", engine]
        )
        assert result.exit_code == 1, (engine, result.output)
    auto_run = CliRunner().invoke(cli, ["validate", str(data_file), "--shapes", str(shapes_file)])
    assert "engine: pyshacl (the fast engine cannot run these shapes:" in auto_run.stderr


def test_engine_fast_on_shapes_it_refuses_is_a_usage_error(tmp_path: Path) -> None:
    data_file, shapes_file = tmp_path / "data.ttl", tmp_path / "shapes.ttl"
    data_file.write_text(DATA.serialize(format="turtle"), encoding="utf-8")
    shapes_file.write_text(PREFIXES + NESTED_PROPERTY, encoding="utf-8")

    result = CliRunner().invoke(
        cli, ["validate", str(data_file), "--shapes", str(shapes_file), "--engine", "fast"]
    )

    assert result.exit_code == 2
    assert "--engine fast cannot run these shapes" in result.stderr
    assert "Traceback" not in result.output


def test_unsupported_shapes_is_a_diplokg_error() -> None:
    assert issubclass(UnsupportedShapes, DiplokgError)


# --- SHACL-SPARQL: $this pre-bound, every predicate seen ----------------------------------

SPARQL_PROBES = {
    "this-only-in-filter-not-exists": """SELECT $this ?value WHERE {
        ?value a ex:Thing . FILTER NOT EXISTS { $this ex:q ?value } }""",
    "this-only-in-optional": """SELECT $this ?value WHERE {
        ?value ex:q ?o . OPTIONAL { $this ex:p ?value } }""",
    "limit": """SELECT $this ?value WHERE { $this ex:p ?value } ORDER BY ?value LIMIT 1""",
    "negated-property-set": """SELECT $this ?value WHERE { $this !ex:p ?value }""",
    "variable-predicate": """SELECT $this ?value WHERE {
        $this ?predicate ?value . FILTER (?predicate != ex:p) }""",
}


@pytest.mark.parametrize("select", SPARQL_PROBES.values(), ids=SPARQL_PROBES.keys())
def test_sparql_constraint_gives_pyshacls_results(select: str) -> None:
    shapes = sparql_shape(select)
    expected = reference(shapes, DATA)
    assert expected, "the probe must find something"

    assert rows(FastEngine(shapes, Graph()).validate(DATA)) == expected
    assert auto(shapes, DATA) == expected


def test_integer_subtype_keeps_its_datatype_for_sparql() -> None:
    # The store keeps "5"^^xsd:int as "5"^^xsd:integer: DATATYPE() would differ.
    shapes = sparql_shape(
        """SELECT $this ?value WHERE { $this ex:n ?value .
           FILTER (DATATYPE(?value) != xsd:integer) }"""
    )
    expected = reference(shapes, DATA)
    assert {r[4] for r in expected} == {Literal("5", datatype=XSD.int)}

    with pytest.raises(UnsupportedShapes):
        FastEngine(shapes, Graph()).validate(DATA)
    assert auto(shapes, DATA) == expected


def test_auto_falls_back_for_the_graph_the_fast_engine_refuses_and_says_so() -> None:
    shapes = sparql_shape(
        """SELECT $this ?value WHERE { $this ex:n ?value .
           FILTER (DATATYPE(?value) != xsd:integer) }"""
    )
    told: list[str] = []
    engine = make_engine("auto", shapes=shapes, ontology=Graph(), notice=told.append)
    assert isinstance(engine, AutoEngine)
    plain = Graph()
    plain += turtle('ex:c a ex:T ; ex:n "7"^^xsd:integer .')

    got = engine.validate_many([DATA, plain])

    assert [rows(r) for r in got] == [reference(shapes, DATA), reference(shapes, plain)]
    assert told[0].startswith("engine: fast")
    assert any(line.startswith("engine: pyshacl for a graph") for line in told)


# --- the ontology is data, as pySHACL mixes it in ------------------------------------------


def test_sh_class_sees_the_ontologys_instances_with_user_shapes(tmp_path: Path) -> None:
    shapes_text = """
ex:EventShape a sh:NodeShape ; sh:targetClass dk:Meeting ; sh:property ex:status .
ex:status sh:path dk:eventStatus ; sh:class dk:EventStatus ; sh:message "a status" .
"""
    shapes = turtle(shapes_text)
    data = turtle("ex:m a dk:Meeting ; dk:eventStatus dk:held .")
    ontology = load_ontology()
    assert reference(shapes, data, ontology) == set()

    assert rows(FastEngine(shapes, ontology).validate(data)) == set()
    data_file, shapes_file = tmp_path / "data.ttl", tmp_path / "shapes.ttl"
    data_file.write_text(data.serialize(format="turtle"), encoding="utf-8")
    shapes_file.write_text(PREFIXES + shapes_text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["validate", str(data_file), "--shapes", str(shapes_file)])
    assert result.exit_code == 0, result.output
    assert DK.held  # the instance the ontology states


# --- value tests do not depend on what was validated before --------------------------------


def test_value_range_memo_does_not_depend_on_order() -> None:
    shapes = turtle(
        """
ex:Shape a sh:NodeShape ; sh:targetClass ex:T ; sh:property ex:offset .
ex:offset sh:path ex:n ; sh:minInclusive 0 ; sh:datatype xsd:nonNegativeInteger ;
    sh:message "an offset" .
"""
    )
    parsed = turtle('ex:a a ex:T ; ex:n "-1"^^xsd:nonNegativeInteger .')
    built = Graph()  # the same triples, the literal built from a Python value
    for s, p, o in parsed:
        built.add((s, p, Literal(-1, datatype=XSD.nonNegativeInteger) if p == EX.n else o))
    assert (EX.a, EX.n, Literal(-1, datatype=XSD.nonNegativeInteger)) in built

    expected = reference(shapes, parsed)
    assert expected, "an ill-typed, negative offset breaks the shape"
    assert reference(shapes, built) == expected
    for order in ((parsed, built), (built, parsed)):
        engine = FastEngine(shapes, Graph())
        assert [rows(engine.validate(g)) for g in order] == [expected, expected]
        assert [rows(r) for r in FastEngine(shapes, Graph()).validate_many(order)] == [
            expected,
            expected,
        ]


# --- base IRI --------------------------------------------------------------------------------


def test_relative_iris_resolve_against_the_files_own_location(tmp_path: Path) -> None:
    data_file, shapes_file = tmp_path / "data.ttl", tmp_path / "shapes.ttl"
    data_file.write_text(
        "@prefix ex: <http://example.org/> .\n<> a ex:T .\n<#x> a ex:T ; ex:r 1 .\n",
        encoding="utf-8",
    )
    shapes_file.write_text(
        PREFIXES
        + """
<#Shape> a sh:NodeShape ; sh:targetClass ex:T ; sh:property <#needsR> .
<#needsR> sh:path ex:r ; sh:minCount 1 ; sh:message "needs r" .
""",
        encoding="utf-8",
    )

    result = CliRunner().invoke(
        cli, ["validate", str(data_file), "--shapes", str(shapes_file), "--format", "json"]
    )

    assert result.exit_code == 1, result.output
    focus = {r["focus"] for r in json.loads(result.stdout)["results"]}
    assert focus == {data_file.resolve().as_uri()}  # <> is the file, and it has no ex:r


# --- a refusal during validation: auto falls back, fast is a one-line error ----------------


def test_refusal_during_validation_falls_back_in_the_cli(tmp_path: Path) -> None:
    data_file, shapes_file = tmp_path / "data.ttl", tmp_path / "shapes.ttl"
    data_file.write_text(DATA.serialize(format="turtle"), encoding="utf-8")
    shapes_file.write_text(
        PREFIXES
        + """
ex:Shape a sh:NodeShape ; sh:targetClass ex:T ; sh:property ex:check .
ex:check sh:path ex:n ; sh:sparql [ sh:prefixes ex:prefixes ; sh:message "not an integer" ;
    sh:select '''SELECT $this ?value WHERE { $this ex:n ?value .
        FILTER (DATATYPE(?value) != xsd:integer) }''' ] .
""",
        encoding="utf-8",
    )
    args = ["validate", str(data_file), "--shapes", str(shapes_file), "--format", "json"]

    auto_run = CliRunner().invoke(cli, args)
    reference_run = CliRunner().invoke(cli, [*args, "--engine", "pyshacl"])
    fast_run = CliRunner().invoke(cli, [*args, "--engine", "fast"])

    assert auto_run.exit_code == reference_run.exit_code == 1, auto_run.output
    assert json.loads(auto_run.stdout)["results"] == json.loads(reference_run.stdout)["results"]
    assert "engine: pyshacl for a graph the fast engine refused" in auto_run.stderr
    assert fast_run.exit_code == 2, fast_run.output
    assert fast_run.stderr.startswith("error: ") and len(fast_run.stderr.splitlines()) == 1
    assert "Traceback" not in fast_run.output


def test_literals_the_store_would_merge_are_not_joined() -> None:
    # "5"^^xsd:int and "5"^^xsd:integer are two terms for pySHACL, one in the store.
    shapes = sparql_shape("""SELECT $this ?value WHERE { $this ex:n ?n . ?value ex:m ?n . }""")
    data = turtle('ex:a a ex:T ; ex:n "5"^^xsd:int . ex:b ex:m "5"^^xsd:integer .')
    expected = reference(shapes, data)

    with pytest.raises(UnsupportedShapes):
        FastEngine(shapes, Graph()).validate(data)
    assert auto(shapes, data) == expected == set()
