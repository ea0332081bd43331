"""The stored queries: headers, result columns, parameter binding, ordering."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef

from diplokg.convert import ArticleGraph
from diplokg.errors import QueryError
from diplokg.queries import StoredQuery, get_query, run_query, stored_queries

ROOT = Path(__file__).resolve().parent.parent
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

HOSTILE = 'x") || true || LCASE("} # \n} SELECT * WHERE { ?s ?p ?o } #'


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
