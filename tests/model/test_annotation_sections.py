"""Each section of an annotation is read by its own reader; what a reader makes of one item."""

from __future__ import annotations

import dataclasses

import pytest

from diplokg.errors import AnnotationError
from diplokg.model.annotation import Accusation, load_annotation
from tests.conftest import DATA

AWKWARD = DATA / "annotation" / "awkward.ann.yaml"


def test_an_accusation_of_several_accused_is_one_per_accused_alike_but_for_id() -> None:
    annotation = load_annotation(AWKWARD)
    c1 = [a for a in annotation.accusations if a.id.startswith("c1-")]
    assert [(a.id, a.accused.key) for a in c1] == [("c1-kostrava", "kostrava"), ("c1-2024", "2024")]
    first, second = (
        {f.name: getattr(a, f.name) for f in dataclasses.fields(Accusation)} for a in c1
    )
    for differing in ("id", "accused"):
        del first[differing], second[differing]
    assert first == second
    assert first["kind"] == "criticism" and first["accuser"].key == "veldania"


def test_a_meeting_of_one_participant_is_refused_after_its_other_fields() -> None:
    text = AWKWARD.read_text(encoding="utf-8")
    bad = (
        "events:\n"
        "  - id: m9\n"
        "    kind: meeting\n"
        "    participants: [veldania]\n"
        "    evidence: criticised\n"
    )
    with pytest.raises(AnnotationError, match="unknown key 'colour' in event 1"):
        load_annotation(AWKWARD, content=text.replace("events:\n", bad + "    colour: red\n", 1))
    with pytest.raises(AnnotationError, match="a meeting needs at least two participants"):
        load_annotation(AWKWARD, content=text.replace("events:\n", bad, 1))
