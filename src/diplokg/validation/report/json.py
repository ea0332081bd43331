"""The ``json`` report: one object per result under ``"results"``, with a summary."""

from __future__ import annotations

import json
from typing import Any

from diplokg import __version__
from diplokg.rdf.terms import SEVERITIES
from diplokg.validation.findings import Finding, ValidationRun, baseline_status, failing_findings

__all__ = ["json_report"]


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
        "baseline": baseline_status(run, f),
    }


def json_report(run: ValidationRun, fail_on: str) -> str:
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
