"""Review pages made in batches are the pages made one by one.

A build lays out the network pictures of a chunk of articles in one Graphviz
run (:func:`~diplokg.present.review.review_data_many`); each page must be byte for
byte what :func:`~diplokg.present.review.review_data` gives for the article alone.
"""

from __future__ import annotations

import pytest

from diplokg.errors import ToolError
from diplokg.model.annotation import find_articles
from diplokg.present.graphviz import graphviz_svg, graphviz_svgs
from diplokg.present.network import article_network, network_dot
from diplokg.present.reader import GraphReader, review_ontology
from diplokg.present.review import review_data, review_data_many
from diplokg.present.templates import template_environment
from diplokg.rdf.convert import ArticleGraph, convert_files
from diplokg.validation.shacl import ValidationReport, validate_graph
from tests.conftest import DATA, SEEDS
from tests.tiers import require_graphviz


@pytest.fixture(autouse=True)
def _graphviz() -> None:
    """One-line skip without Graphviz, a failure under CI (tests/tiers.py)."""
    require_graphviz("the networks laid out together")


Articles = list[tuple[ArticleGraph, ValidationReport]]


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> Articles:
    """The seed, the build test corpus and 20 synthetic articles, with their reports."""
    from benchmarks.corpus import generate_corpus

    tmp_path = tmp_path_factory.mktemp("pages")
    generate_corpus(20, tmp_path / "corpus", seed=5, workers=1)
    folders = [SEEDS, DATA / "build" / "corpus", tmp_path / "corpus" / "sources"]
    articles = [convert_files(t) for t in find_articles(folders)]
    # The reports are input to both sides of the comparison, not what is tested:
    # the fast engine (equal to pySHACL, tests/validation) makes them in a fifth of the time.
    return [(a, validate_graph(a.graph, engine="auto")) for a in articles]


def _html(data: object) -> str:
    template = template_environment().get_template("review.html.j2")
    return template.render(d=data, index_href="../index.html")


def test_pages_made_together_are_the_pages_made_alone(articles: Articles) -> None:
    alone = [review_data(a, report=r) for a, r in articles]
    assert sum(d.network.layout == "graphviz" for d in alone) >= 20
    for start in (0, 3):  # two ways of cutting the articles into chunks
        together = []
        for i in range(start, len(articles), 7):
            together += review_data_many(articles[i : i + 7])
        together = review_data_many(articles[:start]) + together
        assert [_html(d) for d in together] == [_html(d) for d in alone]


def test_several_graphs_in_one_graphviz_run_are_laid_out_as_alone(articles: Articles) -> None:
    sources = []
    for article, _ in articles:
        nodes, edges = article_network(GraphReader(article, review_ontology()))
        if nodes:
            sources.append(network_dot(nodes, edges))
    assert len(sources) >= 20
    assert graphviz_svgs(sources, engine="neato") == [
        graphviz_svg(s, engine="neato") for s in sources
    ]


def test_a_broken_graph_among_several_fails_the_run() -> None:
    good = "digraph network { a -> b; }\n"
    with pytest.raises(ToolError):
        graphviz_svgs([good, "digraph network { a -> ; }\n", good], engine="neato")


def test_when_the_batched_run_fails_each_page_is_made_alone(
    articles: Articles, monkeypatch: pytest.MonkeyPatch
) -> None:
    from diplokg.present import review

    chunk = articles[:4]
    alone = [_html(review_data(a, report=r)) for a, r in chunk]

    def failing(sources: list[str], *, engine: str) -> list[str]:
        raise ToolError("Graphviz failed on the batch")

    monkeypatch.setattr(review, "graphviz_svgs", failing)
    each = review.review_data_each(chunk)
    assert [_html(d) for d in each] == alone


def test_an_article_whose_page_fails_gets_its_own_error(
    articles: Articles, monkeypatch: pytest.MonkeyPatch
) -> None:
    from diplokg.present import review

    chunk = articles[:3]
    bad = chunk[1][0]
    made_alone = review.review_data

    def review_data_failing_one(article: ArticleGraph, **options: object) -> object:
        if article is bad:
            raise ToolError("this article's picture cannot be laid out")
        return made_alone(article, **options)  # type: ignore[arg-type]

    def failing(sources: list[str], *, engine: str) -> list[str]:
        raise ToolError("Graphviz failed on the batch")

    monkeypatch.setattr(review, "graphviz_svgs", failing)
    monkeypatch.setattr(review, "review_data", review_data_failing_one)
    each = review.review_data_each(chunk)
    assert isinstance(each[1], ToolError)
    assert [_html(each[i]) for i in (0, 2)] == [
        _html(made_alone(a, report=r)) for a, r in (chunk[0], chunk[2])
    ]
