"""Review pages: one self-contained HTML page per article, and an index of them.

A review page shows the article's text with every mention (``dk:Mention`` →
``oa:hasTarget``) and every evidence span (``dk:evidence``) highlighted by
kind, a panel of the facts read from it (each linked to its spans and back),
a network picture of who met, quoted, accused or agreed with whom, a
timeline of the events, and the SHACL validation results on the spans they
concern. Everything is read from the article's rdflib graph; the page has its
CSS, JavaScript and SVG inline and opens offline.

Pictures are laid out by Graphviz (the ``dot`` program, run as a subprocess)
when it is installed; without it the network falls back to a circle layout
drawn here, so a build never fails for want of Graphviz.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import hashlib
import math
import re
import shutil
import subprocess
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from itertools import pairwise
from pathlib import Path
from typing import Literal as TypingLiteral
from urllib.parse import quote

import jinja2
import pyoxigraph as ox
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.term import Node

from diplokg import __version__
from diplokg.errors import InputError, ToolError
from diplokg.model.annotation import Drafter
from diplokg.rdf.convert import ArticleGraph, convert_files
from diplokg.rdf.output import write_atomic
from diplokg.rdf.terms import DK, NIF, OA, ONTOLOGY_GRAPH, ORG, PROV, SCHEMA
from diplokg.store.embedded import article_triples, load_ontology_graph, write_articles
from diplokg.store.queries import StoredQuery, get_query, run_query
from diplokg.validation.shacl import ValidationReport, load_ontology, validate_graph

__all__ = [
    "FactView",
    "Highlight",
    "IndexRow",
    "Issue",
    "NetworkLayout",
    "PageEntry",
    "PageSet",
    "RenderedPage",
    "ReviewData",
    "circle_svg",
    "dot_attrs",
    "dot_quote",
    "fragment_text",
    "graphviz_svg",
    "graphviz_svgs",
    "network_dot",
    "page_href",
    "render_article",
    "render_file",
    "render_index",
    "review_data",
    "review_data_many",
    "template_environment",
    "write_pages",
]

#: How the network picture is laid out: Graphviz, the built-in circle, or
#: Graphviz when ``dot`` is installed and the circle otherwise.
NetworkLayout = TypingLiteral["auto", "graphviz", "circle"]

_TOOL_TIMEOUT = 60

# Fact groups of the facts panel, in display order: (key, heading, class).
# A fact belongs to the first group whose class it is (a subclass of).
_GROUPS: tuple[tuple[str, str, URIRef], ...] = (
    ("event", "Meetings, conferences and visits", DK.Event),
    ("quote", "Quotes", DK.Quotation),
    ("agreement", "Agreements", DK.Agreement),
    ("accusation", "Accusations and criticism", DK.Accusation),
    ("position", "Positions", DK.PositionHolding),
    ("statement", "Statements", DK.Statement),
    ("absence", "Absences", DK.Absence),
    ("date", "Date expressions", DK.DateExpression),
)
_OTHER_GROUP = ("other", "Other facts")

# Entity kinds for mention colours: the first class an entity is (a subclass of).
_ENTITY_KINDS: tuple[tuple[str, str, URIRef], ...] = (
    ("person", "person", DK.Person),
    ("state", "state", DK.State),
    ("org", "organisation", DK.Organization),
    ("place", "place", DK.Place),
)

# Shown as badges on the fact, not as detail rows.
_BADGE_PROPS = (DK.eventStatus, DK.agreementStatus, DK.positionStatus, DK.factuality)
# Never shown as detail rows (shown otherwise, or bookkeeping).
_HIDDEN_PROPS = frozenset(
    {
        RDF.type,
        RDFS.label,
        RDFS.comment,
        DK.article,
        DK.generatedBy,
        DK.evidence,
        DK.reportingStep,
        DK.quoteText,
        *_BADGE_PROPS,
    }
)
# Detail rows come in this order; other properties follow, by label.
_DETAIL_ORDER = (
    ORG.member,
    ORG.role,
    ORG.organization,
    DK.speaker,
    DK.accuser,
    DK.accused,
    DK.about,
    DK.party,
    DK.agreementKind,
    DK.participant,
    DK.organizer,
    DK.visitor,
    DK.host,
    DK.absentee,
    DK.absentFrom,
    DK.issuer,
    DK.place,
    DK.occasion,
    DK.date,
    DK.earliestDate,
    DK.latestDate,
    DK.dateExpression,
)
_FALLBACK_LABELS = {
    ORG.member: "holder",
    ORG.organization: "organisation",
    ORG.role: "role",
    DK.date: "date",
}

# ---------------------------------------------------------------------------
# Templates and Graphviz
# ---------------------------------------------------------------------------


def _load_template(name: str) -> str:
    return files("diplokg").joinpath("templates", name).read_text(encoding="utf-8")


@cache
def template_environment() -> jinja2.Environment:
    """The Jinja2 environment of the packaged templates (``diplokg/templates``)."""
    env = jinja2.Environment(
        loader=jinja2.FunctionLoader(_load_template),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["asset"] = _asset
    env.globals["script_hash"] = _script_hash
    env.globals["version"] = __version__
    return env


def _asset(name: str) -> str:
    """A packaged CSS or JavaScript file, for inlining into a ``<style>``/``<script>``."""
    text = _load_template(name)
    if "</" in text.replace("<\\/", ""):
        raise ValueError(f"template asset {name} must not contain '</'")  # a programming error
    return text


def _script_hash(name: str) -> str:
    """The CSP source (``sha256-…``) that allows exactly the inlined script ``name``.

    The review page's policy allows this one script and no other inline script, so
    text that got into the page by mistake can never run.
    """
    digest = hashlib.sha256(_asset(name).encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


_XML_PROLOGUE = re.compile(r"\A(?:\s*<\?xml[^>]*\?>|\s*<!DOCTYPE[^>]*>|\s*<!--.*?-->)*\s*", re.S)


def graphviz_svg(source: str, *, engine: str = "dot") -> str:
    """Lay out a Graphviz graph and return its SVG, ready to inline in HTML.

    Runs ``dot -K ENGINE -Tsvg`` and drops the XML prologue; the root
    ``<svg>`` keeps its natural size (CSS may shrink it to fit).
    Raises :class:`ToolError` when Graphviz is not installed or fails.
    """
    dot = shutil.which("dot")
    if dot is None:
        raise ToolError(
            "Graphviz is not installed: the pictures need its 'dot' program "
            "(Debian/Ubuntu: apt-get install graphviz; macOS: brew install graphviz)"
        )
    try:
        done = subprocess.run(  # noqa: S603 - fixed arguments, no shell
            [dot, f"-K{engine}", "-Tsvg"],
            input=source.encode("utf-8"),
            capture_output=True,
            check=False,
            timeout=_TOOL_TIMEOUT,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ToolError(f"Graphviz failed: {exc}") from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ToolError(f"Graphviz failed: {message[0] if message else done.returncode}")
    return _XML_PROLOGUE.sub("", done.stdout.decode("utf-8"))


#: The id Graphviz gives the graph of every graph but the first it lays out in one run
#: (a page prefix, ``page0,1_``), where a run of its own gives the graph's own id.
_PAGE_PREFIXED_ID = re.compile(r'\A(<svg[^>]*>\s*<g id=")page\d+,\d+_')


def graphviz_svgs(sources: Sequence[str], *, engine: str = "dot") -> list[str]:
    """Lay out several Graphviz graphs in one process: for each, what :func:`graphviz_svg` gives.

    Graphviz lays out the graphs on its input one after another, each as if
    alone, and writes one SVG document for each; the only difference from a
    run of its own is the page prefix it puts on the graph's id, removed here.
    Starting Graphviz cost more than laying out an article's network. Raises
    :class:`ToolError` when Graphviz fails or its output cannot be split into
    one document per graph (then lay them out one by one, for the error).
    """
    if len(sources) <= 1:
        return [graphviz_svg(s, engine=engine) for s in sources]
    dot = shutil.which("dot")
    if dot is None:
        return [graphviz_svg(s, engine=engine) for s in sources]  # raises the usual error
    try:
        done = subprocess.run(  # noqa: S603 - fixed arguments, no shell
            [dot, f"-K{engine}", "-Tsvg"],
            input="".join(sources).encode("utf-8"),
            capture_output=True,
            check=False,
            timeout=_TOOL_TIMEOUT * len(sources),
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ToolError(f"Graphviz failed: {exc}") from None
    # A document ends at its root's end tag; text and comments in it escape every "<".
    parts = done.stdout.decode("utf-8").split("</svg>\n")
    if done.returncode != 0 or len(parts) != len(sources) + 1 or parts[-1].strip():
        raise ToolError("Graphviz failed on one of several graphs")
    svgs = [_XML_PROLOGUE.sub("", part + "</svg>\n") for part in parts[:-1]]
    return [svgs[0]] + [_PAGE_PREFIXED_ID.sub(r"\1", svg, count=1) for svg in svgs[1:]]


def dot_quote(text: str) -> str:
    """``text`` as a double-quoted DOT string."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def dot_attrs(attrs: Mapping[str, str | None]) -> str:
    """DOT attribute list ``[a="x", b="y"]`` of the attributes that are set."""
    inner = ", ".join(f"{k}={dot_quote(v)}" for k, v in attrs.items() if v is not None)
    return f" [{inner}]" if inner else ""


