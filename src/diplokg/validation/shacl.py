"""The one SHACL validation stack of diplokg: engines, their result type, and reports.

Every caller (``build``, ``validate``, ``render``) validates through
:func:`make_engine` or :func:`validate_graph`:

- ``pyshacl`` (:class:`PyshaclEngine`) is the reference. Its options are built
  in one place (:func:`run_pyshacl`); the ontology is given to pySHACL as an
  ontology graph, so it is mixed into the data: it supplies the subclass axioms
  that targets need (a ``dk:Alliance`` is checked by the ``dk:Organization``
  shape) and its own instances (``dk:held a dk:EventStatus``).
- ``fast`` (:class:`diplokg.validation.shacl_fast.FastEngine`) compiles the shapes once and
  refuses, at compile time, every construct it cannot evaluate exactly
  (:class:`~diplokg.errors.UnsupportedShapes`); it also refuses, graph by graph,
  data its SPARQL store would not represent exactly.
- ``auto`` (:class:`AutoEngine`) runs ``fast`` and falls back to ``pyshacl``,
  for the whole run or one graph, saying so through its ``notice`` callback.

Both engines give :class:`ValidationResult` values. Literals of the data are
read as a parser would read them (from their lexical form and datatype), so an
ill-typed literal is ill-typed however it was built.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol
from typing import Literal as OneOf  # rdflib.Literal is the RDF literal here

import pyoxigraph as ox
from pyshacl import validate as shacl_validate
from rdflib import RDF, BNode, Graph, Literal, URIRef
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.sparql import Query
from rdflib.term import Node

from diplokg.errors import InputError, UnsupportedShapes, UsageError
from diplokg.model.limits import resolved
from diplokg.rdf.convert import Triple
from diplokg.rdf.formats import parse_file, read_format
from diplokg.rdf.oxterms import add_quads
from diplokg.rdf.terms import SH
from diplokg.resources import resource_files
from diplokg.validation.findings import ResultFields

if TYPE_CHECKING:
    from diplokg.validation.shacl_fast import FastEngine

__all__ = [
    "ENGINES",
    "AutoEngine",
    "Engine",
    "PyshaclEngine",
    "ValidationReport",
    "ValidationResult",
    "engine_report",
    "literal_key",
    "load_ontology",
    "load_shapes",
    "make_engine",
    "make_result",
    "normalised_literal",
    "packaged_graph",
    "render_path",
    "report_results",
    "run_pyshacl",
    "validate_graph",
]

#: SHACL engines: ``auto`` takes ``fast`` when it is exact for the shapes and data, else
#: ``pyshacl``.
ENGINES = ("auto", "fast", "pyshacl")

Notice = Callable[[str], None]


@dataclass(frozen=True)
class ValidationResult(ResultFields):
    """One SHACL validation result: plain text fields, and the RDF terms they come from.

    ``path`` is an IRI, or SPARQL property path syntax for a complex path;
    ``value`` a literal's lexical form or a node's IRI. Equality and order
    (:meth:`sort_key`) use the text fields; the ``*_node`` fields keep the terms.
    """

    focus_node: Node = field(default=URIRef(""), compare=False, repr=False)
    value_node: Node | None = field(default=None, compare=False, repr=False)
    path_node: Node | None = field(default=None, compare=False, repr=False)
    shape_node: Node | None = field(default=None, compare=False, repr=False)

    def sort_key(self) -> tuple[str, ...]:
        """Results in a stable order: by severity, shape, focus, path, value, message."""
        return (
            self.severity,
            self.shape,
            self.focus,
            self.path or "",
            self.value or "",
            self.message,
            self.constraint,
        )

    def __lt__(self, other: ValidationResult) -> bool:
        return self.sort_key() < other.sort_key()


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


# ---------------------------------------------------------------------------
# Shapes and ontology
# ---------------------------------------------------------------------------


@cache
def _packaged(kind: str) -> Graph:
    """The packaged shapes or ontology, parsed by pyoxigraph (rdflib's Turtle parser takes
    most of a second, which ``--changed-since`` on a few articles cannot spare)."""
    graph = Graph()
    for f in resource_files("ontology" if kind == "ontology" else "shapes"):
        try:
            quads = ox.parse(f.read_bytes(), format=ox.RdfFormat.TURTLE)
            add_quads(graph, quads)
        except SyntaxError as exc:
            raise InputError(f"packaged {kind} do not parse: {exc}", path=f.name) from None
    return graph


def _copy(graph: Graph) -> Graph:
    copy = Graph()
    copy += graph
    return copy


def packaged_graph(kind: OneOf["shapes", "ontology"]) -> Graph:
    """A fresh copy of the packaged shapes or ontology."""
    return _copy(_packaged(kind))


def load_ontology() -> Graph:
    """The packaged ontology (a fresh copy the caller may change)."""
    return _copy(_packaged("ontology"))


def load_shapes(paths: Sequence[Path] = ()) -> Graph:
    """The packaged SHACL shapes, or the shapes in ``paths`` when given.

    Each file is read with its own location as base IRI (``<>``, ``<#x>``).
    """
    if not paths:
        return _copy(_packaged("shapes"))
    from diplokg.model.yamlsrc import read_text

    graph = Graph()
    for path in paths:
        # By its extension, as every RDF file diplokg reads (a shapes.jsonld was read as
        # Turtle), parsed by pyoxigraph: its errors give the line and column, and it refuses
        # triple terms. Turtle and N-Triples are read once, as text (a regular file within
        # the size limit, UTF-8, in NFC as every text diplokg reads: a pipe waited forever,
        # bad bytes crashed), and that text is parsed.
        text = None
        if read_format(path)[1] in (ox.RdfFormat.TURTLE, ox.RdfFormat.N_TRIPLES):
            text = read_text(path, what="shapes file")
        add_quads(graph, parse_file(path, base_iri=resolved(path).as_uri(), text=text))
    if not _has_shapes(graph):  # "instead of the packaged shapes": nothing would be checked
        others = len(paths) - 1
        which = f"and the {others} other --shapes files hold" if others else "holds"
        raise InputError(
            f"{which} no SHACL shapes (no sh:NodeShape, sh:PropertyShape or sh:target…), so "
            "nothing would be checked: give a shapes file, or leave --shapes out",
            path=paths[0],
        )
    return graph


def _has_shapes(graph: Graph) -> bool:
    for kind in (SH.NodeShape, SH.PropertyShape):
        if (None, RDF.type, kind) in graph:
            return True
    targets = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)
    return any((None, target, None) in graph for target in targets)


# ---------------------------------------------------------------------------
# Results
# ---------------------------------------------------------------------------


def _rdf_list(graph: Graph, head: Node) -> list[Node]:
    items: list[Node] = []
    while head != RDF.nil and head is not None and len(items) < 1000:
        first = graph.value(head, RDF.first)
        if first is None:
            break
        items.append(first)
        head = graph.value(head, RDF.rest)  # type: ignore[assignment]
    return items


def render_path(graph: Graph, node: Node) -> str:
    """A SHACL path as text: an IRI, or SPARQL property path syntax for complex paths."""

    def inner(n: Node) -> str:
        if isinstance(n, URIRef):
            return f"<{n}>"
        if (inverse := graph.value(n, SH.inversePath)) is not None:
            return "^" + inner(inverse)
        if (alternatives := graph.value(n, SH.alternativePath)) is not None:
            return "(" + "|".join(inner(x) for x in _rdf_list(graph, alternatives)) + ")"
        for prop, mark in (
            (SH.zeroOrMorePath, "*"),
            (SH.oneOrMorePath, "+"),
            (SH.zeroOrOnePath, "?"),
        ):
            if (repeated := graph.value(n, prop)) is not None:
                return inner(repeated) + mark
        if graph.value(n, RDF.first) is not None:
            return "(" + "/".join(inner(x) for x in _rdf_list(graph, n)) + ")"
        return f"_:{n}"

    return str(node) if isinstance(node, URIRef) else inner(node)


def _component(node: Node | None) -> str:
    return str(node).rsplit("#", 1)[-1]


def make_result(
    *,
    severity: str,
    shape: Node,
    focus: Node,
    path: Node | None,
    path_text: str | None,
    value: Node | None,
    message: str,
    constraint: str,
) -> ValidationResult:
    """A :class:`ValidationResult` from RDF terms (``path_text`` as :func:`render_path`)."""
    return ValidationResult(
        severity=severity,
        shape=str(shape),
        focus=str(focus),
        path=path_text,
        value=None if value is None else str(value),
        message=message,
        constraint=constraint,
        focus_node=focus,
        value_node=value,
        path_node=path,
        shape_node=shape,
    )


def report_results(report: Graph) -> list[ValidationResult]:
    """The results of a W3C SHACL validation report graph (pySHACL's): those the report
    lists (``sh:result``), not the nested results they detail."""
    results = []
    listed = [
        r
        for v in report.subjects(RDF.type, SH.ValidationReport)
        for r in report.objects(v, SH.result)
    ]
    for result in sorted(set(listed), key=str):
        severity = report.value(result, SH.resultSeverity)
        shape = report.value(result, SH.sourceShape)
        path = report.value(result, SH.resultPath)
        messages = sorted(str(m) for m in report.objects(result, SH.resultMessage))
        focus = report.value(result, SH.focusNode)
        assert focus is not None  # noqa: S101 - sh:focusNode is required in a result
        results.append(
            make_result(
                severity=_component(severity) if severity else "Violation",
                shape=shape if shape is not None else URIRef(""),
                focus=focus,
                path=path,
                path_text=render_path(report, path) if path is not None else None,
                value=report.value(result, SH.value),
                message=messages[0] if messages else "",
                constraint=_component(report.value(result, SH.sourceConstraintComponent)),
            )
        )
    return results


def _report_graph(results: Sequence[ValidationResult], shapes: Graph) -> Graph:
    """The W3C validation report graph of results the fast engine gave."""
    graph = Graph()
    report = BNode()
    graph.add((report, RDF.type, SH.ValidationReport))
    graph.add((report, SH.conforms, Literal(not results)))
    for r in results:
        node = BNode()
        graph.add((report, SH.result, node))
        graph.add((node, RDF.type, SH.ValidationResult))
        graph.add((node, SH.resultSeverity, SH[r.severity]))
        graph.add((node, SH.focusNode, r.focus_node))
        graph.add((node, SH.sourceConstraintComponent, SH[r.constraint]))
        if r.shape_node is not None:
            graph.add((node, SH.sourceShape, r.shape_node))
        if r.message:
            graph.add((node, SH.resultMessage, Literal(r.message)))
        if r.value_node is not None:
            graph.add((node, SH.value, r.value_node))
        if r.path_node is not None:
            graph.add((node, SH.resultPath, r.path_node))
            if isinstance(r.path_node, BNode):
                for triple in shapes.cbd(r.path_node):
                    graph.add(triple)
    return graph


# ---------------------------------------------------------------------------
# Data: literals as a parser reads them
# ---------------------------------------------------------------------------


@lru_cache(maxsize=65_536)
def _reparsed(lexical: str, datatype: str | None, language: str | None) -> Literal:
    # Keys of plain strings: rdflib hashes an IRI in Python, a str in C.
    return Literal(lexical, datatype=None if datatype is None else URIRef(datatype), lang=language)


def normalised_literal(term: Literal) -> Literal:
    """``term`` as parsing its lexical form gives it: the same term, with the value and
    ill-typedness rdflib gives a parsed literal (a literal built from a Python value
    may be neither). A literal rdflib already knows to be ill-typed is kept: rdflib
    may have rewritten its lexical form (``"none"^^xsd:boolean`` reads as ``"false"``).
    """
    if term.ill_typed:
        return term
    datatype = term.datatype
    return _reparsed(str(term), None if datatype is None else str(datatype), term.language)


def literal_key(term: Literal) -> tuple[str, str | None, str | None, bool]:
    """What :func:`normalised_literal` depends on: a memo key no construction order changes
    (plain strings: rdflib hashes an IRI in Python, a str in C)."""
    datatype = term.datatype
    return (
        str(term),
        None if datatype is None else str(datatype),
        term.language,
        term.ill_typed is True,
    )


def _data_graph(data: Iterable[Triple], graph: Graph) -> Graph:
    graph.addN(
        (s, p, normalised_literal(o) if type(o) is Literal else o, graph) for s, p, o in data
    )
    return graph


# ---------------------------------------------------------------------------
# pySHACL, the reference
# ---------------------------------------------------------------------------


@lru_cache(maxsize=256)
def _prepared(query: str) -> Query:
    return prepareQuery(query)


class _QueryCachingGraph(Graph):
    """An in-memory rdflib graph that parses each SPARQL query text once.

    pySHACL hands a SPARQL constraint's text to ``Graph.query`` for every
    focus node, with ``$this`` as an initial binding, and rdflib parses it
    anew each time; a prepared query gives the same answers.
    """

    def query(self, query_object: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(query_object, str) and not kwargs.get("initNs"):
            query_object = _prepared(query_object)
        return super().query(query_object, *args, **kwargs)


def run_pyshacl(data: Graph, *, shapes: Graph, ontology: Graph) -> tuple[bool, Graph]:
    """pySHACL with diplokg's options (the one place they are written).

    ``data`` is changed (the ontology is mixed into it): pass a copy. It must
    be an in-memory rdflib graph: pySHACL 0.40 given a pyoxigraph store
    reports false ``sh:datatype`` and ``sh:in`` failures.
    """
    try:
        conforms, report, text = shacl_validate(
            data,
            # pySHACL adds triples to the shapes graph it is given: hand it a copy.
            shacl_graph=_copy(shapes),
            ont_graph=ontology,
            inference="none",
            abort_on_first=False,
            allow_infos=True,
            allow_warnings=True,
            advanced=True,
            inplace=True,
        )
    except Exception as exc:
        # pySHACL and rdflib raise bare Exceptions too (an unknown prefix in a SPARQL
        # constraint): a problem of the shapes, not of diplokg.
        raise InputError(f"the SHACL shapes cannot be used: {_one_line(exc)}") from None
    if not isinstance(report, Graph):  # pySHACL returns its error as text
        raise InputError(f"the SHACL shapes cannot be used: {_one_line(text)}")
    return bool(conforms), report


def _one_line(problem: object) -> str:
    return " ".join(str(problem).split())


class Engine(Protocol):
    """What every SHACL engine does."""

    #: ``pyshacl``, ``fast`` or ``auto``.
    name: str

    def validate(self, graph: Iterable[Triple]) -> list[ValidationResult]:
        """The results of validating ``graph`` (a graph, left unchanged, or its triples)."""
        ...

    def validate_many(self, graphs: Sequence[Iterable[Triple]]) -> list[list[ValidationResult]]:
        """The results of validating each of ``graphs`` on its own."""
        ...


class PyshaclEngine:
    """pySHACL with the shapes and ontology given once and SPARQL queries prepared once."""

    name = "pyshacl"

    def __init__(self, *, shapes: Graph, ontology: Graph) -> None:
        self.shapes = shapes
        self.ontology = ontology

    def report(self, graph: Iterable[Triple]) -> ValidationReport:
        """The validation report of ``graph`` (left unchanged)."""
        data = _data_graph(graph, _QueryCachingGraph())
        conforms, report = run_pyshacl(data, shapes=self.shapes, ontology=self.ontology)
        return ValidationReport(conforms, tuple(sorted(report_results(report))), report)

    def validate(self, graph: Iterable[Triple]) -> list[ValidationResult]:
        """The results of validating ``graph`` (a graph, left unchanged, or its triples)."""
        return list(self.report(graph).results)

    def validate_many(self, graphs: Sequence[Iterable[Triple]]) -> list[list[ValidationResult]]:
        """The results of each graph, validated one by one."""
        return [self.validate(graph) for graph in graphs]


def _reusable(graphs: Sequence[Iterable[Triple]]) -> list[Iterable[Triple]]:
    """The graphs as values that can be read twice (a generator cannot)."""
    return [g if isinstance(g, Graph | list | tuple) else list(g) for g in graphs]


class AutoEngine:
    """The fast engine, and pySHACL for every graph the fast engine refuses."""

    name = "auto"

    def __init__(self, fast: Engine, reference: PyshaclEngine, *, notice: Notice | None) -> None:
        self.fast = fast
        self.reference = reference
        self.notice = notice
        self._told: set[str] = set()

    def _fall_back(self, exc: UnsupportedShapes) -> None:
        if self.notice is not None and exc.message not in self._told:
            self._told.add(exc.message)
            self.notice(f"engine: pyshacl for a graph the fast engine refused: {exc.message}")

    def validate(self, graph: Iterable[Triple]) -> list[ValidationResult]:
        """The results of validating ``graph``."""
        return self.validate_many([graph])[0]

    def validate_many(self, graphs: Sequence[Iterable[Triple]]) -> list[list[ValidationResult]]:
        """Each graph's results: by the fast engine, else (that graph only) by pySHACL."""
        graphs = _reusable(graphs)
        try:
            return self.fast.validate_many(graphs)
        except UnsupportedShapes:
            pass
        found = []
        for graph in graphs:
            try:
                found.append(self.fast.validate(graph))
            except UnsupportedShapes as exc:
                self._fall_back(exc)
                found.append(self.reference.validate(graph))
        return found


@cache
def _packaged_fast_engine() -> FastEngine:
    """The fast engine of the packaged shapes and ontology, compiled once per process
    (a tenth of a second, which every ``validate``, ``build`` and ``render`` paid, twice
    in ``validate``): it reads its shapes, its ontology index and the graphs it is given,
    and changes none of them, so every engine made of the packaged shapes shares it."""
    from diplokg.validation.shacl_fast import FastEngine

    return FastEngine(_packaged("shapes"), _packaged("ontology"))


def make_engine(
    kind: str = "auto",
    *,
    shapes: Graph | None = None,
    ontology: Graph | None = None,
    notice: Notice | None = None,
) -> Engine:
    """A SHACL engine: ``pyshacl`` (the reference), ``fast``, or ``auto`` (fast where exact).

    ``shapes`` and ``ontology`` default to the packaged ones. ``notice`` is told
    (one line) which engine ``auto`` runs, and why it falls back. ``fast`` on
    shapes it cannot run exactly is a :class:`~diplokg.errors.UsageError`.
    """
    from diplokg.validation.shacl_fast import FastEngine  # it builds on this module's result type

    if kind not in ENGINES:
        raise UsageError(f"unknown SHACL engine {kind!r}; choose one of {', '.join(ENGINES)}")
    shapes = shapes if shapes is not None else _packaged("shapes")
    ontology = ontology if ontology is not None else _packaged("ontology")
    reference = PyshaclEngine(shapes=shapes, ontology=ontology)
    if kind == "pyshacl":
        return reference
    try:
        packaged = shapes is _packaged("shapes") and ontology is _packaged("ontology")
        fast = _packaged_fast_engine() if packaged else FastEngine(shapes, ontology)
    except UnsupportedShapes as exc:
        if kind == "fast":
            raise UsageError(f"--engine fast cannot run these shapes: {exc.message}") from None
        if notice is not None:
            notice(f"engine: pyshacl (the fast engine cannot run these shapes: {exc.message})")
        return reference
    if kind == "fast":
        return fast
    if notice is not None:
        notice("engine: fast (compiled shapes; pySHACL for any graph it cannot check exactly)")
    return AutoEngine(fast, reference, notice=notice)


def validate_graph(
    data: Graph,
    *,
    shapes: Graph | None = None,
    ontology: Graph | None = None,
    engine: str = "pyshacl",
) -> ValidationReport:
    """Validate ``data`` (left unchanged) against the shapes, the ontology mixed in.

    ``engine="pyshacl"`` (the default) gives pySHACL's own report graph; the
    other engines give a report graph made from their results.
    """
    return engine_report(make_engine(engine, shapes=shapes, ontology=ontology), data, shapes=shapes)


def engine_report(engine: Engine, data: Graph, *, shapes: Graph | None = None) -> ValidationReport:
    """``engine``'s report on ``data``: pySHACL's own report graph, or one made from the
    results (``shapes``, the engine's shapes, name them; default: the packaged ones).

    For a caller that keeps one compiled engine for many graphs (a worker process).
    """
    if isinstance(engine, PyshaclEngine):
        return engine.report(data)
    results = tuple(sorted(engine.validate(data)))
    graph_shapes = shapes if shapes is not None else _packaged("shapes")
    # Conforms as pySHACL with allow_warnings says: only violations break conformance.
    conforms = not any(r.severity == "Violation" for r in results)
    return ValidationReport(conforms, results, _report_graph(results, graph_shapes))
