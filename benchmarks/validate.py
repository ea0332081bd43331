"""Benchmark ``diplokg validate`` on synthetic corpora against pySHACL over the merged graph.

For each size N, the corpus of :mod:`benchmarks.corpus` (reused when present)
is copied with a seeded fault in every 100th article (a held meeting dated
after publication), then validated

- by ``diplokg validate`` (the whole command: YAML, checks, conversion, SHACL,
  report), with the ``fast`` and ``pyshacl`` engines, on ``--jobs`` workers;
- by the baseline: pySHACL (:func:`diplokg.validation.shacl.validate_graph`, the
  reference) run once over the merged graph of the same articles (the
  corpus's ``dataset.nq``, with the faulted articles converted anew), in a
  child process stopped after ``--limit`` seconds (default 600). Building
  that graph is timed apart and not counted.

Both must find the same results (shape, focus node, path, severity, value).
Finally, with ``--changed-since``, the largest corpus is put in a git
repository, three annotations are changed, and ``diplokg validate
--changed-since HEAD`` is timed as a user would run it (a new process).

Each ``diplokg validate`` row also gives the CPU seconds the command used (all
its processes) and the 1-minute load average when it started: on a shared
machine the wall-clock seconds depend on what else runs, the CPU seconds much
less. ``--repeat N`` runs each command N times, one row per run.

Usage::

    python benchmarks/validate.py [--sizes 1000 10000] [--work /tmp/diplokg-validate-bench]
                                  [--jobs 2] [--limit 600] [--engines fast pyshacl]
                                  [--no-baseline] [--repeat 1]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus import generate_corpus

Key = tuple[str, str, str | None, str, str | None]


def faulted_copy(n: int, work: Path) -> Path:
    """The corpus's sources with a held meeting dated 2099 in every 100th article."""
    corpus = work / f"corpus-{n}"
    generate_corpus(n, corpus, seed=0)
    out = work / f"faulted-{n}"
    if (out / "done").is_file():
        return out
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    faults = 0
    for path in sorted((corpus / "sources").iterdir()):
        target = out / path.name
        if path.name.endswith(".ann.yaml") and int(path.name[:6]) % 100 == 7:
            text = path.read_text("utf-8")
            broken = re.sub(
                r"(- id: meeting\n(?:  .*\n)*?  date: )'[0-9-]+'",
                r"\1'2099-01-01'",
                text,
                count=1,
            )
            faults += broken != text
            target.write_text(broken, encoding="utf-8")
        else:
            os.link(path, target)
    (out / "done").write_text(f"{faults}\n", encoding="utf-8")
    return out


