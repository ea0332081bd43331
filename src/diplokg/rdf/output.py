"""Serialise graphs deterministically and write files atomically.

The same graph must give byte-identical output in every run, whatever
Python's hash seed: Turtle is sorted by rdflib; N-Triples and N-Quads lines
are sorted here; JSON-LD nodes are sorted by ``@id``; prefixes are always
bound in the same order. Files are written to a temporary file beside the
target and renamed over it, so a reader never sees half a file.
"""

from __future__ import annotations

import contextlib
import errno
import io
import json
import os
import stat
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from rdflib import Dataset, Graph, URIRef
from rdflib.plugins.serializers.trig import TrigSerializer

from diplokg.errors import InputError, StoreError
from diplokg.rdf.formats import RdfFormat
from diplokg.rdf.terms import PREFIXES, bind_prefixes

__all__ = [
    "BUILD_STATE_DIR",
    "BUILD_STATE_MARK",
    "ArticleTrigWriter",
    "OutputSet",
    "os_problem",
    "output_folder",
    "refuse_build_outputs",
    "refuse_foreign_files",
    "serialize_dataset",
    "serialize_graph",
    "write_atomic",
]


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


class _Unsafe(Exception):
    """The cached path cannot promise rdflib's bytes for this graph (a prefix was generated)."""


class _IndexedGraph(Graph):
    """One article's triples, read-only, behind the bindings of a prepared dataset.

    What the TriG serialiser asks of a graph (its triples by subject, by subject
    and predicate, a scan for the rest, its length) answered from dictionaries
    built once, in the order rdflib's memory store would give them: filling a
    :class:`~rdflib.Dataset` for each article cost as much as serialising it.
    """

    def __init__(self, template: Dataset, identifier: URIRef, source: Graph) -> None:
        super().__init__(
            store=template.store,
            identifier=identifier,
            namespace_manager=template.namespace_manager,
        )
        spo: dict[Any, dict[Any, dict[Any, None]]] = {}
        for s, p, o in source:
            spo.setdefault(s, {}).setdefault(p, {})[o] = None
        self._spo = spo
        self._count = sum(len(objects) for po in spo.values() for objects in po.values())

    def __len__(self) -> int:
        return self._count

    def triples(self, triple: Any) -> Iterator[Any]:  # type: ignore[override]
        s, p, o = triple
        if s is not None:
            po = self._spo.get(s)
            if po is None:
                return
            predicates = po if p is None else ({p: po[p]} if p in po else {})
            for pred, objects in predicates.items():
                if o is None:
                    for obj in objects:
                        yield s, pred, obj
                elif o in objects:
                    yield s, pred, o
            return
        for subj, po in self._spo.items():
            for pred, objects in po.items():
                if p is not None and pred != p:
                    continue
                for obj in objects:
                    if o is None or obj == o:
                        yield subj, pred, obj


_MISS = object()


class _CachedTrigSerializer(TrigSerializer):
    """rdflib's TriG serialiser, remembering what each IRI's prefixed name is.

    ``get_pname`` is most of the serialiser's time, and its answer depends only
    on the IRI and the prefixes bound, which are the same for every article:
    the answer is computed by rdflib once per worker and reused. An IRI for
    which rdflib would generate a prefix (``ns1``) makes the writer fall back
    to plain rdflib for that article, since a generated prefix changes the
    bindings the answers depend on.
    """

    def __init__(self, store: Graph, writer: ArticleTrigWriter) -> None:
        self._writer = writer
        self._added: tuple[str, URIRef] | None = None
        super().__init__(store)

    def addNamespace(self, prefix: str, namespace: URIRef) -> str:  # type: ignore[override]
        self._added = (prefix, namespace)
        return super().addNamespace(prefix, namespace)

    def get_pname(self, uri: Any, gen_prefix: bool = True) -> str | None:
        if not isinstance(uri, URIRef):
            return None
        writer = self._writer
        table = writer.pnames[gen_prefix]
        key = str(uri)
        hit = table.get(key, _MISS)
        if hit is _MISS:
            writer.misses += 1
            self._added = None
            got = super().get_pname(uri, gen_prefix)
            if gen_prefix and writer.bindings() != writer.bound:
                raise _Unsafe
            if got is None or self._added is None:
                hit = None if got is None else (None, None, None, got)
            else:
                prefix, namespace = self._added
                local = got.split(":", 1)[1]
                namespace = writer.namespaces.setdefault((prefix, str(namespace)), namespace)
                hit = (prefix, namespace, local, f"{prefix}:{local}")
            table[key] = hit
            return got
        if hit is None:
            return None
        prefix, namespace, local, pname = hit
        if prefix is None:
            return str(pname)
        # The prefix is already in this document, as rdflib would leave it: the same name.
        if self.namespaces.get(prefix) is namespace and not prefix.startswith("_"):
            return str(pname)
        return f"{self.addNamespace(prefix, namespace)}:{local}"


