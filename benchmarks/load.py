"""Load throughput (triples/s) into the embedded store and into an Oxigraph server.

For a synthetic corpus of N articles (``benchmarks/corpus.py``), each row loads
the same quads into a fresh, empty store:

embedded store (pyoxigraph, on disk)
  * ``bulk_load`` — pyoxigraph's bulk loader, not transactional (the ceiling);
  * ``rebuild_store`` — what ``diplokg build`` does: a new store folder
    bulk-loaded (entity descriptions kept once) and swapped in atomically;
  * ``write_articles`` — incremental, atomic per article; then again over the
    same articles (unchanged);
Oxigraph server (``oxigraph serve`` on a loopback port)
  * ``oxigraph load`` — the offline bulk loader, server stopped (the ceiling);
  * single GSP ``PUT`` — the whole dataset in one Graph Store request (the baseline);
  * ``diplokg load`` — ``load_remote`` through SPARQL Update (atomic per article),
    with one and with two requests in flight;
  * ``diplokg load --gsp-endpoint`` — Graph Store: a ``POST`` per article the store
    does not hold yet (one request, applied all or nothing), with one and two in flight;
    then again, every graph held: ``PUT`` to a staging graph + ``MOVE``;
  * ``diplokg load`` again — replacing every graph that is already there;
  * ``POST /store?no_transaction`` — Oxigraph's bulk path, not atomic (for reference).

Run::

    python benchmarks/load.py 1000 [--corpus DIR] [--skip-put] [--skip-gsp] [--skip-bulk]
                                   [--update-parallel 1,2] [--gsp-parallel 1,2]

and paste the markdown table it prints. Each server run gets its own
temporary folder and port, and the server is stopped afterwards.
"""

from __future__ import annotations

import argparse
import dataclasses
import http.client
import json
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus import article_graphs, generate_corpus

from diplokg.store.embedded import StoreLoad, rebuild_store, write_articles
from diplokg.store.remote import Endpoint, load_remote

__all__ = ["Row", "main", "oxigraph_server"]


@dataclass(frozen=True)
class Row:
    """One measured load."""

    target: str
    method: str
    triples: int
    seconds: float
    note: str = ""

    @property
    def rate(self) -> float:
        return self.triples / self.seconds if self.seconds else 0.0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _oxigraph() -> str:
    beside = Path(sys.executable).parent / "oxigraph"
    found = str(beside) if beside.is_file() else shutil.which("oxigraph")
    if not found:
        raise SystemExit("the oxigraph command is needed: pip install oxigraph")
    return found


