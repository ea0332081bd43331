"""Where a meeting is held when its own words leave it out, told by what surrounds it: the
trip its sentence tells ("President A, on a visit to New York to attend the General
Assembly, held bilateral summits with B and C", "A, leading a delegation to Panama, held
successive meetings with B, C and D") or the headline over it ("A meets B in Kyiv"), a
step after every meeting and visit is drawn."""

from __future__ import annotations

import re

from diplokg.extract.clauses import Clauses
from diplokg.extract.state import _Evt
from diplokg.extract.text import _rx

#: Right before a trip's destination, within its phrase: a trip other than the one the
#: meeting is held on ("after his visit to X", "ahead of a trip to X", "B, who visited X",
#: "on his way back from a visit to X").
_OTHER_TRIP = re.compile(
    r"\b(?:after|before|ahead\s+of|following|prior\s+to|since|from|returning|back|who|which|"
    r"whose|until|preparing|prepare|plans?|planned|cancell?ed|postponed)\b[^,;:.]*$"
)
#: How far before its destination a trip's phrase may open.
_TRIP_REACH = 60
#: A headline telling a meeting and where ("A meets with presidents of B, C in Kyiv", "A
#: Holds Talks With B in Geneva"): its verb, then "in" and the place that ends the line.
_HEADLINE_MEETING_IN = re.compile(
    r"\b(?:[Mm]eets?|[Mm]eeting|[Hh]olds?\s+(?:[Tt]alks|[Mm]eeting|[Ss]ummit)|[Rr]eceives?|"
    r"[Hh]osts?)\b(?P<rest>[^\n.:;“”\"]*?)\s+in\s+(?=[A-Z])"
)


class WhereaboutsRules(Clauses):
    """Places of meetings told by the trip around them."""

    def find_trip_places(self) -> None:
        """'A, on a visit to X, held talks with B': a meeting (or a conference attended)
        with no place of its own whose sentence tells a trip of one of its participants
        to one city, as held or planned as the meeting, is held there (never a state: an
        event's place is a dk:Place). Never a trip told as another
        one (before or after it, a relative clause's: see :data:`_OTHER_TRIP`), nor when
        the sentence tells trips to two places."""
        text = self.text
        for ev in self.events:
            if ev.kind not in ("meeting", "conference") or ev.place is not None:
                continue
            if ev.status == "cancelled":
                continue
            for sp in (ev.span, *ev.extra):  # (each telling of it, in its own sentence)
                sent = self.sent(sp[0])
                trips = [
                    v for v in self.events if v.kind == "visit" and self.sent(v.span[0]) == sent
                ]
                trip = _trip_of(ev, trips)
                if (
                    trip is None
                    or trip.place is None
                    or trip.status != ev.status
                    or len({v.place or v.host for v in trips}) != 1
                    or _OTHER_TRIP.search(
                        text, max(sent[0], trip.span[1] - _TRIP_REACH), trip.span[1]
                    )
                ):
                    continue
                ev.place = trip.place
                break

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
        hm = _HEADLINE_MEETING_IN.search(head)
        if hm is None:
            return
        city = self.mention_at(hm.end())
        if city is None or not self.ents[city.key].is_place or head[city.end :].strip():
            return
        named = [
            k
            for k, e in self.ents.items()
            if e.is_person
            and any(
                len(form) >= 4 and _rx(rf"\b{re.escape(form)}\b").search(head, 0, hm.start())
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


def _trip_of(ev: _Evt, trips: list[_Evt]) -> _Evt | None:
    """The trip of ``trips`` one of the participants of ``ev`` makes (a conference's
    attendee), None when none or several do."""
    mine = [v for v in trips if v.visitor is not None and v.visitor in ev.participants]
    return mine[0] if len(mine) == 1 else None
