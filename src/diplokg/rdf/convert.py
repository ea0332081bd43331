"""Convert an article, its metadata and its annotation into an RDF graph.

The graph is built from rdflib term objects, never from Turtle text. Every
fact links to the exact spans of text it was read from (NIF offsets in
Unicode code points), to the article, and to the conversion run (PROV-O). IRIs
are minted by :mod:`diplokg.rdf.terms` from keys and ids, so the same input
always gives the same graph.
"""

from __future__ import annotations

import calendar
import datetime as dt
import difflib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from rdflib import OWL as _OWL
from rdflib import RDF as _RDF
from rdflib import RDFS as _RDFS
from rdflib import XSD as _XSD
from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from diplokg import __version__
from diplokg.errors import AnnotationError, EvidenceError, UnknownReferenceError
from diplokg.model.annotation import (
    ENTITY_TYPES,
    Absence,
    Accusation,
    Agreement,
    Annotation,
    ArticleInputs,
    ArticleSources,
    DateSpec,
    Drafter,
    EntityDef,
    Event,
    Fact,
    FactRef,
    Metadata,
    Position,
    Quote,
    Ref,
    Registry,
    Selector,
    Statement,
    article_sources,
    load_annotation,
    load_metadata,
    load_registry,
    without_selector_at,
)
from diplokg.model.dates import resolve
from diplokg.model.evidence import locate
from diplokg.model.limits import shown
from diplokg.model.yamlsrc import Src, read_text
from diplokg.rdf.terms import (
    BASE,
    article_iri,
    bind_prefixes,
    entity_iri,
    fact_iri,
    graph_iri,
    post_iri,
    role_iri,
    slugify,
    span_iri,
)
from diplokg.rdf.terms import DK as _DK
from diplokg.rdf.terms import NIF as _NIF
from diplokg.rdf.terms import OA as _OA
from diplokg.rdf.terms import ORG as _ORG
from diplokg.rdf.terms import PROV as _PROV
from diplokg.rdf.terms import SCHEMA as _SCHEMA
from diplokg.rdf.terms import WD as _WD

__all__ = [
    "ArticleGraph",
    "Triple",
    "article_triples",
    "convert_article",
    "convert_files",
]

#: One triple of an article's graph.
Triple = tuple[Node, Node, Node]


class _Terms:
    """A namespace that makes each of its terms once.

    rdflib makes (and checks) a new URIRef on every attribute access of a
    namespace, a few microseconds each, several hundred times per article.
    """

    def __init__(self, namespace: Any) -> None:
        self._namespace = namespace
        self._items: dict[str, URIRef] = {}

    def __getattr__(self, name: str) -> URIRef:
        if name.startswith("__"):
            raise AttributeError(name)
        term: URIRef = getattr(self._namespace, name)
        setattr(self, name, term)  # found as a plain attribute from now on
        return term

    def __getitem__(self, name: str) -> URIRef:
        term = self._items.get(name)
        if term is None:
            term = self._items[name] = self._namespace[name]
        return term


DK, NIF, OA, ORG = _Terms(_DK), _Terms(_NIF), _Terms(_OA), _Terms(_ORG)
PROV, SCHEMA, WD = _Terms(_PROV), _Terms(_SCHEMA), _Terms(_WD)
OWL, RDF, RDFS, XSD = _Terms(_OWL), _Terms(_RDF), _Terms(_RDFS), _Terms(_XSD)


@lru_cache(maxsize=65536)
def _offset(value: int) -> Literal:
    """A text offset as an ``xsd:nonNegativeInteger`` literal (made once per value)."""
    return Literal(value, datatype=XSD.nonNegativeInteger)


SOFTWARE = URIRef(BASE + "software/diplokg")

_EVENT_CLASS = {
    "meeting": DK.Meeting,
    "conference": DK.Conference,
    "summit": DK.Summit,
    "visit": DK.Visit,
}
_STATEMENT_CLASS = {
    "statement": DK.Statement,
    "communique": DK.Communique,
    "report": DK.Report,
    "declaration": DK.Statement,
}


