"""Review pages: one self-contained HTML page per article, and an index of them.

A review page shows the article's text with every mention (``dk:Mention`` →
``oa:hasTarget``) and every evidence span (``dk:evidence``) highlighted by
kind, a panel of the facts read from it (each linked to its spans and back),
a network picture of who met, quoted, accused or agreed with whom, a
timeline of the events, and the SHACL validation results on the spans they
concern. Everything is read from the article's rdflib graph; the page has its
CSS, JavaScript and SVG inline and opens offline.

Pictures are laid out by Graphviz (the ``dot`` program, run as a subprocess)
when it is installed; without it the network falls back to a circle layout
drawn here, so a build never fails for want of Graphviz.

This module puts the page together from the parts the modules beside it read
(see :mod:`diplokg.present`), renders it with the ``review.html.j2`` template, and
writes a build's pages and their index.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import pyoxigraph as ox
from rdflib import RDF, Literal
from rdflib.term import Node

from diplokg.errors import DiplokgError
from diplokg.model.annotation import ArticleInputs, Drafter
from diplokg.present.facts import entity_views, fact_views, group_facts
from diplokg.present.graphviz import graphviz_svgs
from diplokg.present.highlight import fragment_text, place_highlights
from diplokg.present.issues import issue_views, issues_by_fact
from diplokg.present.network import (
    NetworkLayout,
    article_network,
    chosen_layout,
    network_dot,
    network_picture,
)
from diplokg.present.reader import (
    ENTITY_KINDS,
    FACT_GROUPS,
    OTHER_GROUP,
    GraphReader,
    article_text,
    review_ontology,
    text_or_none,
)
from diplokg.present.templates import template_environment
from diplokg.present.timeline import TimelineStore, article_timeline
from diplokg.present.views import Network, ReviewData, Summary
from diplokg.rdf.convert import ArticleGraph, convert_files
from diplokg.rdf.output import write_atomic
from diplokg.rdf.terms import DK, SCHEMA
from diplokg.validation.shacl import ValidationReport, validate_graph

__all__ = [
    "IndexRow",
    "PageEntry",
    "PageSet",
    "RenderedPage",
    "page_href",
    "render_article",
    "render_file",
    "render_index",
    "review_data",
    "review_data_each",
    "review_data_many",
    "review_page",
    "write_pages",
]


def _python(node: Node | None) -> object:
    return node.toPython() if isinstance(node, Literal) else None


def review_data(
    article: ArticleGraph,
    *,
    report: ValidationReport | None = None,
    layout: NetworkLayout = "auto",
) -> ReviewData:
    """Read everything a review page shows from one converted article.

    ``report`` is the article graph's validation report; it is computed when
    not given.
    """
    data, _ = _review_data(article, report=report, layout=layout, defer=False)
    return data


def review_data_many(
    articles: Sequence[tuple[ArticleGraph, ValidationReport | None]],
    *,
    layout: NetworkLayout = "auto",
    triples: Sequence[Sequence[ox.Triple]] | None = None,
) -> list[ReviewData]:
    """:func:`review_data` of several articles, their networks laid out by one Graphviz run.

    The same data as :func:`review_data` on each. ``triples``, when given,
    are each article graph's triples as :func:`~diplokg.store.article_triples`
    gives them (a build has them already). Raises as :func:`review_data` would
    on the first article that fails, or :class:`ToolError` when the one
    Graphviz run fails (then render the articles one by one to find which).
    """
    if triples is not None and len(triples) != len(articles):
        raise ValueError("give the triples of every article, or none")  # a programming error
    store = TimelineStore()  # the ontology put in a store once for all these articles
    found = [
        _review_data(
            a,
            report=r,
            layout=layout,
            defer=True,
            triples=None if triples is None else triples[i],
            store=store,
        )
        for i, (a, r) in enumerate(articles)
    ]
    waiting = [i for i, (_, source) in enumerate(found) if source is not None]
    svgs = graphviz_svgs([found[i][1] or "" for i in waiting], engine="neato")
    datas = [data for data, _ in found]
    for i, svg in zip(waiting, svgs, strict=True):
        network = dataclasses.replace(datas[i].network, svg=svg)
        datas[i] = dataclasses.replace(datas[i], network=network)
    return datas


def review_data_each(
    articles: Sequence[tuple[ArticleGraph, ValidationReport | None]],
    *,
    layout: NetworkLayout = "auto",
    triples: Sequence[Sequence[ox.Triple]] | None = None,
) -> list[ReviewData | DiplokgError]:
    """:func:`review_data_many`, where an article that fails gets its own error.

    The chunk's pictures are laid out by one Graphviz run; when that fails (or one
    article does), each article is made alone, so an error is its article's and
    the others still get their data.
    """
    try:
        return list(review_data_many(articles, layout=layout, triples=triples))
    except DiplokgError:
        pass
    each: list[ReviewData | DiplokgError] = []
    for article, report in articles:
        try:
            each.append(review_data(article, report=report, layout=layout))
        except DiplokgError as exc:
            each.append(exc)
    return each


def _review_data(
    article: ArticleGraph,
    *,
    report: ValidationReport | None,
    layout: NetworkLayout,
    defer: bool,
    triples: Sequence[ox.Triple] | None = None,
    store: TimelineStore | None = None,
) -> tuple[ReviewData, str | None]:
    """The review data, and with ``defer`` the Graphviz source of its network picture, if any.

    With ``defer``, a picture Graphviz would draw is left empty, for the caller to lay out.
    """
    reader = GraphReader(article, review_ontology())
    g = reader.graph
    text = article_text(reader)
    report = report if report is not None else validate_graph(g, engine="auto")
    issues = issue_views(reader, report)
    facts = fact_views(reader, issues_by_fact(reader, issues))
    entities = entity_views(reader)
    highlights, unplaced = place_highlights(reader, text, facts, entities, issues)
    nodes, edges = article_network(reader)
    source = None
    if defer and chosen_layout(nodes, layout) == "graphviz":
        source = network_dot(nodes, edges)
        svg, used = "", "graphviz"
    else:
        svg, used = network_picture(nodes, edges, layout)
    groups = group_facts(facts)
    a = reader.article_iri
    publisher = reader.first(a, DK.publisher)
    title = reader.first(a, SCHEMA.headline)
    summary = Summary(
        triples=len(g),
        facts=len(facts),
        evidence_spans=len({s for f in facts for s in (r.span for r in f.spans)}),
        mentions=sum(1 for _ in g.subjects(RDF.type, DK.Mention)),
        mention_spans=len({s.span for e in entities for s in e.spans}),
        entities=len(entities),
        violations=report.count("Violation"),
        warnings=report.count("Warning"),
        infos=report.count("Info"),
        by_group=tuple((grp.key, grp.title, len(grp.items)) for grp in groups),
    )
    translated = reader.first(a, DK.translatedFrom)
    language = reader.first(a, DK.language)
    url = reader.first(a, SCHEMA.url)
    used_groups = {h.group for h in highlights if h.group}
    used_entities = {h.entity_kind for h in highlights if h.entity_kind}
    data = ReviewData(
        article_id=article.article_id,
        title=str(title) if title is not None else f"Article {article.article_id}",
        publisher=reader.label(publisher) if publisher is not None else None,
        published=text_or_none(reader.first(a, DK.datePublished)),
        language=str(language) if language is not None else None,
        translated_from=str(translated) if translated is not None else None,
        machine_translated=bool(_python(reader.first(a, DK.machineTranslated))),
        url=str(url) if url is not None else None,
        annotation=article.sources.annotation.name if article.sources.annotation else None,
        text=text,
        fragments=fragment_text(text, highlights),
        highlights=tuple(highlights),
        groups=groups,
        entities=tuple(entities),
        issues=tuple(issues),
        unplaced_spans=tuple(unplaced),
        timeline=article_timeline(reader, triples, store=store),
        network=Network(tuple(nodes), tuple(edges), svg, used),
        summary=summary,
        legend_groups=tuple((k, t) for k, t, _ in FACT_GROUPS if k in used_groups)
        + ((OTHER_GROUP,) if OTHER_GROUP[0] in used_groups else ()),
        legend_entities=tuple((k, t) for k, t, _ in ENTITY_KINDS if k in used_entities)
        + ((("other", "other"),) if "other" in used_entities else ()),
    )
    return data, source


def render_article(
    article: ArticleGraph,
    *,
    report: ValidationReport | None = None,
    layout: NetworkLayout = "auto",
    index_href: str | None = None,
) -> str:
    """The self-contained HTML review page of one converted article.

    ``report`` is its validation report (computed when not given);
    ``index_href`` links back to an index page.
    """
    return review_page(review_data(article, report=report, layout=layout), index_href=index_href)


def review_page(data: ReviewData, *, index_href: str | None) -> str:
    """The HTML of the review page that shows ``data`` (the ``review.html.j2`` template).

    ``index_href`` links back to an index page (``None``: no link). The one renderer of
    a review page: :func:`render_article`, :func:`render_file`, :func:`write_pages`, a
    build's and a folder's pages all write what it gives.
    """
    return (
        template_environment().get_template("review.html.j2").render(d=data, index_href=index_href)
    )


@dataclass(frozen=True)
class RenderedPage:
    """The review page of one article, and what it shows."""

    html: str
    article: ArticleGraph
    report: ValidationReport
    facts: int
    highlights: int


def render_file(
    text_path: Path,
    *,
    inputs: ArticleInputs | None = None,
    layout: NetworkLayout = "auto",
    draft: Drafter | None = None,
) -> RenderedPage:
    """Convert an article file (its annotation and metadata found as for convert, a draft
    from ``draft`` when it has none), validate its graph and render its review page."""
    article = convert_files(text_path, inputs=inputs, draft=draft)
    report = validate_graph(article.graph, engine="auto")
    data = review_data(article, report=report, layout=layout)
    html = review_page(data, index_href=None)
    return RenderedPage(html, article, report, data.summary.facts, len(data.highlights))


@dataclass(frozen=True)
class IndexRow:
    """What the index page shows of one article (a build keeps only this of each page)."""

    article_id: str
    title: str
    publisher: str | None
    published: str | None
    summary: Summary


@dataclass(frozen=True)
class PageEntry:
    """One article on the index page."""

    href: str
    data: ReviewData | IndexRow


@dataclass(frozen=True)
class PageSet:
    """The pages a build wrote."""

    index: Path
    pages: tuple[Path, ...]


def render_index(entries: Sequence[PageEntry], *, links: Mapping[str, str] | None = None) -> str:
    """The index page: every article with its figures, linked to its review page."""
    totals = {
        "articles": len(entries),
        "triples": sum(e.data.summary.triples for e in entries),
        "facts": sum(e.data.summary.facts for e in entries),
        "evidence_spans": sum(e.data.summary.evidence_spans for e in entries),
        "mentions": sum(e.data.summary.mentions for e in entries),
        "violations": sum(e.data.summary.violations for e in entries),
        "warnings": sum(e.data.summary.warnings for e in entries),
    }
    by_group: dict[str, list[int | str]] = {}
    for e in entries:
        for key, title, count in e.data.summary.by_group:
            row = by_group.setdefault(key, [title, 0])
            row[1] = int(row[1]) + count
    template = template_environment().get_template("index.html.j2")
    return template.render(
        entries=entries,
        totals=totals,
        by_group=[(k, str(v[0]), int(v[1])) for k, v in by_group.items()],
        links=dict(links or {}),
    )


def page_href(article_id: str) -> str:
    """The index's link to an article's review page, relative to the index.

    The link is a URL path: '?', '#', '%' and spaces in a file name are escaped.

    >>> page_href("q?u%e")
    'pages/q%3Fu%25e.html'
    """
    return f"pages/{quote(article_id)}.html"


def write_pages(
    articles: Sequence[tuple[ArticleGraph, ValidationReport]],
    *,
    out_dir: Path,
    layout: NetworkLayout = "auto",
) -> PageSet:
    """Write ``OUT/pages/ID.html`` for every article and ``OUT/index.html`` linking them.

    Each file is written atomically; the index links the dataset and the
    validation report beside it.
    """
    entries, pages = [], []
    for article, report in articles:
        data = review_data(article, report=report, layout=layout)
        html = review_page(data, index_href="../index.html")
        path = out_dir / "pages" / f"{article.article_id}.html"
        write_atomic(path, html.encode("utf-8"))
        pages.append(path)
        entries.append(PageEntry(page_href(article.article_id), data))
    links = {
        "dataset (TriG)": "dataset.trig",
        "validation report (Turtle)": "validation-report.ttl",
    }
    index = out_dir / "index.html"
    write_atomic(index, render_index(entries, links=links).encode("utf-8"))
    return PageSet(index=index, pages=tuple(pages))
