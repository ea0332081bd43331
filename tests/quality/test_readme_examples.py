"""The README's console examples are what diplokg prints.

Every ``$ diplokg …`` line in a ```` ```console ```` block of the README either runs here,
on a copy of ``seeds/`` in a temporary folder, and must print exactly the lines shown
under it, or is named in :data:`ILLUSTRATIVE` with the reason it cannot run as shown.
"""

from __future__ import annotations

import re
import shlex
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplokg.cli import cli
from tests.conftest import ROOT, SEEDS
from tests.tiers import require_graphviz

README = ROOT / "README.md"

#: Examples on files a reader has and this repository does not (their own articles, a
#: broken copy of the seeds), with why each is shown rather than run.
ILLUSTRATIVE = {
    "diplokg build seeds2/": "a copy of the seeds with a misspelt entity key",
    "diplokg extract article.txt --published 2024-03-07 --publisher Reuters "
    "-o article.draft.yaml": "the reader's own article",
    "diplokg convert article.txt --published 2024-03-07 --publisher Reuters "
    "-o article.ttl": "the reader's own article",
    "diplokg extract articles/ -o drafts/ --min-confidence 0.8": "the reader's own folder",
    "diplokg evaluate tests/data/dev/ --min-confidence 0.8": "prints the tables shown above",
}


@dataclass(frozen=True)
class Example:
    line: int
    command: str
    output: str


def _examples() -> list[Example]:
    examples: list[Example] = []
    in_console = False
    current: tuple[int, str, list[str]] | None = None
    for number, line in enumerate(README.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("```console"):
            in_console = True
            continue
        if in_console and line.startswith("```"):
            in_console = False
        elif in_console and not line.startswith("$ "):
            if current is not None:
                current[2].append(line)
            continue
        if current is not None:
            examples.append(Example(current[0], current[1], "\n".join(current[2])))
            current = None
        if in_console:
            current = (number, line[2:], [])
    return examples


EXAMPLES = _examples()
RUNNABLE = [e for e in EXAMPLES if e.command not in ILLUSTRATIVE]


def test_every_console_example_is_run_or_explained() -> None:
    assert len(EXAMPLES) >= 10
    assert {e.command for e in EXAMPLES} >= set(ILLUSTRATIVE)
    assert all(e.command.startswith("diplokg ") for e in EXAMPLES)


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding a copy of ``seeds/``, where ``diplokg build seeds/`` runs first."""
    folder = tmp_path_factory.mktemp("readme")
    shutil.copytree(SEEDS, folder / "seeds")
    return folder


@pytest.mark.parametrize("example", RUNNABLE, ids=lambda e: f"README:{e.line}")
def test_console_example_prints_what_the_readme_shows(
    example: Example, workdir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if example.command.startswith("diplokg docs"):
        require_graphviz("the docs' diagrams")
    first_build = example.command.startswith("diplokg build")
    if first_build:  # in a folder of its own
        shutil.copytree(SEEDS, tmp_path / "seeds")
        workdir = tmp_path
    monkeypatch.chdir(workdir)
    monkeypatch.setenv("XDG_STATE_HOME", str(workdir / "state"))
    monkeypatch.setenv("COLUMNS", "200")
    if not first_build and not (workdir / "out" / "store").exists():
        built = CliRunner().invoke(cli, ["build", "seeds/"])
        assert built.exit_code == 0, built.output
    result = CliRunner().invoke(cli, shlex.split(example.command)[1:])
    assert result.exit_code == 0, result.output
    shown = [re.sub(r"\s+$", "", line) for line in example.output.splitlines()]
    printed = [re.sub(r"\s+$", "", line) for line in result.output.splitlines()]
    assert printed == shown