# ---------------------------------------------------------------------------
# What a page shows
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Value:
    """One value of a fact's detail row: text, maybe linked to a fact or an entity."""

    text: str
    href: str | None = None
    css: str = ""


@dataclass(frozen=True)
class Detail:
    """One detail row of a fact: a property's label and its values."""

    label: str
    values: tuple[Value, ...]


@dataclass(frozen=True)
class SpanRef:
    """A link from a fact (or an issue) to one of its spans."""

    span: str  # "begin-end"
    text: str


@dataclass(frozen=True)
class FactView:
    """One fact of the panel."""

    anchor: str
    iri: str
    group: str
    kind: str
    label: str
    badges: tuple[Value, ...]
    details: tuple[Detail, ...]
    spans: tuple[SpanRef, ...]
    chain: tuple[Value, ...]
    quote: str | None
    note: str | None
    origin: str | None
    issues: tuple[str, ...] = ()

    @property
    def span_ids(self) -> str:
        """The fact's spans as a space-separated attribute value."""
        return " ".join(s.span for s in self.spans)


@dataclass(frozen=True)
class FactGroup:
    """A heading of the facts panel and its facts, in text order."""

    key: str
    title: str
    facts: tuple[FactView, ...]


@dataclass(frozen=True)
class EntityView:
    """An entity mentioned in the article, with its mentions."""

    anchor: str
    iri: str
    name: str
    kind: str
    kind_label: str
    spans: tuple[SpanRef, ...]

    @property
    def span_ids(self) -> str:
        """The entity's mention spans as a space-separated attribute value."""
        return " ".join(s.span for s in self.spans)


@dataclass(frozen=True)
class Highlight:
    """One span of the text that is a mention, evidence, or both."""

    span: str  # "begin-end", unique per span
    begin: int
    end: int
    text: str
    group: str | None  # kind of the (first) fact it is evidence for
    facts: tuple[str, ...]  # anchors of the facts it is evidence for
    entity: str | None  # anchor of the entity it mentions
    entity_kind: str | None
    issues: tuple[str, ...]
    severity: str | None
    title: str

    @property
    def css(self) -> str:
        """CSS classes of the highlight's elements."""
        classes = ["hl"]
        if self.facts:
            classes += ["ev", f"k-{self.group}"]
        if self.entity:
            classes += ["mn", f"e-{self.entity_kind}"]
        if self.issues:
            classes += ["issue", f"sev-{(self.severity or 'violation').lower()}"]
        return " ".join(classes)


@dataclass(frozen=True)
class Fragment:
    """A piece of a highlight in the text; a highlight crossing another is cut in several."""

    highlight: Highlight
    first: bool
    children: tuple[Fragment | str, ...]


@dataclass(frozen=True)
class Issue:
    """A validation result, with the spans and facts it concerns."""

    anchor: str
    severity: str
    message: str
    focus: str
    focus_label: str
    path: str | None
    value: str | None
    shape: str
    origin: str | None
    spans: tuple[SpanRef, ...]
    facts: tuple[str, ...]

    @property
    def span_ids(self) -> str:
        """The spans concerned as a space-separated attribute value."""
        return " ".join(s.span for s in self.spans)


@dataclass(frozen=True)
class TimelineRow:
    """One event of the timeline, with its position in the picture."""

    anchor: str
    label: str
    kind: str
    status: str
    when: str
    y: float
    x1: float | None
    x2: float | None
    open_left: bool
    open_right: bool
    point: bool


@dataclass(frozen=True)
class Tick:
    """A tick of the timeline axis."""

    x: float
    label: str
    major: bool


@dataclass(frozen=True)
class Timeline:
    """The events on a day axis: exact days as points, implied bounds as bars."""

    width: float
    height: float
    left: float
    right: float
    rows: tuple[TimelineRow, ...]
    ticks: tuple[Tick, ...]
    published_x: float | None
    published: str | None
    undated: tuple[TimelineRow, ...]
    day_width: float


@dataclass(frozen=True)
class NetNode:
    """An agent (or a many-party event) of the network."""

    key: str
    label: str
    kind: str  # entity kind, or "event"
    href: str
    tooltip: str


@dataclass(frozen=True)
class NetEdge:
    """Who met, quoted, accused or agreed with whom; several facts may share one edge."""

    source: str
    target: str
    relation: str
    label: str
    directed: bool
    style: str  # solid, dashed, dotted
    facts: tuple[str, ...]
    tooltip: str


