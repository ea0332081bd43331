"""The command line, in process: help, exit codes, the main job and queries."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from diplokg import __version__
from diplokg.cli import cli
from diplokg.store.queries import stored_queries
from tests.conftest import SEEDS

STEM = "000_7f87956a7e0403ad"


@pytest.fixture
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    """A runner whose 'last build' state lives in tmp_path."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    return CliRunner()


@pytest.fixture
def seeds_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    return folder


def _ok(result: Result) -> Result:
    assert result.exit_code == 0, result.output + (result.stderr or "")
    return result


@pytest.mark.parametrize("name", sorted(cli.commands))  # type: ignore[attr-defined]
def test_every_command_has_help_with_an_example(name: str) -> None:
    result = _ok(CliRunner().invoke(cli, [name, "--help"]))
    assert "Example:" in result.output
    assert f"diplokg {name}" in result.output


def test_root_help_and_version() -> None:
    assert "Example:" in _ok(CliRunner().invoke(cli, ["-h"])).output
    assert (
        _ok(CliRunner().invoke(cli, ["--version"])).output.strip()
        == f"diplokg, version {__version__}"
    )


def test_build_then_query_the_embedded_store(
    runner: CliRunner, seeds_copy: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    result = _ok(runner.invoke(cli, ["build", str(seeds_copy), "-o", str(out)]))
    assert "articles: 1  triples: " in result.output
    assert "violations: 0" in result.output
    assert (out / "articles" / f"{STEM}.trig").is_file()
    assert (out / "dataset.trig").is_file()
    assert (out / "validation-report.ttl").is_file()
    assert (out / "store").is_dir()

    # query finds the store the last build wrote, from any directory
    people = _ok(runner.invoke(cli, ["query", "people", "--format", "csv"]))
    rows = list(csv.DictReader(io.StringIO(people.output)))
    assert {r["name"] for r in rows} >= {"Qin Gang", "Antony Blinken", "Josep Borrell"}

    as_json = json.loads(_ok(runner.invoke(cli, ["query", "meetings", "--format", "json"])).output)
    assert as_json["head"]["vars"][:3] == ["meeting", "participant", "participantName"]
    assert as_json["results"]["bindings"]

    tsv = _ok(runner.invoke(cli, ["query", "organizations", "--format", "tsv"])).output
    assert tsv.splitlines()[0].split("\t")[:3] == ["?organization", "?name", "?kind"]

    table = _ok(runner.invoke(cli, ["query", "quotes"])).output
    assert "anonymous US official > AFP" in table
    assert table.rstrip().endswith("rows)")


def test_query_data_files_equals_the_store(
    runner: CliRunner, seeds_copy: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    _ok(runner.invoke(cli, ["build", str(seeds_copy), "-o", str(out)]))
    for query in stored_queries():
        if query.params:
            continue
        from_store = _ok(
            runner.invoke(
                cli, ["query", query.name, "--format", "csv", "--store", str(out / "store")]
            )
        )
        from_file = _ok(
            runner.invoke(
                cli, ["query", query.name, "--format", "csv", "--data", str(out / "dataset.trig")]
            )
        )
        assert sorted(from_store.output.splitlines()) == sorted(from_file.output.splitlines()), (
            query.name
        )


def test_build_with_a_violation_exits_1_and_keeps_the_store(
    runner: CliRunner, seeds_copy: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    _ok(runner.invoke(cli, ["build", str(seeds_copy), "-o", str(out)]))
    before = _ok(runner.invoke(cli, ["query", "meetings", "--format", "csv"])).output

    ann = seeds_copy / f"{STEM}.ann.yaml"
    text = ann.read_text(encoding="utf-8")
    # Borrell's meeting "today" claimed as held a week after publication: SHACL, not the
    # annotation loader, knows that a past event cannot be dated after its article.
    text = text.replace(
        "    date: {text: Today}\n    status: planned\n", "    date: 2023-07-21\n    status: held\n"
    )
    ann.write_text(text, encoding="utf-8")
    result = runner.invoke(cli, ["build", str(seeds_copy), "-o", str(out)])

    assert result.exit_code == 1
    assert "violations: 1" in result.output
    assert "not loaded" in result.output
    assert "cannot be dated after its article was published" in result.output
    assert "borrell-wang-jakarta" in result.output
    # the result's rule and inverse path as the validate report writes them
    assert "[shape dksh:NewsArticle-heldEventNotAfterPublication focus <" in result.output
    assert " path ^dk:article value " in result.output
    assert _ok(runner.invoke(cli, ["query", "meetings", "--format", "csv"])).output == before


def test_validate_articles_and_rdf(runner: CliRunner, seeds_copy: Path, tmp_path: Path) -> None:
    result = _ok(runner.invoke(cli, ["validate", str(seeds_copy)]))
    assert "conforms (0 violations, 0 warnings, 0 infos)" in result.output

    converted = tmp_path / "seed.ttl"
    _ok(runner.invoke(cli, ["convert", str(seeds_copy / f"{STEM}.txt"), "-o", str(converted)]))
    _ok(runner.invoke(cli, ["validate", str(converted)]))

    broken = tmp_path / "broken.ttl"
    text = converted.read_text(encoding="utf-8")
    broken.write_text(
        text.replace("dk:speaker dkid:joe-biden", "dk:note dkid:joe-biden"), encoding="utf-8"
    )
    failed = runner.invoke(cli, ["validate", str(broken)])
    assert failed.exit_code == 1
    assert "does not conform (2 violations" in failed.output
    report = json.loads(runner.invoke(cli, ["validate", str(broken), "--format", "json"]).stdout)
    assert report["conforms"] is False
    severities = sorted(r["severity"] for r in report["results"])
    assert severities == ["Violation", "Violation"]  # the second: dk:note is no ontology term
    assert "dk:note is not a term" in failed.output
    _ok(runner.invoke(cli, ["validate", str(broken), "--fail-on", "none"]))


def test_validate_rdf_syntax_error_names_file_and_line(runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text(
        "@prefix ex: <http://example.org/> .\nex:a ex:b ex:c ;\n  ex:d .\n", encoding="utf-8"
    )
    result = runner.invoke(cli, ["validate", str(bad)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {bad}:3:")


def test_queries_lists_every_stored_query(runner: CliRunner) -> None:
    output = _ok(runner.invoke(cli, ["queries"])).output
    for query in stored_queries():
        assert f"{query.name}: {query.title}" in output
    assert "--param fact=<iri>" in output
    assert "--param name=<literal>" in output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["query", "no-such-query"], "no stored query named 'no-such-query'"),
        (["query", "people", "--store", "/nonexistent/store"], "no store here"),
        (
            ["query", "who-said", "--param", "speaker=x", "--store", "."],
            "has no parameter 'speaker'",
        ),
        (["query", "who-said", "--param", "nameblinken"], "--param takes NAME=VALUE"),
        (["build", "/nonexistent/seeds"], "is not a folder of articles"),
        (["convert", "x.txt", "-o", "x.rdf"], "x.rdf: cannot tell the RDF format from the"),
    ],
)
def test_usage_errors_exit_2_with_one_line(
    runner: CliRunner, args: list[str], message: str
) -> None:
    result = runner.invoke(cli, args)
    assert result.exit_code == 2, result.output
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_missing_argument_is_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["convert"])
    assert result.exit_code == 2
    assert "Missing argument 'ARTICLE'" in result.stderr


def test_outputs_get_the_usual_file_mode(runner: CliRunner, tmp_path: Path) -> None:
    """Atomic writes go through a private temp file; the result must not stay private."""
    import os

    out = tmp_path / "seed.ttl"
    _ok(runner.invoke(cli, ["convert", str(SEEDS / f"{STEM}.txt"), "-o", str(out)]))
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask
