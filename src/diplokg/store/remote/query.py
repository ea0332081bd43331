"""Queries to a remote store: the SPARQL 1.1 Protocol, the default graph, stored queries."""

from __future__ import annotations

import contextlib
import http.client
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, BinaryIO, Unpack
from urllib.parse import urlencode

import pyoxigraph as ox

from diplokg.errors import EndpointError, QueryError
from diplokg.rdf.iris import BASE, ENTITY_GRAPH, ONTOLOGY_GRAPH
from diplokg.store.queries import (
    CsvGuard,
    Page,
    QueryResult,
    StoredQuery,
    bind_params,
    code_chars,
    format_table,
    get_query,
    result_text,
    results_format,
    slice_query,
    stream_solutions,
)

if TYPE_CHECKING:
    pass

# ssl, urllib.request, hashlib, secrets and concurrent.futures are imported where they are
# used: a query over plain HTTP does not pay for them at start-up.


from diplokg.store.remote.http import Endpoint, _Client, _reason

__all__ = [
    "MAX_NAMED_GRAPHS",
    "UNION_WAYS",
    "DefaultGraph",
    "answer_remote_query",
    "bind_values",
    "default_graph",
    "run_remote_query",
    "select",
    "serialize_remote_result",
    "write_remote_result",
    "writes_as_diplokg",
]

# --------------------------------------------------------------------------
# Queries: the SPARQL 1.1 Protocol (POST), results parsed by pyoxigraph as they come
# --------------------------------------------------------------------------

_JSON_RESULTS = "application/sparql-results+json"
_TSV_RESULTS = "text/tab-separated-values"
#: A streamed answer is asked for as TSV first (lossless, and a store writes and pyoxigraph
#: reads it faster than JSON), JSON where the store prefers it.
_STREAM_ACCEPT = f"{_TSV_RESULTS}, {_JSON_RESULTS};q=0.9"
#: Endpoints whose TSV is not SPARQL TSV (Virtuoso quotes the header's variable names):
#: asked for JSON from then on.
_NO_TSV: set[str] = set()
_FORM = "application/x-www-form-urlencoded"
#: What each query endpoint named itself in its last answer (its ``Server`` header).
_SOFTWARE: dict[str, str] = {}
#: The media type of each result format, asked for when the server's bytes are copied.
_MEDIA_TYPES = {"csv": "text/csv", "tsv": _TSV_RESULTS, "json": _JSON_RESULTS}


def _query(
    endpoint: Endpoint,
    text: str,
    *,
    client: _Client | None,
    what: str,
    params: Sequence[tuple[str, str]] = (),
    stream: bool = False,
) -> ox.QuerySolutions | ox.QueryBoolean:
    """POST a query (with protocol ``params``); the answer parsed as SPARQL results.

    With ``stream``, solutions are parsed from the connection as they arrive
    (TSV or JSON, as the store answers); otherwise the answer is JSON.
    """
    url = endpoint.query_url
    own = client is None
    client = client or _Client(endpoint)
    tsv = stream and url not in _NO_TSV
    try:
        response = client.request(
            "POST",
            url,
            what=what,
            body=urlencode([("query", text), *params]).encode("utf-8"),
            content_type=_FORM,
            accept=_STREAM_ACCEPT if tsv else _JSON_RESULTS,
            stream=stream,
        )
    finally:
        if own and not stream:
            client.close()
    _SOFTWARE[url] = response.server
    answer = response.stream if response.stream is not None else response.body
    answer_format = ox.QueryResultsFormat.JSON
    if response.stream is not None:
        content_type = response.stream.headers.get("Content-Type", "").lower()
        if _TSV_RESULTS in content_type:
            answer_format = ox.QueryResultsFormat.TSV
        elif "json" not in content_type:
            response.stream.close()
            raise EndpointError(
                f"{what} {url}: the answer is {content_type or 'untyped'}, "
                "not SPARQL JSON results (is this a SPARQL query endpoint?)",
                url=url,
            )
    try:
        return ox.parse_query_results(answer, format=answer_format)
    except SyntaxError as exc:
        if answer_format == ox.QueryResultsFormat.TSV:
            # Its header is not SPARQL TSV: nothing was read past it, ask again for JSON.
            _NO_TSV.add(url)
            if response.stream is not None:
                response.stream.close()
            return _query(endpoint, text, client=client, what=what, params=params, stream=stream)
        head = response.body.lstrip()[:1] if response.stream is None else b"?"
        if head not in (b"", b"<"):
            raise _broken_answer(what, url, exc, not_results=True) from None
        why = (
            "the server answered with nothing (an empty body), not SPARQL JSON results"
            if not head
            else "the answer is an HTML or XML page, not SPARQL JSON results (is this the "
            "SPARQL query endpoint, not a login or error page?)"
        )
        raise EndpointError(f"{what} {url}: {why}", url=url) from None
    except (TimeoutError, OSError, http.client.HTTPException) as exc:
        raise _broken_answer(what, url, exc) from None


