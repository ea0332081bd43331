"""The wheel carries the ontology, shapes, queries, lexicon and regexes; the CLI runs from it.

Builds the wheel, installs it in a fresh virtual environment (dependencies
from the package index) and runs ``build`` and ``query`` from a temporary
directory outside the source tree.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS
from tests.tiers import starting

pytestmark = pytest.mark.slow


def _run(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    starting("a wheel build")
    out = tmp_path_factory.mktemp("wheel")
    _run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(out),
            str(ROOT),
        ],
        cwd=out,
    )
    (built,) = out.glob("diplokg-*.whl")
    return built


def test_wheel_contains_the_resources(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "diplokg/data/ontology/diplokg.ttl" in names
    assert any(n.startswith("diplokg/data/shapes/") and n.endswith(".ttl") for n in names)
    for query in (ROOT / "queries").glob("*.rq"):
        assert f"diplokg/data/queries/{query.name}" in names
    for table in (ROOT / "src" / "diplokg" / "data" / "lexicon").glob("*.tsv"):
        assert f"diplokg/data/lexicon/{table.name}" in names
    regexes = sorted((ROOT / "src" / "diplokg" / "data" / "regexes").glob("*.yaml"))
    assert regexes
    for file in regexes:
        assert f"diplokg/data/regexes/{file.name}" in names


def test_installed_wheel_builds_and_queries_from_any_directory(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    bin_dir = env_dir / "bin"
    _run([str(bin_dir / "python"), "-m", "pip", "install", "--quiet", str(wheel)], cwd=tmp_path)

    work = tmp_path / "elsewhere"
    shutil.copytree(SEEDS, work / "seeds")
    env = {**os.environ, "XDG_STATE_HOME": str(tmp_path / "state")}
    env.pop("PYTHONPATH", None)
    diplokg = str(bin_dir / "diplokg")

    where = _run(
        [str(bin_dir / "python"), "-c", "import diplokg; print(diplokg.__file__)"], cwd=work
    )
    assert where.startswith(str(env_dir)), where

    summary = _run([diplokg, "build", "seeds", "-o", "out"], cwd=work, env=env)
    assert "violations: 0" in summary
    people = _run([diplokg, "query", "people", "--format", "csv"], cwd=tmp_path, env=env)
    assert "Qin Gang" in people
    listing = _run([diplokg, "queries"], cwd=tmp_path, env=env)
    assert "who-said" in listing
    lexicon = _run(
        [
            str(bin_dir / "python"),
            "-c",
            "from diplokg.gazetteer import states; print(len(states()))",
        ],
        cwd=work,
        env=env,
    )
    assert int(lexicon) > 150, lexicon
