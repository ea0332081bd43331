"""Read YAML safely while remembering where every value came from.

Annotation errors must name the file and line to fix, so mappings and
sequences are loaded as :class:`YMap` / :class:`YSeq`, which keep the line and
column of each of their values. Loading uses PyYAML's ``SafeLoader`` (no
arbitrary objects) and rejects duplicate keys, which plain PyYAML silently
overwrites.
"""

from __future__ import annotations

import codecs
import errno
import os
import stat
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar, overload

import yaml

from diplokg.errors import AnnotationError, InputError
from diplokg.model.limits import (
    MAX_ALIAS_EXPANSION,
    MAX_FILE_BYTES,
    MAX_YAML_DEPTH,
    MAX_YAML_VALUES,
    looks_utf16,
    mib,
    shown,
)

__all__ = ["Src", "YMap", "YSeq", "compose_yaml", "load_yaml", "read_bytes", "read_text"]

_E = TypeVar("_E", bound=AnnotationError)


@dataclass(frozen=True)
class Src:
    """A place in a source file: path, 1-based line and column."""

    path: Path
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"

    @overload
    def error(self, message: str) -> AnnotationError: ...
    @overload
    def error(self, message: str, cls: type[_E]) -> _E: ...
    def error(self, message: str, cls: type[AnnotationError] = AnnotationError) -> AnnotationError:
        """An error of class ``cls`` located here."""
        return cls(message, path=self.path, line=self.line, column=self.column)


class YMap(dict[Any, Any]):
    """A YAML mapping that knows its own position and each value's position."""

    src: Src
    value_src: dict[Any, Src]

    @classmethod
    def empty(cls, src: Src) -> YMap:
        """An empty mapping that stands at ``src``."""
        node = cls()
        node.src, node.value_src = src, {}
        return node

    def at(self, key: Any) -> Src:
        """Where the value of ``key`` is (or the mapping itself, if absent)."""
        return self.value_src.get(key, self.src)


class YSeq(list[Any]):
    """A YAML sequence that knows its own position and each item's position."""

    src: Src
    item_src: list[Src]

    @classmethod
    def empty(cls, src: Src) -> YSeq:
        """An empty sequence that stands at ``src``."""
        node = cls()
        node.src, node.item_src = src, []
        return node

    def at(self, index: int) -> Src:
        """Where item ``index`` is."""
        return self.item_src[index] if index < len(self.item_src) else self.src


def _mark(path: Path, node: yaml.Node) -> Src:
    return Src(path, node.start_mark.line + 1, node.start_mark.column + 1)


# libyaml's parser is ~8x faster than the pure-Python one and gives the same marks.
_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):  # type: ignore[valid-type,misc]
    """The loader, with the file it reads (``path``) for the positions it records.

    One class for every file (rather than a class made per file), and a short plain
    scalar's tag is resolved once per text: PyYAML's resolver tries its regular
    expressions, in Python, on every scalar. Together a seventh of the loading time.
    """

    path: Path

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        if kind is not yaml.ScalarNode or len(value) > _SCALAR_TAGS_TEXT:
            return super().resolve(kind, value, implicit)
        key = (value, implicit)
        tag = _SCALAR_TAGS.get(key)
        if tag is None:
            tag = super().resolve(kind, value, implicit)
            if len(_SCALAR_TAGS) < _SCALAR_TAGS_SIZE:
                _SCALAR_TAGS[key] = tag
        return tag


#: (scalar text, implicit flags) → tag, as the safe loader resolves it (it has no
#: path resolvers, so nothing else decides a scalar's tag).
_SCALAR_TAGS: dict[tuple[Any, Any], Any] = {}
_SCALAR_TAGS_SIZE = 100_000
#: Longer scalars (evidence texts, notes) seldom repeat: they are not remembered.
_SCALAR_TAGS_TEXT = 40


