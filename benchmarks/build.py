"""Benchmark ``diplokg build`` on a synthetic corpus: cold, -j 1 vs -j 2, rebuilds, peak memory.

Each run is a fresh ``python -m diplokg build`` process. Its wall time is
measured, and its memory by sampling every 0.1 s the resident memory of the
whole process tree (the build and its workers, summed: what the machine must
hold) and the largest single process. The machine's load average is printed
before and after, since other work on it slows every figure: compare figures
of the same run.

Runs (each optional):

- ``old``: the build of another checkout (``--old-tree``, e.g. a worktree of
  the commit before builds were parallel), on the same corpus;
- ``cold -j J``: a first build into an empty folder, for each ``--jobs``;
- ``unchanged``: the same build again (nothing to convert);
- ``3 changed``: after changing the metadata title of 3 articles.

Command line::

    python benchmarks/build.py 1000 --jobs 1 2 --work /tmp/bench-build
    python benchmarks/build.py 50 --old-tree /tmp/old --runs old cold
    python benchmarks/build.py 10000 --corpus /tmp/corpus-10k --jobs 2

Prints a Markdown table row per run.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus import generate_corpus

__all__ = ["Measure", "main", "measure"]


@dataclass(frozen=True)
class Measure:
    """One timed run."""

    seconds: float
    #: CPU seconds (user + system) of the build and all its workers: what the work costs
    #: whatever else the machine runs.
    cpu_seconds: float
    tree_rss_mb: float
    process_rss_mb: float
    returncode: int


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _tree(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", encoding="ascii", errors="replace") as handle:
                ppid = int(handle.read().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        children.setdefault(ppid, []).append(int(name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


def measure(command: Sequence[str], *, env: dict[str, str] | None = None) -> Measure:
    """Run ``command``, timing it and sampling its process tree's memory."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(  # noqa: S603 - our own interpreter and arguments
        command, env={**os.environ, **(env or {})}, stdout=subprocess.DEVNULL
    )
    peak_tree = peak_one = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak_tree, peak_one
        while not stop.is_set():
            sizes = [_rss_kb(pid) for pid in _tree(process.pid)]
            peak_tree = max(peak_tree, sum(sizes))
            peak_one = max(peak_one, max(sizes, default=0))
            stop.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    code = process.wait()
    seconds = time.perf_counter() - started
    stop.set()
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Measure(seconds, cpu, peak_tree / 1024, peak_one / 1024, code)


def _load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def _build(
    python: str,
    sources: Path,
    out: Path,
    *,
    jobs: int | None,
    src: Path | None = None,
    pages: bool = True,
) -> Measure:
    command = [python, "-m", "diplokg", "build", str(sources), "-o", str(out)]
    if jobs is not None:
        command += ["-j", str(jobs)]
    if not pages:
        command.append("--no-pages")
    env = {"PYTHONHASHSEED": "0", "XDG_STATE_HOME": str(out.parent / "state")}
    if src is not None:
        env["PYTHONPATH"] = str(src)
    return measure(command, env=env)


def _row(n: int, what: str, m: Measure, baseline: Measure | None) -> str:
    ratio = (
        f"{baseline.seconds / m.seconds:.1f}x / {baseline.cpu_seconds / m.cpu_seconds:.1f}x"
        if baseline
        else ""
    )
    status = "" if m.returncode == 0 else f" (exit {m.returncode})"
    return (
        f"| {n:,} | {what}{status} | {m.seconds:.1f} | {m.cpu_seconds:.1f} | {ratio} | "
        f"{m.tree_rss_mb:,.0f} | {m.process_rss_mb:,.0f} |"
    )


def _change(sources: Path, count: int) -> None:
    """Give ``count`` articles a new metadata title."""
    for meta in sorted(sources.glob("*.meta.yaml"))[:count]:
        lines = meta.read_text(encoding="utf-8").splitlines()
        lines = [
            f"title: Changed for the benchmark at {time.time()}"
            if line.startswith("title:")
            else line
            for line in lines
        ]
        meta.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> None:
    """Run the benchmark and print Markdown table rows."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "bench-build")
    parser.add_argument("--corpus", type=Path, help="a corpus made by corpus.py [default: made]")
    parser.add_argument("--jobs", type=int, nargs="+", default=[2])
    parser.add_argument("--old-tree", type=Path, help="checkout whose build is the baseline")
    parser.add_argument(
        "--runs",
        nargs="+",
        default=["old", "cold", "unchanged", "changed"],
        choices=["old", "cold", "unchanged", "changed"],
    )
    parser.add_argument("--no-pages", action="store_true", help="build with --no-pages")
    args = parser.parse_args(argv)
    pages = not args.no_pages
    note = "" if pages else ", --no-pages"
    python = sys.executable
    corpus = args.corpus or args.work / f"corpus-{args.n}"
    if args.corpus is None:
        generate_corpus(args.n, corpus, seed=0)
    args.work.mkdir(parents=True, exist_ok=True)
    sources = args.work / f"sources-{args.n}"
    if sources.exists():
        shutil.rmtree(sources)
    shutil.copytree(corpus / "sources", sources)  # the changes go to a copy
    print(f"load average before: {_load()}  ({os.cpu_count()} CPUs)", file=sys.stderr)
    print(
        "| articles | build | seconds | CPU seconds | vs old (wall / CPU) "
        "| peak RSS, all processes (MB) | peak RSS, largest process (MB) |"
    )
    print("|---:|---|---:|---:|---:|---:|---:|")
    baseline = None
    if "old" in args.runs and args.old_tree is not None:
        out = args.work / f"old-{args.n}" / "out"
        shutil.rmtree(out.parent, ignore_errors=True)
        out.parent.mkdir(parents=True)
        m = _build(python, sources, out, jobs=None, src=args.old_tree / "src")
        baseline = m
        print(_row(args.n, "old (one process)", m, None), flush=True)
    out = args.work / f"new-{args.n}" / "out"
    for jobs in args.jobs:
        if "cold" not in args.runs:
            break
        shutil.rmtree(out.parent, ignore_errors=True)
        out.parent.mkdir(parents=True)
        m = _build(python, sources, out, jobs=jobs, pages=pages)
        print(_row(args.n, f"new, cold, -j {jobs}{note}", m, baseline), flush=True)
    jobs = max(args.jobs)
    if "unchanged" in args.runs:
        m = _build(python, sources, out, jobs=jobs, pages=pages)
        print(_row(args.n, f"new, nothing changed, -j {jobs}{note}", m, None), flush=True)
    if "changed" in args.runs:
        _change(sources, 3)
        m = _build(python, sources, out, jobs=jobs, pages=pages)
        print(_row(args.n, f"new, 3 articles changed, -j {jobs}{note}", m, None), flush=True)
    print(f"load average after: {_load()}", file=sys.stderr)


if __name__ == "__main__":
    main()
