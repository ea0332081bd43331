"""Review pages: what they show is what the article's graph says.

Expectations are read from the graph with SPARQL (independently of the page
code), compared with what :func:`review_data` extracts and with the HTML it
renders. Validation results are checked on minimally broken copies of the
seed graph (``tests/data/broken``). The page in a real browser is tested in
``test_browser.py``.
"""

from __future__ import annotations

import dataclasses
import html
import random
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph

from diplokg.app.build import build
from diplokg.cli import cli
from diplokg.errors import ToolError
from diplokg.present.graphviz import graphviz_svg
from diplokg.present.highlight import fragment_text
from diplokg.present.issues import path_label
from diplokg.present.reader import GraphReader, review_ontology
from diplokg.present.review import render_article, review_data
from diplokg.present.views import Fragment, Highlight, ReviewData
from diplokg.rdf.convert import ArticleGraph, convert_files
from diplokg.rdf.terms import DK
from diplokg.validation.shacl import ValidationReport, validate_graph
from tests.conftest import DATA, SEED_ARTICLE, SEEDS, broken_graph, seed_article
from tests.tiers import require_graphviz

BROKEN = DATA / "broken"
PREFIXES = """
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""


SPAN = "[ nif:beginIndex ?b ; nif:endIndex ?e ]"


def _select(graph: Graph, query: str) -> list[tuple[str, ...]]:
    rows = graph.query(PREFIXES + query.replace("SPAN", SPAN))
    return sorted(tuple(str(v) for v in row) for row in rows)  # type: ignore[union-attr]


def _anchor(fact_iri: str, article: ArticleGraph) -> str:
    local = fact_iri.removeprefix(f"https://w3id.org/diplokg/article/{article.article_id}/")
    return "f-" + re.sub(r"[^A-Za-z0-9_.-]+", "_", local)


#: Graphviz lays out the network when it is installed (`.ci/run` installs it).
HAS_DOT = shutil.which("dot") is not None


#: What a page shows does not depend on the SHACL engine that found its results: the fast
#: tier renders with ``auto`` (the fast engine where it is exact), the whole suite also with
#: pySHACL, the engine a page uses when it is given no report (same cases).
ENGINES = ["auto", pytest.param("pyshacl", marks=pytest.mark.slow)]


def _report(article: ArticleGraph, engine: str) -> ValidationReport | None:
    """The report to render ``article`` with: ``engine``'s, or none for pySHACL, so that the
    page validates the article itself, as it does when it is given no report."""
    return None if engine == "pyshacl" else validate_graph(article.graph, engine=engine)


@pytest.fixture(scope="module")
def data(seed: ArticleGraph) -> ReviewData:
    # The seed conforms (both engines: test_shapes.py); these tests look at its facts.
    report = _report(seed, "auto")
    return review_data(seed, report=report, layout="graphviz" if HAS_DOT else "circle")


# -- highlights ------------------------------------------------------------------


def _walk(nodes: tuple[Fragment | str, ...], out: list[tuple[Highlight | None, bool, str]]) -> str:
    """Flatten fragments: (innermost highlight, first?, text) in document order; the text."""
    text = ""
    for node in nodes:
        if isinstance(node, str):
            out.append((None, False, node))
            text += node
        else:
            out.append((node.highlight, node.first, ""))
            text += _walk(node.children, out)
    return text


def _pieces(nodes: tuple[Fragment | str, ...]) -> dict[str, list[tuple[bool, str]]]:
    """Each highlight's fragments, in document order: (first?, text of the fragment)."""
    found: dict[str, list[tuple[bool, str]]] = {}

    def visit(items: tuple[Fragment | str, ...]) -> str:
        text = ""
        for node in items:
            if isinstance(node, str):
                text += node
                continue
            entry = found.setdefault(node.highlight.span, [])
            index = len(entry)
            entry.append((node.first, ""))
            inner = visit(node.children)
            entry[index] = (node.first, inner)
            text += inner
        return text

    visit(nodes)
    return found