def _broken_answer(
    what: str, url: str, exc: BaseException, *, not_results: bool = False
) -> EndpointError:
    """The one line for an answer that broke off or does not parse (``exc`` says how).

    An answer the connection cut off, or whose results end in the middle (the server or
    a proxy stopped it: the parser met the end of the file), is said to be cut off, not
    shown as the parser's "Parser error"; ``not_results`` words another syntax error as
    an answer that is no SPARQL JSON results at all.
    """
    if isinstance(exc, http.client.IncompleteRead):
        why = _reason(exc)
    elif isinstance(exc, SyntaxError) and "end of file" in str(exc).lower():
        why = f"the answer was cut off: its results end in the middle ({exc.msg})"
    elif isinstance(exc, SyntaxError):
        why = (
            f"the answer is not SPARQL JSON results: {exc.msg}"
            if not_results
            else f"broken answer: {exc}"
        )
    else:
        why = f"broken answer: {_reason(exc)}"
    return EndpointError(f"{what} {url}: {why}", url=url)


def select(
    endpoint: Endpoint,
    text: str,
    *,
    client: _Client | None = None,
    what: str = "cannot query",
    dataset: DefaultGraph | None = None,
    stream: bool = False,
) -> ox.QuerySolutions:
    """Run a SELECT query remotely (on ``dataset``'s default graph, if given)."""
    results = _query(
        endpoint,
        text,
        client=client,
        what=what,
        params=dataset.params if dataset else (),
        stream=stream,
    )
    if not isinstance(results, ox.QuerySolutions):
        raise EndpointError(
            f"{what} {endpoint.query_url}: the query is not a SELECT query", url=endpoint.query_url
        )
    return results


def _ask(
    endpoint: Endpoint, text: str, *, client: _Client, params: Sequence[tuple[str, str]]
) -> bool:
    what = "cannot query"
    results = _query(endpoint, text, client=client, what=what, params=params)
    if not isinstance(results, ox.QueryBoolean):
        raise EndpointError(
            f"{what} {endpoint.query_url}: an ASK query gave no boolean", url=endpoint.query_url
        )
    return bool(results)


def _rows(
    endpoint: Endpoint, solutions: ox.QuerySolutions, what: str
) -> tuple[tuple[str, ...], list[tuple[Any, ...]]]:
    variables = tuple(v.value for v in solutions.variables)
    try:
        with _ReadingAnswer(endpoint, what):
            rows = [tuple(s[v] for v in variables) for s in solutions]
    finally:
        # pyoxigraph's answer may only be dropped in this thread: an error's traceback
        # must not keep it for the garbage collector, which may run in any thread.
        del solutions
    return variables, rows


class _ReadingAnswer:
    """A streamed answer that stalls or breaks off becomes one error naming the URL.

    The error's cause is let go of its frames, which hold the parser's solutions (a
    comprehension's iterator, the serializer's argument): pyoxigraph drops them only in
    the thread that made them, and the garbage collector, which frees an error's frames,
    may run in another ("PyQuerySolutions is unsendable, but is being dropped on another
    thread").
    """

    def __init__(self, endpoint: Endpoint, what: str) -> None:
        self.url, self.what, self.timeout = endpoint.query_url, what, endpoint.timeout

    def __enter__(self) -> None:
        return None

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: Any
    ) -> None:
        del tb
        if exc is None or isinstance(exc, BrokenPipeError):
            return  # (BrokenPipeError: our own output closed, ``| head``: not the server's)
        if isinstance(exc, TimeoutError):
            exc.__traceback__ = None
            raise EndpointError(
                f"{self.what} {self.url}: the answer stopped for {self.timeout:g} s", url=self.url
            ) from None
        if isinstance(exc, OSError | SyntaxError | http.client.HTTPException):
            exc.__traceback__ = None
            raise _broken_answer(self.what, self.url, exc) from None


