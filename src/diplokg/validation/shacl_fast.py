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

The engine is three modules: :mod:`.fast_index` (the data), :mod:`.fast_shapes`
(the compiled shapes) and this one (running them over one graph or many).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import pyoxigraph as ox
from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal
from rdflib.term import Node

from diplokg.errors import UnsupportedShapes
from diplokg.rdf.oxterms import from_ox, to_ox
from diplokg.rdf.terms import SH
from diplokg.validation.fast_index import (
    XSD_STRING_IRI,
    Index,
    Triple,
    canonical,
    closure,
)
from diplokg.validation.fast_shapes import (
    GRAPH_VAR,
    MEMO_SIZE,
    PropertyShape,
    Sparql,
    compile_shapes,
    implicit_class_targets,
    pair_fails,
)
from diplokg.validation.shacl import (
    ValidationResult,
    make_result,
    normalised_literal,
)

__all__ = ["FastEngine", "FastResult", "UnsupportedShapes"]

#: The engine's results are the validation stack's one result type.
FastResult = ValidationResult


class FastEngine:
    """Validate graphs against compiled shapes; see the module docstring."""

    name = "fast"

    def __init__(self, shapes: Graph, ontology: Graph, *, sparql_together: bool = True) -> None:
        """Compile ``shapes``; ``sparql_together=False`` runs each SPARQL constraint graph
        by graph, in a store of its own, even where it could run over all at once.

        The ontology is data too, as pySHACL mixes it into every graph it validates.
        """
        self.node_shapes = compile_shapes(shapes)
        implicit = implicit_class_targets(shapes, ontology)
        if implicit:
            raise UnsupportedShapes(
                f"implicit class targets (the ontology makes {implicit} classes)"
            )
        self.sparql_together = sparql_together
        edges: dict[Node, set[Node]] = {}
        for s, o in ontology.subject_objects(RDFS.subClassOf):
            edges.setdefault(s, {s}).add(o)
        self.superclasses = closure(edges)
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
            canonical(p) for p in shapes.objects(None, SH.inversePath)
        )
        self.base = Index(ontology, self.superclasses, self.inverse_predicates)

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
            Index(g, self.superclasses, self.inverse_predicates, base=self.base) for g in graphs
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
        ix: Index,
        ps: PropertyShape,
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
                    if any(pair_fails(v, w, allow_equal) for w in compare):
                        found.append(result(f, v, component))

    def _sparql(
        self,
        store: _Stores,
        ps: PropertyShape,
        constraint: Sparql,
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

    def __init__(self, indexes: Sequence[Index], wanted: set[Node] | None, base: Index) -> None:
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
            found = self.terms[term] = to_ox(term)
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

    def check(self, i: int, constraint: Sparql, ps: PropertyShape) -> None:
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
    def _solutions(store: ox.Store, query: str, ps: PropertyShape, **options: Any) -> Any:
        solutions = store.query(query, **options)
        if not isinstance(solutions, ox.QuerySolutions):
            raise UnsupportedShapes(f"the SPARQL constraint of {ps.node} is not a SELECT")
        return solutions

    def rows_per_graph(self, query: str, ps: PropertyShape) -> Iterable[tuple[int, Any, Any]]:
        """(graph number, $this, ?value) of a query rewritten by :func:`per_graph`."""
        solutions = self._solutions(self._together(), query, ps)
        has_value = any(v.value == "value" for v in solutions.variables)
        for row in solutions:
            graph = row[GRAPH_VAR]
            i = self.number.get(graph.value) if isinstance(graph, ox.NamedNode) else None
            if i is not None:
                yield i, row["this"], row["value"] if has_value else None

    def rows_of_graph(self, i: int, query: str, ps: PropertyShape) -> Iterable[tuple[Any, Any]]:
        """($this, ?value) of ``query`` over graph ``i`` alone, as its default graph."""
        solutions = self._solutions(self._own(i), query, ps)
        has_value = any(v.value == "value" for v in solutions.variables)
        for row in solutions:
            yield row["this"], row["value"] if has_value else None

    def rows_substituted(
        self, i: int, query: str, ps: PropertyShape, focus: Node
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
        return 0, (lexical, _LANG_STRING_IRI if language else XSD_STRING_IRI, language)
    key = (lexical, str(datatype) if datatype is not None else None, language)
    found = _KINDS.get(key)
    if found is not None:
        return found
    quad = ox.Quad(_SCRATCH_NODE, _SCRATCH_NODE, to_ox(term))
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
    if len(_KINDS) >= MEMO_SIZE:
        _KINDS.clear()
    found = _KINDS[key] = (kind, stored_key)
    return found
