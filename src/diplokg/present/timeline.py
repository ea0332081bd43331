"""The timeline of a review page: the article's events on a day axis.

The events and their order come from the stored ``timeline`` query, run on the
article's graph and the ontology in a :class:`TimelineStore`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

import pyoxigraph as ox
from rdflib import URIRef

from diplokg.present.reader import GraphReader, text_or_none
from diplokg.present.views import Tick, Timeline, TimelineRow
from diplokg.rdf.terms import DK, ENTITY_GRAPH, ONTOLOGY_GRAPH
from diplokg.store.embedded import (
    article_triples,
    is_entity_description,
    load_ontology_graph,
)
from diplokg.store.queries import QueryResult, StoredQuery, get_query, run_query

__all__ = [
    "TimelineStore",
    "article_timeline",
]

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


def _when(reader: GraphReader, row: Mapping[str, str | None]) -> _When:
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


class TimelineStore:
    """An in-memory store holding the ontology, in which the timeline query runs on one article.

    The article's triples are put in as :func:`~diplokg.store.write_articles` lays
    them out (entity descriptions in the entity graph, the rest in the article's
    graph) and taken out again after the query, so each query sees one article and
    the ontology, as in a store of its own. Filling the ontology once serves many
    articles; use one store for a chunk of articles, not for a whole build (a store
    keeps some memory for every graph it held).
    """

    def __init__(self) -> None:
        self._store = ox.Store()
        self._store.extend(_ontology_quads())
        self._entities = ox.NamedNode(str(ENTITY_GRAPH))

    def events(self, graph_iri: str, triples: Iterable[ox.Triple]) -> QueryResult:
        """The rows of the ``timeline`` query on the article ``graph_iri`` with ``triples``."""
        graph = ox.NamedNode(graph_iri)
        entities = self._entities
        store = self._store
        if store.contains_named_graph(graph) or store.contains_named_graph(entities):
            raise ValueError("the timeline store holds another article")  # a programming error
        store.extend(
            ox.Quad(
                t.subject, t.predicate, t.object, entities if is_entity_description(t) else graph
            )
            for t in triples
        )
        try:
            return run_query(store, _timeline_query(), {})
        finally:
            for name in (graph, entities):
                if store.contains_named_graph(name):
                    store.remove_graph(name)


def article_timeline(
    reader: GraphReader,
    triples: Sequence[ox.Triple] | None = None,
    *,
    store: TimelineStore | None = None,
) -> Timeline:
    """The events in the order of the stored ``timeline`` query, on a day axis.

    Each day is a column; an event fixed to a day is a point in the middle of
    its column, a range a bar over its days, and a bound the article leaves
    open runs to the edge of the picture. ``triples`` are the article graph's
    (made from it when not given); ``store`` is the store to query (a new one
    when not given).
    """
    if triples is None:
        triples = article_triples(reader.graph)
    result = (store or TimelineStore()).events(str(reader.article.graph_iri), triples)
    events = [
        _when(reader, dict(zip(result.variables, row, strict=True))) for row in result.values()
    ]
    published = _day(text_or_none(reader.first(reader.article_iri, DK.datePublished)))
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
