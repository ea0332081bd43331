"""Hostile paths: an output naming an input, a named pipe where a file is expected.

Each case is exit 2 and one line naming the file, within a second, and the inputs
are left as they were (found by an attacker's audit, 2026-12-07).
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplokg.cli import cli
from tests.conftest import SEEDS

STEM = "000_7f87956a7e0403ad"
ARTICLE = f"{STEM}.txt"
ANN = f"{STEM}.ann.yaml"
META = f"{STEM}.meta.yaml"
REGISTRY = "entities.yaml"

#: (command line with ART for the article and DIR for its folder, the input -o names).
#: Each once replaced the file it had just read with its output and exited 0.
OUTPUT_ONTO_INPUT = [
    (["convert", "ART", "--format", "turtle"], ARTICLE),
    (["convert", "ART", "--format", "turtle"], ANN),
    (["convert", "ART", "--format", "turtle"], META),
    (["convert", "ART", "--format", "turtle"], REGISTRY),
    (["render", "ART"], ARTICLE),
    (["render", "ART"], ANN),
    (["extract", "ART"], ARTICLE),
    (["extract", "ART"], REGISTRY),
    (["validate", "DIR"], ARTICLE),
    (["validate", "DIR"], ANN),
    (["validate", "DIR"], REGISTRY),
    (["validate", "ART"], META),
    (["validate", "DIR"], "report.txt"),  # every NAME.txt in a folder is an article
]


def seed_copy(folder: Path) -> dict[str, bytes]:
    """The seed article set in ``folder``; what each file holds."""
    for name in (ARTICLE, ANN, META, REGISTRY):
        shutil.copy(SEEDS / name, folder / name)
    return {name: (folder / name).read_bytes() for name in (ARTICLE, ANN, META, REGISTRY)}


def one_line(result: object, started: float) -> str:
    exit_code, stderr = result.exit_code, result.stderr  # type: ignore[attr-defined]
    assert exit_code == 2, stderr
    assert time.perf_counter() - started < 5
    lines = stderr.splitlines()
    assert len(lines) == 1 and "Traceback" not in stderr, stderr
    return str(lines[0])


@pytest.mark.parametrize(
    ("args", "target"),
    OUTPUT_ONTO_INPUT,
    ids=[f"{a[0]}-{a[1]}-onto-{t}" for a, t in OUTPUT_ONTO_INPUT],
)
def test_output_onto_an_input_is_refused_and_the_input_kept(
    args: list[str], target: str, tmp_path: Path
) -> None:
    before = seed_copy(tmp_path)
    (tmp_path / target).touch()
    where = {"ART": str(tmp_path / ARTICLE), "DIR": str(tmp_path)}
    argv = [where.get(a, a) for a in args] + ["-o", str(tmp_path / target)]
    started = time.perf_counter()
    line = one_line(CliRunner().invoke(cli, argv), started)
    assert line.startswith(f"error: {tmp_path / target}: the output would replace an input"), line
    assert {name: (tmp_path / name).read_bytes() for name in before} == before


def test_output_through_a_link_onto_the_article_is_refused(tmp_path: Path) -> None:
    before = seed_copy(tmp_path)
    (tmp_path / "out.ttl").symlink_to(tmp_path / ARTICLE)
    argv = ["convert", str(tmp_path / ARTICLE), "-o", str(tmp_path / "out.ttl")]
    line = one_line(CliRunner().invoke(cli, argv), time.perf_counter())
    assert "the output would replace an input" in line
    assert (tmp_path / ARTICLE).read_bytes() == before[ARTICLE]


@pytest.mark.parametrize("command", ["convert", "validate", "extract", "render"])
def test_outputs_beside_the_inputs_are_still_written_again(command: str, tmp_path: Path) -> None:
    """The guard refuses inputs only: a second run onto its own earlier output succeeds."""
    seed_copy(tmp_path)
    source = str(tmp_path if command == "validate" else tmp_path / ARTICLE)
    output = tmp_path / {"validate": "report.json", "convert": f"{STEM}.ttl"}.get(command, "x.out")
    for _ in range(2):
        result = CliRunner().invoke(cli, [command, source, "-o", str(output)])
        assert result.exit_code == 0, result.stderr
    assert output.stat().st_size > 0


@pytest.mark.parametrize("command", ["convert", "render", "extract"])
@pytest.mark.parametrize("kind", ["fifo", "dev-zero"])
def test_article_that_is_a_pipe_or_device_is_refused_at_once(
    command: str, kind: str, tmp_path: Path
) -> None:
    """A named pipe as ARTICLE once waited forever for a writer (the open blocked)."""
    seed_copy(tmp_path)
    article = tmp_path / ARTICLE
    article.unlink()
    if kind == "fifo":
        os.mkfifo(article)
    else:
        article.symlink_to("/dev/zero")
    started = time.perf_counter()
    line = one_line(CliRunner().invoke(cli, [command, str(article)]), started)
    assert line == f"error: {article}: article is not a regular file (a device or pipe?)"


@pytest.mark.parametrize("command", ["build", "validate", "convert", "render"])
@pytest.mark.parametrize("name", [ARTICLE, ANN, META, REGISTRY])
def test_a_sparse_terabyte_input_is_refused_by_its_size(
    command: str, name: str, tmp_path: Path
) -> None:
    """build hashed each input whole before any size check: a MemoryError, exit 3."""
    folder = tmp_path / "articles"
    folder.mkdir()
    seed_copy(folder)
    os.truncate(folder / name, 1 << 40)
    args = {
        "build": ["build", str(folder), "-o", str(tmp_path / "out"), "-j", "1", "--no-pages"],
        "validate": ["validate", str(folder), "-j", "1"],
    }.get(command, [command, str(folder / ARTICLE), "-o", str(tmp_path / "out.html")])
    if command == "convert":
        args[-1] = str(tmp_path / "out.ttl")
    result = CliRunner().invoke(cli, args)
    output = result.stdout + result.stderr
    assert result.exit_code in (1, 2), output[-500:]
    assert "Traceback" not in output and "internal error" not in output
    assert f"{folder / name}" in output and "larger than the limit of 16 MiB" in output


#: Commands that read an RDF or shapes file they are given (X): each waited forever
#: on a named pipe, or read /dev/zero without end.
SPECIAL_RDF_INPUTS = [
    (["query", "people", "--data", "X"], "RDF file"),
    (["validate", str(SEEDS), "--shapes", "X"], "shapes file"),
]


@pytest.mark.parametrize(("args", "what"), SPECIAL_RDF_INPUTS, ids=["query-data", "shapes"])
@pytest.mark.parametrize("kind", ["fifo", "dev-zero"])
def test_rdf_input_that_is_a_pipe_or_device_is_refused_at_once(
    args: list[str], what: str, kind: str, tmp_path: Path
) -> None:
    special = tmp_path / "special.ttl"
    if kind == "fifo":
        os.mkfifo(special)
    else:
        special.symlink_to("/dev/zero")
    argv = [str(special) if a == "X" else a for a in args]
    line = one_line(CliRunner().invoke(cli, argv), time.perf_counter())
    assert line == f"error: {special}: {what} is not a regular file (a device or pipe?)"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"<a> \xff<b> <c> .\n", ":1: shapes file is not valid UTF-8 (byte 4)"),
        (b"\xff\xfe<\x00a\x00>\x00 \x00", ": shapes file is UTF-16 text"),
        (b"@prefix sh: <http://www.w3.org/ns/shacl#> .\n\n<a b> a sh:NodeShape .\n", ":3:"),
        (b'<?xml version="1.0"?><rdf:RDF/>', ":1:1: Turtle syntax error"),
    ],
    ids=["not-utf8", "utf16", "space-in-iri-line-3", "rdf-xml"],
)
def test_broken_shapes_file_is_one_line_with_its_line(
    content: bytes, expected: str, tmp_path: Path
) -> None:
    """Bad bytes were an internal error (exit 3); rdflib's syntax errors had no line,
    and it logged its IRI warnings on stderr beside the error."""
    shapes = tmp_path / "shapes.ttl"
    shapes.write_bytes(content)
    result = CliRunner().invoke(cli, ["validate", str(SEEDS), "--shapes", str(shapes)])
    line = one_line(result, time.perf_counter())
    assert line.startswith(f"error: {shapes}{expected}"), line


def test_rdf_file_with_a_two_megabyte_literal_validates_in_seconds(tmp_path: Path) -> None:
    """rdflib's N-Triples parser, which validate used to read files with, took over a
    minute on one long line: the graph is now built from pyoxigraph's terms."""
    data = tmp_path / "long.nt"
    data.write_text(f'<http://a> <http://b> "{"x" * 2_000_000}" .\n', encoding="utf-8")
    started = time.perf_counter()
    result = CliRunner().invoke(cli, ["validate", str(data)])
    assert result.exit_code == 0, result.stderr
    assert time.perf_counter() - started < 10


