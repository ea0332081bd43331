"""``diplokg load``: article graphs into a remote SPARQL 1.1 store."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import click

from diplokg.cli.options import FILE, FOLDER, choice, defaulted_option, summary
from diplokg.errors import UsageError

if TYPE_CHECKING:
    from diplokg.store.remote import LoadProgress


@click.command()
@click.argument("files", nargs=-1, type=FILE)
@click.option(
    "--build",
    "build_dir",
    type=FOLDER,
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
@defaulted_option(
    "--mode",
    choice("replace", "append"),
    "replace",
    "replace swaps each article's graph atomically; append adds to it.",
)
@defaulted_option("--chunk-size", click.IntRange(min=1), 10_000, "Most triples per request.")
@defaulted_option(
    "--parallel",
    click.IntRange(min=1),
    2,
    "Update requests in flight at once (each holds whole articles; --commit batch).",
)
@defaulted_option(
    "--commit",
    choice("all", "batch"),
    "all",
    "all: stage every graph invisibly, then swap them all in with one update (a failed "
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
    from diplokg.model.annotation import unique_paths
    from diplokg.store.remote import Endpoint, article_files, load_remote

    if bool(files) == bool(build_dir):
        raise UsageError("give article graph FILES or --build DIR (one of the two)")
    paths = unique_paths(files) if files else article_files(build_dir) if build_dir else []
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
    summary(
        f"{report.mode}: {len(report.graphs)} graphs, {report.triples} triples into "
        f"{report.endpoint} in {report.seconds:.1f} s ({rate:,.0f} triples/s, "
        f"{report.requests} requests); every graph's triple count verified"
    )