@dataclass(frozen=True)
class ArticleGraph:
    """One converted article: its named graph's IRI and triples."""

    article_id: str
    graph_iri: URIRef
    graph: Graph
    annotation_kind: str
    sources: ArticleSources
    #: Where each node came from: node IRI → file, line and column of the annotation
    #: (or registry/metadata) entry that produced it, for pointing reviewers at the line.
    origins: Mapping[str, Src] = field(default_factory=dict)
    #: What a draft of diplokg's own left out because the article does not hold its
    #: evidence (a flaw in the extractor), one line each: said, never a lost build.
    dropped: tuple[str, ...] = ()

    @property
    def triple_count(self) -> int:
        """Number of triples in the article's graph."""
        return len(self.graph)


@dataclass
class _Builder:
    """Accumulates one article's graph; holds the lookups the facts need."""

    article_id: str
    text: str
    meta: Metadata
    annotation: Annotation
    registry: Registry
    #: The triples so far, each once, in the order first added (a dict as an ordered set:
    #: adding to an rdflib graph one triple at a time costs several times as much).
    triples: dict[Triple, None] = field(default_factory=dict)
    used_entities: dict[str, EntityDef] = field(default_factory=dict)
    facts_by_id: dict[str, Fact] = field(default_factory=dict)
    origins: dict[str, Src] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.article = article_iri(self.article_id)
        self.context = span_iri(self.article_id, 0, len(self.text))
        self.activity = fact_iri(self.article_id, "conversion")
        for fact in self.annotation.facts():
            self.facts_by_id[fact.id] = fact

    # -- helpers --------------------------------------------------------------

    def add(self, s: Node, p: Node, o: Node | None) -> None:
        if o is not None:
            self.triples[(s, p, o)] = None

    def origin(self, node: URIRef, src: Src) -> None:
        """Remember the first annotation entry that produced ``node``."""
        self.origins.setdefault(str(node), src)

    def entity(self, ref: Ref) -> URIRef:
        """IRI of a referenced entity; raises at the reference if it is unknown."""
        entity = self.annotation.entities.get(ref.key) or self.registry.entities.get(ref.key)
        if entity is None:
            known = [*self.annotation.entities, *self.registry.entities]
            close = difflib.get_close_matches(ref.key, known, n=1)
            where = f"the registry ({self.registry.path})" if self.registry.path else "the registry"
            hint = f"; did you mean '{close[0]}'?" if close else ""
            raise ref.src.error(
                f"unknown entity '{ref.key}': define it in {where} or under 'entities:' "
                f"in the annotation{hint}",
                UnknownReferenceError,
            )
        self.used_entities[entity.key] = entity
        return self.entity_node(entity)

    def entity_node(self, entity: EntityDef) -> URIRef:
        return fact_iri(self.article_id, entity.key) if entity.local else entity_iri(entity.key)

    def fact(self, ref: FactRef, kind: type[Fact], what: str) -> URIRef:
        target = self.facts_by_id.get(ref.id)
        if target is None:
            ids = [f.id for f in self.facts_by_id.values() if isinstance(f, kind)]
            close = difflib.get_close_matches(ref.id, ids, n=1)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            raise ref.src.error(f"unknown {what} id '{ref.id}'{hint}", UnknownReferenceError)
        if not isinstance(target, kind):
            article = "an" if what[0] in "aeiou" else "a"
            raise ref.src.error(
                f"'{ref.id}' is not {article} {what} (it is defined at line {target.src.line})",
                UnknownReferenceError,
            )
        return fact_iri(self.article_id, ref.id)

    def span(self, begin: int, end: int) -> URIRef:
        node = span_iri(self.article_id, begin, end)
        if (node, RDF.type, DK.EvidenceSpan) not in self.triples:
            self.add(node, RDF.type, DK.EvidenceSpan)
            self.add(node, NIF.beginIndex, _offset(begin))
            self.add(node, NIF.endIndex, _offset(end))
            self.add(node, NIF.anchorOf, Literal(self.text[begin:end]))
            self.add(node, NIF.referenceContext, self.context)
            self.add(node, DK.article, self.article)
        return node

    def spans(self, selector: Selector) -> list[URIRef]:
        nodes = [self.span(begin, end) for begin, end in locate(self.text, selector)]
        for node in nodes:
            self.origin(node, selector.src)
        return nodes

    def name(self, ref: Ref) -> str:
        entity = self.annotation.entities.get(ref.key) or self.registry.entities.get(ref.key)
        return entity.name if entity else ref.key

    # -- article ---------------------------------------------------------------

    def article_node(self) -> None:
        a, meta = self.article, self.meta
        for node in (a, self.context, self.activity):
            self.origin(node, meta.src)
        self.add(a, RDF.type, DK.NewsArticle)
        self.add(a, DK.identifier, Literal(self.article_id))
        self.add(a, DK.datePublished, Literal(meta.published.isoformat(), datatype=XSD.date))
        self.add(a, DK.language, Literal(meta.language, datatype=XSD.language))
        if meta.translated_from:
            self.add(a, DK.translatedFrom, Literal(meta.translated_from, datatype=XSD.language))
        self.add(a, DK.machineTranslated, Literal(meta.machine_translated))
        if meta.title:
            self.add(a, SCHEMA.headline, Literal(meta.title))
        if meta.url:
            self.add(a, SCHEMA.url, Literal(meta.url, datatype=XSD.anyURI))
        self.add(a, RDFS.label, Literal(f"Article {self.article_id}"))
        self.add(a, DK.publisher, self.publisher())
        self.add(a, DK.hasText, self.context)
        c = self.context
        self.add(c, RDF.type, DK.ArticleText)
        self.add(c, NIF.isString, Literal(self.text))
        self.add(c, NIF.beginIndex, _offset(0))
        self.add(c, NIF.endIndex, _offset(len(self.text)))
        self.add(c, DK.article, a)
        act = self.activity
        self.add(act, RDF.type, DK.Conversion)
        self.add(act, RDFS.label, Literal(f"diplokg {__version__} conversion of {self.article_id}"))
        self.add(act, PROV.used, a)
        self.add(act, PROV.wasAssociatedWith, SOFTWARE)
        self.add(SOFTWARE, RDF.type, PROV.SoftwareAgent)
        self.add(SOFTWARE, RDFS.label, Literal(f"diplokg {__version__}"))

    def publisher(self) -> URIRef:
        given = self.meta.publisher
        if given in self.annotation.entities or given in self.registry.entities:
            return self.entity(Ref(given, self.meta.src))
        matches = [e for e in self.registry.lookup(given) if e.type == "media"]
        if len(matches) == 1:
            return self.entity(Ref(matches[0].key, self.meta.src))
        if len(matches) > 1:
            keys = ", ".join(e.key for e in matches)
            raise self.meta.src.error(
                f"publisher {shown(given)} matches several registry entries ({keys}); give the key"
            )
        key = f"publisher-{slugify(given) or 'unknown'}"
        local = EntityDef(key=key, name=given, type="media", src=self.meta.src, local=True)
        self.used_entities[key] = local
        return self.entity_node(local)

    # -- entities ----------------------------------------------------------------

    def entity_nodes(self) -> None:
        pending = list(self.used_entities.values())
        done: set[str] = set()
        while pending:
            e = pending.pop()
            if e.key in done:
                continue
            done.add(e.key)
            node = self.entity_node(e)
            self.origin(node, e.src)
            self.add(node, RDF.type, DK[ENTITY_TYPES[e.type]])
            self.add(node, DK.name, Literal(e.name))
            self.add(node, RDFS.label, Literal(e.name))
            for alias in e.aliases:
                self.add(node, DK.alias, Literal(alias))
            if e.wikidata:
                self.add(node, OWL.sameAs, WD[e.wikidata])
            if e.description:
                self.add(node, RDFS.comment, Literal(e.description))
            for prop, ref in ((DK.capital, e.capital), (DK.country, e.country)):
                if ref is not None:
                    self.add(node, prop, self.entity(ref))
                    pending.append(self.used_entities[ref.key])

    def mentions(self) -> None:
        for key, selectors in self.annotation.mentions.items():
            body = self.entity(Ref(key, self.annotation.mention_src[key]))
            for selector in selectors:
                for begin, end in locate(self.text, selector):
                    m = fact_iri(self.article_id, f"mention/{key}/{begin}-{end}")
                    self.origin(m, selector.src)
                    self.origin(span_iri(self.article_id, begin, end), selector.src)
                    self.add(m, RDF.type, DK.Mention)
                    self.add(m, OA.hasBody, body)
                    self.add(m, OA.hasTarget, self.span(begin, end))
                    self.add(m, OA.motivatedBy, OA.identifying)
                    self.add(m, DK.article, self.article)

    # -- facts ---------------------------------------------------------------

    def fact_common(
        self, fact: Fact, cls: URIRef, label: str, extra: Iterable[Selector] = ()
    ) -> URIRef:
        node = fact_iri(self.article_id, fact.id)
        self.origin(node, fact.src)
        self.add(node, RDF.type, cls)
        self.add(node, RDFS.label, Literal(label))
        self.add(node, DK.article, self.article)
        self.add(node, DK.generatedBy, self.activity)
        for selector in (*extra, *fact.evidence):
            for span in self.spans(selector):
                self.add(node, DK.evidence, span)
        if fact.note:
            self.add(node, RDFS.comment, Literal(fact.note))
        if fact.confidence is not None:
            self.add(node, DK.confidence, Literal(round(fact.confidence, 3), datatype=XSD.decimal))
        if fact.rule:
            self.add(node, DK.extractionRule, Literal(fact.rule))
        for index, ref in enumerate(fact.reported_by, start=1):
            step = fact_iri(self.article_id, f"{fact.id}/step/{index}")
            self.origin(step, ref.src)
            self.add(node, DK.reportingStep, step)
            self.add(step, RDF.type, DK.ReportingStep)
            self.add(step, PROV.agent, self.entity(ref))
            self.add(step, DK.stepIndex, Literal(index))
        return node

    def date_expression(
        self, node: URIRef, expr_id: str, spec: DateSpec, *, future: bool = False
    ) -> tuple[str | None, dt.date | None, dt.date | None]:
        """Resolve a date spec: (exact day or month, earliest, latest).

        A phrase of the article becomes a dk:DateExpression linked from ``node``
        that keeps the words, their span and what they resolve to.
        """
        if spec.value is not None:
            return spec.value, None, None
        assert spec.phrase is not None  # noqa: S101 - DateSpec has one of the two
        phrase = spec.phrase.text
        res = resolve(phrase, published=self.meta.published, future=future)
        if res is None:
            raise spec.src.error(
                f"cannot resolve the date phrase {shown(phrase)}; "
                "write the date as YYYY-MM-DD instead"
            )
        expr = fact_iri(self.article_id, expr_id)
        self.origin(expr, spec.src)
        self.add(node, DK.dateExpression, expr)
        self.add(expr, RDF.type, DK.DateExpression)
        self.add(expr, RDFS.label, Literal(phrase))
        self.add(expr, DK.phrase, Literal(phrase))
        self.add(expr, DK.article, self.article)
        self.add(expr, DK.generatedBy, self.activity)
        self.add(
            expr,
            RDFS.comment,
            Literal(f"resolved by rule {res.rule} against {self.meta.published.isoformat()}"),
        )
        for span in self.spans(spec.phrase):
            self.add(expr, DK.evidence, span)
        if res.value:
            self.add(expr, DK.date, _date_literal(res.value))
            return res.value, None, None
        for prop, bound in ((DK.earliestDate, res.earliest), (DK.latestDate, res.latest)):
            if bound is not None:
                self.add(expr, prop, Literal(bound.isoformat(), datatype=XSD.date))
        return None, res.earliest, res.latest

    def date(
        self, node: URIRef, fact_id: str, spec: DateSpec | None, *, future: bool = False
    ) -> tuple[str | None, dt.date | None, dt.date | None]:
        """Add a fact's date (dk:date); returns (exact value, earliest, latest)."""
        if spec is None:
            return None, None, None
        value, earliest, latest = self.date_expression(node, f"{fact_id}/date", spec, future=future)
        if value:
            self.add(node, DK.date, _date_literal(value))
        return value, earliest, latest

    def position(self, p: Position) -> None:
        holder, org = self.entity(p.holder), self.entity(p.organization)
        org_name = self.name(p.organization)
        node = self.fact_common(
            p, DK.PositionHolding, f"{self.name(p.holder)}, {p.status} {p.role} of {org_name}"
        )
        role = role_iri(p.role)
        post = post_iri(p.organization.key, p.role)
        self.origin(role, p.src)
        self.origin(post, p.src)
        self.add(node, ORG.member, holder)
        self.add(node, ORG.organization, org)
        self.add(node, ORG.role, role)
        self.add(node, DK.post, post)
        self.add(node, DK.positionStatus, DK[p.status])
        if p.predecessor:
            self.add(node, DK.predecessor, self.fact(p.predecessor, Position, "position"))
        self.add(role, RDF.type, DK.Role)
        self.add(role, RDFS.label, Literal(p.role))
        self.add(post, RDF.type, DK.Post)
        self.add(post, RDFS.label, Literal(f"{p.role} of {org_name}"))
        self.add(post, ORG.postIn, org)
        self.add(post, ORG.role, role)

    def events(self) -> None:
        bounds: dict[str, list[dt.date | None]] = {}
        exact: dict[str, dt.date | None] = {}
        dated: set[str] = set()
        for e in self.annotation.events:
            label = e.label or f"{e.kind}: " + ", ".join(
                self.name(r) for r in (*e.participants, e.visitor, e.host) if r
            )
            node = self.fact_common(e, _EVENT_CLASS[e.kind], label)
            for participant in e.participants:
                self.add(node, DK.participant, self.entity(participant))
            for prop, ref in (
                (DK.organizer, e.organizer),
                (DK.visitor, e.visitor),
                (DK.host, e.host),
            ):
                if ref is not None:
                    self.add(node, prop, self.entity(ref))
            if e.place:
                self.add(node, DK.place, self.entity(e.place))
            if e.occasion:
                self.add(node, DK.occasion, self.fact(e.occasion, Event, "event"))
            self.add(node, DK.eventStatus, DK[e.status])
            if e.topic:
                self.add(node, DK.topic, Literal(e.topic))
            for other in e.before:
                self.add(node, DK.before, self.fact(other, Event, "event"))
            for other in e.after:
                self.add(self.fact(other, Event, "event"), DK.before, node)
            value, earliest, latest = self.date(node, e.id, e.date, future=e.status == "planned")
            exact[e.id] = dt.date.fromisoformat(value) if value and len(value) == 10 else None
            if value:
                dated.add(e.id)
            if e.not_before is not None:
                v, lo, _ = self.date_expression(node, f"{e.id}/not-before", e.not_before)
                earliest = _max(earliest, _first_day(v) if v else lo)
            if e.not_after is not None:
                v, _, hi = self.date_expression(node, f"{e.id}/not-after", e.not_after)
                latest = _min(latest, _last_day(v) if v else hi)
            if e.status == "held":
                latest = _min(latest, self.meta.published)
            elif e.status == "planned":
                earliest = _max(earliest, self.meta.published)
            bounds[e.id] = [earliest, latest]
        self._propagate_bounds(bounds, exact)
        for e in self.annotation.events:
            if e.id in dated:
                continue
            node = fact_iri(self.article_id, e.id)
            earliest, latest = bounds[e.id]
            if earliest is not None:
                self.add(node, DK.earliestDate, Literal(earliest.isoformat(), datatype=XSD.date))
            if latest is not None:
                self.add(node, DK.latestDate, Literal(latest.isoformat(), datatype=XSD.date))

    def _propagate_bounds(
        self, bounds: dict[str, list[dt.date | None]], exact: Mapping[str, dt.date | None]
    ) -> None:
        """Tighten earliest/latest bounds along 'before' relations until nothing changes."""
        pairs = [(e.id, o.id) for e in self.annotation.events for o in e.before]
        pairs += [(o.id, e.id) for e in self.annotation.events for o in e.after]
        for _ in range(len(pairs) + 1):
            changed = False
            for first, second in pairs:
                second_latest = exact[second] or bounds[second][1]
                new_latest = _min(bounds[first][1], second_latest)
                first_earliest = exact[first] or bounds[first][0]
                new_earliest = _max(bounds[second][0], first_earliest)
                if new_latest != bounds[first][1] or new_earliest != bounds[second][0]:
                    bounds[first][1], bounds[second][0] = new_latest, new_earliest
                    changed = True
            if not changed:
                return
        raise AnnotationError(
            "the events' 'before'/'after' relations form a cycle", path=self.annotation.path
        )

    def absence(self, a: Absence) -> None:
        event = self.fact(a.event, Event, "event")
        node = self.fact_common(a, DK.Absence, f"{self.name(a.absentee)} absent")
        self.add(node, DK.absentee, self.entity(a.absentee))
        self.add(node, DK.absentFrom, event)
        if a.reason:
            self.add(node, DK.statedReason, Literal(a.reason))
            self.add(node, DK.reasonFactuality, DK[a.reason_factuality])

    def statement(self, s: Statement) -> None:
        issuers = ", ".join(self.name(r) for r in s.issuers)
        node = self.fact_common(s, _STATEMENT_CLASS[s.kind], f"{s.kind} by {issuers}")
        for ref in s.issuers:
            self.add(node, DK.issuer, self.entity(ref))
        if s.issued_at:
            self.add(node, DK.issuedAt, self.fact(s.issued_at, Event, "event"))
        if s.concerns:
            self.add(node, DK.concerns, self.fact(s.concerns, Event, "event"))
        if s.adopter_count is not None:
            self.add(node, DK.adopterCount, Literal(s.adopter_count))
        if s.summary:
            self.add(node, DK.summary, Literal(s.summary))
        self.date(node, s.id, s.date)

    def quote(self, q: Quote) -> None:
        words = q.text.text
        short = words if len(words) <= 50 else words[:47] + "…"
        node = self.fact_common(
            q, DK.Quotation, f"{self.name(q.speaker)}: “{short}”", extra=[q.text]
        )
        self.add(node, DK.speaker, self.entity(q.speaker))
        self.add(node, DK.quoteText, Literal(words))
        if q.statement:
            self.add(node, DK.quotedIn, self.fact(q.statement, Statement, "statement"))
        self.date(node, q.id, q.date)

    def agreement(self, a: Agreement) -> None:
        parties = " and ".join(self.name(r) for r in a.parties)
        node = self.fact_common(a, DK.Agreement, f"{a.kind} between {parties}")
        for ref in a.parties:
            self.add(node, DK.party, self.entity(ref))
        self.add(node, DK.agreementKind, Literal(a.kind))
        self.add(node, DK.agreementStatus, DK[a.status])
        if a.duration:
            self.add(node, DK.duration, Literal(a.duration, datatype=XSD.duration))
        if a.purpose:
            self.add(node, DK.purpose, Literal(a.purpose))
        self.date(node, a.id, a.date)

    def accusation(self, a: Accusation) -> None:
        cls = DK.Criticism if a.kind == "criticism" else DK.Accusation
        verb = "criticise" if a.kind == "criticism" else "accuse"
        phrase = {
            "asserted": f"{verb}s",
            "hedged": f"allegedly {verb}s",
            "negated": f"does not {verb}",
        }
        who = self.name(a.accuser) if a.accuser else "Someone"
        node = self.fact_common(
            a, cls, f"{who} {phrase[a.factuality]} {self.name(a.accused)}: {a.about}"
        )
        if a.accuser:
            self.add(node, DK.accuser, self.entity(a.accuser))
        self.add(node, DK.accused, self.entity(a.accused))
        self.add(node, DK.about, Literal(a.about))
        self.add(node, DK.factuality, DK[a.factuality])
        if a.made_in:
            target = self.facts_by_id.get(a.made_in.id)
            kind: type[Fact] = Quote if isinstance(target, Quote) else Statement
            self.add(node, DK.madeIn, self.fact(a.made_in, kind, "statement or quote"))
        self.date(node, a.id, a.date)

    def build(self) -> list[Triple]:
        self.article_node()
        self.mentions()
        for p in self.annotation.positions:
            self.position(p)
        self.events()
        for a in self.annotation.absences:
            self.absence(a)
        for s in self.annotation.statements:
            self.statement(s)
        for q in self.annotation.quotes:
            self.quote(q)
        for ag in self.annotation.agreements:
            self.agreement(ag)
        for ac in self.annotation.accusations:
            self.accusation(ac)
        self.entity_nodes()
        return list(self.triples)


