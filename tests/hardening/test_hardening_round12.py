"""Validation never passes broken data, twelfth round (2026-12-08): a mutation round.

Well-formed inputs that validate clean (the seed's graph and annotation, development and
real articles' drafted graphs) are damaged one kind at a time, as a careless annotator,
a buggy converter or a hostile contributor could (``tests/data/mutations/``), and each
mutant must fail ``diplokg validate`` (exit 1) with a finding that names the rule, the
file, the line and the node or fact to fix. The mutants of every ``sh:minCount`` of the
shapes and of every ``owl:disjointWith`` of the ontology are generated, so a new shape or
axiom gets its mutant for free.

Caught now, passed before: an untyped or misspelt class (``dk:Meting``: a warning), a
misspelt optional property, a fact typed with two disjoint fact classes, a
``dk:confidence`` of 1.5, a blank node for an entity or a fact, a span cutting a
combining sequence; and an ill-typed ``dk:stepIndex`` or a decimal offset, exit 2
"the SHACL shapes cannot be used" (pySHACL's SPARQL failed on them).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
import yaml
from click.testing import CliRunner
from rdflib import OWL, RDF, RDFS, Dataset, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.term import Node

from diplokg.cli import cli
from diplokg.rdf.iris import PREFIXES as HOUSE_PREFIXES
from diplokg.rdf.oxterms import to_ox
from diplokg.rdf.terms import SH, article_iri, bind_prefixes, fact_iri
from diplokg.validation.shacl import packaged_graph
from tests.conftest import DATA, SEED_ARTICLE, SEEDS, seed_article

MUTATIONS = DATA / "mutations"
GRAPH_MUTANTS: list[dict[str, Any]] = yaml.safe_load(
    (MUTATIONS / "graph.yaml").read_text(encoding="utf-8")
)
ANNOTATION_MUTANTS: list[dict[str, Any]] = yaml.safe_load(
    (MUTATIONS / "annotation.yaml").read_text(encoding="utf-8")
)

#: Articles whose graphs are damaged: the seed (curated), two development and two real
#: articles converted from their drafts (no held-out part is read).
BASES = {
    "seed": SEED_ARTICLE,
    "dev-01": DATA / "dev" / "01_wire_veldania_water.txt",
    "dev-03": DATA / "dev" / "03_translated_lithium_pact.txt",
    "real-a01": DATA / "real" / "a01_state_blinken_lavrov_reykjavik.txt",
    "real-k01": DATA / "real" / "k01_usembassy_trump_abe_akasaka_summit.txt",
}
SEED_ID = SEED_ARTICLE.name.removesuffix(".txt")
PREFIXES = f"""
PREFIX art: <{article_iri(SEED_ID)}/>
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX dkid: <https://w3id.org/diplokg/id/>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""
SHAPES_NS = "https://w3id.org/diplokg/shapes#"
CHECKS_NS = "https://w3id.org/diplokg/checks#"


