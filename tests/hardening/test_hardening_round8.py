"""Hostile and odd inputs, eighth round (2026-12-07): endpoint URLs and redirects that
carry what no endpoint's address holds, answers cut off mid-way, parameters that carry
SPARQL syntax, YAML tags on lists and mappings, and merge keys.

A refusal is exit 2 and one line on stderr naming what to fix; never a traceback. (The
tags on lists and mappings are cases of ``tests/data/hostile/``, run by
``test_hardening_inputs.py`` through convert, validate and build.)
"""

from __future__ import annotations

import contextlib
import os
import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from diplokg.cli import cli
from diplokg.model.yamlsrc import load_yaml
from tests.conftest import SEEDS
from tests.hardening.test_hardening_round4 import STEM, one_line, seed_folder
from tests.remote_servers import Reply, Stub

_JSON = "application/sparql-results+json"
_TSV = "text/tab-separated-values"
#: The two answers finding the default graph gets (no marker triple: an empty store).
NO_MARKERS = [
    Reply(200, b'{"head":{"vars":["s","p","o"]},"results":{"bindings":[]}}', content_type=_JSON)
] * 2
#: Fifty rows of the ``people`` query's first two columns, as SPARQL JSON and TSV.
ROWS = range(50)
JSON_ROWS = (
    b'{"head":{"vars":["person","name"]},"results":{"bindings":['
    + b",".join(
        b'{"person":{"type":"uri","value":"http://example.org/p%d"},'
        b'"name":{"type":"literal","value":"N%d"}}' % (i, i)
        for i in ROWS
    )
    + b"]}}"
)
TSV_ROWS = b"?person\t?name\n" + b"".join(
    b'<http://example.org/p%d>\t"N%d"\n' % (i, i) for i in ROWS
)
ANSWERS = {"json": (JSON_ROWS, _JSON), "tsv": (TSV_ROWS, _TSV)}

#: Retries without waiting between them (``tests/conftest.py``).
pytestmark = pytest.mark.usefixtures("no_backoff")


def _query(stub: Stub, *args: str) -> Any:
    return CliRunner().invoke(cli, ["query", "people", "--endpoint", f"{stub.url}/q", *args])


# -- 1. a percent-encoded control character in the query string, as in the path ----------


@pytest.mark.parametrize("query", ["?x=%00", "?graph=a%0a", "?a=1&b=%7F", "?%1b[31m"])
def test_an_endpoint_with_an_encoded_control_in_its_query_string_is_a_usage_error(
    query: str, recording: Stub
) -> None:
    """``--endpoint http://host/sparql?x=%00`` was sent (the path and host were checked):
    a server written in C reads a parameter up to the NUL."""
    line = one_line(
        CliRunner().invoke(cli, ["query", "people", "--endpoint", f"{recording.url}/q{query}"])
    )
    assert line.startswith("error: --endpoint has a percent-encoded control character ("), line
    assert line.endswith(") in its query string, which no endpoint's address holds: remove it")
    assert recording.seen == []


# -- 2. an answer cut off mid-way is said to be cut off, never taken whole ----------------


