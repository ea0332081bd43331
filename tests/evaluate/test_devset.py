"""The development set: hand-written articles with gold files (``tests/data/dev/``).

Each ``NAME.txt`` has ``NAME.meta.yaml`` (publisher, published, language) and
``NAME.gold.json`` following ``../shared/evaluation/gold-format.md``. These
tests keep the gold honest: valid, grounded in the article word for word, its
relative dates right for the publication day, and the set as varied as it
claims to be.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from diplokg.app.drafting import dev_set_micro_f1, draft_annotation
from diplokg.errors import UsageError
from diplokg.evaluate.gold import check_gold, load_gold
from diplokg.evaluate.items import Gold
from diplokg.evaluate.run import evaluate_paths
from diplokg.model.annotation import load_metadata
from tests.conftest import DATA

DEV = DATA / "dev"
ARTICLES = sorted(DEV.glob("*.txt"))


def _gold(article: Path) -> Gold:
    return load_gold(article.with_name(article.name.removesuffix(".txt") + ".gold.json"))


def test_the_dev_set_has_at_least_twelve_articles() -> None:
    assert len(ARTICLES) >= 12
    readme = (DEV / "README.md").read_text(encoding="utf-8")
    assert all(f"| {p.stem} |" in readme for p in ARTICLES)  # each one described
    stems = {p.name.split(".")[0] for p in DEV.iterdir() if p.name != "README.md"}
    assert stems == {p.name.removesuffix(".txt") for p in ARTICLES}  # no stray files


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_gold_is_valid_and_grounded(article: Path) -> None:
    text = article.read_text(encoding="utf-8")
    gold = _gold(article)
    assert check_gold(gold, text) == []
    meta = load_metadata(article.with_name(article.stem + ".meta.yaml"))
    assert (meta.published, meta.publisher, meta.language) == (
        gold.published,
        gold.publisher,
        gold.language,
    )
    assert 300 <= len(text.split()) <= 600
    for meeting in gold.facts.meetings:
        names = [p.name for p in meeting.participants]
        assert len(set(names)) == len(names) >= 2, meeting.evidence


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_gold_json_uses_only_the_documented_layout(article: Path) -> None:
    data = json.loads(_gold(article).path.read_text(encoding="utf-8"))  # type: ignore[union-attr]
    assert list(data) == [
        "published",
        "publisher",
        "language",
        "persons",
        "organizations",
        "meetings",
        "quotes",
        "statements",
        "agreements",
        "accusations",
        "relative_dates",
    ]


def test_the_dev_set_is_varied() -> None:
    texts = {a.stem: a.read_text(encoding="utf-8") for a in ARTICLES}
    golds = {a.stem: _gold(a) for a in ARTICLES}
    metas = [load_metadata(a.with_name(a.stem + ".meta.yaml")) for a in ARTICLES]

    def share(pattern: str) -> int:
        return sum(1 for t in texts.values() if re.search(pattern, t))

    assert share("“") >= 4 and share('"') >= 4 and share("«") >= 1  # curly, straight, guillemets
    assert share(r"\b(neighbour|criticised|organisation|defence)") >= 3  # British spelling
    assert share(r"\b(neighbor|criticized|organization|defense)") >= 3  # American spelling
    assert sum(1 for m in metas if m.translated_from) >= 3
    assert share(r"\bsaid said\b") >= 2  # translation noise
    assert share(r"\b(did not|declined to) accuse\b") >= 5  # negations the gold leaves out
    assert share(r"\b(allegedly|reportedly)\b") >= 6  # hedges
    facts = [g.facts for g in golds.values()]
    assert sum(a.hedged for f in facts for a in f.accusations) >= 10
    assert sum(1 for f in facts for a in f.agreements if a.duration) >= 8
    assert sum(1 for f in facts for a in f.agreements if a.duration is None) >= 2
    assert sum(1 for f in facts for q in f.quotes if q.reported_by) >= 6
    assert sum(1 for f in facts for m in f.meetings if m.date) >= 12
    assert sum(len(g.relative_dates) for g in golds.values()) >= 40
    assert len({m.publisher for m in metas}) == len(metas)  # a different publisher each


def test_dev_set_micro_f1_is_the_extractor_total_over_the_folder() -> None:
    try:
        import diplokg.extract  # noqa: F401
    except ModuleNotFoundError:
        with pytest.raises(UsageError, match="extractor"):
            dev_set_micro_f1(DEV)
        return
    f1 = dev_set_micro_f1(DEV)
    run = evaluate_paths([DEV], draft=draft_annotation)
    assert len(run.articles) == len(ARTICLES)
    assert f1 == run.total.micro.f1
    assert 0.0 < f1 <= 1.0
