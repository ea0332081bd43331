"""Hostile and odd inputs, sixth round (2026-12-07): ``nan`` as a number, a socket as
an input file, and standard output closed, full or a pipe whose reader went away.

A refusal is exit 2 and one line on stderr saying what to fix; a reader that stopped
reading (``| head -1``) ends the command quietly with exit 141 (128 + SIGPIPE, as shells
report it); never a traceback.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplokg.cli import cli
from diplokg.cli.options import EXIT_PIPE_CLOSED
from tests.conftest import DATA, SEEDS
from tests.hardening.test_hardening_round4 import STEM, one_line

ARTICLE = str(SEEDS / f"{STEM}.txt")


def _diplokg(args: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        [sys.executable, "-m", "diplokg", *args],
        stderr=subprocess.PIPE,
        text=True,
        timeout=120,
        check=False,
        **kwargs,
    )


@pytest.mark.parametrize("value", ["nan", "NaN", "-nan", "+nan"])
@pytest.mark.parametrize(
    "command", [["extract", ARTICLE, "-o", "-"], ["evaluate", str(DATA / "dev")]]
)
def test_nan_as_a_confidence_is_a_usage_error(command: list[str], value: str) -> None:
    """nan compares false with both bounds: click let it through, extract drafted 0
    facts and evaluate scored an empty draft, exit 0."""
    result = CliRunner().invoke(cli, [*command, "--min-confidence", value])
    assert result.exit_code == 2, result.output
    assert f"{value!r} is not a number in the range 0<=x<=1" in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize("option", ["--annotation", "--metadata", "--registry"])
def test_a_socket_as_an_input_file_is_not_a_regular_file(option: str, tmp_path: Path) -> None:
    """A socket cannot be opened (ENXIO): it was 'cannot read …: No such device or
    address', where a pipe or a device says what it is."""
    path = tmp_path / "in.yaml"
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(path))
        line = one_line(CliRunner().invoke(cli, ["convert", ARTICLE, option, str(path)]))
    assert line.startswith(f"error: {path}: ") and "is not a regular file" in line


#: Commands that write to standard output, from --help (written while the options are
#: parsed) to a stored listing and a converted article.
STDOUT_COMMANDS = [
    ["--help"],
    ["--version"],
    ["queries"],
    ["query", "--help"],
    ["convert", ARTICLE],
]


def _shown(args: list[str]) -> str:
    return " ".join(Path(arg).name for arg in args)


def _error_lines(result: subprocess.CompletedProcess[str]) -> list[str]:
    """The error lines on stderr (convert's own progress line may precede them)."""
    assert "Traceback" not in result.stderr, result.stderr
    return [line for line in result.stderr.splitlines() if line.startswith("error")]


def _close_stdout() -> None:
    os.close(1)


#: What standard output is, and the one line a command writing into it says.
BROKEN_STDOUT = {
    "closed": "error: cannot write to standard output: it is closed; "
    "redirect it instead (>/dev/null to discard it)",
    "full": "error: cannot write to standard output: "
    "No space left on device (free some disk space and run again)",
}


@pytest.mark.parametrize("stdout", sorted(BROKEN_STDOUT))
@pytest.mark.parametrize("args", STDOUT_COMMANDS, ids=_shown)
def test_a_closed_or_full_stdout_is_one_line_exit_2(args: list[str], stdout: str) -> None:
    """``diplokg … >&-``: Python leaves sys.stdout None; the first write or flush was an
    AttributeError (exit 3, or a traceback and exit 1). ``diplokg --help >/dev/full``
    printed click's traceback (exit 1)."""
    with open("/dev/full", "w", encoding="utf-8") as full:
        if stdout == "closed":
            result = _diplokg(args, preexec_fn=_close_stdout)
        else:
            result = _diplokg(args, stdout=full)
    assert result.returncode == 2, result.stderr
    assert _error_lines(result) == [BROKEN_STDOUT[stdout]], result.stderr


def test_a_command_that_writes_no_stdout_runs_with_it_closed(tmp_path: Path) -> None:
    out = tmp_path / "draft.ann.yaml"
    result = _diplokg(["extract", ARTICLE, "-o", str(out)], preexec_fn=_close_stdout)
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8").strip()


@pytest.mark.parametrize("args", STDOUT_COMMANDS, ids=_shown)
def test_a_reader_that_went_away_ends_the_command_quietly(args: list[str]) -> None:
    """``diplokg … | head -1``: exit 141 (as shells report SIGPIPE) and nothing on stderr;
    click's answer was exit 1, which says 'violations found', and 0 would let ``set -o
    pipefail`` pass a ``validate`` whose result was never read."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "diplokg", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    proc.stdout.close()  # before the first write: every write meets a closed pipe
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == EXIT_PIPE_CLOSED == 141, err
    assert "Traceback" not in err and "error" not in err, err


UNDEFINED = DATA / "hostile" / "undefined-terms"
UNDEFINED_EXPECTED: dict[str, list[str]] = json.loads(
    (UNDEFINED / "expected.json").read_text(encoding="utf-8")
)


@pytest.mark.parametrize("name", sorted(UNDEFINED_EXPECTED))
def test_a_dk_term_the_ontology_does_not_define_is_found_at_its_line(name: str) -> None:
    """No shape targets a class or property that does not exist: ``dk:Spaceship``, a
    misspelt ``dk:partcipant`` or ``dk:Pеrson`` with a Cyrillic letter validated as
    conforming. Now a finding at the line it is first written, with the nearest term (a
    warning until round 12, a violation since: a typo must fail the CI gate)."""
    path = UNDEFINED / name
    result = CliRunner().invoke(cli, ["validate", str(path)])
    assert "Traceback" not in result.output
    found = [
        line.removeprefix(f"{path}:")
        for line in result.stdout.splitlines()
        if "[check:undefined-term]" in line
    ]
    assert found == UNDEFINED_EXPECTED[name]
    assert result.exit_code == 1


def test_what_diplokg_writes_uses_only_terms_the_ontology_defines(tmp_path: Path) -> None:
    """The converter and the ontology agree: a converted article has no undefined term."""
    out = tmp_path / "article.trig"
    assert CliRunner().invoke(cli, ["convert", ARTICLE, "-o", str(out)]).exit_code == 0
    result = CliRunner().invoke(cli, ["validate", str(out), "--fail-on", "warning"])
    assert result.exit_code == 0, result.stdout
    assert "undefined-term" not in result.stdout
