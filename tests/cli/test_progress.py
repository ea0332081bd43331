"""A progress bar on stderr when it is a terminal, for each command that works a corpus.

Each command runs in a real pseudo-terminal (its stderr a pty), as a user at a terminal
sees it; when stderr is not a terminal the same commands print no bar (their own tests
check that stderr holds only their one-line summaries).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DATA

CORPUS = DATA / "build" / "corpus"


def _on_a_terminal(args: list[str], env: dict[str, str]) -> tuple[int, bytes]:
    import pty

    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "diplokg", *args],
        stdout=subprocess.DEVNULL,
        stderr=follower,
        env=env,
    )
    os.close(follower)
    seen = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        seen += chunk
    code = process.wait()
    os.close(leader)
    return code, seen


@pytest.mark.slow
@pytest.mark.parametrize(
    ("command", "label"),
    [("build", b"converting"), ("render", b"rendering"), ("validate", b"validating")],
)
def test_a_corpus_command_shows_progress_on_a_terminal(
    tmp_path: Path, command: str, label: bytes
) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    args = [command, str(corpus)]
    if command != "validate":
        args += ["-o", str(tmp_path / "out")]
    env = {**os.environ, "XDG_STATE_HOME": str(tmp_path / "state")}
    code, seen = _on_a_terminal(args, env)
    assert code == 0, seen
    assert label in seen and b"100%" in seen
