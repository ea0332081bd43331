"""Classes of entity, name and role errors seen on real news (issue: entity recognition).

Every sentence here is invented for this file; each test covers one class of phenomena
in several phrasings, with the cases the fix must leave alone.
"""

from __future__ import annotations

import datetime as dt

import pytest

from diplokg.extract import extract_annotation
from diplokg.model.annotation import Annotation


def draft(text: str, *, publisher: str = "Reuters") -> Annotation:
    return extract_annotation(
        text,
        article_id="t",
        published=dt.date(2024, 3, 12),
        publisher=publisher,
        min_confidence=0.0,
    ).annotation


def types(ann: Annotation) -> dict[str, str]:
    return {e.name: e.type for e in ann.entities.values()}


def roles(ann: Annotation) -> set[tuple[str, str, str]]:
    return {
        (
            ann.entities[p.holder.key].name,
            p.role,
            ann.entities[p.organization.key].name,
        )
        for p in ann.positions
    }


# -- (a) territories and regions are places ----------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The minister accused Washington of interfering with Hong Kong internal affairs.",
            "Hong Kong",
        ),
        ("Hong Kong said on Monday it would review the rules.", "Hong Kong"),
        ("The envoy travelled to Gaza on Tuesday.", "Gaza"),
        ("Aid convoys entered the Gaza Strip after the talks.", "Gaza Strip"),
        ("Settlements in the West Bank were discussed, Norwegian officials said.", "West Bank"),
        ("Greenland is not for sale, Danish Prime Minister Mette Frederiksen said.", "Greenland"),
        ("Fighting continued in Crimea and Donbas, officials said.", "Crimea"),
        ("Fighting continued in Crimea and Donbas, officials said.", "Donbas"),
        ("Puerto Rico will receive the funds, the White House said.", "Puerto Rico"),
        ("Talks on Western Sahara resumed in Geneva on Friday.", "Western Sahara"),
        ("Casinos in Macau reopened, the government of China said.", "Macau"),
        ("Hong Kong leader John Lee met the delegation.", "Hong Kong"),
    ],
)
def test_a_known_territory_or_region_is_a_place(text: str, place: str) -> None:
    found = types(draft(text))
    assert found.get(place) == "place", found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Jimmy Wales said the site would stay open.", "Jimmy Wales"),
        ("Hong Lei, a spokesman, said China would respond.", "Hong Lei"),
    ],
)
def test_a_person_whose_name_holds_a_place_name_stays_a_person(text: str, person: str) -> None:
    found = types(draft(text))
    assert found.get(person) == "person", found
