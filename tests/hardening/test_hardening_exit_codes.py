"""Exit codes mean one thing: 0 success, 1 violations, 2 usage or input error, 3 a bug.

Issue 14: every unhandled exception exited 1, the code for "violations found",
with a traceback. Now a bug exits 3 with one line saying where its traceback was
written (or the traceback itself under --debug); what the user can fix, a full
disk included, exits 2 in one line.
"""

from __future__ import annotations

import resource
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

import diplokg.cli
import diplokg.rdf.convert
import diplokg.validation.corpus
from diplokg.cli import cli
from tests.conftest import SEEDS

STEM = "000_7f87956a7e0403ad"
ARTICLE = str(SEEDS / f"{STEM}.txt")


def _crash(*args: object, **kwargs: object) -> None:
    raise RuntimeError("injected fault")


def test_internal_error_exits_3_with_the_traceback_in_a_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setattr(diplokg.rdf.convert, "convert_files", _crash)
    result = CliRunner().invoke(cli, ["convert", ARTICLE])
    assert result.exit_code == 3
    (line,) = result.stderr.splitlines()
    assert line.startswith(
        "error: internal error (a bug in diplokg, please report it): "
        "RuntimeError: injected fault; the traceback is in "
    ), line
    report = Path(line.rsplit(" ", 1)[1])
    assert report.parent == tmp_path / "state" / "diplokg" / "crashes"
    text = report.read_text("utf-8")
    assert text.startswith("Traceback") and "RuntimeError: injected fault" in text
    assert "Traceback" not in result.stderr


def test_internal_error_under_debug_prints_the_traceback_and_exits_3(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setattr(diplokg.rdf.convert, "convert_files", _crash)
    result = CliRunner().invoke(cli, ["--debug", "convert", ARTICLE])
    assert result.exit_code == 3
    assert result.stderr.startswith("Traceback (most recent call last):")
    assert result.stderr.rstrip().endswith(
        "error: internal error (a bug in diplokg): RuntimeError: injected fault"
    )
    assert not (tmp_path / "state").exists()


def test_internal_error_never_exits_1(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """1 is for violations only: a crash in validation is 3, not 'does not conform'."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    monkeypatch.setattr(diplokg.validation.corpus, "run_validation", _crash)
    result = CliRunner().invoke(cli, ["validate", str(SEEDS)])
    assert result.exit_code == 3


def test_interrupt_exits_130_not_1(monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupt(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(diplokg.rdf.convert, "convert_files", interrupt)
    result = CliRunner().invoke(cli, ["convert", ARTICLE])
    assert result.exit_code == 130
    assert result.stderr == "interrupted\n"


def test_help_states_the_exit_codes() -> None:
    result = CliRunner().invoke(cli, ["--help"])
    assert "Exit codes: 0 success, 1 violations found, 2 usage or input error" in result.stdout
    assert "3 internal error" in result.stdout
    assert "--debug" in result.stdout


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs Linux's /dev/full")
def test_full_disk_under_stdout_exits_2_in_one_line() -> None:
    with open("/dev/full", "wb") as full:
        proc = subprocess.run(
            [sys.executable, "-m", "diplokg", "convert", ARTICLE],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
            check=False,
        )
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.splitlines()
    assert lines[-1] == (
        "error: cannot write to standard output: No space left on device "
        "(free some disk space and run again)"
    ), proc.stderr
    assert "Traceback" not in proc.stderr and "Exception ignored" not in proc.stderr


def _small_file_limit() -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of being killed
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))


def test_output_file_the_disk_refuses_exits_2_in_one_line(tmp_path: Path) -> None:
    """A write the file system refuses (here: over the file size limit) is an input error."""
    out = tmp_path / "seed.ttl"
    proc = subprocess.run(
        [sys.executable, "-m", "diplokg", "convert", ARTICLE, "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        preexec_fn=_small_file_limit,
    )
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.splitlines()[-1] == f"error: {out}: cannot write output: File too large"
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir()] == []


@pytest.mark.parametrize("value", ["inf", "nan", "-inf", "1e309", "0", "-1", "abc", "86401"])
def test_endpoint_timeout_must_be_a_finite_number_of_seconds(value: str) -> None:
    result = CliRunner().invoke(
        cli,
        ["query", "people", "--endpoint", "http://127.0.0.1:9/query"],
        env={"DIPLOKG_ENDPOINT_TIMEOUT": value},
    )
    assert result.exit_code == 2, result.output
    assert result.stderr == (
        "error: DIPLOKG_ENDPOINT_TIMEOUT must be a number of seconds above 0 and at most 86400, "
        f"not {value!r}\n"
    )


def test_damaged_store_is_a_store_error(tmp_path: Path) -> None:
    store_dir = tmp_path / "store"
    store = ox.Store(str(store_dir))
    store.add(ox.Quad(ox.NamedNode("http://e/s"), ox.NamedNode("http://e/p"), ox.Literal("o")))
    store.flush()
    del store
    (store_dir / "CURRENT").write_bytes(b"garbage")
    result = CliRunner().invoke(cli, ["query", "people", "--store", str(store_dir)])
    assert result.exit_code == 2, result.output
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"error: {store_dir}: the store is damaged or not a store (")
    assert line.endswith("); rebuild it with 'diplokg build'")


def test_missing_data_file_is_named(tmp_path: Path) -> None:
    missing = tmp_path / "nope.trig"
    result = CliRunner().invoke(cli, ["query", "people", "--data", str(missing)])
    assert result.exit_code == 2
    assert result.stderr == f"error: {missing}: RDF file not found\n"


def test_validate_of_a_folder_without_articles_exits_2(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("no articles here\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["validate", str(tmp_path)])
    assert result.exit_code == 2
    assert result.stderr == (
        f"error: {tmp_path}: no articles to validate here "
        "(NAME.txt files with NAME.ann.yaml beside them)\n"
    )


def test_validate_of_a_folder_with_articles_still_exits_0(tmp_path: Path) -> None:
    for p in SEEDS.iterdir():
        shutil.copy(p, tmp_path / p.name)
    assert CliRunner().invoke(cli, ["validate", str(tmp_path)]).exit_code == 0