# --------------------------------------------------------------------------
# The default graph: the union of the named graphs, on every store
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class DefaultGraph:
    """How diplokg makes a store's default graph the union of its named graphs.

    ``params`` go with every query request (SPARQL 1.1 Protocol parameters, or a
    store's own); each way is used only after an ``ASK`` showed that it works.
    """

    how: str
    params: tuple[tuple[str, str], ...] = ()


#: The ways tried, in order; the first whose default graph holds the named graphs' triples wins.
UNION_WAYS = (
    DefaultGraph("the store's default graph is the union (Virtuoso, Neptune, GraphDB, …)"),
    DefaultGraph(
        "Oxigraph server's union-default-graph parameter", (("union-default-graph", "true"),)
    ),
    DefaultGraph(
        "Jena's union graph as default-graph-uri (Fuseki, TDB)",
        (("default-graph-uri", "urn:x-arq:UnionGraph"),),
    ),
    DefaultGraph(
        "Stardog's all-graphs context as default-graph-uri",
        (("default-graph-uri", "tag:stardog:api:context:all"),),
    ),
)
_NOTHING_TO_UNITE = DefaultGraph("no named graph yet: the store's default graph as it is")
#: The most graphs named one by one (``default-graph-uri``) when no other way works.
MAX_NAMED_GRAPHS = 1000
_DEFAULT_GRAPHS: dict[str, DefaultGraph] = {}

_MARKER_GRAPHS = (ONTOLOGY_GRAPH, ENTITY_GRAPH)


def _markers(endpoint: Endpoint, client: _Client) -> list[ox.Triple]:
    """A triple or two from diplokg's own graphs (else from any named graph) to look for.

    One request for both of diplokg's graphs (a ``LIMIT 1`` subquery each), a second
    only when neither holds a triple.
    """
    what = "cannot query"
    iris = "FILTER (isIRI(?s) && isIRI(?o))"
    own = " UNION ".join(
        f"{{ SELECT ?s ?p ?o WHERE {{ GRAPH {ox.NamedNode(graph)} {{ ?s ?p ?o }} {iris} }} "
        "LIMIT 1 }"
        for graph in _MARKER_GRAPHS
    )
    for text in (
        f"SELECT ?s ?p ?o WHERE {{ {own} }}",
        f"SELECT ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {iris} }} LIMIT 1",
    ):
        _, rows = _rows(endpoint, select(endpoint, text, client=client, what=what), what)
        # (a server that answers with other variables or terms gives no marker, not a crash)
        found = [
            ox.Triple(*row)
            for row in rows
            if len(row) == 3 and all(isinstance(t, ox.NamedNode) for t in row)
        ]
        if found:
            return found
    return []


def _holds(
    endpoint: Endpoint, client: _Client, markers: Sequence[ox.Triple], way: DefaultGraph
) -> bool:
    patterns = " ".join(f"{t.subject} {t.predicate} {t.object} ." for t in markers)
    try:
        return _ask(endpoint, f"ASK {{ {patterns} }}", client=client, params=way.params)
    except EndpointError as exc:
        if exc.status is not None and 400 <= exc.status < 500 and exc.status not in (401, 403):
            return False  # the store refuses this way's parameters
        raise


def default_graph(endpoint: Endpoint, *, client: _Client | None = None) -> DefaultGraph:
    """How to query ``endpoint`` so that its default graph is the union of its named graphs.

    Asked once per endpoint and process: a triple of diplokg's ontology and
    entity graphs must be in the default graph. Raises :class:`EndpointError`
    (one line saying what to change) when no way gives the union.
    """
    known = _DEFAULT_GRAPHS.get(endpoint.query_url)
    if known is not None:
        return known
    own = client is None
    client = client or _Client(endpoint)
    try:
        way = _find_default_graph(endpoint, client)
    finally:
        if own:
            client.close()
    if way is not _NOTHING_TO_UNITE:  # an empty store is asked again once it holds graphs
        _DEFAULT_GRAPHS[endpoint.query_url] = way
    return way


