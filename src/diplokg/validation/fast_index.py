"""The fast SHACL engine's view of the data: an index of one graph.

The engine's inner loops look terms up by identity, not by rdflib's ``__eq__``
(written in Python): every predicate and class IRI is made one canonical object
(:func:`canonical`), and :class:`Index` holds a graph's edges both ways, its
types and the subclass closure of the ontology, built once per graph.
See :mod:`diplokg.validation.shacl_fast` for the engine.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from rdflib import RDF, RDFS, XSD, BNode, Literal, URIRef
from rdflib.term import Node

__all__ = [
    "LANG_STRING",
    "XSD_STRING",
    "XSD_STRING_IRI",
    "Index",
    "Triple",
    "canonical",
    "closure",
    "is_literal",
]


#: One triple of a graph to validate.
Triple = tuple[Node, Node, Node]


# Plain IRIs: attribute lookups on rdflib namespaces are slow in the inner loops.
_TYPE = URIRef(str(RDF.type))
_SUBCLASS = URIRef(str(RDFS.subClassOf))
XSD_STRING = URIRef(str(XSD.string))
LANG_STRING = URIRef(str(RDF.langString))
XSD_STRING_IRI = str(XSD.string)


#: One object for each IRI the engine looks up by (predicates, classes): a dict lookup
#: with the very key object it holds skips rdflib's term ``__eq__``, written in Python.
_CANONICAL: dict[Node, Node] = {}


def canonical(term: Node) -> Node:
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


canonical(_TYPE)
canonical(_SUBCLASS)

#: Whether a term of each exact type is a literal (``isinstance`` on rdflib terms goes
#: through ``ABCMeta`` and is slow; subclasses fall back to it).
_IS_LITERAL: dict[type, bool] = {Literal: True, URIRef: False, BNode: False}


def is_literal(v: Node) -> bool:
    found = _IS_LITERAL.get(type(v))
    return isinstance(v, Literal) if found is None else found


#: The edges of a node that has none (read only: shared by every lookup that misses).
_NO_EDGES: dict[Node, dict[Node, None]] = {}


class Index:
    out: dict[Node, dict[Node, dict[Node, None]]]
    into: dict[Node, dict[Node, dict[Node, None]]]

    def __init__(
        self,
        graph: Iterable[Triple],
        superclasses: dict[Node, set[Node]],
        inverse: Collection[Node] | None = None,
        *,
        base: Index | None = None,
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
            self.superclasses = closure(edges)
        self._classes: dict[Node, set[Node]] = {}
        self._by_class: dict[Node, list[Node]] | None = None

    def objects(self, node: Node, p: Node) -> Iterable[Node]:
        """Objects of ``node``'s ``p`` triples (``p`` as :func:`canonical` gives it)."""
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


def closure(edges: dict[Node, set[Node]]) -> dict[Node, set[Node]]:
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
        result[canonical(start)] = {canonical(c) for c in seen}
    return result
