"""The extractor's prefilters agree with the rules they guard on every evaluation text.

A scan tries its pattern only near its head words, the bylines' pattern only where one
of its alternatives can start, the unnamed-media relays only in a sentence holding one
of their head words, a thing's name after a determiner only at the determiners' words:
each must find what the plain pattern finds. The mangled and built texts of
``test_extract_shortcuts`` check the scans too; these are the texts the extractor is
scored on (the development set, the styled set, real parts A-N; never the held-out parts).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from functools import cache
from typing import Any

import pytest

from diplokg.extract.extractor import Extractor
from diplokg.extract.names import _THING_DETERMINER
from diplokg.extract.namewords import _BYLINE, _byline_starts
from diplokg.extract.regexes import RX
from diplokg.extract.relaying import _UNNAMED_MEDIA_BY, _UNNAMED_MEDIA_HEADS, _UNNAMED_MEDIA_TOLD
from diplokg.extract.statements import (
    _SAID_AFTER_NAME,
    _SAID_AFTER_NAME_HEADS,
    _STATE_SAYS_VERBS,
)
from diplokg.extract.text import _matches_at, _rx
from tests.conftest import DATA
from tests.extract.test_extract import SCANS

TEXTS = [
    p.read_text(encoding="utf-8")
    for p in sorted(
        [
            *(DATA / "dev").glob("*.txt"),
            *(DATA / "styled").glob("*.txt"),
            *(DATA / "real").glob("[a-n]*.txt"),  # (parts O and P are held out)
        ]
    )
]


@cache
def _extractors() -> tuple[tuple[str, Extractor], ...]:
    """Each text with its extractor (read once: a scan changes nothing in it)."""
    day = dt.date(2024, 1, 1)
    return tuple(
        (text, Extractor(text, article_id="t", published=day, publisher=None, registry=None))
        for text in TEXTS
    )


def _spans(matches: Iterable[re.Match[str]]) -> list[tuple[tuple[int, int], dict[str, Any]]]:
    """Each match's span and named groups: what a rule reads of it."""
    return [(m.span(), m.groupdict()) for m in matches]


def test_the_evaluation_sets_are_read() -> None:
    assert len(TEXTS) >= 200


@pytest.mark.parametrize("name", sorted(SCANS))
def test_a_scan_finds_what_its_pattern_finds_in_every_evaluation_text(name: str) -> None:
    spec = SCANS[name]
    differing = [
        text[:80]
        for text, ex in _extractors()
        if _spans(ex.scan(spec)) != _spans(spec.pattern.finditer(text))
    ]
    assert differing == []


def test_bylines_tried_where_they_can_start_are_the_bylines_found_everywhere() -> None:
    for text in [
        *TEXTS,
        "By Jane Roe\nreporting by X Y",
        "hostile reporters, Anchor Ann Lee",
        "Talks ended. I’m Zoe Lee, VOA News.",
        "Mr. Lee said so. Zoe Lee reports for VOA.",
        "Kim Ode reports from Seoul. Moderator Kim said so.",
    ]:
        starts = _byline_starts(text)
        assert _spans(_matches_at(_BYLINE, text, starts)) == _spans(_BYLINE.finditer(text)), text


@pytest.mark.parametrize(
    ("cue", "name"),
    [
        (RX.NICKNAME_MARK, "NICKNAMED"),
        (RX.STATES_HYPHEN, "NAMED_STATES_MEETING"),
        (re.compile("ask"), "QUESTION_TO_OFFICE"),
    ],
)
def test_a_whole_text_pattern_skipped_without_its_cue_holds_the_cue_in_every_match(
    cue: re.Pattern[str], name: str
) -> None:
    pattern = getattr(RX, name)
    invented = [
        'Clarence “Bud” Albright, Jr. said so. Jimmy D. "Red" Lee-Ode met Ann "Bo"\tKim.',
        "24. To ask the Taoiseach to report. Deputy Ode asked the Minister for Health whether",
        "the U.S.-North Korea Summit, a Japan-Russia vice-ministerial-level consultation",
    ]
    matches = [m.group() for t in [*TEXTS, *invented] for m in pattern.finditer(t)]
    assert matches
    assert all(cue.search(m) for m in matches)


def test_no_unnamed_medium_is_found_in_a_sentence_without_its_head_words() -> None:
    checked = 0
    for text, ex in _extractors():
        for lo, hi in zip(ex.sent_starts, ex.sent_ends, strict=True):
            if any(w in text[lo:hi] for w in _UNNAMED_MEDIA_HEADS):
                continue
            checked += 1
            for rx in (_UNNAMED_MEDIA_TOLD, _UNNAMED_MEDIA_BY):
                assert rx.search(text, lo, hi) is None, text[lo:hi]
        for rx in (_UNNAMED_MEDIA_TOLD, _UNNAMED_MEDIA_BY):
            for m in rx.finditer(text):
                assert any(w in m.group() for w in _UNNAMED_MEDIA_HEADS), m.group()
    assert checked > 1000


def test_a_grouping_of_states_holds_a_plus() -> None:
    assert all("+" in m.group() for t in TEXTS for m in RX.PLUS_GROUPING.finditer(t))
    assert RX.PLUS_GROUPING.search("the P5+1 and E3+3") is not None


def test_a_thing_named_with_a_determiner_is_found_as_by_searching_the_whole_text() -> None:
    found = 0
    for text, ex in _extractors():
        for name in {m.group() for m in re.finditer(r"[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)+", text)}:
            whole = _rx(rf"{_THING_DETERMINER}{re.escape(name)}\b").search(text) is not None
            assert ex._thing_named(name) == whole, name
            found += whole
    assert found > 10


@pytest.mark.parametrize(
    ("pattern", "heads", "back"),
    [
        (RX.STATE_SAYS, _STATE_SAYS_VERBS, 2),
        (_SAID_AFTER_NAME, _SAID_AFTER_NAME_HEADS, 1),
    ],
)
def test_a_pattern_tried_at_the_space_before_its_heads_finds_what_its_finditer_finds(
    pattern: re.Pattern[str], heads: frozenset[str], back: int
) -> None:
    hostile = [
        "Iran\u2003says so. IRAN SAYS. Iran_says. Iran 2says. Iran says-no.",
        "China  has  long\nsaid it; Chile has, said; Peru also has said; Cuba calls on the UN",
        "Mali\x85denies it. Niger has repeatedly said \u2028so. Oman  insists",
        "the Foreign Ministry also  said; the Ministry\u00a0announced, the Office\tsaid",
    ]
    day = dt.date(2024, 1, 1)
    found = 0
    for text, ex in [
        *_extractors(),
        *(
            (t, Extractor(t, article_id="t", published=day, publisher=None, registry=None))
            for t in hostile
        ),
    ]:
        spans = _spans(pattern.finditer(text))
        assert _spans(ex.scan_spaced(pattern, heads, back=back)) == spans, text[:80]
        found += len(spans)
    assert found > 20