def _find_default_graph(endpoint: Endpoint, client: _Client) -> DefaultGraph:
    markers = _markers(endpoint, client)
    if not markers:
        return _NOTHING_TO_UNITE
    for way in UNION_WAYS:
        if _holds(endpoint, client, markers, way):
            return way
    what = "cannot query"
    text = (
        "SELECT DISTINCT ?g WHERE { GRAPH ?g { } "
        f"FILTER (STRSTARTS(STR(?g), {ox.Literal(BASE)})) }}"
    )
    _, rows = _rows(endpoint, select(endpoint, text, client=client, what=what), what)
    graphs = sorted(g.value for (g,) in rows if isinstance(g, ox.NamedNode))
    if graphs and len(graphs) <= MAX_NAMED_GRAPHS:
        named = DefaultGraph(
            f"its {len(graphs)} diplokg graphs named as default-graph-uri",
            tuple(("default-graph-uri", g) for g in graphs),
        )
        if _holds(endpoint, client, markers, named):
            return named
    raise EndpointError(
        f"the default graph of {endpoint.query_url} is not the union of its named graphs, "
        "which diplokg's queries read, and no way of asking for it worked: make the union the "
        "default graph (Oxigraph: serve --union-default-graph; Fuseki/TDB2: "
        "tdb2:unionDefaultGraph true; Stardog: query.all.graphs=true)",
        url=endpoint.query_url,
    )


# --------------------------------------------------------------------------
# Stored queries, remotely
# --------------------------------------------------------------------------


def _where_brace(text: str) -> int:
    """Offset of the ``{`` that opens a query's WHERE group (first ``{`` outside parentheses)."""
    depth = 0
    for i, char in code_chars(text):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "{" and depth == 0:
            return i
    raise QueryError("cannot find the WHERE clause of the query")


def bind_values(query: StoredQuery, params: Mapping[str, str]) -> str:
    """The query's text with its ``?_name`` parameters bound by a ``VALUES`` block.

    The block opens the WHERE group, so the parameters are bound wherever the
    group uses them (filters included), as SEP-0007 substitution binds them
    locally. Values are checked and made RDF terms by :func:`bind_params`, and
    written by pyoxigraph's term serialisation.

    >>> from diplokg.store.queries import get_query
    >>> text = bind_values(get_query("who-said"), {"name": 'Wang "Yi"'})
    >>> 'VALUES (?_name) { ("Wang \\\\"Yi\\\\"") }' in text
    True
    """
    bound = bind_params(query, params)
    if not bound:
        return query.text
    names = sorted(bound, key=lambda v: v.value)
    block = (
        "VALUES ("
        + " ".join(str(v) for v in names)
        + ") { ("
        + " ".join(str(bound[v]) for v in names)
        + ") }"
    )
    at = _where_brace(query.text) + 1
    return f"{query.text[:at]}\n  {block}\n{query.text[at:]}"


def _remote_text(query: StoredQuery, params: Mapping[str, str], **page: Unpack[Page]) -> str:
    return slice_query(bind_values(query, params), **page)


def run_remote_query(
    endpoint: Endpoint,
    query: StoredQuery,
    params: Mapping[str, str] | None = None,
    **page: Unpack[Page],
) -> QueryResult:
    """Run a stored SELECT query on a remote endpoint; parameter echo columns dropped."""
    text = _remote_text(query, params or {}, **page)
    dataset = default_graph(endpoint)
    variables, rows = _rows(endpoint, select(endpoint, text, dataset=dataset), "cannot query")
    keep = [i for i, v in enumerate(variables) if not v.startswith("_")]
    return QueryResult(
        tuple(variables[i] for i in keep), tuple(tuple(row[i] for i in keep) for row in rows)
    )


