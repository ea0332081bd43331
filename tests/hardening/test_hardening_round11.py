"""Hostile and odd inputs, eleventh round (2026-12-07): characters the extractor cut (a
name before a combining mark, a variation selector or a skin-tone modifier), a draft
whose evidence does not hold, writes through a link into a build's state folder, and a
validation summary that said "does not conform" of a run with infos only.

A refusal is exit 2 and one line on stderr naming the file and what to fix; never a
traceback.
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

import diplokg.app.build
from diplokg.cli import cli
from diplokg.errors import InputError
from diplokg.extract import extract_annotation
from diplokg.model.annotation import Annotation, Selector, load_annotation, without_selector_at
from diplokg.model.evidence import locate, whole_span
from diplokg.rdf.convert import convert_files
from diplokg.rdf.output import write_atomic
from tests.conftest import DATA
from tests.hardening import test_hardening_round10
from tests.hardening.test_hardening_round4 import STEM, one_line, seed_folder
from tests.hardening.test_hardening_round10 import article_folder

# -- 1. drafted spans on whole characters ---------------------------------------------------

#: Invented articles: every kind of combining, joining or modifying character in names,
#: titles, places and quotes; flags; Devanagari, Thai, Arabic and Hangul names.
ARTICLES: dict[str, str] = yaml.safe_load(
    (DATA / "hostile" / "graphemes" / "articles.yaml").read_text(encoding="utf-8")
)


@pytest.mark.parametrize(
    ("text", "span", "whole"),
    [
        ("Blin\u034fken", (0, 4), (0, 5)),  # a grapheme joiner belongs to the n
        ("Blinken\u030a x", (0, 7), (0, 8)),  # a ring above
        ("Paris\ufe0f x", (0, 5), (0, 6)),  # a variation selector (VS16)
        ("Yi\U0001f3fd x", (0, 2), (0, 3)),  # a skin-tone modifier
        ("e\u0301\u0327\u0308 x", (0, 1), (0, 4)),  # stacked marks
        ("x\U0001f468\u200d\U0001f469 y", (1, 2), (1, 4)),  # an emoji joined to another
        ("x\U0001f468\u200d\U0001f469 y", (3, 4), (1, 4)),
        ("\U0001f1eb\U0001f1f7\U0001f1e9\U0001f1ea", (1, 3), (0, 4)),  # two flags, cut in both
        ("\U0001f1eb\U0001f1f7\U0001f1e9\U0001f1ea", (2, 4), (2, 4)),  # the second flag
        ("Wang\u200dYi", (0, 4), (0, 4)),  # a joiner between letters joins nothing
        ("Wang Yi", (0, 7), (0, 7)),
        ("\n\u0301Blinken", (2, 9), (2, 9)),  # a mark after a line break starts nothing
        ("ab", (5, 9), (2, 2)),  # offsets past the end are the end
    ],
)
def test_a_span_widens_to_whole_characters(
    text: str, span: tuple[int, int], whole: tuple[int, int]
) -> None:
    assert whole_span(text, *span) == whole


def _selectors(value: Any) -> list[Selector]:
    """Every selector of a loaded annotation (mentions, evidence, quotes, dates)."""
    if isinstance(value, Selector):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _selectors(v)]
    if isinstance(value, tuple | list):
        return [s for v in value for s in _selectors(v)]
    if hasattr(value, "__dataclass_fields__"):
        return [s for name in value.__dataclass_fields__ for s in _selectors(getattr(value, name))]
    return []


def _draft(text: str) -> Annotation:
    draft = extract_annotation(text, article_id="a", published=dt.date(2023, 7, 14), publisher="dn")
    annotation: Annotation = draft.annotation
    return annotation


@pytest.mark.parametrize("form", ["NFC", "NFD"])
@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_every_drafted_span_is_the_articles_text_on_whole_characters(name: str, form: str) -> None:
    """``Blin`` U+034F ``ken``, ``Blinken`` U+030A, ``Paris`` U+FE0F and ``Yi`` U+1F3FD:
    the rules stop before the mark, and the draft named ``Blin``, ``Antony Blinken``,
    ``Paris``, ``Wang Yi``, which the evidence check refused as a cut character (the
    whole build of the folder failed, exit 2). Now every span the draft writes is
    widened to whole characters where it becomes annotation text, whatever rule made it,
    and its occurrences are counted by the converter's own function: each one is found
    where the draft says, on whole characters, in NFC and in NFD text alike."""
    text = unicodedata.normalize(form, ARTICLES[name])
    selectors = _selectors(_draft(text))
    assert selectors, "nothing drafted"
    for selector in selectors:
        for begin, end in locate(text, selector):  # raises where the draft does not hold
            assert text[begin:end] == selector.text
            assert whole_span(text, begin, end) == (begin, end), (selector.text, begin, end)


def test_the_characters_a_name_holds_stay_in_its_mention() -> None:
    text = ARTICLES["skin-tone-after-name"]
    mentions = _draft(text).mentions
    surfaces = {s.text for sels in mentions.values() for s in sels}
    assert "Wang Yi\U0001f3fd" in surfaces, surfaces
    assert "Wang Yi" not in surfaces


@pytest.fixture(scope="module")
def odd_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return article_folder(tmp_path_factory.mktemp("graphemes") / "articles", ARTICLES)


def test_a_folder_of_such_articles_builds_with_nothing_left_out(odd_folder: Path) -> None:
    """One odd character in one of thousands of unannotated articles stopped the build of
    the folder. Now it builds, and no draft needed its second line of defence."""
    out = odd_folder.parent / "out"
    result = CliRunner().invoke(cli, ["build", str(odd_folder), "-o", str(out), "-j", "1"])
    assert result.exit_code == 0, result.output
    assert "warning:" not in result.stderr, result.stderr
    assert f"articles: {len(ARTICLES)}  " in result.stdout


# -- 1b. a draft whose evidence still does not hold loses that fact, not the build ------------


def _spoiled(*replacements: tuple[str, str]) -> Any:
    """A drafter giving the extractor's draft with ``replacements`` made in its YAML: a
    flaw of the extractor, as a draft that does not hold would be."""

    def drafter(text: str, **options: Any) -> Annotation:
        yaml_text = extract_annotation(text, **options).yaml
        for old, new in replacements:
            assert old in yaml_text, old
            yaml_text = yaml_text.replace(old, new, 1)
        return load_annotation(Path(f"{STEM}.draft.ann.yaml"), content=yaml_text)

    return drafter


_BIDEN = ("evidence: US President Joe Biden\n", "evidence: US President Joe Bidenx\n")


def test_a_draft_evidence_not_in_the_article_drops_that_fact_and_says_so(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The build of the folder failed (exit 2) for one drafted fact whose evidence the
    article does not hold. A user with thousands of unannotated articles loses one
    fact, told on stderr naming the article and the fact; the build is complete (exit 0)."""
    folder = seed_folder(tmp_path / "a", files=(f"{STEM}.txt", f"{STEM}.meta.yaml"))
    monkeypatch.setattr(diplokg.app.build, "draft_annotation", _spoiled(_BIDEN))
    result = CliRunner().invoke(cli, ["build", str(folder), "-o", str(tmp_path / "out"), "-j", "1"])
    assert result.exit_code == 0, result.output
    (line,) = result.stderr.splitlines()
    assert line.startswith(
        f"warning: {folder / STEM}.txt: diplokg's draft left out fact joe-biden-president "
    ), line
    assert "evidence text not found in the article: 'US President Joe Bidenx'" in line, line
    assert line.endswith("a flaw in the extractor (please report it)"), line
    trig = (tmp_path / "out" / "dataset.trig").read_text(encoding="utf-8")
    assert "Xi Jinping" in trig and "joe-biden-president" not in trig


