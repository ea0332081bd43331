"""Input limits, checked up front, and user values shown in bounded form.

A hostile or careless input must fail fast with one short line, never make
diplokg hang, eat memory or print megabytes. Every limit is named in the
message that enforces it, so the user knows which one was hit.

>>> shown("x" * 1000)[:12], len(shown("x" * 1000)) < 80
("'xxxxxxxxxxx", True)
>>> shown([[1, 2, 3, 4, 5, 6, 7]])
'[[1, 2, 3, 4, ...]]'
"""

from __future__ import annotations

import codecs
import math
import os
import reprlib
import stat
from pathlib import Path
from typing import Any

from diplokg.errors import InputError

__all__ = [
    "MAX_ALIAS_EXPANSION",
    "MAX_FILE_BYTES",
    "MAX_JSON_DEPTH",
    "MAX_XML_DEPTH",
    "MAX_XML_ENTITY_BYTES",
    "MAX_YAML_DEPTH",
    "MAX_YAML_VALUES",
    "YEARS",
    "load_json",
    "looks_utf16",
    "mib",
    "require_regular_file",
    "resolved",
    "shown",
    "year_ok",
]

#: Largest article, annotation, metadata, registry, gold or baseline file read (16 MiB).
MAX_FILE_BYTES = 16 * 1024 * 1024
#: Deepest nesting of mappings and sequences in a YAML file (annotations need about 5).
MAX_YAML_DEPTH = 64
#: Most values (scalars, mappings, sequences) in one YAML file, aliases expanded.
MAX_YAML_VALUES = 2_000_000
#: How many times larger than the file aliases may make it (an "alias bomb" makes it 10^9).
MAX_ALIAS_EXPANSION = 4
#: Deepest nesting of arrays and objects in a JSON file (gold files need about 4).
MAX_JSON_DEPTH = 200
#: Most text the XML entities of an RDF/XML file may add when expanded (16 MiB): a
#: "billion laughs" file of 1 KB expands to gigabytes; namespace entities add little.
MAX_XML_ENTITY_BYTES = 16 * 1024 * 1024
#: Deepest nesting of elements in an RDF/XML file (pyoxigraph's time grows with the
#: square of it: 32,000 levels took 2 s, 400,000 had not ended after two minutes).
MAX_XML_DEPTH = 1_000


#: The years a date may have (relative dates and the page's timeline stay inside Python's
#: calendar, years 1 to 9999, with room to spare).
MIN_YEAR, MAX_YEAR = 1000, 9998
YEARS = f"years {MIN_YEAR} to {MAX_YEAR}"


def year_ok(year: int) -> bool:
    """Whether a date in ``year`` is one diplokg accepts (see :data:`YEARS`)."""
    return MIN_YEAR <= year <= MAX_YEAR


def mib(size: int) -> str:
    """A byte count in MiB, as limits are stated."""
    return f"{size / (1024 * 1024):g} MiB"


class _Shown(reprlib.Repr):
    """``repr`` cut to a few items, levels and characters; YAML containers as plain ones."""

    def __init__(self) -> None:
        super().__init__()
        self.maxlevel = 2
        self.maxlist = self.maxtuple = self.maxdict = self.maxset = 4
        self.maxstring = 60
        self.maxother = 60
        self.maxlong = 40

    def repr_YSeq(self, x: list[Any], level: int) -> str:
        return self.repr_list(x, level)

    def repr_YMap(self, x: dict[Any, Any], level: int) -> str:
        return self.repr_dict(x, level)


_SHOWN = _Shown()


def shown(value: object) -> str:
    """``repr(value)`` bounded in length and depth, for error messages (never expands a bomb)."""
    text = _SHOWN.repr(value)
    return text if len(text) <= _SHOWN_CHARS else text[: _SHOWN_CHARS - 3] + "..."


_SHOWN_CHARS = 120


