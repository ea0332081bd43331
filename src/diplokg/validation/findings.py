"""Findings: one problem each, placed in the sources, and a validation run of them.

A :class:`Finding` is one problem: a SHACL validation result or a check that
ran before SHACL (YAML syntax, evidence not found, unknown ids, …). Besides
the SHACL fields (shape, severity, focus node, path, value, message) it names
the annotation file, line and column that produced the focus node, and the
stretch of the article's text the node was read from. (A SHACL engine's own
result, unplaced, is :class:`diplokg.validation.shacl.ValidationResult`; a finding is
one placed in the sources, which is why it is a type of its own.) The run is written
in the formats of :mod:`diplokg.validation.report`.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

from rdflib import Namespace

from diplokg.rdf.terms import PREFIXES, SEVERITIES

__all__ = [
    "CHECK",
    "DKV",
    "SHAPES_NS",
    "BaselineComparison",
    "BaselineEntry",
    "Finding",
    "Span",
    "UnitSummary",
    "ValidationRun",
    "baseline_line",
    "baseline_status",
    "closing_lines",
    "compact_iris",
    "failing_findings",
    "iri_text",
    "location_text",
    "path_text",
    "quoted",
    "relative_path",
    "severity_at_or_above",
    "summary_line",
    "unique_findings",
]


#: Checks that run before SHACL are named like shapes, in this namespace.
CHECK = Namespace("https://w3id.org/diplokg/checks#")
#: Properties that place a SHACL result in the annotation files and the article text.
DKV = Namespace("https://w3id.org/diplokg/validation#")

SHAPES_NS = "https://w3id.org/diplokg/shapes#"
_SEVERITY_RANK = {s: i for i, s in enumerate(SEVERITIES)}


FailOn = Literal["violation", "warning", "info", "none"]


@dataclass(frozen=True)
class Span:
    """A stretch of an article's text: code-point offsets, the text, and where it is."""

    begin: int
    end: int
    text: str
    file: str
    line: int
    column: int


@dataclass(frozen=True)
class ResultFields:
    """What every validation result says, whichever engine or check found it."""

    severity: str
    shape: str
    focus: str
    path: str | None
    value: str | None
    message: str
    constraint: str


@dataclass(frozen=True)
class Finding(ResultFields):
    """One problem: a SHACL result or a pre-SHACL check, placed in the source files."""

    #: The article (its text file) or RDF file this finding comes from.
    source: str
    #: The annotation (or metadata, registry, RDF) file and position to fix.
    file: str | None = None
    line: int | None = None
    column: int | None = None
    span: Span | None = None
    #: The value as an N3 term (``<iri>`` or ``"text"^^<datatype>``), for the report graph.
    value_term: str | None = None

    @property
    def is_check(self) -> bool:
        """True for a check that ran before SHACL, False for a SHACL result."""
        return self.shape.startswith(str(CHECK))

    @property
    def key(self) -> tuple[str, str, str, str | None, str | None]:
        """What makes two results the same result: severity, shape, focus, path, value."""
        return (self.severity, self.shape, self.focus, self.path, self.value)

    @cached_property
    def fingerprint(self) -> str:
        """A stable id of this result that survives edits moving it to another line."""
        if self.is_check:
            # Checks name their problem in the message; line numbers in it may shift.
            parts = [*self.key, self.file or self.source, re.sub(r"\d+", "#", self.message)]
        else:
            parts = list(self.key)
        return hashlib.sha256(json.dumps(parts).encode("utf-8")).hexdigest()[:32]

    def sort_key(self) -> tuple[Any, ...]:
        """Order of output: by file and line, then severity and shape."""
        return (
            self.file or self.source,
            self.line or 0,
            self.column or 0,
            _SEVERITY_RANK.get(self.severity, 9),
            self.shape,
            self.focus,
            self.path or "",
            self.value or "",
            self.message,
        )


@dataclass(frozen=True)
class UnitSummary:
    """One article or RDF file that was validated."""

    source: str
    kind: Literal["article", "rdf"]
    triples: int
    #: False when a pre-SHACL check stopped the conversion, so SHACL did not run.
    shacl: bool


@dataclass(frozen=True)
class BaselineEntry:
    """A result recorded in a baseline file."""

    fingerprint: str
    severity: str
    shape: str
    focus: str
    message: str
    source: str
    file: str | None
    line: int | None


@dataclass(frozen=True)
class BaselineComparison:
    """The current results beside a baseline: new, fixed and still present."""

    new: tuple[Finding, ...]
    present: tuple[Finding, ...]
    fixed: tuple[BaselineEntry, ...]

    @cached_property
    def _new(self) -> frozenset[str]:
        return frozenset(f.fingerprint for f in self.new)

    def is_new(self, finding: Finding) -> bool:
        """True if ``finding`` is not in the baseline."""
        return finding.fingerprint in self._new