def _highlight(begin: int, end: int) -> Highlight:
    return Highlight(
        span=f"{begin}-{end}",
        begin=begin,
        end=end,
        text="",
        group="event",
        facts=("f-x",),
        entity=None,
        entity_kind=None,
        issues=(),
        severity=None,
        title="",
    )


def _check_fragments(text: str, spans: list[tuple[int, int]]) -> None:
    highlights = [_highlight(b, e) for b, e in spans]
    nodes = fragment_text(text, highlights)
    flat: list[tuple[Highlight | None, bool, str]] = []
    assert _walk(nodes, flat) == text
    pieces = _pieces(nodes)
    assert set(pieces) == {h.span for h in highlights}
    for h in highlights:
        parts = pieces[h.span]
        assert "".join(t for _, t in parts) == text[h.begin : h.end]
        assert [first for first, _ in parts] == [True] + [False] * (len(parts) - 1)


def test_crossing_spans_are_cut_into_well_nested_fragments() -> None:
    text = "abcdefghijklmnopqrst"
    nodes = fragment_text(text, [_highlight(0, 10), _highlight(5, 15)])
    # <0-10>abcde<5-15>fghij</5-15></0-10><5-15>klmno</5-15>pqrst
    assert len(nodes) == 3
    outer, rest, tail = nodes
    assert isinstance(outer, Fragment) and outer.highlight.span == "0-10" and outer.first
    assert outer.children[0] == "abcde"
    inner = outer.children[1]
    assert isinstance(inner, Fragment) and inner.highlight.span == "5-15" and inner.first
    assert inner.children == ("fghij",)
    assert isinstance(rest, Fragment) and rest.highlight.span == "5-15" and not rest.first
    assert rest.children == ("klmno",)
    assert tail == "pqrst"
    _check_fragments(text, [(0, 10), (5, 15)])


def test_fragments_of_random_overlapping_spans_cover_exactly_their_text() -> None:
    rng = random.Random(20230714)  # noqa: S311 - test data, not secrets
    text = "".join(rng.choice("abc de") for _ in range(60))
    for _ in range(300):
        spans = set()
        for _ in range(rng.randint(1, 12)):
            begin = rng.randrange(0, 59)
            spans.add((begin, rng.randint(begin + 1, 60)))
        _check_fragments(text, sorted(spans))


def test_seed_page_highlights_every_evidence_and_mention_span(
    seed: ArticleGraph, data: ReviewData
) -> None:
    evidence = _select(
        seed.graph,
        "SELECT DISTINCT ?b ?e WHERE { [] dk:evidence SPAN }",
    )
    mentions = _select(
        seed.graph,
        "SELECT DISTINCT ?b ?e WHERE { [] a dk:Mention ; oa:hasTarget SPAN }",
    )
    by_span = {h.span: h for h in data.highlights}
    assert {h.span for h in data.highlights if h.facts} == {f"{b}-{e}" for b, e in evidence}
    assert {h.span for h in data.highlights if h.entity} == {f"{b}-{e}" for b, e in mentions}
    assert len(data.highlights) == len({*evidence, *mentions})
    for span, h in by_span.items():
        assert h.text == data.text[h.begin : h.end]
        assert span == f"{h.begin}-{h.end}"
    _check_fragments(data.text, [(h.begin, h.end) for h in data.highlights])


# -- facts ------------------------------------------------------------------------


def test_every_fact_is_listed_with_exactly_its_evidence(
    seed: ArticleGraph, data: ReviewData
) -> None:
    facts = _select(
        seed.graph,
        "SELECT DISTINCT ?f WHERE { ?f dk:article ?a ; dk:generatedBy [] }",
    )
    shown = {f.iri: f for g in data.groups for f in g.items}
    assert set(shown) == {f for (f,) in facts}
    spans = _select(
        seed.graph,
        "SELECT ?f ?b ?e WHERE { ?f dk:evidence SPAN }",
    )
    expected: dict[str, set[str]] = {}
    for fact, b, e in spans:
        expected.setdefault(fact, set()).add(f"{b}-{e}")
    for iri, view in shown.items():
        assert {s.span for s in view.spans} == expected.get(iri, set()), iri
        assert view.anchor == _anchor(iri, seed)
    # Every group of the issue's list is there.
    assert {g.key for g in data.groups} >= {
        "event",
        "quote",
        "agreement",
        "accusation",
        "position",
        "statement",
        "absence",
    }