def _date_literal(value: str) -> Literal:
    datatype = XSD.date if len(value) == 10 else XSD.gYearMonth
    return Literal(value, datatype=datatype)


def _first_day(value: str) -> dt.date:
    """First day of an ISO day or month."""
    return dt.date.fromisoformat(value if len(value) == 10 else value + "-01")


def _last_day(value: str) -> dt.date:
    """Last day of an ISO day or month."""
    if len(value) == 10:
        return dt.date.fromisoformat(value)
    year, month = (int(part) for part in value.split("-"))
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _min(a: dt.date | None, b: dt.date | None) -> dt.date | None:
    return b if a is None else a if b is None else min(a, b)


def _max(a: dt.date | None, b: dt.date | None) -> dt.date | None:
    return b if a is None else a if b is None else max(a, b)


def article_triples(
    *,
    article_id: str,
    text: str,
    metadata: Metadata,
    annotation: Annotation,
    registry: Registry,
) -> tuple[list[Triple], dict[str, Src]]:
    """The triples of one article's graph, each once, and where each node came from.

    What :func:`convert_article` puts in an rdflib graph, for callers that can do
    without one (validation builds its own index of the triples).
    """
    builder = _Builder(article_id, text, metadata, annotation, registry)
    return builder.build(), builder.origins