@contextmanager
def oxigraph_server(
    location: Path, *, timeout: float | None = None
) -> Iterator[tuple[Endpoint, subprocess.Popen[bytes]]]:
    """An Oxigraph server on a free loopback port, stopped on exit."""
    port = _free_port()
    limit = ["--timeout-s", str(max(1, int(timeout)))] if timeout else []
    process = subprocess.Popen(  # noqa: S603
        [
            _oxigraph(),
            "serve",
            "--location",
            str(location),
            "--bind",
            f"127.0.0.1:{port}",
            "--union-default-graph",
            *limit,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                with urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=2):  # noqa: S310
                    break
            except OSError:
                time.sleep(0.1)
        yield Endpoint(query_url=f"{base}/query", update_url=f"{base}/update"), process
    finally:
        process.terminate()
        process.wait(60)


def _rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def embedded_rows(corpus: Path, quads: int, work: Path) -> list[Row]:
    dataset = corpus / "dataset.nq"
    rows = []
    store = ox.Store(str(work / "bulk"))
    seconds = _timed(lambda: store.bulk_load(path=str(dataset), format=ox.RdfFormat.N_QUADS))
    rows.append(Row("embedded", "pyoxigraph `bulk_load` (ceiling)", quads, seconds))
    del store

    # Atomic for the whole load: bulk_load into a new folder, then rename it over the old.
    def bulk_and_swap() -> None:
        fresh = ox.Store(str(work / "swap.new"))
        fresh.bulk_load(path=str(dataset), format=ox.RdfFormat.N_QUADS)
        fresh.flush()
        del fresh
        (work / "swap.new").rename(work / "swap")

    seconds = _timed(bulk_and_swap)
    note = "atomic for the whole load, not per article"
    rows.append(Row("embedded", "`bulk_load` into a new folder + rename", quads, seconds, note))

    # What `diplokg build` does (rebuild_store): parse each article's file, keep
    # entity descriptions once in the shared graph, bulk-load a new store folder
    # and swap it in atomically.
    results: list[StoreLoad] = []
    seconds = _timed(lambda: results.append(rebuild_store(work / "built", article_graphs(corpus))))
    kept = results[-1].triples + results[-1].entity_graph_triples
    note = f"parsing included; {kept:,} distinct triples kept (entity descriptions once)"
    rows.append(Row("embedded", "`rebuild_store` (as `diplokg build`)", quads, seconds, note))

    # Incremental, atomic per article (write_articles): into an empty store, then
    # the same articles again (each compared with what is stored; nothing changes).
    store = ox.Store(str(work / "articles"))

    def write_all() -> None:
        results.append(write_articles(store, article_graphs(corpus), entities="replace"))
        store.flush()

    seconds = _timed(write_all)
    rows.append(Row("embedded", "`write_articles` into an empty store", quads, seconds))
    again = _timed(write_all)
    note = f"unchanged: {results[-1].added} added, {results[-1].removed} removed"
    rows.append(
        Row("embedded", "`write_articles` again (every article exists)", quads, again, note)
    )
    return rows


def server_rows(
    corpus: Path,
    quads: int,
    work: Path,
    *,
    put: bool,
    gsp_rows: bool,
    update_rows: tuple[int, ...],
    gsp_parallel: tuple[int, ...],
    bulk: bool,
    chunk: int,
) -> list[Row]:
    dataset = corpus / "dataset.nq"
    files = sorted((corpus / "articles").glob("*.trig"))
    rows = []
    seconds = _timed(
        lambda: subprocess.run(  # noqa: S603
            [_oxigraph(), "load", "--location", str(work / "offline"), "--file", str(dataset)],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    )
    rows.append(Row("Oxigraph server", "`oxigraph load`, offline (ceiling)", quads, seconds))

    if put:
        with oxigraph_server(work / "put") as (endpoint, process):
            base = endpoint.query_url.removesuffix("/query")
            host, port = base.removeprefix("http://").split(":")

            def put_all() -> None:
                conn = http.client.HTTPConnection(host, int(port), timeout=3600)
                with dataset.open("rb") as body:
                    conn.request(
                        "PUT",
                        "/store",
                        body=body,
                        headers={
                            "Content-Type": "application/n-quads",
                            "Content-Length": str(dataset.stat().st_size),
                        },
                    )
                    response = conn.getresponse()
                    response.read()
                    assert response.status < 300, response.status  # noqa: S101

            seconds = _timed(put_all)
            note = f"server peak RSS {_rss_mb(process.pid):,.0f} MB"
            rows.append(
                Row(
                    "Oxigraph server",
                    "one GSP `PUT` of the whole file (baseline)",
                    quads,
                    seconds,
                    note,
                )
            )

    # diplokg load: rates are the corpus's triples per second (as for the baseline);
    # the store keeps fewer (each entity description once), noted beside.
    for parallel in update_rows:
        with oxigraph_server(work / f"update-{parallel}") as (endpoint, process):
            report = load_remote(endpoint, files, chunk_triples=chunk, parallel=parallel)
            note = (
                f"{report.triples:,} triples stored, {report.requests} requests, "
                f"server peak RSS {_rss_mb(process.pid):,.0f} MB"
            )
            method = f"`diplokg load --parallel {parallel}` (SPARQL Update)"
            rows.append(Row("Oxigraph server", method, quads, report.seconds, note))
            if parallel == 2:
                report = load_remote(endpoint, files, chunk_triples=chunk, parallel=parallel)
                method = f"`diplokg load --parallel {parallel}` again (replacing every graph)"
                note = f"{report.requests} requests"
                rows.append(Row("Oxigraph server", method, quads, report.seconds, note))
    if bulk:
        with oxigraph_server(work / "bulk") as (endpoint, process):
            base = endpoint.query_url.removesuffix("/query")
            host, port = base.removeprefix("http://").split(":")

            def bulk_post() -> None:
                conn = http.client.HTTPConnection(host, int(port), timeout=3600)
                with dataset.open("rb") as handle:
                    while chunk := b"".join(handle.readline() for _ in range(100_000)):
                        conn.request(
                            "POST",
                            "/store?no_transaction",
                            body=chunk,
                            headers={"Content-Type": "application/n-quads"},
                        )
                        response = conn.getresponse()
                        response.read()
                        assert response.status < 300, response.status  # noqa: S101

            seconds = _timed(bulk_post)
            rows.append(
                Row(
                    "Oxigraph server",
                    "`POST /store?no_transaction` in 100k-quad chunks (Oxigraph only)",
                    quads,
                    seconds,
                    "not transactional: for reference",
                )
            )
    if not gsp_rows:
        return rows
    for parallel in gsp_parallel:
        with oxigraph_server(work / f"gsp-{parallel}") as (endpoint, process):
            gsp = dataclasses.replace(
                endpoint, gsp_url=endpoint.update_url.removesuffix("update") + "store"
            )
            report = load_remote(gsp, files, chunk_triples=chunk, parallel=parallel)
            note = (
                f"{report.triples:,} triples stored, {report.requests} requests, "
                f"server peak RSS {_rss_mb(process.pid):,.0f} MB"
            )
            method = (
                f"`diplokg load --gsp-endpoint --parallel {parallel}` (new graphs: one POST each)"
            )
            rows.append(Row("Oxigraph server", method, quads, report.seconds, note))
            if parallel == gsp_parallel[-1]:
                report = load_remote(gsp, files, chunk_triples=chunk, parallel=parallel)
                method = (
                    f"`diplokg load --gsp-endpoint --parallel {parallel}` again "
                    "(every graph held: PUT to staging + MOVE)"
                )
                rows.append(
                    Row(
                        "Oxigraph server",
                        method,
                        quads,
                        report.seconds,
                        f"{report.requests} requests",
                    )
                )
    return rows


def table(rows: list[Row], baseline: float | None) -> str:
    lines = [
        "| target | method | triples | seconds | triples/s | vs baseline | note |",
        "|---|---|---:|---:|---:|---:|---|",
    ]
    for r in rows:
        ratio = f"{r.rate / baseline:.1f}×" if baseline and r.target != "embedded" else ""
        cells = [r.target, r.method, f"{r.triples:,}", f"{r.seconds:.1f}", f"{r.rate:,.0f}"]
        lines.append("| " + " | ".join([*cells, ratio, r.note]) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of synthetic articles")
    parser.add_argument(
        "--corpus", type=Path, help="corpus folder [default: /tmp/diplokg-corpus-N]"
    )
    parser.add_argument("--skip-put", action="store_true", help="skip the single-PUT baseline")
    parser.add_argument("--skip-embedded", action="store_true")
    parser.add_argument("--skip-server", action="store_true")
    parser.add_argument("--skip-gsp", action="store_true", help="skip the Graph Store rows")
    parser.add_argument(
        "--update-parallel",
        default="1,2",
        help="SPARQL Update rows: --parallel values, comma-separated ('' for none)",
    )
    parser.add_argument(
        "--gsp-parallel",
        default="1,2",
        help="Graph Store rows: --parallel values, comma-separated (the last is run again)",
    )
    parser.add_argument(
        "--skip-bulk", action="store_true", help="skip the no_transaction reference row"
    )
    parser.add_argument("--chunk", type=int, default=10_000, help="diplokg load --chunk-size")
    args = parser.parse_args(argv)
    corpus = args.corpus or Path(tempfile.gettempdir()) / f"diplokg-corpus-{args.n}"
    generate_corpus(args.n, corpus)
    info = json.loads((corpus / "corpus.json").read_text())
    quads = int(info["triples"])
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="diplokg-bench-") as tmp:
        work = Path(tmp)
        if not args.skip_embedded:
            rows += embedded_rows(corpus, quads, work)
        if not args.skip_server:
            rows += server_rows(
                corpus,
                quads,
                work,
                put=not args.skip_put,
                gsp_rows=not args.skip_gsp,
                update_rows=tuple(int(p) for p in args.update_parallel.split(",") if p),
                gsp_parallel=tuple(int(p) for p in args.gsp_parallel.split(",") if p),
                bulk=not args.skip_bulk,
                chunk=args.chunk,
            )
    baseline = next((r.rate for r in rows if "baseline" in r.method), None)
    print(f"\nN = {args.n:,} articles, {quads:,} triples (+ the ontology for diplokg load)\n")
    print(table(rows, baseline))


if __name__ == "__main__":
    main()
