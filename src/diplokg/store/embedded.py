"""The embedded store (pyoxigraph): open, load article graphs atomically, parse RDF files.

Layout: each article's facts live in its own named graph; the descriptions of
shared entities, posts and roles (triples whose subject is a ``dkid:`` IRI),
which every article mentioning them restates, are kept once in the shared
graph :data:`~diplokg.rdf.terms.ENTITY_GRAPH`; the ontology has its own graph.
Queries run over the union of the graphs, so a restated description would
otherwise come back once per article and make joins over popular entities
explode (at 10,000 articles: 612k of 2.48M triples were such duplicates).

Writing is atomic per article: an article that is new to the store arrives
in one transaction together with the entity descriptions it brings (many
new articles share a transaction); an article that is already there is
replaced by one SPARQL update holding the difference between its old and new
triples, so a reader sees the old graph or the new one, never a mix or
nothing, and reloading an unchanged article writes nothing.

A whole build (:func:`rebuild_store`) instead bulk-loads a complete new store
into a fresh folder beside the old one and then swaps a symbolic link, which
POSIX ``rename`` replaces atomically: a reader opens the old store or the new
one, a crash leaves the old one, and loading runs at bulk-loader speed.
"""

from __future__ import annotations

import itertools
import os
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from diplokg.errors import StoreError, UsageError
from diplokg.model.limits import resolved
from diplokg.rdf.formats import RdfFormat, parse_file, read_format
from diplokg.rdf.iris import ENTITY_GRAPH, ENTITY_NS, ONTOLOGY_GRAPH
from diplokg.resources import resource_files

if TYPE_CHECKING:  # rdflib is imported where a graph is made: `diplokg query` starts without it
    from rdflib import Graph

__all__ = [
    "STORE_MARKER",
    "LoadedGraph",
    "StoreLoad",
    "article_triples",
    "bulk_load_store",
    "check_store_path",
    "copy_store",
    "is_diplokg_store",
    "is_entity_description",
    "load_files",
    "load_ontology_graph",
    "memory_store",
    "open_store",
    "patch_store",
    "read_rdf_graph",
    "rebuild_store",
    "replace_graph",
    "to_ntriples",
    "write_articles",
]


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
            # (through the link a build swaps, resolved once: RocksDB opens the files its
            # manifest names by path, and a swap in between made a query read one
            # generation's manifest in the next one's folder, "damaged")
            return ox.Store.read_only(str(path.resolve()))
        path.mkdir(parents=True, exist_ok=True)
        return ox.Store(str(path))
    except OSError as exc:
        raise StoreError(_open_problem(exc), path=path) from None
    except RuntimeError as exc:  # RocksDB reports a damaged store this way
        detail = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
        raise StoreError(
            f"the store is damaged or not a store ({detail}); rebuild it with 'diplokg build'",
            path=path,
        ) from None


def _open_problem(exc: OSError) -> str:
    """Why a store could not be opened, in one line.

    A store open for writing elsewhere makes RocksDB say "IO error: While lock file:
    …/LOCK: Resource temporarily unavailable": said as what it means and what to do.
    """
    said = str(exc)
    if "LOCK" in said and ("temporarily unavailable" in said or "lock hold" in said):
        return (
            "the store is open for writing in another process (it holds the store's lock): "
            "wait for that process to end; 'diplokg query --store' only reads it, and can"
        )
    return f"cannot open the store: {said.splitlines()[0] if said else type(exc).__name__}"


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


def is_entity_description(triple: ox.Triple) -> bool:
    """Whether a triple describes a shared entity, post or role (and so goes to the entity graph).

    Its subject is a ``dkid:`` IRI. A triple whose object is a blank node stays
    in the article's graph, with the blank node's own triples.
    """
    subject = triple.subject
    return (
        isinstance(subject, ox.NamedNode)
        and subject.value.startswith(ENTITY_NS)
        and not isinstance(triple.object, ox.BlankNode)
    )


def article_triples(graph: Graph) -> list[ox.Triple]:
    """An rdflib graph's triples as pyoxigraph triples."""
    return [q.triple for q in ox.parse(to_ntriples(graph), format=ox.RdfFormat.N_TRIPLES)]


@dataclass(frozen=True)
class StoreLoad:
    """What :func:`write_articles` did."""

    #: Every article graph written, with the triples it holds afterwards.
    graphs: tuple[LoadedGraph, ...]
    #: Distinct entity-description triples the articles gave.
    entity_triples: int
    #: Triples the shared entity graph holds afterwards.
    entity_graph_triples: int
    #: Quads inserted and removed (an unchanged article adds and removes none).
    added: int
    removed: int

    @property
    def triples(self) -> int:
        """Triples over the article graphs written."""
        return sum(g.triples for g in self.graphs)


