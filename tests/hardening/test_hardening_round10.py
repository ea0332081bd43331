"""Hostile and odd inputs, tenth round (2026-12-07): invisible characters inside names (a
zero-width joiner pasted between two letters), a draft of diplokg's own that does not hold,
an environment that names no usable state folder (HOME unset, empty or relative,
XDG_STATE_HOME relative, a state folder that cannot be written), an endpoint whose count
of triples is no count, and proxy variables pointing elsewhere.

A refusal is exit 2 and one line on stderr naming the file and what to fix; never a
traceback.
"""

from __future__ import annotations

import html.parser
import os
import pwd
import secrets
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner

import diplokg.rdf.convert
from diplokg.cli import cli
from diplokg.errors import AnnotationError, visible
from diplokg.model.annotation import load_annotation
from diplokg.model.evidence import find_occurrences
from diplokg.rdf.convert import convert_files
from diplokg.userdirs import state_dir
from tests.conftest import SEEDS
from tests.hardening.test_hardening_round4 import STEM, one_line, seed_folder
from tests.hardening.test_hardening_round8 import NO_MARKERS
from tests.remote_servers import Reply, Stub

ARTICLE = str(SEEDS / f"{STEM}.txt")
_JSON = "application/sparql-results+json"

# -- 1. invisible characters inside and beside names: drafted, built, spans on their text --

#: A zero-width joiner joins emoji (a family, a profession); between two letters, as a web
#: page may leave it inside a name, it joins nothing a reader sees.
ZWJ_CASES = [
    ("Wang\u200dYi met Blinken", "Wang", [0]),
    ("Wang\u200dYi met Blinken", "Yi", [5]),
    ("\U0001f468\u200d\U0001f469 x", "\U0001f468", []),  # an emoji sequence: one character
    ("\U0001f468\u200d\U0001f469 x", "\U0001f468\u200d\U0001f469", [0]),
    ("\U0001f3c3\u200d\u2640\ufe0f ran", "\U0001f3c3", []),  # runner + ZWJ + female sign
    ("a\u200d\U0001f469 x", "a", []),  # a joiner before an emoji still joins
]


@pytest.mark.parametrize(("text", "needle", "found"), ZWJ_CASES)
def test_a_joiner_between_letters_does_not_join_them(
    text: str, needle: str, found: list[int]
) -> None:
    assert find_occurrences(text, needle) == found


_BODY = (
    "Chinese Foreign Minister Wang Yi met U.S. Secretary of State Antony Blinken in Paris on "
    'Monday. "We are ready," Blinken said.\n'
)
#: Article texts with invisible or odd characters inside or beside the names: each must
#: build from its draft, every highlight on exactly the characters its span names.
ODD_TEXTS = {
    "zwj-inside": _BODY.replace("Wang Yi", "Wang\u200dYi"),
    "zwnj-inside": _BODY.replace("Wang Yi", "Wang\u200cYi"),
    "soft-hyphen": _BODY.replace("Blinken in", "Blin\u00adken in"),
    "word-joiner": _BODY.replace("Wang Yi", "Wang Yi\u2060"),
    "bidi-override": _BODY.replace("Antony Blinken", "\u202eAntony Blinken\u202c"),
    "bom-inside": _BODY.replace("met", "\ufeffmet"),
    "astral-and-emoji": "\U0001f600\U0001f468\u200d\U0001f469\u200d\U0001f467 " + _BODY,
    "line-separators": "A\u2028B\u2029C\x85D\x0cE\x0bF\x1c\x1d\x1e G\r\n" + _BODY + "\r" + _BODY,
}