def test_rdf_star_file_to_validate_is_an_input_error(tmp_path: Path) -> None:
    """A quoted triple was an internal error (exit 3)."""
    data = tmp_path / "star.ttl"
    data.write_text(
        "<http://a> <http://b> <http://c> .\n"
        "<< <http://a> <http://b> <http://c> >> <http://d> 1 .\n",
        encoding="utf-8",
    )
    line = one_line(CliRunner().invoke(cli, ["validate", str(data)]), time.perf_counter())
    assert line.startswith(f"error: {data}:2: holds an RDF 1.2 triple term or RDF-star"), line


#: Bytes that are not UTF-8 on the command line reach Python as lone surrogates
#: ("\udcff" for the byte 0xFF): each of these was an internal error (exit 3).
NOT_UTF8_NAME = "a\udcff"


@pytest.mark.parametrize("command", ["convert", "render", "extract", "validate", "build"])
def test_article_file_name_that_is_not_utf8_is_an_input_error(command: str, tmp_path: Path) -> None:
    seed_copy(tmp_path)
    for suffix in (".txt", ".ann.yaml", ".meta.yaml"):
        os.rename(tmp_path / f"{STEM}{suffix}", os.fsencode(tmp_path / f"{NOT_UTF8_NAME}{suffix}"))
    article = tmp_path / f"{NOT_UTF8_NAME}.txt"
    args = {
        "validate": ["validate", str(tmp_path), "-j", "1"],
        "build": ["build", str(tmp_path), "-o", str(tmp_path / "out"), "-j", "1", "--no-pages"],
    }.get(command, [command, str(article)])
    result = CliRunner().invoke(cli, args)
    output = result.stdout + result.stderr
    assert result.exit_code == 2, output[-500:]
    assert "internal error" not in output and "Traceback" not in output
    assert "the article's file name is not valid UTF-8 ('a\\udcff'); rename it" in output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["convert", "ART", "--publisher", "\udcff"], "--publisher is not valid UTF-8 text"),
        (["extract", "ART", "--publisher", "\udcff"], "--publisher is not valid UTF-8 text"),
        (["query", "who-said", "--param", "name=a\udcff"], "parameter 'name' is not UTF-8 text"),
        (["query", "evidence", "--param", "fact=http://a/\udcff"], "'fact' is not UTF-8 text"),
    ],
    ids=["convert-publisher", "extract-publisher", "query-literal", "query-iri"],
)
def test_option_value_that_is_not_utf8_is_a_usage_error(
    args: list[str], message: str, tmp_path: Path
) -> None:
    seed_copy(tmp_path)
    argv = [str(tmp_path / ARTICLE) if a == "ART" else a for a in args]
    if args[0] == "query":
        argv += ["--data", str(tmp_path / "data.ttl")]
        (tmp_path / "data.ttl").write_text("<http://a> <http://b> <http://c> .\n")
    line = one_line(CliRunner().invoke(cli, argv), time.perf_counter())
    assert message in line, line


