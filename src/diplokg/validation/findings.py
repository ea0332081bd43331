"""Validation results a reviewer can act on, in the formats CI systems read.

A :class:`Finding` is one problem: a SHACL validation result or a check that
ran before SHACL (YAML syntax, evidence not found, unknown ids, …). Besides
the SHACL fields (shape, severity, focus node, path, value, message) it names
the annotation file, line and column that produced the focus node, and the
stretch of the article's text the node was read from. (A SHACL engine's own
result, unplaced, is :class:`diplokg.validation.shacl.ValidationResult`; a finding is
one placed in the sources, which is why it is a type of its own.)

:func:`format_run` writes a :class:`ValidationRun` as

- ``text``: one block per finding, ``file:line:col: Severity [shape] message``;
- ``json``: one object per result under ``"results"``, with a summary;
- ``junit``: JUnit XML, one test suite per article or RDF file;
- ``github``: GitHub Actions workflow commands (``::error file=…,line=…::…``);
- ``sarif``: SARIF 2.1.0 for GitHub code scanning;
- ``turtle``: the W3C SHACL validation report graph, each result carrying its
  file, line and text span (``dkv:`` properties).
"""

from __future__ import annotations

import hashlib
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

from rdflib import RDF, XSD, BNode, Graph, Namespace, URIRef
from rdflib import Literal as RdfLiteral
from rdflib.term import Node
from rdflib.util import from_n3

from diplokg import __version__
from diplokg.rdf.terms import NIF, PREFIXES, SEVERITIES, SH

__all__ = [
    "CHECK",
    "DKV",
    "REPORT_FORMATS",
    "BaselineComparison",
    "BaselineEntry",
    "Finding",
    "Span",
    "UnitSummary",
    "ValidationRun",
    "failing_findings",
    "format_run",
    "report_graph",
    "sarif_log",
    "severity_at_or_above",
    "unique_findings",
]

#: The formats :func:`format_run` writes.
REPORT_FORMATS = ("text", "json", "junit", "github", "sarif", "turtle")

#: Checks that run before SHACL are named like shapes, in this namespace.
CHECK = Namespace("https://w3id.org/diplokg/checks#")
#: Properties that place a SHACL result in the annotation files and the article text.
DKV = Namespace("https://w3id.org/diplokg/validation#")

_SHAPES_NS = "https://w3id.org/diplokg/shapes#"
_SEVERITY_RANK = {s: i for i, s in enumerate(SEVERITIES)}
_SARIF_LEVEL = {"Violation": "error", "Warning": "warning", "Info": "note"}
_GITHUB_COMMAND = {"Violation": "error", "Warning": "warning", "Info": "notice"}

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
class Finding:
    """One problem: a SHACL result or a pre-SHACL check, placed in the source files."""

    severity: str
    shape: str
    focus: str
    path: str | None
    value: str | None
    message: str
    constraint: str
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
        """True if there is no finding at all."""
        return not self.findings


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


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------


def _compact(text: str) -> str:
    """``<https://w3id.org/diplokg/ontology#name>`` → ``dk:name`` (also inside paths)."""

    def repl(match: re.Match[str]) -> str:
        iri = match.group(1)
        for prefix, ns in (("dksh", _SHAPES_NS), ("check", str(CHECK)), *PREFIXES.items()):
            local = iri.removeprefix(ns)
            if local != iri and re.fullmatch(r"[A-Za-z0-9_][\w.\-/]*", local):
                return f"{prefix}:{local}"
        return match.group(0)

    return re.sub(r"<([^<>\s]+)>", repl, text)


def _iri(text: str) -> str:
    return _compact(f"<{text}>")


def _path_text(path: str) -> str:
    return _compact(path if path.startswith(("<", "^", "(")) else f"<{path}>")


def rule_id(shape: str) -> str:
    """A short rule id for a shape: ``dksh:Fact-evidence``, ``check:yaml-syntax``, or the IRI."""
    compact = _iri(shape)
    return compact if compact != f"<{shape}>" else shape


def _location(finding: Finding) -> str:
    loc = finding.file or finding.source
    if finding.line is not None:
        loc += f":{finding.line}"
        if finding.column is not None:
            loc += f":{finding.column}"
    return loc


