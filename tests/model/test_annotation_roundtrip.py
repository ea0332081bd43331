"""The annotation format has one writer and one set of rules: dumping and loading agree.

Over every annotation in the repository (the seed's, the test data's, the stored drafts)
and every draft the extractor makes of the seed, the development set and the real texts:
loading what :func:`dump_annotation` wrote gives the same annotation, dumping that again
gives the same bytes, and the tree the writer builds while writing (what the extractor's
annotation is made from) carries the positions PyYAML reads from the text.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from diplokg.errors import AnnotationError
from diplokg.extract import Draft, draft_path, extract_annotation
from diplokg.model.annotation import (
    Annotation,
    EntityDef,
    Fact,
    load_annotation,
    load_metadata,
    load_registry,
)
from diplokg.model.annotation_yaml import annotation_data, dump_annotation, write_annotation
from tests.conftest import DATA, SEED_ARTICLE, SEEDS
from tests.tiers import sampled

ANNOTATIONS = sorted([*SEEDS.glob("*.ann.yaml"), *DATA.rglob("*.ann.yaml")])
ARTICLES = [
    SEED_ARTICLE,
    *sorted((DATA / "dev").glob("*.txt")),
    *sorted((DATA / "real").glob("*.txt")),
]
REGISTRY = load_registry(SEEDS / "entities.yaml")


def _model(value: Any) -> Any:
    """``value`` without its positions (``src``, ``mention_src``, ``path``), order kept."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return (
            type(value).__name__,
            tuple(
                (f.name, _model(getattr(value, f.name)))
                for f in dataclasses.fields(value)
                if f.name not in {"src", "mention_src", "path"}
            ),
        )
    if isinstance(value, Mapping):
        return tuple((k, _model(v)) for k, v in value.items())
    if isinstance(value, tuple | list):
        return tuple(_model(v) for v in value)
    return value


def _assert_round_trip(annotation: Annotation, path: Path) -> str:
    """Check dump → load → dump on ``annotation``; the YAML dumped."""
    text = dump_annotation(annotation, path=path)
    loaded = load_annotation(path, content=text)
    assert _model(loaded) == _model(annotation)
    assert dump_annotation(loaded, path=path) == text
    # The writer's own tree gives the annotation loading its text gives, positions included.
    written = write_annotation(annotation_data(annotation), path=path)
    assert written.yaml == text
    assert written.annotation == loaded
    return text


def test_every_annotation_of_the_test_data_is_checked() -> None:
    # (the data-driven tests below must not pass by finding nothing)
    assert len(ANNOTATIONS) >= 30
    assert len(ARTICLES) >= 30
    assert DATA / "annotation" / "awkward.ann.yaml" in ANNOTATIONS


@pytest.mark.parametrize("path", ANNOTATIONS, ids=lambda p: str(p.relative_to(p.parents[1])))
def test_annotation_survives_dump_and_load(path: Path) -> None:
    _assert_round_trip(load_annotation(path), path)


def _draft(article: Path, *, registry: bool) -> Draft:
    meta = load_metadata(article.with_name(article.stem + ".meta.yaml"))
    return extract_annotation(
        article.read_text(encoding="utf-8"),
        article_id=article.stem,
        published=meta.published,
        publisher=meta.publisher,
        registry=REGISTRY if registry else None,
    )


def _header(yaml: str) -> list[str]:
    """The comment lines a YAML text starts with, without their ``# ``."""
    header = []
    for line in yaml.splitlines():
        if not line.startswith("# "):
            break
        header.append(line[2:])
    return header


#: Each article drafted with the seed's registry, and again without one (a third of them
#: in the fast tier, :func:`tests.tiers.sampled`).
DRAFTS = [
    *(pytest.param(a, True, id=f"{a.stem}-registry") for a in ARTICLES),
    *(
        pytest.param(a, False, id=f"{a.stem}-bare", marks=sampled(i))
        for i, a in enumerate(ARTICLES)
    ),
]


@pytest.mark.parametrize(("article", "registry"), DRAFTS)
def test_draft_is_the_dump_of_its_annotation(article: Path, registry: bool) -> None:
    draft = _draft(article, registry=registry)
    path = draft_path(article.stem)
    assert draft.annotation.mentions, "a draft naming nothing checks little"
    # The extractor writes its draft with the annotation format's writer: the draft is
    # exactly what dumping its annotation writes, and it survives dump and load.
    assert dump_annotation(draft.annotation, path=path, header=_header(draft.yaml)) == draft.yaml
    assert draft.annotation == load_annotation(path, content=draft.yaml)
    _assert_round_trip(draft.annotation, path)


def test_awkward_values_read_back_as_they_were() -> None:
    path = DATA / "annotation" / "awkward.ann.yaml"
    text = _assert_round_trip(load_annotation(path), path)
    # The values a plain scalar would change are quoted; the rest are not.
    for line in (
        '  "2024": {name: "2024", type: group}',
        '    aliases: ["no", "null", "~", "true"]',
        '    description: "A state of two lines,\\nending in a line break."',
        '  tomas-reyvik: ["Tomas\\tReyvik", "Reyvik\\u2028said", " leading space", '
        '"trailing space "]',
        '    date: "2024-03-05"',
        "    text: “Never.”",
        "    confidence: 1.0e-07",
        '    accused: [kostrava, "2024"]',
    ):
        assert line in text.splitlines(), line


