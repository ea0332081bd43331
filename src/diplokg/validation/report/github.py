"""The ``github`` report: GitHub Actions workflow commands (``::error file=…,line=…::…``)."""

from __future__ import annotations

from diplokg.validation.findings import (
    ValidationRun,
    closing_lines,
    iri_text,
    path_text,
    quoted,
    relative_path,
    rule_id,
)

__all__ = ["github_report"]


_GITHUB_COMMAND = {"Violation": "error", "Warning": "warning", "Info": "notice"}


def _gh_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_prop(text: str) -> str:
    return _gh_data(text).replace(":", "%3A").replace(",", "%2C")


def github_report(run: ValidationRun) -> str:
    lines: list[str] = []
    for f in run.findings:
        if run.baseline is not None and not run.baseline.is_new(f):
            continue  # known results stay quiet; the summary counts them
        props = [f"file={_gh_prop(relative_path(f.file or f.source))}"]
        if f.line is not None:
            props.append(f"line={f.line}")
            if f.column is not None:
                props.append(f"col={f.column}")
        props.append(f"title={_gh_prop(f'{f.severity} {rule_id(f.shape)}')}")
        message = f.message + f"\nfocus {iri_text(f.focus)}"
        if f.path:
            message += f"  path {path_text(f.path)}"
        if f.value is not None:
            message += f"  value {f.value_term or repr(f.value)}"
        if f.span is not None:
            message += f"\ntext [{f.span.begin}:{f.span.end}] {quoted(f.span.text)}"
        lines.append(f"::{_GITHUB_COMMAND[f.severity]} {','.join(props)}::{_gh_data(message)}")
    return closing_lines(lines, run)