@dataclass(frozen=True)
class Network:
    """The network picture's nodes and edges, and its SVG."""

    nodes: tuple[NetNode, ...]
    edges: tuple[NetEdge, ...]
    svg: str  # inline SVG markup: Graphviz and our template escape the labels
    layout: str


@dataclass(frozen=True)
class Summary:
    """Figures of one article, for its page header and the index."""

    triples: int
    facts: int
    evidence_spans: int
    mentions: int
    mention_spans: int
    entities: int
    violations: int
    warnings: int
    infos: int
    by_group: tuple[tuple[str, str, int], ...]


@dataclass(frozen=True)
class ReviewData:
    """Everything a review page shows, read from one article graph."""

    article_id: str
    title: str
    publisher: str | None
    published: str | None
    language: str | None
    translated_from: str | None
    machine_translated: bool
    url: str | None
    annotation: str | None
    text: str
    fragments: tuple[Fragment | str, ...]
    highlights: tuple[Highlight, ...]
    groups: tuple[FactGroup, ...]
    entities: tuple[EntityView, ...]
    issues: tuple[Issue, ...]
    unplaced_spans: tuple[str, ...]
    timeline: Timeline
    network: Network
    summary: Summary
    legend_groups: tuple[tuple[str, str], ...] = field(default=())
    legend_entities: tuple[tuple[str, str], ...] = field(default=())


# ---------------------------------------------------------------------------
# Reading the graph
# ---------------------------------------------------------------------------


def _local(iri: str) -> str:
    return re.split(r"[#/]", iri.rstrip("/"))[-1]


def _anchor(prefix: str, text: str) -> str:
    return prefix + re.sub(r"[^A-Za-z0-9_.-]+", "_", text)


def _iso(node: Node | None) -> str | None:
    return None if node is None else str(node)


@dataclass
class _Reader:
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
                return str(kind).lower() if kind else _local(str(t)).lower()
        return "thing"

    def prop_label(self, prop: URIRef) -> str:
        label = self.ontology.value(prop, RDFS.label)
        if label is not None:
            return str(label)
        return _FALLBACK_LABELS.get(prop, _local(str(prop)))

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
        return _local(str(node)) if kind == "thing" else f"{kind} {_local(str(node))}"

    def is_fact(self, node: Node) -> bool:
        return (node, DK.article, self.article_iri) in self.graph and self.is_a(node, DK.Fact)

    def is_entity(self, node: Node) -> bool:
        return (node, DK.name, None) in self.graph

    def fact_anchor(self, node: Node) -> str:
        iri = str(node)
        local = iri[len(self._fact_prefix) :] if iri.startswith(self._fact_prefix) else iri
        return _anchor("f-", local)

    def entity_anchor(self, node: Node) -> str:
        return _anchor("e-", _local(str(node)))

    def entity_kind(self, node: Node) -> tuple[str, str]:
        for key, label, cls in _ENTITY_KINDS:
            if self.is_a(node, cls):
                return key, label
        return "other", "other"

    def group(self, node: Node) -> tuple[str, str]:
        for key, title, cls in _GROUPS:
            if self.is_a(node, cls):
                return key, title
        return _OTHER_GROUP

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
        return tuple(sorted(refs.values(), key=_span_key))


def _int(node: Node | None) -> int:
    """An integer literal's value, 0 for anything else."""
    try:
        return int(str(node)) if isinstance(node, Literal) else 0
    except ValueError:
        return 0


def _python(node: Node | None) -> object:
    return node.toPython() if isinstance(node, Literal) else None


def _span_key(ref: SpanRef) -> tuple[int, int]:
    begin, end = ref.span.split("-")
    return int(begin), int(end)


def _text_of(reader: _Reader) -> str:
    context = reader.graph.value(reader.article_iri, DK.hasText)
    text = reader.graph.value(context, NIF.isString) if context is not None else None
    if text is None:
        raise InputError(f"the graph of {reader.article.article_id} has no article text")
    return str(text)


def _facts(reader: _Reader, issues_by_fact: Mapping[str, list[str]]) -> list[FactView]:
    g = reader.graph
    nodes = sorted(
        {n for n in g.subjects(DK.article, reader.article_iri) if reader.is_fact(n)}, key=str
    )
    publisher = g.value(reader.article_iri, DK.publisher)
    views: list[FactView] = []
    for node in nodes:
        group, _ = reader.group(node)
        badges = tuple(
            Value(reader.label(v), css=f"badge b-{_local(str(v))}")
            for prop in _BADGE_PROPS
            for v in sorted(g.objects(node, prop), key=str)
        )
        by_prop: dict[URIRef, list[Value]] = defaultdict(list)
        for prop, obj in sorted(g.predicate_objects(node)):
            if isinstance(prop, URIRef) and prop not in _HIDDEN_PROPS:
                by_prop[prop].append(_detail_value(reader, prop, obj))
        order = {p: i for i, p in enumerate(_DETAIL_ORDER)}
        details = tuple(
            Detail(reader.prop_label(p), tuple(by_prop[p]))
            for p in sorted(by_prop, key=lambda p: (order.get(p, len(order)), reader.prop_label(p)))
        )
        owners = sorted(g.subjects(DK.dateExpression, node), key=str)
        if owners:  # a date expression: say whose date it is
            details = (Detail("date of", tuple(reader.value(o) for o in owners)), *details)
        chain: tuple[Value, ...] = ()
        steps = sorted(
            (_int(g.value(s, DK.stepIndex)), g.value(s, PROV.agent))
            for s in g.objects(node, DK.reportingStep)
        )
        if steps or group == "quote":
            first = g.value(node, DK.speaker)
            links = [first] if first is not None else []
            links += [agent for _, agent in steps if agent is not None]
            if publisher is not None:
                links.append(publisher)
            chain = tuple(reader.value(a) for a in links)
        quote = g.value(node, DK.quoteText)
        note = g.value(node, RDFS.comment)
        anchor = reader.fact_anchor(node)
        views.append(
            FactView(
                anchor=anchor,
                iri=str(node),
                group=group,
                kind=reader.kind(node),
                label=reader.label(node),
                badges=badges,
                details=details,
                spans=reader.evidence(node),
                chain=chain,
                quote=str(quote) if quote is not None else None,
                note=str(note) if note is not None else None,
                origin=reader.origin(node),
                issues=tuple(issues_by_fact.get(str(node), ())),
            )
        )
    return views


def _detail_value(reader: _Reader, prop: URIRef, obj: Node) -> Value:
    if prop == DK.dateExpression:
        g = reader.graph
        resolved = g.value(obj, DK.date)
        if resolved is None:
            lo, hi = g.value(obj, DK.earliestDate), g.value(obj, DK.latestDate)
            resolved = Literal(f"{lo or '…'} to {hi or '…'}")
        return Value(
            f"“{reader.label(obj)}” → {resolved}", f"#{reader.fact_anchor(obj)}", "factref"
        )
    return reader.value(obj)


