"""Validate a corpus article by article, in parallel, and place every result in the sources.

:func:`run_validation` is what ``diplokg validate`` runs:

1. find the articles (``*.txt`` with their annotation beside them) and RDF
   files among the paths; with ``changed_since``, keep only the articles
   changed since a git ref and those whose shared entity data changed;
2. check each registry once, then each article (:mod:`diplokg.validation.checks`): YAML,
   schema, evidence, references; an article that passes is converted;
3. validate each article's graph with the SHACL shapes in worker processes:
   pySHACL (the reference; the ontology given for subclass reasoning only),
   or :mod:`diplokg.validation.shacl_fast`, which compiles the shapes once and gives the
   same results (``tests/test_validate_ci.py`` compares them on every broken
   graph of ``tests/data/broken`` and on a seeded-fault corpus);
4. place each result in the annotation: the node's origin (file, line,
   column), and the article text span it was read from;
5. compare with a baseline, if given.

Each article graph restates the type and name of every entity, post and role
it references (the converter writes them from the one registry), so
validating articles one by one gives the same results as validating the
merged graph; results on shared nodes (entities) are reported once.
"""

from __future__ import annotations

import dataclasses
import gc
import json
import math
import multiprocessing
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from rdflib import RDF, BNode, Graph, URIRef
from rdflib import Literal as RdfLiteral
from rdflib.term import Node

from diplokg.convert import Triple
from diplokg.errors import AnnotationError, DiplokgError, ErrorRecord, InputError, UsageError
from diplokg.model.annotation import (
    Drafter,
    EntityDef,
    Registry,
    article_sources,
    find_articles,
    load_registry,
)
from diplokg.model.limits import load_json
from diplokg.model.yamlsrc import Src, read_text
from diplokg.output import write_atomic
from diplokg.rdf.terms import DK, NIF, OA, article_iri
from diplokg.store import read_rdf_graph
from diplokg.validation.checks import ArticleCheck, RegistryCheck, check_article, check_registry
from diplokg.validation.findings import (
    CHECK,
    BaselineComparison,
    BaselineEntry,
    Finding,
    Span,
    UnitSummary,
    ValidationRun,
    unique_findings,
)
from diplokg.validation.shacl import (
    ENGINES,
    AutoEngine,
    Engine,
    Notice,
    PyshaclEngine,
    ValidationResult,
    load_ontology,
    load_shapes,
    render_path,
    report_results,
)
from diplokg.validation.shacl import make_engine as _make_engine

__all__ = [
    "ENGINES",
    "RDF_SUFFIXES",
    "RawResult",
    "ShaclEngine",
    "changed_units",
    "compare_baseline",
    "discover_units",
    "load_baseline",
    "make_engine",
    "place_results",
    "raw_results",
    "render_path",
    "run_validation",
    "validate_units",
    "write_baseline",
]

#: Files validated as RDF (anything else is an article, or a folder of articles).
RDF_SUFFIXES = (".ttl", ".trig", ".nt", ".nq", ".jsonld", ".json")

Progress = Callable[[int, int], None]


# ---------------------------------------------------------------------------
# The SHACL engine: diplokg.validation.shacl's, under the names this module gave it
# ---------------------------------------------------------------------------

#: One SHACL result (the stack's one result type).
RawResult = ValidationResult
#: The reference engine.
ShaclEngine = PyshaclEngine
raw_results = report_results


def packaged_graph(kind: Literal["shapes", "ontology"]) -> Graph:
    """A fresh copy of the packaged shapes or ontology."""
    return load_shapes() if kind == "shapes" else load_ontology()


def make_engine(
    kind: str = "auto",
    *,
    shapes: Graph | None = None,
    ontology: Graph | None = None,
    notice: Notice | None = None,
) -> Engine:
    """A SHACL engine: ``pyshacl`` (the reference), ``fast``, or ``auto`` (fast where exact);
    see :func:`diplokg.validation.shacl.make_engine`."""
    return _make_engine(kind, shapes=shapes, ontology=ontology, notice=notice)


# ---------------------------------------------------------------------------
# Placing results in the sources
# ---------------------------------------------------------------------------

_ARTICLE_LEVEL = (DK.NewsArticle, DK.ArticleText)


