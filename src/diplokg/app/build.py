"""The main job: convert every article, validate, write the outputs, load the store.

:func:`build` is what ``diplokg build`` runs. Articles are converted,
validated (the fast SHACL engine where it is exact, compiled once per
process), written as one TriG file each and rendered as review pages in
worker processes, each article's outputs written as soon as it is done. The
merged dataset, the SHACL report, the index page and — only when nothing
violates a shape — the embedded store are then made from them.

**A build is a transaction.** Everything a build writes lives in one
generation folder ``OUT/.diplokg/gen-*`` (articles, pages, dataset, report,
index, store, and the manifest that says what each came from). The names a
reader uses, ``OUT/articles``, ``OUT/dataset.trig``, ``OUT/store`` …, are fixed
symbolic links through ``OUT/.diplokg/current``, and that one link is replaced
atomically (POSIX ``rename``) when the new generation is complete: a reader,
a kill at any instant or a full disk leave the old set or the new one, never
a mix. A lock (``OUT/.diplokg/lock``) makes a second build into the same
folder stop at once with a clear message. The previous generation is kept (a
reader may still have its store open); older ones are removed.

**What diplokg deletes.** Only what it made: generation folders and cached
outputs inside ``OUT/.diplokg`` (a folder it marks with a ``diplokg-build``
file and refuses to use when the mark is missing). A store path holding a
folder or file diplokg did not make is refused and left as it is; an earlier
build's real files at the fixed names are moved into
``OUT/.diplokg/legacy-*``, never deleted. ``--store DIR`` elsewhere becomes
a link to ``OUT/.diplokg/current/store``, so it too moves with the build.

**Incremental.** Each article's outputs are cached under the hash of
everything they depend on: its text, annotation, metadata and registry, and
diplokg itself (code, templates, ontology and shapes). An unchanged article
is not converted or validated again: its files are hard-linked from the
cache, when they still hold what the build wrote (their SHA-256, in the
manifest): a published page or graph is the cached file itself, so one edited
by hand, or a damaged cache file, is built again and the changed one moved
aside. The store is copied (hard links again) and patched: changed and removed
articles' graphs replaced or dropped, the entity graph kept exact by counting
how many articles give each entity description (an entity no article gives any
more leaves it).
"""

from __future__ import annotations

import dataclasses
import errno
import gc
import hashlib
import json
import os
import shutil
import stat
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import RDF, BNode, Graph, Literal, URIRef
from rdflib.term import Node
from rdflib.util import from_n3

from diplokg.app.drafting import draft_annotation
from diplokg.app.generations import (
    MANIFEST,
    MANIFEST_FORMAT,
    Aside,
    Layout,
    check_articles_apart,
    check_store_path,
    cleanup,
    link,
    locked,
    of_another_version,
    prepare_state,
    previous_generation,
    publish,
    read_manifest,
)
from diplokg.errors import DiplokgError, ErrorRecord, InputError, StoreError, UsageError
from diplokg.model.annotation import (
    ArticleInputs,
    Registry,
    find_articles,
    load_registry,
    refuse_link_outside,
    refuse_unreadable,
)
from diplokg.model.yamlsrc import read_bytes
from diplokg.rdf.convert import convert_files
from diplokg.rdf.output import ArticleTrigWriter, write_atomic
from diplokg.rdf.terms import PREFIXES, SH, graph_iri
from diplokg.store.embedded import (
    bulk_load_store,
    copy_store,
    is_diplokg_store,
    is_entity_description,
    patch_store,
    to_ntriples,
)
from diplokg.store.queries import (
    bind_params,
    format_table,
    get_query,
    last_store,
    query_store,
    run_query,
    serialize_result,
    state_file,
)
from diplokg.validation.shacl import ValidationReport, ValidationResult
from diplokg.validation.workers import Progress, map_chunks

__all__ = [
    "ArticleOutcome",
    "BuildResult",
    "BuiltArticle",
    "answer_query",
    "build",
    "last_store",
    "query_store",
    "remember_store",
]


@dataclass(frozen=True)
class BuiltArticle:
    """One article of a build: what it is called and where it came from."""

    article_id: str
    graph_iri: URIRef
    text: Path
    annotation_kind: str
    triple_count: int


@dataclass(frozen=True)
class ArticleOutcome:
    """What the build made of one article."""

    article: BuiltArticle
    report: ValidationReport
    output: Path
    #: False when its outputs were reused from the previous build (nothing changed).
    converted: bool = True
    #: What its draft left out because the article does not hold its evidence (see
    #: :attr:`diplokg.rdf.convert.ArticleGraph.dropped`), one line each.
    dropped: tuple[str, ...] = ()


