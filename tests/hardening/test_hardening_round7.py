"""Hostile and odd inputs, seventh round (2026-12-07): standard output that fails
whichever way a command writes to it, a summary that cannot be printed after the work is
done, paths as the user gave them (a trailing '/' on a file), IRIs that imitate a known
namespace, shapes read once, and what review pages, metadata, articles and endpoints
may carry.

A refusal is exit 2 and one line on stderr naming the file and what to fix; never a
traceback.
"""

from __future__ import annotations

import builtins
import io
import json
import os
import re
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from diplokg.cli import cli
from tests.conftest import DATA, SEEDS
from tests.hardening.test_hardening_round4 import STEM, one_line, seed_folder
from tests.hardening.test_hardening_round6 import BROKEN_STDOUT, _close_stdout, _diplokg

ARTICLE = str(SEEDS / f"{STEM}.txt")


def _broken_stdout(args: list[str], stdout: str, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    """``diplokg ARGS`` with standard output closed (``>&-``) or a full disk (``>/dev/full``)."""
    with open("/dev/full", "w", encoding="utf-8") as full:
        if stdout == "closed":
            return _diplokg(args, preexec_fn=_close_stdout, **kwargs)
        return _diplokg(args, stdout=full, **kwargs)


# -- 1. every write to standard output that fails says it was standard output ----------


@pytest.fixture(scope="module")
def seed_trig(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("trig") / "seed.trig"
    assert CliRunner().invoke(cli, ["convert", ARTICLE, "-o", str(out)]).exit_code == 0
    return out


@pytest.mark.parametrize("stdout", sorted(BROKEN_STDOUT))
@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_a_query_whose_stdout_fails_says_it_was_standard_output(
    fmt: str, stdout: str, seed_trig: Path
) -> None:
    """``query`` writes through ``sys.stdout.buffer``, not ``click.echo``: ``>/dev/full``
    was 'error: No space left on device (…)', naming nothing."""
    args = ["query", "meetings", "--data", str(seed_trig), "--format", fmt]
    result = _broken_stdout(args, stdout)
    assert result.returncode == 2, result.stderr
    assert result.stderr.splitlines() == [BROKEN_STDOUT[stdout]]


# -- 2. a command that writes files loses only its summary to a broken stdout -----------


#: What a command whose outputs are in place when it prints says when stdout cannot take it.
SUMMARY_LOST = (
    "warning: the summary is not shown: standard output cannot take it ({why}); "
    "the outputs are written"
)


@pytest.mark.parametrize("stdout", sorted(BROKEN_STDOUT))
@pytest.mark.parametrize("command", ["build", "docs"])
def test_a_summary_stdout_cannot_take_leaves_the_exit_code_of_the_work(
    command: str, stdout: str, tmp_path: Path
) -> None:
    """``diplokg build >&-`` built everything, swapped it in, then exited 2 ("usage or
    input error") because its summary could not be printed; a script would take the
    complete build for a failed one. The work's own exit code stands, and stderr says
    once that the summary was lost. (``query``, ``validate`` and ``convert`` without
    ``-o``, whose output is what they print, still exit 2.)"""
    seeds = seed_folder(tmp_path / "seeds")
    out = tmp_path / "out"
    args = [command, *([str(seeds)] if command == "build" else ["--examples", str(seeds)])]
    result = _broken_stdout([*args, "-o", str(out)], stdout)
    assert result.returncode == 0, result.stderr
    why = "it is closed" if stdout == "closed" else "No space left on device"
    assert result.stderr.splitlines()[-1:] == [SUMMARY_LOST.format(why=why)]
    assert "Traceback" not in result.stderr
    assert (out / ("dataset.trig" if command == "build" else "index.html")).is_file()


# -- 3. a message names the path as given, not its last part ----------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["convert", ARTICLE, "-o", "{tmp}/sub/x.rdf"],
        ["convert", ARTICLE, "-o", "{tmp}/sub/x.xyz"],
        ["query", "people", "--data", "{tmp}/sub/x.xyz"],
    ],
    ids=["read-only", "unknown", "input"],
)
def test_cannot_tell_the_rdf_format_names_the_whole_path(args: list[str], tmp_path: Path) -> None:
    """'cannot tell the RDF format of 'x.rdf'' named the basename only: with several
    outputs or --data files the user could not tell which one."""
    given = [a.format(tmp=tmp_path) for a in args]
    line = one_line(CliRunner().invoke(cli, given))
    assert line.startswith(f"error: {given[-1]}: cannot tell the RDF format"), line


