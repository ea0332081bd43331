"""The facts panel and the entity list of a review page."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.term import Node

from diplokg.present.reader import FACT_GROUPS, OTHER_GROUP, GraphReader, int_value, local_name
from diplokg.present.views import Detail, EntityView, FactGroup, FactView, SpanRef, Value, span_key
from diplokg.rdf.terms import DK, OA, ORG, PROV

__all__ = [
    "entity_views",
    "fact_views",
    "group_facts",
]

# Shown as badges on the fact, not as detail rows.
_BADGE_PROPS = (DK.eventStatus, DK.agreementStatus, DK.positionStatus, DK.factuality)
# Never shown as detail rows (shown otherwise, or bookkeeping).
_HIDDEN_PROPS = frozenset(
    {
        RDF.type,
        RDFS.label,
        RDFS.comment,
        DK.article,
        DK.generatedBy,
        DK.evidence,
        DK.reportingStep,
        DK.quoteText,
        *_BADGE_PROPS,
    }
)
# Detail rows come in this order; other properties follow, by label.
_DETAIL_ORDER = (
    ORG.member,
    ORG.role,
    ORG.organization,
    DK.speaker,
    DK.accuser,
    DK.accused,
    DK.about,
    DK.party,
    DK.agreementKind,
    DK.participant,
    DK.organizer,
    DK.visitor,
    DK.host,
    DK.absentee,
    DK.absentFrom,
    DK.issuer,
    DK.place,
    DK.occasion,
    DK.date,
    DK.earliestDate,
    DK.latestDate,
    DK.dateExpression,
)


def fact_views(reader: GraphReader, issues_by_fact: Mapping[str, list[str]]) -> list[FactView]:
    """The facts of the article, one view each, with the validation results on them."""
    g = reader.graph
    nodes = reader.facts()
    publisher = reader.first(reader.article_iri, DK.publisher)
    views: list[FactView] = []
    for node in nodes:
        group, _ = reader.group(node)
        badges = tuple(
            Value(reader.label(v), css=f"badge b-{local_name(str(v))}")
            for prop in _BADGE_PROPS
            for v in sorted(reader.objects(node, prop), key=str)
        )
        by_prop: dict[URIRef, list[Value]] = defaultdict(list)
        for prop, obj in sorted(reader.predicate_objects(node)):
            if isinstance(prop, URIRef) and prop not in _HIDDEN_PROPS:
                by_prop[prop].append(_detail_value(reader, prop, obj))
        order = {p: i for i, p in enumerate(_DETAIL_ORDER)}
        details = tuple(
            Detail(reader.prop_label(p), tuple(by_prop[p]))
            for p in sorted(by_prop, key=lambda p: (order.get(p, len(order)), reader.prop_label(p)))
        )
        owners = sorted(g.subjects(DK.dateExpression, node), key=str)
        if owners:  # a date expression: say whose date it is
            details = (Detail("date of", tuple(reader.value(o) for o in owners)), *details)
        chain: tuple[Value, ...] = ()
        steps = sorted(
            (int_value(reader.first(s, DK.stepIndex)), reader.first(s, PROV.agent))
            for s in reader.objects(node, DK.reportingStep)
        )
        if steps or group == "quote":
            first = reader.first(node, DK.speaker)
            links = [first] if first is not None else []
            links += [agent for _, agent in steps if agent is not None]
            if publisher is not None:
                links.append(publisher)
            chain = tuple(reader.value(a) for a in links)
        quote = reader.first(node, DK.quoteText)
        note = reader.first(node, RDFS.comment)
        anchor = reader.fact_anchor(node)
        views.append(
            FactView(
                anchor=anchor,
                iri=str(node),
                group=group,
                kind=reader.kind(node),
                label=reader.label(node),
                badges=badges,
                details=details,
                spans=reader.evidence(node),
                chain=chain,
                quote=str(quote) if quote is not None else None,
                note=str(note) if note is not None else None,
                origin=reader.origin(node),
                issues=tuple(issues_by_fact.get(str(node), ())),
            )
        )
    return views


def _detail_value(reader: GraphReader, prop: URIRef, obj: Node) -> Value:
    if prop == DK.dateExpression:
        resolved = reader.first(obj, DK.date)
        if resolved is None:
            lo, hi = reader.first(obj, DK.earliestDate), reader.first(obj, DK.latestDate)
            resolved = Literal(f"{lo or '…'} to {hi or '…'}")
        return Value(
            f"“{reader.label(obj)}” → {resolved}", f"#{reader.fact_anchor(obj)}", "factref"
        )
    return reader.value(obj)


def group_facts(facts: Sequence[FactView]) -> tuple[FactGroup, ...]:
    """The facts panel's groups, in display order; each group's facts in text order."""
    titles = {k: t for k, t, _ in FACT_GROUPS} | {OTHER_GROUP[0]: OTHER_GROUP[1]}
    groups = []
    for key, title in titles.items():
        members = sorted(
            (f for f in facts if f.group == key),
            key=lambda f: (span_key(f.spans[0]) if f.spans else (1 << 62, 0), f.label),
        )
        if members:
            groups.append(FactGroup(key, title, tuple(members)))
    return tuple(groups)


def entity_views(reader: GraphReader) -> list[EntityView]:
    """The entities mentioned in the article, in the order of their first mention."""
    g = reader.graph
    spans: dict[Node, dict[str, SpanRef]] = defaultdict(dict)
    for mention in g.subjects(RDF.type, DK.Mention):
        body = reader.first(mention, OA.hasBody)
        for target in reader.objects(mention, OA.hasTarget):
            ref = reader.span_ref(target)
            if body is not None and ref is not None:
                spans[body][ref.span] = ref
    views = []
    for node, refs in spans.items():
        kind, kind_label = reader.entity_kind(node)
        views.append(
            EntityView(
                anchor=reader.entity_anchor(node),
                iri=str(node),
                name=reader.label(node),
                kind=kind,
                kind_label=reader.kind(node) if kind != "other" else kind_label,
                spans=tuple(sorted(refs.values(), key=span_key)),
            )
        )
    return sorted(views, key=lambda e: (span_key(e.spans[0]), e.name))
