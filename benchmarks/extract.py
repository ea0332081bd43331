"""Benchmark: draft annotations for 1,000 article-sized texts on one core.

The texts are the seed article and the development set (tests/data/dev/),
repeated and shuffled with a fixed seed until there are --count of them; each
gets its own article id. The registry is seeds/entities.yaml (as for the seed).
Prints articles per second and the median / 95th-percentile time per article, and
the throughput in CPU time too (what one core does when other processes share it).

Run from the project root:

    python benchmarks/extract.py            # 1,000 articles
    python benchmarks/extract.py --count 200
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import time
from pathlib import Path

from diplokg.extract import extract_annotation
from diplokg.model.annotation import load_metadata, load_registry

ROOT = Path(__file__).resolve().parent.parent


def corpus() -> list[tuple[str, dt.date, str]]:
    """(text, published, publisher) of the seed and every dev-set article."""
    items = []
    for folder in (ROOT / "seeds", ROOT / "tests" / "data" / "dev"):
        for text_path in sorted(folder.glob("*.txt")):
            meta = load_metadata(text_path.with_name(text_path.stem + ".meta.yaml"))
            items.append((text_path.read_text(encoding="utf-8"), meta.published, meta.publisher))
    return items


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000, help="articles to draft")
    args = parser.parse_args()
    registry = load_registry(ROOT / "seeds" / "entities.yaml")
    base = corpus()
    rng = random.Random(20230714)  # noqa: S311 - a shuffle, not a secret
    texts = [base[i % len(base)] for i in range(args.count)]
    rng.shuffle(texts)
    extract_annotation(base[0][0], article_id="warm-up", published=base[0][1], registry=registry)
    times = []
    chars = 0
    cpu_start = time.process_time()
    start = time.perf_counter()
    for n, (text, published, publisher) in enumerate(texts):
        t0 = time.perf_counter()
        extract_annotation(
            text,
            article_id=f"bench-{n:04d}",
            published=published,
            publisher=publisher,
            registry=registry,
        )
        times.append(time.perf_counter() - t0)
        chars += len(text)
    total = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    times.sort()
    print(
        f"articles:        {len(texts)} ({len(base)} distinct, {chars / len(texts):,.0f} chars avg)"
    )
    print(f"total:           {total:.2f} s")
    print(f"throughput:      {len(texts) / total:.1f} articles/s")
    print(f"cpu throughput:  {len(texts) / cpu:.1f} articles/s ({cpu:.2f} s of CPU time)")
    print(f"median:          {statistics.median(times) * 1000:.1f} ms/article")
    print(f"95th percentile: {times[int(len(times) * 0.95)] * 1000:.1f} ms/article")


if __name__ == "__main__":
    main()
