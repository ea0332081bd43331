"""Error classes seen on invented probe articles (probe 4), data-driven over
tests/data/extract-classes/probe4.yaml: each case a text and one fact it must yield (or
must not), read back through :func:`diplokg.evaluate.predict.predict` as the evaluation
reads it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
import yaml

from diplokg.evaluate.items import FactSet
from diplokg.evaluate.predict import predict
from diplokg.extract import extract_annotation
from tests.conftest import DATA

TUE = dt.date(2026, 2, 10)  # a Tuesday
STATES = (
    "Arvelia and Doskara are neighbours on the Tamsin river. "
    "Arvelia's government and Doskara's government have quarrelled for a decade.\n\n"
)
CASES: list[dict[str, Any]] = yaml.safe_load(
    (DATA / "extract-classes" / "probe4.yaml").read_text(encoding="utf-8")
)


def _positions(f: FactSet) -> set[object]:
    return {(p.name.name, r.role.lower()) for p in f.persons for r in p.roles}


def _meetings(f: FactSet) -> set[object]:
    return {(frozenset(p.name for p in m.participants), m.date) for m in f.meetings}


def _abouts(f: FactSet) -> set[object]:
    return {(a.accuser.name, a.accused.name, a.about.strip('"“”')) for a in f.accusations}


def _accusers(f: FactSet) -> set[object]:
    return {(a.accuser.name, a.accused.name) for a in f.accusations}


def _persons(f: FactSet) -> set[object]:
    return {(p.name.name,) for p in f.persons}


READ: dict[str, Callable[[FactSet], set[object]]] = {
    "persons": _persons,
    "positions": _positions,
    "meetings": _meetings,
    "abouts": _abouts,
    "accusers": _accusers,
}


def _fact(case: dict[str, Any]) -> object:
    fact = case["fact"]
    if case["read"] == "meetings":  # participants are a set
        return (frozenset(fact[0]), fact[1])
    return tuple(fact)


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"class{c['class']}-{c['id']}")
def test_probe4_class(case: dict[str, Any]) -> None:
    text = STATES + case["text"]
    draft = extract_annotation(text, article_id="t", published=TUE, publisher="Wire")
    found = READ[case["read"]](predict(draft.annotation, text=text, published=TUE))
    assert (_fact(case) in found) is case["present"], found
