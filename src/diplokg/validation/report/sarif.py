"""The ``sarif`` report: SARIF 2.1.0 for GitHub code scanning."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from diplokg import __version__
from diplokg.validation.findings import Finding, ValidationRun, relative_path, rule_id

__all__ = ["sarif_log"]


_SARIF_LEVEL = {"Violation": "error", "Warning": "warning", "Info": "note"}


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
    rel = relative_path(path)
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
