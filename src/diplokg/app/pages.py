"""Review pages for a folder of articles: what ``diplokg render FOLDER -o DIR`` runs.

Each article is converted (a draft where it has no annotation), validated by one
compiled engine per process (``auto``: the fast engine where it is exact) and
rendered in worker processes, a chunk at a time, the chunk's network pictures laid
out by one Graphviz run, as ``build`` does; each page is written atomically as soon
as its chunk is done, so memory does not grow with the folder, into a hidden staging
folder in DIR. Then ``DIR/index.html`` links them all, and the pages and the index are
put in place together (:class:`~diplokg.rdf.output.OutputSet`): a run stopped half-way
leaves DIR as it was, and two runs at once each put a whole set. An article that cannot
be rendered is reported and the others are still written. Nothing else is written, and
nothing is deleted.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from diplokg.errors import DiplokgError, InputError
from diplokg.model.annotation import (
    ArticleInputs,
    Drafter,
    Registry,
    article_sources,
    find_articles,
    load_registry,
)
from diplokg.present.network import NetworkLayout
from diplokg.present.review import (
    IndexRow,
    PageEntry,
    page_href,
    render_index,
    review_data_each,
    review_page,
)
from diplokg.rdf.convert import ArticleGraph, convert_files
from diplokg.rdf.output import OutputSet, output_folder, refuse_foreign_files
from diplokg.validation.shacl import ValidationReport, engine_report, make_engine
from diplokg.validation.workers import Progress, map_chunks

__all__ = ["FolderPages", "PageOutcome", "render_folder"]

#: Articles rendered together (one Graphviz run for their pictures).
CHUNK = 16


@dataclass(frozen=True)
class PageOutcome:
    """One article's page: where it was written and what it shows, or why it was not."""

    article: Path
    page: Path | None
    violations: int = 0
    warnings: int = 0
    error: str | None = None


@dataclass(frozen=True)
class FolderPages:
    """What :func:`render_folder` wrote: the index and each article's outcome, in order."""

    index: Path
    outcomes: tuple[PageOutcome, ...]

    @property
    def violations(self) -> int:
        return sum(o.violations for o in self.outcomes)

    @property
    def failed(self) -> tuple[PageOutcome, ...]:
        return tuple(o for o in self.outcomes if o.error is not None)


@dataclass(frozen=True)
class _Rendered:
    outcome: PageOutcome
    row: IndexRow | None


class _PageWorker:
    """What a worker keeps between chunks: the compiled engine and the loaded registries."""

    def __init__(
        self, out: OutputSet, registry: Path | None, layout: NetworkLayout, draft: Drafter | None
    ) -> None:
        self.engine = make_engine("auto")
        self.out = out
        self.registry = registry
        self.layout: NetworkLayout = layout
        self.draft = draft
        self.registries: dict[Path, Registry] = {}

    def _converted(self, text: Path) -> tuple[ArticleGraph, ValidationReport]:
        sources = article_sources(text, registry=self.registry)
        loaded = None
        if sources.registry is not None:
            if sources.registry not in self.registries:
                self.registries[sources.registry] = load_registry(sources.registry)
            loaded = self.registries[sources.registry]
        article = convert_files(
            text,
            inputs=ArticleInputs(registry=sources.registry),
            loaded_registry=loaded,
            draft=self.draft,
        )
        return article, engine_report(self.engine, article.graph)

    def run_chunk(self, texts: Sequence[Path]) -> list[_Rendered]:
        """Each article's page written (or its error), the chunk's pictures laid out at once."""
        done: dict[int, _Rendered] = {}
        ready: list[tuple[int, ArticleGraph, ValidationReport]] = []
        for i, text in enumerate(texts):
            try:
                ready.append((i, *self._converted(text)))
            except DiplokgError as exc:
                done[i] = _Rendered(PageOutcome(text, None, error=str(exc)), None)
        datas = review_data_each([(a, r) for _, a, r in ready], layout=self.layout)
        for (i, article, report), data in zip(ready, datas, strict=True):
            text = texts[i]
            try:
                if isinstance(data, DiplokgError):
                    raise data
                path = self.out.root / "pages" / f"{article.article_id}.html"
                html = review_page(data, index_href="../index.html")
                self.out.write(path, html.encode("utf-8"))
            except DiplokgError as exc:
                done[i] = _Rendered(PageOutcome(text, None, error=str(exc)), None)
                continue
            row = IndexRow(
                article.article_id, data.title, data.publisher, data.published, data.summary
            )
            outcome = PageOutcome(text, path, report.violations, report.count("Warning"))
            done[i] = _Rendered(outcome, row)
        return [done[i] for i in range(len(texts))]


_WORKER: _PageWorker | None = None


def _init_worker(
    out: OutputSet, registry: Path | None, layout: NetworkLayout, draft: Drafter | None
) -> None:
    global _WORKER
    _WORKER = _PageWorker(out, registry, layout, draft)


def _run_chunk(texts: Sequence[Path]) -> list[_Rendered]:
    assert _WORKER is not None  # noqa: S101 - set by the pool's initializer
    return _WORKER.run_chunk(texts)


def render_folder(
    folder: Path,
    *,
    out_dir: Path,
    registry: Path | None = None,
    layout: NetworkLayout = "auto",
    draft: Drafter | None = None,
    jobs: int | None = None,
    progress: Progress | None = None,
) -> FolderPages:
    """Write ``OUT/pages/ID.html`` for every article in ``folder`` and ``OUT/index.html``.

    The pages are the ones ``diplokg build`` writes for the same articles. ``jobs``
    worker processes (default: every core); ``progress(done, total)`` after each chunk.
    Raises :class:`~diplokg.errors.InputError` when ``folder`` holds no article or
    ``out_dir`` is a file; an article that fails is in :attr:`FolderPages.failed`.
    """
    texts = find_articles([folder])
    if not texts:
        raise InputError("no article (NAME.txt) in this folder", path=folder)
    output_folder(out_dir)
    index = out_dir / "index.html"
    pages = (out_dir / "pages" / f"{text.name.removesuffix('.txt')}.html" for text in texts)
    refuse_foreign_files((index, *pages), what="the review pages")
    with OutputSet(out_dir) as out:
        out.folder  # noqa: B018 - made now, so that every worker stages into this one
        args = (out, registry, layout, draft)
        rendered = list(
            map_chunks(
                texts,
                local=lambda: _PageWorker(*args).run_chunk,
                remote=_run_chunk,
                initializer=_init_worker,
                initargs=args,
                jobs=jobs or os.cpu_count() or 1,
                chunk=CHUNK,
                progress=progress,
            )
        )
        entries = [PageEntry(page_href(r.row.article_id), r.row) for r in rendered if r.row]
        out.write(index, render_index(entries).encode("utf-8"))
        out.commit(last=(index,), what="the review pages")
    return FolderPages(index, tuple(r.outcome for r in rendered))
