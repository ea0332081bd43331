"""The extractor's shortcuts find exactly what the patterns and classes they stand for do.

Drafting is fast because the rules try their patterns only where a match can be and skip
work whose result is known; none of that may change a draft. Each shortcut is checked here
against the plain computation it replaces, on the seed, the development set, texts made of
their sentences mangled at random, and texts built to hit each shortcut's edge cases.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib
import pickle
import pkgutil
import random
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from diplokg import extract
from diplokg.extract.entities import _locative
from diplokg.extract.extractor import Extractor
from diplokg.extract.names import _CONNECTOR_ENDS, _LEAD_CONNECTORS, _TRAIL_CONNECTORS
from diplokg.extract.namewords import _ROLE_TITLE_PREFIXES, _chunks_at, _may_start_title
from diplokg.extract.patterns import (
    _DEMONYM_LIKE,
    _SAID_AFTER_NAME,
    _demonym_like,
    _may_end_with,
    _negation,
)
from diplokg.extract.positions import _COUNTERPART_BEFORE, _COUNTERPART_ENDS
from diplokg.extract.regexes import RX
from diplokg.extract.text import SCAN, Scan
from diplokg.model import annotation_yaml
from diplokg.model.annotation import load_annotation, load_metadata, load_registry
from tests.conftest import DATA, SEED_ARTICLE, SEEDS
from tests.extract.test_extract import mangled

DAY = dt.date(2024, 3, 7)
ARTICLES = [SEED_ARTICLE, *sorted((DATA / "dev").glob("*.txt"))]
# Every scan of the package: those the regex files declare, and those the modules make
# in code (a name is defined once; others import it).
SCANS = {
    **{f"SCAN.{name}": v for name, v in vars(SCAN).items()},
    **{
        name: v
        for module in pkgutil.iter_modules(extract.__path__)
        for name, v in vars(importlib.import_module(f"diplokg.extract.{module.name}")).items()
        if isinstance(v, Scan)
    },
}

# Pieces that put the shortcuts' edge cases into a text: underscores, apostrophes and
# hyphens next to words, capitals inside words, letters IGNORECASE matches to ASCII ones,
# unusual white space.
ODD_PIECES = [
    *"_’'-.,;:&()“”\"«»‘—–",
    "\n",
    "\n\n",
    "\t",
    "\xa0",
    "\u2028",
    "\x85",
    "  ",
    "é",
    "İ",
    "ı",
    "ſ",
    "K",
    "Σ",
    "_x",
    "x_",
    "don’t",
    "it's",
    "Lima’s",
    "dogs’",
    "state-run",
    "rock-n-roll",
    "-foo",
    "foo-",
    "U.S.",
    "eBay",
    "9News",
    "also",
]


def _articles() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in ARTICLES]


def _mangled(seed: int, count: int) -> list[str]:
    """Texts made of the articles' sentences, with odd pieces and words put in at random."""
    sentences = [s for t in _articles() for s in re.split(r"(?<=[.!?”])\s+", t) if s]
    rng = random.Random(seed)  # noqa: S311 - fixed texts, not a secret
    return mangled(sentences, ODD_PIECES, rng, count=count, edits=8)


