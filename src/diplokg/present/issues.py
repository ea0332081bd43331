"""Validation results on a review page: each placed on the spans and facts it concerns."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from rdflib import RDF, URIRef
from rdflib.term import Node

from diplokg.present.reader import GraphReader, local_name
from diplokg.present.views import Issue, SpanRef, span_key
from diplokg.rdf.terms import DK, OA
from diplokg.validation.shacl import ValidationReport

__all__ = [
    "issue_views",
    "issues_by_fact",
    "path_label",
]

_PATH_IRI = re.compile(r"<([^<>\s]+)>")


def path_label(reader: GraphReader, path: str) -> str:
    """A result's SHACL path as a reviewer reads it: each property by its label.

    A path expression (``^<…#article>``, a sequence in parentheses) keeps its
    operators; an inverse of one property reads "article (inverse)".
    """
    if not path.startswith(("<", "^", "(")):
        return reader.prop_label(URIRef(path))
    text = _PATH_IRI.sub(lambda m: reader.prop_label(URIRef(m.group(1))), path)
    inverse = _PATH_IRI.fullmatch(path[1:]) if path.startswith("^") else None
    return f"{text[1:]} (inverse)" if inverse else text


def _issue_targets(reader: GraphReader, node: Node) -> tuple[list[SpanRef], list[Node]]:
    """The spans and facts a validation result's focus or value concerns."""
    g = reader.graph
    if reader.span_ref(node) is not None and reader.has(node, RDF.type, DK.EvidenceSpan):
        ref = reader.span_ref(node)
        facts = [f for f in g.subjects(DK.evidence, node) if reader.is_fact(f)]
        return ([ref] if ref else []), facts
    if reader.is_fact(node):
        return list(reader.evidence(node)), [node]
    if reader.has(node, RDF.type, DK.Mention):
        return [r for t in reader.objects(node, OA.hasTarget) if (r := reader.span_ref(t))], []
    if reader.is_entity(node) or (None, OA.hasBody, node) in g:
        mentions = g.subjects(OA.hasBody, node)
        refs = [
            r
            for m in mentions
            for t in reader.objects(m, OA.hasTarget)
            if (r := reader.span_ref(t))
        ]
        return refs, []
    # A reporting step, post, role or date: the facts that point at it.
    owners = [s for s in g.subjects(None, node) if reader.is_fact(s)]
    return [r for f in owners for r in reader.evidence(f)], owners


def issue_views(reader: GraphReader, report: ValidationReport) -> list[Issue]:
    """The validation results of the report, each on the spans and facts it concerns."""
    issues = []
    for index, result in enumerate(report.results, start=1):
        spans: list[SpanRef] = []
        facts: list[Node] = []
        focus = URIRef(result.focus)
        # Article-wide rules (on the article or its text) name the culprit as the value.
        article_wide = reader.is_a(focus, DK.NewsArticle) or reader.is_a(focus, DK.ArticleText)
        order = (result.value, result.focus) if article_wide else (result.focus, result.value)
        for candidate in order:
            if candidate is None or not candidate.startswith(("http://", "https://")):
                continue
            spans, facts = _issue_targets(reader, URIRef(candidate))
            if spans or facts:
                break
        unique = {s.span: s for s in spans}
        origin = reader.origin(URIRef(result.value)) if result.value and article_wide else None
        issues.append(
            Issue(
                anchor=f"v-{index}",
                severity=result.severity,
                message=result.message,
                focus=result.focus,
                focus_label=reader.label(focus),
                path=path_label(reader, result.path) if result.path else None,
                value=result.value,
                shape=local_name(result.shape),
                origin=origin or reader.origin(focus),
                spans=tuple(sorted(unique.values(), key=span_key)),
                facts=tuple(sorted({reader.fact_anchor(f) for f in facts})),
            )
        )
    return issues


def issues_by_fact(reader: GraphReader, issues: Sequence[Issue]) -> dict[str, list[str]]:
    """The anchors of the validation results on each fact, by the fact's IRI."""
    by_anchor: dict[str, list[str]] = defaultdict(list)
    for issue in issues:
        for anchor in issue.facts:
            by_anchor[anchor].append(issue.anchor)
    facts = set(reader.graph.subjects(DK.article, reader.article_iri))
    return {
        str(n): by_anchor[reader.fact_anchor(n)]
        for n in facts
        if reader.fact_anchor(n) in by_anchor
    }
