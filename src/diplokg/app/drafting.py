"""The application layer: decisions the lower layers take as options.

An article without a curated annotation is converted, validated, rendered and
scored from the extractor's draft. That choice is taken here, once: the converter,
the checks, the review pages and the evaluation take a
:class:`~diplokg.model.annotation.Drafter` and never import the extractor
themselves, so that each layer imports only the layers below it (see the
``[tool.importlinter]`` contract in ``pyproject.toml``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Unpack

from diplokg.errors import UsageError
from diplokg.evaluate.run import evaluate_paths
from diplokg.model.annotation import Annotation, DraftOptions

__all__ = ["dev_set_micro_f1", "draft_annotation"]


def draft_annotation(text: str, **options: Unpack[DraftOptions]) -> Annotation:
    """The extractor's draft annotation of ``text`` (a :class:`Drafter`).

    The extractor is imported on first use: its rules take a third of a second to
    load, wasted on a run whose articles are all curated.
    """
    try:
        from diplokg.extract import extract_annotation
    except ModuleNotFoundError as exc:
        if exc.name != "diplokg.extract":
            raise
        raise UsageError(
            "the extractor (diplokg.extract) is not available; "
            "give a curated annotation (NAME.ann.yaml or --annotation FILE)"
        ) from None
    draft = extract_annotation(text, **options)
    annotation: Annotation = draft.annotation
    return annotation


def dev_set_micro_f1(folder: Path, *, registry: Path | None = None) -> float:
    """Micro-F1 of the extractor over a folder of articles with gold files (the dev set)."""
    return evaluate_paths([folder], registry=registry, draft=draft_annotation).total.micro.f1
