"""Output that parses back and cannot be misread: RDF, IRIs, links, CSV, tables, pages.

Issue 14: line separators inside literals broke N-Triples and N-Quads; file names
with spaces, quotes, '<', '\\', '#', '?' or '%' crashed the converter or broke the
index links; CSV cells became spreadsheet formulas; terminal escapes reached the
table; a metadata url ran script in a page whose policy allowed inline script.
"""

from __future__ import annotations

import base64
import hashlib
import re
import shutil
from pathlib import Path
from urllib.parse import unquote

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from diplokg.cli import cli
from diplokg.rdf.formats import RdfFormat
from diplokg.rdf.output import serialize_graph
from diplokg.store.queries import neutralise_csv
from tests.conftest import SEEDS

STEM = "000_7f87956a7e0403ad"
#: Characters str.splitlines() splits at, besides "\n" and "\r".
LINE_BREAKING = ["\u2028", "\u2029", "\u0085", "\x0c", "\x0b", "\x1c", "\x1d", "\x1e"]
#: File name characters that are not allowed raw in an IRI, or mean something in a URL.
NAME_CHARACTERS = [" ", '"', "<", ">", "\\", "#", "?", "%", "{", "|", "^", "`", "'", "&"]


def _reparse(data: bytes, fmt: RdfFormat) -> Graph:
    ds = Dataset()
    ds.parse(
        data=data,
        format={"nt": "nt", "nquads": "nquads", "jsonld": "json-ld"}.get(fmt.value, fmt.value),
    )
    merged = Graph()
    for quad in ds.quads((None, None, None, None)):
        merged.add(quad[:3])
    return merged


@pytest.mark.parametrize("fmt", list(RdfFormat), ids=[f.value for f in RdfFormat])
@pytest.mark.parametrize("char", LINE_BREAKING, ids=[f"U+{ord(c):04X}" for c in LINE_BREAKING])
def test_ntriples_with_line_separators_parse_back(char: str, fmt: RdfFormat) -> None:
    graph = Graph()
    graph.add(
        (URIRef("http://example.org/s"), URIRef("http://example.org/p"), Literal(f"a{char}b"))
    )
    graph.add((URIRef("http://example.org/s"), URIRef("http://example.org/q"), Literal("plain")))
    data = serialize_graph(graph, URIRef("http://example.org/g"), fmt)
    list(ox.parse(data, format=fmt.oxigraph))  # a strict parser accepts it
    assert isomorphic(_reparse(data, fmt), graph)


@pytest.mark.parametrize("fmt", [RdfFormat.NT, RdfFormat.NQUADS], ids=["nt", "nquads"])
def test_article_with_line_separators_converts_to_parseable_lines(
    fmt: RdfFormat, tmp_path: Path
) -> None:
    """The whole path: an article text holding every such character, converted."""
    for p in SEEDS.iterdir():
        shutil.copy(p, tmp_path / p.name)
    article = tmp_path / f"{STEM}.txt"
    article.write_text(
        article.read_text("utf-8") + "\nEnd" + "".join(LINE_BREAKING) + ".\n", "utf-8"
    )
    out = tmp_path / f"out.{'nt' if fmt is RdfFormat.NT else 'nq'}"
    result = CliRunner().invoke(cli, ["convert", str(article), "-o", str(out)])
    assert result.exit_code == 0, result.output
    quads = list(ox.parse(path=str(out), format=fmt.oxigraph))
    assert any(all(c in q.object.value for c in LINE_BREAKING) for q in quads)


#: Two article names between them holding every such character (a build costs seconds).
ODD_NAMES = ["a b\"<>\\#{|^`'&z", "q?u%e"]


