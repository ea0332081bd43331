"""The layers of the package (README "Code map") hold: import-linter checks the contracts.

The contracts live in ``pyproject.toml`` (``[tool.importlinter]``): the package's layers,
the layers inside the extractor, and the independence of the extractor's rule modules
(one per fact kind). These tests run them on the source, show that each fails when an
import goes the wrong way (on a copy of the package with one such import added), and that
every module is placed in a layer.
"""

from __future__ import annotations

import importlib
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from diplokg.extract.clauses import Clauses
from tests.conftest import ROOT

PACKAGE = ROOT / "src" / "diplokg"


def _contract(contract_id: str = "layers") -> dict[str, object]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts: list[dict[str, object]] = config["tool"]["importlinter"]["contracts"]
    return next(c for c in contracts if c["id"] == contract_id)


def _placed(contract: dict[str, object]) -> set[str]:
    """The modules a layers contract names (``|`` and ``:`` separate siblings)."""
    return {
        name.strip()
        for layer in contract["layers"]  # type: ignore[attr-defined]
        for name in layer.replace("|", ":").split(":")
    }


def _lint(src: Path, config: Path) -> subprocess.CompletedProcess[str]:
    """Run lint-imports on the package under ``src`` (found first on the path)."""
    code = (
        "import sys\n"
        "from importlinter.cli import lint_imports\n"
        "sys.exit(lint_imports(config_filename=sys.argv[1], no_cache=True))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(src), "NO_COLOR": "1", "COLUMNS": "200"}
    return subprocess.run(
        [sys.executable, "-c", code, str(config)],
        cwd=src.parent,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_layers_contract_is_kept() -> None:
    done = _lint(ROOT / "src", ROOT / "pyproject.toml")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "3 kept, 0 broken" in done.stdout


@pytest.mark.parametrize(
    ("module", "wrong_import", "contract"),
    [
        ("model/dates.py", "import diplokg.cli", "layers"),
        ("rdf/convert.py", "import diplokg.extract", "layers"),
        ("validation/report/text.py", "import diplokg.present.review", "layers"),
        ("evaluate/run.py", "import diplokg.extract", "layers"),
        ("extract/text.py", "import diplokg.extract.clauses", "extract-layers"),
        ("extract/quotes.py", "import diplokg.extract.positions", "extract-rules"),
    ],
    ids=[
        "model-imports-cli",
        "convert-imports-extract",
        "report-imports-review",
        "siblings",
        "text-model-imports-clauses",
        "rule-module-imports-rule-module",
    ],
)
def test_the_contract_fails_when_an_import_goes_the_wrong_way(
    tmp_path: Path, module: str, wrong_import: str, contract: str
) -> None:
    src = tmp_path / "src"
    shutil.copytree(PACKAGE, src / "diplokg", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    target = src / "diplokg" / module
    target.write_text(
        target.read_text(encoding="utf-8") + f"\n{wrong_import}  # the wrong arrow\n",
        encoding="utf-8",
    )

    done = _lint(src, tmp_path / "pyproject.toml")

    assert done.returncode == 1, done.stdout + done.stderr
    # (a wrong arrow low in the package may break the extractor's layers too: through it,
    # the extractor's text model would import the extractor's top)
    assert f"{_contract(contract)['name']} BROKEN" in done.stdout
    importer = "diplokg." + module.removesuffix(".py").replace("/", ".")
    imported = wrong_import.removeprefix("import ")
    assert f"{importer} -> {imported}" in done.stdout


def test_every_module_is_placed_in_a_layer() -> None:
    placed = _placed(_contract())
    modules = {
        f"diplokg.{p.stem}" for p in PACKAGE.glob("*.py") if p.stem not in {"__init__", "__main__"}
    } | {f"diplokg.{p.parent.name}" for p in PACKAGE.glob("*/__init__.py")}
    assert modules - placed == set(), "place these modules in a layer of pyproject.toml"
    assert placed - modules == set(), "these layers name no module of the package"


def test_every_extractor_module_is_placed_in_a_layer() -> None:
    placed = _placed(_contract("extract-layers"))
    modules = {p.stem for p in (PACKAGE / "extract").glob("*.py") if p.stem != "__init__"}
    assert modules - placed == set(), "place these modules in extract-layers of pyproject.toml"
    assert placed - modules == set(), "these layers name no module of diplokg.extract"


def test_the_rule_modules_are_the_independent_ones() -> None:
    # Every sibling of the rule layer is in the independence contract, and nothing else.
    rule_layer = next(
        layer
        for layer in _contract("extract-layers")["layers"]  # type: ignore[attr-defined]
        if "entities" in layer
    )
    rules = {f"diplokg.extract.{name.strip()}" for name in rule_layer.split(":")}
    assert set(_contract("extract-rules")["modules"]) == rules  # type: ignore[call-overload]


def test_each_rule_class_extends_only_the_shared_clauses() -> None:
    # The rule classes meet only in Extractor: each extends Clauses alone, so mypy refuses
    # a call to another kind's method as import-linter refuses the import of its module.
    for module_name in _contract("extract-rules")["modules"]:  # type: ignore[attr-defined]
        module = importlib.import_module(module_name)
        rule_classes = [
            value
            for value in vars(module).values()
            if isinstance(value, type)
            and value.__module__ == module_name
            and value.__name__.endswith("Rules")
        ]
        assert len(rule_classes) == 1, (module_name, rule_classes)
        assert rule_classes[0].__bases__ == (Clauses,), module_name


def test_no_two_rule_classes_define_a_method_of_one_name() -> None:
    # The Extractor composes the rule classes: a method two of them define is one method
    # at run time (the first class's in the composition), and the other's callers get a
    # function they did not write (meetings' "_in_headline" was NameRules' for a while).
    owners: dict[str, list[str]] = {}
    for module_name in _contract("extract-rules")["modules"]:  # type: ignore[attr-defined]
        module = importlib.import_module(module_name)
        for value in vars(module).values():
            if isinstance(value, type) and value.__module__ == module_name:
                for name in vars(value):
                    if callable(getattr(value, name)) and not name.startswith("__"):
                        owners.setdefault(name, []).append(value.__name__)
    shared = {name: classes for name, classes in owners.items() if len(classes) > 1}
    assert shared == {}, shared


@pytest.mark.parametrize(
    "module", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE))
)
def test_no_module_is_longer_than_a_newcomer_can_hold(module: Path) -> None:
    """Past 1,500 lines a module is several: a new family of rules (or of anything) goes
    into a module of its own, named for what it holds (README "Code map")."""
    lines = module.read_text(encoding="utf-8").count("\n")
    assert lines <= 1500, f"{module.relative_to(PACKAGE)} has {lines} lines: split it"
