"""``diplokg render FOLDER -o DIR``: every article's review page, made in parallel.

The pages are the ones ``build`` writes for the same articles, byte for byte, with
one worker or two; an article that cannot be rendered is reported on one line and
the others are still written; misuse is one line and exit code 2.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from diplokg.app.build import build
from diplokg.app.drafting import draft_annotation
from diplokg.app.pages import render_folder
from diplokg.cli import cli
from diplokg.validation import workers
from tests.conftest import DATA, SEEDS

CORPUS = DATA / "build" / "corpus"
SEED_STEM = "000_7f87956a7e0403ad"


@pytest.fixture(autouse=True)
def _state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))  # build's 'last build'


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(CORPUS, folder)
    return folder


def _cli(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def _pages(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((out / "pages").iterdir())}


@pytest.mark.parametrize("jobs", [1, 2])
def test_folder_pages_are_the_pages_build_writes(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    monkeypatch.setattr(workers, "IN_PROCESS_BELOW", 1)  # 4 articles: use the pool anyway
    build(corpus, out_dir=tmp_path / "built", jobs=1)
    result = render_folder(corpus, out_dir=tmp_path / "rendered", jobs=jobs)
    assert _pages(tmp_path / "rendered") == _pages(tmp_path / "built")
    assert len(_pages(tmp_path / "rendered")) == 4
    assert not result.failed and result.violations == 0
    index = result.index.read_text(encoding="utf-8")
    for outcome in result.outcomes:
        assert outcome.page is not None and outcome.page.is_file()
        assert f'href="pages/{outcome.page.name}"' in index


def test_progress_is_told_after_each_chunk(corpus: Path, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    render_folder(
        corpus, out_dir=tmp_path / "out", jobs=1, progress=lambda d, t: seen.append((d, t))
    )
    assert seen[-1] == (4, 4)


def test_an_article_without_annotation_gets_the_drafts_page(tmp_path: Path) -> None:
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    (folder / f"{SEED_STEM}.ann.yaml").unlink()
    result = render_folder(folder, out_dir=tmp_path / "out", draft=draft_annotation)
    assert not result.failed
    assert "Wang Yi" in (tmp_path / "out" / "pages" / f"{SEED_STEM}.html").read_text("utf-8")


def test_cli_writes_pages_and_index_and_exits_0(corpus: Path, tmp_path: Path) -> None:
    result = _cli("render", str(corpus), "-o", str(tmp_path / "out"), "-j", "1")
    assert result.exit_code == 0, result.output
    assert result.stderr == f"4 pages, 0 violations -> {tmp_path / 'out' / 'index.html'}\n"
    assert (tmp_path / "out" / "index.html").is_file()


def test_an_article_that_fails_is_one_line_and_the_others_are_written(
    corpus: Path, tmp_path: Path
) -> None:
    broken = corpus / "000001_synthetic.ann.yaml"
    broken.write_text("facts: [\n", encoding="utf-8")
    result = _cli("render", str(corpus), "-o", str(tmp_path / "out"))
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"{corpus / '000001_synthetic.txt'}: ")
    assert "000001_synthetic.ann.yaml" in lines[0]
    assert lines[1].endswith("(1 articles not rendered)")
    assert len(_pages(tmp_path / "out")) == 3
    assert "Traceback" not in result.output


def test_a_violation_exits_1(tmp_path: Path) -> None:
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    ann = folder / f"{SEED_STEM}.ann.yaml"
    text = ann.read_text(encoding="utf-8")
    changed = text.replace(
        "    date: {text: Today}\n    status: planned\n", "    date: 2023-07-21\n    status: held\n"
    )
    assert changed != text
    ann.write_text(changed, encoding="utf-8")
    result = _cli("render", str(folder), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert "1 page, 1 violations" in result.stderr


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ((), "is a folder: give -o DIR for its pages"),
        (("-o", "OUT", "--published", "2024-01-01"), "--published names one article's input"),
    ],
    ids=["no-output", "one-article-option"],
)
def test_folder_misuse_is_one_line_and_exit_2(
    corpus: Path, tmp_path: Path, extra: tuple[str, ...], message: str
) -> None:
    args = [a.replace("OUT", str(tmp_path / "out")) for a in extra]
    result = _cli("render", str(corpus), *args)
    assert result.exit_code == 2
    assert message in result.stderr and len(result.stderr.splitlines()) == 1
    assert not (tmp_path / "out").exists()


def test_an_empty_folder_or_a_file_as_output_is_refused(corpus: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    result = _cli("render", str(empty), "-o", str(tmp_path / "out"))
    assert result.exit_code == 2 and "no article" in result.stderr
    afile = tmp_path / "file.html"
    afile.write_text("mine", encoding="utf-8")
    result = _cli("render", str(corpus), "-o", str(afile))
    assert result.exit_code == 2 and "give -o a folder" in result.stderr
    assert afile.read_text(encoding="utf-8") == "mine"
