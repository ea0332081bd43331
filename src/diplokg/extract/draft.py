"""The draft writer and the public functions: an extraction written as annotation YAML.

:func:`extract_annotation` runs the extractor over one text, gives each fact its rule's
measured confidence and writes the draft with the annotation format's own writer;
:func:`extract_file` and :func:`extract_folder` read articles from disk."""

from __future__ import annotations

import bisect
import datetime as dt
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, TypeVar

from diplokg.errors import DiplokgError, InputError, UsageError
from diplokg.extract.extractor import Extractor
from diplokg.extract.state import _Agr, _Fact, _Stmt
from diplokg.extract.steps import run
from diplokg.model.annotation import (
    Annotation,
    Registry,
    article_sources,
    draft_options,
    find_articles,
    load_metadata,
)
from diplokg.model.annotation_yaml import write_annotation
from diplokg.model.evidence import find_occurrences, whole_span
from diplokg.model.yamlsrc import read_text
from diplokg.rdf.output import output_folder, refuse_foreign_files

#: Largest article the extractor reads: a long news article is 20–50 kB, and the rules
#: are meant for one article, not a book (it would take minutes).
MAX_ARTICLE_BYTES = 200_000


@dataclass(frozen=True)
class Draft:
    """A drafted annotation: its YAML text and what the annotation loader makes of it."""

    annotation: Annotation
    yaml: str


def _collapsed_space(name: str) -> str:
    """``name`` with its runs of white space (line breaks included) as single spaces."""
    return " ".join(name.split())


def draft_path(article_id: str) -> Path:
    """The name a draft annotation goes by in positions and error messages."""
    return Path(f"{article_id}.draft.ann.yaml")


class _Rated(Protocol):
    """What every drafted fact (quotes too) records: the rule that found it, how sure."""

    rule: str
    conf: float


_F = TypeVar("_F", bound=_Fact)


def _rated(item: dict[str, Any], fact: _Rated, ev: Any) -> dict[str, Any]:
    """``item`` with the fields every drafted fact ends in: its confidence, rule and
    evidence (if any)."""
    item["confidence"] = fact.conf
    item["rule"] = fact.rule
    if ev is not None:
        item["evidence"] = ev
    return item


def _nth(occ: list[int], start: int) -> int | None:
    """Which occurrence (from 1) of ``occ`` (ascending offsets) starts at ``start``; by
    bisection, since a text of one word repeated has thousands of them."""
    i = bisect.bisect_left(occ, start)
    return i + 1 if i < len(occ) and occ[i] == start else None