def _origin_of(node: Node, graph: Graph, origins: Mapping[str, Src]) -> tuple[Node, Src] | None:
    """The node itself or the nearest node pointing at it that has an origin."""
    seen = {node}
    frontier = [node]
    for _ in range(3):
        for n in frontier:
            src = origins.get(str(n)) if isinstance(n, URIRef) else None
            if src is not None:
                return n, src
        nxt: list[Node] = []
        for n in frontier:
            for s in sorted(set(graph.subjects(None, n)), key=str):
                if s not in seen:
                    seen.add(s)
                    nxt.append(s)
        frontier = nxt
    return None


def _span_of(node: Node, graph: Graph) -> tuple[int, int, str] | None:
    """The text span of an evidence span, or the first evidence span of a fact or mention."""

    def own(n: Node) -> tuple[int, int, str] | None:
        begin = graph.value(n, NIF.beginIndex)
        end = graph.value(n, NIF.endIndex)
        anchor = graph.value(n, NIF.anchorOf)
        if (
            isinstance(begin, RdfLiteral)
            and isinstance(end, RdfLiteral)
            and isinstance(anchor, RdfLiteral)
        ):
            try:
                return int(begin), int(end), str(anchor)
            except (TypeError, ValueError):
                return None
        return None

    if (found := own(node)) is not None:
        return found
    spans = [s for p in (DK.evidence, OA.hasTarget) for s in graph.objects(node, p)]
    owned = sorted(x for x in (own(s) for s in spans) if x is not None)
    return owned[0] if owned else None


def _span(found: tuple[int, int, str], text: str, text_file: str) -> Span:
    begin, end, anchor = found
    line = text.count("\n", 0, begin) + 1
    column = begin - (text.rfind("\n", 0, begin) + 1) + 1
    return Span(begin=begin, end=end, text=anchor, file=text_file, line=line, column=column)


def place_results(
    results: Iterable[RawResult],
    *,
    graph: Graph,
    origins: Mapping[str, Src],
    source: str,
    text: str | None = None,
    locate_in_file: Callable[[str], tuple[int, int] | None] | None = None,
) -> list[Finding]:
    """SHACL results as findings at the annotation line that produced each focus node.

    Rules that check an article or its text as a whole (``dk:NewsArticle``,
    ``dk:ArticleText``) name the offending fact or span as ``sh:value``: such
    a result is placed at the value's line.
    """
    findings = []
    for r in results:
        value_node = r.value_node if isinstance(r.value_node, URIRef | BNode) else None
        focus = r.focus_node
        article_level = any((focus, RDF.type, c) in graph for c in _ARTICLE_LEVEL)
        order = [value_node, focus] if article_level else [focus, value_node]
        candidates = [n for n in order if n is not None]
        placed: tuple[Node, Src] | None = None
        for n in candidates:
            placed = _origin_of(n, graph, origins)
            if placed is not None:
                break
        file = line = column = None
        if placed is not None:
            file, line, column = str(placed[1].path), placed[1].line, placed[1].column
        elif locate_in_file is not None:
            file = source
            position = locate_in_file(str(focus))
            if position is not None:
                line, column = position
        span = None
        if text is not None:
            for n in [*candidates, *([placed[0]] if placed else [])]:
                found = _span_of(n, graph)
                if found is not None:
                    span = _span(found, text, source)
                    break
        findings.append(
            Finding(
                severity=r.severity,
                shape=r.shape,
                focus=_term_text(focus),
                path=r.path,
                value=None if r.value_node is None else _term_text(r.value_node),
                message=r.message,
                constraint=r.constraint,
                source=source,
                file=file,
                line=line,
                column=column,
                span=span,
                value_term=(
                    r.value_node.n3() if isinstance(r.value_node, URIRef | RdfLiteral) else None
                ),
            )
        )
    return findings


def _term_text(node: Node) -> str:
    return f"_:{node}" if isinstance(node, BNode) else str(node)


_PREFIX_DECL = re.compile(r"(?:@prefix|PREFIX)\s+([\w.-]*):\s*<([^>]*)>", re.IGNORECASE)


