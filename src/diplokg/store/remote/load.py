"""Loading article graphs into a remote store: per article or all or nothing."""

from __future__ import annotations

import contextlib
import queue
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import quote

import pyoxigraph as ox

from diplokg.errors import EndpointError, InputError, RdfSyntaxError, UsageError
from diplokg.model.limits import shown
from diplokg.rdf.formats import parse_file, read_format
from diplokg.rdf.iris import ENTITY_GRAPH, ENTITY_NS, ONTOLOGY_GRAPH
from diplokg.resources import resource_files
from diplokg.store.embedded import LoadedGraph

if TYPE_CHECKING:
    from concurrent.futures import Future

# ssl, urllib.request, hashlib, secrets and concurrent.futures are imported where they are
# used: a query over plain HTTP does not pay for them at start-up.


from diplokg.store.remote.http import (
    _SPARQL_UPDATE,
    Endpoint,
    _Broken,
    _Client,
)
from diplokg.store.remote.query import _rows, select

__all__ = [
    "STAGED",
    "LoadProgress",
    "LoadReport",
    "article_files",
    "drop_graphs",
    "graph_counts",
    "list_graphs",
    "load_remote",
    "staged_term",
    "staged_triple",
]

_NT = "application/n-triples"
_STAGING = "urn:diplokg:staging:"
_ENTITY_GRAPH = str(ENTITY_GRAPH)
_INSERT_OP_TRIPLES = 1000
_VERIFY_GRAPHS = 500

# --------------------------------------------------------------------------
# Loading
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class LoadProgress:
    """How far a load has got (passed to the ``progress`` callback after each request)."""

    graphs: int
    triples: int
    requests: int


@dataclass(frozen=True)
class LoadReport:
    """What :func:`load_remote` did: every graph with its verified triple count."""

    endpoint: str
    mode: str
    graphs: tuple[LoadedGraph, ...]
    requests: int
    seconds: float

    @property
    def triples(self) -> int:
        """Triples over all loaded graphs (as counted by the store)."""
        return sum(g.triples for g in self.graphs)


@dataclass
class _Segment:
    """Part of one graph's triples, as N-Triples, with how many distinct triples so far."""

    graph: str
    data: bytes
    triples: int
    first: bool
    last: bool
    distinct: int
    blank: bool
    source: Path
    #: The entity descriptions this segment gives (bound for the shared entity graph).
    entities: tuple[ox.Triple, ...] = ()


def article_files(build_dir: Path) -> list[Path]:
    """The article graphs a ``diplokg build`` wrote under ``build_dir/articles``."""
    files = sorted((build_dir / "articles").glob("*.trig"))
    if not files:
        raise UsageError(
            f"{build_dir} holds no article graphs (articles/*.trig): run 'diplokg build'"
        )
    return files


def _ontology_quads() -> Iterator[ox.Quad]:
    (ontology,) = resource_files("ontology")
    graph = ox.NamedNode(str(ONTOLOGY_GRAPH))
    for triple in ox.parse(ontology.read_bytes(), format=ox.RdfFormat.TURTLE):
        yield ox.Quad(triple.subject, triple.predicate, triple.object, graph)


@dataclass
class _Group:
    """The triples of one graph gathered so far (one chunk at a time)."""

    graph: str
    source: Path
    triples: list[ox.Triple] = field(default_factory=list)
    size: int = 0
    hashes: set[int] = field(default_factory=set)
    blank: bool = False
    first: bool = True
    entities: list[ox.Triple] = field(default_factory=list)

    def segment(self, *, last: bool) -> _Segment:
        data = ox.serialize(self.triples, format=ox.RdfFormat.N_TRIPLES)
        assert data is not None  # noqa: S101 - serialize returns bytes without an output
        segment = _Segment(
            self.graph,
            data,
            len(self.triples),
            self.first,
            last,
            len(self.hashes),
            self.blank,
            self.source,
            tuple(self.entities),
        )
        self.triples, self.size, self.first, self.entities = [], 0, False, []
        return segment


