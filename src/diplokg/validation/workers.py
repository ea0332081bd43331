"""Units checked and validated in worker processes (or in this one, for a few)."""

from __future__ import annotations

import contextlib
import gc
import math
import multiprocessing
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from rdflib import Graph

from diplokg.errors import DiplokgError, ErrorRecord
from diplokg.model.annotation import (
    Drafter,
)
from diplokg.rdf.convert import Triple
from diplokg.store.embedded import read_rdf_graph
from diplokg.validation.checks import (
    ArticleCheck,
    RegistryCheck,
    check_article,
    graph_findings,
    iri_findings,
    span_findings,
    well_typed,
)
from diplokg.validation.findings import (
    Finding,
    UnitSummary,
)
from diplokg.validation.placing import RdfLocator, place_results, rdf_locator
from diplokg.validation.shacl import (
    AutoEngine,
    Notice,
    ValidationResult,
    make_engine,
)
from diplokg.validation.units import Unit

__all__ = [
    "CHUNK",
    "IN_PROCESS_BELOW",
    "Progress",
    "map_chunks",
    "pool_context",
    "validate_units",
]


Progress = Callable[[int, int], None]


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
    #: Where an RDF file writes its terms (read once, for the checks and the results).
    locator: RdfLocator | None = None


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
            locator = rdf_locator(unit.path)
            undefined = (
                iri_findings(
                    graph, source=unit.source, locate=locator, locate_literal=locator.literal
                )
                + span_findings(graph, source=unit.source, locate=locator)
                + graph_findings(unit.path, source=unit.source, locate=locator)
            )
            ill_typed = any(f.constraint == "ill-typed-literal" for f in undefined)
            shown_to_shacl = well_typed(graph) if ill_typed else graph
            return _Loaded(
                unit, shown_to_shacl, len(graph), undefined, graph=graph, locator=locator
            )
        registry = self.registries.get(unit.registry) if unit.registry else None
        checked = check_article(unit.path, registry=registry, draft=self.draft)
        if checked.triples is None:
            summary = UnitSummary(unit.source, "article", 0, False)
            return _Outcome(summary, checked.findings)
        return _Loaded(unit, checked.triples, len(checked.triples), checked.findings, checked)

    @staticmethod
    def place(loaded: _Loaded, results: Sequence[ValidationResult]) -> _Outcome:
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
                    locate_in_file=loaded.locator or rdf_locator(unit.path),
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


T = TypeVar("T")
R = TypeVar("R")


def map_chunks(
    items: Sequence[T],
    *,
    local: Callable[[], Callable[[Sequence[T]], list[R]]],
    remote: Callable[[Sequence[T]], list[R]],
    initializer: Callable[..., None],
    initargs: tuple[object, ...],
    jobs: int,
    chunk: int,
    progress: Progress | None = None,
) -> Iterator[R]:
    """Each item's result, in the items' order, computed a chunk at a time.

    With one job or fewer than :data:`IN_PROCESS_BELOW` items, in this process by the
    function ``local()`` makes (starting workers would cost more); else by ``remote``
    in ``jobs`` worker processes, each set up once by ``initializer(*initargs)``, in
    chunks small enough to keep every worker busy (at most ``chunk`` items).
    ``progress(done, total)`` is called after each chunk.
    """
    results: Iterable[list[R]]
    pool: ProcessPoolExecutor | None = None
    if jobs == 1 or len(items) < IN_PROCESS_BELOW:
        results = map(local(), _slices(items, chunk))
    else:
        size = max(1, min(chunk, math.ceil(len(items) / (jobs * 8))))
        pool = ProcessPoolExecutor(
            max_workers=jobs,
            mp_context=pool_context(),
            initializer=initializer,
            initargs=initargs,
        )
        results = pool.map(remote, _slices(items, size))
    with pool if pool is not None else contextlib.nullcontext():
        done = 0
        for outcomes in results:
            yield from outcomes
            done += len(outcomes)
            if progress:
                progress(done, len(items))


def _slices(items: Sequence[T], size: int) -> list[Sequence[T]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def pool_context() -> multiprocessing.context.BaseContext:
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
    outcomes = list(
        map_chunks(
            units,
            local=lambda: _Worker(shapes, registries, engine, notice, draft).run_many,
            remote=_run_chunk,
            initializer=_init_worker,
            initargs=(shapes, registries, engine, notice, draft),
            jobs=jobs,
            chunk=CHUNK,
            progress=progress,
        )
    )
    for outcome in outcomes:
        if outcome.fatal is not None:
            raise outcome.fatal.error()
    return [(o.summary, o.findings) for o in outcomes]