def _block(graph: ox.NamedNode, triples: Iterable[ox.Triple]) -> str:
    """``GRAPH <g> { … }`` with N-Triples written by pyoxigraph's serialiser."""
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    assert data is not None  # noqa: S101 - serialize returns bytes without an output
    return f"GRAPH {graph} {{\n{data.decode('utf-8')}}}"


_XSD_STRING = ox.NamedNode("http://www.w3.org/2001/XMLSchema#string")


class _Canonical:
    """Triples as a store gives them back: Oxigraph normalises some typed literals.

    (``"3"^^xsd:nonNegativeInteger`` comes back as ``"3"^^xsd:integer``.) Each
    distinct typed literal is put through a scratch in-memory store once.
    """

    def __init__(self) -> None:
        self.literals: dict[ox.Literal, ox.Literal] = {}

    def _learn(self, literals: Sequence[ox.Literal]) -> None:
        scratch = ox.Store()
        p = ox.NamedNode("urn:diplokg:canonical")
        scratch.extend(
            ox.Quad(ox.NamedNode(f"urn:diplokg:canonical:{i}"), p, lit, ox.DefaultGraph())
            for i, lit in enumerate(literals)
        )
        for quad in scratch:
            index = int(quad.subject.value.rsplit(":", 1)[1])
            obj = quad.object
            assert isinstance(obj, ox.Literal)  # noqa: S101 - a literal went in
            self.literals[literals[index]] = obj

    def triples(self, triples: Iterable[ox.Triple]) -> list[ox.Triple]:
        """``triples`` with every typed literal in the store's form."""
        given = list(triples)
        unknown = {
            t.object
            for t in given
            if isinstance(t.object, ox.Literal)
            and t.object.language is None
            and t.object.datatype != _XSD_STRING
            and t.object not in self.literals
        }
        if unknown:
            self._learn(list(unknown))
        out = []
        for t in given:
            obj = t.object
            if isinstance(obj, ox.Literal) and obj in self.literals:
                canonical = self.literals[obj]
                if canonical != obj:
                    t = ox.Triple(t.subject, t.predicate, canonical)
            out.append(t)
        return out


def _graph_triples(store: ox.Store, graph: ox.NamedNode) -> set[ox.Triple]:
    return {q.triple for q in store.quads_for_pattern(None, None, None, graph)}


def _has_blank(triples: Iterable[ox.Triple]) -> bool:
    return any(
        isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode) for t in triples
    )


