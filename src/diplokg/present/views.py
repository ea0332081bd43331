"""What a review page shows, as frozen dataclasses: the templates read these and nothing else.

The modules beside this one fill them from an article graph: :mod:`.facts`,
:mod:`.issues`, :mod:`.highlight`, :mod:`.timeline`, :mod:`.network`, put together by
:mod:`.review`. :class:`Group` also serves the ontology's documentation (:mod:`.docs`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

__all__ = [
    "Detail",
    "EntityView",
    "FactGroup",
    "FactView",
    "Fragment",
    "Group",
    "Highlight",
    "Issue",
    "NetEdge",
    "NetNode",
    "Network",
    "ReviewData",
    "SpanRef",
    "Summary",
    "Tick",
    "Timeline",
    "TimelineRow",
    "Value",
    "span_key",
]


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


class _Spanned:
    """A view linked to spans of the text: a fact, an entity or an issue."""

    spans: tuple[SpanRef, ...]

    @property
    def span_ids(self) -> str:
        """The spans as a space-separated attribute value (the page's ``data-spans``)."""
        return " ".join(s.span for s in self.spans)


@dataclass(frozen=True)
class FactView(_Spanned):
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


_Item = TypeVar("_Item")


@dataclass(frozen=True)
class Group(Generic[_Item]):
    """A heading of a page and the items under it, in order: a group of the facts panel
    (its facts in text order), a section of the ontology's documentation (its terms)."""

    key: str
    title: str
    items: tuple[_Item, ...]


#: A heading of the facts panel and its facts, in text order.
FactGroup = Group[FactView]


@dataclass(frozen=True)
class EntityView(_Spanned):
    """An entity mentioned in the article, with its mentions."""

    anchor: str
    iri: str
    name: str
    kind: str
    kind_label: str
    spans: tuple[SpanRef, ...]


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
class Issue(_Spanned):
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


def span_key(ref: SpanRef) -> tuple[int, int]:
    """A span's ``(begin, end)``, to sort spans in text order."""
    begin, end = ref.span.split("-")
    return int(begin), int(end)