# -- 4. a path ending in '/' names a folder ------------------------------------------------


SLASHED = [
    ["convert", f"{ARTICLE}/"],
    ["convert", ARTICLE, "--annotation", f"{SEEDS / STEM}.ann.yaml/"],
    ["convert", ARTICLE, "--metadata", f"{SEEDS / STEM}.meta.yaml/"],
    ["convert", ARTICLE, "--registry", f"{SEEDS}/entities.yaml/"],
    ["render", f"{ARTICLE}/"],
    ["extract", f"{ARTICLE}/", "-o", "-"],
    ["validate", f"{ARTICLE}/"],
    ["query", "people", "--data", f"{SEEDS}/entities.yaml/"],
]


@pytest.mark.parametrize("args", SLASHED, ids=lambda a: " ".join(Path(x).name for x in a))
def test_a_file_named_with_a_trailing_slash_is_refused(args: list[str]) -> None:
    """``convert article.txt/`` converted the article: pathlib drops the slash, where the
    shell and the system refuse the path (ENOTDIR). Refused for every path argument and
    option, in one place (PathValue)."""
    line = one_line(CliRunner().invoke(cli, args))
    slashed = next(a for a in args if a.endswith("/"))
    assert line == (
        f"error: {slashed}: not a folder (the path ends in '/', but {slashed[:-1]} is a "
        "file): drop the '/'"
    )


#: What an output file given with a trailing '/' gets, by the kind of -o the command takes.
OUT_SLASHED = {
    "convert": "'-o' / '--output' takes a file, but the path ends in '/', which names a "
    "folder: drop the '/'",
    "render": "one article gives one file, but the path ends in '/', which names a folder: "
    "drop the '/' (a folder of articles gives a folder)",
}
OUT_SLASHED["extract"] = OUT_SLASHED["render"]


@pytest.mark.parametrize("command", sorted(OUT_SLASHED))
def test_an_output_file_with_a_trailing_slash_is_refused(command: str, tmp_path: Path) -> None:
    """``convert … -o out.ttl/`` wrote a file ``out.ttl``; so did ``render`` and
    ``extract`` of one article, whose -o takes a folder for a folder of articles."""
    target = f"{tmp_path}/out.ttl/"
    line = one_line(CliRunner().invoke(cli, [command, ARTICLE, "-o", target]))
    assert line == f"error: {target}: {OUT_SLASHED[command]}"
    assert os.listdir(tmp_path) == []


def test_a_folder_with_a_trailing_slash_is_still_a_folder(tmp_path: Path) -> None:
    seeds = seed_folder(tmp_path / "seeds")
    result = CliRunner().invoke(cli, ["validate", f"{seeds}/"])
    assert result.exit_code == 0, result.output


# -- 5. IRIs that imitate a known namespace or term --------------------------------------

LOOK_ALIKES = DATA / "hostile" / "look-alikes"
LOOK_ALIKES_EXPECTED: dict[str, list[str]] = json.loads(
    (LOOK_ALIKES / "expected.json").read_text(encoding="utf-8")
)


@pytest.mark.parametrize("name", sorted(LOOK_ALIKES_EXPECTED))
def test_an_iri_imitating_a_known_namespace_is_a_violation_at_its_line(name: str) -> None:
    """Only ``dk:`` terms were checked (a warning, as undefined): ``https://schеma.org/name``
    with a Cyrillic ``е``, ``prοv:`` with a Greek omicron, ``schema:nаme`` or a zero-width
    space in ``oa:Annotation`` validated as conforming, though no query, shape or reader of
    the vocabulary ever matches them. diplokg's own names may be in any script, but not
    mix Latin with Cyrillic or Greek in one word (``dkid:wаng-yi``)."""
    found, result = check_lines(LOOK_ALIKES / name)
    assert found == LOOK_ALIKES_EXPECTED[name]
    assert result.exit_code == (1 if found else 0)