class _Yaml:
    """Builds the draft YAML from the extractor's findings."""

    def __init__(self, ex: Extractor) -> None:
        self.ex = ex
        self.text = ex.text
        self._occ: dict[str, list[int]] = {}

    def occurrences(self, needle: str) -> list[int]:
        """Where ``needle`` occurs, as the converter finds evidence (its own function):
        an occurrence the draft counts is one the converter counts, in the same order."""
        occ = self._occ.get(needle)
        if occ is None:
            occ = find_occurrences(self.text, needle)
            self._occ[needle] = occ
        return occ

    def sel(self, start: int, end: int) -> Any:
        """A selector naming exactly the text at (start, end), widened to whole
        characters (a rule may stop before a combining mark), or None where the converter
        would not find it there."""
        text = self.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and (text[end - 1].isspace()):
            end -= 1
        if end <= start:
            return None
        start, end = whole_span(text, start, end)
        needle = text[start:end]
        occ = self._occ.get(needle)  # (self.occurrences(needle), without the call)
        if occ is None:
            occ = self._occ[needle] = find_occurrences(text, needle)
        nth = _nth(occ, start)
        if nth is None:
            return None
        if len(occ) == 1:
            return needle
        return {"text": needle, "occurrence": nth}

    def evidence(self, *spans: tuple[int, int] | None) -> list[Any] | Any:
        # (``seen``: what is in sels, hashable; a meeting told in every sentence of a
        # long text has thousands of spans)
        sels = []
        seen: set[Any] = set()
        for sp in spans:
            if sp is None:
                continue
            s, e = _trim_span(self.text, *sp)
            if e <= s:
                continue
            sel = self.sel(s, e)
            if sel is None:
                sel = self._widen(s, e)
            key = tuple(sel.items()) if isinstance(sel, dict) else sel
            if sel is not None and key not in seen:
                seen.add(key)
                sels.append(sel)
        if not sels:
            return None
        return sels[0] if len(sels) == 1 else sels

    def evidenced(self, facts: Iterable[_F]) -> Iterator[tuple[_F, Any]]:
        """Each of ``facts`` whose span can be pointed at in the text, with its evidence."""
        for fact in facts:
            ev = self.evidence(fact.span)
            if ev is not None:
                yield fact, ev

    def _widen(self, s: int, e: int) -> Any:
        text = self.text
        while s > 0 and (text[s - 1].isalnum()):
            s -= 1
        while e < len(text) and text[e].isalnum():
            e += 1
        return self.sel(s, e)

    def date(self, span: tuple[int, int] | None) -> Any:
        if span is None:
            return None
        sel = self.sel(*span)
        if isinstance(sel, dict):
            return sel
        begin, end = whole_span(self.text, *span)
        return {"text": self.text[begin:end]}

    def build(self) -> tuple[tuple[str, ...], dict[str, Any]]:
        """The draft's header comment lines and its sections, as plain data."""
        ex = self.ex
        used: set[str] = set()

        def use(key: str | None) -> str | None:
            if key is not None:
                used.add(key)
            return key

        def reported(item: dict[str, Any], fact: _Stmt | _Agr, ev: Any) -> dict[str, Any]:
            """``item`` with the fields a statement or an agreement ends in: when it was
            made and who reported it (when known), then its confidence, rule and evidence."""
            if fact.date:
                item["date"] = self.date(fact.date)
            if fact.reported_by:
                item["reported_by"] = [use(k) for k in fact.reported_by]
            return _rated(item, fact, ev)

        positions = []
        for p, ev in self.evidenced(ex.positions):
            item: dict[str, Any] = {
                "id": p.id,
                "holder": use(p.holder),
                "role": p.role,
                "organization": use(p.org),
                "status": p.status,
            }
            if p.predecessor:
                item["predecessor"] = p.predecessor
            positions.append(_rated(item, p, ev))
        pos_ids = {p["id"] for p in positions}
        for item in positions:
            if item.get("predecessor") not in pos_ids:
                item.pop("predecessor", None)

        events = []
        for e in sorted(ex.events, key=lambda e: e.span[0]):
            ev = self.evidence(e.span, *e.extra)
            if ev is None:
                continue
            item = {"id": e.id, "kind": e.kind}
            if e.label:
                item["label"] = e.label
            if e.organizer:
                item["organizer"] = use(e.organizer)
            if e.participants and e.kind != "visit":
                item["participants"] = [use(k) for k in e.participants]
            if e.visitor:
                item["visitor"] = use(e.visitor)
            if e.host:
                item["host"] = use(e.host)
            if e.place:
                item["place"] = use(e.place)
            if e.occasion:
                item["occasion"] = e.occasion
            if e.date:
                item["date"] = self.date(e.date)
            item["status"] = e.status
            events.append(_rated(item, e, ev))
        event_ids = {e["id"] for e in events}

        absences = []
        for a in ex.absences:
            if a.event not in event_ids:
                continue
            ev = self.evidence(a.span)
            if ev is None:
                continue
            item = {"id": a.id, "absentee": use(a.absentee), "event": a.event}
            if a.reason:
                item["reason"] = a.reason
                item["reason_factuality"] = a.reason_factuality
            absences.append(_rated(item, a, ev))

        statements = []
        for st, ev in self.evidenced(ex.statements):
            item = {"id": st.id, "kind": st.kind, "issuer": [use(k) for k in st.issuers]}
            if len(st.issuers) == 1:
                item["issuer"] = st.issuers[0]
            if st.issued_at and st.issued_at in event_ids:
                item["issued_at"] = st.issued_at
            elif st.kind == "communique":
                item["kind"] = "statement"
            if st.adopters is not None:
                item["adopter_count"] = st.adopters
            if st.summary:
                item["summary"] = st.summary
            statements.append(reported(item, st, ev))
        stmt_ids = {s["id"] for s in statements}

        quotes = []
        for q in ex.quotes:
            sel = self.sel(*q.text)
            if sel is None:
                continue
            item = {"id": q.id, "speaker": use(q.speaker)}
            if q.statement and q.statement in stmt_ids:
                item["statement"] = q.statement
            if q.reported_by:
                item["reported_by"] = [use(k) for k in q.reported_by]
            item["text"] = sel
            if q.date:
                item["date"] = self.date(q.date)
            ev = self.evidence(q.evidence) if q.evidence else None
            quotes.append(_rated(item, q, ev))
        quote_ids = {q["id"] for q in quotes}

        agreements = []
        for ag, ev in self.evidenced(ex.agreements):
            item = {
                "id": ag.id,
                "parties": [use(k) for k in ag.parties],
                "kind": ag.kind,
                "status": ag.status,
            }
            if ag.duration:
                item["duration"] = ag.duration
            agreements.append(reported(item, ag, ev))

        accusations = []
        for ac, ev in self.evidenced(ex.accusations):
            item = {"id": ac.id, "kind": ac.kind}
            if ac.accuser:
                item["accuser"] = use(ac.accuser)
            item["accused"] = (
                [use(k) for k in ac.accused] if len(ac.accused) > 1 else use(ac.accused[0])
            )
            item["about"] = ac.about
            item["factuality"] = ac.factuality
            if ac.made_in and (ac.made_in in stmt_ids or ac.made_in in quote_ids):
                item["made_in"] = ac.made_in
            accusations.append(_rated(item, ac, ev))

        # mentions: every entity named, with every occurrence that is its
        mentions: dict[str, list[Any]] = {}
        by_key: dict[str, dict[str, list[int]]] = {}
        # A state named only as a topic or to locate a city ("Vilnius, Lithuania") is no
        # actor (convention 9: see EntityRules.named_only_as_topics_or_places).
        located_only = ex.named_only_as_topics_or_places()
        first: dict[str, int] = {}  # where each key is first mentioned
        text = self.text
        for m in ex.mens:
            if m.end <= m.start or (m.key in located_only and m.key not in used):
                continue
            key = m.key
            start, end = whole_span(text, m.start, m.end)
            surfaces = by_key.get(key)
            if surfaces is None:
                by_key[key] = {text[start:end]: [start]}
                first[key] = start
            else:
                surfaces.setdefault(text[start:end], []).append(start)
                if start < first[key]:
                    first[key] = start
        for key in sorted(by_key, key=first.__getitem__):
            ent = ex.ents.get(key)
            if ent is None:
                continue
            items: list[Any] = []
            surfaces = by_key[key]
            for surface in sorted(surfaces, key=lambda s: min(surfaces[s])):
                starts = sorted(set(surfaces[surface]))
                occ = self.occurrences(surface)
                idx = [n for n in (_nth(occ, s) for s in starts) if n is not None]
                if not idx:
                    continue
                if len(occ) == 1:
                    items.append(surface)
                elif len(idx) == len(occ):
                    items.append({"text": surface, "occurrence": "all"})
                elif len(idx) == 1:
                    items.append({"text": surface, "occurrence": idx[0]})
                else:
                    items.append({"text": surface, "occurrence": idx})
            if items:
                mentions[key] = items
                used.add(key)
        # the publisher is an entity of the graph too
        local: dict[str, Any] = {}
        registry_keys: Mapping[str, object] = (
            ex.registry.entities if ex.registry is not None else {}
        )
        for key in sorted(used, key=lambda k: (k not in mentions, k)):
            ent = ex.ents.get(key)
            if ent is None or key in registry_keys:
                continue
            # A name is one line, however the text wrapped it ("Federal Democratic Republic
            # of\nEthiopia" in a hard-wrapped article): names are labels, the mentions keep
            # the text as written.
            name = _collapsed_space(ent.name)
            item = {"name": name, "type": ent.type}
            aliases = [a for a in dict.fromkeys(map(_collapsed_space, ent.aliases)) if a != name]
            if aliases:
                item["aliases"] = aliases
            local[key] = item
        header = (  # (comment lines: write_annotation escapes what a comment cannot hold)
            f"Draft annotation of {ex.article_id} (published {ex.published.isoformat()}), "
            "drafted by `diplokg extract`.",
            "Every fact carries the rule that produced it and a confidence (0-1): review",
            "the least confident first, correct or delete, then save as NAME.ann.yaml.",
        )
        sections = {
            "entities": local,
            "mentions": mentions,
            "positions": positions,
            "events": events,
            "absences": absences,
            "statements": statements,
            "quotes": quotes,
            "agreements": agreements,
            "accusations": accusations,
        }
        return header, sections


