"""The ``junit`` report: JUnit XML, one test suite per article or RDF file."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from diplokg.validation.findings import (
    Finding,
    ValidationRun,
    baseline_status,
    failing_findings,
    iri_text,
    location_text,
    path_text,
    quoted,
    rule_id,
)

__all__ = ["junit_report"]


def junit_report(run: ValidationRun, fail_on: str) -> str:
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
                name=f"{rule_id(f.shape)} {iri_text(f.focus)}",
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
                status = baseline_status(run, f)
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
    lines = [
        f"{location_text(f)}: {f.message}",
        f"shape {iri_text(f.shape)}",
        f"focus {iri_text(f.focus)}",
    ]
    if f.path:
        lines.append(f"path {path_text(f.path)}")
    if f.value is not None:
        lines.append(f"value {f.value_term or repr(f.value)}")
    if f.span is not None:
        lines.append(f"text [{f.span.begin}:{f.span.end}] {quoted(f.span.text)}")
    return "\n".join(lines)