def check_lines(path: Path) -> tuple[list[str], Result]:
    """The findings of checks ``validate PATH`` prints, each without the file's name."""
    result = CliRunner().invoke(cli, ["validate", str(path)])
    assert "Traceback" not in result.output
    found = [
        line.removeprefix(f"{path}:") for line in result.stdout.splitlines() if "[check:" in line
    ]
    return found, result


def test_iri_findings_stop_at_the_cap_of_problems() -> None:
    """A file of more bad IRIs than MAX_PROBLEMS gets MAX_PROBLEMS findings: the cap broke
    out of the loop over one triple's terms only, and 500 undefined terms gave 500."""
    from rdflib import Graph, URIRef

    from diplokg.rdf.terms import DK
    from diplokg.validation.checks import MAX_PROBLEMS, iri_findings

    graph = Graph()
    for i in range(MAX_PROBLEMS + 50):
        graph.add((URIRef(f"http://ex.example/s{i}"), URIRef(f"{DK}bogus{i}"), URIRef(f"{DK}x")))
    found = iri_findings(graph, source="a.ttl", locate=lambda _iri: None)
    assert len(found) == MAX_PROBLEMS
    assert {f.severity for f in found} == {"Violation"}  # (a warning until round 12)


def test_what_diplokg_writes_has_no_look_alike(tmp_path: Path) -> None:
    """An article named in another script (``Новости.txt``) gives IRIs in that script:
    diplokg's own names, one script a word, are no look-alikes."""
    seeds = seed_folder(tmp_path / "seeds", stem="Новости-Notícia")
    out = tmp_path / "a.trig"
    converted = CliRunner().invoke(
        cli, ["convert", str(seeds / "Новости-Notícia.txt"), "-o", str(out)]
    )
    assert converted.exit_code == 0, converted.output
    result = CliRunner().invoke(cli, ["validate", str(out)])
    assert result.exit_code == 0, result.stdout
    assert "look-alike" not in result.stdout


# -- 6. a shapes file is read once -----------------------------------------------------------


