"""The converter: grounded facts, deterministic output, every RDF format."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import OWL, RDF, XSD, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from diplokg.model.annotation import ArticleInputs
from diplokg.rdf.convert import ArticleGraph, convert_files
from diplokg.rdf.formats import RdfFormat
from diplokg.rdf.output import serialize_graph
from diplokg.rdf.terms import DK, NIF, WD, article_iri, entity_iri, fact_iri
from tests.conftest import ROOT, SEED_ARTICLE

ART = "000_7f87956a7e0403ad"
TEXT = SEED_ARTICLE.read_text(encoding="utf-8")


def _fact(local: str) -> URIRef:
    return fact_iri(ART, local)


def test_seed_file_is_byte_for_byte_the_shared_seed() -> None:
    shared = ROOT.parent / "shared" / "seeds" / SEED_ARTICLE.name
    if not shared.exists():
        pytest.skip("../shared is not beside this checkout")
    assert SEED_ARTICLE.read_bytes() == shared.read_bytes()


def test_every_span_matches_the_article_text(seed: ArticleGraph) -> None:
    g = seed.graph
    spans = list(g.subjects(RDF.type, DK.EvidenceSpan))
    assert len(spans) > 100
    for span in spans:
        begin = int(g.value(span, NIF.beginIndex))  # type: ignore[arg-type]
        end = int(g.value(span, NIF.endIndex))  # type: ignore[arg-type]
        assert str(g.value(span, NIF.anchorOf)) == TEXT[begin:end]
        assert str(span).endswith(f"#char={begin},{end}")
        assert g.value(span, NIF.beginIndex).datatype == XSD.nonNegativeInteger  # type: ignore[union-attr]


def test_offsets_count_unicode_code_points(seed: ArticleGraph) -> None:
    # "China’s" starts the article; the curly apostrophe is one code point (3 UTF-8 bytes).
    span = URIRef(f"https://w3id.org/diplokg/article/{ART}#char=0,35")
    assert str(seed.graph.value(span, NIF.anchorOf)) == "China’s head of diplomacy, Qin Gang"


def test_every_fact_has_evidence_and_provenance(seed: ArticleGraph) -> None:
    g = seed.graph
    facts = {
        s
        for cls in (
            DK.PositionHolding,
            DK.Meeting,
            DK.Quotation,
            DK.Agreement,
            DK.Accusation,
            DK.Criticism,
            DK.Statement,
            DK.Communique,
            DK.Report,
            DK.Visit,
            DK.Conference,
            DK.Summit,
            DK.Absence,
            DK.DateExpression,
        )
        for s in g.subjects(RDF.type, cls)
    }
    assert len(facts) > 50
    for fact in facts:
        assert list(g.objects(fact, DK.evidence)), fact
        assert g.value(fact, DK.article) == article_iri(ART)
        assert g.value(fact, DK.generatedBy) == _fact("conversion")


def test_article_text_and_metadata_are_in_the_graph(seed: ArticleGraph) -> None:
    g = seed.graph
    article = article_iri(ART)
    context = g.value(article, DK.hasText)
    assert str(g.value(context, NIF.isString)) == TEXT
    assert g.value(article, DK.datePublished) == Literal("2023-07-14", datatype=XSD.date)
    assert g.value(article, DK.publisher) == entity_iri("dn")
    assert g.value(article, DK.translatedFrom) == Literal("pt", datatype=XSD.language)
    assert g.value(article, DK.machineTranslated) == Literal(True)


def test_relative_dates_resolve_and_keep_the_phrase(seed: ArticleGraph) -> None:
    g = seed.graph
    meeting = _fact("blinken-wang-jakarta")
    assert g.value(meeting, DK.date) == Literal("2023-07-13", datatype=XSD.date)
    expr = g.value(meeting, DK.dateExpression)
    assert str(g.value(expr, DK.phrase)) == "yesterday"
    borrell = _fact("borrell-wang-jakarta")
    assert g.value(borrell, DK.date) == Literal("2023-07-14", datatype=XSD.date)
    putin = _fact("putin-visit-china")
    assert g.value(putin, DK.date) is None
    assert g.value(putin, DK.earliestDate) == Literal("2023-07-15", datatype=XSD.date)
    assert str(g.value(g.value(putin, DK.dateExpression), DK.phrase)) == "in the coming months"


def test_bounds_follow_before_and_after(seed: ArticleGraph) -> None:
    g = seed.graph
    # Yellen's visit came before the meeting of 2023-07-13; Kerry's comes after it.
    assert g.value(_fact("yellen-visit-beijing"), DK.latestDate) == Literal(
        "2023-07-13", datatype=XSD.date
    )
    assert g.value(_fact("kerry-visit-china"), DK.earliestDate) == Literal(
        "2023-07-14", datatype=XSD.date
    )
    assert (_fact("nato-vilnius-summit"), DK.before, _fact("blinken-wang-jakarta")) in g


def test_reporting_chain_is_ordered(seed: ArticleGraph) -> None:
    g = seed.graph
    quote = _fact("blinken-quote-channels")
    steps = {
        int(g.value(s, DK.stepIndex)): g.value(s, URIRef("http://www.w3.org/ns/prov#agent"))  # type: ignore[arg-type]
        for s in g.objects(quote, DK.reportingStep)
    }
    assert steps == {1: _fact("us-official"), 2: entity_iri("afp")}


def test_misspelling_and_noise_resolve_to_one_entity(seed: ArticleGraph) -> None:
    g = seed.graph
    qin = entity_iri("qin-gang")
    bodies = {
        str(g.value(g.value(m, URIRef("http://www.w3.org/ns/oa#hasTarget")), NIF.anchorOf))
        for m in g.subjects(URIRef("http://www.w3.org/ns/oa#hasBody"), qin)
    }
    assert bodies == {"Qin Gang", "Qin Qang"}
    blinken_mentions = {
        str(g.value(g.value(m, URIRef("http://www.w3.org/ns/oa#hasTarget")), NIF.anchorOf))
        for m in g.subjects(URIRef("http://www.w3.org/ns/oa#hasBody"), entity_iri("antony-blinken"))
    }
    assert "Flashing" in blinken_mentions
    # "Flashing" is a mention of Blinken, never an entity of its own.
    assert not list(g.subjects(DK.name, Literal("Flashing")))


def test_entities_link_to_wikidata(seed: ArticleGraph) -> None:
    g = seed.graph
    assert (entity_iri("china"), OWL.sameAs, WD.Q148) in g
    assert (entity_iri("nato"), OWL.sameAs, WD.Q7184) in g


def test_negated_accusation_is_kept_as_negated(seed: ArticleGraph) -> None:
    g = seed.graph
    node = _fact("blinken-no-direct-accusation")
    assert g.value(node, DK.factuality) == DK.negated
    asserted = [
        a
        for a in g.subjects(DK.accuser, entity_iri("antony-blinken"))
        if g.value(a, DK.factuality) == DK.asserted
    ]
    assert asserted == []


@pytest.mark.parametrize("fmt", list(RdfFormat), ids=[f.value for f in RdfFormat])
def test_every_format_round_trips_to_the_same_graph(seed: ArticleGraph, fmt: RdfFormat) -> None:
    data = serialize_graph(seed.graph, seed.graph_iri, fmt)
    rdflib_format = {
        "turtle": "turtle",
        "trig": "trig",
        "nt": "nt",
        "nquads": "nquads",
        "jsonld": "json-ld",
    }[fmt.value]
    if fmt in (RdfFormat.TRIG, RdfFormat.NQUADS, RdfFormat.JSONLD):
        ds = Dataset()
        ds.parse(data=data, format=rdflib_format)
        assert {g.identifier for g in ds.graphs() if len(g)} == {seed.graph_iri}
        parsed = Graph()
        parsed += ds.graph(seed.graph_iri)
    else:
        parsed = Graph().parse(data=data, format=rdflib_format)
    assert isomorphic(parsed, seed.graph)


FORMATS = ["turtle", "trig", "nt", "nquads", "jsonld"]

#: One process per hash seed runs ``diplokg convert`` once per format (a process start
#: and the imports cost more than a conversion).
CONVERT_EVERY_FORMAT = """
import sys
from click.testing import CliRunner
from diplokg.cli import cli
article, folder, *formats = sys.argv[1:]
for fmt in formats:
    args = ["convert", article, "--format", fmt, "-o", f"{folder}/out.{fmt}"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, (fmt, result.output)
"""


@pytest.fixture(scope="module")
def outputs_by_hash_seed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The seed converted to every format under two hash seeds: a folder for each."""
    folders = {}
    for hash_seed in ("1", "2"):
        folder = tmp_path_factory.mktemp(f"hash-seed-{hash_seed}")
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        script = [sys.executable, "-c", CONVERT_EVERY_FORMAT, str(SEED_ARTICLE), str(folder)]
        done = subprocess.run([*script, *FORMATS], env=env, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        folders[hash_seed] = folder
    return folders


@pytest.mark.parametrize("fmt", FORMATS)
def test_output_is_byte_identical_across_runs(
    fmt: str, outputs_by_hash_seed: dict[str, Path]
) -> None:
    outputs = [(folder / f"out.{fmt}").read_bytes() for folder in outputs_by_hash_seed.values()]
    assert outputs[0] == outputs[1]
    assert len(outputs[0]) > 10_000


def test_convert_bare_article_with_options(tmp_path: Path) -> None:
    article = tmp_path / "note.txt"
    article.write_text("Ministers met in Lisbon.\n", encoding="utf-8")
    annotation = tmp_path / "note.ann.yaml"
    annotation.write_text("mentions: {}\n", encoding="utf-8")
    from datetime import date

    result = convert_files(
        article, inputs=ArticleInputs(published=date(2024, 1, 2), publisher="Público")
    )
    assert result.graph.value(article_iri("note"), DK.datePublished) == Literal(
        "2024-01-02", datatype=XSD.date
    )
    publisher = result.graph.value(article_iri("note"), DK.publisher)
    assert str(result.graph.value(publisher, DK.name)) == "Público"


@pytest.mark.parametrize(
    ("node", "expected"),
    [
        ("blinken-wang-jakarta", "- id: blinken-wang-jakarta"),
        ("biden-quote-dictators", "- id: biden-quote-dictators"),
        ("blinken-wang-jakarta/date", "date: {text: yesterday, occurrence: 1}"),
        ("us-official", "name: anonymous US official"),
    ],
)
def test_origins_point_at_the_annotation_line(seed: ArticleGraph, node: str, expected: str) -> None:
    src = seed.origins[str(_fact(node))]
    line = src.path.read_text(encoding="utf-8").splitlines()[src.line - 1]
    assert expected in line


def test_registry_entities_point_at_the_registry(seed: ArticleGraph) -> None:
    src = seed.origins[str(entity_iri("nato"))]
    assert src.path.name == "entities.yaml"
    assert src.path.read_text(encoding="utf-8").splitlines()[src.line - 1].strip() == "name: NATO"
