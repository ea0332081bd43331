"""Hostile and odd inputs, fourth round (2026-12-07): what a file is, nothing to load,
endpoint URLs, ``-o -`` for a folder, days that do not exist, file names an output
cannot take, link loops, and redirects to a Location no URL can hold.

Every refusal is exit 2 and one line on stderr saying what to fix; nothing is written
and no request is sent.
"""

from __future__ import annotations

import errno
import os
import shutil
import unicodedata
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner, Result
from rdflib.compare import isomorphic

from diplokg.cli import cli
from diplokg.crash import describe_os_error
from diplokg.resources import resource_files
from diplokg.store.embedded import read_rdf_graph
from tests.conftest import DATA, SEEDS
from tests.remote_servers import Reply, Stub, free_port

STEM = "000_7f87956a7e0403ad"
SEED_FILES = (f"{STEM}.txt", f"{STEM}.meta.yaml", f"{STEM}.ann.yaml", "entities.yaml")


def one_line(result: Result) -> str:
    """The one stderr line of a refusal (exit 2, no traceback)."""
    assert result.exit_code == 2, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "Traceback" not in result.output, result.output
    assert len(lines[0]) < 500, lines[0]
    return lines[0]


def seed_folder(folder: Path, *, stem: str = STEM, files: tuple[str, ...] = SEED_FILES) -> Path:
    """A copy of the seed article set in ``folder``, the article named ``stem``."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in files:
        shutil.copy(SEEDS / name, folder / name.replace(STEM, stem))
    return folder


# -- 1. what a file is: decided by its extension, the same in every command ----------

KINDS = DATA / "rdf-kinds"
#: Every serialisation diplokg reads, each holding the graph of same.ttl.
READ = sorted(p for p in KINDS.iterdir() if p.is_file() and p.suffix != ".md")
#: Turtle under names that say no RDF format.
UNKNOWN = sorted((KINDS / "unknown").iterdir())


@pytest.mark.parametrize("path", READ, ids=[p.name for p in READ])
def test_rdf_files_are_read_by_their_extension(path: Path) -> None:
    """.rdf, .owl, .xml and .n3 were validated as an article's text (one missing-metadata
    violation, exit 1, whatever they held) and refused by query --data."""
    assert isomorphic(read_rdf_graph([path]), read_rdf_graph([KINDS / "same.ttl"]))
    result = CliRunner().invoke(cli, ["validate", str(path)])
    assert result.exit_code == 0, result.output
    assert "0 articles and 1 RDF file: conforms" in result.stdout
    result = CliRunner().invoke(cli, ["query", "organizations", "--data", str(path)])
    assert result.exit_code == 0, result.output


def _rdf_commands(path: Path) -> list[list[str]]:
    return [
        ["validate", str(path)],
        ["query", "people", "--data", str(path)],
        ["load", str(path), "--endpoint", f"http://127.0.0.1:{free_port()}/query"],
        ["validate", str(SEEDS), "--shapes", str(path)],
    ]


@pytest.mark.parametrize("path", UNKNOWN, ids=[p.name for p in UNKNOWN])
@pytest.mark.parametrize("command", range(4), ids=["validate", "query-data", "load", "shapes"])
def test_a_file_whose_name_says_no_rdf_format_is_a_usage_error(path: Path, command: int) -> None:
    """validate took a file without extension (or .xyz) for an article: exit 1."""
    line = one_line(CliRunner().invoke(cli, _rdf_commands(path)[command]))
    assert str(path.name) in line and ".ttl" in line and ".rdf" in line and ".n3" in line, line
    assert "cannot connect" not in line and "metadata" not in line, line


@pytest.mark.parametrize("fmt", ["jsonld", "rdf"])
def test_a_shapes_file_is_read_by_its_extension(fmt: str, tmp_path: Path) -> None:
    """--shapes read every file as Turtle: shapes in JSON-LD or RDF/XML were a Turtle
    syntax error at 1:1."""
    packaged = Path(str(resource_files("shapes")[0]))
    quads = list(ox.parse(packaged.read_bytes(), format=ox.RdfFormat.TURTLE))
    shapes = tmp_path / f"shapes.{fmt}"
    shapes.write_bytes(ox.serialize(quads, format=ox.RdfFormat.from_extension(fmt)) or b"")
    result = CliRunner().invoke(cli, ["validate", str(SEEDS), "--shapes", str(shapes)])
    assert result.exit_code == 0, result.output
    assert "1 article: conforms" in result.stdout


#: What each file of refused/ is refused for.
REFUSED = {
    "formula.n3": "holds an N3 formula ({ … }), which is no RDF graph: write plain triples, "
    "or save it as Turtle",
    "billion-laughs.rdf": "RDF/XML entities (<!ENTITY>) expand to more than 16 MiB of text; "
    "write the values out",
}


@pytest.mark.parametrize("name", REFUSED)
@pytest.mark.parametrize("command", range(2), ids=["validate", "query-data"])
def test_rdf_diplokg_will_not_take_is_refused_in_one_line(name: str, command: int) -> None:
    """An N3 formula's triples were merged into the graph; a 1 KB 'billion laughs'
    RDF/XML file took 10 GB of memory and never ended (pyoxigraph expands entities)."""
    path = KINDS / "refused" / name
    line = one_line(CliRunner().invoke(cli, _rdf_commands(path)[command]))
    assert line == f"error: {path}: {REFUSED[name]}"


def _nested_rdf_xml(path: Path, depth: int) -> Path:
    """An RDF/XML file whose elements nest ``depth`` levels (rdf:RDF included)."""
    pairs = (depth - 2) // 2  # a description and its property per pair, one innermost
    path.write_text(
        '<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"'
        ' xmlns:ex="https://example.org/">\n'
        + "<rdf:Description><ex:p>" * pairs
        + "<rdf:Description/>"
        + "</ex:p></rdf:Description>" * pairs
        + "</rdf:RDF>\n",
        encoding="utf-8",
    )
    return path


def test_rdf_xml_nested_deeper_than_the_limit_is_refused_at_once(tmp_path: Path) -> None:
    """pyoxigraph's time grows with the square of the nesting: 400,000 levels (9 MB)
    had not ended after two minutes."""
    path = _nested_rdf_xml(tmp_path / "deep.rdf", 1_002)
    line = one_line(CliRunner().invoke(cli, ["query", "people", "--data", str(path)]))
    assert line == (
        f"error: {path}:3: RDF/XML elements nest deeper than 1,000 levels; write the nested "
        "descriptions side by side, linked by their IRIs"
    )
    at_the_limit = _nested_rdf_xml(tmp_path / "ok.rdf", 1_000)
    result = CliRunner().invoke(cli, ["query", "people", "--data", str(at_the_limit)])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("command", ["convert", "extract", "render"])
@pytest.mark.parametrize("name", ["same.ttl", "same.rdf", "same.n3"])
def test_an_rdf_file_given_as_the_article_is_a_usage_error(command: str, name: str) -> None:
    """convert x.ttl drafted the Turtle as if it were a news article's text, exit 0."""
    line = one_line(CliRunner().invoke(cli, [command, str(KINDS / name)]))
    assert "is an RDF file, not the text of an article" in line, line