def test_a_shapes_file_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """validation/shacl.py read a Turtle shapes file three times: as NFC text, raw by
    pyoxigraph to check it, and the text again by rdflib."""
    from diplokg.validation.shacl import load_shapes

    shapes_file = next(Path(__file__).parents[2].glob("shapes/*.ttl"))
    opened: list[str] = []

    def counting(real: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(file: Any, *args: Any, **kwargs: Any) -> Any:
            opened.append(os.fspath(file) if isinstance(file, (str, os.PathLike)) else "")
            return real(file, *args, **kwargs)

        return wrapper

    monkeypatch.setattr(builtins, "open", counting(builtins.open))
    monkeypatch.setattr(io, "open", counting(io.open))
    monkeypatch.setattr(os, "open", counting(os.open))
    assert len(load_shapes([shapes_file])) > 0
    assert opened.count(str(shapes_file)) == 1, opened


# -- 7. review pages and docs show a value's hidden characters, run none of its markup ------

#: What a hostile article set carries into pages: markup, a script URL, a right-to-left
#: override (without its closing U+202C: it reversed the rest of its line), an isolate
#: and a zero-width space in the text, a name, a note and a description.
HOSTILE = (
    "<script>alert(1)</script><img src=x onerror=alert(2)> javascript:alert(3) "
    "\u202eevil \u2066x z\u200bw"
)
#: The characters a page must never hold as they are, and what it shows instead.
HIDDEN = {"\u202e": "\\u202e", "\u2066": "\\u2066", "\u200b": "\\u200b"}


def _hostile_seeds(folder: Path) -> Path:
    seeds = seed_folder(folder)
    edits = {
        f"{STEM}.txt": [("\n", f"\n{HOSTILE}\n", 1)],
        "entities.yaml": [("name: Qin Gang", f"name: {json.dumps('Qin ' + HOSTILE)}", 1)],
        f"{STEM}.ann.yaml": [
            ("name: anonymous US official", f"name: {json.dumps('US ' + HOSTILE)}", 1),
            ("    note: Their second", f"    note: {json.dumps(HOSTILE)}\n    x-note: Their", 1),
        ],
    }
    for name, changes in edits.items():
        path = seeds / name
        text = path.read_text(encoding="utf-8")
        for old, new, count in changes:
            assert old in text, (name, old)
            text = text.replace(old, new, count)
        path.write_text(text.replace("    x-note: Their", "    # Their"), encoding="utf-8")
    return seeds


@pytest.mark.parametrize("command", ["render", "docs"])
def test_a_page_shows_hidden_characters_and_runs_no_markup_of_a_value(
    command: str, tmp_path: Path
) -> None:
    """Names, notes and article text were escaped as HTML, but a right-to-left override
    or an isolate in them went into the page as it was and reversed what followed it on
    screen (the graph pictures' labels too), and a zero-width space hid in a name. Now
    each is shown as an escape, as on a terminal, in text, attributes and pictures."""
    seeds = _hostile_seeds(tmp_path / "seeds")
    out = tmp_path / "out"
    if command == "render":
        args = ["render", str(seeds / f"{STEM}.txt"), "-o", str(out / "page.html")]
    else:
        args = ["docs", "--examples", str(seeds), "-o", str(out)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    pages = [p.read_text(encoding="utf-8") for p in sorted(out.glob("*.html"))]
    assert pages
    for html in pages:
        assert len(re.findall(r"<script\b", html)) <= 1  # the page's own, allowed by hash
        for raw in ("<script>alert", "<img src=x", 'href="javascript:'):
            assert raw not in html
        for char in HIDDEN:
            assert char not in html, f"U+{ord(char):04X} in {command}'s page"
    # (shown, not dropped: the docs show them in their examples)
    assert all(shown in "".join(pages) for shown in HIDDEN.values())


# -- 8. a metadata url is the article's public address ------------------------------------


#: Metadata urls that are no public address, and what their refusal says.
PRIVATE_URLS = {
    "https://ann:s3cret@news.example/a": "without a user name or password before '@'",
    "https://ann@news.example/a": "without a user name or password before '@'",
    "https://news.example/\u202ea": "a web address has no spaces, control or invisible",
    "https://news\u200b.example/a": "a web address has no spaces, control or invisible",
}


@pytest.mark.parametrize("url", PRIVATE_URLS, ids=["password", "user", "bidi", "zero-width"])
def test_a_metadata_url_with_credentials_or_hidden_characters_is_refused(
    url: str, tmp_path: Path
) -> None:
    """A url's password went into the published graph and the review page's link; a
    bidi override or zero-width space made the link read as another address."""
    expected = PRIVATE_URLS[url]
    seeds = seed_folder(tmp_path / "seeds")
    meta = seeds / f"{STEM}.meta.yaml"
    meta.write_text(meta.read_text(encoding="utf-8") + f"url: {json.dumps(url)}\n", "utf-8")
    line = one_line(CliRunner().invoke(cli, ["convert", str(seeds / f"{STEM}.txt")]))
    assert line.startswith(f"error: {meta}:") and expected in line, line
    assert "s3cret" not in line


def test_a_url_in_a_message_hides_a_secret_in_its_fragment() -> None:
    from diplokg.errors import message_line

    line = message_line("redirects to https://evil.example/cb#access_token=s3cret&state=1")
    assert line == "redirects to https://evil.example/cb#access_token=***&state=1"


# -- 9. endpoint URLs no request can be made to, and answers that are no results -----------


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        ("/query#top", "has a fragment ('#…'), which HTTP never sends: leave it out"),
        ("/query#access_token=s3cret", "has a fragment ('#…'), which HTTP never sends"),
        ("/qu%00ery", "has a percent-encoded control character (%00) in its path"),
        ("/sparql%0a.json", "has a percent-encoded control character (%0a) in its path"),
    ],
    ids=["fragment", "token-in-fragment", "nul", "line-feed"],
)
def test_an_endpoint_with_a_fragment_or_an_encoded_control_is_a_usage_error(
    tail: str, expected: str, recording: Any
) -> None:
    """The request went to the URL without its fragment, the messages named it with it;
    ``%00`` in the path was sent (a server written in C reads the path up to it)."""
    url = f"{recording.url}{tail}"
    line = one_line(CliRunner().invoke(cli, ["query", "people", "--endpoint", url]))
    assert line.startswith("error: --endpoint ") and expected in line, line
    assert "s3cret" not in line and recording.seen == []