def _built(seed: int, count: int) -> list[str]:
    """Texts of the phrases the scans with chunks, capitals, underscores or far heads find."""
    rng = random.Random(seed)  # noqa: S311 - fixed texts, not a secret
    pick = rng.choice
    names = ["eBay", "iTV", "9News", "xY", "RTS", "Le Monde", "New York", "Al", "_Foo", "Ç"]
    weekdays = ["Monday", "Tuesday", "Friday", "Sunday"]
    months = ["January", "May", "June", "July", "September", "Sept", "Dec"]
    makers = [
        lambda: (
            f"{pick(names)}, {pick(['the', 'a', 'The'])} {pick(['', 'state ', 'X local '])}"
            f"{pick(['broadcaster', 'daily', 'news agency', 'radio', 'weekly'])}"
        ),
        lambda: (
            f"{pick(['', 'Democratic ', 'People’s ', 'United '])}"
            f"{pick(['Republic', 'Kingdom', 'Grand Duchy', 'State'])} of {pick(names)}"
        ),
        lambda: (
            f"{pick(['', 'alleged ', 'so-called '])}{pick(['', '_x-backed ', 'Kremlin-backed '])}"
            f"{pick(['', 'Russian ', 'cyber '])}{pick(['hackers', 'hacker group', 'militants'])}"
        ),
        lambda: (
            f"{pick(['the', 'The'])} {pick(['document', 'communiqué'])} adopted by "
            f"{pick(['the ', ''])}{pick(['31', 'twelve'])} {pick(['countries', 'allies'])}"
        ),
        lambda: (
            f"{pick(['his', 'their'])} {pick(['', 'Chinese '])}"
            f"{pick(['counterpart', 'counterparts'])}"
        ),
        lambda: f"{pick(['the', 'The'])} {pick(['latter', 'former', 'same official'])}",
        lambda: f"the day {pick(['before yesterday', 'after tomorrow', 'before  yesterday’s'])}",
        lambda: f"in the {pick(['coming', 'next'])} {pick(['days', 'weeks', 'months', 'years'])}",
        lambda: f"{pick(['', 'on ', 'last ', 'coming '])}{pick(weekdays)}",
        lambda: (
            f"{pick(['', 'on '])}{pick(months)} {rng.randint(1, 31)}{pick(['', 'th', ', 2024'])}"
        ),
        lambda: (
            f"{pick(['', 'on '])}{rng.randint(1, 31)}{pick(['', 'th'])} {pick(['', 'of '])}"
            f"{pick(months)}"
        ),
        lambda: f"{pick(['next', 'last', 'this'])} {pick(['week', 'month', 'year', 'night'])}",
        lambda: f"{rng.randint(2000, 2030)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        lambda: (  # a named meeting, its head many chunks after the match's start
            f"{pick(['the ', 'The ', ''])}{pick(['13th round of the annual ', 'sixth ', ''])}"
            f"{pick(['Heart of Asia', 'Indian Ocean Rim Blue Economy', 'ASEAN-New Zealand'])} "
            f"{pick(['Conference', 'ministerial conference', 'Foreign Ministers’ Meeting'])}"
            f"{pick(['', ' on Climate and Water', ' of the Tamsin Basin'])}"
        ),
        lambda: (
            pick(["The ministry", "It", "X"])
            + pick([" ", "  ", "\n", ""])
            + pick(["", "also ", "also  "])
            + pick(["said", "says", "stated", "declared"])
        ),
    ]
    glue = [" ", ". ", "\n", ", ", "\n\n", "_", "x", " ’ "]
    return [pick(glue).join(pick(makers)() for _ in range(rng.randint(1, 6))) for _ in range(count)]


TEXTS = [*_articles(), *_mangled(20260101, 150), *_built(20260102, 600)]


def _extractor(text: str) -> Extractor:
    return Extractor(text, article_id="t", published=DAY, publisher=None, registry=None)


@cache
def _extractors() -> tuple[tuple[str, Extractor], ...]:
    """Each of :data:`TEXTS` with its extractor, made once per test process: a scan reads
    the extractor's indexes and changes nothing, and reading the texts costs each of the
    scans' tests more than its scan (do not use for what changes an extractor)."""
    return tuple((text, _extractor(text)) for text in TEXTS)


@pytest.mark.parametrize("name", sorted(SCANS))
def test_a_scan_finds_what_its_pattern_finds_in_texts_built_for_it(name: str) -> None:
    # tests/extract/test_extract.py checks the scans on the mangled development set; these texts
    # hold what only some scans meet: capitals inside words, "_", heads chunks away.
    spec = SCANS[name]
    for text, ex in _extractors():
        found = [(m.span(), m.groupdict()) for m in ex.scan(spec)]
        assert found == [(m.span(), m.groupdict()) for m in spec.pattern.finditer(text)], text


def test_datelines_and_organisations_speaking_are_found_as_their_patterns_find_them() -> None:
    for text in TEXTS:
        ex = _extractor(text)
        assert [m.span() for m in ex._datelines()] == [
            m.span() for m in RX.DATELINE_MEDIA.finditer(text)
        ], text
        assert [m.span() for m in ex._said_after_names()] == [
            m.span() for m in _SAID_AFTER_NAME.finditer(text)
        ], text


def _queries(text: str) -> set[str]:
    """Words to ask about: every chunk and word run lower-cased, and every true answer."""
    found = set(RX.LOWER_WORD.findall(text))
    return {
        *(w.lower() for w in text.split()),
        *re.findall(r"[\w’'-]+", text.lower()),
        *found,
        "",
        "lima",
    }


def test_the_words_used_in_lower_case_are_what_the_pattern_finds() -> None:
    for text in TEXTS:
        ex = _extractor(text)
        found = set(RX.LOWER_WORD.findall(text))
        for word in _queries(text):
            assert ex.in_lower_case(word) == (word in found), (text, word)


