"""An evaluation run written as a table or as JSON."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from diplokg.evaluate.items import KINDS, MAIN_KINDS
from diplokg.evaluate.run import EvaluationRun
from diplokg.evaluate.scoring import Evaluation, Judged, Score, calibration

__all__ = ["format_evaluation", "run_to_json"]


def _score_json(s: Score) -> dict[str, Any]:
    return {
        "tp": s.tp,
        "fp": s.fp,
        "fn": s.fn,
        "precision": round(s.precision, 4),
        "recall": round(s.recall, 4),
        "f1": round(s.f1, 4),
    }


def _evaluation_json(e: Evaluation, *, errors: bool) -> dict[str, Any]:
    out: dict[str, Any] = {
        "kinds": {k: _score_json(e.scores[k]) for k in KINDS},
        "micro": _score_json(e.micro),
    }
    if e.judged:
        out["calibration"] = [
            {
                "confidence": [b.low, min(b.high, 1.0)],
                "facts": b.facts,
                "right": b.right,
                "precision": round(b.precision, 4),
            }
            for b in calibration(e.judged)
        ]
    if errors:
        out["mismatches"] = [{"kind": m.kind, "side": m.side, "item": m.item} for m in e.mismatches]
    return out


def run_to_json(run: EvaluationRun, *, errors: bool = False) -> str:
    """The run as JSON: per article and in total, every kind's counts and P/R/F1."""
    data = {
        "articles": [
            {
                "article": str(a.article),
                "gold": str(a.gold),
                "source": a.source,
                **_evaluation_json(a.evaluation, errors=errors),
            }
            for a in run.articles
        ],
        "total": _evaluation_json(run.total, errors=False),
    }
    return json.dumps(data, indent=2, ensure_ascii=False)


def _table(e: Evaluation) -> list[str]:
    header = f"{'kind':<22}{'tp':>5}{'fp':>5}{'fn':>5}{'precision':>11}{'recall':>8}{'f1':>7}"
    lines = [header, "-" * len(header)]

    def row(label: str, s: Score) -> str:
        return (
            f"{label:<22}{s.tp:>5}{s.fp:>5}{s.fn:>5}"
            f"{s.precision:>11.3f}{s.recall:>8.3f}{s.f1:>7.3f}"
        )

    for kind in KINDS:
        label = kind if kind in MAIN_KINDS else f"  {kind}"
        lines.append(row(label, e.scores[kind]))
    lines.append("-" * len(header))
    lines.append(row("micro (7 kinds)", e.micro))
    return lines


def format_evaluation(run: EvaluationRun, *, errors: bool = False) -> str:
    """A plain-text report: one line per article, then the table of the total.

    With ``errors``, each article's false positives (``extra``) and false
    negatives (``missed``) are listed under it.
    """
    lines: list[str] = []
    for a in run.articles:
        m = a.evaluation.micro
        lines.append(
            f"{a.article}: micro P {m.precision:.3f} R {m.recall:.3f} F1 {m.f1:.3f} "
            f"(gold {a.gold.name}, {a.source})"
        )
        if errors:
            lines += [f"  {mismatch}" for mismatch in a.evaluation.mismatches]
    if len(run.articles) > 1 or lines:
        lines.append("")
    lines += _table(run.total)
    if run.total.judged:
        lines += ["", *_calibration_table(run.total.judged)]
    return "\n".join(lines) + "\n"


def _calibration_table(judged: Sequence[Judged]) -> list[str]:
    """Precision of the drafted facts (roles, meetings, quotes with their speaker,
    statements, agreements, accusations) per confidence band."""
    header = f"{'confidence':<22}{'facts':>7}{'right':>7}{'precision':>11}"
    lines = [header, "-" * len(header)]
    for b in calibration(judged):
        label = f"{b.low:.1f}-{min(b.high, 1.0):.1f}"
        lines.append(f"{label:<22}{b.facts:>7}{b.right:>7}{b.precision:>11.3f}")
    lines.append("-" * len(header))
    for b in calibration(judged, at_least=0.8):
        lines.append(f"{'>= 0.8':<22}{b.facts:>7}{b.right:>7}{b.precision:>11.3f}")
    return lines