def convert_article(
    *,
    article_id: str,
    text: str,
    metadata: Metadata,
    annotation: Annotation,
    registry: Registry,
) -> tuple[Graph, dict[str, Src]]:
    """Build the graph of one article from already-loaded inputs.

    Returns the graph and where each node came from (node IRI → annotation entry).
    """
    triples, origins = article_triples(
        article_id=article_id,
        text=text,
        metadata=metadata,
        annotation=annotation,
        registry=registry,
    )
    graph = Graph()
    bind_prefixes(graph)
    for triple in triples:
        graph.add(triple)
    return graph, origins


def convert_files(
    text_path: Path,
    *,
    inputs: ArticleInputs | None = None,
    loaded_registry: Registry | None = None,
    draft: Drafter | None = None,
) -> ArticleGraph:
    """Convert an article file, finding its metadata, annotation and registry beside it.

    ``inputs`` names files (and a date or publisher) that win over those found beside
    it; ``loaded_registry`` is the registry already loaded (a build converting many
    articles loads it once). An article without an annotation is converted from
    ``draft``'s draft (the application passes the extractor), else it is an error.
    """
    given = inputs or ArticleInputs()
    sources = article_sources(
        text_path, annotation=given.annotation, metadata=given.metadata, registry=given.registry
    )
    text = read_text(text_path, what="article")
    reg = (
        loaded_registry
        if loaded_registry is not None
        else load_registry(sources.registry)
        if sources.registry
        else Registry(entities={})
    )
    meta = _metadata(sources, published=given.published, publisher=given.publisher)
    if sources.annotation is None:
        if draft is None:
            raise AnnotationError(
                f"no annotation for this article: expected {sources.article_id}.ann.yaml "
                "beside it, or --annotation FILE",
                path=text_path,
            )
        ann = draft(
            text,
            article_id=sources.article_id,
            published=meta.published,
            publisher=meta.publisher,
            registry=reg,
            path=text_path,
        )
        kind = "draft"
    else:
        ann = load_annotation(sources.annotation)
        kind = "curated"

    def convert(a: Annotation) -> tuple[Graph, dict[str, Src]]:
        return convert_article(
            article_id=sources.article_id, text=text, metadata=meta, annotation=a, registry=reg
        )

    dropped: list[str] = []
    while True:
        try:
            graph, origins = convert(ann)
            break
        except AnnotationError as exc:
            if kind != "draft":
                raise
            # A draft's evidence the article does not hold (a flaw in the extractor)
            # loses what it names, not the article, nor the build of its folder.
            cut = (
                without_selector_at(ann, exc.line, exc.column)
                if isinstance(exc, EvidenceError)
                else None
            )
            if cut is None:
                raise _draft_error(exc, text_path, sources.article_id) from None
            ann = cut[0]
            dropped.append(_dropped_line(exc, cut[1]))
    return ArticleGraph(
        article_id=sources.article_id,
        graph_iri=graph_iri(sources.article_id),
        graph=graph,
        annotation_kind=kind,
        sources=sources,
        origins=origins,
        dropped=tuple(dropped),
    )


