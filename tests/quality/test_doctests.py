"""The examples in docstrings and in the README run, and print what they show.

Modules are found by walking the ``diplokg`` package, so a module that moves into a
subpackage keeps its doctests running; Markdown files are those holding a ``>>>`` line.
"""

from __future__ import annotations

import doctest
import importlib
import importlib.util
import pkgutil
from pathlib import Path
from types import ModuleType

import pytest

import diplokg
from tests.conftest import ROOT

OPTIONS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
#: Modules not to import: ``__main__`` runs the command line when imported.
NOT_IMPORTED = {"diplokg.__main__"}
#: At least this many modules hold examples (nine when this test was written): a walk
#: that finds fewer has lost modules, and their examples would silently stop running.
FEWEST_MODULES_WITH_EXAMPLES = 9


def _module_names() -> list[str]:
    found = pkgutil.walk_packages(diplokg.__path__, prefix="diplokg.")
    return sorted({"diplokg", *(m.name for m in found)} - NOT_IMPORTED)


def _examples(module: ModuleType) -> list[doctest.DocTest]:
    tests = doctest.DocTestFinder(exclude_empty=True).find(module, module.__name__)
    return [t for t in tests if t.examples]


def _modules_with_examples() -> list[str]:
    """Modules whose source holds a ``>>>`` line (read, not imported: collection stays cheap)."""
    found = []
    for name in _module_names():
        spec = importlib.util.find_spec(name)
        assert spec is not None and spec.origin is not None, name
        if ">>> " in Path(spec.origin).read_text(encoding="utf-8"):
            found.append(name)
    return found


MODULES = _modules_with_examples()
MARKDOWN = sorted(
    str(path.relative_to(ROOT))
    for path in [ROOT / "README.md", *sorted((ROOT / "docs").glob("**/*.md"))]
    if path.is_file() and ">>> " in path.read_text(encoding="utf-8")
)


def _report(runner: doctest.DocTestRunner, tests: list[doctest.DocTest]) -> str:
    """Run ``tests`` and return doctest's account of every failure ('' when none)."""
    out: list[str] = []
    for test in tests:
        runner.run(test, out=out.append)
    return "".join(out)


def test_the_walk_finds_the_modules_with_examples() -> None:
    assert len(MODULES) >= FEWEST_MODULES_WITH_EXAMPLES, MODULES


@pytest.mark.parametrize("name", MODULES)
def test_module_examples_print_what_they_show(name: str) -> None:
    tests = _examples(importlib.import_module(name))
    runner = doctest.DocTestRunner(optionflags=OPTIONS)
    failures = _report(runner, tests)
    assert runner.failures == 0, failures
    assert runner.tries == sum(len(t.examples) for t in tests) > 0


@pytest.mark.parametrize(
    "path",
    MARKDOWN
    or [pytest.param("", marks=pytest.mark.skip(reason="no '>>> ' example in README.md or docs/"))],
)
def test_markdown_examples_print_what_they_show(path: str) -> None:
    text = (ROOT / path).read_text(encoding="utf-8")
    parser = doctest.DocTestParser()
    test = parser.get_doctest(text, {"__name__": "__main__"}, path, str(ROOT / path), 0)
    runner = doctest.DocTestRunner(optionflags=OPTIONS)
    failures = _report(runner, [test])
    assert runner.failures == 0, failures
    assert runner.tries > 0