@pytest.mark.parametrize(
    "host", ["127.0.0.1%00.evil.example", "[fe80::1%25eth0]", "a..example", "-a.example"]
)
def test_an_endpoint_host_no_name_or_address_can_be_is_a_usage_error(host: str) -> None:
    """``127.0.0.1%00.evil.example`` was looked up as a host name, four times, before
    'cannot connect: unknown host'."""
    line = one_line(CliRunner().invoke(cli, ["query", "people", "--endpoint", f"http://{host}/q"]))
    assert "has a host no name or address can be" in line, line


@pytest.mark.parametrize(
    "host",
    ["[::1]", "localhost", "127.0.0.1", "sparql.example.", "graph_db", "xn--bcher-kva.example"],
)
def test_an_endpoint_host_that_is_a_name_or_address_is_taken(host: str) -> None:
    from diplokg.store.remote import Endpoint

    assert Endpoint.configure(f"http://{host}:7878/query").query_url.startswith(f"http://{host}")


#: What a server that answers a SELECT with no SPARQL results gets said about it.
NO_RESULTS = {
    "html": (b"<!DOCTYPE html><html><body>Sign in</body></html>", "an HTML or XML page"),
    "empty": (b"", "the server answered with nothing (an empty body)"),
    "blank": (b"\n  \n", "the server answered with nothing (an empty body)"),
    # (results that stop in the middle: cut off, said so since round 8)
    "malformed": (b'{"head": {"vars": ["a"]}, "results": {"bindings": [', "was cut off"),
}


@pytest.mark.parametrize("case", sorted(NO_RESULTS))
@pytest.mark.parametrize("content_type", ["application/sparql-results+json", "text/html"])
def test_an_answer_that_is_no_sparql_results_is_one_line_naming_what_it_is(
    case: str, content_type: str
) -> None:
    """An HTML login page or an empty 200 was "Parser error at line 1 column 1:
    Unexpected char: '<'" or "…Unexpected end of file"."""
    from tests.remote_servers import Reply, Stub

    body, expected = NO_RESULTS[case]
    stub = Stub([], default=Reply(200, body, content_type=content_type))
    try:
        result = CliRunner().invoke(cli, ["query", "people", "--endpoint", f"{stub.url}/q"])
    finally:
        stub.close()
    line = one_line(result)
    assert line.startswith(f"error: cannot query {stub.url}/q: ") and expected in line, line
    assert result.stdout == ""


# -- 10. line ends and byte order marks of the files an article is made of -------------------

#: How a file may be saved: bytes from its text.
SAVED_AS: dict[str, Callable[[str], bytes]] = {
    "lf": lambda text: text.encode("utf-8"),
    "crlf": lambda text: text.replace("\n", "\r\n").encode("utf-8"),
    "cr": lambda text: text.replace("\n", "\r").encode("utf-8"),
    "bom": lambda text: b"\xef\xbb\xbf" + text.encode("utf-8"),
}


@pytest.mark.parametrize("saved", sorted(SAVED_AS))
def test_an_article_saved_with_any_line_ends_converts_alike_and_errors_keep_their_line(
    saved: str, tmp_path: Path
) -> None:
    """An article, annotation and registry saved by an old Mac (lone CR), Windows (CRLF)
    or with a byte order mark give the same facts as with LF, and an error in the
    annotation is reported at the same line and column."""
    seeds = seed_folder(tmp_path / "seeds")
    for name in (f"{STEM}.txt", f"{STEM}.ann.yaml", f"{STEM}.meta.yaml", "entities.yaml"):
        path = seeds / name
        path.write_bytes(SAVED_AS[saved](path.read_text(encoding="utf-8")))
    article = str(seeds / f"{STEM}.txt")
    result = CliRunner().invoke(cli, ["convert", article, "-o", str(tmp_path / "a.trig")])
    assert result.exit_code == 0, result.output
    assert result.stderr.endswith(": 2292 triples from the curated annotation\n")
    annotation = seeds / f"{STEM}.ann.yaml"
    data = annotation.read_bytes()
    annotation.write_bytes(data.replace(b"[Vladimir Putin]", b"[Vladimir Putinxx]", 1))
    line = one_line(CliRunner().invoke(cli, ["convert", article]))
    assert line.startswith(f"error: {annotation}:40:20: evidence text not found"), line
