"""The main job: convert every article, validate, write the outputs, load the store.

:func:`build` is what ``diplokg build`` runs. It converts all articles first
(any input error stops the build before anything is written), validates each
article's graph, writes one TriG file per article plus the merged dataset and
the SHACL report, and — only when nothing violates a shape — builds the
embedded store anew: each article in its named graph, the shared entity
descriptions once in their own graph, swapped in atomically as a whole
(:func:`~diplokg.store.rebuild_store`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from diplokg.annotation import find_articles
from diplokg.convert import ArticleGraph, convert_files
from diplokg.errors import InputError, UsageError
from diplokg.output import serialize_dataset, serialize_graph, write_atomic
from diplokg.queries import (
    bind_params,
    format_table,
    get_query,
    last_store,
    query_store,
    run_query,
    serialize_result,
    state_file,
)
from diplokg.render import write_pages
from diplokg.store import (
    RdfFormat,
    article_triples,
    rebuild_store,
)
from diplokg.validate import ValidationReport, validate_graph

__all__ = [
    "ArticleOutcome",
    "BuildResult",
    "answer_query",
    "build",
    "last_store",
    "query_store",
    "remember_store",
]


@dataclass(frozen=True)
class ArticleOutcome:
    """What the build made of one article."""

    article: ArticleGraph
    report: ValidationReport
    output: Path


@dataclass(frozen=True)
class BuildResult:
    """Summary of a build, for the CLI to print."""

    out_dir: Path
    articles: tuple[ArticleOutcome, ...]
    dataset: Path
    report: Path
    store: Path
    loaded: bool
    #: The index of the review pages (``OUT/index.html``), when they were written.
    pages: Path | None = None

    @property
    def triples(self) -> int:
        """Triples over all article graphs."""
        return sum(a.article.triple_count for a in self.articles)

    @property
    def violations(self) -> int:
        """Violations over all articles."""
        return sum(a.report.violations for a in self.articles)

    @property
    def warnings(self) -> int:
        """Warnings over all articles."""
        return sum(a.report.count("Warning") for a in self.articles)


def remember_store(path: Path) -> None:
    """Record the store a build wrote, so ``diplokg query`` finds it by default."""
    write_atomic(state_file(), str(path.resolve()).encode("utf-8"))


def build(
    seeds: Path,
    *,
    out_dir: Path,
    store_dir: Path | None = None,
    registry: Path | None = None,
    pages: bool = True,
) -> BuildResult:
    """Convert, validate, write and load every article under ``seeds``.

    With ``pages``, also writes a review page per article (``OUT/pages/ID.html``)
    and an index of them (``OUT/index.html``), violations or not.
    """
    if not seeds.is_dir():
        raise UsageError(f"{seeds} is not a folder of articles (*.txt)")
    texts = find_articles([seeds])
    if not texts:
        raise InputError("no articles (*.txt) in this folder", path=seeds)
    articles = [convert_files(text, registry=registry) for text in texts]
    outcomes: list[ArticleOutcome] = []
    for article in articles:
        report = validate_graph(article.graph)
        output = out_dir / "articles" / f"{article.article_id}.trig"
        outcomes.append(ArticleOutcome(article, report, output))

    for outcome in outcomes:
        a = outcome.article
        write_atomic(outcome.output, serialize_graph(a.graph, a.graph_iri, RdfFormat.TRIG))
    dataset = out_dir / "dataset.trig"
    write_atomic(
        dataset, serialize_dataset([(a.graph_iri, a.graph) for a in articles], RdfFormat.TRIG)
    )
    report_graph = Graph()
    for outcome in outcomes:
        report_graph += outcome.report.graph
    report_path = out_dir / "validation-report.ttl"
    write_atomic(report_path, report_graph.serialize(format="turtle", encoding="utf-8"))
    index = None
    if pages:
        written = write_pages([(o.article, o.report) for o in outcomes], out_dir=out_dir)
        index = written.index

    store_path = store_dir or out_dir / "store"
    loaded = False
    if all(o.report.violations == 0 for o in outcomes):
        rebuild_store(store_path, ((str(a.graph_iri), article_triples(a.graph)) for a in articles))
        remember_store(store_path)
        loaded = True
    return BuildResult(
        out_dir=out_dir,
        articles=tuple(outcomes),
        dataset=dataset,
        report=report_path,
        store=store_path,
        loaded=loaded,
        pages=index,
    )


def answer_query(
    name: str,
    *,
    params: Mapping[str, str],
    fmt: str,
    store_dir: Path | None = None,
    data_files: Sequence[Path] = (),
) -> str:
    """Run a stored query and format its results (``table``, ``csv``, ``tsv`` or ``json``).

    Parameters are checked before any store is opened.
    """
    query = get_query(name)
    bind_params(query, params)
    store = query_store(store_dir=store_dir, data_files=data_files)
    if fmt == "table":
        return format_table(run_query(store, query, params)) + "\n"
    return serialize_result(store, query, params, fmt)
