"""The ``diplokg`` command line: thin commands over the library.

Each command parses its options, calls one library function and formats the
result. Errors the user can fix (:class:`~diplokg.errors.DiplokgError`) are
turned into one line on stderr and exit code 2 here, in one place; a failed
validation exits 1; success exits 0.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import io
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from diplokg import __version__
from diplokg.errors import DiplokgError, UsageError

# Everything that loads rdflib, pySHACL, Jinja2 or the extractor is imported inside
# the commands that use it: `diplokg --help`, `diplokg queries` and `diplokg query`
# start in a fraction of the time (tests/test_startup.py checks what start-up imports).
if TYPE_CHECKING:
    import datetime as dt

    from diplokg.store.remote import LoadProgress
    from diplokg.validation.shacl import ValidationResult

__all__ = ["cli", "main"]


_F = TypeVar("_F", bound=Callable[..., Any])


class _UserError(click.ClickException):
    """A :class:`DiplokgError` shown as one line on stderr; exit code 2."""

    exit_code = 2

    def show(self, file: Any = None) -> None:
        click.echo(f"error: {self.format_message()}", err=True)


class _InternalError(click.ClickException):
    """A bug in diplokg: one line on stderr saying where the traceback is; exit code 3."""

    exit_code = 3

    def show(self, file: Any = None) -> None:
        click.echo(f"error: {self.format_message()}", err=True)


class _LazyChoice(click.Choice):  # type: ignore[type-arg]
    """A :class:`click.Choice` whose choices come from a module imported when first needed."""

    def __init__(self, module: str, name: str, *, values: bool = False) -> None:
        self._where = (module, name, values)
        super().__init__([])

    @property  # type: ignore[override]
    def choices(self) -> Sequence[str]:
        import importlib

        module, name, values = self._where
        found = getattr(importlib.import_module(module), name)
        return tuple(item.value for item in found) if values else tuple(found)

    @choices.setter
    def choices(self, _: Sequence[str]) -> None:
        pass


class _Group(click.Group):
    """Turns every exception into its exit code, here and nowhere else (see crash.py)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            result = super().invoke(ctx)
        except DiplokgError as exc:
            raise _UserError(" ".join(str(exc).splitlines())) from None  # one line, always
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            _flush_stdout()
            raise
        except OSError as exc:
            from diplokg.crash import ENVIRONMENT_ERRNOS, describe_os_error

            if exc.errno == errno.EPIPE:
                raise  # click ends quietly when the reader of a pipe went away
            if exc.errno not in ENVIRONMENT_ERRNOS:
                raise _internal(ctx, exc) from None
            broken = _stdout_broken() or _from_echo(exc)
            raise _UserError(describe_os_error(exc, stdout_broken=broken)) from None
        except Exception as exc:
            raise _internal(ctx, exc) from None
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            raise click.exceptions.Exit(130) from None  # as shells report SIGINT; not 1
        _flush_stdout()
        return result


def _flush_stdout() -> None:
    """Report a full disk under standard output here, in one line, not at exit."""
    try:
        sys.stdout.flush()
    except OSError as exc:
        from diplokg.crash import describe_os_error

        if exc.errno == errno.EPIPE:
            raise
        _stdout_broken()
        raise _UserError(describe_os_error(exc, stdout_broken=True)) from None


def _from_echo(exc: BaseException) -> bool:
    """Whether ``exc`` was raised writing a command's output (``click.echo``)."""
    return any(
        frame.f_code.co_name == "echo" and frame.f_globals.get("__name__") == "click.utils"
        for frame, _ in traceback.walk_tb(exc.__traceback__)
    )


def _stdout_broken() -> bool:
    """Whether standard output cannot take what is buffered for it (a full disk under it).

    If so, it is pointed at the null device: the output is lost anyway, and Python must
    not fail again, with a traceback, when it flushes the buffer at exit.
    """
    try:
        sys.stdout.flush()
    except OSError:
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            os.close(devnull)
        except (OSError, ValueError, io.UnsupportedOperation):
            pass
        return True
    return False