@pytest.mark.parametrize("answer", sorted(ANSWERS))
@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json"])
def test_an_answer_the_connection_cut_off_says_so(answer: str, fmt: str) -> None:
    """A server that closed the connection before the Content-Length it declared gave
    "broken answer: Parser error at line 1 column 2238: Unexpected end of file"."""
    body, content_type = ANSWERS[answer]
    stub = Stub(NO_MARKERS, default=Reply(200, body, content_type=content_type, cut=len(body) // 2))
    try:
        result = _query(stub, "--format", fmt)
    finally:
        stub.close()
    line = one_line(result)
    assert line.startswith(
        f"error: cannot query {stub.url}/q: the answer was cut off: the connection closed "
        "before its end with "
    ), line
    assert "Parser error" not in line


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json"])
def test_an_answer_cut_off_between_two_rows_is_not_taken_as_the_whole_result(fmt: str) -> None:
    """Cut at the end of a row, a streamed TSV answer gave 10 of its 50 rows, exit 0."""
    cut = TSV_ROWS.index(b"<http://example.org/p10>")
    stub = Stub(NO_MARKERS, default=Reply(200, TSV_ROWS, content_type=_TSV, cut=cut))
    try:
        result = _query(stub, "--format", fmt)
    finally:
        stub.close()
    assert "the answer was cut off" in one_line(result)


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_results_that_end_in_the_middle_are_said_to_be_cut_off(fmt: str) -> None:
    """An answer whole by HTTP whose results stop mid-way (a server or proxy ended it)."""
    stub = Stub(
        NO_MARKERS, default=Reply(200, JSON_ROWS[: len(JSON_ROWS) // 2], content_type=_JSON)
    )
    try:
        line = one_line(_query(stub, "--format", fmt))
    finally:
        stub.close()
    assert line.startswith(
        f"error: cannot query {stub.url}/q: the answer was cut off: its results end in the middle ("
    ), line


def test_a_load_whose_count_answer_is_cut_off_commits_nothing(tmp_path: Path) -> None:
    """The staging graphs' count came back cut off: nothing is swapped in, the staging
    graphs are dropped, and the line says the answer was cut off."""
    trig = tmp_path / "a.trig"
    trig.write_text(
        "<http://example.org/g> { <http://example.org/a> <http://example.org/b> "
        "<http://example.org/c> . }\n",
        encoding="utf-8",
    )
    count = (
        b'{"head":{"vars":["g","n"]},"results":{"bindings":['
        + b",".join(
            [b'{"g":{"type":"uri","value":"urn:x"},"n":{"type":"literal","value":"1"}}'] * 9
        )
        + b"]}}"
    )
    stub = Stub([Reply(204)], default=Reply(200, count, content_type=_JSON, cut=60))
    try:
        result = CliRunner().invoke(cli, ["load", str(trig), "--endpoint", f"{stub.url}/q"])
    finally:
        stub.close()
    line = one_line(result)
    assert line.startswith(f"error: cannot count triples at {stub.url}/q: the answer was cut off")
    sent = [s.body for s in stub.seen]
    assert sent[0].startswith(b"INSERT DATA { GRAPH <urn:diplokg:staging:")
    assert not any(b"<http://example.org/g>" in body for body in sent)  # never swapped in
    assert sent[-1].startswith(b"DROP SILENT GRAPH <urn:diplokg:staging:")


# -- 3. a redirect is held to the endpoint's own checks -------------------------------------


@pytest.mark.parametrize(
    ("location", "expected"),
    [
        ("file:///etc/passwd", "it must be an http:// or https:// URL with a host"),
        ("gopher://127.0.0.1:70/x", "it must be an http:// or https:// URL with a host"),
        ("data:text/plain,hi", "it must be an http:// or https:// URL with a host"),
        ("/q%00.json", "it has a percent-encoded control character (%00) in its path"),
        ("/q?x=%0d%0aSet-Cookie:1", "(%0d) in its query string"),
    ],
)
@pytest.mark.parametrize("status", [307, 302])
def test_a_redirect_to_an_address_no_endpoint_can_have_is_not_followed(
    location: str, expected: str, status: int
) -> None:
    """A 307 to '/q%00.json' on the same origin was followed (the endpoint given so is
    refused); a 302 to 'file:///etc/passwd' said "give that URL instead"."""
    stub = Stub([], default=Reply(status, headers={"Location": location}))
    try:
        line = one_line(_query(stub))
    finally:
        stub.close()
    assert line.startswith(
        f"error: cannot query {stub.url}/q: HTTP {status} redirects to an address diplokg does "
        "not follow: "
    ), line
    assert expected in line and len(stub.seen) == 1


# -- 4. a parameter's value is one RDF term, whatever it holds ----------------------------

#: Values that close the term, the group and the query, and start an update.
# (A line break in a value is refused before binding: tests/store/test_queries.py.)
INJECTIONS = ['"> } ; DROP ALL #', 'x" } } ; CLEAR DEFAULT ; SELECT * { ?s ?p ?o', "a } #\\"]


@pytest.fixture(scope="module")
def seed_trig(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("trig") / "seed.trig"
    article = str(SEEDS / f"{STEM}.txt")
    assert CliRunner().invoke(cli, ["convert", article, "-o", str(out)]).exit_code == 0
    return out


@pytest.mark.parametrize("value", INJECTIONS)
def test_a_parameter_carrying_sparql_syntax_is_bound_as_one_literal(
    value: str, seed_trig: Path
) -> None:
    """Sent remotely, the value is one escaped literal of the VALUES block; locally, it
    matches no name (exit 0, no rows)."""
    stub = Stub(
        NO_MARKERS,
        default=Reply(
            200, b'{"head":{"vars":["a"]},"results":{"bindings":[]}}', content_type=_JSON
        ),
    )
    try:
        result = CliRunner().invoke(
            cli, ["query", "who-said", "--param", f"name={value}", "--endpoint", f"{stub.url}/q"]
        )
    finally:
        stub.close()
    assert result.exit_code == 0, result.output
    sent = parse_qs(stub.seen[-1].body.decode("utf-8"))["query"][0]
    assert f"VALUES (?_name) {{ ({ox.Literal(value)}) }}" in sent
    assert "DROP" not in sent.replace(str(ox.Literal(value)), "")
    assert "CLEAR" not in sent.replace(str(ox.Literal(value)), "")
    local = CliRunner().invoke(
        cli, ["query", "who-said", "--param", f"name={value}", "--data", str(seed_trig)]
    )
    assert local.exit_code == 0 and "(0 rows)" in local.stdout, local.output


# -- 5. YAML merge keys: a key written in the mapping overrides the merged one -------------


def _merged_entity(extra: str) -> str:
    return (
        "  us-official: &official\n"
        "    name: anonymous US official\n"
        "    type: person\n"
        "    aliases: [US official who remained anonymous]\n"
        "  other-official:\n"
        "    <<: *official\n"
        "    name: another US official\n" + extra
    )


def test_a_key_written_beside_a_merge_overrides_the_merged_one(tmp_path: Path) -> None:
    """``<<: *anchor`` then ``name: …`` was "duplicate key 'name'" at the anchor's line:
    YAML's merge keys exist for this override."""
    seeds = seed_folder(tmp_path / "seeds")
    ann = seeds / f"{STEM}.ann.yaml"
    text = ann.read_text(encoding="utf-8")
    start = text.index("  us-official:\n")
    end = text.index("  negotiations-diplomat:")
    ann.write_text(text[:start] + _merged_entity("") + text[end:], encoding="utf-8")
    out = tmp_path / "a.trig"
    result = CliRunner().invoke(cli, ["convert", str(seeds / f"{STEM}.txt"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    entity = load_yaml(ann, what="annotation")["entities"]["other-official"]
    assert entity == {
        "name": "another US official",
        "type": "person",
        "aliases": ["US official who remained anonymous"],
    }
    # a key written twice in the mapping itself is still a duplicate, at its own line
    ann.write_text(text[:start] + _merged_entity("    name: x\n") + text[end:], encoding="utf-8")
    line = one_line(CliRunner().invoke(cli, ["convert", str(seeds / f"{STEM}.txt")]))
    row = (text[:start] + _merged_entity("")).count("\n") + 1
    assert (
        line == f"error: {ann}:{row}:5: duplicate key 'name': each key may appear once in a mapping"
    )


# -- 6. a server that does not speak HTTP, or breaks its chunks ------------------------------


@contextlib.contextmanager
def _raw_server(answer: bytes) -> Iterator[str]:
    """A loopback server that answers every connection with ``answer`` and closes it."""
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(0.05)
    done = threading.Event()

    def serve() -> None:
        while not done.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                continue
            with conn:
                conn.settimeout(2)
                with contextlib.suppress(OSError):
                    conn.recv(65536)
                    conn.sendall(answer)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.getsockname()[1]}/q"
    finally:
        done.set()
        thread.join()
        server.close()


_CHUNKED = b"HTTP/1.1 200 OK\r\nContent-Type: " + _JSON.encode() + b"\r\n"
RAW_ANSWERS = {
    "not-http": (b"garbage\r\n\r\n", "the answer is not HTTP: its first line is 'garbage'"),
    "http-0.9": (b"hello", "the answer is not HTTP: its first line is 'hello'"),
    "bad-chunk-size": (
        _CHUNKED + b"Transfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n",
        "the answer was cut off: it ended before its last chunk",
    ),
    "chunk-cut": (
        _CHUNKED + b'Transfer-Encoding: chunked\r\n\r\n100\r\n{"head"',
        "the answer was cut off: it ended before its last chunk",
    ),
}


@pytest.mark.parametrize("case", sorted(RAW_ANSWERS))
def test_an_answer_that_is_no_http_or_breaks_its_chunks_says_so(
    case: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A first line that is no HTTP status was the message alone ("…/q: garbage"); a
    chunked answer cut short said nothing of chunks."""
    answer, expected = RAW_ANSWERS[case]
    monkeypatch.setenv("DIPLOKG_ENDPOINT_TIMEOUT", "5")
    with _raw_server(answer) as url:
        line = one_line(CliRunner().invoke(cli, ["query", "people", "--endpoint", url]))
    assert line.startswith(f"error: cannot query {url}: {expected}"), line


# -- 7. what a folder holds under an article's name that is no article file ---------------


@pytest.mark.parametrize("command", ["build", "validate", "extract"])
@pytest.mark.parametrize("kind", ["pipe", "link-to-a-folder-outside"])
def test_an_article_name_on_a_pipe_or_a_link_out_to_a_folder_is_refused(
    kind: str, command: str, tmp_path: Path
) -> None:
    """A named pipe 'f.txt' and a link 'x.txt -> /outside/folder' were skipped without a
    word (a link to a file outside was refused, a link to nothing named): an article
    missing from the build, unsaid."""
    seeds = seed_folder(tmp_path / "seeds")
    odd = seeds / "odd.txt"
    if kind == "pipe":
        os.mkfifo(odd)
        expected = "is not a file (a folder or a device); rename or remove it"
    else:
        (tmp_path / "outside").mkdir()
        odd.symlink_to(tmp_path / "outside")
        expected = "diplokg follows links only within the folder"
    args = [command, str(seeds)] + (["-o", str(tmp_path / "out")] if command == "build" else [])
    line = one_line(CliRunner().invoke(cli, args))
    assert line.startswith(f"error: {odd}: ") and expected in line, line


def test_a_folder_named_like_an_article_is_no_article_and_no_error(tmp_path: Path) -> None:
    """A folder 'notes.txt' (and a link to a folder within) is not an article: left alone."""
    seeds = seed_folder(tmp_path / "seeds")
    (seeds / "notes.txt").mkdir()
    (seeds / "link.txt").symlink_to(seeds / "notes.txt")
    result = CliRunner().invoke(cli, ["validate", str(seeds)])
    assert result.exit_code == 0, result.output
    assert "1 article: conforms" in result.stdout