@cache
def base_graph(name: str, folder: Path) -> Graph:
    """The article ``name`` converted (its draft, if it has no annotation), parsed back."""
    path = BASES[name]
    if name == "seed":
        graph = Graph()
        graph += seed_article().graph
        return graph
    out = folder / f"{name}.ttl"
    result = CliRunner().invoke(cli, ["convert", str(path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return Graph().parse(out, format="turtle")


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("bases")


def validate(path: Path, *extra: str) -> tuple[int, list[dict[str, Any]]]:
    """Exit code and results of ``diplokg validate PATH --format json``."""
    result = CliRunner().invoke(cli, ["validate", str(path), "--format", "json", *extra])
    assert "Traceback" not in result.output
    if result.exit_code == 2:
        return 2, []
    return result.exit_code, json.loads(result.stdout)["results"]


def rule_name(result: dict[str, Any]) -> str:
    """``dksh:Name`` or ``check:name``: the rule a result says was broken."""
    shape = str(result["shape"])
    for ns, prefix in ((SHAPES_NS, "dksh:"), (CHECKS_NS, "check:")):
        if shape.startswith(ns):
            return prefix + shape[len(ns) :]
    return shape


def touched(before: Graph, after: Graph) -> set[str]:
    """The IRIs of the triples a mutation added or removed (subject, property, object)."""
    changed = (set(before) - set(after)) | (set(after) - set(before))
    return {str(term) for triple in changed for term in triple if not isinstance(term, Literal)}


def write_dataset(update: str, path: Path) -> Path:
    """The seed as TriG (its triples in its article's graph) after ``update``."""
    seed = seed_article()
    dataset = Dataset()
    dataset.graph(seed.graph_iri).__iadd__(seed.graph)
    before = {(s, p, o, g) for s, p, o, g in dataset.quads()}
    dataset.update(PREFIXES + update)
    assert {(s, p, o, g) for s, p, o, g in dataset.quads()} != before, "nothing changed"
    bind_prefixes(dataset)
    dataset.serialize(path, format="trig")
    return path


def write(triples: Iterable[tuple[Node, Node, Node]], path: Path) -> Path:
    """The triples as Turtle with the house's prefixes, written by pyoxigraph: ten times
    rdflib's speed on the table's two hundred mutants (the bases, the replaced text and
    the seed's own files keep rdflib's layout, so both writers' Turtle is read)."""
    ox.serialize(
        (ox.Triple(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in triples),
        path,
        ox.RdfFormat.TURTLE,
        prefixes=dict(HOUSE_PREFIXES),
    )
    return path


def write_rdflib(graph: Graph, path: Path) -> Path:
    bind_prefixes(graph)
    graph.serialize(path, format="turtle")
    return path


def assert_caught(
    path: Path,
    rules: list[str],
    *,
    nodes: set[str] | None,
    line: bool = True,
    severity: str = "Violation",
) -> list[dict[str, Any]]:
    """The mutant at ``path`` fails validation with a finding of each rule in ``rules``,
    in its file, naming one of ``nodes`` (as focus or value), at a line if ``line``."""
    code, results = validate(path, "--fail-on", severity.lower())
    assert code == 1, f"{path.name}: exit {code}, {results}"
    for rule in rules:
        mine = [r for r in results if rule_name(r) == rule and r["severity"] == severity]
        assert mine, f"{path.name}: no {severity} of {rule}: {[rule_name(r) for r in results]}"
        named = [
            r
            for r in mine
            if r["file"] == str(path)
            and r["message"]
            and (nodes is None or r["focus"] in nodes or r["value"] in nodes)
            and (r["line"] is not None or not line)
        ]
        assert named, f"{path.name}: {rule} does not name the node, file and line: {mine}"
    return results


# -- the bases validate clean --------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(BASES))
def test_each_base_validates_clean_before_it_is_damaged(name: str, folder: Path) -> None:
    """No false alarm: the new shapes and checks find nothing in what diplokg writes."""
    for writer in (write, write_rdflib):
        path = writer(base_graph(name, folder), folder / f"clean-{name}-{writer.__name__}.ttl")
        code, results = validate(path, "--fail-on", "info")
        assert (code, results) == (0, [])


# -- the mutation table --------------------------------------------------------------------


def graph_cases() -> list[Any]:
    """Each mutant on its base, or on every base; the fast tier runs a mutant of every base
    on the seed and on one other base, in turn (the rest are ``slow``: the same damage
    again on another article)."""
    cases = []
    others = sorted(set(BASES) - {"seed"})
    for i, mutant in enumerate(GRAPH_MUTANTS):
        if mutant["bases"] != "all":
            cases.append(
                pytest.param(mutant, mutant["bases"], id=f"{mutant['name']}@{mutant['bases']}")
            )
            continue
        sample = {"seed", others[i % len(others)]}
        cases += [
            pytest.param(
                mutant,
                base,
                id=f"{mutant['name']}@{base}",
                marks=[] if base in sample else [pytest.mark.slow],
            )
            for base in sorted(BASES)
        ]
    return cases


@pytest.mark.parametrize(("mutant", "base"), graph_cases())
def test_every_graph_mutant_is_caught_naming_the_rule_node_and_line(
    mutant: dict[str, Any], base: str, folder: Path, tmp_path: Path
) -> None:
    before = base_graph(base, folder)
    after = Graph()
    after += before
    path = tmp_path / f"{mutant['name']}.ttl"
    if mutant.get("dataset"):
        path = write_dataset(mutant["update"], path.with_suffix(".trig"))
        nodes = None
    elif "update" in mutant:
        after.update(PREFIXES + mutant["update"])
        assert set(after) != set(before), "the mutation changed nothing"
        write(after, path)
        nodes: set[str] | None = touched(before, after)
    else:
        old, new = mutant["replace"]
        text = write_rdflib(after, tmp_path / "clean.ttl").read_text(encoding="utf-8")
        assert old in text
        path.write_text(text.replace(old, new), encoding="utf-8")
        nodes = None
    if mutant.get("node") == "any":
        nodes = None
    elif "node" in mutant:  # a node the finding names that the mutation did not touch
        nodes = {re.sub("^art:", f"{article_iri(SEED_ID)}/", mutant["node"])}
    rules = mutant["rule"] if isinstance(mutant["rule"], list) else [mutant["rule"]]
    assert_caught(path, rules, nodes=nodes, line=mutant.get("line", True))


def test_an_ill_typed_value_is_shown_to_its_shape_as_text_not_as_a_crash(tmp_path: Path) -> None:
    """pySHACL (the engine ``auto`` falls back to for a graph with ill-typed literals) died
    on ``"abc"^^xsd:integer - 1``: exit 2 blaming the shapes. Both engines now see the
    value as text: the shape of its property says what it must be."""
    graph = Graph()
    graph += seed_article().graph
    graph.update(PREFIXES + GRAPH_MUTANTS_BY_NAME["step-index-abc"]["update"])
    path = write(graph, tmp_path / "abc.ttl")
    for engine in ("auto", "pyshacl"):
        code, results = validate(path, "--engine", engine)
        assert code == 1
        assert "dksh:ReportingStep-stepIndex" in {rule_name(r) for r in results}


GRAPH_MUTANTS_BY_NAME = {m["name"]: m for m in GRAPH_MUTANTS}


# -- mutants generated from the shapes and the ontology ------------------------------------


@cache
def packaged(name: str) -> Graph:
    """The packaged shapes or ontology, parsed once per test process (do not mutate)."""
    return packaged_graph(name)


def _subclasses(ontology: Graph, cls: Node) -> set[Node]:
    return set(ontology.transitive_subjects(RDFS.subClassOf, cls))


def _path(shapes: Graph, path: Node) -> list[tuple[URIRef, bool]]:
    """The predicates of a shape's path, each with whether it is walked backwards."""
    if isinstance(path, URIRef):
        return [(path, False)]
    alternatives = shapes.value(path, SH.alternativePath)
    if alternatives is not None:
        return [(p, False) for p in Collection(shapes, alternatives) if isinstance(p, URIRef)]
    inverse = shapes.value(path, SH.inversePath)
    assert isinstance(inverse, URIRef), f"a path this test cannot walk: {path}"
    return [(inverse, True)]


def min_count_cases() -> list[Any]:
    """One case per property shape with ``sh:minCount``: its node shape's target class."""
    shapes = packaged("shapes")
    cases = []
    for node_shape, cls in sorted(shapes.subject_objects(SH.targetClass)):
        for shape in sorted(shapes.objects(node_shape, SH.property)):
            if shapes.value(shape, SH.minCount) is not None:
                name = str(shape).removeprefix(SHAPES_NS)
                cases.append(pytest.param(shape, cls, id=name))
    return cases


def test_every_min_count_of_the_shapes_gets_a_mutant() -> None:
    shapes = packaged("shapes")
    assert len(min_count_cases()) == len(set(shapes.subjects(SH.minCount, None))) > 50


@pytest.mark.parametrize(("shape", "cls"), min_count_cases())
def test_dropping_a_required_property_is_caught(shape: URIRef, cls: URIRef, tmp_path: Path) -> None:
    """Each required property dropped from the first node of the class in the seed (in
    IRI order): the shape that requires it fails, at that node's line."""
    shapes, ontology = packaged("shapes"), packaged("ontology")
    seed = seed_article().graph
    classes = _subclasses(ontology, cls)
    focus = min((s for c in classes for s in seed.subjects(RDF.type, c)), key=str)
    paths = _path(shapes, shapes.value(shape, SH.path))
    patterns = [(None, p, focus) if backwards else (focus, p, None) for p, backwards in paths]
    dropped = {triple for pattern in patterns for triple in seed.triples(pattern)}
    assert dropped, f"{focus} has no {shape}"
    path = write((t for t in seed if t not in dropped), tmp_path / "mutant.ttl")
    severity = "Warning" if shapes.value(shape, SH.severity) == SH.Warning else "Violation"
    rule = "dksh:" + str(shape).removeprefix(SHAPES_NS)
    assert_caught(path, [rule], nodes={str(focus)}, severity=severity)


def disjoint_cases() -> list[Any]:
    ontology = packaged("ontology")
    pairs = sorted(ontology.subject_objects(OWL.disjointWith))
    return [pytest.param(a, b, id=f"{a.split('#')[1]}-{b.split('#')[1]}") for a, b in pairs]


@pytest.mark.parametrize(("cls", "other"), disjoint_cases())
def test_a_node_typed_with_two_disjoint_classes_is_caught(
    cls: URIRef, other: URIRef, tmp_path: Path
) -> None:
    """The first node of one class (in IRI order) also given the class the ontology says
    is disjoint with it: a violation naming it (the sh:not of its node shape, or a
    property the other class requires)."""
    seed = seed_article().graph
    classes = _subclasses(packaged("ontology"), cls)
    focus = min((s for c in classes for s in seed.subjects(RDF.type, c)), key=str)
    code, results = validate(write([*seed, (focus, RDF.type, other)], tmp_path / "mutant.ttl"))
    assert code == 1
    assert any(r["focus"] == str(focus) and r["line"] for r in results), results


def test_disjoint_fact_classes_are_caught_by_their_own_rule(tmp_path: Path) -> None:
    """A meeting that is an agreement too, with all an agreement needs, broke no rule."""
    graph = Graph()
    graph += seed_article().graph
    graph.update(PREFIXES + GRAPH_MUTANTS_BY_NAME["meeting-also-agreement"]["update"])
    path = write(graph, tmp_path / "mutant.ttl")
    _, results = validate(path)
    assert [rule_name(r) for r in results] == ["dksh:Event"]


# -- the annotation ------------------------------------------------------------------------


@pytest.mark.parametrize("mutant", ANNOTATION_MUTANTS, ids=lambda m: m["name"])
def test_every_annotation_mutant_is_caught_at_its_line(
    mutant: dict[str, Any], tmp_path: Path
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for source in SEEDS.iterdir():
        (folder / source.name).write_bytes(source.read_bytes())
    annotation = folder / f"{SEED_ID}.ann.yaml"
    old, new = mutant["replace"]
    text = annotation.read_text(encoding="utf-8")
    assert text.count(old) == 1
    annotation.write_text(text.replace(old, new), encoding="utf-8")
    code, results = validate(folder)
    assert code == 1, results
    fact = str(fact_iri(SEED_ID, mutant["fact"])) if "fact" in mutant else None
    mine = [
        r
        for r in results
        if rule_name(r) == mutant["rule"]
        and r["file"] == str(annotation)
        and r["line"] == mutant["line"]
        and (fact is None or fact in (r["focus"], r["value"]))
    ]
    assert mine, f"no {mutant['rule']} at line {mutant['line']} naming {fact}: {results}"


# -- the writer's spelling -----------------------------------------------------------------


def test_a_node_written_with_escaped_local_names_is_placed_at_its_line() -> None:
    """Oxigraph writes ``dkid:post\\/atlantis\\/envoy`` (a '/' of a local name behind a
    backslash); the findings on such a node had no line, as the locator looked for the
    name unescaped. Found while the mutants above were moved to Oxigraph's writer; the
    node whose name starts the same (``…envoy-deputy``) keeps its own line."""
    path = MUTATIONS / "escaped-local-names.ttl"
    code, results = validate(path)
    assert code == 1
    post = "https://w3id.org/diplokg/id/post/atlantis/envoy"
    placed = sorted({(r["focus"], r["line"], r["column"]) for r in results})
    assert placed == [(post, 8, 1), (f"{post}-deputy", 7, 1)]