@dataclass(frozen=True)
class BuildResult:
    """Summary of a build, for the CLI to print."""

    out_dir: Path
    articles: tuple[ArticleOutcome, ...]
    dataset: Path
    report: Path
    store: Path
    loaded: bool
    #: The index of the review pages (``OUT/index.html``), when they were written.
    pages: Path | None = None
    #: Files or folders of an earlier build at the output names, moved here (never deleted).
    moved: tuple[Path, ...] = ()
    #: Why the store was not recorded as ``diplokg query``'s default, when it was not.
    unrecorded: str | None = None
    #: What the build found changed or damaged since the last one, and what it did (built
    #: again, or moved aside into ``OUT/.diplokg/legacy-*``), one line each.
    notes: tuple[str, ...] = ()

    @property
    def triples(self) -> int:
        """Triples over all article graphs."""
        return sum(a.article.triple_count for a in self.articles)

    @property
    def violations(self) -> int:
        """Violations over all articles."""
        return sum(a.report.violations for a in self.articles)

    @property
    def warnings(self) -> int:
        """Warnings over all articles."""
        return sum(a.report.count("Warning") for a in self.articles)

    @property
    def converted(self) -> int:
        """Articles converted and validated by this build (the others were unchanged)."""
        return sum(1 for a in self.articles if a.converted)


def remember_store(path: Path) -> str | None:
    """Record the store a build wrote, so ``diplokg query`` finds it by default; why it
    could not be recorded, or None.

    The path is kept as given (made absolute), not resolved: it is a link that
    follows each new build. The build is complete before: a state folder that cannot
    be written (or none named by the environment) loses the default, not the build.
    """
    recorded = state_file()
    if recorded is None:
        return "no state folder: set XDG_STATE_HOME or HOME to an absolute path"
    try:
        write_atomic(recorded, os.path.abspath(path).encode("utf-8"))
    except (OSError, DiplokgError) as exc:
        return str(exc)
    return None


# ---------------------------------------------------------------------------
# What an article's outputs depend on
# ---------------------------------------------------------------------------


def _walk(node: Traversable) -> Iterator[Traversable]:
    for child in sorted(node.iterdir(), key=lambda c: c.name):
        if child.name == "__pycache__":
            continue
        if child.is_dir():
            yield from _walk(child)
        else:
            yield child


def _fingerprint(*, pages: bool) -> str:
    """A hash of everything every article's outputs depend on besides its own files.

    diplokg's code, templates, ontology, shapes and queries (read through the
    package, so an edited checkout counts as a new version), whether pages are
    written, and whether Graphviz draws their network pictures.
    """
    h = hashlib.sha256(MANIFEST_FORMAT.encode())
    for f in _walk(files("diplokg")):
        h.update(f.name.encode() + b"\0" + f.read_bytes() + b"\0")
    h.update(f"pages={pages} dot={shutil.which('dot') is not None}".encode())
    return h.hexdigest()


def _file_hash(path: str | None, *, what: str) -> bytes:
    if path is None:
        return b"-"
    # Within the size limit every input has (a 1 TiB sparse file was read whole: MemoryError).
    return hashlib.sha256(read_bytes(Path(path), what=what)).digest()


@dataclass(frozen=True)
class _Source:
    """One article to build: its files and the key of its outputs."""

    article_id: str
    text: Path
    registry: Path | None
    key: str


def _sources(texts: Sequence[Path], *, registry: Path | None, fingerprint: str) -> list[_Source]:
    """Each article with the key of its outputs: a hash of every file it is made from.

    The files beside an article are found as :func:`~diplokg.model.annotation.article_sources`
    finds them, from one listing per folder (10,000 articles: 30,000 fewer system calls).
    """
    listings: dict[str, tuple[set[str], set[str], set[str]]] = {}
    registry_hashes: dict[str | None, bytes] = {}
    found: list[_Source] = []
    seen: dict[str, Path] = {}
    for text in texts:
        folder = os.path.dirname(text) or "."
        if folder not in listings:
            files, broken = [], set()
            with os.scandir(folder) as listing:
                for e in listing:
                    try:
                        if e.is_file():
                            files.append(e)
                            continue
                    except OSError:  # a link in a loop
                        pass
                    if e.is_symlink() and not os.path.isdir(e.path):
                        broken.add(e.name)  # refused if it is a file an article needs
            links = {e.name for e in files if e.is_symlink()}
            listings[folder] = ({e.name for e in files}, links, broken)
        names, links, broken = listings[folder]
        article_id = text.name.removesuffix(".txt")
        if article_id in seen:
            raise UsageError(f"two articles are named {article_id}: {seen[article_id]} and {text}")
        seen[article_id] = text

        def beside(
            name: str,
            folder: str = folder,
            names: set[str] = names,
            links: set[str] = links,
            broken: set[str] = broken,
        ) -> str | None:
            if name in broken:
                refuse_unreadable(Path(folder, name))
            if name not in names:
                return None
            if name in links:
                refuse_link_outside(Path(folder, name), Path(folder))
            return os.path.join(folder, name)

        reg = str(registry) if registry is not None else beside("entities.yaml")
        if reg not in registry_hashes:
            registry_hashes[reg] = _file_hash(reg, what="entity registry")
        h = hashlib.sha256(fingerprint.encode())
        h.update(str(text).encode("utf-8", "surrogateescape") + b"\0")
        for part in (
            _file_hash(str(text), what="article"),
            _file_hash(beside(f"{article_id}.ann.yaml"), what="annotation"),
            _file_hash(beside(f"{article_id}.meta.yaml"), what="article metadata"),
            registry_hashes[reg],
        ):
            h.update(part)
        found.append(_Source(article_id, text, Path(reg) if reg else None, h.hexdigest()))
    return found


