"""Hostile and odd inputs, fourth round (2026-12-07): what a file is, nothing to load,
endpoint URLs, ``-o -`` for a folder, days that do not exist, file names an output
cannot take, link loops, and redirects to a Location no URL can hold.

Every refusal is exit 2 and one line on stderr saying what to fix; nothing is written
and no request is sent.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from diplokg.cli import cli
from tests.conftest import SEEDS
from tests.remote_servers import Reply, Stub

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


# -- 3. endpoint URLs checked at the edge, never echoed with their secret -------------

BAD_URLS = [
    ("http://a b/query", "a space (U+0020) at character 9"),
    (" http://127.0.0.1:7878/query", "a space (U+0020) at character 1"),
    ("http://127.0.0.1:7878/query\n", "a control character (U+000A) at character 28"),
    ("http://127.0.0.1:7878/qu\tery", "a control character (U+0009) at character 25"),
    ("http://127.0.0.1:7878/bücher", "a non-ASCII character (U+00FC) at character 24"),
    ("http://bücher.example/query", "a non-ASCII character (U+00FC) at character 9"),
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


@pytest.mark.parametrize("command", ["extract", "render"])
def test_output_dash_for_a_folder_is_a_usage_error_and_writes_nothing(
    command: str, tmp_path: Path
) -> None:
    """extract DIR -o - wrote the drafts beside the articles; render said '-o DIR' was
    missing although -o was given."""
    folder = seed_folder(tmp_path / "articles")
    before = sorted(os.listdir(folder))
    line = one_line(CliRunner().invoke(cli, [command, str(folder), "-o", "-"]))
    assert f"-o - (standard output) takes one file, but {folder} is a folder" in line, line
    assert sorted(os.listdir(folder)) == before
