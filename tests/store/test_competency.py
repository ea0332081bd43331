"""The competency questions: each stored query's full answer on the seed article.

The questions are ``../shared/competency-questions.md``; the expected answers are the data
files in ``tests/data/cq/`` (one per query and question), written from the questions and,
where a question leaves details open, from the curated annotation. IRIs are compared in
short form: ``dkid:`` for registry entities, ``seed:`` for the seed article's facts and
local entities, ``art:`` for articles.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
import yaml

from diplokg.rdf.terms import BASE
from diplokg.store.queries import QueryResult, get_query, run_query
from tests.conftest import DATA, SEEDS

CQ_DIR = DATA / "cq"
SEED_ID = "000_7f87956a7e0403ad"
SEED_TEXT_FILE = SEEDS / f"{SEED_ID}.txt"
ARTICLE = f"{BASE}article/{SEED_ID}"

# Longest namespace first, so that a fact is "seed:x" and not "art:000_…/x".
SHORT_FORMS = (
    (f"{BASE}article/{SEED_ID}/", "seed:"),
    (f"{BASE}article/", "art:"),
    (f"{BASE}id/", "dkid:"),
    (f"{BASE}ontology#", "dk:"),
)

Row = tuple[str | None, ...]


def short(value: str | None) -> str | None:
    """A result cell with diplokg IRIs in short form."""
    if value is None:
        return None
    for namespace, prefix in SHORT_FORMS:
        if value.startswith(namespace):
            return prefix + value[len(namespace) :]
    return value


def expand(value: str) -> str:
    """The full IRI of a short form."""
    for namespace, prefix in SHORT_FORMS:
        if value.startswith(prefix):
            return namespace + value[len(prefix) :]
    raise ValueError(f"not a short IRI: {value!r}")


def columns(result: QueryResult) -> list[str]:
    """The result's variables, without the ``_``-named ones that echo query parameters."""
    return [v for v in result.variables if not v.startswith("_")]


def answer(result: QueryResult) -> list[Row]:
    """The result's rows as tuples of short strings, parameter columns left out."""
    keep = [i for i, v in enumerate(result.variables) if not v.startswith("_")]
    return [tuple(short(row[i]) for i in keep) for row in result.values()]


def row_key(row: Row) -> tuple[tuple[bool, str], ...]:
    """Sort key for rows with unbound (``None``) cells."""
    return tuple((v is None, v or "") for v in row)


def load(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict), path
    return data


def expected_rows(spec: dict[str, Any]) -> list[Row]:
    rows = []
    for row in spec["rows"]:
        assert len(row) == len(spec["columns"]), f"row has the wrong number of cells: {row}"
        # Quote numbers and dates in the data files: every cell is a string or null.
        assert all(v is None or isinstance(v, str) for v in row), f"non-string cell in {row}"
        rows.append(tuple(row))
    return rows


TABLE_FILES = sorted(p for p in CQ_DIR.glob("cq*.yaml") if "rows" in load(p))
EVIDENCE_FILE = CQ_DIR / "cq12-evidence.yaml"


def test_every_competency_question_has_an_expected_answer() -> None:
    questions = {load(p)["question"] for p in CQ_DIR.glob("cq*.yaml")}
    assert questions == set(range(1, 13))


@pytest.mark.parametrize("path", TABLE_FILES, ids=lambda p: p.stem)
def test_competency_question_answer(seed_store: ox.Store, path: Path) -> None:
    spec = load(path)
    result = run_query(seed_store, get_query(spec["query"]), spec.get("params") or {})
    assert columns(result) == spec["columns"]
    expected = expected_rows(spec)
    actual = answer(result)
    if spec.get("ordered"):
        assert actual == expected
    else:
        assert sorted(actual, key=row_key) == sorted(expected, key=row_key)


# --- CQ12: every fact links to the exact text span it was read from -----------------------


