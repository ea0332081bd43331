"""Hostile input fails fast: exit 2, one line under 500 characters naming the file, < 1 s.

Each case in tests/data/hostile/*.yaml breaks one file of a copy of the seed
article set (issue 14: alias bombs, deep nesting, dates at the calendar's ends,
script URLs, ids with a trailing newline, files over the size limit, control
characters in names) and says what the error line must contain. A case changes
its file by ``replace: [old, new]``, ``prepend``, ``append``, ``content`` or
``generate: {template, open, close, times}`` (``template`` with ``{open}`` and
``{close}`` repeated ``times`` times, for inputs too large to store).
"""

from __future__ import annotations

import json
import re
import shutil
import time
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from diplokg.cli import cli
from tests.conftest import DATA, SEEDS

STEM = "000_7f87956a7e0403ad"
FILES = {
    "article": f"{STEM}.txt",
    "ann": f"{STEM}.ann.yaml",
    "meta": f"{STEM}.meta.yaml",
    "registry": "entities.yaml",
}
CASES = sorted((DATA / "hostile").glob("*.yaml"))
#: The promise of issue 14 for every rejected input, in CPU seconds of this process (the
#: command runs in it): a wall clock would measure the other jobs sharing the machine.
MAX_SECONDS = 1.0
MAX_CHARS = 500


def hostile_copy(case: dict[str, object], folder: Path) -> Path:
    """Copy the seed article set, break one file as the case says; return that file."""
    for name in FILES.values():
        shutil.copy(SEEDS / name, folder / name)
    target = folder / FILES[str(case["file"])]
    text = target.read_text(encoding="utf-8")
    if "content" in case:
        text = str(case["content"])
    if "generate" in case:
        g = case["generate"]
        assert isinstance(g, dict)
        text = str(g["template"]).format(
            open=str(g["open"]) * int(g["times"]), close=str(g["close"]) * int(g["times"])
        ) + (text if case["file"] != "article" else "")
    if "replace" in case:
        old, new = case["replace"]  # type: ignore[misc]
        assert text.count(old) == 1, f"replacement text must occur once in {target.name}"
        text = text.replace(old, new)
    text = str(case.get("prepend", "")) + text
    if "append" in case:
        text = text.rstrip("\n") + "\n" + str(case["append"]) + "\n"
    target.write_text(text, encoding="utf-8")
    return target


def one_error_line(result: object, started: float) -> str:
    """The single stderr line of a failed command, checked against the issue's promise."""
    elapsed = time.process_time() - started
    exit_code, stderr = result.exit_code, result.stderr  # type: ignore[attr-defined]
    assert exit_code == 2, stderr[:MAX_CHARS]
    assert elapsed < MAX_SECONDS, f"took {elapsed:.2f} s"
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr[:MAX_CHARS]
    assert len(lines[0]) < MAX_CHARS, lines[0][:MAX_CHARS]
    assert "Traceback" not in stderr
    return lines[0]


@pytest.mark.parametrize("case_path", CASES, ids=[c.stem for c in CASES])
def test_hostile_input_fails_fast_with_one_line(case_path: Path, tmp_path: Path) -> None:
    case = yaml.safe_load(case_path.read_text(encoding="utf-8"))
    target = hostile_copy(case, tmp_path)
    out = tmp_path / "out.ttl"
    started = time.process_time()
    result = CliRunner().invoke(cli, ["convert", str(tmp_path / FILES["article"]), "-o", str(out)])
    line = one_error_line(result, started)
    assert line.startswith(f"error: {target}"), line
    assert re.search(case["message"], line), line
    if case["line"]:
        assert re.match(rf"error: {re.escape(str(target))}:\d+(:\d+)?: ", line), line
    assert not out.exists()


@pytest.mark.parametrize("command", ["validate", "build"])
@pytest.mark.parametrize("case_path", CASES, ids=[c.stem for c in CASES])
def test_hostile_input_is_reported_by_every_command_that_reads_it(
    case_path: Path, command: str, tmp_path: Path
) -> None:
    """The same inputs through the corpus commands: a finding (validate, exit 1) or one
    error line (exit 2) naming the file, never a crash (exit 3) or a traceback."""
    case = yaml.safe_load(case_path.read_text(encoding="utf-8"))
    folder = tmp_path / "articles"
    folder.mkdir()
    target = hostile_copy(case, folder)
    args = [command, str(folder)]
    if command == "build":
        args += ["-o", str(tmp_path / "out"), "--no-pages", "-j", "1"]
    result = CliRunner().invoke(cli, args)
    output = result.stdout + result.stderr
    assert result.exit_code in (1, 2), output[-MAX_CHARS:]
    assert "Traceback" not in output and "internal error" not in output
    assert str(target) in output, output[:MAX_CHARS]
    assert re.search(case["message"], output), output[:MAX_CHARS]


def test_alias_bomb_fails_fast_with_one_line(tmp_path: Path) -> None:
    """The issue's worst input case, through both commands that read annotations."""
    case = yaml.safe_load((DATA / "hostile" / "alias-bomb-in-speaker.yaml").read_text("utf-8"))
    target = hostile_copy(case, tmp_path)
    assert target.stat().st_size < 30_000  # the seed annotation plus a 1 KB bomb
    for args in (["convert", str(tmp_path / FILES["article"])], ["validate", str(tmp_path)]):
        started = time.process_time()
        result = CliRunner().invoke(cli, args)
        elapsed = time.process_time() - started
        assert elapsed < MAX_SECONDS, (args[0], elapsed)
        assert result.exit_code in (1, 2), result.output[:MAX_CHARS]
        assert len(result.output) < 2_000, result.output[:MAX_CHARS]
        assert "YAML expands to more than" in result.output