def _segments(
    sources: Iterable[tuple[Path, Iterable[ox.Quad]]],
    chunk_triples: int,
    chunk_bytes: int,
    *,
    staged: bool = False,
) -> Iterator[_Segment]:
    """Group quads into per-graph segments of at most ``chunk_triples``/``chunk_bytes``.

    Entity descriptions (:func:`~diplokg.store.embedded.is_entity_description`) leave
    their article's graph and ride with the segment, bound for the shared
    entity graph (the loader sends each one until a request holding it succeeds).
    With ``staged``, the segments' triples are staged (:func:`staged_triple`).
    """
    predicates: dict[ox.NamedNode, ox.NamedNode] = {}
    seen: dict[str, Path] = {}
    described: set[ox.Triple] = set()
    # The loop runs once per triple of the whole input: terms are fetched once each
    # and the group's fields are kept in locals (is_entity_description inlined).
    named, literal, blank_node = ox.NamedNode, ox.Literal, ox.BlankNode
    for source, quads in sources:
        group: _Group | None = None
        current: ox.NamedNode | None = None
        shared = False  # the current graph is the entity graph itself
        triples: list[ox.Triple] = []
        hashes: set[int] = set()
        for quad in quads:
            name = quad.graph_name
            if current is None or name != current:
                if type(name) is not named:
                    raise UsageError(
                        f"{source}: has triples outside a named graph; diplokg loads each "
                        "article into its own named graph (TriG 'GRAPH <iri> { … }' or N-Quads)"
                    )
                described = set()
                if group is not None:
                    yield group.segment(last=True)
                if name.value in seen and name.value == str(ONTOLOGY_GRAPH):
                    # the packaged ontology comes last: name the file first
                    raise UsageError(_ontology_graph_taken(seen[name.value]))
                if name.value in seen:
                    raise UsageError(
                        f"{source}: graph <{name.value}> appears again after other graphs "
                        f"(first in {seen[name.value]}); keep each graph's triples together"
                    )
                seen[name.value] = source
                group = _Group(name.value, source)
                current, shared = name, name.value == _ENTITY_GRAPH
                triples, hashes = group.triples, group.hashes
            assert group is not None  # noqa: S101 - set with current
            triple = quad.triple
            subject, obj = triple.subject, triple.object
            if staged:
                predicate = predicates.get(quad.predicate)
                if predicate is None:
                    predicate = predicates[quad.predicate] = staged_term(quad.predicate)
                staged_triple = ox.Triple(
                    named(_STAGED + subject.value) if type(subject) is named else subject,
                    predicate,
                    named(_STAGED + obj.value) if type(obj) is named else obj,
                )
            if (
                not shared
                and type(subject) is named
                and subject.value.startswith(ENTITY_NS)
                and type(obj) is not blank_node
            ):
                if triple not in described:
                    described.add(triple)
                    group.entities.append(triple)
                continue
            if type(obj) is literal:
                group.size += len(obj.value) + 100
            else:
                group.size += 150
                if type(obj) is blank_node:
                    group.blank = True
            if type(subject) is blank_node:
                group.blank = True
            if staged:
                triple = staged_triple
            triples.append(triple)
            hashes.add(hash(triple))
            # A graph with blank nodes is kept whole: split, its blank nodes would split too.
            if not group.blank and (len(triples) >= chunk_triples or group.size >= chunk_bytes):
                yield group.segment(last=False)
                triples = group.triples
        if group is not None:
            yield group.segment(last=True)


def _prefetch(segments: Iterator[_Segment], depth: int = 4) -> Generator[_Segment, None, None]:
    """Parse ahead in a thread while requests are in flight (at most ``depth`` chunks)."""
    ahead: queue.Queue[_Segment | BaseException | None] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def put(item: _Segment | BaseException | None) -> bool:
        while not stop.is_set():
            try:
                ahead.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        try:
            for segment in segments:
                if not put(segment):
                    return
            put(None)
        except BaseException as exc:  # handed to the consumer, raised there
            put(exc)

    thread = threading.Thread(target=produce, name="diplokg-parse", daemon=True)
    thread.start()
    try:
        while (item := ahead.get()) is not None:
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        thread.join()


def _iri(value: str) -> bytes:
    return str(ox.NamedNode(value)).encode("utf-8")


def _staging(graph: str) -> str:
    import hashlib

    return _STAGING + hashlib.sha256(graph.encode("utf-8")).hexdigest()[:32]


def _gsp_url(gsp: str, graph: str) -> str:
    sep = "&" if "?" in gsp else "?"
    return f"{gsp}{sep}graph={quote(graph, safe='')}"


def graph_counts(
    endpoint: Endpoint, graphs: Sequence[str], *, client: _Client | None = None
) -> dict[str, int]:
    """How many triples each named graph holds (0 for a graph that does not exist)."""
    counts = dict.fromkeys(graphs, 0)
    for start in range(0, len(graphs), 500):
        part = graphs[start : start + 500]
        values = " ".join(str(ox.NamedNode(g)) for g in part)
        text = (
            "SELECT ?g (COUNT(*) AS ?n) WHERE { VALUES ?g { "
            + values
            + " } GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
        )
        _, rows = _rows(
            endpoint,
            select(endpoint, text, client=client, what="cannot count triples at"),
            "cannot count triples at",
        )
        for graph, number in rows:
            if isinstance(graph, ox.NamedNode) and graph.value in counts:
                counts[graph.value] = _count(endpoint, graph.value, number)
    return counts


def _count(endpoint: Endpoint, graph: str, number: object) -> int:
    """A ``COUNT(*)`` as the endpoint wrote it: digits 0-9 only. Python's ``int`` also
    takes ``1_000``, ``" 7"`` and other scripts' digits (``"١"``), and stops at ``"1.0"``
    or ``"abc"`` with an error that was an internal one."""
    value = number.value if isinstance(number, ox.Literal) else None
    if value is None or not (value.isascii() and value.isdigit()):
        raise EndpointError(
            f"cannot count triples at {endpoint.query_url}: the count of <{graph}> is "
            f"{shown(value) if value is not None else 'no number'}, not a number of triples",
            url=endpoint.query_url,
        )
    return int(value)


def _insert_ops(graph: str, data: bytes, *, whole: bool) -> list[bytes]:
    """``INSERT DATA`` operations for ``graph``, each of at most ``_INSERT_OP_TRIPLES`` lines.

    Virtuoso compiles each ``INSERT DATA`` to SQL and refuses one of much more than
    a thousand triples. A graph with blank nodes (``whole``) stays in one operation,
    as a blank node label is scoped to its operation.
    """
    g = _iri(graph)
    lines = data.splitlines(keepends=True)
    step = len(lines) if whole else _INSERT_OP_TRIPLES
    return [
        b"INSERT DATA { GRAPH " + g + b" {\n" + b"".join(lines[i : i + step]) + b"} }"
        for i in range(0, len(lines), max(step, 1))
    ]


