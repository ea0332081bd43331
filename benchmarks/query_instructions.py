"""Instructions (callgrind) of a stored query: the engine alone, its floor, diplokg's command.

Wall and CPU time of a 0.3 s query vary by tenths from run to run on a shared
machine; instruction counts do not (about 2 %, from RocksDB's threads). For
one stored query and format, on an embedded store, this counts:

* Python alone, and Python importing click (the start-up any click command pays);
* the engine in a new process without click: opening the store only, then
  opening + query + serialize to /dev/null (the difference is the engine's own work);
* ``diplokg query NAME --store DIR --format F``.

and prints the ratios of diplokg's count to the engine's own work and to the floor
(the engine's process plus click's import). Needs valgrind::

    python benchmarks/query_instructions.py STORE [--query quotes] [--format csv json table]
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.queries import byte_compile

from diplokg.store.queries import get_query

#: The engine in a new process: argv = store, query file, format ("" to open only).
_ENGINE = """
import os, sys
import pyoxigraph as ox
store = ox.Store.read_only(sys.argv[1])
if sys.argv[3]:
    with open(sys.argv[2], encoding="utf-8") as f:
        text = f.read()
    formats = {"csv": ox.QueryResultsFormat.CSV, "json": ox.QueryResultsFormat.JSON}
    with open(os.devnull, "wb") as out:
        store.query(text, use_default_graph_as_union=True).serialize(out, formats[sys.argv[3]])
"""


def instructions(command: list[str]) -> int:
    """Instructions callgrind counts for ``command`` (its output thrown away)."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        raise SystemExit("valgrind is needed")
    done = subprocess.run(  # noqa: S603 - valgrind on fixed commands
        [valgrind, "--tool=callgrind", "--callgrind-out-file=/dev/null", *command],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=True,
    )
    found = re.search(r"Collected : (\d+)", done.stderr)
    if found is None:
        raise SystemExit(f"no count from callgrind: {done.stderr[-500:]}")
    return int(found.group(1))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("--query", default="quotes")
    parser.add_argument("--format", nargs="+", default=["csv", "json", "table"])
    args = parser.parse_args(argv)
    byte_compile()
    python, store = sys.executable, str(args.store)
    diplokg = str(Path(python).parent / "diplokg")
    with tempfile.TemporaryDirectory(prefix="diplokg-bench-insn-") as tmp:
        text = Path(tmp) / f"{args.query}.rq"
        text.write_text(get_query(args.query).text, encoding="utf-8")
        engine = [python, "-c", _ENGINE, store, str(text)]
        bare = instructions([python, "-c", "pass"])
        click = instructions([python, "-c", "import click"]) - bare
        opened = instructions([*engine, ""])
        print(f"python alone {bare / 1e6:,.1f} M; click's import {click / 1e6:,.1f} M")
        print(f"engine process, store opened only: {opened / 1e6:,.1f} M")
        own: dict[str, int] = {}
        for fmt in ("csv", "json"):
            own[fmt] = instructions([*engine, fmt]) - opened
        for fmt in args.format:
            base = own["csv" if fmt == "table" else fmt]
            floor = base + opened + click
            ours = instructions([diplokg, "query", args.query, "--store", store, "--format", fmt])
            print(
                f"{args.query} {fmt}: engine's own {base / 1e6:,.1f} M, floor {floor / 1e6:,.1f} M,"
                f" diplokg {ours / 1e6:,.1f} M = {ours / base:.2f}x the engine's own,"
                f" {ours / floor:.2f}x the floor"
            )


if __name__ == "__main__":
    main()