def test_quotes_show_their_reporting_chain_up_to_the_publisher(
    seed: ArticleGraph, data: ReviewData
) -> None:
    rows = _select(
        seed.graph,
        """SELECT ?q ?speaker ?publisher WHERE {
             ?q a dk:Quotation ; dk:speaker/dk:name ?speaker ;
                dk:article/dk:publisher/dk:name ?publisher }""",
    )
    steps = _select(
        seed.graph,
        "SELECT ?q ?i ?name WHERE { ?q a dk:Quotation ; "
        "dk:reportingStep [ dk:stepIndex ?i ; prov:agent/dk:name ?name ] }",
    )
    quotes = {f.iri: f for g in data.groups for f in g.items if g.key == "quote"}
    assert len(quotes) == len(rows) > 5
    for q, speaker, publisher in rows:
        relays = [name for fact, _, name in sorted(steps, key=lambda r: int(r[1])) if fact == q]
        assert [v.text for v in quotes[q].chain] == [speaker, *relays, publisher]
    # For instance: Blinken's words reached the article through the official and AFP.
    urgent = next(f for f in quotes.values() if f.iri.endswith("/blinken-quote-urgent"))
    assert [v.text for v in urgent.chain] == [
        "Antony Blinken",
        "anonymous US official",
        "AFP",
        "DN",
    ]
    assert urgent.quote == "urgent"


def test_accusations_show_their_factuality(seed: ArticleGraph, data: ReviewData) -> None:
    # The factuality values are the ontology's individuals dk:asserted, dk:hedged, dk:negated.
    rows = {
        a: value.rsplit("#", 1)[-1]
        for a, value in _select(seed.graph, "SELECT ?a ?f WHERE { ?a dk:factuality ?f }")
    }
    shown = {f.iri: f for g in data.groups for f in g.items if g.key == "accusation"}
    assert set(shown) == set(rows)
    assert {"asserted", "hedged", "negated"} <= set(rows.values())
    for iri, label in rows.items():
        assert label in [b.text for b in shown[iri].badges]


# -- network and timeline -----------------------------------------------------------


def test_network_has_an_edge_for_every_meeting_accusation_and_agreement(
    seed: ArticleGraph, data: ReviewData
) -> None:
    edges = data.network.edges
    facts_on = {(e.relation, e.source, e.target): set(e.facts) for e in edges}

    def entity(iri: str) -> str:
        return "e-" + iri.rsplit("/", 1)[-1]

    accusations = _select(
        seed.graph,
        "SELECT ?f ?by ?who WHERE { ?f dk:accuser ?by ; dk:accused ?who }",
    )
    criticisms = {f for (f,) in _select(seed.graph, "SELECT ?f WHERE { ?f a dk:Criticism }")}
    assert accusations and criticisms
    for fact, by, who in accusations:
        relation = "criticised" if fact in criticisms else "accused"
        found = [
            e
            for e in edges
            if e.source == entity(by) and e.target == entity(who) and _anchor(fact, seed) in e.facts
        ]
        assert len(found) == 1, fact
        assert found[0].relation == relation and found[0].directed
    negated = _select(seed.graph, "SELECT ?f WHERE { ?f dk:factuality dk:negated ; dk:accuser [] }")
    for (fact,) in negated:
        (edge,) = [e for e in edges if _anchor(fact, seed) in e.facts]
        assert edge.style == "dotted" and edge.label.startswith("does not")
    meetings = _select(
        seed.graph,
        """SELECT ?m (MIN(STR(?p)) AS ?a) (MAX(STR(?p)) AS ?b)
           WHERE { ?m a dk:Meeting ; dk:participant ?p }
           GROUP BY ?m HAVING (COUNT(?p) = 2)""",
    )
    assert meetings
    for meeting, a, b in meetings:
        assert _anchor(meeting, seed) in facts_on[("met", entity(a), entity(b))]
    for fact, a, b in _select(
        seed.graph,
        "SELECT ?f ?a ?b WHERE { ?f dk:party ?a , ?b . FILTER (STR(?a) < STR(?b)) }",
    ):
        assert _anchor(fact, seed) in facts_on[("agreed", entity(a), entity(b))]