def _status(run: ValidationRun, finding: Finding) -> str | None:
    if run.baseline is None:
        return None
    return "new" if run.baseline.is_new(finding) else "known"


def _summary_line(run: ValidationRun) -> str:
    articles = sum(1 for u in run.units if u.kind == "article")
    rdf = sum(1 for u in run.units if u.kind == "rdf")
    what = [f"{articles} article{'s' if articles != 1 else ''}"]
    if rdf:
        what.append(f"{rdf} RDF file{'s' if rdf != 1 else ''}")
    skipped = f" ({run.skipped} unchanged, not validated)" if run.skipped else ""
    counts = ", ".join(f"{run.count(s)} {s.lower()}s" for s in SEVERITIES)
    verdict = "conforms" if run.conforms else "does not conform"
    return f"{' and '.join(what)}{skipped}: {verdict} ({counts})"


def _baseline_line(comparison: BaselineComparison) -> str:
    return (
        f"baseline: {len(comparison.new)} new, {len(comparison.fixed)} fixed, "
        f"{len(comparison.present)} still present"
    )


# ---------------------------------------------------------------------------
# text
# ---------------------------------------------------------------------------


def _text(run: ValidationRun) -> str:
    lines: list[str] = []
    for f in run.findings:
        status = _status(run, f)
        tag = f" ({status})" if status else ""
        lines.append(f"{_location(f)}: {f.severity}{tag} [{rule_id(f.shape)}] {f.message}")
        detail = [f"focus {_iri(f.focus)}"]
        if f.path:
            detail.append(f"path {_path_text(f.path)}")
        if f.value is not None:
            detail.append(f"value {_compact(f.value_term) if f.value_term else repr(f.value)}")
        lines.append("    " + "  ".join(detail))
        if f.span is not None:
            s = f.span
            lines.append(
                f"    text {s.file}:{s.line}:{s.column} [{s.begin}:{s.end}] {_quote(s.text)}"
            )
    if run.baseline is not None:
        for entry in run.baseline.fixed:
            where = entry.file or entry.source
            if entry.line is not None:
                where += f":{entry.line}"
            lines.append(f"{where}: fixed [{rule_id(entry.shape)}] {entry.message}")
    lines.append(_summary_line(run))
    if run.baseline is not None:
        lines.append(_baseline_line(run.baseline))
    return "\n".join(lines) + "\n"