class ArticleTrigWriter:
    """Writes article graphs as TriG, byte for byte what :func:`serialize_graph` gives.

    Keep one per process and use it for every article: it holds one dataset
    with diplokg's prefixes bound (instead of a new one per article) and the
    prefixed name of every IRI seen. About three times faster than
    :func:`serialize_graph`, which stays the reference (the tests compare them).
    """

    #: Past this many IRIs new to it, the prepared dataset is made anew: rdflib's
    #: namespace manager keeps every namespace it split off in a trie that slows down.
    RENEW_AFTER = 200
    #: Past this many remembered names, they are forgotten (memory stays bounded).
    FORGET_AFTER = 50_000

    def __init__(self) -> None:
        self.pnames: dict[bool, dict[str, Any]] = {True: {}, False: {}}
        self.namespaces: dict[tuple[str, str], URIRef] = {}
        self._renew()

    def _renew(self) -> None:
        template = Dataset()
        bind_prefixes(template)
        self.template = template
        self.bound = self.bindings()
        self.misses = 0

    def bindings(self) -> int:
        """How many prefixes the prepared dataset binds (rdflib adds one when it generates)."""
        return sum(1 for _ in self.template.store.namespaces())

    def write(self, graph: Graph, graph_iri: URIRef) -> bytes:
        """``graph`` as a TriG document with the one named graph ``graph_iri``."""
        if self.misses > self.RENEW_AFTER:
            self._renew()
        if len(self.pnames[True]) + len(self.pnames[False]) > self.FORGET_AFTER:
            self.pnames = {True: {}, False: {}}
        indexed = _IndexedGraph(self.template, graph_iri, graph)
        stream = io.BytesIO()
        try:
            _CachedTrigSerializer(indexed, self).serialize(stream, encoding="utf-8")
        except _Unsafe:
            self._renew()
            return serialize_graph(graph, graph_iri, RdfFormat.TRIG)
        return stream.getvalue()


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def os_problem(exc: OSError, path: Path) -> str:
    """What the system said writing ``path``, and, when a folder on its way is a file
    (ENOTDIR: "Not a directory"), which one: ``-o notes.txt/x.ttl`` said only "Not a
    directory", leaving the reader to find which part of the path it meant."""
    said = exc.strerror or str(exc)
    if exc.errno == errno.ENOTDIR:
        for parent in reversed(path.parents):
            if parent.exists() and not parent.is_dir():
                return f"{said} ({parent} is a file, not a folder; choose another path)"
    return said


def output_folder(path: Path) -> Path:
    """Make sure ``path`` is a folder outputs can go into (made if missing), or raise
    :class:`InputError` naming it: a file given where a folder was asked for is left alone."""
    if path.exists() and not path.is_dir():
        raise InputError("output is a file, not a folder: give -o a folder", path=path)
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(
            f"cannot create the output folder: {os_problem(exc, path)}", path=path
        ) from None
    return path


#: What marks a file diplokg wrote, within its first bytes: the generator tag of a review
#: page, an index or the docs, the comment of a docs diagram (the graph's id, in one an
#: older diplokg wrote), the ontology's namespace.
OWN_MARKS = (
    b'<meta name="generator" content="diplokg',
    b"<!-- generator: diplokg",
    b'<g id="classes&#45;graph"',
    b'<g id="relations&#45;graph"',
    b"<https://w3id.org/diplokg/ontology#>",
    b"drafted by `diplokg extract`",  # a draft annotation's first line
)
_MARK_WITHIN = 4096


def _marked(path: Path) -> bool | None:
    """Whether the regular file ``path`` carries diplokg's mark; None when there is nothing
    to lose there (no file, an empty one, a device or pipe, which is written into)."""
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode) or info.st_size == 0:
            return None
        with open(path, "rb") as handle:
            head = handle.read(_MARK_WITHIN)
    except OSError:
        return None  # unreadable or missing: the write itself says what is wrong
    return any(mark in head for mark in OWN_MARKS)