def list_graphs(endpoint: Endpoint, *, prefix: str = "") -> list[str]:
    """The named graphs of a store whose IRI starts with ``prefix``, sorted."""
    text = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    _, rows = _rows(endpoint, select(endpoint, text), "cannot list graphs at")
    return sorted(
        g.value for (g,) in rows if isinstance(g, ox.NamedNode) and g.value.startswith(prefix)
    )


def drop_graphs(endpoint: Endpoint, graphs: Sequence[str]) -> None:
    """Remove named graphs (``DROP SILENT GRAPH``), a few hundred per update request."""
    client = _Client(endpoint)
    try:
        for start in range(0, len(graphs), 200):
            client.update(b"DROP SILENT GRAPH " + _iri(g) for g in graphs[start : start + 200])
    finally:
        client.close()


@dataclass(frozen=True)
class _LoadPlan:
    """What both ways of loading (:class:`_Loader`, :class:`_StagedLoad`) are told."""

    endpoint: Endpoint
    mode: str
    chunk_triples: int
    chunk_bytes: int
    progress: Callable[[LoadProgress], None] | None
    sleep: Callable[[float], None]


class _LoadJob:
    """What both ways of loading keep: the plan's settings, a client, the graphs loaded."""

    def __init__(self, plan: _LoadPlan) -> None:
        self.endpoint = plan.endpoint
        self.mode = plan.mode
        self.chunk_triples = plan.chunk_triples
        self.chunk_bytes = plan.chunk_bytes
        self.progress = plan.progress
        self.client = _Client(plan.endpoint, sleep=plan.sleep)
        self.sleep = plan.sleep
        self.loaded: list[LoadedGraph] = []

    @property
    def requests(self) -> int:
        """Requests sent over all connections."""
        return self.client.requests

    def load_report(self, start: float) -> LoadReport:
        """The report of this load, begun at ``start`` (:func:`time.monotonic`)."""
        return LoadReport(
            endpoint=self.endpoint.update_url,
            mode=self.mode,
            graphs=tuple(self.loaded),
            requests=self.requests,
            seconds=time.monotonic() - start,
        )