def _quote(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return json.dumps(text if len(text) <= limit else text[: limit - 1] + "…", ensure_ascii=False)


# ---------------------------------------------------------------------------
# json
# ---------------------------------------------------------------------------


def _finding_json(run: ValidationRun, f: Finding) -> dict[str, Any]:
    return {
        "severity": f.severity,
        "shape": f.shape,
        "focus": f.focus,
        "path": f.path,
        "value": f.value,
        "message": f.message,
        "constraint": f.constraint,
        "file": f.file,
        "line": f.line,
        "column": f.column,
        "span": (
            None
            if f.span is None
            else {
                "begin": f.span.begin,
                "end": f.span.end,
                "text": f.span.text,
                "file": f.span.file,
                "line": f.span.line,
                "column": f.span.column,
            }
        ),
        "source": f.source,
        "fingerprint": f.fingerprint,
        "baseline": _status(run, f),
    }


def _json(run: ValidationRun, fail_on: str) -> str:
    doc: dict[str, Any] = {
        "tool": {"name": "diplokg", "version": __version__},
        "conforms": run.conforms,
        "failed": bool(failing_findings(run, fail_on)),
        "summary": {
            "articles": sum(1 for u in run.units if u.kind == "article"),
            "rdf_files": sum(1 for u in run.units if u.kind == "rdf"),
            "skipped": run.skipped,
            **{f"{s.lower()}s": run.count(s) for s in SEVERITIES},
        },
        "baseline": (
            None
            if run.baseline is None
            else {
                "new": len(run.baseline.new),
                "fixed": len(run.baseline.fixed),
                "present": len(run.baseline.present),
            }
        ),
        "results": [_finding_json(run, f) for f in run.findings],
        "fixed": [
            {
                "fingerprint": e.fingerprint,
                "severity": e.severity,
                "shape": e.shape,
                "focus": e.focus,
                "message": e.message,
                "source": e.source,
                "file": e.file,
                "line": e.line,
            }
            for e in (run.baseline.fixed if run.baseline else ())
        ],
    }
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


# ---------------------------------------------------------------------------
# junit
# ---------------------------------------------------------------------------


def _junit(run: ValidationRun, fail_on: str) -> str:
    failing = {f.fingerprint for f in failing_findings(run, fail_on)}
    by_source: dict[str, list[Finding]] = {u.source: [] for u in run.units}
    for f in run.findings:
        by_source.setdefault(f.source, []).append(f)
    root = ET.Element("testsuites", name="diplokg validate")
    total = failures = 0
    for source, findings in by_source.items():
        suite = ET.SubElement(root, "testsuite", name=source)
        suite_failures = 0
        if not findings:
            ET.SubElement(suite, "testcase", classname=source, name="conforms", file=source)
        for f in findings:
            case = ET.SubElement(
                suite,
                "testcase",
                classname=source,
                name=f"{rule_id(f.shape)} {_iri(f.focus)}",
                file=f.file or f.source,
            )
            if f.line is not None:
                case.set("line", str(f.line))
            detail = _junit_detail(f)
            if f.fingerprint in failing:
                suite_failures += 1
                failure = ET.SubElement(case, "failure", message=f.message, type=f.severity)
                failure.text = detail
            else:
                status = _status(run, f)
                note = ET.SubElement(case, "system-out")
                note.text = f"{f.severity}{f' ({status})' if status else ''}: {detail}"
        cases = max(1, len(findings))
        suite.set("tests", str(cases))
        suite.set("failures", str(suite_failures))
        suite.set("errors", "0")
        total += cases
        failures += suite_failures
    root.set("tests", str(total))
    root.set("failures", str(failures))
    root.set("errors", "0")
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def _junit_detail(f: Finding) -> str:
    lines = [f"{_location(f)}: {f.message}", f"shape {_iri(f.shape)}", f"focus {_iri(f.focus)}"]
    if f.path:
        lines.append(f"path {_path_text(f.path)}")
    if f.value is not None:
        lines.append(f"value {f.value_term or repr(f.value)}")
    if f.span is not None:
        lines.append(f"text [{f.span.begin}:{f.span.end}] {_quote(f.span.text)}")
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# github
# ---------------------------------------------------------------------------


def _gh_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_prop(text: str) -> str:
    return _gh_data(text).replace(":", "%3A").replace(",", "%2C")


def _github(run: ValidationRun) -> str:
    lines: list[str] = []
    for f in run.findings:
        if run.baseline is not None and not run.baseline.is_new(f):
            continue  # known results stay quiet; the summary counts them
        props = [f"file={_gh_prop(_relative(f.file or f.source))}"]
        if f.line is not None:
            props.append(f"line={f.line}")
            if f.column is not None:
                props.append(f"col={f.column}")
        props.append(f"title={_gh_prop(f'{f.severity} {rule_id(f.shape)}')}")
        message = f.message + f"\nfocus {_iri(f.focus)}"
        if f.path:
            message += f"  path {_path_text(f.path)}"
        if f.value is not None:
            message += f"  value {f.value_term or repr(f.value)}"
        if f.span is not None:
            message += f"\ntext [{f.span.begin}:{f.span.end}] {_quote(f.span.text)}"
        lines.append(f"::{_GITHUB_COMMAND[f.severity]} {','.join(props)}::{_gh_data(message)}")
    lines.append(_summary_line(run))
    if run.baseline is not None:
        lines.append(_baseline_line(run.baseline))
    return "\n".join(lines) + "\n"


def _relative(path: str) -> str:
    """``path`` relative to the working directory where it lies inside it, with ``/``."""
    p = Path(path)
    if p.is_absolute():
        try:
            p = p.relative_to(Path.cwd())
        except ValueError:
            return p.as_posix()
    return p.as_posix().removeprefix("./")


# ---------------------------------------------------------------------------
# sarif
# ---------------------------------------------------------------------------


def sarif_log(run: ValidationRun) -> dict[str, Any]:
    """The run as a SARIF 2.1.0 log (a JSON-ready dict) for GitHub code scanning."""
    rules: dict[str, dict[str, Any]] = {}
    for f in run.findings:
        rid = rule_id(f.shape)
        if rid in rules:
            continue
        rule: dict[str, Any] = {
            "id": rid,
            "name": re.sub(r"[^A-Za-z0-9]+", "", rid.split(":")[-1].title()) or "Rule",
            "shortDescription": {"text": _first_sentence(f.message)},
            "fullDescription": {"text": f.message},
            "defaultConfiguration": {"level": _SARIF_LEVEL[f.severity]},
            "properties": {"tags": ["diplokg", "check" if f.is_check else "shacl"]},
        }
        if f.shape.startswith(("http://", "https://")):
            rule["helpUri"] = f.shape
        rules[rid] = rule
    rule_index = {rid: i for i, rid in enumerate(rules)}
    results = [_sarif_result(run, f, rule_index) for f in run.findings]
    return {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "diplokg",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "informationUri": "https://w3id.org/diplokg",
                        "rules": list(rules.values()),
                    }
                },
                "columnKind": "unicodeCodePoints",
                "originalUriBaseIds": {"%SRCROOT%": {"uri": Path.cwd().as_uri() + "/"}},
                "results": results,
            }
        ],
    }


