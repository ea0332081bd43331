"""Hostile and odd inputs, ninth round (2026-12-07): a build stopped by ``kill`` or a closed
terminal, review pages and docs written into a folder that holds the user's own files,
and gold files that list one entity twice under the matching rule.

A refusal is exit 2 and one line on stderr naming what to fix; never a traceback.
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplokg.cli import cli
from tests.conftest import DATA, SEEDS
from tests.hardening.test_hardening_round4 import STEM, one_line, seed_folder
from tests.hardening.test_hardening_round5 import _tiny_articles
from tests.hardening.test_hardening_round7 import check_lines
from tests.hardening.test_hardening_round8 import NO_MARKERS
from tests.remote_servers import Reply, Stub

# -- 1. SIGTERM and SIGHUP stop a build as Ctrl-C does, its workers with it ----------------


def _children(pid: int) -> set[int]:
    """The processes whose parent is ``pid`` (from /proc)."""
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc (Linux)")
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_a_build_killed_by_a_signal_stops_its_workers_and_keeps_the_old_outputs(
    tmp_path: Path, signum: int
) -> None:
    """``kill PID`` of a ``build -j 2`` ended the command alone (exit 143 by the signal,
    not a word): its worker processes, no longer anyone's, went on drafting into the
    build's folder. Now the build ends its workers, says so in one line and exits
    128 + the signal's number; the previous build's outputs stay current."""
    folder = _tiny_articles(tmp_path / "articles", 300)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "diplokg", "build", str(folder), "-o", str(out), "-j", "2"]
    first = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert first.returncode == 0, first.stderr
    current = os.readlink(out / ".diplokg" / "current")
    index = (out / "index.html").read_bytes()
    for text in folder.glob("*.txt"):  # every article changed: the next build redrafts all
        text.write_text(text.read_text(encoding="utf-8") + "Again.\n", encoding="utf-8")

    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    workers: set[int] = set()
    deadline = time.monotonic() + 120
    while len(workers) < 2 and time.monotonic() < deadline and proc.poll() is None:
        workers |= _children(proc.pid)
        time.sleep(0.01)
    time.sleep(0.5)  # mid-build: workers drafting
    assert workers and proc.poll() is None, "the build ended before it was signalled"
    proc.send_signal(signum)
    _, stderr = proc.communicate(timeout=120)

    assert proc.returncode == 128 + signum, stderr
    assert stderr.splitlines() == [f"terminated ({signal.Signals(signum).name})"], stderr
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_alive(pid) for pid in workers), "a worker outlived the build"
    assert os.readlink(out / ".diplokg" / "current") == current
    assert (out / "index.html").read_bytes() == index


# -- 2. render and docs into a folder that holds the user's own files ----------------------

#: (command, the file of the user's in the output folder, what the command writes there).
FOREIGN = [
    (["render", "{articles}", "-j", "1"], "index.html"),
    (["render", "{articles}", "-j", "1"], f"pages/{STEM}.html"),
    (["docs", "--examples", "{articles}"], "index.html"),
    (["docs", "--examples", "{articles}"], "classes.svg"),
    (["docs", "--examples", "{articles}"], "diplokg.ttl"),
    (["extract", "{articles}", "--jobs", "1"], f"{STEM}.draft.ann.yaml"),
]


@pytest.mark.parametrize(("args", "name"), FOREIGN)
def test_a_file_of_the_users_at_an_output_name_is_refused_and_kept(
    tmp_path: Path, args: list[str], name: str
) -> None:
    """``render DIR -o review/``, ``docs -o site/`` and ``extract DIR -o drafts/`` replaced
    the user's own ``index.html`` (a diagram, a page, a draft the user wrote) without a
    word: diplokg deletes only what it made. Now the command names the file, writes
    nothing and exits 2."""
    articles = seed_folder(tmp_path / "articles")
    out = tmp_path / "site"
    mine = out / name
    mine.parent.mkdir(parents=True)
    mine.write_text("my own notes\n", encoding="utf-8")
    (out / "keep.txt").write_text("keep\n", encoding="utf-8")
    argv = [a.format(articles=articles) for a in args]
    line = one_line(CliRunner().invoke(cli, [*argv, "-o", str(out)]))
    assert line.startswith(f"error: {mine}: diplokg did not write this file"), line
    assert mine.read_text(encoding="utf-8") == "my own notes\n"
    written = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert written == sorted([name, "keep.txt"]), written


@pytest.mark.parametrize("empty", [False, True])
def test_render_replaces_what_it_wrote_and_an_empty_file(tmp_path: Path, empty: bool) -> None:
    """A second render into the same folder replaces its own pages (they carry diplokg's
    mark), and an empty file at an output name holds nothing to lose."""
    articles = seed_folder(tmp_path / "articles")
    out = tmp_path / "review"
    argv = ["render", str(articles), "-j", "1", "-o", str(out)]
    if empty:
        out.mkdir()
        (out / "index.html").touch()
    else:
        assert CliRunner().invoke(cli, argv).exit_code == 0
    again = CliRunner().invoke(cli, argv)
    assert again.exit_code == 0, again.output
    assert b'content="diplokg' in (out / "index.html").read_bytes()


def test_extract_replaces_its_own_drafts(tmp_path: Path) -> None:
    """A second ``extract DIR`` replaces the drafts the first wrote (their first line says
    who drafted them), beside the articles as into ``-o``."""
    articles = seed_folder(tmp_path / "articles")
    for argv in (["extract", str(articles)], ["extract", str(articles), "-o", str(tmp_path / "d")]):
        for _ in range(2):
            again = CliRunner().invoke(cli, argv)
            assert again.exit_code == 0, again.output


@pytest.mark.skipif(shutil.which("dot") is None, reason="needs Graphviz (dot)")
def test_docs_replace_their_own_files_and_an_older_diplokgs_diagrams(tmp_path: Path) -> None:
    """The docs replace what they wrote, and the diagrams an older diplokg wrote (before
    they carried the generator comment, known by their graph's id)."""
    articles = seed_folder(tmp_path / "articles")
    out = tmp_path / "docs"
    argv = ["docs", "--examples", str(articles), "-o", str(out)]
    assert CliRunner().invoke(cli, argv).exit_code == 0
    for name in ("classes.svg", "relations.svg"):
        svg = out / name
        svg.write_text(svg.read_text().replace("<!-- generator: diplokg -->\n", ""))
    again = CliRunner().invoke(cli, argv)
    assert again.exit_code == 0, again.output
    assert "<!-- generator: diplokg -->" in (out / "classes.svg").read_text()


# -- 3. a gold file listing one entity twice under the matching rule -----------------------


@pytest.mark.parametrize(
    ("kind", "first", "second"),
    [
        ("persons", "Qin Gang", "qin gang"),  # case
        ("persons", "Qin Gang", "Ｑｉｎ Ｇａｎｇ"),  # full-width letters
        ("persons", "Qin Gang", "Qi\u0301n Gang"),  # an accent, decomposed
        ("persons", "Qin Gang", "Qin. Gang"),  # punctuation
        ("organizations", "China", "CHINA"),
    ],
)
def test_a_gold_entity_listed_twice_under_the_matching_rule_is_refused(
    tmp_path: Path, kind: str, first: str, second: str
) -> None:
    """Two gold persons "Qin Gang" and "qin gang" are one to the scorer (names match
    case-folded, without accents, punctuation or width), so one of them could never be
    matched: every extractor's recall fell by one, silently. Only the exact spelling
    was refused as listed twice."""
    gold = json.loads((DATA / "evaluate" / "000_seed.json").read_text(encoding="utf-8"))
    entries = gold[kind]
    original = next(e for e in entries if e["name"] == first)
    entries.append({**original, "name": second})
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    article = seed_folder(tmp_path / "articles") / f"{STEM}.txt"
    line = one_line(
        CliRunner().invoke(cli, ["evaluate", "--curated", "--gold", str(path), str(article)])
    )
    index = len(entries) - 1
    assert line.startswith(f"error: {path}: gold file, {kind}[{index}].name: "), line
    assert "is listed twice: it is " in line and "under the matching rule" in line, line


# -- 4. Turtle that redefines a prefix, writes relative IRIs, or literals no datatype has --

SCOPE = DATA / "hostile" / "rdf-scope"
SCOPE_EXPECTED: dict[str, list[str]] = json.loads(
    (SCOPE / "expected.json").read_text(encoding="utf-8")
)


@pytest.mark.parametrize("name", sorted(SCOPE_EXPECTED))
def test_rdf_findings_are_placed_by_the_prefix_in_force_and_ill_typed_literals_found(
    name: str,
) -> None:
    """``"x"^^xsd:date``, ``"abc"^^xsd:integer`` or ``"yes"^^xsd:boolean`` validated as
    conforming where no shape looked (and rdflib read the boolean as "false"): now a
    violation ``check:ill-typed-literal`` at its line, the text as written. A finding on
    a ``dk:`` term was placed where its prefixed name was first written, even where the
    prefix still meant another namespace (``@prefix`` redefined mid-file), and had no
    line at all when written relative to ``@base``."""
    found, result = check_lines(SCOPE / name)
    assert found == SCOPE_EXPECTED[name]
    assert result.exit_code == (1 if "Violation" in result.stdout else 0)


# -- 5. a publication time with a time zone: the day as written ---------------------------


@pytest.mark.parametrize(
    "published", ["2023-07-14T23:30:00-05:00", "2023-07-14T01:00:00+09:00", "2023-07-14 10:00:00"]
)
def test_a_publication_time_counts_as_its_day_as_written(tmp_path: Path, published: str) -> None:
    """YAML reads ``published: 2023-07-14T23:30:00-05:00`` as a time; the README was silent.
    The day counts as written, in the publisher's own time zone (in UTC the first is
    already the 15th): "yesterday" in the article is the 13th, as its readers read it.
    The graph is the one of ``published: 2023-07-14``."""
    folder = seed_folder(tmp_path / "articles")
    meta = folder / f"{STEM}.meta.yaml"
    graphs = []
    for day in ("2023-07-14", published):
        text = meta.read_text(encoding="utf-8")
        lines = [f"published: {day}" if x.startswith("published:") else x for x in text.split("\n")]
        meta.write_text("\n".join(lines), encoding="utf-8")
        out = tmp_path / f"{len(graphs)}.nt"
        result = CliRunner().invoke(cli, ["convert", str(folder / f"{STEM}.txt"), "-o", str(out)])
        assert result.exit_code == 0, result.output
        graphs.append(out.read_bytes())
    assert graphs[0] == graphs[1]


# -- 6. an endpoint whose answer is compressed, though diplokg asked for it plain ----------

_RESULTS = b'{"head":{"vars":["person"]},"results":{"bindings":[]}}'


@pytest.mark.parametrize(
    ("encoding", "body"),
    [
        pytest.param("gzip", gzip.compress(_RESULTS, mtime=0), id="gzipped"),
        pytest.param("gzip", _RESULTS, id="gzip-that-is-no-gzip"),
        pytest.param("br", _RESULTS, id="br"),
        pytest.param("x-\x1b[31m", _RESULTS, id="control-character"),  # shown escaped
    ],
)
@pytest.mark.parametrize("fmt", ["table", "csv"])
def test_an_encoded_answer_is_one_line_naming_its_encoding(
    encoding: str, body: bytes, fmt: str
) -> None:
    """diplokg asks for answers unencoded (http.client's ``Accept-Encoding: identity``).
    A server or proxy that gzips all the same was read as it came: "the answer is not
    SPARQL JSON results: Parser error … '\\x1f'" (table), and a plain answer labelled gzip
    was taken on trust (exit 0). Now one line names the encoding, exit 2."""
    reply = Reply(
        200,
        body,
        content_type="application/sparql-results+json",
        headers={"Content-Encoding": encoding},
    )
    stub = Stub([*NO_MARKERS, reply], default=Reply(500, b"unexpected"))
    try:
        result = CliRunner().invoke(
            cli, ["query", "people", "--endpoint", f"{stub.url}/q", "--format", fmt]
        )
    finally:
        stub.close()
    line = one_line(result)
    assert "the answer is encoded (" in line and "Accept-Encoding: identity" in line, line
    assert "\x1b" not in line and result.stdout == "", line


# -- 7. a week or the basic form where a day YYYY-MM-DD is asked for -----------------------


@pytest.mark.parametrize("value", ["2023-W28", "2023W285", "2023-W28-5", "20230714"])
def test_published_option_takes_a_day_as_yyyy_mm_dd_only(tmp_path: Path, value: str) -> None:
    """``--published 2023-W28`` was taken as Monday 10 July (Python's ``fromisoformat``
    reads ISO weeks), and relative dates resolved against it, without a word. (The same
    in metadata and event dates: ``tests/data/hostile/*iso-week*``, ``*basic-form*``.)"""
    folder = seed_folder(tmp_path / "articles", files=(f"{STEM}.txt", f"{STEM}.ann.yaml"))
    shutil.copy(SEEDS / "entities.yaml", folder)
    argv = ["convert", str(folder / f"{STEM}.txt"), "--publisher", "dn", "--published", value]
    line = one_line(CliRunner().invoke(cli, [*argv, "-o", str(tmp_path / "out.ttl")]))
    assert line == f"error: --published is '{value}': write the day as YYYY-MM-DD", line
    assert not (tmp_path / "out.ttl").exists()
