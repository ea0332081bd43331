"""The ``turtle`` report: the W3C SHACL validation report graph, each result carrying
its file, line and text span (``dkv:`` properties).
"""

from __future__ import annotations

from rdflib import RDF, XSD, BNode, Graph, URIRef
from rdflib import Literal as RdfLiteral
from rdflib.term import Node
from rdflib.util import from_n3

from diplokg.rdf.terms import NIF, PREFIXES, SH
from diplokg.validation.findings import (
    CHECK,
    DKV,
    SHAPES_NS,
    Finding,
    ValidationRun,
    baseline_status,
)

__all__ = ["report_graph"]


def _node(text: str) -> Node:
    return BNode(text[2:]) if text.startswith("_:") else URIRef(text)


def _copy_path(shapes: Graph, node: Node, into: Graph) -> Node:
    """Copy a SHACL path (an IRI, or a blank-node structure) from the shapes graph."""
    if not isinstance(node, BNode):
        return node
    copy = BNode()
    for p, o in shapes.predicate_objects(node):
        into.add((copy, p, _copy_path(shapes, o, into)))
    return copy


def report_graph(run: ValidationRun, *, shapes: Graph | None = None) -> Graph:
    """The W3C SHACL validation report of the run, with file, line and span of each result.

    ``shapes`` supplies the ``sh:path`` of property shapes whose path is not a
    plain IRI (``[ sh:inversePath dk:article ]``).
    """
    g = Graph()
    g.bind("sh", SH)
    g.bind("dkv", DKV)
    g.bind("dksh", SHAPES_NS)
    g.bind("check", CHECK)
    g.bind("nif", NIF)
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    report = BNode()
    g.add((report, RDF.type, SH.ValidationReport))
    g.add((report, SH.conforms, RdfLiteral(run.conforms)))
    for f in run.findings:
        r = BNode()
        g.add((report, SH.result, r))
        g.add((r, RDF.type, SH.ValidationResult))
        g.add((r, SH.resultSeverity, SH[f.severity]))
        g.add((r, SH.sourceShape, _node(f.shape)))
        g.add((r, SH.focusNode, _node(f.focus)))
        component = f.shape if f.is_check else str(SH) + f.constraint
        g.add((r, SH.sourceConstraintComponent, URIRef(component)))
        g.add((r, SH.resultMessage, RdfLiteral(f.message)))
        path = _result_path(f, shapes, g)
        if path is not None:
            g.add((r, SH.resultPath, path))
        if f.value_term is not None:
            term = from_n3(f.value_term)
            if isinstance(term, Node):
                g.add((r, SH.value, term))
        elif f.value is not None:
            g.add((r, SH.value, RdfLiteral(f.value)))
        g.add((r, DKV.source, RdfLiteral(f.source)))
        if f.file is not None:
            g.add((r, DKV.file, RdfLiteral(f.file)))
        if f.line is not None:
            g.add((r, DKV.line, RdfLiteral(f.line, datatype=XSD.positiveInteger)))
        if f.column is not None:
            g.add((r, DKV.column, RdfLiteral(f.column, datatype=XSD.positiveInteger)))
        if f.span is not None:
            span = BNode()
            g.add((r, DKV.span, span))
            g.add((span, NIF.beginIndex, RdfLiteral(f.span.begin, datatype=XSD.nonNegativeInteger)))
            g.add((span, NIF.endIndex, RdfLiteral(f.span.end, datatype=XSD.nonNegativeInteger)))
            g.add((span, NIF.anchorOf, RdfLiteral(f.span.text)))
            g.add((span, DKV.file, RdfLiteral(f.span.file)))
            g.add((span, DKV.line, RdfLiteral(f.span.line, datatype=XSD.positiveInteger)))
        if run.baseline is not None:
            g.add((r, DKV.baseline, RdfLiteral(baseline_status(run, f))))
    return g


def _result_path(f: Finding, shapes: Graph | None, g: Graph) -> Node | None:
    if f.path is None:
        return None
    if shapes is not None and not f.shape.startswith("_:"):
        declared = shapes.value(URIRef(f.shape), SH.path)
        if declared is not None:
            return _copy_path(shapes, declared, g)
    if not f.path.startswith(("<", "^", "(")):
        return URIRef(f.path)
    return None
