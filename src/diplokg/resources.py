"""Find the ontology, shapes, stored queries and lexicon that ship inside the package.

They live at the top of the source tree (``ontology/``, ``shapes/``,
``queries/``; the extractor's lexicon and regexes in ``src/diplokg/data/lexicon/`` and
``src/diplokg/data/regexes/``) and
inside the wheel under ``diplokg/data/``; this module is the
only place that knows where: the package's own folder when it is on disk (most installs;
it spares start-up importing :mod:`importlib.resources`), else
:mod:`importlib.resources` (a zipped package).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

__all__ = ["ResourceKind", "resource_dir", "resource_files"]

ResourceKind = Literal["ontology", "shapes", "queries", "lexicon", "regexes"]

_SUFFIX: dict[str, str] = {
    "ontology": ".ttl",
    "shapes": ".ttl",
    "queries": ".rq",
    "lexicon": ".tsv",
    "regexes": ".yaml",
}


def resource_dir(kind: ResourceKind) -> Traversable:
    """The packaged folder of one kind of resource."""
    folder = Path(__file__).parent / "data" / kind
    if folder.is_dir():  # a package on disk: importlib.resources (tempfile, zipfile…) not needed
        return folder
    from importlib.resources import files

    return files("diplokg").joinpath("data", kind)


def resource_files(kind: ResourceKind) -> list[Traversable]:
    """The packaged files of one kind, sorted by name."""
    suffix = _SUFFIX[kind]
    return sorted(
        (f for f in resource_dir(kind).iterdir() if f.name.endswith(suffix)),
        key=lambda f: f.name,
    )
