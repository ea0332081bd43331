"""The ontology documentation: every term, its axioms, a real example, and the diagrams.

The expectations are read from the packaged ontology and the seed graph with
rdflib, independently of :mod:`diplokg.present.docs`, and compared with the HTML and
SVG files that ``write_docs`` (and ``diplokg docs``) writes.
"""

from __future__ import annotations

import html
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import OWL, RDF, RDFS, Graph, URIRef
from rdflib.compare import isomorphic

from diplokg.cli import cli
from diplokg.present.docs import DocsResult, curie, write_docs
from diplokg.rdf.convert import ArticleGraph
from diplokg.rdf.terms import DK, NIF
from diplokg.validation.shacl import load_ontology
from tests.conftest import SEEDS
from tests.tiers import require_graphviz

SKOS_DEFINITION = URIRef("http://www.w3.org/2004/02/skos/core#definition")
SVG = "{http://www.w3.org/2000/svg}"
KINDS = {
    OWL.Class: "class",
    OWL.ObjectProperty: "object property",
    OWL.DatatypeProperty: "datatype property",
    OWL.AnnotationProperty: "annotation property",
    OWL.NamedIndividual: "individual",
}


@dataclass
class Section:
    """What one term's section of the page says."""

    iri: str
    text: str = ""
    hrefs: list[str] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)
    example: str = ""


