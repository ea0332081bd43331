"""Error classes seen on invented probe articles (probe 4), each in sentences written here.

Every case is a text and one fact it must yield (``present``) or must not; the facts are
read back through :func:`diplokg.evaluate.predict.predict` as the evaluation reads them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from diplokg.evaluate.items import FactSet
from diplokg.evaluate.predict import predict
from diplokg.extract import extract_annotation

TUE = dt.date(2026, 2, 10)  # a Tuesday

STATES = (
    "Arvelia and Doskara are neighbours on the Tamsin river. "
    "Arvelia's government and Doskara's government have quarrelled for a decade.\n\n"
)


def _facts(text: str) -> FactSet:
    draft = extract_annotation(text, article_id="t", published=TUE, publisher="Wire")
    return predict(draft.annotation, text=text, published=TUE)


def _positions(f: FactSet) -> set[tuple[object, ...]]:
    return {(p.name.name, r.role.lower()) for p in f.persons for r in p.roles}


def _meetings(f: FactSet) -> set[tuple[object, ...]]:
    return {(frozenset(p.name for p in m.participants), m.date) for m in f.meetings}


def _abouts(f: FactSet) -> set[tuple[object, ...]]:
    return {(a.accuser.name, a.accused.name, a.about.strip('"“”')) for a in f.accusations}


def _accusers(f: FactSet) -> set[tuple[object, ...]]:
    return {(a.accuser.name, a.accused.name) for a in f.accusations}


READ: dict[str, Callable[[FactSet], set[tuple[object, ...]]]] = {
    "positions": _positions,
    "meetings": _meetings,
    "abouts": _abouts,
    "accusers": _accusers,
}


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    kind: str
    fact: tuple[object, ...]
    present: bool = True


CASES = [
    # -- 1: ", a <role> said" is a reporting clause, no apposition of the name before it
    Case(
        "a-demonym-diplomat-said-is-no-apposition",
        STATES + "Rell will meet Doskaran Prime Minister Oren Vask, an Arvelian diplomat "
        "said on Monday.",
        "positions",
        ("Oren Vask", "diplomat"),
        present=False,
    ),
    Case(
        "a-senior-official-told-is-no-apposition",
        STATES + "The talks were cancelled by President Lena Dorr, a senior Doskaran "
        "official told reporters.",
        "positions",
        ("Lena Dorr", "official"),
        present=False,
    ),
    Case(
        "a-ministry-spokesman-added-is-no-apposition",
        STATES + "Aid will reach Doskaran Foreign Minister Tiber Kolm, an Arvelian "
        "ministry spokesman added.",
        "positions",
        ("Tiber Kolm", "ministry spokesman"),
        present=False,
    ),
    Case(
        "an-apposition-closed-by-a-comma-stays",
        STATES + "Tiber Kolm, an Arvelian diplomat, said the border would reopen.",
        "positions",
        ("Tiber Kolm", "diplomat"),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_probe4_class(case: Case) -> None:
    found = READ[case.kind](_facts(case.text))
    if case.present:
        assert case.fact in found, found
    else:
        assert case.fact not in found, found
