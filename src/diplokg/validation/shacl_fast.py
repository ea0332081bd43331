"""A fast SHACL engine, exact where it runs: it refuses what it cannot evaluate exactly.

pySHACL is the reference engine, and slow: it builds a report node for every
branch of every ``sh:or`` it tries, and parses a SPARQL constraint anew for
each focus node. This engine compiles the shapes once into plain checks:

- core constraints (``sh:minCount``, ``sh:maxCount``, ``sh:class``,
  ``sh:datatype``, ``sh:in``, ``sh:or`` and ``sh:not`` of class or datatype
  shapes, ``sh:minLength``, ``sh:nodeKind``, value ranges, ``sh:lessThan``,
  ``sh:lessThanOrEquals``) run in Python over an index of the graph, with
  pySHACL's own rules for comparing literals and checking datatypes; a value
  test is memoised on the literal's lexical form, datatype and ill-typedness,
  so what was validated before cannot change an answer;
- SPARQL constraints run with pyoxigraph. Each is parsed (rdflib's algebra) at
  compile time: a query whose ``$this`` every solution binds (no ``LIMIT``)
  runs once with ``$this`` unbound and is joined with the focus nodes; any
  other runs once per focus node with ``$this`` substituted (pre-bound). The
  store holds the predicates the queries name, or every triple when one has a
  variable predicate or a negated property set. Given several graphs
  (:meth:`FastEngine.validate_many`), each is a named graph of one store and a
  joinable query runs once for all of them inside ``GRAPH ?g { … }``.

The ontology is data, as pySHACL mixes it into every graph: its subclass
axioms decide targets and ``sh:class``, its instances (``dk:held a
dk:EventStatus``) are there for ``sh:class``, targets and queries.

Shapes that use anything else (``sh:property`` inside a property shape,
implicit class targets, ``sh:node``, other targets, sub-selects, ``BIND``,
``VALUES``, ``MINUS``, aggregates, ``$PATH``, message templates, …) raise
:class:`~diplokg.errors.UnsupportedShapes` at compile time. pyoxigraph stores
some literals differently (``"5"^^xsd:int`` as ``"5"^^xsd:integer``,
``"1.50"^^xsd:decimal`` as ``"1.5"``): a graph in which a query could see the
difference raises it at validation time. Callers (``auto``) then use pySHACL.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import Any

import pyoxigraph as ox
import rdflib.term
from pyshacl.rdfutil.compare import compare_literal
from rdflib import OWL, RDF, RDFS, XSD, BNode, Graph, Literal, URIRef, Variable
from rdflib.paths import NegatedPath, Path
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.term import Node

from diplokg.errors import UnsupportedShapes
from diplokg.rdf.terms import SH
from diplokg.validation.shacl import (
    ValidationResult,
    from_ox,
    literal_key,
    make_result,
    normalised_literal,
    render_path,
)

__all__ = ["FastEngine", "FastResult", "UnsupportedShapes", "from_ox"]

#: The engine's results are the validation stack's one result type.
FastResult = ValidationResult

#: One triple of a graph to validate.
Triple = tuple[Node, Node, Node]


# Plain IRIs: attribute lookups on rdflib namespaces are slow in the inner loops.
_TYPE = URIRef(str(RDF.type))
_SUBCLASS = URIRef(str(RDFS.subClassOf))
_XSD_STRING = URIRef(str(XSD.string))
_LANG_STRING = URIRef(str(RDF.langString))
_XSD_STRING_IRI = str(XSD.string)


#: One object for each IRI the engine looks up by (predicates, classes): a dict lookup
#: with the very key object it holds skips rdflib's term ``__eq__``, written in Python.
_CANONICAL: dict[Node, Node] = {}


def _canonical(term: Node) -> Node:
    """The one object the engine uses for ``term`` (a predicate or class IRI)."""
    return _CANONICAL.setdefault(term, term)


#: id() of a term object seen before → (that object, its canonical object). The
#: converter reuses one object per predicate, so most lookups end here without
#: comparing terms; the entry holds the object, so its id cannot be reused.
_SEEN: dict[int, tuple[Node, Node]] = {}
_SEEN_SIZE = 10_000


def _canonical_seen(term: Node) -> Node:
    seen = _SEEN.get(id(term))
    if seen is not None and seen[0] is term:
        return seen[1]
    found = _CANONICAL.setdefault(term, term)
    if len(_SEEN) < _SEEN_SIZE:
        _SEEN[id(term)] = (term, found)
    return found


_canonical(_TYPE)
_canonical(_SUBCLASS)

#: Whether a term of each exact type is a literal (``isinstance`` on rdflib terms goes
#: through ``ABCMeta`` and is slow; subclasses fall back to it).
_IS_LITERAL: dict[type, bool] = {Literal: True, URIRef: False, BNode: False}


def _is_literal(v: Node) -> bool:
    found = _IS_LITERAL.get(type(v))
    return isinstance(v, Literal) if found is None else found


#: What a shape may say besides its constraints (``sh:targetClass``, ``sh:property`` and
#: ``sh:path`` are allowed where they belong: see :func:`compile_shapes`).
_NOT_CONSTRAINTS = {
    RDF.type,
    RDFS.label,
    RDFS.comment,
    SH.message,
    SH.severity,
    SH.name,
    SH.description,
    SH.order,
    SH.group,
}
_SUPPORTED = {
    SH.minCount,
    SH.maxCount,
    SH["class"],
    SH.datatype,
    SH["in"],
    SH["or"],
    SH["not"],
    SH.minLength,
    SH.nodeKind,
    SH.minInclusive,
    SH.maxInclusive,
    SH.minExclusive,
    SH.maxExclusive,
    SH.lessThan,
    SH.lessThanOrEquals,
    SH.sparql,
}
_COMPONENT: dict[Node, str] = {
    SH.minCount: "MinCountConstraintComponent",
    SH.maxCount: "MaxCountConstraintComponent",
    SH["class"]: "ClassConstraintComponent",
    SH.datatype: "DatatypeConstraintComponent",
    SH["in"]: "InConstraintComponent",
    SH["or"]: "OrConstraintComponent",
    SH["not"]: "NotConstraintComponent",
    SH.minLength: "MinLengthConstraintComponent",
    SH.nodeKind: "NodeKindConstraintComponent",
    SH.minInclusive: "MinInclusiveConstraintComponent",
    SH.maxInclusive: "MaxInclusiveConstraintComponent",
    SH.minExclusive: "MinExclusiveConstraintComponent",
    SH.maxExclusive: "MaxExclusiveConstraintComponent",
    SH.lessThan: "LessThanConstraintComponent",
    SH.lessThanOrEquals: "LessThanOrEqualsConstraintComponent",
    SH.sparql: "SPARQLConstraintComponent",
}
_FORBIDDEN_SPARQL = re.compile(
    r"\$PATH|\$currentShape|\$shapesGraph|\b(BIND|VALUES|MINUS|SERVICE|GROUP\s+BY|COUNT|SUM|MIN|"
    r"MAX|AVG|SAMPLE|GROUP_CONCAT)\b",
    re.IGNORECASE,
)


# ---------------------------------------------------------------------------
# The data: an index of one graph
# ---------------------------------------------------------------------------


#: The edges of a node that has none (read only: shared by every lookup that misses).
_NO_EDGES: dict[Node, dict[Node, None]] = {}


class _Index:
    out: dict[Node, dict[Node, dict[Node, None]]]
    into: dict[Node, dict[Node, dict[Node, None]]]

    def __init__(
        self,
        graph: Iterable[Triple],
        superclasses: dict[Node, set[Node]],
        inverse: Collection[Node] | None = None,
        *,
        base: _Index | None = None,
    ) -> None:
        """Index the triples of ``graph``: by subject, and by object for the predicates
        in ``inverse`` (the inverse paths of the shapes; all if ``None``).

        ``base`` (the ontology's index) is part of the graph: its nodes that the
        graph also has are merged here, the others are looked up there.
        """
        out: dict[Node, dict[Node, dict[Node, None]]] = {}
        into: dict[Node, dict[Node, dict[Node, None]]] = {}
        seen, canonical = _SEEN, _canonical_seen
        last: Node | None = None
        by_p: dict[Node, dict[Node, None]] = {}
        for s, p, o in graph:
            # Predicates (and classes) as the engine's own objects: lookups then match
            # by identity. dict.get before setdefault: setdefault builds a dict each time.
            hit = seen.get(id(p))
            p = hit[1] if hit is not None and hit[0] is p else canonical(p)
            if p is _TYPE:
                o = canonical(o)
            if s is not last:  # a graph's triples mostly come subject by subject
                found = out.get(s)
                if found is None:
                    found = out[s] = {}
                by_p, last = found, s
            objects = by_p.get(p)
            if objects is None:
                by_p[p] = {o: None}
            else:
                objects[o] = None
            if inverse is None or p in inverse:
                into.setdefault(o, {}).setdefault(p, {})[s] = None
        self.base = base
        if base is not None:
            for own, other in ((out, base.out), (into, base.into)):
                for node, by_p in own.items():
                    more = other.get(node)
                    if more:
                        for p, objects in more.items():
                            mine = by_p.get(p)
                            by_p[p] = dict(objects) if mine is None else {**objects, **mine}
            self.base_out: dict[Node, dict[Node, dict[Node, None]]] = base.out
            self.base_into: dict[Node, dict[Node, dict[Node, None]]] = base.into
        else:
            self.base_out = self.base_into = {}
        self.out = out
        self.into = into
        extra_sub = [
            (s, o)
            for s, by_p in out.items()
            for o in by_p.get(_SUBCLASS, ())
            if o not in superclasses.get(s, ())
        ]
        self.superclasses = superclasses
        if extra_sub:
            edges: dict[Node, set[Node]] = {}
            for c, sups in superclasses.items():
                edges[c] = set(sups)
            for s, o in extra_sub:
                edges.setdefault(s, {s}).add(o)
            self.superclasses = _closure(edges)
        self._classes: dict[Node, set[Node]] = {}
        self._by_class: dict[Node, list[Node]] | None = None

    def objects(self, node: Node, p: Node) -> Iterable[Node]:
        """Objects of ``node``'s ``p`` triples (``p`` as :func:`_canonical` gives it)."""
        by_p = self.out.get(node)
        if by_p is None:
            by_p = self.base_out.get(node, _NO_EDGES)
        return by_p.get(p, ())

    def subjects(self, node: Node, p: Node) -> Iterable[Node]:
        """Subjects of ``p`` triples with object ``node`` (``p`` an inverse path's)."""
        by_p = self.into.get(node)
        if by_p is None:
            by_p = self.base_into.get(node, _NO_EDGES)
        return by_p.get(p, ())

    def classes(self, node: Node) -> set[Node]:
        """Every class ``node`` is an instance of, through rdf:type/rdfs:subClassOf*."""
        found = self._classes.get(node)
        if found is None:
            found = set()
            for t in self.objects(node, _TYPE):
                found |= self.superclasses.get(t, {t})
            self._classes[node] = found
        return found

    def instances(self, cls: Node) -> list[Node]:
        """Nodes that are instances of ``cls`` (or of a subclass), in graph order."""
        if self._by_class is None:
            self._by_class = {}
            for n, props in self.out.items():
                if _TYPE in props:
                    for c in self.classes(n):
                        self._by_class.setdefault(c, []).append(n)
        own = self._by_class.get(cls, [])
        base = self.base
        if base is None:
            return own
        if self.superclasses is base.superclasses:
            # The ontology's own instances, as the ontology alone classifies them.
            theirs = [n for n in base.instances(cls) if n not in self.out]
        else:
            theirs = [
                n
                for n, props in base.out.items()
                if n not in self.out and _TYPE in props and cls in self.classes(n)
            ]
        return own + theirs if theirs else own


def _closure(edges: dict[Node, set[Node]]) -> dict[Node, set[Node]]:
    """Each class with every class it reaches (itself included), as canonical objects."""
    result: dict[Node, set[Node]] = {}
    for start in edges:
        seen = {start}
        stack = [start]
        while stack:
            for nxt in edges.get(stack.pop(), ()):
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append(nxt)
        result[_canonical(start)] = {_canonical(c) for c in seen}
    return result


# ---------------------------------------------------------------------------
# Compiled shapes
# ---------------------------------------------------------------------------

_PathFn = Callable[[_Index, Node], list[Node]]
_ValueTest = Callable[[_Index, Node], bool]


@dataclass(frozen=True)
class _Sparql:
    query: str
    message: str
    #: The same query over every named graph at once (``?{_GRAPH_VAR}`` names the graph),
    #: or ``None`` if it cannot be rewritten so; see :func:`_per_graph`.
    per_graph: str | None = None
    #: True if running the query with ``$this`` unbound and keeping the solutions whose
    #: ``$this`` is a focus node gives what pre-binding ``$this`` gives: ``$this`` is
    #: bound by every solution of the top-level pattern (not only inside ``OPTIONAL``,
    #: ``FILTER``, one branch of a ``UNION``), and no ``LIMIT``/``OFFSET``. Otherwise the
    #: query runs once per focus node with ``$this`` substituted.
    joinable: bool = True
    #: The predicates the query can match, or ``None``: all (a variable predicate, a
    #: negated property set).
    predicates: frozenset[Node] | None = frozenset()
    #: True if the query can tell an integer subtype from ``xsd:integer`` (the store
    #: keeps only the latter): ``DATATYPE``, ``sameTerm``, a literal in a pattern.
    sees_datatype: bool = False


#: Algebra operators a SPARQL constraint may use (anything else: the engine refuses it).
_ALGEBRA_OK = frozenset(
    {
        "Project",
        "Distinct",
        "Reduced",
        "OrderBy",
        "Slice",
        "Filter",
        "Join",
        "LeftJoin",
        "Union",
        "BGP",
    }
)


def _certain(node: CompValue) -> set[Variable]:
    """Variables bound in every solution of the algebra ``node``."""
    name = node.name
    if name == "BGP":
        return {
            t for triple in node.triples for t in (triple[0], triple[2]) if isinstance(t, Variable)
        } | {triple[1] for triple in node.triples if isinstance(triple[1], Variable)}
    if name == "Join":
        return _certain(node.p1) | _certain(node.p2)
    if name == "Union":
        return _certain(node.p1) & _certain(node.p2)
    if name == "LeftJoin":
        return _certain(node.p1)
    if name == "Filter":
        return _certain(node.p)
    return set()


def _walk(value: Any) -> Iterable[Any]:
    """Every value inside a parsed query (algebra, expressions, ``EXISTS`` patterns)."""
    stack = [value]
    while stack:
        item = stack.pop()
        yield item
        if isinstance(item, CompValue):
            stack.extend(v for k, v in item.items() if k != "_vars")
        elif isinstance(item, list | tuple | set):
            stack.extend(item)
        elif isinstance(item, Path):
            stack.extend(getattr(item, "args", ()))
            for attr in ("path", "arg"):
                if hasattr(item, attr):
                    stack.append(getattr(item, attr))


def _triples_of(item: CompValue) -> list[tuple[Any, Any, Any]]:
    """The triple patterns of a ``BGP`` (algebra) or ``TriplesBlock`` (an ``EXISTS`` pattern,
    where each subject's patterns come as one flat list)."""
    found: list[tuple[Any, Any, Any]] = []
    if item.name not in ("BGP", "TriplesBlock"):
        return found
    for group in item["triples"]:
        terms = list(group)
        if len(terms) % 3:
            raise UnsupportedShapes(f"unexpected SPARQL triple pattern {terms}")
        found.extend((terms[k], terms[k + 1], terms[k + 2]) for k in range(0, len(terms), 3))
    return found


@lru_cache(maxsize=256)
def _analyse(query: str, where: Node) -> tuple[bool, frozenset[Node] | None, bool]:
    """(joinable, predicates, sees_datatype) of a SPARQL constraint; see :class:`_Sparql`.

    Cached: rdflib parses a query in about 0.2 s, and a run compiles the shapes in
    the main process and again in each worker (forked, they inherit this cache).
    """
    try:
        algebra = prepareQuery(query).algebra
    except Exception as exc:  # pyparsing and rdflib raise several types
        raise UnsupportedShapes(f"the SPARQL constraint of {where} does not parse: {exc}") from None
    if algebra.name != "SelectQuery":
        raise UnsupportedShapes(f"the SPARQL constraint of {where} is not a SELECT")
    projected = {str(v) for v in algebra.PV}
    if not projected <= {"this", "value"}:
        raise UnsupportedShapes(f"the SPARQL constraint of {where} projects {sorted(projected)}")
    top = algebra.p
    joinable = "this" in projected
    node: CompValue = top
    while True:
        if node.name not in _ALGEBRA_OK:
            raise UnsupportedShapes(f"SPARQL {node.name} in the constraint of {where}")
        if node.name == "Slice":
            joinable = False
        if node.name in ("Project", "Distinct", "Reduced", "OrderBy", "Slice"):
            node = node.p
            continue
        break
    predicates: set[Node] | None = set()
    sees_datatype = bool(re.search(r"\b(DATATYPE|sameTerm)\s*\(", query, re.IGNORECASE))
    for item in _walk(top):
        if isinstance(item, CompValue):
            if item.name not in _ALGEBRA_OK and item.name in _PATTERN_OPERATORS:
                raise UnsupportedShapes(f"SPARQL {item.name} in the constraint of {where}")
            for triple in _triples_of(item):
                if any(isinstance(t, Literal) for t in triple):
                    sees_datatype = True
                p = triple[1]
                if isinstance(p, Variable):
                    predicates = None
                elif isinstance(p, URIRef) and predicates is not None:
                    predicates.add(_canonical(p))
        elif isinstance(item, NegatedPath):
            predicates = None
        elif isinstance(item, Path):
            continue
        elif isinstance(item, URIRef) and predicates is not None:
            predicates.add(_canonical(item))  # an IRI of a path, or a constant: harmless
    joinable = joinable and Variable("this") in _certain(node)
    return joinable, None if predicates is None else frozenset(predicates), sees_datatype


#: Algebra (and ``EXISTS`` pattern) operators the engine refuses wherever they appear.
_PATTERN_OPERATORS = frozenset(
    {
        "Extend",
        "Graph",
        "Minus",
        "ToMultiSet",
        "Group",
        "AggregateJoin",
        "values",
        "Service",
        "SubSelect",
        "Bind",
        "InlineData",
        "MinusGraphPattern",
        "GraphGraphPattern",
        "ServiceGraphPattern",
    }
)


@dataclass
class _PropertyShape:
    node: Node
    path: Node
    #: The path as results give it (:func:`~diplokg.validation.shacl.render_path`).
    path_text: str
    values: _PathFn
    severity: str
    message: str
    #: (component, test on one value node): the value conforms if the test is true.
    value_tests: list[tuple[str, _ValueTest]] = field(default_factory=list)
    min_count: int | None = None
    max_count: int | None = None
    #: (component, other property, allow equal)
    pairs: list[tuple[str, Node, bool]] = field(default_factory=list)
    sparql: list[_Sparql] = field(default_factory=list)

    def result(
        self, focus: Node, value: Node | None, component: str, *, message: str | None = None
    ) -> ValidationResult:
        """The result of ``focus`` failing ``component`` of this shape on ``value``."""
        return make_result(
            severity=self.severity,
            shape=self.node,
            focus=focus,
            path=self.path,
            path_text=self.path_text,
            value=value,
            message=self.message if message is None else message,
            constraint=component,
        )


@dataclass
class _NodeShape:
    node: Node
    targets: list[Node]
    severity: str
    message: str
    #: focus-level tests: (component, test); the focus conforms if the test is true.
    focus_tests: list[tuple[str, _ValueTest]] = field(default_factory=list)
    properties: list[_PropertyShape] = field(default_factory=list)


def _list(g: Graph, head: Node) -> list[Node]:
    items: list[Node] = []
    while head != RDF.nil:
        first = g.value(head, RDF.first)
        if first is None:
            raise UnsupportedShapes(f"malformed RDF list at {head}")
        items.append(first)
        rest = g.value(head, RDF.rest)
        if rest is None:
            raise UnsupportedShapes(f"malformed RDF list at {head}")
        head = rest
    return items


def _path(g: Graph, node: Node) -> _PathFn:
    if isinstance(node, URIRef):
        predicate = _canonical(node)
        return lambda ix, f: list(ix.objects(f, predicate))
    inverse = g.value(node, SH.inversePath)
    if isinstance(inverse, URIRef):
        inverse_predicate = _canonical(inverse)
        return lambda ix, f: list(ix.subjects(f, inverse_predicate))
    alternatives = g.value(node, SH.alternativePath)
    if alternatives is not None:
        parts = [_path(g, p) for p in _list(g, alternatives)]

        def alternative(ix: _Index, f: Node) -> list[Node]:
            seen: dict[Node, None] = {}
            for part in parts:
                seen.update(dict.fromkeys(part(ix, f)))
            return list(seen)

        return alternative
    if g.value(node, RDF.first) is not None:
        steps = [_path(g, p) for p in _list(g, node)]

        def sequence(ix: _Index, f: Node) -> list[Node]:
            current = [f]
            for step in steps:
                nxt: dict[Node, None] = {}
                for n in current:
                    nxt.update(dict.fromkeys(step(ix, n)))
                current = list(nxt)
            return current

        return sequence
    raise UnsupportedShapes(f"unsupported SHACL path {node}")


_RDFS_LITERAL = URIRef(str(RDFS.Literal))
_RDFS_DATATYPE = URIRef(str(RDFS.Datatype))


def _same_iri(a: Node | None, b: Node) -> bool:
    """``a == b`` for IRIs, without rdflib's ``__eq__`` when both are plain URIRefs."""
    if type(a) is URIRef and type(b) is URIRef:
        return str.__eq__(a, b)
    return a == b


def _datatype_ok(v: Node, datatype: Node) -> bool:
    """pySHACL's DatatypeConstraintComponent for one value node."""
    if not _is_literal(v):
        return False
    assert isinstance(v, Literal)  # noqa: S101 - for mypy; _is_literal said so
    if _same_iri(v.datatype, datatype):
        if getattr(v, "ill_typed", None) is True:
            return False
        return _actual_datatype(v, datatype)
    if datatype == _RDFS_LITERAL:
        return True
    if datatype == _RDFS_DATATYPE and v.datatype:
        return True
    if v.datatype is None and v.language is None and datatype == _XSD_STRING:
        return _actual_datatype(v, datatype)
    if datatype == _LANG_STRING and v.language:
        return _actual_datatype(v, datatype)
    return False


_ACTUAL: dict[Node, Callable[[Any], bool]] = {
    _canonical(XSD.string): lambda x: isinstance(x, str | bytes),
    _canonical(RDF.langString): lambda x: isinstance(x, str | bytes),
    _canonical(XSD.integer): lambda x: isinstance(x, int),
    _canonical(XSD.float): lambda x: isinstance(x, float),
    _canonical(XSD.decimal): lambda x: isinstance(x, Decimal),
    _canonical(XSD.boolean): lambda x: isinstance(x, bool),
    _canonical(XSD.date): lambda x: isinstance(x, dt.date),
    _canonical(XSD.time): lambda x: isinstance(x, dt.time),
    _canonical(XSD.dateTime): lambda x: isinstance(x, dt.datetime),
}


def _actual_datatype(v: Literal, datatype: Node) -> bool:
    """pySHACL's check that a literal's Python value fits its datatype."""
    check = _ACTUAL.get(datatype)
    return True if check is None else check(v.value)


def _node_kind_ok(v: Node, kind: Node) -> bool:
    if isinstance(v, BNode):
        return kind in (SH.BlankNode, SH.BlankNodeOrLiteral, SH.BlankNodeOrIRI)
    if isinstance(v, Literal):
        return kind in (SH.Literal, SH.BlankNodeOrLiteral, SH.IRIOrLiteral)
    return kind in (SH.IRI, SH.IRIOrLiteral, SH.BlankNodeOrIRI)


def _min_length_ok(v: Node, n: int) -> bool:
    if n == 0:
        return True
    if isinstance(v, BNode):
        return False
    if (
        isinstance(v, Literal)
        and v.value is not None
        and v.datatype in (None, RDF.langString, XSD.string)
    ):
        return len(str(v.value)) >= n
    return len(str(v)) >= n


def _range_ok(v: Node, bound: Literal, ok: Callable[[int], bool]) -> bool:
    """pySHACL's value range components: ``ok(compare(v, bound))``."""
    if not _is_literal(v):
        return False
    assert isinstance(v, Literal)  # noqa: S101 - for mypy; _is_literal said so
    bound_is_string = isinstance(bound.value, str)
    v_is_string = isinstance(v.value, str)
    if bound_is_string != v_is_string:
        return False
    try:
        return ok(compare_literal(v, bound))  # type: ignore[no-untyped-call]
    except (TypeError, NotImplementedError):
        return False


#: Memo size at which a value test's memo is emptied (a worker validates thousands
#: of articles; text offsets repeat between them, other literals mostly do not).
_MEMO_SIZE = 50_000


def _memoized(test: Callable[[Node], bool]) -> _ValueTest:
    """A value test that depends on the value term alone, computed once per term.

    A literal is keyed on its lexical form, datatype and language, and tested as
    parsing it gives it (:func:`~diplokg.validation.shacl.normalised_literal`): two equal
    literals, one built from a Python value, get the same answer in any order.
    """
    memo: dict[Any, bool] = {}

    def memoized(ix: _Index, v: Node) -> bool:
        literal = _is_literal(v)
        key: Any = literal_key(v) if literal else v  # type: ignore[arg-type]
        found = memo.get(key)
        if found is None:
            if len(memo) >= _MEMO_SIZE:
                memo.clear()
            found = memo[key] = test(normalised_literal(v) if literal else v)  # type: ignore[arg-type]
        return found

    return memoized


def _comparable(node: Node) -> tuple[Any, bool]:
    if isinstance(node, URIRef):
        return str(node), True
    if isinstance(node, Literal) and isinstance(node.value, str):
        return node.value, True
    return node, False


#: Datatypes whose literals rdflib orders by value when both are well typed (its own
#: fast path): for two integers of these, rdflib's ``<`` and ``<=`` are Python's.
_NUMERIC_TYPES = frozenset(
    _canonical(t) for t in getattr(rdflib.term, "_NUMERIC_LITERAL_TYPES", ())
)


def _integer(v: Node) -> int | None:
    """The value of a well-typed integer literal of a numeric datatype, else ``None``."""
    if type(v) is not Literal or v.datatype not in _NUMERIC_TYPES:
        return None
    v = normalised_literal(v)
    if v.ill_typed:
        return None
    value = v.value
    return value if type(value) is int else None


def _pair_fails(v: Node, w: Node, allow_equal: bool) -> bool:
    """pySHACL's sh:lessThan / sh:lessThanOrEquals for one pair of values."""
    a_int, b_int = _integer(v), _integer(w)
    if a_int is not None and b_int is not None:
        # What comparing the literals gives (text offsets): without rdflib's slow path.
        return not (a_int <= b_int if allow_equal else a_int < b_int)
    if isinstance(v, BNode) or isinstance(w, BNode):
        raise UnsupportedShapes("sh:lessThan on a blank node")
    a, a_str = _comparable(normalised_literal(v) if type(v) is Literal else v)
    b, b_str = _comparable(normalised_literal(w) if type(w) is Literal else w)
    if a_str != b_str:
        return True
    try:
        return not (a <= b if allow_equal else a < b)
    except TypeError:
        return True


def _one(g: Graph, node: Node, prop: Node) -> Node:
    values = list(g.objects(node, prop))
    if len(values) != 1:
        raise UnsupportedShapes(f"{node} needs exactly one {prop}")
    return values[0]


def _message(g: Graph, node: Node) -> str:
    messages = list(g.objects(node, SH.message))
    if len(messages) != 1:
        raise UnsupportedShapes(f"{node} needs exactly one sh:message")
    return str(messages[0])


def _severity(g: Graph, node: Node) -> str:
    value = g.value(node, SH.severity)
    return str(value).rsplit("#", 1)[-1] if value is not None else "Violation"


def _simple_test(g: Graph, shape: Node) -> _ValueTest:
    """A test for an inner shape of ``sh:or``/``sh:not``: one class, datatype or ``sh:or``."""
    props = {p for p in g.predicates(shape) if p != RDF.type}
    if props == {SH["class"]}:
        return _class_test(g, _one(g, shape, SH["class"]))
    if props == {SH.datatype}:
        return _datatype_test(g, _one(g, shape, SH.datatype))
    if props == {SH["or"]}:
        tests = [_simple_test(g, s) for s in _list(g, _one(g, shape, SH["or"]))]
        return lambda ix, v: any(t(ix, v) for t in tests)
    raise UnsupportedShapes(f"unsupported inner shape {shape}")


def _prefixes(g: Graph, node: Node) -> str:
    lines = []
    for ontology in g.objects(node, SH.prefixes):
        for decl in g.objects(ontology, SH.declare):
            prefix = g.value(decl, SH.prefix)
            namespace = g.value(decl, SH.namespace)
            if prefix is None or namespace is None:
                raise UnsupportedShapes(f"incomplete sh:declare in {ontology}")
            lines.append(f"PREFIX {prefix}: <{namespace}>")
    return "\n".join(lines)


def _class_test(g: Graph, cls: Node) -> _ValueTest:
    cls = _canonical(cls)
    return lambda ix, v: not _is_literal(v) and cls in ix.classes(v)


def _datatype_test(g: Graph, datatype: Node) -> _ValueTest:
    datatype = _canonical(datatype)
    return _memoized(lambda v: _datatype_ok(v, datatype))


def _in_test(g: Graph, head: Node) -> _ValueTest:
    allowed = set(_list(g, head))
    return lambda ix, v: v in allowed


def _or_test(g: Graph, head: Node) -> _ValueTest:
    tests = [_simple_test(g, s) for s in _list(g, head)]
    return lambda ix, v: any(t(ix, v) for t in tests)


def _not_test(g: Graph, inner: Node) -> _ValueTest:
    test = _simple_test(g, inner)
    return lambda ix, v: not test(ix, v)


def _min_length_test(g: Graph, n: Node) -> _ValueTest:
    if not isinstance(n, Literal) or not isinstance(n.value, int):
        raise UnsupportedShapes(f"sh:minLength {n} is not an integer")
    length = n.value
    return _memoized(lambda v: _min_length_ok(v, length))


def _node_kind_test(g: Graph, kind: Node) -> _ValueTest:
    return lambda ix, v: _node_kind_ok(v, kind)


def _range_test(ok: Callable[[int], bool]) -> Callable[[Graph, Node], _ValueTest]:
    def make(g: Graph, bound: Node) -> _ValueTest:
        if not isinstance(bound, Literal):
            raise UnsupportedShapes(f"value range bound {bound} is not a literal")
        # pySHACL's literal comparison is slow, and text offsets repeat: once per term.
        return _memoized(lambda v: _range_ok(v, bound, ok))

    return make


_VALUE_TESTS: dict[Node, Callable[[Graph, Node], _ValueTest]] = {
    SH["class"]: _class_test,
    SH.datatype: _datatype_test,
    SH["in"]: _in_test,
    SH["or"]: _or_test,
    SH["not"]: _not_test,
    SH.minLength: _min_length_test,
    SH.nodeKind: _node_kind_test,
    SH.minInclusive: _range_test(lambda c: c >= 0),
    SH.maxInclusive: _range_test(lambda c: c <= 0),
    SH.minExclusive: _range_test(lambda c: c > 0),
    SH.maxExclusive: _range_test(lambda c: c < 0),
}


def _property_shape(g: Graph, node: Node) -> _PropertyShape:
    path_node = _one(g, node, SH.path)
    predicates = set(g.predicates(node))
    # sh:property or sh:targetClass in a property shape: nested shapes and own targets.
    unknown = predicates - _NOT_CONSTRAINTS - _SUPPORTED - {SH.path}
    if unknown:
        raise UnsupportedShapes(f"{node} uses {sorted(map(str, unknown))}")
    constraints = predicates & _SUPPORTED
    ps = _PropertyShape(
        node=node,
        path=path_node,
        path_text=render_path(g, path_node),
        values=_path(g, path_node),
        severity=_severity(g, node),
        message=_message(g, node) if constraints - {SH.sparql} or SH.message in predicates else "",
    )
    for p in constraints:
        objects = list(g.objects(node, p))
        if p != SH.sparql and len(objects) != 1:
            raise UnsupportedShapes(f"{node} has several {p}")
        o = objects[0]
        component = _COMPONENT[p]
        if p in (SH.minCount, SH.maxCount):
            if not isinstance(o, Literal) or not isinstance(o.value, int):
                raise UnsupportedShapes(f"{p} of {node} is not an integer")
            if p == SH.minCount:
                ps.min_count = o.value
            else:
                ps.max_count = o.value
        elif p in _VALUE_TESTS:
            ps.value_tests.append((component, _VALUE_TESTS[p](g, o)))
        elif p in (SH.lessThan, SH.lessThanOrEquals):
            if not isinstance(o, URIRef):
                raise UnsupportedShapes(f"{p} of {node} must be an IRI")
            ps.pairs.append((component, _canonical(o), p == SH.lessThanOrEquals))
        elif p == SH.sparql:
            for constraint in objects:
                select = g.value(constraint, SH.select)
                if select is None or _FORBIDDEN_SPARQL.search(str(select)):
                    raise UnsupportedShapes(f"unsupported SPARQL constraint in {node}")
                if len(re.findall(r"\bSELECT\b", str(select), re.IGNORECASE)) != 1:
                    raise UnsupportedShapes(f"nested SELECT in {node}")
                if set(g.predicates(constraint)) - {
                    RDF.type,
                    SH.select,
                    SH.message,
                    SH.prefixes,
                }:
                    raise UnsupportedShapes(f"unsupported SPARQL constraint options in {node}")
                # pySHACL gives a shape's own sh:message to its SPARQL results too.
                message = ps.message or _message(g, constraint)
                if "{" in message:
                    raise UnsupportedShapes(f"message template in {node}")
                prefixes = _prefixes(g, constraint)
                query = prefixes + "\n" + str(select)
                joinable, wanted, sees_datatype = _analyse(query, node)
                rewritten = _per_graph(str(select)) if joinable else None
                ps.sparql.append(
                    _Sparql(
                        query=query,
                        message=message,
                        per_graph=None if rewritten is None else prefixes + "\n" + rewritten,
                        joinable=joinable,
                        predicates=wanted,
                        sees_datatype=sees_datatype,
                    )
                )
    return ps


def _implicit_class_targets(shapes: Graph, classes: Graph) -> list[str]:
    """Shapes of ``shapes`` that ``classes`` says are classes (SHACL's implicit targets)."""
    shape_nodes = (
        set(shapes.subjects(RDF.type, SH.NodeShape))
        | set(shapes.subjects(RDF.type, SH.PropertyShape))
        | set(shapes.subjects(SH.path, None))
        | set(shapes.objects(None, SH.property))
        | set(shapes.subjects(SH.targetClass, None))
    )
    return sorted(
        str(n)
        for n in shape_nodes
        if (n, RDF.type, RDFS.Class) in classes
        or (n, RDF.type, OWL.Class) in classes
        or (n, RDFS.subClassOf, None) in classes
    )


def compile_shapes(shapes: Graph) -> list[_NodeShape]:
    """Compile the node shapes of ``shapes``; :class:`UnsupportedShapes` if any is beyond us."""
    node_shapes = []
    shape_nodes = set(shapes.subjects(RDF.type, SH.NodeShape)) | set(
        shapes.subjects(SH.targetClass, None)
    )
    for other in (
        SH.targetNode,
        SH.targetSubjectsOf,
        SH.targetObjectsOf,
        SH.target,
        SH.deactivated,
    ):
        if next(iter(shapes.subject_objects(other)), None) is not None:
            raise UnsupportedShapes(f"{other} is not supported")
    for node in sorted(shape_nodes, key=str):
        predicates = set(shapes.predicates(node))
        if SH.path in predicates:
            raise UnsupportedShapes(f"property shape {node} has a target of its own")
        unknown = predicates - _NOT_CONSTRAINTS - {SH["not"], SH.targetClass, SH.property}
        if unknown:
            raise UnsupportedShapes(f"{node} uses {sorted(map(str, unknown))}")
        ns = _NodeShape(
            node=node,
            targets=[_canonical(c) for c in shapes.objects(node, SH.targetClass)],
            severity=_severity(shapes, node),
            message=_message(shapes, node) if SH["not"] in predicates else "",
        )
        for inner in shapes.objects(node, SH["not"]):
            ns.focus_tests.append(("NotConstraintComponent", _not_test(shapes, inner)))
        ns.properties = [_property_shape(shapes, p) for p in shapes.objects(node, SH.property)]
        node_shapes.append(ns)
    implicit = _implicit_class_targets(shapes, shapes)
    if implicit:
        raise UnsupportedShapes(f"implicit class targets (a shape that is a class): {implicit}")
    referenced = set(shapes.objects(None, SH.property))
    loose = set(shapes.subjects(RDF.type, SH.PropertyShape)) - referenced
    if loose:
        raise UnsupportedShapes(f"property shapes outside a node shape: {sorted(map(str, loose))}")
    return node_shapes


# ---------------------------------------------------------------------------
# The engine
# ---------------------------------------------------------------------------


def _ox(term: Node) -> Any:
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


class FastEngine:
    """Validate graphs against compiled shapes; see the module docstring."""

    name = "fast"

    def __init__(self, shapes: Graph, ontology: Graph, *, sparql_together: bool = True) -> None:
        """Compile ``shapes``; ``sparql_together=False`` runs each SPARQL constraint graph
        by graph, in a store of its own, even where it could run over all at once.

        The ontology is data too, as pySHACL mixes it into every graph it validates.
        """
        self.node_shapes = compile_shapes(shapes)
        implicit = _implicit_class_targets(shapes, ontology)
        if implicit:
            raise UnsupportedShapes(
                f"implicit class targets (the ontology makes {implicit} classes)"
            )
        self.sparql_together = sparql_together
        edges: dict[Node, set[Node]] = {}
        for s, o in ontology.subject_objects(RDFS.subClassOf):
            edges.setdefault(s, {s}).add(o)
        self.superclasses = _closure(edges)
        constraints = [c for ns in self.node_shapes for p in ns.properties for c in p.sparql]
        wanted: set[Node] | None = set()
        for c in constraints:
            if c.predicates is None or wanted is None:
                wanted = None
            else:
                wanted |= c.predicates
        self.sparql_predicates = wanted
        #: Predicates that inverse paths follow: only these are indexed by object.
        self.inverse_predicates = frozenset(
            _canonical(p) for p in shapes.objects(None, SH.inversePath)
        )
        self.base = _Index(ontology, self.superclasses, self.inverse_predicates)

    def validate(self, graph: Iterable[Triple]) -> list[ValidationResult]:
        """The results of validating ``graph``: an in-memory rdflib graph, or its triples."""
        return self.validate_many([graph])[0]

    def validate_many(self, graphs: Sequence[Iterable[Triple]]) -> list[list[ValidationResult]]:
        """The results of validating each of ``graphs`` on its own.

        Core constraints run graph by graph. A SPARQL constraint runs once for all
        of them, over a store that holds each graph as a named graph (pyoxigraph
        parses and plans a query anew for every call, which costs more than running
        it on an article's few hundred triples). Raises :class:`UnsupportedShapes` if
        a graph holds literals the store would change where a query can see it.
        """
        indexes = [
            _Index(g, self.superclasses, self.inverse_predicates, base=self.base) for g in graphs
        ]
        results: list[list[ValidationResult]] = [[] for _ in graphs]
        store: _Stores | None = None
        for ns in self.node_shapes:
            focus_by_graph: dict[int, dict[Node, None]] = {}
            for i, ix in enumerate(indexes):
                focus_nodes: dict[Node, None] = {}
                for t in ns.targets:
                    focus_nodes.update(dict.fromkeys(ix.instances(t)))
                if focus_nodes:
                    focus_by_graph[i] = focus_nodes
            for i, focus_nodes in focus_by_graph.items():
                ix, found = indexes[i], results[i]
                for component, test in ns.focus_tests:
                    for f in focus_nodes:
                        if not test(ix, f):
                            found.append(
                                make_result(
                                    severity=ns.severity,
                                    shape=ns.node,
                                    focus=f,
                                    path=None,
                                    path_text=None,
                                    value=f,
                                    message=ns.message,
                                    constraint=component,
                                )
                            )
                for ps in ns.properties:
                    self._property(ix, ps, focus_nodes, found)
            for ps in ns.properties:
                if ps.sparql and focus_by_graph:
                    if store is None:
                        store = _Stores(indexes, self.sparql_predicates, self.base)
                    for constraint in ps.sparql:
                        self._sparql(store, ps, constraint, focus_by_graph, results)
        return results

    @staticmethod
    def _property(
        ix: _Index,
        ps: _PropertyShape,
        focus_nodes: dict[Node, None],
        found: list[ValidationResult],
    ) -> None:
        """Add the results of the core constraints of ``ps`` on ``focus_nodes`` to ``found``."""

        result = ps.result

        values_of, min_count, max_count = ps.values, ps.min_count, ps.max_count
        value_tests, pairs = ps.value_tests, ps.pairs
        for f in focus_nodes:
            values = values_of(ix, f)
            if min_count is not None and len(values) < min_count:
                found.append(result(f, None, "MinCountConstraintComponent"))
            if max_count is not None and len(values) > max_count:
                found.append(result(f, None, "MaxCountConstraintComponent"))
            if not values:
                continue
            for component, test in value_tests:
                for v in values:
                    if not test(ix, v):
                        found.append(result(f, v, component))
            for component, other, allow_equal in pairs:
                compare = list(ix.objects(f, other))
                if any(isinstance(n, BNode) for n in (*values, *compare)):
                    # pySHACL stops with an error: let it say so.
                    raise UnsupportedShapes("sh:lessThan on a blank node")
                for v in values:
                    if any(_pair_fails(v, w, allow_equal) for w in compare):
                        found.append(result(f, v, component))

    def _sparql(
        self,
        store: _Stores,
        ps: _PropertyShape,
        constraint: _Sparql,
        focus_by_graph: dict[int, dict[Node, None]],
        results: list[list[ValidationResult]],
    ) -> None:
        """Run one SPARQL constraint; add each graph's results to ``results``."""
        for i in focus_by_graph:
            store.check(i, constraint, ps)
        rows: Iterable[tuple[int, Any, Any]]
        if not constraint.joinable:
            rows = (
                (i, this, value)
                for i, focus_nodes in focus_by_graph.items()
                for focus in focus_nodes
                for this, value in store.rows_substituted(i, constraint.query, ps, focus)
            )
        elif constraint.per_graph is not None and self.sparql_together:
            rows = store.rows_per_graph(constraint.per_graph, ps)
        else:
            rows = (
                (i, this, value)
                for i in focus_by_graph
                for this, value in store.rows_of_graph(i, constraint.query, ps)
            )
        seen: set[tuple[int, Node, Node | None]] = set()
        for i, this, raw_value in rows:
            focus_nodes = focus_by_graph.get(i)
            if this is None or focus_nodes is None:
                continue
            focus = store.original(i, this)
            if focus not in focus_nodes:
                continue
            value = None if raw_value is None else store.original(i, raw_value)
            if (i, focus, value) in seen:
                continue
            seen.add((i, focus, value))
            results[i].append(
                ps.result(focus, value, "SPARQLConstraintComponent", message=constraint.message)
            )


#: The variable that names the graph in a query rewritten by :func:`_per_graph`.
_GRAPH_VAR = "dkValidatedGraph"
_SELECT_HEAD = re.compile(
    r"\s*SELECT\s+(?:DISTINCT\s+|REDUCED\s+)?(?:[?$]\w+\s*)+?(?:WHERE\s*)?(?=\{)",
    re.IGNORECASE,
)


def _per_graph(select: str) -> str | None:
    """``select`` evaluated in every named graph: ``SELECT ?g … WHERE { GRAPH ?g { … } }``.

    Inside ``GRAPH ?g`` the whole pattern, its ``FILTER (NOT) EXISTS`` and
    property paths included, matches the triples of graph ``?g`` alone, so
    each graph gets the solutions it would get as the only (default) graph.
    Returns ``None`` for a query that does not have the simple form this needs
    (a projection of variables, one group pattern, no solution modifiers after
    it, no ``GRAPH`` or ``FROM`` of its own); such a query runs graph by graph.
    """
    head = _SELECT_HEAD.match(select)
    close = select.rfind("}")
    if (
        head is None
        or close < head.end()
        or select[close + 1 :].strip()
        or re.search(r"\bGRAPH\b|\bFROM\b", select, re.IGNORECASE)
        or re.search(rf"[?$]{_GRAPH_VAR}\b", select)
    ):
        return None
    projection = head.group(0)
    keyword = re.match(r"\s*SELECT\s+(?:DISTINCT\s+|REDUCED\s+)?", projection, re.IGNORECASE)
    assert keyword is not None  # noqa: S101 - _SELECT_HEAD starts the same way
    variables = projection[keyword.end() :]
    variables = re.sub(r"\s*WHERE\s*$", "", variables, flags=re.IGNORECASE)
    body = select[head.end() : close + 1]
    return (
        f"{keyword.group(0).strip()} ?{_GRAPH_VAR} {variables.strip()} WHERE {{\n"
        f"GRAPH ?{_GRAPH_VAR} {body}\n}}"
    )


class _Stores:
    """The triples SPARQL constraints can see (all, or those of the predicates they
    name; the ontology's as well), each graph's in a named graph of one pyoxigraph
    store; a graph's own store is made on demand for queries that cannot run over all
    graphs at once.

    pyoxigraph stores some literals differently (``"5"^^xsd:int`` as
    ``"5"^^xsd:integer``, ``"1.50"^^xsd:decimal`` as ``"1.5"``). Each graph's literals
    are sorted by what the store does to them: kept (0), only the datatype of an
    integer subtype changed (1), anything else changed or ill-typed (2).
    :meth:`check` refuses a query that could see the difference.
    """

    def __init__(self, indexes: Sequence[_Index], wanted: set[Node] | None, base: _Index) -> None:
        self.indexes = indexes
        self.wanted = wanted
        self.base = base
        self.names = [ox.NamedNode(f"urn:x-diplokg:graph:{i}") for i in range(len(indexes))]
        self.number = {name.value: i for i, name in enumerate(self.names)}
        self.terms: dict[Node, Any] = {}
        self.together: ox.Store | None = None
        self.own: dict[int, ox.Store] = {}
        self.triples: dict[int, list[tuple[Any, Any, Any]]] = {}
        #: Per graph: predicate → worst literal kind among its objects (see above).
        self.risk: dict[int, dict[Node, int]] = {}
        #: Per graph: a changed literal as stored → the data's own literal.
        self.originals: dict[int, dict[tuple[str, str, str | None], Literal]] = {}
        #: Per graph: pairs of predicates with literals the store keeps as one.
        self.collisions: dict[int, set[tuple[Node, Node]]] = {}
        base_triples: list[Triple] = []
        for s, props in base.out.items():
            for p, objects in props.items():
                if wanted is None or p in wanted:
                    base_triples.extend((s, p, o) for o in objects)
        self.base_triples = base_triples

    def _together(self) -> ox.Store:
        """The store with every graph, made on first use."""
        if self.together is None:
            quads: list[ox.Quad] = []
            for i, name in enumerate(self.names):
                quads.extend(ox.Quad(s, p, o, name) for s, p, o in self.graph_triples(i))
            self.together = ox.Store()
            self.together.extend(quads)
        return self.together

    def _own(self, i: int) -> ox.Store:
        store = self.own.get(i)
        if store is None:
            store = self.own[i] = ox.Store()
            store.extend(ox.Quad(s, p, o) for s, p, o in self.graph_triples(i))
        return store

    def _term(self, term: Node) -> Any:
        """The pyoxigraph term of an IRI or blank node (made once) or literal."""
        if type(term) is Literal:
            # Literals rarely repeat (hashing them costs more than making them anew);
            # their datatypes do. As _ox does, without its isinstance tests.
            language = term.language
            if language:
                return ox.Literal(str(term), language=language)
            datatype = term.datatype
            if datatype is None:
                return ox.Literal(str(term))
            return ox.Literal(str(term), datatype=self._term(datatype))
        found = self.terms.get(term)
        if found is None:
            found = self.terms[term] = _ox(term)
        return found

    def graph_triples(self, i: int) -> list[tuple[Any, Any, Any]]:
        """Graph ``i``'s triples (with the ontology's) as pyoxigraph terms, made once."""
        found = self.triples.get(i)
        if found is not None:
            return found
        ix = self.indexes[i]
        wanted, term = self.wanted, self._term
        risk: dict[Node, int] = {}
        originals: dict[tuple[str, str, str | None], Literal] = {}
        # What the store keeps as one xsd:integer literal: the data's literal, its predicate.
        stored_from: dict[tuple[str, str, str | None], tuple[Literal, Node]] = {}
        collisions: set[tuple[Node, Node]] = set()
        triples: list[tuple[Any, Any, Any]] = []
        data = (
            (s, p, objects)
            for s, props in ix.out.items()
            for p, objects in props.items()
            if wanted is None or p in wanted
        )
        base = ((s, p, {o: None}) for s, p, o in self.base_triples if s not in ix.out)
        for source in (data, base):
            last: Node | None = None
            subject: Any = None
            for s, p, objects in source:
                if s is not last:
                    subject, last = term(s), s
                predicate = term(p)
                for o in objects:
                    if type(o) is Literal and (o.datatype is not None or o.language):
                        kind, stored = _literal_kind(o)
                        if kind == 2:
                            risk[p] = 2
                        elif stored[1] == _XSD_INTEGER_IRI:
                            first = stored_from.setdefault(stored, (o, p))
                            if first[0].datatype != o.datatype:
                                # Two literals of the data kept as one: a query that
                                # can see both could join them where pySHACL does not.
                                collisions.add((first[1], p))
                            if kind == 1:
                                originals[stored] = o
                                risk.setdefault(p, 1)
                    triples.append((subject, predicate, term(o)))
        self.triples[i], self.risk[i], self.originals[i] = triples, risk, originals
        self.collisions[i] = collisions
        return triples

    def check(self, i: int, constraint: _Sparql, ps: _PropertyShape) -> None:
        """Raise :class:`UnsupportedShapes` if the store cannot answer ``constraint`` on
        graph ``i`` exactly as pySHACL would (see the class docstring)."""
        self.graph_triples(i)
        wanted = constraint.predicates
        for p1, p2 in self.collisions[i]:
            if wanted is None or (p1 in wanted and p2 in wanted):
                raise UnsupportedShapes(
                    f"the SPARQL constraint of {ps.node} would see two literals the SPARQL "
                    "store keeps as one (an integer subtype and xsd:integer of one value)"
                )
        risk = self.risk[i]
        if not risk:
            return
        seen = (
            risk.values()
            if constraint.predicates is None
            else (risk.get(p, 0) for p in constraint.predicates)
        )
        worst = max(seen, default=0)
        if worst == 2 or (worst == 1 and constraint.sees_datatype):
            raise UnsupportedShapes(
                f"the SPARQL constraint of {ps.node} would see literals the SPARQL store "
                "changes (ill-typed, not in canonical form, or an integer subtype)"
            )

    def original(self, i: int, term: Any) -> Node:
        """The data's own term for a term of a solution."""
        if isinstance(term, ox.Literal):
            key = (term.value, term.datatype.value, term.language)
            found = self.originals[i].get(key)
            if found is not None:
                return found
        return from_ox(term)

    @staticmethod
    def _solutions(store: ox.Store, query: str, ps: _PropertyShape, **options: Any) -> Any:
        solutions = store.query(query, **options)
        if not isinstance(solutions, ox.QuerySolutions):
            raise UnsupportedShapes(f"the SPARQL constraint of {ps.node} is not a SELECT")
        return solutions

    def rows_per_graph(self, query: str, ps: _PropertyShape) -> Iterable[tuple[int, Any, Any]]:
        """(graph number, $this, ?value) of a query rewritten by :func:`_per_graph`."""
        solutions = self._solutions(self._together(), query, ps)
        has_value = any(v.value == "value" for v in solutions.variables)
        for row in solutions:
            graph = row[_GRAPH_VAR]
            i = self.number.get(graph.value) if isinstance(graph, ox.NamedNode) else None
            if i is not None:
                yield i, row["this"], row["value"] if has_value else None

    def rows_of_graph(self, i: int, query: str, ps: _PropertyShape) -> Iterable[tuple[Any, Any]]:
        """($this, ?value) of ``query`` over graph ``i`` alone, as its default graph."""
        solutions = self._solutions(self._own(i), query, ps)
        has_value = any(v.value == "value" for v in solutions.variables)
        for row in solutions:
            yield row["this"], row["value"] if has_value else None

    def rows_substituted(
        self, i: int, query: str, ps: _PropertyShape, focus: Node
    ) -> Iterable[tuple[Any, Any]]:
        """($this, ?value) of ``query`` over graph ``i`` with ``$this`` pre-bound to ``focus``."""
        this = self._term(focus)
        solutions = self._solutions(
            self._own(i), query, ps, substitutions={ox.Variable("this"): this}
        )
        has_value = any(v.value == "value" for v in solutions.variables)
        for row in solutions:
            yield this, row["value"] if has_value else None


_XSD_INTEGER_IRI = str(XSD.integer)
_LANG_STRING_IRI = str(RDF.langString)
#: (lexical form, datatype, language) → (kind, the literal as the store keeps it); see
#: :class:`_Stores`.
_KINDS: dict[tuple[str, str | None, str | None], tuple[int, tuple[str, str, str | None]]] = {}
_SCRATCH = ox.Store()
_SCRATCH_NODE = ox.NamedNode("urn:x-diplokg:scratch")


def _literal_kind(term: Literal) -> tuple[int, tuple[str, str, str | None]]:
    """What the store does to a literal: (kind, the stored literal's lexical form,
    datatype and language); kind 0 kept, 1 only an integer subtype's datatype changed,
    2 anything else changed or ill-typed."""
    lexical, datatype, language = str(term), term.datatype, term.language
    if datatype is None and (language is None or language == language.lower()):
        return 0, (lexical, _LANG_STRING_IRI if language else _XSD_STRING_IRI, language)
    key = (lexical, str(datatype) if datatype is not None else None, language)
    found = _KINDS.get(key)
    if found is not None:
        return found
    quad = ox.Quad(_SCRATCH_NODE, _SCRATCH_NODE, _ox(term))
    _SCRATCH.add(quad)
    stored = next(iter(_SCRATCH)).object
    _SCRATCH.remove(quad)
    _SCRATCH.clear()
    stored_key = (stored.value, stored.datatype.value, stored.language)
    original_datatype = str(datatype) if datatype is not None else _LANG_STRING_IRI
    if normalised_literal(term).ill_typed or stored.value != lexical or stored.language != language:
        kind = 2
    elif stored.datatype.value != original_datatype:
        kind = 1 if stored.datatype.value == _XSD_INTEGER_IRI else 2
    else:
        kind = 0
    if len(_KINDS) >= _MEMO_SIZE:
        _KINDS.clear()
    found = _KINDS[key] = (kind, stored_key)
    return found
