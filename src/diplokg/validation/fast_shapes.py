"""The fast SHACL engine's compiled shapes: each constraint a plain Python check.

:func:`compile_shapes` reads a shapes graph once into node and property shapes
whose value tests are closures over the index (memoised on the literal's
lexical form, datatype and ill-typedness) and whose SPARQL constraints are
parsed here, at compile time, to decide how each runs (joined over all focus
nodes, per graph with :func:`per_graph`, or per focus node). Anything the
engine cannot evaluate exactly raises :class:`~diplokg.errors.UnsupportedShapes`
here. See :mod:`diplokg.validation.shacl_fast` for the engine.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import Any

import rdflib.term
from pyshacl.rdfutil.compare import compare_literal
from rdflib import OWL, RDF, RDFS, XSD, BNode, Graph, Literal, URIRef, Variable
from rdflib.paths import NegatedPath, Path
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.term import Node

from diplokg.errors import UnsupportedShapes
from diplokg.rdf.terms import SH
from diplokg.validation.fast_index import (
    LANG_STRING,
    XSD_STRING,
    Index,
    canonical,
    is_literal,
)
from diplokg.validation.shacl import (
    ValidationResult,
    literal_key,
    make_result,
    normalised_literal,
    render_path,
)

__all__ = [
    "GRAPH_VAR",
    "MEMO_SIZE",
    "NodeShape",
    "PropertyShape",
    "Sparql",
    "compile_shapes",
    "implicit_class_targets",
    "pair_fails",
    "per_graph",
]


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


_PathFn = Callable[[Index, Node], list[Node]]
_ValueTest = Callable[[Index, Node], bool]


@dataclass(frozen=True)
class Sparql:
    query: str
    message: str
    #: The same query over every named graph at once (``?{GRAPH_VAR}`` names the graph),
    #: or ``None`` if it cannot be rewritten so; see :func:`per_graph`.
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
    """(joinable, predicates, sees_datatype) of a SPARQL constraint; see :class:`Sparql`.

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
                    predicates.add(canonical(p))
        elif isinstance(item, NegatedPath):
            predicates = None
        elif isinstance(item, Path):
            continue
        elif isinstance(item, URIRef) and predicates is not None:
            predicates.add(canonical(item))  # an IRI of a path, or a constant: harmless
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
class PropertyShape:
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
    sparql: list[Sparql] = field(default_factory=list)

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
class NodeShape:
    node: Node
    targets: list[Node]
    severity: str
    message: str
    #: focus-level tests: (component, test); the focus conforms if the test is true.
    focus_tests: list[tuple[str, _ValueTest]] = field(default_factory=list)
    properties: list[PropertyShape] = field(default_factory=list)


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
        predicate = canonical(node)
        return lambda ix, f: list(ix.objects(f, predicate))
    inverse = g.value(node, SH.inversePath)
    if isinstance(inverse, URIRef):
        inverse_predicate = canonical(inverse)
        return lambda ix, f: list(ix.subjects(f, inverse_predicate))
    alternatives = g.value(node, SH.alternativePath)
    if alternatives is not None:
        parts = [_path(g, p) for p in _list(g, alternatives)]

        def alternative(ix: Index, f: Node) -> list[Node]:
            seen: dict[Node, None] = {}
            for part in parts:
                seen.update(dict.fromkeys(part(ix, f)))
            return list(seen)

        return alternative
    if g.value(node, RDF.first) is not None:
        steps = [_path(g, p) for p in _list(g, node)]

        def sequence(ix: Index, f: Node) -> list[Node]:
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
    if not is_literal(v):
        return False
    assert isinstance(v, Literal)  # noqa: S101 - for mypy; is_literal said so
    if _same_iri(v.datatype, datatype):
        if getattr(v, "ill_typed", None) is True:
            return False
        return _actual_datatype(v, datatype)
    if datatype == _RDFS_LITERAL:
        return True
    if datatype == _RDFS_DATATYPE and v.datatype:
        return True
    if v.datatype is None and v.language is None and datatype == XSD_STRING:
        return _actual_datatype(v, datatype)
    if datatype == LANG_STRING and v.language:
        return _actual_datatype(v, datatype)
    return False