class _Loader(_LoadJob):
    def __init__(self, plan: _LoadPlan, *, parallel: int = 1) -> None:
        super().__init__(plan)
        endpoint, sleep = plan.endpoint, plan.sleep
        self.gsp = endpoint.gsp_url
        # Batches of whole articles may go on ``parallel`` connections at once: each
        # request is atomic by itself, and no graph is in two requests in flight.
        self.parallel = parallel
        self.senders: queue.SimpleQueue[_Client] = queue.SimpleQueue()
        self.clients = [self.client]
        self.pool = None
        if parallel > 1:
            for _ in range(parallel):
                sender = _Client(endpoint, sleep=sleep)
                self.clients.append(sender)
                self.senders.put(sender)
            from concurrent.futures import ThreadPoolExecutor

            self.pool = ThreadPoolExecutor(parallel, thread_name_prefix="diplokg-load")
        self.inflight: deque[tuple[Future[None], dict[str, int], bool, set[ox.Triple]]] = deque()
        self.triples = 0
        self.batch: list[_Segment] = []
        self.batch_triples = 0
        self.batch_bytes = 0
        self.pending: dict[str, tuple[int, bool]] = {}
        #: Entity descriptions a finished request has put into the entity graph.
        self.confirmed: set[ox.Triple] = set()

    @property
    def requests(self) -> int:
        """Requests sent over all connections."""
        return sum(c.requests for c in self.clients)

    def report(self) -> None:
        if self.progress is not None:
            self.progress(LoadProgress(len(self.loaded), self.triples, self.requests))

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
        for client in self.clients:
            client.close()

    def _send(self, method: str, url: str, what: str, body: bytes, content_type: str) -> None:
        client = self.senders.get()
        try:
            client.request(method, url, what=what, body=body, content_type=content_type)
        finally:
            self.senders.put(client)

    def submit(
        self,
        operations: Sequence[bytes],
        expected: dict[str, int],
        *,
        exact: bool,
        entities: set[ox.Triple],
    ) -> None:
        """Send one update of whole articles, in parallel with others when allowed, then verify."""
        if self.pool is None:
            self.update(operations)
            self.confirmed |= entities
            self.verify(expected, exact=exact)
            return
        self._in_parallel(
            (
                "POST",
                self.endpoint.update_url,
                "cannot update",
                b" ;\n".join(operations),
                _SPARQL_UPDATE,
            ),
            expected,
            exact=exact,
            entities=entities,
        )

    def send_graph(self, method: str, graph: str, data: bytes, expected: dict[str, int]) -> None:
        """A Graph Store ``POST`` or ``PUT`` of whole articles' N-Triples into ``graph``, on a
        connection of its own when ``parallel`` allows; then ``expected`` is checked.

        A ``POST`` into a graph the store does not hold yet is applied all or nothing, so
        readers see no graph and then the whole one: as atomic as a swap, in one request.
        """
        if self.pool is None:
            self.store(method, graph, data)
            self.verify(expected, exact=True)
            return
        assert self.gsp is not None  # noqa: S101 - only called with a Graph Store endpoint
        self._in_parallel(
            (method, _gsp_url(self.gsp, graph), "cannot load into", data, _NT),
            expected,
            exact=True,
            entities=set(),
        )

    def _in_parallel(
        self,
        request: tuple[str, str, str, bytes, str],
        expected: dict[str, int],
        *,
        exact: bool,
        entities: set[ox.Triple],
    ) -> None:
        assert self.pool is not None  # noqa: S101 - only with parallel > 1
        while len(self.inflight) >= self.parallel:
            self.harvest(block=True)
        future = self.pool.submit(self._send, *request)
        self.inflight.append((future, expected, exact, entities))
        self.harvest(block=False)

    def harvest(self, *, block: bool) -> None:
        """Take finished requests in order (raising their errors); with ``block``, the oldest."""
        while self.inflight and (block or self.inflight[0][0].done()):
            future, expected, exact, entities = self.inflight.popleft()
            future.result()
            self.confirmed |= entities
            self.report()
            self.verify(expected, exact=exact)
            block = False

    def drain(self) -> None:
        """Wait for every request in flight."""
        while self.inflight:
            self.harvest(block=True)

    def update(self, operations: Sequence[bytes], *, idempotent: bool = True) -> None:
        """One SPARQL Update request: applied all or nothing by the store."""
        self.client.update(operations, idempotent=idempotent)
        self.report()

    def store(self, method: str, graph: str, data: bytes) -> None:
        """Graph Store ``PUT`` (replace) or ``POST`` (add) of N-Triples into ``graph``."""
        assert self.gsp is not None  # noqa: S101 - only called with a Graph Store endpoint
        self.client.request(
            method, _gsp_url(self.gsp, graph), what="cannot load into", body=data, content_type=_NT
        )
        self.report()

    def verify(self, expected: Mapping[str, int], *, exact: bool) -> None:
        """Queue graphs for the count check, made for up to 500 graphs per query."""
        for graph, want in expected.items():
            self.pending[graph] = (want, exact)
        if len(self.pending) >= _VERIFY_GRAPHS:
            self.check()

    def check(self) -> None:
        """Count the triples of every queued graph; each must hold what was sent."""
        self.drain()
        pending, self.pending = self.pending, {}
        if not pending:
            return
        found = graph_counts(self.endpoint, list(pending), client=self.client)
        for graph, (want, exact) in pending.items():
            have = found[graph]
            if have != want if exact else have < want:
                raise EndpointError(
                    f"graph <{graph}> at {self.endpoint.query_url} holds {have} triples after "
                    f"loading, not {want}",
                    url=self.endpoint.query_url,
                )
            self.loaded.append(LoadedGraph(graph, have))
            self.triples += have
        self.report()

    # -- graphs that fit in a chunk: many per batch ------------------------------

    def add(self, segment: _Segment) -> None:
        size = len(segment.data) + 150 * len(segment.entities)
        triples = segment.triples + len(segment.entities)
        if self.batch and (
            self.batch_triples + triples > self.chunk_triples
            or self.batch_bytes + size > self.chunk_bytes
        ):
            self.flush()
        self.batch.append(segment)
        self.batch_triples += triples
        self.batch_bytes += size

    def unconfirmed(self, segments: Iterable[_Segment]) -> set[ox.Triple]:
        """The segments' entity descriptions no finished request has delivered yet.

        One sent in a request still in flight is sent again (the entity graph is
        a set), so an article never becomes visible before its descriptions.
        """
        return {t for s in segments for t in s.entities if t not in self.confirmed}

    @staticmethod
    def entity_ops(entities: set[ox.Triple]) -> list[bytes]:
        """``INSERT DATA`` into the shared entity graph."""
        if not entities:
            return []
        data = ox.serialize(entities, format=ox.RdfFormat.N_TRIPLES)
        assert data is not None  # noqa: S101 - serialize returns bytes without an output
        return _insert_ops(_ENTITY_GRAPH, data, whole=False)

    def post_entities(self, entities: set[ox.Triple]) -> None:
        """Graph Store ``POST`` of entity descriptions into the shared entity graph."""
        data = ox.serialize(entities, format=ox.RdfFormat.N_TRIPLES)
        assert data is not None  # noqa: S101 - serialize returns bytes without an output
        self.store("POST", _ENTITY_GRAPH, data)
        self.confirmed |= entities

    def flush(self) -> None:
        batch, self.batch = self.batch, []
        self.batch_triples = self.batch_bytes = 0
        if not batch:
            return
        expected = {s.graph: s.distinct for s in batch}
        entities = self.unconfirmed(batch)
        if self.mode == "append":
            if self.gsp:
                for s in batch:
                    self.store("POST", s.graph, s.data)
                if entities:
                    self.post_entities(entities)
                self.verify(expected, exact=False)
            else:
                self.submit(
                    [op for s in batch for op in _insert_ops(s.graph, s.data, whole=s.blank)]
                    + self.entity_ops(entities),
                    expected,
                    exact=False,
                    entities=entities,
                )
        elif self.gsp:
            # A graph the store does not hold yet is POSTed straight in (one request,
            # applied all or nothing); one it holds is staged with a Graph Store PUT and
            # swapped in with MOVE. The entity descriptions go first, so that no article
            # is visible before them (the entity graph is a set: sending one twice is safe).
            counts = graph_counts(self.endpoint, list(expected), client=self.client)
            if entities:
                self.post_entities(entities)
            held = [s for s in batch if counts[s.graph]]
            for s in held:  # (swap checks what each staging graph holds)
                self.send_graph("PUT", _staging(s.graph), s.data, {})
            for s in batch:
                if not counts[s.graph]:
                    self.send_graph("POST", s.graph, s.data, {s.graph: s.distinct})
            if held:
                self.drain()
                self.swap({s.graph: s.distinct for s in held})
        else:
            # DROP and INSERT DATA in one request: applied atomically, nothing staged;
            # the entity descriptions the articles bring arrive in the same request.
            operations: list[bytes] = []
            for s in batch:
                operations.append(b"DROP SILENT GRAPH " + _iri(s.graph))
                operations += _insert_ops(s.graph, s.data, whole=s.blank)
            self.submit(
                operations + self.entity_ops(entities), expected, exact=True, entities=entities
            )

    # -- graphs larger than a chunk: streamed into a staging graph ---------------

    def large(self, first: _Segment, rest: Iterator[_Segment]) -> _Segment | None:
        """Load a graph that spans several chunks; returns the segment that follows it."""
        self.flush()
        self.drain()
        graph = first.graph
        target = graph if self.mode == "append" else _staging(graph)
        if self.mode == "replace":
            self.update([b"DROP SILENT GRAPH " + _iri(target)])
        segment: _Segment | None = first
        last = first
        entities: set[ox.Triple] = set()
        while segment is not None and segment.graph == graph:
            if segment.blank and not (segment.first and segment.last):
                raise UsageError(
                    f"{segment.source}: graph <{graph}> has blank nodes after its first "
                    f"{self.chunk_triples} triples, so it cannot be sent in parts without "
                    "splitting its blank nodes; raise --chunk-size"
                )
            entities |= self.unconfirmed([segment])
            if segment.triples:
                if self.gsp:
                    self.store("POST", target, segment.data)
                else:
                    self.update(_insert_ops(target, segment.data, whole=segment.blank))
            last = segment
            segment = next(rest, None)
            if last.last:
                break
        if self.mode == "append":
            if entities:
                self.update(self.entity_ops(entities))
                self.confirmed |= entities
            self.verify({graph: last.distinct}, exact=False)
        else:
            self.swap({graph: last.distinct}, entities=entities)
        return segment

    def swap(self, expected: Mapping[str, int], *, entities: set[ox.Triple] | None = None) -> None:
        """MOVE staged graphs into place in one request; checked before, never resent blindly.

        On Virtuoso a MOVE from a graph that does not exist empties the target, so
        a MOVE is sent only for a staging graph that holds exactly the expected triples.
        The entity descriptions the graphs bring go in the same request.
        """
        entity_ops = self.entity_ops(entities or set())
        staged = {_staging(g): g for g in expected}
        counts = graph_counts(self.endpoint, list(staged), client=self.client)
        for staging, graph in staged.items():
            if counts[staging] != expected[graph]:
                raise EndpointError(
                    f"staging graph <{staging}> for <{graph}> at {self.endpoint.query_url} "
                    f"holds {counts[staging]} triples, not {expected[graph]}; "
                    "its graph was not replaced",
                    url=self.endpoint.query_url,
                )
        pending = dict(staged)
        for attempt in range(1 + self.endpoint.retries):
            moves = [b"MOVE GRAPH " + _iri(s) + b" TO " + _iri(g) for s, g in pending.items()]
            try:
                self.update(moves + entity_ops, idempotent=False)
                break
            except _Broken:
                counts = graph_counts(
                    self.endpoint, [*pending, *pending.values()], client=self.client
                )
                for staging, graph in list(pending.items()):
                    if counts[staging] == 0 and counts[graph] == expected[graph]:
                        del pending[staging]  # moved before the connection broke
                    elif counts[staging] != expected[graph] or attempt == self.endpoint.retries:
                        raise EndpointError(
                            f"cannot update {self.endpoint.update_url}: the connection broke "
                            f"during MOVE into <{graph}>, which now holds {counts[graph]} triples",
                            url=self.endpoint.update_url,
                        ) from None
                if not pending:
                    break
                self.client.sleep(self.endpoint.backoff * 2**attempt)
        self.confirmed |= entities or set()
        self.verify(expected, exact=True)

    def run(self, segments: Iterator[_Segment]) -> None:
        segment = next(segments, None)
        while segment is not None:
            if segment.first and segment.last:
                self.add(segment)
                segment = next(segments, None)
            else:
                segment = self.large(segment, segments)
        self.flush()
        self.drain()
        if self.confirmed:
            # Other articles may have described more: at least what was sent.
            self.verify({_ENTITY_GRAPH: len(self.confirmed)}, exact=False)
        self.check()