def test_writing_a_format_diplokg_only_reads_names_the_formats_it_writes(tmp_path: Path) -> None:
    args = ["convert", str(SEEDS / f"{STEM}.txt"), "-o", str(tmp_path / "x.owl")]
    line = one_line(CliRunner().invoke(cli, args))
    assert "diplokg reads RDF/XML but writes .ttl, .trig, .nt, .nq, .jsonld" in line, line
    assert not (tmp_path / "x.owl").exists()


@pytest.mark.parametrize(
    "args", [["query", "people", "--data", "L"], ["validate", "L"]], ids=["query", "validate"]
)
def test_a_link_loop_named_as_an_rdf_file_is_an_input_error(
    args: list[str], tmp_path: Path
) -> None:
    """query --data loop.ttl was an internal error (Path.resolve's RuntimeError); validate
    took it for an article."""
    loop = tmp_path / "loop.ttl"
    loop.symlink_to(loop)
    line = one_line(CliRunner().invoke(cli, [str(loop) if a == "L" else a for a in args]))
    assert line == (
        f"error: {loop}: is a symbolic link that leads to itself (a loop); fix the link or "
        "remove it"
    ), line


# -- 2. nothing to load: said, and no request ----------------------------------------


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("empty.trig", ""),
        ("prefixes.trig", "@prefix ex: <https://example.org/> .\n# nothing else\n"),
        ("empty-graph.trig", "<https://example.org/g> { }\n"),
        ("empty.nq", "\n\n"),
    ],
)
@pytest.mark.parametrize("commit", ["all", "batch"])
def test_loading_a_file_without_triples_sends_no_request(
    name: str, content: str, commit: str, recording: Stub, tmp_path: Path
) -> None:
    """An empty TriG contacted the endpoint (and, reachable, loaded the ontology alone)."""
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    args = ["load", str(path), "--endpoint", f"{recording.url}/query", "--commit", commit]
    line = one_line(CliRunner().invoke(cli, args))
    assert line == (
        f"error: {path}: holds no triples, so there is nothing to load from it; give the "
        "article graphs 'diplokg build' writes (OUT/articles/*.trig)"
    )
    assert recording.seen == []


