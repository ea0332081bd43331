"""Where a cold build's CPU goes: CPU milliseconds per article for each step, in one process.

Does what a build worker does for each article of a synthetic corpus
(``benchmarks/corpus.py``, with sources), timing each step with
``time.process_time`` (so other work on the machine does not change the
figures), after a warm-up (shapes compiled, registry loaded, templates
compiled): convert, validate (the fast engine), the TriG file, N-Triples for
the store, and the review page, whose Graphviz layout runs in child
processes (their CPU is counted apart, from ``RUSAGE_CHILDREN``).

Runs on the checkout it is imported from, so an older commit can be measured
with the same script: ``PYTHONPATH=OLD/src python benchmarks/build_steps.py``.
Where that checkout has no batched writers (``ArticleTrigWriter``,
``review_data_many``), it uses what it has, as its build did.

Command line::

    python benchmarks/build_steps.py --corpus /tmp/corpus-1k -n 200
"""

from __future__ import annotations

import argparse
import inspect
import resource
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

import diplokg
from diplokg.model.annotation import ArticleInputs
from diplokg.rdf import output
from diplokg.rdf.convert import convert_files

try:  # the review pages split into modules (issue 15)
    from diplokg.present import review as render
    from diplokg.present.templates import template_environment
except ImportError:  # an older checkout: one module
    from diplokg.present import render  # type: ignore[attr-defined,no-redef]

    template_environment = render.template_environment

try:  # the package's layout since the subpackages of issue 15
    from diplokg.model.annotation import find_articles, load_registry
    from diplokg.rdf.formats import RdfFormat
    from diplokg.store.embedded import to_ntriples
    from diplokg.validation.shacl import ValidationReport, make_engine
except ImportError:  # an older checkout (PYTHONPATH=<its src>), for before/after figures
    from diplokg.annotation import (  # type: ignore[import-not-found,no-redef]
        find_articles,
        load_registry,
    )
    from diplokg.corpus_validate import make_engine  # type: ignore[import-not-found,no-redef]
    from diplokg.validate import ValidationReport  # type: ignore[import-not-found,no-redef]

    from diplokg.store import RdfFormat, to_ntriples  # type: ignore[attr-defined,no-redef]

__all__ = ["main"]

#: Articles whose pages are made together (the build's chunk).
CHUNK = 16


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main(argv: Sequence[str] | None = None) -> None:
    """Print a Markdown table: step, CPU ms per article."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True, help="a corpus made by corpus.py")
    parser.add_argument("-n", type=int, default=200, help="articles to time [200]")
    parser.add_argument(
        "--warm-up", type=int, default=CHUNK, help="articles not timed (whole chunks of 16) [16]"
    )
    args = parser.parse_args(argv)
    sources = args.corpus / "sources"
    texts = find_articles([sources])[: args.warm_up + args.n]
    registry_path = sources / "entities.yaml"
    registry = load_registry(registry_path)
    engine = make_engine("auto")
    writer = output.ArticleTrigWriter() if hasattr(output, "ArticleTrigWriter") else None
    batched = getattr(render, "review_data_many", None)
    template = template_environment().get_template("review.html.j2")
    cpu: dict[str, float] = dict.fromkeys(
        ["convert", "validate", "trig", "ntriples", "page", "graphviz"], 0.0
    )
    timing = False
    n = 0

    def add(step: str, start: float) -> None:
        if timing:
            cpu[step] += time.process_time() - start

    for first in range(0, len(texts), CHUNK):
        timing = first >= args.warm_up
        chunk = []
        triples: list[list[ox.Triple]] = []
        for text in texts[first : first + CHUNK]:
            start = time.process_time()
            article = convert_files(
                text, inputs=ArticleInputs(registry=registry_path), loaded_registry=registry
            )
            add("convert", start)
            start = time.process_time()
            found = list(engine.validate(article.graph))
            add("validate", start)
            start = time.process_time()
            if writer is not None:
                writer.write(article.graph, article.graph_iri)
            else:
                output.serialize_graph(article.graph, article.graph_iri, RdfFormat.TRIG)
            add("trig", start)
            start = time.process_time()
            # The build parses them too, for the entity graph (and, later, for the page).
            nt = to_ntriples(article.graph)
            triples.append([q.triple for q in ox.parse(nt, format=ox.RdfFormat.N_TRIPLES)])
            add("ntriples", start)
            assert not found, f"{text} violates a shape"  # noqa: S101 - synthetic articles conform
            chunk.append((article, ValidationReport(conforms=True, results=(), graph=Graph())))
        children = _children_cpu()
        start = time.process_time()
        if batched is not None and "triples" in inspect.signature(batched).parameters:
            datas = batched(chunk, triples=triples)
        elif batched is not None:
            datas = batched(chunk)
        else:
            datas = [render.review_data(a, report=r) for a, r in chunk]
        for data in datas:
            template.render(d=data, index_href="../index.html")
        add("page", start)
        if timing:
            cpu["graphviz"] += _children_cpu() - children
            n += len(chunk)
    print(f"diplokg at {Path(diplokg.__file__).parent}, {n} articles timed", file=sys.stderr)
    print("| step | CPU ms per article |")
    print("|---|---:|")
    for step, seconds in cpu.items():
        print(f"| {step} | {1000 * seconds / max(n, 1):.1f} |")
    print(f"| **total** | **{1000 * sum(cpu.values()) / max(n, 1):.1f}** |")


if __name__ == "__main__":
    main()