# --------------------------------------------------------------------------
# All or nothing: stage everything, then swap in one update request
# --------------------------------------------------------------------------

#: A staged triple's IRIs ``X`` (subject, predicate, object) become ``STAGED + X``;
#: literals and blank nodes stay. No stored query asks for such IRIs, and the
#: one pattern with a variable predicate joins on a real IRI (organizations'
#: ``?referrer ?reference ?organization``), so staged data is invisible to the
#: queries even where the default graph is the union of all graphs
#: (tests/store/test_remote.py checks every stored query).
STAGED = "urn:diplokg:staged:"
_STAGED = STAGED


def staged_term(term: ox.NamedNode) -> ox.NamedNode:
    """The IRI a staged triple carries instead of ``term``."""
    return ox.NamedNode(STAGED + term.value)


def staged_triple(triple: ox.Triple) -> ox.Triple:
    """``triple`` as it is staged: its IRIs prefixed with :data:`STAGED`."""
    s, o = triple.subject, triple.object
    return ox.Triple(
        staged_term(s) if isinstance(s, ox.NamedNode) else s,
        staged_term(triple.predicate),
        staged_term(o) if isinstance(o, ox.NamedNode) else o,
    )


def _unstaged(data: bytes) -> bytes:
    """Staged N-Triples back as they were (:func:`staged_triple` undone)."""
    size = len(STAGED)

    def real(term: Any) -> Any:
        if isinstance(term, ox.NamedNode) and term.value.startswith(STAGED):
            return ox.NamedNode(term.value[size:])
        return term

    triples = (
        ox.Triple(real(q.subject), real(q.predicate), real(q.object))
        for q in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)
    )
    out = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    assert out is not None  # noqa: S101 - serialize returns bytes without an output
    return out


