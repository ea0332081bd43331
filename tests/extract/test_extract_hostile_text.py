"""The extractor on pathological texts: no crash, and the algorithmic properties that keep
it linear (benchmarks/hostile_extract.py times it; no test here measures time).

Each rewritten rule must give what the pattern or pass it replaced gave: the references
below are the old forms, compared on the test articles and on hostile strings.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from pathlib import Path

import pytest

from diplokg.extract import extract_annotation
from diplokg.extract.entities import _coordinated_words
from diplokg.extract.extractor import Extractor
from diplokg.extract.text import _rx, comma_gap_start
from tests.conftest import DATA

ARTICLES = sorted(
    p
    for folder in ("dev", "styled", "real")
    for p in (DATA / folder).glob("*.txt")
    if not p.name.startswith("n")  # (part N is held out)
)
HOSTILE = [
    "Paris, " * 300,
    "Peru, Vellmark, Ostrana and Tarsk, Lima and Cusco Xx, Ana Marek and Ostrana.",
    "A, B and C, Dee, Eee, and Fff or Ggg-hh and Iii’s Jjj, Kkk and Lll Mmm",
    "\n" * 500 + "the treaty that we signed",
    " ,  that we signed; x ,, which our two countries have signed",
]


def _extractor(text: str) -> Extractor:
    return Extractor(
        text, article_id="a", published=dt.date(2024, 1, 1), publisher=None, registry=None
    )


def test_a_long_run_of_sentences_opening_with_he_said_drafts() -> None:
    """Each pronoun followed the run back by recursion: 1,000 such sentences raised
    RecursionError (the run is followed at most _PRONOUN_HOPS sentences back)."""
    text = "Macron met Scholz. " + 'He said "Yes." ' * 1500
    draft = extract_annotation(text, article_id="hostile", published=dt.date(2024, 1, 1))
    assert draft.annotation.quotes


_COORDINATED_ONE_PATTERN = re.compile(
    r"(?<![\w’'-])[A-Z][a-z][\w-]+(?:,[ \t]+[A-Z][a-z][\w-]+)*,?[ \t]+(?:and|or)[ \t]+"
    r"[A-Z][a-z][\w-]+\b(?![ \t]+[A-Z]|[’'-])"
)


@pytest.mark.parametrize("text", [*HOSTILE, *(p.read_text("utf-8") for p in ARTICLES)])
def test_coordinated_words_are_the_one_patterns_matches(text: str) -> None:
    """Head and tail read apart give the matches of the one pattern they replaced (which
    read the rest of a list without "and" from each of its words)."""
    assert list(_coordinated_words(text)) == [
        (m.start(), m.group()) for m in _COORDINATED_ONE_PATTERN.finditer(text)
    ]


def test_comma_gap_start_is_where_the_gap_pattern_starts() -> None:
    gap_then_word = re.compile(r"\s*,?\s*that")
    rng = random.Random(7)  # noqa: S311 - test strings, not a secret
    for _ in range(3000):
        text = "".join(rng.choice([" ", "\n", ",", "a", "\t"]) for _ in range(rng.randint(0, 9)))
        text += "that"
        m = gap_then_word.search(text)
        assert m is not None
        assert comma_gap_start(text, len(text) - 4) == m.start(), repr(text)


def test_new_id_goes_on_from_the_last_suffix_of_its_base() -> None:
    """base, base-2, base-3, …, skipping what facts or entities hold meanwhile."""
    ex = _extractor("Macron met Scholz in Berlin.")
    got = [ex.new_id("Macron met") for _ in range(3)]
    ex.ids.add("macron-met-5")
    got += [ex.new_id("Macron met") for _ in range(2)]
    assert got == ["macron-met", "macron-met-2", "macron-met-3", "macron-met-4", "macron-met-6"]


@pytest.mark.parametrize("path", ARTICLES[::7], ids=lambda p: Path(p).stem)
def test_quotes_closing_in_a_window_are_those_of_a_pass_over_all(path: Path) -> None:
    ex = _extractor(path.read_text("utf-8"))
    n = len(ex.text)
    for lo in range(0, n, 97):
        for hi in (lo + 50, lo + 400, n):
            assert ex.quotes_closing_in(lo, hi) == [s for s in ex.qspans if lo <= s[1] < hi]


def test_patterns_made_of_an_articles_words_do_not_pile_up() -> None:
    """Some rules build a pattern from the article's own words (a name, a surname); a
    build of many articles in one worker keeps at most the cache's bound of them."""
    bound = _rx.cache_info().maxsize
    assert bound is not None
    before = _rx.cache_info().misses
    for i in range(bound + 50):
        surname = "Vask" + "".join(chr(97 + int(d)) for d in f"{i:04d}")  # Vaskaaab, …
        extract_annotation(
            f"Oren {surname} arrived in Talvi on Monday and met Mara Vell. "
            f"“The talks went well,” {surname} said.",
            article_id=f"a{i}",
            published=dt.date(2026, 2, 10),
        )
    assert _rx.cache_info().misses - before > bound  # (each article made its own patterns)
    assert _rx.cache_info().currsize <= bound
