"""pyoxigraph terms as rdflib terms and back: files parsed by pyoxigraph (fast, errors with
line and column) become rdflib graphs for pySHACL without a second, slower parse, and
rdflib graphs go into pyoxigraph stores for SPARQL."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pyoxigraph as ox
from rdflib import XSD, BNode, Graph, Literal, URIRef
from rdflib.term import Node

__all__ = ["add_quads", "from_ox", "to_ox"]


def from_ox(term: Any) -> Node:
    """The rdflib term of a pyoxigraph term."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == str(XSD.string):
            return Literal(term.value)  # rdflib writes a plain literal without a datatype
        literal = Literal(term.value, datatype=URIRef(term.datatype.value))
        if literal.ill_typed:  # kept as written: rdflib would turn "yes"^^xsd:boolean to "false"
            literal = Literal(term.value, datatype=URIRef(term.datatype.value), normalize=False)
        return literal
    raise TypeError(f"unexpected term {term!r}")


def to_ox(term: Node) -> Any:
    """The pyoxigraph term of an rdflib term (a literal keeps its lexical form as written)."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"cannot store {term!r}")


def add_quads(graph: Graph, quads: Iterable[ox.Quad]) -> None:
    """Add the triples of ``quads`` to ``graph``, graph names dropped; term by term, as
    rdflib's own N-Triples parser takes quadratic time on a long line.

    Each distinct term is made once (a file names the same IRIs again and again, and
    rdflib checks an IRI each time it makes one)."""
    made: dict[Any, Node] = {}

    def term(t: Any) -> Node:
        found = made.get(t)
        if found is None:
            found = made[t] = from_ox(t)
        return found

    graph.addN((term(q.subject), term(q.predicate), term(q.object), graph) for q in quads)
