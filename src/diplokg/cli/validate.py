"""``diplokg validate``: articles or RDF files against the shapes, in report formats."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from pathlib import Path

import click

from diplokg.cli import options


@click.command()
@click.argument("paths", nargs=-1, required=True, type=options.FILE_OR_FOLDER)
@options.format_option(
    options.LazyChoice("diplokg.validation.report.formats", "REPORT_FORMATS"),
    "text for people; json (one object per result); junit XML; github (workflow "
    "commands that annotate the lines); sarif (2.1.0, for code scanning); turtle (the W3C "
    "SHACL validation report graph).",
    default="text",
)
@click.option(
    "--fail-on",
    type=options.choice("violation", "warning", "info", "none"),
    default="violation",
    show_default=True,
    help="Lowest severity that makes the exit code 1.",
)
@click.option(
    "--shapes",
    multiple=True,
    type=options.FILE,
    help="Shapes file(s) to use instead of the packaged shapes.",
)
@click.option(
    "--baseline",
    type=options.FILE,
    help="JSON file of known results: only new ones fail; the summary says new, fixed and "
    "still present.",
)
@click.option(
    "--update-baseline",
    is_flag=True,
    help="Record the current results in the --baseline file (and exit 0).",
)
@click.option(
    "--changed-since",
    metavar="REF",
    help="Only articles changed since git REF (its merge base with HEAD, plus uncommitted "
    "files), and those whose entities changed in the registry.",
)
@options.jobs_option
@click.option(
    "--engine",
    type=options.LazyChoice("diplokg.validation.shacl", "ENGINES"),
    default="auto",
    show_default=True,
    help="SHACL engine: pyshacl (the reference), fast (compiled shapes, same results; "
    "refuses shapes it cannot check exactly), auto (fast, and pyshacl for the shapes or "
    "graphs fast refuses; one line on stderr says which ran and why).",
)
@options.output_option("Write the report to this file (atomically); the summary goes to stderr.")
def validate(
    paths: Sequence[Path],
    fmt: str,
    fail_on: str,
    shapes: Sequence[Path],
    baseline: Path | None,
    update_baseline: bool,
    changed_since: str | None,
    jobs: int | None,
    engine: str,
    output: Path | None,
) -> None:
    """Validate articles (converted on the fly) or RDF files, pointing at the lines to fix.

    PATHS are article .txt files (with their annotation beside them), folders of
    articles, or RDF files (.ttl, .trig, .nt, .nq, .jsonld, .rdf, .owl, .xml, .n3),
    told apart by their names. YAML, evidence and reference problems are reported
    like SHACL results, each at the annotation file, line and column, with the
    article text span where there is one.

    \b
    Example:
      diplokg validate seeds/
      diplokg validate articles/ --format github --changed-since origin/main
      diplokg validate articles/ --baseline known.json --format sarif -o diplokg.sarif

    \b
    Exit codes: 0 no (new) results at or above --fail-on, 1 there are,
    2 usage error or unreadable input.
    """
    from diplokg.app.drafting import draft_annotation
    from diplokg.rdf.output import write_atomic
    from diplokg.validation.corpus import run_validation
    from diplokg.validation.findings import failing_findings
    from diplokg.validation.report.formats import format_run
    from diplokg.validation.shacl import load_shapes

    read = [f for p in paths for f in (options.files_read_beside(p) if p.suffix == ".txt" else [p])]
    options.refuse_output_onto_input(output, [*read, *shapes, baseline])
    from diplokg.model.limits import resolved

    if update_baseline and output and baseline and resolved(output) == resolved(baseline):
        from diplokg.errors import UsageError

        raise UsageError(
            "the report would replace the baseline --update-baseline writes; "
            "choose another output file",
            path=output,
        )
    with contextlib.ExitStack() as stack:  # the bar (on a terminal) ends before the report
        run = run_validation(
            list(paths),
            shapes=list(shapes),
            jobs=jobs,
            changed_since=changed_since,
            baseline=baseline,
            update_baseline=update_baseline,
            engine=engine,
            progress=options.terminal_progress(stack, "validating"),
            notice=_notice,
            draft=draft_annotation,
        )
    shapes_graph = load_shapes(list(shapes)) if fmt == "turtle" else None
    text = format_run(run, fmt, fail_on=fail_on, shapes=shapes_graph)
    if output is None:
        click.echo(text, nl=False)
    else:
        write_atomic(output, text.encode("utf-8"))
        options.say(format_run(run, "text", fail_on=fail_on).splitlines()[-1], err=True)
    if failing_findings(run, fail_on) and not update_baseline:
        click.get_current_context().exit(1)


def _notice(message: str) -> None:
    options.say(message, err=True)
