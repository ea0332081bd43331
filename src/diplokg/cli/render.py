"""``diplokg render``: the review page of one article, or of every article in a folder."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

import click

from diplokg.cli import options
from diplokg.errors import UsageError

if TYPE_CHECKING:
    from diplokg.model.annotation import ArticleInputs


@click.command()
@click.argument("article", type=options.FILE_OR_FOLDER, callback=options.article_not_rdf)
@options.article_inputs
@click.option(
    "-o",
    "--output",
    type=options.OUT_FILE_OR_FOLDER,
    callback=options.dash_is_stdout,
    help="HTML file, written atomically [default: stdout]; for a folder, the folder "
    "the pages and index.html go to (required).",
)
@options.jobs_option
def render(
    article: Path,
    inputs: ArticleInputs,
    output: Path | None,
    jobs: int | None,
) -> None:
    """Write the review page of ARTICLE: one self-contained HTML file.

    The text with every mention and evidence span highlighted, the facts
    linked to their spans and back, a network picture, a timeline and the
    validation results on the spans they concern. It opens offline.

    ARTICLE may be a folder: every NAME.txt in it gets OUT/pages/NAME.html, the
    pages build writes, made in parallel (-j), and OUT/index.html links them.

    \b
    Example:
      diplokg render seeds/000_7f87956a7e0403ad.txt -o page.html
      diplokg render seeds/ -o review/ -j 2

    \b
    Exit codes: 0 success, 1 a page shows violations, 2 usage or input error
    (for a folder: an article that could not be rendered; the others are written).
    """
    if article.is_dir():
        _render_folder(article, inputs, output, jobs)
        return
    from diplokg.app.drafting import draft_annotation
    from diplokg.present.review import render_file
    from diplokg.rdf.output import write_atomic

    options.refuse_folder_named(output)
    options.refuse_output_onto_article(output, article, inputs)
    page = render_file(article, inputs=inputs, draft=draft_annotation)
    if output is None:
        click.echo(page.html, nl=False)
    else:
        write_atomic(output, page.html.encode("utf-8"))
    report = page.report
    options.say(
        f"{article}: {page.facts} facts, {page.highlights} highlighted spans, "
        f"{report.violations} violations, {report.count('Warning')} warnings"
        + (f" -> {output}" if output else ""),
        err=True,
    )
    if report.violations:
        click.get_current_context().exit(1)


def _render_folder(
    folder: Path, inputs: ArticleInputs, output: Path | None, jobs: int | None
) -> None:
    from diplokg.app.drafting import draft_annotation
    from diplokg.app.pages import render_folder

    options.refuse_stdout_for_folder(folder, "pages")
    if output is None:
        raise UsageError(f"{folder} is a folder: give -o DIR for its pages")
    given = [k for k in ("annotation", "metadata", "published", "publisher") if getattr(inputs, k)]
    if given:
        raise UsageError(
            f"--{given[0]} names one article's input; a folder's are found beside each article"
        )
    with contextlib.ExitStack() as stack:
        progress = options.terminal_progress(stack, "rendering")
        result = render_folder(
            folder,
            out_dir=output,
            registry=inputs.registry,
            draft=draft_annotation,
            jobs=jobs,
            progress=progress,
        )
    for failed in result.failed:
        options.say(f"{failed.article}: {failed.error}", err=True)
    written = len(result.outcomes) - len(result.failed)
    options.say(
        f"{written} page{'' if written == 1 else 's'}, {result.violations} violations"
        f" -> {result.index}"
        + (f" ({len(result.failed)} articles not rendered)" if result.failed else ""),
        err=True,
    )
    if result.failed:
        click.get_current_context().exit(2)
    if result.violations:
        click.get_current_context().exit(1)