def _rdf_locator(path: Path) -> Callable[[str], tuple[int, int] | None]:
    """Find the line where an IRI is first written as a subject (or at all) in an RDF file."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        lines = []
    prefixes = {m.group(2): m.group(1) for line in lines for m in _PREFIX_DECL.finditer(line)}

    def locate(iri: str) -> tuple[int, int] | None:
        forms = [f"<{iri}>"]
        for ns, prefix in prefixes.items():
            if iri.startswith(ns) and ns:
                forms.append(f"{prefix}:{iri[len(ns) :]}")
        fallback = None
        for number, line in enumerate(lines, start=1):
            for form in forms:
                col = line.find(form)
                if col < 0:
                    continue
                end = col + len(form)
                if end < len(line) and (line[end].isalnum() or line[end] in "-_/#"):
                    continue  # a longer name that starts the same
                if not line[:col].strip():
                    return number, col + 1
                if fallback is None:
                    fallback = (number, col + 1)
        return fallback

    return locate


# ---------------------------------------------------------------------------
# Units: articles and RDF files
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Unit:
    """One article (its text file) or one RDF file to validate."""

    kind: Literal["article", "rdf"]
    path: Path
    registry: Path | None = None

    @property
    def source(self) -> str:
        """How results name this unit: its path as given."""
        return str(self.path)


def discover_units(paths: Sequence[Path]) -> list[Unit]:
    """Articles and RDF files among ``paths``.

    An article is named by its ``.txt`` file, its ``.ann.yaml`` or ``.meta.yaml``
    file, or a folder holding it; a registry (``entities.yaml``) stands for the
    articles beside it.
    """
    units: list[Unit] = []
    for path in paths:
        if path.is_file() and path.suffix.lower() in RDF_SUFFIXES:
            units.append(Unit("rdf", path))
            continue
        texts = [path]
        for suffix in (".ann.yaml", ".meta.yaml"):
            if path.name.endswith(suffix):
                # An annotation or metadata file stands for its article (pre-commit passes them).
                texts = [path.with_name(path.name.removesuffix(suffix) + ".txt")]
                if not texts[0].is_file():
                    raise InputError(f"no article {texts[0].name} beside this file", path=path)
        if path.name == "entities.yaml" and path.is_file():
            texts = [path.parent]  # a registry stands for the articles beside it
        registry_in: dict[Path, Path | None] = {}  # one look per folder, not per article
        before = len(units)
        for text in find_articles(texts):
            if text.parent not in registry_in:
                registry_in[text.parent] = article_sources(text).registry
            units.append(Unit("article", text, registry_in[text.parent]))
        if len(units) == before:  # "0 articles: conforms" would hide a wrong path
            raise InputError(
                "no articles to validate here (NAME.txt files with NAME.ann.yaml beside them)",
                path=path,
            )
    seen: set[str] = set()
    unique = []
    cwd = os.getcwd()  # os.path.abspath asks for it anew for every path
    for unit in units:
        key = os.path.normpath(os.path.join(cwd, unit.path))
        if key not in seen:
            seen.add(key)
            unique.append(unit)
    return unique


@dataclass(frozen=True)
class _Outcome:
    summary: UnitSummary
    findings: tuple[Finding, ...]
    fatal: ErrorRecord | None = None


@dataclass(frozen=True)
class _Loaded:
    """A unit read (and, for an article, checked and converted), waiting for SHACL."""

    unit: Unit
    triples: Iterable[Triple]
    count: int
    findings: tuple[Finding, ...] = ()
    checked: ArticleCheck | None = None
    graph: Graph | None = None


class _Worker:
    """What a worker process keeps between units: the engine and the checked registries."""

    def __init__(
        self,
        shapes: Graph | None,
        registries: Mapping[Path, RegistryCheck],
        engine: str,
        notice: Notice | None = None,
        draft: Drafter | None = None,
    ) -> None:
        self.engine = make_engine(engine, shapes=shapes)
        self.draft = draft
        if isinstance(self.engine, AutoEngine):
            self.engine.notice = notice  # which engine runs was said once, by the parent
        self.registries = registries

    def load(self, unit: Unit) -> _Loaded | _Outcome:
        """Read and check a unit: what SHACL is to validate, or the outcome without SHACL."""
        if unit.kind == "rdf":
            graph = read_rdf_graph([unit.path])
            return _Loaded(unit, graph, len(graph), graph=graph)
        registry = self.registries.get(unit.registry) if unit.registry else None
        checked = check_article(unit.path, registry=registry, draft=self.draft)
        if checked.triples is None:
            summary = UnitSummary(unit.source, "article", 0, False)
            return _Outcome(summary, checked.findings)
        return _Loaded(unit, checked.triples, len(checked.triples), checked.findings, checked)

    @staticmethod
    def place(loaded: _Loaded, results: Sequence[RawResult]) -> _Outcome:
        """A unit's outcome: its check findings and its SHACL results placed in its files."""
        unit, findings = loaded.unit, list(loaded.findings)
        if loaded.checked is not None and results:
            # Placing results needs the article as an rdflib graph: built only now.
            assert loaded.checked.graph is not None  # noqa: S101 - built from the triples
            findings.extend(
                place_results(
                    results,
                    graph=loaded.checked.graph,
                    origins=loaded.checked.origins,
                    source=unit.source,
                    text=loaded.checked.text,
                )
            )
        elif loaded.graph is not None:
            findings.extend(
                place_results(
                    results,
                    graph=loaded.graph,
                    origins={},
                    source=unit.source,
                    locate_in_file=_rdf_locator(unit.path),
                )
            )
        summary = UnitSummary(unit.source, unit.kind, loaded.count, True)
        return _Outcome(summary, tuple(findings))

    def run_many(self, units: Sequence[Unit]) -> list[_Outcome]:
        """Check and validate ``units``; SHACL validates their graphs in one call."""
        outcomes: list[_Outcome | None] = [None] * len(units)
        loaded: list[tuple[int, _Loaded]] = []
        for i, unit in enumerate(units):
            try:
                got = self.load(unit)
            except DiplokgError as exc:
                got = _failed(unit, exc)
            if isinstance(got, _Outcome):
                outcomes[i] = got
            else:
                loaded.append((i, got))
        results = self.engine.validate_many([got.triples for _, got in loaded])
        for (i, got), found in zip(loaded, results, strict=True):
            try:
                outcomes[i] = self.place(got, found)
            except DiplokgError as exc:
                outcomes[i] = _failed(got.unit, exc)
        return [o for o in outcomes if o is not None]

    def run(self, unit: Unit) -> _Outcome:
        """Check and validate one unit."""
        return self.run_many([unit])[0]


