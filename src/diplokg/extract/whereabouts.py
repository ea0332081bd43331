"""Where and when a meeting is held when its own words leave it out, told by what surrounds
it: the trip its sentence tells ("A, leading a delegation to Geneva, held successive
meetings with B, C and D"), the headline over it ("A meets B in Kyiv"), a visit told again
with its day ("B and C, who arrived on a visit. … their visit today"); steps after every
meeting and visit is drawn."""

from __future__ import annotations

from diplokg.extract.clauses import Clauses
from diplokg.extract.regexes import RX
from diplokg.extract.state import _Evt
from diplokg.extract.text import SCAN, _rx
from diplokg.model.evidence import find_occurrences

#: How far before its destination a trip's phrase may open.
_TRIP_REACH = 60


class WhereaboutsRules(Clauses):
    """The places and days of meetings, told by the trip, the headline or a visit around
    them."""

    def find_trip_places(self) -> None:
        """'A, on a visit to X, held talks with B': a meeting (or a conference attended)
        with no place of its own whose sentence tells a trip of one of its participants
        to one city, as held or planned as the meeting, is held there (never a state: an
        event's place is a dk:Place). Never a trip told as another
        one (before or after it, a relative clause's: see :data:`RX.OTHER_TRIP`), nor when
        the sentence tells trips to two places."""
        text = self.text
        trips_in: dict[tuple[int, int], list[_Evt]] = {}  # (the visits of each sentence)
        for v in self.events:
            if v.kind == "visit":
                trips_in.setdefault(self.sent(v.span[0]), []).append(v)
        for ev in self.events:
            if ev.kind not in ("meeting", "conference") or ev.place is not None:
                continue
            if ev.status == "cancelled":
                continue
            for sp in (ev.span, *ev.extra):  # (each telling of it, in its own sentence)
                sent = self.sent(sp[0])
                trips = trips_in.get(sent, [])
                trip = _trip_of(ev, trips)
                if (
                    trip is None
                    or trip.place is None
                    or trip.status != ev.status
                    or len({v.place or v.host for v in trips}) != 1
                    or RX.OTHER_TRIP.search(
                        text, max(sent[0], trip.span[1] - _TRIP_REACH), trip.span[1]
                    )
                ):
                    continue
                ev.place = trip.place
                break

    def find_attributive_places(self) -> None:
        """'at the start of their Beijing meeting', 'a Florida meeting between A and B',
        'the Sochi talks': a city set before the noun of a meeting as its modifier places
        it. A meeting with no place of its own is held there when its own telling is that
        noun, or when the sentence tells it alone and "their" owns the noun; never a noun
        told as another time ("after their Geneva talks"), a state, nor a building."""
        for ev in self.events:
            if ev.kind != "meeting" or ev.place is not None or ev.status == "cancelled":
                continue
            for sp in (ev.span, *ev.extra):
                place = self._attributive_place(ev, sp)
                if place is not None:
                    ev.place = place
                    break

    def _attributive_place(self, ev: _Evt, sp: tuple[int, int]) -> str | None:
        """The city set before a meeting noun in the sentence of ``ev``'s telling ``sp``
        (see :meth:`find_attributive_places`), None when there is none or two."""
        text = self.text
        sent_start, sent_end = self.sent(sp[0])
        found: set[str] = set()
        for mm in self.mentions_between(sent_start, sent_end):
            nm = RX.ATTRIBUTIVE_NOUN.match(text, mm.end)
            dm = RX.ATTRIBUTIVE_OWNER.search(text, max(sent_start, mm.start - 40), mm.start)
            if nm is None or dm is None or self.in_quote(mm.start):
                continue
            own = sp[0] <= nm.start("noun") < sp[1] or nm.end() == sp[0]
            alone = dm.group("d").lower() == "their" and not any(
                x is not ev and x.kind == "meeting" and sent_start <= x.span[0] < sent_end
                for x in self.events
            )
            if not (own or alone):
                continue
            ent = self.ents[mm.key]
            if ent.is_place and not RX.BUILDING_NAME.fullmatch(ent.name):
                found.add(mm.key)
            elif ent.type == "state" and (city := self.known_city(mm.start, mm.end)) is not None:
                found.add(city)  # ("their Lisbon meeting": the capital, not the state)
        return found.pop() if len(found) == 1 else None

    def find_retold_visit_days(self) -> None:
        """'B and C, who arrived in our country on a visit. … the importance of their visit
        today': the visits told before (within two paragraphs, none dated) of those the
        pronoun stands for ("their": those told last, together; "his", "her": whom it
        resolves to) are held that day, and so is a meeting with no day of its own told
        in the same sentence as those visits, with all of those visitors."""
        text = self.text
        for m in self.scan(SCAN.VISIT_RETOLD_DAY):
            if self.in_quote(m.start()):
                continue
            day = next((d for d in self.dates if d[0] == m.end()), None)
            if day is None or _rx(r"\s+(?:to|in)\s+[A-Z]").match(text, day[1]):
                continue  # (no day, or "her visit on Monday to Finland": another visit)
            told = [
                v
                for v in self.events
                if v.kind == "visit"
                and v.status != "cancelled"
                and v.span[1] <= m.start()
                and self.para(m.start()) - self.para(v.span[0]) <= 2
            ]
            if not told or any(v.date is not None for v in told):
                continue
            last = self.sent(max(v.span[0] for v in told))
            if m.group("p") == "their":
                visits = [v for v in told if self.sent(v.span[0]) == last]
                if len(visits) < 2:
                    continue
            else:
                who = self.resolve_pronoun(m.start(), m.group("p"))
                visits = [v for v in told if v.visitor == who and self.sent(v.span[0]) == last]
                if len(visits) != 1:
                    continue
            visitors = {v.visitor for v in visits}
            for v in visits:
                v.date = day
            for ev in self.events:
                if (
                    ev.kind == "meeting"
                    and ev.date is None
                    and ev.status == "held"
                    and self.sent(ev.span[0]) == last
                    and visitors <= set(ev.participants)
                ):
                    ev.date = day

    def find_headline_places(self) -> None:
        """'Volodymyr Zelenskyy meets with presidents of Poland, Lithuania in Kyiv' over a
        release whose lead tells "Zelenskyy held a meeting with B and C": the headline (a
        first paragraph of one line, no sentence) tells a meeting of a person the text
        names, in a city that ends the line; the first meeting of that person the body
        tells, in its first two paragraphs, is held there when it names no place of its
        own (never one told as cancelled, nor a later one: the headline tells the lead's)."""
        text = self.text
        if not self._headline_para(0):
            return
        line_end = self.para_starts[1]
        head = text[:line_end].rstrip()
        hm = RX.HEADLINE_MEETING_IN.search(head)
        if hm is None:
            return
        city = self.mention_at(hm.end())
        if city is None or not self.ents[city.key].is_place or head[city.end :].strip():
            return
        told = head[: hm.start()]  # (title case: searched as words, it holds no mentions)
        named = [
            k
            for k, e in self.ents.items()
            if e.is_person
            and any(
                len(form) >= 4 and _word_bounded(told, form)
                for form in (e.name, e.name.split()[-1])
            )
        ]
        body_end = self.para_starts[3] if len(self.para_starts) > 3 else len(text)
        for ev in sorted(self.events, key=lambda x: x.span[0]):
            if ev.kind != "meeting" or not line_end <= ev.span[0] < body_end:
                continue
            if set(named) & set(ev.participants):
                if ev.place is None and ev.status != "cancelled":
                    ev.place = city.key
                return

    def find_paragraph_places(self) -> None:
        """'In Lisbon, A first met with B. She then … met C. During the afternoon, A held
        meetings with D and E': a paragraph that opens with a place (see
        Gathering._fronted_place) and a meeting held there tells a stay in it; the later
        meetings of that paragraph with one of those participants, held, with no place of
        their own and no other place or state named in the paragraph before them, are held
        there too."""
        text = self.text
        ends = [*self.para_starts[1:], len(text)]
        for start, end in zip(self.para_starts, ends, strict=True):
            s0, s1 = self.sent(start)
            place = self._fronted_place(s0, s1, s1) if s0 == start else None
            if place is None:
                continue
            stayers = {
                k
                for ev in self.events
                if ev.kind == "meeting" and ev.place == place and s0 <= ev.span[0] < s1
                for k in ev.participants
                if self.ents[k].is_person
            }
            for ev in self.stay_meetings(place, s1, end):
                if any(self.ents[k].type == "state" for k in ev.participants):
                    break  # (a state met: the stay is not told to go on)
                if ev.place is None and ev.status == "held" and stayers & set(ev.participants):
                    ev.place = place

    def find_visit_occasions(self) -> None:
        """'A visited Colombia Jan. 12 - 15 to meet with Colombian leaders. ⏎⏎ On Jan. 13,
        President B met with A': a meeting of a visitor with no place of its own, told
        after the visit to a state (within two paragraphs, as held or as planned as the
        visit) is held during it, in that state: the visit is its occasion (no dk:place:
        a state is none), when someone else of the meeting belongs to or serves the host
        state. Never when another place is named between them or a city of the host
        before (the visit may be there), when the visitor tours several states, nor a
        meeting told as before the visit or another time ("last year", "in 2019"), nor
        one of the host state itself (the visit told again)."""
        text = self.text
        visits = sorted(
            (
                v
                for v in self.events
                if v.kind == "visit"
                and v.status in ("held", "planned")
                and v.place is None
                and v.host is not None
                and self.ents[v.host].type == "state"
            ),
            key=lambda v: v.span[0],
        )
        if not visits:
            return
        for ev in self.events:
            if ev.kind != "meeting" or ev.place is not None or ev.occasion is not None:
                continue
            sent_start, sent_end = self.sent(ev.span[0])
            told = [
                v
                for v in visits
                if v.visitor in ev.participants
                and v.span[1] <= ev.span[0]
                and 0 <= self.para(ev.span[0]) - self.para(v.span[0]) <= 2
            ]
            if not told or RX.OTHER_TIME.search(text, sent_start, sent_end):
                continue
            visit = told[-1]
            hosts = {v.host for v in visits if v.visitor == visit.visitor}
            if (
                visit.status != ev.status
                or visit.host in ev.participants
                # (a tour: its leg told in the meeting's own paragraph, else which state?)
                or (len(hosts) > 1 and self.para(visit.span[0]) != self.para(ev.span[0]))
                or not any(
                    visit.host in self.own_states(k) for k in ev.participants if k != visit.visitor
                )  # (met there: someone of the host state's is met)
                or any(
                    self.ents[mm.key].is_place and self.ents[mm.key].country == visit.host
                    for mm in self.mentions_between(0, sent_end)
                )  # (the host's city the text names: where the visit may be told to be)
                or any(
                    self.ents[mm.key].is_place
                    or (self.ents[mm.key].type == "state" and mm.how == "place")
                    for mm in self.mentions_between(visit.span[1], sent_end)
                )
                or any(
                    x.place is not None and visit.span[1] <= x.span[0] < ev.span[0]
                    for x in self.events
                )
            ):
                continue
            ev.occasion = visit.id


def _word_bounded(text: str, form: str) -> bool:
    """Whether ``form`` occurs in ``text`` where ``\\bform\\b`` finds it (a word boundary
    at both ends), without compiling a pattern per form."""

    def boundary(i: int) -> bool:
        return _is_word_char(text, i - 1) != _is_word_char(text, i)

    return any(boundary(i) and boundary(i + len(form)) for i in find_occurrences(text, form))


def _is_word_char(text: str, i: int) -> bool:
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] == "_")


def _trip_of(ev: _Evt, trips: list[_Evt]) -> _Evt | None:
    """The trip of ``trips`` one of the participants of ``ev`` makes (a conference's
    attendee), None when none or several do."""
    mine = [v for v in trips if v.visitor is not None and v.visitor in ev.participants]
    return mine[0] if len(mine) == 1 else None