def test_error_messages_show_user_values_bounded(tmp_path: Path) -> None:
    """A 100,000-character wrong value is shown cut, not whole, in the one error line."""
    hostile_copy(
        {"file": "meta", "replace": ["language: en", "language: " + "x" * 100_000]}, tmp_path
    )
    started = time.process_time()
    result = CliRunner().invoke(cli, ["convert", str(tmp_path / FILES["article"])])
    line = one_error_line(result, started)
    assert "'language' must be a language tag" in line


def test_metadata_from_a_device_is_refused(tmp_path: Path) -> None:
    """`--metadata /dev/zero` was read forever: only regular files are read."""
    hostile_copy({"file": "meta", "append": ""}, tmp_path)
    started = time.process_time()
    result = CliRunner().invoke(
        cli, ["convert", str(tmp_path / FILES["article"]), "--metadata", "/dev/zero"]
    )
    line = one_error_line(result, started)
    assert line == "error: /dev/zero: article metadata is not a regular file (a device or pipe?)"


@pytest.mark.parametrize("value", ["9999-12-31", "0001-01-01", "0999-12-31"])
def test_published_option_outside_the_calendar_is_a_usage_error(value: str) -> None:
    started = time.process_time()
    result = CliRunner().invoke(
        cli, ["convert", str(SEEDS / FILES["article"]), "--published", value]
    )
    line = one_error_line(result, started)
    assert "diplokg takes dates of years 1000 to 9998" in line


def test_dates_at_the_limits_convert_and_render(tmp_path: Path) -> None:
    """The first and last accepted years work end to end, the page's timeline included."""
    for published in ("1000-01-01", "9998-12-31"):
        hostile_copy(
            {"file": "meta", "replace": ["published: 2023-07-14", f"published: {published}"]},
            tmp_path,
        )
        article = str(tmp_path / FILES["article"])
        assert CliRunner().invoke(cli, ["convert", article]).exit_code == 0
        result = CliRunner().invoke(cli, ["render", article, "-o", str(tmp_path / "p.html")])
        assert result.exit_code == 0, result.output[:MAX_CHARS]


def test_timeline_over_nine_thousand_years_has_few_ticks(tmp_path: Path) -> None:
    """Events in the years 1000 and 9998 on one page: drawn at once, about 24 ticks."""
    case = {"file": "ann", "replace": ["    date: {text: Today}\n", "    date: 1000-01\n"]}
    hostile_copy(case, tmp_path)
    meta = tmp_path / FILES["meta"]
    meta.write_text(
        meta.read_text("utf-8").replace("published: 2023-07-14", "published: 9998-12-31"), "utf-8"
    )
    started = time.process_time()
    result = CliRunner().invoke(
        cli, ["render", str(tmp_path / FILES["article"]), "-o", str(tmp_path / "p.html")]
    )
    assert result.exit_code == 0, result.output[:MAX_CHARS]
    assert time.process_time() - started < 20
    html = (tmp_path / "p.html").read_text("utf-8")
    timeline = html[html.index('class="timeline"') :]
    timeline = timeline[: timeline.index("</svg>")]
    assert 5 <= timeline.count("<line") < 200


@pytest.mark.parametrize("what", ["baseline", "gold"])
def test_json_nested_200000_deep_is_an_input_error(what: str, tmp_path: Path) -> None:
    deep = tmp_path / f"{what}.json"
    deep.write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    args = (
        ["validate", str(SEEDS), "--baseline", str(deep)]
        if what == "baseline"
        else ["evaluate", str(SEEDS / FILES["article"]), "--gold", str(deep)]
    )
    started = time.process_time()
    line = one_error_line(CliRunner().invoke(cli, args), started)
    assert line == (
        f"error: {deep}: {'gold file' if what == 'gold' else what} nests arrays or objects "
        "more than 200 levels deep (the limit)"
    )


def test_json_nested_just_over_the_limit_is_refused(tmp_path: Path) -> None:
    """Deep enough to parse, too deep to accept: the limit, not Python's, decides."""
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"x": json.loads("[" * 201 + "]" * 201)}), encoding="utf-8")
    started = time.process_time()
    args = ["evaluate", str(SEEDS / FILES["article"]), "--gold", str(gold)]
    line = one_error_line(CliRunner().invoke(cli, args), started)
    assert "more than 200 levels deep (the limit)" in line


def test_registry_name_with_nul_fails_validation_with_file_and_line(tmp_path: Path) -> None:
    case = yaml.safe_load((DATA / "hostile" / "registry-name-with-nul.yaml").read_text("utf-8"))
    registry = hostile_copy(case, tmp_path)
    result = CliRunner().invoke(cli, ["validate", str(tmp_path)])
    assert result.exit_code == 1, result.output[:MAX_CHARS]
    assert re.search(
        rf"^{re.escape(str(registry))}:\d+:\d+: Violation .*U\+0000", result.output, re.M
    ), result.output[:MAX_CHARS]
