"""The build's TriG writer gives rdflib's own bytes, article after article.

:class:`~diplokg.rdf.output.ArticleTrigWriter` keeps one prepared dataset and the
prefixed name of every IRI across the articles a worker writes; what it gives
must be byte for byte what rdflib's plain ``serialize`` gives for each graph
alone (:func:`~diplokg.rdf.output.serialize_graph`), whatever came before. Checked
on the test data articles, on a synthetic corpus sample, and on generated
graphs that reach rdflib's odd corners (generated ``ns1`` prefixes, names rdflib
will not shorten, lists, shared blank nodes, ``rdfs:Class`` subjects).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, URIRef
from rdflib.collection import Collection

from diplokg.model.annotation import find_articles
from diplokg.rdf.convert import convert_files
from diplokg.rdf.formats import RdfFormat
from diplokg.rdf.output import ArticleTrigWriter, serialize_graph
from diplokg.rdf.terms import PREFIXES, graph_iri
from tests.conftest import DATA, SEEDS
from tests.tiers import examples


def _reference(graph: Graph, iri: URIRef) -> bytes:
    return serialize_graph(graph, iri, RdfFormat.TRIG)


def _articles(folder: Path) -> Iterator[tuple[Graph, URIRef]]:
    for text in find_articles([folder]):
        article = convert_files(text)
        yield article.graph, article.graph_iri


def _assert_same_bytes(
    writer: ArticleTrigWriter,
    graphs: list[tuple[Graph, URIRef]],
    references: list[bytes] | None = None,
) -> None:
    """``writer`` gives each graph rdflib's bytes (``references``, when the caller has them)."""
    if references is None:
        references = [_reference(graph, iri) for graph, iri in graphs]
    for (graph, iri), reference in zip(graphs, references, strict=True):
        assert writer.write(graph, iri) == reference, iri


def test_test_data_articles_give_rdflibs_bytes() -> None:
    graphs = [*_articles(SEEDS), *_articles(DATA / "build" / "corpus")]
    assert len(graphs) == 5
    writer = ArticleTrigWriter()
    references = [_reference(graph, iri) for graph, iri in graphs]
    _assert_same_bytes(writer, graphs, references)
    # again, everything cached, in another order
    _assert_same_bytes(writer, graphs[::-1], references[::-1])


def test_a_synthetic_corpus_sample_gives_rdflibs_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from benchmarks.corpus import generate_corpus

    generate_corpus(40, tmp_path / "corpus", seed=3, workers=1)
    graphs = list(_articles(tmp_path / "corpus" / "sources"))
    assert len(graphs) == 40
    references = [_reference(graph, iri) for graph, iri in graphs]
    _assert_same_bytes(ArticleTrigWriter(), graphs, references)
    # Renewing the prepared dataset often (as a long build does) changes nothing.
    monkeypatch.setattr(ArticleTrigWriter, "RENEW_AFTER", 3)
    monkeypatch.setattr(ArticleTrigWriter, "FORGET_AFTER", 50)
    _assert_same_bytes(ArticleTrigWriter(), graphs, references)


def test_the_seed_copied_under_another_name_gives_rdflibs_bytes(tmp_path: Path) -> None:
    """The graph IRI (a prefixed name when a prefix covers it) is not cached wrongly."""
    for name in ("000_7f87956a7e0403ad", "copy.of-the_seed"):
        for suffix in (".txt", ".ann.yaml", ".meta.yaml"):
            shutil.copy(SEEDS / f"000_7f87956a7e0403ad{suffix}", tmp_path / f"{name}{suffix}")
    shutil.copy(SEEDS / "entities.yaml", tmp_path / "entities.yaml")
    writer = ArticleTrigWriter()
    graphs = list(_articles(tmp_path))
    _assert_same_bytes(writer, graphs)
    seed_graph, _ = graphs[0]
    _assert_same_bytes(writer, [(seed_graph, URIRef("http://example.org/other-graph"))])


# ---------------------------------------------------------------------------
# Generated graphs: rdflib's corners
# ---------------------------------------------------------------------------

_BOUND = [str(ns) for ns in PREFIXES.values()]
_UNBOUND = ["http://example.org/a/", "http://example.org/a/b#", "urn:x:", "http://example.org/"]
_LOCALS = ["x", "y1", "name.", "a(b)", "p%zz", "p%41", "_u", "1abc", "", "é", "a-b", "a.b"]

namespaces = st.sampled_from(_BOUND + _UNBOUND)
iris = st.builds(lambda ns, local: URIRef(ns + local), namespaces, st.sampled_from(_LOCALS))
bnodes = st.sampled_from([BNode(f"b{i}") for i in range(4)])
literals = st.one_of(
    st.builds(Literal, st.text(max_size=6)),
    st.builds(lambda t: Literal(t, lang="en"), st.text(max_size=3)),
    st.builds(Literal, st.integers(-3, 3)),
    st.builds(lambda t, dt: Literal(t, datatype=dt), st.sampled_from(["1", "x", "01"]), iris),
    st.builds(lambda t: Literal(t, datatype=XSD.date), st.sampled_from(["2024-01-02", "bad"])),
)
subjects = st.one_of(iris, bnodes)
predicates = st.one_of(iris, st.just(RDF.type), st.just(RDFS.label))
objects = st.one_of(iris, bnodes, literals, st.just(RDFS.Class), st.just(RDF.nil))


@st.composite
def graphs(draw: st.DrawFn) -> Graph:
    g = Graph()
    for s, p, o in draw(st.lists(st.tuples(subjects, predicates, objects), max_size=25)):
        g.add((s, p, o))
    if draw(st.booleans()):  # an RDF list
        head = BNode()
        Collection(g, head, draw(st.lists(st.one_of(iris, literals), min_size=1, max_size=3)))
        g.add((draw(subjects), draw(predicates), head))
    return g


@settings(
    max_examples=examples(150),  # 50 in the fast tier (tests/tiers.py)
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(batch=st.lists(st.tuples(graphs(), st.one_of(iris, st.just(graph_iri("g")))), max_size=4))
def test_generated_graphs_in_a_row_give_rdflibs_bytes(
    batch: list[tuple[Graph, URIRef]],
) -> None:
    writer = ArticleTrigWriter()
    references = [_reference(graph, iri) for graph, iri in batch]
    _assert_same_bytes(writer, batch, references)
    _assert_same_bytes(writer, batch, references)
