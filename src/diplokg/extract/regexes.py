"""The extractor's regexes, kept as data: ``src/diplokg/data/regexes/*.yaml``.

The rule modules say *how* a fact is read; the patterns they try are the language they
read it in, and the house keeps language as data beside the code that uses it (as spaCy's
matchers take their patterns, and :mod:`diplokg.extract.words` its word lists). One file
holds the patterns of one rule module, in that module's order, each under an upper-case
name unique across all files, with the comments that say what it matches and why. Every
rule module reads them through :data:`RX`: ``RX.HOSTILE_NOUN.search(text)``.

An entry is one of

* a string: the pattern, written as the regex engine reads it (YAML single quotes keep a
  backslash as it is; a quote is doubled);
* a list of strings, joined: a long pattern split where it reads best;
* a mapping with ``re`` (a string or a list, as above) and, as needed, ``flags``: letters
  as in the engine's inline flags (``i`` IGNORECASE, ``m`` MULTILINE, ``s`` DOTALL, ``x``
  VERBOSE, ``a`` ASCII); ``scan``: how :class:`~diplokg.extract.text.Scan` finds where a
  whole-text pattern may match, ``head`` (every match starts with a word the pattern
  spells out) or a mapping of ``chunks`` (how many white-space-separated chunks after a
  match's start that word may stand) and ``group`` (the named group the word starts);
  ``SCAN.CONCERN`` of :mod:`diplokg.extract.text` is the scan of ``RX.CONCERN``.

A pattern built from a word list or from other patterns is assembled in its module's code
from these (``RX.GOVERNMENT_NP.pattern``). ``tests/extract/test_regex_files.py`` checks the files:
every entry compiles, is used, and is written once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from diplokg.errors import DiplokgError
from diplokg.model.yamlsrc import Src, YMap, load_yaml
from diplokg.resources import resource_files

__all__ = ["RX", "RegexEntry", "Regexes", "ScanSpec", "read_regex_file", "regex_entries"]

_NAME = re.compile(r"[A-Z][A-Z0-9_]*")
_FLAGS = {"i": re.IGNORECASE, "m": re.MULTILINE, "s": re.DOTALL, "x": re.VERBOSE, "a": re.ASCII}


@dataclass(frozen=True)
class ScanSpec:
    """Where a pattern's head word stands: in group ``group`` (else at the match's start),
    up to ``chunks`` white-space-separated chunks after the match's start."""

    group: str | None = None
    chunks: int = 0


@dataclass(frozen=True)
class RegexEntry:
    """One pattern of a regex file: its name, where it is written, what it compiles to, and
    the scan it declares (``None``: it is searched where its module says)."""

    name: str
    source: Src
    pattern: re.Pattern[str]
    scan: ScanSpec | None = None


class Regexes:
    """Every pattern of the regex files, by name: ``RX.DISMISSIVE`` is a compiled pattern."""

    def __init__(self, entries: tuple[RegexEntry, ...]) -> None:
        self.__dict__.update({entry.name: entry.pattern for entry in entries})

    def __getattr__(self, name: str) -> re.Pattern[str]:
        """Only reached for a name no file defines (each entry is an instance attribute)."""
        raise AttributeError(f"no regex {name!r} in src/diplokg/data/regexes/")


def _error(message: str, src: Src) -> DiplokgError:
    return DiplokgError(message, path=src.path, line=src.line, column=src.column)


def _text(value: Any, src: Src) -> str:
    """A pattern's text: a string, or a list of strings joined."""
    if isinstance(value, str):
        return value
    if isinstance(value, list) and value and all(isinstance(part, str) for part in value):
        return "".join(value)
    raise _error("a regex is a string or a list of strings", src)


def _flags(name: str, letters: Any, src: Src) -> int:
    if not isinstance(letters, str) or not letters or set(letters) - set(_FLAGS):
        raise _error(f"regex {name}: flags are letters of {''.join(_FLAGS)}", src)
    flags = 0
    for letter in letters:
        flags |= _FLAGS[letter]
    return flags


def _scan(name: str, value: Any, pattern: re.Pattern[str], src: Src) -> ScanSpec:
    if value == "head":
        return ScanSpec()
    if isinstance(value, dict) and value and not set(value) - {"group", "chunks"}:
        group, chunks = value.get("group"), value.get("chunks", 0)
        if (group is None or group in pattern.groupindex) and (
            isinstance(chunks, int) and not isinstance(chunks, bool) and chunks >= 0
        ):
            return ScanSpec(group, chunks)
    raise _error(
        f"regex {name}: scan is 'head' or a mapping of 'chunks' (a whole number) and "
        "'group' (a named group of the pattern)",
        src,
    )


def _entry(name: Any, value: Any, src: Src) -> RegexEntry:
    if not isinstance(name, str) or not _NAME.fullmatch(name):
        raise _error(f"regex name {name!r} must be upper case (A-Z, 0-9, _)", src)
    if not isinstance(value, dict):
        value = {"re": value}
    elif set(value) - {"re", "flags", "scan"} or "re" not in value:
        raise _error(f"regex {name}: a mapping holds 're', 'flags' and 'scan', no more", src)

    def at(key: str) -> Src:  # where a key's value is written (a mapping knows)
        return value.at(key) if isinstance(value, YMap) else src

    flags = _flags(name, value["flags"], at("flags")) if "flags" in value else 0
    try:
        pattern = re.compile(_text(value["re"], at("re")), flags)
    except re.error as exc:
        raise _error(f"regex {name} does not compile: {exc}", at("re")) from None
    scan = _scan(name, value["scan"], pattern, at("scan")) if "scan" in value else None
    return RegexEntry(name, src, pattern, scan)


def read_regex_file(path: Path, text: str) -> tuple[RegexEntry, ...]:
    """The entries of one regex file (``text``, read from ``path``), in its order.

    Raises :class:`DiplokgError` with the file, line and column of what is wrong.
    """
    data: YMap = load_yaml(path, what="regex file", text=text)
    return tuple(_entry(name, value, data.at(name)) for name, value in data.items())


@cache
def regex_entries() -> tuple[RegexEntry, ...]:
    """Every entry of every regex file, file by file in name order, each in file order."""
    entries: list[RegexEntry] = []
    seen: dict[str, Src] = {}
    for file in resource_files("regexes"):
        for entry in read_regex_file(Path(str(file)), file.read_text(encoding="utf-8")):
            if entry.name in seen:
                raise _error(
                    f"regex {entry.name} is written twice (also at {seen[entry.name]})",
                    entry.source,
                )
            seen[entry.name] = entry.source
            entries.append(entry)
    return tuple(entries)


#: The extractor's patterns, by name.
RX = Regexes(regex_entries())