def test_graphviz_network_links_every_node_and_edge(data: ReviewData) -> None:
    require_graphviz("the network laid out by Graphviz")
    edges = data.network.edges
    # Graphviz laid it out: every node and edge is in the SVG, linked to its fact or entity.
    svg = html.unescape(str(data.network.svg))  # Graphviz writes "-" in ids as "&#45;"
    assert data.network.layout == "graphviz"
    for node in data.network.nodes:
        assert f'id="net-{node.key}"' in svg
    for edge in edges:
        assert f'xlink:href="#{edge.facts[0]}"' in svg


def test_timeline_lists_every_event_in_the_stored_query_order(
    seed: ArticleGraph, data: ReviewData
) -> None:
    events = _select(seed.graph, "SELECT ?e WHERE { ?e dk:eventStatus [] }")
    rows = data.timeline.rows + data.timeline.undated
    assert {r.anchor for r in rows} == {_anchor(e, seed) for (e,) in events}
    dated = _select(seed.graph, "SELECT ?e ?d WHERE { ?e dk:eventStatus [] ; dk:date ?d }")
    points = {r.anchor: r for r in data.timeline.rows if r.point}
    assert set(points) == {_anchor(e, seed) for e, _ in dated}
    # Same day, same place on the axis; the open bounds run to the edge.
    by_day: dict[str, set[float | None]] = {}
    for e, d in dated:
        by_day.setdefault(d, set()).add(points[_anchor(e, seed)].x1)
    assert all(len(xs) == 1 for xs in by_day.values())
    only_latest = _select(
        seed.graph,
        "SELECT ?e WHERE { ?e dk:latestDate [] . FILTER NOT EXISTS { ?e dk:earliestDate [] } "
        "FILTER NOT EXISTS { ?e dk:date [] } }",
    )
    for (e,) in only_latest:
        (row,) = [r for r in data.timeline.rows if r.anchor == _anchor(e, seed)]
        assert row.open_left and not row.open_right
    ys = [r.y for r in data.timeline.rows]
    assert ys == sorted(ys)


# -- validation results on the spans --------------------------------------------------


def _broken(seed: ArticleGraph, name: str) -> ArticleGraph:
    """The seed broken by ``tests/data/broken/<name>.ru`` (a graph made once per test
    process, :func:`tests.conftest.broken_graph`: do not mutate)."""
    assert seed is seed_article()
    return dataclasses.replace(seed, graph=broken_graph(BROKEN / f"{name}.ru"))