# ---------------------------------------------------------------------------
# The worker: convert, validate, write an article's outputs
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Task:
    source: _Source
    #: Convert, validate, write the TriG file and the page (else they are cached).
    outputs: bool
    #: Hand back the article's triples (N-Triples) for the store.
    triples: bool


@dataclass(frozen=True)
class _Done:
    task: _Task
    entry: dict[str, Any] | None = None
    ntriples: bytes | None = None
    fatal: ErrorRecord | None = None


def _objects_of(objects: Path, key: str) -> dict[str, Path]:
    return {
        "trig": objects / f"{key}.trig",
        "html": objects / f"{key}.html",
        "entities": objects / f"{key}.ent.nt",
    }


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _stamp(st: os.stat_result) -> list[int]:
    """What a file's status says of its contents: size and modification time."""
    return [st.st_size, st.st_mtime_ns]


def _intact(path: Path, digest: str | None, stamp: object = None) -> list[int] | None:
    """The status stamp of ``path`` (size, modification time) if it is still the regular
    file the build wrote (its digest), else None: a file changed, cut or replaced
    since (by hand through a published link, or a damaged disk), a folder, or a link
    to somebody's file.

    A file whose stamp is ``stamp`` (what it was when last checked) is not read again;
    one read and found intact (copied, restored) gives its new stamp.
    """
    if digest is None:
        return None
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
    except OSError:
        return None
    st = os.fstat(fd)
    now = _stamp(st)
    if not stat.S_ISREG(st.st_mode) or now == stamp:
        os.close(fd)
        return now if stat.S_ISREG(st.st_mode) else None
    with open(fd, "rb") as handle:
        intact = hashlib.file_digest(handle, "sha256").hexdigest() == digest
    return now if intact else None


def _write(path: Path, data: bytes) -> None:
    """Write a file no reader sees yet: a temporary name, then a rename (a kill leaves none)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "wb") as handle:
        handle.write(data)
    os.replace(tmp, path)


_EMPTY = Graph()


def _n3(term: object) -> str:
    """A result's term in N-Triples form (an engine may give terms or their text)."""
    if isinstance(term, Node) and hasattr(term, "n3"):
        return str(term.n3())
    text = str(term)
    return text if text.startswith("_:") else URIRef(text).n3()


def _report_of(results: Sequence[Mapping[str, Any]]) -> ValidationReport:
    plain = tuple(
        ValidationResult(
            severity=r["severity"],
            shape=r["shape"],
            focus=r["focus"],
            path=r["path"],
            value=r["value"],
            message=r["message"],
            constraint=r["constraint"],
        )
        for r in results
    )
    conforms = not any(r.severity == "Violation" for r in plain)
    return ValidationReport(conforms=conforms, results=plain, graph=_EMPTY)


@dataclass(frozen=True)
class _Page:
    """A review page to write once its chunk's articles are done."""

    task: _Task
    article: Any
    report: ValidationReport
    path: Path
    entry: dict[str, Any]
    triples: list[ox.Triple]


