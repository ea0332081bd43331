"""The ``diplokg`` command line: thin commands over the library.

Each command parses its options, calls one library function and formats the
result. Errors the user can fix (:class:`~diplokg.errors.DiplokgError`) are
turned into one line on stderr and exit code 2 here, in one place; a failed
validation exits 1; success exits 0.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from diplokg import __version__
from diplokg.annotation import parse_day
from diplokg.convert import convert_files
from diplokg.errors import DiplokgError, UsageError
from diplokg.output import serialize_graph, write_atomic
from diplokg.pipeline import answer_query
from diplokg.pipeline import build as run_build
from diplokg.queries import RESULT_FORMATS, stored_queries
from diplokg.store import RdfFormat
from diplokg.validate import SEVERITIES, ValidationReport, ValidationResult
from diplokg.validate import validate_paths as run_validate

__all__ = ["cli", "main"]


class _UserError(click.ClickException):
    """A :class:`DiplokgError` shown as one line on stderr; exit code 2."""

    exit_code = 2

    def show(self, file: Any = None) -> None:
        click.echo(f"error: {self.format_message()}", err=True)


class _Group(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except DiplokgError as exc:
            raise _UserError(str(exc)) from None


def _day(value: str | None, what: str) -> dt.date | None:
    return None if value is None else parse_day(value, what=what)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="diplokg")
def cli() -> None:
    """Turn diplomatic news into an RDF knowledge graph, every fact grounded in its text.

    \b
    Example:
      diplokg build seeds/ -o out/
      diplokg query meetings
    """


@cli.command()
@click.argument(
    "seeds_dir", default="seeds", type=click.Path(file_okay=False, path_type=Path), required=False
)
@click.option(
    "-o",
    "--out",
    "out_dir",
    default="out",
    show_default=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for the article graphs, merged dataset, report and store.",
)
@click.option(
    "--store",
    "store_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Embedded store folder [default: OUT/store].",
)
@click.option(
    "--registry",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Entity registry [default: entities.yaml beside the articles].",
)
def build(seeds_dir: Path, out_dir: Path, store_dir: Path | None, registry: Path | None) -> None:
    """Convert, validate, write and load every article of SEEDS_DIR (the main job).

    Writes OUT/articles/NAME.trig, OUT/dataset.trig and OUT/validation-report.ttl,
    then loads the graphs into the embedded store unless a shape is violated.

    \b
    Example:
      diplokg build seeds/ -o out/

    \b
    Exit codes: 0 success, 1 validation found violations, 2 usage or input error.
    """
    result = run_build(seeds_dir, out_dir=out_dir, store_dir=store_dir, registry=registry)
    for outcome in result.articles:
        a = outcome.article
        click.echo(
            f"{a.sources.text}: {a.triple_count} triples, {outcome.report.violations} violations, "
            f"{outcome.report.count('Warning')} warnings ({a.annotation_kind} annotation)"
        )
        for r in outcome.report.results:
            click.echo(f"  {_result_line(r)}")
    click.echo(
        f"articles: {len(result.articles)}  triples: {result.triples}  "
        f"violations: {result.violations}  warnings: {result.warnings}"
    )
    click.echo(f"graphs:   {result.out_dir / 'articles'}")
    click.echo(f"dataset:  {result.dataset}")
    click.echo(f"report:   {result.report}")
    if result.loaded:
        click.echo(f"store:    {result.store} (try: diplokg query people)")
    else:
        click.echo(f"store:    not loaded, fix the violations first ({result.store} unchanged)")
        click.get_current_context().exit(1)


@cli.command()
@click.argument("article", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--annotation",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Annotation YAML [default: NAME.ann.yaml beside ARTICLE].",
)
@click.option(
    "--metadata",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Metadata YAML [default: NAME.meta.yaml beside ARTICLE].",
)
@click.option(
    "--registry",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Entity registry [default: entities.yaml beside ARTICLE].",
)
@click.option("--published", metavar="YYYY-MM-DD", help="Publication date (overrides metadata).")
@click.option("--publisher", metavar="NAME", help="Publisher name or registry key.")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Output file, written atomically [default: stdout].",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice([f.value for f in RdfFormat]),
    help="RDF format [default: from the output's extension, else turtle].",
)
def convert(
    article: Path,
    annotation: Path | None,
    metadata: Path | None,
    registry: Path | None,
    published: str | None,
    publisher: str | None,
    output: Path | None,
    fmt: str | None,
) -> None:
    """Convert one ARTICLE and its annotation into RDF.

    \b
    Example:
      diplokg convert seeds/000_7f87956a7e0403ad.txt -o seed.ttl
      diplokg convert article.txt --annotation a.ann.yaml \\
          --published 2023-07-14 --publisher DN --format jsonld

    \b
    Exit codes: 0 success, 2 usage or input error.
    """
    rdf_format = (
        RdfFormat(fmt)
        if fmt
        else (RdfFormat.from_extension(output) if output else RdfFormat.TURTLE)
    )
    result = convert_files(
        article,
        annotation=annotation,
        metadata=metadata,
        registry=registry,
        published=_day(published, "--published"),
        publisher=publisher,
    )
    data = serialize_graph(result.graph, result.graph_iri, rdf_format)
    click.echo(
        f"{article}: {result.triple_count} triples from the {result.annotation_kind} annotation",
        err=True,
    )
    if output is None:
        click.echo(data.decode("utf-8"), nl=False)
    else:
        write_atomic(output, data)


def _result_line(r: ValidationResult) -> str:
    where = f" path <{r.path}>" if r.path else ""
    value = f" value {r.value!r}" if r.value is not None else ""
    return f"{r.severity}: {r.message} [shape <{r.shape}> focus <{r.focus}>{where}{value}]"


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "turtle"]),
    default="text",
    show_default=True,
    help="Report format; turtle is the W3C SHACL validation report graph.",
)
@click.option(
    "--fail-on",
    type=click.Choice(["violation", "warning", "info", "none"]),
    default="violation",
    show_default=True,
    help="Lowest severity that makes the exit code 1.",
)
@click.option(
    "--shapes",
    multiple=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Shapes file(s) to use instead of the packaged shapes.",
)
def validate(paths: Sequence[Path], fmt: str, fail_on: str, shapes: Sequence[Path]) -> None:
    """Validate articles (converted on the fly) or RDF files against the SHACL shapes.

    PATHS are article .txt files (with their annotation beside them), folders of
    articles, or RDF files (.ttl, .trig, .nt, .nq, .jsonld).

    \b
    Example:
      diplokg validate seeds/
      diplokg validate out/dataset.trig --format json

    \b
    Exit codes: 0 conforms, 1 results at or above --fail-on, 2 usage or input error.
    """
    reports = run_validate(list(paths), shapes=list(shapes))
    if fmt == "json":
        click.echo(json.dumps([_report_json(name, rep) for name, rep in reports], indent=2))
    elif fmt == "turtle":
        for _, rep in reports:
            click.echo(rep.graph.serialize(format="turtle"))
    else:
        for name, rep in reports:
            counts = ", ".join(f"{rep.count(s)} {s.lower()}s" for s in SEVERITIES)
            click.echo(f"{name}: {'conforms' if rep.conforms else 'does not conform'} ({counts})")
            for r in rep.results:
                click.echo(f"  {_result_line(r)}")
    if fail_on != "none":
        levels = SEVERITIES[: SEVERITIES.index(fail_on.capitalize()) + 1]
        if any(r.severity in levels for _, rep in reports for r in rep.results):
            click.get_current_context().exit(1)


def _report_json(name: str, report: ValidationReport) -> dict[str, Any]:
    return {
        "source": name,
        "conforms": report.conforms,
        "results": [
            {
                "severity": r.severity,
                "shape": r.shape,
                "focus": r.focus,
                "path": r.path,
                "value": r.value,
                "message": r.message,
                "constraint": r.constraint,
            }
            for r in report.results
        ],
    }


def _parse_params(values: Sequence[str]) -> dict[str, str]:
    params: dict[str, str] = {}
    for value in values:
        name, sep, text = value.partition("=")
        if not sep or not name:
            raise UsageError(f"--param takes NAME=VALUE, got {value!r}")
        params[name] = text
    return params


@cli.command()
@click.argument("name")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE", help="Query parameter.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(RESULT_FORMATS),
    default="table",
    show_default=True,
    help="json is SPARQL 1.1 Query Results JSON.",
)
@click.option(
    "--store",
    "store_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Embedded store [default: the one the last build wrote].",
)
@click.option(
    "--data",
    "data_files",
    multiple=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Query these RDF files instead of a store (repeatable).",
)
def query(
    name: str,
    params: Sequence[str],
    fmt: str,
    store_dir: Path | None,
    data_files: Sequence[Path],
) -> None:
    """Run the stored query NAME (see 'diplokg queries').

    \b
    Example:
      diplokg query meetings
      diplokg query who-said --param name=blinken --format csv
      diplokg query people --data out/dataset.trig

    \b
    Exit codes: 0 success, 2 usage or input error.
    """
    output = answer_query(
        name, params=_parse_params(params), fmt=fmt, store_dir=store_dir, data_files=data_files
    )
    click.echo(output, nl=False)


@cli.command("queries")
def list_queries() -> None:
    """List the stored queries with their descriptions and parameters.

    \b
    Example:
      diplokg queries
    """
    for q in stored_queries():
        click.echo(f"{q.name}: {q.title}")
        click.echo(
            click.wrap_text(
                q.description, width=88, initial_indent="    ", subsequent_indent="    "
            )
        )
        for p in q.params:
            click.echo(f"    --param {p.name}=<{p.kind}>  {p.description}")


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point of the ``diplokg`` command."""
    cli.main(args=list(argv) if argv is not None else None, prog_name="diplokg")