def _first_sentence(text: str) -> str:
    head = re.split(r"(?<=[.:;])\s", text, maxsplit=1)[0]
    return head if len(head) <= 200 else head[:199] + "…"


def _artifact(path: str) -> dict[str, Any]:
    rel = _relative(path)
    if Path(rel).is_absolute():
        return {"uri": Path(rel).as_uri()}
    return {"uri": rel, "uriBaseId": "%SRCROOT%"}


def _sarif_result(run: ValidationRun, f: Finding, rule_index: dict[str, int]) -> dict[str, Any]:
    rid = rule_id(f.shape)
    region: dict[str, Any] = {"startLine": f.line or 1}
    if f.column is not None:
        region["startColumn"] = f.column
    location: dict[str, Any] = {
        "physicalLocation": {"artifactLocation": _artifact(f.file or f.source), "region": region},
        "logicalLocations": [{"fullyQualifiedName": f.focus, "kind": "object"}],
    }
    text = f.message
    if f.value is not None:
        text += f" (value: {f.value_term or f.value})"
    result: dict[str, Any] = {
        "ruleId": rid,
        "ruleIndex": rule_index[rid],
        "level": _SARIF_LEVEL[f.severity],
        "message": {"text": text},
        "locations": [location],
        "partialFingerprints": {"diplokgResult/v1": f.fingerprint},
        "properties": {
            "severity": f.severity,
            "shape": f.shape,
            "focusNode": f.focus,
            "resultPath": f.path,
            "value": f.value,
            "constraint": f.constraint,
            "source": f.source,
        },
    }
    if f.span is not None:
        s = f.span
        result["relatedLocations"] = [
            {
                "id": 1,
                "message": {"text": "the article text this was read from"},
                "physicalLocation": {
                    "artifactLocation": _artifact(s.file),
                    "region": {
                        "startLine": s.line,
                        "startColumn": s.column,
                        "charOffset": s.begin,
                        "charLength": s.end - s.begin,
                        "snippet": {"text": s.text},
                    },
                },
            }
        ]
    if run.baseline is not None:
        result["baselineState"] = "new" if run.baseline.is_new(f) else "unchanged"
    return result


# ---------------------------------------------------------------------------
# turtle: the W3C SHACL validation report
# ---------------------------------------------------------------------------


def _node(text: str) -> Node:
    return BNode(text[2:]) if text.startswith("_:") else URIRef(text)


def _copy_path(shapes: Graph, node: Node, into: Graph) -> Node:
    """Copy a SHACL path (an IRI, or a blank-node structure) from the shapes graph."""
    if not isinstance(node, BNode):
        return node
    copy = BNode()
    for p, o in shapes.predicate_objects(node):
        into.add((copy, p, _copy_path(shapes, o, into)))
    return copy