# -- 3. endpoint URLs checked at the edge, never echoed with their secret -------------

BAD_URLS = [
    ("http://a b/query", "a space (U+0020) at character 9"),
    (" http://127.0.0.1:7878/query", "a space (U+0020) at character 1"),
    ("http://127.0.0.1:7878/query\n", "a control character (U+000A) at character 28"),
    ("http://127.0.0.1:7878/qu\tery", "a control character (U+0009) at character 25"),
    ("http://127.0.0.1:7878/bücher", "a non-ASCII character (U+00FC) at character 24"),
    ("http://bücher..example/query", "has a host name the IDNA codec cannot write"),
    ("http://ann:s3cret pw@127.0.0.1:7878/query", "a space (U+0020) at character 18"),
    ("http://127.0.0.1:0/query", "malformed port (give 1 to 65535)"),
    ("http:///query", "must be an http:// or https:// URL with a host"),
    ("file:///etc/passwd", "must be an http:// or https:// URL with a host"),
    ("ftp://example.org/query", "must be an http:// or https:// URL with a host"),
]
#: Each option that takes a URL, with the rest of a command line that would use it.
URL_OPTIONS = {
    "query": ["query", "people", "--endpoint"],
    "load": ["load", "F", "--endpoint"],
    "load-update": ["load", "F", "--endpoint", "http://127.0.0.1:1/q", "--update-endpoint"],
    "load-gsp": ["load", "F", "--endpoint", "http://127.0.0.1:1/q", "--gsp-endpoint"],
}


@pytest.mark.parametrize(("url", "expected"), BAD_URLS, ids=[u for u, _ in BAD_URLS])
@pytest.mark.parametrize("option", URL_OPTIONS)
def test_endpoint_urls_a_url_cannot_be_are_one_usage_line(
    url: str, expected: str, option: str, tmp_path: Path
) -> None:
    """A space in the host was an internal error (exit 3), a non-ASCII character too once
    a server listened; a tab or line break was silently dropped from the URL."""
    trig = tmp_path / "a.trig"
    trig.write_text("<https://example.org/g> { <urn:a> <urn:b> <urn:c> }\n", encoding="utf-8")
    args = [str(trig) if a == "F" else a for a in URL_OPTIONS[option]] + [url]
    line = one_line(CliRunner().invoke(cli, args))
    assert expected in line and "internal error" not in line, line
    assert "s3cret" not in line and "cannot connect" not in line, line


@pytest.mark.parametrize(
    "location", ["/bücher", "/a b", "/a\x01b"], ids=["non-ascii", "space", "control"]
)
def test_a_redirect_to_a_location_no_url_can_hold_is_not_followed(location: str) -> None:
    """A non-ASCII Location was an internal error (exit 3); one with a space was tried
    four times and reported in http.client's words."""
    stub = Stub([], default=Reply(307, headers={"Location": location}))
    try:
        result = CliRunner().invoke(cli, ["query", "people", "--endpoint", f"{stub.url}/query"])
        line = one_line(result)
        assert "HTTP 307 redirects to a malformed Location; diplokg does not follow it" in line
        assert len(stub.seen) == 1
    finally:
        stub.close()


# -- 4. `-o -` for a folder of articles ----------------------------------------------


