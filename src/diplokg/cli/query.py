"""``diplokg query`` and ``diplokg queries``: the stored SPARQL queries."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import click

from diplokg.cli.options import (
    EXIT_PIPE_CLOSED,
    FILE,
    FOLDER,
    LazyChoice,
    format_option,
    quiet_stdout,
)
from diplokg.errors import UsageError


def _parse_params(values: Sequence[str]) -> dict[str, str]:
    params: dict[str, str] = {}
    for value in values:
        name, sep, text = value.partition("=")
        if not sep or not name:
            raise UsageError(f"--param takes NAME=VALUE, got {value!r}")
        if name in params and params[name] != text:  # the last would silently win
            raise UsageError(
                f"--param {name!r} is given twice ({params[name]!r} and {text!r}); "
                "a parameter takes one value: give it once"
            )
        params[name] = text
    return params


@click.command()
@click.argument("name")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE", help="Query parameter.")
@format_option(
    LazyChoice("diplokg.store.queries", "RESULT_FORMATS"),
    "json is SPARQL 1.1 Query Results JSON.",
    default="table",
)
@click.option(
    "--store",
    "store_dir",
    type=FOLDER,
    help="Embedded store [default: the one the last build wrote].",
)
@click.option(
    "--data",
    "data_files",
    multiple=True,
    type=FILE,
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
    except BrokenPipeError:  # the reader stopped (`| head`): no error line, exit 141
        quiet_stdout()
        raise click.exceptions.Exit(EXIT_PIPE_CLOSED) from None


@click.command("queries")
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