def _group_facts(facts: Sequence[FactView]) -> tuple[FactGroup, ...]:
    titles = {k: t for k, t, _ in _GROUPS} | {_OTHER_GROUP[0]: _OTHER_GROUP[1]}
    groups = []
    for key, title in titles.items():
        members = sorted(
            (f for f in facts if f.group == key),
            key=lambda f: (_span_key(f.spans[0]) if f.spans else (1 << 62, 0), f.label),
        )
        if members:
            groups.append(FactGroup(key, title, tuple(members)))
    return tuple(groups)


def _entities(reader: _Reader) -> list[EntityView]:
    g = reader.graph
    spans: dict[Node, dict[str, SpanRef]] = defaultdict(dict)
    for mention in g.subjects(RDF.type, DK.Mention):
        body = g.value(mention, OA.hasBody)
        for target in g.objects(mention, OA.hasTarget):
            ref = reader.span_ref(target)
            if body is not None and ref is not None:
                spans[body][ref.span] = ref
    views = []
    for node, refs in spans.items():
        kind, kind_label = reader.entity_kind(node)
        views.append(
            EntityView(
                anchor=reader.entity_anchor(node),
                iri=str(node),
                name=reader.label(node),
                kind=kind,
                kind_label=reader.kind(node) if kind != "other" else kind_label,
                spans=tuple(sorted(refs.values(), key=_span_key)),
            )
        )
    return sorted(views, key=lambda e: (_span_key(e.spans[0]), e.name))


# ---------------------------------------------------------------------------
# Validation results on the spans
# ---------------------------------------------------------------------------


def _issue_targets(reader: _Reader, node: Node) -> tuple[list[SpanRef], list[Node]]:
    """The spans and facts a validation result's focus or value concerns."""
    g = reader.graph
    if reader.span_ref(node) is not None and (node, RDF.type, DK.EvidenceSpan) in g:
        ref = reader.span_ref(node)
        facts = [f for f in g.subjects(DK.evidence, node) if reader.is_fact(f)]
        return ([ref] if ref else []), facts
    if reader.is_fact(node):
        return list(reader.evidence(node)), [node]
    if (node, RDF.type, DK.Mention) in g:
        return [r for t in g.objects(node, OA.hasTarget) if (r := reader.span_ref(t))], []
    if reader.is_entity(node) or (None, OA.hasBody, node) in g:
        mentions = g.subjects(OA.hasBody, node)
        refs = [
            r for m in mentions for t in g.objects(m, OA.hasTarget) if (r := reader.span_ref(t))
        ]
        return refs, []
    # A reporting step, post, role or date: the facts that point at it.
    owners = [s for s in g.subjects(None, node) if reader.is_fact(s)]
    return [r for f in owners for r in reader.evidence(f)], owners


def _issues(reader: _Reader, report: ValidationReport) -> list[Issue]:
    issues = []
    for index, result in enumerate(report.results, start=1):
        spans: list[SpanRef] = []
        facts: list[Node] = []
        focus = URIRef(result.focus)
        # Article-wide rules (on the article or its text) name the culprit as the value.
        article_wide = reader.is_a(focus, DK.NewsArticle) or reader.is_a(focus, DK.ArticleText)
        order = (result.value, result.focus) if article_wide else (result.focus, result.value)
        for candidate in order:
            if candidate is None or not candidate.startswith(("http://", "https://")):
                continue
            spans, facts = _issue_targets(reader, URIRef(candidate))
            if spans or facts:
                break
        unique = {s.span: s for s in spans}
        origin = reader.origin(URIRef(result.value)) if result.value and article_wide else None
        issues.append(
            Issue(
                anchor=f"v-{index}",
                severity=result.severity,
                message=result.message,
                focus=result.focus,
                focus_label=reader.label(focus),
                path=reader.prop_label(URIRef(result.path)) if result.path else None,
                value=result.value,
                shape=_local(result.shape),
                origin=origin or reader.origin(focus),
                spans=tuple(sorted(unique.values(), key=_span_key)),
                facts=tuple(sorted({reader.fact_anchor(f) for f in facts})),
            )
        )
    return issues


# ---------------------------------------------------------------------------
# Highlights: spans → nested fragments of the text
# ---------------------------------------------------------------------------


def _highlights(
    reader: _Reader,
    text: str,
    facts: Sequence[FactView],
    entities: Sequence[EntityView],
    issues: Sequence[Issue],
) -> tuple[list[Highlight], list[str]]:
    group_order = {key: i for i, (key, _, _) in enumerate(_GROUPS)}
    fact_by_span: dict[str, list[FactView]] = defaultdict(list)
    for f in facts:
        for s in f.spans:
            fact_by_span[s.span].append(f)
    entity_by_span = {s.span: e for e in entities for s in e.spans}
    issues_by_span: dict[str, list[Issue]] = defaultdict(list)
    for issue in issues:
        for s in issue.spans:
            issues_by_span[s.span].append(issue)
    severity_rank = {"Violation": 0, "Warning": 1, "Info": 2}
    highlights, unplaced = [], []
    for span in sorted({*fact_by_span, *entity_by_span}, key=lambda s: _span_key(SpanRef(s, ""))):
        begin, end = _span_key(SpanRef(span, ""))
        if not 0 <= begin < end <= len(text):
            unplaced.append(span)
            continue
        on = sorted(
            fact_by_span.get(span, []), key=lambda f: (group_order.get(f.group, 99), f.label)
        )
        entity = entity_by_span.get(span)
        its_issues = issues_by_span.get(span, [])
        lines = []
        if entity:
            lines.append(f"mention of {entity.name} ({entity.kind_label})")
        lines += [f"{f.kind}: {f.label}" for f in on]
        lines += [f"{i.severity}: {i.message}" for i in its_issues]
        highlights.append(
            Highlight(
                span=span,
                begin=begin,
                end=end,
                text=text[begin:end],
                group=on[0].group if on else None,
                facts=tuple(f.anchor for f in on),
                entity=entity.anchor if entity else None,
                entity_kind=entity.kind if entity else None,
                issues=tuple(i.anchor for i in its_issues),
                severity=min(
                    (i.severity for i in its_issues), key=lambda s: severity_rank.get(s, 3)
                )
                if its_issues
                else None,
                title="\n".join(lines),
            )
        )
    return highlights, unplaced


@dataclass
class _Open:
    highlight: Highlight
    first: bool
    children: list[Fragment | str] = field(default_factory=list)

    def close(self) -> Fragment:
        return Fragment(self.highlight, self.first, tuple(self.children))


