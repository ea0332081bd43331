"""The RDF serialisations diplokg reads and writes, and how each is named.

Below the store and the serialiser, which both take one: a command names a format
(``--format trig``) or a file's extension does (``.nq``).
"""

from __future__ import annotations

import codecs
import enum
import io
import re
from collections.abc import Generator
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from diplokg.errors import RdfSyntaxError, UsageError
from diplokg.model.limits import (
    MAX_XML_DEPTH,
    MAX_XML_ENTITY_BYTES,
    looks_utf16,
    mib,
    require_regular_file,
)

__all__ = ["READ_SUFFIXES", "RdfFormat", "parse_file", "read_format"]


class RdfFormat(enum.Enum):
    """RDF serialisations diplokg reads and writes."""

    TURTLE = "turtle"
    TRIG = "trig"
    NT = "nt"
    NQUADS = "nquads"
    JSONLD = "jsonld"

    @property
    def extension(self) -> str:
        """The usual file extension, with its dot."""
        return {
            "turtle": ".ttl",
            "trig": ".trig",
            "nt": ".nt",
            "nquads": ".nq",
            "jsonld": ".jsonld",
        }[self.value]

    @property
    def oxigraph(self) -> ox.RdfFormat:
        """The matching pyoxigraph format."""
        return {
            "turtle": ox.RdfFormat.TURTLE,
            "trig": ox.RdfFormat.TRIG,
            "nt": ox.RdfFormat.N_TRIPLES,
            "nquads": ox.RdfFormat.N_QUADS,
            "jsonld": ox.RdfFormat.JSON_LD,
        }[self.value]

    @classmethod
    def from_extension(cls, path: Path) -> RdfFormat:
        """The format a file name's extension says, or :class:`UsageError`."""
        suffix = path.suffix.lower()
        for fmt in cls:
            if fmt.extension == suffix or (fmt is cls.JSONLD and suffix == ".json"):
                return fmt
        known = ", ".join(f.extension for f in cls)
        if suffix in _READ_ONLY:  # (an output: diplokg reads these, but does not write them)
            raise UsageError(
                "cannot tell the RDF format from the extension: diplokg "
                f"reads {_READ_ONLY[suffix][0]} but writes {known} (or give --format)",
                path=path,
            )
        raise UsageError(f"cannot tell the RDF format from the extension ({known})", path=path)


#: Serialisations diplokg reads but does not write, by extension, with their names.
_READ_ONLY: dict[str, tuple[str, ox.RdfFormat]] = {
    ".rdf": ("RDF/XML", ox.RdfFormat.RDF_XML),
    ".owl": ("RDF/XML", ox.RdfFormat.RDF_XML),
    ".xml": ("RDF/XML", ox.RdfFormat.RDF_XML),
    ".n3": ("N3", ox.RdfFormat.N3),
}

#: The extensions of every RDF file diplokg reads (validate, query --data, load).
READ_SUFFIXES: tuple[str, ...] = (
    *(f.extension for f in RdfFormat),
    ".json",
    *_READ_ONLY,
)


def read_format(path: Path) -> tuple[str, ox.RdfFormat]:
    """The name and parser format of the RDF file ``path`` by its extension.

    :class:`UsageError` naming the extensions diplokg reads if there is none of them
    (a file without an extension, ``.xyz``).
    """
    suffix = path.suffix.lower()
    if suffix in _READ_ONLY:
        return _READ_ONLY[suffix]
    if suffix in READ_SUFFIXES:
        fmt = RdfFormat.from_extension(path)
        return fmt.oxigraph.name, fmt.oxigraph  # ("Turtle", "N-Triples": as in messages)
    raise UsageError(
        f"cannot tell the RDF format from the extension: name it {', '.join(READ_SUFFIXES)}",
        path=path,
    )


#: An XML entity declaration of a DOCTYPE's internal subset, and a reference to one.
_ENTITY = re.compile(rb"<!ENTITY\s+([^\s>]+)\s+(?:\"([^\"]*)\"|'([^']*)'|[^>]*)")
_REFERENCE = re.compile(rb"&([A-Za-z_:][-A-Za-z0-9._:]*);")
#: An entity whose value is a file or URL (``<!ENTITY x SYSTEM "file:///etc/passwd">``).
_EXTERNAL_ENTITY = re.compile(rb"<!ENTITY\s+(?:%\s+)?[^\s>]+\s+(?:SYSTEM|PUBLIC)\b")
#: What the JSON-LD parser says of a remote ``@context``, and what diplokg says instead.
_REMOTE_CONTEXT = (
    "No LoadDocumentCallback has been set to load remote contexts",
    "its @context names a remote document, which diplokg never fetches (it uses no "
    "network): put the context in the file",
)


def _check_xml_entities(data: bytes, path: Path) -> None:
    """Raise :class:`RdfSyntaxError` if expanding ``data``'s XML entities adds more than
    :data:`~diplokg.model.limits.MAX_XML_ENTITY_BYTES`.

    pyoxigraph expands internal entities without a bound: a 1 KB "billion laughs" file
    took 10 GB of memory and never ended. Entities that spell namespaces (``&owl;``, as
    Protégé writes them) add a few bytes per use and pass.
    """
    if b"<!ENTITY" not in data:
        return
    external = _EXTERNAL_ENTITY.search(data)
    if external is not None:  # (pyoxigraph: "ENTITY values should be enclosed in quotes")
        raise RdfSyntaxError(
            "declares an external XML entity (<!ENTITY … SYSTEM/PUBLIC …>), which diplokg "
            "never reads (no file or network is opened for it): write the value out",
            path=path,
            line=data.count(b"\n", 0, external.start()) + 1,
        )
    values = {m[1]: m[2] if m[2] is not None else m[3] or b"" for m in _ENTITY.finditer(data)}
    sizes: dict[bytes, int] = {}

    def size(name: bytes) -> int:
        """The bytes ``&name;`` stands for, expanded (its own length if not declared)."""
        if name not in values:
            return len(name) + 2
        if name not in sizes:
            sizes[name] = 0  # (a reference to itself adds nothing: the parser refuses it)
            value = values[name]
            sizes[name] = min(
                len(_REFERENCE.sub(b"", value)) + sum(size(r) for r in _REFERENCE.findall(value)),
                MAX_XML_ENTITY_BYTES + 1,
            )
        return sizes[name]

    added = 0
    for name in _REFERENCE.findall(data):
        added += size(name)
        if added > MAX_XML_ENTITY_BYTES:
            raise RdfSyntaxError(
                f"RDF/XML entities (<!ENTITY>) expand to more than {mib(MAX_XML_ENTITY_BYTES)} "
                "of text; write the values out",
                path=path,
            )


