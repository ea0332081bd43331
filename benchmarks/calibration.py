"""Measure how often each extraction rule is right, to set the drafted confidences.

Two measurements, two uses (see ``extract/draft.py``):

1. A rule's record on familiar copy. Scores the extractor's drafts of every article
   with a gold file in the given folders or files (default: the development set and
   the styled test articles) and prints, per rule, how many facts it drafted and how
   many the gold confirms, then the smoothed precision ``(right + 1) / (facts + 2)``
   that ``_MEASURED_CONFIDENCE`` holds, and the calibration table::

       python benchmarks/calibration.py [FOLDER-OR-FILE ...]

   ``--dump FILE --part LABEL`` also writes every judged fact as a JSON line (part,
   kind, confidence, rule, right): run it with an older commit's code on a part that
   commit's rules were never tuned on, to collect facts judged on unseen text::

       git worktree add --detach /tmp/at COMMIT
       PYTHONPATH=/tmp/at/src python benchmarks/calibration.py --dump OUT --part s@COMMIT \\
           tests/data/real/s*.txt

2. How a record carries to text from a new outlet. ``--fit FILE …`` fits a
   non-decreasing precision curve (isotonic regression, ``fit_precision_curve``) to
   such dumps and prints it as ``_UNSEEN_TEXT_CURVE``; ``--check FILE …`` prints the
   calibration of other held-out dumps after the curve of the ``--fit`` files::

       python benchmarks/calibration.py --fit benchmarks/data/held-out-judged.jsonl \\
           --check benchmarks/data/held-out-check.jsonl

   ``--fit FILE … --leave-one-part-out`` checks it on each part of the dumps in turn,
   fitted on the others.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from diplokg.evaluate.scoring import Judged, calibration

ROOT = Path(__file__).resolve().parent.parent


def measure(paths: Sequence[Path], *, dump: Path | None, part: str) -> None:
    """Print every rule's record on ``paths``; write the judged facts to ``dump``."""
    from diplokg.app.drafting import draft_annotation
    from diplokg.evaluate.run import evaluate_paths

    judged = evaluate_paths(paths, draft=draft_annotation).total.judged
    by_rule: dict[tuple[str, str], list[bool]] = defaultdict(list)
    for j in judged:
        by_rule[(j.kind, j.rule or "?")].append(j.right)
    print(f"{'kind':<12}{'rule':<58}{'facts':>6}{'right':>6}{'smoothed':>9}")
    for (kind, rule), rights in sorted(by_rule.items()):
        smoothed = (sum(rights) + 1) / (len(rights) + 2)
        print(f"{kind:<12}{rule:<58}{len(rights):>6}{sum(rights):>6}{smoothed:>9.2f}")
    print()
    print_table(judged)
    if dump is not None:
        with dump.open("w", encoding="utf-8") as out:
            for j in judged:
                row = {"part": part, "kind": j.kind, "confidence": j.confidence}
                out.write(json.dumps(row | {"rule": j.rule, "right": j.right}) + "\n")


def read_dumps(files: Sequence[Path]) -> list[Judged]:
    """The judged facts of ``--dump`` files."""
    return [j for _, j in read_parts(files)]


def read_parts(files: Sequence[Path]) -> list[tuple[str, Judged]]:
    """The judged facts of ``--dump`` files, each with its part's label."""
    rows = [json.loads(line) for f in files for line in f.read_text(encoding="utf-8").splitlines()]
    return [(r["part"], Judged(r["kind"], r["confidence"], r["rule"], r["right"])) for r in rows]


def leave_one_part_out(files: Sequence[Path]) -> None:
    """Check the curve on each part in turn, fitted on the other parts only."""
    from diplokg.evaluate.scoring import fit_precision_curve
    from diplokg.extract.draft import on_unseen_text

    labelled = read_parts(files)
    before: list[Judged] = []
    after: list[Judged] = []
    for part in sorted({p for p, _ in labelled}):
        rest = [j for p, j in labelled if p != part]
        points = [(c.confidence, c.precision) for c in fit_precision_curve(rest)]
        held = [j for p, j in labelled if p == part]
        mapped = [
            Judged(j.kind, on_unseen_text(j.confidence, points), j.rule, j.right) for j in held
        ]
        at = calibration(mapped, at_least=0.8)[0]
        print(f"{part:<12} {len(held):>4} facts; >= 0.8 after the curve: ", end="")
        print(f"{at.facts:>3} facts, precision {at.precision:.3f}")
        before += held
        after += mapped
    print("\nevery part, records as confidences:")
    print_table(before)
    print("every part, after the curve fitted on the others:")
    print_table(after)


def print_table(judged: Sequence[Judged]) -> None:
    for b in calibration(judged):
        print(f"{b.low:.1f}-{min(b.high, 1.0):.1f} {b.facts:>5} facts, precision {b.precision:.3f}")
    at = calibration(judged, at_least=0.8)[0]
    print(f">= 0.8   {at.facts:>5} facts, precision {at.precision:.3f}")
    if judged:
        mean = sum(j.confidence for j in judged) / len(judged)
        right = sum(j.right for j in judged) / len(judged)
        brier = sum((j.confidence - j.right) ** 2 for j in judged) / len(judged)
        print(f"mean confidence {mean:.3f}, right {right:.3f}, Brier score {brier:.3f}")


def fit(files: Sequence[Path], checks: Sequence[Path]) -> None:
    """Print the curve fitted to ``files``, and the calibration of ``checks`` after it."""
    from diplokg.evaluate.scoring import fit_precision_curve
    from diplokg.extract.draft import on_unseen_text

    judged = read_dumps(files)
    curve = fit_precision_curve(judged)
    print(f"# fitted on {len(judged)} facts judged on unseen text")
    print("_UNSEEN_TEXT_CURVE: tuple[tuple[float, float], ...] = (")
    for p in curve:
        print(f"    ({p.confidence}, {p.precision}),  # {p.facts} facts")
    print(")")
    if not checks:
        return
    points = [(p.confidence, p.precision) for p in curve]
    checked = read_dumps(checks)
    print(f"\ncheck set, {len(checked)} facts, as drafted:")
    print_table(checked)
    print("check set after the curve:")
    print_table(
        [Judged(j.kind, on_unseen_text(j.confidence, points), j.rule, j.right) for j in checked]
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", type=Path)
    ap.add_argument("--dump", type=Path, help="write the judged facts here (JSON lines)")
    ap.add_argument("--part", default="?", help="label of the dumped facts")
    ap.add_argument("--fit", nargs="+", type=Path, default=[], help="dumps to fit a curve to")
    ap.add_argument("--check", nargs="+", type=Path, default=[], help="dumps to check it on")
    ap.add_argument("--leave-one-part-out", action="store_true", help="with --fit: cross-check")
    args = ap.parse_args()
    if args.fit and args.leave_one_part_out:
        leave_one_part_out(args.fit)
        return
    if args.fit:
        fit(args.fit, args.check)
        return
    paths = args.paths or [ROOT / "tests/data/dev", ROOT / "tests/data/styled"]
    measure(paths, dump=args.dump, part=args.part)


if __name__ == "__main__":
    main()