@pytest.mark.parametrize("kind", ["missing", "fifo"])
def test_a_named_gold_file_that_cannot_be_read_is_named(kind: str, tmp_path: Path) -> None:
    """--gold missing.json said 'expected missing.json beside' the article, naming the article."""
    seed_copy(tmp_path)
    gold = tmp_path / "g.json"
    if kind == "fifo":
        os.mkfifo(gold)
    argv = ["evaluate", str(tmp_path / ARTICLE), "--curated", "--gold", str(gold)]
    line = one_line(CliRunner().invoke(cli, argv), time.perf_counter())
    expected = "gold file not found" if kind == "missing" else "gold file is not a regular file"
    assert line.startswith(f"error: {gold}: {expected}"), line


def test_internal_error_naming_a_non_utf8_file_still_writes_its_traceback(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Writing the crash report raised UnicodeEncodeError: a traceback on the terminal."""
    import diplokg.rdf.convert

    def crash(*args: object, **kwargs: object) -> None:
        raise RuntimeError(f"fault at {NOT_UTF8_NAME}.txt")

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setattr(diplokg.rdf.convert, "convert_files", crash)
    result = CliRunner().invoke(cli, ["convert", str(SEEDS / ARTICLE)])
    assert result.exit_code == 3, result.output
    (line,) = result.stderr.splitlines()
    assert "the traceback is in " in line and "Traceback" not in result.stderr
    report = Path(line.rsplit(" ", 1)[1])
    assert "RuntimeError: fault at a\\udcff.txt" in report.read_text("utf-8")


def test_report_onto_the_baseline_being_written_is_refused(tmp_path: Path) -> None:
    """-o the --update-baseline file (not there yet) wrote the baseline, then the report over it."""
    seed_copy(tmp_path)
    baseline = tmp_path / "known.json"
    argv = ["validate", str(tmp_path), "--baseline", str(baseline), "--update-baseline"]
    line = one_line(CliRunner().invoke(cli, [*argv, "-o", str(baseline)]), time.perf_counter())
    assert line.startswith(f"error: {baseline}: the report would replace the baseline"), line
    assert not baseline.exists()
