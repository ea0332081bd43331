"""Every capability of the command line is a public, typed function of ``diplokg``."""

from __future__ import annotations

import inspect

import pytest

import diplokg
from diplokg.cli import cli

#: Each CLI command and the public functions that do its work.
COMMAND_API = {
    "build": ["build"],
    "convert": ["convert_files"],
    "docs": ["write_docs"],
    "evaluate": ["evaluate_paths"],
    "extract": ["extract_file", "extract_folder"],
    "load": ["load_remote"],
    "queries": ["stored_queries"],
    "query": ["answer_query", "run_query", "answer_remote_query"],
    "render": ["render_file"],
    "validate": ["validate_graph", "run_validation"],
}


def test_every_command_has_its_functions_listed() -> None:
    assert sorted(cli.commands) == sorted(COMMAND_API)


@pytest.mark.parametrize("name", sorted({n for names in COMMAND_API.values() for n in names}))
def test_public_function_is_exported_and_typed(name: str) -> None:
    function = getattr(diplokg, name)
    assert name in diplokg.__all__
    signature = inspect.signature(function)
    assert signature.return_annotation is not inspect.Signature.empty, name
    for parameter in signature.parameters.values():
        assert parameter.annotation is not inspect.Parameter.empty, (name, parameter.name)


@pytest.mark.parametrize("name", [n for n in diplokg.__all__ if n.endswith(("Error", "Shapes"))])
def test_every_exported_error_is_a_diplokg_error(name: str) -> None:
    assert issubclass(getattr(diplokg, name), diplokg.DiplokgError)


def test_every_export_resolves() -> None:
    for name in diplokg.__all__:
        assert getattr(diplokg, name) is not None, name
