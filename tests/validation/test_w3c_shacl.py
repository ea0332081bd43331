"""The W3C SHACL test suite's ``sht:Validate`` tests, through every engine and the CLI.

pySHACL (the reference) passes 117 of the 120; the fast engine, for every test,
either refuses the shapes or data (:class:`~diplokg.errors.UnsupportedShapes`)
or gives exactly the expected report; ``diplokg validate DATA --shapes SHAPES``
exits 0 exactly when the test expects conformance, 1 otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest
from click.testing import CliRunner
from rdflib import RDF, BNode, Graph, Literal, Namespace, URIRef
from rdflib.term import Node

from diplokg.cli import cli
from diplokg.errors import InputError, UnsupportedShapes
from diplokg.rdf.terms import SH
from diplokg.validation.shacl import PyshaclEngine, ValidationResult, render_path
from diplokg.validation.shacl_fast import FastEngine
from tests.conftest import DATA

SUITE = DATA / "w3c-shacl" / "tests"
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
SHT = Namespace("http://www.w3.org/ns/shacl-test#")

#: The tests pySHACL 0.40 fails, and why.
PYSHACL_FAILS = {
    "core/property/uniqueLang-002": (
        "pySHACL 0.40 reports sh:uniqueLang false as a violation (the test expects conformance)"
    ),
    "sparql/node/prefixes-001": (
        "pySHACL 0.40 does not read sh:prefixes declared through owl:imports "
        "('Unknown namespace prefix')"
    ),
    "sparql/pre-binding/shapesGraph-001": "pySHACL 0.40 does not support $shapesGraph",
}


def _path(iri: Node) -> Path:
    return Path(unquote(urlparse(str(iri)).path))


@cache
def _graph(path: Path) -> Graph:
    """A test file, read as any Turtle tool reads it: its location is its base IRI."""
    return Graph().parse(path, format="turtle", publicID=path.resolve().as_uri())


@dataclass(frozen=True)
class Case:
    """One ``sht:Validate`` entry."""

    name: str
    manifest: Path
    entry: Node
    data: Path
    shapes: Path

    @property
    def is_failure(self) -> bool:
        """True if the test expects the validator to fail (``mf:result sht:Failure``)."""
        return _graph(self.manifest).value(self.entry, MF.result) == SHT.Failure

    def expected(self) -> tuple[bool, frozenset[tuple[object, ...]]]:
        """(sh:conforms, the results) that ``mf:result`` states."""
        g = _graph(self.manifest)
        report = g.value(self.entry, MF.result)
        assert report is not None and not self.is_failure
        conforms = g.value(report, SH.conforms)
        assert isinstance(conforms, Literal)
        rows = set()
        for r in g.objects(report, SH.result):
            path = g.value(r, SH.resultPath)
            rows.add(
                (
                    _term(g.value(r, SH.focusNode)),
                    render_path(g, path) if path is not None else None,
                    _term(g.value(r, SH.value)),
                    str(g.value(r, SH.resultSeverity)).rsplit("#", 1)[-1],
                    _term(g.value(r, SH.sourceShape)),
                    str(g.value(r, SH.sourceConstraintComponent)).rsplit("#", 1)[-1],
                )
            )
        return bool(conforms.toPython()), frozenset(rows)


def _term(node: Node | None) -> object:
    """A term as the suite compares it: any blank node matches any other."""
    return "_:" if isinstance(node, BNode) else node


def _row(r: ValidationResult) -> tuple[object, ...]:
    return (
        _term(r.focus_node),
        r.path,
        _term(r.value_node),
        r.severity,
        _term(r.shape_node),
        r.constraint,
    )


def _got(results: list[ValidationResult]) -> tuple[bool, frozenset[tuple[object, ...]]]:
    return not results, frozenset(_row(r) for r in results)


def _cases() -> list[Case]:
    cases: list[Case] = []
    todo = [SUITE / "manifest.ttl"]
    while todo:
        manifest = todo.pop()
        g = _graph(manifest)
        todo.extend(_path(i) for i in g.objects(None, MF.include))
        for entries in g.objects(None, MF.entries):
            for entry in g.items(entries):
                if (entry, RDF.type, SHT.Validate) not in g:
                    continue
                action = g.value(entry, MF.action)
                data, shapes = g.value(action, SHT.dataGraph), g.value(action, SHT.shapesGraph)
                assert isinstance(data, URIRef) and isinstance(shapes, URIRef)
                name = _path(entry).relative_to(SUITE.resolve()).as_posix()
                name = name.removesuffix(".ttl")
                cases.append(Case(name, manifest, entry, _path(data), _path(shapes)))
    return sorted(cases, key=lambda c: c.name)


CASES = _cases()
IDS = [c.name for c in CASES]


def test_the_suite_has_its_120_validate_tests() -> None:
    assert len(CASES) == 120
    assert set(PYSHACL_FAILS) <= set(IDS)


def _pyshacl_param(case: Case) -> object:
    reason = PYSHACL_FAILS.get(case.name)
    if reason is None:
        return case
    return pytest.param(case, marks=pytest.mark.xfail(reason=f"{case.name}: {reason}", strict=True))


@pytest.mark.parametrize("case", [_pyshacl_param(c) for c in CASES], ids=IDS)
def test_pyshacl_gives_the_expected_report(case: Case) -> None:
    engine = PyshaclEngine(shapes=_graph(case.shapes), ontology=Graph())

    if case.is_failure:
        with pytest.raises(InputError, match="the SHACL shapes cannot be used"):
            engine.validate(_graph(case.data))
    else:
        assert _got(engine.validate(_graph(case.data))) == case.expected()


#: What the fast engine did with each test: "exact" or "refused: <reason>".
FAST_OUTCOMES: dict[str, str] = {}


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_fast_engine_refuses_or_gives_the_expected_report(case: Case) -> None:
    try:
        results = FastEngine(_graph(case.shapes), Graph()).validate(_graph(case.data))
    except UnsupportedShapes as exc:
        FAST_OUTCOMES[case.name] = f"refused: {exc.message}"
        return
    FAST_OUTCOMES[case.name] = "exact"
    assert not case.is_failure, "the fast engine validated with shapes that must fail"
    assert _got(results) == case.expected()


#: pySHACL's failures the CLI inherits (the fast engine refuses these shapes; ``auto``
#: runs pySHACL).
CLI_FAILS = PYSHACL_FAILS


def _cli_param(case: Case) -> object:
    reason = CLI_FAILS.get(case.name)
    if reason is None:
        return case
    return pytest.param(case, marks=pytest.mark.xfail(reason=f"{case.name}: {reason}", strict=True))


@pytest.mark.parametrize("case", [_cli_param(c) for c in CASES], ids=IDS)
def test_cli_exit_code_says_whether_the_data_conforms(case: Case) -> None:
    # --fail-on info: any result, as sh:conforms counts them, fails.
    args = ["validate", str(case.data), "--shapes", str(case.shapes), "--fail-on", "info"]

    result = CliRunner().invoke(cli, [*args, "--format", "json"])

    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    if case.is_failure:
        assert result.exit_code == 2, result.output
        assert "the SHACL shapes cannot be used" in result.stderr
        return
    conforms, _ = case.expected()
    assert result.exit_code == (0 if conforms else 1), result.output