class _Worker:
    """What a worker process keeps between articles: the compiled shapes and the registries."""

    def __init__(self, objects: Path, pages: bool) -> None:
        from diplokg.validation.shacl import make_engine

        self.engine = make_engine("auto")
        self.objects = objects
        self.pages = pages
        self.registries: dict[Path, Registry] = {}
        self.trig = ArticleTrigWriter()
        self.pending: list[_Page] = []

    def _registry(self, path: Path | None) -> Registry | None:
        if path is None:
            return None
        if path not in self.registries:
            self.registries[path] = load_registry(path)
        return self.registries[path]

    def run_chunk(self, tasks: Sequence[_Task]) -> list[_Done]:
        """Each task's outcome; the chunk's review pages are written last, together."""
        done = [self.run(t) for t in tasks]
        return self._write_pages(done) if self.pending else done

    def run(self, task: _Task) -> _Done:
        try:
            return self._run(task)
        except (DiplokgError, OSError) as exc:
            return self._failed(task, exc)

    def _failed(self, task: _Task, exc: DiplokgError | OSError) -> _Done:
        if isinstance(exc, DiplokgError):
            return _Done(task, fatal=ErrorRecord.of(exc))
        fatal = ErrorRecord(
            StoreError,
            f"cannot write the build: {exc.strerror or exc}",
            self.objects,
            None,
            None,
        )
        return _Done(task, fatal=fatal)

    def _run(self, task: _Task) -> _Done:
        src = task.source
        article = convert_files(
            src.text,
            inputs=ArticleInputs(registry=src.registry),
            loaded_registry=self._registry(src.registry),
            draft=draft_annotation,
        )
        ntriples = to_ntriples(article.graph)
        if not task.outputs:
            return _Done(task, ntriples=ntriples)
        found = self.engine.validate(article.graph)
        results = [
            {
                "severity": r.severity,
                "shape": str(r.shape),
                "focus": str(r.focus),
                "focus_n3": _n3(r.focus),
                "path": None if r.path is None else str(r.path),
                "value": None if r.value is None else str(r.value),
                "value_n3": None if r.value is None else _n3(r.value),
                "message": r.message,
                "constraint": r.constraint,
            }
            for r in sorted(found, key=ValidationResult.sort_key)
        ]
        paths = _objects_of(self.objects, src.key)
        trig = self.trig.write(article.graph, article.graph_iri)
        prefixes = []
        for line in trig.decode("utf-8").split("\n"):
            if not line.startswith("@prefix "):
                break
            prefixes.append(line)
        _write(paths["trig"], trig)
        # The article's triples as store.article_triples gives them (a page's timeline uses them).
        triples = [q.triple for q in ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES)]
        entities = [t for t in triples if is_entity_description(t)]
        entity_data = ox.serialize(entities, format=ox.RdfFormat.N_TRIPLES) or b""
        _write(paths["entities"], entity_data)
        entry = {
            "id": src.article_id,
            "key": src.key,
            "text": str(src.text),
            "kind": article.annotation_kind,
            "triples": article.triple_count,
            "results": results,
            "prefixes": prefixes,
            "index": None,
            "dropped": list(article.dropped),
            # What the cached files hold, so that one changed since is never reused.
            "digests": {"trig": _digest(trig), "entities": _digest(entity_data), "html": None},
            "stamps": {k: _stamp(os.stat(paths[k])) for k in ("trig", "entities")},
        }
        if self.pages:  # written by run_chunk; "index" is filled in then
            page = _Page(task, article, _report_of(results), paths["html"], entry, triples)
            self.pending.append(page)
        return _Done(task, entry=entry, ntriples=ntriples if task.triples else None)

    def _write_pages(self, done: list[_Done]) -> list[_Done]:
        """Write the pending review pages, their networks laid out by one Graphviz run.

        When that run fails, each page is made alone, so an article's error is its own.
        """
        from diplokg.present.review import review_data_each

        pending, self.pending = self.pending, []
        datas = review_data_each(
            [(p.article, p.report) for p in pending], triples=[p.triples for p in pending]
        )
        failed: dict[int, _Done] = {}
        for page, data in zip(pending, datas, strict=True):
            try:
                if isinstance(data, DiplokgError):
                    raise data
                page.entry["index"], page.entry["digests"]["html"] = self._page(data, page.path)
                page.entry["stamps"]["html"] = _stamp(os.stat(page.path))
            except (DiplokgError, OSError) as exc:
                failed[id(page.task)] = self._failed(page.task, exc)
        return [failed.get(id(d.task), d) for d in done]

    @staticmethod
    def _page(data: Any, path: Path) -> tuple[dict[str, Any], str]:
        from diplokg.present.review import review_page

        html = review_page(data, index_href="../index.html").encode("utf-8")
        _write(path, html)
        index = {
            "title": data.title,
            "publisher": data.publisher,
            "published": data.published,
            "summary": dataclasses.asdict(data.summary),
        }
        return index, _digest(html)


_WORKER: _Worker | None = None


def _init_worker(objects: Path, pages: bool) -> None:
    global _WORKER
    _WORKER = _Worker(objects, pages)
    # What the worker keeps lives as long as it: out of the collector's sight.
    gc.freeze()


def _run_chunk(tasks: Sequence[_Task]) -> list[_Done]:
    assert _WORKER is not None  # noqa: S101 - set by the pool initializer
    return _WORKER.run_chunk(tasks)


#: At most this many articles go to a worker at once (their pages' networks: one Graphviz run).
CHUNK = 16


def _run_tasks(
    tasks: Sequence[_Task],
    *,
    objects: Path,
    pages: bool,
    jobs: int,
    progress: Progress | None,
) -> Iterator[_Done]:
    """Each task's outcome, in order, computed in ``jobs`` worker processes."""
    yield from map_chunks(
        tasks,
        local=lambda: _Worker(objects, pages).run_chunk,
        remote=_run_chunk,
        initializer=_init_worker,
        initargs=(objects, pages),
        jobs=jobs,
        chunk=CHUNK,
        progress=progress,
    )


# ---------------------------------------------------------------------------
# The outputs made from all articles
# ---------------------------------------------------------------------------


def _write_dataset(path: Path, entries: Sequence[Mapping[str, Any]], objects: Path) -> None:
    """The merged dataset: one prefix header, then each article file's graph block.

    Graphs in the order of their IRIs. Each block is byte for byte the one in
    the article's own TriG file, so memory does not grow with the corpus.
    """
    names: dict[str, str] = {}
    for e in entries:
        for line in e["prefixes"]:
            name = line.split(":", 1)[0]
            if names.setdefault(name, line) != line:
                raise StoreError(f"two articles bind the prefix {name!r} differently", path=path)
    header = "".join(line + "\n" for line in sorted(names.values())) + "\n"
    ordered = sorted(entries, key=lambda e: str(graph_iri(e["id"])))
    with open(path, "wb") as out:
        out.write(header.encode("utf-8"))
        out.flush()
        for e in ordered:
            skip = sum(len(line.encode("utf-8")) + 1 for line in e["prefixes"]) + 1
            with open(objects / f"{e['key']}.trig", "rb") as block:
                size = os.fstat(block.fileno()).st_size - skip
                offset = skip
                while size > 0:  # the block, copied by the kernel
                    sent = os.sendfile(out.fileno(), block.fileno(), offset, size)
                    if sent == 0:
                        raise OSError(errno.EIO, "the article file shrank while being copied")
                    offset += sent
                    size -= sent


