"""A validation run written in any of the report formats (:func:`format_run`)."""

from __future__ import annotations

import json

from rdflib import Graph

from diplokg.validation.findings import ValidationRun
from diplokg.validation.report.github import github_report
from diplokg.validation.report.json import json_report
from diplokg.validation.report.junit import junit_report
from diplokg.validation.report.sarif import sarif_log
from diplokg.validation.report.text import text_report
from diplokg.validation.report.turtle import report_graph

__all__ = ["REPORT_FORMATS", "format_run"]


#: The formats :func:`format_run` writes.
REPORT_FORMATS = ("text", "json", "junit", "github", "sarif", "turtle")


def format_run(
    run: ValidationRun,
    fmt: str,
    *,
    fail_on: str = "violation",
    shapes: Graph | None = None,
) -> str:
    """Write ``run`` in one of :data:`REPORT_FORMATS`."""
    if fmt == "text":
        return text_report(run)
    if fmt == "json":
        return json_report(run, fail_on)
    if fmt == "junit":
        return junit_report(run, fail_on)
    if fmt == "github":
        return github_report(run)
    if fmt == "sarif":
        return json.dumps(sarif_log(run), indent=2, ensure_ascii=False) + "\n"
    if fmt == "turtle":
        return report_graph(run, shapes=shapes).serialize(format="turtle")
    raise ValueError(f"unknown report format {fmt!r}")
