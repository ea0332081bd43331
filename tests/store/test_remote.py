"""Loading into and querying real SPARQL servers: Oxigraph server and Virtuoso.

The same tests run against Oxigraph through SPARQL Update only, Oxigraph through
the Graph Store protocol, and Virtuoso (Graph Store, digest auth). Faults a real
server shows on demand (crash mid-load, wrong credentials, nothing listening)
use the real servers; 5xx answers and hangs use a scripted stub.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import io
import json
import random
import shutil
import threading
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import BNode as rdflib_bnode
from rdflib import Graph, Literal, URIRef

from diplokg.cli import cli
from diplokg.errors import QueryError, UsageError, message_line, shown_url
from diplokg.rdf.convert import ArticleGraph
from diplokg.rdf.formats import RdfFormat
from diplokg.rdf.output import serialize_dataset, serialize_graph
from diplokg.rdf.terms import BASE, DK, ENTITY_GRAPH, ONTOLOGY_GRAPH
from diplokg.store import remote
from diplokg.store.embedded import article_triples, is_entity_description
from diplokg.store.queries import get_query, run_query, stored_queries
from diplokg.store.remote import (
    ENV_AUTH,
    ENV_PASSWORD,
    ENV_TOKEN,
    ENV_USER,
    UNION_WAYS,
    Credentials,
    Endpoint,
    EndpointError,
    LoadProgress,
    bind_values,
    default_graph,
    drop_graphs,
    graph_counts,
    list_graphs,
    load_remote,
    run_remote_query,
    select,
    write_remote_result,
    writes_as_diplokg,
)
from tests.remote_servers import (
    Reply,
    Server,
    Stub,
    free_port,
    oxigraph_binary,
    oxigraph_server,
    virtuoso_server,
)
from tests.store.test_queries import HOSTILE, SAMPLE_PARAMS
from tests.tiers import require_program

STAGING = "urn:diplokg:staging:"
XSD_DURATION = "http://www.w3.org/2001/XMLSchema#duration"
XSD_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean"

# Stored queries whose results Virtuoso 7.2.5 gets wrong on the seed article (found by
# these tests; recorded in the README). Each is an xfail(strict): should Virtuoso agree
# one day, the test fails and the entry goes.
VIRTUOSO_DIFFERS = {
    "accusations": "Virtuoso returns 1 row, not 12: ORDER BY on OPTIONAL columns after an "
    "'a/rdfs:subClassOf*' path keeps only the first row (all 12 without ORDER BY)",
    "agreements": "Virtuoso returns 1 row, not 2 (ORDER BY after 'a/rdfs:subClassOf*', as in "
    "accusations) and stores the duration P3Y as '36'",
    "agreement-details": "Virtuoso stores the xsd:duration 'P3Y' as '36' (months)",
    "organizations": "Virtuoso returns 1 row, not 20: it mis-evaluates FILTER NOT EXISTS "
    "{ ?x a ?narrower . ?narrower rdfs:subClassOf+ ?class }",
}
#: Virtuoso, killed right after it acknowledged the one update that swaps staged graphs
#: in (INSERT … WHERE), came back with part of it (4,625 of 4,934 triples): it does not
#: keep such an update whole across a crash. --commit batch (Graph Store PUT, then MOVE)
#: keeps each graph whole there.
VIRTUOSO_SWAP = (
    "Virtuoso may keep only part of an acknowledged update across a SIGKILL "
    "(its recovery replays part of the transaction; seen with the swap and with batches)"
)
#: Differences Virtuoso shows only in some server states: run alone, the query gives
#: 1 row; after other tests have loaded and dropped graphs it sometimes gives all 20
#: (its plan for the subClassOf+ path differs). Expected to fail, not required to.
VIRTUOSO_SOMETIMES = {"organizations"}


# --------------------------------------------------------------------------
# Servers
# --------------------------------------------------------------------------


@pytest.fixture(scope="session")
def oxigraph(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """One Oxigraph server per test process (``oxigraph serve --union-default-graph``)."""
    assert oxigraph_binary() is not None, "pip install oxigraph (it is in the test extra)"
    server = oxigraph_server(tmp_path_factory.mktemp("oxigraph"))
    yield server
    server.stop()


@pytest.fixture(scope="session")
def oxigraph_default(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """An Oxigraph server as its documentation starts it: ``oxigraph serve --location DIR``."""
    assert oxigraph_binary() is not None, "pip install oxigraph (it is in the test extra)"
    server = oxigraph_server(tmp_path_factory.mktemp("oxigraph-default"), union=False)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """One Virtuoso per test process, its files in a temporary folder."""
    require_program(
        "virtuoso-t",
        what="the second real SPARQL server",
        install="apt-get install virtuoso-opensource",
    )
    server = virtuoso_server(tmp_path_factory.mktemp("virtuoso"))
    yield server
    server.stop()


@dataclass(frozen=True)
class Target:
    """A server and the way diplokg talks to it."""

    name: str
    server: Server
    endpoint: Endpoint


def _clean(endpoint: Endpoint) -> None:
    graphs = [
        g for g in list_graphs(endpoint) if g.startswith((BASE, STAGING, "http://example.org/"))
    ]
    drop_graphs(endpoint, graphs)


TARGETS = ["oxigraph", "oxigraph-gsp", "virtuoso"]
#: The stores queries are checked on, each in its default configuration (and Oxigraph's
#: own default graph kept apart from the named graphs, as `oxigraph serve` starts it).
QUERY_TARGETS = ["oxigraph", "oxigraph-default", "virtuoso"]
_SERVERS = {"virtuoso": "virtuoso", "oxigraph-default": "oxigraph_default"}


def _target(request: pytest.FixtureRequest) -> Target:
    name = str(request.param)
    server: Server = request.getfixturevalue(_SERVERS.get(name, "oxigraph"))
    server.ensure_running()
    endpoint = server.endpoint
    if name == "oxigraph-gsp":
        endpoint = dataclasses.replace(endpoint, gsp_url=endpoint.update_url[:-6] + "store")
    return Target(name, server, endpoint)


@pytest.fixture(params=TARGETS)
def target(request: pytest.FixtureRequest) -> Target:
    """Each server, emptied of diplokg's graphs."""
    target = _target(request)
    _clean(target.endpoint)
    return target


# --------------------------------------------------------------------------
# Data
# --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_trig(seed: ArticleGraph, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed article as TriG, written once per module (do not change the file)."""
    path = tmp_path_factory.mktemp("seed-trig") / "seed.trig"
    path.write_bytes(serialize_graph(seed.graph, seed.graph_iri, RdfFormat.TRIG))
    return path


def changed_seed(seed: ArticleGraph, *, extra: int, drop: int = 100) -> Graph:
    """The seed graph with ``drop`` triples taken out and ``extra`` new ones added."""
    graph = Graph()
    for triple in sorted(seed.graph)[drop:]:
        graph.add(triple)
    subject = URIRef(str(seed.graph_iri) + "/extra")
    for i in range(extra):
        graph.add((subject, DK.note, Literal(f"extra note {i}")))
    return graph


def _part(graph: Graph, *, entities: bool) -> Graph:
    part = Graph()
    data = ox.serialize(
        (t for t in article_triples(graph) if is_entity_description(t) == entities),
        format=ox.RdfFormat.N_TRIPLES,
    )
    assert data is not None
    return part.parse(data=data, format="nt")


def own_part(graph: Graph) -> Graph:
    """What stays in an article's graph: all but the descriptions of shared entities."""
    return _part(graph, entities=False)


def entity_part(graph: Graph) -> Graph:
    """What goes to the shared entity graph."""
    return _part(graph, entities=True)


def write_graph(path: Path, iri: URIRef, graph: Graph) -> Path:
    path.write_bytes(serialize_graph(graph, iri, RdfFormat.TRIG))
    return path