@dataclass(frozen=True)
class ValidationRun:
    """Everything one ``diplokg validate`` found."""

    findings: tuple[Finding, ...]
    units: tuple[UnitSummary, ...]
    #: Articles not validated because they did not change (``--changed-since``).
    skipped: int = 0
    baseline: BaselineComparison | None = None

    def count(self, severity: str) -> int:
        """Number of findings of one severity."""
        return sum(1 for f in self.findings if f.severity == severity)

    @property
    def conforms(self) -> bool:
        """True if no finding is a violation: warnings and infos are reported, counted and
        may fail the run (``--fail-on``), but the data conforms, as ``build``'s report and
        the default exit code say. (It was "no finding at all": an article giving one info
        read "does not conform (0 violations, 0 warnings, 1 infos)", exit 0.)"""
        return not any(f.severity == "Violation" for f in self.findings)


def severity_at_or_above(fail_on: str) -> tuple[str, ...]:
    """The severities that make ``--fail-on LEVEL`` fail (none for ``none``)."""
    if fail_on == "none":
        return ()
    return SEVERITIES[: SEVERITIES.index(fail_on.capitalize()) + 1]


def failing_findings(run: ValidationRun, fail_on: str) -> tuple[Finding, ...]:
    """The findings that make the run fail: new ones (with a baseline) at or above ``fail_on``."""
    levels = severity_at_or_above(fail_on)
    candidates = run.baseline.new if run.baseline is not None else run.findings
    return tuple(f for f in candidates if f.severity in levels)


def compact_iris(text: str) -> str:
    """``<https://w3id.org/diplokg/ontology#name>`` → ``dk:name`` (also inside paths)."""

    def repl(match: re.Match[str]) -> str:
        iri = match.group(1)
        for prefix, ns in (("dksh", SHAPES_NS), ("check", str(CHECK)), *PREFIXES.items()):
            local = iri.removeprefix(ns)
            if local != iri and re.fullmatch(r"[A-Za-z0-9_][\w.\-/]*", local):
                return f"{prefix}:{local}"
        return match.group(0)

    return re.sub(r"<([^<>\s]+)>", repl, text)


def iri_text(text: str) -> str:
    """An IRI as a reader sees it: prefixed where a prefix is known, else in ``<…>``."""
    return compact_iris(f"<{text}>")


def path_text(path: str) -> str:
    """A SHACL path (an IRI or a path expression) with its IRIs prefixed."""
    return compact_iris(path if path.startswith(("<", "^", "(")) else f"<{path}>")


def rule_id(shape: str) -> str:
    """A short rule id for a shape: ``dksh:Fact-evidence``, ``check:yaml-syntax``, or the IRI."""
    compact = iri_text(shape)
    return compact if compact != f"<{shape}>" else shape


def location_text(finding: Finding) -> str:
    """Where a finding is: ``file:line:column`` (as far as known)."""
    loc = finding.file or finding.source
    if finding.line is not None:
        loc += f":{finding.line}"
        if finding.column is not None:
            loc += f":{finding.column}"
    return loc


def baseline_status(run: ValidationRun, finding: Finding) -> str | None:
    """``"new"`` or ``"known"`` against the run's baseline; ``None`` without one."""
    if run.baseline is None:
        return None
    return "new" if run.baseline.is_new(finding) else "known"


def summary_line(run: ValidationRun) -> str:
    """One line: what was validated, whether it conforms, and the counts per severity."""
    articles = sum(1 for u in run.units if u.kind == "article")
    rdf = sum(1 for u in run.units if u.kind == "rdf")
    what = [f"{articles} article{'s' if articles != 1 else ''}"]
    if rdf:
        what.append(f"{rdf} RDF file{'s' if rdf != 1 else ''}")
    skipped = f" ({run.skipped} unchanged, not validated)" if run.skipped else ""
    counts = ", ".join(f"{run.count(s)} {s.lower()}s" for s in SEVERITIES)
    verdict = "conforms" if run.conforms else "does not conform"
    return f"{' and '.join(what)}{skipped}: {verdict} ({counts})"


def baseline_line(comparison: BaselineComparison) -> str:
    """One line: findings new, fixed and still present against the baseline."""
    return (
        f"baseline: {len(comparison.new)} new, {len(comparison.fixed)} fixed, "
        f"{len(comparison.present)} still present"
    )


def closing_lines(lines: list[str], run: ValidationRun) -> str:
    """A line report's text: ``lines``, then the summary and the baseline's line."""
    lines.append(summary_line(run))
    if run.baseline is not None:
        lines.append(baseline_line(run.baseline))
    return "\n".join(lines) + "\n"


def quoted(text: str, limit: int = 80) -> str:
    """A text on one line, cut to ``limit`` characters, in double quotes."""
    text = " ".join(text.split())
    return json.dumps(text if len(text) <= limit else text[: limit - 1] + "…", ensure_ascii=False)


def relative_path(path: str) -> str:
    """``path`` relative to the working directory where it lies inside it, with ``/``."""
    p = Path(path)
    if p.is_absolute():
        try:
            p = p.relative_to(Path.cwd())
        except ValueError:
            return p.as_posix()
    return p.as_posix().removeprefix("./")


def unique_findings(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    """Findings in output order, each once.

    A SHACL result on a node that several articles restate (an entity) is
    found once per article; it is kept once, at its first place.
    """
    unique: dict[tuple[Any, ...], Finding] = {}
    for f in sorted(findings, key=Finding.sort_key):
        where = (f.file, f.line, f.column, f.message) if f.is_check else ()
        unique.setdefault((*f.key, *where), f)
    return tuple(sorted(unique.values(), key=Finding.sort_key))