#: The folder a build keeps inside OUT (its generations, cache and lock), and the file
#: that marks it as diplokg's (see :mod:`diplokg.app.generations`).
BUILD_STATE_DIR = ".diplokg"
BUILD_STATE_MARK = "diplokg-build"


def _in_a_build(path: Path) -> Path | None:
    """The build state folder ``path`` leads into (through the links a build publishes,
    ``OUT/index.html``, ``OUT/pages``), or None."""
    real = Path(os.path.realpath(path))
    for folder in real.parents:
        if folder.name == BUILD_STATE_DIR and (folder / BUILD_STATE_MARK).is_file():
            return folder
    return None


def refuse_build_outputs(
    paths: Iterable[Path], *, what: str, fix: str = "give -o a path of its own"
) -> None:
    """Raise :class:`InputError` naming the first of ``paths`` that leads into a build's
    state folder: written there (through the links a build publishes), ``what`` would
    change a generation the build keeps as it made it (``docs -o out`` replaced the
    build's review index with the docs)."""
    for path in paths:
        build = _in_a_build(path)
        if build is not None:
            raise InputError(
                f"this is a build's output (it leads into {build}, which 'diplokg build' "
                f"keeps), and {what} would replace it: {fix}",
                path=path,
            )


def refuse_foreign_files(paths: Iterable[Path], *, what: str) -> None:
    """Raise :class:`InputError` naming the first of ``paths`` that holds the user's own
    content, which ``what`` would replace.

    ``render DIR -o review/`` and ``docs -o site/`` replaced a user's ``index.html`` (or
    ``classes.svg``, ``pages/NAME.html``) without a word. A file diplokg wrote carries
    its mark near its start (:data:`OWN_MARKS`) and is replaced as before; an empty file,
    a device or a pipe holds nothing to lose. Checked before anything is written, so a
    refusal leaves the folder as it was.
    """
    paths = list(paths)  # read twice; a generator would be empty the second time
    refuse_build_outputs(paths, what=what)
    for path in paths:
        if _marked(path) is False:
            raise InputError(
                f"diplokg did not write this file, and {what} would replace it: move it "
                "away, or give -o a folder of its own",
                path=path,
            )


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename.

    What ``path`` names is never lost: a device or pipe (``/dev/null``, ``/dev/stdout``,
    a FIFO) is written into as it is, not replaced by a file (a rename over
    ``/dev/full`` would have turned the device into a file); a link to a file keeps
    being a link (the file it names is replaced); a file replaced keeps its permissions.
    A path leading into a build's state folder (through the links a build publishes,
    ``OUT/validation-report.ttl``, or one of the user's) is refused with
    :class:`InputError`, whatever the caller checked: a build's generations are kept
    as it made them (``validate --update-baseline`` wrote through such a link).
    """
    _install(path, data=data)


def _install(path: Path, *, data: bytes | None = None, staged: Path | None = None) -> None:
    """Put ``data`` (or the file ``staged``, renamed when it can be) at ``path``, as
    :func:`write_atomic` says."""
    refuse_build_outputs((path,), what="this command", fix="write it elsewhere")
    try:
        info: os.stat_result | None = os.stat(path)  # through a link, to what it names
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise StoreError(f"cannot write output: {os_problem(exc, path)}", path=path) from None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise StoreError("is a folder, not a file to write", path=path)
    try:
        if data is None and staged is not None and (info is None or stat.S_ISREG(info.st_mode)):
            target = Path(os.path.realpath(path)) if info is not None else path
            mode = stat.S_IMODE(info.st_mode) if info else 0o666 & ~_umask()
            with contextlib.suppress(OSError):  # another file system: copied below
                target.parent.mkdir(parents=True, exist_ok=True)
                os.chmod(staged, mode)
                os.replace(staged, target)
                return
        if data is None:
            assert staged is not None  # noqa: S101 - one of the two is given
            data = staged.read_bytes()
        if info is not None and not stat.S_ISREG(info.st_mode):
            with open(path, "wb") as device:
                device.write(data)
            return
        target = Path(os.path.realpath(path)) if info is not None else path
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            # mkstemp makes the file private (0600): give it the mode of the file it
            # replaces, or the usual mode of a new file.
            os.chmod(tmp, stat.S_IMODE(info.st_mode) if info else 0o666 & ~_umask())
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise StoreError(f"cannot write output: {os_problem(exc, path)}", path=path) from None


#: The hidden folder an :class:`OutputSet` stages its files in, inside the folder it writes.
STAGING_PREFIX = ".diplokg-staging-"


class OutputSet:
    """The files one command writes into a folder, put in place all together or not at all.

    ``render DIR -o review/``, ``docs -o site/`` and ``extract DIR`` write many files; written
    one at a time, a run stopped half-way (Ctrl-C, ``kill``, SIGKILL) left some pages new
    and the index old (or no index at all), and two runs at once interleaved their files.
    Each file is staged (:meth:`write`, or into :meth:`staged` from a worker process) in a
    hidden folder ``ROOT/.diplokg-staging-PID-*`` and :meth:`commit` moves them all into
    place, the ``last`` ones (an index) after the rest: under a lock on ROOT (a second run
    waits the few milliseconds one commit takes) and with Ctrl-C, SIGTERM and SIGHUP held
    until it is done. A run stopped before leaves ROOT as it was; its staging folder is
    removed (by the next run in ROOT when the run was SIGKILLed: the folder names its pid).
    Picklable, for worker processes.
    """

    def __init__(self, root: Path) -> None:
        self.root = root
        self._folder: Path | None = None

    @property
    def folder(self) -> Path:
        """The staging folder, made (with ROOT) when the first file is staged: a command
        that fails before it writes anything leaves no folder behind."""
        if self._folder is None:
            output_folder(self.root)
            _sweep_staging(self.root)
            try:
                self._folder = Path(
                    tempfile.mkdtemp(prefix=f"{STAGING_PREFIX}{os.getpid()}-", dir=self.root)
                )
            except OSError as exc:
                raise StoreError(
                    f"cannot write output: {os_problem(exc, self.root)}", path=self.root
                ) from None
        return self._folder

    def __getstate__(self) -> dict[str, Any]:
        """Made before it goes to a worker process, so that all stage into one folder
        (a forked worker gets no pickled copy: read :attr:`folder` before forking)."""
        return {"root": self.root, "_folder": self.folder}

    def staged(self, path: Path) -> Path:
        """Where ``path`` (a file in ROOT or below) is staged."""
        return self.folder / os.path.relpath(path, self.root)

    def write(self, path: Path, data: bytes) -> None:
        """Stage ``data`` for ``path`` (nothing is in place before :meth:`commit`)."""
        try:
            write_atomic(self.staged(path), data)
        except StoreError as exc:  # named as the user knows it, not by its staging place
            raise StoreError(exc.message, path=path) from None

    def commit(self, *, last: Sequence[Path] = (), what: str = "this command") -> None:
        """Put every staged file in place, ``last`` after the others, then drop the staging.

        The names are checked again under the lock (:func:`refuse_foreign_files`): a file
        of the user's put there since the command began is refused, not replaced.
        """
        import fcntl
        import signal

        held = {signal.SIGINT, signal.SIGTERM, signal.SIGHUP}
        if self._folder is None:
            return  # nothing staged
        files = [Path(d) / f for d, _, names in os.walk(self.folder) for f in sorted(names)]
        targets = {f: self.root / f.relative_to(self.folder) for f in files}
        ends = {os.path.abspath(p) for p in last}
        order = sorted(files, key=lambda f: os.path.abspath(targets[f]) in ends)
        lock = os.open(self.root, os.O_RDONLY)
        try:
            fcntl.flock(lock, fcntl.LOCK_EX)
            refuse_foreign_files(targets.values(), what=what)
            before = signal.pthread_sigmask(signal.SIG_BLOCK, held)
            try:
                for f in order:
                    _install(targets[f], staged=f)
            finally:
                signal.pthread_sigmask(signal.SIG_SETMASK, before)
        finally:
            os.close(lock)
            self.discard()

    def discard(self) -> None:
        """Remove the staging folder and what is in it."""
        import shutil

        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)

    def __enter__(self) -> OutputSet:
        return self

    def __exit__(self, *exc: object) -> None:
        self.discard()


def _sweep_staging(root: Path) -> None:
    """Remove the staging folders in ``root`` of runs no longer alive (SIGKILLed)."""
    import shutil

    try:
        entries = [e for e in os.scandir(root) if e.name.startswith(STAGING_PREFIX)]
    except OSError:
        return
    for entry in entries:
        pid = entry.name[len(STAGING_PREFIX) :].split("-", 1)[0]
        if pid.isdigit() and entry.is_dir(follow_symlinks=False) and not _alive(int(pid)):
            shutil.rmtree(entry.path, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # another user's process: alive
    return True
