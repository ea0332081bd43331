"""Benchmark: time to make the review page of the seed article, and the ontology docs.

The seed article is converted and validated once; then its review page is made
--repeat times with the Graphviz network layout and --repeat times with the
built-in circle layout, and the ontology documentation (two Graphviz diagrams,
examples from the seed graph) --repeat times. Prints the median and the
slowest run of each, and the size of the page.

Run from the project root:

    python benchmarks/render.py
    python benchmarks/render.py --repeat 5
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from diplokg.present.docs import write_docs
from diplokg.present.review import render_article
from diplokg.rdf.convert import convert_files
from diplokg.validation.shacl import validate_graph

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_7f87956a7e0403ad.txt"


def timed(repeat: int, job: Callable[[], object]) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        job()
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()
    article = convert_files(SEED)
    report = validate_graph(article.graph)
    page = render_article(article, report=report, layout="graphviz")
    with tempfile.TemporaryDirectory() as tmp:
        rows = [
            (
                "review page (Graphviz network)",
                timed(
                    args.repeat,
                    lambda: render_article(article, report=report, layout="graphviz"),
                ),
            ),
            (
                "review page (circle network)",
                timed(args.repeat, lambda: render_article(article, report=report, layout="circle")),
            ),
            (
                "ontology docs (2 diagrams)",
                timed(args.repeat, lambda: write_docs(Path(tmp), examples_dir=SEED.parent)),
            ),
        ]
    print(f"seed article: {len(article.graph)} triples; page {len(page.encode()) // 1024} KiB")
    print("| job | median (s) | slowest (s) |")
    print("|---|---:|---:|")
    for name, times in rows:
        print(f"| {name} | {statistics.median(times):.3f} | {max(times):.3f} |")


if __name__ == "__main__":
    main()