class _Marks(html.parser.HTMLParser):
    """The text inside the ``<mark data-span="B-E">`` of a review page, by span (a span
    that overlaps another is cut into several marks: their texts joined)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[tuple[str | None, list[str]]] = []
        self.spans: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "mark":
            self.open.append((dict(attrs).get("data-span"), []))

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark" and self.open:
            span, parts = self.open.pop()
            inner = "".join(parts)
            if span is not None:
                self.spans[span] = self.spans.get(span, "") + inner
            if self.open:
                self.open[-1][1].append(inner)

    def handle_data(self, data: str) -> None:
        if self.open:
            self.open[-1][1].append(data)


def article_folder(folder: Path, texts: dict[str, str]) -> Path:
    """``folder`` made, holding an article (with metadata) for each of ``texts`` by name."""
    folder.mkdir()
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8", newline="")
        (folder / f"{name}.meta.yaml").write_text(
            "publisher: dn\npublished: 2023-07-14\nlanguage: en\n", encoding="utf-8"
        )
    return folder


@pytest.fixture(scope="module")
def odd_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = article_folder(tmp_path_factory.mktemp("odd") / "articles", ODD_TEXTS)
    out = folder.parent / "out"
    result = CliRunner().invoke(cli, ["build", str(folder), "-o", str(out), "-j", "1"])
    assert result.exit_code == 0, result.output
    return out


@pytest.mark.parametrize("name", sorted(ODD_TEXTS))
def test_invisible_characters_in_names_build_and_highlight_their_own_text(
    odd_build: Path, name: str
) -> None:
    """``Wang`` U+200D ``Yi`` (a joiner pasted inside a name) stopped every ``build`` of
    its folder: the extractor's draft named ``Wang``, and the evidence check took the
    joiner for part of the ``g``. Now a joiner joins emoji only; pages place each
    highlight on the characters its span names (code points, as Python counts), whatever
    invisible, astral or line-separating characters stand before it."""
    marks = _Marks()
    marks.feed((odd_build / "pages" / f"{name}.html").read_text(encoding="utf-8"))
    text = ODD_TEXTS[name]
    assert marks.spans, "no highlight on the page"
    for span, inner in marks.spans.items():
        begin, end = map(int, span.split("-"))
        assert inner == visible(text[begin:end], page=True), (span, inner)  # escapes shown


# -- 2. a draft of diplokg's own that does not hold is said of the article -----------------

_DRAFT = "entities:\n  wang-yi: {name: Wang Yi, type: person}\nmentions:\n  wang-yi: [Wang Yx]\n"


def test_a_draft_that_does_not_hold_names_the_article_not_a_file_that_is_not_there(
    tmp_path: Path,
) -> None:
    """When the extractor's draft named evidence the article does not hold (a name cut
    before a combining mark), the line named ``a.draft.ann.yaml:4:7``, a file nowhere on
    disk, as though the user had written it. Now it names the article, says the draft
    is diplokg's and how to go on (curate it)."""
    folder = seed_folder(tmp_path / "a", files=(f"{STEM}.txt", f"{STEM}.meta.yaml"))
    text = folder / f"{STEM}.txt"

    def drafter(_text: str, **options: object) -> object:
        return load_annotation(Path(f"{STEM}.draft.ann.yaml"), content=_DRAFT)

    # (Round 11: a draft's evidence the article does not hold now loses that mention or
    # fact, with a warning, not the article; an error that is not evidence still raises.)
    import diplokg.rdf.convert

    def unheld(**_kw: object) -> object:
        raise AnnotationError("evidence text not found in the article: 'Wang Yx'", line=4, column=7)

    with pytest.MonkeyPatch.context() as patch, pytest.raises(AnnotationError) as caught:
        patch.setattr(diplokg.rdf.convert, "convert_article", unheld)
        convert_files(text, draft=drafter)  # type: ignore[arg-type]
    line = str(caught.value)
    assert line.startswith(f"{text}: diplokg's draft of this article does not hold (its line 4)")
    assert "evidence text not found in the article: 'Wang Yx'" in line, line
    assert line.endswith(f"save it as {STEM}.ann.yaml"), line


def test_a_curated_annotation_that_does_not_hold_is_named_as_before(tmp_path: Path) -> None:
    folder = seed_folder(tmp_path / "a", files=(f"{STEM}.txt", f"{STEM}.meta.yaml"))
    (folder / f"{STEM}.ann.yaml").write_text(_DRAFT, encoding="utf-8")
    line = one_line(CliRunner().invoke(cli, ["convert", str(folder / f"{STEM}.txt"), "-o", "-"]))
    assert line.startswith(f"error: {folder / STEM}.ann.yaml:4:"), line


# -- 3. an environment that names no usable state folder -----------------------------------