@pytest.fixture(scope="module")
def article_text(seed_store: ox.Store) -> str:
    """The article's text as the graph holds it (the context evidence offsets count into)."""
    solutions = seed_store.query(
        "PREFIX dk: <https://w3id.org/diplokg/ontology#> "
        "PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> "
        "SELECT ?article ?text WHERE { ?article dk:hasText/nif:isString ?text }",
        use_default_graph_as_union=True,
    )
    assert isinstance(solutions, ox.QuerySolutions)
    (solution,) = [s for s in solutions if s["article"] == ox.NamedNode(ARTICLE)]
    text = solution["text"]
    assert isinstance(text, ox.Literal)
    return text.value


def evidence_spans(store: ox.Store, fact: str) -> list[tuple[str, int, int, str]]:
    result = run_query(store, get_query("evidence"), {"fact": fact})
    assert columns(result) == ["article", "begin", "end", "text"]
    spans = []
    for article, begin, end, text in answer(result):
        assert article is not None and begin is not None and end is not None
        assert text is not None
        spans.append((article, int(begin), int(end), text))
    return spans


def occurrences(text: str, needle: str) -> list[int]:
    starts, at = [], text.find(needle)
    while at != -1:
        starts.append(at)
        at = text.find(needle, at + 1)
    return starts


def test_article_text_in_the_graph_is_the_seed_file(article_text: str) -> None:
    assert article_text == SEED_TEXT_FILE.read_text(encoding="utf-8")


EVIDENCE_SAMPLE: dict[str, list[Any]] = load(EVIDENCE_FILE)["facts"]


@pytest.mark.parametrize("fact", sorted(EVIDENCE_SAMPLE))
def test_evidence_spans_of_a_fact(seed_store: ox.Store, article_text: str, fact: str) -> None:
    expected = []
    for item in EVIDENCE_SAMPLE[fact]:
        needle, occurrence = (
            (item, None) if isinstance(item, str) else (item["text"], item["occurrence"])
        )
        starts = occurrences(article_text, needle)
        if occurrence is None:
            assert len(starts) == 1, (
                f"{needle!r} is not unique in the article: say which occurrence"
            )
            occurrence = 1
        begin = starts[occurrence - 1]
        expected.append(("art:" + SEED_ID, begin, begin + len(needle), needle))
    spans = evidence_spans(seed_store, expand(fact))
    assert spans == sorted(expected)
    for _, begin, end, text in spans:
        assert article_text[begin:end] == text


def test_evidence_sample_covers_every_kind_of_fact(seed_store: ox.Store) -> None:
    solutions = seed_store.query(
        "PREFIX dk: <https://w3id.org/diplokg/ontology#> "
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        "SELECT DISTINCT ?fact ?class WHERE { ?fact a ?class . ?class rdfs:subClassOf* dk:Fact }",
        use_default_graph_as_union=True,
    )
    assert isinstance(solutions, ox.QuerySolutions)
    kinds: dict[str, set[str]] = {}
    for s in solutions:
        kinds.setdefault(str(short(s["class"].value)), set()).add(str(short(s["fact"].value)))
    assert len(kinds) >= 12
    missing = {kind for kind, facts in kinds.items() if not facts & set(EVIDENCE_SAMPLE)}
    assert missing == set()


def test_every_fact_has_evidence_that_is_the_article_text(
    seed_store: ox.Store, article_text: str
) -> None:
    solutions = seed_store.query(
        "PREFIX dk: <https://w3id.org/diplokg/ontology#> "
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        "SELECT DISTINCT ?fact WHERE { ?fact a/rdfs:subClassOf* dk:Fact }",
        use_default_graph_as_union=True,
    )
    assert isinstance(solutions, ox.QuerySolutions)
    facts = sorted(s["fact"].value for s in solutions)
    assert len(facts) > 50
    for fact in facts:
        spans = evidence_spans(seed_store, fact)
        assert spans, f"{short(fact)} has no evidence"
        for article, begin, end, text in spans:
            assert article == "art:" + SEED_ID
            assert 0 <= begin < end <= len(article_text)
            assert article_text[begin:end] == text, short(fact)
