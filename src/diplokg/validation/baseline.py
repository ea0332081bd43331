"""A baseline: the findings accepted once, so that a run reports only new ones."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from pathlib import Path

from diplokg.errors import InputError
from diplokg.model.limits import load_json
from diplokg.model.yamlsrc import read_text
from diplokg.rdf.output import write_atomic
from diplokg.validation.findings import (
    BaselineComparison,
    BaselineEntry,
    Finding,
)

__all__ = ["baseline_entry", "compare_baseline", "load_baseline", "write_baseline"]


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


def baseline_entry(f: Finding) -> BaselineEntry:
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
    entries.update((f.fingerprint, baseline_entry(f)) for f in findings)
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