def remote_triples(endpoint: Endpoint, graph: str) -> set[ox.Triple]:
    text = f"SELECT ?s ?p ?o WHERE {{ GRAPH {ox.NamedNode(graph)} {{ ?s ?p ?o }} }}"
    return {ox.Triple(s["s"], s["p"], s["o"]) for s in select(endpoint, text)}


def expected_triples(target: Target, graph: Graph) -> set[ox.Triple]:
    """The triples a server will hold for ``graph`` (as each stores literals)."""
    data = graph.serialize(format="nt", encoding="utf-8")
    if target.name == "virtuoso":
        return {q.triple for q in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)}
    store = ox.Store()  # Oxigraph stores derived integer types as xsd:integer
    store.load(data, format=ox.RdfFormat.N_TRIPLES)
    return {q.triple for q in store}


def as_virtuoso_keeps(triples: set[ox.Triple]) -> set[ox.Triple]:
    """Triples as Virtuoso gives them back: booleans as 1/0; durations left out.

    Virtuoso answers ``true`` as ``"1"^^xsd:boolean`` (the same value) and rewrites
    xsd:duration values (``P3Y`` becomes ``"36"``, a different one).
    """
    kept = set()
    for t in triples:
        o = t.object
        if isinstance(o, ox.Literal) and o.datatype.value == XSD_DURATION:
            continue
        if isinstance(o, ox.Literal) and o.datatype.value == XSD_BOOLEAN:
            o = ox.Literal({"true": "1", "false": "0"}.get(o.value, o.value), datatype=o.datatype)
        kept.add(ox.Triple(t.subject, t.predicate, o))
    return kept


def assert_graph_is(target: Target, graph_iri: str, graph: Graph) -> None:
    found, wanted = remote_triples(target.endpoint, graph_iri), expected_triples(target, graph)
    assert len(found) == len(wanted)
    if target.name == "virtuoso":
        found, wanted = as_virtuoso_keeps(found), as_virtuoso_keeps(wanted)
    assert found == wanted


# --------------------------------------------------------------------------
# Loading
# --------------------------------------------------------------------------


@pytest.mark.slow
def test_load_puts_each_article_in_its_graph_with_the_ontology(
    target: Target, seed: ArticleGraph, seed_trig: Path
) -> None:
    report = load_remote(target.endpoint, [seed_trig])
    counts = {g.graph_iri: g.triples for g in report.graphs}
    assert counts[str(seed.graph_iri)] == len(own_part(seed.graph)) == 2034
    assert counts[str(ENTITY_GRAPH)] == len(entity_part(seed.graph)) == 2292 - 2034
    assert str(ONTOLOGY_GRAPH) in counts
    assert report.triples == sum(counts.values())
    assert_graph_is(target, str(seed.graph_iri), own_part(seed.graph))
    assert_graph_is(target, str(ENTITY_GRAPH), entity_part(seed.graph))
    assert list_graphs(target.endpoint, prefix=STAGING) == []


@pytest.mark.slow
def test_reloading_an_article_leaves_the_same_triples(
    target: Target, seed: ArticleGraph, seed_trig: Path
) -> None:
    graphs = [str(seed.graph_iri), str(ENTITY_GRAPH)]
    load_remote(target.endpoint, [seed_trig], ontology=False)
    once = graph_counts(target.endpoint, graphs)
    load_remote(target.endpoint, [seed_trig], ontology=False)
    assert (
        graph_counts(target.endpoint, graphs) == once == dict(zip(graphs, [2034, 258], strict=True))
    )
    assert_graph_is(target, str(seed.graph_iri), own_part(seed.graph))


@pytest.mark.slow
@pytest.mark.parametrize("chunk", [10_000, 700])
def test_replace_leaves_exactly_the_new_graph(
    target: Target, seed: ArticleGraph, seed_trig: Path, tmp_path: Path, chunk: int
) -> None:
    load_remote(target.endpoint, [seed_trig], ontology=False)
    new = changed_seed(seed, extra=50)
    path = write_graph(tmp_path / "new.trig", seed.graph_iri, new)
    report = load_remote(target.endpoint, [path], ontology=False, chunk_triples=chunk)
    articles = [(g.graph_iri, g.triples) for g in report.graphs if g.graph_iri != str(ENTITY_GRAPH)]
    assert articles == [(str(seed.graph_iri), len(own_part(new)))]
    assert_graph_is(target, str(seed.graph_iri), own_part(new))
    assert list_graphs(target.endpoint, prefix=STAGING) == []


@pytest.mark.slow
def test_append_adds_to_the_graph(
    target: Target, seed: ArticleGraph, seed_trig: Path, tmp_path: Path
) -> None:
    load_remote(target.endpoint, [seed_trig], ontology=False)
    extra = Graph()
    extra.add((URIRef(str(seed.graph_iri) + "/extra"), DK.note, Literal("appended")))
    extra.add(next(iter(own_part(seed.graph))))  # already there: counted once
    path = write_graph(tmp_path / "extra.trig", seed.graph_iri, extra)
    report = load_remote(target.endpoint, [path], mode="append", ontology=False)
    assert [g.triples for g in report.graphs] == [2035]
    everything = Graph()
    everything += seed.graph
    everything += extra
    assert_graph_is(target, str(seed.graph_iri), own_part(everything))


def renamed_seed(seed: ArticleGraph, n: int) -> tuple[URIRef, Graph]:
    """The seed as if it were article ``n``: its own IRIs renamed, shared entities kept."""
    old = str(seed.graph_iri).replace("/graph/", "/article/")
    new = f"{old}-copy{n}"

    def rename(term: Any) -> Any:
        if isinstance(term, URIRef) and str(term).startswith(old):
            return URIRef(new + str(term)[len(old) :])
        return term

    graph = Graph()
    for s, p, o in seed.graph:
        graph.add((rename(s), p, rename(o)))
    return URIRef(f"{seed.graph_iri}-copy{n}"), graph


@pytest.mark.slow
@pytest.mark.parametrize("parallel", [1, 4])
def test_parallel_requests_load_every_article_and_each_description_once(
    target: Target, seed: ArticleGraph, tmp_path: Path, parallel: int
) -> None:
    articles = [renamed_seed(seed, n) for n in range(6)]
    path = tmp_path / "six.trig"
    path.write_bytes(serialize_dataset(articles, RdfFormat.TRIG))
    report = load_remote(
        target.endpoint, [path], ontology=False, chunk_triples=2500, parallel=parallel
    )
    counts = {g.graph_iri: g.triples for g in report.graphs}
    own = len(own_part(seed.graph))
    assert counts == {**{str(iri): own for iri, _ in articles}, str(ENTITY_GRAPH): 258}
    assert report.requests > 6  # one article per request, plus the count checks
    for iri, graph in articles[:2]:
        assert_graph_is(target, str(iri), own_part(graph))
    assert_graph_is(target, str(ENTITY_GRAPH), entity_part(seed.graph))


def load_killed(
    server: Server,
    endpoint: Endpoint,
    path: Path,
    *,
    after: float,
    chunk: int,
    commit: str = "all",
) -> None:
    """Load ``path``, killing the server ``after`` seconds in (or after the load), then
    restart it."""
    timer = threading.Timer(after, server.kill)
    timer.start()
    try:
        with contextlib.suppress(EndpointError):  # unreachable once killed, or done
            load_remote(
                endpoint,
                [path],
                ontology=False,
                chunk_triples=chunk,
                commit="batch" if commit == "batch" else "all",
            )
    finally:
        timer.join()
        server.restart()


def _gsp_target(oxigraph: Server) -> Target:
    oxigraph.ensure_running()
    endpoint = dataclasses.replace(
        oxigraph.endpoint, gsp_url=oxigraph.endpoint.update_url[:-6] + "store"
    )
    _clean(endpoint)
    return Target("oxigraph-gsp", oxigraph, endpoint)