def test_the_awkward_annotation_gives_every_field_a_value() -> None:
    # So that the round trip above checks every field the model has: a field added to the
    # model and forgotten by the writer fails there.
    annotation = load_annotation(DATA / "annotation" / "awkward.ann.yaml")
    groups: list[tuple[type, tuple[Any, ...]]] = [
        (EntityDef, tuple(annotation.entities.values())),
        (Fact, annotation.facts()),
        *(
            (type(getattr(annotation, f.name)[0]), getattr(annotation, f.name))
            for f in dataclasses.fields(Annotation)[4:]
        ),
    ]
    for cls, items in groups:
        for field in dataclasses.fields(cls):
            default = None if field.default is dataclasses.MISSING else field.default
            values = [getattr(item, field.name) for item in items]
            assert any(v not in (default, ()) for v in values), (cls.__name__, field.name)


def test_accusations_split_by_accused_are_written_as_one() -> None:
    path = DATA / "annotation" / "awkward.ann.yaml"
    annotation = load_annotation(path)
    assert [a.id for a in annotation.accusations] == ["c1-kostrava", "c1-2024", "c2-kostrava", "c3"]
    data = annotation_data(annotation)
    assert [a["id"] for a in data["accusations"]] == ["c1", "c2-kostrava", "c3"]
    assert data["accusations"][0]["accused"] == ["kostrava", "2024"]


@pytest.mark.parametrize(
    ("change", "message", "line"),
    [
        (lambda d: d["events"][0].update(participants=["a"]), "at least two participants", 10),
        (lambda d: d["events"][0].update(kind="party"), "expected one of", 9),
        (lambda d: d["events"][0].update(id="Not A Key"), "lower-case words", 8),
        (lambda d: d["events"][0].update(colour="red"), "unknown key 'colour'", 12),
        (lambda d: d["events"][0].pop("evidence"), "needs 'evidence'", 8),
    ],
)
def test_data_breaking_a_rule_is_refused_at_its_line(change: Any, message: str, line: int) -> None:
    # The writer's data is checked by the loader's rules, so its errors are the loader's,
    # at the line of the YAML written: 1 the header, 3 entities, 7 events, 8 "- id: e".
    data: dict[str, Any] = {
        "entities": {"a": {"name": "A", "type": "state"}, "b": {"name": "B", "type": "state"}},
        "events": [{"id": "e", "kind": "meeting", "participants": ["a", "b"], "evidence": "met"}],
    }
    change(data)
    with pytest.raises(AnnotationError, match=message) as caught:
        write_annotation(data, path=Path("x.ann.yaml"), header=["a header line"])
    assert caught.value.line == line
    assert caught.value.path == Path("x.ann.yaml")


def test_data_the_writer_cannot_vouch_for_is_parsed_and_refused_as_a_file_is() -> None:
    # A key that is not text is written as YAML would read it (a number): the writer
    # parses its text, and the loader says what is wrong, at its line.
    data = {"entities": {7: {"name": "Seven", "type": "group"}}}
    with pytest.raises(AnnotationError, match="entity key 7 must be") as caught:
        write_annotation(data, path=Path("x.ann.yaml"))
    assert caught.value.line == 2


def test_an_absent_value_is_written_as_yaml_null() -> None:
    data = {"entities": {"a": {"name": "A", "type": "group", "description": None}}}
    written = write_annotation(data, path=Path("x.ann.yaml"))
    assert "description: null" in written.yaml
    assert written.annotation.entities["a"].description is None
    assert written.annotation == load_annotation(Path("x.ann.yaml"), content=written.yaml)


def test_header_lines_cannot_break_out_of_their_comment() -> None:
    text = dump_annotation(
        Annotation(path=None), header=["article a\nentities: {x: 1}", "bell \x07 and \u2028"]
    )
    assert text.splitlines()[:2] == [
        "# article a\\u000aentities: {x: 1}",
        "# bell \\u0007 and \\u2028",
    ]
    assert load_annotation(Path("h.ann.yaml"), content=text) == Annotation(path=Path("h.ann.yaml"))


def test_draft_of_an_article_with_line_breaks_of_every_kind_reads_back_as_drafted() -> None:
    text = (
        "Veldanian President Tomas Reyvik met Kostravan President Ivo Halas\r\nyesterday in "
        "Draslav.\u2028“We agree\x85on water,” said Reyvik.\u2029He left."
    )
    draft = extract_annotation(text, article_id="t", published=dt.date(2024, 3, 7))
    assert draft.annotation.events
    assert draft.annotation == load_annotation(draft_path("t"), content=draft.yaml)
    texts = {s.text for sels in draft.annotation.mentions.values() for s in sels}
    texts |= {s.text for f in draft.annotation.facts() for s in f.evidence}
    # every text the draft names is the article's own, line breaks and all
    assert texts and all(t in text for t in texts)
