"""Predicted facts: an annotation read as the converter reads it (:func:`predict`)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from diplokg.errors import UnknownReferenceError
from diplokg.evaluate import items
from diplokg.model.annotation import (
    Annotation,
    DateSpec,
    EntityDef,
    Event,
    Ref,
    Registry,
)
from diplokg.model.dates import resolve
from diplokg.model.evidence import locate
from diplokg.model.limits import shown
from diplokg.model.yamlsrc import Src

__all__ = ["predict"]


_PERSON_TYPES = ("person", "diplomat")
_ORG_KIND_OF_TYPE = {
    "state": "state",
    "alliance": "alliance",
    "intergovernmental": "intergovernmental",
    "government-body": "ministry",
    "party": "party",
    "company": "company",
    "media": "media",
    "group": "other",
}


class _Predictor:
    """Reads an annotation into a :class:`~.items.FactSet` (see the module docstring)."""

    def __init__(
        self, annotation: Annotation, *, text: str, published: dt.date, registry: Registry | None
    ) -> None:
        self.ann = annotation
        self.text = text
        self.published = published
        self.registry = registry or Registry(entities={})
        self.events = {e.id: e for e in annotation.events}
        self.names: dict[str, items.Name] = {}

    def entity(self, ref: Ref) -> EntityDef:
        found = self.ann.entities.get(ref.key) or self.registry.entities.get(ref.key)
        if found is None:
            raise ref.src.error(
                f"unknown entity '{ref.key}': not in the annotation's entities nor the registry",
                UnknownReferenceError,
            )
        return found

    def name(self, ref: Ref) -> items.Name:
        if ref.key not in self.names:
            e = self.entity(ref)
            mentions = self.ann.mentions.get(ref.key, ())
            names = (e.name, *e.aliases, *(m.text for m in mentions))
            forms = frozenset(items.normalise_name(n) for n in names)
            self.names[ref.key] = items.Name(e.name, forms - {""})
        return self.names[ref.key]

    def day(self, spec: DateSpec | None, *, future: bool = False) -> str | None:
        if spec is None:
            return None
        if spec.value is not None:
            value: str | None = spec.value
        else:
            assert spec.phrase is not None  # noqa: S101 - DateSpec has one of the two
            locate(self.text, spec.phrase)
            res = resolve(spec.phrase.text, published=self.published, future=future)
            if res is None:
                raise spec.src.error(
                    f"cannot resolve the date phrase {shown(spec.phrase.text)}; "
                    "write the date as YYYY-MM-DD instead"
                )
            value = res.value
        return value if value is not None and items.DAY.match(value) else None

    def place(self, event: Event) -> Ref | None:
        seen: set[str] = set()
        current: Event | None = event
        last = event
        while current is not None and current.id not in seen:
            seen.add(current.id)
            if current.place is not None:
                return current.place
            last = current
            current = self.events.get(current.occasion.id) if current.occasion else None
        # A visit with no place of its own is held in its host state (convention 3 of
        # tests/data/CONVENTIONS.md: the shapes allow no state as a dk:place), and so is
        # what is held on its occasion; a host that is no state (a body, "the Palestinian
        # Authority") gives it no place.
        host = last.host if last.kind == "visit" else None
        return host if host is not None and self.entity(host).type == "state" else None

    def check_grounding(self) -> None:
        for selectors in self.ann.mentions.values():
            for selector in selectors:
                locate(self.text, selector)
        for fact in self.ann.facts():
            for selector in fact.evidence:
                locate(self.text, selector)
        for quote in self.ann.quotes:
            locate(self.text, quote.text)

    def refs(self) -> list[Ref]:
        """Every entity reference of the annotation, in order of appearance."""
        a = self.ann
        refs: list[Ref] = []
        for p in a.positions:
            refs += [p.holder, p.organization]
        for e in a.events:
            refs += [*e.participants, *(r for r in (e.organizer, e.visitor, e.host, e.place) if r)]
        for ab in a.absences:
            refs.append(ab.absentee)
        for s in a.statements:
            refs += s.issuers
        for q in a.quotes:
            refs.append(q.speaker)
        for ag in a.agreements:
            refs += ag.parties
        for ac in a.accusations:
            refs += [r for r in (ac.accuser, ac.accused) if r]
        for fact in a.facts():
            refs += fact.reported_by
        return refs

    def facts(self) -> items.FactSet:
        self.check_grounding()
        a = self.ann
        nowhere = Src(a.path or Path("annotation"), 1, 1)
        keyed: dict[str, Ref] = {}
        for key, local in a.entities.items():
            keyed.setdefault(key, Ref(key, local.src))
        for key in a.mentions:
            keyed.setdefault(key, Ref(key, a.mention_src.get(key, nowhere)))
        for ref in self.refs():
            keyed.setdefault(ref.key, ref)
        roles: dict[str, list[items.RoleClaim]] = {}
        for p in a.positions:
            role = f"former {p.role}" if p.status == "former" else p.role
            roles.setdefault(p.holder.key, []).append(
                items.RoleClaim(
                    role, self.name(p.organization), confidence=p.confidence, rule=p.rule
                )
            )
        persons: list[items.PersonItem] = []
        organizations: list[items.OrganizationItem] = []
        for key, ref in keyed.items():
            entity = self.entity(ref)
            if entity.type in _PERSON_TYPES:
                persons.append(items.PersonItem(self.name(ref), tuple(roles.get(key, ()))))
            elif entity.type != "place":
                kind = _ORG_KIND_OF_TYPE[entity.type]
                organizations.append(items.OrganizationItem(self.name(ref), kind))

        meetings = []
        for e in a.events:
            if e.status == "cancelled":
                continue
            people: dict[str, Ref] = {}
            for r in (*e.participants, e.organizer, e.visitor, e.host):
                if r is not None:
                    people.setdefault(r.key, r)
            place = self.place(e)
            meetings.append(
                items.MeetingItem(
                    participants=tuple(self.name(r) for r in people.values()),
                    place=self.name(place) if place else None,
                    date=self.day(e.date, future=e.status == "planned"),
                    evidence=e.evidence[0].text if e.evidence else None,
                    confidence=e.confidence,
                    rule=e.rule,
                )
            )
        quotes = [
            items.QuoteItem(
                speaker=self.name(q.speaker),
                text=q.text.text,
                reported_by=tuple(self.name(r) for r in q.reported_by),
                confidence=q.confidence,
                rule=q.rule,
            )
            for q in a.quotes
        ]
        statements = [
            items.StatementItem(
                issuer=self.name(issuer),
                kind=s.kind,
                date=self.day(s.date),
                evidence=s.evidence[0].text if s.evidence else None,
                confidence=s.confidence,
                rule=s.rule,
            )
            for s in a.statements
            for issuer in s.issuers
        ]
        agreements = [
            items.AgreementItem(
                parties=tuple(self.name(r) for r in ag.parties),
                kind=ag.kind,
                date=self.day(ag.date),
                duration=ag.duration,
                evidence=ag.evidence[0].text if ag.evidence else None,
                confidence=ag.confidence,
                rule=ag.rule,
            )
            for ag in a.agreements
        ]
        accusations = [
            items.AccusationItem(
                accuser=self.name(ac.accuser),
                accused=self.name(ac.accused),
                about=ac.about,
                hedged=ac.factuality == "hedged",
                evidence=ac.evidence[0].text if ac.evidence else None,
                confidence=ac.confidence,
                rule=ac.rule,
            )
            for ac in a.accusations
            if ac.factuality != "negated" and ac.accuser is not None
        ]
        return items.FactSet.of(
            persons, organizations, meetings, quotes, statements, agreements, accusations
        )


def predict(
    annotation: Annotation,
    *,
    text: str,
    published: dt.date,
    registry: Registry | None = None,
) -> items.FactSet:
    """The facts an annotation (curated or drafted) claims, in the gold's shape.

    See the module docstring for how each kind is read. Raises
    :class:`~diplokg.errors.EvidenceError` when the annotation's evidence is not
    in ``text`` and :class:`~diplokg.errors.UnknownReferenceError` for an entity
    key neither the annotation nor ``registry`` defines.
    """
    return _Predictor(annotation, text=text, published=published, registry=registry).facts()
