"""Latency of every stored query on a synthetic corpus, embedded and on an Oxigraph server.

For each stored query: the time to the first 100 rows, the time to the whole
result, its number of rows and rows/s, on

* the embedded store (pyoxigraph, on disk; what ``diplokg query`` uses), and
* an Oxigraph server (``oxigraph serve --union-default-graph``) reached through
  ``diplokg.store.remote.select`` (SPARQLWrapper, JSON results parsed as they stream).

Both hold the corpus in the layout ``diplokg build`` writes: the article
graphs, the shared entity graph (each description once) and the ontology. Targets on the embedded
store at N = 10,000: first 100 rows in < 100 ms, whole result at ≥ 100,000 rows/s.

Run::

    python benchmarks/queries.py 10000 [--corpus DIR] [--runs 3] [--skip-remote]

With ``--cli`` (issue 13) it measures instead what a user waits for: the whole
``diplokg query NAME --format F`` command (a new process, start-up included)
against pyoxigraph's own time to run the same query and serialize it (in a
child process, timed around ``query`` + ``serialize`` only), for ``meetings``,
``people``, ``quotes`` and ``timeline`` in csv, json and table, and through an
Oxigraph server: ``diplokg query NAME --endpoint URL --format csv`` against
``curl`` fetching the same query's CSV (and against the least a Python client
does: ``http.client`` copying the answer). Runs are interleaved (engine, command,
engine, command, …) and the medians of each pair give the ratio, so that the
load of a shared machine weighs on both sides alike; the load average is shown.
Beside the engine's timed part, the CPU of its whole process (Python start-up,
importing pyoxigraph, opening the store) is the floor a new process cannot go
under; the start-up table has the floors of importing click and pyoxigraph
(and http.client). diplokg is byte-compiled first, as an installed copy is::

    python benchmarks/queries.py 10000 --cli [--runs 3] [--store DIR] [--server-location DIR]
"""

from __future__ import annotations

import argparse
import atexit
import dataclasses
import functools
import itertools
import json
import multiprocessing as mp
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus import article_graphs, generate_corpus
from benchmarks.load import _oxigraph, oxigraph_server

from diplokg.store.embedded import rebuild_store
from diplokg.store.queries import StoredQuery, bind_params, get_query, stored_queries
from diplokg.store.remote import Endpoint, EndpointError, bind_values, select

__all__ = ["Timing", "main", "sample_params"]


@dataclass(frozen=True)
class Timing:
    """One query's timings (medians over the runs)."""

    first: float
    total: float
    rows: int

    @property
    def rate(self) -> float:
        return self.rows / self.total if self.total else 0.0


def sample_params(corpus: Path) -> dict[str, dict[str, str]]:
    """Parameter values that exist in the corpus (article 0's quote and its speaker)."""
    quote = "https://w3id.org/diplokg/article/000000_synthetic/quote"
    speaker = None
    for quad in ox.parse(
        path=str(corpus / "articles" / "000000_synthetic.trig"), format=ox.RdfFormat.TRIG
    ):
        if quad.subject.value == quote and quad.predicate.value.endswith("#speaker"):
            speaker = quad.object.value
    names = {
        q.subject.value: q.object.value
        for q in ox.parse(
            path=str(corpus / "articles" / "000000_synthetic.trig"), format=ox.RdfFormat.TRIG
        )
        if q.predicate.value.endswith("#name")
    }
    return {"evidence": {"fact": quote}, "who-said": {"name": names.get(speaker or "", "x")}}


def _measure(run: Callable[[], Iterator[object]], runs: int) -> Timing:
    firsts, totals, rows = [], [], 0
    for _ in range(runs):
        start = time.perf_counter()
        first = None
        count = 0
        for _row in run():
            count += 1
            if count == 100:
                first = time.perf_counter() - start
        total = time.perf_counter() - start
        firsts.append(first if first is not None else total)
        totals.append(total)
        rows = count
    return Timing(statistics.median(firsts), statistics.median(totals), rows)


def embedded(
    store: ox.Store, query: StoredQuery, params: dict[str, str]
) -> Callable[[], Iterator[object]]:
    substitutions = bind_params(query, params)

    def run() -> Iterator[object]:
        solutions = store.query(
            query.text, use_default_graph_as_union=True, substitutions=substitutions
        )
        assert isinstance(solutions, ox.QuerySolutions)  # noqa: S101
        return iter(solutions)

    return run