@pytest.fixture(scope="module")
def odd_names_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One build of the seed article under awkward file names."""
    folder = tmp_path_factory.mktemp("names")
    shutil.copy(SEEDS / "entities.yaml", folder / "entities.yaml")
    for name in ODD_NAMES:
        for suffix in (".txt", ".ann.yaml", ".meta.yaml"):
            shutil.copy(SEEDS / f"{STEM}{suffix}", folder / f"{name}{suffix}")
    result = CliRunner().invoke(cli, ["build", str(folder), "-o", str(folder / "out")])
    assert result.exit_code == 0, result.output[-2000:]
    return folder / "out"


def test_file_names_with_iri_special_characters_build(odd_names_build: Path) -> None:
    assert all(any(c in n for n in ODD_NAMES) for c in NAME_CHARACTERS)
    quads = list(ox.parse(path=str(odd_names_build / "dataset.trig"), format=ox.RdfFormat.TRIG))
    graphs = {q.graph_name.value for q in quads if isinstance(q.graph_name, ox.NamedNode)}
    assert {
        "https://w3id.org/diplokg/graph/a%20b%22%3C%3E%5C%23%7B%7C%5E%60'&z",
        "https://w3id.org/diplokg/graph/q%3Fu%25e",
    } <= graphs


@pytest.mark.parametrize("fmt", [f.value for f in RdfFormat])
def test_file_names_with_iri_special_characters_convert(fmt: str, tmp_path: Path) -> None:
    name = "".join(NAME_CHARACTERS)
    for suffix in (".txt", ".ann.yaml", ".meta.yaml"):
        shutil.copy(SEEDS / f"{STEM}{suffix}", tmp_path / f"{name}{suffix}")
    shutil.copy(SEEDS / "entities.yaml", tmp_path / "entities.yaml")
    result = CliRunner().invoke(cli, ["convert", str(tmp_path / f"{name}.txt"), "--format", fmt])
    assert result.exit_code == 0, result.output[-1000:]
    list(ox.parse(result.stdout.encode("utf-8"), format=RdfFormat(fmt).oxigraph))


def test_index_links_with_question_mark_and_percent_reach_their_pages(
    odd_names_build: Path,
) -> None:
    html = (odd_names_build / "index.html").read_text("utf-8")
    hrefs = set(re.findall(r'<a href="(pages/[^"#]*)"', html))
    assert len(hrefs) == len(ODD_NAMES)
    for href in hrefs:
        # A browser takes the link as a URL path: decode it as one (HTML entities first).
        url = href.replace("&amp;", "&").replace("&#39;", "'").replace("&#34;", '"')
        assert "?" not in url and "#" not in url and " " not in url
        assert (odd_names_build / unquote(url)).is_file(), href


def test_csv_cells_that_look_like_formulas_are_neutralised(tmp_path: Path) -> None:
    data = tmp_path / "people.ttl"
    names = ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "-3", "Wang Yi"]
    data.write_text(
        "@prefix dk: <https://w3id.org/diplokg/ontology#> .\n"
        + "".join(
            f'<http://example.org/p{i}> a dk:Person ; dk:name "{n}" .\n'
            f"<http://example.org/r{i}> dk:mentions <http://example.org/p{i}> .\n"
            for i, n in enumerate(names)
        ),
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["query", "people", "--data", str(data), "--format", "csv"])
    assert result.exit_code == 0, result.output
    cells = {line.split(",")[1] for line in result.stdout.splitlines()[1:]}
    assert cells == {"'=1+1", "'+SUM(A1)", "'-2+3", "'@cmd", "-3", "Wang Yi"}


def test_csv_without_formula_cells_is_unchanged_byte_for_byte() -> None:
    text = 'a,b\r\n"x, y",-3\r\nplain,"say ""hi"""\r\n'
    assert neutralise_csv(text) is text


def test_table_output_escapes_terminal_control_characters(tmp_path: Path) -> None:
    data = tmp_path / "people.ttl"
    data.write_text(
        "@prefix dk: <https://w3id.org/diplokg/ontology#> .\n"
        '<http://example.org/p> a dk:Person ; dk:name "red\\u001B[31m bell\\u0007 rlo\\u202E'
        ' Wang\\u200BYi" .\n'
        "<http://example.org/r> dk:mentions <http://example.org/p> .\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["query", "people", "--data", str(data)])
    assert result.exit_code == 0, result.output
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\u202a-\u202e]", result.stdout)
    # (a zero-width space shows too: "Wang\u200bYi" is not "WangYi")
    assert "red\\x1b[31m bell\\x07 rlo\\u202e Wang\\u200bYi" in result.stdout


def test_review_page_allows_only_its_own_script(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    result = CliRunner().invoke(cli, ["render", str(SEEDS / f"{STEM}.txt"), "-o", str(page)])
    assert result.exit_code == 0, result.output
    html = page.read_text("utf-8")
    policy = re.search(r'Content-Security-Policy" content="([^"]*)"', html)
    assert policy is not None
    script_src = re.search(r"script-src ([^;]*)", policy[1])
    assert script_src is not None and "unsafe-inline" not in script_src[1]
    scripts = re.findall(r"<script>(.*?)</script>", html, re.S)
    assert len(scripts) == 1
    digest = base64.b64encode(hashlib.sha256(scripts[0].encode("utf-8")).digest()).decode()
    assert script_src[1] == f"'sha256-{digest}'"


def test_http_source_url_is_the_pages_link(tmp_path: Path) -> None:
    for p in SEEDS.iterdir():
        shutil.copy(p, tmp_path / p.name)
    meta = tmp_path / f"{STEM}.meta.yaml"
    meta.write_text(meta.read_text("utf-8") + 'url: "https://www.dn.pt/a?b=1&c=2"\n', "utf-8")
    page = tmp_path / "page.html"
    result = CliRunner().invoke(cli, ["render", str(tmp_path / f"{STEM}.txt"), "-o", str(page)])
    assert result.exit_code == 0, result.output
    assert 'href="https://www.dn.pt/a?b=1&amp;c=2"' in page.read_text("utf-8")
