"""Visits and absences: who visits where ("X will visit Y", "X arrived in Y", headlines,
tours of cities, travel to meet, presence at a place), and who stays away from an event."""

from __future__ import annotations

import datetime as dt
import re

from diplokg.extract.clauses import Clauses
from diplokg.extract.gathering import _CALL_OFF, _CANCELLED_AFTER
from diplokg.extract.patterns import (
    _COMMON_CAPS,
    _LOWER_ROLE,
    _MET_BODIES,
    _NOT_JOINED,
    _ROLE_BEFORE_NAME,
    _SAID_AFTER_NAME,
    _ends_capitalised,
    _negation,
    _words,
)
from diplokg.extract.regexes import RX
from diplokg.extract.serving import _leader_serves
from diplokg.extract.state import _Abs, _Evt, _Men
from diplokg.extract.text import SCAN, Scan, _fold, _rx, group_words
from diplokg.extract.words import alternation, word_list

_VISIT_NOUNS = word_list("visit-nouns")  # "visit", "trip", "tour"
_VISIT_NOUN = re.compile(  # "a visit to …", "his first official trip to …" (5 chunks)
    # (up to four words before the noun, "his three country East Africa visit in Burundi",
    # none of them an article or a verb: "the Secretary will make a stopover in X" is "a
    # stopover", whose visitor is named before it)
    r"\b(?:(?:a|an|the|his|her|their|its|this|that)\s+(?:(?:first|second|official|state|recent|"
    r"planned|upcoming|surprise|historic|return|working|\w+-day|"
    r"(?!(?:a|an|the|his|her|their|its|will|would|shall|make|makes|made|making|pay|pays|paid|"
    r"paying|is|was|be|to|of|and|on|in|for)\b)[\w-]+)\s+){0,4}?"
    # (a government's communiqué capitalises its kind: "paid a State Visit to X")
    rf"(?:{alternation(_VISIT_NOUNS)}|Visit)|"
    # "after visits to Afghanistan and Iran": plural, with no article
    r"(?<=\bafter\s)(?:visits|trips))\s+"
    # ("a tour of Kenya and Tanzania": a tour's places, never "the visit of" its visitor)
    r"(?:by\s+(?P<by>[^,.;]{3,60}?)\s+)?(?:to|in|(?<=\btour\s)of|(?<=\btours\s)of)\s+"
)
# (the words group "neg" starts with: first_words(RX.ABSENCE) would add run-together
# spellings such as "skippedattend", which the pattern's "\s*" allows)
_ABSENCE_FIRST = group_words(RX.ABSENCE, "neg")
# (by hand: narrower than group "v"'s first words, which add "will" and "to" of "will
# visit", "to visit": the scan finds those a chunk on; "leave" is "will leave"'s)
_VISIT_VERB_HEADS = frozenset(
    _words(
        """
        visit visits visited visiting travel travels traveled travelled traveling travelling
        arrived arrives arrive arriving flew fly flies flying leaves left leaving leave
        depart departs departed departing head heads headed heading lead leads leading led
        join joins joined joining flown came come comes coming
        """
    )
)
_VISIT_NOUN_SCAN = Scan(_VISIT_NOUN, frozenset({*_VISIT_NOUNS, "visits", "trips"}), chunks=5)
_VISIT_VERB_SCAN = Scan(RX.VISIT_VERB, _VISIT_VERB_HEADS, chunks=1)  # "will visit"
_ABSENCE_SCAN = Scan(RX.ABSENCE, _ABSENCE_FIRST)

#: What calls a visit off, or puts it off, right before it
_VISIT_OFF = rf"\b(?:{_CALL_OFF}|postpone[sd]?)\s+"
#: Right before a visit's noun, words that call it off (see MeetingRules._visit_called_off).
_VISIT_CANCELLED_BEFORE = re.compile(
    rf"{_VISIT_OFF}(?:(?:his|her|their|its|the|a)\s+)?"
    r"(?:(?:planned|scheduled|official|state|first|upcoming)\s+)?(?:visit|trip)\s+to\s+$"
)
#: Right before a visitor's possessive, words that call the visit off: "cancelled Secretary
#: of State A's visit to X", "postponed the Prime Minister's trip to X".
_NAMED_VISIT_CANCELLED = re.compile(
    rf"{_VISIT_OFF}(?:the\s+)?"
    r"(?:(?:[A-Z][\w.’'-]*|of|the|and)\s+)*[A-Z][\w.’'-]*$"
)