# (broken graph, SPARQL for the spans its result should be shown on)
PLACED = {
    # a fact breaks a rule: its evidence
    "Quotation-speaker": "SELECT ?b ?e WHERE { <{A}/lavrov-quote-convergence> dk:evidence SPAN }",
    # an article-wide rule names a span as the value: that span
    "ArticleText-spanTextMatches": "SELECT ?b ?e WHERE { BIND (<{A}#char=0,5> AS ?s) ?s "
    "nif:beginIndex ?b ; nif:endIndex ?e }",
    # an entity breaks a rule: its mentions
    "Person-name": "SELECT ?b ?e WHERE { [] oa:hasBody <https://w3id.org/diplokg/id/joe-biden> ; "
    "oa:hasTarget SPAN }",
    # a reporting step breaks a rule: the evidence of its fact
    "ReportingStep-agent": "SELECT ?b ?e WHERE { <{A}/official-quote-concern> dk:evidence SPAN }",
    # a meeting with a place as participant: the meeting, not the place
    "Event-participant": "SELECT ?b ?e WHERE { <{A}/blinken-qin-beijing> dk:evidence SPAN }",
}


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("name", sorted(PLACED))
def test_validation_results_are_shown_on_the_spans_they_concern(
    seed: ArticleGraph, name: str, engine: str
) -> None:
    article = _broken(seed, name)
    report = validate_graph(article.graph, engine=engine)
    assert report.violations >= 1
    data = review_data(article, report=report, layout="circle")
    query = PLACED[name].replace("{A}", f"https://w3id.org/diplokg/article/{seed.article_id}")
    expected = {f"{b}-{e}" for b, e in _select(article.graph, query)}
    assert expected
    assert len(data.issues) == len(report.results)
    (issue,) = [i for i in data.issues if i.severity == "Violation"]
    assert {s.span for s in issue.spans} == expected
    assert issue.origin is not None and ".yaml:" in issue.origin
    flagged = {h.span for h in data.highlights if issue.anchor in h.issues}
    assert flagged == expected
    page = render_article(article, report=report, layout="circle")
    for span in expected:
        marks = re.findall(rf'<mark class="([^"]*)"[^>]*data-span="{span}"', page)
        assert marks and all("issue" in m.split() for m in marks)
    assert f'id="{issue.anchor}"' in page


@pytest.mark.parametrize("engine", ENGINES)
def test_a_result_on_a_fact_without_evidence_is_listed_with_its_annotation_line(
    seed: ArticleGraph, engine: str
) -> None:
    article = _broken(seed, "Fact-evidence")
    data = review_data(article, report=_report(article, engine), layout="circle")
    (issue,) = data.issues
    assert issue.spans == ()
    assert issue.facts and issue.origin and issue.origin.startswith(f"{seed.article_id}.ann.yaml:")
    fact = next(f for g in data.groups for f in g.items if f.anchor == issue.facts[0])
    assert issue.anchor in fact.issues
    page = render_article(article, report=_report(article, engine), layout="circle")
    assert "not on a span of the text" in page


# -- the page as a file -----------------------------------------------------------


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


@pytest.mark.parametrize("engine", ENGINES)
def test_page_is_self_contained_and_deterministic(seed: ArticleGraph, engine: str) -> None:
    page = render_article(seed, report=_report(seed, engine))
    assert page == render_article(seed, report=_report(seed, engine))
    parser = _Tags()
    parser.feed(page)
    tags = parser.tags
    assert not [t for t, a in tags if "src" in a]
    assert not [a for t, a in tags if t == "link"]
    assert not [a for t, a in tags if t in ("img", "iframe", "object", "embed", "video", "audio")]
    hrefs = [a.get("href") or a.get("xlink:href") or "" for t, a in tags if t == "a"]
    assert hrefs and all(h.startswith("#") for h in hrefs)
    assert not re.search(r"url\((?!#)", page) and "@import" not in page
    assert any(t == "svg" for t, _ in tags)  # network and timeline inline
    assert any(t == "script" for t, _ in tags)
    ids = [a["id"] for _, a in tags if a.get("id")]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("engine", ENGINES)
