"""Looking things up in one article graph and the ontology, for the review pages.

:class:`GraphReader` answers what every part of a page asks: a node's classes,
label, kind, anchor and evidence spans. The fact groups and entity kinds of the
page are declared here, in display order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

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


@dataclass
class GraphReader:
    """Looks things up in one article graph and the ontology."""

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
        self._supers: dict[URIRef, frozenset[URIRef]] = {}
        self._types: dict[Node, list[URIRef]] = {}

    # -- ontology --------------------------------------------------------------

    def supers(self, cls: URIRef) -> frozenset[URIRef]:
        """``cls`` and all its superclasses in the ontology."""
        if cls not in self._supers:
            seen = {cls}
            todo = [cls]
            while todo:
                for parent in self.ontology.objects(todo.pop(), RDFS.subClassOf):
                    if isinstance(parent, URIRef) and parent not in seen:
                        seen.add(parent)
                        todo.append(parent)
            self._supers[cls] = frozenset(seen)
        return self._supers[cls]

    def types(self, node: Node) -> list[URIRef]:
        """The node's classes, sorted (looked up once: the graph does not change)."""
        found = self._types.get(node)
        if found is None:
            objects = self.graph.objects(node, RDF.type)
            found = self._types[node] = sorted(t for t in objects if isinstance(t, URIRef))
        return found

    def is_a(self, node: Node, cls: URIRef) -> bool:
        return any(cls in self.supers(t) for t in self.types(node))

    def kind(self, node: Node) -> str:
        """Short kind name of a node's most specific dk class (``meeting``, ``criticism``)."""
        for t in self.types(node):
            if str(t).startswith(str(DK)):
                kind = self.ontology.value(t, DK.kindLabel) or self.ontology.value(t, RDFS.label)
                return str(kind).lower() if kind else local_name(str(t)).lower()
        return "thing"

    def prop_label(self, prop: URIRef) -> str:
        label = self.ontology.value(prop, RDFS.label)
        if label is not None:
            return str(label)
        return _FALLBACK_LABELS.get(prop, local_name(str(prop)))

    # -- nodes -----------------------------------------------------------------

    def label(self, node: Node) -> str:
        for prop in (DK.name, RDFS.label, DK.phrase):
            value = self.graph.value(node, prop)
            if value is not None:
                return str(value)
        value = self.ontology.value(node, RDFS.label)
        if value is not None:
            return str(value)
        kind = self.kind(node)
        return local_name(str(node)) if kind == "thing" else f"{kind} {local_name(str(node))}"

    def is_fact(self, node: Node) -> bool:
        return (node, DK.article, self.article_iri) in self.graph and self.is_a(node, DK.Fact)

    def is_entity(self, node: Node) -> bool:
        return (node, DK.name, None) in self.graph

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
        begin = self.graph.value(span, NIF.beginIndex)
        end = self.graph.value(span, NIF.endIndex)
        if not isinstance(begin, Literal) or not isinstance(end, Literal):
            return None
        try:
            b, e = int(begin), int(end)
        except ValueError:
            return None
        text = self.graph.value(span, NIF.anchorOf)
        return SpanRef(f"{b}-{e}", str(text) if text is not None else "")

    def evidence(self, node: Node) -> tuple[SpanRef, ...]:
        refs = {r.span: r for s in self.graph.objects(node, DK.evidence) if (r := self.span_ref(s))}
        return tuple(sorted(refs.values(), key=span_key))


def int_value(node: Node | None) -> int:
    """An integer literal's value, 0 for anything else."""
    try:
        return int(str(node)) if isinstance(node, Literal) else 0
    except ValueError:
        return 0


def _python(node: Node | None) -> object:
    return node.toPython() if isinstance(node, Literal) else None


def article_text(reader: GraphReader) -> str:
    """The article's text (its ``nif:isString``); :class:`InputError` when it has none."""
    context = reader.graph.value(reader.article_iri, DK.hasText)
    text = reader.graph.value(context, NIF.isString) if context is not None else None
    if text is None:
        raise InputError(f"the graph of {reader.article.article_id} has no article text")
    return str(text)