class VisitRules(Clauses):
    """Rules that find visits and absences."""

    def find_visits(self) -> None:
        self._thanked_for_visit()
        self._find_visits()
        self._welcomed_guests()
        self._tour_stops()
        self._meetings_during_visits()
        self._places_named_by_talks()
        self._invited_visits()

    def _tour_stops(self) -> None:
        """'on the last stop of Rice's tour that has included stops in Japan, South Korea
        and China', 'in Montevideo as part of a tour that took him earlier to Senegal and
        Brazil': a visit to each state the tour's stops name, by whose the tour is (the
        name before its possessive, else the clause's subject); never in a clause of what
        might be (rule ``visit:tour``)."""
        for m, sent_start, sent_end in self.asserted(self.scan(SCAN.TOUR_STOPS), 40):
            if self._hypothetical(sent_start, m.start()) or _rx(
                r"\b(?:could|might|may|would)\b"
            ).search(self.text, m.end(), sent_end):
                continue  # ("a tour that took her to A could follow")
            visitor = None
            if m.group("owner"):
                visitor = next(
                    (
                        mm.key
                        for mm in self.mentions_between(sent_start, m.end("owner"))
                        if mm.end == m.end("owner")
                    ),
                    None,
                )
            else:
                visitor = self._visitor_before(m.start())
            if visitor is None or not self.ents[visitor].is_person:
                continue
            start = self._clause_start(sent_start, m.start(), visitor)
            dest = self.mention_at(m.end())
            if dest is None or self.ents[dest.key].type != "state":
                continue
            self._add_visit(visitor, m.end(), (start, m.end()), m.start(), "visit:tour")
            self._more_destinations(visitor, m.end(), (start, m.end()), m.start(), "visit:tour")

    def _invited_visits(self) -> None:
        """ "A participated today in a meeting at Schloss X near Berlin at the invitation of
        Chancellor B. C also attended the event.": A and C, who serve other states, visit
        B's state, when the sentence names a city of it; the visit is held where the
        meeting is (only a meeting placed: the city named "near" is no place of it)."""
        for ev in list(self.events):
            if ev.kind != "meeting" or ev.rule != "meeting:attended-at-invitation":
                continue
            if ev.place is None:
                continue  # (the visit's place would be read as the whole state)
            host_states = self.own_states(ev.participants[1]) & {
                k for k, e in self.ents.items() if e.type == "state"
            }
            if len(host_states) != 1:
                continue
            state = host_states.pop()
            sent_start, sent_end = self.sent(ev.span[0])
            city = next(
                (
                    mm
                    for mm in self.mentions_between(sent_start, sent_end)
                    if self.ents[mm.key].is_place and self.ents[mm.key].country == state
                ),
                None,
            )
            if city is None:
                continue
            for guest in ev.participants[:1] + ev.participants[2:]:
                own = self.own_states(guest)
                if not own or state in own or not self.ents[guest].is_person:
                    continue
                self._add_visit(guest, city.start, ev.span, ev.span[0], "visit:invited")
                for v in self.events:
                    if v.kind == "visit" and v.visitor == guest and v.rule == "visit:invited":
                        v.place = ev.place

    def _places_named_by_talks(self) -> None:
        """'A is headed to Russia for talks with B. … B's part in the Sochi talks': talks
        named by a city of the state a visit told before went to are held there, so the
        visit (and the meetings told in its sentence) with no place of their own are in
        that city (within two paragraphs, never when the visit
        was called off)."""
        for m in self.scan(SCAN.CITY_TALKS):
            city = self.mention_at(m.start("city"))
            if city is None or not self.ents[city.key].is_place:
                continue
            state = self.ents[city.key].country
            if state is None:
                continue
            visits = [
                v
                for v in self.events
                if v.kind == "visit"
                and v.host == self.ensure(state)
                and v.place is None
                and v.status != "cancelled"
                and v.span[0] < m.start()
                and 0 <= self.para(m.start()) - self.para(v.span[0]) <= 2
            ]
            if not visits:
                continue
            visit = max(visits, key=lambda v: v.span[0])
            visit.place = city.key
            told = self.sent(visit.span[0])
            for ev in self.events:
                if ev.kind == "meeting" and ev.place is None and self.sent(ev.span[0]) == told:
                    ev.place = city.key

    def _meetings_during_visits(self) -> None:
        """'During the visit, A will meet B': a meeting with no place of its own is held
        in the city the visit of A told before took A to (never a state: a dk:Place).
        Without "during the visit", so is a meeting told within two paragraphs after the
        visit to a city of one of its participants, or after "A will hold a series of
        meetings in X" ("… welcomes B to Adelaide. … On Friday, A and B will hold the …
        Meeting"), when the meeting is as planned or held as that trip and no other
        place is told in between."""
        text = self.text
        for ev in self.events:
            if ev.kind != "meeting" or ev.place is not None:
                continue
            sent_start, _ = self.sent(ev.span[0])
            visits = [
                v
                for v in self.events
                if v.kind == "visit" and v.visitor in ev.participants and v.span[0] < sent_start
            ]
            if RX.DURING_THE_VISIT.search(text, sent_start, ev.span[1]):
                if visits:
                    ev.place = max(visits, key=lambda x: x.span[0]).place
                continue
            self._place_told_before(ev, sent_start, visits)

    def _place_told_before(self, ev: _Evt, sent_start: int, visits: list[_Evt]) -> None:
        """The city a meeting's participant went to, or held meetings in, shortly before
        the sentence of meeting ``ev`` (see _meetings_during_visits)."""
        text = self.text
        trips: list[tuple[int, str, str]] = [  # (where told, the city, planned or held)
            (v.span[0], v.place, v.status)
            for v in visits
            if v.place is not None and v.status in ("planned", "held")
        ]
        for m in RX.MEETINGS_IN.finditer(text, max(0, sent_start - 2000), sent_start):
            mm = self.mention_at(m.end())
            if mm is None or not self.ents[mm.key].is_place:
                continue
            who = self.subject_before(m.start(), persons_only=True)
            if who in ev.participants:
                lo = max(self.sent(m.start())[0], m.start() - 80)
                status = "planned" if RX.PLANNED.search(text, lo, m.end()) else "held"
                trips.append((m.start(), mm.key, status))
        if not trips:
            return
        told, city, status = max(trips)
        if any(t[1] != city and self.sent(t[0]) == self.sent(told) for t in trips):
            return  # a trip to several cities: which one, the text does not say
        trip_start, trip_end = self.sent(told)
        ongoing = status == "held" and RX.ONGOING.search(text, trip_start, trip_end) is not None
        if (status != ev.status and not ongoing) or self.para(ev.span[0]) - self.para(told) > 2:
            return
        between = [
            x
            for x in self.events
            if x is not ev and x.place is not None and told < x.span[0] < ev.span[0]
        ]
        if any(x.place != city for x in between):
            return  # another place was told since
        ev.place = city

    def fold_meetings_into_visits(self) -> None:
        """A visit's own meetings, once every visit is known (see finish_events).

        "A launched talks with Iraqi officials on Friday during a visit to Baghdad": a
        meeting of the visitor and the host state, told in the visit's paragraph, is the
        visit itself (one fact, not two). A meeting of the visitor with no day of its own
        takes the visit's day (and city) when the text puts it there ("arrived in X on
        Monday … held talks with B later in the day", or any meeting within two paragraphs
        of "a one-day visit"): rule ``meeting:day-of-visit``. One told in the visit's own
        sentence is held where and when the visit is."""
        text = self.text
        visits = [v for v in self.events if v.kind == "visit" and v.status != "cancelled"]
        if not visits:
            return
        drop: set[str] = set()
        for ev in self.events:
            if ev.kind != "meeting" or ev.status == "cancelled" or ev.occasion is not None:
                continue
            for v in sorted(visits, key=lambda x: -x.span[0]):
                if v.visitor not in ev.participants:
                    continue
                if (
                    set(ev.participants) == {v.visitor, v.host}
                    and ev.status == v.status
                    and self.para(ev.span[0]) == self.para(v.span[0])
                    and abs(self.sent(ev.span[0])[0] - self.sent(v.span[0])[0]) <= 400
                    and (ev.date is None or v.date is None or self._same_day(ev.date, v.date))
                    and (ev.place is None or v.place is None or ev.place == v.place)
                ):
                    v.date = v.date or ev.date
                    v.place = v.place or ev.place
                    v.extra.append(ev.span)
                    drop.add(ev.id)
                    break
                vs, ve = self.sent(v.span[0])
                if (
                    (vs, ve) == self.sent(ev.span[0])
                    and v.status == ev.status
                    and RX.DURING_A_VISIT.search(text, vs, ve) is not None
                ):
                    # "held talks with B during a visit to the Turkish capital Ankara"
                    ev.place = ev.place or v.place
                    ev.date = ev.date or v.date
                    break
                if v.span[0] >= ev.span[0] or v.date is None or ev.date is not None:
                    continue
                gap = self.para(ev.span[0]) - self.para(v.span[0])
                vs, ve = self.sent(v.span[0])
                es, ee = self.sent(ev.span[0])
                one_day = RX.ONE_DAY_VISIT.search(text, vs, ve) is not None and gap <= 2
                if one_day or (RX.SAME_DAY_AS_BEFORE.search(text, es, ee) and gap <= 1):
                    ev.date = v.date
                    ev.place = ev.place or v.place
                    ev.rule = "meeting:day-of-visit"
                break
        if drop:
            self.events = [e for e in self.events if e.id not in drop]

    def _find_visits(self) -> None:
        text = self.text
        for m in self.scan(SCAN.PLACE_VISIT_BY):
            # "The Caracas visit Friday by Foreign Minister A": A visits Caracas
            if self.in_quote(m.start()) or self.mention_at(m.start("dest")) is None:
                continue
            lst = self.list_after(m.end(), kinds=("person",), limit=80)
            if lst is None or len(lst[0]) != 1 or not self.ents[lst[0][0]].is_person:
                continue
            self._add_visit(
                lst[0][0], m.start("dest"), (m.start(), lst[1]), m.start("noun"), "visit:place-noun"
            )
        for m in _rx(
            r"(?P<poss>[’']s)\s+(?:(?:first|second|official|state|recent|planned|upcoming|"
            r"two-day|three-day|surprise|historic|return|working|\w+-day)\s+)*(?:visit|trip)\s+to\s+"
        ).finditer(text):
            visitor_m = [
                mm
                for mm in self.mentions_between(max(0, m.start() - 60), m.start() + 1)
                if mm.end == m.start()
            ]
            if not visitor_m:
                continue
            span = (self._title_start(visitor_m[-1].start), m.end())
            self._add_visit(visitor_m[-1].key, m.end(), span, m.start(), "visit:possessive")
            self._more_destinations(visitor_m[-1].key, m.end(), span, m.start(), "visit:possessive")
        self._visits_here()
        self._visits_of_visitor()
        for m in self.scan_unquoted(_VISIT_NOUN_SCAN):
            if m.group(0).lower().startswith(
                ("the visit", "this visit", "that visit")
            ) and not m.group("by"):
                continue
            sent_start, _ = self.sent(m.start())
            if self._hypothetical(sent_start, m.start()) or not self._tour_of_places(m):
                continue
            visitor = None
            if m.group("by"):
                by = [
                    mm
                    for mm in self.mentions_between(m.start("by"), m.end("by"))
                    if self.ents[mm.key].is_person or self.ents[mm.key].is_org
                ]
                visitor = by[-1].key if by else None
            if visitor is None:
                visitor = self._visitor_after(m.end())  # "a visit to Japan this year by X"
            if visitor is None:
                visitor = self._visitor_before(m.start())
            rule = "visit:noun"
            if visitor is None:
                visitor = self._fronted_visitor(m, sent_start)
                rule = "visit:fronted"
            if visitor is None:
                continue
            start = self._clause_start(sent_start, m.start(), visitor)
            self._add_visit(visitor, m.end(), (start, m.end()), m.start(), rule)
            self._more_destinations(visitor, m.end(), (start, m.end()), m.start(), "visit:noun")
        for m, sent_start, _ in self.asserted(self.scan(_VISIT_VERB_SCAN), 25):
            accepted = RX.ACCEPTED_INVITATION.search(
                text, max(sent_start, m.start() - 100), m.start()
            )
            if accepted is not None and m.group("v") == "to visit":
                self._accepted_invitation(accepted.start(), m, sent_start)
                continue
            if self._hypothetical(sent_start, m.start()):
                continue
            if m.group("v").startswith(("came", "com")) and not RX.COMER_BEFORE.search(
                text, max(sent_start, m.start() - 120), m.start()
            ):
                continue  # ("the explosives had come to X": a thing, no visitor, comes)
            dest = self.mention_at(m.end()) or self._our_country(m.end())
            if dest is None and text.startswith("the ", m.end()):
                dest = self.mention_at(m.end() + 4)  # "travel to the Netherlands"
            wm = (
                RX.WHERE_VISITING.search(text, sent_start, m.start())
                if m.group("v") == "visiting"
                else None
            )
            if dest is None and wm is not None:
                # "in Beijing, the People's Republic of China, where he was visiting to attend"
                place = self.mention_at(wm.start("p"))
                visitor = self._visitor_before(m.start())
                if place is not None and visitor is not None and self.ents[place.key].is_place:
                    span = (wm.start("p"), m.end())
                    self._add_visit(
                        visitor, place.start, span, m.start(), "visit:where-visiting", dated=False
                    )
                continue
            if dest is None and not RX.CITY_OF_STATE.match(text, m.end()):
                continue
            if _rx(r"[’']s\s+(?:\w+\s+)*$").search(text[max(0, m.start() - 30) : m.start()]):
                continue
            who = (
                self._visiting_who(m.start(), sent_start)
                if m.group("v") == "visiting" or m.group("v").startswith("arrived")
                else []
            )
            if who:
                end = dest.end if dest else m.end()
                for key, start in who:
                    self._add_visit(
                        key,
                        m.end(),
                        (start, end),
                        m.start(),
                        "visit:who-visiting",
                        dated=m.group("v") != "visiting",  # (an arrival's day is the visit's)
                    )
                continue
            visitor = (
                self._participle_visitor(sent_start, m.start())
                if RX.AFTER_MAIN_CLAUSE.search(text, max(sent_start, m.start() - 12), m.start())
                else self._visitor_before(m.start())
            )
            if visitor is None:
                continue
            start = self._clause_start(sent_start, m.start(), visitor)
            end = dest.end if dest else m.end()
            # ("A, leading a delegation to X, met B on Monday": the day is the meetings')
            # (nor "departs tonight for X": it arrives another day)
            dated = not m.group("v").startswith("leading") and "tonight" not in m.group("v")
            self._add_visit(visitor, m.end(), (start, end), m.start(), "visit:verb", dated=dated)
            cur = dest.end if dest else None
            while cur is not None:
                # "will travel to Uganda, Ethiopia and Kenya": a visit to each
                sep = _rx(r"(?:,\s*(?:and\s+)?|\s+and\s+)").match(text, cur)
                nxt = self._mention_after_the(sep.end()) if sep else None
                if sep is None or nxt is None or self.ents[nxt.key].is_person:
                    break
                self._add_visit(visitor, sep.end(), (start, nxt.end), m.start(), "visit:verb")
                cur = nxt.end

    def _visits_of_visitor(self) -> None:
        """'the state visit of H.E. President A to Nigeria', 'recalled the successful visit
        of President A of X to Y in 2016': A visits Y (a visit told, or recalled, by its
        noun, with its visitor after "of"; rule ``visit:noun-of``)."""
        for m in self.scan_unquoted(SCAN.VISIT_OF_VISITOR):
            sent_start, _ = self.sent(m.start())
            if self._hypothetical(sent_start, m.start()):
                continue
            lst = self.list_after(m.end(), kinds=("person",), limit=80)
            if lst is None or len(lst[0]) != 1 or not self.ents[lst[0][0]].is_person:
                continue
            tm = RX.VISIT_OF_TO.match(self.text, lst[1])
            if tm is None:
                continue
            span = (m.start(), tm.end())
            self._add_visit(lst[0][0], tm.end(), span, m.start(), "visit:noun-of")
            self._more_destinations(lst[0][0], tm.end(), span, m.start(), "visit:noun-of")

    def _accepted_invitation(self, at: int, m: re.Match[str], sent_start: int) -> None:
        """'B has accepted an invitation to visit Canada', 'A accepted an invitation from
        C to visit Russia next year': a visit accepted is planned, the visitor the
        subject of "accepted" (not who invites), undated by the acceptance's day (an
        invitation alone, "A invited B to visit X", is no visit: hoped for, see
        :meth:`_hypothetical`)."""
        dest = self.mention_at(m.end())
        before = self.text[max(sent_start, at - 25) : at]
        if (
            dest is None
            or self._hypothetical(sent_start, at)
            or _negation(before)
            or _rx(r"\b(?:may|might|could|would|should)\s+(?:\w+\s+)?$").search(before)
        ):
            return  # ("has not accepted", "may have accepted an invitation to visit X")
        pm = _rx(r"\b(?P<p>[Hh]e|[Ss]he)\s+(?:\w+\s+){0,2}$").search(self.text, sent_start, at)
        visitor = (  # ("While there he accepted …": whom the pronoun stands for)
            self.resolve_pronoun(pm.start(), pm.group("p").lower())
            if pm is not None
            else self._visitor_before(at)
        )
        if visitor is None or not self.ents[visitor].is_person:
            return
        start = self._clause_start(sent_start, at, visitor)
        self._add_visit(
            visitor, m.end(), (start, dest.end), m.start(), "visit:accepted", dated=False
        )

    def _counterparts_state(self, visitor: str, trig: int) -> str | None:
        """The one state the persons named in the sentence at ``trig`` other than
        ``visitor`` serve, none of them the visitor's own; None when they serve none, more
        than one, or one is the visitor's compatriot, or when another person is named
        between the visitor and ``trig``."""
        sent_start, sent_end = self.sent(trig)
        before = [
            mm for mm in self.mentions_between(sent_start, trig) if self.ents[mm.key].is_person
        ]
        if not before or before[-1].key != visitor:
            return None  # (the visitor is the person named last before the verb)
        own = self.own_states(visitor)
        states: set[str] = set()
        for mm in self.mentions_between(sent_start, sent_end):
            if mm.key == visitor or not self.ents[mm.key].is_person:
                continue
            theirs = {k for k in self.own_states(mm.key) if self.ents[k].type == "state"}
            if theirs & own:
                return None
            states |= theirs
        return next(iter(states)) if len(states) == 1 else None

    def _tour_of_places(self, m: re.Match[str]) -> bool:
        """False for "a tour of" anything but a state or a place ("a tour of the Houses of
        Parliament": a building shown, no visit nor meeting); True for "a visit to"."""
        if not m.group(0).rstrip().endswith("of"):
            return True
        dest = self._mention_after_the(m.end())
        return dest is not None and (
            self.ents[dest.key].is_place or self.ents[dest.key].type == "state"
        )

    def _next_leg(self, trig: int) -> int | None:
        """Where the leg of a trip told at ``trig`` opens, after a main clause ("…, before
        travelling to the Middle East where he visited X"): the end of its "before
        travelling"; None when no such words stand between the sentence's start and it."""
        sent_start, _ = self.sent(trig)
        legs = list(RX.NEXT_LEG.finditer(self.text, sent_start, trig))
        return legs[-1].end() if legs else None

    def _our_country(self, pos: int) -> _Men | None:
        """ "B, who arrived in our country on a visit", in a government's own release and
        outside quotations: a mention of the state that publishes it (see _home_state)."""
        om = _rx(r"our\s+country\b").match(self.text, pos)
        home = self._home_state() if om is not None and not self.in_quote(pos) else None
        if om is None or home is None:
            return None
        mm = self.add_mention(pos, om.end(), home, "alias", 0.7)
        self.sort_mentions()
        return mm

    def _thanked_for_visit(self) -> None:
        """'I want to thank Prime Minister B for his visit' (a transcript's speaker A), 'A
        thanked B for his visit': B visits the one state A serves (rule
        ``visit:thanked-for``); with a destination ("for his visit to X") the visit rules
        read it, B still its visitor (see :meth:`_visitor_before`)."""
        text = self.text
        for m, sent_start, sent_end in self.asserted(self.scan(SCAN.THANKED_FOR_VISIT)):
            if m.group("to"):
                continue
            lst = self.list_after(m.start("who"), kinds=("person",), limit=90)
            if lst is None or len(lst[0]) != 1 or lst[1] < m.end("who") - 1:
                continue
            visitor = lst[0][0]
            head = text[sent_start : m.start()]
            thanker = (
                self.speaker_at(m.start())
                if _rx(r"\bI\s+(?:\w+\s+){0,3}(?:to\s+)?$").search(head)
                else self.subject_before(m.start(), persons_only=True)
            )
            if thanker is None or thanker == visitor:
                continue
            states = [k for k in self.own_states(thanker) if self.ents[k].type == "state"]
            if not states:
                # (a leader the lexicon knows, whose post the text leaves to the reader)
                states = [k for k in [_leader_serves(self, thanker, "leader")] if k is not None]
            if len(states) != 1 or states[0] in self.own_states(visitor):
                continue
            named = [mm for mm in self.mentions_between(0, sent_end) if mm.key == states[0]]
            if not named:
                continue
            self._add_visit(  # (undated: the thanks' day is not the visit's)
                visitor,
                named[-1].start,
                (m.start(), m.end()),
                m.start(),
                "visit:thanked-for",
                dated=False,
            )

    def _welcomed_guests(self) -> None:
        """Guests welcomed to a place: a visit of each guest to the place's state ("A will
        welcome B and C to Brisbane"), or to the welcoming side's state when the city is
        known to no list ("the Australian Government welcomes B to Adelaide"); never a
        guest of that state (see _add_visit), also in a speaker's quoted words ("“It is a
        pleasure to welcome B to X”"). The words between the verb and the place are
        the guests' names and titles only. A meeting of the sentence with those guests and
        no place of its own is held in the city."""
        text = self.text
        for m, sent_start, sent_end in self.told(self.scan(SCAN.WELCOMED_GUESTS), 40):
            if self._hypothetical(sent_start, m.start()):
                continue
            tm = _rx(r"[^;:“”]{3,300}?(?P<to>,?\s+to\s+)(?:the\s+)?(?=[A-Z])").match(
                text, m.end(), sent_end
            )
            if tm is None:
                continue
            listed = [mm for mm in self.mentions_between(m.end(), tm.end()) if not mm.inner]
            guests = [mm for mm in listed if self.ents[mm.key].is_person]
            if not guests:
                continue
            rest = text[m.end() : tm.start("to")]
            for mm in reversed(listed):
                rest = rest[: mm.start - m.end()] + " " + rest[mm.end - m.end() :]
            if not RX.GUEST_LIST_WORDS.fullmatch(rest):
                continue  # ("welcomed the decision of B to …": no guest list)
            dest = self.mention_at(tm.end())
            host = None
            if dest is None:
                cm = RX.WELCOME_CITY.match(text, tm.end(), sent_end)
                words = cm.group().replace("-", " ").split() if cm else []
                if cm is None or words[-1] in _COMMON_CAPS or any(w in _NOT_JOINED for w in words):
                    continue
                city = self._city_named(tm.end(), cm.start(), cm.end())
                dest = self.mention_at(tm.end()) if city is not None else None
                host = self._welcoming_state(sent_start, m.start())
            if dest is None or not (
                self.ents[dest.key].is_place or self.ents[dest.key].type == "state"
            ):
                continue
            for mm in guests:
                span = (min(self._clause_start(sent_start, m.start(), mm.key), m.start()), dest.end)
                self._add_visit(
                    mm.key, dest.start, span, m.start(), "visit:welcomed-to", host_state=host
                )
            if not self.ents[dest.key].is_place:
                continue
            keys = {mm.key for mm in guests}
            for ev in self.events:
                if (
                    ev.kind == "meeting"
                    and ev.place is None
                    and keys & set(ev.participants)
                    and self.sent(ev.span[0]) == (sent_start, sent_end)
                ):
                    ev.place = dest.key

    def _welcoming_state(self, sent_start: int, pos: int) -> str | None:
        """The state of who welcomes at ``pos``: "the Australian Government", else the one
        state all the persons of the clause's subject serve."""
        gm = RX.GOVERNMENT_OF.search(self.text, sent_start, pos)
        if gm is not None:
            return self.ensure(self.demonyms.get(_fold(gm.group("dem"))))
        states: set[str] | None = None
        for key in self._subject_list(sent_start, pos):
            if not self.ents[key].is_person:
                return None
            own = {k for k in self.own_states(key) if self.ents[k].type == "state"}
            states = own if states is None else states & own
        return next(iter(states)) if states is not None and len(states) == 1 else None

    def _visiting_who(self, pos: int, sent_start: int) -> list[tuple[str, int]]:
        """The visitors a relative "who is visiting" at ``pos`` tells, with where each is
        named: the person right before it, past an apposition ("B, Minister of Y, who is
        also visiting"), and for a plural verb those listed before ("A, Secretary of Z, and
        B, who were visiting"). None when no person is the antecedent."""
        text = self.text
        rel = RX.WHO_VISITING.search(text, max(sent_start, pos - 40), pos)
        if rel is None and text.startswith("arrived", pos):
            # "… with A and B, who arrived in our country on a visit": each of them
            rel = RX.WHO_ARRIVED.search(text, max(sent_start, pos - 20), pos)
        if rel is None:
            return []
        persons = [
            mm
            for mm in self.mentions_between(max(sent_start, rel.start() - 400), rel.start())
            if self.ents[mm.key].is_person and not mm.inner
        ]
        if not persons:
            return []
        last = persons[-1]
        if not _rx(
            r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’' -]{0,40}?)?(?:,\s+[^,.;:()“”]{0,90}?)?"
        ).fullmatch(text, last.end, rel.start()):
            return []
        found = [(last.key, self._title_start(last.start))]
        if rel.group("be") in ("are", "were", "have been", ""):
            for prev in reversed(persons[:-1]):
                if not RX.VISITORS_GAP.fullmatch(text, prev.end, found[-1][1]):
                    break
                found.append((prev.key, self._title_start(prev.start)))
        return [(k, s) for k, s in reversed(found)]

    def _visitor_before(self, pos: int) -> str | None:
        """Who visits: the clause's subject, or the organisation a delegation comes from."""
        sent_start, _ = self.sent(pos)
        that = max(
            _rx(r"\b(?:that|said|says|announced)\s+").finditer(self.text, sent_start, pos),
            key=lambda x: x.start(),
            default=None,
        )
        if that is not None:
            # "X has announced that the Foreign Minister of China, Y, will visit …": Y
            inner = [
                mm
                for mm in self.mentions_between(that.end(), pos)
                if self.ents[mm.key].is_person and not self.in_quote(mm.start)
            ]
            if inner:
                return inner[0].key
        dm = _rx(r"\b(?:an?|the)\s+(?P<org>[A-Z][\w-]*)\s+delegation\s+(?:\w+\s+){0,3}$").search(
            self.text[sent_start:pos]
        )
        if dm:
            mm = self.mention_at(sent_start + dm.start("org"))
            if mm is not None and self.ents[mm.key].is_org:
                return mm.key
        rm = _rx(
            rf"\b(?:[Tt]he|[Aa])\s+(?P<dem>[A-Z][a-z]+)\s+(?i:{_LOWER_ROLE})\s+(?:\w+\s+){{0,2}}$"
        ).search(self.text, sent_start, pos)
        if rm and not self.mentions_between(rm.start(), pos):
            # "the Turkish Prime Minister will visit …", no name known: his state visits
            state = self.ensure(self.demonyms.get(_fold(rm.group("dem"))))
            if state is not None:
                return state
        pm = _rx(
            r"\s*(?P<p>His|Her)\s+(?:comments?|remarks?|statement|words)\s+(?:was|were|came)\b"
        ).match(self.text, sent_start)
        if pm is not None and pm.end() <= pos:
            # "His comment was made during a visit to Ankara": whom "his" stands for
            who = self.resolve_pronoun(sent_start, pm.group("p").lower())
            if who is not None and self.ents[who].is_person:
                return who
        tm = next(
            (
                t
                for t in RX.THANKED_FOR_VISIT.finditer(
                    self.text, max(sent_start, pos - 120), pos + 60
                )
                if t.start() < pos < t.end()
            ),
            None,
        )
        if tm is not None:
            # "A thanked B for his visit to X": B
            lst = self.list_after(tm.start("who"), kinds=("person",), limit=90)
            if lst is not None and len(lst[0]) == 1:
                return lst[0][0]
        rel = RX.RELATIVE_OF_COMMON_NOUN.search(self.text, sent_start, pos)
        if rel is not None and not self.covered(rel.start(), rel.start() + 1):
            return None  # "A met several world leaders who have arrived in X": not A
        return self.subject_before(pos, persons_only=True)

    def _participle_visitor(self, sent_start: int, pos: int) -> str | None:
        """Who travels in a participle after the main clause ("On Monday, he met A and B
        before travelling to Egypt"): the main clause's subject, a pronoun opening it or
        the first person the sentence names, never the last one met. When the participle is
        fronted with the sentence's opening phrase ("After concluding his meetings with B,
        and before departing for Berlin, Secretary A stopped by …"), the subject named
        after it (see fronted_subject)."""
        if RX.FRONTED_SUBORDINATE.match(self.text, sent_start):
            return self.fronted_subject(pos, self.sent(pos)[1])
        pm = _rx(r"[ \t]*(?:[^,.;\n]{0,40},[ \t]+)?(?P<p>[Hh]e|[Ss]he)\b").match(
            self.text, sent_start, pos
        )
        if pm is not None:
            who = self.resolve_pronoun(pm.start("p"), pm.group("p").lower())
            return who if who is not None and self.ents[who].is_person else None
        first = next(
            (
                mm
                for mm in self.mentions_between(sent_start, pos)
                if self.ents[mm.key].is_person and not self.in_quote(mm.start)
            ),
            None,
        )
        return first.key if first is not None else None

    def _title_start(self, pos: int) -> int:
        seg = self.text[max(0, pos - 60) : pos]
        m = _ROLE_BEFORE_NAME.search(seg) if _ends_capitalised(seg) else None
        if m:
            start = pos - (len(seg) - m.start(1))
            return self._org_start_before(start) if self.org_before(start) else start
        return pos

    def _city_named(self, pos: int, start: int, end: int) -> str | None:
        """The city a visit's destination names before its state ("Abidjan, in Côte
        d'Ivoire"; "Draslav, the Kostravan capital"): a place, known or drafted here."""
        mm = self.mention_at(start)
        if mm is not None:
            return mm.key if self.ents[mm.key].is_place else None
        if pos != start or self.covered(start, end):
            return None
        ent = self.local_ent(self.text[start:end], "place", rule="entity:visit-city", conf=0.6)
        self.add_mention(start, end, ent.key, "place", 0.6)
        self.sort_mentions()
        return ent.key

    def _fronted_visitor(self, m: re.Match[str], sent_start: int) -> str | None:
        """The visitor of a visit fronted as the sentence's opening phrase ("During a
        visit to Tehran last June, A signed …", "On a visit to X, A …"): the one person
        named right after the phrase's comma (rule ``visit:fronted``). The phrase may name
        the city's state and the visit's purpose ("On her visit to X, Y, to attend the Z
        summit, A …"): the comma is the first one a person follows."""
        text = self.text
        if RX.FRONTED_VISIT.fullmatch(text, sent_start, m.start()) is None:
            return None
        who = self.fronted_subject(m.end(), self.sent(m.start())[1])
        if who is not None and self.ents[who].anon_head is not None:
            # "During a visit to X, officials said …": those who tell of a visit are not its
            # visitors; "During his visit to X, officials said …": whom "his" stands for
            pm = _rx(r"(?i:his|her)\b").match(text, m.start())
            who = self.resolve_pronoun(sent_start, pm.group().lower()) if pm else None
            if who is not None and not self.ents[who].is_person:
                who = None
        return who

    def _visitor_after(self, dest_pos: int) -> str | None:
        """The visitor a visit's noun names after its destination: "a visit to Japan this
        year by H.E. Mr. Narendra Modi"."""
        text = self.text
        dest = self.mention_at(dest_pos)
        if dest is None and text.startswith("the ", dest_pos):
            dest = self.mention_at(dest_pos + 4)
        if dest is None:
            return None
        bm = RX.BY_VISITOR.match(text, dest.end)
        lst = self.list_after(bm.end(), kinds=("person",), limit=80) if bm is not None else None
        return lst[0][0] if lst is not None and len(lst[0]) == 1 else None

    def _more_destinations(
        self, visitor: str, dest_pos: int, span: tuple[int, int], trig: int, rule: str
    ) -> None:
        """A visit to a list of states ("the Prime Minister's visit to Australia and Fiji"):
        a visit to each state after the first."""
        text = self.text
        dest = self.mention_at(dest_pos)
        if dest is None and text.startswith("the ", dest_pos):
            dest = self.mention_at(dest_pos + 4)
        if dest is None or self.ents[dest.key].type != "state":
            return
        end = dest.end
        while (
            sep := _rx(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?").match(text, end)
        ) is not None:
            nxt = self.mention_at(sep.end())
            if nxt is None or self.ents[nxt.key].type != "state":
                return
            if text.startswith(("’s", "'s"), nxt.end):
                return  # "… to Australia and Samoa's response": another phrase
            self._add_visit(visitor, nxt.start, (span[0], nxt.end), trig, rule)
            end = nxt.end

    def _dates_the_noun(self, date: tuple[int, int], span: tuple[int, int], dest_end: int) -> bool:
        """Whether a date phrase dates a visit told only as a noun phrase ("X's visit to
        Y"): right after it ("X's visit to Y on Tuesday", "…, which began on Monday"), or
        the noun phrase is the clause's subject ("X's visit to Y on Tuesday was …")."""
        text = self.text
        ds, de = date
        if ds >= dest_end:
            return bool(
                _rx(
                    r"(?:\s+(?:in|to)\s+[A-Z][\w-]*)*\s*(?:,\s*which\s+\w+\s+)?(?:on\s+)?"
                ).fullmatch(text, dest_end, ds)
            )
        sent_start, _ = self.sent(span[0])
        return not _rx(r"\b[a-z]+(?:ed|s)\b").search(text, de, span[0]) and ds >= sent_start

    def _visits_here(self) -> None:
        """ "MEXICO CITY, February 27 -- … Secretary A's visit here today": A visits the
        city of the story's dateline (and its state), told in quotations too."""
        text = self.text
        city: str | None = None
        for m in RX.VISIT_HERE.finditer(text):
            visitor = next(
                (
                    mm
                    for mm in self.mentions_between(max(0, m.start() - 60), m.start() + 1)
                    if mm.end == m.start() and self.ents[mm.key].is_person
                ),
                None,
            )
            if visitor is None:
                continue
            city = city or self.dateline_city() or ""
            at = next((mm for mm in self.mentions_between(0, m.start()) if mm.key == city), None)
            if at is None or self.ents[city].country is None:
                continue
            span = (self._title_start(visitor.start), m.end())
            self._add_visit(visitor.key, at.start, span, m.start(), "visit:here")
            # "visit here today": the noun's own day, in quotations too
            own = next((d for d in self.dates if m.end() < d[0] <= m.end() + 4), None)
            for ev in self.events:
                if ev.kind == "visit" and ev.span == span and ev.date is None:
                    ev.date = own

    def _add_visit(
        self,
        visitor: str,
        dest_pos: int,
        span: tuple[int, int],
        trig: int,
        rule: str,
        *,
        dated: bool = True,
        host_state: str | None = None,
    ) -> None:
        text = self.text
        cap = RX.DEMONYM_CAPITAL.match(text, dest_pos)
        if cap is not None and host_state is None:
            # "a visit to the Turkish capital Ankara": the city, in the demonym's state
            host_state = self.ensure(self.demonyms.get(_fold(cap.group("dem"))))
            if host_state is not None:
                dest_pos = cap.end()
                if self.mention_at(dest_pos) is None:
                    self._city_named(dest_pos, dest_pos, cap.end("city"))
        dest = self.mention_at(dest_pos)
        if dest is None and text.startswith("the ", dest_pos):
            dest = self.mention_at(dest_pos + 4)  # "his visit to the UN General Assembly"
        host = None
        place = None
        dest_end = dest.end if dest is not None else dest_pos
        if dest is not None and self.ents[dest.key].is_place:
            place = dest.key
            host = self.ensure(self.ents[dest.key].country)
        elif dest is not None and self.ents[dest.key].type == "state":
            host = dest.key
        elif dest is not None:
            if (
                self.ents[dest.key].type == "government-body"
                and RX.FACILITY_AFTER.match(text, dest.end) is not None
            ):
                # "visited PLA(N) headquarters", "to visit the PLA(N) Command College": a
                # government body's site is toured, its people are met only if named
                # (an alliance's or the UN's headquarters is its seat: met, as below)
                return
            if self.ents[dest.key].type in _MET_BODIES and self.ents[visitor].is_person:
                # a visit to a body (an assembly, an alliance's headquarters) meets it
                self.add_meeting(
                    [visitor, dest.key],
                    (span[0], dest.end),
                    trig,
                    "visit:body",
                    0.6,
                    told_from=self._next_leg(trig),
                )
            return
        if host is None and place is not None:
            host = host_state  # ("welcomes B to Adelaide": the welcoming side's state)
        if host is None:
            # "Draslav, the Kostravan capital", "Abidjan, in Côte d'Ivoire", "Capri, Italy":
            # the city's state (not "Harwick, Arvelia's envoy said": a possessive)
            cm = RX.CITY_OF_STATE.match(text, dest_pos)
            if cm is None:
                # "B received A, who arrived in X", "A arrives in X for talks with B": a
                # city no list places is in the state of the one counterpart named
                host = self._counterparts_state(visitor, trig) if place else None
                if host is None:
                    return
            else:
                host = self.state_named(cm, demonym="dem", name="state")
                sm = self.mention_at(cm.start("state")) if cm.group("state") else None
                if sm is not None and _rx(r"[’']s\b").match(text, sm.end):
                    return
                dest_end = sm.end if sm is not None else cm.end()  # ("Busan, South Korea")
                if host is not None:
                    place = self._city_named(dest_pos, cm.start("city"), cm.end("city"))
        if host is None or host == visitor or host in self.own_states(visitor):
            return  # (no one visits their own state: "A of Norway arrived in Oslo")
        am = RX.TO_ATTEND_AFTER.match(text, dest_end)
        sent_start, sent_end = self.sent(trig)
        if am is not None and any(
            RX.UN_ORGAN.search(self.ents[mm.key].name)
            for mm in self.mentions_between(am.end(), min(self.sent(trig)[1], am.end() + 90))
            if self.ents[mm.key].is_org
        ):
            # "his trip to New York, where he attended the opening session of the U.N.
            # General Assembly": a session at the UN's seat is no visit to its host state,
            # but held in the trip's city
            if place is not None:
                self._attended_there(visitor, place, am.end(), sent_end)
            return
        span = (span[0], max(span[1], dest_end))
        if am is not None and place is not None:
            self._attended_there(visitor, place, am.end(), sent_end)
        clause_end = min(sent_end, dest_end + 60)
        rel = _rx(r",\s+(?:during\s+which|where|when|after\s+which)\b").search(
            text, dest_end, clause_end
        )
        if rel is not None:
            clause_end = rel.start()  # "arrived in X on Monday, during which she will meet"
        clause = text[max(sent_start, trig - 60) : clause_end]
        status = (
            "planned"
            if RX.PLANNED.search(clause)
            or _rx(r"\bbefore\s+(?:\w+\s+){0,6}$").search(
                text[max(sent_start, span[0] - 50) : span[0]]
            )
            else "held"
        )
        if _rx(r"visiting\b").match(text[trig : trig + 9]) and _rx(r"\bin\s+the\s+coming\b").search(
            clause
        ):
            status = "planned"
        date = self.date_near(trig, future=status == "planned") if dated else None
        if date is not None and date[1] <= trig and RX.AFTER_EARLIER.search(text, date[1], trig):
            date = None  # "reached X on Tuesday after visits to A and B": the reaching's day
        leg = self._next_leg(trig)
        if date is not None and leg is not None and date[1] <= leg:
            date = None  # "met B on Monday, before travelling to X where he visited Y"
        if date is not None and self.in_span(date):
            date = None  # "will be visiting X between 6 and 8 March": a span is no day
        if date is not None and _rx(r"\b(?:through|thru|until|till|since)\s+$").search(
            text, max(0, date[0] - 8), date[0]
        ):
            date = None  # "a four-day visit through Sunday": where the visit ends
        if (
            date is not None
            and rule == "visit:possessive"
            and not self._dates_the_noun(date, span, dest_end)
        ):
            date = None  # "On Tuesday, they … marked Obama's first visit to China"
        if date is not None:
            res = self.resolve(text[date[0] : date[1]], future=status == "planned")
            if (
                res
                and res.value
                and len(res.value) == 10
                and dt.date.fromisoformat(res.value) > self.published
            ):
                status = "planned"
            if res and res.value is None and res.earliest and res.earliest > self.published:
                status = "planned"
        if self._visit_called_off(trig, dest_end, sent_start, sent_end):
            status = "cancelled"
        for ev in self.events:
            if (
                ev.kind == "visit"
                and ev.visitor == visitor
                and ev.host == host
                and not self._another_visit(ev, status, span)
            ):
                ev.extra.append(span)
                ev.place = ev.place or place  # ("Travels to Uganda" … "In Kampala, …")
                return
        eid = self.new_id(f"visit-{visitor}-{host or place}")
        ev = _Evt(eid, span, rule, 0.7, "visit", status)
        ev.visitor = visitor
        ev.host = host
        ev.place = place
        ev.date = date
        self.events.append(ev)

    def _attended_there(self, visitor: str, place: str, lo: int, hi: int) -> None:
        """'On her visit to Busan, South Korea, to attend the APEC summit, A …': the
        conference the trip was for, attended by its visitor, is held in the trip's city
        when nothing else told where."""
        for s, _, eid in self.conf_refs:
            if not lo <= s < min(hi, lo + 40):
                continue
            ev = next((x for x in self.events if x.id == eid), None)
            if ev is not None and ev.place is None and visitor in ev.participants:
                ev.place = place

    def find_absences(self) -> None:
        text = self.text
        for m in self.unquoted(self.scan(_ABSENCE_SCAN)):
            s = m.start()
            sent_start, sent_end = self.sent(s)
            refs = [r for r in self.conf_refs if m.end() <= r[0] <= m.end() + 80]
            if not refs:
                continue
            if not m.group("rest") and not m.group("neg").startswith(
                ("skip", "miss", "was absent", "stayed", "pulled", "withdrew", "cancel")
            ):
                continue
            eid = refs[0][2]
            who = self.subject_before(s, persons_only=True)
            if who is None:
                continue
            ev_s = self._clause_start(sent_start, s, who)
            ev_e = refs[0][1]
            conf_np = _rx(r"[^.;]*?(?:\([A-Z]+\))").match(text[ev_e : ev_e + 100])
            if conf_np and not _rx(r"[.;]").search(conf_np.group()):
                ev_e += conf_np.end()
            # the whole conference noun phrase
            for ev in self.events:
                if ev.id == eid and ev.span[0] >= refs[0][0] and ev.span[0] < ev_e:
                    ev_e = max(ev_e, ev.span[1])
            reason = None
            rf = "asserted"
            rm = _rx(
                r"[^.;]{0,40}?\b(?:because|as|since|due\s+to|citing|owing\s+to)\s+(?:(?:he|she|they)\s+(?:was|were|is|had|has)\s+)?(?P<r>[^.;,]+)"
            ).match(text[ev_e:sent_end])
            if rm:
                r_txt = rm.group("r").strip()
                reason = r_txt.strip('“”"‘’ ')
                ev_e = ev_e + rm.end()
                if _rx(r"[“\"‘]").search(r_txt) or RX.HEDGE.search(rm.group()):
                    rf = "hedged"
            if who in next(x for x in self.events if x.id == eid).participants:
                continue
            aid = self.new_id(f"{who}-absent")
            self.absences.append(
                _Abs(aid, (ev_s, ev_e), "absence:did-not-attend", 0.7, who, eid, reason, rf)
            )
            ev = next(x for x in self.events if x.id == eid)
            if ev.place is None:
                tm = _rx(r"travel\s+to\s+(?P<p>[A-Z][\w-]*)").search(text[s : refs[0][0]])
                if tm:
                    mm = self.mention_at(s + tm.start("p"))
                    if mm and self.ents[mm.key].is_place:
                        ev.place = mm.key
                        ev.explicit_place = True

    # -- visits told by headlines, trips, tours and presence -------------------

    def find_headline_visits(self) -> None:
        """'Special Envoy for Sudan Perriello Travels to Uganda, Ethiopia, and Kenya': a
        headline (the first line, no full stop) telling a trip is a visit to each state
        listed. A title's names are not read as mentions: the visitor is a person the text
        names, by full name or surname, in the headline before the verb."""
        text = self.text
        line_start = 0
        dm = RX.DATE_LINE.match(text)
        if dm is not None:
            line_start = dm.end()  # ("April 4, 2008", then the headline)
        line_end = text.find("\n", line_start)
        if (
            line_end == -1
            or line_end - line_start > 200
            or text[line_start:line_end].rstrip().endswith((".", ":"))
        ):
            return
        m = RX.HEADLINE_VISIT.search(text, line_start, line_end) or RX.HEADLINE_IN.search(
            text, line_start, line_end
        )
        if m is None or RX.HEADLINE_CALLED_OFF.search(text, line_start, line_end):
            return
        head = text[line_start : m.start()]
        visitor, at = None, -1
        for k, e in self.ents.items():
            if not e.is_person:
                continue
            for form in dict.fromkeys((e.name, e.name.split()[-1])):
                if len(form) < 4:
                    continue
                last = max(
                    (
                        line_start + fm.start()
                        for fm in _rx(rf"\b{re.escape(form)}\b").finditer(head)
                        # ("A in India Highlights …": the visitor's name right before "in")
                        if m.re is not RX.HEADLINE_IN or line_start + fm.end() == m.start()
                    ),
                    default=-1,
                )
                if last > at:
                    visitor, at = k, last
        if visitor is None:
            return
        cur = m.end()
        while cur < line_end:
            dest = self._mention_after_the(cur)
            if dest is None or self.ents[dest.key].is_person or dest.end > line_end:
                break
            self._add_visit(visitor, dest.start, (at, dest.end), m.start(), "visit:headline")
            self._visit_at_dateline((at, dest.end))
            if m.re is RX.HEADLINE_IN:
                break  # ("A in India Highlights …": one place)
            sep = _rx(r"(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)").match(text, dest.end)
            if sep is None:
                break
            cur = sep.end()

    def _visit_at_dateline(self, span: tuple[int, int]) -> None:
        """A headline's visit to a state with no city ("A in India Highlights …") is in the
        city of the story's dateline ("NEW DELHI, INDIA –"), or else of the visitor's first
        meeting the text places in that state ("A … co-chaired … in New Delhi")."""
        for ev in self.events:
            if ev.kind != "visit" or ev.span != span or ev.place is not None or ev.host is None:
                continue
            cities = [self.dateline_city()] + [
                m.place
                for m in self.events
                if m.kind == "meeting" and ev.visitor in m.participants and m.status == "held"
            ]
            ev.place = next(
                (c for c in cities if c is not None and self.ents[c].country == ev.host), None
            )

    def find_travel_to_meet(self) -> None:
        """'He will travel to La Paz next month to meet the Bolivian chancellor, Teresa
        Mamani': the traveller meets whom the trip is for, where it goes."""
        text = self.text
        for m in self.unquoted(self.scan(_VISIT_VERB_SCAN)):
            s = m.start()
            dest = self._mention_after_the(m.end())
            if dest is None or not (
                self.ents[dest.key].is_place
                or dest.how == "place"
                or self.ents[dest.key].type == "state"
            ):
                continue
            window = text[dest.end : dest.end + 100]
            if "meet" not in window and "talks" not in window and "consult" not in window:
                continue
            sent_start, sent_end = self.sent(s)
            if _negation(text[max(sent_start, s - 25) : s]) or self._hypothetical(sent_start, s):
                continue
            tm = RX.TRAVEL_THEN_MEET.match(text, dest.end, sent_end)
            if tm is None:
                continue
            after = tm.end()
            mo = RX.MEMBERS_OF_BODY.match(text, after)
            lst = self.list_after(mo.end() if mo else after, kinds=("person", "org"))
            am = RX.TITLE_APPOSITION.match(text, after, sent_end) if lst is None else None
            if am is not None:  # "to meet the Bolivian chancellor, Teresa Mamani"
                lst = self.list_after(am.end(), kinds=("person", "org"))
            if lst is None:
                continue
            listed = lst[0]
            for mm in self.mentions_between(tm.end(), lst[1]):
                if _SAID_AFTER_NAME.match(text, mm.end):
                    # "… for talks with B, the ministry said": the speaker is no guest
                    listed = listed[: listed.index(mm.key)] if mm.key in listed else listed
                    break
            guests = [
                k
                for k in listed
                if self.ents[k].is_person
                or self.ents[k].type in _MET_BODIES
                or (k != dest.key and self.ents[k].type == "state")
            ]
            visitor = self._visitor_before(s)
            guests = [k for k in guests if k != visitor]
            if visitor is None or not guests:
                continue
            keys = [visitor, *guests]
            self.add_meeting(
                keys,
                (self._clause_start(sent_start, s, visitor), lst[1]),
                s,
                "meeting:travel-to-meet",
                0.7,
            )
            ev = next(
                (
                    e
                    for e in reversed(self.events)
                    if e.kind == "meeting" and set(keys) <= set(e.participants)
                ),
                None,
            )
            if ev is not None and ev.place is None and self.ents[dest.key].is_place:
                ev.place = dest.key

    def _another_visit(self, ev: _Evt, status: str, span: tuple[int, int]) -> bool:
        """'Y will visit X next week … Y previously visited X in 2014': a visit told as an
        earlier one is not the one planned (nor the planned one the earlier)."""
        if (ev.status == "planned") == (status == "planned"):
            return False
        held = span if status != "planned" else ev.span
        return bool(RX.EARLIER_VISIT.search(self.text, held[0], min(len(self.text), held[1] + 40)))

    def _visit_called_off(self, trig: int, dest_end: int, sent_start: int, sent_end: int) -> bool:
        """'Y's planned trip to X was called off', 'Y cancelled his visit to X'."""
        return bool(
            _CANCELLED_AFTER.match(self.text, dest_end, sent_end)
            or _VISIT_CANCELLED_BEFORE.search(self.text, max(sent_start, trig - 50), trig)
            or (
                self.text.startswith(("’s", "'s"), trig)
                and _NAMED_VISIT_CANCELLED.search(self.text, max(sent_start, trig - 90), trig)
                is not None
            )
        )

    def find_present_in(self) -> None:
        """'Y is expected in Nairobi next week', 'Y landed in Beijing on Monday', 'Y is in
        Moscow for a three-day state visit', 'Y, in Italy on the second leg of his tour,':
        a visit."""
        text = self.text
        for m in self.unquoted(self.scan(SCAN.PRESENT_IN)):
            s = m.start()
            sent_start, _ = self.sent(s)
            if _negation(text[max(sent_start, s - 25) : m.end()]) or self._hypothetical(
                sent_start, s
            ):
                continue
            dest = self.mention_at(m.end())
            if dest is None or not (
                self.ents[dest.key].is_place or self.ents[dest.key].type == "state"
            ):
                continue
            visitor = self._visitor_before(s)
            if visitor is None:
                continue
            appositive = m.group().startswith("in")
            if appositive and not any(
                mm.key == visitor and mm.end == s - 2 for mm in self.mentions_between(sent_start, s)
            ):
                continue  # (an appositive's visitor is named right before it, not "A said
                # the summit, in X on a cold day for talks, …")
            if self.ents[visitor].type == "state":
                last = [mm for mm in self.mentions_between(sent_start, s) if mm.key == visitor]
                if not last or text[last[-1].end : s].strip():
                    continue  # "the top U.S. diplomat is in China": the state only qualifies
            span = (self._clause_start(sent_start, s, visitor), dest.end)
            # ("A, in Italy on a tour, met B on Monday": an appositive's stay has no day;
            # the day is the meeting's)
            self._add_visit(visitor, m.end(), span, s, "visit:presence", dated=not appositive)
        self._while_in()

    def _while_in(self) -> None:
        """'While in Berlin, Deputy Minister A also took part in …': a sentence opening on
        where its subject stays is a visit of the lone person after its comma, undated (the
        stay's day is told elsewhere)."""
        for m in self.scan(SCAN.WHILE_IN):
            s = m.start()
            if self.sent(s)[0] != s or self.in_quote(s):
                continue  # (a sentence's opening only)
            dest = self.mention_at(m.end())
            if dest is None or not (
                self.ents[dest.key].is_place or self.ents[dest.key].type == "state"
            ):
                continue
            visitor = self.fronted_subject(dest.end, self.sent(s)[1], reach=40)
            if visitor is not None:
                self._add_visit(visitor, m.end(), (s, dest.end), s, "visit:while-in", dated=False)

    def _mention_after_the(self, pos: int) -> _Men | None:
        """The mention at ``pos``, or after a "the " there ("the Philippines" may be one
        name, "the United Arab Emirates" a name after "the")."""
        mm = self.mention_at(pos)
        if mm is None and self.text.startswith("the ", pos):
            mm = self.mention_at(pos + 4)
        return mm

    def find_tour_of_cities(self) -> None:
        """'In Kampala, Addis Ababa, and Cairo, the Special Envoy will meet …': a sentence
        opening on two or more cities of a tour is a visit to each city's state by the
        clause's subject who meets there."""
        text = self.text
        for m in _rx(r"In\s+(?=[A-Z])").finditer(text):
            s = m.start()
            if s and text[s - 1] != "\n" and not (s > 1 and text[s - 2] in ".!?"):
                continue  # (a sentence's first word only)
            _, sent_end = self.sent(s)
            cities: list[_Men] = []
            cur = m.end()
            while True:
                mm = self.mention_at(cur)
                if mm is None or not (self.ents[mm.key].is_place or mm.how == "metonym"):
                    break
                cities.append(mm)
                sep = _rx(r",\s*(?:and\s+)?|\s+and\s+").match(text, mm.end)
                if sep is None:
                    break
                cur = sep.end()
            if len(cities) < 2 or text[cities[-1].end : cities[-1].end + 1] != ",":
                continue
            vm = RX.TOUR_MEET.search(text, cities[-1].end, min(sent_end, cities[-1].end + 80))
            if vm is None:
                continue
            visitor = self._visitor_before(vm.start())
            if visitor is None or not self.ents[visitor].is_person:
                continue
            for city in cities:
                self._add_visit(visitor, city.start, (s, vm.end()), vm.start(), "visit:tour")
