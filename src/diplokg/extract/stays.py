"""Meetings held during a visit told before them: "A visited X. … During the visit A met B",
"A, who was visiting X, held a meeting with B", "leading a delegation to X, A held
meetings with B, C and D". A meeting of the visitor with no place of its own, told in the
visit's sentence or after it while that visit is the visitor's last trip told, is held
there: in the visit's city when the visit names one, else on the occasion of the visit,
whose host state is then where it is held (convention "Meeting places" of
tests/data/CONVENTIONS.md; an event's own place is never a state). A step after
``finish-events``, when every visit and meeting is known and a visit's own meetings are
folded into it."""

from __future__ import annotations

from diplokg.extract.clauses import Clauses
from diplokg.extract.state import _Evt
from diplokg.extract.text import _rx

#: How many paragraphs after its visit a meeting may be told and still be held during it.
_STAY_PARAGRAPHS = 3
#: Right before a trip's end, within its phrase: a trip told as before or after another
#: time ("before his visit to X", "after a trip to X", "on his way back from X").
_ANOTHER_TRIP = _rx(
    r"\b(?:after|before|ahead\s+of|following|prior\s+to|since|until|returning|back)\b"
    r"[^,;:.]*$"
)
#: A trip told after a meeting's words as under way then: "met B and C, who were visiting
#: Japan", "B, who is on an official visit to X".
_VISITING_THEN = _rx(r"\bwho\s+(?:is|was|are|were)\s+(?:visiting|on\s+(?:an?|his|her|their)\s)")
#: A meeting's sentence telling another time than the trip's: "had met B in 2019".
_ANOTHER_TIME = _rx(
    r"\b(?:in\s+(?:19|20)\d\d|last\s+(?:month|year)|ago|previously|had\s+(?:met|held|talked))\b"
)
#: A stay of several days told in a visit's sentence: "a three-day visit", "a weeklong
#: trip", "from 2 to 4 October", "Jan. 12 - 15", "on Oct. 6-7" (never "a one-day visit").
_SEVERAL_DAYS = _rx(
    r"\b(?:(?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|1\d)-day|week-?long)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:visit|trip|tour|stay|mission)\b"
    r"|\bfrom\s+\d{1,2}\s+(?:to|until|through)\s+\d{1,2}\s+[A-Z][a-z]{2,8}\b"
    # (the days first, "from 23-25 November", "on 3 - 5 March")
    r"|(?<![\d:.,/-])\b\d{1,2}\s*[-–]\s*\d{1,2}\s+[A-Z][a-z]{2,8}\b"
    r"|\b[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*[-–]\s*\d{1,2}\b(?![-–:.]\d)"
)