def write_articles(
    store: ox.Store,
    articles: Iterable[tuple[str, Iterable[ox.Triple]]],
    *,
    entities: str = "add",
    batch_quads: int = 20_000,
) -> StoreLoad:
    """Write article graphs (IRI, triples) into ``store``, each atomically, in the store layout.

    Entity descriptions go to the shared entity graph, the rest to the
    article's graph (see the module docstring). New articles are inserted in
    transactions of about ``batch_quads`` quads, each holding whole articles
    and the entity descriptions they bring; an existing article is replaced by
    its difference in one update. With ``entities="replace"`` the entity graph
    ends up holding exactly what these articles describe (for when they are the
    whole store), stale descriptions being removed last; with ``"add"``
    descriptions only accumulate. ``diplokg build`` uses :func:`rebuild_store`.
    """
    if entities not in ("add", "replace"):
        raise UsageError(f"entities must be 'add' or 'replace', not {entities!r}")
    entity_graph = ox.NamedNode(str(ENTITY_GRAPH))
    stored_entities = _graph_triples(store, entity_graph)
    given: set[ox.Triple] = set()
    canonical = _Canonical()
    pending: list[ox.Quad] = []
    counts: dict[str, int] = {}
    added = removed = 0

    def flush() -> None:
        nonlocal pending
        if pending:
            store.extend(pending)
            pending = []

    for graph_iri, triples in articles:
        if graph_iri in counts:
            raise UsageError(f"graph <{graph_iri}> is given twice: one article, one graph")
        graph = ox.NamedNode(graph_iri)
        own: set[ox.Triple] = set()
        brought: list[ox.Triple] = []
        for triple in canonical.triples(triples):
            if is_entity_description(triple):
                if triple not in given:
                    given.add(triple)
                    if triple not in stored_entities:
                        stored_entities.add(triple)
                        brought.append(triple)
            else:
                own.add(triple)
        counts[graph_iri] = len(own)
        added += len(brought)
        if not store.contains_named_graph(graph):
            pending.extend(ox.Quad(t.subject, t.predicate, t.object, graph) for t in own)
            pending.extend(ox.Quad(t.subject, t.predicate, t.object, entity_graph) for t in brought)
            if len(pending) >= batch_quads:
                flush()
            continue
        flush()
        old = _graph_triples(store, graph)
        gone, new = old - own, own - old
        added += len(new)
        removed += len(gone)
        if _has_blank(gone) or _has_blank(new):
            # Blank nodes cannot be named in DELETE DATA: stage and MOVE instead.
            staged = ox.serialize(own, format=ox.RdfFormat.N_TRIPLES)
            assert staged is not None  # noqa: S101
            replace_graph(store, graph_iri, staged)
            if brought:
                store.extend(
                    ox.Quad(t.subject, t.predicate, t.object, entity_graph) for t in brought
                )
            continue
        operations = []
        if gone:
            operations.append("DELETE DATA { " + _block(graph, gone) + " }")
        if new or brought:
            blocks = [_block(graph, new)] if new else []
            if brought:
                blocks.append(_block(entity_graph, brought))
            operations.append("INSERT DATA { " + " ".join(blocks) + " }")
        if operations:
            # One update is one transaction; every term is written by pyoxigraph.
            store.update(" ;\n".join(operations))
    flush()
    if entities == "replace":
        stale = stored_entities - given
        if stale:
            store.update("DELETE DATA { " + _block(entity_graph, stale) + " }")
            removed += len(stale)
            stored_entities -= stale
    graphs = tuple(LoadedGraph(iri, _count(store, iri)) for iri in counts)
    for loaded in graphs:
        if loaded.triples != counts[loaded.graph_iri]:
            raise StoreError(
                f"graph <{loaded.graph_iri}> holds {loaded.triples} triples after loading, "
                f"not {counts[loaded.graph_iri]}"
            )
    return StoreLoad(
        graphs=graphs,
        entity_triples=len(given),
        entity_graph_triples=_count(store, str(ENTITY_GRAPH)),
        added=added,
        removed=removed,
    )


def _split(
    articles: Iterable[tuple[str, Iterable[ox.Triple]]],
    counts: dict[str, int],
    described: Counter[ox.Triple],
) -> Iterator[ox.Quad]:
    """Article quads for a bulk load; entity descriptions counted into ``described``.

    ``described`` ends up holding each entity-description triple with the
    number of articles that give it.
    """
    for graph_iri, triples in articles:
        if graph_iri in counts:
            raise UsageError(f"graph <{graph_iri}> is given twice: one article, one graph")
        graph = ox.NamedNode(graph_iri)
        own: set[ox.Triple] = set()
        brought: set[ox.Triple] = set()
        for triple in triples:
            if is_entity_description(triple):
                brought.add(triple)
            elif triple not in own:
                own.add(triple)
                yield ox.Quad(triple.subject, triple.predicate, triple.object, graph)
        described.update(brought)
        counts[graph_iri] = len(own)


#: Quads given to the bulk loader at once (it holds them in memory until it ends).
BULK_SLICE = 250_000

#: The file diplokg writes into every store folder it creates: only folders holding it
#: are ever removed or replaced by diplokg.
STORE_MARKER = "diplokg-store"
_MARKER_TEXT = b"This folder is an embedded store written by diplokg; diplokg may replace it.\n"


def is_diplokg_store(folder: Path) -> bool:
    """Whether ``folder`` is a store folder diplokg created (it holds :data:`STORE_MARKER`)."""
    return (folder / STORE_MARKER).is_file()