def _failed(unit: Unit, exc: DiplokgError) -> _Outcome:
    fatal = ErrorRecord.of(exc)
    return _Outcome(UnitSummary(unit.source, unit.kind, 0, False), (), fatal)


_WORKER: _Worker | None = None


#: A worker's first-generation collection threshold (Python's default is 700).
_GC_THRESHOLD = 5000


def _init_worker(
    shapes: Graph | None,
    registries: Mapping[Path, RegistryCheck],
    engine: str,
    notice: Notice | None,
    draft: Drafter | None,
) -> None:
    global _WORKER
    _WORKER = _Worker(shapes, registries, engine, notice, draft)
    # What the worker keeps (modules, shapes, engine, registries) lives as long as it:
    # out of the garbage collector's sight, full collections no longer walk it (they
    # took a tenth of the time). Articles make many short-lived objects: collect less often.
    gc.freeze()
    gc.set_threshold(_GC_THRESHOLD, *gc.get_threshold()[1:])


def _run_chunk(units: Sequence[Unit]) -> list[_Outcome]:
    assert _WORKER is not None  # noqa: S101 - set by the pool initializer
    return _WORKER.run_many(units)


def _pool_context() -> multiprocessing.context.BaseContext:
    # fork starts a worker in milliseconds with rdflib already imported;
    # elsewhere spawn is the only safe choice.
    method = "fork" if sys.platform == "linux" else "spawn"
    return multiprocessing.get_context(method)


#: Below this many units, validation runs in this process: starting workers costs more.
IN_PROCESS_BELOW = 8
#: Units checked and validated together (SPARQL constraints run once per chunk).
CHUNK = 32


