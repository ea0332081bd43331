"""Differential test: random shapes and random data, the fast engine against pySHACL.

A seeded generator draws shapes from the constructs the fast engine supports
(targets by class, IRI/inverse/sequence/alternative paths, the core constraints
it compiles, ``sh:or``/``sh:not`` of classes and datatypes, SHACL-SPARQL
constraints of several forms) and data with well-typed, ill-typed and
non-canonical literals, some built from Python values. For every case the
``auto`` engine gives exactly pySHACL's results, and the fast engine either
gives them too or refuses (:class:`~diplokg.errors.UnsupportedShapes`).
"""

from __future__ import annotations

import random

import pytest
from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, Namespace
from rdflib.collection import Collection
from rdflib.term import Node

from diplokg.errors import DiplokgError, InputError, UnsupportedShapes
from diplokg.rdf.terms import SH
from diplokg.validation.shacl import PyshaclEngine, ValidationResult, make_engine
from diplokg.validation.shacl_fast import FastEngine

EX = Namespace("http://example.org/")
CASES = 150

CLASSES = [EX.A, EX.B, EX.C]
PREDICATES = [EX.p, EX.q, EX.r, EX.s]
NODES = [EX[f"n{i}"] for i in range(6)]
LITERALS: list[Literal] = [
    Literal("abc"),
    Literal("abc", lang="en"),
    Literal("Abc", lang="en-GB"),
    Literal("5", datatype=XSD.integer),
    Literal("5", datatype=XSD.int),
    Literal("07", datatype=XSD.int),
    Literal("10", datatype=XSD.nonNegativeInteger),
    Literal("-1", datatype=XSD.nonNegativeInteger),  # ill-typed, as a parser reads it
    Literal(-1, datatype=XSD.nonNegativeInteger),  # the same, built from a Python value
    Literal("abc", datatype=XSD.integer),  # ill-typed
    Literal("1.50", datatype=XSD.decimal),  # not in canonical form
    Literal("2.5", datatype=XSD.decimal),
    Literal("true", datatype=XSD.boolean),
    Literal("2024-01-05", datatype=XSD.date),
    Literal("2024-13-45", datatype=XSD.date),  # ill-typed
    Literal("3"),
    Literal(7),
]
DATATYPES = [
    XSD.integer,
    XSD.int,
    XSD.nonNegativeInteger,
    XSD.string,
    XSD.decimal,
    XSD.date,
    XSD.boolean,
    RDF.langString,
]
BOUNDS = [
    Literal(0),
    Literal(5),
    Literal("2.0", datatype=XSD.decimal),
    Literal("2024-01-01", datatype=XSD.date),
]
NODE_KINDS = [SH.IRI, SH.Literal, SH.BlankNode, SH.BlankNodeOrIRI, SH.IRIOrLiteral]
SEVERITIES = [SH.Violation, SH.Warning, SH.Info]

#: SPARQL constraints (``$this`` pre-bound or joined, all predicates, datatypes, offsets).
SELECTS = [
    "SELECT $this ?value WHERE { $this ex:p ?value . FILTER NOT EXISTS { ?value ex:q ?any } }",
    "SELECT $this ?value WHERE { ?value a ex:B . FILTER NOT EXISTS { $this ex:p ?value } }",
    "SELECT $this ?value WHERE { ?value ex:q ?o . OPTIONAL { $this ex:p ?value } }",
    "SELECT $this ?value WHERE { $this ex:p ?value } ORDER BY ?value LIMIT 1",
    "SELECT $this ?value WHERE { $this !ex:p ?value }",
    "SELECT $this ?value WHERE { $this ?predicate ?value . FILTER (?predicate != ex:p) }",
    "SELECT $this ?value WHERE { $this ex:r ?value . FILTER (DATATYPE(?value) = xsd:integer) }",
    "SELECT $this ?value WHERE { $this ex:s ?value . FILTER (isNumeric(?value) && ?value > 3) }",
    "SELECT DISTINCT $this ?value WHERE { { $this ex:p ?value } UNION { $this ex:q ?value } "
    "FILTER (isLiteral(?value) && STRLEN(STR(?value)) > 2) }",
    "SELECT $this ?value WHERE { $this ex:p/ex:q ?value . FILTER (!isIRI(?value)) }",
    "SELECT $this ?value WHERE { $this ex:s ?value . ?other ex:s ?value . "
    "FILTER (?other != $this) }",
]


