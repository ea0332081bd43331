"""Extraction quality may not fall back: floors per gold set, measured with ``evaluate``.

Each floor sits a little under what the extractor scores today (README, "Measuring
extraction quality"), so a rule change that trades a set's quality for another's fails
here. The real texts' gold was written before any draft of them was looked at. Parts D to O
of the real set (``d*.txt`` … ``o*.txt``) were each held out to measure how the rules
generalise to unseen texts (``tests/data/real/README-d.md`` … ``README-o.md``) before some
were tuned on: each has its own floor, a little under its score today, so parts A-C keep
theirs.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from diplokg.app.drafting import draft_annotation
from diplokg.evaluate.run import evaluate_paths
from tests.conftest import DATA


@dataclass(frozen=True)
class Floor:
    folder: str
    micro_f1: float
    #: Every kind with something to find keeps at least this precision.
    precision: float
    #: Recall floors of the kinds named.
    recall: tuple[tuple[str, float], ...]
    #: The articles of the folder this floor scores.
    files: str = "*.txt"


FLOORS = [
    Floor(
        "dev",
        0.90,
        0.90,
        (("meetings", 0.76), ("quotes", 0.87), ("statements", 0.80), ("accusations", 0.62)),
    ),
    Floor(
        "styled",
        0.94,
        0.85,
        (("meetings", 0.72), ("quotes", 0.92), ("statements", 0.88), ("accusations", 0.78)),
    ),
    Floor(
        "real",
        0.90,
        0.90,
        (
            ("quotes", 0.94),
            ("statements", 0.74),
            ("meetings", 0.68),
            ("accusations", 0.62),
            ("agreements", 0.58),
        ),
        files="[abc]*.txt",
    ),
    # Parts D-H were held out: gold written before any draft, first measured with the
    # extractor of ce89118 (micro F1 D 0.692, E 0.658, F 0.607, G 0.627, H 0.765). The rules
    # were then tuned on D and E (0.872, 0.773 after) and F and G were partly looked at
    # (0.793, 0.680); H never was (0.787): the README's unseen-text figure.
    Floor("real", 0.91, 0.0, (), files="d*.txt"),
    Floor("real", 0.81, 0.0, (), files="e*.txt"),
    Floor("real", 0.90, 0.0, (), files="f*.txt"),
    Floor("real", 0.76, 0.0, (), files="g*.txt"),
    Floor("real", 0.82, 0.0, (), files="h*.txt"),
    Floor("real", 0.80, 0.0, (), files="i*.txt"),
    Floor("real", 0.89, 0.0, (), files="j*.txt"),
    # L was held out until the fourth session of 2026-12-07 (0.710), then tuned on (0.784);
    # M was written in that session and held out (0.729 before and after its rule work).
    # The session of 2026-12-07 (later) tuned on K (0.779, held out four sessions, → 0.919)
    # and M (→ 0.959) and worked on entities across A-M (L 0.789 → 0.803); it wrote part N
    # first and held it out (0.696 at its merge, 0.696 after that rule work), then tuned on
    # it last (0.795).
    Floor("real", 0.89, 0.0, (), files="k*.txt"),
    # The gold files of every part follow tests/data/CONVENTIONS.md since the session of
    # 2026-12-07 (afternoon): L's unnamed officeholders are named by office and its visits
    # placed, which moved it 0.803 -> 0.778; the rules then followed (0.813).
    Floor("real", 0.79, 0.0, (), files="l*.txt"),
    Floor("real", 0.93, 0.0, (), files="m*.txt"),
    Floor("real", 0.77, 0.0, (), files="n*.txt"),
    # O was written at the end of that session and held out (0.688; 0.685 with the rules
    # of f9e7cf8), then tuned on in the session of 2026-12-07 (afternoon) (0.897).
    Floor("real", 0.87, 0.0, (), files="o*.txt"),
    # P was written at the start of that session and held out (0.795 with the rules of
    # e02c998, 0.798 after that session's rounds), then tuned on in the evening session of
    # 2026-12-07 (0.918).
    Floor("real", 0.89, 0.0, (), files="p*.txt"),
    # Q was written at the start of the evening session and held out (0.774 with the rules
    # of 1558308, and not one fact more after the P round), then tuned on (0.905).
    Floor("real", 0.88, 0.0, (), files="q*.txt"),
    # R, written next, was held out through the P and Q rounds (0.602 → 0.605 → 0.667:
    # the Q round's entity classes carried over), then tuned on (0.784).
    Floor("real", 0.75, 0.0, (), files="r*.txt"),
    # S was held out (0.729 with the rules of 1558308, 0.769 after the P and Q rounds, and
    # after the R round), then tuned on.
    Floor("real", 0.74, 0.0, (), files="s*.txt"),
    # T, U and V were held out (0.796, 0.721 and 0.657 with the rules of 0186e0c), then
    # tuned on (0.881, 0.801 and 0.824).
    Floor("real", 0.86, 0.0, (), files="t*.txt"),
    Floor("real", 0.78, 0.0, (), files="u*.txt"),
    Floor("real", 0.80, 0.0, (), files="v*.txt"),
    # W was held out (0.733 with the rules of 0e59beb, 0.737 after three rounds), then
    # tuned on (0.876).
    Floor("real", 0.85, 0.0, (), files="w*.txt"),
    # X was held out (0.737 with the rules of d54564d, 0.743 after a round), then tuned on
    # (0.792).
    Floor("real", 0.77, 0.0, (), files="x*.txt"),
    # Y was held out (0.652 with the rules of d54564d, 0.664 at bb0e19f, 0.661 after a round
    # tuned on X), then tuned on (0.687; 0.732 after the Z round, 0.774 after the 2A round).
    Floor("real", 0.75, 0.0, (), files="y*.txt"),
    # Z was held out (0.790 with the rules of d54564d, 0.795 with those of b28a66b), then
    # tuned on in the session of 2026-12-08 (0.870; 0.880 after the 2A round).
    Floor("real", 0.86, 0.0, (), files="z*.txt"),
    # 2A (the alphabet ran out: its stems begin with a digit, so no letter glob catches
    # them), written at the start of a session of 2026-12-08, was held out (0.730 with the
    # rules of c9bd80f and of f8ea338); tuned on in the next session (0.763).
    Floor("real", 0.74, 0.0, (), files="2a*.txt"),
    # 2B, written at the start of the second session of 2026-12-08, is held out (0.727 with
    # the rules of f8ea338): no rule may be tuned on it.
    Floor("real", 0.70, 0.0, (), files="2b*.txt"),
]


@pytest.mark.parametrize("floor", FLOORS, ids=lambda f: f"{f.folder}:{f.files}")
def test_extraction_stays_above_its_floor(floor: Floor) -> None:
    articles = sorted((DATA / floor.folder).glob(floor.files))
    assert articles, floor
    total = evaluate_paths(articles, draft=draft_annotation).total
    assert total.micro.f1 >= floor.micro_f1, total.micro
    for kind in ("persons", "organizations", "meetings", "quotes", "statements", "accusations"):
        score = total.scores[kind]
        assert score.precision >= floor.precision, (kind, score)
    for kind, recall in floor.recall:
        assert total.scores[kind].recall >= recall, (kind, total.scores[kind])
