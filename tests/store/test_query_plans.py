"""The stored queries, written for speed, answer what their plain formulations answer.

Several stored queries are written for Oxigraph's on-disk store rather than for
reading: lookups as hash-joined sub-SELECTs, ``MINUS`` for "the most specific
class", computed sort keys (see ``benchmarks/README.md``). Their plain
formulations are kept in ``tests/data/query-plans/reference/``. On the seed
article and on an article of edge cases (``edge-cases.trig``: nodes with several
classes, the same triples in two graphs, optional values left out, reporting
steps whose IRIs sort against their order, ties in the sort keys, names matched
ignoring case) each stored query must give the same rows as its reference, in
the same order of the columns it is sorted by.
"""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest

from diplokg.rdf.convert import ArticleGraph
from diplokg.store.embedded import article_triples, load_ontology_graph, write_articles
from diplokg.store.queries import (
    StoredQuery,
    get_query,
    parse_stored_query,
    run_query,
    stored_queries,
)
from tests.conftest import DATA

PLANS = DATA / "query-plans"
REFERENCES = sorted((PLANS / "reference").glob("*.rq"))
PARAMS = {
    "seed": {"who-said": {"name": "wang YI"}},
    "edge-cases": {"who-said": {"name": "THE ENVOY"}},
}
Row = tuple[str | None, ...]


def reference(path: Path) -> StoredQuery:
    return parse_stored_query(path.stem, path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def stores(seed: ArticleGraph) -> dict[str, ox.Store]:
    """The seed article alone, and with the edge cases beside it (both with the ontology)."""
    made = {}
    for name in PARAMS:
        store = ox.Store()
        write_articles(store, [(str(seed.graph_iri), article_triples(seed.graph))])
        load_ontology_graph(store)
        if name == "edge-cases":
            store.load(path=str(PLANS / "edge-cases.trig"), format=ox.RdfFormat.TRIG)
        made[name] = store
    return made


def rows(
    store: ox.Store, query: StoredQuery, params: dict[str, str]
) -> tuple[list[str], list[Row]]:
    result = run_query(store, query, params)
    return list(result.variables), result.values()


def order_columns(query: StoredQuery, variables: list[str]) -> list[int]:
    """Positions of the result columns the query's ORDER BY names."""
    clause = query.text[query.text.rindex("ORDER BY") :]
    named = re.findall(r"[?$](\w+)", clause)
    return [variables.index(v) for v in named if v in variables]


def test_every_reference_is_a_stored_query_and_every_tuned_query_has_one() -> None:
    names = {q.name for q in stored_queries()}
    assert {p.stem for p in REFERENCES} <= names
    tuned = {q.name for q in stored_queries() if "sub-SELECT" in q.text}
    assert tuned == {p.stem for p in REFERENCES}
    for path in REFERENCES:  # the same header: the same promise to users
        ref, stored = reference(path), get_query(path.stem)
        assert (ref.title, ref.description, ref.params) == (
            stored.title,
            stored.description,
            stored.params,
        )


@pytest.mark.parametrize("path", REFERENCES, ids=lambda p: p.stem)
@pytest.mark.parametrize("data", sorted(PARAMS))
def test_stored_query_gives_the_rows_of_its_reference(
    stores: dict[str, ox.Store], data: str, path: Path
) -> None:
    params = PARAMS[data].get(path.stem, {})
    ref_vars, expected = rows(stores[data], reference(path), params)
    got_vars, got = rows(stores[data], get_query(path.stem), params)
    assert got_vars == ref_vars
    assert expected, f"{path.stem} answers nothing on {data}: the comparison would be empty"
    assert sorted(got, key=str) == sorted(expected, key=str)
    columns = order_columns(reference(path), ref_vars)
    assert columns, f"{path.stem}: sorted by no result column"
    assert [[r[c] for c in columns] for r in got] == [[r[c] for c in columns] for r in expected]


def test_edge_cases_hit_what_the_rewrites_change(stores: dict[str, ox.Store]) -> None:
    """The edge-case article exercises the rewrites (or the comparisons above prove little)."""
    store = stores["edge-cases"]
    edge = "https://w3id.org/diplokg/article/edge/"
    kinds = {r[0]: r[2] for r in run_query(store, get_query("event-details")).values()}
    assert kinds[edge + "summit"] == "summit"  # not "conference" too: most specific class
    quotes = [r for r in run_query(store, get_query("quotes")).values() if r[0] == edge + "quote"]
    assert len(quotes) == 8  # the triples of two graphs: duplicates are kept
    # each step twice (the quotation's class is in both graphs), in step-index order
    assert {r[4] for r in quotes} == {"Bo Edge > Bo Edge > Xinhua > Xinhua > AP > AP"}
    steps = {
        (r[0], r[2], r[5])
        for r in run_query(store, get_query("reporting-chains")).values()
        if r[0] == edge + "pact"
    }
    assert steps == {(edge + "pact", "1", "relay"), (edge + "pact", "2", "publisher")}
    said = run_query(store, get_query("who-said"), {"name": "the envoy"}).values()
    assert {r[0] for r in said} == {edge + "quote"}
