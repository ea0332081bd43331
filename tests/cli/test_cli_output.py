"""The command line prints exactly what ``tests/data/cli-output/*.txt`` shows.

Each case file holds one command line and what it must give, byte for byte::

    # what the case shows (comment lines, optional)
    $ diplokg validate seeds/
    exit 0
    --- stdout
    1 article: conforms (0 violations, 0 warnings, 0 infos)
    --- stderr
    engine: fast (compiled shapes; pySHACL for any graph it cannot check exactly)

Commands run in-process (``CliRunner``) in a temporary folder that holds a copy of
``seeds/``, ``data/`` (this suite's ``tests/data``) and ``out/``, the output of
``diplokg build seeds/`` (also "the last build" the store options default to).
Only outputs that do not depend on the machine belong here: no timings, no absolute paths.

When an output changes on purpose, rewrite the files and read the diff::

    .venv/bin/python -c "from tests.cli.test_cli_output import write_expected_outputs as w; w()"
"""

from __future__ import annotations

import contextlib
import re
import shlex
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from diplokg.cli import cli
from tests.conftest import DATA, SEEDS

CASES = DATA / "cli-output"
_CASE = re.compile(
    r"(?P<comments>(?:#[^\n]*\n)*)\$ (?P<command>diplokg [^\n]*)\nexit (?P<exit>\d+)\n"
    r"--- stdout\n(?P<stdout>.*?)--- stderr\n(?P<stderr>.*)",
    re.DOTALL,
)


@dataclass(frozen=True)
class Case:
    path: Path
    comments: str
    command: str
    exit_code: int
    stdout: str
    stderr: str

    def text(self) -> str:
        return (
            f"{self.comments}$ {self.command}\nexit {self.exit_code}\n"
            f"--- stdout\n{self.stdout}--- stderr\n{self.stderr}"
        )


def read_case(path: Path) -> Case:
    match = _CASE.fullmatch(path.read_text(encoding="utf-8"))
    assert match is not None, f"{path}: not '$ diplokg …', 'exit N', '--- stdout', '--- stderr'"
    return Case(
        path,
        match["comments"],
        match["command"],
        int(match["exit"]),
        match["stdout"],
        match["stderr"],
    )


CASE_FILES = sorted(CASES.glob("*.txt"))


def make_workdir(folder: Path) -> Path:
    """``folder`` with ``seeds/``, ``data/`` and ``out/`` (``diplokg build seeds/``) in it."""
    shutil.copytree(SEEDS, folder / "seeds")
    (folder / "data").symlink_to(DATA, target_is_directory=True)
    built = run(folder, "diplokg build seeds/ -o out/")
    assert built.exit_code == 0, built.output
    return folder


def run(workdir: Path, command: str) -> Result:
    """``command`` run in ``workdir``, as a terminal 80 columns wide would run it."""
    env = {"XDG_STATE_HOME": str(workdir / "state"), "COLUMNS": "80", "NO_COLOR": "1"}
    with contextlib.chdir(workdir):
        return CliRunner().invoke(cli, shlex.split(command)[1:], env=env)


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_workdir(tmp_path_factory.mktemp("cli-output"))


def test_the_cases_cover_each_exit_code_and_the_main_commands() -> None:
    cases = [read_case(p) for p in CASE_FILES]
    assert {c.exit_code for c in cases} >= {0, 1, 2}
    commands = {shlex.split(c.command)[1] for c in cases}
    assert commands >= {"queries", "query", "validate", "evaluate"}


@pytest.mark.parametrize("path", CASE_FILES, ids=[p.stem for p in CASE_FILES])
def test_command_prints_exactly_what_the_case_shows(path: Path, workdir: Path) -> None:
    case = read_case(path)
    result = run(workdir, case.command)
    assert (result.exit_code, result.stdout, result.stderr) == (
        case.exit_code,
        case.stdout,
        case.stderr,
    ), f"{path.name} changed; if on purpose, see this module's docstring"


def write_expected_outputs() -> None:
    """Rewrite each case file with what its command prints now (then read the diff)."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        workdir = make_workdir(Path(tmp))
        for path in CASE_FILES:
            case = read_case(path)
            result = run(workdir, case.command)
            now = Case(
                path, case.comments, case.command, result.exit_code, result.stdout, result.stderr
            )
            path.write_text(now.text(), encoding="utf-8")