def remote(
    endpoint: Endpoint, query: StoredQuery, params: dict[str, str]
) -> Callable[[], Iterator[object]]:
    text = bind_values(query, params)
    return lambda: iter(select(endpoint, text))


def _embedded_child(location: str, name: str, params: dict[str, str], runs: int, out: Any) -> None:
    store = ox.Store.read_only(location)
    timing = _measure(embedded(store, get_query(name), params), runs)
    out.put((timing.first, timing.total, timing.rows))


def embedded_timing(
    location: Path, name: str, params: dict[str, str], runs: int, limit: float
) -> Timing | None:
    """Measure one query in a child process; ``None`` if it runs longer than ``limit``."""
    queue: Any = mp.Queue()
    child = mp.Process(target=_embedded_child, args=(str(location), name, params, runs, queue))
    child.start()
    child.join(limit * runs)
    if child.is_alive():
        child.kill()
        child.join()
        return None
    first, total, rows = queue.get()
    return Timing(first, total, rows)


def remote_timing(
    endpoint: Endpoint, name: str, params: dict[str, str], runs: int
) -> Timing | None:
    """Measure one query on the server (which cancels it after its --timeout-s)."""
    try:
        return _measure(remote(endpoint, get_query(name), params), runs)
    except (EndpointError, OSError, SyntaxError):
        return None


def _cells(t: Timing | None, limit: float) -> str:
    if t is None:
        return f"> {limit:g} s | > {limit:g} s | – |"
    return f"{t.first * 1000:,.1f} | {t.total * 1000:,.1f} | {t.rate:,.0f} |"


# The engine's own floor on the same store: one triple pattern, two IRI columns, no join,
# no sort. What a stored query returns per row can cost no less than this.
FLOOR = {
    "floor: one pattern, 2 IRI columns": (
        "SELECT ?event ?participant WHERE "
        "{ ?event <https://w3id.org/diplokg/ontology#participant> ?participant }"
    ),
    "floor: the same, COUNT only": (
        "SELECT (COUNT(*) AS ?n) WHERE "
        "{ ?event <https://w3id.org/diplokg/ontology#participant> ?participant }"
    ),
}


def _floor_child(location: str, text: str, runs: int, out: Any) -> None:
    store = ox.Store.read_only(location)

    def run() -> Iterator[object]:
        solutions = store.query(text, use_default_graph_as_union=True)
        assert isinstance(solutions, ox.QuerySolutions)  # noqa: S101
        return iter(solutions)

    timing = _measure(run, runs)
    out.put((timing.first, timing.total, timing.rows))


def floor_timing(location: Path, text: str, runs: int) -> Timing:
    """Measure a plain query in a child process, as the stored ones are measured."""
    queue: Any = mp.Queue()
    child = mp.Process(target=_floor_child, args=(str(location), text, runs, queue))
    child.start()
    child.join()
    first, total, rows = queue.get()
    return Timing(first, total, rows)


# --------------------------------------------------------------------------
# --cli: the command against the engine, and against curl on a server
# --------------------------------------------------------------------------

CLI_QUERIES = ("meetings", "people", "quotes", "timeline")

#: pyoxigraph alone in a new process. Its timed part is ``query`` + ``serialize``; the
#: whole process (its CPU, the "floor" column) is the least a click command doing this
#: work pays: Python, importing click and pyoxigraph, opening the store, the query read
#: from its file (no diplokg module is imported).
_ENGINE = """
import os, sys, time
import click
import pyoxigraph as ox
store = ox.Store.read_only(sys.argv[1])
with open(sys.argv[2], encoding="utf-8") as f:
    text, fmt = f.read(), sys.argv[3]
formats = {"csv": ox.QueryResultsFormat.CSV, "json": ox.QueryResultsFormat.JSON}
start, cpu = time.perf_counter(), time.process_time()
solutions = store.query(text, use_default_graph_as_union=True)
if fmt == "terms":
    rows = [tuple(s[v] for v in solutions.variables) for s in solutions]
else:
    with open(os.devnull, "wb") as out:
        solutions.serialize(out, format=formats[fmt])
print(time.perf_counter() - start, time.process_time() - cpu)
"""


