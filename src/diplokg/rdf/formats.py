"""The RDF serialisations diplokg reads and writes, and how each is named.

Below the store and the serialiser, which both take one: a command names a format
(``--format trig``) or a file's extension does (``.nq``).
"""

from __future__ import annotations

import enum
from pathlib import Path

import pyoxigraph as ox

from diplokg.errors import UsageError

__all__ = ["RdfFormat"]


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
