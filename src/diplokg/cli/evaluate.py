"""``diplokg evaluate``: extraction scored against gold files."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import click

from diplokg.cli.options import (
    FILE,
    FILE_OR_FOLDER,
    choice,
    format_option,
    min_confidence_option,
    registry_option,
)


@click.command()
@click.argument("paths", nargs=-1, required=True, type=FILE_OR_FOLDER)
@click.option(
    "--gold",
    type=FILE,
    help="Gold file of the one ARTICLE [default: NAME.gold.json beside it].",
)
@click.option(
    "--annotation",
    type=FILE,
    help="Score this annotation (e.g. the curated one) instead of the extractor's draft.",
)
@click.option(
    "--curated",
    is_flag=True,
    help="Score the NAME.ann.yaml beside each article instead of the extractor's draft.",
)
@registry_option("entities.yaml beside the article, else none")
@format_option(choice("table", "json"), "table for people, json for machines.", default="table")
@click.option("--errors", is_flag=True, help="List every false positive and false negative.")
@min_confidence_option(
    "Score only the draft's facts at least this confident (as extract --min-confidence)."
)
def evaluate(
    paths: Sequence[Path],
    gold: Path | None,
    annotation: Path | None,
    curated: bool,
    registry: Path | None,
    fmt: str,
    errors: bool,
    min_confidence: float,
) -> None:
    """Score extraction against gold files: precision, recall and F1 per kind.

    PATHS are article .txt files or folders; a folder means every NAME.txt in it
    with NAME.gold.json beside it. The extractor drafts each article unless
    --annotation or --curated names what to score. Matching follows
    ../shared/evaluation/gold-format.md; "micro" sums the seven fact kinds. A
    calibration table follows: the precision of the drafted facts per confidence band.

    \b
    Example:
      diplokg evaluate --gold ../shared/evaluation/000_seed.json seeds/000_7f87956a7e0403ad.txt
      diplokg evaluate tests/data/dev/ --format json
      diplokg evaluate seeds/000_7f87956a7e0403ad.txt --gold GOLD.json \\
          --annotation seeds/000_7f87956a7e0403ad.ann.yaml --errors

    \b
    Exit codes: 0 success, 2 usage or input error.
    """
    from diplokg.app.drafting import draft_annotation
    from diplokg.evaluate.report import format_evaluation, run_to_json
    from diplokg.evaluate.run import evaluate_paths

    run = evaluate_paths(
        list(paths),
        gold=gold,
        annotation=annotation,
        curated=curated,
        registry=registry,
        min_confidence=min_confidence,
        draft=draft_annotation,
    )
    if fmt == "json":
        click.echo(run_to_json(run, errors=errors))
    else:
        click.echo(format_evaluation(run, errors=errors), nl=False)
