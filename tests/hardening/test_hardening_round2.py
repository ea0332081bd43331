"""Hostile inputs, second round: what an attacker's second audit found (2026-12-07).

Each case is exit 2 and one line on stderr, with a user's value shown, never acting on
the terminal (an escape sequence, a carriage return, a bidirectional override).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplokg.cli import cli
from tests.conftest import DATA, SEEDS

STEM = "000_7f87956a7e0403ad"
ARTICLE = f"{STEM}.txt"

#: Characters a terminal acts on; each must reach stderr only as an escape.
TERMINAL_CONTROLS = ["\x1b[2J", "\r", "\x07", "\x9b", "\u202e", "\u2066"]


def _raw_controls(text: str) -> list[str]:
    bidi = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
    return [c for c in text if (ord(c) < 0x20 and c != "\n") or 0x7F <= ord(c) <= 0x9F or c in bidi]


def _one_escaped_line(result: object) -> str:
    exit_code, stderr = result.exit_code, result.stderr  # type: ignore[attr-defined]
    assert exit_code == 2, stderr
    lines = stderr.splitlines()
    assert len(lines) == 1 and "Traceback" not in stderr, stderr
    assert not _raw_controls(stderr), repr(stderr)
    return str(lines[0])


@pytest.mark.parametrize(
    "control", TERMINAL_CONTROLS, ids=[f"U+{ord(c[0]):04X}" for c in TERMINAL_CONTROLS]
)
@pytest.mark.parametrize("command", ["convert", "render", "extract"])
def test_a_file_name_with_terminal_controls_is_shown_escaped(
    command: str, control: str, tmp_path: Path
) -> None:
    article = tmp_path / f"a{control}b.txt"
    shutil.copy(SEEDS / ARTICLE, article)  # no metadata beside it: an input error naming it
    result = CliRunner().invoke(cli, [command, str(article)], color=True)
    line = _one_escaped_line(result)
    assert "a" in line and "b.txt" in line


@pytest.mark.parametrize(
    "control", TERMINAL_CONTROLS[:4], ids=[f"U+{ord(c[0]):04X}" for c in TERMINAL_CONTROLS[:4]]
)
def test_a_turtle_error_quoting_a_control_character_is_shown_escaped(
    control: str, tmp_path: Path
) -> None:
    data = tmp_path / "bad.ttl"
    data.write_text(f"@prefix ex: <http://e/> .\nex:a ex:b <http://x/{control}> .\n", "utf-8")
    line = _one_escaped_line(CliRunner().invoke(cli, ["validate", str(data)], color=True))
    assert "bad.ttl:2" in line


def _article_named(folder: Path, stem: str) -> Path:
    for suffix in (".txt", ".ann.yaml", ".meta.yaml"):
        shutil.copy(SEEDS / f"{STEM}{suffix}", folder / f"{stem}{suffix}")
    shutil.copy(SEEDS / "entities.yaml", folder / "entities.yaml")
    return folder / f"{stem}.txt"


#: (command line with ART for the article, DIR for its folder, OUT for an output).
STATUS_LINES = [
    ["convert", "ART", "-o", "OUT/a.ttl"],
    ["render", "ART", "-o", "OUT/a.html"],
    ["render", "DIR", "-o", "OUT"],
    ["extract", "ART", "-o", "OUT/a.yaml"],
    ["extract", "DIR", "-o", "OUT"],
    ["validate", "DIR", "-o", "OUT/report.txt"],
    ["build", "DIR", "-o", "OUT", "--store", "OUT/store"],
]


@pytest.mark.parametrize(
    "control", TERMINAL_CONTROLS, ids=[f"U+{ord(c[0]):04X}" for c in TERMINAL_CONTROLS]
)
@pytest.mark.parametrize("args", STATUS_LINES, ids=[" ".join(a[:2]) for a in STATUS_LINES])
def test_status_lines_naming_an_article_show_its_name_escaped(
    args: list[str], control: str, tmp_path: Path
) -> None:
    (tmp_path / "in").mkdir()
    article = _article_named(tmp_path / "in", f"a{control}b")
    out = tmp_path / "out"
    out.mkdir()
    swap = {"ART": str(article), "DIR": str(article.parent)}
    argv = [swap.get(a, a.replace("OUT", str(out))) for a in args]
    result = CliRunner().invoke(cli, argv, color=True)
    assert result.exit_code in (0, 1), result.stderr
    assert "Traceback" not in result.stderr
    assert not _raw_controls(result.stderr + result.stdout), repr(result.stderr + result.stdout)


JSON_CASES = sorted((Path(__file__).parents[1] / "data" / "hostile" / "json").glob("*.json"))


@pytest.mark.parametrize("what", ["baseline", "gold"])
@pytest.mark.parametrize("case", JSON_CASES, ids=[c.stem for c in JSON_CASES])
def test_json_python_takes_but_json_is_not_is_an_input_error(
    case: Path, what: str, tmp_path: Path
) -> None:
    """NaN, Infinity, a 5000-digit integer, a key twice: one line naming the file, exit 2."""
    named = tmp_path / f"{what}.json"
    shutil.copy(case, named)
    args = (
        ["validate", str(SEEDS), "--baseline", str(named)]
        if what == "baseline"
        else ["evaluate", str(SEEDS / ARTICLE), "--gold", str(named)]
    )
    line = _one_escaped_line(CliRunner().invoke(cli, args))
    assert line.startswith(f"error: {named}: ")
    assert any(w in line for w in ("not JSON", "digits", "too large", "twice")), line


BOM = b"\xef\xbb\xbf"
TURTLE = b'@prefix ex: <http://example.org/> .\nex:a ex:b "x" .\n'


@pytest.mark.parametrize(
    "args",
    [
        ["validate", "FILE.ttl"],
        ["query", "people", "--data", "FILE.ttl"],
        ["query", "people", "--data", "FILE.trig"],
        ["validate", "SEEDS", "--shapes", "FILE.ttl"],
    ],
    ids=["validate", "query-ttl", "query-trig", "shapes"],
)
def test_rdf_with_a_utf8_byte_order_mark_is_read(args: list[str], tmp_path: Path) -> None:
    """Windows editors write a BOM; pyoxigraph took it for a subject (exit 2, raw U+FEFF)."""
    shapes = "--shapes" in args
    source = (SEEDS.parents[0] / "src/diplokg/data/shapes").glob("*.ttl") if shapes else ()
    body = next(iter(sorted(source)), None)
    text = body.read_bytes() if body is not None else TURTLE
    suffix = ".trig" if any(a.endswith(".trig") for a in args) else ".ttl"
    named = tmp_path / f"file{suffix}"
    named.write_bytes(BOM + text)
    argv = [str(named) if a.startswith("FILE") else str(SEEDS) if a == "SEEDS" else a for a in args]
    result = CliRunner().invoke(cli, argv)
    assert result.exit_code in (0, 1), result.stderr
    assert "syntax error" not in result.stderr


@pytest.mark.parametrize("what", ["gold", "baseline"])
def test_json_with_a_utf8_byte_order_mark_is_read(what: str, tmp_path: Path) -> None:
    """Python's JSON parser refused it with 'decode using utf-8-sig', a hint to no user."""
    named = tmp_path / f"{what}.json"
    if what == "gold":
        gold = Path(__file__).parents[1] / "data/evaluate/000_seed.json"
        named.write_bytes(BOM + gold.read_bytes())
        args = ["evaluate", str(SEEDS / ARTICLE), "--gold", str(named), "--curated"]
    else:
        baseline = tmp_path / "plain.json"
        made = CliRunner().invoke(
            cli, ["validate", str(SEEDS), "--baseline", str(baseline), "--update-baseline"]
        )
        assert made.exit_code == 0, made.stderr
        named.write_bytes(BOM + baseline.read_bytes())
        args = ["validate", str(SEEDS), "--baseline", str(named)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.stderr


@pytest.mark.parametrize(
    ("args", "upper", "lower"),
    [
        (["convert", "ART", "-o", "OUT"], "TriG", "trig"),
        (["query", "people", "--data", "OUT"], "JSON", "json"),
        (["validate", "ART", "-o", "OUT"], "Json", "json"),
        (["evaluate", "ART", "--curated"], "JSON", "json"),
    ],
    ids=["convert", "query", "validate", "evaluate"],
)
def test_format_names_match_in_any_case(
    args: list[str], upper: str, lower: str, tmp_path: Path
) -> None:
    """``--format JSON`` was a usage error; it now writes what ``--format json`` writes."""
    article = _article_named(tmp_path, STEM)
    if args[0] == "evaluate":
        shutil.copy(
            Path(__file__).parents[1] / "data/evaluate/000_seed.json",
            tmp_path / f"{STEM}.gold.json",
        )
    if args[0] == "query":
        (tmp_path / "OUT.ttl").write_bytes(TURTLE)
    outputs = []
    for fmt in (upper, lower):
        out = tmp_path / f"{fmt}.out"
        swap = {
            "ART": str(article),
            "OUT": str(tmp_path / "OUT.ttl") if args[0] == "query" else str(out),
        }
        result = CliRunner().invoke(cli, [*(swap.get(a, a) for a in args), "--format", fmt])
        assert result.exit_code == 0, result.stderr
        outputs.append(out.read_text("utf-8") if out.exists() else result.stdout)
    if args[0] == "evaluate":  # (the report holds its timings)
        assert [json.loads(o).keys() for o in outputs] == [json.loads(outputs[1]).keys()] * 2
    else:
        assert outputs[0] == outputs[1]


@pytest.mark.parametrize("command", ["convert", "extract"])
def test_a_failed_write_is_one_error_line_and_no_success_line(command: str, tmp_path: Path) -> None:
    """The status line ("N triples from …", "drafted N facts …") is said only once the
    output is written: before, a write into a path under a file read as done, then failed."""
    blocker = tmp_path / "afile"
    blocker.write_text("not a folder\n", encoding="utf-8")
    result = CliRunner().invoke(
        cli, [command, str(SEEDS / ARTICLE), "-o", str(blocker / "out.ttl")]
    )
    line = _one_escaped_line(result)
    assert line.startswith("error:") and "afile" in line, line
    assert blocker.read_text(encoding="utf-8") == "not a folder\n"


def _choice_options() -> list[tuple[str, str]]:
    import click

    found = []
    for name, command in sorted(cli.commands.items()):
        for param in command.params:
            if isinstance(param.type, click.Choice):
                found.append((name, param.opts[-1]))
    return found


@pytest.mark.parametrize(("command", "option"), _choice_options())
def test_every_option_with_fixed_names_matches_them_in_any_case(command: str, option: str) -> None:
    """``--fail-on WARNING``, ``--mode APPEND`` and ``--commit BATCH`` were usage errors
    while ``--format JSON`` was not: every option with a fixed set of names now takes them
    in any case and hands the command the name as listed."""
    import click

    param = next(p for p in cli.commands[command].params if option in p.opts)
    assert isinstance(param.type, click.Choice)
    for name in param.type.choices:
        value = param.type.convert(str(name).upper(), param, None)
        assert value == name, (command, option, name)


def test_choice_options_are_found() -> None:
    options = set(_choice_options())
    assert {("validate", "--fail-on"), ("load", "--mode"), ("load", "--commit")} <= options


def test_fail_on_in_upper_case_gates_as_in_lower_case(tmp_path: Path) -> None:
    article = _article_named(tmp_path, STEM)
    codes = [
        CliRunner().invoke(cli, ["validate", str(article), "--fail-on", level]).exit_code
        for level in ("INFO", "info", "None", "none")
    ]
    assert codes[0] == codes[1] and codes[2] == codes[3] == 0, codes


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("suffix", [".txt", ".meta.yaml", ".ann.yaml", ".ttl"])
def test_a_utf16_file_is_named_as_such(suffix: str, encoding: str, tmp_path: Path) -> None:
    """Notepad's "Unicode" saves UTF-16: it was refused as "binary (NUL bytes)", or as a
    Turtle syntax error at 1:1; the one line now names the encoding and the fix."""
    if suffix == ".ttl":
        named = tmp_path / "file.ttl"
        named.write_bytes(TURTLE.decode().encode(encoding))
        args = ["validate", str(named)]
    else:
        article = _article_named(tmp_path, STEM)
        named = tmp_path / f"{STEM}{suffix}"
        named.write_bytes(named.read_text(encoding="utf-8").encode(encoding))
        args = ["convert", str(article), "-o", str(tmp_path / "out.ttl")]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2, result.stderr
    line = _one_escaped_line(result)
    assert line.startswith(f"error: {named}") and "UTF-16" in line and "UTF-8" in line, line
    assert not (tmp_path / "out.ttl").exists()


@pytest.mark.parametrize("rdf", sorted((DATA / "noisy-rdf").glob("*.ttl")), ids=lambda p: p.stem)
@pytest.mark.parametrize(
    "command",
    [["validate", "{rdf}"], ["query", "people", "--data", "{rdf}"]],
    ids=["validate", "query"],
)
def test_library_warnings_on_odd_rdf_do_not_reach_the_user(rdf: Path, command: list[str]) -> None:
    """rdflib logs a traceback for each ill-typed literal; the user sees diplokg's lines only.

    Run as a process: inside pytest its own log and warning capture would hide the leak.
    """
    result = subprocess.run(
        [sys.executable, "-m", "diplokg", *(a.format(rdf=rdf) for a in command)],
        capture_output=True,
        text=True,
        timeout=120,
        env={k: v for k, v in os.environ.items() if k != "PYTHONWARNINGS"},
    )
    assert result.returncode in (0, 1), result.stderr
    assert "Traceback" not in result.stderr and "warn" not in result.stderr, result.stderr
    lines = result.stderr.splitlines()
    assert all(line.startswith(("engine: ", "0 articles and 1 RDF file: ")) for line in lines), (
        lines
    )