def _unstage(staging: str, graph: str, *, drop_target: bool) -> list[bytes]:
    """Update operations that put a staging graph's triples, IRIs restored, in place."""
    g, st = _iri(graph), _iri(staging)
    prefix = str(ox.Literal(STAGED)).encode("utf-8")

    def restore(var: bytes, into: bytes) -> bytes:
        real = b"IRI(STRAFTER(STR(" + var + b"), " + prefix + b"))"
        return b"BIND (IF(isIRI(" + var + b"), " + real + b", " + var + b") AS " + into + b") "

    ops = [b"DROP SILENT GRAPH " + g] if drop_target else []
    ops.append(
        b"INSERT { GRAPH "
        + g
        + b" { ?s ?p ?o } } WHERE { GRAPH "
        + st
        + b" { ?a ?q ?b } "
        + restore(b"?a", b"?s")
        + restore(b"?q", b"?p")
        + restore(b"?b", b"?o")
        + b"}"
    )
    ops.append(b"DROP SILENT GRAPH " + st)
    return ops


#: The pauses (seconds) before each drop of a failed load's staging graphs.
_CLEAN_UP_PAUSES = (0.0, 0.25, 0.5, 1.0, 2.0)


class _StagedLoad(_LoadJob):
    """Stage every graph of a command under staging graphs, check them, swap all in at once.

    Nothing is visible before the swap: every IRI of a staged triple (subject,
    predicate, object) carries the staging prefix (:func:`staged_triple`), so no
    stored query matches it. The swap is one SPARQL Update request, which
    the store applies all or nothing. A failed load drops its staging graphs.
    """

    def __init__(self, plan: _LoadPlan) -> None:
        super().__init__(plan)
        import secrets

        self.run_id = secrets.token_hex(8)
        self.staging: dict[str, str] = {}  # graph -> its staging graph
        self.expected: dict[str, int] = {}
        self.entities: set[ox.Triple] = set()
        self.ops: list[bytes] = []
        self.op_triples = 0
        self.op_bytes = 0
        self.staged_triples = 0
        #: Graphs with blank nodes (whole, one chunk at most): put in place by the swap
        #: itself with ``INSERT { … } WHERE { }``, as a store may not copy blank nodes faithfully
        #: through ``INSERT … WHERE`` (Virtuoso loses triples) and a label is scoped to
        #: its operation anyway.
        self.direct: dict[str, bytes] = {}

    def report(self, graphs: int = 0) -> None:
        if self.progress is not None:
            self.progress(LoadProgress(graphs, self.staged_triples, self.requests))

    def staging_graph(self, graph: str) -> str:
        if graph not in self.staging:
            import hashlib

            digest = hashlib.sha256(graph.encode("utf-8")).hexdigest()[:32]
            self.staging[graph] = f"{_STAGING}{self.run_id}:{digest}"
        return self.staging[graph]

    def send(self) -> None:
        ops, self.ops = self.ops, []
        self.op_triples = self.op_bytes = 0
        if ops:
            self.client.update(ops)
            self.report()

    def stage(self, graph: str, data: bytes, triples: int, *, whole: bool) -> None:
        staging = self.staging_graph(graph)
        self.staged_triples += triples
        if self.endpoint.gsp_url:
            self.client.request(
                "POST",
                _gsp_url(self.endpoint.gsp_url, staging),
                what="cannot load into",
                body=data,
                content_type=_NT,
            )
            self.report()
            return
        if self.ops and (
            self.op_triples + triples > self.chunk_triples
            or self.op_bytes + len(data) > self.chunk_bytes
        ):
            self.send()
        self.ops += _insert_ops(staging, data, whole=whole)
        self.op_triples += triples
        self.op_bytes += len(data)

    def run(self, segments: Iterator[_Segment]) -> None:
        for segment in segments:
            if segment.blank and not (segment.first and segment.last):
                raise UsageError(
                    f"{segment.source}: graph <{segment.graph}> has blank nodes after its first "
                    f"{self.chunk_triples} triples, so it cannot be sent in parts without "
                    "splitting its blank nodes; raise --chunk-size"
                )
            if segment.blank:
                self.direct[segment.graph] = _unstaged(segment.data)
                self.staged_triples += segment.triples
            elif segment.triples:
                self.stage(segment.graph, segment.data, segment.triples, whole=False)
            self.expected[segment.graph] = segment.distinct
            self.entities.update(segment.entities)
        if self.entities:
            for start in range(0, len(self.entities), self.chunk_triples):
                part = sorted(self.entities, key=str)[start : start + self.chunk_triples]
                data = ox.serialize((staged_triple(t) for t in part), format=ox.RdfFormat.N_TRIPLES)
                assert data is not None  # noqa: S101 - serialize returns bytes without an output
                self.stage(_ENTITY_GRAPH, data, len(part), whole=False)
        self.send()
        self.check_staged()
        self.swap()

    def check_staged(self) -> None:
        """Every staging graph holds exactly what was sent (entity descriptions: a set)."""
        wanted = {g: n for g, n in self.expected.items() if g not in self.direct}
        shared = _ENTITY_GRAPH in wanted  # the entity graph is an input graph too
        if self.entities:
            wanted[_ENTITY_GRAPH] = max(wanted.get(_ENTITY_GRAPH, 0), len(self.entities))
        counts = self.counts([self.staging[g] for g in wanted if g in self.staging])
        for graph, want in wanted.items():
            have = counts.get(self.staging.get(graph, ""), 0)
            exact = not (shared and graph == _ENTITY_GRAPH)
            if (have != want) if exact else (have < want):
                raise EndpointError(
                    f"staging graph for <{graph}> at {self.endpoint.query_url} holds {have} "
                    f"triples, not {want}; nothing was changed",
                    url=self.endpoint.query_url,
                )

    def counts(self, graphs: Sequence[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        for start in range(0, len(graphs), _VERIFY_GRAPHS):
            part = list(graphs[start : start + _VERIFY_GRAPHS])
            found |= graph_counts(self.endpoint, part, client=self.client)
        return found

    def swap(self) -> None:
        """One update request: every staged graph in place, staging graphs dropped."""
        ops: list[bytes] = []
        for graph, staging in self.staging.items():
            drop = self.mode == "replace" and graph != _ENTITY_GRAPH
            ops += _unstage(staging, graph, drop_target=drop)
        for graph, data in self.direct.items():
            if self.mode == "replace" and graph != _ENTITY_GRAPH:
                ops.append(b"DROP SILENT GRAPH " + _iri(graph))
            # A template, not INSERT DATA: Virtuoso refuses blank nodes in constant data.
            ops.append(b"INSERT { GRAPH " + _iri(graph) + b" {\n" + data + b"} } WHERE { }")
        for graph in self.expected:  # graphs with no triples of their own (all entities)
            if graph in self.staging or graph in self.direct or graph == _ENTITY_GRAPH:
                continue
            if self.mode == "replace":
                ops.append(b"DROP SILENT GRAPH " + _iri(graph))
        try:
            self.client.update(ops, idempotent=False)
        except _Broken:
            # One request, applied all or nothing: find out which.
            left = self.counts(list(self.staging.values()))
            if any(left.values()):
                raise EndpointError(
                    f"cannot update {self.endpoint.update_url}: the connection broke during "
                    "the swap, which was not applied; nothing was changed",
                    url=self.endpoint.update_url,
                ) from None
        self.report()
        self.verify()

    def verify(self) -> None:
        graphs = sorted(self.expected)
        found = self.counts(graphs)
        for graph in graphs:
            want, have = self.expected[graph], found[graph]
            exact = self.mode == "replace" and graph != _ENTITY_GRAPH
            if (have != want) if exact else (have < want):
                raise EndpointError(
                    f"graph <{graph}> at {self.endpoint.query_url} holds {have} triples after "
                    f"loading, not {want}",
                    url=self.endpoint.query_url,
                )
            self.loaded.append(LoadedGraph(graph, have))
        if self.entities:
            have = self.counts([_ENTITY_GRAPH])[_ENTITY_GRAPH]
            if have < len(self.entities):
                raise EndpointError(
                    f"graph <{_ENTITY_GRAPH}> at {self.endpoint.query_url} holds {have} "
                    f"triples after loading, fewer than the {len(self.entities)} sent",
                    url=self.endpoint.query_url,
                )
            if _ENTITY_GRAPH not in self.expected:
                self.loaded.append(LoadedGraph(_ENTITY_GRAPH, have))
        self.report(len(self.loaded))

    def clean_up(self, *, interrupted: bool = False) -> None:
        """Drop this run's staging graphs (after a failure); quietly, as best it can.

        ``interrupted``: Ctrl-C or ``kill`` stopped the load, maybe in the middle of a
        request the server may still apply after the drop (it had the whole request):
        three staging graphs outlived half of the interrupted loads in tests. Then they
        are counted again and dropped again while any holds triples, a few times over
        about four seconds.
        """
        if not self.staging:
            return
        graphs = sorted(self.staging.values())
        with contextlib.suppress(EndpointError):
            for pause in _CLEAN_UP_PAUSES if interrupted else (0.0,):
                if pause:
                    self.sleep(pause)
                drop_graphs(self.endpoint, graphs)
                if not interrupted or not any(graph_counts(self.endpoint, graphs).values()):
                    return


def _ontology_graph_taken(path: Path) -> str:
    """The error of a file whose triples go into the graph load keeps for the ontology."""
    return (
        f"{path}: graph <{ONTOLOGY_GRAPH}> is the one load puts diplokg's ontology in; "
        "give these triples another graph"
    )


def _check_inputs(files: Sequence[Path], *, ontology: bool) -> None:
    """Parse every input to its end before anything is sent (errors carry file and line);
    with the ontology loaded, a file writing its graph is refused here too, before the
    endpoint is contacted, not once the load has begun."""
    taken = ox.NamedNode(str(ONTOLOGY_GRAPH)) if ontology else None
    for path in files:
        with contextlib.closing(parse_file(path)) as quads:
            for quad in quads:
                if quad.graph_name == taken:
                    raise UsageError(_ontology_graph_taken(path))


def _refuse_empty(path: Path) -> None:
    """Raise :class:`InputError` if ``path`` holds no quad: nothing to load, so no request.

    An empty or truncated file (or one of prefixes and comments only) would otherwise
    contact the store, swap in nothing and report success. Only the file's start is
    parsed up to its first quad; a syntax error before it is reported as such.
    """
    with contextlib.closing(parse_file(path)) as quads:
        empty = next(quads, None) is None
    if empty:
        raise InputError(
            "holds no triples, so there is nothing to load from it; give the article graphs "
            "'diplokg build' writes (OUT/articles/*.trig)",
            path=path,
        )


def load_remote(
    endpoint: Endpoint,
    files: Sequence[Path],
    *,
    mode: Literal["replace", "append"] = "replace",
    ontology: bool = True,
    chunk_triples: int = 10_000,
    chunk_bytes: int = 4_000_000,
    progress: Callable[[LoadProgress], None] | None = None,
    sleep: Callable[[float], None] = time.sleep,
    parallel: int = 2,
    commit: Literal["all", "batch"] = "all",
) -> LoadReport:
    """Load article graphs (TriG or N-Quads files) into a remote store, each in its named graph.

    ``replace`` replaces each graph; ``append`` adds to it. The packaged
    ontology is (re)placed in its own graph unless ``ontology`` is false.

    With ``commit="all"`` (the default) the command is all or nothing: every
    input is parsed first, then every graph is staged invisibly
    (:class:`_StagedLoad`) and swapped in by one update request; a failure
    leaves the store as it was and drops the staging graphs. With
    ``commit="batch"`` each request of whole articles commits on its own (up to
    ``parallel`` in flight; a graph is never in two at once), as articles
    arrive. Raises :class:`EndpointError` when the store is unreachable,
    rejects a request, or a graph's triple count is wrong afterwards.
    """
    if commit not in ("all", "batch"):
        raise UsageError(f"--commit must be 'all' or 'batch', not {commit!r}")
    if mode not in ("replace", "append"):
        raise UsageError(f"--mode must be 'replace' or 'append', not {mode!r}")
    if chunk_triples < 1 or chunk_bytes < 1:
        raise UsageError("the chunk size must be at least one triple")
    if parallel < 1:
        raise UsageError(f"--parallel must be at least 1, not {parallel}")
    if not files and not ontology:
        raise UsageError("nothing to load: give TriG or N-Quads files, or --build DIR")
    for path in files:
        if read_format(path)[1] not in (ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS):
            raise UsageError(
                f"{path}: diplokg loads each article into its own named graph; give TriG or "
                "N-Quads files (diplokg build writes OUT/articles/*.trig)"
            )
        if not path.is_file():
            raise RdfSyntaxError("no such file", path=path)
        _refuse_empty(path)

    def inputs() -> list[tuple[Path, Iterable[ox.Quad]]]:
        sources: list[tuple[Path, Iterable[ox.Quad]]] = [(p, parse_file(p)) for p in files]
        if ontology:
            (packaged,) = resource_files("ontology")
            sources.append((Path(packaged.name), _ontology_quads()))
        return sources

    plan = _LoadPlan(endpoint, mode, chunk_triples, chunk_bytes, progress, sleep)
    start = time.monotonic()
    if commit == "all":
        _check_inputs(files, ontology=ontology)
        staged = _StagedLoad(plan)
        parsed = _prefetch(_segments(inputs(), chunk_triples, chunk_bytes, staged=True))
        try:
            staged.run(parsed)
        except BaseException as exc:
            parsed.close()
            staged.clean_up(interrupted=not isinstance(exc, Exception))
            raise
        finally:
            parsed.close()
            staged.client.close()
        return staged.load_report(start)
    sources = inputs()
    loader = _Loader(plan, parallel=parallel)
    segments = _prefetch(_segments(sources, chunk_triples, chunk_bytes))
    try:
        loader.run(segments)
    except _Broken as exc:
        raise EndpointError(
            f"cannot update {endpoint.update_url}: {exc}", url=endpoint.update_url
        ) from None
    finally:
        segments.close()
        loader.close()
    return loader.load_report(start)