def validate_units(
    units: Sequence[Unit],
    *,
    shapes: Graph | None = None,
    registries: Mapping[Path, RegistryCheck] | None = None,
    jobs: int | None = None,
    engine: str = "auto",
    progress: Progress | None = None,
    notice: Notice | None = None,
    draft: Drafter | None = None,
) -> list[tuple[UnitSummary, tuple[Finding, ...]]]:
    """Check and validate each unit, in ``jobs`` worker processes (default: one per CPU).

    An article without a curated annotation is checked from ``draft``'s draft (see
    :func:`~diplokg.validation.checks.check_article`). Raises the first input error
    (an unreadable file) a unit met.
    """
    registries = dict(registries or {})
    jobs = max(1, jobs or os.cpu_count() or 1)
    outcomes: list[_Outcome] = []
    if jobs == 1 or len(units) < IN_PROCESS_BELOW:
        worker = _Worker(shapes, registries, engine, notice, draft)
        for start in range(0, len(units), CHUNK):
            outcomes.extend(worker.run_many(units[start : start + CHUNK]))
            if progress:
                progress(len(outcomes), len(units))
    else:
        size = max(1, min(CHUNK, math.ceil(len(units) / (jobs * 8))))
        chunks = [units[i : i + size] for i in range(0, len(units), size)]
        with ProcessPoolExecutor(
            max_workers=jobs,
            mp_context=_pool_context(),
            initializer=_init_worker,
            initargs=(shapes, registries, engine, notice, draft),
        ) as pool:
            done = 0
            for chunk_outcomes in pool.map(_run_chunk, chunks):
                outcomes.extend(chunk_outcomes)
                done += len(chunk_outcomes)
                if progress:
                    progress(done, len(units))
    for outcome in outcomes:
        if outcome.fatal is not None:
            raise outcome.fatal.error()
    return [(o.summary, o.findings) for o in outcomes]


def _duplicate_articles(units: Sequence[Unit]) -> list[Finding]:
    """Articles with the same identifier (file name) in two folders: their IRIs would clash."""
    first: dict[str, Unit] = {}
    findings = []
    for unit in units:
        if unit.kind != "article":
            continue
        article_id = unit.path.name.removesuffix(".txt")
        if article_id not in first:
            first[article_id] = unit
            continue
        findings.append(
            Finding(
                severity="Violation",
                shape=str(CHECK["duplicate-article"]),
                focus=str(article_iri(article_id)),
                path=None,
                value=None,
                message=(
                    f"article id '{article_id}' is also used by {first[article_id].path}: "
                    "article file names must be unique across the corpus"
                ),
                constraint="duplicate-article",
                source=unit.source,
                file=unit.source,
            )
        )
    return findings


# ---------------------------------------------------------------------------
# --changed-since: articles changed since a git ref
# ---------------------------------------------------------------------------


