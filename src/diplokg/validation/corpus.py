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
   same results (``tests/validation/test_validate_ci.py`` compares them on every broken
   graph of ``tests/data/broken`` and on a seeded-fault corpus);
4. place each result in the annotation: the node's origin (file, line,
   column), and the article text span it was read from;
5. compare with a baseline, if given.

Each article graph restates the type and name of every entity, post and role
it references (the converter writes them from the one registry), so
validating articles one by one gives the same results as validating the
merged graph; results on shared nodes (entities) are reported once.

The steps live in their own modules: :mod:`.units` (finding them), :mod:`.changed`
(``--changed-since``), :mod:`.workers` (checking and validating in worker processes),
:mod:`.placing` (results placed in the sources) and :mod:`.baseline`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from diplokg.errors import UsageError
from diplokg.model.annotation import (
    Drafter,
)
from diplokg.rdf.terms import article_iri
from diplokg.validation.baseline import (
    baseline_entry,
    compare_baseline,
    load_baseline,
    write_baseline,
)
from diplokg.validation.changed import changed_units
from diplokg.validation.checks import check_finding, check_registry
from diplokg.validation.findings import (
    Finding,
    ValidationRun,
    unique_findings,
)
from diplokg.validation.shacl import (
    Notice,
    load_shapes,
    make_engine,
)
from diplokg.validation.units import Unit, discover_units
from diplokg.validation.workers import Progress, validate_units

__all__ = ["run_validation"]


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
            check_finding(
                "duplicate-article",
                f"article id '{article_id}' is also used by {first[article_id].path}: "
                "article file names must be unique across the corpus",
                source=unit.source,
                focus=str(article_iri(article_id)),
                file=unit.source,
            )
        )
    return findings


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
            entries = [baseline_entry(f) for f in findings]
        comparison = compare_baseline(findings, entries, validated=validated)
    return ValidationRun(
        findings=findings,
        units=summaries,
        skipped=len(units) - len(selected),
        baseline=comparison,
    )
