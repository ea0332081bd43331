"""The RDF serialisations diplokg reads and writes, and how each is named.

Below the store and the serialiser, which both take one: a command names a format
(``--format trig``) or a file's extension does (``.nq``).
"""

from __future__ import annotations

import codecs
import enum
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox

from diplokg.errors import RdfSyntaxError, UsageError
from diplokg.model.limits import looks_utf16, require_regular_file

__all__ = ["RdfFormat", "parse_file"]


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
        raise UsageError(
            f"cannot tell the RDF format of {path.name!r} from its extension ({known})"
        )


def parse_file(path: Path, *, base_iri: str | None = None) -> Iterator[ox.Quad]:
    """The quads of one RDF file (format from its extension), streamed; errors located.

    A syntax error is an :class:`RdfSyntaxError` naming the file, line and column. A
    UTF-8 byte order mark (Windows editors write one) is skipped: pyoxigraph took it for
    an invisible, misplaced subject.
    """
    fmt = RdfFormat.from_extension(path)
    require_regular_file(path, what="RDF file")
    try:
        with path.open("rb") as handle:
            if looks_utf16(handle.read(512)):
                raise RdfSyntaxError(
                    f"{fmt.value} file is UTF-16 text; save it as UTF-8", path=path
                )
            handle.seek(0)
            if handle.read(len(codecs.BOM_UTF8)) != codecs.BOM_UTF8:
                handle.seek(0)
            yield from ox.parse(handle, format=fmt.oxigraph, base_iri=base_iri)
    except SyntaxError as exc:
        raise RdfSyntaxError(
            f"{fmt.value} syntax error: {exc.msg}", path=path, line=exc.lineno, column=exc.offset
        ) from None
    except FileNotFoundError:
        raise RdfSyntaxError("RDF file not found", path=path) from None
    except OSError as exc:
        raise RdfSyntaxError(f"cannot read RDF file: {exc.strerror or exc}", path=path) from None