def _git(args: Sequence[str], *, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(  # noqa: S603 - fixed program, arguments are not shell-parsed
        ["git", *args],  # noqa: S607 - git from PATH, as a user runs it
        cwd=cwd,
        capture_output=True,
        check=False,
    )


def _entity_fields(e: EntityDef) -> tuple[Any, ...]:
    return (
        e.name,
        e.type,
        e.aliases,
        e.wikidata,
        e.capital.key if e.capital else None,
        e.country.key if e.country else None,
        e.description,
    )


def _changed_entities(old: Registry | None, new: RegistryCheck) -> tuple[set[str], set[str]]:
    """Keys of entities that changed between two registries, and every name they go by."""
    if old is None:
        keys = set(new.registry.entities) | set(new.pruned)
        changed = keys
    else:
        keys = set(old.entities) | set(new.registry.entities) | set(new.pruned)
        changed = {
            k
            for k in keys
            if k in new.pruned
            or (k in old.entities) != (k in new.registry.entities)
            or (
                k in old.entities
                and _entity_fields(old.entities[k]) != _entity_fields(new.registry.entities[k])
            )
        }
    registries = [r for r in (old, new.registry) if r is not None]
    # An entity whose capital or country changed restates it: its articles are affected too.
    grew = True
    while grew:
        grew = False
        for reg in registries:
            for e in reg.entities.values():
                refs = {r.key for r in (e.capital, e.country) if r is not None}
                if e.key not in changed and refs & changed:
                    changed.add(e.key)
                    grew = True
    names = set(changed)
    for reg in registries:
        for k in changed:
            if k in reg.entities:
                names.add(reg.entities[k].name.casefold())
                names.update(a.casefold() for a in reg.entities[k].aliases)
    return changed, names


def changed_units(
    units: Sequence[Unit],
    ref: str,
    *,
    registries: Mapping[Path, RegistryCheck],
    shapes: Sequence[Path] = (),
) -> list[Unit]:
    """The units changed since git ``ref`` (its merge base with HEAD, plus uncommitted and
    untracked files), and the articles whose shared entity data changed.
    """
    anchor = units[0].path.resolve().parent if units else Path.cwd()
    top = _git(["rev-parse", "--show-toplevel"], cwd=anchor)
    if top.returncode != 0:
        raise UsageError(f"--changed-since needs a git repository; {anchor} is not in one")
    root = Path(top.stdout.decode().strip())
    if _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], cwd=root).returncode:
        raise UsageError(f"--changed-since: unknown git revision {ref!r}")
    merge_base = _git(["merge-base", ref, "HEAD"], cwd=root)
    base = merge_base.stdout.decode().strip() if merge_base.returncode == 0 else ref
    diff = _git(["diff", "--name-only", "-z", "--no-renames", base, "--"], cwd=root)
    untracked = _git(["ls-files", "--others", "--exclude-standard", "-z"], cwd=root)
    if diff.returncode != 0:
        raise UsageError(f"git diff against {ref!r} failed: {diff.stderr.decode().strip()}")
    changed = {
        os.path.normpath(root / name)
        for name in (diff.stdout + b"\0" + untracked.stdout).decode().split("\0")
        if name
    }
    real_dirs: dict[str, str] = {}

    def real(path: Path | str) -> str:
        """``path`` with its folder's symlinks resolved, as git names it (one look per folder).

        Strings, not Paths: this runs three times per article of the corpus.
        """
        folder, name = os.path.split(path)
        resolved = real_dirs.get(folder)
        if resolved is None:
            resolved = real_dirs[folder] = os.path.realpath(folder or ".")
        return os.path.join(resolved, name)

    if any(real(p) in changed for p in shapes):
        return list(units)

    affected_by: dict[Path, tuple[set[str], set[str]]] = {}
    for path, check in registries.items():
        resolved = Path(real(path))
        if str(resolved) not in changed:
            continue
        old: Registry | None = None
        shown = _git(["show", f"{base}:{resolved.relative_to(root).as_posix()}"], cwd=root)
        if shown.returncode == 0:
            try:
                old = load_registry(path, content=shown.stdout.decode("utf-8"))
            except (AnnotationError, UnicodeDecodeError):
                old = None
        affected_by[path] = _changed_entities(old, check)

    selected = []
    for unit in units:
        if unit.kind == "rdf":
            if real(unit.path) in changed:
                selected.append(unit)
            continue
        text = os.fspath(unit.path)
        stem = text.removesuffix(".txt")
        own = [text, stem + ".meta.yaml", stem + ".ann.yaml"]
        if any(real(p) in changed for p in own) or (
            unit.registry in affected_by
            and _mentions([Path(p) for p in own[1:]], *affected_by[unit.registry])
        ):
            selected.append(unit)
    return selected


def _mentions(files: Sequence[Path], keys: set[str], names: set[str]) -> bool:
    """True if the article's metadata or annotation (``files``) may refer to one of
    ``keys`` or, as its publisher, to one of ``names``."""
    if not keys:
        return False
    words = re.compile(
        r"(?<![\w-])(" + "|".join(re.escape(k) for k in sorted(keys)) + r")(?![\w-])"
    )
    for path in files:
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            continue
        except (OSError, UnicodeDecodeError):
            return True
        if words.search(text):
            return True
        if path.name.endswith(".meta.yaml"):
            folded = text.casefold()
            if any(name in folded for name in names):
                return True
    return False


# ---------------------------------------------------------------------------
# Baseline
# ---------------------------------------------------------------------------

_BASELINE_FORMAT = "diplokg-baseline/1"


def load_baseline(path: Path) -> list[BaselineEntry]:
    """The results recorded in a baseline file."""
    if not path.exists():
        raise InputError(
            "baseline not found; record one with --baseline FILE --update-baseline", path=path
        )
    data = load_json(read_text(path, what="baseline"), path=path, what="baseline")
    if not isinstance(data, dict) or data.get("format") != _BASELINE_FORMAT:
        raise InputError(
            f'not a diplokg baseline (expected "format": "{_BASELINE_FORMAT}")', path=path
        )
    try:
        return [
            BaselineEntry(
                fingerprint=str(r["fingerprint"]),
                severity=str(r["severity"]),
                shape=str(r["shape"]),
                focus=str(r["focus"]),
                message=str(r["message"]),
                source=str(r["source"]),
                file=r.get("file"),
                line=r.get("line"),
            )
            for r in data["results"]
        ]
    except (KeyError, TypeError) as exc:
        raise InputError(f"malformed baseline entry: {exc}", path=path) from None


