"""The curve that turns a rule's record on familiar copy into a confidence on unseen text."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from diplokg.evaluate.scoring import Judged, fit_precision_curve
from diplokg.extract import draft

ROOT = Path(__file__).resolve().parents[2]
HELD_OUT = ROOT / "benchmarks" / "data" / "held-out-judged.jsonl"
CHECK = ROOT / "benchmarks" / "data" / "held-out-check.jsonl"


def judged(*facts: tuple[float, bool]) -> list[Judged]:
    return [Judged("roles", c, "r", right) for c, right in facts]


def read_held_out() -> list[Judged]:
    rows = [json.loads(line) for line in HELD_OUT.read_text(encoding="utf-8").splitlines()]
    return [Judged(r["kind"], r["confidence"], r["rule"], r["right"]) for r in rows]


def test_the_drafted_curve_is_the_fit_of_the_committed_held_out_facts() -> None:
    curve = fit_precision_curve(read_held_out())
    assert tuple((p.confidence, p.precision) for p in curve) == draft._UNSEEN_TEXT_CURVE


def test_the_fit_and_its_check_are_labelled_parts_and_share_none() -> None:
    def parts(path: Path) -> set[str]:
        lines = path.read_text(encoding="utf-8").splitlines()
        return {json.loads(line)["part"] for line in lines}

    fitted, checked = parts(HELD_OUT), parts(CHECK)
    # One label per part, "part@commit" (a letter, or after Z a digit and a letter: 2a):
    # the commit whose rules had never seen it.
    for labels in (fitted, checked):
        names = [p.split("@")[0] for p in labels]
        assert len(set(names)) == len(labels), labels
        assert all(re.fullmatch(r"[0-9]?[a-z]@[0-9a-f]{7,40}", p) for p in labels), labels
    assert len(fitted) >= 5 and len(checked) >= 2
    # The curve is checked on parts it was not fitted on.
    assert not {p.split("@")[0] for p in fitted} & {p.split("@")[0] for p in checked}


def test_a_fitted_curve_never_falls_and_rests_on_enough_facts() -> None:
    curve = fit_precision_curve(read_held_out())
    assert [p.confidence for p in curve] == sorted(p.confidence for p in curve)
    assert [p.precision for p in curve] == sorted(p.precision for p in curve)
    assert all(p.facts >= 10 for p in curve)
    assert sum(p.facts for p in curve) == len(read_held_out())


def test_lower_confidence_right_more_often_is_pooled_with_its_neighbour() -> None:
    facts = judged(*[(0.6, True)] * 3, *[(0.9, False)] * 3, *[(0.95, True)] * 4)
    curve = fit_precision_curve(facts, min_facts=1)
    # 0.6 (3 of 3) and 0.9 (0 of 3) violate the order: pooled into one step of 3 of 6.
    assert [(p.confidence, p.facts) for p in curve] == [(0.75, 6), (0.95, 4)]
    assert curve[0].precision == pytest.approx(4 / 8, abs=1e-3)
    assert curve[1].precision == pytest.approx(5 / 6, abs=1e-3)


def test_facts_of_one_confidence_form_one_step_whatever_their_order() -> None:
    facts = judged((0.9, True), (0.9, False), (0.9, True), (0.95, True), (0.95, True))
    forward = fit_precision_curve(facts, min_facts=1)
    assert forward == fit_precision_curve(facts[::-1], min_facts=1)
    assert [(p.confidence, p.facts) for p in forward] == [(0.9, 3), (0.95, 2)]


def test_small_steps_merge_into_their_smaller_neighbour() -> None:
    facts = judged(*[(0.5, False)] * 10, (0.7, True), *[(0.8, False)] * 2, *[(0.9, True)] * 12)
    # PAV leaves 0.5 (0/10), 0.7-0.8 (1/3), 0.9 (12/12); the middle step is too small and
    # joins the smaller of its neighbours.
    curve = fit_precision_curve(facts, min_facts=5)
    assert [p.facts for p in curve] == [13, 12]
    tie = judged(*[(0.5, False)] * 10, (0.7, True), *[(0.8, False)] * 2, *[(0.9, True)] * 10)
    assert [p.facts for p in fit_precision_curve(tie, min_facts=5)] == [10, 13]


@pytest.mark.parametrize(
    ("record", "expected"),
    [(0.1, 0.2), (0.5, 0.2), (0.7, 0.5), (0.9, 0.8), (0.99, 0.8), (0.6, 0.35)],
)
def test_a_record_maps_along_the_curve_flat_beyond_its_ends(record: float, expected: float) -> None:
    curve = ((0.5, 0.2), (0.7, 0.5), (0.9, 0.8))
    assert draft.on_unseen_text(record, curve) == pytest.approx(expected)


def test_the_drafted_confidence_never_falls_as_the_record_rises() -> None:
    values = [draft.on_unseen_text(x / 100) for x in range(101)]
    assert values == sorted(values)
    assert values[0] > 0 and values[-1] < 1


def test_the_fit_does_not_depend_on_the_order_of_the_facts() -> None:
    # (Facts of one confidence were grouped by comparing a running mean with the next
    # confidence: float drift split 0.98's 48 facts into two steps, differently per order.)
    facts = read_held_out()
    curve = fit_precision_curve(facts)
    assert fit_precision_curve(facts[::-1]) == curve
    assert fit_precision_curve(sorted(facts, key=lambda j: j.right)) == curve
    assert len({p.confidence for p in curve}) == len(curve)


def test_smoothing_never_makes_the_curve_fall() -> None:
    # 1 of 3 right then 11 of 30: rising as counted (0.333, 0.367), but smoothed a small
    # step moves further towards 1/2 (0.4 against 0.375): the two are one step then.
    facts = judged(*[(0.5, i < 1) for i in range(3)], *[(0.6, i < 11) for i in range(30)])
    curve = fit_precision_curve(facts, min_facts=1)
    assert [p.facts for p in curve] == [33]
    assert curve[0].precision == pytest.approx(13 / 35, abs=1e-3)
