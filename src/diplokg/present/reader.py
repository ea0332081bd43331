"""Looking things up in one article graph and the ontology, for the review pages.

:class:`GraphReader` answers what every part of a page asks: a node's classes,
label, kind, anchor and evidence spans. The fact groups and entity kinds of the
page are declared here, in display order.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import ClassVar, TypeVar

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.term import Node

from diplokg.errors import InputError
from diplokg.present.views import SpanRef, Value, span_key
from diplokg.rdf.convert import ArticleGraph
from diplokg.rdf.terms import DK, NIF, ORG
from diplokg.validation.shacl import load_ontology

__all__ = [
    "ENTITY_KINDS",
    "FACT_GROUPS",
    "OTHER_GROUP",
    "GraphReader",
    "article_text",
    "int_value",
    "local_name",
    "review_ontology",
    "text_or_none",
]

# Fact groups of the facts panel, in display order: (key, heading, class).
# A fact belongs to the first group whose class it is (a subclass of).
FACT_GROUPS: tuple[tuple[str, str, URIRef], ...] = (
    ("event", "Meetings, conferences and visits", DK.Event),
    ("quote", "Quotes", DK.Quotation),
    ("agreement", "Agreements", DK.Agreement),
    ("accusation", "Accusations and criticism", DK.Accusation),
    ("position", "Positions", DK.PositionHolding),
    ("statement", "Statements", DK.Statement),
    ("absence", "Absences", DK.Absence),
    ("date", "Date expressions", DK.DateExpression),
)
OTHER_GROUP = ("other", "Other facts")

# Entity kinds for mention colours: the first class an entity is (a subclass of).
ENTITY_KINDS: tuple[tuple[str, str, URIRef], ...] = (
    ("person", "person", DK.Person),
    ("state", "state", DK.State),
    ("org", "organisation", DK.Organization),
    ("place", "place", DK.Place),
)

# Terms looked up for every node (a namespace builds its term anew on each access).
_ARTICLE, _FACT, _NAME, _EVIDENCE = DK.article, DK.Fact, DK.name, DK.evidence
_BEGIN, _END, _ANCHOR_OF = NIF.beginIndex, NIF.endIndex, NIF.anchorOf
_T = TypeVar("_T")

_LABEL_PROPS = (DK.name, RDFS.label, DK.phrase)

_FALLBACK_LABELS = {
    ORG.member: "holder",
    ORG.organization: "organisation",
    ORG.role: "role",
    DK.date: "date",
}


@cache
def review_ontology() -> Graph:
    """The packaged ontology, copied once: pages only look things up in it."""
    return load_ontology()


def local_name(iri: str) -> str:
    """The last segment of an IRI (after its last ``#`` or ``/``)."""
    return re.split(r"[#/]", iri.rstrip("/"))[-1]


def _anchor(prefix: str, text: str) -> str:
    return prefix + re.sub(r"[^A-Za-z0-9_.-]+", "_", text)


def text_or_none(node: Node | None) -> str | None:
    """A node's text, ``None`` for no node."""
    return None if node is None else str(node)


class _OntologyLookups:
    """What pages ask of the ontology, each answer looked up once per process.

    The ontology is the same for every article and pages never change it.
    """

    _known: ClassVar[dict[int, _OntologyLookups]] = {}

    def __init__(self, ontology: Graph) -> None:
        self.ontology = ontology
        self.supers: dict[URIRef, frozenset[URIRef]] = {}
        self.kinds: dict[URIRef, str] = {}
        self.prop_labels: dict[URIRef, str] = {}

    @classmethod
    def of(cls, ontology: Graph) -> _OntologyLookups:
        """The lookups of ``ontology`` (kept while it is the ontology in use)."""
        known = cls._known.get(id(ontology))
        if known is None or known.ontology is not ontology:
            known = cls._known[id(ontology)] = cls(ontology)
        return known


@dataclass
class GraphReader:
    """Looks things up in one article graph and the ontology.

    Every answer is kept: neither graph changes while a page is made, and a page
    asks the same things many times (a fact's label in the panel, the network,
    the highlights, the validation results).
    """

    article: ArticleGraph
    ontology: Graph
    graph: Graph = field(init=False)
    article_iri: URIRef = field(init=False)

    def __post_init__(self) -> None:
        self.graph = self.article.graph
        node = next(iter(sorted(self.graph.subjects(RDF.type, DK.NewsArticle), key=str)), None)
        if not isinstance(node, URIRef):
            raise InputError(f"the graph of {self.article.article_id} has no dk:NewsArticle")
        self.article_iri = node
        self._fact_prefix = str(node) + "/"
        self._lookups = _OntologyLookups.of(self.ontology)
        self._types: dict[Node, list[URIRef]] = {}
        self._labels: dict[Node, str] = {}
        self._kinds: dict[Node, str] = {}
        self._is_fact: dict[Node, bool] = {}
        self._is_entity: dict[Node, bool] = {}
        self._values: dict[Node, Value] = {}
        self._spans: dict[Node, SpanRef | None] = {}
        self._evidence: dict[Node, tuple[SpanRef, ...]] = {}
        self._facts: list[Node] | None = None
        self._by_subject: dict[Node, dict[Node, list[Node]]] = {}

    # -- the article graph ----------------------------------------------------

    def _properties(self, node: Node) -> dict[Node, list[Node]]:
        """The node's objects by property, read from the graph in one pass."""
        found = self._by_subject.get(node)
        if found is None:
            found = self._by_subject[node] = {}
            for prop, obj in self.graph.predicate_objects(node):
                found.setdefault(prop, []).append(obj)
        return found

    def objects(self, node: Node, prop: Node) -> list[Node]:
        """``graph.objects(node, prop)``, in the graph's order."""
        return self._properties(node).get(prop, [])

    def first(self, node: Node, prop: Node) -> Node | None:
        """``graph.value(node, prop)``: the first object, or ``None``."""
        found = self._properties(node).get(prop)
        return found[0] if found else None

    def has(self, node: Node, prop: Node, obj: Node | None = None) -> bool:
        """Whether the graph holds ``(node, prop, obj)`` (any object when ``obj`` is None)."""
        found = self._properties(node).get(prop)
        return bool(found) if obj is None else found is not None and obj in found

    def predicate_objects(self, node: Node) -> list[tuple[Node, Node]]:
        """``graph.predicate_objects(node)``, in the graph's order."""
        return [(p, o) for p, objs in self._properties(node).items() for o in objs]

    # -- ontology --------------------------------------------------------------

    def supers(self, cls: URIRef) -> frozenset[URIRef]:
        """``cls`` and all its superclasses in the ontology."""
        known = self._lookups.supers
        if cls not in known:
            seen = {cls}
            todo = [cls]
            while todo:
                for parent in self.ontology.objects(todo.pop(), RDFS.subClassOf):
                    if isinstance(parent, URIRef) and parent not in seen:
                        seen.add(parent)
                        todo.append(parent)
            known[cls] = frozenset(seen)
        return known[cls]

    def types(self, node: Node) -> list[URIRef]:
        """The node's classes, sorted (looked up once: the graph does not change)."""
        found = self._types.get(node)
        if found is None:
            objects = self.objects(node, RDF.type)
            found = self._types[node] = sorted(t for t in objects if isinstance(t, URIRef))
        return found

    def is_a(self, node: Node, cls: URIRef) -> bool:
        return any(cls in self.supers(t) for t in self.types(node))

    def kind(self, node: Node) -> str:
        """Short kind name of a node's most specific dk class (``meeting``, ``criticism``)."""
        return _memo(self._kinds, node, self._kind)

    def _kind(self, node: Node) -> str:
        for t in self.types(node):
            if str(t).startswith(str(DK)):
                return self._class_kind(t)
        return "thing"

    def _class_kind(self, cls: URIRef) -> str:
        known = self._lookups.kinds
        if cls not in known:
            kind = self.ontology.value(cls, DK.kindLabel) or self.ontology.value(cls, RDFS.label)
            known[cls] = str(kind).lower() if kind else local_name(str(cls)).lower()
        return known[cls]

    def prop_label(self, prop: URIRef) -> str:
        known = self._lookups.prop_labels
        if prop not in known:
            label = self.ontology.value(prop, RDFS.label)
            known[prop] = (
                str(label)
                if label is not None
                else _FALLBACK_LABELS.get(prop, local_name(str(prop)))
            )
        return known[prop]

    # -- nodes -----------------------------------------------------------------

    def label(self, node: Node) -> str:
        return _memo(self._labels, node, self._label)

    def _label(self, node: Node) -> str:
        for prop in _LABEL_PROPS:
            value = self.first(node, prop)
            if value is not None:
                return str(value)
        value = self.ontology.value(node, RDFS.label)
        if value is not None:
            return str(value)
        kind = self.kind(node)
        return local_name(str(node)) if kind == "thing" else f"{kind} {local_name(str(node))}"

    def facts(self) -> list[Node]:
        """The facts of this article, sorted by IRI."""
        if self._facts is None:
            nodes = self.graph.subjects(_ARTICLE, self.article_iri)
            self._facts = sorted({n for n in nodes if self.is_fact(n)}, key=str)
        return self._facts

    def is_fact(self, node: Node) -> bool:
        found = self._is_fact.get(node)
        if found is None:
            mine = self.has(node, _ARTICLE, self.article_iri)
            found = self._is_fact[node] = mine and self.is_a(node, _FACT)
        return found

    def is_entity(self, node: Node) -> bool:
        found = self._is_entity.get(node)
        if found is None:
            found = self._is_entity[node] = self.has(node, _NAME)
        return found

    def fact_anchor(self, node: Node) -> str:
        iri = str(node)
        local = iri[len(self._fact_prefix) :] if iri.startswith(self._fact_prefix) else iri
        return _anchor("f-", local)

    def entity_anchor(self, node: Node) -> str:
        return _anchor("e-", local_name(str(node)))

    def entity_kind(self, node: Node) -> tuple[str, str]:
        for key, label, cls in ENTITY_KINDS:
            if self.is_a(node, cls):
                return key, label
        return "other", "other"

    def group(self, node: Node) -> tuple[str, str]:
        for key, title, cls in FACT_GROUPS:
            if self.is_a(node, cls):
                return key, title
        return OTHER_GROUP

    def value(self, node: Node) -> Value:
        """A detail value: linked when it is an entity or a fact of this article."""
        return _memo(self._values, node, self._value)

    def _value(self, node: Node) -> Value:
        if isinstance(node, Literal):
            return Value(str(node))
        if self.is_entity(node):
            kind, _ = self.entity_kind(node)
            return Value(self.label(node), f"#{self.entity_anchor(node)}", f"ent e-{kind}")
        if self.is_fact(node):
            return Value(self.label(node), f"#{self.fact_anchor(node)}", "factref")
        return Value(self.label(node))

    def origin(self, node: Node) -> str | None:
        src = self.article.origins.get(str(node))
        return None if src is None else f"{src.path.name}:{src.line}:{src.column}"

    def span_ref(self, span: Node) -> SpanRef | None:
        return _memo(self._spans, span, self._span_ref)

    def _span_ref(self, span: Node) -> SpanRef | None:
        begin = self.first(span, _BEGIN)
        end = self.first(span, _END)
        if not isinstance(begin, Literal) or not isinstance(end, Literal):
            return None
        try:
            b, e = int(begin), int(end)
        except ValueError:
            return None
        text = self.first(span, _ANCHOR_OF)
        return SpanRef(f"{b}-{e}", str(text) if text is not None else "")

    def evidence(self, node: Node) -> tuple[SpanRef, ...]:
        found = self._evidence.get(node)
        if found is None:
            spans = self.objects(node, _EVIDENCE)
            refs = {r.span: r for s in spans if (r := self.span_ref(s))}
            found = self._evidence[node] = tuple(sorted(refs.values(), key=span_key))
        return found


def _memo(table: dict[Node, _T], node: Node, compute: Callable[[Node], _T]) -> _T:
    """``table[node]``, computed by ``compute`` the first time (the graph does not change)."""
    if node not in table:
        table[node] = compute(node)
    return table[node]


def int_value(node: Node | None) -> int:
    """An integer literal's value, 0 for anything else."""
    try:
        return int(str(node)) if isinstance(node, Literal) else 0
    except ValueError:
        return 0


def article_text(reader: GraphReader) -> str:
    """The article's text (its ``nif:isString``); :class:`InputError` when it has none."""
    context = reader.first(reader.article_iri, DK.hasText)
    text = reader.first(context, NIF.isString) if context is not None else None
    if text is None:
        raise InputError(f"the graph of {reader.article.article_id} has no article text")
    return str(text)
