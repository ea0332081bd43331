"""Measure how often each extraction rule is right, to set the drafted confidences.

Scores the extractor's drafts of every article with a gold file in the given
folders (default: the development set and the styled test articles) and prints,
per rule, how many facts it drafted and how many the gold confirms, then the
smoothed precision ``(right + 1) / (facts + 2)`` that ``extract/draft.py`` uses as the
rule's confidence (``_MEASURED_CONFIDENCE``), and the calibration table.

    python benchmarks/calibration.py [FOLDER ...]
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

from diplokg.app.drafting import draft_annotation
from diplokg.evaluate.run import evaluate_paths
from diplokg.evaluate.scoring import calibration

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> None:
    folders = [Path(a) for a in argv] or [ROOT / "tests/data/dev", ROOT / "tests/data/styled"]
    judged = evaluate_paths(folders, draft=draft_annotation).total.judged
    by_rule: dict[tuple[str, str], list[bool]] = defaultdict(list)
    for j in judged:
        by_rule[(j.kind, j.rule or "?")].append(j.right)
    print(f"{'kind':<12}{'rule':<58}{'facts':>6}{'right':>6}{'smoothed':>9}")
    for (kind, rule), rights in sorted(by_rule.items()):
        smoothed = (sum(rights) + 1) / (len(rights) + 2)
        print(f"{kind:<12}{rule:<58}{len(rights):>6}{sum(rights):>6}{smoothed:>9.2f}")
    print()
    for b in calibration(judged):
        print(f"{b.low:.1f}-{min(b.high, 1.0):.1f} {b.facts:>5} facts, precision {b.precision:.3f}")
    at = calibration(judged, at_least=0.8)[0]
    print(f">= 0.8   {at.facts:>5} facts, precision {at.precision:.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])
