"""Serialise graphs deterministically and write files atomically.

The same graph must give byte-identical output in every run, whatever
Python's hash seed: Turtle is sorted by rdflib; N-Triples and N-Quads lines
are sorted here; JSON-LD nodes are sorted by ``@id``; prefixes are always
bound in the same order. Files are written to a temporary file beside the
target and renamed over it, so a reader never sees half a file.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from rdflib import Dataset, Graph, URIRef

from diplokg.errors import StoreError
from diplokg.rdf.terms import PREFIXES, bind_prefixes
from diplokg.store.embedded import RdfFormat

__all__ = ["serialize_dataset", "serialize_graph", "write_atomic"]


def _sorted_lines(data: bytes) -> bytes:
    # Split at b"\n" only: str.splitlines() also splits at U+2028, U+0085, form feed,
    # vertical tab and U+001C-U+001E, which N-Triples literals may hold unescaped.
    # UTF-8 bytes sort in code point order, as the decoded lines did.
    lines = sorted(line for line in data.split(b"\n") if line.strip())
    return b"\n".join(lines) + b"\n" if lines else b""


def _jsonld(graph: Graph | Dataset) -> bytes:
    raw = graph.serialize(format="json-ld", context=dict(PREFIXES), auto_compact=True)
    doc = json.loads(raw)

    def sort_nodes(value: object) -> object:
        if isinstance(value, dict):
            return {k: sort_nodes(v) for k, v in value.items()}
        if isinstance(value, list):
            items = [sort_nodes(v) for v in value]
            return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
        return value

    return (
        json.dumps(sort_nodes(doc), sort_keys=True, ensure_ascii=False, indent=2) + "\n"
    ).encode()


def _dataset(graphs: Sequence[tuple[URIRef, Graph]]) -> Dataset:
    ds = Dataset()
    bind_prefixes(ds)
    for iri, graph in graphs:
        named = ds.graph(iri)
        named += graph
    return ds


def serialize_graph(graph: Graph, graph_iri: URIRef, fmt: RdfFormat) -> bytes:
    """One article's graph in ``fmt``; TriG, N-Quads and JSON-LD keep its graph name."""
    if fmt in (RdfFormat.TURTLE, RdfFormat.NT):
        g = Graph()
        bind_prefixes(g)
        g += graph
        data = g.serialize(format="turtle" if fmt is RdfFormat.TURTLE else "nt", encoding="utf-8")
        return data if fmt is RdfFormat.TURTLE else _sorted_lines(data)
    return serialize_dataset([(graph_iri, graph)], fmt)


def serialize_dataset(graphs: Sequence[tuple[URIRef, Graph]], fmt: RdfFormat) -> bytes:
    """Several named graphs as one dataset (TriG, N-Quads or JSON-LD)."""
    ds = _dataset(graphs)
    if fmt is RdfFormat.TRIG:
        return ds.serialize(format="trig", encoding="utf-8")
    if fmt is RdfFormat.NQUADS:
        return _sorted_lines(ds.serialize(format="nquads", encoding="utf-8"))
    if fmt is RdfFormat.JSONLD:
        return _jsonld(ds)
    merged = Graph()
    bind_prefixes(merged)
    for _, graph in graphs:
        merged += graph
    data = merged.serialize(format="turtle" if fmt is RdfFormat.TURTLE else "nt", encoding="utf-8")
    return data if fmt is RdfFormat.TURTLE else _sorted_lines(data)


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            # mkstemp makes the file private (0600); give it the usual mode of a new file.
            os.chmod(tmp, 0o666 & ~_umask())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise StoreError(f"cannot write output: {exc.strerror}", path=path) from None
