"""Articles and folders scored against their gold files, the draft made when asked."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from diplokg.errors import InputError, UsageError
from diplokg.evaluate.gold import load_gold
from diplokg.evaluate.items import KINDS
from diplokg.evaluate.predict import predict
from diplokg.evaluate.scoring import Evaluation, Score, score
from diplokg.model.annotation import (
    Drafter,
    article_sources,
    draft_options,
    find_articles,
    load_annotation,
    load_metadata,
    refuse_link_outside,
    unique_paths,
)
from diplokg.model.yamlsrc import read_text

__all__ = [
    "ArticleEvaluation",
    "EvaluationRun",
    "evaluate_article",
    "evaluate_paths",
    "gold_path_for",
]


@dataclass(frozen=True)
class ArticleEvaluation:
    """One article scored against its gold file."""

    article: Path
    gold: Path
    source: str  # "extractor" or the annotation file scored
    evaluation: Evaluation


@dataclass(frozen=True)
class EvaluationRun:
    """Several articles scored; ``total`` sums their counts (micro over articles too)."""

    articles: tuple[ArticleEvaluation, ...]
    total: Evaluation = field(default_factory=lambda: Evaluation({k: Score() for k in KINDS}))


def gold_path_for(article: Path) -> Path:
    """Where an article's gold file is expected: ``NAME.gold.json`` beside ``NAME.txt``."""
    return article.parent / f"{article.name.removesuffix('.txt')}.gold.json"


def evaluate_article(
    article: Path,
    *,
    gold: Path | None = None,
    annotation: Path | None = None,
    registry: Path | None = None,
    min_confidence: float = 0.0,
    draft: Drafter | None = None,
) -> ArticleEvaluation:
    """Score one article against its gold file (default ``NAME.gold.json`` beside it).

    Without ``annotation``, ``draft`` drafts one from the text (the application
    passes :func:`diplokg.app.drafting.draft_annotation`, the extractor). The
    publication day and publisher come from ``NAME.meta.yaml`` beside the
    article, else from the gold file; the registry is ``registry``, else
    ``entities.yaml`` beside the article, else none. ``min_confidence`` leaves the
    draft's less confident facts out.
    """
    gold_file = gold or gold_path_for(article)
    if gold is not None:  # named by the user: its own error (missing, a pipe) names it
        if not gold.exists():
            raise InputError("gold file not found", path=gold)
    elif not gold_file.is_file():
        raise InputError(
            f"no gold file for this article: expected {gold_file.name} beside it, or --gold FILE",
            path=article,
        )
    text = read_text(article, what="article")
    truth = load_gold(gold_file)
    sources = article_sources(article, registry=registry)
    if sources.metadata is not None:
        meta = load_metadata(sources.metadata)
        published, publisher = meta.published, meta.publisher
    else:
        published, publisher = truth.published, truth.publisher
    options = draft_options(
        sources, published=published, publisher=publisher, min_confidence=min_confidence
    )
    if annotation is not None:
        ann = load_annotation(annotation)
        source = str(annotation)
    elif draft is not None:
        ann = draft(text, **options)
        source = "extractor"
    else:
        raise UsageError("nothing to score: give an annotation, or a drafter to draft one")
    predicted = predict(ann, text=text, published=published, registry=options.get("registry"))
    return ArticleEvaluation(article, gold_file, source, score(predicted, truth.facts))


def evaluate_paths(
    paths: Sequence[Path],
    *,
    gold: Path | None = None,
    annotation: Path | None = None,
    curated: bool = False,
    registry: Path | None = None,
    min_confidence: float = 0.0,
    draft: Drafter | None = None,
) -> EvaluationRun:
    """Score articles and folders of articles against their gold files.

    A folder stands for every ``NAME.txt`` in it that has ``NAME.gold.json``
    beside it (an error when none has). ``gold`` and ``annotation`` name the
    files for a single article; ``curated`` scores the ``NAME.ann.yaml`` beside
    each article instead of the extractor's draft.
    """
    if curated and annotation is not None:
        raise UsageError("give either --annotation FILE or --curated, not both")
    articles: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = [p for p in find_articles([path]) if gold_path_for(p).is_file()]
            for p in found:
                refuse_link_outside(gold_path_for(p), path)
            if not found:
                raise InputError("no NAME.txt with a NAME.gold.json beside it here", path=path)
            articles += found
        elif path.is_file():
            articles.append(path)
        else:
            raise InputError("no such file or folder", path=path)
    articles = unique_paths(articles)
    if (gold is not None or annotation is not None) and len(articles) != 1:
        option = "--gold" if gold is not None else "--annotation"
        raise UsageError(f"{option} names the file of one article, but {len(articles)} were given")
    results = []
    for article in articles:
        ann = annotation
        if curated:
            ann = article_sources(article).annotation
            if ann is None:
                raise InputError(
                    f"no curated annotation: expected {article.name.removesuffix('.txt')}"
                    ".ann.yaml beside the article",
                    path=article,
                )
        results.append(
            evaluate_article(
                article,
                gold=gold,
                annotation=ann,
                registry=registry,
                min_confidence=min_confidence,
                draft=draft,
            )
        )
    total = Evaluation({k: Score() for k in KINDS})
    for result in results:
        total += result.evaluation
    return EvaluationRun(tuple(results), total)