class _Sections(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.sections: dict[str, Section] = {}
        self.current: Section | None = None
        self.depth = 0
        self.in_code = False
        self.in_example = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "article" and a.get("class") == "term":
            self.current = Section(a["data-iri"] or "")
            self.sections[a["id"] or ""] = self.current
            return
        if self.current is None:
            return
        if tag == "a" and a.get("href"):
            self.current.hrefs.append(a["href"] or "")
        if tag == "code":
            self.in_code = True
            self.current.codes.append("")
        if tag == "div" and a.get("class") == "example":
            self.in_example = 1
        elif self.in_example and tag == "div":
            self.in_example += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self.current = None
        if tag == "code":
            self.in_code = False
        if tag == "div" and self.in_example:
            self.in_example -= 1

    def handle_data(self, data: str) -> None:
        if self.current is None:
            return
        self.current.text += data
        if self.in_code:
            self.current.codes[-1] += data
        if self.in_example:
            self.current.example += data


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> DocsResult:
    # The diagrams are laid out by Graphviz, a Debian program `.ci/run` installs.
    require_graphviz("the docs' diagrams")
    return write_docs(tmp_path_factory.mktemp("docs"), examples_dir=SEEDS)


@pytest.fixture(scope="module")
def sections(docs: DocsResult) -> dict[str, Section]:
    parser = _Sections()
    parser.feed(docs.index.read_text(encoding="utf-8"))
    return parser.sections


def _terms(ontology: Graph) -> dict[URIRef, str]:
    found = {}
    for kind, name in KINDS.items():
        for term in ontology.subjects(RDF.type, kind):
            if isinstance(term, URIRef) and str(term).startswith(str(DK)):
                found.setdefault(term, name)
    return found


def _by_iri(sections: dict[str, Section]) -> dict[str, Section]:
    return {s.iri: s for s in sections.values()}


def test_every_term_has_a_section_with_label_and_definition(
    docs: DocsResult, sections: dict[str, Section]
) -> None:
    ontology = load_ontology()
    terms = _terms(ontology)
    assert len(terms) > 100
    by_iri = _by_iri(sections)
    assert set(by_iri) == {str(t) for t in terms}
    for term, kind in terms.items():
        section = by_iri[str(term)]
        label = ontology.value(term, RDFS.label)
        definition = ontology.value(term, SKOS_DEFINITION)
        assert label is not None and definition is not None, term
        assert str(label) in section.text, term
        assert " ".join(str(definition).split()) in " ".join(section.text.split()), term
        assert kind in section.text
    assert docs.classes == sum(1 for k in terms.values() if k == "class")


def test_every_alignment_domain_and_range_is_shown(sections: dict[str, Section]) -> None:
    ontology = load_ontology()
    by_iri = _by_iri(sections)
    checked = 0
    for term in _terms(ontology):
        section = by_iri[str(term)]
        for prop in (RDFS.subClassOf, RDFS.subPropertyOf, RDFS.domain, RDFS.range):
            for target in ontology.objects(term, prop):
                if not isinstance(target, URIRef):
                    continue
                assert curie(str(target)) in section.codes, (term, prop, target)
                internal = str(target).startswith(str(DK))
                href = f"#{str(target)[len(str(DK)) :]}" if internal else str(target)
                assert href in section.hrefs, (term, prop, target)
                checked += 1
    assert checked > 150


def test_examples_are_drawn_from_the_seed_graph(
    seed: ArticleGraph, sections: dict[str, Section]
) -> None:
    ontology = load_ontology()
    graph = seed.graph
    by_iri = _by_iri(sections)
    classes = [t for t, k in _terms(ontology).items() if k == "class"]
    with_instances = [c for c in classes if (None, RDF.type, c) in graph]
    assert len(with_instances) > 25
    for cls in with_instances:
        example = by_iri[str(cls)].example
        instances = [n for n in graph.subjects(RDF.type, cls) if isinstance(n, URIRef)]
        # The example's Turtle names one instance (in full, or with its article's art: prefix).
        assert f"a {curie(str(cls))}" in example, cls
        assert any(_named(example, n) for n in instances), cls
    properties = [t for t, k in _terms(ontology).items() if k.endswith("property")]
    used = [p for p in properties if (None, p, None) in graph]
    assert len(used) > 40
    for prop in used:
        example = by_iri[str(prop)].example
        assert curie(str(prop)) in example, prop
        assert any(_named(example, s) for s in graph.subjects(prop, None)), prop
    # Where the example was read from a span, the page quotes the span's text.
    meeting = by_iri[str(DK.Meeting)].example
    spans = {
        str(graph.value(span, NIF.anchorOf))
        for m in graph.subjects(RDF.type, DK.Meeting)
        for span in graph.objects(m, DK.evidence)
    }
    assert any(f"“{text}”" in meeting for text in spans)


def _named(example: str, node: object) -> bool:
    iri = str(node)
    if f"<{iri}>" in example:
        return True
    if "/article/" in iri and "@prefix art:" in example:
        base = example.split("@prefix art: <", 1)[1].split(">", 1)[0]
        return iri.startswith(base) and f"art:{iri[len(base) :]}" in example
    return curie(iri) in example


def _svg(path: Path) -> ET.Element:
    return ET.parse(path).getroot()  # noqa: S314 - our own Graphviz output


def _titles(root: ET.Element, kind: str) -> set[str]:
    return {
        html.unescape(g.findtext(f"{SVG}title") or "")
        for g in root.iter(f"{SVG}g")
        if g.get("class") == kind
    }


def test_class_diagram_has_every_class_and_subclass_axiom(docs: DocsResult) -> None:
    ontology = load_ontology()
    classes = {str(c)[len(str(DK)) :] for c, k in _terms(ontology).items() if k == "class"}
    classes_svg = docs.diagrams[0]
    root = _svg(classes_svg)
    assert _titles(root, "node") == classes
    edges = _titles(root, "edge")
    for cls in classes:
        for parent in ontology.objects(DK[cls], RDFS.subClassOf):
            if str(parent).startswith(str(DK)):
                assert f"{cls}->{str(parent)[len(str(DK)) :]}" in edges
    # Alignments are written in the class's box.
    text = " ".join(t.text or "" for t in root.iter(f"{SVG}text"))
    assert "schema:Event" in text and "org:Membership" in text and "oa:Annotation" in text


def test_relations_diagram_has_every_object_property_between_classes(docs: DocsResult) -> None:
    ontology = load_ontology()
    root = _svg(docs.diagrams[1])
    labels = {t.text for t in root.iter(f"{SVG}text")}
    agent = URIRef("http://www.w3.org/ns/prov#Agent")
    expected = {
        str(p)[len(str(DK)) :]
        for p in ontology.subjects(RDF.type, OWL.ObjectProperty)
        if any(str(d).startswith(str(DK)) for d in ontology.objects(p, RDFS.domain))
        and any(str(r).startswith(str(DK)) or r == agent for r in ontology.objects(p, RDFS.range))
    }
    assert len(expected) > 25
    assert expected <= labels


def test_docs_page_is_self_contained(docs: DocsResult) -> None:
    page = docs.index.read_text(encoding="utf-8")
    assert "<script" not in page and "<link" not in page and " src=" not in page
    assert "@import" not in page
    assert page.count("<svg") == 2


def test_cli_docs_without_graphviz_says_how_to_install_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no Graphviz
    no_dot = CliRunner().invoke(cli, ["docs", "-o", str(tmp_path / "d2"), "--examples", str(SEEDS)])
    assert no_dot.exit_code == 2
    assert no_dot.stderr.startswith("error: Graphviz is not installed")


def test_cli_docs(tmp_path: Path) -> None:
    require_graphviz("the docs' diagrams")
    runner = CliRunner()
    out = tmp_path / "docs"
    result = runner.invoke(cli, ["docs", "-o", str(out), "--examples", str(SEEDS)])
    assert result.exit_code == 0, result.output
    assert f"docs:     {out / 'index.html'}" in result.output
    for name in ("index.html", "classes.svg", "relations.svg", "diplokg.ttl"):
        assert (out / name).stat().st_size > 1000
    assert isomorphic(Graph().parse(out / "diplokg.ttl"), load_ontology())

    missing = runner.invoke(cli, ["docs", "-o", str(out), "--examples", str(tmp_path / "none")])
    assert missing.exit_code == 2
    assert "is not a folder of articles" in missing.stderr