def _label(*parts: str) -> str:
    return "b" + hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()[:24]


def _copy_path(shapes: Graph, node: Node, into: Graph, label: str) -> Node:
    """A SHACL path from the shapes graph, blank nodes labelled from ``label``."""
    if not isinstance(node, BNode):
        return node
    copy = BNode(label)
    for i, (p, o) in enumerate(sorted(shapes.predicate_objects(node))):
        into.add((copy, p, _copy_path(shapes, o, into, _label(label, str(i)))))
    return copy


def _report_graph(entries: Sequence[Mapping[str, Any]], shapes: Callable[[], Graph]) -> Graph:
    """The SHACL validation report of every article, blank nodes labelled from content."""
    g = Graph()
    g.bind("sh", SH)
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    for e in entries:
        report = BNode(_label("report", e["id"]))
        g.add((report, RDF.type, SH.ValidationReport))
        results = e["results"]
        conforms = not any(r["severity"] == "Violation" for r in results)
        g.add((report, SH.conforms, Literal(conforms)))
        for i, r in enumerate(results):
            node = BNode(_label("result", e["id"], str(i)))
            g.add((report, SH.result, node))
            g.add((node, RDF.type, SH.ValidationResult))
            g.add((node, SH.resultSeverity, SH[r["severity"]]))
            g.add((node, SH.sourceShape, URIRef(r["shape"])))
            g.add((node, SH.sourceConstraintComponent, SH[r["constraint"]]))
            g.add((node, SH.resultMessage, Literal(r["message"])))
            focus = from_n3(r["focus_n3"])
            if isinstance(focus, Node):
                g.add((node, SH.focusNode, focus))
            if r["value_n3"] is not None:
                value = from_n3(r["value_n3"])
                if isinstance(value, Node):
                    g.add((node, SH.value, value))
            path = r["path"]
            if path is not None:
                declared = shapes().value(URIRef(r["shape"]), SH.path)
                if declared is not None:
                    label = _label("path", e["id"], str(i))
                    g.add((node, SH.resultPath, _copy_path(shapes(), declared, g, label)))
                elif not path.startswith(("<", "^", "(")):
                    g.add((node, SH.resultPath, URIRef(path)))
    return g


def _split_turtle(data: bytes) -> tuple[list[str], str]:
    """A Turtle document's prefix lines, and the rest after the blank line that ends them."""
    text = data.decode("utf-8")
    lines = []
    pos = 0
    while text.startswith("@prefix ", pos):
        end = text.index("\n", pos)
        lines.append(text[pos:end])
        pos = end + 1
    return lines, text[pos + 1 :] if lines else text[pos:]


def _report_bytes(entries: Sequence[Mapping[str, Any]], shapes: Callable[[], Graph]) -> bytes:
    """What ``_report_graph(entries).serialize(format="turtle")`` gives, in linear time.

    Every article's report is a top-level blank node nothing refers to, so the
    serialiser writes them one after another in the order of their labels, each
    the same as when serialised alone: a conforming article without results is
    always the same block; the others are serialised one by one.
    """
    blocks: list[tuple[str, str]] = []
    header: set[str] = set()
    plain: tuple[list[str], str] | None = None
    for e in entries:
        label = _label("report", e["id"])
        if not e["results"]:
            if plain is None:
                plain = _split_turtle(
                    _report_graph([e], shapes).serialize(format="turtle", encoding="utf-8")
                )
            lines, block = plain
        else:
            one = _report_graph([e], shapes).serialize(format="turtle", encoding="utf-8")
            lines, block = _split_turtle(one)
        header.update(lines)
        blocks.append((label, block))
    blocks.sort()
    head = "".join(f"{line}\n" for line in sorted(header))
    return (head + ("\n" if head else "") + "".join(b for _, b in blocks)).encode("utf-8")


def _index_html(entries: Sequence[Mapping[str, Any]]) -> bytes:
    from diplokg.present.review import IndexRow, PageEntry, page_href, render_index
    from diplokg.present.views import Summary

    rows = []
    for e in entries:
        index = e["index"]
        summary = dict(index["summary"])
        summary["by_group"] = tuple(tuple(x) for x in summary["by_group"])
        row = IndexRow(
            article_id=e["id"],
            title=index["title"],
            publisher=index["publisher"],
            published=index["published"],
            summary=Summary(**summary),
        )
        rows.append(PageEntry(page_href(e["id"]), row))
    links = {
        "dataset (TriG)": "dataset.trig",
        "validation report (Turtle)": "validation-report.ttl",
    }
    return render_index(rows, links=links).encode("utf-8")


