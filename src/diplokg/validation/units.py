"""What a validation run validates: articles (with the files beside them) and RDF files."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from diplokg.errors import InputError, UsageError
from diplokg.model.annotation import (
    article_sources,
    find_articles,
)
from diplokg.rdf.formats import READ_SUFFIXES

__all__ = ["RDF_SUFFIXES", "Unit", "discover_units"]


#: Files validated as RDF (diplokg.rdf.formats.READ_SUFFIXES).
RDF_SUFFIXES = READ_SUFFIXES
#: The names of the files that stand for an article: its text, annotation, metadata.
_ARTICLE_SUFFIXES = (".txt", ".ann.yaml", ".meta.yaml")


@dataclass(frozen=True)
class Unit:
    """One article (its text file) or one RDF file to validate."""

    kind: Literal["article", "rdf"]
    path: Path
    registry: Path | None = None

    @property
    def source(self) -> str:
        """How results name this unit: its path as given."""
        return str(self.path)


def _refuse_unknown_kind(path: Path) -> None:
    """Raise :class:`UsageError` if ``path`` is a file that is no article, RDF or registry.

    A file without an extension, or named ``.owl``, ``.n3``, ``.xyz`` before they were
    read as RDF, was validated as an article's text: one missing-metadata violation and
    exit 1, whatever it held. An article's names are matched in their case, as a folder's
    articles are found (``X.ANN.YAML`` was validated as the text of an article).
    """
    name = path.name
    if path.is_dir() or not os.path.lexists(path) or name == "entities.yaml":
        return
    if name.endswith(_ARTICLE_SUFFIXES):
        return
    raise UsageError(
        f"cannot tell what this file is from its name: validate takes articles "
        f"({', '.join(_ARTICLE_SUFFIXES)}), folders of articles, entities.yaml and RDF "
        f"files ({', '.join(RDF_SUFFIXES)})",
        path=path,
    )


def discover_units(paths: Sequence[Path]) -> list[Unit]:
    """Articles and RDF files among ``paths``.

    An article is named by its ``.txt`` file, its ``.ann.yaml`` or ``.meta.yaml``
    file, or a folder holding it; a registry (``entities.yaml``) stands for the
    articles beside it.
    """
    units: list[Unit] = []
    for path in paths:
        if path.suffix.lower() in RDF_SUFFIXES and os.path.lexists(path) and not path.is_dir():
            units.append(Unit("rdf", path))  # (a link to nothing: the RDF reader names it)
            continue
        _refuse_unknown_kind(path)
        texts = [path]
        for suffix in (".ann.yaml", ".meta.yaml"):
            if path.name.endswith(suffix):
                # An annotation or metadata file stands for its article (pre-commit passes them).
                texts = [path.with_name(path.name.removesuffix(suffix) + ".txt")]
                if not texts[0].is_file():
                    raise InputError(f"no article {texts[0].name} beside this file", path=path)
        if path.name == "entities.yaml" and path.is_file():
            texts = [path.parent]  # a registry stands for the articles beside it
        registry_in: dict[Path, Path | None] = {}  # one look per folder, not per article
        before = len(units)
        for text in find_articles(texts):
            if text.parent not in registry_in:
                registry_in[text.parent] = article_sources(text).registry
            units.append(Unit("article", text, registry_in[text.parent]))
        if len(units) == before:  # "0 articles: conforms" would hide a wrong path
            raise InputError(
                "no articles to validate here (NAME.txt files with NAME.ann.yaml beside them)",
                path=path,
            )
    seen: set[str] = set()
    unique = []
    cwd = os.getcwd()  # os.path.abspath asks for it anew for every path
    for unit in units:
        key = os.path.normpath(os.path.join(cwd, unit.path))
        if key not in seen:
            seen.add(key)
            unique.append(unit)
    return unique
