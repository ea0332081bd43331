"""Write annotations as YAML: the other half of :func:`diplokg.model.annotation.load_annotation`.

:func:`dump_annotation` writes an :class:`~diplokg.model.annotation.Annotation` in the layout
of ``NAME.ann.yaml`` (the one ``diplokg extract`` drafts), and
:func:`write_annotation` writes the plain data of one (mappings, lists, text, numbers)
and reads it back through :func:`~diplokg.model.annotation.annotation_from_yaml`, the rules
:func:`~diplokg.model.annotation.load_annotation` checks a file with. So a draft and a
curated annotation are one schema, checked in one place, and loading what was dumped
gives the same annotation back.

The writer is a small YAML emitter for that plain data: PyYAML's Python representer,
and parsing the text again, each cost more than drafting the annotation. While it
writes, it builds the tree :func:`~diplokg.model.yamlsrc.load_yaml` would read from the
text (:class:`~diplokg.model.yamlsrc.YMap` / :class:`~diplokg.model.yamlsrc.YSeq` with the
line and column of every value), and that tree is what the annotation is built from.
Anything it cannot vouch for reading back unchanged (an odd key, float or character)
makes it parse its text instead; tests check that both ways give equal annotations,
positions included.

>>> from pathlib import Path
>>> from diplokg.model.annotation import load_annotation
>>> text = "entities:\\n  ana-lima: {name: Ana Lima, type: person}\\n"
>>> annotation = load_annotation(Path("a.ann.yaml"), content=text)
>>> print(dump_annotation(annotation), end="")
entities:
  ana-lima: {name: Ana Lima, type: person}
<BLANKLINE>
mentions: {}
<BLANKLINE>
positions: []
<BLANKLINE>
events: []
<BLANKLINE>
absences: []
<BLANKLINE>
statements: []
<BLANKLINE>
quotes: []
<BLANKLINE>
agreements: []
<BLANKLINE>
accusations: []
>>> load_annotation(Path("a.ann.yaml"), content=dump_annotation(annotation)) == annotation
True
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import MISSING, dataclass, fields
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from diplokg.model.annotation import (
    Absence,
    Accusation,
    Annotation,
    DateSpec,
    Fact,
    FactRef,
    Ref,
    Selector,
    Statement,
    annotation_from_yaml,
    load_annotation,
)
from diplokg.model.yamlsrc import Src, YMap, YSeq

__all__ = ["SECTIONS", "AnnotationYaml", "annotation_data", "dump_annotation", "write_annotation"]

#: The top-level keys of an annotation, in the order they are written.
SECTIONS = (
    "entities",
    "mentions",
    "positions",
    "events",
    "absences",
    "statements",
    "quotes",
    "agreements",
    "accusations",
)

#: The keys of each fact kind, entity and selector, in the order they are written.
_LAYOUT: Mapping[str, tuple[str, ...]] = {
    "positions": ("id", "holder", "role", "organization", "status", "predecessor"),
    "events": (
        *("id", "kind", "label", "organizer", "participants", "visitor", "host", "place"),
        *("occasion", "date", "not_before", "not_after", "topic", "before", "after", "status"),
    ),
    "absences": ("id", "absentee", "event", "reason", "reason_factuality"),
    "statements": (
        *("id", "kind", "issuer", "issued_at", "concerns", "adopter_count", "summary", "date"),
        "reported_by",
    ),
    "quotes": ("id", "speaker", "statement", "reported_by", "text", "date"),
    "agreements": ("id", "parties", "kind", "status", "duration", "purpose", "date", "reported_by"),
    "accusations": (
        *("id", "kind", "accuser", "accused", "about", "factuality", "made_in", "date"),
        "reported_by",
    ),
    # (every fact ends with these, where its kind has not placed them)
    "fact": ("reported_by", "note", "confidence", "rule", "evidence"),
    "entity": ("name", "type", "aliases", "wikidata", "capital", "country", "description"),
    "selector": ("text", "occurrence", "prefix"),
}


@dataclass(frozen=True)
class AnnotationYaml:
    """An annotation's YAML text and what :func:`~diplokg.model.annotation.load_annotation` makes
    of it (positions included)."""

    annotation: Annotation
    yaml: str


# --------------------------------------------------------------------------
# The model as plain data
# --------------------------------------------------------------------------


def annotation_data(annotation: Annotation) -> dict[str, Any]:
    """The plain data (dicts, lists, text, numbers) of ``annotation``, in the layout it is
    written in: every section, each fact's keys in a fixed order, one value where the
    schema allows one or a list, defaults written out.

    Accusations the loader split by accused (ids ``ID-KEY``) are written as one again.
    """
    data: dict[str, Any] = {
        "entities": {
            key: _data(e, _LAYOUT["entity"], {}) for key, e in annotation.entities.items()
        },
        "mentions": {
            key: [_selector_data(s) for s in sels] for key, sels in annotation.mentions.items()
        },
    }
    for kind in ("positions", "events", "absences", "statements", "quotes", "agreements"):
        facts: tuple[Fact, ...] = getattr(annotation, kind)
        data[kind] = [_fact_data(kind, f, _given(f)) for f in facts]
    data["accusations"] = _accusations_data(annotation.accusations)
    return data


def _selector_data(sel: Selector) -> str | dict[str, Any]:
    if sel.occurrence is None and sel.prefix is None:
        return sel.text
    return _selector_dict(sel)


def _selector_dict(sel: Selector) -> dict[str, Any]:
    item: dict[str, Any] = {"text": sel.text}
    if isinstance(sel.occurrence, tuple):
        item["occurrence"] = list(sel.occurrence)
    elif sel.occurrence is not None:
        item["occurrence"] = sel.occurrence
    if sel.prefix is not None:
        item["prefix"] = sel.prefix
    return item


def _one_or_list(values: list[Any]) -> Any:
    return values[0] if len(values) == 1 else values


def _date_data(date: DateSpec | None) -> Any:
    if date is None:
        return None
    if date.phrase is not None:  # always {text: …}: a bare text would be read as a date
        return _selector_dict(date.phrase)
    return date.value


def _plain(value: Any) -> Any:
    """A field's value as plain data: a reference as its key or id, a date or a selector as
    :func:`_date_data` / :func:`_selector_data` give it, a tuple as a list (empty: absent)."""
    if isinstance(value, Ref):
        return value.key
    if isinstance(value, FactRef):
        return value.id
    if isinstance(value, DateSpec):
        return _date_data(value)
    if isinstance(value, Selector):
        return _selector_data(value)
    if isinstance(value, tuple):
        return [_plain(v) for v in value] or None
    return value


def _data(obj: object, keys: Iterable[str], given: Mapping[str, Any]) -> dict[str, Any]:
    """The fields ``keys`` of ``obj`` in that order, as plain data (those in ``given`` as
    given there), leaving out what is absent."""
    pairs = ((k, given[k] if k in given else _plain(getattr(obj, k))) for k in keys)
    return {k: v for k, v in pairs if v is not None}


def _fact_data(kind: str, fact: Fact, given: Mapping[str, Any]) -> dict[str, Any]:
    """The mapping of ``fact``: its kind's keys then the other keys of every fact, in the
    layout's order; ``given`` holds the values that are not a field's own."""
    keys = _LAYOUT[kind]
    evidence = [_selector_data(s) for s in fact.evidence]
    return _data(
        fact,
        (*keys, *(k for k in _LAYOUT["fact"] if k not in keys)),
        {"evidence": _one_or_list(evidence) if evidence else None, **given},
    )


def _given(fact: Fact) -> Mapping[str, Any]:
    """What the mapping of ``fact`` holds other than its fields' own values: a statement's
    issuers as ``issuer``, an absence's ``reason_factuality`` left out when it is the
    default and there is no reason."""
    if isinstance(fact, Statement):
        return {"issuer": _one_or_list([r.key for r in fact.issuers])}
    if isinstance(fact, Absence) and fact.reason is None and fact.reason_factuality == "asserted":
        return {"reason_factuality": None}
    return {}


def _accusation_data(f: Accusation, fid: str, accused: list[str]) -> dict[str, Any]:
    return _fact_data("accusations", f, {"id": fid, "accused": _one_or_list(accused)})


def _accusations_data(accusations: Sequence[Accusation]) -> list[dict[str, Any]]:
    """The accusations, those the loader split from one (``accused: [a, b]`` with id ``x``
    becomes ``x-a`` and ``x-b``, alike but for the accused) joined again."""
    out: list[dict[str, Any]] = []
    i = 0
    while i < len(accusations):
        first = accusations[i]
        base = _split_base(first)
        group = [first]
        if base is not None:
            alike = _accusation_data(first, base, [])
            j = i + 1
            while (
                j < len(accusations)
                and _split_base(accusations[j]) == base
                and _accusation_data(accusations[j], base, []) == alike
            ):
                group.append(accusations[j])
                j += 1
        if len(group) > 1:
            assert base is not None  # noqa: S101 - a group needs a base
            out.append(_accusation_data(first, base, [a.accused.key for a in group]))
        else:
            out.append(_accusation_data(first, first.id, [first.accused.key]))
        i += len(group)
    return out


def _split_base(accusation: Accusation) -> str | None:
    """``x`` when the id is ``x-KEY`` of the accused ``KEY``."""
    suffix = f"-{accusation.accused.key}"
    if accusation.id.endswith(suffix) and len(accusation.id) > len(suffix):
        return accusation.id[: -len(suffix)]
    return None


# --------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------


def dump_annotation(
    annotation: Annotation, *, path: Path | None = None, header: Sequence[str] = ()
) -> str:
    """The YAML of ``annotation`` (see :func:`annotation_data` for its layout).

    ``header`` lines are written first, as comments. Loading the YAML gives an annotation
    equal to ``annotation`` but for the positions, which are those of the YAML.
    """
    return _Writer(path or _DUMPED).document(header, annotation_data(annotation))[0]


def write_annotation(
    data: Mapping[str, Any], *, path: Path, header: Sequence[str] = ()
) -> AnnotationYaml:
    """Write ``data`` (the plain data of an annotation) as YAML, and read it back as
    :func:`~diplokg.model.annotation.load_annotation` reads the YAML named ``path``.

    Raises :class:`~diplokg.errors.AnnotationError` (with the line of the written YAML)
    where ``data`` breaks a rule of the annotation format.
    """
    writer = _Writer(path)
    content, tree = writer.document(header, data)
    if writer.odd:  # parse what was written: the tree may not be what YAML reads
        annotation = load_annotation(path, content=content)
    else:
        annotation = annotation_from_yaml(tree, path=path)
    return AnnotationYaml(annotation=annotation, yaml=content)


_DUMPED = Path("annotation.ann.yaml")

# (a plain scalar holds no character the YAML reader refuses or takes as a line break:
# control characters, \r, \x85, \u2028, \u2029 and the like, from an article's text, are
# written escaped in a quoted scalar instead)
_PLAIN_CHAR = (
    r"[^:#,\[\]{}\"\n\t\\\x00-\x08\x0b-\x1f\x7f-\x9f"
    r"\u2028\u2029\ufeff\ud800-\udfff\ufffe\uffff]"
)
# (\Z, not $: "$" also matches before a final line break, which a plain scalar loses)
_PLAIN = re.compile(rf"^[^\W\d_“‘]{_PLAIN_CHAR}*(?<![\s.])\Z|^[“‘]{_PLAIN_CHAR}*[”’]\Z")
_RESERVED = re.compile(
    r"^(?:y|n|yes|no|true|false|on|off|null|~)$|^[-+.]?\d|^\.(?:inf|nan)$", re.IGNORECASE
)
_UNPRINTABLE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]")
# What a comment line cannot hold as it is (a line break, or what YAML refuses).
_NOT_IN_COMMENT = re.compile(
    "[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]"
)


def _scalar(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        text = repr(value)
        # (YAML 1.1 reads "1e-07" as text: a float needs its dot, "1.0e-07")
        return text.replace("e", ".0e", 1) if "e" in text and "." not in text else text
    if isinstance(value, int):
        return repr(value)
    text = str(value)
    # (a plain scalar starts with a letter: of _RESERVED, only its words of 1-5 letters apply)
    if _PLAIN.match(text) and (len(text) > 5 or not _RESERVED.match(text)):
        return text
    quoted = json.dumps(text, ensure_ascii=False)
    return _UNPRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", quoted)


@lru_cache(maxsize=8192)  # the same texts recur: keys, kinds, rules, names
def _text_scalar(text: str) -> str:
    return _scalar(text)


@lru_cache(maxsize=1024, typed=True)  # confidences: a few values, over and over
def _number_scalar(value: float) -> tuple[str, bool]:
    """How a number is written, and whether YAML reads it back as the same number."""
    text = _scalar(value)
    return text, type(value) is int or _PLAIN_FLOAT.fullmatch(text) is not None


def _comment(line: str) -> str:
    """``line`` as a comment line of the YAML."""
    return "# " + _NOT_IN_COMMENT.sub(lambda m: f"\\u{ord(m.group()):04x}", line)


_SELECTOR_KEYS = frozenset(_LAYOUT["selector"])
_NAME_TYPE_KEYS = frozenset({"name", "type"})


def _is_flow(value: object) -> bool:
    if isinstance(value, list):
        return len(value) < 8 and all(isinstance(v, (str, int)) and len(str(v)) < 40 for v in value)
    if isinstance(value, dict):
        return value.keys() <= _SELECTOR_KEYS or (
            value.keys() <= _NAME_TYPE_KEYS and len(str(value.get("name", ""))) < 40
        )
    return False


# What the writer may emit unquoted as a mapping key and still read back as that same text.
_PLAIN_KEY = re.compile(r"[a-z][a-z0-9_-]*")
_NOT_TEXT_KEYS = frozenset({"y", "n", "yes", "no", "on", "off", "true", "false", "null"})
# A float whose repr YAML reads back as the same float (YAML 1.1 needs the dot).
_PLAIN_FLOAT = re.compile(r"-?[0-9]+\.[0-9]*(?:e[-+][0-9]+)?")
# Characters the YAML reader takes as line breaks (\r, \x85, \u2028, \u2029) or refuses: a
# document with any of them is parsed again (see _Writer).
_YAML_ODD = re.compile(
    "[^\t\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
)
# The bytes of the characters _YAML_ODD leaves alone in ASCII: tab, line feed, printable.
_ASCII_NOT_ODD = bytes([9, 10, *range(0x20, 0x7F)])
# The keys of the layout, which _Writer._key would find plain: known once for all rather
# than checked in every document.
_PLAIN_FIELD_KEYS = frozenset(
    key
    for key in (*SECTIONS, *(k for keys in _LAYOUT.values() for k in keys))
    if _PLAIN_KEY.fullmatch(key) and key not in _NOT_TEXT_KEYS
)


def _has_yaml_odd(content: str) -> bool:
    """``_YAML_ODD.search(content) is not None``, without trying the pattern at every character.

    The UTF-8 bytes of ``content`` without those of tab, line feed and printable ASCII
    (C loops, a few instructions a byte) hold every character that may be odd: only those
    are searched, decoded back (lone surrogates pass through both ways).
    """
    rest = content.encode("utf-8", "surrogatepass").translate(None, _ASCII_NOT_ODD)
    return bool(rest) and _YAML_ODD.search(rest.decode("utf-8", "surrogatepass")) is not None


@lru_cache(maxsize=1024)
def _key_text(key: str) -> str:
    """How a mapping key that is not a plain name is written so that it reads back as itself."""
    try:
        loaded = yaml.safe_load(f"{key}: 0")
    except (yaml.YAMLError, ValueError):  # ValueError: an integer of over 4300 digits
        loaded = None
    if isinstance(loaded, dict) and list(loaded) == [key]:
        return key
    return _UNPRINTABLE.sub(
        lambda m: f"\\u{ord(m.group()):04x}", json.dumps(key, ensure_ascii=False)
    )


_object_new = object.__new__
_object_setattr = object.__setattr__
if [(f.name, f.default, f.init) for f in fields(Src)] != [
    ("path", MISSING, True),
    ("line", MISSING, True),
    ("column", MISSING, True),
] or not Src.__dataclass_params__.frozen:  # type: ignore[attr-defined]
    raise TypeError("Src changed: update _src")


def _src(path: Path, line: int, column: int) -> Src:
    """``Src(path, line, column)``: the instance its ``__init__`` would make (the same
    attributes, so equal, hashed and pickled alike), without the three calls of
    ``object.__setattr__`` a frozen dataclass makes (a writer makes one per value)."""
    obj: Src = _object_new(Src)
    _object_setattr(obj, "__dict__", {"path": path, "line": line, "column": column})
    return obj


class _Writer:
    """Writes plain data as block YAML, and builds the tree loading it gives.

    The tree's :class:`~diplokg.model.yamlsrc.YMap` and :class:`~diplokg.model.yamlsrc.YSeq` carry
    the positions PyYAML marks (what :func:`~diplokg.model.yamlsrc.load_yaml` keeps): a block
    mapping at its first key, a block list at its first dash, a flow collection at its
    bracket, a scalar at its first character. Anything the writer cannot vouch for reading
    back unchanged (an odd float or character, a value ending in a line break) sets
    :attr:`odd`: the caller then parses the text instead.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.lines: list[str] = []
        self.odd = False
        self._keys: set[str] = set()  # keys found plain

    def document(self, header: Sequence[str], data: Mapping[str, Any]) -> tuple[str, YMap]:
        """The YAML of ``data`` (one top-level key each, a blank line between), and its tree."""
        lines = self.lines
        if header:
            lines.extend(_comment(line) for line in header)
            lines.append("")
        top = YMap.empty(_src(self.path, len(lines) + 1, 1))
        for n, (name, value) in enumerate(data.items()):
            if n:
                lines.append("")
            self._entry(top, name, value, 0)
        content = "\n".join(lines) + "\n"
        if content.count("\n") != len(lines):  # (a line break inside a line: never, but cheap)
            self.odd = True
        if _has_yaml_odd(content):
            self.odd = True
        return content, top

    def _key(self, key: object) -> str:
        """``key`` as written (keys already found plain are not checked again)."""
        if not isinstance(key, str):
            self.odd = True
            return str(key)
        if not _PLAIN_KEY.fullmatch(key) or key in _NOT_TEXT_KEYS:
            return _key_text(key)
        self._keys.add(key)
        return key

    def _entry(self, node: YMap, key: str, value: object, indent: int) -> None:
        written = key if key in _PLAIN_FIELD_KEYS or key in self._keys else self._key(key)
        lines = self.lines
        line = len(lines) + 1
        if type(value) is str:
            node[key] = value
            node.value_src[key] = _src(self.path, line, indent + len(written) + 3)
            lines.append(f"{' ' * indent}{written}: {_text_scalar(value)}")
        elif isinstance(value, (dict, list)) and value and not _is_flow(value):
            lines.append(f"{' ' * indent}{written}:")
            child = self._block(value, indent + 2)
            node[key] = child
            node.value_src[key] = child.src
        else:
            text, child = self._flow(value, line, indent + len(written) + 2)
            node[key] = child
            node.value_src[key] = _src(self.path, line, indent + len(written) + 3)
            lines.append(f"{' ' * indent}{written}: {text}")

    def _block(self, value: dict[str, Any] | list[Any], indent: int) -> YMap | YSeq:
        lines = self.lines
        src = _src(self.path, len(lines) + 1, indent + 1)
        pad = " " * indent
        if isinstance(value, dict):
            node = YMap.empty(src)
            values = node.value_src
            path, keys = self.path, self._keys
            for k, v in value.items():
                # (text under a key found plain: what _entry does, without the call)
                if type(v) is str and (k in _PLAIN_FIELD_KEYS or k in keys):
                    node[k] = v
                    values[k] = _src(path, len(lines) + 1, indent + len(k) + 3)
                    lines.append(f"{pad}{k}: {_text_scalar(v)}")
                elif type(v) is float and (k in _PLAIN_FIELD_KEYS or k in keys):
                    text, plain = _number_scalar(v)
                    if not plain:
                        self.odd = True
                    node[k] = v
                    values[k] = _src(path, len(lines) + 1, indent + len(k) + 3)
                    lines.append(f"{pad}{k}: {text}")
                else:
                    self._entry(node, k, v, indent)
            return node
        seq = YSeq.empty(src)
        for item in value:
            line = len(lines) + 1
            if type(item) is str:
                seq.append(item)
                seq.item_src.append(_src(self.path, line, indent + 3))
                lines.append(f"{pad}- {_text_scalar(item)}")
            elif isinstance(item, (dict, list)) and item and not _is_flow(item):
                child = self._block(item, indent + 2)
                seq.append(child)
                seq.item_src.append(child.src)
                lines[line - 1] = f"{pad}- {lines[line - 1][indent + 2 :]}"
            else:
                text, child_value = self._flow(item, line, indent + 2)
                seq.append(child_value)
                seq.item_src.append(_src(self.path, line, indent + 3))
                lines.append(f"{pad}- {text}")
        return seq

    def _flow(self, value: object, line: int, column: int) -> tuple[str, Any]:
        """``value`` in flow style starting at 0-based ``column``, and what YAML reads."""
        if type(value) is str:
            return _text_scalar(value), value
        if isinstance(value, list):
            seq = YSeq.empty(_src(self.path, line, column + 1))
            parts = []
            at = column + 1
            for v in value:
                if type(v) is str:  # (what self._flow does with text, without the call)
                    text, child = _text_scalar(v), v
                else:
                    text, child = self._flow(v, line, at)
                parts.append(text)
                seq.append(child)
                seq.item_src.append(_src(self.path, line, at + 1))
                at += len(text) + 2
            return "[" + ", ".join(parts) + "]", seq
        if isinstance(value, dict):
            node = YMap.empty(_src(self.path, line, column + 1))
            parts = []
            at = column + 1
            for k, v in value.items():
                written = k if k in _PLAIN_FIELD_KEYS or k in self._keys else self._key(k)
                if type(v) is str:  # (what self._flow does with text, without the call)
                    text, child = _text_scalar(v), v
                else:
                    text, child = self._flow(v, line, at + len(written) + 2)
                parts.append(f"{written}: {text}")
                node[k] = child
                node.value_src[k] = _src(self.path, line, at + len(written) + 3)
                at += len(written) + len(text) + 4
            return "{" + ", ".join(parts) + "}", node
        if type(value) is float or type(value) is int:
            text, plain = _number_scalar(value)
        elif value is None:  # (what the loader takes as an absent value)
            text, plain = "null", True
        else:
            text, plain = _scalar(value), type(value) is bool
        if not plain:
            self.odd = True
        return text, value