# ---------------------------------------------------------------------------
# The build
# ---------------------------------------------------------------------------


def _triples(data: bytes) -> Iterator[ox.Triple]:
    return (q.triple for q in ox.parse(data, format=ox.RdfFormat.N_TRIPLES))


def _entity_triples(path: Path) -> list[ox.Triple]:
    return [q.triple for q in ox.parse(path=str(path), format=ox.RdfFormat.N_TRIPLES)]


def _counts_to_json(counts: Counter[ox.Triple]) -> list[list[Any]]:
    triples = sorted(counts, key=str)
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
    lines = data.decode("utf-8").split("\n")[: len(triples)]
    return [[line, counts[t]] for line, t in zip(lines, triples, strict=True)]


def _counts_from_json(rows: Sequence[Sequence[Any]]) -> Counter[ox.Triple]:
    data = "".join(f"{line}\n" for line, _ in rows).encode("utf-8")
    triples = list(_triples(data))
    return Counter({t: int(n) for t, (_, n) in zip(triples, rows, strict=True)})


#: Past this share of changed articles, the store is bulk-loaded anew instead of patched.
PATCH_AT_MOST = 0.2


def build(
    seeds: Path,
    *,
    out_dir: Path,
    store_dir: Path | None = None,
    registry: Path | None = None,
    pages: bool = True,
    jobs: int | None = None,
    progress: Progress | None = None,
) -> BuildResult:
    """Convert, validate, write and load every article under ``seeds``, as one transaction.

    With ``pages``, also writes a review page per article (``OUT/pages/ID.html``)
    and an index of them (``OUT/index.html``), violations or not. Articles are
    converted in ``jobs`` worker processes (default: one per CPU); ``progress``
    is called with (done, total) as they are. See the module docstring for
    what is published, and when.
    """
    if not seeds.is_dir():
        raise UsageError(f"{seeds} is not a folder of articles (*.txt)")
    texts = find_articles([seeds])
    if not texts:
        raise InputError("no articles (*.txt) in this folder", path=seeds)
    layout = Layout(out_dir, store_dir or out_dir / "store")
    check_store_path(layout)
    check_articles_apart(layout, seeds)
    prepare_state(layout)
    try:
        with locked(layout):
            return _build(
                texts,
                layout,
                registry=registry,
                pages=pages,
                jobs=max(1, jobs or os.cpu_count() or 1),
                progress=progress,
            )
    except OSError as exc:
        if isinstance(exc, DiplokgError):
            raise
        raise StoreError(
            f"cannot write the build: {exc.strerror or exc}; the previous build is left as it was",
            path=layout.out,
        ) from None


def _build(
    texts: Sequence[Path],
    layout: Layout,
    *,
    registry: Path | None,
    pages: bool,
    jobs: int,
    progress: Progress | None,
) -> BuildResult:
    notes: list[str] = []
    previous_gen = previous_generation(layout)
    previous = read_manifest(previous_gen) if previous_gen is not None else None
    upgraded = previous_gen is not None and of_another_version(previous_gen)
    if os.path.lexists(layout.current) and previous is None and not upgraded:
        notes.append(
            f"the record of the last build ({layout.current}) is not one this diplokg "
            "wrote or it is damaged: every article is built again"
        )
    sources = _sources(texts, registry=registry, fingerprint=_fingerprint(pages=pages))
    objects = layout.objects
    try:
        objects.mkdir(exist_ok=True)
        gen = Path(tempfile.mkdtemp(prefix="gen-", dir=layout.state))
        gen.chmod(0o755)  # mkdtemp makes it private; the outputs are as readable as before
    except OSError as exc:
        raise StoreError(f"cannot write the build: {exc.strerror}", path=layout.state) from None
    committed = False
    try:
        result = _write_generation(
            sources,
            layout,
            gen,
            previous_gen=previous_gen,
            previous=previous,
            pages=pages,
            jobs=jobs,
            progress=progress,
            notes=notes,
        )
        # The commit: one rename makes the whole new generation what readers see.
        link(layout.current, gen.name)
        committed = True
        moved = publish(layout, gen)
        unrecorded = remember_store(layout.store) if result.loaded else None
    except OSError as exc:
        raise StoreError(
            f"cannot write the build: {exc.strerror or exc}; the previous build is left as it was",
            path=layout.out,
        ) from None
    finally:
        if not committed:
            shutil.rmtree(gen, ignore_errors=True)
    cleanup(layout, [gen] + ([previous_gen] if previous_gen is not None else []))
    return dataclasses.replace(result, moved=moved, unrecorded=unrecorded, notes=tuple(notes))


