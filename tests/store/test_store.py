"""The embedded store layout: article graphs plus one shared graph of entity descriptions."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

from diplokg.errors import UsageError
from diplokg.rdf.convert import ArticleGraph
from diplokg.rdf.terms import ENTITY_GRAPH, ENTITY_NS, ONTOLOGY_GRAPH, entity_iri
from diplokg.store.embedded import (
    article_triples,
    is_entity_description,
    rebuild_store,
    write_articles,
)

ENT = ox.NamedNode(str(ENTITY_GRAPH))
RDFS_LABEL = URIRef("http://www.w3.org/2000/01/rdf-schema#label")


def _triples(store: ox.Store, graph: str) -> set[ox.Triple]:
    return {q.triple for q in store.quads_for_pattern(None, None, None, ox.NamedNode(graph))}


def _as_rdflib(triples: set[ox.Triple]) -> Graph:
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    assert data is not None
    return Graph().parse(data=data, format="nt")


def _stored_form(graph: Graph) -> Graph:
    """``graph`` as a store gives it back (Oxigraph turns xsd:nonNegativeInteger into integer)."""
    scratch = ox.Store()
    scratch.extend(ox.Quad(t.subject, t.predicate, t.object) for t in article_triples(graph))
    return _as_rdflib({q.triple for q in scratch})


def _renamed(seed: ArticleGraph, article_id: str) -> tuple[str, list[ox.Triple]]:
    """The seed's triples as if they came from another article (its own IRIs renamed)."""
    old = str(seed.graph_iri).replace("/graph/", "/article/")
    new = old.rsplit("/", 1)[0] + "/" + article_id

    def rename(
        term: ox.NamedNode | ox.BlankNode | ox.Literal,
    ) -> ox.NamedNode | ox.BlankNode | ox.Literal:
        if isinstance(term, ox.NamedNode) and term.value.startswith(old):
            return ox.NamedNode(new + term.value[len(old) :])
        return term

    triples = [
        ox.Triple(rename(t.subject), t.predicate, rename(t.object))  # type: ignore[arg-type]
        for t in article_triples(seed.graph)
    ]
    return str(seed.graph_iri).rsplit("/", 1)[0] + "/" + article_id, triples


def test_seed_is_split_into_its_graph_and_the_entity_graph(seed: ArticleGraph) -> None:
    store = ox.Store()
    result = write_articles(store, [(str(seed.graph_iri), article_triples(seed.graph))])
    own = _triples(store, str(seed.graph_iri))
    shared = _triples(store, str(ENTITY_GRAPH))
    assert shared and own
    assert all(is_entity_description(t) for t in shared)
    assert not any(is_entity_description(t) for t in own)
    # Nothing lost, nothing added: the two graphs together are the converted graph.
    assert isomorphic(_as_rdflib(own | shared), _stored_form(seed.graph))
    assert result.triples == len(own)
    assert result.entity_triples == result.entity_graph_triples == len(shared)
    assert result.added == len(shared)  # the new graph's own quads are not counted twice


def test_reloading_an_unchanged_article_writes_nothing(seed: ArticleGraph) -> None:
    store = ox.Store()
    article = (str(seed.graph_iri), article_triples(seed.graph))
    first = write_articles(store, [article])
    before = set(store)
    again = write_articles(store, [article])
    assert (again.added, again.removed) == (0, 0)
    assert again.graphs == first.graphs
    assert set(store) == before


def test_a_changed_article_is_replaced_by_its_difference(seed: ArticleGraph) -> None:
    store = ox.Store()
    write_articles(store, [(str(seed.graph_iri), article_triples(seed.graph))])
    changed = Graph()
    for triple in seed.graph:
        changed.add(triple)
    label = next(iter(seed.graph.triples((None, RDFS_LABEL, None))))
    changed.remove(label)
    changed.add((label[0], RDFS_LABEL, Literal("a corrected label")))
    china = entity_iri("china")
    changed.add((china, RDFS_LABEL, Literal("People's Republic of China (corrected)")))
    result = write_articles(
        store, [(str(seed.graph_iri), article_triples(changed))], entities="replace"
    )
    assert result.added == 2 and result.removed == 1
    together = _triples(store, str(seed.graph_iri)) | _triples(store, str(ENTITY_GRAPH))
    assert isomorphic(_as_rdflib(together), _stored_form(changed))


def test_shared_descriptions_are_kept_once(seed: ArticleGraph) -> None:
    store = ox.Store()
    one = _renamed(seed, "one")
    two = _renamed(seed, "two")
    result = write_articles(store, [one, two])
    entity_count = sum(1 for t in one[1] if is_entity_description(t))
    assert result.entity_graph_triples == len({t for t in one[1] if is_entity_description(t)})
    assert result.entity_graph_triples <= entity_count
    rows = store.query(
        "SELECT ?china ?label WHERE { ?china <http://www.w3.org/2000/01/rdf-schema#label> ?label }",
        use_default_graph_as_union=True,
        substitutions={ox.Variable("china"): ox.NamedNode(str(entity_iri("china")))},
    )
    assert isinstance(rows, ox.QuerySolutions)
    assert [str(r["label"].value) for r in rows] == ["China"]  # once, not once per article
    assert {g.graph_iri for g in result.graphs} == {one[0], two[0]}