def _construct_timestamp(loader: _Loader, node: yaml.ScalarNode) -> object:
    # "2023-02-30" looks like a date but is none: keep the text, and let the
    # schema check report it with its line instead of a bare ValueError.
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError:
        return loader.construct_scalar(node)


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)


def _loader_for(path: Path, text: str) -> _Loader:
    loader = _Loader(text)
    loader.path = path
    return loader


_STR_TAG = "tag:yaml.org,2002:str"
_MERGE_TAG = "tag:yaml.org,2002:merge"
#: The tags of the mappings and lists diplokg reads (``!!map``, ``!!seq``, implicit or not).
_COLLECTION_TAGS = frozenset(
    (
        yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG,
        yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG,
    )
)


class _Builder:
    """Build YMap / YSeq / scalars from a composed node tree, within the input limits.

    The values ``loader.get_single_data()`` would give (merge keys, ``<<``, included:
    a key written in the mapping overrides one merged into it), but walking the tree
    directly: PyYAML's generic construction machinery costs several
    times the C parser's time on annotation-sized files. Aliases share one object.

    Aliases make composing an "alias bomb" cheap; it is every later walk over the
    values (checks, messages) that would expand it. So the size each value would have
    expanded is counted here, once per node, and a file is refused as soon as it would
    expand beyond its budget, nests too deep, or holds an alias inside its own value.
    """

    def __init__(self, loader: yaml.SafeLoader, path: Path, chars: int) -> None:
        self.loader = loader
        self.path = path
        self.memo: dict[int, Any] = {}
        self.sizes: dict[int, int] = {}  # expanded size of each finished container
        self.budget = min(MAX_YAML_VALUES, MAX_ALIAS_EXPANSION * chars + 10_000)

    def _size(self, node: yaml.Node) -> int:
        if isinstance(node, yaml.ScalarNode):
            return 1
        size = self.sizes.get(id(node))
        if size is None:  # reached again before it was finished
            raise _mark(self.path, node).error("YAML alias refers to a value that contains it")
        return size

    def _finish(self, node: yaml.Node, total: int) -> None:
        if total > self.budget:
            raise _mark(self.path, node).error(
                f"YAML expands to more than {self.budget:,} values (the limit for a file of "
                "this size; aliases may not multiply it); write the values out"
            )
        self.sizes[id(node)] = total

    def build(self, node: yaml.Node, depth: int = 1) -> Any:
        path = self.path
        if isinstance(node, yaml.ScalarNode):
            if node.tag == _STR_TAG:
                return node.value
            try:
                return self.loader.construct_object(node, deep=True)
            except (ValueError, LookupError, AttributeError, TypeError, yaml.YAMLError):
                raise _mark(path, node).error(_unreadable_scalar(self.loader, node)) from None
        done = self.memo.get(id(node))
        if done is not None:
            return done
        if depth > MAX_YAML_DEPTH:
            raise _mark(path, node).error(
                f"YAML nested more than {MAX_YAML_DEPTH} levels deep (the limit); flatten it"
            )
        if node.tag not in _COLLECTION_TAGS:
            # (the safe loader builds no object of '!!python/object/apply:os.system [...]',
            # but the list under it was read as if the tag were not there)
            tag = str(node.tag).replace("tag:yaml.org,2002:", "!!")
            raise _mark(path, node).error(
                f"YAML tag {shown(tag)} is not one diplokg reads (only plain mappings and "
                "lists are); remove the tag"
            )
        total = 1
        if isinstance(node, yaml.SequenceNode):
            seq = YSeq()
            seq.src = _mark(path, node)
            seq.item_src = []
            self.memo[id(node)] = seq
            for child in node.value:
                seq.append(self.build(child, depth + 1))
                seq.item_src.append(_mark(path, child))
                total += self._size(child)
            self._finish(node, total)
            return seq
        if isinstance(node, yaml.MappingNode):
            written = sum(key.tag != _MERGE_TAG for key, _ in node.value)
            self.loader.flatten_mapping(node)
            # flatten_mapping puts the merged pairs first, the later of two winning, then
            # the pairs written in the mapping, which override them
            merged = len(node.value) - written
            result = YMap()
            result.src = _mark(path, node)
            result.value_src = {}
            self.memo[id(node)] = result
            overridable: set[Any] = set()
            for index, (key_node, value_node) in enumerate(node.value):
                key = self.build(key_node, depth + 1)
                if isinstance(key, bool):
                    # ("yes:" was shown as "entity key True must be lower-case words …")
                    raise _mark(path, key_node).error(
                        f"key {shown(key_node.value)} is read by YAML as {str(key).lower()}, "
                        f"not a name: quote it ({shown(key_node.value)}) if it is one"
                    )
                if not isinstance(key, str | int):
                    raise _mark(path, key_node).error("mapping keys must be plain names")
                if key in result and key not in overridable:
                    raise _mark(path, key_node).error(
                        f"duplicate key {shown(key)}: each key may appear once in a mapping"
                    )
                if index < merged:
                    overridable.add(key)
                else:
                    overridable.discard(key)
                result[key] = self.build(value_node, depth + 1)
                result.value_src[key] = _mark(path, value_node)
                total += self._size(key_node) + self._size(value_node)
            self._finish(node, total)
            return result
        return self.loader.construct_object(node, deep=True)


