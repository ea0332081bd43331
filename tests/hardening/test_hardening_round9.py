"""Hostile and odd inputs, ninth round (2026-12-07): a build stopped by ``kill`` or a closed
terminal, review pages and docs written into a folder that holds the user's own files,
and gold files that list one entity twice under the matching rule.

A refusal is exit 2 and one line on stderr naming what to fix; never a traceback.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplokg.cli import cli
from tests.hardening.test_hardening_round4 import STEM, one_line, seed_folder
from tests.hardening.test_hardening_round5 import _tiny_articles

GOLD = Path(__file__).parents[2] / ".." / "shared" / "evaluation" / "000_seed.json"


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