def seeded_keys(folder: Path) -> set[Key]:
    """The results the seeded faults must give: one per faulted article's held meeting."""
    keys: set[Key] = set()
    for ann in sorted(folder.glob("*.ann.yaml")):
        if "'2099-01-01'" in ann.read_text("utf-8"):
            article = ann.name.removesuffix(".ann.yaml")
            keys.add(
                (
                    "https://w3id.org/diplokg/shapes#NewsArticle-heldEventNotAfterPublication",
                    f"https://w3id.org/diplokg/article/{article}",
                    "^<https://w3id.org/diplokg/ontology#article>",
                    "Violation",
                    f"https://w3id.org/diplokg/article/{article}/meeting",
                )
            )
    return keys


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_cli(folder: Path, *, jobs: int, engine: str) -> tuple[float, set[Key], int, float, float]:
    """Seconds, result keys, article count, CPU seconds and the load average at the start
    of ``diplokg validate FOLDER --format json``."""
    load = os.getloadavg()[0]
    cpu = _children_cpu()
    start = time.perf_counter()
    done = subprocess.run(  # noqa: S603 - our own command
        [
            sys.executable,
            "-m",
            "diplokg",
            "validate",
            str(folder),
            "--format",
            "json",
            "--jobs",
            str(jobs),
            "--engine",
            engine,
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - start
    cpu = _children_cpu() - cpu
    if done.returncode not in (0, 1):
        raise RuntimeError(done.stderr)
    report = json.loads(done.stdout)
    keys = {
        (r["shape"], r["focus"], r["path"], r["severity"], r["value"]) for r in report["results"]
    }
    return seconds, keys, report["summary"]["articles"], cpu, load


def _baseline_child(folder: str, out: str) -> None:
    import pyoxigraph as ox
    from rdflib import Graph

    from diplokg.rdf.convert import convert_files
    from diplokg.rdf.terms import graph_iri
    from diplokg.validation.shacl import report_results, validate_graph
    from diplokg.validation.shacl_fast import from_ox

    # The merged graph: the corpus's own dataset (the converter's output, one named
    # graph per article) with the faulted articles converted anew.
    start = time.perf_counter()
    faulted = [p for p in sorted(Path(folder).glob("*.ann.yaml")) if p.stat().st_nlink == 1]
    skip = {str(graph_iri(p.name.removesuffix(".ann.yaml"))) for p in faulted}
    dataset = Path(folder).parent / Path(folder).name.replace("faulted", "corpus") / "dataset.nq"
    merged = Graph()
    merged.addN(
        (from_ox(q.subject), from_ox(q.predicate), from_ox(q.object), merged)
        for q in ox.parse(path=str(dataset), format=ox.RdfFormat.N_QUADS)
        if getattr(q.graph_name, "value", "") not in skip
    )
    for p in faulted:
        merged += convert_files(p.with_name(p.name.replace(".ann.yaml", ".txt"))).graph
    converted = time.perf_counter() - start
    Path(out + ".converted").write_text(f"{converted} {len(merged)}\n", encoding="utf-8")
    start = time.perf_counter()
    report = validate_graph(merged)
    seconds = time.perf_counter() - start
    keys = [
        (r.shape, str(r.focus), r.path, r.severity, None if r.value is None else str(r.value))
        for r in report_results(report.graph)
    ]
    Path(out).write_text(json.dumps({"seconds": seconds, "keys": keys}), encoding="utf-8")


def run_baseline(folder: Path, *, limit: float, work: Path) -> dict[str, Any]:
    """pySHACL once over the merged graph; stopped ``limit`` s after conversion ended."""
    out = work / f"baseline-{folder.name}.json"
    for p in (out, Path(str(out) + ".converted")):
        p.unlink(missing_ok=True)
    child = multiprocessing.get_context("spawn").Process(
        target=_baseline_child, args=(str(folder), str(out))
    )
    child.start()
    marker = Path(str(out) + ".converted")
    while child.is_alive() and not marker.exists():
        time.sleep(1)
    converted, triples = (float(x) for x in marker.read_text("utf-8").split())
    child.join(timeout=limit)
    if child.is_alive():
        child.kill()
        child.join()
        return {"converted": converted, "triples": int(triples), "seconds": None, "keys": None}
    data = json.loads(out.read_text("utf-8"))
    return {
        "converted": converted,
        "triples": int(triples),
        "seconds": data["seconds"],
        "keys": {tuple(k) for k in data["keys"]},
    }


def changed_since(folder: Path, work: Path) -> float:
    """Seconds of ``diplokg validate --changed-since HEAD`` after changing 3 annotations."""
    repo = work / f"repo-{folder.name}"
    if not (repo / ".git").is_dir():
        shutil.rmtree(repo, ignore_errors=True)
        shutil.copytree(folder, repo / "articles", copy_function=os.link)
        env = {**os.environ, "GIT_AUTHOR_NAME": "b", "GIT_AUTHOR_EMAIL": "b@example.org"}
        env |= {"GIT_COMMITTER_NAME": "b", "GIT_COMMITTER_EMAIL": "b@example.org"}
        for args in (["init", "-q", "-b", "main"], ["add", "-A"], ["commit", "-qm", "corpus"]):
            subprocess.run(["git", *args], cwd=repo, check=True, env=env)  # noqa: S603, S607
    names = sorted((repo / "articles").glob("*.ann.yaml"))[:3]
    for path in names:
        text = path.read_text("utf-8")
        path.unlink()  # the files are hard links into the corpus: never write through them
        path.write_text(text + "\n# reviewed\n", encoding="utf-8")
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "diplokg", "validate", "articles", "--changed-since", "HEAD"],
        cwd=repo,
        capture_output=True,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - start
    print(done.stdout.strip().splitlines()[-1], file=sys.stderr)
    subprocess.run(["git", "checkout", "-q", "--", "articles"], cwd=repo, check=True)  # noqa: S607
    return seconds


def main() -> None:
    """Run the benchmark and print a markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument(
        "--work", type=Path, default=Path(tempfile.gettempdir()) / "diplokg-validate-bench"
    )
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--limit", type=float, default=600.0, help="baseline time limit (s)")
    parser.add_argument("--engines", nargs="+", default=["fast", "pyshacl"])
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each diplokg command")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    rows: list[tuple[int, str, float | None, float | None, float | None, int, int | None, str]] = []
    for n in args.sizes:
        folder = faulted_copy(n, args.work)
        base = None if args.no_baseline else run_baseline(folder, limit=args.limit, work=args.work)
        seeded = seeded_keys(folder)
        for engine in args.engines:
            for _ in range(args.repeat):
                took, keys, articles, cpu, load = run_cli(folder, jobs=args.jobs, engine=engine)
                if base is not None and base["keys"] is not None:
                    same = f"{keys == base['keys']} (baseline)"
                else:
                    same = f"{keys == seeded} (the {len(seeded)} seeded faults)"
                rows.append(
                    (
                        n,
                        f"diplokg validate --engine {engine} -j {args.jobs}",
                        took,
                        cpu,
                        load,
                        articles,
                        len(keys),
                        same,
                    )
                )
                print(rows[-1], file=sys.stderr)
        if base is not None:
            label = f"pySHACL once, merged graph ({base['triples']:,} triples)"
            if base["seconds"] is None:
                rows.append((n, label, None, None, None, n, None, f"stopped at {args.limit:.0f} s"))
            else:
                rows.append(
                    (n, label, base["seconds"], None, None, n, len(base["keys"]), "reference")
                )
            print(rows[-1], f"conversion for it: {base['converted']:.1f} s", file=sys.stderr)
    print(
        "| articles | run | seconds | CPU s | load | articles/s | results "
        "| same results as baseline |"
    )
    print("|---:|---|---:|---:|---:|---:|---:|---|")
    for n, label, wall, used, average, articles, results, same in rows:
        secs = f"> {args.limit:.0f}" if wall is None else f"{wall:.1f}"
        cpu_s = "" if used is None else f"{used:.1f}"
        load_s = "" if average is None else f"{average:.2f}"
        rate = "" if wall is None else f"{articles / wall:.0f}"
        count = "" if results is None else str(results)
        print(f"| {n:,} | {label} | {secs} | {cpu_s} | {load_s} | {rate} | {count} | {same} |")
    largest = faulted_copy(max(args.sizes), args.work)
    changed = changed_since(largest, args.work)
    print(
        f"\n`--changed-since HEAD` with 3 changed annotations in {max(args.sizes):,} articles: "
        f"{changed:.2f} s (a new process, Python start-up included)"
    )


if __name__ == "__main__":
    main()