@pytest.mark.slow
@pytest.mark.parametrize("parallel", [1, 2])
def test_graph_store_posts_new_articles_in_and_swaps_held_ones(
    oxigraph: Server, seed: ArticleGraph, seed_trig: Path, tmp_path: Path, parallel: int
) -> None:
    # One batch: the seed (held already, changed now) and three articles the store lacks.
    # Whenever a request ends, every article the store shows has its entity descriptions.
    target = _gsp_target(oxigraph)
    load_remote(target.endpoint, [seed_trig], ontology=False)
    changed = changed_seed(seed, extra=5)
    articles = [(seed.graph_iri, changed), *(renamed_seed(seed, n) for n in range(3))]
    path = tmp_path / "four.trig"
    path.write_bytes(serialize_dataset(articles, RdfFormat.TRIG))
    graphs = [str(iri) for iri, _ in articles]
    seen: list[dict[str, int]] = []

    def look(_: LoadProgress) -> None:
        counts = graph_counts(target.endpoint, [*graphs, str(ENTITY_GRAPH)])
        if any(counts[g] for g in graphs[1:]):
            assert counts[str(ENTITY_GRAPH)] == 258, counts
        seen.append(counts)

    report = load_remote(target.endpoint, [path], ontology=False, parallel=parallel, progress=look)
    assert {g.graph_iri: g.triples for g in report.graphs} == {
        **{g: len(own_part(changed if g == graphs[0] else seed.graph)) for g in graphs},
        str(ENTITY_GRAPH): 258,
    }
    for iri, graph in articles:
        assert_graph_is(target, str(iri), own_part(graph))
    assert list_graphs(target.endpoint, prefix=STAGING) == []
    # each new article appeared whole, never in part
    for counts in seen:
        assert all(counts[g] in (0, len(own_part(seed.graph))) for g in graphs[1:]), counts
        assert counts[graphs[0]] in (len(own_part(seed.graph)), len(own_part(changed)))


@pytest.mark.slow
def test_server_killed_while_new_articles_arrive_leaves_none_in_part(
    oxigraph: Server, seed: ArticleGraph, tmp_path: Path
) -> None:
    target = _gsp_target(oxigraph)
    endpoint = dataclasses.replace(target.endpoint, retries=0)  # a killed server: give up
    articles = [renamed_seed(seed, n) for n in range(20)]
    path = tmp_path / "twenty.trig"
    path.write_bytes(serialize_dataset(articles, RdfFormat.TRIG))
    graphs = [str(iri) for iri, _ in articles]
    whole = len(own_part(seed.graph))
    rng = random.Random(7)  # noqa: S311 - test timing, not cryptography
    found = set()
    for _ in range(3):
        drop_graphs(target.endpoint, graphs)
        after = rng.uniform(0.05, 0.5)
        load_killed(oxigraph, endpoint, path, after=after, chunk=5000, commit="batch")
        counts = graph_counts(target.endpoint, graphs)
        assert set(counts.values()) <= {0, whole}, counts
        found |= set(counts.values())
    assert found == {0, whole}  # kills came mid-load: some articles in, the rest not at all


@pytest.mark.slow
def test_server_killed_during_an_all_or_nothing_load_leaves_all_or_none(
    oxigraph: Server, seed: ArticleGraph, tmp_path: Path
) -> None:
    oxigraph.ensure_running()
    _clean(oxigraph.endpoint)
    endpoint = dataclasses.replace(oxigraph.endpoint, retries=0)
    articles = [renamed_seed(seed, n) for n in range(20)]
    path = tmp_path / "twenty.trig"
    path.write_bytes(serialize_dataset(articles, RdfFormat.TRIG))
    graphs = [str(iri) for iri, _ in articles]
    whole = len(own_part(seed.graph))
    rng = random.Random(11)  # noqa: S311 - test timing, not cryptography
    for _ in range(3):
        drop_graphs(oxigraph.endpoint, graphs)
        load_killed(oxigraph, endpoint, path, after=rng.uniform(0.05, 1.5), chunk=5000)
        counts = set(graph_counts(oxigraph.endpoint, graphs).values())
        assert counts in ({0}, {whole}), counts


@pytest.mark.slow
def test_many_articles_in_one_file_go_to_their_own_graphs(
    target: Target, seed: ArticleGraph, tmp_path: Path
) -> None:
    graphs = []
    for i in range(5):
        g = Graph()
        g.add((URIRef(f"http://example.org/s{i}"), DK.note, Literal(f"article {i}")))
        g.add((URIRef(f"http://example.org/s{i}"), DK.name, Literal(f"name {i}")))
        graphs.append((URIRef(f"http://example.org/graph/{i}"), g))
    path = tmp_path / "five.nq"
    path.write_bytes(serialize_dataset(graphs, RdfFormat.NQUADS))
    report = load_remote(target.endpoint, [path], ontology=False, chunk_triples=3)
    assert sorted((g.graph_iri, g.triples) for g in report.graphs) == [
        (str(iri), 2) for iri, _ in graphs
    ]
    assert list_graphs(target.endpoint, prefix="http://example.org/graph/") == [
        str(iri) for iri, _ in graphs
    ]


@pytest.mark.slow
def test_triples_outside_a_named_graph_are_refused(target: Target, tmp_path: Path) -> None:
    path = tmp_path / "default.nq"
    path.write_text('<http://example.org/s> <http://example.org/p> "o" .\n', encoding="utf-8")
    with pytest.raises(UsageError, match="outside a named graph"):
        load_remote(target.endpoint, [path], ontology=False)
    turtle = tmp_path / "seed.ttl"
    turtle.write_text('<http://example.org/s> <http://example.org/p> "o" .\n', encoding="utf-8")
    with pytest.raises(UsageError, match="TriG or N-Quads"):
        load_remote(target.endpoint, [turtle], ontology=False)


# --------------------------------------------------------------------------
# Queries: remote results equal the embedded store's
# --------------------------------------------------------------------------


_LOADED: dict[str, dict[str, int]] = {}


@pytest.fixture(params=QUERY_TARGETS)
def loaded(request: pytest.FixtureRequest, seed_trig: Path) -> Target:
    """Each server holding the seed article and the ontology (loaded once, while intact)."""
    target = _target(request)
    graphs = sorted(_LOADED.get(target.name, {}))
    if not graphs or graph_counts(target.endpoint, graphs) != _LOADED[target.name]:
        _clean(target.endpoint)
        report = load_remote(target.endpoint, [seed_trig])
        _LOADED[target.name] = {g.graph_iri: g.triples for g in report.graphs}
    return target


@pytest.mark.slow
@pytest.mark.parametrize("name", [q.name for q in stored_queries()])
def test_remote_results_equal_the_embedded_store(
    loaded: Target, seed_store: ox.Store, name: str, request: pytest.FixtureRequest
) -> None:
    if loaded.name == "virtuoso" and name in VIRTUOSO_DIFFERS:
        strict = name not in VIRTUOSO_SOMETIMES
        request.applymarker(pytest.mark.xfail(reason=VIRTUOSO_DIFFERS[name], strict=strict))
    query, params = get_query(name), SAMPLE_PARAMS.get(name, {})
    remote = run_remote_query(loaded.endpoint, query, params)
    local = run_query(seed_store, query, params)
    assert remote.variables == local.variables
    assert local.rows
    if loaded.name == "virtuoso":
        # Oxigraph stores xsd:nonNegativeInteger as xsd:integer, Virtuoso keeps it:
        # compare the values.
        assert sorted(remote.values(), key=str) == sorted(local.values(), key=str)
    else:
        assert sorted(remote.rows, key=str) == sorted(local.rows, key=str)


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json"])
@pytest.mark.parametrize(
    ("name", "params"),
    [
        ("people", []),
        ("who-said", ["--param", "name=wang yi"]),
        ("meetings", ["--limit", "5", "--offset", "2"]),
    ],
)
def test_cli_query_endpoint_prints_what_the_embedded_store_prints(
    loaded: Target, seed: ArticleGraph, tmp_path: Path, fmt: str, name: str, params: list[str]
) -> None:
    data = tmp_path / "seed.trig"
    data.write_bytes(serialize_graph(seed.graph, seed.graph_iri, RdfFormat.TRIG))
    args = ["query", name, *params, "--format", fmt]
    runner = CliRunner()
    remote = runner.invoke(cli, [*args, "--endpoint", loaded.endpoint.query_url])
    local = runner.invoke(cli, [*args, "--data", str(data)])
    assert remote.exit_code == local.exit_code == 0, remote.output
    if loaded.name != "virtuoso":
        assert remote.output == local.output
    elif fmt == "json":  # Virtuoso may order ties differently and keeps nonNegativeInteger
        rows = [json.loads(r.output)["results"]["bindings"] for r in (remote, local)]
        assert len(rows[0]) == len(rows[1])
    else:
        assert sorted(remote.output.splitlines()) == sorted(local.output.splitlines())


