"""States no list knows, as invented articles name them: read from how the text uses them.

A state the gazetteer lacks is found from a cue around its name: a titled person "of" it,
"the government of", "the capital of", "the foreign ministers of", or being listed with a
known state. Every sentence is written for this file; the negatives are the look-alikes
(a city and its state, cities listed together, a person's surname) that must stay what they
are.
"""

from __future__ import annotations

import datetime as dt

import pytest

from diplokg.extract import extract_annotation
from diplokg.model.annotation import Annotation

DAY = dt.date(2025, 3, 14)


def draft(text: str) -> Annotation:
    return extract_annotation(text, article_id="t", published=DAY, publisher="Wire").annotation


def kinds(text: str) -> dict[str, str]:
    return {e.name: e.type for e in draft(text).entities.values()}


def roles(text: str) -> set[tuple[str, str, str]]:
    ann = draft(text)
    return {
        (ann.entities[p.holder.key].name, p.role, ann.entities[p.organization.key].name)
        for p in ann.positions
    }


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("Foreign Minister Ana Marek of Vellmark met reporters on Monday.", {"Vellmark"}),
        ("President Ivo Kral of Ostrana arrived on Monday.", {"Ostrana"}),
        ("The government of Vellmark said on Monday that talks would resume.", {"Vellmark"}),
        ("In Tarsk, the capital of Vellmark, the talks resumed on Monday.", {"Vellmark"}),
        (
            "The foreign ministers of Vellmark and Ostrana met in Tarsk on Monday.",
            {"Vellmark", "Ostrana"},
        ),
        # listed with a state the gazetteer knows, or with one found in the text
        ("Peru and Ostrana signed a trade agreement on Monday.", {"Peru", "Ostrana"}),
        (
            "Talks between France, Vellmark and Ostrana ended on Monday.",
            {"France", "Vellmark", "Ostrana"},
        ),
    ],
)
def test_an_unknown_state_is_read_from_its_context(text: str, states: set[str]) -> None:
    found = kinds(text)
    assert {n for n, t in found.items() if t == "state"} == states, found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a city and its state: "Tarsk, Vellmark" lists no two states
        ("The envoy flew to Tarsk, Peru, on Monday.", "Tarsk"),
        # cities listed with a capital (a capital stands for its state, but lists cities)
        ("She is in Dublin and Cork this week.", "Cork"),
        # a surname listed with a state is a person's
        ("Ana Marek and Peru's envoy met Ivo Kral.", "Ana Marek"),
    ],
)
def test_a_look_alike_is_no_state(text: str, name: str) -> None:
    assert kinds(text).get(name) != "state", kinds(text)


def test_a_titled_person_of_an_unknown_state_holds_the_role_there() -> None:
    text = "Foreign Minister Ana Marek of Vellmark met Peru's President Ivo Kral on Monday."
    assert ("Ana Marek", "Foreign Minister", "Vellmark") in roles(text)