def _no_account(monkeypatch: pytest.MonkeyPatch) -> None:
    """HOME unset, and no account entry for the user (a container run under a bare uid)."""
    monkeypatch.delenv("HOME", raising=False)

    def missing(uid: int) -> pwd.struct_passwd:
        raise KeyError(uid)

    monkeypatch.setattr(pwd, "getpwuid", missing)


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"XDG_STATE_HOME": "/s"}, "/s/diplokg"),
        ({"XDG_STATE_HOME": "rel/state", "HOME": "/h"}, "/h/.local/state/diplokg"),
        ({"XDG_STATE_HOME": "", "HOME": "/h"}, "/h/.local/state/diplokg"),
        ({"HOME": ""}, None),
        ({"HOME": "/"}, None),
        ({"HOME": "relative/home"}, None),
    ],
)
def test_the_state_folder_is_absolute_or_none(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], expected: str | None
) -> None:
    """XDG_STATE_HOME=rel wrote ``rel/diplokg/…`` into the current folder; HOME="" wrote
    ``/.local/state`` at the root of the disk. The XDG rules ignore a relative path."""
    monkeypatch.delenv("XDG_STATE_HOME", raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert state_dir() == (Path(expected) if expected else None)


def test_no_home_and_no_account_is_no_state_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("XDG_STATE_HOME", raising=False)
    _no_account(monkeypatch)
    assert state_dir() is None


def _crash(*args: object, **kwargs: object) -> None:
    raise RuntimeError("injected fault")


def test_an_internal_error_without_a_home_still_exits_3_with_its_traceback(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """With HOME unset and no account entry, the crash handler itself failed ("Could not
    determine home directory"): exit 1, the code for violations, and a traceback. Now
    the traceback goes to the temporary folder."""
    monkeypatch.delenv("XDG_STATE_HOME", raising=False)
    _no_account(monkeypatch)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(diplokg.rdf.convert, "convert_files", _crash)
    result = CliRunner().invoke(cli, ["convert", ARTICLE])
    assert result.exit_code == 3, result.output
    (line,) = result.stderr.splitlines()
    assert "RuntimeError: injected fault; the traceback is in " in line, line
    assert Path(line.rsplit(" ", 1)[1]).parent == tmp_path


@pytest.mark.parametrize("state", ["none", "relative", "unwritable"])
def test_a_build_without_a_usable_state_folder_is_complete_and_says_so(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, state: str
) -> None:
    """A state folder that could not be written (or none at all) after the build was
    swapped in said "cannot write the build … the previous build is left as it was",
    exit 2, of a build that was complete and current. Now the build exits 0 and says on
    stderr that ``query`` needs ``--store``; nothing is written in the current folder."""
    articles = seed_folder(tmp_path / "articles")
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)
    monkeypatch.delenv("XDG_STATE_HOME", raising=False)
    if state == "none":
        _no_account(monkeypatch)
    elif state == "relative":
        monkeypatch.setenv("XDG_STATE_HOME", "rel")
        monkeypatch.setenv("HOME", "relative-too")
    else:
        (tmp_path / "file").write_text("", encoding="utf-8")
        monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "file"))
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(articles), "-o", str(out), "-j", "1"])
    assert result.exit_code == 0, result.output
    (line,) = result.stderr.splitlines()
    assert line.startswith("warning: the store is not recorded as the one 'diplokg query' "), line
    assert line.endswith("give it --store"), line
    assert f"diplokg query --store {out / 'store'} people" in result.stdout
    assert list(here.iterdir()) == []
    query = CliRunner().invoke(cli, ["query", "people", "--store", str(out / "store")])
    assert query.exit_code == 0 and "Wang Yi" in query.stdout, query.output


# -- 4. an endpoint whose count of triples is no count -------------------------------------


@pytest.mark.parametrize("count", ["abc", "1.0", "1e0", "-1", " 1", "1_0", "\u0661"])
def test_a_count_answer_that_is_no_count_commits_nothing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, count: str
) -> None:
    """A ``COUNT(*)`` answered ``"abc"`` or ``"1.0"`` was an internal error (exit 3:
    ``int()`` refused it); ``"1_0"``, ``" 1"`` and Arabic-Indic ``"١"`` were taken as
    10 and 1 (``int()`` reads them). Now any count but ASCII digits is one line naming
    the endpoint and the value, and nothing is swapped in."""
    monkeypatch.setattr(secrets, "token_hex", lambda _n: "0" * 16)
    import hashlib

    graph = "http://example.org/g"
    staging = f"urn:diplokg:staging:{'0' * 16}:{hashlib.sha256(graph.encode()).hexdigest()[:32]}"
    trig = tmp_path / "a.trig"
    trig.write_text(
        f"<{graph}> {{ <http://example.org/a> <http://example.org/b> <http://example.org/c> . }}\n",
        encoding="utf-8",
    )
    answer = (
        '{"head":{"vars":["g","n"]},"results":{"bindings":[{"g":{"type":"uri","value":"'
        + staging
        + '"},"n":{"type":"literal","value":"'
        + count
        + '"}}]}}'
    ).encode()
    stub = Stub([Reply(204)], default=Reply(200, answer, content_type=_JSON))
    try:
        result = CliRunner().invoke(cli, ["load", str(trig), "--endpoint", f"{stub.url}/q"])
    finally:
        stub.close()
    line = one_line(result)
    assert line.startswith(f"error: cannot count triples at {stub.url}/q: the count of <"), line
    assert line.endswith(f"is {count!r}, not a number of triples"), line
    sent = [s.body for s in stub.seen]
    assert not any(b"MOVE" in body or f"<{graph}>".encode() in body for body in sent)
    assert sent[-1].startswith(b"DROP SILENT GRAPH <urn:diplokg:staging:")


