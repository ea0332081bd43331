"""Evidence lookup: the fast word-bounded search gives exactly the regular expression's matches."""

from __future__ import annotations

import random

import pytest

from diplokg.model.evidence import _pattern, find_occurrences
from tests.conftest import SEED_ARTICLE

SEED_TEXT = SEED_ARTICLE.read_text(encoding="utf-8")
ALPHABET = "ab_ 1²½é-’“”.\nΩ中"


def _by_regex(text: str, needle: str) -> list[int]:
    return [m.start() for m in _pattern(needle).finditer(text)]


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("Wang Yi met Wang Yijun", "Wang Yi"),
        ("aaaa", "aa"),
        ("x_a a_x a", "a"),
        ("“urgent”, urgent", "“urgent”"),
        ("P3Y P3Yx", "P3Y"),
        ("½a a½ a", "a"),
        ("中国 中国人", "中国"),
        ("", "a"),
    ],
)
def test_known_cases(text: str, needle: str) -> None:
    assert find_occurrences(text, needle) == _by_regex(text, needle)


def test_every_word_of_the_seed_article() -> None:
    words = set(SEED_TEXT.split())
    pairs = [" ".join(SEED_TEXT.split()[i : i + 3]) for i in range(0, 400, 7)]
    for needle in sorted(words) + pairs:
        assert find_occurrences(SEED_TEXT, needle) == _by_regex(SEED_TEXT, needle), needle


def test_random_texts() -> None:
    rng = random.Random(7)  # noqa: S311 - test data, not a secret
    for _ in range(3000):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 30)))
        needle = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 3)))
        assert find_occurrences(text, needle) == _by_regex(text, needle), (text, needle)
