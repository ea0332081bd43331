"""Error classes seen on probe articles, data-driven over every file of
tests/data/extract-classes/: each case a text and one fact it must yield (or must not),
read back through :func:`diplokg.evaluate.predict.predict` as the evaluation reads it
(a case with ``pending: reason`` is expected to fail, strictly, until the reading is made).

A case's ``read`` names what is compared (the tuples below, and ``statuses``: an event's
kind, label or visitor key, and status, read from the draft); ``fact`` is that tuple as a
YAML list, with participants and parties as a list inside it (compared as a set)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from diplokg.evaluate.items import FactSet, Name
from diplokg.evaluate.predict import predict
from diplokg.extract import extract_annotation
from tests.conftest import DATA, read_yaml

TUE = dt.date(2026, 2, 10)  # a Tuesday
STATES = (
    "Arvelia and Doskara are neighbours on the Tamsin river. "
    "Arvelia's government and Doskara's government have quarrelled for a decade.\n\n"
)
FILES = sorted((DATA / "extract-classes").glob("*.yaml"))
#: Each file's cases, parsed once (collection and the checks below read them all).
CASES: dict[Path, list[dict[str, Any]]] = {path: read_yaml(path) for path in FILES}


def _names(names: tuple[Name, ...]) -> frozenset[str]:
    return frozenset(n.name for n in names)


READ: dict[str, Callable[[FactSet], set[tuple[object, ...]]]] = {
    "persons": lambda f: {(p.name.name,) for p in f.persons},
    "organizations": lambda f: {(o.name.name, o.kind) for o in f.organizations},
    "positions": lambda f: {(p.name.name, r.role.lower()) for p in f.persons for r in p.roles},
    "roles": lambda f: {
        (p.name.name, r.role.lower(), r.organization.name) for p in f.persons for r in p.roles
    },
    "meetings": lambda f: {(_names(m.participants), m.date) for m in f.meetings},
    # (who meet, whatever the date: what a case that must not yield a meeting reads)
    "meeting-participants": lambda f: {(_names(m.participants),) for m in f.meetings},
    "meeting-places": lambda f: {
        (_names(m.participants), m.place.name if m.place else None) for m in f.meetings
    },
    "quotes": lambda f: {(q.speaker.name, q.text) for q in f.quotes},
    "relays": lambda f: {(q.speaker.name, tuple(r.name for r in q.reported_by)) for q in f.quotes},
    "statements": lambda f: {(s.issuer.name, s.kind) for s in f.statements},
    "statement-dates": lambda f: {(s.issuer.name, s.date) for s in f.statements},
    "agreements": lambda f: {(_names(a.parties), a.kind) for a in f.agreements},
    "agreement-dates": lambda f: {(_names(a.parties), a.date) for a in f.agreements},
    "agreement-durations": lambda f: {(_names(a.parties), a.duration) for a in f.agreements},
    "abouts": lambda f: {
        (a.accuser.name, a.accused.name, a.about.strip('"“”')) for a in f.accusations
    },
    "accusers": lambda f: {(a.accuser.name, a.accused.name) for a in f.accusations},
}
#: Which element of a ``read`` tuple is a set of names.
SETS = {
    "meetings": 0,
    "meeting-participants": 0,
    "meeting-places": 0,
    "agreements": 0,
    "agreement-dates": 0,
    "agreement-durations": 0,
}


def _cases() -> list[Any]:
    cases = []
    for path, file_cases in CASES.items():
        for case in file_cases:
            # a case marked "pending" names a reading not made yet: it must fail until it is
            marks = (
                [pytest.mark.xfail(strict=True, reason=case["pending"])]
                if "pending" in case
                else []
            )
            cases.append(
                pytest.param(case, id=f"{path.stem}-class{case['class']}-{case['id']}", marks=marks)
            )
    return cases


def _fact(case: dict[str, Any]) -> tuple[object, ...]:
    fact: list[Any] = list(case["fact"])
    if case["read"] in SETS:
        at = SETS[case["read"]]
        fact[at] = frozenset(fact[at])
    if case["read"] == "relays":
        fact[1] = tuple(fact[1])
    return tuple(fact)


def test_every_file_has_cases() -> None:
    assert FILES and all(CASES[p] for p in FILES)


def test_every_case_reads_a_known_kind() -> None:
    for path, file_cases in CASES.items():
        for case in file_cases:
            assert case["read"] in {*READ, "statuses"}, (path.name, case["id"])
            assert isinstance(case["present"], bool), (path.name, case["id"])


@pytest.mark.parametrize("case", _cases())
def test_probe_class(case: dict[str, Any]) -> None:
    text = case.get("preamble", STATES) + case["text"]
    draft = extract_annotation(
        text, article_id="t", published=TUE, publisher=case.get("publisher", "Wire")
    )
    if case["read"] == "statuses":
        # (event kind, its label or its visitor's key, status): from the draft itself, as
        # the evaluation reads no status
        found = {
            (e.kind, e.label or (e.visitor.key if e.visitor else None), e.status)
            for e in draft.annotation.events
        }
    else:
        found = READ[case["read"]](predict(draft.annotation, text=text, published=TUE))
    assert (_fact(case) in found) is case["present"], sorted(map(str, found))