class StayRules(Clauses):
    """The places of meetings told during a visit, by that visit, and the visits of
    several days left undated."""

    def find_visit_stays(self) -> None:
        """A held (or planned) meeting with no place nor occasion, of the visitor of a
        visit as held (or planned) told in the meeting's sentence or in one of the
        :data:`_STAY_PARAGRAPHS` paragraphs before it (in its sentence, ending within its
        words or told as under way then, "A met B, who was visiting X", not "A met B, who
        visited X last year"; never a trip told as before or
        after another time: see :data:`_ANOTHER_TRIP`), is held during that visit: when the
        sentence of the visitor's last visit told tells trips to one destination, the
        meeting's sentence names no city of its own nor another time (see
        :data:`_ANOTHER_TIME`), and those the visitor meets are not only of the
        visitor's own state. It is held in the visit's city, else in the
        city of the host state the visitor was last told in (see :meth:`_stay_city`),
        else on the occasion of the visit. A meeting of only the visitor and the host
        state is the visit itself (never linked to it)."""
        visits = [v for v in self.events if v.kind == "visit" and v.status != "cancelled"]
        if not visits:
            return
        for ev in self.events:
            if ev.kind != "meeting" or ev.place is not None or ev.occasion is not None:
                continue
            if ev.status == "cancelled":
                continue
            trip = self._stay_of(ev, visits)
            if trip is None or set(ev.participants) <= {trip.visitor, trip.host}:
                continue
            if trip.place is not None:
                ev.place = trip.place
            elif trip.host is not None and self.ents[trip.host].type == "state":
                city = self._stay_city(ev, trip)
                if city:
                    ev.place = city
                elif city is None and ev.id not in self._occasions_of(trip):
                    ev.occasion = trip.id

    def find_undated_stays(self) -> None:
        """'arrived in Astara on Friday for a three-day state visit', 'paid an official
        visit to Marovia from 2 to 4 October': a visit whose telling tells a stay of
        several days (see :data:`_SEVERAL_DAYS`) has no one day, whatever day its
        sentence gives (an arrival's, a meeting's): like a summit of several days, it
        is left undated."""
        text = self.text
        for v in self.events:
            if v.kind != "visit" or v.date is None:
                continue
            if self._met_another_day(v):
                v.date = None
                continue
            for sp in (v.span, *v.extra):
                several = _SEVERAL_DAYS.search(text, *self.sent(sp[0]))
                if several is not None and not self.in_quote(several.start()):
                    v.date = None
                    break

    def _met_another_day(self, visit: _Evt) -> bool:
        """Whether a held meeting of the visitor told in the visit's sentence falls on a
        day other than the visit's ("B today received A, who arrived in X yesterday"):
        the visit lasts two days at least, and has no one day."""
        day = self.day_named(visit.date)
        if day is None or visit.visitor is None:
            return False
        sent = self.sent(visit.span[0])
        return any(
            ev.kind == "meeting"
            and ev.status == "held"
            and visit.visitor in ev.participants
            and self.sent(ev.span[0]) == sent
            and self.day_named(ev.date) not in (None, day)
            for ev in self.events
        )

    def _stay_of(self, ev: _Evt, visits: list[_Evt]) -> _Evt | None:
        """The visit ``ev`` is held during (see :meth:`find_visit_stays`), None when none
        or when the text leaves it open."""
        sent = self.sent(ev.span[0])
        para = self.para(ev.span[0])
        told_in: dict[tuple[int, int], list[_Evt]] = {}  # (the visitor's, by sentence)
        for v in visits:
            if v.visitor is None or v.visitor not in ev.participants or v.id == ev.id:
                continue
            for sp in (v.span, *v.extra):
                vs = self.sent(sp[0])
                if (
                    vs[0] <= sent[0]
                    and (
                        vs != sent
                        or sp[1] <= ev.span[1]
                        or _VISITING_THEN.search(self.text, ev.span[1], sp[1]) is not None
                    )
                    and para - self.para(sp[0]) <= _STAY_PARAGRAPHS
                    and not _ANOTHER_TRIP.search(self.text, max(vs[0], sp[1] - 60), sp[1])
                ):
                    told_in.setdefault(vs, []).append(v)
        if not told_in:
            return None
        told = told_in[max(told_in)]
        if len({v.place or v.host for v in told}) != 1:
            return None  # ("visited Cameroon and Chad … met B": which one?)
        trip = told[0]
        if trip.status != ev.status or _ANOTHER_TIME.search(self.text, *sent):
            return None  # ("had met B in 2019": not on this trip)
        visitor = trip.visitor or ""
        others = self._states_of([k for k in ev.participants if k != visitor])
        if others and trip.host not in others and others <= self._states_of([visitor]):
            return None  # (the visitor's own ambassador, met anywhere)
        if any(
            self.ents[mm.key].is_place and mm.key != trip.place
            for mm in self.mentions_between(*sent)
        ):
            return None  # (a city of its own, told without the words a rule reads)
        return trip

    def _occasions_of(self, ev: _Evt) -> set[str]:
        """The events ``ev`` is held on the occasion of, its occasion's, and so on (what
        linking an event to ``ev`` must not close into a loop)."""
        by_id = {e.id: e for e in self.events}
        seen: set[str] = set()
        occasion = ev.occasion
        while occasion is not None and occasion not in seen and occasion in by_id:
            seen.add(occasion)
            occasion = by_id[occasion].occasion
        return seen

    def _states_of(self, keys: list[str]) -> set[str]:
        """The states those of ``keys`` serve (their positions' organisations, the
        state an official belongs to), and the states among them."""
        states = {p.org for p in self.positions if p.holder in keys}
        states |= {c for k in keys if (c := self.ents[k].country) is not None}
        states |= set(keys)
        return {k for k in states if k in self.ents and self.ents[k].type == "state"}

    def _stay_city(self, ev: _Evt, trip: _Evt) -> str | None:
        """The city of the host state ``ev``'s visitor was last told in during ``trip``
        (a visit to a state): the place of the visitor's last meeting told since the
        visit's sentence, in the meeting's paragraph ("was received on Tuesday in Dakar …
        during a visit to Senegal. The minister then held talks with B"); None when there
        is none, and "" (left open: no city, nor the state) when that last meeting is in
        another paragraph or city."""
        start = self.sent(trip.span[0])[0]
        before = [
            e
            for e in self.events
            if e.kind == "meeting"
            and e.place is not None
            and trip.visitor in e.participants
            and start <= e.span[0] < ev.span[0]
            and e.status == ev.status
        ]
        last = max(before, key=lambda e: e.span[0], default=None)
        if last is not None and last.place is not None:
            if (
                self.para(last.span[0]) == self.para(ev.span[0])
                and self.ents[last.place].country == trip.host
            ):
                return last.place
            return ""
        return None