def _list(g: Graph, items: list[Node]) -> Node:
    head = BNode()
    Collection(g, head, items)
    return head


def _path(rng: random.Random, g: Graph) -> Node:
    kind = rng.choice(["iri", "iri", "iri", "inverse", "sequence", "alternative"])
    if kind == "iri":
        return rng.choice(PREDICATES)
    node = BNode()
    if kind == "inverse":
        g.add((node, SH.inversePath, rng.choice(PREDICATES)))
        return node
    parts: list[Node] = rng.sample(PREDICATES, 2)
    if kind == "sequence":
        return _list(g, parts)
    g.add((node, SH.alternativePath, _list(g, parts)))
    return node


def _inner(rng: random.Random, g: Graph) -> Node:
    """An inner shape of sh:or / sh:not: one class or one datatype."""
    node = BNode()
    if rng.random() < 0.5:
        g.add((node, SH["class"], rng.choice(CLASSES)))
    else:
        g.add((node, SH.datatype, rng.choice(DATATYPES)))
    return node


def _constraint(rng: random.Random, g: Graph, shape: Node) -> None:
    kind = rng.choice(
        [
            "minCount",
            "maxCount",
            "class",
            "datatype",
            "in",
            "nodeKind",
            "minLength",
            "range",
            "pair",
            "or",
            "not",
            "sparql",
            "sparql",
        ]
    )
    if kind in ("minCount", "maxCount"):
        g.add((shape, SH[kind], Literal(rng.randint(0, 2))))
    elif kind == "class":
        g.add((shape, SH["class"], rng.choice(CLASSES)))
    elif kind == "datatype":
        g.add((shape, SH.datatype, rng.choice(DATATYPES)))
    elif kind == "in":
        g.add((shape, SH["in"], _list(g, rng.sample([*NODES, *LITERALS[:8]], 3))))
    elif kind == "nodeKind":
        g.add((shape, SH.nodeKind, rng.choice(NODE_KINDS)))
    elif kind == "minLength":
        g.add((shape, SH.minLength, Literal(rng.randint(0, 4))))
    elif kind == "range":
        component = rng.choice([SH.minInclusive, SH.maxInclusive, SH.minExclusive, SH.maxExclusive])
        g.add((shape, component, rng.choice(BOUNDS)))
    elif kind == "pair":
        g.add((shape, rng.choice([SH.lessThan, SH.lessThanOrEquals]), rng.choice(PREDICATES)))
    elif kind == "or":
        g.add((shape, SH["or"], _list(g, [_inner(rng, g), _inner(rng, g)])))
    elif kind == "not":
        g.add((shape, SH["not"], _inner(rng, g)))
    else:
        constraint = BNode()
        g.add((shape, SH.sparql, constraint))
        g.add((constraint, SH.select, Literal(rng.choice(SELECTS))))
        g.add((constraint, SH.prefixes, EX.prefixes))
        g.add((constraint, SH.message, Literal(f"sparql of {shape}")))


def random_shapes(rng: random.Random) -> Graph:
    g = Graph()
    for prefix, namespace in (("ex", str(EX)), ("xsd", str(XSD))):
        decl = BNode()
        g.add((EX.prefixes, SH.declare, decl))
        g.add((decl, SH.prefix, Literal(prefix)))
        g.add((decl, SH.namespace, Literal(namespace, datatype=XSD.anyURI)))
    for i in range(rng.randint(1, 3)):
        node_shape = EX[f"Shape{i}"]
        g.add((node_shape, RDF.type, SH.NodeShape))
        g.add((node_shape, SH.targetClass, rng.choice(CLASSES)))
        if rng.random() < 0.2:
            g.add((node_shape, SH["not"], _inner(rng, g)))
            g.add((node_shape, SH.message, Literal(f"not of {node_shape}")))
        for j in range(rng.randint(1, 3)):
            prop = EX[f"Shape{i}-{j}"]
            g.add((node_shape, SH.property, prop))
            g.add((prop, SH.path, _path(rng, g)))
            g.add((prop, SH.message, Literal(f"message of {prop}")))
            if rng.random() < 0.3:
                g.add((prop, SH.severity, rng.choice(SEVERITIES)))
            for _ in range(rng.randint(1, 2)):
                _constraint(rng, g, prop)
    return g


