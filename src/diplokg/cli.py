"""The ``diplokg`` command line: thin commands over the library.

Each command parses its options, calls one library function and formats the
result. Errors the user can fix (:class:`~diplokg.errors.DiplokgError`) are
turned into one line on stderr and exit code 2 here, in one place; a failed
validation exits 1; success exits 0.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from diplokg import __version__
from diplokg.annotation import parse_day
from diplokg.convert import convert_files
from diplokg.corpus_validate import ENGINES, run_validation
from diplokg.errors import DiplokgError, UsageError
from diplokg.output import serialize_graph, write_atomic
from diplokg.queries import RESULT_FORMATS, stored_queries
from diplokg.report import REPORT_FORMATS, failing_findings, format_run
from diplokg.store import RdfFormat
from diplokg.validate import ValidationResult, load_shapes

# The extractor, the renderer, the docs writer, the evaluator, the pipeline and the
# remote client are imported inside the commands that use them: each costs start-up
# time (up to a third of a second) that `diplokg validate` in CI should not pay.
if TYPE_CHECKING:
    from diplokg.remote import LoadProgress

__all__ = ["cli", "main"]


_F = TypeVar("_F", bound=Callable[..., Any])


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


_ARTICLE_INPUTS = [
    click.option(
        "--annotation",
        type=click.Path(dir_okay=False, path_type=Path),
        help="Annotation YAML [default: NAME.ann.yaml beside ARTICLE].",
    ),
    click.option(
        "--metadata",
        type=click.Path(dir_okay=False, path_type=Path),
        help="Metadata YAML [default: NAME.meta.yaml beside ARTICLE].",
    ),
    click.option(
        "--registry",
        type=click.Path(dir_okay=False, path_type=Path),
        help="Entity registry [default: entities.yaml beside ARTICLE].",
    ),
    click.option(
        "--published", metavar="YYYY-MM-DD", help="Publication date (overrides metadata)."
    ),
    click.option("--publisher", metavar="NAME", help="Publisher name or registry key."),
]


def _article_inputs(command: _F) -> _F:
    """The options that find an article's annotation, metadata and registry (shared)."""
    for option in reversed(_ARTICLE_INPUTS):
        command = option(command)
    return command


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
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    help="Worker processes [default: one per CPU].",
)
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
    from diplokg.pipeline import build as run_build

    with contextlib.ExitStack() as stack:
        progress = None
        if sys.stderr.isatty():  # a bar on a terminal, nothing when stderr is piped
            bar = stack.enter_context(
                click.progressbar(length=1, label="converting", file=sys.stderr)
            )

            def progress(done: int, total: int) -> None:
                bar.length = total
                bar.update(done - bar.pos)

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
        click.echo(
            f"{a.text}: {a.triple_count} triples, {outcome.report.violations} violations, "
            f"{outcome.report.count('Warning')} warnings ({a.annotation_kind} annotation)"
        )
        for r in outcome.report.results:
            click.echo(f"  {_result_line(r)}")
    click.echo(
        f"articles: {len(result.articles)}  triples: {result.triples}  "
        f"violations: {result.violations}  warnings: {result.warnings}"
    )
    click.echo(
        f"converted: {result.converted} (the other {len(result.articles) - result.converted} "
        "unchanged since the last build)"
    )
    click.echo(f"graphs:   {result.out_dir / 'articles'}")
    click.echo(f"dataset:  {result.dataset}")
    click.echo(f"report:   {result.report}")
    if result.pages is not None:
        click.echo(f"pages:    {result.pages} (one review page per article)")
    for moved in result.moved:
        click.echo(f"moved:    an earlier {moved.name} to {moved} (diplokg deletes only its own)")
    if result.loaded:
        click.echo(f"store:    {result.store} (try: diplokg query people)")
    else:
        click.echo(f"store:    not loaded, fix the violations first ({result.store} unchanged)")
        click.get_current_context().exit(1)