def serialize_remote_result(
    endpoint: Endpoint,
    query: StoredQuery,
    params: Mapping[str, str] | None,
    fmt: str,
    **page: Unpack[Page],
) -> str:
    """Run a stored query remotely and serialise it exactly as the embedded store would."""
    form = results_format(fmt)
    text = _remote_text(query, params or {}, **page)
    solutions = select(endpoint, text, dataset=default_graph(endpoint))
    try:
        with _ReadingAnswer(endpoint, "cannot query"):
            data = solutions.serialize(format=form)
    finally:
        del solutions  # (in this thread: see _ReadingAnswer)
    return result_text(data, query, fmt)


def write_remote_result(
    out: BinaryIO,
    endpoint: Endpoint,
    query: StoredQuery,
    params: Mapping[str, str] | None,
    fmt: str,
    **page: Unpack[Page],
) -> None:
    """Run a stored query remotely and write what the embedded store would write, streaming
    csv, tsv and json from the connection (see :func:`diplokg.store.queries.write_result`)."""
    params = params or {}
    bind_params(query, params)
    if fmt == "table":
        result = run_remote_query(endpoint, query, params, **page)
        out.write((format_table(result) + "\n").encode("utf-8"))
        return
    if query.params:
        text = serialize_remote_result(endpoint, query, params, fmt, **page)
        out.write(text.encode("utf-8"))
        return
    form = results_format(fmt)
    text = _remote_text(query, params, **page)
    dataset = default_graph(endpoint)
    if writes_as_diplokg(endpoint) and _copy_answer(out, endpoint, text, dataset, fmt):
        return
    solutions = select(endpoint, text, dataset=dataset, stream=True)
    try:
        with _ReadingAnswer(endpoint, "cannot query"):
            stream_solutions(solutions, out, fmt, form)
    finally:
        del solutions  # (in this thread: see _ReadingAnswer)


def writes_as_diplokg(endpoint: Endpoint) -> bool:
    """Whether ``endpoint`` serialises SPARQL results byte for byte as the embedded store.

    True for an Oxigraph server of the very version of the pyoxigraph diplokg runs
    on (its ``Server`` header, seen in an earlier answer): both serialise with the
    same code, so its csv, tsv and json are the bytes diplokg would write from
    the same solutions, and are copied through instead of parsed and written again.
    """
    software = _SOFTWARE.get(endpoint.query_url, "").split()
    return software[:1] == [f"Oxigraph/{ox.__version__}"]


def _copy_answer(
    out: BinaryIO, endpoint: Endpoint, text: str, dataset: DefaultGraph, fmt: str
) -> bool:
    """Ask for ``fmt`` itself and copy the answer to ``out`` as it arrives (CSV through the
    formula guard); ``False``, having written nothing, if another server or format answers."""
    url, media_type = endpoint.query_url, _MEDIA_TYPES[fmt]
    client = _Client(endpoint)
    try:
        response = client.request(
            "POST",
            url,
            what="cannot query",
            body=urlencode([("query", text), *dataset.params]).encode("utf-8"),
            content_type=_FORM,
            accept=media_type,
            stream=True,
        )
    finally:
        client.close()  # a streamed answer keeps its own connection (see _Client)
    answer = response.stream
    if answer is None:
        return False
    with contextlib.closing(answer):
        _SOFTWARE[url] = response.server
        content_type = answer.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if content_type != media_type or not writes_as_diplokg(endpoint):
            return False
        with _ReadingAnswer(endpoint, "cannot query"):
            sink = CsvGuard(out) if fmt == "csv" else out
            # Pieces of 256 KiB, whatever the size of the server's chunks (Oxigraph's are
            # about 1 KiB): few writes, and the guard tests each piece in one quick pass.
            while chunk := answer.read(1 << 18):
                sink.write(chunk)
            if isinstance(sink, CsvGuard):
                sink.close()
            out.flush()
    return True


def answer_remote_query(
    name: str,
    *,
    params: Mapping[str, str],
    fmt: str,
    endpoint: Endpoint,
    **page: Unpack[Page],
) -> str:
    """``diplokg query NAME --endpoint URL``: a stored query's results, formatted, in memory."""
    query = get_query(name)
    bind_params(query, params)
    if fmt == "table":
        result = run_remote_query(endpoint, query, params, **page)
        return format_table(result) + "\n"
    return serialize_remote_result(endpoint, query, params, fmt, **page)
