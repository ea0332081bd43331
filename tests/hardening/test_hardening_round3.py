"""Hostile inputs, third round (2026-12-07): each a user's mistake that passed silently,
crashed, or was reported in words that did not say what to fix.

Every case is exit 2 and one line on stderr naming what to fix.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplokg.cli import cli
from tests.conftest import DATA, SEEDS
from tests.remote_servers import free_port

DATA_TTL = "<https://example.org/a> <https://example.org/b> <https://example.org/c> .\n"


def _one_line(result: object) -> str:
    exit_code, stderr = result.exit_code, result.stderr  # type: ignore[attr-defined]
    assert exit_code == 2, stderr
    lines = stderr.splitlines()
    assert len(lines) == 1 and "Traceback" not in stderr, stderr
    return str(lines[0])


@pytest.mark.parametrize(
    ("query", "params"),
    [
        ("who-said", ["name=wang", "name=blinken"]),
        ("evidence", ["fact=https://example.org/a", "fact=https://example.org/b"]),
        ("who-said", ["name=wang", "name="]),
    ],
)
def test_a_query_parameter_given_twice_with_two_values_is_a_usage_error(
    query: str, params: list[str], tmp_path: Path
) -> None:
    """The last value silently won: a user asking for two names got one's rows."""
    data = tmp_path / "d.ttl"
    data.write_text(DATA_TTL, encoding="utf-8")
    args = ["query", query, "--data", str(data)]
    for param in params:
        args += ["--param", param]
    line = _one_line(CliRunner().invoke(cli, args))
    assert "given twice" in line and "give it once" in line, line


def test_a_query_parameter_repeated_with_the_same_value_runs(tmp_path: Path) -> None:
    data = tmp_path / "d.ttl"
    data.write_text(DATA_TTL, encoding="utf-8")
    args = ["query", "who-said", "--data", str(data), "--param", "name=x", "--param", "name=x"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.stderr
    assert "(0 rows)" in result.stdout


EVALUATE = DATA / "evaluate"


@pytest.mark.parametrize(
    "twice",
    [
        [str(EVALUATE / "meetings.txt"), str(EVALUATE / "meetings.txt")],
        [str(EVALUATE / "meetings.txt"), str(EVALUATE / "." / "meetings.txt")],
        [str(EVALUATE), str(EVALUATE / "meetings.txt")],
    ],
    ids=["same-name", "dot-segment", "file-and-its-folder"],
)
def test_an_article_named_twice_is_scored_once(twice: list[str]) -> None:
    """Named twice, an article's counts were doubled (tp 8 for 4) and weighed double in
    the micro average of a folder."""

    def scores(paths: list[str]) -> object:
        result = CliRunner().invoke(cli, ["evaluate", *paths, "--format", "json"])
        assert result.exit_code == 0, result.stderr
        return json.loads(result.stdout)

    once = twice[:1]
    assert scores(twice) == scores(once)


def test_gold_for_one_article_named_twice_is_accepted() -> None:
    article = str(EVALUATE / "meetings.txt")
    gold = str(EVALUATE / "meetings.gold.json")
    result = CliRunner().invoke(cli, ["evaluate", article, article, "--gold", gold])
    assert result.exit_code == 0, result.stderr


@pytest.mark.usefixtures("no_backoff")  # four refused connections, no wait between
def test_load_of_one_file_named_twice_reads_it_once(tmp_path: Path) -> None:
    """The second reading was refused as 'graph appears again after other graphs'."""
    trig = tmp_path / "a.trig"
    trig.write_text(
        "<https://example.org/g> { <https://example.org/a> <https://example.org/b> 1 . }\n",
        encoding="utf-8",
    )
    endpoint = f"http://127.0.0.1:{free_port()}/query"  # nothing listens there
    args = ["load", str(trig), str(tmp_path / "." / "a.trig"), "--endpoint", endpoint]
    line = _one_line(CliRunner().invoke(cli, args))
    assert "appears again" not in line and "cannot connect" in line, line


SEED_ARTICLE = SEEDS / "000_7f87956a7e0403ad.txt"
DASH_TO_STDOUT = [
    (["convert", str(SEED_ARTICLE)], "@prefix"),
    (["convert", str(SEED_ARTICLE), "--format", "nt"], "<https://"),
    (["render", str(SEED_ARTICLE)], "<!DOCTYPE html>"),
    (["extract", str(SEED_ARTICLE)], "mentions:"),
    (["validate", str(SEED_ARTICLE)], "conforms"),
]


@pytest.mark.parametrize(("args", "expected"), DASH_TO_STDOUT, ids=lambda a: " ".join(a[:1]))
def test_output_dash_is_standard_output(
    args: list[str], expected: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """'-o -' wrote a file named '-' in the working folder (convert refused it: 'cannot
    tell the RDF format of '-'')."""
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, [*args, "-o", "-"])
    assert result.exit_code == 0, result.stderr
    assert expected in result.stdout
    assert not (tmp_path / "-").exists()


@pytest.mark.parametrize("command", ["build", "docs"])
def test_output_folder_dash_is_a_usage_error(
    command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    args = [command, str(SEEDS), "-o", "-"] if command == "build" else [command, "-o", "-"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2, result.output
    assert "cannot hold files: name a folder" in result.output
    assert not (tmp_path / "-").exists()


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("", "must not be empty"),
        ("   ", "must not be empty"),
        ("DN\x1b[2J", "control character U+001B"),
        ("DN\nforged line", "control character U+000A"),
        ("DN\x00", "control character U+0000"),
    ],
    ids=["empty", "blank", "escape", "line-break", "nul"],
)
@pytest.mark.parametrize("command", ["convert", "render", "extract"])
def test_publisher_option_takes_what_the_metadata_field_takes(
    command: str, value: str, message: str, tmp_path: Path
) -> None:
    """--publisher took a blank name or control characters into the graph and the page,
    which 'publisher:' in a metadata file refuses."""
    args = [command, str(SEED_ARTICLE), "--publisher", value, "-o", str(tmp_path / "out")]
    line = _one_line(CliRunner().invoke(cli, args))
    assert line.startswith("error: --publisher ") and message in line, line


@pytest.mark.parametrize(
    "content",
    [
        "",
        DATA_TTL,
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n<https://example.org/a> sh:name 'x' .\n",
    ],
    ids=["empty", "data-not-shapes", "shacl-words-no-shape"],
)
@pytest.mark.parametrize("times", [1, 2])
def test_a_shapes_file_without_shapes_is_an_input_error(
    content: str, times: int, tmp_path: Path
) -> None:
    """--shapes replaces the packaged shapes: a file of data (or an empty one) checked
    nothing, and every article 'conformed' (exit 0)."""
    shapes = tmp_path / "shapes.ttl"
    shapes.write_text(content, encoding="utf-8")
    args = ["validate", str(SEED_ARTICLE), *["--shapes", str(shapes)] * times]
    line = _one_line(CliRunner().invoke(cli, args))
    assert line.startswith(f"error: {shapes}: ") and "no SHACL shapes" in line, line