def _depth(value: object) -> int:
    """How deeply arrays and objects nest in a parsed JSON value (without recursion)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list):
            deepest = max(deepest, depth)
            if depth <= MAX_JSON_DEPTH:
                children = item.values() if isinstance(item, dict) else item
                stack.extend((child, depth + 1) for child in children)
    return deepest


class _RefusedJson(ValueError):
    """JSON that parses but that no diplokg file may hold (the message says what to fix)."""


#: The most digits an integer in a JSON file may have (Python refuses over 4300).
MAX_JSON_INT_DIGITS = 100


def _no_constant(name: str) -> Any:
    raise _RefusedJson(f"holds {name}, which is not JSON: write a number or a string")


def _bounded_int(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_JSON_INT_DIGITS:
        raise _RefusedJson(
            f"holds an integer of {len(digits)} digits (at most {MAX_JSON_INT_DIGITS}): shorten it"
        )
    return int(digits)


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for key, value in pairs:
        if key in data:
            raise _RefusedJson(f"has the key {shown(key)} twice in one object: keep one")
        data[key] = value
    return data


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _RefusedJson(f"holds the number {shown(text)}, too large for a float: shorten it")
    return value


def load_json(text: str, *, path: Path, what: str) -> Any:
    """Parse JSON ``text`` read from ``path``; too deep or malformed is an :class:`InputError`.

    So is what Python's parser takes but JSON is not, or a diplokg file never holds:
    NaN and Infinity, an integer too long to convert, a key given twice in one object.
    """
    too_deep = InputError(
        f"{what} nests arrays or objects more than {MAX_JSON_DEPTH} levels deep (the limit)",
        path=path,
    )
    import json  # here: a query or --help never reads JSON, and the module costs 2-3 ms

    try:
        data = json.loads(
            text,
            parse_constant=_no_constant,
            parse_int=_bounded_int,
            parse_float=_finite_float,
            object_pairs_hook=_unique_keys,
        )
    except RecursionError:  # deeper than Python's own limit (about 1000)
        raise too_deep from None
    except json.JSONDecodeError as exc:
        raise InputError(
            f"{what} is not valid JSON: {exc.msg}", path=path, line=exc.lineno, column=exc.colno
        ) from None
    except _RefusedJson as exc:
        raise InputError(f"{what} {exc}", path=path) from None
    if _depth(data) > MAX_JSON_DEPTH:
        raise too_deep
    return data


def require_regular_file(path: Path, *, what: str) -> None:
    """Raise :class:`InputError` unless ``path`` is a regular file (or is missing).

    For readers that open a file themselves (pyoxigraph's parser): opening a named
    pipe waits for a writer forever, and ``/dev/zero`` never ends. A missing file is
    left to the reader, which says so in its own words.
    """
    try:
        info = os.stat(path)
    except OSError:
        return
    if stat.S_ISDIR(info.st_mode):
        raise InputError(f"{what} is a directory, expected a file", path=path)
    if not stat.S_ISREG(info.st_mode):
        raise InputError(f"{what} is not a regular file (a device or pipe?)", path=path)


def resolved(path: Path) -> Path:
    """``path`` made absolute with its links followed, or :class:`InputError` for a link
    loop (``x.ttl -> x.ttl``), which :meth:`Path.resolve` raises as a RuntimeError: exit 3."""
    try:
        return path.resolve()
    except RuntimeError:
        raise InputError(
            "is a symbolic link that leads to itself (a loop); fix the link or remove it",
            path=path,
        ) from None


def looks_utf16(data: bytes) -> bool:
    """Whether ``data`` (a file's start will do) is UTF-16 text: a UTF-16 byte order mark,
    or every other byte NUL (ASCII characters in UTF-16), which a binary file almost never
    is. Such a file is refused with that name, not as "binary" or a syntax error at 1:1."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    head = data[:512]
    if len(head) < 4:
        return False
    high, low = head[1::2], head[0::2]  # little-endian: high bytes second
    return any(
        zeros.count(0) >= 0.9 * len(zeros) and 0 not in chars
        for zeros, chars in ((high, low), (low, high))
    )
