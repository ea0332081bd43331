"""The ``text`` report: one block per finding, ``file:line:col: Severity [shape] message``."""

from __future__ import annotations

from diplokg.validation.findings import (
    ValidationRun,
    baseline_status,
    closing_lines,
    compact_iris,
    iri_text,
    location_text,
    path_text,
    quoted,
    rule_id,
)

__all__ = ["text_report"]


def text_report(run: ValidationRun) -> str:
    lines: list[str] = []
    for f in run.findings:
        status = baseline_status(run, f)
        tag = f" ({status})" if status else ""
        lines.append(f"{location_text(f)}: {f.severity}{tag} [{rule_id(f.shape)}] {f.message}")
        detail = [f"focus {iri_text(f.focus)}"]
        if f.path:
            detail.append(f"path {path_text(f.path)}")
        if f.value is not None:
            detail.append(f"value {compact_iris(f.value_term) if f.value_term else repr(f.value)}")
        lines.append("    " + "  ".join(detail))
        if f.span is not None:
            s = f.span
            lines.append(
                f"    text {s.file}:{s.line}:{s.column} [{s.begin}:{s.end}] {quoted(s.text)}"
            )
    if run.baseline is not None:
        for entry in run.baseline.fixed:
            where = entry.file or entry.source
            if entry.line is not None:
                where += f":{entry.line}"
            lines.append(f"{where}: fixed [{rule_id(entry.shape)}] {entry.message}")
    return closing_lines(lines, run)