def _dropped_line(exc: AnnotationError, facts: tuple[str, ...]) -> str:
    """What the draft lost, for a warning naming the article."""
    what = f"facts {', '.join(facts)}" if len(facts) > 1 else f"fact {facts[0]}" if facts else ""
    what = what or "a mention"
    line = f" (its line {exc.line})" if exc.line is not None else ""
    found = exc.message.split("; ", 1)[0]  # (the rest is advice to whoever wrote it)
    return (
        f"diplokg's draft left out {what}{line}: {found}; a flaw in the extractor "
        "(please report it)"
    )


def _draft_error(exc: AnnotationError, text_path: Path, article_id: str) -> AnnotationError:
    """The error a draft of diplokg's own made, said of the article: the draft is no
    file the user has (its name alone sent them looking for one), and the flaw is the
    extractor's, which the user works around by curating the draft."""
    where = f" (its line {exc.line})" if exc.line is not None else ""
    return type(exc)(
        f"diplokg's draft of this article does not hold{where}: {exc.message}; a flaw in the "
        "extractor (please report it): draft it with 'diplokg extract', correct the draft "
        f"and save it as {article_id}.ann.yaml",
        path=text_path,
    )


def _metadata(
    sources: ArticleSources, *, published: dt.date | None, publisher: str | None
) -> Metadata:
    if sources.metadata is not None:
        meta = load_metadata(sources.metadata)
        if published is None and publisher is None:
            return meta
        return replace(
            meta, publisher=publisher or meta.publisher, published=published or meta.published
        )
    if published is None or publisher is None:
        raise AnnotationError(
            f"no metadata for this article: expected {sources.article_id}.meta.yaml beside it, "
            "or give both --published YYYY-MM-DD and --publisher NAME",
            path=sources.text,
        )
    return Metadata(
        path=None,
        publisher=publisher,
        published=published,
        language="en",
        src=Src(sources.text, 1, 1),
    )