def bulk_load_store(
    folder: Path,
    articles: Iterable[tuple[str, Iterable[ox.Triple]]],
    *,
    entity_counts: Counter[ox.Triple] | None = None,
) -> StoreLoad:
    """Bulk-load a new store in ``folder`` (which must not exist yet) in the store layout.

    Each article in its graph, the entity descriptions once in the entity
    graph, the ontology in its own; every article graph's triple count is
    checked. ``entity_counts``, when given, receives each entity-description
    triple with the number of articles giving it (to patch the store later,
    :func:`patch_store`). The folder is marked as diplokg's (:data:`STORE_MARKER`).
    """
    counts: dict[str, int] = {}
    described: Counter[ox.Triple] = entity_counts if entity_counts is not None else Counter()
    try:
        folder.mkdir(mode=0o755)
        (folder / STORE_MARKER).write_bytes(_MARKER_TEXT)
        store = ox.Store(str(folder))
        quads = _split(articles, counts, described)
        # The bulk loader holds what it is given until it ends: feed it in bounded
        # slices, so memory stays flat however large the corpus (at 10,000 articles one
        # call held a gigabyte).
        while (first := next(quads, None)) is not None:
            store.bulk_extend(itertools.chain((first,), itertools.islice(quads, BULK_SLICE - 1)))
        entity_graph = ox.NamedNode(str(ENTITY_GRAPH))
        store.bulk_extend(
            ox.Quad(t.subject, t.predicate, t.object, entity_graph) for t in described
        )
        (ontology,) = resource_files("ontology")
        store.bulk_load(
            ontology.read_bytes(),
            format=ox.RdfFormat.TURTLE,
            to_graph=ox.NamedNode(str(ONTOLOGY_GRAPH)),
        )
        found = _graph_counts(store)
        store.flush()
        del store
    except OSError as exc:
        raise StoreError(f"cannot write the store: {exc.strerror or exc}", path=folder) from None
    for graph_iri, want in counts.items():
        if found.get(graph_iri, 0) != want:
            raise StoreError(
                f"graph <{graph_iri}> holds {found.get(graph_iri, 0)} triples after "
                f"loading, not {want}",
                path=folder,
            )
    return StoreLoad(
        graphs=tuple(LoadedGraph(iri, found[iri]) for iri in counts),
        entity_triples=len(described),
        entity_graph_triples=found.get(str(ENTITY_GRAPH), 0),
        added=sum(found.values()),
        removed=0,
    )


def copy_store(source: Path, target: Path) -> None:
    """A copy of the store at ``source`` in the new folder ``target`` (marked as diplokg's).

    On one file system the copy hard-links the store's immutable files, so it
    takes well under a second whatever the store's size; ``source`` is only read.
    """
    try:
        ox.Store.read_only(str(source)).backup(str(target))
        (target / STORE_MARKER).write_bytes(_MARKER_TEXT)
    except OSError as exc:
        raise StoreError(f"cannot copy the store: {exc.strerror or exc}", path=target) from None


def patch_store(
    folder: Path,
    *,
    remove: Iterable[str] = (),
    put: Iterable[tuple[str, Iterable[ox.Triple]]] = (),
    entities_added: Iterable[ox.Triple] = (),
    entities_removed: Iterable[ox.Triple] = (),
) -> tuple[LoadedGraph, ...]:
    """Change a store no reader sees yet (a copy being prepared): drop graphs, put articles.

    ``remove`` names article graphs to drop; ``put`` gives article graphs to
    write anew (their entity descriptions are left out: the caller, who knows
    which other articles still give them, names the entity graph's changes in
    ``entities_added`` and ``entities_removed``). Returns each put graph with
    its triple count, checked against what was given.
    """
    entity_graph = ox.NamedNode(str(ENTITY_GRAPH))
    written: dict[str, int] = {}
    try:
        store = ox.Store(str(folder))
        for graph_iri in remove:
            store.remove_graph(ox.NamedNode(graph_iri))
        for graph_iri, triples in put:
            graph = ox.NamedNode(graph_iri)
            if store.contains_named_graph(graph):
                store.remove_graph(graph)
            own = {t for t in triples if not is_entity_description(t)}
            store.extend(ox.Quad(t.subject, t.predicate, t.object, graph) for t in own)
            written[graph_iri] = len(own)
        for t in entities_removed:
            store.remove(ox.Quad(t.subject, t.predicate, t.object, entity_graph))
        store.extend(
            ox.Quad(t.subject, t.predicate, t.object, entity_graph) for t in entities_added
        )
        loaded = tuple(LoadedGraph(iri, _count(store, iri)) for iri in written)
        store.flush()
        del store
    except OSError as exc:
        raise StoreError(f"cannot write the store: {exc.strerror or exc}", path=folder) from None
    for got in loaded:
        if got.triples != written[got.graph_iri]:
            raise StoreError(
                f"graph <{got.graph_iri}> holds {got.triples} triples after loading, "
                f"not {written[got.graph_iri]}",
                path=folder,
            )
    return loaded


def _generations(path: Path) -> list[Path]:
    """The store folders beside ``path`` that diplokg made, oldest first (others are left)."""
    folders = [
        p
        for p in path.parent.glob(f".{path.name}.*")
        if not p.is_symlink() and p.is_dir() and is_diplokg_store(p)
    ]
    return sorted(folders, key=lambda p: p.stat().st_mtime)


