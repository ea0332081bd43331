"""Validate article graphs with the packaged SHACL shapes (pySHACL).

The ontology is given to pySHACL as an ontology graph: it supplies the
subclass axioms that SHACL targets need (an ``dk:Alliance`` is checked by the
``dk:Organization`` shape) and is never validated as data itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pyshacl import validate as shacl_validate
from rdflib import RDF, Graph, Literal
from rdflib.term import Node

from diplokg.annotation import find_articles
from diplokg.convert import convert_files
from diplokg.errors import RdfSyntaxError
from diplokg.resources import resource_files
from diplokg.store import read_rdf_graph
from diplokg.terms import SH

__all__ = [
    "SEVERITIES",
    "ValidationReport",
    "ValidationResult",
    "load_ontology",
    "load_shapes",
    "validate_graph",
    "validate_paths",
]

#: Severities from most to least severe, as SHACL names them.
SEVERITIES = ("Violation", "Warning", "Info")


@dataclass(frozen=True, order=True)
class ValidationResult:
    """One SHACL validation result, in plain terms."""

    severity: str
    shape: str
    focus: str
    path: str | None
    value: str | None
    message: str
    constraint: str


@dataclass(frozen=True)
class ValidationReport:
    """The outcome of validating one graph."""

    conforms: bool
    results: tuple[ValidationResult, ...]
    graph: Graph

    def count(self, severity: str) -> int:
        """Number of results of one severity (``Violation``, ``Warning``, ``Info``)."""
        return sum(1 for r in self.results if r.severity == severity)

    @property
    def violations(self) -> int:
        """Number of results of severity Violation."""
        return self.count("Violation")


def _parse_turtle(data: str, source: str) -> Graph:
    graph = Graph()
    try:
        graph.parse(data=data, format="turtle", publicID=None)
    except Exception as exc:  # rdflib raises several parser exception types
        raise RdfSyntaxError(f"Turtle syntax error: {exc}", path=source) from None
    return graph


@cache
def _packaged(kind: str) -> Graph:
    graph = Graph()
    files = resource_files("ontology" if kind == "ontology" else "shapes")
    for f in files:
        graph += _parse_turtle(f.read_text(encoding="utf-8"), f.name)
    return graph


def _copy(graph: Graph) -> Graph:
    copy = Graph()
    copy += graph
    return copy


def load_ontology() -> Graph:
    """The packaged ontology (a fresh copy the caller may change)."""
    return _copy(_packaged("ontology"))


def load_shapes(paths: Sequence[Path] = ()) -> Graph:
    """The packaged SHACL shapes, or the shapes in ``paths`` when given."""
    if not paths:
        return _copy(_packaged("shapes"))
    graph = Graph()
    for path in paths:
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise RdfSyntaxError(f"cannot read shapes: {exc.strerror}", path=path) from None
        graph += _parse_turtle(text, str(path))
    return graph


def _text(node: Node | None) -> str | None:
    if node is None:
        return None
    if isinstance(node, Literal):
        return str(node)
    return str(node)


def _results(report: Graph) -> Iterable[ValidationResult]:
    for result in report.subjects(RDF.type, SH.ValidationResult):
        severity = report.value(result, SH.resultSeverity)
        shape = report.value(result, SH.sourceShape)
        messages = sorted(str(m) for m in report.objects(result, SH.resultMessage))
        yield ValidationResult(
            severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
            shape=str(shape) if shape is not None else "",
            focus=str(report.value(result, SH.focusNode)),
            path=_text(report.value(result, SH.resultPath)),
            value=_text(report.value(result, SH.value)),
            message=messages[0] if messages else "",
            constraint=str(report.value(result, SH.sourceConstraintComponent)).rsplit("#", 1)[-1],
        )


def validate_graph(
    data: Graph,
    *,
    shapes: Graph | None = None,
    ontology: Graph | None = None,
) -> ValidationReport:
    """Validate ``data`` against the shapes, with the ontology for subclass reasoning.

    ``data`` must be an in-memory rdflib graph: pySHACL given a pyoxigraph
    store reports false ``sh:datatype`` and ``sh:in`` failures.
    """
    conforms, report_graph, _ = shacl_validate(
        data,
        # pySHACL adds triples to the shapes graph it is given: hand it a copy.
        shacl_graph=_copy(shapes if shapes is not None else _packaged("shapes")),
        ont_graph=ontology if ontology is not None else _packaged("ontology"),
        inference="none",
        abort_on_first=False,
        allow_infos=True,
        allow_warnings=True,
        advanced=True,
    )
    assert isinstance(report_graph, Graph)  # noqa: S101 - pySHACL returns a Graph here
    results = tuple(sorted(_results(report_graph)))
    return ValidationReport(conforms=bool(conforms), results=results, graph=report_graph)


_RDF_SUFFIXES = (".ttl", ".trig", ".nt", ".nq", ".jsonld", ".json")


def validate_paths(
    paths: Sequence[Path], *, shapes: Sequence[Path] = ()
) -> list[tuple[str, ValidationReport]]:
    """Validate articles (converted on the fly), folders of articles and RDF files.

    Returns one report per article or RDF file, named by its path.
    """
    shapes_graph = load_shapes(shapes) if shapes else None
    reports: list[tuple[str, ValidationReport]] = []
    for path in paths:
        if path.is_file() and path.suffix.lower() in _RDF_SUFFIXES:
            graph = read_rdf_graph([path])
            reports.append((str(path), validate_graph(graph, shapes=shapes_graph)))
            continue
        for article in find_articles([path]):
            converted = convert_files(article)
            reports.append((str(article), validate_graph(converted.graph, shapes=shapes_graph)))
    return reports