@pytest.mark.slow
def test_parameters_are_bound_as_terms_remotely(loaded: Target) -> None:
    query = get_query("who-said")
    assert run_remote_query(loaded.endpoint, query, {"name": HOSTILE}).rows == ()
    assert len(run_remote_query(loaded.endpoint, query, {"name": "wang YI"}).rows) == 3
    with pytest.raises(QueryError, match="absolute IRI"):
        run_remote_query(loaded.endpoint, get_query("evidence"), {"fact": "not an iri"})


# --------------------------------------------------------------------------
# Binding parameters with VALUES (no server)
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "params"),
    [
        *SAMPLE_PARAMS.items(),
        ("who-said", {"name": HOSTILE}),
        ("who-said", {"name": "BLINKEN"}),
        ("evidence", {"fact": "https://w3id.org/diplokg/article/000_7f87956a7e0403ad/x"}),
    ],
)
def test_values_binding_gives_what_substitution_gives(
    seed_store: ox.Store, name: str, params: dict[str, str]
) -> None:
    query = get_query(name)
    text = bind_values(query, params)
    assert text != query.text
    solutions = seed_store.query(text, use_default_graph_as_union=True)
    assert isinstance(solutions, ox.QuerySolutions)
    names = [v.value for v in solutions.variables if not v.value.startswith("_")]
    rows = sorted((tuple(s[v] for v in names) for s in solutions), key=str)
    assert rows == sorted(run_query(seed_store, query, params).rows, key=str)


def test_values_go_into_the_where_group_not_a_comment_string_or_iri() -> None:
    query = dataclasses.replace(
        get_query("who-said"),
        text="# a { in a comment\nPREFIX x: <http://example.org/(>\n"
        "SELECT ?_name (\"{(\" AS ?b) ('''{''' AS ?c)\nWHERE { ?s ?p ?_name }",
    )
    text = bind_values(query, {"name": "x"})
    assert text.endswith('WHERE {\n  VALUES (?_name) { ("x") }\n ?s ?p ?_name }')


# --------------------------------------------------------------------------
# Faults with real servers
# --------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("commit", ["all", "batch"])
def test_server_killed_mid_load_leaves_the_old_or_the_new_graph(
    target: Target,
    seed: ArticleGraph,
    seed_trig: Path,
    tmp_path: Path,
    commit: str,
    request: pytest.FixtureRequest,
) -> None:
    if target.name == "virtuoso":
        request.applymarker(pytest.mark.xfail(reason=VIRTUOSO_SWAP, strict=False))
    iri = str(seed.graph_iri)
    old = own_part(seed.graph)
    new = own_part(changed_seed(seed, extra=3000))
    path = write_graph(tmp_path / "new.trig", seed.graph_iri, new)
    states = []
    for kill_after in (2, 7, 8, 9):  # after DROP, last chunk, MOVE, verification
        load_remote(target.endpoint, [seed_trig], ontology=False)
        calls = 0

        def crash(_: LoadProgress, kill_after: int = kill_after) -> None:
            nonlocal calls
            calls += 1
            if calls == kill_after:
                target.server.kill()

        urls = [target.endpoint.query_url, target.endpoint.update_url, target.endpoint.gsp_url]
        try:
            load_remote(
                target.endpoint,
                [path],
                ontology=False,
                chunk_triples=1000,
                progress=crash,
                commit="all" if commit == "all" else "batch",
            )
            finished = True
        except EndpointError as exc:
            assert any(url and url in str(exc) for url in urls), exc
            finished = False
        finally:
            target.server.restart()
        count = graph_counts(target.endpoint, [iri])[iri]
        assert count in (len(old), len(new)), f"partial graph after a crash: {count} triples"
        assert_graph_is(target, iri, old if count == len(old) else new)
        states.append((kill_after, finished, count))
    assert {count for _, _, count in states} == {len(old), len(new)}, states


@pytest.mark.slow
def test_server_killed_at_random_moments_never_leaves_a_partial_graph(
    oxigraph: Server, seed: ArticleGraph, seed_trig: Path, tmp_path: Path
) -> None:
    endpoint, iri = oxigraph.endpoint, str(seed.graph_iri)
    oxigraph.ensure_running()
    _clean(endpoint)
    new = changed_seed(seed, extra=20_000)
    path = write_graph(tmp_path / "big.trig", seed.graph_iri, new)
    rng = random.Random(4)  # noqa: S311 - test timing, not cryptography
    for _ in range(4):
        load_remote(endpoint, [seed_trig], ontology=False)
        load_killed(oxigraph, endpoint, path, after=rng.uniform(0.05, 0.6), chunk=3000)
        counts = (len(own_part(seed.graph)), len(own_part(new)))
        assert graph_counts(endpoint, [iri])[iri] in counts


