"""Shared fixtures: the seed article converted once, in a graph and in a store."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from diplokg.convert import ArticleGraph, convert_files
from diplokg.store import load_ontology_graph, replace_graph, to_ntriples

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_ARTICLE = SEEDS / "000_7f87956a7e0403ad.txt"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def seed() -> ArticleGraph:
    """The seed article converted from its curated annotation (do not mutate)."""
    return convert_files(SEED_ARTICLE)


@pytest.fixture(scope="session")
def seed_store(seed: ArticleGraph) -> ox.Store:
    """An in-memory pyoxigraph store with the seed graph and the ontology (do not mutate)."""
    store = ox.Store()
    replace_graph(store, str(seed.graph_iri), to_ntriples(seed.graph))
    load_ontology_graph(store)
    return store