def _internal(ctx: click.Context, exc: Exception) -> _InternalError:
    from diplokg.crash import write_crash_report

    what = f"{type(exc).__name__}: {str(exc)[:200]}".splitlines()[0]
    if (ctx.obj or {}).get("debug"):
        click.echo("".join(traceback.format_exception(exc)), err=True, nl=False)
        return _InternalError(f"internal error (a bug in diplokg): {what}")
    report = write_crash_report(exc)
    where = f"the traceback is in {report}" if report else "run again with --debug to see it"
    return _InternalError(f"internal error (a bug in diplokg, please report it): {what}; {where}")


def _day(value: str | None, what: str) -> dt.date | None:
    from diplokg.model.annotation import parse_day

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
@click.option("--debug", is_flag=True, help="On an internal error, print the full traceback.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """Turn diplomatic news into an RDF knowledge graph, every fact grounded in its text.

    \b
    Example:
      diplokg build seeds/ -o out/
      diplokg query meetings

    \b
    Exit codes: 0 success, 1 violations found, 2 usage or input error
    (or a full disk), 3 internal error (a bug: the traceback goes to a file).
    """
    ctx.obj = {"debug": debug}


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
    type=_LazyChoice("diplokg.store.embedded", "RdfFormat", values=True),
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
    from diplokg.app import draft_annotation
    from diplokg.convert import convert_files
    from diplokg.output import serialize_graph, write_atomic
    from diplokg.store.embedded import RdfFormat

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
        draft=draft_annotation,
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
    type=_LazyChoice("diplokg.validation.report.formats", "REPORT_FORMATS"),
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
    type=_LazyChoice("diplokg.validation.shacl", "ENGINES"),
    default="auto",
    show_default=True,
    help="SHACL engine: pyshacl (the reference), fast (compiled shapes, same results; "
    "refuses shapes it cannot check exactly), auto (fast, and pyshacl for the shapes or "
    "graphs fast refuses; one line on stderr says which ran and why).",
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
    from diplokg.app import draft_annotation
    from diplokg.output import write_atomic
    from diplokg.validation.corpus import run_validation
    from diplokg.validation.findings import failing_findings
    from diplokg.validation.report.formats import format_run
    from diplokg.validation.shacl import load_shapes

    run = run_validation(
        list(paths),
        shapes=list(shapes),
        jobs=jobs,
        changed_since=changed_since,
        baseline=baseline,
        update_baseline=update_baseline,
        engine=engine,
        progress=_progress if sys.stderr.isatty() and output is None else None,
        notice=_notice,
        draft=draft_annotation,
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


def _notice(message: str) -> None:
    click.echo(message, err=True)


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
    type=_LazyChoice("diplokg.store.queries", "RESULT_FORMATS"),
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
@click.option(
    "--limit", type=click.IntRange(min=0), metavar="N", help="At most N rows (after --offset)."
)
@click.option("--offset", type=click.IntRange(min=0), metavar="N", help="Skip the first N rows.")
def query(
    name: str,
    params: Sequence[str],
    fmt: str,
    store_dir: Path | None,
    data_files: Sequence[Path],
    endpoint: str | None,
    limit: int | None,
    offset: int | None,
) -> None:
    """Run the stored query NAME (see 'diplokg queries').

    csv, tsv and json stream as the store answers. CSV cells that start
    with = + - @ (or a tab) get a leading ' so spreadsheets do not run them.

    \b
    Example:
      diplokg query meetings
      diplokg query who-said --param name=blinken --format csv
      diplokg query people --data out/dataset.trig --limit 20
      diplokg query people --endpoint http://localhost:7878/query

    \b
    Exit codes: 0 success, 2 usage or input error.
    """
    from diplokg.store.queries import bind_params, get_query, query_store, write_result

    stored, values = get_query(name), _parse_params(params)
    bind_params(stored, values)
    out = sys.stdout.buffer
    try:
        if endpoint is not None:
            from diplokg.store.remote import Endpoint, write_remote_result

            if store_dir or data_files:
                raise UsageError("give --endpoint or --store/--data, not both")
            target = Endpoint.configure(endpoint)
            write_remote_result(out, target, stored, values, fmt, limit=limit, offset=offset)
        else:
            store = query_store(store_dir=store_dir, data_files=data_files)
            write_result(out, store, stored, values, fmt, limit=limit, offset=offset)
    except BrokenPipeError:  # the reader stopped (`| head`): not an error
        _quiet_stdout()


def _quiet_stdout() -> None:
    """Send what Python still flushes at exit to /dev/null (the pipe is gone)."""
    import os

    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    os.close(devnull)


@cli.command("queries")
def list_queries() -> None:
    """List the stored queries with their descriptions and parameters.

    \b
    Example:
      diplokg queries
    """
    from diplokg.store.queries import stored_queries

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
@click.option(
    "--min-confidence",
    type=click.FloatRange(0, 1),
    default=0.0,
    show_default=True,
    help="Score only the draft's facts at least this confident (as extract --min-confidence).",
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
    from diplokg.app import draft_annotation
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
    from diplokg.app import draft_annotation
    from diplokg.output import write_atomic
    from diplokg.render import render_file

    page = render_file(
        article,
        annotation=annotation,
        metadata=metadata,
        registry=registry,
        published=_day(published, "--published"),
        publisher=publisher,
        draft=draft_annotation,
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
    from diplokg.app import draft_annotation
    from diplokg.present.docs import write_docs

    result = write_docs(
        out_dir, examples_dir=examples_dir, registry=registry, draft=draft_annotation
    )
    click.echo(
        f"{result.classes} classes, {result.properties} properties, "
        f"{result.individuals} individuals, {result.examples} with examples"
    )
    click.echo(f"docs:     {result.index}")
    for diagram in result.diagrams:
        click.echo(f"diagram:  {diagram}")


@cli.command()
@click.argument("article", type=click.Path(path_type=Path))
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
    type=click.Path(path_type=Path),
    help="Output file, written atomically [default: stdout]; for a folder, the output "
    "folder [default: beside each article].",
)
@click.option(
    "--min-confidence",
    type=click.FloatRange(0, 1),
    default=0.0,
    show_default=True,
    help="Leave out facts less confident than this (e.g. 0.8: about 9 in 10 right).",
)
@click.option(
    "--jobs",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="Worker processes for a folder (0: one per core).",
)
def extract(
    article: Path,
    published: str | None,
    publisher: str | None,
    registry: Path | None,
    output: Path | None,
    min_confidence: float,
    jobs: int,
) -> None:
    """Draft an annotation of ARTICLE, in the curated annotation's YAML format.

    Every drafted fact carries a confidence (0-1) and the rule that produced it,
    so a reviewer can start with the least certain. Offline and deterministic.
    ARTICLE may be a folder: every NAME.txt in it is drafted into
    NAME.draft.ann.yaml, on every core, in the same way whatever the order the
    workers finish in.

    \b
    Example:
      diplokg extract article.txt --published 2024-03-07 --publisher Reuters \\
          -o article.ann.yaml
      diplokg extract articles/ -o drafts/ --min-confidence 0.8

    \b
    Exit codes: 0 success, 2 usage or input error (for a folder: any article).
    """
    from diplokg.extract import extract_file, extract_folder
    from diplokg.output import write_atomic

    if article.is_dir():
        drafted = extract_folder(
            article,
            output_dir=output,
            published=_day(published, "--published"),
            publisher=publisher,
            registry=registry,
            min_confidence=min_confidence,
            jobs=jobs or None,
            write=write_atomic,
        )
        for d in drafted:
            if d.error is not None:
                click.echo(f"error: {d.error}", err=True)
            else:
                click.echo(
                    f"{d.article}: drafted {d.facts} facts about {d.entities} entities "
                    f"-> {d.output}",
                    err=True,
                )
        failed = sum(d.error is not None for d in drafted)
        if failed:
            raise _UserError(f"{failed} of {len(drafted)} articles could not be drafted")
        return
    draft = extract_file(
        article,
        published=_day(published, "--published"),
        publisher=publisher,
        registry=registry,
        min_confidence=min_confidence,
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
    help="Update requests in flight at once (each holds whole articles; --commit batch).",
)
@click.option(
    "--commit",
    type=click.Choice(["all", "batch"]),
    default="all",
    show_default=True,
    help="all: stage every graph invisibly, then swap them all in with one update (a failed "
    "load changes nothing); batch: each request of whole articles commits on its own.",
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
    commit: str,
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
    from diplokg.store.remote import Endpoint, article_files, load_remote

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
        commit="batch" if commit == "batch" else "all",
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