def test_replace_removes_descriptions_no_article_gives_any_more(seed: ArticleGraph) -> None:
    store = ox.Store()
    one = _renamed(seed, "one")
    stray = ox.Triple(
        ox.NamedNode(ENTITY_NS + "nobody"),
        ox.NamedNode(str(RDFS_LABEL)),
        ox.Literal("Nobody"),
    )
    write_articles(store, [(one[0], [*one[1], stray])])
    assert stray in _triples(store, str(ENTITY_GRAPH))
    kept = write_articles(store, [one], entities="add")
    assert stray in _triples(store, str(ENTITY_GRAPH))
    assert kept.removed == 0
    pruned = write_articles(store, [one], entities="replace")
    assert stray not in _triples(store, str(ENTITY_GRAPH))
    assert pruned.removed == 1


def test_graphs_with_blank_nodes_are_replaced_whole() -> None:
    store = ox.Store()
    graph = "https://example.org/graph/b"
    p = ox.NamedNode("https://example.org/p")
    old = [ox.Triple(ox.BlankNode(), p, ox.Literal("old"))]
    new = [
        ox.Triple(ox.BlankNode(), p, ox.Literal("new")),
        ox.Triple(ox.BlankNode(), p, ox.Literal("x")),
    ]
    write_articles(store, [(graph, old)])
    result = write_articles(store, [(graph, new)])
    assert sorted(t.object.value for t in _triples(store, graph)) == ["new", "x"]
    assert result.graphs[0].triples == 2


def test_one_graph_given_twice_is_an_error(seed: ArticleGraph) -> None:
    article = (str(seed.graph_iri), article_triples(seed.graph))
    with pytest.raises(UsageError, match="given twice"):
        write_articles(ox.Store(), [article, article])


def test_entities_mode_is_checked() -> None:
    with pytest.raises(UsageError, match="'add' or 'replace'"):
        write_articles(ox.Store(), [], entities="merge")


def _generation_folders(path: Path) -> list[Path]:
    return [p for p in path.parent.glob(f".{path.name}.*") if not p.is_symlink()]


def test_rebuild_swaps_in_a_complete_new_store(seed: ArticleGraph, tmp_path: Path) -> None:
    path = tmp_path / "store"
    article = (str(seed.graph_iri), article_triples(seed.graph))
    first = rebuild_store(path, [article])
    assert path.is_symlink()
    assert first.graphs[0].triples == 2034 and first.entity_graph_triples == 258
    reader = ox.Store.read_only(str(path))  # opened before the next rebuild
    other = _renamed(seed, "other")
    second = rebuild_store(path, [other])
    assert [g.graph_iri for g in second.graphs] == [other[0]]
    now = ox.Store.read_only(str(path))
    graphs = {g.value for g in now.named_graphs() if isinstance(g, ox.NamedNode)}
    assert graphs == {other[0], str(ENTITY_GRAPH), str(ONTOLOGY_GRAPH)}  # the old one is gone
    # The reader that had the old store open still reads it whole.
    assert sum(1 for _ in reader.quads_for_pattern(None, None, None, ox.NamedNode(article[0])))
    assert len(_generation_folders(path)) == 2  # the current store and the previous one
    rebuild_store(path, [article])
    assert len(_generation_folders(path)) == 2


def test_a_failed_rebuild_leaves_the_old_store(seed: ArticleGraph, tmp_path: Path) -> None:
    path = tmp_path / "store"
    article = (str(seed.graph_iri), article_triples(seed.graph))
    rebuild_store(path, [article])
    before = set(ox.Store.read_only(str(path)))
    folders = _generation_folders(path)
    with pytest.raises(UsageError, match="given twice"):
        rebuild_store(path, [article, article])
    assert set(ox.Store.read_only(str(path))) == before
    assert _generation_folders(path) == folders  # the half-built store was removed


def test_a_folder_diplokg_did_not_make_is_refused_and_left(
    seed: ArticleGraph, tmp_path: Path
) -> None:
    path = tmp_path / "store"
    old = ox.Store(str(path))
    old.add(
        ox.Quad(
            ox.NamedNode("http://example.org/s"),
            ox.NamedNode("http://example.org/p"),
            ox.Literal("o"),
            ox.NamedNode("http://example.org/g"),
        )
    )
    old.flush()
    del old
    before = sorted(p.name for p in path.iterdir())
    for _ in range(2):
        with pytest.raises(UsageError, match="not a diplokg store"):
            rebuild_store(path, [(str(seed.graph_iri), article_triples(seed.graph))])
    assert not path.is_symlink() and sorted(p.name for p in path.iterdir()) == before
    graphs = {g.value for g in ox.Store.read_only(str(path)).named_graphs()}
    assert graphs == {"http://example.org/g"}


def test_user_folders_named_like_generations_survive_rebuilds(
    seed: ArticleGraph, tmp_path: Path
) -> None:
    path = tmp_path / "store"
    backup = tmp_path / ".store.backup"
    backup.mkdir()
    (backup / "data").write_text("keep", encoding="utf-8")
    for _ in range(4):
        rebuild_store(path, [(str(seed.graph_iri), article_triples(seed.graph))])
    assert (backup / "data").read_text(encoding="utf-8") == "keep"
    folders = [p for p in tmp_path.glob(".store.*") if not p.is_symlink()]
    assert len(folders) == 3  # the current store, the previous one, and the user's
