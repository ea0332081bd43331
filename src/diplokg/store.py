"""The embedded store (pyoxigraph): open, load article graphs atomically, parse RDF files.

Each article lives in its own named graph. Replacing it is atomic: the new
triples are loaded into a staging graph in one transaction, then one SPARQL
``MOVE`` (a single transaction in Oxigraph) swaps them in, so a reader sees
the old graph or the new one, never a mix or nothing.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from diplokg.errors import RdfSyntaxError, StoreError, UsageError
from diplokg.resources import resource_files
from diplokg.terms import ONTOLOGY_GRAPH

__all__ = [
    "LoadedGraph",
    "RdfFormat",
    "load_files",
    "load_ontology_graph",
    "memory_store",
    "open_store",
    "read_rdf_graph",
    "replace_graph",
    "to_ntriples",
]


class RdfFormat(enum.Enum):
    """RDF serialisations diplokg reads and writes."""

    TURTLE = "turtle"
    TRIG = "trig"
    NT = "nt"
    NQUADS = "nquads"
    JSONLD = "jsonld"

    @property
    def extension(self) -> str:
        """The usual file extension, with its dot."""
        return {
            "turtle": ".ttl",
            "trig": ".trig",
            "nt": ".nt",
            "nquads": ".nq",
            "jsonld": ".jsonld",
        }[self.value]

    @property
    def oxigraph(self) -> ox.RdfFormat:
        """The matching pyoxigraph format."""
        return {
            "turtle": ox.RdfFormat.TURTLE,
            "trig": ox.RdfFormat.TRIG,
            "nt": ox.RdfFormat.N_TRIPLES,
            "nquads": ox.RdfFormat.N_QUADS,
            "jsonld": ox.RdfFormat.JSON_LD,
        }[self.value]

    @classmethod
    def from_extension(cls, path: Path) -> RdfFormat:
        """The format a file name's extension says, or :class:`UsageError`."""
        suffix = path.suffix.lower()
        for fmt in cls:
            if fmt.extension == suffix or (fmt is cls.JSONLD and suffix == ".json"):
                return fmt
        known = ", ".join(f.extension for f in cls)
        raise UsageError(
            f"cannot tell the RDF format of {path.name!r} from its extension ({known})"
        )


@dataclass(frozen=True)
class LoadedGraph:
    """A named graph written to a store, and how many triples it holds."""

    graph_iri: str
    triples: int


def open_store(path: Path, *, read_only: bool = False) -> ox.Store:
    """Open (or create) the persistent embedded store at ``path``."""
    try:
        if read_only:
            if not path.is_dir():
                raise StoreError(
                    "no store here: run 'diplokg build' first, or pass --store DIR or --data FILE",
                    path=path,
                )
            return ox.Store.read_only(str(path))
        path.mkdir(parents=True, exist_ok=True)
        return ox.Store(str(path))
    except OSError as exc:
        raise StoreError(f"cannot open the store: {exc}", path=path) from None


def to_ntriples(graph: Graph) -> bytes:
    """An rdflib graph as N-Triples bytes (for handing over to pyoxigraph)."""
    data = graph.serialize(format="nt", encoding="utf-8")
    assert isinstance(data, bytes)  # noqa: S101 - rdflib returns bytes when encoding is set
    return data


def replace_graph(
    store: ox.Store, graph_iri: str, data: bytes, *, fmt: RdfFormat = RdfFormat.NT
) -> LoadedGraph:
    """Atomically replace one named graph with the triples in ``data``."""
    target = ox.NamedNode(graph_iri)
    staging = ox.NamedNode(graph_iri + "#staging")
    if store.contains_named_graph(staging):
        store.remove_graph(staging)
    store.load(data, format=fmt.oxigraph, to_graph=staging)
    # Both IRIs are written by pyoxigraph's own term serialisation, never pasted text.
    store.update(f"MOVE SILENT GRAPH {staging} TO {target}")
    count = sum(1 for _ in store.quads_for_pattern(None, None, None, target))
    return LoadedGraph(graph_iri, count)


def load_ontology_graph(store: ox.Store) -> LoadedGraph:
    """Put the packaged ontology into its own named graph, so queries see class labels."""
    (ontology,) = resource_files("ontology")
    return replace_graph(store, str(ONTOLOGY_GRAPH), ontology.read_bytes(), fmt=RdfFormat.TURTLE)


def _parse(path: Path) -> tuple[RdfFormat, list[ox.Quad]]:
    """Parse one RDF file (format from its extension) into quads, with located errors."""
    fmt = RdfFormat.from_extension(path)
    try:
        return fmt, list(ox.parse(path=str(path), format=fmt.oxigraph))
    except SyntaxError as exc:
        raise RdfSyntaxError(
            f"{fmt.value} syntax error: {exc.msg}", path=path, line=exc.lineno, column=exc.offset
        ) from None
    except OSError as exc:
        raise RdfSyntaxError(f"cannot read RDF file: {exc.strerror}", path=path) from None


def load_files(store: ox.Store, paths: Iterable[Path]) -> None:
    """Parse RDF files into ``store``; a triples-only file goes to a graph named after it."""
    for path in paths:
        fmt, quads = _parse(path)
        if fmt in (RdfFormat.TURTLE, RdfFormat.NT, RdfFormat.JSONLD):
            name = ox.NamedNode(path.resolve().as_uri())
            quads = [
                ox.Quad(q.subject, q.predicate, q.object, name)
                if isinstance(q.graph_name, ox.DefaultGraph)
                else q
                for q in quads
            ]
        store.extend(quads)


def memory_store(paths: Sequence[Path]) -> ox.Store:
    """An in-memory store holding the given RDF files and the ontology."""
    store = ox.Store()
    load_files(store, paths)
    load_ontology_graph(store)
    return store


def read_rdf_graph(paths: Sequence[Path]) -> Graph:
    """Parse RDF files (format by extension) and merge all their triples into one rdflib graph.

    pyoxigraph parses (fast, and its errors carry line and column); graph names
    are dropped, so a TriG file's named graphs are validated together.
    """
    graph = Graph()
    for path in paths:
        _, quads = _parse(path)
        data = ox.serialize((q.triple for q in quads), format=ox.RdfFormat.N_TRIPLES)
        assert data is not None  # noqa: S101 - serialize returns bytes without an output
        graph.parse(data=data, format="nt")
    return graph
