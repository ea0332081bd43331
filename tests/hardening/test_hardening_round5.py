"""Hostile and odd inputs, fifth round (2026-12-07): article names that differ only in
case, ``-`` as an input, stored query names in any case, RDF 1.2 triple terms, and
internationalised host names in endpoint URLs.

Every refusal is exit 2 and one line on stderr saying what to fix; nothing is written
and no request is sent.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from diplokg.cli import cli
from diplokg.store.queries import get_query
from diplokg.store.remote.http import Endpoint
from tests.conftest import DATA, SEEDS
from tests.hardening.test_hardening_round4 import (
    CORPUS_COMMANDS,
    STEM,
    _corpus_args,
    one_line,
    seed_folder,
)
from tests.remote_servers import Reply, Stub

# -- 1. article names that differ only in letter case --------------------------------


@pytest.mark.parametrize("command", [*CORPUS_COMMANDS, "evaluate"])
def test_article_names_that_differ_only_in_case_are_refused(command: str, tmp_path: Path) -> None:
    """'A.txt' and 'a.txt' gave two articles whose ids a reader cannot tell apart and
    whose outputs overwrite each other on macOS or Windows."""
    folder = tmp_path / "articles"
    for stem in ("Talks", "talks"):
        seed_folder(folder, stem=stem)
    args = ["evaluate", str(folder)] if command == "evaluate" else None
    line = one_line(CliRunner().invoke(cli, args or _corpus_args(command, folder, tmp_path / "o")))
    assert line == (
        f"error: {folder}: two articles differ only in letter case ('Talks.txt' and "
        "'talks.txt'): their outputs would overwrite each other on a file system that "
        "ignores case; rename one"
    ), line
    assert not (tmp_path / "o").exists() or command == "build"
    assert len(os.listdir(folder)) == 7  # (the two articles' three files and the registry)


def test_one_article_with_capitals_in_its_name_is_read(tmp_path: Path) -> None:
    folder = seed_folder(tmp_path / "articles", stem="Talks")
    result = CliRunner().invoke(cli, ["validate", str(folder)])
    assert result.exit_code == 0, result.output


# -- 2. `-` is no input: said so, the same in every command ---------------------------

ARTICLE = str(SEEDS / f"{STEM}.txt")
#: Command lines naming '-' where an input file or folder is wanted.
DASH_INPUTS = [
    ["convert", "-"],
    ["convert", ARTICLE, "--annotation", "-"],
    ["convert", ARTICLE, "--metadata", "-"],
    ["convert", ARTICLE, "--registry", "-"],
    ["extract", "-"],
    ["render", "-"],
    ["validate", "-"],
    ["validate", str(SEEDS), "--shapes", "-"],
    ["validate", str(SEEDS), "--baseline", "-"],
    ["query", "people", "--data", "-"],
    ["query", "people", "--store", "-"],
    ["load", "-", "--endpoint", "http://127.0.0.1:1/query"],
    ["evaluate", "-"],
    ["evaluate", ARTICLE, "--gold", "-"],
    ["build", "-"],
    ["build", str(SEEDS), "--store", "-"],
    ["docs", "--examples", "-"],
]


@pytest.mark.parametrize("args", DASH_INPUTS, ids=[" ".join(a[::2]) for a in DASH_INPUTS])
def test_dash_as_an_input_says_standard_input_is_not_read(
    args: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """'-' was looked up as a file: 'article not found', 'no such file or folder', or
    'cannot tell the RDF format of '-''; build called it no folder of articles."""
    monkeypatch.chdir(tmp_path)
    line = one_line(CliRunner().invoke(cli, args, input="some text\n"))
    assert "is '-': diplokg reads nothing from standard input; name a " in line, line
    assert "(./- for one named '-')" in line, line
    assert os.listdir(tmp_path) == []


def test_dash_still_names_standard_output_for_one_file() -> None:
    result = CliRunner().invoke(cli, ["convert", ARTICLE, "-o", "-"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("@prefix ")


# -- 3. stored query names in any case -----------------------------------------------


@pytest.mark.parametrize("name", ["Meetings", "MEETINGS", "Reporting-Chains", "people"])
def test_a_stored_query_name_is_matched_in_any_case(name: str) -> None:
    """'diplokg query Meetings' failed where 'meetings' worked (every option with a
    fixed set of names is matched in any case)."""
    assert get_query(name).name == name.lower()
    args = ["query", name, "--data", str(DATA / "rdf-kinds" / "same.ttl"), "--format", "csv"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output


def test_an_unknown_query_name_lists_the_names_that_exist() -> None:
    line = one_line(CliRunner().invoke(cli, ["query", "Meeting"]))
    assert line.startswith("error: no stored query named 'Meeting'; known queries: "), line
    assert ", meetings, " in line and ", who-said" in line, line


# -- 4. RDF 1.2 triple terms: refused with file and line, in every command ------------

TRIPLE_TERMS = sorted((DATA / "rdf-kinds" / "triple-terms").iterdir())


def _line_in_name(path: Path) -> int:
    return int(path.stem.rpartition("-")[2])


@pytest.fixture
def recording() -> Iterator[Stub]:
    """A server that answers every request 500 (no request is expected)."""
    stub = Stub([], default=Reply(500, b"unexpected"))
    yield stub
    stub.close()


@pytest.mark.parametrize("path", TRIPLE_TERMS, ids=[p.name for p in TRIPLE_TERMS])
@pytest.mark.parametrize("command", ["validate", "query-data", "shapes", "load"])
def test_a_triple_term_is_refused_naming_file_and_line(
    path: Path, command: str, recording: Stub
) -> None:
    """'load' sent them on to the endpoint and 'query --data' took them into the store;
    'validate' refused them without a line."""
    if command == "load" and path.suffix not in (".trig", ".nq"):
        pytest.skip("load takes TriG and N-Quads only (another refusal)")
    args = {
        "validate": ["validate", str(path)],
        "query-data": ["query", "people", "--data", str(path)],
        "shapes": ["validate", str(SEEDS), "--shapes", str(path)],
        "load": ["load", str(path), "--endpoint", f"{recording.url}/query"],
    }[command]
    line = one_line(CliRunner().invoke(cli, args))
    assert line == (
        f"error: {path}:{_line_in_name(path)}: holds an RDF 1.2 triple term or RDF-star "
        "quoted triple (<< … >>), which diplokg does not take (its ontology and shapes "
        "use none): write plain triples"
    ), line
    assert recording.seen == []


# -- 5. internationalised host names in endpoint URLs ---------------------------------


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://bücher.example/sparql", "http://xn--bcher-kva.example/sparql"),
        ("https://BÜCHER.example:8443/q?x=1", "https://xn--bcher-kva.example:8443/q?x=1"),
        ("http://例え.テスト/sparql", "http://xn--r8jz45g.xn--zckzah/sparql"),
        ("http://127.0.0.1:7878/query", "http://127.0.0.1:7878/query"),
    ],
)
def test_an_internationalised_host_is_written_in_punycode(url: str, expected: str) -> None:
    """'http://bücher.example/sparql' was refused while its punycode form worked."""
    endpoint = Endpoint.configure(url, environ={})
    assert (endpoint.query_url, endpoint.update_url) == (expected, expected)


def test_an_internationalised_host_is_queried(monkeypatch: pytest.MonkeyPatch) -> None:
    """The request goes to the punycode host (resolved here to the test's server)."""
    stub = Stub([], default=Reply(200, b'{"head":{"vars":[]},"results":{"bindings":[]}}'))
    real = socket.getaddrinfo

    def resolve(host: Any, *args: Any, **kwargs: Any) -> Any:
        return real("127.0.0.1" if host == "xn--bcher-kva.example" else host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    try:
        port = stub.url.rpartition(":")[2]
        args = ["query", "people", "--endpoint", f"http://bücher.example:{port}/query"]
        result = CliRunner().invoke(cli, args)
        assert result.exit_code == 0, result.output
        assert stub.seen, "no request reached the server"
        hosts = {seen.headers["Host"] for seen in stub.seen}
        assert hosts == {f"xn--bcher-kva.example:{port}"}, hosts
    finally:
        stub.close()


@pytest.mark.parametrize(
    "url", ["http://bücher..example/q", f"http://{'ü' * 70}.example/q", "http://.bücher/q"]
)
def test_a_host_the_idna_codec_cannot_encode_is_one_usage_line(url: str) -> None:
    line = one_line(CliRunner().invoke(cli, ["query", "people", "--endpoint", url]))
    assert line == (
        "error: --endpoint has a host name the IDNA codec cannot write in punycode (label "
        "empty or too long): a label (between dots) holds 1 to 63 characters; fix it"
    ), line
