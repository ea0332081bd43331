"""Where a meeting is held when its own words leave it out, told by what surrounds it: the
trip its sentence tells ("President A, on a visit to New York to attend the General
Assembly, held bilateral summits with B and C", "A, leading a delegation to Panama, held
successive meetings with B, C and D"), a step after every meeting and visit is drawn."""

from __future__ import annotations

import re

from diplokg.extract.clauses import Clauses
from diplokg.extract.state import _Evt

#: Right before a trip's destination, within its phrase: a trip other than the one the
#: meeting is held on ("after his visit to X", "ahead of a trip to X", "B, who visited X",
#: "on his way back from a visit to X").
_OTHER_TRIP = re.compile(
    r"\b(?:after|before|ahead\s+of|following|prior\s+to|since|from|returning|back|who|which|"
    r"whose|until|preparing|prepare|plans?|planned|cancell?ed|postponed)\b[^,;:.]*$"
)
#: How far before its destination a trip's phrase may open.
_TRIP_REACH = 60


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


def _trip_of(ev: _Evt, trips: list[_Evt]) -> _Evt | None:
    """The trip of ``trips`` one of the participants of ``ev`` makes (a conference's
    attendee), None when none or several do."""
    mine = [v for v in trips if v.visitor is not None and v.visitor in ev.participants]
    return mine[0] if len(mine) == 1 else None