def test_a_fact_referring_to_one_left_out_is_left_out_too(tmp_path: Path) -> None:
    """A meeting held on the occasion of a conference whose evidence does not hold would
    name a fact no longer there: it goes with it, and the graph holds together."""
    folder = seed_folder(tmp_path / "a", files=(f"{STEM}.txt", f"{STEM}.meta.yaml"))
    draft = _spoiled(("- id: asean-meeting\n", "- id: asean-meeting\n"))
    annotation = draft(
        (folder / f"{STEM}.txt").read_text(encoding="utf-8"),
        article_id=STEM,
        published=dt.date(2023, 7, 14),
    )
    (asean,) = [e for e in annotation.events if e.id == "asean-meeting"]
    at = asean.evidence[0].src
    kept, cut = without_selector_at(annotation, at.line, at.column) or (annotation, ())
    assert "asean-meeting" in cut
    assert all(e.occasion is None or e.occasion.id not in cut for e in kept.events)
    assert {f.id for f in kept.facts()} == {f.id for f in annotation.facts()} - set(cut)
    assert without_selector_at(annotation, 10**6, 1) is None  # nothing there: nothing cut


def test_a_draft_mention_not_in_the_article_is_left_out_in_convert(tmp_path: Path) -> None:
    folder = seed_folder(tmp_path / "a", files=(f"{STEM}.txt", f"{STEM}.meta.yaml"))
    article = convert_files(
        folder / f"{STEM}.txt", draft=_spoiled(("[Jakarta]", "[Jakartx]"), _BIDEN)
    )
    assert len(article.dropped) == 2, article.dropped
    assert article.dropped[0].startswith("diplokg's draft left out a mention (its line "), article
    assert "joe-biden-president" in article.dropped[1]


