"""Outputs are written atomically, and what the output path names is never lost.

A rename over the path would turn a device or a pipe into a regular file (``diplokg
render A -o /dev/full`` replaced the device before this was fixed), a link into a
file, and drop a file's permissions. Each test here uses paths inside its own
temporary folder only: a failing test must not harm the machine's devices.
"""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplokg.cli import cli
from diplokg.errors import StoreError
from diplokg.rdf.output import write_atomic
from tests.conftest import SEED_ARTICLE


def read_fifo(fifo: Path, into: list[bytes]) -> threading.Thread:
    def read() -> None:
        with open(fifo, "rb") as f:
            into.append(f.read())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    return reader


def test_a_new_file_is_written_with_the_usual_mode(tmp_path: Path) -> None:
    out = tmp_path / "sub" / "out.ttl"
    write_atomic(out, b"data")
    assert out.read_bytes() == b"data"
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask
    assert [p.name for p in out.parent.iterdir()] == ["out.ttl"]  # no temporary file left


def test_a_replaced_file_keeps_its_permissions(tmp_path: Path) -> None:
    out = tmp_path / "out.ttl"
    out.write_bytes(b"old")
    out.chmod(0o640)
    write_atomic(out, b"new")
    assert out.read_bytes() == b"new"
    assert stat.S_IMODE(out.stat().st_mode) == 0o640


def test_a_link_stays_a_link_and_its_file_is_replaced(tmp_path: Path) -> None:
    real = tmp_path / "kept" / "page.html"
    real.parent.mkdir()
    real.write_bytes(b"old")
    link = tmp_path / "page.html"
    link.symlink_to(real)
    write_atomic(link, b"new")
    assert link.is_symlink()
    assert real.read_bytes() == b"new"


def test_a_pipe_is_written_into_not_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = read_fifo(fifo, got)
    write_atomic(fifo, b"through the pipe")
    reader.join(timeout=10)
    assert got == [b"through the pipe"]
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a folder, not a file to write"):
        write_atomic(tmp_path, b"data")


@pytest.mark.parametrize("command", ["convert", "render", "extract"])
def test_commands_write_their_output_into_a_pipe(command: str, tmp_path: Path) -> None:
    """``-o /dev/stdout`` and friends: the command's output goes into what the path names."""
    fifo = tmp_path / {"convert": "pipe.ttl", "render": "pipe.html"}.get(command, "pipe.yaml")
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = read_fifo(fifo, got)
    result = CliRunner().invoke(cli, [command, str(SEED_ARTICLE), "-o", str(fifo)])
    reader.join(timeout=30)
    assert result.exit_code == 0, result.output
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert len(got) == 1 and len(got[0]) > 1000