def report_graph(run: ValidationRun, *, shapes: Graph | None = None) -> Graph:
    """The W3C SHACL validation report of the run, with file, line and span of each result.

    ``shapes`` supplies the ``sh:path`` of property shapes whose path is not a
    plain IRI (``[ sh:inversePath dk:article ]``).
    """
    g = Graph()
    g.bind("sh", SH)
    g.bind("dkv", DKV)
    g.bind("dksh", _SHAPES_NS)
    g.bind("check", CHECK)
    g.bind("nif", NIF)
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    report = BNode()
    g.add((report, RDF.type, SH.ValidationReport))
    g.add((report, SH.conforms, RdfLiteral(run.conforms)))
    for f in run.findings:
        r = BNode()
        g.add((report, SH.result, r))
        g.add((r, RDF.type, SH.ValidationResult))
        g.add((r, SH.resultSeverity, SH[f.severity]))
        g.add((r, SH.sourceShape, _node(f.shape)))
        g.add((r, SH.focusNode, _node(f.focus)))
        component = f.shape if f.is_check else str(SH) + f.constraint
        g.add((r, SH.sourceConstraintComponent, URIRef(component)))
        g.add((r, SH.resultMessage, RdfLiteral(f.message)))
        path = _result_path(f, shapes, g)
        if path is not None:
            g.add((r, SH.resultPath, path))
        if f.value_term is not None:
            term = from_n3(f.value_term)
            if isinstance(term, Node):
                g.add((r, SH.value, term))
        elif f.value is not None:
            g.add((r, SH.value, RdfLiteral(f.value)))
        g.add((r, DKV.source, RdfLiteral(f.source)))
        if f.file is not None:
            g.add((r, DKV.file, RdfLiteral(f.file)))
        if f.line is not None:
            g.add((r, DKV.line, RdfLiteral(f.line, datatype=XSD.positiveInteger)))
        if f.column is not None:
            g.add((r, DKV.column, RdfLiteral(f.column, datatype=XSD.positiveInteger)))
        if f.span is not None:
            span = BNode()
            g.add((r, DKV.span, span))
            g.add((span, NIF.beginIndex, RdfLiteral(f.span.begin, datatype=XSD.nonNegativeInteger)))
            g.add((span, NIF.endIndex, RdfLiteral(f.span.end, datatype=XSD.nonNegativeInteger)))
            g.add((span, NIF.anchorOf, RdfLiteral(f.span.text)))
            g.add((span, DKV.file, RdfLiteral(f.span.file)))
            g.add((span, DKV.line, RdfLiteral(f.span.line, datatype=XSD.positiveInteger)))
        if run.baseline is not None:
            g.add((r, DKV.baseline, RdfLiteral(_status(run, f))))
    return g


def _result_path(f: Finding, shapes: Graph | None, g: Graph) -> Node | None:
    if f.path is None:
        return None
    if shapes is not None and not f.shape.startswith("_:"):
        declared = shapes.value(URIRef(f.shape), SH.path)
        if declared is not None:
            return _copy_path(shapes, declared, g)
    if not f.path.startswith(("<", "^", "(")):
        return URIRef(f.path)
    return None


# ---------------------------------------------------------------------------
# Entry point
# ---------------------------------------------------------------------------


def format_run(
    run: ValidationRun,
    fmt: str,
    *,
    fail_on: str = "violation",
    shapes: Graph | None = None,
) -> str:
    """Write ``run`` in one of :data:`REPORT_FORMATS`."""
    if fmt == "text":
        return _text(run)
    if fmt == "json":
        return _json(run, fail_on)
    if fmt == "junit":
        return _junit(run, fail_on)
    if fmt == "github":
        return _github(run)
    if fmt == "sarif":
        return json.dumps(sarif_log(run), indent=2, ensure_ascii=False) + "\n"
    if fmt == "turtle":
        return report_graph(run, shapes=shapes).serialize(format="turtle")
    raise ValueError(f"unknown report format {fmt!r}")


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
