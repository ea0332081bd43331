"""The review pages' modules (issue 15): each says what it holds, and tests use public names.

A name another module or a test needs is public in the module that defines it, so
renaming a private helper never breaks a test, and reading a test shows where to look.
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

from tests.conftest import ROOT

PRESENT = ROOT / "src" / "diplokg" / "present"
MODULES = sorted(p.stem for p in PRESENT.glob("*.py") if p.stem != "__init__")


@pytest.mark.parametrize("name", MODULES)
def test_each_module_has_a_docstring_and_exports_what_it_lists(name: str) -> None:
    module = importlib.import_module(f"diplokg.present.{name}")
    assert module.__doc__ and module.__doc__.strip(), f"{name} has no docstring"
    assert module.__all__, f"{name} has no __all__"
    missing = [n for n in module.__all__ if not hasattr(module, n)]
    assert missing == [], f"{name}.__all__ names what it does not define: {missing}"
    assert all(not n.startswith("_") for n in module.__all__)


def _private_imports(path: Path) -> list[str]:
    """``module.name`` for every private name ``path`` imports from diplokg.present."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("diplokg.present"):
            found += [f"{node.module}.{a.name}" for a in node.names if a.name.startswith("_")]
    return found


def test_no_test_or_benchmark_imports_a_private_name_of_the_pages() -> None:
    files = [*sorted((ROOT / "tests").rglob("*.py")), *sorted((ROOT / "benchmarks").glob("*.py"))]
    assert len(files) > 50  # the walk found the test suite
    private = {str(f.relative_to(ROOT)): names for f in files if (names := _private_imports(f))}
    assert private == {}


def test_the_walk_finds_a_private_import(tmp_path: Path) -> None:
    sample = tmp_path / "test_sample.py"
    sample.write_text("from diplokg.present.reader import GraphReader, _anchor\n")
    assert _private_imports(sample) == ["diplokg.present.reader._anchor"]
