"""``diplokg render``: the review page of one article."""

from __future__ import annotations

from pathlib import Path

import click

from diplokg.cli.options import FILE, ArticleInputs, article_inputs, output_option


@click.command()
@click.argument("article", type=FILE)
@article_inputs
@output_option("HTML file, written atomically [default: stdout].")
def render(
    article: Path,
    inputs: ArticleInputs,
    output: Path | None,
) -> None:
    """Write the review page of one ARTICLE: one self-contained HTML file.

    The text with every mention and evidence span highlighted, the facts
    linked to their spans and back, a network picture, a timeline and the
    validation results on the spans they concern. It opens offline.

    \b
    Example:
      diplokg render seeds/000_7f87956a7e0403ad.txt -o page.html

    \b
    Exit codes: 0 success, 1 the page shows violations, 2 usage or input error.
    """
    from diplokg.app.drafting import draft_annotation
    from diplokg.present.review import render_file
    from diplokg.rdf.output import write_atomic

    page = render_file(article, draft=draft_annotation, **inputs)
    if output is None:
        click.echo(page.html, nl=False)
    else:
        write_atomic(output, page.html.encode("utf-8"))
    report = page.report
    click.echo(
        f"{article}: {page.facts} facts, {page.highlights} highlighted spans, "
        f"{report.violations} violations, {report.count('Warning')} warnings"
        + (f" -> {output}" if output else ""),
        err=True,
    )
    if report.violations:
        click.get_current_context().exit(1)
