"""Bad input gets one clear line naming the file (and line), exit code 2, no traceback.

Each case in tests/data/bad/*.yaml breaks one file of a copy of the seed
article set (by a text replacement, new content, or deletion) and says what the
error line must contain.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from diplokg.cli import cli
from diplokg.errors import DiplokgError
from diplokg.rdf.convert import convert_files
from tests.conftest import DATA, SEEDS

STEM = "000_7f87956a7e0403ad"
FILES = {
    "article": f"{STEM}.txt",
    "ann": f"{STEM}.ann.yaml",
    "meta": f"{STEM}.meta.yaml",
    "registry": "entities.yaml",
}
CASES = sorted((DATA / "bad").glob("*.yaml"))


def _broken_copy(case: dict[str, object], folder: Path) -> Path:
    """Copy the seed article set, break one file as the case says; return the file to blame."""
    for name in FILES.values():
        shutil.copy(SEEDS / name, folder / name)
    target = folder / FILES[str(case["file"])]
    if case.get("delete"):
        target.unlink()
    elif "content" in case:
        target.write_text(str(case["content"]), encoding="utf-8")
    elif "content_bytes" in case:
        target.write_bytes(bytes.fromhex(str(case["content_bytes"])))
    else:
        old, new = case["replace"]  # type: ignore[misc]
        text = target.read_text(encoding="utf-8")
        assert text.count(old) == 1, f"replacement text must occur once in {target.name}"
        target.write_text(text.replace(old, new), encoding="utf-8")
    return folder / FILES[str(case.get("names", case["file"]))]


@pytest.mark.parametrize("case_path", CASES, ids=[c.stem for c in CASES])
def test_bad_input_gives_one_line_with_file_and_line(case_path: Path, tmp_path: Path) -> None:
    case = yaml.safe_load(case_path.read_text(encoding="utf-8"))
    target = _broken_copy(case, tmp_path)
    out = tmp_path / "out.ttl"

    result = CliRunner().invoke(cli, ["convert", str(tmp_path / FILES["article"]), "-o", str(out)])

    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    (line,) = lines
    assert "Traceback" not in result.output
    assert line.startswith(f"error: {target}"), line
    assert re.search(case["message"], line), line
    if case["line"]:
        assert re.match(rf"error: {re.escape(str(target))}:\d+(:\d+)?: ", line), line
    assert not out.exists(), "a failed conversion must not leave an output file"


@pytest.mark.parametrize("case_path", CASES, ids=[c.stem for c in CASES])
def test_bad_input_raises_a_diplokg_error_in_the_library(case_path: Path, tmp_path: Path) -> None:
    case = yaml.safe_load(case_path.read_text(encoding="utf-8"))
    target = _broken_copy(case, tmp_path)
    with pytest.raises(DiplokgError) as info:
        convert_files(tmp_path / FILES["article"])
    assert info.value.path == target
    if case["line"]:
        assert info.value.line is not None and info.value.line >= 1


def test_line_number_points_at_the_broken_value(tmp_path: Path) -> None:
    case = yaml.safe_load((DATA / "bad" / "unknown-entity.yaml").read_text(encoding="utf-8"))
    target = _broken_copy(case, tmp_path)
    with pytest.raises(DiplokgError) as info:
        convert_files(tmp_path / FILES["article"])
    line = target.read_text(encoding="utf-8").splitlines()[info.value.line - 1]  # type: ignore[operator]
    assert "wang-yl" in line
    assert line.index("[wang-yl") + 2 == info.value.column


def test_failed_conversion_keeps_the_previous_output(tmp_path: Path) -> None:
    out = tmp_path / "seed.ttl"
    out.write_text("previous content\n", encoding="utf-8")
    case = yaml.safe_load((DATA / "bad" / "evidence-not-found.yaml").read_text(encoding="utf-8"))
    _broken_copy(case, tmp_path)
    result = CliRunner().invoke(cli, ["convert", str(tmp_path / FILES["article"]), "-o", str(out)])
    assert result.exit_code == 2
    assert out.read_text(encoding="utf-8") == "previous content\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".seed.ttl")] == []


def test_bad_cli_date_option(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["convert", str(SEEDS / FILES["article"]), "--published", "14/07/2023"]
    )
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        "error: --published is '14/07/2023': write the day as YYYY-MM-DD"
    )


def test_bare_text_without_metadata_needs_published_and_publisher(tmp_path: Path) -> None:
    article = tmp_path / "note.txt"
    article.write_text("Nothing here.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["convert", str(article)])
    assert result.exit_code == 2
    assert "give both --published YYYY-MM-DD and --publisher NAME" in result.stderr
