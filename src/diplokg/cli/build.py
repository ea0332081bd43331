"""``diplokg build``: the main job, every article of a folder end to end."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

import click

from diplokg.cli.options import (
    FOLDER,
    jobs_option,
    out_dir_option,
    registry_option,
    summary,
    terminal_progress,
)

if TYPE_CHECKING:
    from diplokg.validation.shacl import ValidationResult


@click.command()
@click.argument("seeds_dir", default="seeds", type=FOLDER, required=False)
@out_dir_option("out", "Folder for the article graphs, merged dataset, report and store.")
@click.option(
    "--store", "store_dir", type=FOLDER, help="Embedded store folder [default: OUT/store]."
)
@registry_option("entities.yaml beside the articles")
@jobs_option
@click.option(
    "--pages/--no-pages",
    default=True,
    show_default=True,
    help="Write a review page per article and their index.",
)
def build(
    seeds_dir: Path,
    out_dir: Path,
    store_dir: Path | None,
    registry: Path | None,
    jobs: int | None,
    pages: bool,
) -> None:
    """Convert, validate, write and load every article of SEEDS_DIR (the main job).

    Writes OUT/articles/NAME.trig, OUT/dataset.trig, OUT/validation-report.ttl
    and a review page per article (OUT/index.html), then loads the graphs into
    the embedded store unless a shape is violated. Only articles that changed
    since the last build are converted again. The build is one transaction:
    readers see the previous build's outputs until the new ones are complete.

    \b
    Example:
      diplokg build seeds/ -o out/
      diplokg build corpus/ -o out/ -j 2

    \b
    Exit codes: 0 success, 1 validation found violations, 2 usage or input error
    (another build running into OUT, a --store path that is not a diplokg store).
    """
    from diplokg.app.build import build as run_build

    with contextlib.ExitStack() as stack:
        progress = terminal_progress(stack, "converting")
        result = run_build(
            seeds_dir,
            out_dir=out_dir,
            store_dir=store_dir,
            registry=registry,
            pages=pages,
            jobs=jobs,
            progress=progress,
        )
    for outcome in result.articles:
        a = outcome.article
        summary(
            f"{a.text}: {a.triple_count} triples, {outcome.report.violations} violations, "
            f"{outcome.report.count('Warning')} warnings ({a.annotation_kind} annotation)"
        )
        for r in outcome.report.results:
            summary(f"  {_result_line(r)}")
        for line in outcome.dropped:
            click.echo(f"warning: {a.text}: {line}", err=True)
    summary(
        f"articles: {len(result.articles)}  triples: {result.triples}  "
        f"violations: {result.violations}  warnings: {result.warnings}"
    )
    summary(
        f"converted: {result.converted} (the other {len(result.articles) - result.converted} "
        "unchanged since the last build)"
    )
    summary(f"graphs:   {result.out_dir / 'articles'}")
    summary(f"dataset:  {result.dataset}")
    summary(f"report:   {result.report}")
    if result.pages is not None:
        summary(f"pages:    {result.pages} (one review page per article)")
    for moved in result.moved:
        summary(f"moved:    an earlier {moved.name} to {moved} (diplokg deletes only its own)")
    for note in result.notes:
        click.echo(f"warning: {note}", err=True)
    if result.loaded and result.unrecorded is not None:
        summary(f"store:    {result.store} (try: diplokg query --store {result.store} people)")
        click.echo(
            f"warning: the store is not recorded as the one 'diplokg query' reads by default "
            f"({result.unrecorded}); give it --store",
            err=True,
        )
    elif result.loaded:
        summary(f"store:    {result.store} (try: diplokg query people)")
    else:
        summary(f"store:    not loaded, fix the violations first ({result.store} unchanged)")
        click.get_current_context().exit(1)


def _result_line(r: ValidationResult) -> str:
    from diplokg.validation.findings import iri_text, path_text, rule_id

    where = f" path {path_text(r.path)}" if r.path else ""  # "^dk:article", not "<^<…>>"
    value = f" value {r.value!r}" if r.value is not None else ""
    shape, focus = rule_id(r.shape), iri_text(r.focus)
    return f"{r.severity}: {r.message} [shape {shape} focus {focus}{where}{value}]"
