"""A fast SHACL engine for the constraints diplokg's shapes use.

pySHACL is the reference engine, and slow: it builds a report node for every
branch of every ``sh:or`` it tries, and parses a SPARQL constraint anew for
each focus node. This engine compiles the shapes once into plain checks:

- core constraints (``sh:minCount``, ``sh:maxCount``, ``sh:class``,
  ``sh:datatype``, ``sh:in``, ``sh:or`` and ``sh:not`` of class or datatype
  shapes, ``sh:minLength``, ``sh:nodeKind``, value ranges, ``sh:lessThan``,
  ``sh:lessThanOrEquals``) run in Python over an index of the graph, with
  pySHACL's own rules for comparing literals and checking datatypes;
- SPARQL constraints run once per graph with pyoxigraph, ``$this`` left
  unbound and joined with the targets afterwards (the queries may not use
  sub-selects, aggregates, ``BIND``/``VALUES``/``MINUS``/``SERVICE`` or
  ``$PATH``, where pre-binding and joining would differ). Given several
  graphs (:meth:`FastEngine.validate_many`), each is a named graph of one
  store and a query runs once for all of them inside ``GRAPH ?g { … }``,
  which keeps every graph's solutions its own.

Shapes that use anything else raise :class:`UnsupportedShapes` at compile
time, and callers fall back to pySHACL. The ontology is used as pySHACL uses
it: its ``rdfs:subClassOf`` axioms decide targets and ``sh:class``.

pyoxigraph normalises some literals when it stores them (``"05"^^
xsd:nonNegativeInteger`` becomes ``"5"^^xsd:integer``), so a literal a SPARQL
constraint returns as ``sh:value`` is mapped back to the original term of the
data. Only queries reach the store; every datatype check runs on the
original rdflib terms.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import pyoxigraph as ox
import rdflib.term
from pyshacl.rdfutil.compare import compare_literal
from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, URIRef
from rdflib.term import Node

from diplokg.terms import SH

__all__ = ["FastEngine", "UnsupportedShapes", "from_ox"]

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


class UnsupportedShapes(Exception):
    """The shapes use a feature this engine does not implement; use pySHACL."""


_NOT_CONSTRAINTS = {
    RDF.type,
    RDFS.label,
    RDFS.comment,
    SH.targetClass,
    SH.property,
    SH.path,
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


@dataclass(frozen=True)
class FastResult:
    """One result, with the fields :class:`diplokg.corpus_validate.RawResult` has."""

    severity: str
    shape: Node
    focus: Node
    path: Node | None
    value: Node | None
    message: str
    constraint: str


# ---------------------------------------------------------------------------
# The data: an index of one graph
# ---------------------------------------------------------------------------


class _Index:
    def __init__(
        self,
        graph: Iterable[Triple],
        superclasses: dict[Node, set[Node]],
        inverse: Collection[Node] | None = None,
    ) -> None:
        """Index the triples of ``graph``: by subject, and by object for the predicates
        in ``inverse`` (the inverse paths of the shapes; all if ``None``)."""
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
        self.out = out
        self.into = into
        extra_sub = [(s, o) for s, by_p in out.items() for o in by_p.get(_SUBCLASS, ())]
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
            return ()
        return by_p.get(p, ())

    def subjects(self, node: Node, p: Node) -> Iterable[Node]:
        """Subjects of ``p`` triples with object ``node`` (``p`` an inverse path's)."""
        by_p = self.into.get(node)
        if by_p is None:
            return ()
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
        return self._by_class.get(cls, [])


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


@dataclass
class _PropertyShape:
    node: Node
    path: Node
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
    """A value test that depends on the value term alone, computed once per term
    (rdflib terms compare equal exactly when they are the same RDF term)."""
    memo: dict[Node, bool] = {}

    def memoized(ix: _Index, v: Node) -> bool:
        found = memo.get(v)
        if found is None:
            if len(memo) >= _MEMO_SIZE:
                memo.clear()
            found = memo[v] = test(v)
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
    if type(v) is not Literal or v.datatype not in _NUMERIC_TYPES or v.ill_typed:
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
    a, a_str = _comparable(v)
    b, b_str = _comparable(w)
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
    return lambda ix, v: _datatype_ok(v, datatype)


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
    return lambda ix, v: _min_length_ok(v, length)


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
    unknown = predicates - _NOT_CONSTRAINTS - _SUPPORTED
    if unknown:
        raise UnsupportedShapes(f"{node} uses {sorted(map(str, unknown))}")
    constraints = predicates & _SUPPORTED
    ps = _PropertyShape(
        node=node,
        path=path_node,
        values=_path(g, path_node),
        severity=_severity(g, node),
        message=_message(g, node) if constraints - {SH.sparql} else "",
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
                message = _message(g, constraint)
                if "{" in message:
                    raise UnsupportedShapes(f"message template in {node}")
                prefixes = _prefixes(g, constraint)
                rewritten = _per_graph(str(select))
                ps.sparql.append(
                    _Sparql(
                        query=prefixes + "\n" + str(select),
                        message=message,
                        per_graph=None if rewritten is None else prefixes + "\n" + rewritten,
                    )
                )
    return ps


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
        unknown = predicates - _NOT_CONSTRAINTS - {SH["not"]}
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


def from_ox(term: Any) -> Node:
    """The rdflib term of a pyoxigraph term."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING_IRI:
            return Literal(term.value)  # rdflib writes a plain literal without a datatype
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise TypeError(f"unexpected term {term!r}")


class FastEngine:
    """Validate graphs against compiled shapes; see the module docstring."""

    def __init__(self, shapes: Graph, ontology: Graph, *, sparql_together: bool = True) -> None:
        """Compile ``shapes``; ``sparql_together=False`` runs each SPARQL constraint graph
        by graph, in a store of its own, even where it could run over all at once."""
        self.node_shapes = compile_shapes(shapes)
        self.sparql_together = sparql_together
        edges: dict[Node, set[Node]] = {}
        for s, o in ontology.subject_objects(RDFS.subClassOf):
            edges.setdefault(s, {s}).add(o)
        self.superclasses = _closure(edges)
        targets = {t for ns in self.node_shapes for t in ns.targets}
        for t in targets:
            subclasses = {c for c, sups in self.superclasses.items() if t in sups} | {t}
            for c in subclasses:
                if next(iter(ontology.subjects(RDF.type, c)), None) is not None:
                    raise UnsupportedShapes(f"the ontology has instances of the target {c}")
        queries = [c.query for ns in self.node_shapes for p in ns.properties for c in p.sparql]
        wanted = _predicates(queries)
        self.sparql_predicates = None if wanted is None else {_canonical(p) for p in wanted}
        #: Predicates that inverse paths follow: only these are indexed by object.
        self.inverse_predicates = frozenset(
            _canonical(p) for p in shapes.objects(None, SH.inversePath)
        )

    def validate(self, graph: Iterable[Triple]) -> list[FastResult]:
        """The results of validating ``graph``: an in-memory rdflib graph, or its triples."""
        return self.validate_many([graph])[0]

    def validate_many(self, graphs: Sequence[Iterable[Triple]]) -> list[list[FastResult]]:
        """The results of validating each of ``graphs`` on its own.

        Core constraints run graph by graph. A SPARQL constraint runs once for all
        of them, over a store that holds each graph as a named graph (pyoxigraph
        parses and plans a query anew for every call, which costs more than running
        it on an article's few hundred triples).
        """
        indexes = [_Index(g, self.superclasses, self.inverse_predicates) for g in graphs]
        results: list[list[FastResult]] = [[] for _ in graphs]
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
                                FastResult(ns.severity, ns.node, f, None, f, ns.message, component)
                            )
                for ps in ns.properties:
                    self._property(ix, ps, focus_nodes, found)
            for ps in ns.properties:
                if ps.sparql and focus_by_graph:
                    if store is None:
                        store = _Stores(indexes, self.sparql_predicates)
                    for constraint in ps.sparql:
                        self._sparql(store, indexes, ps, constraint, focus_by_graph, results)
        return results

    @staticmethod
    def _property(
        ix: _Index, ps: _PropertyShape, focus_nodes: dict[Node, None], found: list[FastResult]
    ) -> None:
        """Add the results of the core constraints of ``ps`` on ``focus_nodes`` to ``found``."""

        def result(f: Node, value: Node | None, component: str) -> FastResult:
            return FastResult(ps.severity, ps.node, f, ps.path, value, ps.message, component)

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
                for v in values:
                    if any(_pair_fails(v, w, allow_equal) for w in compare):
                        found.append(result(f, v, component))

    def _sparql(
        self,
        store: _Stores,
        indexes: Sequence[_Index],
        ps: _PropertyShape,
        constraint: _Sparql,
        focus_by_graph: dict[int, dict[Node, None]],
        results: list[list[FastResult]],
    ) -> None:
        """Run one SPARQL constraint; add each graph's results to ``results``."""
        rows: Iterable[tuple[int, Any, Any]]
        if constraint.per_graph is not None and self.sparql_together:
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
            focus = from_ox(this)
            if focus not in focus_nodes:
                continue
            value = None if raw_value is None else self._original(indexes[i], ps, focus, raw_value)
            if (i, focus, value) in seen:
                continue
            seen.add((i, focus, value))
            results[i].append(
                FastResult(
                    ps.severity,
                    ps.node,
                    focus,
                    ps.path,
                    value,
                    constraint.message,
                    "SPARQLConstraintComponent",
                )
            )

    @staticmethod
    def _original(ix: _Index, ps: _PropertyShape, focus: Node, value: Any) -> Node:
        """The data's own term for a value the store may have normalised."""
        term = from_ox(value)
        if not isinstance(term, Literal):
            return term
        for candidate in ps.values(ix, focus):
            if isinstance(candidate, Literal) and _stored(candidate) == value:
                return candidate
        return term


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
    name), each graph's in a named graph of one pyoxigraph store; a graph's own store
    is made on demand for queries that cannot run over all graphs at once."""

    def __init__(self, indexes: Sequence[_Index], wanted: set[Node] | None) -> None:
        self.indexes = indexes
        self.wanted = wanted
        self.names = [ox.NamedNode(f"urn:x-diplokg:graph:{i}") for i in range(len(indexes))]
        self.number = {name.value: i for i, name in enumerate(self.names)}
        self.terms: dict[Node, Any] = {}
        self.together: ox.Store | None = None
        self.own: dict[int, ox.Store] = {}

    def _together(self) -> ox.Store:
        """The store with every graph, made on first use."""
        if self.together is None:
            quads: list[ox.Quad] = []
            for ix, name in zip(self.indexes, self.names, strict=True):
                quads.extend(ox.Quad(s, p, o, name) for s, p, o in self._triples(ix))
            self.together = ox.Store()
            self.together.extend(quads)
        return self.together

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

    def _triples(self, ix: _Index) -> list[tuple[Any, Any, Any]]:
        wanted, term = self.wanted, self._term
        triples: list[tuple[Any, Any, Any]] = []
        for s, props in ix.out.items():
            subject = None
            for p, objects in props.items():
                if wanted is None or p in wanted:
                    if subject is None:
                        subject = term(s)
                    predicate = term(p)
                    triples.extend((subject, predicate, term(o)) for o in objects)
        return triples

    @staticmethod
    def _solutions(store: ox.Store, query: str, ps: _PropertyShape) -> ox.QuerySolutions:
        solutions = store.query(query)
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
        store = self.own.get(i)
        if store is None:
            store = self.own[i] = ox.Store()
            store.extend(ox.Quad(s, p, o) for s, p, o in self._triples(self.indexes[i]))
        solutions = self._solutions(store, query, ps)
        has_value = any(v.value == "value" for v in solutions.variables)
        for row in solutions:
            yield row["this"], row["value"] if has_value else None


_PREFIX = re.compile(r"PREFIX\s+([\w.-]*):\s*<([^>]*)>", re.IGNORECASE)


def _predicates(queries: list[str]) -> set[Node] | None:
    """The IRIs the queries name (a superset of the predicates they match), or ``None``
    (all triples) when one of them has a variable in predicate position."""
    names: set[Node] = set()
    for query in queries:
        body = query.split("{", 1)[-1]
        if re.search(r"(?<![\w:?$.-])a(?![\w:.-])", body):
            names.add(_TYPE)  # the keyword ``a`` (or a lone "a" anywhere: more is harmless)
        if re.search(r"[?$]\w+\s+[?$]\w+\s+[?$]\w+", body) or re.search(
            r"[;,]\s*[?$]\w+\s+[?$]?\w", body
        ):
            return None
        prefixes = dict(_PREFIX.findall(query))
        for prefix, local in re.findall(r"(?<![\w<?$])([A-Za-z][\w.-]*|):([\w.-]+)", body):
            if prefix in prefixes:
                names.add(URIRef(prefixes[prefix] + local))
        names.update(URIRef(iri) for iri in re.findall(r"<([^<>\s]+)>", body))
    return names


def _stored(term: Literal) -> Any:
    """How pyoxigraph stores a literal (it normalises some datatypes)."""
    store = ox.Store()
    node = ox.NamedNode("urn:x")
    store.add(ox.Quad(node, node, _ox(term)))
    return next(iter(store)).object
