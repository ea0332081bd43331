"""Meetings told as a series: "A held bilateral meetings with B, C and D", "A held a series
of meetings on the sidelines of X, including with B and C", "A held separate talks with B
and C": one meeting of A with each person listed, never one meeting of them all; and a
delegation met told by who led it ("A received a Doskaran delegation led by B"); and a
session of a body two states hold, named by the pair ("the 2nd Session of the A-B
Bi-National Commission")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from diplokg.extract.clauses import Clauses
from diplokg.extract.patterns import _LOWER_ROLE
from diplokg.extract.regexes import RX
from diplokg.extract.text import SCAN, _fold, _rx

#: What may stand between two guests of a list: commas, "and", titles ("Italian Prime
#: Minister", "his Mauritian counterpart", "Emir of Qatar").
_LIST_GAP = re.compile(
    rf"(?:\s*,\s*|\s+and\s+|\s+|\b(?:his|her|their|the|of|counterpart|{_LOWER_ROLE}|"
    r"[A-Z][\w’'.-]*)\b)*"
)


class BilateralRules(Clauses):
    """The meetings of a series, one per guest."""

    def find_bilateral_series(self) -> None:
        """'A held bilateral meetings on Monday with B, C and D', 'A held a series of
        meetings on the sidelines of X here on Monday, including with B and C', 'A held
        separate talks with B and C': a meeting of A with each person listed (where and
        when the sentence says), in place of one meeting of them all; "with her
        counterparts from B, C and D": a meeting with each of those states. Only persons
        (or those states) are listed guests (a body in the list leaves the sentence to the
        other rules), and only a series told as one by one ("bilateral", "separate", "a series
        of", "several", a number): "A held talks with B and C" is one meeting."""
        text = self.text
        for m, sent_start, sent_end in self.asserted(self.scan(SCAN.BILATERALS_SERIES), 40):
            if not (m.group("many") or m.group("kind")):
                continue
            if (
                m.group("many") is None
                and not m.group().endswith(("meetings", "summits"))
                and "separate" not in (m.group("kind") or "")
            ):
                continue  # "held bilateral talks with B and C" may be one meeting
            if self._hypothetical(sent_start, m.start()):
                continue
            lm = RX.TO_THE_LIST.match(text, m.end(), sent_end)
            if lm is None or RX.VERB_BETWEEN.search(text, m.end(), lm.end()):
                continue
            fm = (
                RX.FROM_STATES.match(text, lm.end(), sent_end)
                if lm.group().rstrip(", ").endswith("counterparts")
                else None
            )
            sm = RX.STATES_LEADERS.match(text, lm.end(), sent_end) if fm is None else None
            if fm is not None:  # "with her counterparts from A, B and C": each state met
                lst = self._guest_list(fm.end(), sent_end, kind="state")
            elif sm is not None:  # "with the U.S. and Japanese leaders": each state's leader
                lst = self._leaders_of(sm)
            else:
                lst = self._guest_list(lm.end(), sent_end)
            if lst is None:
                continue
            guests = list(dict.fromkeys(lst[0]))
            if len(guests) < 2:
                continue
            host = self.subject_before(m.start(), persons_only=True)
            if host is None or host in guests or not self.ents[host].is_person:
                continue
            start = self._clause_start(sent_start, m.start(), host)
            pairs = [{host, g} for g in guests]
            # one meeting of them all, or of some, told by the other rules: the series' own
            told = (sent_start, sent_end)
            self._drop_told_meetings(
                told, host, persons={host, *guests}, sharing=set(guests), keep=pairs
            )
            for g in guests:
                self.add_meeting([host, g], (start, lst[1]), m.start(), "meeting:series", 0.65)
            self._drop_headline_of_series(host, set(guests))

    def find_bilateral_sessions(self) -> None:
        """'the 2nd Session of the A - B Bi-National Commission', 'a second round of A-B
        Strategic Partnership talks': a session of a body two states hold together, named
        by the pair, is a meeting of the two states (held or planned as its sentence
        tells, also in a speaker's quoted words; never in a clause of what might be, never
        of one state twice), unless its sentence tells a meeting already: "A co-chaired
        the fourth meeting of the A-B Dialogue with B" is theirs. Its day and place are
        the sentence's only when it tells the session held ("… was held in X on Monday",
        see RX.SESSION_HELD)."""
        for m, sent_start, sent_end in self.told(self.scan(SCAN.BILATERAL_SESSION), 40):
            if self._hypothetical(sent_start, m.start()) or any(
                ev.kind == "meeting" and sent_start <= ev.span[0] < sent_end for ev in self.events
            ):
                continue
            pair = self._named_pair(m.start("a"), m.start("b"))
            if len(set(pair)) != 2:
                continue
            n = len(self.events)
            self.add_meeting(pair, m.span(), m.start(), "meeting:bilateral-session", 0.6)
            if len(self.events) == n:
                continue
            hm = RX.SESSION_HELD.match(self.text, m.end())
            if hm is None:
                # (named in passing, "the declaration of the 4th Meeting of …, released
                # Tuesday": the sentence's day and place are not the session's)
                self.events[-1].date = self.events[-1].place = None
            elif hm.group("will") or hm.group("will2"):
                self.events[-1].status = "planned"  # ("… will be held in X next year")

    def _leaders_of(self, sm: re.Match[str]) -> tuple[list[str], int] | None:
        """The leaders of the states "the U.S. and Japanese leaders" names (see
        RX.STATES_LEADERS): for each, the person the text gives as its President or Prime
        Minister, else the state itself; None when an item names no state."""
        keys: list[str] = []
        for im in _rx(r"[A-Z][\w.’'-]*").finditer(self.text, sm.start("states"), sm.end("states")):
            mm = self.mention_at(im.start())
            state = (
                mm.key
                if mm is not None and self.ents[mm.key].type == "state"
                else self.ensure(self.demonyms.get(_fold(im.group())))
            )
            if state is None:
                return None
            leader = next(
                (
                    p.holder
                    for p in self.positions
                    if p.org == state
                    and p.status == "current"
                    and p.role in ("President", "Prime Minister")
                ),
                None,
            )
            keys.append(leader or state)
        return keys, sm.end()

    def _drop_headline_of_series(self, host: str, guests: set[str]) -> None:
        """Drop the meeting a headline tells of ``host`` with the series' guests at once
        ("President Moon holds summit with US, Japan" over "held bilateral summits with
        the U.S. and Japanese leaders"): the series told in brief, not one meeting of all.
        Its guests are the series' own, or the states of its leaders."""
        states = guests | {
            p.org for p in self.positions if p.holder in guests and p.status == "current"
        }
        self.events = [
            ev
            for ev in self.events
            if not (
                ev.kind == "meeting"
                and self._headline_para(ev.span[0])
                and host in ev.participants
                and len(ev.participants) > 2
                and set(ev.participants) - {host} <= states
            )
        ]

    def _drop_told_meetings(
        self,
        sent: tuple[int, int],
        host: str,
        *,
        persons: set[str],
        sharing: set[str] | None = None,
        keep: Sequence[set[str]] = (),
    ) -> None:
        """Drop the meetings of ``host`` that other rules drew from the sentence ``sent``
        with no person outside ``persons`` (and, with ``sharing``, one of those among
        them), save those in ``keep``: this rule's meetings stand for them."""
        self.events = [
            ev
            for ev in self.events
            if not (
                ev.kind == "meeting"
                and self.sent(ev.span[0]) == sent
                and host in ev.participants
                and {k for k in ev.participants if self.ents[k].is_person} <= persons
                and (sharing is None or bool(set(ev.participants) & sharing))
                and set(ev.participants) not in keep
            )
        ]

    def _guest_list(
        self, pos: int, end: int, *, kind: str = "person"
    ) -> tuple[list[str], int] | None:
        """The persons listed from ``pos``, each after its titles ("German Chancellor A,
        Italian Prime Minister B and Emir of Qatar C"), and where the list ends: after the
        item that follows "and". None when a name that is no person's is an item. With
        ``kind`` "state", the states listed ("from Papua New Guinea, Norway, and China")."""
        text = self.text
        keys: list[str] = []
        cur = pos
        last = False
        for mm in self.mentions_between(pos, end):
            gap = text[cur : mm.start]
            if not _LIST_GAP.fullmatch(gap):
                break
            if kind == "person" and RX.TITLE_OWNER.match(text, mm.end):
                continue  # "Emir of Qatar C": the title's state, then its holder
            if not (
                self.ents[mm.key].is_person
                if kind == "person"
                else self.ents[mm.key].type == "state"
            ):
                return None
            if keys and not _rx(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)").match(gap):
                break
            last = last or bool(_rx(r"\band\s").search(gap))
            keys.append(mm.key)
            cur = mm.end
            if last:
                break
        return (keys, cur) if keys and last else None

    def find_delegations_led_by(self) -> None:
        """'A received a visiting Doskaran delegation led by Foreign Minister B': A met B
        (the person who led it, after their titles), in place of a meeting of A with the
        delegation or its state told in the same sentence."""
        for m, sent_start, sent_end in self.asserted(self.scan(SCAN.DELEGATION_LED_BY), 40):
            if self._hypothetical(sent_start, m.start()):
                continue
            lead = next(iter(self.mentions_between(m.end(), sent_end)), None)
            if (
                lead is None
                or not self.ents[lead.key].is_person
                or not _LIST_GAP.fullmatch(self.text, m.end(), lead.start)
            ):
                continue
            host = self.subject_before(m.start(), persons_only=True)
            if host is None or host == lead.key or not self.ents[host].is_person:
                continue
            self._drop_told_meetings((sent_start, sent_end), host, persons={host})
            start = self._clause_start(sent_start, m.start(), host)
            self.add_meeting(
                [host, lead.key], (start, lead.end), m.start(), "meeting:delegation-led-by", 0.65
            )