@pytest.mark.slow
def test_wrong_credentials_are_refused_by_virtuoso(
    virtuoso: Server, seed_trig: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wrong = dataclasses.replace(
        virtuoso.endpoint,
        credentials=Credentials("digest", user="dba", secret="not-the-password"),  # noqa: S106
    )
    with pytest.raises(EndpointError) as caught:
        load_remote(wrong, [seed_trig])
    assert caught.value.status == 401
    assert wrong.gsp_url is not None and wrong.gsp_url in str(caught.value)
    assert "not-the-password" not in str(caught.value)
    # The CLI: one line, exit 2, the password nowhere.
    monkeypatch.setenv(ENV_USER, "dba")
    monkeypatch.setenv(ENV_PASSWORD, "not-the-password")
    monkeypatch.setenv(ENV_AUTH, "digest")
    base = virtuoso.endpoint.query_url.removesuffix("/sparql")
    result = CliRunner().invoke(
        cli,
        [
            "load",
            str(seed_trig),
            *("--endpoint", f"{base}/sparql"),
            *("--update-endpoint", f"{base}/sparql-auth"),
            *("--gsp-endpoint", f"{base}/sparql-graph-crud-auth"),
        ],
    )
    assert result.exit_code == 2
    assert result.output.startswith(f"error: cannot load into {base}/sparql-graph-crud-auth?graph=")
    assert "HTTP 401 Unauthorized" in result.output
    assert result.output.count("\n") == 1
    assert "not-the-password" not in result.output


@pytest.mark.slow
def test_unauthenticated_writes_are_forbidden_by_virtuoso(
    virtuoso: Server, seed_trig: Path
) -> None:
    base = virtuoso.endpoint.query_url.removesuffix("/sparql")
    anonymous = Endpoint.configure(
        f"{base}/sparql", gsp_url=f"{base}/sparql-graph-crud", environ={}
    )
    with pytest.raises(EndpointError) as caught:
        load_remote(anonymous, [seed_trig])
    assert caught.value.status == 403
    # the server's own words: "Permission denied" (PUT) or "No permission to execute" (POST)
    assert "permission" in str(caught.value).lower()


@pytest.mark.usefixtures("no_backoff")  # the CLI waits 3.5 s between its attempts
def test_unreachable_server_is_one_line_naming_the_url(seed_trig: Path) -> None:
    url = f"http://127.0.0.1:{free_port()}/query"
    endpoint = dataclasses.replace(Endpoint.configure(url, environ={}), retries=2, backoff=0.01)
    with pytest.raises(EndpointError, match=r"cannot connect: connection refused \(3 attempts\)"):
        load_remote(endpoint, [seed_trig])
    result = CliRunner().invoke(cli, ["query", "people", "--endpoint", url])
    assert result.exit_code == 2
    assert result.output.startswith(f"error: cannot query {url}: cannot connect")
    assert result.output.count("\n") == 1


@pytest.mark.slow
def test_cli_load_reports_verified_counts(
    oxigraph: Server, seed: ArticleGraph, seed_trig: Path, tmp_path: Path
) -> None:
    oxigraph.ensure_running()
    _clean(oxigraph.endpoint)
    build = tmp_path / "out"
    (build / "articles").mkdir(parents=True)
    shutil.copy(seed_trig, build / "articles" / "seed.trig")
    base = oxigraph.endpoint.query_url.removesuffix("/query")
    args = ["load", "--build", str(build), "--endpoint", f"{base}/query"]
    result = CliRunner().invoke(cli, [*args, "--update-endpoint", f"{base}/update"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"replace: 3 graphs, {2292 + 624} triples into {base}/update")
    assert result.output.rstrip().endswith("every graph's triple count verified")
    both = CliRunner().invoke(cli, [*args, str(seed_trig)])
    assert both.exit_code == 2
    assert "give article graph FILES or --build DIR" in both.output


# --------------------------------------------------------------------------
# Faults with a stub: 5xx, hangs, credentials
# --------------------------------------------------------------------------

EMPTY_RESULTS = json.dumps({"head": {"vars": ["g", "n"]}, "results": {"bindings": []}}).encode()


@pytest.fixture
def stub(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Stub]]:
    # A stub may be given the port of an earlier test's stub: what the client remembers
    # per URL for the life of a process (the default graph, the server's software, a
    # refused TSV) starts empty in each test, or the scripted replies would shift.
    monkeypatch.setattr(remote.query, "_DEFAULT_GRAPHS", {})
    monkeypatch.setattr(remote.query, "_SOFTWARE", {})
    monkeypatch.setattr(remote.query, "_NO_TSV", set())
    stubs: list[Stub] = []
    yield stubs
    for s in stubs:
        s.close()


def make_stub(stubs: list[Stub], replies: list[Reply], **kw: Reply) -> Stub:
    s = Stub(replies, **kw)
    stubs.append(s)
    return s


def stub_endpoint(s: Stub, **changes: object) -> Endpoint:
    endpoint = Endpoint(
        query_url=f"{s.url}/query", update_url=f"{s.url}/update", retries=2, backoff=0.01
    )
    return dataclasses.replace(endpoint, **changes)  # type: ignore[arg-type]


def test_5xx_is_retried_then_succeeds(stub: list[Stub], seed_trig: Path) -> None:
    s = make_stub(
        stub,
        [Reply(503, b"busy"), Reply(502, b"bad gateway"), Reply(204)],
        default=Reply(200, EMPTY_RESULTS, content_type="application/sparql-results+json"),
    )
    # The stub takes the update but keeps nothing: the count check must catch it.
    with pytest.raises(EndpointError, match=r"holds 0 triples after loading, not 2034"):
        load_remote(stub_endpoint(s), [seed_trig], commit="batch")
    assert [r.path for r in s.seen[:3]] == ["/update"] * 3
    assert s.seen[3].path == "/query"


def test_5xx_gives_up_after_the_retries_with_the_server_message(
    stub: list[Stub], seed_trig: Path
) -> None:
    s = make_stub(stub, [], default=Reply(500, b"<html><h1>Out of cheese</h1></html>"))
    endpoint = stub_endpoint(s)
    with pytest.raises(EndpointError) as caught:
        load_remote(endpoint, [seed_trig], commit="batch")
    assert str(caught.value) == (
        f"cannot update {endpoint.update_url}: HTTP 500 Internal Server Error: Out of cheese"
    )
    assert len(s.seen) == 3
    with pytest.raises(EndpointError, match=r"HTTP 500 Internal Server Error: Out of cheese"):
        run_remote_query(endpoint, get_query("people"))
    assert len(s.seen) == 6


def test_4xx_is_not_retried(stub: list[Stub], seed_trig: Path) -> None:
    s = make_stub(stub, [], default=Reply(400, b"Parse error: line 1"))
    endpoint = stub_endpoint(s)
    with pytest.raises(EndpointError, match=r"HTTP 400 Bad Request: Parse error: line 1$"):
        load_remote(endpoint, [seed_trig], commit="batch")
    assert len(s.seen) == 1
    with pytest.raises(EndpointError, match=r"cannot query .*HTTP 400 Bad Request: Parse error"):
        run_remote_query(endpoint, get_query("people"))
    assert len(s.seen) == 2


def test_a_hanging_server_times_out_without_retrying(stub: list[Stub], seed_trig: Path) -> None:
    s = make_stub(stub, [], default=Reply(204, delay=3))
    endpoint = stub_endpoint(s, timeout=0.5)
    with pytest.raises(EndpointError, match=r"cannot update .*: no answer within 0\.5 s"):
        load_remote(endpoint, [seed_trig], commit="batch")
    with pytest.raises(EndpointError, match=r"cannot query .*: no answer within 0\.5 s"):
        run_remote_query(endpoint, get_query("people"))
    assert len(s.seen) == 2


#: A SPARQL JSON answer that breaks off in the middle of its second row.
BROKEN_ANSWER = Reply(
    200,
    b'{"head":{"vars":["person"]},"results":{"bindings":['
    b'{"person":{"type":"uri","value":"https://example.org/a"}},{"person":',
    content_type="application/sparql-results+json",
)


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_an_answer_that_breaks_off_is_one_error_naming_the_url(stub: list[Stub], fmt: str) -> None:
    s = make_stub(stub, [], default=BROKEN_ANSWER)
    endpoint = stub_endpoint(s)
    out = io.BytesIO()
    with pytest.raises(EndpointError) as caught:
        if fmt == "table":
            run_remote_query(endpoint, get_query("people"))
        else:
            write_remote_result(out, endpoint, get_query("people"), {}, fmt)
    assert str(caught.value).startswith(
        f"cannot query {endpoint.query_url}: the answer was cut off: its results end in the middle"
    )
    assert "\n" not in str(caught.value)


# --- an answer copied through: the server serialises as the embedded store does -----------

_TRIPLE = {k: {"type": "uri", "value": f"http://example.org/{k}"} for k in ("s", "p", "o")}
_OTHER = {**_TRIPLE, "o": {"type": "uri", "value": "http://example.org/o2"}}
#: What finding the default graph asks first, in one request: a triple of the ontology
#: graph and one of the entity graph; then whether the plain default graph holds them (it does).
DETECTION = [
    Reply(
        200,
        json.dumps(
            {"head": {"vars": ["s", "p", "o"]}, "results": {"bindings": [_TRIPLE, _OTHER]}}
        ).encode(),
        content_type="application/sparql-results+json",
    ),
    Reply(200, b'{"head":{},"boolean":true}', content_type="application/sparql-results+json"),
]
_TSV_TYPE = "text/tab-separated-values"
#: Server CSV whose cells a spreadsheet would run.
FORMULA_CSV = (
    b'person,name\r\nhttp://example.org/a,=HYPERLINK("x")\r\nhttp://example.org/b,"@a,b"\r\n'
)


def _named(s: Stub, software: str) -> Stub:
    """The stub names itself ``software`` in its Server header."""
    handler: Any = s.server.RequestHandlerClass
    handler.server_version, handler.sys_version = software, ""
    return s


def test_the_csv_of_a_server_that_serialises_as_we_do_is_copied_through_the_guard(
    stub: list[Stub],
) -> None:
    answer = Reply(200, FORMULA_CSV, content_type="text/csv; charset=utf-8")
    s = _named(make_stub(stub, [*DETECTION, answer]), f"Oxigraph/{ox.__version__}")
    endpoint = stub_endpoint(s)
    out = io.BytesIO()
    write_remote_result(out, endpoint, get_query("people"), {}, "csv")
    assert writes_as_diplokg(endpoint)
    assert s.seen[-1].headers["Accept"] == "text/csv"
    assert len(s.seen) == len(DETECTION) + 1  # one request for the answer
    assert out.getvalue() == FORMULA_CSV.replace(b",=H", b",'=H").replace(b'"@', b"\"'@")


@pytest.mark.parametrize("software", ["Oxigraph/0.0.1", "Virtuoso/07.20.3240 (Linux)", ""])
def test_the_answer_of_any_other_server_is_parsed_and_written_again(
    stub: list[Stub], software: str
) -> None:
    tsv = b"?person\n<http://example.org/a>\n"
    answer = Reply(200, tsv, content_type="text/tab-separated-values")
    s = _named(make_stub(stub, [*DETECTION, answer]), software)
    endpoint = stub_endpoint(s)
    out = io.BytesIO()
    write_remote_result(out, endpoint, get_query("people"), {}, "csv")
    assert not writes_as_diplokg(endpoint)
    assert s.seen[-1].headers["Accept"].startswith("text/tab-separated-values")
    assert out.getvalue() == b"person\r\nhttp://example.org/a\r\n"


@pytest.mark.parametrize("software", [f"Oxigraph/{ox.__version__}", "Virtuoso/07.20.3240"])
def test_a_remote_query_leaves_no_connection_open(stub: list[Stub], software: str) -> None:
    """Every connection is closed when the answer is written (copied through or parsed):
    a library user running many queries holds no socket for the garbage collector."""
    answer = (
        Reply(200, FORMULA_CSV, content_type="text/csv")
        if software.startswith("Oxigraph")
        else Reply(200, b"?person\n<http://example.org/a>\n", content_type=_TSV_TYPE)
    )
    s = _named(make_stub(stub, [*DETECTION, answer]), software)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        write_remote_result(io.BytesIO(), stub_endpoint(s), get_query("people"), {}, "csv")
        gc.collect()
    assert [str(w.message) for w in caught if w.category is ResourceWarning] == []


@pytest.mark.parametrize(
    ("env", "header"),
    [
        ({ENV_TOKEN: "s3cret-token"}, "Bearer s3cret-token"),
        ({ENV_USER: "ann", ENV_PASSWORD: "s3cret-pw"}, "Basic YW5uOnMzY3JldC1wdw=="),
    ],
)
def test_credentials_are_sent_but_never_shown(
    stub: list[Stub], seed_trig: Path, env: dict[str, str], header: str
) -> None:
    # A hostile server that echoes the Authorization header in its error message.
    s = make_stub(stub, [], default=Reply(401, b"denied: ", echo_auth=True))
    endpoint = Endpoint.configure(f"{s.url}/query", update_url=f"{s.url}/update", environ=env)
    assert "s3cret" not in repr(endpoint)
    with pytest.raises(EndpointError) as caught:
        load_remote(endpoint, [seed_trig])
    assert s.seen[0].headers["Authorization"] == header
    assert caught.value.status == 401
    secret = header.split()[1]
    assert "s3cret" not in str(caught.value)
    assert secret not in str(caught.value)
    with pytest.raises(EndpointError) as caught:
        run_remote_query(endpoint, get_query("people"))
    assert s.seen[-1].headers["Authorization"] == header
    assert "s3cret" not in str(caught.value)
    assert secret not in str(caught.value)


# --------------------------------------------------------------------------
# Settings
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("env", "scheme"),
    [
        ({}, None),
        ({ENV_USER: "u", ENV_PASSWORD: "p"}, "basic"),
        ({ENV_USER: "u", ENV_PASSWORD: "p", ENV_AUTH: "Digest"}, "digest"),
        ({ENV_TOKEN: "t"}, "bearer"),
    ],
)
def test_credentials_come_from_the_environment(env: dict[str, str], scheme: str | None) -> None:
    creds = Credentials.from_env(env)
    assert (creds.scheme if creds else None) == scheme


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({ENV_USER: "u"}, "DIPLOKG_ENDPOINT_PASSWORD is not set"),
        ({ENV_TOKEN: "t", ENV_USER: "u", ENV_PASSWORD: "p"}, "not both"),
        ({ENV_USER: "u", ENV_PASSWORD: "p", ENV_AUTH: "ntlm"}, "'basic' or 'digest'"),
        ({"DIPLOKG_ENDPOINT_TIMEOUT": "soon"}, "number of seconds"),
    ],
)
def test_bad_settings_are_usage_errors(env: dict[str, str], message: str) -> None:
    with pytest.raises(UsageError, match=message):
        Endpoint.configure("http://127.0.0.1:1/query", environ=env)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://dba:dba@127.0.0.1:8890/sparql", "must not carry credentials"),
        ("ftp://127.0.0.1/sparql", "http:// or https://"),
        ("localhost:7878/query", "http:// or https://"),
        ("http://[::1/query", "not a valid URL: Invalid IPv6 URL"),
        ("http://dba:dba@[::1/query", "not a valid URL: Invalid IPv6 URL"),
        ("http://127.0.0.1:99999/query", "malformed port"),
        ("http://127.0.0.1:port/query", "malformed port"),
    ],
)
def test_bad_urls_are_usage_errors(url: str, message: str, seed_trig: Path) -> None:
    with pytest.raises(UsageError, match=message):
        Endpoint.configure(url, environ={})
    for command in (["query", "people"], ["load", str(seed_trig)]):
        result = CliRunner().invoke(cli, [*command, "--endpoint", url])
        assert result.exit_code == 2, result.output
        assert result.output.startswith("error: --endpoint")
        assert result.output.count("\n") == 1
        assert "dba:dba" not in result.output