def check_store_path(path: Path) -> None:
    """Refuse a store path that holds something diplokg did not make (it is never touched).

    Accepted: nothing there yet, or a symbolic link (what :func:`rebuild_store`
    and ``diplokg build`` put there).
    """
    if path.is_symlink() or not path.exists():
        return
    what = "folder" if path.is_dir() else "file"
    raise UsageError(
        f"{path} is a {what} diplokg did not make, not a diplokg store: it is left as it is; "
        "give --store another path (or move it away yourself)"
    )


def rebuild_store(path: Path, articles: Iterable[tuple[str, Iterable[ox.Triple]]]) -> StoreLoad:
    """Make ``path`` a store holding exactly these articles, the entity graph and the ontology.

    The store is bulk-loaded into a new folder ``.NAME.XXXX`` beside ``path``
    (marked as diplokg's, :data:`STORE_MARKER`) and only then put in place:
    ``path`` is a symbolic link to the current folder, replaced atomically, so
    readers see the old store or the new one and a failure leaves the old one.
    The previous folder is kept (a reader may still have it open); older ones
    diplokg made are removed, and nothing else: a ``path`` that is a real
    folder or file is refused (:func:`check_store_path`), and other
    ``.NAME.*`` folders are left alone.
    """
    import shutil  # here, not at the top: a query opens a store and needs neither
    import tempfile

    check_store_path(path)
    parent = path.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        folder = Path(tempfile.mkdtemp(prefix=f".{path.name}.", dir=parent))
        folder.rmdir()  # bulk_load_store makes it, marked
    except OSError as exc:
        raise StoreError(f"cannot create the store: {exc.strerror}", path=path) from None
    try:
        load = bulk_load_store(folder, articles)
        link = parent / f".{path.name}.link-{os.getpid()}"
        link.unlink(missing_ok=True)
        link.symlink_to(folder.name)
        os.replace(link, path)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    for old in _generations(path)[:-2]:
        if old != folder:
            shutil.rmtree(old, ignore_errors=True)
    return load


def _count(store: ox.Store, graph_iri: str) -> int:
    """Triples in one named graph, counted by the store."""
    solutions = store.query(
        "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
        substitutions={ox.Variable("g"): ox.NamedNode(graph_iri)},
    )
    assert isinstance(solutions, ox.QuerySolutions)  # noqa: S101 - a SELECT
    for row in solutions:
        number = row["n"]
        assert isinstance(number, ox.Literal)  # noqa: S101 - COUNT gives a literal
        return int(number.value)
    return 0


def _graph_counts(store: ox.Store) -> dict[str, int]:
    """Triples per named graph, counted by the store in one query."""
    solutions = store.query(
        "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
    )
    assert isinstance(solutions, ox.QuerySolutions)  # noqa: S101 - a SELECT
    counts = {}
    for row in solutions:
        graph, number = row["g"], row["n"]
        if isinstance(graph, ox.NamedNode) and isinstance(number, ox.Literal):
            counts[graph.value] = int(number.value)
    return counts


def load_ontology_graph(store: ox.Store) -> LoadedGraph:
    """Put the packaged ontology into its own named graph, so queries see class labels."""
    (ontology,) = resource_files("ontology")
    return replace_graph(store, str(ONTOLOGY_GRAPH), ontology.read_bytes(), fmt=RdfFormat.TURTLE)


def _parse(path: Path) -> tuple[ox.RdfFormat, list[ox.Quad]]:
    """Parse one RDF file (format from its extension) into quads, with located errors."""
    # The file's location is the base IRI: ``<>`` and ``<#x>`` resolve as in any Turtle tool.
    quads = list(parse_file(path, base_iri=resolved(path).as_uri()))
    return read_format(path)[1], quads


def load_files(store: ox.Store, paths: Iterable[Path]) -> None:
    """Parse RDF files into ``store``; a triples-only file goes to a graph named after it."""
    for path in paths:
        fmt, quads = _parse(path)
        if not fmt.supports_datasets or fmt is ox.RdfFormat.JSON_LD:
            name = ox.NamedNode(resolved(path).as_uri())
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
    from rdflib import Graph

    from diplokg.rdf.oxterms import add_quads  # (rdflib is needed by validation only)

    graph = Graph()
    for path in paths:
        _, quads = _parse(path)  # (triple terms, which SHACL cannot check, are refused)
        add_quads(graph, quads)  # (rdflib's own parser took over a minute on a 2 MB literal)
    return graph