def _trim_span(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in ",;:"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:"):
        e -= 1
    return s, e


# How often each rule's facts are right (smoothed: (right + 1) / (facts + 2)), measured
# with `python benchmarks/calibration.py tests/data/dev tests/data/styled
# tests/data/real/[a-s]*.txt` on the development set, the styled articles and the 240 real
# texts of parts A-S (2026-12-07, night session; parts T, U and V, held out, are left
# out): a rule's record on familiar copy, which the curve below turns into a drafted
# fact's confidence. A rule with no fact in those sets keeps its earlier value; a rule not
# listed keeps the confidence its code gives it.
_MEASURED_CONFIDENCE: Mapping[str, float] = {
    "accusation:accusation-verb": 0.95,
    "accusation:concern": 0.94,
    "accusation:unnamed-target": 0.8,
    "accusation:demand": 0.88,
    "accusation:dismissed-as": 0.8,
    "accusation:critical-quote": 0.93,
    "accusation:criticism-noun": 0.67,
    "accusation:criticism-verb": 0.95,
    "accusation:said-government-deed": 0.8,
    "accusation:alleged-deed": 0.67,
    "accusation:passive-deed": 0.75,
    "accusation:said-deed": 0.83,
    "agreement:agreed-to-do": 0.91,
    "agreement:agreed-on": 0.67,
    "agreement:bound-by": 0.67,
    "agreement:verb-kind": 0.97,
    "agreement:noun-by": 0.82,
    "agreement:for-signing": 0.75,
    "agreement:they-made": 0.75,
    "agreement:state-pair": 0.67,
    "meeting:anaphoric": 0.83,
    "meeting:attended-signing": 0.8,
    "meeting:fronted-talks": 0.5,  # (no fact in the measured sets yet)
    "meeting:hosted-several": 0.93,
    "meeting:meeting-with": 0.67,
    "meeting:met": 0.96,
    "meeting:ministers-of": 0.67,
    "meeting:received-by": 0.75,
    "meeting:represented-parties": 0.67,
    "meeting:reciprocal": 0.94,
    "meeting:signed-by": 0.67,
    "meeting:signers-for": 0.75,
    "meeting:signing": 0.93,
    "meeting:will-sign": 0.5,  # (no fact in the measured sets yet)
    "meeting:travel-to-meet": 0.75,
    "visit:presence": 0.75,
    "visit:tour": 0.5,  # (no fact in the measured sets yet)
    "visit:headline": 0.85,
    "visit:noun": 0.96,
    "visit:verb": 0.94,
    "visit:body": 0.75,
    "quote:document-after": 0.67,
    "quote:document-subject": 0.75,
    "quote:joined": 0.8,
    "quote:name-said-after": 0.99,
    "quote:previous-paragraph": 0.97,
    "quote:previous-speaker": 0.96,
    "quote:pronoun-after": 0.96,
    "quote:said-after": 0.97,
    "quote:same-speaker-continued": 0.91,
    "quote:speaker-before": 0.93,
    "quote:same-clause": 0.9,
    "position:anonymous": 0.5,
    "position:apposition-after": 0.97,
    "position:apposition-before": 0.94,
    "position:counterpart": 0.95,
    "position:its-role": 0.33,
    "position:title-before-name": 0.95,
    "position:title-before-name+implied-org": 0.97,
    "position:title-before-name+publisher-state": 0.7,
    "position:title-before-name+state-from-context": 0.85,
    "position:in-brackets": 0.75,
    "position:office-holder": 0.95,
    "position:secretary-general-office": 0.89,
    "position:title-before-name+body-after": 0.75,
    "position:title-before-name+state-served": 0.88,
    "position:title-line+implied-org": 0.88,
    "position:title-line": 0.67,
    "position:publisher-body": 0.67,
    "position:council-presidency": 0.67,
    "position:spokesperson-relay": 0.67,
    "quote:spokesperson-document": 0.67,
    "statement:from": 0.8,
    "statement:government-said": 0.67,
    "statement:joint": 0.96,
    "statement:joint-between": 0.83,
    "statement:organisation-said": 0.9,
    "statement:verb": 0.97,
    "accusation:claimed-deed": 0.83,
    "accusation:hostile-noun": 0.94,
    "agreement:agreed-on-importance": 0.86,
    "agreement:as-well-as": 0.67,
    "agreement:committed-that": 0.92,
    "agreement:noun-between": 0.8,
    "event:conference-noun": 0.92,
    "event:conference-of-subject": 0.67,
    "meeting:discussed": 0.57,
    "meeting:meeting-between": 0.95,
    "meeting:ministers-from": 0.8,
    "meeting:owned-talks": 0.67,
    "meeting:reached-by": 0.67,
    "meeting:talks-of-subjects": 0.8,
    "meeting:title": 0.8,
    "position:apposition-after+known-leader": 0.89,
    "position:title-before-name+article-state": 0.88,
    "position:title-before-name+known-leader": 0.98,
    "quote:joint-statement": 0.8,
    "quote:said-colon-before": 0.95,
    "statement:document-noun": 0.88,
    "statement:issued-by": 0.96,
    "statement:joint-after-talks": 0.8,
    "statement:joint-by": 0.88,
    "statement:office-said": 0.67,
    "statement:spokesperson-said": 0.67,
    "statement:state-says": 0.78,
    "statement:title": 0.9,
    "visit:possessive": 0.92,
    "accusation:summoned-envoy": 0.75,
    "statement:joint-at-summit": 0.75,
    "agreement:agreed-to-np": 0.67,
    "meeting:briefed": 0.5,
    "meeting:day-of-round": 0.94,
    "meeting:day-of-lede": 0.75,
    "meeting:day-of-visit": 0.67,
    "meeting:held-at-invitation": 0.67,
    "meeting:hosted-by-several": 0.75,
    "meeting:invited": 0.67,
    "meeting:named-states": 0.76,
    "meeting:semicolon-guests": 0.92,
    "meeting:talks-between": 0.83,
    "position:apposition-after+state-from-context": 0.67,
    "position:apposition-before+implied-org": 0.67,
    "position:apposition-before+known-leader": 0.8,
    "position:apposition-before+portfolio-people": 0.67,
    "position:apposition-before+publisher-body": 0.67,
    "position:title-before-name+delegation-state": 0.67,
    "position:title-before-name+publisher-body": 0.75,
    "position:title-before-name+visit-host": 0.8,
    "position:title-of-before": 0.88,
    "quote:document-said-after": 0.67,
    "quote:titled-name-said-after": 0.75,
    "statement:according-to-spokesperson": 0.8,
    "statement:joint-title": 0.93,
    "visit:fronted": 0.8,
    "visit:welcomed-to": 0.88,
    "visit:where-visiting": 0.67,
    "visit:who-visiting": 0.91,
    "accusation:called-it": 0.8,
    "accusation:charge-noun": 0.75,
    "accusation:dissatisfied": 0.67,
    "accusation:insinuation": 0.67,
    "accusation:report-according-to": 0.67,
    "agreement:bilateral-named": 0.67,
    "agreement:listed": 0.75,
    "agreement:signed-by-us": 0.67,
    "agreement:truce-held": 0.67,
    "agreement:with-owner": 0.67,
    "agreement:witnessed-signing": 0.67,
    "event:named-conference": 0.9,
    "meeting:attended-at-invitation": 0.67,
    "meeting:day-after-event": 0.67,
    "meeting:first-person": 0.88,
    "meeting:fronted-participle": 0.8,
    "meeting:heading": 0.67,
    "meeting:their-fronted": 0.67,
    "position:apposition-after+implied-org": 0.67,
    "position:apposition-after+publisher-state": 0.67,
    "position:apposition-before+publisher-state": 0.67,
    "position:apposition-before+state-from-context": 0.67,
    "position:body-title-brief": 0.67,
    "position:title-before-name+body-from-context": 0.75,
    "position:title-before-name+deputy-of-leader": 0.67,
    "position:title-before-name+listed-with": 0.75,
    "position:title-before-name+ministry-state": 0.88,
    "position:unnamed-official": 0.89,
    "position:unnamed-spokesperson": 0.88,
    "quote:according-to-document": 0.67,
    "quote:fronted-participle": 0.67,
    "quote:label-paragraph": 0.67,
    "quote:paragraph-subject-before": 0.8,
    "quote:sole-speaker": 0.67,
    "statement:according-to-source": 0.75,
    "statement:briefing-read": 0.67,
    "statement:joint-passive": 0.75,
    "statement:made": 0.75,
    "visit:here": 0.67,
    "visit:place-noun": 0.67,
    "visit:thanked-for": 0.67,
    "visit:while-in": 0.67,
    "accusation:document-by-charges": 0.67,
    "agreement:we-agree-that": 0.67,
    "meeting:series": 0.83,
    "position:apposition-as+implied-org": 0.67,
    "position:apposition-as+publisher-state": 0.67,
    "position:title-line+publisher-state": 0.67,
    "quote:statement-topic": 0.67,
    "statement:document-by": 0.67,
    "accusation:said-launched": 0.67,
    "agreement:signed-before-them": 0.67,
    "meeting:own-meeting-with": 0.67,
    "accusation:fault-said-of": 0.86,
    "accusation:pointed-at": 0.8,
    "meeting:pair-title": 0.67,
    "position:apposition-after+state-served": 0.67,
    "quote:speaker-sentence-before": 0.8,
}

# How often a fact is right on text from an outlet no rule was tuned on, as a function of
# its rule's record above (a non-decreasing curve, interpolated between its points):
# fitted by isotonic regression (`python benchmarks/calibration.py --fit
# benchmarks/data/held-out-judged.jsonl`) to 480 facts of parts K to S, each judged with
# the rules of a commit that had never seen that part. A record on familiar copy
# overstates: those facts came with a mean confidence of 0.89 and were right 0.76 of the
# time. The drafted confidence is this curve's value, so that "0.8" means what a
# reviewer of a new outlet's article will find.
_UNSEEN_TEXT_CURVE: tuple[tuple[float, float], ...] = (
    (0.556, 0.4),  # 23 facts
    (0.671, 0.543),  # 44 facts
    (0.808, 0.578),  # 43 facts
    (0.89, 0.75),  # 22 facts
    (0.939, 0.82),  # 281 facts
    (0.983, 0.87),  # 67 facts
)


def on_unseen_text(
    record: float, curve: Sequence[tuple[float, float]] = _UNSEEN_TEXT_CURVE
) -> float:
    """The precision ``curve`` gives a rule of ``record``: linear between points, flat beyond."""
    i = bisect.bisect_left(curve, (record,))
    if i == 0:
        return round(curve[0][1], 2)
    if i == len(curve):
        return round(curve[-1][1], 2)
    (x0, y0), (x1, y1) = curve[i - 1], curve[i]
    return round(y0 + (y1 - y0) * (record - x0) / (x1 - x0), 2)


def _confident_only(ex: Extractor, min_confidence: float) -> None:
    """Give each fact its confidence on unseen text; drop those below ``min_confidence``."""
    kinds: list[Any] = [
        ex.positions,
        ex.events,
        ex.absences,
        ex.statements,
        ex.quotes,
        ex.agreements,
        ex.accusations,
    ]
    for facts in kinds:
        for f in facts:
            f.conf = on_unseen_text(_MEASURED_CONFIDENCE.get(f.rule, f.conf))
    if min_confidence <= 0:
        return
    for facts in kinds:
        facts[:] = [f for f in facts if f.conf >= min_confidence]
    kept_events = {e.id for e in ex.events}
    kept_positions = {p.id for p in ex.positions}
    for e in ex.events:
        if e.occasion and e.occasion not in kept_events:
            e.occasion = None
    for p in ex.positions:
        if p.predecessor and p.predecessor not in kept_positions:
            p.predecessor = None


def extract_annotation(
    text: str,
    *,
    article_id: str,
    published: dt.date,
    publisher: str | None = None,
    registry: Registry | None = None,
    path: Path | None = None,
    min_confidence: float = 0.0,
) -> Draft:
    """Draft an annotation of ``text`` (an article published on ``published``).

    Entities the ``registry`` knows get its keys; others become article-local
    entities with slug keys. ``path`` names the article in error messages.
    Facts whose confidence is below ``min_confidence`` are left out.
    Raises :class:`~diplokg.errors.InputError` for an empty or oversized text.
    """
    if not text.strip():
        raise InputError("article is empty: there is nothing to extract", path=path)
    size = len(text.encode("utf-8"))
    if size > MAX_ARTICLE_BYTES:
        raise InputError(
            f"article is too large to be one news article ({size:,} bytes; "
            f"the limit is {MAX_ARTICLE_BYTES:,}): split it into articles",
            path=path,
        )
    ex = Extractor(
        text, article_id=article_id, published=published, publisher=publisher, registry=registry
    )
    run(ex)
    _confident_only(ex, min_confidence)
    header, sections = _Yaml(ex).build()
    # Written and read back by the annotation format's own writer and rules.
    written = write_annotation(sections, path=draft_path(article_id), header=header)
    return Draft(annotation=written.annotation, yaml=written.yaml)


def extract_file(
    path: Path,
    *,
    published: dt.date | None = None,
    publisher: str | None = None,
    registry: Path | None = None,
    min_confidence: float = 0.0,
) -> Draft:
    """Draft an annotation of the article file ``path``.

    The publication date and publisher come from ``NAME.meta.yaml`` beside the
    article unless given (a date is required one way or the other); the
    registry is ``registry``, else ``entities.yaml`` beside the article, else none.
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError("article not found", path=path) from None
    except OSError as exc:
        raise InputError(f"cannot read article: {exc.strerror}", path=path) from None
    if path.is_dir():
        raise InputError("article is a directory, expected a file", path=path)
    if size > MAX_ARTICLE_BYTES:
        raise InputError(
            f"article is too large to be one news article ({size:,} bytes; the limit is "
            f"{MAX_ARTICLE_BYTES:,}): split it into articles",
            path=path,
        )
    text = read_text(path, what="article")
    sources = article_sources(path, registry=registry)
    if sources.metadata is not None and (published is None or publisher is None):
        meta = load_metadata(sources.metadata)
        published = published or meta.published
        publisher = publisher or meta.publisher
    if published is None:
        raise UsageError(
            f"no publication date for {path}: give --published YYYY-MM-DD or put "
            f"{sources.article_id}.meta.yaml beside it"
        )
    options = draft_options(
        sources, published=published, publisher=publisher, min_confidence=min_confidence
    )
    return extract_annotation(text, **options)


@dataclass(frozen=True)
class FolderDraft:
    """What :func:`extract_folder` did with one article of the folder."""

    article: Path
    output: Path
    facts: int = 0
    entities: int = 0
    error: str | None = None  # the one-line message when the article could not be drafted


@dataclass(frozen=True, kw_only=True)
class _FolderJob:
    article: Path
    published: dt.date | None
    publisher: str | None
    registry: Path | None
    min_confidence: float


def _draft_job(job: _FolderJob) -> tuple[str | None, int, int, str | None]:
    """Draft one article of a folder (in a worker process): YAML, counts or the error."""
    try:
        draft = extract_file(
            job.article,
            published=job.published,
            publisher=job.publisher,
            registry=job.registry,
            min_confidence=job.min_confidence,
        )
    except DiplokgError as exc:
        return None, 0, 0, str(exc)
    ann = draft.annotation
    return draft.yaml, len(ann.facts()), len(ann.mentions), None


def extract_folder(
    folder: Path,
    *,
    output_dir: Path | None = None,
    published: dt.date | None = None,
    publisher: str | None = None,
    registry: Path | None = None,
    min_confidence: float = 0.0,
    jobs: int | None = None,
    write: Callable[[Path, bytes], None] | None = None,
) -> list[FolderDraft]:
    """Draft every ``NAME.txt`` of ``folder`` into ``NAME.draft.ann.yaml``, on every core.

    Drafts go to ``output_dir`` (default: beside each article), written by ``write``
    (default: a plain write) in the order of the article names whatever order the
    ``jobs`` worker processes (default: one per core) finish in, so the output does
    not depend on them. An article that cannot be drafted is reported in its
    :class:`FolderDraft` and the others are still drafted.
    """
    if not folder.is_dir():
        raise InputError("not a folder", path=folder)
    articles = find_articles([folder])
    if not articles:
        raise InputError("no NAME.txt article in this folder", path=folder)
    out_dir = output_folder(output_dir or folder)
    # A user's own NAME.draft.ann.yaml (one they wrote or edited: no draft header) is not
    # replaced; refused before anything is drafted, so the folder stays as it was.
    refuse_foreign_files(
        (out_dir / draft_path(a.name.removesuffix(".txt")).name for a in articles),
        what="extract",
    )
    todo = [
        _FolderJob(
            article=a,
            published=published,
            publisher=publisher,
            registry=registry,
            min_confidence=min_confidence,
        )
        for a in articles
    ]
    workers = max(1, min(jobs or os.cpu_count() or 1, len(todo)))
    if workers == 1:
        results = [_draft_job(j) for j in todo]
    else:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            results = list(pool.map(_draft_job, todo, chunksize=max(1, len(todo) // (4 * workers))))
    done = []
    for article, (content, facts, entities, error) in zip(articles, results, strict=True):
        target = out_dir / draft_path(article.name.removesuffix(".txt")).name
        if content is not None:
            if write is not None:
                write(target, content.encode("utf-8"))
            else:
                target.write_text(content, encoding="utf-8")
        done.append(FolderDraft(article, target, facts, entities, error))
    return done
