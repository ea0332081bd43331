"""Clause helpers more than one fact kind calls: subjects, lists, pronouns, dates, places.

:class:`Clauses` is the base every rule class extends: what one kind of fact asks about a
clause that another kind asks too (who is the subject before a verb, the list of parties
after it, when and where, who relayed the words, the statement a said-clause belongs to,
the meeting or accusation a rule adds) lives here, so the rule modules stay independent
of each other (an import-linter contract). Who a clause is about lives in its base
:class:`~diplokg.extract.subjects.Subjects`, the meetings a rule adds in its base
:class:`~diplokg.extract.gathering.Gathering`."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass
from typing import TypeGuard

from rapidfuzz.distance import OSA

from diplokg.extract.gathering import Gathering
from diplokg.extract.namewords import _MILITARY_RANK_BEFORE
from diplokg.extract.patterns import (
    _LOWER_ROLE,
    _MEDIA,
    _NUMBERS,
    _PORTFOLIO_WORD,
    _ROLE_TITLE,
    _STATE_OFFICES,
    _TITLE_COMMA,
    _TITLE_WORDS,
    _negation,
    _words,
)
from diplokg.extract.regexes import RX
from diplokg.extract.state import Found as Found
from diplokg.extract.state import _Acc, _Evt, _Men, _Quote, _Stmt
from diplokg.extract.subjects import Subjects
from diplokg.extract.text import SCAN, _fold, _rx, tokens, unaccented
from diplokg.extract.titles import _TITLES_A_STATE_LACKS
from diplokg.gazetteer import BODY_STATES
from diplokg.rdf.terms import slugify

#: a title right after a state's name, told in lower case as a reference to its holder:
#: "the US secretary of state", "the Doskaran foreign minister" (no name after it)
_STATE_TITLE_NP = re.compile(
    r"(?:[’']s)?\s+(?P<t>(?i:(?:(?:foreign|prime|defen[cs]e|deputy|vice)\s+)?"
    rf"(?:{_STATE_OFFICES})))\b(?!\s+[A-Z])"
)


@dataclass(frozen=True, slots=True)
class Charge:
    """What an accusation says: who accuses whom of what, and how firmly."""

    kind: str  # "accusation" or "criticism"
    accuser: str | None
    accused: list[str]
    about: str
    factuality: str  # "asserted", "hedged" or "negated"


# "The U.S. and Mozambican governments signed …": two states (or their people) as the
# subject, each named by a demonym or a name (see Extractor._demonym_pair)
# (by hand: the words of RX.DEMONYM_PAIR's "w" that name states, not persons)
_PAIR_OF_STATES = frozenset(
    _words("governments sides delegations authorities officials negotiators representatives")
)

#: Between "A" and "B" of "A, and the recently appointed Commander of the Northern Command
#: (NC), General B, met": the second's title before its name, in apposition, any words of
#: it (see Clauses._subject_list)
_TITLED_SECOND_GAP = re.compile(
    r",?\s+and\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,6}[A-Z][^,;“”\"]{2,100},\s+"
    rf"(?:{_MILITARY_RANK_BEFORE.pattern})?"
)

#: a plural title and the title each of those it names holds: "the two presidents"
_PLURAL_TITLE = {
    "presidents": "president",
    "prime ministers": "prime minister",
    "premiers": "premier",
    # ("the two ministers": two who hold a minister's title, never a spokesperson named
    # since)
    "ministers": "minister",
    "foreign ministers": "foreign minister",
}
_LIST_GAP = re.compile(
    # ("Finance Secretary (SHCP) A": the office's initials between a title and a name)
    r"\s*(?:(?:the|his|her|its|their|of|with|[A-Z][\w’'.-]*|\([A-Z][A-Za-z.&]{1,8}\)|\d+|head|diplomacy|foreign|minister|"
    r"ministers|president|secretary|prime|state|counterpart|chief|diplomat|top|envoy|"
    r"ambassador|leader|leaders|officials?|special|climate|treasury|deputy|vice|acting|"
    r"two|three|four|five|six|seven|eight|nine|ten|other|fellow|pair|peer|colleague|opposite|host|visiting|"
    r"number|homologue|Mr|Mrs|Ms|Dr|H\.E\.|neighbou?ring|rival|western|eastern|northern|"
    r"presidential|negotiators?|advis[eo]rs?|defen[cs]e|interior|energy|trade|finance|"
    r"southern|former|outgoing|incoming|new|chancellor|visiting|"
    # a news story's occupations: "Russian service journalist X", "opposition activist X"
    r"journalist|reporter|correspondent|activist|dissident|lawmaker|opposition|"
    # a compound title: "State Councilor and Foreign Minister", "Minister of Foreign Affairs
    # and Trade"
    r"(?:Councilor|Councillor|Minister|Secretary|President|Premier|Affairs)\s+and(?=\s+[A-Z])|"
    # a portfolio of several words: "Minister of Petroleum and Natural Gas and Steel"
    rf"(?<=\s)(?:{_PORTFOLIO_WORD}|Natural|Gas|Oil|Steel|Mines|Power)\s+and(?=\s))"
    r"(?:[\s,.]+|/(?=[A-Z])))*"
)
_TITLE_OF_APPOSITION = re.compile(  # ", Minister of Foreign Affairs of " after a name
    rf",\s+(?:the\s+)?(?=[^,;.]{{0,80}}?\b(?i:{_TITLE_WORDS})\b)[^,;.]{{0,80}}\s+of\s+"
    r"(?:the\s+)?"
)
_STATE_TITLE_AFTER = re.compile(  # after "the US": " Secretary of State", "'s foreign minister"
    rf"(?:[’']s)?\s+(?:[\w-]+\s+){{0,3}}?(?i:{_TITLE_WORDS})\b(?:\s+of\s+[A-Z][\w-]*)?"
)
_TITLE_AFTER_ORG = re.compile(
    # ("Thailand's Deputy Prime Minister and Minister of Commerce, A": two titles of one)
    # ("…, the Hon A MP", "…, Senator the Hon B": an honorific before the name)
    rf"(?:[’']s)?(?:\s+\([A-Z]{{2,6}}\))?\s+{_ROLE_TITLE}(?:\s+and\s+{_ROLE_TITLE},)?,?\s+"
    r"(?:(?:Senator\s+)?(?:the\s+)?(?:Rt\.?\s+)?Hon\.?\s+|Senator\s+)?|"
    # ("Jordan’s chief of defense, Lt. Gen. A": a rank before the apposed name)
    rf"(?:[’']s)\s+[a-z ]{{3,40}},\s+(?:{_MILITARY_RANK_BEFORE.pattern})?|"
    r"\s+[a-z][a-z -]{2,40}?\s+(?:to|of|in|at)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?,\s+|"
    r"[’']s\s+(?:[a-z][a-z-]*\s+){0,4}|"  # "China's Wang Yi", "China's top diplomat Wang Yi"
    r"\s+counterpart,?\s+|"  # "his Singapore counterpart, R Anandan"
    # "the EU foreign policy chief, Federica Mogherini": a title in lower case, then a comma
    rf"\s+(?:[a-z][a-z-]*\s+){{0,3}}(?:chief|head|{_LOWER_ROLE}){_TITLE_COMMA}(?=[A-Z])|"
    # "met with People's Liberation Army (Navy) commander Vice Adm. A", "Royal Thai Army
    # chief Gen. B": the body's head in lower case before the name (and its rank), no comma
    r"(?:\s+\((?:[^()\n]|\([^()\n]*\))*\))*\s+(?:commander|chief|head)\s+"
    rf"(?:{_MILITARY_RANK_BEFORE.pattern})?(?=[A-Z])"
)


def _based_before(text: str, lo: int, at: int) -> re.Match[str] | None:
    """``RX.BASED_BEFORE.search(text, lo, at)``, searched only from the start of the word
    before the spaces before ``at`` (where any match starts): a search from ``lo`` tries
    every capital of the sentence, once for each relay word in it."""
    i = at
    while i > lo and text[i - 1].isspace():
        i -= 1
    while i > lo and (text[i - 1].isalnum() or text[i - 1] in "_’'-"):
        i -= 1
    return RX.BASED_BEFORE.search(text, i, at)


_NAME_SUFFIXES = frozenset(("ii", "iii", "iv", "jr", "jr.", "sr", "sr."))  # "Austin III"


class Clauses(Subjects, Gathering):
    """Clause helpers shared by the fact kinds, over the working state."""

    # -- who relayed the words, quoted or woven into prose -----------------------

    def unquoted(self, matches: Iterable[re.Match[str]]) -> Iterator[re.Match[str]]:
        """Each of ``matches`` that starts outside quotations."""
        for m in matches:
            if not self.in_quote(m.start()):
                yield m

    def quote_containing(self, pos: int) -> _Quote | None:
        """The drafted quote whose words hold ``pos`` (the first, should two), so that what
        it says is its speaker's; None outside every drafted quote."""
        return next((q for q in self.quotes if q.text[0] <= pos < q.text[1]), None)

    def in_readout(self, pos: int) -> bool:
        """Whether ``pos`` is inside a spokesperson's readout: a quotation introduced by
        "A spokesperson for X said:" that runs on for paragraphs, telling the talks in the
        third person ("the two ministers discussed …, they agreed …") as prose would."""
        i = bisect.bisect_right(self.q_open, pos) - 1
        if i < 0 or not self.qspans[i][0] < pos < self.qspans[i][1]:
            return False
        qs, qe = self.qspans[i]
        if self.para(qe - 1) == self.para(qs + 1):
            return False
        return RX.READOUT_LEAD.search(self.text, max(0, qs - 160), qs) is not None

    def prose(self, matches: Iterable[re.Match[str]]) -> Iterator[re.Match[str]]:
        """Each of ``matches`` that starts outside quotations or in a readout (see
        :meth:`in_readout`)."""
        for m in matches:
            if not self.in_quote(m.start()) or self.in_readout(m.start()):
                yield m

    def woven(self, pos: int) -> bool:
        """Whether ``pos`` opens a quotation woven into the sentence's own syntax: 'A and
        B have “agreed to continue …,” X said' (the words are quoted, the clause is prose)."""
        i = bisect.bisect_right(self.q_open, pos) - 1
        if i < 0 or self.qspans[i][0] != pos - 1:
            return False
        return (
            _rx(r"\b(?:have|has|had|also|[a-z]+ly)\s+$").search(
                self.text, max(0, pos - 21), pos - 1
            )
            is not None
        )

    def asserted_sentence(self, s: int, reach: int = 30) -> tuple[int, int] | None:
        """The sentence around ``s`` if a fact may be read there: outside quotations, and
        no negation in the ``reach`` characters before ``s`` ("did not sign an agreement")."""
        if self.in_quote(s):
            return None
        sent_start, sent_end = self.sent(s)
        if _negation(self.text[max(sent_start, s - reach) : s]):
            return None
        return sent_start, sent_end

    def asserted(
        self, matches: Iterable[re.Match[str]], reach: int = 30
    ) -> Iterator[tuple[re.Match[str], int, int]]:
        """Each of ``matches`` whose start is asserted (see :meth:`asserted_sentence`), with
        the start and end of its sentence."""
        for m in matches:
            where = self.asserted_sentence(m.start(), reach)
            if where is not None:
                yield m, where[0], where[1]

    def told(
        self, matches: Iterable[re.Match[str]], reach: int = 30
    ) -> Iterator[tuple[re.Match[str], int, int]]:
        """Each of ``matches`` whose start is told as so, by the text or in a quotation
        (a speaker's own words: "“It is a pleasure to welcome B to X”"), no negation in
        the ``reach`` characters before it; with the start and end of its sentence."""
        for m in matches:
            sent_start, sent_end = self.sent(m.start())
            if not _negation(self.text[max(sent_start, m.start() - reach) : m.start()]):
                yield m, sent_start, sent_end

    def _clause_start(self, sent_start: int, vpos: int, key: str) -> int:
        for m in reversed(self.mentions_between(sent_start, vpos)):
            if m.key == key:
                return m.start
        return vpos

    def _release_voice(self, sent_start: int, vpos: int) -> str | None:
        """'We condemn …' in a press statement or release: who issued the release."""
        if not _rx(r"\s*We\s+(?:[a-z]+ly\s+)?$").fullmatch(self.text, sent_start, vpos):
            return None
        releases = [
            st
            for st in self.statements
            if st.rule in ("statement:title", "statement:issued-by")
            and st.span[0] < vpos
            and st.issuers
        ]
        return releases[0].issuers[0] if releases else None

    def _doc_subject(self, sent_start: int, vpos: int) -> str | None:
        """'The document … recalled that': the issuer of the last statement."""
        seg = self.text[sent_start:vpos]
        docs = list(RX.DOC_NP.finditer(seg))
        if not docs:
            return None
        m = docs[-1]
        after_doc = [
            mm
            for mm in self.mentions_between(sent_start + m.end(), vpos)
            if self.speaker_capable(mm) and not self.in_quote(mm.start)
        ]
        if after_doc:
            return None
        before_doc = seg[: m.start()]
        if _rx(r"\b(?:in|of|by|from|with)\s+$").search(before_doc):
            return None
        documents = [
            st
            for st in self.statements
            if (m.group("doc") == "statement" or st.kind in ("communique", "declaration", "report"))
            and st.rule != "statement:state-says"  # ("China has said …": no document)
        ]
        if documents and documents[-1].issuers:
            return documents[-1].issuers[0]
        return None

    def relays(self, lo: int, hi: int, speaker: str) -> list[str]:
        """Sources that relayed words in this sentence, nearest the speaker first."""
        text = self.text
        seg = text[lo:hi]
        people: list[tuple[int, str]] = []
        media: list[tuple[int, str]] = []
        for m in self.scan_in(SCAN.RELAY, seg, lo):
            at = lo + m.end()
            if self.in_quote(at):
                continue
            mm = self.mention_at(at)
            based = None if mm is not None else _based_before(text, lo, at)
            if based is not None:  # ("told the Dubai-based Gulf News": a name with it)
                mm = self.mention_at(based.start())
            if mm is None or self.ents[mm.key].type != _MEDIA:
                # "told the state news agency X", "told the Lima daily El Sol" (a place
                # may qualify the medium)
                gap = RX.MEDIA_GAP.match(text, at)
                medium = self.mention_at(gap.end()) if gap else None
                if medium is not None and self.ents[medium.key].type == _MEDIA:
                    mm = medium
                elif mm is None or self.ents[mm.key].is_place or mm.how == "metonym":
                    mm = None
            if mm is None or mm.key == speaker or not self.speaker_capable(mm):
                continue
            ent = self.ents[mm.key]
            if ent.type == _MEDIA or ent.rule == "entity:press-service":
                media.append((mm.start, mm.key))
            elif (m.group().startswith(("said", "says")) or ent.anon_head) and _rx(
                r"\s*(?:[.,;]|$)"
            ).match(text[mm.end : mm.end + 3]):
                subjects = self.list_after(mm.start, kinds=("org", "person"))
                if subjects is not None and len(subjects[0]) >= 2:
                    continue  # "said Putin, Lavrov and Kerry will discuss “…”": who will
                people.append((mm.start, mm.key))
        for mm in self.mentions_between(lo, hi):
            ent = self.ents[mm.key]
            if ent.type == _MEDIA and mm.key != speaker and not self.in_quote(mm.start):
                after = text[mm.end : mm.end + 30]
                if RX.MEDIUM_TOLD.match(after):
                    media.append((mm.start, mm.key))
        out: list[str] = []
        for _, key in sorted(people):
            if key not in out:
                out.append(key)
                for q in self.quotes:
                    if q.speaker == key:
                        for r in q.reported_by:
                            if r not in out and r != speaker:
                                out.append(r)
                        break
        for _, key in sorted(media):
            if key not in out:
                out.append(key)
        if self.publisher_key is not None and self.publisher_key in out:
            out.remove(self.publisher_key)
        return out

    def _named_pair(self, a: int, b: int) -> list[str]:
        """The two states of "Norway-Sweden" at ``a`` and ``b``: their mentions, else the
        states the lexicon knows by those names."""
        found = []
        for pos in (a, b):
            mm = self.mention_at(pos)
            if mm is not None and pos == a and mm.end > b:
                # a body the pair names, read whole ("the A - B Joint Commission"): the
                # first state is the name inside it, never the body
                inner = self.mentions_between(a, b, outer=False)
                mm = next((x for x in inner if x.start == a), None)
            if mm is not None:
                found.append(mm.key)
                continue
            word = _rx(r"[A-Z][\w’']+").match(self.text, pos)
            key = self.ensure(slugify(word.group())) if word is not None else None
            if key is None or self.ents[key].type != "state":
                key = self._state_named_at(pos)
            if key is not None and self.ents[key].type == "state":
                found.append(key)
        return found if len(found) == 2 else []

    def _state_named_at(self, pos: int) -> str | None:
        """The state whose lexicon name is the longest run of up to three title words at
        ``pos`` ("UK", "Aotearoa New Zealand"), or a state mention inside that run."""
        run = _rx(r"[A-Z][\w’']*(?:[ \t]+[A-Z][\w’']*){0,2}").match(self.text, pos)
        if run is None:
            return None
        words = [t for _, _, t in tokens(run.group())]
        for n in range(len(words), 0, -1):
            for cand in self.lex.forms.get(tuple(words[:n]), ()):
                if cand.type == "state" and not cand.capital_of:
                    return self.ensure(cand.key)
        inner = [
            mm.key
            for mm in self.mentions_between(pos, run.end())
            if self.ents[mm.key].type == "state"
        ]
        return inner[0] if inner else None

    def titled_pair(self, first: _Men, pos: int, gap: re.Pattern[str]) -> list[str]:
        """'A and NATO military chief U.S. General B have …': two persons, the second named
        after the titles they hold, when ``gap`` spans B's name to the verb at ``pos``;
        none when anything but titles (a comma, a verb, a lower-case word not a title's)
        stands between them."""
        text = self.text
        if not self.ents[first.key].is_person:
            return []
        am = _rx(r"\s+and\s+").match(text, first.end, pos)
        if am is None:
            return []
        for mm in self.mentions_between(am.end(), pos):
            if not self.ents[mm.key].is_person:
                continue
            between = text[am.end() : mm.start]
            if len(between.split()) > 8 or not RX.TITLE_RUN.fullmatch(between):
                return []
            if mm.key != first.key and gap.fullmatch(text, mm.end, pos):
                return [first.key, mm.key]
            return []
        return []

    def carried_relays(self, sent_start: int, sent_end: int, speaker: str) -> list[str]:
        """Media that relay ``speaker``'s words from an earlier sentence of the paragraph:
        the nearest one before that reports anything ("NHK reported that Suga told
        reporters: “…” Suga added: “…”"; "NHK showed Abe saying … He stressed “…”"), if it
        names the speaker. A sentence between that tells of its own source ("The networks
        reported", "according to officials") ends the search; none then."""
        own = RX.QUOTED.sub(" ", self.text[sent_start:sent_end])
        if RX.REPORTING_CLAUSE.search(own):
            return []
        para = self.para(sent_start)
        pos = sent_start
        for _ in range(3):
            if pos <= 0:
                return []
            s0, e0 = self.sent(pos - 1)
            if self.para(s0) != para or s0 >= pos:
                return []
            outside = RX.QUOTED.sub(" ", self.text[s0:e0])
            if RX.REPORTING_CLAUSE.search(outside):
                if not any(m.key == speaker for m in self.mentions_between(s0, e0)):
                    return []
                return [k for k in self.relays(s0, e0, speaker) if self.ents[k].type == _MEDIA]
            pos = s0
        return []

    # -- the statement or meeting a clause belongs to ----------------------------

    def _statement_for(
        self, issuer: str, kind: str, ev: tuple[int, int], *, rule: str, conf: float
    ) -> _Stmt:
        for st in self.statements:
            if issuer in st.issuers and (st.kind == kind or kind == "statement"):
                return st
        sid = self.new_id(f"{issuer}-{kind}")
        st = _Stmt(sid, ev, rule, conf, kind, [issuer])
        self.statements.append(st)
        return st

    def is_body(self, key: str) -> bool:
        """Whether ``key`` is a body: an organisation that is neither a state (its organs
        speak and act for it) nor a medium (it tells the story)."""
        ent = self.ents[key]
        return ent.is_org and ent.type not in ("state", _MEDIA)

    def _maybe_statement_from_said(
        self, key: str, ev: tuple[int, int], *, rule: str = "statement:organisation-said"
    ) -> None:
        """A statement of ``key``, when it is a body, that its words at ``ev`` make (its
        own, its spokesperson's or its office's: ``rule`` tells which)."""
        if self.is_body(key):
            self._statement_for(key, "statement", ev, rule=rule, conf=0.6)

    def _last_meeting_of(
        self, pos: int, *, persons: bool, paragraph: bool, title: str | None = None
    ) -> list[str]:
        """The participants of the last meeting drafted before ``pos``: in the same
        paragraph with ``paragraph``, else the last one of exactly two (each holding a
        ``title`` when given: "Both Ministers")."""
        for ev in sorted(self.events, key=lambda x: x.span[0], reverse=True):
            if ev.kind != "meeting" or ev.span[0] >= pos:
                continue
            keys = [k for k in ev.participants if self.ents[k].is_person or not persons]
            if title is not None and not all(
                any(p.holder == k and title in p.role.lower() for p in self.positions) for k in keys
            ):
                continue
            if paragraph:
                same = self.para(ev.span[0]) == self.para(pos)
                return keys if same and len(keys) >= 2 else []
            if len(keys) == 2:
                return keys
        return []

    def counted_who_met(self, opening: re.Match[str] | None) -> list[str]:
        """Whom "the three" of a :data:`RX.THEY_OPENING` match counts: the persons of the
        last meeting told before it with that many of them (none for "they")."""
        n = {"two": 2, "three": 3, "four": 4}.get(opening["n"] or "") if opening else None
        if opening is None or n is None:
            return []
        for ev in sorted(self.events, key=lambda x: x.span[0], reverse=True):
            keys = [k for k in ev.participants if self.ents[k].is_person]
            if ev.kind == "meeting" and ev.span[0] < opening.start() and len(keys) == n:
                return keys
        return []

    # -- lists of parties, the meetings they hold and where ----------------------

    def list_after(
        self, pos: int, *, kinds: tuple[str, ...] = ("person", "org"), limit: int = 250
    ) -> tuple[list[str], int] | None:
        """A coordinated list of names starting at ``pos``: 'A, B and C', 'A, as well as B and C'.

        Titles before a name ("US Secretary of State Antony") are skipped; the list closes
        after the item that follows 'and'.
        """
        text = self.text
        keys: list[str] = []
        end = pos
        cur = pos
        closed = False
        while cur < pos + limit:
            mm = None
            for cand in self.mentions_between(cur, cur + 90):
                if cand.inner:
                    continue
                if _LIST_GAP.fullmatch(text, cur, cand.start) or (
                    # ("Finance Secretary (SHCP) A": the initials read as a body; see below)
                    text[cand.start - 1 : cand.start] == "("
                    and text[cand.end : cand.end + 1] == ")"
                    and _LIST_GAP.fullmatch(text, cur, cand.start - 1)
                ):
                    mm = cand
                break
            if mm is None:
                break
            if "person" in kinds and not self.ents[mm.key].is_person:
                # ("counterparts from A, B and C": B is also B's unnamed official, a person
                # told by the same words; the person is the item)
                mm = next(
                    (
                        c
                        for c in self.mentions_between(mm.start, mm.end, outer=False)
                        if (c.start, c.end) == (mm.start, mm.end) and self.ents[c.key].is_person
                    ),
                    mm,
                )
            ent = self.ents[mm.key]
            if ent.is_org and not ent.is_person:
                # "US Secretary of State Antony", "China’s foreign minister, Wang Yi"
                tm = _TITLE_AFTER_ORG.match(text, mm.end)
                if tm is None and _rx(r"\s(?:of|for)\s+(?:the\s+)?$").search(
                    text, max(0, mm.start - 12), mm.start
                ):
                    # "President of the People's Republic of China Xi Jinping": the name
                    # after the title's state
                    # (or after a comma: "Prime Minister of Norway, the Hon Per Hald MP"; or
                    # after the body's acronym: "Secretary General of the X (XO), Y")
                    # (or an honorific: "The Foreign Secretary of Pakistan, Mr. A, and …")
                    tm = _rx(
                        r"(?:\s+\([A-Z][\w.&-]*\))?"
                        r",?\s+(?:(?:Senator\s+)?(?:the\s+)?(?:Rt\.?\s+)?Hon\.?\s+|"
                        r"(?P<hon>(?:Mr|Mrs|Ms|Dr|Shri|Smt)\.?\s+))?(?=[A-Z])"
                    ).match(text, mm.end)
                if tm is None and text[max(0, mm.start - 1) : mm.start] == "(":
                    # "Finance Secretary (SHCP) A": the office's initials read as a body
                    # between a title and its holder's name, who is the item
                    tm = _rx(r"\)\s+(?=[A-Z])").match(text, mm.end)
                if tm:
                    person = self.mention_at(tm.end())
                    if person is None and "hon" in tm.re.groupindex and tm.group("hon"):
                        person = self.mention_at(tm.start("hon"))  # ("Shri A": one name)
                    if person is not None and self.ents[person.key].is_person:
                        mm, ent = person, self.ents[person.key]
            ok = ("person" in kinds and ent.is_person) or ("org" in kinds and ent.is_org)
            if not ok or mm.how == "qualifier":
                if ent.is_place or mm.how == "qualifier":
                    cur = mm.end
                    sep = _rx(r",\s*").match(text[cur : cur + 5])
                    if sep:
                        cur += sep.end()
                        continue
                break
            if mm.key not in keys:
                keys.append(mm.key)
            end = mm.end
            appositive = False
            if ent.is_person:  # "President A of Norway and President B of Sweden"
                of = _rx(r"\s+of\s+(?:the\s+)?").match(text, end) or _TITLE_OF_APPOSITION.match(
                    text, end
                )  # "B, Minister of Foreign Affairs of Sweden": B's title, not a new item
                if of is not None and _rx(r",\s+(?:and|or)\s").match(text, end):
                    of = None  # "A, and the Minister of X of B, C": the next item's title
                state = (
                    next(
                        (
                            x
                            for x in self.mentions_between(of.start(), of.end() + 40)
                            if x.start <= of.end() <= x.end
                        ),
                        None,
                    )
                    if of is not None
                    else None
                )  # ("… of the Republic of Uganda": the state's long name holds the "of")
                if state is not None and self.ents[state.key].type == "state":
                    appositive = of is not None and text.startswith(",", of.start())
                    end = state.end
                # "B, the US Secretary of State,", "B, Ireland's Minister for Transport"
                the = _rx(r"(?:\s+(?:TD|MP|MEP|MSP|MS|MLA))?,\s+(?P<the>the\s+)?").match(text, end)
                state = self.mention_at(the.end()) if the is not None else None
                if the is not None and state is not None and self.ents[state.key].type == "state":
                    tm = _STATE_TITLE_AFTER.match(text, state.end)
                    if tm is not None and (
                        the.group("the") or text.startswith(("’s", "'s"), state.end)
                    ):
                        end, appositive = tm.end(), True
            noun = RX.LIST_NOUN.match(text, end) or RX.POST_NOMINAL.match(text, end)
            if noun:
                end = noun.end()  # ("A MP and B": the letters after a name are no item)
            if closed:
                break
            sep = RX.LIST_SEP.match(text, end)
            if not sep:
                break
            if _rx(r"\band\s+$").search(sep.group()):
                closed = True
            elif appositive:
                break  # "B, President of Uganda, A discussed …": the clause goes on
            cur = sep.end()
        return (keys, end) if keys else None

    def transcript_speakers(self) -> list[str]:
        """The speakers of the text's labelled turns (see speaker_at), in the order of
        their first turns; none outside a transcript."""
        speakers: list[str] = []
        for start in self.para_starts:
            who = self.speaker_at(start) if RX.SPEAKER_LABEL.match(self.text, start) else None
            if who is not None and who not in speakers:
                speakers.append(who)
        return speakers

    def stay_meetings(self, place: str, lo: int, hi: int) -> Iterator[_Evt]:
        """The meetings told in [lo, hi), in text order, while a stay in ``place`` told
        before ``lo`` lasts: up to the first place other than it named since ``lo``."""
        for ev in sorted(self.events, key=lambda x: x.span[0]):
            if ev.kind != "meeting" or not lo <= ev.span[0] < hi:
                continue
            if any(
                mm.key != place and (self.ents[mm.key].is_place or mm.how == "place")
                for mm in self.mentions_between(lo, ev.span[1])
            ):
                return  # (another place told: the stay is over, or not told)
            yield ev

    def own_states(self, key: str) -> set[str]:
        """The states ``key`` belongs to or serves: its own, and those of its current posts
        the text states (not one a title's state was guessed from the context for)."""
        own = {self.ents[key].country} - {None}
        for p in self.positions:
            if p.holder == key and p.status == "current" and "context" not in p.rule:
                own.add(p.org)
                own.add(self.ents[p.org].country)
        return {k for k in own if k is not None}

    def dateline_city(self) -> str | None:
        """The place of the dateline at one of the first two paragraphs' start (see
        RX.DATELINE), a mention of it added; None when there is none or no list knows it."""
        text = self.text
        for start in self.para_starts[:2]:
            dm = RX.DATELINE.match(text, start)
            if dm is None:
                continue
            key = self.known_city(*dm.span("city"))
            if key is not None:
                return key
        return None

    def speaker_at(self, pos: int) -> str | None:
        """The speaker of the transcript turn ``pos`` is in: the person named in the label
        (see RX.SPEAKER_LABEL) that opens its paragraph or the nearest one before that opens
        with a label. None outside a transcript, or when the label names no person."""
        text = self.text
        for i in range(self.para(pos), -1, -1):
            lm = RX.SPEAKER_LABEL.match(text, self.para_starts[i])
            if lm is None:
                continue
            persons = [
                mm for mm in self.mentions_between(*lm.span("label")) if self.ents[mm.key].is_person
            ]
            return persons[-1].key if persons else None
        return None

    def fronted_subject(self, lo: int, sent_end: int, *, reach: int = 160) -> str | None:
        """The subject named after a sentence's opening phrase that runs on from ``lo``
        ("On her visit to X, Y, to attend the Z summit, A raised …"): the one person after
        the first comma within ``reach`` that a lone person and a verb follow. None when a
        quotation comes first, or that person is one of a list or no verb follows."""
        text = self.text
        for cm in _rx(r",\s?").finditer(text, lo, min(sent_end, lo + reach)):
            if self.in_quote(cm.start()):
                return None
            lst = self.list_after(cm.end(), kinds=("person", "org"))
            if lst is None or not self.ents[lst[0][0]].is_person:
                continue  # (the city's state, the summit attended)
            if len(lst[0]) != 1:
                return None  # ("…, A and B of X toured …": no lone subject)
            if not _rx(r"\s+(?:(?:has|had|also|then|later|will)\s+)?[a-z]+").match(text, lst[1]):
                return None
            return lst[0][0]
        return None

    def _antecedent_parties(self, pos: int, *, near: bool) -> list[str]:
        """The participants of the last meeting told before ``pos`` (``near``: or the
        parties of an agreement, either within the paragraph or the one before)."""
        best: tuple[int, list[str]] | None = None
        for ev in self.events:
            if (
                ev.kind == "meeting"
                and ev.status != "cancelled"
                and ev.span[0] < pos
                and (best is None or ev.span[0] > best[0])
            ):
                best = (ev.span[0], ev.participants)
        if near:
            for ag in self.agreements:
                if ag.span[0] < pos and (best is None or ag.span[0] > best[0]):
                    best = (ag.span[0], ag.parties)
            if best is not None and self.para(pos) - self.para(best[0]) > 1:
                return []
        return list(best[1]) if best is not None else []

    def _subject_list(self, sent_start: int, pos: int) -> list[str]:
        """The coordinated subject of the clause ending at ``pos``: 'A and his counterpart, B'."""
        text = self.text
        head = text[sent_start:pos]
        tm = _rx(
            r"\b[Tt]he\s+(?P<n>two|three|four)\s+(?P<w>(?i:ministers|men|women|leaders|presidents|sides|delegations|"
            r"foreign\s+ministers|heads\s+of\s+state|countries|neighbou?rs|governments|parties|"
            r"diplomats|envoys|premiers|prime\s+ministers))\b"
        ).search(head) or _rx(
            # "The Prime Ministers will meet in X": a sentence's plural title, no number, is
            # the pair named before
            r"(?:^\s*The\s+(?P<n>)(?P<w>Prime\s+Ministers|Foreign\s+Ministers|Presidents)\s+"
            r"(?:will\s+|also\s+|then\s+)*|"
            # "the partnership between Prime Ministers, who last met at APEC in X"
            r"\bbetween\s+(?:the\s+)?(?:two\s+)?(?P<w2>Prime\s+Ministers|Foreign\s+Ministers|"
            r"Presidents|leaders|ministers),\s+who\s+(?:last\s+|first\s+|also\s+|previously\s+)*)$"
        ).search(head)
        if tm:
            # "The two presidents, Brazil's A and Paraguay's B, …": named right after
            am = _rx(r",\s+(?P<names>[^,;.]{3,120}),").match(text, sent_start + tm.end())
            if am and am.end() <= pos:
                named = [
                    mm.key
                    for mm in self.mentions_between(am.start("names"), am.end("names"))
                    if self.ents[mm.key].is_person
                ]
                if len(dict.fromkeys(named)) == _NUMBERS[tm.group("n") or "two"]:
                    return list(dict.fromkeys(named))
            want_states = (tm.group("w") or "").lower() in (
                "sides",
                "countries",
                "neighbours",
                "neighbors",
                "governments",
                "parties",
                "delegations",
            )
            found: list[str] = []
            # "the two presidents": the last two holding that title, when the text says so
            title = _PLURAL_TITLE.get(_rx(r"\s+").sub(" ", tm.group("w") or "").lower())
            titled = {p.holder for p in self.positions if title and title in p.role.lower()}
            before = self.mentions_between(max(0, sent_start - 1500), sent_start + tm.start())
            if title:  # or whom the text titles so: "talks with President B"
                titled |= {
                    mm.key
                    for mm in before
                    if text[max(0, mm.start - 20) : mm.start].lower().endswith(title + " ")
                }
            for mm in reversed(before):
                ent = self.ents[mm.key]
                if self.in_quote(mm.start) or mm.how == "qualifier":
                    continue
                wanted = ent.type == "state" if want_states else ent.is_person
                if len(titled) >= _NUMBERS[tm.group("n") or "two"] and mm.key not in titled:
                    wanted = False
                if wanted and mm.key not in found:
                    found.append(mm.key)
                if len(found) == _NUMBERS[tm.group("n") or "two"]:
                    return list(reversed(found))
            return []
        pair = self._demonym_pair(sent_start, pos)
        if pair:
            return pair
        om = _rx(
            r"\b[Tt]he\s+(?P<w>foreign\s+ministers|defen[cs]e\s+ministers|ministers|leaders|"
            r"presidents|prime\s+ministers|heads\s+of\s+state)\s+of\s+(?:the\s+)?"
        ).search(head)
        dm = _rx(
            r"^\s*(?:[Tt]he\s+)?(?:[Dd]elegations|[Nn]egotiators)\s+(?:from|of)\s+(?:the\s+)?"
        ).match(head)
        gm = _rx(r"^\s*(?:[Tt]he\s+)?[Gg]overnments\s+of\s+(?:the\s+)?").match(head)
        if gm:
            # "The Governments of A and the Republic of B held …": the states
            lst = self.list_after(sent_start + gm.end(), kinds=("org",))
            if lst and len(lst[0]) >= 2:
                return lst[0]
        if dm:
            # "Delegations from A and B have been meeting": A and B
            lst = self.list_after(sent_start + dm.end(), kinds=("org",))
            if lst and len(lst[0]) >= 2:
                return lst[0]
        if om:
            # "the foreign ministers of A, B and C": the ministers, when the text names them
            lst = self.list_after(sent_start + om.end(), kinds=("org",))
            if lst and len(lst[0]) >= 2:
                want = "Foreign Minister" if om.group("w").startswith("foreign") else None
                title = _PLURAL_TITLE.get(_rx(r"\s+").sub(" ", om.group("w")).lower())
                people = []
                for state in lst[0]:
                    held = [
                        p.holder
                        for p in self.positions
                        if p.org == state
                        and (want is None or p.role == want)
                        and (want is not None or title is None or p.role.lower() == title)
                    ]
                    if not held:
                        held = self._introduced_as_of(state, sent_start)
                    if len(set(held)) == 1:
                        people.append(held[0])
                return people if len(people) == len(lst[0]) else lst[0]
        hm = _rx(r"\b(?P<p>[Hh]e|[Ss]he)\s+and\s+(?=[A-Z])").search(head)
        if hm is not None and not self.in_quote(sent_start + hm.start()):
            # "Kerry says he and Lavrov have agreed …": the one "he" stands for and the
            # names after "and"
            lst = self.list_after(sent_start + hm.end(), kinds=("person", "org"))
            if lst is not None and _rx(
                r"\s*(?:(?:have|has|had|also|both|jointly|then)\s+)*"
            ).fullmatch(text, lst[1], pos):
                who = self.resolve_pronoun(sent_start + hm.start(), hm.group("p").lower())
                if who is not None and who not in lst[0] and self.ents[who].is_person:
                    return [who, *lst[0]]
        together = self._together_with(sent_start, pos)
        if together:
            return together
        cands = [
            mm
            for mm in self.mentions_between(sent_start, pos)
            if not self.in_quote(mm.start) and self.speaker_capable(mm)
        ]
        persons = [mm for mm in cands if self.ents[mm.key].is_person]
        if (
            len(persons) == 2
            and persons[0].key != persons[1].key
            and RX.APPOSED_PAIR_GAP.fullmatch(text, persons[0].end, persons[1].start)
            and RX.APPOSED_PAIR_TAIL.fullmatch(text, persons[1].end, pos)
        ):
            # "A, Kenya's president, and B, Norway's prime minister, met": each apposed
            return [persons[0].key, persons[1].key]
        if (
            len(persons) == 2
            and persons[0].key != persons[1].key
            and (gm := _TITLED_SECOND_GAP.match(text, persons[0].end)) is not None
            and gm.end() == persons[1].start  # (a rank's look at the name: no fullmatch)
            and RX.TITLED_SECOND_TAIL.fullmatch(text, persons[1].end, pos)
        ):
            # "A, and the recently appointed Commander of … (NC), General B, met"
            return [persons[0].key, persons[1].key]
        for mm in cands[:3]:
            lst = self.list_after(mm.start, kinds=("person", "org"))
            if lst and len(lst[0]) >= 2:
                return lst[0]
        return []

    def _together_with(self, sent_start: int, pos: int) -> list[str]:
        """'President A, together with President B of C, expressed …' as the subject of the
        clause ending at ``pos``: A and B (each a person, the aside closed by its comma
        before ``pos``); none for any other subject."""
        text = self.text
        first = next(
            (mm for mm in self.mentions_between(sent_start, pos) if not self.in_quote(mm.start)),
            None,
        )
        if (
            first is None
            or not self.ents[first.key].is_person
            or not RX.CAPITAL_WORDS.fullmatch(text, sent_start, first.start)
        ):
            return []
        tm = RX.TOGETHER_WITH.match(text, first.end, pos)
        second = next(iter(self.mentions_between(tm.end(), pos)), None) if tm else None
        if (
            tm is None
            or second is None
            or not self.ents[second.key].is_person
            or second.key == first.key
            or not RX.CAPITAL_WORDS.fullmatch(text, tm.end(), second.start)
        ):
            return []
        close = _rx(r"[^,;.“”\"]{0,80}?,\s").match(text, second.end, pos)
        return [first.key, second.key] if close is not None else []

    def _demonym_pair(self, sent_start: int, pos: int) -> list[str]:
        """'The U.S. and Mozambican governments', 'the Arvelian and Doskaran leaders' as the
        subject of the clause ending at ``pos``: the two states (for governments, sides,
        delegations) or the one person the text introduces as of each (for leaders,
        ministers); none when either is unknown."""
        text = self.text
        pm = RX.DEMONYM_PAIR.match(text, sent_start, pos)
        if pm is None or not _rx(r"\s*(?:\w+\s+){0,3}$").fullmatch(text, pm.end(), pos):
            return []
        states: list[str] = []
        for g in ("a", "b"):
            mm = self.mention_at(pm.start(g))
            key = (
                mm.key
                if mm is not None and mm.end == pm.end(g)
                else self.demonyms.get(_fold(pm.group(g)))
            )
            key = self.ensure(key)
            if key is None or self.ents[key].type != "state":
                return []
            states.append(key)
        if states[0] == states[1]:
            return []
        if pm.group("w").lower() in _PAIR_OF_STATES:
            return states
        people = [self._introduced_as_of(state, sent_start) for state in states]
        if any(len(found) != 1 for found in people):
            return []
        return [people[0][0], people[1][0]]

    def _introduced_as_of(self, state: str, pos: int) -> list[str]:
        """Persons near ``pos`` introduced as of ``state`` by the words right before their
        name: "his Saudi counterpart Prince X", "Pakistan's Foreign Minister Y", "US
        President Z"."""
        text = self.text
        found: list[str] = []
        for mm in self.mentions_between(max(0, pos - 1500), min(len(text), pos + 1500)):
            if not self.ents[mm.key].is_person or self.in_quote(mm.start):
                continue
            bm = _rx(
                # ("US President B", "U.S. Secretary B": a state's short name too)
                r"\b(?P<w>[A-Z](?:[a-z]+|[A-Z]+\b|(?:\.[A-Z])+\.))(?:[’']s)?\s+"
                r"(?:(?:[a-z]+|Foreign|Minister|Prime|Prince|"
                r"Princess|Sheikh|President|Secretary)\s+){1,3}$"
            ).search(text, max(0, mm.start - 45), mm.start)
            if bm is None:
                continue
            word = bm.group("w")
            named = self.demonyms.get(_fold(word))
            if named is None:
                at = self.mention_at(bm.start("w"))
                named = at.key if at is not None and at.end == bm.end("w") else None
            if named is not None and self.ensure(named) == state and mm.key not in found:
                found.append(mm.key)
        return found

    def _recent_states(self, pos: int) -> list[str]:
        found: list[str] = []
        for mm in reversed(self.mentions_between(max(0, pos - 1500), pos)):
            if self.ents[mm.key].type == "state" and mm.how != "qualifier" and mm.key not in found:
                found.append(mm.key)
            if len(found) == 2:
                return list(reversed(found))
        return []

    # -- accusations any fact kind may add, and the states named last ------------

    def state_titled_holder(self, state: str, end: int) -> tuple[str, int] | None:
        """The one person the text makes hold the title told right after the state named
        at ``end`` ("rebuked the US secretary of state for …", "The U.S. president said":
        the state's holder of that post named in the story, before or after), with where
        the title ends; None when the text names no one, or more than one, in that post."""
        tm = _STATE_TITLE_NP.match(self.text, end)
        if tm is None or self.ents[state].type != "state":
            return None
        title = " ".join(tm.group("t").lower().split())
        holder = self.sole_holder(
            state,
            lambda role: title in role and (title != "minister" or "prime minister" not in role),
        )
        return None if holder is None else (holder, tm.end())

    def sole_holder(
        self, state: str, holds: Callable[[str], bool], *, current: bool = False
    ) -> str | None:
        """The one person the text makes hold a post of ``state`` whose title, in lower case,
        ``holds`` accepts (a current one when ``current``); None when it names no one, or
        more than one, in such a post: "the US secretary of state", "the President of
        Ukraine" stand for that one person."""
        holders = {
            p.holder
            for p in self.positions
            if p.org == state and holds(p.role.lower()) and (not current or p.status == "current")
        }
        return holders.pop() if len(holders) == 1 else None

    def demonym_titled_holder(self, at: int) -> tuple[str, int] | None:
        """The same for a demonym before the title ("the Doskaran foreign minister" at
        ``at``): the one person named in that post of the demonym's state."""
        dm = _rx(r"(?:the\s+)?(?P<d>[A-Z][a-z]+)(?=\s)").match(self.text, at)
        state = self.demonyms.get(_fold(dm.group("d"))) if dm is not None else None
        if dm is None or state is None or state not in self.ents:
            return None
        return self.state_titled_holder(state, dm.end())

    def may_accuse(self, accuser: str | None, accused: str | None = None) -> TypeGuard[str]:
        """Whether ``accuser`` may make a charge (against ``accused``): someone found,
        not the accused itself, and no medium (a paper that tells the story charges no
        one)."""
        return accuser is not None and accuser != accused and self.ents[accuser].type != _MEDIA

    def _add_accusation(self, charge: Charge, found: Found, made_in: str | None = None) -> None:
        """File ``charge`` unless it accuses no one but its accuser, says nothing, or its
        accuser already accuses one of them in the same sentence."""
        accuser = charge.accuser
        accused = [a for a in dict.fromkeys(charge.accused) if a != accuser]
        about = charge.about.strip()
        if not accused or not about:
            return
        span = found.span
        in_sentence = self.accusations_by_sent.setdefault(self.sent(span[0]), [])
        for acc in in_sentence:
            if acc.accuser == accuser and set(acc.accused) & set(accused):
                return
        kind, rule, conf = charge.kind, found.rule, found.conf
        aid = self.new_id(f"{accuser or 'someone'}-{kind}-{accused[0]}")
        acc = _Acc(aid, span, rule, conf, kind, accuser, accused, about, charge.factuality, made_in)
        self.accusations.append(acc)
        in_sentence.append(acc)

    def _last_states(self, pos: int, count: int) -> list[str]:
        """The last ``count`` distinct states named before ``pos`` (outside quotes), in text
        order: who "both governments", "the two sides" are."""
        found: list[str] = []
        for mm in reversed(self.mentions_between(0, pos)):
            if self.ents[mm.key].type == "state" and not self.in_quote(mm.start):
                if mm.key not in found:
                    found.append(mm.key)
                if len(found) == count:
                    break
        return list(reversed(found))

    def _hypothetical(self, sent_start: int, pos: int) -> bool:
        """Whether what follows ``pos`` is only hoped for, asked, invited, called off or
        conditional ("if", "could", "might"): the sentence's last 60 characters before it."""
        return bool(
            _rx(
                r"\b(?:asked|hopes?|hoped|wants?|wanted|would\s+like|invit\w+|invitation|"
                r"cancell?ed|cancels?|called\s+off|postponed|if|could|might)\b[^.;]*$"
            ).search(self.text[max(sent_start, pos - 60) : pos])
        )

    def _government_of(self, accuser: str, pos: int) -> str | None:
        """Whose is 'the government' an accuser attacks: the accuser's own state."""
        ent = self.ents[accuser]
        if ent.type == "state":
            return None
        state = ent.country
        if state is None:
            held = [p.org for p in self.positions if p.holder == accuser]
            state = next((o for o in held if self.ents[o].type == "state"), None)
        if state is None:  # "Opposition leader X accused the government of …"
            state = self._story_state() or self._first_state(pos)
        return self.ensure(state) if state else None

    def _first_state(self, pos: int) -> str | None:
        """The first state a story names before ``pos`` (its headline's, as a rule): whose
        "the government" is when no dateline places the story."""
        for mm in self.mens:
            if mm.start >= pos:
                break
            if self.ents[mm.key].type == "state" and not self.in_quote(mm.start):
                return mm.key
        return None

    def _reporter_of(
        self, sent_start: int, sent_end: int, clause: int
    ) -> tuple[str, bool, int] | None:
        """Who is said to say the clause starting at ``clause``: the subject of a verb of
        saying before it ("X said (that) …", "X claimed Friday that …"), the one after
        "According to X," or after the clause (", X said"); whether that hedges, and where
        the evidence starts."""
        text = self.text
        ac = RX.ACCORDING_TO_LEAD.match(text, sent_start, clause)
        if ac is not None:
            mm = self.mention_at(ac.end("who"))
            if mm is not None and self.speaker_capable(mm) and mm.end <= clause:
                return mm.key, True, sent_start
        verbs = list(RX.REPORTING.finditer(text, sent_start, clause))
        if verbs:
            v = verbs[-1]
            if _rx(r"[;:]|\.\s").search(text, v.end(), clause):
                return None
            who = self.subject_before(v.start())
            if who is None:
                return None
            hedged = (
                v.group("verb").lower().startswith(("claim", "alleg", "insist", "argu", "says"))
            )
            return who, hedged, self._clause_start(sent_start, v.start(), who)
        tail = RX.SAID_TAIL.search(text, clause, sent_end)
        if tail is not None:  # ", (Foreign Minister) X (of Y) said"
            named = [
                mm
                for mm in self.mentions_between(tail.start("who"), tail.end())
                if self.speaker_capable(mm)
            ]
            person = next((mm for mm in named if self.ents[mm.key].is_person), None)
            if person is not None:
                return person.key, False, sent_start
            if named and named[0].start == tail.start("who"):
                return named[0].key, False, sent_start
        return None

    def _story_state(self) -> str | None:
        """The state a story is set in: the country of the first place its title or
        dateline names ("ASTARA, May 17 --", "In Dakar, Paris seeks …")."""
        heads = self.para_starts[2:3]
        stop = heads[0] if heads else len(self.text)
        for mm in self.mens:
            if mm.start >= stop:
                break
            ent = self.ents[mm.key]
            if ent.is_place and ent.country:
                return ent.country
        return None

    def states_listed(
        self, lead: int, start: int, end: int, *, articles: bool = False
    ) -> list[tuple[int, _Men]]:
        """The states a list between ``start`` and ``end`` names, when it names only
        states, two or more, between commas and "and" ("Saudi Arabia and Afghanistan",
        "Latvia, Estonia and Lithuania"), each with where a thing told of it for each state
        starts: the first at ``lead`` (the plural noun before the list), each other at
        the comma or "and" before its state; else none. With ``articles``, a state may
        have its article ("Japan, the United Kingdom and the United States")."""
        states = [
            mm
            for mm in self.mentions_between(start, end)
            if self.ents[mm.key].type == "state" and not mm.inner
        ]
        rest = self.text[start:end]
        for mm in reversed(states):
            rest = rest[: mm.start - start] + rest[mm.end - start :]
        between = r"(?:[ \t]*(?:,|and|the)[ \t]*)*" if articles else r"(?:[ \t]*(?:,|and)[ \t]*)*"
        if len(states) < 2 or _rx(between).fullmatch(rest) is None:
            return []
        out = [(lead, states[0])]
        for a, b in itertools.pairwise(states):
            gap = self.text[a.end : b.start]
            out.append((a.end + len(gap) - len(gap.lstrip()), b))
        return out

    def _lacks_title(self, state: str, role: str) -> bool:
        """Whether ``state``'s officials never hold ``role`` (no US minister)."""
        absent = _TITLES_A_STATE_LACKS.get(self.ents[state].name)
        return absent is not None and absent.search(role) is not None

    def _home_state(self) -> str | None:
        """The state whose government publishes the article ("The White House", "U.S.
        Department of State", "Ministry of Foreign Affairs of Kenya"), if it is one."""
        cached: tuple[str | None] | None = getattr(self, "_home", None)
        if cached is not None:
            return cached[0]
        pub = self.publisher or ""
        home: str | None = None
        if RX.GOVERNMENT_PUBLISHER.search(pub):
            words = [_fold(w) for _, _, w in tokens(pub)]
            found = [
                c
                for i in range(len(words))
                for n in (3, 2, 1)
                for c in self.lex.forms.get(tuple(words[i : i + n]), [])
                if c.type == "state" and not c.capital_of
            ]
            home = self.ensure(found[0].key) if found else None
            if home is None:  # "Foreign, Commonwealth & Development Office": its state's
                body = self.lex.forms.get(tuple(words), [])
                state = next((BODY_STATES[c.name] for c in body if c.name in BODY_STATES), None)
                if state is None:  # "Prime Minister's Office, 10 Downing Street": a body in it
                    state = next(
                        (
                            BODY_STATES[c.name]
                            for i in range(len(words))
                            for n in (3, 2)
                            for c in self.lex.forms.get(tuple(words[i : i + n]), [])
                            if c.name in BODY_STATES
                        ),
                        None,
                    )
                if state is not None:
                    st = self.lex.forms.get(tuple(_fold(t) for _, _, t in tokens(state)), [])
                    home = self.ensure(st[0].key) if st else None
            if home is None and (agency := RX.STATE_AGENCY.search(pub)) is not None:
                # "Philippine News Agency", "Saudi Press Agency": a state's own agency
                dem = self.demonyms.get(_fold(agency.group(1)))
                home = self.ensure(dem) if dem is not None else None
            if home is None and RX.US_PUBLISHER.search(pub):
                home = self._implied_org("secretary of state")
        self._home = (home,)
        return home

    def _persons_with_surname(self, surnames: Collection[str]) -> set[str]:
        """The persons of the article (no anonymous head) whose last name is one of
        ``surnames`` (a title's or a speaker label's surname: one of them is the one meant)."""
        return {x.key for x in self.persons if not x.anon_head and x.name.split()[-1] in surnames}

    def _person_by_part(self, word: str) -> str | None:
        """The one person of the article or the lexicon a one-word name (or a surname with
        its particle) stands for: the first or last word of the name, else as
        :meth:`_person_by_accentless_or_first_surname` reads it, a person named by that
        word alone, or a surname with two letters swapped (shared by the name rules and
        the single-name rules)."""
        found = set()
        low = word.lower()  # "Al-Rubaie" of "Haidar al-Rubaie"
        for x in self.persons:
            if not x.anon_head and low in x.name.lower():  # (a part of the name is in it)
                parts = [p for p in x.name.lower().split() if p not in _NAME_SUFFIXES]
                if len(parts) >= 2 and low in (parts[0], parts[-1]):
                    found.add(x.key)
                elif " " in low and " ".join(parts).endswith(" " + low):
                    found.add(x.key)  # "del Rosario" of "Albert F. del Rosario"
        if not found:
            for c, parts in self.lex.persons:
                if len(parts) >= 2 and word in (parts[0], parts[-1]):
                    found.add(c.key)
        if not found:
            found = self._person_by_accentless_or_first_surname(word)
        if not found:  # "President Hu" … "Hu said": a person named by one word
            found = {x.key for x in self.persons if not x.anon_head and x.name == word}
        if not found and len(word) >= 5:  # "Asthon said": two letters of "Ashton" swapped
            found = {
                x.key
                for x in self.persons
                if not x.anon_head
                and sorted(last := x.name.split()[-1]) == sorted(word)
                and OSA.distance(last, word) == 1
            }
        if len(found) == 1:
            key = found.pop()
            if key not in self.ents:
                self.ent_from_cand(self.lex.entity_defs[key])
            return key
        return None

    def _person_by_accentless_or_first_surname(self, word: str) -> set[str]:
        """The persons of the article a one-word name may stand for when no name has it
        as written: the surname without its accents ("Poire" of "Alejandro Poiré"), or the
        first of a Hispanic name's two surnames ("Raineri" of "Ricardo Raineri Bernain"),
        which the press uses alone; a particle or an initial is no surname."""
        low = unaccented(_fold(word))
        if len(low) < 3 or not word[:1].isupper():
            return set()
        found = set()
        for x in self.persons:
            if x.anon_head:
                continue
            words = [p for p in x.name.split() if p not in _NAME_SUFFIXES]
            parts = [unaccented(_fold(p)) for p in words]
            ends = (parts[0], parts[-1]) if len(parts) >= 2 else ()
            first_surname = parts[-2] if len(parts) >= 3 and words[-2][:1].isupper() else None
            if low in ends or low == first_surname:
                found.add(x.key)
        return found
