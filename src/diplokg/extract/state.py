"""The working state of one extraction: the facts found so far and how to add to them.

The records (``_Ent`` entities, ``_Men`` mentions, ``_Pos`` positions, ``_Evt`` events,
``_Stmt`` statements, ``_Quote`` quotes, ``_Agr`` agreements, ``_Acc`` accusations,
``_Abs`` absences) are mutable while rules run; :class:`State` holds them over the text
model, with ids, entities and mentions kept consistent."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from operator import attrgetter

from diplokg.extract.lexicon import _Cand, _lexicon
from diplokg.extract.patterns import _PERSON_TYPES
from diplokg.extract.regexes import RX
from diplokg.extract.text import TextModel, _fold, _rx
from diplokg.gazetteer import GazLeader
from diplokg.model.annotation import (
    Registry,
)
from diplokg.model.dates import Resolution
from diplokg.rdf.terms import slugify

_MENTION_ORDER = attrgetter("order")


@dataclass
class _Ent:
    key: str
    name: str
    type: str
    local: bool
    aliases: list[str] = field(default_factory=list)
    country: str | None = None  # states a local delegation/official belongs to
    conf: float = 0.9
    rule: str = "entity:gazetteer"
    anon_head: str | None = None
    # What the type makes it (the rules ask very often; no rule changes a type).
    is_person: bool = field(init=False, repr=False, compare=False)
    is_place: bool = field(init=False, repr=False, compare=False)
    is_org: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.is_person = self.type in _PERSON_TYPES
        self.is_place = self.type == "place"
        self.is_org = not self.is_person and not self.is_place


@dataclass
class _Men:
    start: int
    end: int
    key: str
    how: str  # name | alias | metonym | place | ref | anon | group | qualifier
    conf: float = 0.9
    inner: bool = False  # lies inside a larger mention
    # Where it sorts: (start, -end, key), none of which changes (set by add_mention).
    order: tuple[int, int, str] = field(init=False, repr=False, compare=False)


@dataclass
class _Fact:
    """What every fact a rule drafts records first: its id, where it was read (the span
    its evidence comes from), the rule that read it and how sure that rule is."""

    id: str
    span: tuple[int, int]
    rule: str
    conf: float


@dataclass
class _Pos(_Fact):
    holder: str
    role: str
    org: str
    status: str
    predecessor: str | None = None


@dataclass
class _Evt(_Fact):
    kind: str
    status: str
    participants: list[str] = field(default_factory=list)
    organizer: str | None = None
    visitor: str | None = None
    host: str | None = None
    place: str | None = None
    explicit_place: bool = False
    occasion: str | None = None
    date: tuple[int, int] | None = None
    label: str | None = None
    extra: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class _Stmt(_Fact):
    kind: str
    issuers: list[str]
    issued_at: str | None = None
    summary: str | None = None
    reported_by: list[str] = field(default_factory=list)
    adopters: int | None = None
    date: tuple[int, int] | None = None


@dataclass
class _Quote:
    id: str
    speaker: str
    text: tuple[int, int]
    evidence: tuple[int, int] | None
    rule: str
    conf: float
    reported_by: list[str] = field(default_factory=list)
    statement: str | None = None
    date: tuple[int, int] | None = None


@dataclass
class _Agr(_Fact):
    parties: list[str]
    kind: str
    status: str
    duration: str | None = None
    reported_by: list[str] = field(default_factory=list)
    date: tuple[int, int] | None = None


@dataclass
class _Acc(_Fact):
    kind: str
    accuser: str | None
    accused: list[str]
    about: str
    factuality: str
    made_in: str | None = None


@dataclass
class _Abs(_Fact):
    absentee: str
    event: str
    reason: str | None = None
    reason_factuality: str = "asserted"


@dataclass(frozen=True, slots=True)
class Found:
    """Where a fact was read, by which rule, and how sure the rule is."""

    span: tuple[int, int]
    rule: str  # "<fact kind>:<the rule's name>"
    conf: float


def _add_alias(ent: _Ent, alias: str) -> None:
    alias = alias.strip()
    if alias and alias != ent.name and alias not in ent.aliases:
        ent.aliases.append(alias)


class State(TextModel):
    """The text model with the facts found so far: entities, mentions and fact records."""

    def __init__(
        self,
        text: str,
        *,
        article_id: str,
        published: dt.date,
        publisher: str | None,
        registry: Registry | None,
    ) -> None:
        self.article_id = article_id
        self.published = published
        self.publisher = publisher
        self.registry = registry
        self.lex = _lexicon(registry)
        self.ents: dict[str, _Ent] = {}
        self._local_names: dict[tuple[str, str], _Ent] | None = {}  # see _local_named
        self.persons: list[_Ent] = []  # the persons among ents, in the same order
        self.mens: list[_Men] = []
        self.mens_sorted = True  # sort_mentions has nothing to do
        #: One-word names the capitalised-name rules leave to be linked to whom they name
        #: (start, end, whether a title is before it): the step "single-names" links them.
        self.single_names: list[tuple[int, int, bool]] = []
        self.positions: list[_Pos] = []
        self.events: list[_Evt] = []
        self.absences: list[_Abs] = []
        self.statements: list[_Stmt] = []
        self.quotes: list[_Quote] = []
        self.agreements: list[_Agr] = []
        self.accusations: list[_Acc] = []
        #: The accusations by the sentence (`sent`) of their span's start, filed with them.
        self.accusations_by_sent: dict[tuple[int, int], list[_Acc]] = {}
        self.ids: set[str] = set()
        self._next_suffix: dict[str, int] = {}  # base of an id → the suffix it had last
        self.men_starts: list[int] = []
        self.max_mention = 0
        self._title_before: set[int] = set()
        self._resolved: dict[tuple[str, bool], Resolution | None] = {}  # see resolve
        self.demonyms: dict[str, str] = dict(self.lex.demonyms)
        # Set by the steps that find them (see steps.STEPS).
        self.anon_positions: list[tuple[str, str, str, tuple[int, int]]] = []
        self.conf_refs: list[tuple[int, int, str]] = []
        self.publisher_key: str | None = None
        self.relay_principals: dict[str, str] = {}  # spokesperson relay → whose words
        self.dates: list[tuple[int, int]] = []
        super().__init__(text, self.lex.first)

    # -- ids and entities -----------------------------------------------------

    def new_id(self, base: str) -> str:
        """A key made from ``base`` that no fact or entity has: ``base``, else the first of
        ``base-2``, ``base-3``, … that is free. Ids and entities are never taken back, so
        the search for a base goes on from the number it stopped at last time (a text
        of one quote repeated makes thousands of ids of one base)."""
        base = slugify(base)[:60].strip("-") or "fact"
        n = self._next_suffix.get(base, 1)  # (1: the base itself; every one before is taken)
        candidate = base if n == 1 else f"{base}-{n}"
        while candidate in self.ids or candidate in self.ents or candidate in self.lex.entity_defs:
            n += 1
            candidate = f"{base}-{n}"
        self._next_suffix[base] = n
        self.ids.add(candidate)
        return candidate

    def holds_now(
        self, holder: str, role: str, org: str, span: tuple[int, int], rule: str, conf: float
    ) -> None:
        """Record that ``holder`` holds ``role`` in ``org`` now (a current position, read
        at ``span`` by ``rule``), under an id made from the holder and the role."""
        pid = self.new_id(f"{holder}-{role}")
        self.positions.append(_Pos(pid, span, rule, conf, holder, role, org, "current"))

    def ent_from_cand(self, cand: _Cand) -> _Ent:
        ent = self.ents.get(cand.key)
        if ent is None:
            ent = _Ent(cand.key, cand.name, cand.type, cand.local)
            if cand.local and cand.type == "place":
                ent.country = self.lex.countries.get(cand.key)
            self._add_ent(ent)
        return ent

    def _add_ent(self, ent: _Ent) -> None:
        self.ents[ent.key] = ent
        if ent.local and self._local_names is not None:
            self._local_names.setdefault((ent.name, ent.type), ent)
        if ent.is_person:
            self.persons.append(ent)

    def _local_named(self, name: str, etype: str) -> _Ent | None:
        """The first article-local entity (in order of addition) of this name and type."""
        index = self._local_names
        if index is None:
            index = {}
            for ent in self.ents.values():
                if ent.local:
                    index.setdefault((ent.name, ent.type), ent)
            self._local_names = index
        return index.get((name, etype))

    def rename(self, ent: _Ent, name: str) -> None:
        ent.name = name
        self._local_names = None  # rebuilt on use

    def local_ent(self, name: str, etype: str, *, rule: str, conf: float) -> _Ent:
        found = self._local_named(name, etype)
        if found is not None:
            return found
        base = slugify(name)[:60].strip("-") or "entity"
        key = base
        n = 2
        while key in self.ents or (key in self.lex.entity_defs and key not in self.ents):
            key = f"{base}-{n}"
            n += 1
        ent = _Ent(key, name, etype, True, conf=conf, rule=rule)
        self._add_ent(ent)
        return ent

    def add_mention(self, start: int, end: int, key: str, how: str, conf: float = 0.9) -> _Men:
        """Add a mention, keeping the list in text order (``sort_mentions`` marks inner ones)."""
        m = _Men(start, end, key, how, conf)
        m.order = (start, -end, key)
        i = bisect.bisect_right(self.men_starts, start)
        self.mens.insert(i, m)
        self.men_starts.insert(i, start)
        if end - start > self.max_mention:
            self.max_mention = end - start
        self.mens_sorted = False
        return m

    def remove_mention(self, m: _Men) -> None:
        """Remove a mention (``sort_mentions`` then brings the offsets up to date)."""
        self.mens.remove(m)
        self.mens_sorted = False

    def covered(self, start: int, end: int) -> bool:
        """Whether a mention overlaps [start, end)."""
        mens, starts = self.mens, self.men_starts
        i = bisect.bisect_left(starts, start - self.max_mention)
        while i < len(starts) and starts[i] < end:
            if start < mens[i].end:
                return True
            i += 1
        return False

    def sort_mentions(self) -> None:
        if self.mens_sorted:  # nothing added or removed since: sorting again changes nothing
            return
        self.mens_sorted = True
        self.mens.sort(key=_MENTION_ORDER)  # (m.start, -m.end, m.key)
        outer_end = -1
        longest = 0
        for m in self.mens:
            m.inner = m.end <= outer_end and m.start != m.end
            if m.end > outer_end:
                outer_end = m.end
            if m.end - m.start > longest:
                longest = m.end - m.start
        self.men_starts = [m.start for m in self.mens]
        self.max_mention = longest

    def mention_at(self, pos: int) -> _Men | None:
        """The outermost mention starting at ``pos`` (after a determiner)."""
        mens, starts = self.mens, self.men_starts
        # (a determiner starts with one of these letters: elsewhere it matches nothing)
        det = RX.DETERMINER.match(self.text, pos) if self.text[pos : pos + 1] in "tTaA" else None
        for p in (pos, det.end() if det else pos):
            i = bisect.bisect_left(starts, p)
            best = None
            while i < len(mens) and mens[i].start == p:
                cand = mens[i]
                if best is None or cand.end > best.end:
                    best = cand
                i += 1
            if best is not None:
                return best
        return None

    def mentions_between(self, start: int, end: int, *, outer: bool = True) -> list[_Men]:
        """Mentions within [start, end), in text order (only outermost ones if ``outer``)."""
        starts = self.men_starts
        some = self.mens[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
        if outer:
            return [m for m in some if m.end <= end and not m.inner]
        return [m for m in some if m.end <= end]

    def state_named(self, m: re.Match[str], *, demonym: str, name: str) -> str | None:
        """The state a match names: by its demonym group ("the Russian ambassador") when
        that matched, else the state mention at its ``name`` group ("Iran's envoy")."""
        if m.group(demonym):
            return self.ensure(self.demonyms.get(_fold(m.group(demonym))))
        men = self.mention_at(m.start(name))
        return men.key if men is not None and self.ents[men.key].type == "state" else None

    def leader_org(self, key: str) -> str | None:
        """The state or organisation the person ``key`` served in the article's year, as
        the lexicon of well-known office holders has one of their names; else None."""
        ent = self.ents[key]
        for name in (ent.name, *ent.aliases):
            known = self.lex.leader_orgs.get(_fold(name).casefold())
            if known is not None and known[1].served_in(self.published.year):
                return self.ensure(known[0])
        return None

    def leaders_in_office(self, family: str) -> list[tuple[str, GazLeader]]:
        """The well-known office holders of the family name ``family`` in office in the
        article's year, each with the key of what they serve."""
        year = self.published.year
        found = self.lex.leaders_by_family.get(_fold(family).casefold(), ())
        return [(key, ld) for key, ld in found if ld.served_in(year)]

    def ensure(self, key: str | None) -> str | None:
        """``key`` if it names an entity of this article or of the lexicon (added on use)."""
        if key is None:
            return None
        if key in self.ents:
            return key
        cand = self.lex.entity_defs.get(key)
        if cand is None:
            return None
        return self.ent_from_cand(cand).key

    def ent(self, key: str) -> _Ent:
        return self.ents[key]

    def _add_agreement(
        self,
        parties: list[str],
        kind: str,
        status: str,
        found: Found,
        *,
        date: tuple[int, int] | None,
        duration: str | None = None,
        reported_by: list[str] | None = None,
        named: str | None = None,
    ) -> None:
        """Draft an agreement of ``kind`` between ``parties``; its id names the first two
        parties and ``named`` (by default, its kind)."""
        aid = self.new_id(f"{'-'.join(parties[:2])}-{slugify(named or kind)}")
        span, rule, conf = found.span, found.rule, found.conf
        if (
            date is not None
            and RX.DATELINE_BEFORE.search(self.text, max(0, date[0] - 40), date[0])
            and RX.DATELINE_AFTER.match(self.text, date[1])
        ):
            date = None
        relays = reported_by or []
        agr = _Agr(aid, span, rule, conf, parties, kind, status, duration, relays, date)
        self.agreements.append(agr)

    def _government_state(self, key: str) -> str | None:
        """The state a body named as its government stands for ("the United States
        Government", "the Government of Mexico"), else None."""
        ent = self.ents[key]
        if ent.type == "state" or not ent.is_org:
            return None
        gm = _rx(
            r"^(?:the\s+)?(?P<a>.+?)\s+Government$|^(?:the\s+)?Government\s+of\s+(?:the\s+)?(?P<b>.+)$"
        ).match(ent.name)
        if gm is None:
            return None
        name = gm.group("a") or gm.group("b")
        for other in self.ents.values():
            if other.type == "state" and (other.name == name or name in other.aliases):
                return other.key
        return self.ensure(ent.country) if ent.country else None