def _unreadable_scalar(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> str:
    """What to fix in a scalar its tag's constructor refuses.

    A plain value whose own look gave the tag (only an integer of more than 4300
    digits fails so) is too large; an explicit tag (``!!bool maybe``, ``!!timestamp
    x``, ``!!binary @@``) does not fit the value written after it.
    """
    implicit = loader.resolve(yaml.ScalarNode, node.value, (True, False))  # type: ignore[no-untyped-call]
    if not node.style and implicit == node.tag:
        return (
            f"YAML value {shown(node.value)} is too large to read as a number; "
            "quote it if it is text"
        )
    tag = str(node.tag).replace("tag:yaml.org,2002:", "!!")
    return (
        f"YAML value {shown(node.value)} is not a valid {shown(tag)}; "
        "remove the tag or write a value of that kind"
    )


def _syntax_problem(exc: yaml.MarkedYAMLError, text: str) -> str:
    """The problem of a YAML error as one self-contained phrase.

    libyaml's composer names neither the anchor nor the alias at fault, and some of
    its problems ("second occurrence", "but found another document") only make sense
    after their context: both are completed here.
    """
    problem = exc.problem or exc.context or "syntax error"
    mark = exc.problem_mark
    if problem.startswith("found undefined alias") and mark is not None:
        name = text[mark.index :].split(None, 1)[0][:60] if mark.index < len(text) else ""
        return f"alias {shown(name)} names no anchor (&name) written before it; define it first"
    if problem == "second occurrence":
        first = exc.context_mark
        name = text[mark.index :].split(None, 1)[0][:60] if mark and mark.index < len(text) else ""
        where = f" (first at line {first.line + 1})" if first else ""
        return f"anchor {shown(name)} is defined twice{where}; give each anchor its own name"
    if problem.startswith("but found another document"):
        return "the file holds more than one YAML document ('---'); keep one"
    return problem


def read_bytes(path: Path, *, what: str, limit: int = MAX_FILE_BYTES) -> bytes:
    """Read a regular file of at most ``limit`` bytes, or raise :class:`InputError`.

    Devices, pipes and sockets are refused (``/dev/zero`` would be read forever), and
    a file is never read further than its limit, even if it grows meanwhile. It is
    opened without blocking: opening a named pipe would wait for a writer forever.
    """
    try:
        with open(os.open(path, os.O_RDONLY | os.O_NONBLOCK), "rb") as handle:
            info = os.fstat(handle.fileno())
            if stat.S_ISDIR(info.st_mode):
                raise InputError(f"{what} is a directory, expected a file", path=path)
            if not stat.S_ISREG(info.st_mode):
                raise InputError(f"{what} is not a regular file (a device or pipe?)", path=path)
            data = handle.read(limit + 1)
    except FileNotFoundError:
        raise InputError(f"{what} not found", path=path) from None
    except IsADirectoryError:
        raise InputError(f"{what} is a directory, expected a file", path=path) from None
    except OSError as exc:
        if exc.errno == errno.ENXIO:  # a socket cannot be opened: said as for a pipe
            raise InputError(
                f"{what} is not a regular file (a device or pipe?)", path=path
            ) from None
        raise InputError(f"cannot read {what}: {exc.strerror or exc}", path=path) from None
    if len(data) > limit:
        raise InputError(
            f"{what} is larger than the limit of {mib(limit)} for one file; split it", path=path
        )
    return data


def read_text(path: Path, *, what: str) -> str:
    """Read a UTF-8 text file, or raise :class:`InputError` saying what is wrong with it.

    A leading UTF-8 byte order mark (Windows editors write one) is dropped: JSON and
    Turtle parsers refuse it, and it is no part of an article's text. The text is put
    in Unicode NFC (as the web writes it; macOS tools may save NFD): a letter and its
    accent are then one character in an article and in the evidence naming it, so an
    article saved decomposed is read as the same words ('José', not 'Jose' and an
    accent) and curated evidence matches it whichever form either file was saved in.
    """
    data = read_bytes(path, what=what).removeprefix(codecs.BOM_UTF8)
    if looks_utf16(data):
        raise InputError(
            f"{what} is UTF-16 text (as some Windows editors save it); save it as UTF-8",
            path=path,
        )
    if b"\x00" in data:
        raise InputError(
            f"{what} looks binary (it contains NUL bytes); expected UTF-8 text", path=path
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            f"{what} is not valid UTF-8 (byte {exc.start}); save it as UTF-8", path=path, line=line
        ) from None
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def load_yaml(path: Path, *, what: str, text: str | None = None) -> YMap:
    """Load a YAML file whose top level is a mapping, keeping positions.

    ``text``, when given, is parsed instead of reading ``path`` (which still
    names the source in positions and errors). Raises :class:`AnnotationError`
    with the line and column of a syntax error, and when the document is empty
    or not a mapping.
    """
    if text is None:
        text = read_text(path, what=what)
    loader = _loader_for(path, text)
    try:
        node = loader.get_single_node()
        data = None if node is None else _Builder(loader, path, len(text)).build(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise AnnotationError(
            f"YAML syntax error: {_syntax_problem(exc, text)}",
            path=path,
            line=mark.line + 1 if mark else None,
            column=mark.column + 1 if mark else None,
        ) from None
    except yaml.reader.ReaderError as exc:  # a character YAML does not allow, no mark
        line = text[: exc.position].count("\n") + 1
        character = exc.character if isinstance(exc.character, str) else chr(exc.character)
        raise AnnotationError(
            f"YAML does not allow the character U+{ord(character):04X} here "
            '(control characters must be written as escapes in double quotes, like "\\x1f")',
            path=path,
            line=line,
        ) from None
    except yaml.YAMLError as exc:
        raise AnnotationError(f"YAML error: {' '.join(str(exc).split())}", path=path) from None
    finally:
        loader.dispose()
    if data is None:
        raise AnnotationError(f"{what} is empty; expected a YAML mapping", path=path, line=1)
    if not isinstance(data, YMap):
        raise AnnotationError(f"{what} must be a YAML mapping at the top level", path=path, line=1)
    return data


def compose_yaml(text: str) -> yaml.Node | None:
    """The node tree of a YAML text, or ``None`` when it does not parse.

    Composed by libyaml where it is installed (as :func:`load_yaml` reads), whose
    nesting limit turns a hostile document (``[[[[…`` ten thousand deep) into a
    syntax error; the pure-Python composer recurses once per level, so a text too
    deep for Python's stack is ``None`` too, never a crash.
    """
    try:
        return yaml.compose(text, Loader=_BaseLoader)
    except (yaml.YAMLError, RecursionError):
        return None
