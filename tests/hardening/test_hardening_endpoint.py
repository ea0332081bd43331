"""Hostile endpoints and endpoint settings: a trickling server, control characters in secrets.

Each ends in one line and exit 2, never a hang or exit 3 (found by an attacker's audit).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplokg.cli import cli
from tests.remote_servers import Reply, Stub

#: A SPARQL JSON answer that takes over a minute to trickle, at one byte a second.
ANSWER = b'{"head":{"vars":["x"]},"results":{"bindings":[' + b" " * 20 + b"]}}"


@pytest.fixture
def trickling() -> Iterator[Stub]:
    stub = Stub(
        [], default=Reply(200, ANSWER, content_type="application/sparql-results+json", trickle=1.0)
    )
    yield stub
    stub.close()


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["table", "csv"])
def test_a_server_that_trickles_its_answer_times_out_as_a_whole(
    trickling: Stub, fmt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A byte a second kept each read within the timeout: diplokg waited for a minute."""
    monkeypatch.setenv("DIPLOKG_ENDPOINT_TIMEOUT", "2")
    started = time.perf_counter()
    result = CliRunner().invoke(
        cli, ["query", "people", "--endpoint", f"{trickling.url}/query", "--format", fmt]
    )
    assert result.exit_code == 2, result.output
    assert time.perf_counter() - started < 15
    assert result.stderr == (
        f"error: cannot query {trickling.url}/query: no answer within 2 s "
        "(set DIPLOKG_ENDPOINT_TIMEOUT to wait longer)\n"
    )


@pytest.mark.parametrize("name", ["USER", "TOKEN"])
@pytest.mark.parametrize("bad", ["\n", "\r", "\x1b", "\x7f"])
def test_a_secret_with_a_control_character_is_a_usage_error_that_hides_it(
    name: str, bad: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A line break in the token was an internal error (http.client refused the header).

    (A password may hold any character: it is sent encoded, never as it is.)
    """
    secret = f"s3cret{bad}X-Injected: 1"
    if name == "TOKEN":
        monkeypatch.setenv("DIPLOKG_ENDPOINT_TOKEN", secret)
    else:
        monkeypatch.setenv("DIPLOKG_ENDPOINT_USER", secret if name == "USER" else "user")
        monkeypatch.setenv("DIPLOKG_ENDPOINT_PASSWORD", secret if name == "PASSWORD" else "pw")
    result = CliRunner().invoke(cli, ["query", "people", "--endpoint", "http://127.0.0.1:9/q"])
    assert result.exit_code == 2, result.output
    assert result.stderr == (
        f"error: DIPLOKG_ENDPOINT_{name} holds a control character (a line break?); remove it\n"
    )
    assert "s3cret" not in result.output


@pytest.mark.parametrize("commit", ["all", "batch"])
def test_a_file_that_writes_the_ontology_graph_is_named_before_any_request(
    commit: str, tmp_path: Path, no_backoff: list[float]
) -> None:
    """The error named the packaged diplokg.ttl as the file to fix, not the user's file;
    and with ``--commit all`` the endpoint was tried first (nothing listens here: three
    retries), though every input is read before anything is sent."""
    trig = tmp_path / "evil.trig"
    trig.write_text(
        "<https://w3id.org/diplokg/ontology> "
        '{ <http://example.org/a> <http://example.org/b> "x" . }\n',
        encoding="utf-8",
    )
    argv = ["load", str(trig), "--endpoint", "http://127.0.0.1:9/query", "--commit", commit]
    result = CliRunner().invoke(cli, argv)
    assert result.exit_code == 2, result.output
    assert result.stderr == (
        f"error: {trig}: graph <https://w3id.org/diplokg/ontology> is the one load puts "
        "diplokg's ontology in; give these triples another graph\n"
    )
    assert no_backoff == []  # no request was retried: none was made


#: A SPARQL JSON answer of about 2 MiB: one binding of a long literal.
BIG = (
    b'{"head":{"vars":["person","name","role","organization","organizationName","status"]},'
    b'"results":{"bindings":[{"name":{"type":"literal","value":"' + b"x" * (2 << 20) + b'"}}]}}'
)


@pytest.fixture
def flooding() -> Iterator[Stub]:
    stub = Stub([], default=Reply(200, BIG, content_type="application/sparql-results+json"))
    yield stub
    stub.close()


@pytest.mark.parametrize("fmt", ["table", "json"])
def test_an_answer_larger_than_allowed_is_refused_before_it_fills_the_memory(
    flooding: Stub, fmt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 2 GB answer was held whole in memory (4.3 GB) before anything failed."""
    monkeypatch.setenv("DIPLOKG_ENDPOINT_MAX_MIB", "1")
    result = CliRunner().invoke(
        cli, ["query", "people", "--endpoint", f"{flooding.url}/query", "--format", fmt]
    )
    assert result.exit_code == 2, result.output
    # (the last line: the stub's own thread may report the connection diplokg dropped)
    assert result.stderr.splitlines()[-1] == (
        f"error: cannot query {flooding.url}/query: the answer is larger than 1 MiB "
        "(set DIPLOKG_ENDPOINT_MAX_MIB to accept more)"
    )


def test_an_answer_within_the_limit_is_read(
    flooding: Stub, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DIPLOKG_ENDPOINT_MAX_MIB", "3")
    result = CliRunner().invoke(
        cli, ["query", "people", "--endpoint", f"{flooding.url}/query", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    assert "x" * 1000 in result.stdout


@pytest.mark.parametrize("bad", ["0", "-1", "1.5", "lots", "65537"])
def test_a_max_answer_setting_out_of_range_is_a_usage_error(
    bad: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DIPLOKG_ENDPOINT_MAX_MIB", bad)
    result = CliRunner().invoke(cli, ["query", "people", "--endpoint", "http://127.0.0.1:9/q"])
    assert result.exit_code == 2, result.output
    assert result.stderr == (
        "error: DIPLOKG_ENDPOINT_MAX_MIB must be a whole number of MiB from 1 to 65536, "
        f"not {bad!r}\n"
    )