@pytest.mark.parametrize("command", ["extract", "render", "build", "docs"])
def test_output_dash_for_a_folder_is_one_usage_line_and_writes_nothing(
    command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """extract DIR -o - wrote the drafts beside the articles; render said '-o DIR' was
    missing although -o was given; build and docs printed click's usage around it."""
    monkeypatch.chdir(tmp_path)
    folder = seed_folder(tmp_path / "articles")
    before = sorted(os.listdir(tmp_path)), sorted(os.listdir(folder))
    args = [command, "-o", "-"] if command == "docs" else [command, str(folder), "-o", "-"]
    line = one_line(CliRunner().invoke(cli, args))
    assert line.startswith("error: -o - (standard output) "), line
    expected = "takes one file" if command in ("extract", "render") else "cannot hold files"
    assert expected in line, line
    assert (sorted(os.listdir(tmp_path)), sorted(os.listdir(folder))) == before


#: Command lines given an empty path ('' for E; S is the seed article, D its folder).
EMPTY_PATHS = [
    ["build", "D", "-o", "E"],
    ["build", "E"],
    ["validate", "E"],
    ["validate", "D", "--shapes", "E"],
    ["convert", "S", "-o", "E"],
    ["convert", "E"],
    ["convert", "S", "--annotation", "E"],
    ["extract", "S", "-o", "E"],
    ["render", "S", "-o", "E"],
    ["query", "people", "--data", "E"],
    ["query", "people", "--store", "E"],
    ["evaluate", "E"],
    ["load", "E", "--endpoint", "http://127.0.0.1:1/query"],
    ["docs", "-o", "E"],
]


@pytest.mark.parametrize("args", EMPTY_PATHS, ids=[" ".join(a) for a in EMPTY_PATHS])
def test_an_empty_path_is_a_usage_error_not_the_current_folder(
    args: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """'-o ""' (an unset variable in '-o "$OUT"') was the current folder: build wrote its
    outputs and links there, validate '' read every article in it."""
    monkeypatch.chdir(tmp_path)
    given = {"S": str(SEEDS / f"{STEM}.txt"), "D": str(SEEDS), "E": ""}
    line = one_line(CliRunner().invoke(cli, [given.get(a, a) for a in args]))
    assert "is empty (an unset shell variable?): name a" in line, line
    assert os.listdir(tmp_path) == []


# -- dates: a day that does not exist is named as such ------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-02-30", "is '2023-02-30', a day that does not exist: February 2023 has 28 days"),
        ("2023-02-29", "February 2023 has 28 days"),
        ("2023-13-01", "there is no month 13"),
        ("99999-01-01", "is in the year 99999: diplokg takes dates of years 1000 to 9998"),
        ("2024-3-7", "is '2024-3-7': write the day as YYYY-MM-DD"),
    ],
)
def test_a_published_date_naming_no_day_says_why(value: str, expected: str) -> None:
    """Each was told to 'write the day as YYYY-MM-DD', which all but the last were."""
    args = ["convert", str(SEEDS / f"{STEM}.txt"), "--published", value]
    line = one_line(CliRunner().invoke(cli, args))
    assert line.startswith("error: --published ") and line.endswith(expected), line


# -- names: file names no output can take, or no reader can tell apart -------------

CORPUS_COMMANDS = {
    "build": ["build", "D", "-o", "OUT", "-j", "1", "--no-pages"],
    "validate": ["validate", "D", "-j", "1"],
    "extract": ["extract", "D", "-o", "OUT", "--jobs", "1"],
    "render": ["render", "D", "-o", "OUT", "-j", "1"],
}


def _corpus_args(command: str, folder: Path, out: Path) -> list[str]:
    return [
        str(folder) if a == "D" else str(out) if a == "OUT" else a for a in CORPUS_COMMANDS[command]
    ]


@pytest.mark.parametrize("command", CORPUS_COMMANDS)
def test_an_article_name_too_long_for_its_draft_is_an_input_error(
    command: str, tmp_path: Path
) -> None:
    """A 250-byte NAME: extract and render crashed (exit 3) on NAME.meta.yaml, a name
    no file system takes; build failed in the words 'cannot write the build'."""
    # (its NAME.meta.yaml cannot exist: its name is over 255 bytes)
    folder = seed_folder(tmp_path / "articles", stem="y" * 250, files=(f"{STEM}.txt",))
    result = CliRunner().invoke(cli, _corpus_args(command, folder, tmp_path / "out"))
    assert result.exit_code == 2, result.output
    assert "internal error" not in result.output and "Traceback" not in result.output
    assert "the article's name is too long: NAME.draft.ann.yaml would be 265 bytes" in (
        result.stderr
    ), result.stderr


@pytest.mark.parametrize("command", CORPUS_COMMANDS)
def test_article_names_that_differ_only_in_unicode_normalisation_are_refused(
    command: str, tmp_path: Path
) -> None:
    """'café' in NFC and in NFD gave two articles, graphs and pages with the same name."""
    folder = tmp_path / "articles"
    for form in ("NFC", "NFD"):
        seed_folder(folder, stem=unicodedata.normalize(form, "café"))
    line = one_line(CliRunner().invoke(cli, _corpus_args(command, folder, tmp_path / "out")))
    assert "two articles are named 'café.txt', written with different Unicode" in line, line
    assert not (tmp_path / "out").exists() or command == "build"


def test_one_article_with_a_decomposed_name_is_read(tmp_path: Path) -> None:
    folder = seed_folder(tmp_path / "articles", stem=unicodedata.normalize("NFD", "café"))
    result = CliRunner().invoke(cli, ["validate", str(folder)])
    assert result.exit_code == 0, result.output


def test_a_file_name_too_long_is_an_environment_error_shown_cut() -> None:
    """ENAMETOOLONG was an internal error; its file name (up to 4,096 bytes) is cut."""
    name = "out/" + "z" * 301
    exc = OSError(errno.ENAMETOOLONG, os.strerror(errno.ENAMETOOLONG), name)
    line = describe_os_error(exc)
    assert line.endswith(
        "(305 characters): File name too long (a file name holds at most "
        "255 bytes here; shorten it)"
    ), line
    assert len(line) < 250