@cli.command()
@click.argument("article", type=click.Path(dir_okay=False, path_type=Path))
@_article_inputs
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
    type=click.Choice(REPORT_FORMATS),
    default="text",
    show_default=True,
    help="text for people; json (one object per result); junit XML; github (workflow "
    "commands that annotate the lines); sarif (2.1.0, for code scanning); turtle (the W3C "
    "SHACL validation report graph).",
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
@click.option(
    "--baseline",
    type=click.Path(dir_okay=False, path_type=Path),
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
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    help="Worker processes [default: one per CPU].",
)
@click.option(
    "--engine",
    type=click.Choice(ENGINES),
    default="auto",
    show_default=True,
    help="SHACL engine: pyshacl (the reference), fast (compiled shapes, same results), "
    "auto (fast when it supports the shapes).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the report to this file (atomically); the summary goes to stderr.",
)
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
    articles, or RDF files (.ttl, .trig, .nt, .nq, .jsonld). YAML, evidence and
    reference problems are reported like SHACL results, each at the annotation
    file, line and column, with the article text span where there is one.

    \b
    Example:
      diplokg validate seeds/
      diplokg validate articles/ --format github --changed-since origin/main
      diplokg validate articles/ --baseline known.json --format sarif -o diplokg.sarif

    \b
    Exit codes: 0 no (new) results at or above --fail-on, 1 there are,
    2 usage error or unreadable input.
    """
    run = run_validation(
        list(paths),
        shapes=list(shapes),
        jobs=jobs,
        changed_since=changed_since,
        baseline=baseline,
        update_baseline=update_baseline,
        engine=engine,
        progress=_progress if sys.stderr.isatty() and output is None else None,
    )
    shapes_graph = load_shapes(list(shapes)) if fmt == "turtle" else None
    text = format_run(run, fmt, fail_on=fail_on, shapes=shapes_graph)
    if output is None:
        click.echo(text, nl=False)
    else:
        write_atomic(output, text.encode("utf-8"))
        click.echo(format_run(run, "text", fail_on=fail_on).splitlines()[-1], err=True)
    if failing_findings(run, fail_on) and not update_baseline:
        click.get_current_context().exit(1)


def _progress(done: int, total: int) -> None:
    end = "\n" if done == total else ""
    click.echo(f"\rvalidated {done}/{total}", nl=False, err=True)
    click.echo(end, nl=False, err=True)


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
@click.option(
    "--endpoint",
    metavar="URL",
    help="Query this SPARQL 1.1 endpoint instead (credentials: DIPLOKG_ENDPOINT_* variables).",
)
def query(
    name: str,
    params: Sequence[str],
    fmt: str,
    store_dir: Path | None,
    data_files: Sequence[Path],
    endpoint: str | None,
) -> None:
    """Run the stored query NAME (see 'diplokg queries').

    \b
    Example:
      diplokg query meetings
      diplokg query who-said --param name=blinken --format csv
      diplokg query people --data out/dataset.trig
      diplokg query people --endpoint http://localhost:7878/query

    \b
    Exit codes: 0 success, 2 usage or input error.
    """
    from diplokg.pipeline import answer_query
    from diplokg.remote import Endpoint, answer_remote_query

    if endpoint is not None:
        if store_dir or data_files:
            raise UsageError("give --endpoint or --store/--data, not both")
        output = answer_remote_query(
            name, params=_parse_params(params), fmt=fmt, endpoint=Endpoint.configure(endpoint)
        )
    else:
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


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--gold",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Gold file of the one ARTICLE [default: NAME.gold.json beside it].",
)
@click.option(
    "--annotation",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Score this annotation (e.g. the curated one) instead of the extractor's draft.",
)
@click.option(
    "--curated",
    is_flag=True,
    help="Score the NAME.ann.yaml beside each article instead of the extractor's draft.",
)
@click.option(
    "--registry",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Entity registry [default: entities.yaml beside the article, else none].",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="table for people, json for machines.",
)
@click.option("--errors", is_flag=True, help="List every false positive and false negative.")
def evaluate(
    paths: Sequence[Path],
    gold: Path | None,
    annotation: Path | None,
    curated: bool,
    registry: Path | None,
    fmt: str,
    errors: bool,
) -> None:
    """Score extraction against gold files: precision, recall and F1 per kind.

    PATHS are article .txt files or folders; a folder means every NAME.txt in it
    with NAME.gold.json beside it. The extractor drafts each article unless
    --annotation or --curated names what to score. Matching follows
    ../shared/evaluation/gold-format.md; "micro" sums the seven fact kinds.

    \b
    Example:
      diplokg evaluate --gold ../shared/evaluation/000_seed.json seeds/000_7f87956a7e0403ad.txt
      diplokg evaluate tests/data/dev/ --format json
      diplokg evaluate seeds/000_7f87956a7e0403ad.txt --gold GOLD.json \\
          --annotation seeds/000_7f87956a7e0403ad.ann.yaml --errors

    \b
    Exit codes: 0 success, 2 usage or input error.
    """
    from diplokg.evaluate import evaluate_paths, format_evaluation, run_to_json

    run = evaluate_paths(
        list(paths), gold=gold, annotation=annotation, curated=curated, registry=registry
    )
    if fmt == "json":
        click.echo(run_to_json(run, errors=errors))
    else:
        click.echo(format_evaluation(run, errors=errors), nl=False)


@cli.command()
@click.argument("article", type=click.Path(dir_okay=False, path_type=Path))
@_article_inputs
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="HTML file, written atomically [default: stdout].",
)
def render(
    article: Path,
    annotation: Path | None,
    metadata: Path | None,
    registry: Path | None,
    published: str | None,
    publisher: str | None,
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
    from diplokg.render import render_file

    page = render_file(
        article,
        annotation=annotation,
        metadata=metadata,
        registry=registry,
        published=_day(published, "--published"),
        publisher=publisher,
    )
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


@cli.command()
@click.option(
    "-o",
    "--out",
    "out_dir",
    default="out/docs",
    show_default=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for index.html, the diagrams and the ontology.",
)
@click.option(
    "--examples",
    "examples_dir",
    default="seeds",
    show_default=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder of annotated articles the examples are drawn from.",
)
@click.option(
    "--registry",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Entity registry [default: entities.yaml beside the articles].",
)
def docs(out_dir: Path, examples_dir: Path, registry: Path | None) -> None:
    """Write HTML documentation of the ontology, with class diagrams (needs Graphviz).

    Every class, property and individual with its label, definition,
    alignments, domain and range, and an example from the converted articles.

    \b
    Example:
      diplokg docs -o out/docs
      diplokg docs -o site/ --examples seeds/

    \b
    Exit codes: 0 success, 2 usage or input error (or Graphviz missing).
    """
    from diplokg.docs import write_docs

    result = write_docs(out_dir, examples_dir=examples_dir, registry=registry)
    click.echo(
        f"{result.classes} classes, {result.properties} properties, "
        f"{result.individuals} individuals, {result.examples} with examples"
    )
    click.echo(f"docs:     {result.index}")
    for diagram in result.diagrams:
        click.echo(f"diagram:  {diagram}")


@cli.command()
@click.argument("article", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--published", metavar="YYYY-MM-DD", help="Publication date [default: from NAME.meta.yaml]."
)
@click.option(
    "--publisher", metavar="NAME", help="Publisher name or registry key [default: from metadata]."
)
@click.option(
    "--registry",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Entity registry [default: entities.yaml beside ARTICLE, else none].",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Output file, written atomically [default: stdout].",
)
def extract(
    article: Path,
    published: str | None,
    publisher: str | None,
    registry: Path | None,
    output: Path | None,
) -> None:
    """Draft an annotation of ARTICLE, in the curated annotation's YAML format.

    Every drafted fact carries a confidence (0-1) and the rule that produced it,
    so a reviewer can start with the least certain. Offline and deterministic.

    \b
    Example:
      diplokg extract article.txt --published 2024-03-07 --publisher Reuters \\
          -o article.ann.yaml

    \b
    Exit codes: 0 success, 2 usage or input error.
    """
    from diplokg.extract import extract_file

    draft = extract_file(
        article,
        published=_day(published, "--published"),
        publisher=publisher,
        registry=registry,
    )
    ann = draft.annotation
    click.echo(
        f"{article}: drafted {len(ann.facts())} facts about {len(ann.mentions)} entities",
        err=True,
    )
    if output is None:
        click.echo(draft.yaml, nl=False)
    else:
        write_atomic(output, draft.yaml.encode("utf-8"))


@cli.command()
@click.argument("files", nargs=-1, type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--build",
    "build_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Load the article graphs a 'diplokg build -o DIR' wrote (DIR/articles/*.trig).",
)
@click.option("--endpoint", required=True, metavar="URL", help="SPARQL 1.1 query endpoint.")
@click.option(
    "--update-endpoint", metavar="URL", help="SPARQL 1.1 update endpoint [default: --endpoint]."
)
@click.option(
    "--gsp-endpoint",
    metavar="URL",
    help="Graph Store Protocol endpoint: send data as N-Triples and swap with MOVE.",
)
@click.option(
    "--mode",
    type=click.Choice(["replace", "append"]),
    default="replace",
    show_default=True,
    help="replace swaps each article's graph atomically; append adds to it.",
)
@click.option(
    "--chunk-size",
    type=click.IntRange(min=1),
    default=10_000,
    show_default=True,
    help="Most triples per request.",
)
@click.option(
    "--parallel",
    type=click.IntRange(min=1),
    default=2,
    show_default=True,
    help="Update requests in flight at once (each holds whole articles).",
)
def load(
    files: Sequence[Path],
    build_dir: Path | None,
    endpoint: str,
    update_endpoint: str | None,
    gsp_endpoint: str | None,
    mode: str,
    chunk_size: int,
    parallel: int,
) -> None:
    """Load article graphs into a SPARQL 1.1 triplestore, one named graph per article.

    FILES are TriG or N-Quads files; the packaged ontology is loaded too. The
    descriptions of shared entities go once into one entity graph. Every
    graph's triple count is checked afterwards. Credentials come from the
    environment only: DIPLOKG_ENDPOINT_USER and DIPLOKG_ENDPOINT_PASSWORD
    (DIPLOKG_ENDPOINT_AUTH=basic|digest) or DIPLOKG_ENDPOINT_TOKEN (bearer).

    \b
    Example:
      diplokg load --build out/ --endpoint http://localhost:7878/query \\
          --update-endpoint http://localhost:7878/update
      DIPLOKG_ENDPOINT_USER=dba DIPLOKG_ENDPOINT_PASSWORD=dba DIPLOKG_ENDPOINT_AUTH=digest \\
        diplokg load out/articles/*.trig --endpoint http://localhost:8890/sparql \\
          --update-endpoint http://localhost:8890/sparql-auth \\
          --gsp-endpoint http://localhost:8890/sparql-graph-crud-auth

    \b
    Exit codes: 0 success, 2 usage or input error, or the store failed.
    """
    from diplokg.remote import Endpoint, article_files, load_remote

    if bool(files) == bool(build_dir):
        raise UsageError("give article graph FILES or --build DIR (one of the two)")
    paths = list(files) if files else article_files(build_dir) if build_dir else []
    target = Endpoint.configure(endpoint, update_url=update_endpoint, gsp_url=gsp_endpoint)
    show = sys.stderr.isatty()

    def progress(p: LoadProgress) -> None:
        if show:
            click.echo(f"\r{p.graphs} graphs, {p.triples} triples", nl=False, err=True)

    report = load_remote(
        target,
        paths,
        mode="append" if mode == "append" else "replace",
        chunk_triples=chunk_size,
        progress=progress,
        parallel=parallel,
    )
    if show:
        click.echo("", err=True)
    rate = report.triples / report.seconds if report.seconds else 0.0
    click.echo(
        f"{report.mode}: {len(report.graphs)} graphs, {report.triples} triples into "
        f"{report.endpoint} in {report.seconds:.1f} s ({rate:,.0f} triples/s, "
        f"{report.requests} requests); every graph's triple count verified"
    )


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point of the ``diplokg`` command."""
    cli.main(args=list(argv) if argv is not None else None, prog_name="diplokg")