#: An element's start or end tag (a start tag ending in ``/>`` is empty).
_TAG = re.compile(rb"<(/?)[A-Za-z_][^<>]*?(/?)>")


def _check_xml_depth(data: bytes, path: Path) -> None:
    """Raise :class:`RdfSyntaxError` if ``data``'s elements nest deeper than
    :data:`~diplokg.model.limits.MAX_XML_DEPTH` (counted on the tags, roughly: a ``>``
    inside a value or a tag inside a comment may count one level more)."""
    depth = 0
    for tag in _TAG.finditer(data):
        if tag[1]:
            depth -= 1
        elif not tag[2]:
            depth += 1
            if depth > MAX_XML_DEPTH:
                line = data.count(b"\n", 0, tag.start()) + 1
                raise RdfSyntaxError(
                    f"RDF/XML elements nest deeper than {MAX_XML_DEPTH:,} levels; write "
                    "the nested descriptions side by side, linked by their IRIs",
                    path=path,
                    line=line,
                )


#: In Turtle-like text: a string, a comment or an IRI (skipped), or ``<<`` (a triple term).
_TRIPLE_TERM = re.compile(
    rb'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    rb'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|#[^\n]*|(<<)|<[^<>\s]*>',
    re.DOTALL,
)


def _triple_term_line(path: Path) -> int | None:
    """The line of the first ``<<`` in ``path`` outside strings, comments and IRIs, if
    it is Turtle-like text (pyoxigraph's quads carry no position)."""
    if read_format(path)[1] in (ox.RdfFormat.RDF_XML, ox.RdfFormat.JSON_LD):
        return None
    data = path.read_bytes()
    for token in _TRIPLE_TERM.finditer(data):
        if token[1]:
            return data.count(b"\n", 0, token.start()) + 1
    return None


def _refuse_triple_term(quad: ox.Quad, path: Path) -> None:
    """Raise :class:`RdfSyntaxError` if ``quad`` holds an RDF 1.2 triple term.

    ``diplokg load`` sent them on to the endpoint, the embedded store took them and SHACL
    cannot check them; the ontology and shapes use none. Refused in every command,
    because every RDF file is read here.
    """
    if isinstance(quad.subject, ox.Triple) or isinstance(quad.object, ox.Triple):
        raise RdfSyntaxError(
            "holds an RDF 1.2 triple term or RDF-star quoted triple (<< … >>), which "
            "diplokg does not take (its ontology and shapes use none): write plain triples",
            path=path,
            line=_triple_term_line(path),
        )


def parse_file(
    path: Path, *, base_iri: str | None = None, text: str | None = None
) -> Generator[ox.Quad, None, None]:
    """The quads of one RDF file (format from its extension), streamed; errors located.

    A syntax error is an :class:`RdfSyntaxError` naming the file, line and column. A
    UTF-8 byte order mark (Windows editors write one) is skipped: pyoxigraph took it for
    an invisible, misplaced subject. An N3 formula (``{ … } => { … }``) is no RDF graph
    and is refused. ``text`` is the file's text when the caller has read it already
    (checked and normalised): it is parsed, and the file is not read again.
    """
    name, fmt = read_format(path)
    if text is None:
        require_regular_file(path, what="RDF file")
    try:
        with path.open("rb") if text is None else io.BytesIO(text.encode()) as handle:
            if looks_utf16(handle.read(512)):
                raise RdfSyntaxError(f"{name} file is UTF-16 text; save it as UTF-8", path=path)
            handle.seek(0)
            if handle.read(len(codecs.BOM_UTF8)) != codecs.BOM_UTF8:
                handle.seek(0)
            source: BinaryIO | bytes = handle
            if fmt is ox.RdfFormat.RDF_XML:  # its entities are checked before expanded
                source = handle.read()
                _check_xml_entities(source, path)
                _check_xml_depth(source, path)
            for quad in ox.parse(source, format=fmt, base_iri=base_iri):
                if fmt is ox.RdfFormat.N3 and isinstance(quad.graph_name, ox.BlankNode):
                    raise RdfSyntaxError(
                        "holds an N3 formula ({ … }), which is no RDF graph: write plain "
                        "triples, or save it as Turtle",
                        path=path,
                    )
                _refuse_triple_term(quad, path)
                yield quad
    except SyntaxError as exc:
        if _REMOTE_CONTEXT[0] in exc.msg:
            raise RdfSyntaxError(_REMOTE_CONTEXT[1], path=path) from None
        raise RdfSyntaxError(
            f"{name} syntax error: {exc.msg}", path=path, line=exc.lineno, column=exc.offset
        ) from None
    except FileNotFoundError:
        raise RdfSyntaxError("RDF file not found", path=path) from None
    except OSError as exc:
        raise RdfSyntaxError(f"cannot read RDF file: {exc.strerror or exc}", path=path) from None
