"""The extractor's regex files (``diplokg/data/regexes/*.yaml``) are well formed and used.

A data-integrity test, as for the word lists: every entry compiles (importing the
extractor compiles them all), is read by some module of the package, is written once
(no two entries are the same pattern with the same flags), and each file is named after
the rule module that reads it. A broken file is refused with its file, line and column.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from diplokg.errors import DiplokgError
from diplokg.extract.regexes import RX, read_regex_file, regex_entries
from diplokg.resources import resource_files

SRC = Path(__file__).resolve().parents[2] / "src" / "diplokg"
EXTRACT = SRC / "extract"


def _package_source() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(SRC.rglob("*.py")))


def test_every_entry_is_read_by_the_package() -> None:
    # every name read as ``RX.NAME`` or ``SCAN.NAME``, found in one pass (a search of the
    # whole source per entry took 20 s)
    read = set(re.findall(r"\b(?:RX|SCAN)\.(\w+)", _package_source()))
    unused = [e.name for e in regex_entries() if e.name not in read]
    assert unused == []


def test_every_name_the_package_reads_is_an_entry() -> None:
    source = _package_source()
    names = set(re.findall(r"\bRX\.([A-Z][A-Z0-9_]*)\b", source))
    assert names - {e.name for e in regex_entries()} == set()
    scanned = set(re.findall(r"\bSCAN\.([A-Z][A-Z0-9_]*)\b", source))
    assert scanned - {e.name for e in regex_entries() if e.scan is not None} == set()


def test_no_pattern_is_written_twice() -> None:
    first: dict[tuple[str, int], str] = {}
    twice = []
    for entry in regex_entries():
        key = (entry.pattern.pattern, entry.pattern.flags)
        if key in first:
            twice.append((first[key], entry.name))
        first.setdefault(key, entry.name)
    assert twice == []


def test_each_file_is_named_after_the_module_that_reads_it() -> None:
    for file in resource_files("regexes"):
        module = EXTRACT / f"{file.name.removesuffix('.yaml')}.py"
        assert module.is_file(), file.name
        assert "RX." in module.read_text(encoding="utf-8"), file.name


def test_an_entry_is_a_compiled_pattern_and_an_unknown_name_says_where_to_look() -> None:
    assert RX.DISMISSIVE.flags & re.IGNORECASE
    assert RX.DISMISSIVE.search("a BASELESS claim")
    with pytest.raises(AttributeError, match=r"no regex 'NO_SUCH' in src/diplokg/data/regexes/"):
        _ = RX.NO_SUCH


def test_a_list_is_joined_and_flags_are_inline_letters(tmp_path: Path) -> None:
    text = "A: '\\bx'\nB:\n- 'a'\n- 'b''c'\nC:\n  flags: is\n  re: ['x', '.y']\n"
    entries = read_regex_file(tmp_path / "t.yaml", text)
    assert [(e.name, e.pattern.pattern, e.pattern.flags & ~re.UNICODE) for e in entries] == [
        ("A", r"\bx", 0),
        ("B", "ab'c", 0),
        ("C", "x.y", re.IGNORECASE | re.DOTALL),
    ]
    assert [e.source.line for e in entries] == [1, 3, 6]


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("A: 'x'\nlower: 'y'\n", 2, "regex name 'lower' must be upper case"),
        ("A: 'x'\nB: '(unclosed'\n", 2, "regex B does not compile"),
        ("A: 3\n", 1, "a regex is a string or a list of strings"),
        ("A: []\n", 1, "a regex is a string or a list of strings"),
        ("A:\n  re: 'x'\n  flags: q\n", 3, "flags are letters of imsxa"),
        ("A:\n  re: 'x'\n  note: y\n", 2, "a mapping holds 're', 'flags' and 'scan', no more"),
        ("A:\n  re: 'x'\n  scan: tail\n", 3, "scan is 'head' or a mapping"),
        ("A:\n  re: 'x'\n  scan: {group: g}\n", 3, "scan is 'head' or a mapping"),
        ("A:\n  re: 'x'\n  scan: {chunks: -1}\n", 3, "scan is 'head' or a mapping"),
        ("A: 'x'\nA: 'y'\n", 2, "duplicate"),
        ("A: 'x\n", 2, "YAML syntax error"),
    ],
)
def test_a_broken_file_is_refused_with_its_line(
    tmp_path: Path, text: str, line: int, message: str
) -> None:
    path = tmp_path / "broken.yaml"
    with pytest.raises(DiplokgError, match=re.escape(message)) as caught:
        read_regex_file(path, text)
    assert caught.value.path == path
    assert caught.value.line == line
