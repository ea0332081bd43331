"""Property-based tests (hypothesis) of the annotation loader, the converter and the serializers.

Two promises of issue 14, over generated annotations of one small article whose
text holds line separators and control characters:

* any accepted annotation converts to RDF that parses back isomorphic in every
  format (Turtle, TriG, N-Triples, N-Quads, JSON-LD);
* any rejected one gives exit code 2 and one line under 500 characters, in under
  a second.

The generated annotations mix valid and invalid parts (unknown keys, bad ids, any
Unicode text, dates across Python's whole calendar, evidence not in the article,
random characters inserted into the YAML), so both branches are exercised; a
second test generates only valid annotations, so the first promise is tested on
many accepted ones. Example counts are kept small: the whole file runs in seconds.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml
from click.testing import CliRunner
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from diplokg.cli import cli
from diplokg.errors import DiplokgError
from diplokg.model.annotation import ENTITY_TYPES, EVENT_KINDS
from diplokg.rdf.convert import convert_files
from diplokg.rdf.formats import RdfFormat
from diplokg.rdf.output import serialize_graph
from tests.conftest import SEEDS
from tests.tiers import examples

ARTICLE = (
    "Wang Yi met Sergei Lavrov in Jakarta on Thursday.\u2028"
    '"We agree on the principles," Lavrov told reporters.\x0c'
    "Both sides\u0085 promised\x0b further talks\x1c in the coming months.\n"
)
META = "publisher: dn\npublished: 2023-07-14\n"
#: Texts that occur exactly once in ARTICLE (valid evidence and quote texts).
SPANS = [
    "Wang Yi met Sergei Lavrov",
    "in Jakarta",
    "Thursday",
    "We agree on the principles",
    "Lavrov told reporters",
    "Both sides\u0085 promised\x0b further talks",
    "in the coming months",
]
REGISTRY_KEYS = ["wang-yi", "sergei-lavrov", "jakarta", "china"]
PEOPLE = ["wang-yi", "sergei-lavrov"]
SETTINGS = settings(
    max_examples=examples(30),  # 10 in the fast tier (tests/tiers.py)
    deadline=None,  # timing is asserted where promised, not per example
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# --- strategies -------------------------------------------------------------

any_text = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1, max_size=30)
clean_text = st.text(
    st.characters(codec="utf-8", exclude_categories=["Cs", "Cc", "Zl", "Zp"]),
    min_size=1,
    max_size=30,
).filter(lambda t: t.strip() != "")
key = st.from_regex(r"[a-z][a-z0-9]{0,6}(-[a-z0-9]{1,4})?", fullmatch=True)
local_key = st.from_regex(r"x-[a-z]{1,6}", fullmatch=True)
event_id = st.from_regex(r"e-[a-z]{1,6}", fullmatch=True)
quote_id = st.from_regex(r"q-[a-z]{1,6}", fullmatch=True)
any_key = st.one_of(key, st.sampled_from(REGISTRY_KEYS), any_text)
span = st.one_of(st.sampled_from(SPANS), any_text)
any_date = st.one_of(
    st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)).map(dt.date.isoformat),
    st.sampled_from(["2023-02-30", "2023-07", "0000-01", "9999-12", "yesterday"]),
    st.sampled_from(["Thursday", "in the coming months"]).map(lambda t: {"text": t}),
)
valid_date = st.one_of(
    st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9998, 12, 31)).map(dt.date.isoformat),
    st.sampled_from(["Thursday", "in the coming months"]).map(lambda t: {"text": t}),
)


def _annotation(*, valid: bool) -> st.SearchStrategy[dict[str, Any]]:
    entity = st.fixed_dictionaries(
        {
            "name": clean_text if valid else any_text,
            "type": st.sampled_from(list(ENTITY_TYPES) if valid else [*ENTITY_TYPES, "alien", ""]),
        }
    )
    event = st.fixed_dictionaries(
        {
            "id": event_id if valid else key,
            "kind": st.just("meeting") if valid else st.sampled_from([*EVENT_KINDS, "party"]),
            "participants": st.just(PEOPLE) if valid else st.lists(any_key, max_size=3),
            "evidence": st.sampled_from(SPANS) if valid else span,
        },
        optional={"date": valid_date if valid else any_date, "label": clean_text},
    )
    quote = st.fixed_dictionaries(
        {
            "id": quote_id if valid else key,
            "speaker": st.sampled_from(PEOPLE) if valid else any_key,
            "text": st.sampled_from(SPANS) if valid else span,
        },
        optional={"evidence": st.sampled_from(SPANS) if valid else span},
    )
    return st.fixed_dictionaries(
        {},
        optional={
            "entities": st.dictionaries(local_key if valid else any_key, entity, max_size=2),
            "mentions": st.dictionaries(
                st.sampled_from(REGISTRY_KEYS) if valid else any_key,
                st.lists(st.sampled_from(SPANS) if valid else span, min_size=1, max_size=2),
                max_size=3,
            ),
            "events": st.lists(event, max_size=2, unique_by=lambda e: e["id"]),
            "quotes": st.lists(quote, max_size=2, unique_by=lambda q: q["id"]),
        },
    )


def _yaml(doc: dict[str, Any], mutation: tuple[int, str] | None) -> str:
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False) if doc else "{}\n"
    if mutation is not None:
        at, inserted = mutation
        at %= len(text) + 1
        text = text[:at] + inserted + text[at:]
    return text


# --- the two promises -------------------------------------------------------


def _as_graph(data: bytes, fmt: RdfFormat) -> Graph:
    """Every triple of ``data`` in one graph (named graphs merged)."""
    name = {RdfFormat.JSONLD: "json-ld", RdfFormat.NQUADS: "nquads"}.get(fmt, fmt.value)
    ds = Dataset()
    ds.parse(data=data, format=name)
    merged = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        merged.add((s, p, o))
    return merged


def _check(annotation_yaml: str) -> bool:
    """Convert one generated annotation and check the promise that applies; True if accepted."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        article = folder / "article.txt"
        article.write_text(ARTICLE, encoding="utf-8")
        (folder / "article.meta.yaml").write_text(META, encoding="utf-8")
        (folder / "article.ann.yaml").write_text(annotation_yaml, encoding="utf-8")
        shutil.copy(SEEDS / "entities.yaml", folder / "entities.yaml")
        try:
            converted = convert_files(article)
        except DiplokgError:
            started = time.perf_counter()
            result = CliRunner().invoke(cli, ["convert", str(article)])
            elapsed = time.perf_counter() - started
            assert result.exit_code == 2, result.output[:500]
            lines = result.stderr.splitlines()
            assert len(lines) == 1 and len(lines[0]) < 500, result.stderr[:500]
            assert lines[0].startswith(f"error: {folder}"), lines[0]
            assert elapsed < 1.0, elapsed
            return False
    for fmt in RdfFormat:
        data = serialize_graph(converted.graph, converted.graph_iri, fmt)
        assert isomorphic(_as_graph(data, fmt), converted.graph), fmt
    return True


@SETTINGS
@given(
    doc=_annotation(valid=False),
    mutation=st.one_of(st.none(), st.tuples(st.integers(0, 5000), any_text)),
)
def test_any_annotation_converts_and_parses_back_or_fails_in_one_line(
    doc: dict[str, Any], mutation: tuple[int, str] | None
) -> None:
    event("accepted" if _check(_yaml(doc, mutation)) else "rejected")


@SETTINGS
@given(doc=_annotation(valid=True))
def test_accepted_annotations_parse_back_isomorphic_in_every_format(doc: dict[str, Any]) -> None:
    assert _check(_yaml(doc, None)), "a valid annotation was rejected"