def _write_generation(
    sources: Sequence[_Source],
    layout: Layout,
    gen: Path,
    *,
    previous_gen: Path | None,
    previous: Mapping[str, Any] | None,
    pages: bool,
    jobs: int,
    progress: Progress | None,
    notes: list[str],
) -> BuildResult:
    objects = layout.objects
    aside = Aside(layout)
    before = {e["id"]: e for e in (previous or {}).get("articles", [])}
    store_before = (previous or {}).get("store")
    old_store = previous_gen / "store" if previous_gen is not None else None
    if old_store is None or not is_diplokg_store(old_store):
        store_before = None

    ours = _inodes(objects)

    def cached(s: _Source) -> bool:
        e = before.get(s.article_id)
        if e is None or e["key"] != s.key or (e["index"] is not None) != pages:
            return False
        return _objects_intact(s.article_id, e, layout, pages, aside, notes)

    in_store: dict[str, str] = dict(store_before["articles"]) if store_before else {}
    changed = [s for s in sources if in_store.get(s.article_id) != s.key]
    patch = store_before is not None and len(changed) <= PATCH_AT_MOST * len(sources)
    new_keys = {s.article_id: s.key for s in sources}
    current_ids = new_keys.keys()
    if patch and store_before is not None:
        # The entity descriptions of the articles replaced or removed are taken out of the
        # store: from their cached files, which must be what the build wrote.
        patch = all(
            _intact(_objects_of(objects, key)["entities"], store_before["digests"][i]) is not None
            for i, key in in_store.items()
            if new_keys.get(i) != key
        )
    to_put = {s.article_id for s in changed} if patch else {s.article_id for s in sources}
    reused = {s.article_id for s in sources if cached(s)}
    tasks = [
        _Task(s, outputs=s.article_id not in reused, triples=s.article_id in to_put)
        for s in sources
        if s.article_id not in reused or s.article_id in to_put
    ]
    entries: dict[str, dict[str, Any]] = {}
    puts: list[tuple[str, bytes]] = []
    fatal: list[ErrorRecord] = []
    counts: Counter[ox.Triple] = Counter()

    def feed() -> Iterator[tuple[str, Iterator[ox.Triple]]]:
        for done in _run_tasks(tasks, objects=objects, pages=pages, jobs=jobs, progress=progress):
            if done.fatal is not None:
                fatal.append(done.fatal)
                continue
            if done.entry is not None:
                entries[done.task.source.article_id] = done.entry
            if done.ntriples is not None:
                iri = str(graph_iri(done.task.source.article_id))
                if patch:
                    puts.append((iri, done.ntriples))
                else:
                    yield iri, _triples(done.ntriples)

    store = gen / "store"
    if patch:
        for _ in feed():
            pass
    else:
        bulk_load_store(store, feed(), entity_counts=counts)
    if fatal:
        raise fatal[0].error()
    for s in sources:
        entries.setdefault(s.article_id, before.get(s.article_id, {}))
    ordered = [entries[s.article_id] for s in sources]
    entity_digests = {e["id"]: e["digests"]["entities"] for e in ordered}
    violations = sum(1 for e in ordered for r in e["results"] if r["severity"] == "Violation")

    # The article files and pages: hard links to the cached outputs.
    (gen / "articles").mkdir()
    if pages:
        (gen / "pages").mkdir()
    for e in ordered:
        paths = _objects_of(objects, e["key"])
        _hardlink(paths["trig"], gen / "articles" / f"{e['id']}.trig")
        if pages:
            _hardlink(paths["html"], gen / "pages" / f"{e['id']}.html")
    if previous_gen is not None:
        _carry_users_files(previous_gen, previous, gen, ours, layout, aside, notes)
    _write_dataset(gen / "dataset.trig", ordered, objects)
    shapes: list[Graph] = []

    def shapes_graph() -> Graph:
        if not shapes:
            from diplokg.validation.shacl import packaged_graph

            shapes.append(packaged_graph("shapes"))
        return shapes[0]

    _write(gen / "validation-report.ttl", _report_bytes(ordered, shapes_graph))
    if pages:
        _write(gen / "index.html", _index_html(ordered))

    # The store: the new one when nothing is violated, else the previous one unchanged.
    loaded = violations == 0
    store_state: dict[str, Any] | None
    if loaded and not patch:
        store_state = {
            "articles": {s.article_id: s.key for s in sources},
            "digests": entity_digests,
            "entities": _counts_to_json(counts),
        }
    elif loaded and store_before is not None and old_store is not None:
        copy_store(old_store, store)
        counts = _counts_from_json(store_before["entities"])
        # What the store describes before the patch: an entity no article gives any more
        # (its article removed or changed) is removed from the entity graph.
        was = {t for t, n in counts.items() if n > 0}
        old_keys = {i: k for i, k in in_store.items() if i not in current_ids or i in to_put}
        for key in old_keys.values():
            counts.subtract(_entity_triples(_objects_of(objects, key)["entities"]))
        new_entities: Counter[ox.Triple] = Counter()
        put_triples = []
        for iri, data in puts:
            triples = list(_triples(data))
            new_entities.update({t for t in triples if is_entity_description(t)})
            put_triples.append((iri, triples))
        counts.update(new_entities)
        now = {t for t, n in counts.items() if n > 0}
        patch_store(
            store,
            remove=[str(graph_iri(i)) for i in old_keys if i not in current_ids],
            put=put_triples,
            entities_added=now - was,
            entities_removed=was - now,
        )
        counts = Counter({t: n for t, n in counts.items() if n > 0})
        store_state = {
            "articles": {s.article_id: s.key for s in sources},
            "digests": entity_digests,
            "entities": _counts_to_json(counts),
        }
    else:
        shutil.rmtree(store, ignore_errors=True)
        if old_store is not None and is_diplokg_store(old_store):
            copy_store(old_store, store)
        store_state = store_before
    manifest = {
        "format": MANIFEST_FORMAT,
        "articles": ordered,
        "store": store_state,
    }
    _write(gen / MANIFEST, json.dumps(manifest, ensure_ascii=False).encode("utf-8"))
    built = {t.source.article_id for t in tasks if t.outputs}
    outcomes = tuple(
        ArticleOutcome(
            article=BuiltArticle(
                article_id=e["id"],
                graph_iri=graph_iri(e["id"]),
                text=s.text,
                annotation_kind=e["kind"],
                triple_count=e["triples"],
            ),
            report=_report_of(e["results"]),
            output=layout.out / "articles" / f"{e['id']}.trig",
            converted=e["id"] in built,
            dropped=tuple(e.get("dropped", ())),
        )
        for s, e in zip(sources, ordered, strict=True)
    )
    return BuildResult(
        out_dir=layout.out,
        articles=outcomes,
        dataset=layout.out / "dataset.trig",
        report=layout.out / "validation-report.ttl",
        store=layout.store,
        loaded=loaded,
        pages=layout.out / "index.html" if pages else None,
    )