def fragment_text(text: str, highlights: Sequence[Highlight]) -> tuple[Fragment | str, ...]:
    """Cut ``text`` into strings and nested highlight fragments.

    Spans nest where they can; a span that crosses another is cut into several
    fragments, each an element of its own, so the HTML stays well formed. Outer
    spans (ending later) open first.
    """
    starts: dict[int, list[Highlight]] = defaultdict(list)
    for h in highlights:
        starts[h.begin].append(h)
    points = sorted({0, len(text), *(h.begin for h in highlights), *(h.end for h in highlights)})
    root: list[Fragment | str] = []
    stack: list[_Open] = []

    def children() -> list[Fragment | str]:
        return stack[-1].children if stack else root

    def order(h: Highlight) -> tuple[int, int, str]:
        return (-h.end, h.begin, h.span)

    previous = 0
    for pos in points:
        if pos > previous:
            children().append(text[previous:pos])
            previous = pos
        ending = [i for i, o in enumerate(stack) if o.highlight.end == pos]
        reopen: list[Highlight] = []
        if ending:
            # Close everything from the outermost span ending here inwards, and
            # reopen (as new fragments) the spans that go on.
            while len(stack) > ending[0]:
                top = stack.pop()
                children().append(top.close())
                if top.highlight.end != pos:
                    reopen.append(top.highlight)
        for h in sorted(reopen, key=order):
            stack.append(_Open(h, first=False))
        for h in sorted(starts.get(pos, []), key=order):
            stack.append(_Open(h, first=True))
    while stack:
        top = stack.pop()
        children().append(top.close())
    return tuple(_drop_empty(root))


def _drop_empty(nodes: Iterable[Fragment | str]) -> list[Fragment | str]:
    kept: list[Fragment | str] = []
    for node in nodes:
        if isinstance(node, str):
            if node:
                kept.append(node)
            continue
        inner = _drop_empty(node.children)
        if inner:
            kept.append(Fragment(node.highlight, node.first, tuple(inner)))
    return kept


# ---------------------------------------------------------------------------
# Timeline
# ---------------------------------------------------------------------------

_ROW = 26.0
_TL_LEFT = 270.0  # labels to the left of this
_TL_WIDTH = 440.0  # the day axis; the dates are written to its right
_ARROW = 9.0  # an open end of a bar