def _entry(f: Finding) -> BaselineEntry:
    return BaselineEntry(
        fingerprint=f.fingerprint,
        severity=f.severity,
        shape=f.shape,
        focus=f.focus,
        message=f.message,
        source=f.source,
        file=f.file,
        line=f.line,
    )


def write_baseline(
    path: Path, findings: Sequence[Finding], *, keep: Sequence[BaselineEntry] = ()
) -> None:
    """Record ``findings`` (and the entries ``keep`` of sources not validated now)."""
    entries = {e.fingerprint: e for e in keep}
    entries.update((f.fingerprint, _entry(f)) for f in findings)
    rows = sorted(
        entries.values(), key=lambda e: (e.source, e.file or "", e.line or 0, e.fingerprint)
    )
    doc = {"format": _BASELINE_FORMAT, "results": [dataclasses.asdict(e) for e in rows]}
    write_atomic(path, (json.dumps(doc, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))


def compare_baseline(
    findings: Sequence[Finding], entries: Sequence[BaselineEntry], *, validated: set[str]
) -> BaselineComparison:
    """New, fixed and still-present results; entries of sources not validated are left aside."""
    known = {e.fingerprint for e in entries}
    current = {f.fingerprint for f in findings}
    return BaselineComparison(
        new=tuple(f for f in findings if f.fingerprint not in known),
        present=tuple(f for f in findings if f.fingerprint in known),
        fixed=tuple(e for e in entries if e.fingerprint not in current and e.source in validated),
    )


# ---------------------------------------------------------------------------
# The whole run
# ---------------------------------------------------------------------------


def run_validation(
    paths: Sequence[Path],
    *,
    shapes: Sequence[Path] = (),
    jobs: int | None = None,
    changed_since: str | None = None,
    baseline: Path | None = None,
    update_baseline: bool = False,
    engine: str = "auto",
    progress: Progress | None = None,
    notice: Notice | None = None,
    draft: Drafter | None = None,
) -> ValidationRun:
    """Validate articles (converted on the fly) and RDF files; see the module docstring."""
    if update_baseline and baseline is None:
        raise UsageError("--update-baseline needs --baseline FILE")
    entries = load_baseline(baseline) if baseline is not None and not update_baseline else []
    shapes_graph = load_shapes(list(shapes)) if shapes else None
    units = discover_units(paths)
    registries = {
        path: check_registry(path)
        for path in sorted({u.registry for u in units if u.registry is not None})
    }
    selected = (
        changed_units(units, changed_since, registries=registries, shapes=shapes)
        if changed_since is not None
        else units
    )
    # Compile once here: a usage error (``fast`` on shapes it cannot run) before any
    # work, and one line saying which engine ``auto`` runs (told once the run did not
    # stop at an input error); the workers compile again.
    chosen: list[str] = []
    engine = make_engine(engine, shapes=shapes_graph, notice=chosen.append).name
    outcomes = validate_units(
        selected,
        shapes=shapes_graph,
        registries=registries,
        jobs=jobs,
        engine=engine,
        progress=progress,
        notice=notice,
        draft=draft,
    )
    if notice is not None:
        for line in chosen:
            notice(line)
    used = {u.registry for u in selected}
    found: list[Finding] = [f for path, c in registries.items() if path in used for f in c.findings]
    found.extend(_duplicate_articles(units))
    for _, unit_findings in outcomes:
        found.extend(unit_findings)
    findings = unique_findings(found)
    summaries = tuple(summary for summary, _ in outcomes)
    comparison = None
    if baseline is not None:
        validated = {s.source for s in summaries} | {str(p) for p in used if p is not None}
        if update_baseline:
            old = load_baseline(baseline) if baseline.exists() else []
            write_baseline(baseline, findings, keep=[e for e in old if e.source not in validated])
            entries = [_entry(f) for f in findings]
        comparison = compare_baseline(findings, entries, validated=validated)
    return ValidationRun(
        findings=findings,
        units=summaries,
        skipped=len(units) - len(selected),
        baseline=comparison,
    )