#: Literals any store keeps as they are (no ill-typed or non-canonical ones): with these
#: the fast engine runs SPARQL constraints itself rather than refusing the graph.
CLEAN = [
    Literal("abc"),
    Literal("abc", lang="en"),
    Literal("5", datatype=XSD.integer),
    Literal("10", datatype=XSD.nonNegativeInteger),
    Literal("2.5", datatype=XSD.decimal),
    Literal("true", datatype=XSD.boolean),
    Literal("2024-01-05", datatype=XSD.date),
    Literal("3"),
]


def random_data(rng: random.Random) -> Graph:
    g = Graph()
    blank = BNode()
    literals = CLEAN if rng.random() < 0.5 else LITERALS
    subjects: list[Node] = [*NODES, blank]
    for s in subjects:
        for c in rng.sample(CLASSES, rng.randint(0, 2)):
            g.add((s, RDF.type, c))
        for p in PREDICATES:
            for _ in range(rng.choice([0, 0, 1, 1, 2, 3])):
                pool: list[Node] = [*NODES, blank] if rng.random() < 0.4 else list(literals)
                g.add((s, p, rng.choice(pool)))
    return g


ONTOLOGY = Graph()
ONTOLOGY.add((EX.C, RDFS.subClassOf, EX.A))


def rows(results: list[ValidationResult]) -> set[tuple[object, ...]]:
    return {
        (r.severity, r.shape, r.focus, r.path, r.value_node, r.message, r.constraint)
        for r in results
    }


#: Random cases the fast tier runs; the whole suite runs all :data:`CASES` (pySHACL on
#: each, about 0.04 s a case, like a property test's examples).
FAST_TIER_CASES = 50


@pytest.mark.parametrize(
    "seed",
    [
        pytest.param(seed, marks=[pytest.mark.slow] if seed >= FAST_TIER_CASES else [])
        for seed in range(CASES)
    ],
)
def test_fast_and_auto_give_pyshacls_results(seed: int) -> None:
    rng = random.Random(seed)  # noqa: S311 - test data, not secrets
    shapes, data = random_shapes(rng), random_data(rng)
    try:
        expected = rows(PyshaclEngine(shapes=shapes, ontology=ONTOLOGY).validate(data))
    except InputError:  # pySHACL cannot use these shapes (sh:lessThan on a blank node, …)
        with pytest.raises(DiplokgError):
            make_engine("auto", shapes=shapes, ontology=ONTOLOGY).validate(data)
        with pytest.raises(UnsupportedShapes):
            FastEngine(shapes, ONTOLOGY).validate(data)
        return

    assert rows(make_engine("auto", shapes=shapes, ontology=ONTOLOGY).validate(data)) == expected
    try:
        fast = FastEngine(shapes, ONTOLOGY).validate(data)
    except UnsupportedShapes:
        return
    assert rows(fast) == expected


def test_the_generator_mostly_draws_shapes_the_fast_engine_runs() -> None:
    # Refusing everything would pass the test above: most random cases must really run.
    ran = 0
    for seed in range(CASES):
        rng = random.Random(seed)  # noqa: S311 - test data, not secrets
        shapes, data = random_shapes(rng), random_data(rng)
        try:
            FastEngine(shapes, ONTOLOGY).validate(data)
        except UnsupportedShapes:
            continue
        ran += 1
    assert ran >= CASES // 2, ran
