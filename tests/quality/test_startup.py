"""Start-up: the commands that answer quickly do not import what they do not use.

rdflib, pySHACL, Jinja2 and the extractor cost most of a second to import; only
the commands that use them may load them (issue 13: `diplokg --help`, `diplokg
queries` and a query on a small store start in under 0.25 s; the figures are
in benchmarks/README.md). Each case runs in a fresh interpreter.
"""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from diplokg.rdf.convert import ArticleGraph
from diplokg.rdf.formats import RdfFormat
from diplokg.rdf.output import serialize_graph
from tests.remote_servers import oxigraph_server

HEAVY = ("rdflib", "pyshacl", "jinja2", "diplokg.extract", "SPARQLWrapper")
#: Not heavy, but not needed either to show help or to run a query without parameters
#: (PyYAML reads query headers: only `diplokg queries` and parameters need them).
NOT_NEEDED = ("yaml",)

# The probe itself imports only sys (no json: whether a command needs json is asked too).
PROBE = """
import sys
from diplokg.cli import cli
args = sys.argv[1:]
try:
    if args:
        cli.main(args=args, prog_name="diplokg", standalone_mode=False)
except SystemExit:
    pass
sys.stderr.write("\\nLOADED " + " ".join(sorted(m for m in HEAVY if m in sys.modules)))
"""


@pytest.fixture(scope="module")
def small_store(tmp_path_factory: pytest.TempPathFactory, seed_store: ox.Store) -> Path:
    path = tmp_path_factory.mktemp("startup") / "store"
    store = ox.Store(str(path))
    store.extend(seed_store)
    store.flush()
    del store
    gc.collect()
    return path


def loaded_modules(args: list[str], modules: tuple[str, ...] = HEAVY + NOT_NEEDED) -> list[str]:
    code = f"HEAVY = {modules!r}\n" + PROBE
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    marker = done.stderr.rpartition("LOADED ")[2]
    return marker.split()


def test_importing_the_cli_loads_none_of_the_heavy_modules() -> None:
    assert loaded_modules([]) == []


@pytest.mark.parametrize(
    "args", [["--help"], ["query", "--help"], ["load", "--help"]], ids=lambda a: " ".join(a)
)
def test_help_loads_none_of_the_heavy_modules(args: list[str]) -> None:
    assert loaded_modules(args) == []


def test_the_command_list_loads_neither_the_store_nor_the_crash_report() -> None:
    """`diplokg --help` lists commands: pyoxigraph, the queries and crash reports wait."""
    light = ("pyoxigraph", "diplokg.store.queries", "diplokg.crash", "tempfile", "traceback")
    assert loaded_modules(["--help"], light) == []


def test_the_query_list_loads_none_of_the_heavy_modules() -> None:
    assert loaded_modules(["queries"]) == ["yaml"]  # it reads every query's header


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json"])
def test_a_query_on_a_store_loads_none_of_the_heavy_modules(small_store: Path, fmt: str) -> None:
    assert loaded_modules(["query", "people", "--store", str(small_store), "--format", fmt]) == []


def test_a_query_on_rdf_files_loads_none_of_the_heavy_modules(
    seed: ArticleGraph, tmp_path: Path
) -> None:
    data = tmp_path / "seed.trig"
    data.write_bytes(serialize_graph(seed.graph, seed.graph_iri, RdfFormat.TRIG))
    who_said = ["query", "who-said", "--param", "name=x", "--data", str(data)]
    assert loaded_modules(who_said) == ["yaml"]  # its header declares the parameter
    assert loaded_modules(["query", "people", "--data", str(data)]) == []


@pytest.mark.slow
def test_a_query_on_a_server_loads_only_what_plain_http_needs(tmp_path: Path) -> None:
    """Digest authentication (hashlib, secrets) and parsing challenges (urllib.request)
    wait for a server that asks for them; TLS (ssl) comes with http.client."""
    server = oxigraph_server(tmp_path)
    try:
        args = ["query", "people", "--endpoint", server.endpoint.query_url, "--format", "csv"]
        unused = ("hashlib", "secrets", "urllib.request", "concurrent.futures")
        assert loaded_modules(args, HEAVY + NOT_NEEDED + unused) == []
    finally:
        server.stop()


def test_a_query_on_a_store_loads_neither_tempfile_nor_importlib_resources(
    small_store: Path,
) -> None:
    """The stored queries are read from the package folder on disk; tempfile, shutil
    (rebuilding a store) and importlib.resources (a zipped package) wait; so do
    traceback (only an error is reported with it) and json (csv, tsv and json come
    from the engine's own serializer)."""
    unused = ("tempfile", "shutil", "importlib.resources", "zipfile", "traceback", "json")
    assert loaded_modules(["query", "people", "--store", str(small_store)], unused) == []