def test_circle_layout_without_graphviz(
    seed: ArticleGraph, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, engine: str
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no 'dot' here
    with pytest.raises(ToolError, match="Graphviz is not installed"):
        graphviz_svg("digraph { a -> b }")
    data = review_data(seed, report=_report(seed, engine))  # layout "auto"
    assert data.network.layout == "circle"
    svg = str(data.network.svg)
    assert svg.count('class="net-node') == len(data.network.nodes)
    assert svg.count('class="net-edge') == len(data.network.edges)


# -- build and CLI -------------------------------------------------------------------


def test_build_writes_a_page_per_article_and_an_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    result = build(SEEDS, out_dir=tmp_path / "out", store_dir=tmp_path / "store")
    assert result.pages == tmp_path / "out" / "index.html"
    index = result.pages.read_text(encoding="utf-8")
    for outcome in result.articles:
        ident = outcome.article.article_id
        page = tmp_path / "out" / "pages" / f"{ident}.html"
        assert f'href="pages/{ident}.html"' in index
        assert outcome.article.graph_iri and 'href="../index.html"' in page.read_text(
            encoding="utf-8"
        )
    totals = re.search(r'<ul class="figures" id="totals">(.*?)</ul>', index, re.S)
    assert totals is not None
    figures = {
        label.rstrip("s"): int(n) for n, label in re.findall(r"<b>(\d+)</b> (\w+)", totals.group(1))
    }
    assert figures["article"] == len(result.articles)
    assert figures["triple"] == result.triples
    assert figures["violation"] == result.violations


def test_a_build_page_is_the_page_render_writes_linked_to_the_index(
    seed: ArticleGraph, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # One renderer of a review page (review_page): the build's page of the seed article is,
    # byte for byte, the page of its graph with a link back to the index.
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    build(SEEDS, out_dir=tmp_path / "out", store_dir=tmp_path / "store")
    page = tmp_path / "out" / "pages" / f"{seed.article_id}.html"
    report = validate_graph(seed.graph, engine="auto")
    assert page.read_text(encoding="utf-8") == render_article(
        seed, report=report, index_href="../index.html"
    )
    alone = render_article(seed, report=report)
    assert 'href="../index.html"' not in alone and alone != page.read_text(encoding="utf-8")


def test_build_without_pages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    result = build(SEEDS, out_dir=tmp_path / "out", store_dir=tmp_path / "store", pages=False)
    assert result.pages is None
    assert not (tmp_path / "out" / "index.html").exists()
    assert not (tmp_path / "out" / "pages").exists()


def test_cli_render_writes_the_page_and_exits_by_the_violations(tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "page.html"
    result = runner.invoke(cli, ["render", str(SEED_ARTICLE), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "0 violations" in result.stderr
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    stdout = runner.invoke(cli, ["render", str(SEED_ARTICLE)])
    assert stdout.exit_code == 0
    assert stdout.stdout == out.read_text(encoding="utf-8")

    # An annotation that breaks a shape: the page is still written, the exit code is 1.
    folder = tmp_path / "seeds"
    folder.mkdir()
    for f in SEEDS.iterdir():
        (folder / f.name).write_bytes(f.read_bytes())
    ann = folder / f"{SEED_ARTICLE.stem}.ann.yaml"
    ann.write_text(
        ann.read_text(encoding="utf-8").replace(
            "    date: {text: Today}\n    status: planned\n",
            "    date: 2023-07-21\n    status: held\n",
        ),
        encoding="utf-8",
    )
    broken = tmp_path / "broken.html"
    result = runner.invoke(cli, ["render", str(folder / SEED_ARTICLE.name), "-o", str(broken)])
    assert result.exit_code == 1
    # One status line: no library warning about the result's path leaks to the user.
    assert result.stderr.count("\n") == 1 and "1 violations" in result.stderr, result.stderr
    page = broken.read_text(encoding="utf-8")
    assert "cannot be dated after its article was published" in page
    assert "property article (inverse)" in page  # the path ^dk:article, by its label


@pytest.mark.parametrize(
    ("path", "label"),
    [
        (str(DK.article), "article"),
        (f"^<{DK.article}>", "article (inverse)"),
        (f"(<{DK.participant}> <{DK.article}>)", "(participant article)"),
        (f"^(<{DK.participant}> <{DK.article}>)", "^(participant article)"),
    ],
)
def test_a_results_path_is_shown_by_its_properties_labels(path: str, label: str) -> None:
    article = convert_files(SEED_ARTICLE)
    assert path_label(GraphReader(article, review_ontology()), path) == label


def test_cli_render_input_error_exits_2(tmp_path: Path) -> None:
    lonely = tmp_path / "lonely.txt"
    lonely.write_text("Nothing here.", encoding="utf-8")
    result = CliRunner().invoke(cli, ["render", str(lonely), "-o", str(tmp_path / "x.html")])
    assert result.exit_code == 2
    assert result.stderr.startswith("error: ")
    assert not (tmp_path / "x.html").exists()