def _inodes(folder: Path) -> set[tuple[int, int]]:
    """The files of a folder, as (device, inode): the build's own files are hard links to them."""
    device = os.stat(folder).st_dev
    with os.scandir(folder) as listing:
        return {(device, e.inode()) for e in listing}


def _objects_intact(
    article_id: str,
    entry: Mapping[str, Any],
    layout: Layout,
    pages: bool,
    aside: Aside,
    notes: list[str],
) -> bool:
    """Whether an article's cached outputs are what the build wrote; one that is not (edited
    through ``OUT/pages`` or ``OUT/articles``, cut, emptied, made a folder or a link) is
    moved aside, never deleted, and the article is built again."""
    intact = True
    published = {
        "trig": layout.out / "articles" / f"{article_id}.trig",
        "html": layout.out / "pages" / f"{article_id}.html",
    }
    for kind, path in _objects_of(layout.objects, entry["key"]).items():
        if kind == "html" and not pages:
            continue
        stamp = _intact(path, entry["digests"].get(kind), entry["stamps"].get(kind))
        if stamp is not None:
            entry["stamps"][kind] = stamp
            continue
        intact = False
        if os.path.lexists(path):
            kept = aside.keep(path)
            what = published.get(kind, f"the cached entities of {article_id}")
            notes.append(
                f"{what} was changed after the build wrote it (by hand, or the disk): "
                f"built again; the changed file is kept as {kept}"
            )
    return intact


def _carry_users_files(
    previous_gen: Path,
    previous: Mapping[str, Any] | None,
    gen: Path,
    ours: set[tuple[int, int]],
    layout: Layout,
    aside: Aside,
    notes: list[str],
) -> None:
    """Files a user put into ``OUT/articles`` or ``OUT/pages`` (the last generation's) go on
    into the new one; one at a name the build now writes is moved aside, and said."""
    entries = (previous or {}).get("articles", [])
    for folder, suffix in (("articles", ".trig"), ("pages", ".html")):
        source = previous_gen / folder
        if not source.is_dir() or source.is_symlink():
            continue
        made = {f"{e['id']}{suffix}" for e in entries}
        with os.scandir(source) as listing:
            theirs = [
                e
                for e in listing
                if e.name not in made
                and (e.stat(follow_symlinks=False).st_dev, e.inode()) not in ours
            ]
        for e in sorted(theirs, key=lambda e: e.name):
            target = gen / folder / e.name
            if not target.parent.is_dir() or os.path.lexists(target):
                kept = aside.keep(Path(e.path))
                notes.append(
                    f"{layout.out / folder / e.name}: not diplokg's, and the build writes "
                    f"{'there' if target.parent.is_dir() else 'no ' + folder}: moved to {kept}"
                )
            elif e.is_dir(follow_symlinks=False):
                shutil.copytree(e.path, target, symlinks=True, copy_function=os.link)
            else:
                os.link(e.path, target, follow_symlinks=False)


def _hardlink(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError as exc:
        if exc.errno not in (errno.EXDEV, errno.EPERM, errno.EMLINK):
            raise
        shutil.copyfile(source, target)


def answer_query(
    name: str,
    *,
    params: Mapping[str, str],
    fmt: str,
    store_dir: Path | None = None,
    data_files: Sequence[Path] = (),
) -> str:
    """Run a stored query and format its results (``table``, ``csv``, ``tsv`` or ``json``).

    Parameters are checked before any store is opened.
    """
    query = get_query(name)
    bind_params(query, params)
    store = query_store(store_dir=store_dir, data_files=data_files)
    if fmt == "table":
        return format_table(run_query(store, query, params)) + "\n"
    return serialize_result(store, query, params, fmt)