@functools.cache
def _query_file(name: str) -> Path:
    """The stored query's text in a file of its own, for the engine's child process."""
    folder = Path(tempfile.mkdtemp(prefix="diplokg-bench-queries-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    path = folder / f"{name}.rq"
    path.write_text(get_query(name).text, encoding="utf-8")
    return path


def _engine_seconds(store: Path, name: str, fmt: str) -> tuple[float, float, float]:
    """Wall and CPU seconds of pyoxigraph alone: query and serialize (or iterate) only;
    and the CPU seconds of its whole process (Python, importing click and pyoxigraph,
    opening the store): the floor of any click command doing the same work."""
    cpu_before = _children_cpu()
    text = str(_query_file(name))
    done = subprocess.run(  # noqa: S603 - this interpreter, fixed code
        [sys.executable, "-c", _ENGINE, str(store), text, fmt],
        capture_output=True,
        text=True,
        check=True,
    )
    wall, cpu = done.stdout.split()
    return float(wall), float(cpu), _children_cpu() - cpu_before


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _wall(command: list[str]) -> tuple[float, float, float]:
    """Wall and CPU seconds of a whole command (a new process, start-up included)."""
    start, cpu = time.perf_counter(), _children_cpu()
    subprocess.run(command, stdout=subprocess.DEVNULL, check=True)  # noqa: S603
    used = _children_cpu() - cpu
    return time.perf_counter() - start, used, used


#: The least a Python click command can do: POST the query with http.client, copy the answer.
_FETCH = """
import http.client, shutil, sys, urllib.parse
import click
host, port, path, media_type = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
body = urllib.parse.urlencode([("query", open(sys.argv[5]).read())])
conn = http.client.HTTPConnection(host, port)
conn.request("POST", path, body, {"Accept": media_type,
             "Content-Type": "application/x-www-form-urlencoded"})
with open("/dev/null", "wb") as out:
    shutil.copyfileobj(conn.getresponse(), out)
"""


def byte_compile() -> None:
    """Compile diplokg's modules to bytecode once, as ``pip install`` does.

    An editable install run with ``PYTHONDONTWRITEBYTECODE`` set (as here) would
    otherwise compile every module from source in every command: 30-50 ms of
    start-up that no installed copy pays.
    """
    import compileall

    import diplokg

    compileall.compile_dir(str(Path(diplokg.__file__).parent), quiet=1)


def _diplokg() -> str:
    beside = Path(sys.executable).parent / "diplokg"
    return str(beside) if beside.is_file() else "diplokg"


@dataclass(frozen=True)
class Pair:
    """Medians of interleaved runs: a baseline and diplokg's command."""

    what: str
    rows: int
    baseline: float
    command: float
    load: float
    baseline_cpu: float
    command_cpu: float

    @property
    def ratio(self) -> float:
        return self.command / self.baseline

    #: CPU seconds of the baseline's whole process (start-up included).
    baseline_process_cpu: float = float("nan")

    @property
    def cpu_ratio(self) -> float:
        return self.command_cpu / self.baseline_cpu if self.baseline_cpu else float("nan")

    @property
    def process_cpu_ratio(self) -> float:
        return self.command_cpu / self.baseline_process_cpu


def _pair(
    what: str,
    rows: int,
    baseline: Callable[[], tuple[float, float, float]],
    command: Callable[[], tuple[float, float, float]],
    runs: int,
) -> Pair:
    load = os.getloadavg()[0]
    base, cmd = [], []
    for _ in range(runs):
        base.append(baseline())
        cmd.append(command())
    pair = Pair(
        what,
        rows,
        statistics.median(b[0] for b in base),
        statistics.median(c[0] for c in cmd),
        load,
        statistics.median(b[1] for b in base),
        statistics.median(c[1] for c in cmd),
        statistics.median(b[2] for b in base),
    )
    print(
        f"{what}: {pair.baseline:.3f} s vs {pair.command:.3f} s ({pair.ratio:.2f}x); "
        f"CPU {pair.baseline_cpu:.3f} vs {pair.command_cpu:.3f} ({pair.cpu_ratio:.2f}x); "
        f"whole baseline process {pair.baseline_process_cpu:.3f} ({pair.process_cpu_ratio:.2f}x)",
        file=sys.stderr,
        flush=True,
    )
    return pair


def _rows(store: Path, name: str) -> int:
    solutions = ox.Store.read_only(str(store)).query(
        get_query(name).text, use_default_graph_as_union=True
    )
    assert isinstance(solutions, ox.QuerySolutions)  # noqa: S101
    return sum(1 for _ in solutions)


def cli_pairs(
    store: Path, runs: int, *, server: bool, server_location: Path | None = None
) -> list[Pair]:
    """The command against the engine (and, with ``server``, against curl), per query."""
    pairs = []
    diplokg = _diplokg()
    rows = {name: _rows(store, name) for name in CLI_QUERIES}
    local = ["--store", str(store)]
    for name in CLI_QUERIES:
        query = [diplokg, "query", name]
        for fmt in ("csv", "json"):
            label = f"{name} {fmt}: engine serialize \\| diplokg query"
            engine = partial(_engine_seconds, store, name, fmt)
            cli = partial(_wall, [*query, *local, "--format", fmt])
            pairs.append(_pair(label, rows[name], engine, cli, runs))
        table = partial(_wall, [*query, *local])
        for baseline, what in (("csv", "csv serialize"), ("terms", "Python terms")):
            label = f"{name} table: engine {what} \\| diplokg query"
            engine = partial(_engine_seconds, store, name, baseline)
            pairs.append(_pair(label, rows[name], engine, table, runs))
    if not server:
        return pairs
    curl = shutil.which("curl")
    if curl is None:
        raise SystemExit("curl is needed for the server rows")
    with tempfile.TemporaryDirectory(prefix="diplokg-bench-server-") as tmp:
        location = server_location or Path(tmp) / "server"
        if not (location / "CURRENT").is_file():
            dump = Path(tmp) / "layout.nq"
            ox.Store.read_only(str(store)).dump(output=str(dump), format=ox.RdfFormat.N_QUADS)
            command = [_oxigraph(), "load", "--location", str(location), "--file", str(dump)]
            subprocess.run(  # noqa: S603 - the oxigraph command, fixed arguments
                command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
            dump.unlink()
        with oxigraph_server(location) as (endpoint, _):
            remote = ["--endpoint", endpoint.query_url, "--format", "csv"]
            parts = urlsplit(endpoint.query_url)
            for name in CLI_QUERIES:
                text = Path(tmp) / f"{name}.rq"
                text.write_text(get_query(name).text, encoding="utf-8")
                fetch = [curl, "-sf", "-X", "POST", endpoint.query_url, "-H", "Accept: text/csv"]
                fetch += ["--data-urlencode", f"query@{text}", "-o", os.devnull]
                cli = partial(_wall, [diplokg, "query", name, *remote])
                label = f"{name} csv: curl \\| diplokg query --endpoint"
                pairs.append(_pair(label, rows[name], partial(_wall, fetch), cli, runs))
                python = [sys.executable, "-c", _FETCH, str(parts.hostname), str(parts.port)]
                python += [parts.path, "text/csv", str(text)]
                label = f"{name} csv: floor (click, http.client) \\| diplokg query --endpoint"
                pairs.append(_pair(label, rows[name], partial(_wall, python), cli, runs))
    return pairs


def start_up(runs: int, store: Path) -> list[tuple[str, float, float]]:
    """Wall and CPU time of commands that answer (almost) nothing: medians of ``runs`` x 5."""
    diplokg = _diplokg()
    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "floor: python -c 'import click, pyoxigraph'": [
            sys.executable, "-c", "import click, pyoxigraph",
        ],
        "floor: python -c 'import click, pyoxigraph, http.client'": [
            sys.executable, "-c", "import click, pyoxigraph, http.client",
        ],
        "diplokg --help": [diplokg, "--help"],
        "diplokg queries": [diplokg, "queries"],
        "diplokg query people --limit 5 (seed-sized store)": [
            diplokg, "query", "people", "--store", str(store), "--limit", "5",
        ],
    }  # fmt: skip
    found = []
    for label, command in commands.items():
        times = [_wall(command) for _ in range(runs * 5)]
        found.append(
            (label, statistics.median(t[0] for t in times), statistics.median(t[1] for t in times))
        )
    return found


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, nargs="?", default=10_000)
    parser.add_argument("--corpus", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--limit", type=float, default=60.0, help="seconds per query run")
    parser.add_argument("--skip-remote", action="store_true")
    parser.add_argument("--cli", action="store_true", help="the command vs engine and curl")
    parser.add_argument("--store", type=Path, help="with --cli: reuse this embedded store")
    parser.add_argument(
        "--server-location", type=Path, help="with --cli: reuse this Oxigraph server folder"
    )
    args = parser.parse_args(argv)
    corpus = args.corpus or Path(tempfile.gettempdir()) / f"diplokg-corpus-{args.n}"
    generate_corpus(args.n, corpus, sources=False)
    if args.cli:
        cli_main(args, corpus)
        return
    quads = json.loads((corpus / "corpus.json").read_text())["triples"]
    params = sample_params(corpus)
    names = [q.name for q in stored_queries()]
    results: dict[str, dict[str, Timing | None]] = {name: {} for name in names}
    with tempfile.TemporaryDirectory(prefix="diplokg-bench-") as tmp:
        work = Path(tmp)
        # The layout `diplokg build` writes: article graphs, the shared entity graph
        # (each description once) and the ontology.
        rebuild_store(work / "embedded", article_graphs(corpus))
        floors = {
            label: floor_timing(work / "embedded", text, args.runs) for label, text in FLOOR.items()
        }
        for name in names:
            p = params.get(name, {})
            results[name]["embedded"] = embedded_timing(
                work / "embedded", name, p, args.runs, args.limit
            )
            print(name, "embedded", results[name]["embedded"], file=sys.stderr, flush=True)
        if not args.skip_remote:
            location = work / "server"
            dump = work / "layout.nq"  # the same quads as the embedded store
            ox.Store.read_only(str(work / "embedded")).dump(
                output=str(dump), format=ox.RdfFormat.N_QUADS
            )
            command = [_oxigraph(), "load", "--location", str(location), "--file", str(dump)]
            subprocess.run(  # noqa: S603 - the oxigraph command, fixed arguments
                command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
            with oxigraph_server(location, timeout=args.limit) as (endpoint, _):
                endpoint = dataclasses.replace(endpoint, timeout=args.limit + 10, retries=0)
                for name in names:
                    p = params.get(name, {})
                    results[name]["remote"] = remote_timing(endpoint, name, p, args.runs)
                    print(name, "remote", results[name]["remote"], file=sys.stderr, flush=True)
    print(
        f"\nN = {args.n:,} articles, {quads:,} triples + the ontology; median of {args.runs} "
        f"runs; a query is stopped after {args.limit:g} s\n"
    )
    header = "| query | rows | embedded first 100 (ms) | embedded total (ms) | embedded rows/s |"
    rule = "|---|---:|---:|---:|---:|"
    if not args.skip_remote:
        header += " server first 100 (ms) | server total (ms) | server rows/s |"
        rule += "---:|---:|---:|"
    print(header)
    print(rule)
    for name in names:
        e, r = results[name].get("embedded"), results[name].get("remote")
        rows = e.rows if e else r.rows if r else None
        line = f"| {name} | {rows if rows is not None else '?'} | " + _cells(e, args.limit)
        if not args.skip_remote:
            line += " " + _cells(r, args.limit)
        print(line)
    for label, timing in floors.items():
        print(f"| {label} | {timing.rows} | " + _cells(timing, args.limit))


def cli_main(args: argparse.Namespace, corpus: Path) -> None:
    """``--cli``: print the table of benchmarks/README.md (issue 13)."""
    store = args.store or Path(tempfile.gettempdir()) / f"diplokg-bench-store-{args.n}"
    if not (store / "CURRENT").is_file():
        rebuild_store(store, article_graphs(corpus))
    byte_compile()
    with tempfile.TemporaryDirectory(prefix="diplokg-bench-small-") as tmp:
        small = Path(tmp) / "small"
        rebuild_store(small, itertools.islice(article_graphs(corpus), 10))
        startup = start_up(args.runs, small)
    pairs = cli_pairs(
        store, args.runs, server=not args.skip_remote, server_location=args.server_location
    )
    quads = json.loads((corpus / "corpus.json").read_text())["triples"]
    print(
        f"\nN = {args.n:,} articles, {quads:,} triples; medians of {args.runs} interleaved runs\n"
    )
    print("| query, format: baseline \\| diplokg | rows | load | baseline s | diplokg s |", end="")
    print(" wall ratio | baseline CPU s | diplokg CPU s | CPU ratio |", end="")
    print(" floor: engine process CPU s (with click) | CPU ratio to the floor |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for p in pairs:
        print(
            f"| {p.what} | {p.rows:,} | {p.load:.2f} | {p.baseline:.3f} | {p.command:.3f} | "
            f"{p.ratio:.2f}× | {p.baseline_cpu:.3f} | {p.command_cpu:.3f} | {p.cpu_ratio:.2f}× | "
            f"{p.baseline_process_cpu:.3f} | {p.process_cpu_ratio:.2f}× |"
        )
    print("\n| start-up | wall median (s) | CPU median (s) |\n|---|---:|---:|")
    for label, seconds, cpu in startup:
        print(f"| {label} | {seconds:.3f} | {cpu:.3f} |")


if __name__ == "__main__":
    main()
