"""Shared fixtures: the seed article converted once, in a graph and in a store."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
import yaml
from rdflib import Graph

from diplokg.rdf.convert import ArticleGraph, convert_files
from diplokg.store.embedded import article_triples, load_ontology_graph, write_articles
from tests import tiers

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_ARTICLE = SEEDS / "000_7f87956a7e0403ad.txt"
DATA = Path(__file__).resolve().parent / "data"


def pytest_configure(config: pytest.Config) -> None:
    """Note whether this is the fast tier (``-m "not slow"``, :data:`tests.tiers.fast_tier`)."""
    tiers.fast_tier = "not slow" in (config.getoption("markexpr", "") or "")


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """Remember the test whose fixtures are set up now (for :func:`tests.tiers.starting`)."""
    tiers.current = item


def read_yaml(path: Path) -> Any:
    """A test data file's YAML, read with libyaml's safe loader where PyYAML has it (the
    loader ``yaml.safe_load`` uses, in C: ten times faster; the probe files alone are a
    megabyte that every test process reads while collecting)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(path.read_text(encoding="utf-8"))
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


@cache
def seed_article() -> ArticleGraph:
    """The seed article converted from its curated annotation, once per test process
    (do not mutate); the ``seed`` fixture."""
    return convert_files(SEED_ARTICLE)


@cache
def broken_graph(update: Path) -> Graph:
    """A copy of the seed's graph with the SPARQL update ``update`` (``tests/data/broken/``)
    applied, made once per test process (do not mutate): the shapes', the engines' and the
    review pages' tests break the seed with the same updates."""
    graph = Graph()
    graph += seed_article().graph
    graph.update(update.read_text(encoding="utf-8"))
    return graph


@pytest.fixture(scope="session")
def seed() -> ArticleGraph:
    """The seed article converted from its curated annotation (do not mutate)."""
    return seed_article()


@pytest.fixture(scope="session")
def seed_store(seed: ArticleGraph) -> ox.Store:
    """An in-memory pyoxigraph store with the seed graph and the ontology (do not mutate).

    In the layout ``diplokg build`` writes: entity descriptions in the shared graph.
    """
    store = ox.Store()
    write_articles(store, [(str(seed.graph_iri), article_triples(seed.graph))])
    load_ontology_graph(store)
    return store


@pytest.fixture
def no_backoff(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Remote retries without waiting between them (the commands wait 0.5, 1 and 2 s before
    the second, third and fourth attempt, which a test of a refused or broken connection
    spent asleep): the HTTP client's and ``load_remote``'s default ``sleep`` records the
    waits in the list returned instead. A test that passes its own ``sleep`` keeps it."""
    from diplokg.store.remote.http import _Client
    from diplokg.store.remote.load import load_remote

    waits: list[float] = []
    for function in (_Client.__init__, load_remote):
        defaults = function.__kwdefaults__
        assert defaults is not None and "sleep" in defaults, function
        monkeypatch.setitem(defaults, "sleep", waits.append)
    return waits