def _windows() -> Iterator[str]:
    """Stretches of text ending before a word or a stop, as the rules look back from them."""
    rng = random.Random(7)  # noqa: S311 - fixed windows, not a secret
    for text in TEXTS[:200]:
        for m in re.finditer(r"\b\w|[,.\n]", text):
            yield text[max(0, m.start() - rng.randint(3, 120)) : m.start()]


def test_a_cheap_test_before_a_pattern_rules_out_only_what_the_pattern_does_not_match() -> None:
    for window in _windows():
        assert bool(_negation(window)) == bool(RX.NEGATION.search(window)), window
        assert bool(_locative(window)) == bool(RX.LOCATIVE.search(window)), window
        if _COUNTERPART_BEFORE.search(window):
            assert _may_end_with(window, _COUNTERPART_ENDS, comma=True), window
        for word in window.split()[-3:]:
            assert _demonym_like(word) == bool(_DEMONYM_LIKE.match(word)), word
            assert _may_start_title(word) == word.startswith(_ROLE_TITLE_PREFIXES), word
        if window and "A" <= window[0] <= "Z":
            assert _LEAD_CONNECTORS.match(window).end() == 0  # type: ignore[union-attr]
        if window and not (
            window[-1] in "’'" or window[-1].isspace() or window.endswith(_CONNECTOR_ENDS)
        ):
            trail = _TRAIL_CONNECTORS.search(window)
            assert trail is not None and trail.start() == len(window), window


def test_chunks_are_the_runs_of_non_white_space() -> None:
    rng = random.Random(3)  # noqa: S311 - fixed stretches, not a secret
    for text in TEXTS[:300]:
        for _ in range(5):
            s = rng.randrange(len(text) + 1)
            e = rng.randrange(s, len(text) + 1)
            assert _chunks_at(text, s, e) == [
                (m.start(), m.end(), m.group()) for m in re.compile(r"[^\s]+").finditer(text, s, e)
            ], (text, s, e)


def test_odd_characters_for_yaml_are_found_as_the_pattern_finds_them() -> None:
    chars = [
        *map(chr, range(0x3000)),
        *map(chr, range(0xD7F0, 0xE010)),
        *map(chr, range(0xFE00, 0x10010)),
        "\U0001f600",
        "\U0010ffff",
    ]
    for ch in chars:
        for text in (ch, f"a“{ch}”b", f"{ch}\n"):
            assert annotation_yaml._has_yaml_odd(text) == bool(
                annotation_yaml._YAML_ODD.search(text)
            ), hex(ord(ch))


def _same(made: Any, loaded: Any, where: str) -> None:
    """``made`` is ``loaded`` down to each attribute's place in each object's ``__dict__``."""
    assert type(made) is type(loaded), where
    if dataclasses.is_dataclass(made):
        assert list(vars(made)) == list(vars(loaded)), where
        for name in vars(made):
            _same(getattr(made, name), getattr(loaded, name), f"{where}.{name}")
    elif isinstance(made, tuple | list):
        assert len(made) == len(loaded), where
        for i, (a, b) in enumerate(zip(made, loaded, strict=True)):
            _same(a, b, f"{where}[{i}]")
    elif isinstance(made, dict):
        assert list(made) == list(loaded), where
        for key in made:
            _same(made[key], loaded[key], f"{where}[{key}]")
    else:
        assert made == loaded, where


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_a_draft_s_annotation_is_made_of_the_objects_loading_its_yaml_makes(
    article: Path,
) -> None:
    # The writer makes the positions without calling Src (see annotation_yaml._src): the
    # objects must be the same as loading makes, equal, hashed and pickled alike.
    meta = load_metadata(article.with_name(article.stem + ".meta.yaml"))
    registry = load_registry(SEEDS / "entities.yaml")
    draft = extract.extract_annotation(
        article.read_text(encoding="utf-8"),
        article_id=article.stem,
        published=meta.published,
        publisher=meta.publisher,
        registry=registry,
    )
    loaded = load_annotation(extract.draft_path(article.stem), content=draft.yaml)
    _same(draft.annotation, loaded, "annotation")
    assert pickle.loads(pickle.dumps(draft.annotation)) == loaded  # noqa: S301 - our own data
    for made, read in zip(draft.annotation.facts(), loaded.facts(), strict=True):
        assert hash(made) == hash(read)