# --------------------------------------------------------------------------
# The default graph: the union of the named graphs on every store
# --------------------------------------------------------------------------

WAY = {"oxigraph": UNION_WAYS[0], "oxigraph-default": UNION_WAYS[1], "virtuoso": UNION_WAYS[0]}


@pytest.mark.slow
def test_each_store_default_graph_is_found_without_the_users_help(
    loaded: Target, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(remote.query, "_DEFAULT_GRAPHS", {})
    assert default_graph(loaded.endpoint) == WAY[loaded.name]
    # Oxigraph serialises results with pyoxigraph's own code: its bytes are copied through.
    assert writes_as_diplokg(loaded.endpoint) == (loaded.name != "virtuoso")


@pytest.mark.slow
@pytest.mark.parametrize("name", ["people", "meetings", "quotes", "timeline"])
def test_graphs_named_one_by_one_when_no_store_specific_way_works(
    oxigraph_default: Server,
    seed_store: ox.Store,
    seed_trig: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
) -> None:
    oxigraph_default.ensure_running()
    endpoint = oxigraph_default.endpoint
    if not graph_counts(endpoint, [str(ONTOLOGY_GRAPH)])[str(ONTOLOGY_GRAPH)]:
        load_remote(endpoint, [seed_trig])
    monkeypatch.setattr(remote.query, "_DEFAULT_GRAPHS", {})
    monkeypatch.setattr(remote.query, "UNION_WAYS", UNION_WAYS[:1])  # as on an unknown store
    way = default_graph(endpoint)
    assert {v for k, v in way.params} >= {str(ENTITY_GRAPH), str(ONTOLOGY_GRAPH)}
    assert {k for k, _ in way.params} == {"default-graph-uri"}
    query = get_query(name)
    remote_rows = run_remote_query(endpoint, query).rows
    assert sorted(remote_rows, key=str) == sorted(run_query(seed_store, query).rows, key=str)


@pytest.mark.slow
def test_no_way_to_the_union_is_one_line_saying_what_to_change(
    oxigraph_default: Server, seed_trig: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    oxigraph_default.ensure_running()
    endpoint = oxigraph_default.endpoint
    if not graph_counts(endpoint, [str(ONTOLOGY_GRAPH)])[str(ONTOLOGY_GRAPH)]:
        load_remote(endpoint, [seed_trig])
    monkeypatch.setattr(remote.query, "_DEFAULT_GRAPHS", {})
    monkeypatch.setattr(remote.query, "UNION_WAYS", UNION_WAYS[:1])
    monkeypatch.setattr(remote.query, "MAX_NAMED_GRAPHS", 0)
    result = CliRunner().invoke(cli, ["query", "people", "--endpoint", endpoint.query_url])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1
    assert "is not the union of its named graphs" in result.output
    assert "serve --union-default-graph" in result.output
    assert "0 rows" not in result.output


# --------------------------------------------------------------------------
# HTTP like a careful client: redirects (stub: a real server will not redirect on demand)
# --------------------------------------------------------------------------

JSON_RESULTS = "application/sparql-results+json"
BASIC_ENV = {ENV_USER: "ann", ENV_PASSWORD: "s3cret-pw"}


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
@pytest.mark.parametrize("env", [BASIC_ENV, {ENV_TOKEN: "s3cret-token"}, {}])
def test_redirect_to_another_origin_never_gets_the_credentials(
    stub: list[Stub],
    seed_trig: Path,
    monkeypatch: pytest.MonkeyPatch,
    status: int,
    env: dict[str, str],
) -> None:
    elsewhere = make_stub(stub, [], default=Reply(200, EMPTY_RESULTS, content_type=JSON_RESULTS))
    s = make_stub(stub, [], default=Reply(status, headers={"Location": f"{elsewhere.url}/q"}))
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    runner = CliRunner()
    query = runner.invoke(cli, ["query", "people", "--endpoint", f"{s.url}/query"])
    load = runner.invoke(cli, ["load", str(seed_trig), "--endpoint", f"{s.url}/query"])
    for result in (query, load):
        assert result.exit_code == 2, result.output
        assert result.output.count("\n") == 1
        assert "redirects to" in result.output
        assert "rows" not in result.output
        assert "s3cret" not in result.output
    assert elsewhere.seen == []  # nothing, with or without credentials
    assert s.seen[0].method == "POST"


@pytest.mark.parametrize("status", [301, 302, 303])
def test_a_post_turned_into_a_get_is_an_error_not_zero_rows(
    stub: list[Stub], seed_trig: Path, status: int
) -> None:
    s = make_stub(stub, [], default=Reply(status, headers={"Location": "/elsewhere"}))
    endpoint = stub_endpoint(s)
    with pytest.raises(EndpointError, match=r"would turn the POST into a GET"):
        run_remote_query(endpoint, get_query("people"))
    with pytest.raises(EndpointError, match=r"would turn the POST into a GET"):
        load_remote(endpoint, [seed_trig])
    assert {r.path for r in s.seen} == {"/query", "/update"}  # never followed


@pytest.mark.parametrize("location", ["http://[::1/q", "http://127.0.0.1:99999/q", "//[/x"])
def test_a_malformed_redirect_location_is_an_error_not_a_crash(
    stub: list[Stub], location: str
) -> None:
    """A server may send any Location: one line, exit 2, nothing followed."""
    s = make_stub(stub, [], default=Reply(307, headers={"Location": location}))
    result = CliRunner().invoke(cli, ["query", "people", "--endpoint", f"{s.url}/query"])
    assert result.exit_code == 2, result.output
    assert result.output.count("\n") == 1
    assert "redirects to a malformed Location; diplokg does not follow it" in result.output
    assert len(s.seen) == 1


def test_a_same_origin_307_is_followed_with_its_method_and_body(stub: list[Stub]) -> None:
    s = make_stub(
        stub,
        [Reply(307, headers={"Location": "/moved"})],
        default=Reply(200, EMPTY_RESULTS, content_type=JSON_RESULTS),
    )
    endpoint = stub_endpoint(s, credentials=Credentials("basic", user="ann", secret="pw-1234"))  # noqa: S106
    assert list(select(endpoint, "SELECT ?g ?n WHERE { ?g ?p ?n }")) == []
    first, second = s.seen
    assert (second.method, second.path, second.body) == ("POST", "/moved", first.body)
    assert second.headers["Authorization"] == first.headers["Authorization"]


def test_an_answer_that_is_not_sparql_results_is_an_error_not_zero_rows(stub: list[Stub]) -> None:
    page = b"<html><body>Welcome! Please log in.</body></html>"
    s = make_stub(stub, [], default=Reply(200, page, content_type="text/html"))
    result = CliRunner().invoke(cli, ["query", "people", "--endpoint", f"{s.url}/query"])
    assert result.exit_code == 2
    assert "not SPARQL JSON results" in result.output
    assert "rows" not in result.output


# --------------------------------------------------------------------------
# Secrets redacted by value, in every form a server can echo them
# --------------------------------------------------------------------------

TOKEN = "tok-9f8e7d6c5b4a39281716151413121110ffeeddcc"  # noqa: S105 - a test token
SPACED = "correct  horse\tbattery staple"  # whitespace a server may collapse


def _echoes(secret: str) -> dict[str, bytes]:
    """Ways a hostile or careless server echoes a secret back in an error page."""
    from html import escape
    from urllib.parse import quote, quote_plus

    return {
        "raw": f"denied: {secret}".encode(),
        "collapsed": f"denied: {' '.join(secret.split())}".encode(),
        "url-escaped": f"denied: /login?p={quote(secret, safe='')}".encode(),
        "form-escaped": f"denied: p={quote_plus(secret)}".encode(),
        "html-escaped": f"<html><body><p>denied: {escape(secret)}</p></body></html>".encode(),
        "cut at the start": f"denied: …{secret[len(secret) // 2 :]}".encode(),
        "cut at the end": f"denied: {secret[: len(secret) // 2]}…".encode(),
        "at the 300-character cut": ("x" * 290 + secret).encode(),
    }


@pytest.mark.parametrize(
    ("env", "secret"),
    [
        ({ENV_TOKEN: TOKEN}, TOKEN),
        ({ENV_USER: "ann", ENV_PASSWORD: SPACED}, SPACED),
        ({ENV_USER: "ann", ENV_PASSWORD: 'p<w>"&d=1'}, 'p<w>"&d=1'),
    ],
)
@pytest.mark.parametrize("form", list(_echoes("x")))
def test_secrets_are_redacted_in_every_form_a_server_echoes(
    stub: list[Stub],
    monkeypatch: pytest.MonkeyPatch,
    env: dict[str, str],
    secret: str,
    form: str,
) -> None:
    s = make_stub(stub, [], default=Reply(403, _echoes(secret)[form]))
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    result = CliRunner().invoke(cli, ["query", "people", "--endpoint", f"{s.url}/query"])
    assert result.exit_code == 2
    assert "HTTP 403" in result.output
    shown = result.output
    pieces = {" ".join(secret.split())[i : i + 6] for i in range(len(secret) - 5)}
    assert not any(piece in shown for piece in pieces if piece.strip()), shown


@pytest.mark.parametrize("password", ["p", "pw", "abc"])
def test_a_short_password_withholds_the_message_that_echoes_it(
    stub: list[Stub], monkeypatch: pytest.MonkeyPatch, password: str
) -> None:
    s = make_stub(stub, [], default=Reply(403, f"user ann with password {password}".encode()))
    monkeypatch.setenv(ENV_USER, "ann")
    monkeypatch.setenv(ENV_PASSWORD, password)
    result = CliRunner().invoke(cli, ["query", "people", "--endpoint", f"{s.url}/query"])
    assert result.exit_code == 2
    assert "message withheld" in result.output
    assert "password " + password not in result.output


@pytest.mark.parametrize(
    "url",
    ["ftp://ann:hunter22@example.org/sparql", "http://ann:hunter22@example.org/sparql"],
)
def test_an_endpoint_with_credentials_is_never_echoed_whole(url: str) -> None:
    with pytest.raises(UsageError) as caught:
        Endpoint.configure(url, environ={})
    assert "hunter22" not in str(caught.value)
    result = CliRunner().invoke(cli, ["query", "people", "--endpoint", url])
    assert result.exit_code == 2
    assert "hunter22" not in result.output
    assert "***@example.org" in result.output


@pytest.mark.parametrize(
    ("query", "shown"),
    [
        ("api_key=hunter22", "api_key=***"),
        (
            "access_token=hunter22&default-graph-uri=urn%3Ag",
            "access_token=***&default-graph-uri=urn%3Ag",
        ),
        ("X-Auth=hunter22", "X-Auth=***"),
        ("sig=hunter22&sessionid=hunter22", "sig=***&sessionid=***"),
    ],
)
def test_a_secret_in_the_endpoints_query_string_is_never_echoed(
    stub: list[Stub], query: str, shown: str
) -> None:
    s = make_stub(stub, [], default=Reply(404, b"Not Found"))
    result = CliRunner().invoke(cli, ["query", "people", "--endpoint", f"{s.url}/query?{query}"])
    assert result.exit_code == 2, result.output
    assert "hunter22" not in result.output
    assert result.output.startswith(f"error: cannot query {s.url}/query?{shown}: HTTP 404")
    assert s.seen and "hunter22" in s.seen[0].path  # the server itself was sent the key


@pytest.mark.parametrize(
    "url",
    [
        "http://example.org/sparql?graph=urn%3Ax&format=json",  # nothing secret: unchanged
        "http://example.org/sparql?monkey=1&keyboard=2",
        "http://example.org/sparql?",
    ],
)
def test_a_url_without_secrets_is_shown_as_given(url: str) -> None:
    assert shown_url(url) == url
    assert message_line(f"cannot query {url}: refused") == f"cannot query {url}: refused"


# --------------------------------------------------------------------------
# A remote load is all or nothing per command (--commit all, the default)
# --------------------------------------------------------------------------


def test_staged_triples_match_no_stored_query(seed: ArticleGraph, seed_store: ox.Store) -> None:
    # The seed's triples again, and a renamed copy, all staged: every query's rows unchanged.
    store = ox.Store()
    store.extend(seed_store)
    _, copy = renamed_seed(seed, 1)
    data = copy.serialize(format="nt", encoding="utf-8")
    copied = [q.triple for q in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)]
    staging = ox.NamedNode("urn:diplokg:staging:test:1")
    for triple in [*(q.triple for q in seed_store), *copied]:
        staged = remote.staged_triple(triple)
        store.add(ox.Quad(staged.subject, staged.predicate, staged.object, staging))
    for query in stored_queries():
        params = SAMPLE_PARAMS.get(query.name, {})
        assert run_query(store, query, params) == run_query(seed_store, query, params), query.name


@pytest.mark.slow
def test_a_syntax_error_near_the_end_commits_nothing(
    oxigraph: Server, seed: ArticleGraph, tmp_path: Path
) -> None:
    oxigraph.ensure_running()
    _clean(oxigraph.endpoint)
    articles = [renamed_seed(seed, n) for n in range(13)]
    path = tmp_path / "thirteen.trig"
    path.write_bytes(
        serialize_dataset(articles, RdfFormat.TRIG) + b"\n<urn:x> { <urn:a> <urn:b> . }\n"
    )
    base = oxigraph.endpoint.query_url.removesuffix("/query")
    args = ["load", str(path), "--endpoint", f"{base}/query", "--update-endpoint", f"{base}/update"]
    result = CliRunner().invoke(cli, [*args, "--chunk-size", "3000"])
    assert result.exit_code == 2
    assert result.output.startswith(f"error: {path}:")
    assert result.output.count("\n") == 1
    graphs = [str(iri) for iri, _ in articles]
    assert set(graph_counts(oxigraph.endpoint, graphs).values()) == {0}
    assert list_graphs(oxigraph.endpoint, prefix=STAGING) == []


@pytest.mark.slow
def test_nothing_staged_is_visible_to_queries_until_the_swap(
    oxigraph: Server, seed: ArticleGraph, seed_trig: Path, tmp_path: Path
) -> None:
    oxigraph.ensure_running()
    _clean(oxigraph.endpoint)
    endpoint = oxigraph.endpoint
    load_remote(endpoint, [seed_trig])
    names = ["quotes", "people", "meetings", "timeline"]
    before = {n: run_remote_query(endpoint, get_query(n)).rows for n in names}
    articles = [(seed.graph_iri, changed_seed(seed, extra=50, drop=300))]
    articles += [renamed_seed(seed, n) for n in range(4)]
    path = tmp_path / "new.trig"
    path.write_bytes(serialize_dataset(articles, RdfFormat.TRIG))
    seen: list[dict[str, tuple[Any, ...]]] = []

    def look(p: LoadProgress) -> None:
        seen.append({n: run_remote_query(endpoint, get_query(n)).rows for n in names})

    report = load_remote(endpoint, [path], chunk_triples=1500, progress=look)
    after = {n: run_remote_query(endpoint, get_query(n)).rows for n in names}
    assert after != before
    assert len(seen) >= 5  # staging took several requests
    assert all(state == before for state in seen[:-2]), "staged data leaked into a query"
    assert seen[-1] == after
    assert list_graphs(endpoint, prefix=STAGING) == []
    assert len(report.graphs) == 7  # 5 articles, the entity graph and the ontology


@pytest.mark.slow
def test_a_failed_load_removes_its_staging_graphs_and_changes_nothing(
    oxigraph: Server, seed: ArticleGraph, seed_trig: Path, tmp_path: Path
) -> None:
    oxigraph.ensure_running()
    _clean(oxigraph.endpoint)
    endpoint = oxigraph.endpoint
    load_remote(endpoint, [seed_trig])
    before = graph_counts(endpoint, [str(seed.graph_iri), str(ENTITY_GRAPH)])
    # An article whose blank nodes span chunks cannot be sent in parts: it fails mid-way,
    # after the changed seed has been staged.
    blank = Graph()
    for i in range(50):
        node = rdflib_bnode()
        blank.add((URIRef("http://example.org/x"), DK.note, node))
        blank.add((node, DK.note, Literal(f"note {i}")))
    first = write_graph(tmp_path / "a.trig", seed.graph_iri, changed_seed(seed, extra=10))
    second = write_graph(tmp_path / "b.trig", URIRef("http://example.org/graph/b"), blank)
    with pytest.raises(UsageError, match="blank nodes"):
        load_remote(endpoint, [first, second], chunk_triples=40)
    assert list_graphs(endpoint, prefix=STAGING) == []
    assert graph_counts(endpoint, [str(seed.graph_iri), str(ENTITY_GRAPH)]) == before


@pytest.mark.slow
def test_an_empty_store_is_asked_again_once_it_holds_graphs(
    oxigraph_default: Server, seed_trig: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    oxigraph_default.ensure_running()
    endpoint = oxigraph_default.endpoint
    _clean(endpoint)
    monkeypatch.setattr(remote.query, "_DEFAULT_GRAPHS", {})
    assert default_graph(endpoint).params == ()
    load_remote(endpoint, [seed_trig])
    assert default_graph(endpoint) == UNION_WAYS[1]
    assert len(run_remote_query(endpoint, get_query("people")).rows) > 0