_ACTUAL: dict[Node, Callable[[Any], bool]] = {
    canonical(XSD.string): lambda x: isinstance(x, str | bytes),
    canonical(RDF.langString): lambda x: isinstance(x, str | bytes),
    canonical(XSD.integer): lambda x: isinstance(x, int),
    canonical(XSD.float): lambda x: isinstance(x, float),
    canonical(XSD.decimal): lambda x: isinstance(x, Decimal),
    canonical(XSD.boolean): lambda x: isinstance(x, bool),
    canonical(XSD.date): lambda x: isinstance(x, dt.date),
    canonical(XSD.time): lambda x: isinstance(x, dt.time),
    canonical(XSD.dateTime): lambda x: isinstance(x, dt.datetime),
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
    if not is_literal(v):
        return False
    assert isinstance(v, Literal)  # noqa: S101 - for mypy; is_literal said so
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
MEMO_SIZE = 50_000


def _memoized(test: Callable[[Node], bool]) -> _ValueTest:
    """A value test that depends on the value term alone, computed once per term.

    A literal is keyed on its lexical form, datatype and language, and tested as
    parsing it gives it (:func:`~diplokg.validation.shacl.normalised_literal`): two equal
    literals, one built from a Python value, get the same answer in any order.
    """
    memo: dict[Any, bool] = {}

    def memoized(ix: Index, v: Node) -> bool:
        literal = is_literal(v)
        key: Any = literal_key(v) if literal else v  # type: ignore[arg-type]
        found = memo.get(key)
        if found is None:
            if len(memo) >= MEMO_SIZE:
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
_NUMERIC_TYPES = frozenset(canonical(t) for t in getattr(rdflib.term, "_NUMERIC_LITERAL_TYPES", ()))


def _integer(v: Node) -> int | None:
    """The value of a well-typed integer literal of a numeric datatype, else ``None``."""
    if type(v) is not Literal or v.datatype not in _NUMERIC_TYPES:
        return None
    v = normalised_literal(v)
    if v.ill_typed:
        return None
    value = v.value
    return value if type(value) is int else None


def pair_fails(v: Node, w: Node, allow_equal: bool) -> bool:
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
    cls = canonical(cls)
    return lambda ix, v: not is_literal(v) and cls in ix.classes(v)


def _datatype_test(g: Graph, datatype: Node) -> _ValueTest:
    datatype = canonical(datatype)
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


def _property_shape(g: Graph, node: Node) -> PropertyShape:
    path_node = _one(g, node, SH.path)
    predicates = set(g.predicates(node))
    # sh:property or sh:targetClass in a property shape: nested shapes and own targets.
    unknown = predicates - _NOT_CONSTRAINTS - _SUPPORTED - {SH.path}
    if unknown:
        raise UnsupportedShapes(f"{node} uses {sorted(map(str, unknown))}")
    constraints = predicates & _SUPPORTED
    ps = PropertyShape(
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
            ps.pairs.append((component, canonical(o), p == SH.lessThanOrEquals))
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
                rewritten = per_graph(str(select)) if joinable else None
                ps.sparql.append(
                    Sparql(
                        query=query,
                        message=message,
                        per_graph=None if rewritten is None else prefixes + "\n" + rewritten,
                        joinable=joinable,
                        predicates=wanted,
                        sees_datatype=sees_datatype,
                    )
                )
    return ps


def implicit_class_targets(shapes: Graph, classes: Graph) -> list[str]:
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


def compile_shapes(shapes: Graph) -> list[NodeShape]:
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
        ns = NodeShape(
            node=node,
            targets=[canonical(c) for c in shapes.objects(node, SH.targetClass)],
            severity=_severity(shapes, node),
            message=_message(shapes, node) if SH["not"] in predicates else "",
        )
        for inner in shapes.objects(node, SH["not"]):
            ns.focus_tests.append(("NotConstraintComponent", _not_test(shapes, inner)))
        ns.properties = [_property_shape(shapes, p) for p in shapes.objects(node, SH.property)]
        node_shapes.append(ns)
    implicit = implicit_class_targets(shapes, shapes)
    if implicit:
        raise UnsupportedShapes(f"implicit class targets (a shape that is a class): {implicit}")
    referenced = set(shapes.objects(None, SH.property))
    loose = set(shapes.subjects(RDF.type, SH.PropertyShape)) - referenced
    if loose:
        raise UnsupportedShapes(f"property shapes outside a node shape: {sorted(map(str, loose))}")
    return node_shapes


#: The variable that names the graph in a query rewritten by :func:`per_graph`.
GRAPH_VAR = "dkValidatedGraph"
_SELECT_HEAD = re.compile(
    r"\s*SELECT\s+(?:DISTINCT\s+|REDUCED\s+)?(?:[?$]\w+\s*)+?(?:WHERE\s*)?(?=\{)",
    re.IGNORECASE,
)


def per_graph(select: str) -> str | None:
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
        or re.search(rf"[?$]{GRAPH_VAR}\b", select)
    ):
        return None
    projection = head.group(0)
    keyword = re.match(r"\s*SELECT\s+(?:DISTINCT\s+|REDUCED\s+)?", projection, re.IGNORECASE)
    assert keyword is not None  # noqa: S101 - _SELECT_HEAD starts the same way
    variables = projection[keyword.end() :]
    variables = re.sub(r"\s*WHERE\s*$", "", variables, flags=re.IGNORECASE)
    body = select[head.end() : close + 1]
    return (
        f"{keyword.group(0).strip()} ?{GRAPH_VAR} {variables.strip()} WHERE {{\n"
        f"GRAPH ?{GRAPH_VAR} {body}\n}}"
    )