def _tick_offsets(first: dt.date, columns: int, step: int) -> list[int]:
    """Day offsets that may carry a tick: every day on short axes, else month starts.

    Over many years only the first of January of every few years (about 24 ticks at
    most), so even a timeline from the year 1000 to 9998 is drawn at once.
    """
    if step:
        return list(range(columns + 1))
    every = 1 if columns <= 24 * 31 else 12 * (columns // (365 * 24) + 1)  # in months
    index = -(-(first.year * 12 + first.month - 1) // every) * every
    offsets = []
    while (
        index < 10_000 * 12
        and (offset := (dt.date(index // 12, index % 12 + 1, 1) - first).days) <= columns
    ):
        if offset >= 0:
            offsets.append(offset)
        index += every
    return offsets


def _day(value: str | None, *, last: bool = False) -> dt.date | None:
    if not value:
        return None
    try:
        if len(value) == 7:  # xsd:gYearMonth
            year, month = (int(p) for p in value.split("-"))
            if last:
                nxt = dt.date(year + month // 12, month % 12 + 1, 1)
                return nxt - dt.timedelta(days=1)
            return dt.date(year, month, 1)
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


@dataclass(frozen=True)
class _When:
    anchor: str
    label: str
    kind: str
    status: str
    when: str
    lo: dt.date | None
    hi: dt.date | None
    exact: bool


def _when(reader: _Reader, row: Mapping[str, str | None]) -> _When:
    date, earliest, latest = row["date"], row["earliest"], row["latest"]
    if date:
        lo, hi, when = _day(date), _day(date, last=True), date
    else:
        lo, hi = _day(earliest), _day(latest)
        if earliest and latest:
            when = f"between {earliest} and {latest}"
        elif earliest or latest:
            when = f"on or after {earliest}" if earliest else f"on or before {latest}"
        else:
            when = "undated"
    return _When(
        anchor=reader.fact_anchor(URIRef(row["event"] or "")),
        label=row["label"] or "",
        kind=row["kind"] or "event",
        status=row["status"] or "",
        when=when,
        lo=lo,
        hi=hi,
        exact=bool(date),
    )


@cache
def _ontology_quads() -> tuple[ox.Quad, ...]:
    """The ontology's graph as :func:`~diplokg.store.load_ontology_graph` loads it, parsed once."""
    store = ox.Store()
    load_ontology_graph(store)
    return tuple(store.quads_for_pattern(None, None, None, ox.NamedNode(str(ONTOLOGY_GRAPH))))


@cache
def _timeline_query() -> StoredQuery:
    return get_query("timeline")


def _timeline(reader: _Reader, triples: Sequence[ox.Triple] | None = None) -> Timeline:
    """The events in the order of the stored ``timeline`` query, on a day axis.

    Each day is a column; an event fixed to a day is a point in the middle of
    its column, a range a bar over its days, and a bound the article leaves
    open runs to the edge of the picture.
    """
    store = ox.Store()
    if triples is None:
        triples = article_triples(reader.graph)
    write_articles(store, [(str(reader.article.graph_iri), triples)])
    store.extend(_ontology_quads())
    result = run_query(store, _timeline_query(), {})
    events = [
        _when(reader, dict(zip(result.variables, row, strict=True))) for row in result.values()
    ]
    published = _day(_iso(reader.graph.value(reader.article_iri, DK.datePublished)))
    days = {d for e in events for d in (e.lo, e.hi) if d} | ({published} if published else set())
    margin = dt.timedelta(days=2)  # clamped: a date may be the calendar's first or last day
    first = max(min(days, default=dt.date(2000, 1, 1)), dt.date.min + margin) - margin
    last = min(max(days, default=dt.date(2000, 1, 1)), dt.date.max - margin) + margin
    columns = (last - first).days + 1
    width = _TL_WIDTH / columns

    def x(day: dt.date) -> float:
        return round(_TL_LEFT + width * (day - first).days, 1)

    right = _TL_LEFT + _TL_WIDTH
    rows: list[TimelineRow] = []
    undated: list[TimelineRow] = []
    for e in events:
        if e.lo is None and e.hi is None:
            undated.append(
                TimelineRow(
                    e.anchor, e.label, e.kind, e.status, e.when, 0, None, None, False, False, False
                )
            )
            continue
        point = e.exact and e.lo == e.hi
        x1 = x(e.lo) if e.lo else _TL_LEFT + _ARROW
        x2 = round(x(e.hi) + width, 1) if e.hi else right - _ARROW
        if point:
            x1 = x2 = round((x1 + x2) / 2, 1)
        y = 34 + _ROW * len(rows)
        rows.append(
            TimelineRow(
                e.anchor,
                e.label,
                e.kind,
                e.status,
                e.when,
                y,
                x1,
                x2,
                e.lo is None,
                e.hi is None,
                point,
            )
        )
    step = 1 if columns <= 21 else 7 if columns <= 150 else 0
    ticks = []
    for offset in _tick_offsets(first, columns, step):
        day = first + dt.timedelta(days=offset)
        if step == 1 or (step == 7 and day.weekday() == 0) or (step == 0 and day.day == 1):
            label = day.strftime("%b %Y") if step == 0 else f"{day.day} {day.strftime('%b')}"
            # The line at the axis's end closes the last day; it names none.
            ticks.append(Tick(x(day), label if offset < columns else "", day.day == 1))
    return Timeline(
        width=right + 160,
        height=34 + _ROW * max(len(rows), 1) + 10,
        left=_TL_LEFT,
        right=right,
        rows=tuple(rows),
        ticks=tuple(ticks),
        published_x=x(published) if published else None,
        published=published.isoformat() if published else None,
        undated=tuple(undated),
        day_width=round(width, 1),
    )


# ---------------------------------------------------------------------------
# Network
# ---------------------------------------------------------------------------

_NODE_COLOURS = {
    "person": ("#dbe7f5", "#2b5c9e"),
    "state": ("#f8ded7", "#a33a1f"),
    "org": ("#dcefdc", "#2d7a3a"),
    "place": ("#ece4f5", "#6a51a3"),
    "other": ("#eeeeee", "#666666"),
    "event": ("#fff6d6", "#9a7b00"),
}
_EDGE_COLOURS = {
    "met": "#2b5c9e",
    "attended": "#9a7b00",
    "visited": "#2b5c9e",
    "quoted": "#7d3c98",
    "accused": "#c0392b",
    "criticised": "#d35400",
    "agreed": "#2d7a3a",
}


def _network(reader: _Reader) -> tuple[list[NetNode], list[NetEdge]]:
    g = reader.graph
    nodes: dict[str, NetNode] = {}
    merged: dict[tuple[str, str, str, str], list[tuple[str, str]]] = defaultdict(list)
    directed: dict[str, bool] = {}

    def agent(node: Node) -> str:
        key = reader.entity_anchor(node)
        if key not in nodes:
            kind, _ = reader.entity_kind(node)
            name = reader.label(node)
            nodes[key] = NetNode(key, name, kind, f"#{key}", f"{name} ({reader.kind(node)})")
        return key

    def edge(a: str, b: str, relation: str, style: str, fact: Node, *, is_directed: bool) -> None:
        if not is_directed and b < a:
            a, b = b, a
        directed[relation] = is_directed
        merged[(a, b, relation, style)].append((reader.fact_anchor(fact), reader.label(fact)))

    facts = sorted(
        {n for n in g.subjects(DK.article, reader.article_iri) if reader.is_fact(n)}, key=str
    )
    for fact in facts:
        if reader.is_a(fact, DK.Event):
            planned = (fact, DK.eventStatus, DK.planned) in g
            style = "dashed" if planned else "solid"
            visitor, host = g.value(fact, DK.visitor), g.value(fact, DK.host)
            parties = sorted(
                {
                    o
                    for p in (DK.participant, DK.organizer, DK.visitor, DK.host)
                    for o in g.objects(fact, p)
                },
                key=str,
            )
            if reader.is_a(fact, DK.Visit) and visitor is not None and host is not None:
                edge(agent(visitor), agent(host), "visited", style, fact, is_directed=True)
            elif reader.is_a(fact, DK.Meeting) and len(parties) == 2:
                edge(agent(parties[0]), agent(parties[1]), "met", style, fact, is_directed=False)
            elif len(parties) >= 2:
                hub = reader.fact_anchor(fact)
                nodes[hub] = NetNode(
                    hub, reader.label(fact), "event", f"#{hub}", f"{reader.kind(fact)}"
                )
                for party in parties:
                    edge(agent(party), hub, "attended", style, fact, is_directed=False)
        elif reader.is_a(fact, DK.Quotation):
            speaker = g.value(fact, DK.speaker)
            steps = sorted(
                (_int(g.value(s, DK.stepIndex)), g.value(s, PROV.agent))
                for s in g.objects(fact, DK.reportingStep)
            )
            chain = [speaker, *(a for _, a in steps)]
            for quoted, quoting in pairwise(chain):
                if quoted is not None and quoting is not None and quoted != quoting:
                    edge(agent(quoting), agent(quoted), "quoted", "solid", fact, is_directed=True)
        elif reader.is_a(fact, DK.Accusation):
            accuser, factuality = g.value(fact, DK.accuser), g.value(fact, DK.factuality)
            style = (
                "dashed"
                if factuality == DK.hedged
                else "dotted"
                if factuality == DK.negated
                else "solid"
            )
            relation = "criticised" if reader.is_a(fact, DK.Criticism) else "accused"
            for accused in sorted(g.objects(fact, DK.accused), key=str):
                if accuser is not None:
                    edge(agent(accuser), agent(accused), relation, style, fact, is_directed=True)
        elif reader.is_a(fact, DK.Agreement):
            parties = sorted(g.objects(fact, DK.party), key=str)
            for i, a in enumerate(parties):
                for b in parties[i + 1 :]:
                    edge(agent(a), agent(b), "agreed", "solid", fact, is_directed=False)
    edges = []
    for (source, target, relation, style), on in sorted(merged.items()):
        unique = list(dict.fromkeys(on))
        word = {"dotted": f"does not {relation[:-1]}", "dashed": f"allegedly {relation}"}
        name = word.get(style, relation) if relation in ("accused", "criticised") else relation
        if relation in ("met", "visited", "attended") and style == "dashed":
            name = f"{relation} (planned)" if relation != "met" else "to meet"
        label = name + (f" ×{len(unique)}" if len(unique) > 1 else "")
        edges.append(
            NetEdge(
                source=source,
                target=target,
                relation=relation,
                label=label if relation != "attended" else "",
                directed=directed[relation],
                style=style,
                facts=tuple(anchor for anchor, _ in unique),
                tooltip="; ".join(text for _, text in unique),
            )
        )
    return sorted(nodes.values(), key=lambda n: n.key), edges


def network_dot(nodes: Sequence[NetNode], edges: Sequence[NetEdge]) -> str:
    """The network as a Graphviz graph (laid out by neato)."""
    font = "Helvetica,Arial,sans-serif"
    lines = [
        "digraph network {",
        "  graph"
        + dot_attrs(
            {
                "overlap": "false",
                "splines": "true",
                "sep": "+6",
                "esep": "+3",
                "outputorder": "edgesfirst",
                "bgcolor": "transparent",
                "pad": "0.2",
                "start": "7",
                "id": "network",
            }
        )
        + ";",
        "  node"
        + dot_attrs(
            {
                "shape": "box",
                "style": "rounded,filled",
                "fontname": font,
                "fontsize": "13",
                "margin": "0.08,0.04",
                "height": "0.3",
            }
        )
        + ";",
        "  edge" + dot_attrs({"fontname": font, "fontsize": "11", "arrowsize": "0.7"}) + ";",
    ]
    for n in nodes:
        fill, line = _NODE_COLOURS.get(n.kind, _NODE_COLOURS["other"])
        attrs = {
            "label": n.label if n.kind != "event" else _wrap(n.label, 22),
            "fillcolor": fill,
            "color": line,
            "fontcolor": "#222222",
            "href": n.href,
            "tooltip": n.tooltip,
            "id": f"net-{n.key}",
            "class": f"net-node k-{n.kind}",
        }
        if n.kind == "event":
            attrs |= {"shape": "ellipse", "style": "filled,dashed", "fontsize": "11"}
        lines.append(f"  {dot_quote(n.key)}{dot_attrs(attrs)};")
    for i, e in enumerate(edges, start=1):
        colour = _EDGE_COLOURS.get(e.relation, "#666666")
        edge_attrs: dict[str, str | None] = {
            "label": e.label or None,
            "color": colour,
            "fontcolor": colour,
            "style": e.style,
            "dir": "forward" if e.directed else "none",
            "href": f"#{e.facts[0]}",
            "tooltip": e.tooltip,
            "id": f"net-edge-{i}",
            "class": f"net-edge r-{e.relation}",
            "penwidth": str(1.2 + 0.6 * min(len(e.facts) - 1, 3)),
            "len": "1.0" if e.relation != "attended" else "0.8",
        }
        lines.append(f"  {dot_quote(e.source)} -> {dot_quote(e.target)}{dot_attrs(edge_attrs)};")
    lines.append("}")
    return "\n".join(lines) + "\n"


def _wrap(text: str, width: int) -> str:
    words, lines, line = text.split(), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    if line:
        lines.append(line)
    return "\n".join(lines)


@dataclass(frozen=True)
class _CircleNode:
    node: NetNode
    x: float
    y: float
    width: float
    fill: str
    line: str


@dataclass(frozen=True)
class _CircleEdge:
    edge: NetEdge
    x1: float
    y1: float
    x2: float
    y2: float
    colour: str


def circle_svg(nodes: Sequence[NetNode], edges: Sequence[NetEdge]) -> str:
    """The network on a circle, drawn without Graphviz."""
    count = max(len(nodes), 1)
    radius = max(160.0, 28.0 * count / math.pi)
    cx = cy = radius + 110
    placed: dict[str, _CircleNode] = {}
    for i, n in enumerate(nodes):
        angle = 2 * math.pi * i / count - math.pi / 2
        fill, line = _NODE_COLOURS.get(n.kind, _NODE_COLOURS["other"])
        placed[n.key] = _CircleNode(
            n,
            round(cx + radius * math.cos(angle), 1),
            round(cy + radius * math.sin(angle), 1),
            round(12 + 6.2 * min(len(n.label), 28), 1),
            fill,
            line,
        )
    lines = [
        _CircleEdge(
            e,
            placed[e.source].x,
            placed[e.source].y,
            placed[e.target].x,
            placed[e.target].y,
            _EDGE_COLOURS.get(e.relation, "#666666"),
        )
        for e in edges
    ]
    template = template_environment().get_template("network-circle.svg.j2")
    return template.render(size=round(2 * cx, 1), nodes=list(placed.values()), edges=lines)


def _network_picture(
    nodes: Sequence[NetNode], edges: Sequence[NetEdge], layout: NetworkLayout
) -> tuple[str, str]:
    used = _network_layout(nodes, layout)
    if used == "none":
        return "", "none"
    if used == "circle":
        return circle_svg(nodes, edges), "circle"
    return graphviz_svg(network_dot(nodes, edges), engine="neato"), "graphviz"


def _network_layout(nodes: Sequence[NetNode], layout: NetworkLayout) -> str:
    """Who draws the network picture: ``none`` (no nodes), ``circle`` or ``graphviz``."""
    if not nodes:
        return "none"
    if layout == "circle" or (layout == "auto" and shutil.which("dot") is None):
        return "circle"
    return "graphviz"


# ---------------------------------------------------------------------------
# The page
# ---------------------------------------------------------------------------


@cache
def _ontology() -> Graph:
    """The packaged ontology, copied once: pages only look things up in it."""
    return load_ontology()


def review_data(
    article: ArticleGraph,
    *,
    report: ValidationReport | None = None,
    layout: NetworkLayout = "auto",
) -> ReviewData:
    """Read everything a review page shows from one converted article.

    ``report`` is the article graph's validation report; it is computed when
    not given.
    """
    data, _ = _review_data(article, report=report, layout=layout, defer=False)
    return data


def review_data_many(
    articles: Sequence[tuple[ArticleGraph, ValidationReport | None]],
    *,
    layout: NetworkLayout = "auto",
    triples: Sequence[Sequence[ox.Triple]] | None = None,
) -> list[ReviewData]:
    """:func:`review_data` of several articles, their networks laid out by one Graphviz run.

    The same data as :func:`review_data` on each. ``triples``, when given,
    are each article graph's triples as :func:`~diplokg.store.article_triples`
    gives them (a build has them already). Raises as :func:`review_data` would
    on the first article that fails, or :class:`ToolError` when the one
    Graphviz run fails (then render the articles one by one to find which).
    """
    if triples is not None and len(triples) != len(articles):
        raise ValueError("give the triples of every article, or none")  # a programming error
    found = [
        _review_data(
            a, report=r, layout=layout, defer=True, triples=None if triples is None else triples[i]
        )
        for i, (a, r) in enumerate(articles)
    ]
    waiting = [i for i, (_, source) in enumerate(found) if source is not None]
    svgs = graphviz_svgs([found[i][1] or "" for i in waiting], engine="neato")
    datas = [data for data, _ in found]
    for i, svg in zip(waiting, svgs, strict=True):
        network = dataclasses.replace(datas[i].network, svg=svg)
        datas[i] = dataclasses.replace(datas[i], network=network)
    return datas


def _review_data(
    article: ArticleGraph,
    *,
    report: ValidationReport | None,
    layout: NetworkLayout,
    defer: bool,
    triples: Sequence[ox.Triple] | None = None,
) -> tuple[ReviewData, str | None]:
    """The review data, and with ``defer`` the Graphviz source of its network picture, if any.

    With ``defer``, a picture Graphviz would draw is left empty, for the caller to lay out.
    """
    reader = _Reader(article, _ontology())
    g = reader.graph
    text = _text_of(reader)
    report = report if report is not None else validate_graph(g)
    issues = _issues(reader, report)
    facts = _facts(reader, _issues_by_iri(reader, issues))
    entities = _entities(reader)
    highlights, unplaced = _highlights(reader, text, facts, entities, issues)
    nodes, edges = _network(reader)
    source = None
    if defer and _network_layout(nodes, layout) == "graphviz":
        source = network_dot(nodes, edges)
        svg, used = "", "graphviz"
    else:
        svg, used = _network_picture(nodes, edges, layout)
    groups = _group_facts(facts)
    a = reader.article_iri
    publisher = g.value(a, DK.publisher)
    title = g.value(a, SCHEMA.headline)
    summary = Summary(
        triples=len(g),
        facts=len(facts),
        evidence_spans=len({s for f in facts for s in (r.span for r in f.spans)}),
        mentions=sum(1 for _ in g.subjects(RDF.type, DK.Mention)),
        mention_spans=len({s.span for e in entities for s in e.spans}),
        entities=len(entities),
        violations=report.count("Violation"),
        warnings=report.count("Warning"),
        infos=report.count("Info"),
        by_group=tuple((grp.key, grp.title, len(grp.facts)) for grp in groups),
    )
    translated = g.value(a, DK.translatedFrom)
    language = g.value(a, DK.language)
    url = g.value(a, SCHEMA.url)
    used_groups = {h.group for h in highlights if h.group}
    used_entities = {h.entity_kind for h in highlights if h.entity_kind}
    data = ReviewData(
        article_id=article.article_id,
        title=str(title) if title is not None else f"Article {article.article_id}",
        publisher=reader.label(publisher) if publisher is not None else None,
        published=_iso(g.value(a, DK.datePublished)),
        language=str(language) if language is not None else None,
        translated_from=str(translated) if translated is not None else None,
        machine_translated=bool(_python(g.value(a, DK.machineTranslated))),
        url=str(url) if url is not None else None,
        annotation=article.sources.annotation.name if article.sources.annotation else None,
        text=text,
        fragments=fragment_text(text, highlights),
        highlights=tuple(highlights),
        groups=groups,
        entities=tuple(entities),
        issues=tuple(issues),
        unplaced_spans=tuple(unplaced),
        timeline=_timeline(reader, triples),
        network=Network(tuple(nodes), tuple(edges), svg, used),
        summary=summary,
        legend_groups=tuple((k, t) for k, t, _ in _GROUPS if k in used_groups)
        + ((_OTHER_GROUP,) if _OTHER_GROUP[0] in used_groups else ()),
        legend_entities=tuple((k, t) for k, t, _ in _ENTITY_KINDS if k in used_entities)
        + ((("other", "other"),) if "other" in used_entities else ()),
    )
    return data, source


def _issues_by_iri(reader: _Reader, issues: Sequence[Issue]) -> dict[str, list[str]]:
    by_anchor: dict[str, list[str]] = defaultdict(list)
    for issue in issues:
        for anchor in issue.facts:
            by_anchor[anchor].append(issue.anchor)
    facts = set(reader.graph.subjects(DK.article, reader.article_iri))
    return {
        str(n): by_anchor[reader.fact_anchor(n)]
        for n in facts
        if reader.fact_anchor(n) in by_anchor
    }


def render_article(
    article: ArticleGraph,
    *,
    report: ValidationReport | None = None,
    layout: NetworkLayout = "auto",
    index_href: str | None = None,
) -> str:
    """The self-contained HTML review page of one converted article.

    ``report`` is its validation report (computed when not given);
    ``index_href`` links back to an index page.
    """
    data = review_data(article, report=report, layout=layout)
    template = template_environment().get_template("review.html.j2")
    return template.render(d=data, index_href=index_href)


@dataclass(frozen=True)
class RenderedPage:
    """The review page of one article, and what it shows."""

    html: str
    article: ArticleGraph
    report: ValidationReport
    facts: int
    highlights: int


def render_file(
    text_path: Path,
    *,
    annotation: Path | None = None,
    metadata: Path | None = None,
    registry: Path | None = None,
    published: dt.date | None = None,
    publisher: str | None = None,
    layout: NetworkLayout = "auto",
    draft: Drafter | None = None,
) -> RenderedPage:
    """Convert an article file (its annotation and metadata found as for convert, a draft
    from ``draft`` when it has none), validate its graph and render its review page."""
    article = convert_files(
        text_path,
        annotation=annotation,
        metadata=metadata,
        registry=registry,
        published=published,
        publisher=publisher,
        draft=draft,
    )
    report = validate_graph(article.graph)
    data = review_data(article, report=report, layout=layout)
    html = template_environment().get_template("review.html.j2").render(d=data, index_href=None)
    return RenderedPage(html, article, report, data.summary.facts, len(data.highlights))


@dataclass(frozen=True)
class IndexRow:
    """What the index page shows of one article (a build keeps only this of each page)."""

    article_id: str
    title: str
    publisher: str | None
    published: str | None
    summary: Summary


@dataclass(frozen=True)
class PageEntry:
    """One article on the index page."""

    href: str
    data: ReviewData | IndexRow


@dataclass(frozen=True)
class PageSet:
    """The pages a build wrote."""

    index: Path
    pages: tuple[Path, ...]


def render_index(entries: Sequence[PageEntry], *, links: Mapping[str, str] | None = None) -> str:
    """The index page: every article with its figures, linked to its review page."""
    totals = {
        "articles": len(entries),
        "triples": sum(e.data.summary.triples for e in entries),
        "facts": sum(e.data.summary.facts for e in entries),
        "evidence_spans": sum(e.data.summary.evidence_spans for e in entries),
        "mentions": sum(e.data.summary.mentions for e in entries),
        "violations": sum(e.data.summary.violations for e in entries),
        "warnings": sum(e.data.summary.warnings for e in entries),
    }
    by_group: dict[str, list[int | str]] = {}
    for e in entries:
        for key, title, count in e.data.summary.by_group:
            row = by_group.setdefault(key, [title, 0])
            row[1] = int(row[1]) + count
    template = template_environment().get_template("index.html.j2")
    return template.render(
        entries=entries,
        totals=totals,
        by_group=[(k, str(v[0]), int(v[1])) for k, v in by_group.items()],
        links=dict(links or {}),
    )


def page_href(article_id: str) -> str:
    """The index's link to an article's review page, relative to the index.

    The link is a URL path: '?', '#', '%' and spaces in a file name are escaped.

    >>> page_href("q?u%e")
    'pages/q%3Fu%25e.html'
    """
    return f"pages/{quote(article_id)}.html"


def write_pages(
    articles: Sequence[tuple[ArticleGraph, ValidationReport]],
    *,
    out_dir: Path,
    layout: NetworkLayout = "auto",
) -> PageSet:
    """Write ``OUT/pages/ID.html`` for every article and ``OUT/index.html`` linking them.

    Each file is written atomically; the index links the dataset and the
    validation report beside it.
    """
    entries, pages = [], []
    for article, report in articles:
        data = review_data(article, report=report, layout=layout)
        html = (
            template_environment()
            .get_template("review.html.j2")
            .render(d=data, index_href="../index.html")
        )
        path = out_dir / "pages" / f"{article.article_id}.html"
        write_atomic(path, html.encode("utf-8"))
        pages.append(path)
        entries.append(PageEntry(page_href(article.article_id), data))
    links = {
        "dataset (TriG)": "dataset.trig",
        "validation report (Turtle)": "validation-report.ttl",
    }
    index = out_dir / "index.html"
    write_atomic(index, render_index(entries, links=links).encode("utf-8"))
    return PageSet(index=index, pages=tuple(pages))
