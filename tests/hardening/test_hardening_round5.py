"""Hostile and odd inputs, fifth round (2026-12-07): article names that differ only in
case, ``-`` as an input, stored query names in any case, RDF 1.2 triple terms, and
internationalised host names in endpoint URLs.

Every refusal is exit 2 and one line on stderr saying what to fix; nothing is written
and no request is sent.
"""

from __future__ import annotations

import os
import resource
import shutil
import signal
import socket
import subprocess
import sys
import time
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from diplokg.cli import cli
from diplokg.model.evidence import find_occurrences
from diplokg.store.queries import get_query
from diplokg.store.remote.http import Endpoint
from tests.conftest import DATA, SEEDS
from tests.hardening.test_hardening_round4 import (
    CORPUS_COMMANDS,
    STEM,
    _corpus_args,
    _rdf_commands,
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


@pytest.mark.parametrize(
    ("command", "path"),
    [
        (command, path)
        for command in ("validate", "query-data", "shapes", "load")
        for path in TRIPLE_TERMS
        # (load takes TriG and N-Quads only: other files are refused before being read)
        if command != "load" or path.suffix in (".trig", ".nq")
    ],
    ids=lambda v: v if isinstance(v, str) else v.name,
)
def test_a_triple_term_is_refused_naming_file_and_line(
    path: Path, command: str, recording: Stub
) -> None:
    """'load' sent them on to the endpoint and 'query --data' took them into the store;
    'validate' refused them without a line."""
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


# -- 6. text is read in NFC: an article or annotation saved decomposed is the same ----


@pytest.mark.parametrize(
    "decomposed",
    [("txt",), ("ann.yaml",), ("txt", "ann.yaml", "entities.yaml")],
    ids=["article", "annotation", "all"],
)
def test_files_saved_decomposed_give_the_same_graph(
    decomposed: tuple[str, ...], tmp_path: Path
) -> None:
    """An article saved in NFD (as macOS tools may) was drafted as 'Jose' and an accent;
    curated evidence in NFC was 'not found' in it."""
    same, nfd = seed_folder(tmp_path / "nfc"), seed_folder(tmp_path / "nfd")
    for path in nfd.iterdir():
        if path.name.endswith(decomposed):
            text = path.read_text(encoding="utf-8")
            path.write_text(unicodedata.normalize("NFD", text), encoding="utf-8")
            assert unicodedata.normalize("NFC", text) == text != path.read_text(encoding="utf-8")
    graphs = []
    for folder in (same, nfd):
        result = CliRunner().invoke(cli, ["convert", str(folder / f"{STEM}.txt"), "-o", "-"])
        assert result.exit_code == 0, result.output
        graphs.append(result.stdout)
    assert graphs[0] == graphs[1]


def test_an_article_saved_decomposed_is_drafted_with_its_accents(tmp_path: Path) -> None:
    article = tmp_path / "talks.txt"
    text = "Spanish Foreign Minister José Manuel Albares met Hervé Berville in Zürich.\n"
    article.write_text(unicodedata.normalize("NFD", text), encoding="utf-8")
    (tmp_path / "talks.meta.yaml").write_text(
        "publisher: Reuters\npublished: 2023-07-14\nlanguage: en\n", encoding="utf-8"
    )
    result = CliRunner().invoke(cli, ["extract", str(article), "-o", "-"])
    assert result.exit_code == 0, result.output
    assert "José Manuel Albares" in result.stdout and "Jose" not in result.stdout


# -- 7. evidence never cuts a character in two ----------------------------------------


@pytest.mark.parametrize(
    ("text", "needle", "found"),
    [
        ("Vilniuq\u0301 talks", "Vilniuq", []),  # (q + accent: no precomposed letter)
        ("Vilniuq\u0301 talks", "Vilniuq\u0301", [0]),
        ("a \U0001f44d\U0001f3fd b", "\U0001f44d", []),  # thumbs up, skin tone
        ("a \U0001f44d\U0001f3fd b", "\U0001f44d\U0001f3fd", [2]),
        ("\U0001f468\u200d\U0001f469 x", "\U0001f468", []),  # joined by ZWJ
        ("\U0001f468\u200d\U0001f469 x", "\U0001f468\u200d", []),
        ("Jose\u0301", "\u0301", []),  # a mark alone, cut from its letter
        ("São Paulo", "São", [0]),
    ],
)
def test_evidence_that_cuts_a_character_is_not_found(
    text: str, needle: str, found: list[int]
) -> None:
    assert find_occurrences(text, needle) == found


def test_evidence_cutting_a_character_says_to_extend_it(tmp_path: Path) -> None:
    """'Vilniuq' matched in 'Vilniuq' + U+0301: its span ended inside a letter."""
    folder = seed_folder(tmp_path / "articles")
    text = folder / f"{STEM}.txt"
    text.write_text(
        text.read_text(encoding="utf-8").replace("Vilnius", "Vilniuq\u0301"), encoding="utf-8"
    )
    ann = folder / f"{STEM}.ann.yaml"
    ann.write_text(ann.read_text(encoding="utf-8").replace("Vilnius", "Vilniuq"), encoding="utf-8")
    line = one_line(CliRunner().invoke(cli, ["convert", str(text), "-o", str(tmp_path / "x.ttl")]))
    assert "evidence text not found in the article: 'Vilniuq'; it occurs only as part of a " in line
    assert "extend it to the whole character" in line, line
    assert not (tmp_path / "x.ttl").exists()


# -- 8. nothing named in an RDF file is read or fetched --------------------------------

#: Each file of refused/ that names something to read or fetch: where and what is said.
NOT_READ = [
    (
        "remote-context.jsonld",
        "",
        "its @context names a remote document, which diplokg never fetches (it uses no "
        "network): put the context in the file",
    ),
    (
        "external-entity.rdf",
        ":2",
        "declares an external XML entity (<!ENTITY … SYSTEM/PUBLIC …>), which diplokg "
        "never reads (no file or network is opened for it): write the value out",
    ),
]


@pytest.mark.parametrize(("name", "at", "message"), NOT_READ, ids=[n for n, _, _ in NOT_READ])
@pytest.mark.parametrize("command", [0, 1, 3], ids=["validate", "query-data", "shapes"])
def test_a_remote_context_or_external_entity_is_refused_in_its_words(
    name: str, at: str, message: str, command: int
) -> None:
    """The lines were the parsers' own: 'No LoadDocumentCallback has been set to load
    remote contexts', '<!ENTITY values should be enclosed in double quotes'."""
    path = DATA / "rdf-kinds" / "refused" / name
    line = one_line(CliRunner().invoke(cli, _rdf_commands(path)[command]))
    assert line == f"error: {path}{at}: {message}", line


# -- 9. a file where a folder is wanted, a folder where a file is: one line -----------

#: Command lines naming a folder (D) where a file is wanted, or a file (F) where a folder is.
WRONG_KIND = [
    ["convert", "D"],
    ["convert", ARTICLE, "-o", "D"],
    ["validate", str(SEEDS), "--shapes", "D"],
    ["query", "people", "--data", "D"],
    ["query", "people", "--store", "F"],
    ["build", "F"],
    ["build", str(SEEDS), "-o", "F"],
    ["docs", "-o", "F"],
    ["load", "--build", "F", "--endpoint", "http://127.0.0.1:1/query"],
]


@pytest.mark.parametrize("args", WRONG_KIND, ids=[" ".join(a[::2]) for a in WRONG_KIND])
def test_a_path_of_the_wrong_kind_is_one_line(args: list[str], tmp_path: Path) -> None:
    """click printed its usage around "File '/tmp' is a directory." (three lines)."""
    (tmp_path / "notes").write_text("x", encoding="utf-8")
    given = {"D": str(tmp_path), "F": str(tmp_path / "notes")}
    line = one_line(CliRunner().invoke(cli, [given.get(a, a) for a in args]))
    if "D" in args:
        assert line.startswith(f"error: {tmp_path}: is a folder, but '"), line
        assert line.endswith("takes a file: name a file"), line
    else:
        assert line.startswith(f"error: {tmp_path / 'notes'}: is a file, but '"), line
        assert line.endswith("takes a folder: name a folder"), line
    assert sorted(os.listdir(tmp_path)) == ["notes"]


@pytest.mark.parametrize(
    "args",
    [
        ["convert", ARTICLE, "-o", "OUT/x.ttl"],
        ["render", ARTICLE, "-o", "OUT/deeper/x.html"],
        ["build", str(SEEDS), "-o", "OUT/out", "--no-pages"],
        ["extract", str(SEEDS), "-o", "OUT/drafts"],
    ],
    ids=["convert", "render", "build", "extract"],
)
def test_an_output_under_a_file_names_the_file(args: list[str], tmp_path: Path) -> None:
    """The line said 'Not a directory' without saying which part of the path was a file."""
    notes = tmp_path / "notes.txt"
    notes.write_text("x", encoding="utf-8")
    line = one_line(CliRunner().invoke(cli, [a.replace("OUT", str(notes)) for a in args]))
    assert line.endswith(
        f"Not a directory ({notes} is a file, not a folder; choose another path)"
    ), line
    assert notes.read_text(encoding="utf-8") == "x"


# -- 10. many articles, few file descriptors; Ctrl-C in a parallel build ---------------


def _tiny_articles(folder: Path, count: int) -> Path:
    folder.mkdir()
    shutil.copy(SEEDS / "entities.yaml", folder)
    for i in range(count):
        (folder / f"a{i:04d}.txt").write_text(
            f"Foreign Minister Wang Yi met Antony Blinken in Beijing on Monday ({i}).\n",
            encoding="utf-8",
        )
        (folder / f"a{i:04d}.meta.yaml").write_text(
            "publisher: dn\npublished: 2023-07-14\nlanguage: en\n", encoding="utf-8"
        )
    return folder


def _run_limited(args: list[str], files: int) -> subprocess.CompletedProcess[str]:
    """``diplokg ARGS`` in a process allowed ``files`` open file descriptors."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_NOFILE, (files, files))

    return subprocess.run(
        [sys.executable, "-m", "diplokg", *args],
        capture_output=True,
        text=True,
        preexec_fn=limit,
        timeout=300,
        check=False,
    )


def test_validating_many_articles_leaks_no_file_descriptor(tmp_path: Path) -> None:
    """150 articles under a limit of 64 descriptors: a leak of one per article fails."""
    folder = _tiny_articles(tmp_path / "articles", 150)
    done = _run_limited(["validate", str(folder), "-j", "2"], 64)
    assert done.returncode == 0, done.stderr
    assert "150 articles: " in done.stdout


@pytest.mark.slow
def test_building_many_articles_leaks_no_file_descriptor(tmp_path: Path) -> None:
    """The store needs 96 descriptors (one line says so below that); 300 articles build
    under 256 (`ulimit -n 256`)."""
    folder = _tiny_articles(tmp_path / "articles", 300)
    out = tmp_path / "out"
    done = _run_limited(["build", str(folder), "-o", str(out), "-j", "2"], 256)
    assert done.returncode == 0, done.stderr
    assert len(os.listdir(out / "articles")) == 300


@pytest.mark.slow
def test_ctrl_c_during_a_parallel_build_exits_130_and_writes_nothing(tmp_path: Path) -> None:
    """SIGINT while workers draft: exit 130, 'interrupted', no output link made."""
    folder = _tiny_articles(tmp_path / "articles", 300)
    out = tmp_path / "out"
    proc = subprocess.Popen(
        [sys.executable, "-m", "diplokg", "build", str(folder), "-o", str(out), "-j", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    objects = out / ".diplokg" / "objects"
    deadline = time.monotonic() + 120
    while not (objects.is_dir() and any(objects.iterdir())) and time.monotonic() < deadline:
        time.sleep(0.01)  # until the first article is written: mid-build
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 130, stderr
    assert stderr.splitlines()[-1] == "interrupted", stderr
    assert sorted(os.listdir(out)) == [".diplokg"]
