"""The floor under a cold build: what its dependencies alone cost for the same outputs.

Issue 11 asks for a cold 10,000-article build in 60 s on two cores (120 CPU
seconds, 12 CPU ms per article) whose article files stay byte for byte what
they were, and those bytes are rdflib's TriG serialisation. This script
measures, per article of a synthetic corpus (``benchmarks/corpus.py``) and in
one process (``time.process_time``, so other work on the machine does not
change the figures), the least the dependencies need to produce those outputs
with nothing of diplokg's in the way:

- ``rdflib graph``: an empty ``rdflib.Graph`` filled with the article's
  triples (``addN``): the least rdflib needs to hold an article at all
  (shown for scale; the next row includes it);
- ``rdflib TriG``: a ``Dataset`` holding the article's named graph, filled
  and serialised by rdflib alone (``serialize(format="trig")``): the bytes of
  ``articles/*.trig``, the floor for writing them;
- ``pyoxigraph bulk_load``: the store's loader on the same corpus's quads
  (``dataset.nq``) into a new on-disk store (optional: ``--bulk-load``).

Then diplokg's own cost for the same steps (its prepared TriG writer), and
an estimate of the whole floor for 10,000 articles on two cores.

Command line::

    python benchmarks/floor.py --corpus /tmp/bc1k -n 300 --bulk-load
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph, URIRef

from diplokg.model.annotation import ArticleInputs, find_articles, load_registry
from diplokg.rdf import output
from diplokg.rdf.convert import convert_files
from diplokg.rdf.terms import bind_prefixes

__all__ = ["main"]


def _rdflib_trig(graph: Graph, graph_iri: URIRef) -> bytes:
    """rdflib alone: a dataset with the article's named graph, serialised as TriG."""
    ds = Dataset()
    bind_prefixes(ds)
    named = ds.graph(graph_iri)
    named.addN((s, p, o, named) for s, p, o in graph)
    return ds.serialize(format="trig", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> None:
    """Print Markdown tables: CPU ms per article, and the estimated 10,000-article floor."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True, help="a corpus made by corpus.py")
    parser.add_argument("-n", type=int, default=300, help="articles to time [300]")
    parser.add_argument(
        "--bulk-load", action="store_true", help="also time pyoxigraph's bulk_load of dataset.nq"
    )
    args = parser.parse_args(argv)
    sources = args.corpus / "sources"
    texts = find_articles([sources])[: args.n]
    registry_path = sources / "entities.yaml"
    registry = load_registry(registry_path)
    articles = [
        convert_files(t, inputs=ArticleInputs(registry=registry_path), loaded_registry=registry)
        for t in texts
    ]
    writer = output.ArticleTrigWriter()
    # Warm-up (imports, plugin look-ups, prefix caches), not timed.
    for article in articles[:16]:
        _rdflib_trig(article.graph, article.graph_iri)
        writer.write(article.graph, article.graph_iri)
    cpu: dict[str, float] = dict.fromkeys(
        ["rdflib graph", "rdflib TriG", "diplokg TriG writer"], 0.0
    )
    same = 0
    for article in articles:
        triples = list(article.graph)
        start = time.process_time()
        g = Graph()
        g.addN((s, p, o, g) for s, p, o in triples)
        cpu["rdflib graph"] += time.process_time() - start
        start = time.process_time()
        plain = _rdflib_trig(article.graph, article.graph_iri)
        cpu["rdflib TriG"] += time.process_time() - start
        start = time.process_time()
        ours = writer.write(article.graph, article.graph_iri)
        cpu["diplokg TriG writer"] += time.process_time() - start
        same += plain == ours
    n = len(articles)
    print(f"{n} articles; diplokg's TriG = rdflib's bytes for {same} of {n}", file=sys.stderr)
    print("| step | CPU ms per article |")
    print("|---|---:|")
    for step, seconds in cpu.items():
        print(f"| {step} | {1000 * seconds / n:.2f} |")
    floor_ms = 1000 * cpu["rdflib TriG"] / n
    bulk_10k = None
    if args.bulk_load:
        nq = args.corpus / "dataset.nq"
        corpus_articles = len(find_articles([sources]))
        with tempfile.TemporaryDirectory() as tmp:
            store = ox.Store(str(Path(tmp) / "store"))
            start = time.process_time()
            store.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
            store.flush()
            seconds = time.process_time() - start
            quads = len(store)
            del store
        bulk_10k = seconds * 10_000 / corpus_articles
        print(
            f"| pyoxigraph bulk_load ({quads:,} quads, {corpus_articles:,} articles) "
            f"| {1000 * seconds / corpus_articles:.2f} |"
        )
    print()
    print("| estimate for 10,000 articles | CPU s | wall s on 2 cores |")
    print("|---|---:|---:|")
    print(f"| rdflib TriG (the article files) | {floor_ms * 10:.0f} | {floor_ms * 5:.0f} |")
    if bulk_10k is not None:
        total = floor_ms * 10 + bulk_10k
        print(f"| + pyoxigraph bulk_load | {total:.0f} | {total / 2:.0f} |")


if __name__ == "__main__":
    main()