def test_a_draft_that_does_not_hold_otherwise_still_names_the_article(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """What a draft cannot do without (not its evidence) is still one line naming the
    article and how to go on (round 10)."""
    import diplokg.rdf.convert

    def broken(**_kw: Any) -> Any:
        raise diplokg.rdf.convert.UnknownReferenceError("unknown entity 'x'", line=4, column=7)

    folder = seed_folder(tmp_path / "a", files=(f"{STEM}.txt", f"{STEM}.meta.yaml"))
    monkeypatch.setattr(diplokg.rdf.convert, "convert_article", broken)
    line = one_line(CliRunner().invoke(cli, ["convert", str(folder / f"{STEM}.txt"), "-o", "-"]))
    assert line.startswith(f"error: {folder / STEM}.txt: diplokg's draft of this article "), line


# -- 2. write_atomic never writes into a build's state folder ---------------------------------

built = test_hardening_round10.built  # (a fixture: a build of the seed)


def _generation(out: Path) -> dict[Path, bytes]:
    current = (out / ".diplokg" / "current").resolve()
    return {p: p.read_bytes() for p in sorted(current.rglob("*")) if p.is_file()}


def test_validate_update_baseline_through_a_link_into_a_build_is_refused(
    built: tuple[Path, Path], tmp_path: Path
) -> None:
    """``validate --update-baseline --baseline known.json``, ``known.json`` a link to a
    file of the build (``out/validation-report.ttl``), wrote the baseline into the
    generation the build keeps: ``validate`` checks its ``-o``, not its baseline. Now
    ``write_atomic``, which every writer goes through, refuses it: one line, exit 2."""
    articles, out = built
    link = tmp_path / "known.json"
    link.symlink_to(out / ".diplokg" / "current" / "known.json")
    before = _generation(out)
    argv = ["validate", str(articles), "--baseline", str(link), "--update-baseline"]
    result = CliRunner().invoke(cli, argv)
    assert result.exit_code == 2 and "Traceback" not in result.output, result.output
    line = result.stderr.splitlines()[-1]  # (after the line naming the engine)
    assert line.startswith(f"error: {link}: this is a build's output (it leads into "), line
    assert line.endswith("and this command would replace it: write it elsewhere"), line
    assert _generation(out) == before


@pytest.mark.parametrize("name", ["index.html", "dataset.trig", "articles/x.trig", ".diplokg/x"])
def test_write_atomic_refuses_any_path_into_a_build(built: tuple[Path, Path], name: str) -> None:
    _, out = built
    before = _generation(out)
    with pytest.raises(InputError, match="this is a build's output"):
        write_atomic(out / name, b"x")
    assert _generation(out) == before


def test_write_atomic_writes_beside_a_build(built: tuple[Path, Path]) -> None:
    _, out = built
    write_atomic(out.parent / "notes.txt", b"x")
    assert (out.parent / "notes.txt").read_bytes() == b"x"


# -- 3. a run with infos only conforms, in every report format --------------------------------


@pytest.fixture(scope="module")
def info_only(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder whose only article is named like an option: drafted, one info."""
    folder = tmp_path_factory.mktemp("info") / "a"
    seed = seed_folder(folder.parent / "seed", files=(f"{STEM}.txt", f"{STEM}.meta.yaml"))
    folder.mkdir()
    (folder / "--help.txt").write_bytes((seed / f"{STEM}.txt").read_bytes())
    (folder / "--help.meta.yaml").write_bytes((seed / f"{STEM}.meta.yaml").read_bytes())
    return folder


_SUMMARY = "1 article: conforms (0 violations, 0 warnings, 1 infos)"


@pytest.mark.parametrize("fmt", ["text", "github", "json", "turtle", "junit", "sarif"])
def test_a_run_with_infos_only_says_it_conforms_in_every_format(
    info_only: Path, tmp_path: Path, fmt: str
) -> None:
    """``validate`` of a folder whose only article is ``--help.txt`` (validated from its
    draft: one info) printed "does not conform (0 violations, 0 warnings, 1 infos)" and
    exited 0: a contradiction. A run conforms when no finding is a violation, as the
    build's report says; the summary, the JSON and the Turtle report agree."""
    report = tmp_path / f"report.{fmt}"
    result = CliRunner().invoke(cli, ["validate", str(info_only), "--format", fmt, "-o", report])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[-1] == _SUMMARY, result.stderr
    body = report.read_text(encoding="utf-8")
    assert "does not conform" not in body
    if fmt in ("text", "github"):
        assert body.splitlines()[-1] == _SUMMARY
    elif fmt == "json":
        assert json.loads(body)["conforms"] is True
    elif fmt == "turtle":
        assert "sh:conforms true" in body


def test_a_run_with_a_violation_still_does_not_conform(tmp_path: Path) -> None:
    folder = seed_folder(tmp_path / "a")
    ann = folder / f"{STEM}.ann.yaml"
    ann.write_text(
        ann.read_text(encoding="utf-8").replace("status: current", "status: curent", 1),
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["validate", str(folder)])
    assert result.exit_code == 1, result.output
    assert "1 article: does not conform (" in result.stdout