# -- 5. proxy variables: diplokg talks to the endpoint named, never to a proxy ---------------


@pytest.mark.parametrize("variable", ["HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "ALL_PROXY"])
def test_a_proxy_variable_does_not_divert_a_query(
    monkeypatch: pytest.MonkeyPatch, recording: Stub, variable: str
) -> None:
    """The README was silent. diplokg connects to the endpoint the user names, whatever
    HTTP_PROXY, HTTPS_PROXY or ALL_PROXY say: a proxy the environment names would see
    the query and the credentials sent with it."""
    monkeypatch.setenv(variable, recording.url)
    monkeypatch.setenv("DIPLOKG_ENDPOINT_PASSWORD", "s3cret")
    monkeypatch.setenv("DIPLOKG_ENDPOINT_USER", "ann")
    rows = Reply(200, b'{"head":{"vars":["person"]},"results":{"bindings":[]}}', content_type=_JSON)
    stub = Stub([*NO_MARKERS, rows], default=Reply(500, b"unexpected"))
    try:
        result = CliRunner().invoke(cli, ["query", "people", "--endpoint", f"{stub.url}/q"])
    finally:
        stub.close()
    assert result.exit_code == 0, result.output
    assert len(stub.seen) == 3 and recording.seen == []
    assert os.environ[variable] == recording.url


# -- 6. articles kept where the build publishes its outputs ---------------------------------


@pytest.mark.parametrize(
    ("articles", "expected"),
    [
        ("out/articles", "the build publishes articles here"),
        ("out/pages", "the build publishes pages here"),
        ("out/articles/deeper", "the build publishes articles in {out}/articles, which holds"),
        ("out/.diplokg/mine", "the build publishes its generations in {out}/.diplokg, which"),
        ("link-to-out-articles", "the build publishes articles here"),
    ],
)
def test_articles_where_the_build_publishes_its_outputs_are_refused(
    tmp_path: Path, articles: str, expected: str
) -> None:
    """``build out/articles -o out`` moved the folder being built into
    ``out/.diplokg/legacy-*/articles`` and put the link to the article graphs in its
    place: the user's sources hidden, and the same command run again found no
    articles. Now one line, exit 2, before anything is written."""
    out = tmp_path / "out"
    folder = tmp_path / articles
    if articles.startswith("link"):
        seed_folder(out / "articles")
        folder.symlink_to(out / "articles")
    else:
        seed_folder(folder)
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    line = one_line(CliRunner().invoke(cli, ["build", str(folder), "-o", str(out), "-j", "1"]))
    assert line.startswith(f"error: {folder}: {expected.format(out=out)}"), line
    assert line.endswith("keep them in another folder or choose another -o"), line
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before


def test_articles_in_the_output_folder_itself_still_build(tmp_path: Path) -> None:
    """``build DIR -o DIR`` writes beside the articles and reads only ``*.txt``: twice."""
    folder = seed_folder(tmp_path / "here")
    for _ in range(2):
        result = CliRunner().invoke(cli, ["build", str(folder), "-o", str(folder), "-j", "1"])
        assert result.exit_code == 0, result.output
    assert (folder / f"{STEM}.txt").is_file() and (folder / "articles").is_symlink()


# -- 7. an internal error's traceback holds no secret -----------------------------------------

_LEAKY = "cannot reach http://ann:s3cret@h:9/q?api_key=t0ken with pw-9f3k-long"


@pytest.mark.parametrize("debug", [False, True])
@pytest.mark.parametrize(
    ("variable", "secret"),
    [("DIPLOKG_ENDPOINT_PASSWORD", "pw-9f3k-long"), ("DIPLOKG_ENDPOINT_TOKEN", "pw-9f3k-long")],
)
def test_an_internal_error_writes_and_shows_no_secret(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, debug: bool, variable: str, secret: str
) -> None:
    """The crash report (a log on disk) and ``--debug`` wrote the traceback as it came: an
    exception repeating the endpoint's URL or password put ``user:password@``, a
    ``?api_key=`` or the ``DIPLOKG_ENDPOINT_PASSWORD`` value into the file and onto the
    terminal, and the one line kept the password too. Now all three are redacted."""
    import diplokg.store.remote

    def leak(*args: object, **kwargs: object) -> None:
        raise RuntimeError(_LEAKY)

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv(variable, secret)
    if variable.endswith("PASSWORD"):
        monkeypatch.setenv("DIPLOKG_ENDPOINT_USER", "ann")
    monkeypatch.setattr(diplokg.store.remote, "write_remote_result", leak)
    argv = ["query", "people", "--endpoint", "http://127.0.0.1:9/q"]
    result = CliRunner().invoke(cli, ["--debug", *argv] if debug else argv)
    assert result.exit_code == 3, result.output
    shown = result.stderr
    if not debug:
        (line,) = shown.splitlines()
        shown += Path(line.rsplit(" ", 1)[1]).read_text(encoding="utf-8")
    assert "RuntimeError: cannot reach http://***@h:9/q?api_key=*** with ***" in shown, shown
    for leaked in ("s3cret", "t0ken", secret):
        assert leaked not in shown


# -- 8. a file whose name starts with '-' ---------------------------------------------------


@pytest.mark.parametrize(
    "args", [["convert", "-dash.txt"], ["validate", "-dash.txt"], ["extract", "-o", "-", "-x.txt"]]
)
def test_a_file_named_like_an_option_is_said_to_be_a_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, args: list[str]
) -> None:
    """``diplokg convert -dash.txt`` said "No such option '-d'" and no more: the user
    saw no file in it. Now the line says it is a file and how to name it."""
    monkeypatch.chdir(tmp_path)
    name = args[-1]
    (tmp_path / name).write_text("Wang Yi met Blinken.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2, result.output
    assert f"'{name}' is a file, not an option: write ./{name}, or put it after --" in (
        result.stderr
    ), result.stderr


def test_an_unknown_option_that_names_no_file_gets_no_hint(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["convert", "--nope", ARTICLE])
    assert result.exit_code == 2 and "No such option" in result.stderr
    assert "is a file" not in result.stderr


# -- 9. render, docs and extract into a build's output folder ---------------------------------


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    articles = seed_folder(tmp_path_factory.mktemp("built") / "articles")
    out = articles.parent / "out"
    result = CliRunner().invoke(cli, ["build", str(articles), "-o", str(out), "-j", "1"])
    assert result.exit_code == 0, result.output
    return articles, out


@pytest.mark.parametrize(
    ("args", "written"),
    [
        (["render", "{articles}", "-j", "1", "-o", "{out}"], "{out}/index.html"),
        (["render", "{articles}", "-j", "1", "-o", "{out}/pages"], "{out}/pages/index.html"),
        (["docs", "--examples", "{articles}", "-o", "{out}"], "{out}/index.html"),
        (["extract", "{articles}", "-o", "{out}/articles"], f"{{out}}/articles/{STEM}.draft"),
        (["convert", f"{{articles}}/{STEM}.txt", "-o", "{out}/dataset.trig"], "{out}/dataset"),
        (["validate", "{articles}", "-o", "{out}/validation-report.ttl"], "{out}/validation"),
        (["render", f"{{articles}}/{STEM}.txt", "-o", f"{{out}}/pages/{STEM}.html"], "{out}/"),
        (["extract", f"{{articles}}/{STEM}.txt", "-o", "{out}/articles/x.yaml"], "{out}/articles"),
    ],
)
def test_a_command_writing_into_a_builds_outputs_is_refused(
    built: tuple[Path, Path], args: list[str], written: str
) -> None:
    """``docs -o out`` or ``render DIR -o out`` into a build's folder wrote through the
    links the build publishes (``out/index.html`` → ``.diplokg/current/index.html``):
    the build's review index became the ontology's docs, inside a generation the build
    keeps as it made it; ``convert -o out/dataset.trig`` replaced the build's dataset.
    Now one line naming the file, exit 2, the build untouched."""
    articles, out = built
    current = out / ".diplokg" / "current"
    before = {p: p.read_bytes() for p in sorted(current.resolve().rglob("*")) if p.is_file()}
    argv = [a.format(articles=articles, out=out) for a in args]
    line = one_line(CliRunner().invoke(cli, argv))
    assert line.startswith(f"error: {written.format(out=out)}"), line
    assert f"this is a build's output (it leads into {out.resolve()}/.diplokg, " in line, line
    assert line.endswith("give -o a path of its own"), line
    after = {p: p.read_bytes() for p in sorted(current.resolve().rglob("*")) if p.is_file()}
    assert after == before
