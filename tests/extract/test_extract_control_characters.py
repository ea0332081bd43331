"""Articles with control characters in their text get a valid draft, or a one-line error.

A control character inside a quote or a name used to be written into the draft as it is,
and the draft then failed to load with a YAML error about our own output. Now the YAML
writes such text quoted and escaped, and reading it back gives the text of the article.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplokg.cli import cli
from diplokg.extract import draft_path, extract_annotation
from diplokg.model.annotation import load_annotation

DAY = dt.date(2024, 3, 7)
# Every character the YAML reader refuses in a plain value (tab, line feed and carriage
# return are white space, \x85 a line break: test_extract.py covers those).
REFUSED = [
    *(chr(c) for c in range(0x20) if chr(c) not in "\t\n\r"),
    *(chr(c) for c in range(0x7F, 0xA0) if c != 0x85),
    "\ufffe",
    "\uffff",
]


def _article(odd: str) -> str:
    return (
        f"Veldanian President Tomas Reyvik met Kostravan President Ivo Halas yesterday in "
        f"Draslav. “We agree{odd} on it,” said Reyvik. The ministry{odd}s said{odd} nothing."
    )


@pytest.mark.parametrize("odd", REFUSED, ids=lambda c: f"U+{ord(c):04X}")
def test_a_control_character_in_the_text_gives_a_draft_that_loads(odd: str) -> None:
    draft = extract_annotation(_article(odd), article_id="t", published=DAY, publisher=None)
    assert draft.annotation == load_annotation(draft_path("t"), content=draft.yaml)
    # the quote keeps the character, written escaped
    assert [q.text.text for q in draft.annotation.quotes] == [f"We agree{odd} on it"]
    assert odd not in draft.yaml
    assert json.dumps(odd)[1:-1] in draft.yaml or f"\\u{ord(odd):04x}" in draft.yaml


def test_cli_extract_of_an_article_with_control_characters_writes_a_valid_draft(
    tmp_path: Path,
) -> None:
    article = tmp_path / "bell.txt"
    article.write_bytes((_article("\x07") + " “No\x1b,” said Halas.").encode("utf-8"))
    out = tmp_path / "bell.ann.yaml"
    result = CliRunner().invoke(
        cli, ["extract", str(article), "--published", "2024-03-07", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    ann = load_annotation(out)
    assert [q.text.text for q in ann.quotes] == ["We agree\x07 on it", "No\x1b"]


def test_cli_extract_of_an_article_with_a_nul_byte_is_a_one_line_error(tmp_path: Path) -> None:
    article = tmp_path / "nul.txt"
    article.write_bytes(_article("\x00").encode("utf-8"))
    result = CliRunner().invoke(cli, ["extract", str(article), "--published", "2024-03-07"])
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "looks binary" in lines[0]


@pytest.mark.parametrize("article_id", ["line\nbreak", "bell\x07", "nel\x85", "ls\u2028"])
def test_an_article_id_with_a_line_break_or_control_character_gives_a_draft_that_loads(
    article_id: str,
) -> None:
    draft = extract_annotation(_article(""), article_id=article_id, published=DAY)
    assert draft.annotation == load_annotation(draft_path(article_id), content=draft.yaml)
    assert draft.yaml.splitlines()[0].startswith("# Draft annotation of ")
    assert draft.yaml.count("\n") == len(draft.yaml.splitlines())
