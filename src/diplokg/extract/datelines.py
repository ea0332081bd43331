"""Where a wire story's "here" is: the city of its dateline ("NEW YORK: Prime Minister A
held a series of meetings here on Monday", "BEIJING, May 11 (Xinhua) -- … met B here"), the
place of a meeting told in a sentence that says "here" and names no place of its own."""

from __future__ import annotations

import re

from diplokg.extract.clauses import Clauses
from diplokg.extract.patterns import _DATELINE
from diplokg.extract.text import _rx

#: "here" as where something was held ("held talks here", "the session here on Monday"),
#: not "here is", "from here on", "here and there".
_HERE = re.compile(r"(?<![Ff]rom\s)\bhere\b(?!\s+(?:is|are|was|were|and\s+there|on\s+in)\b)")

#: Right before "here", a telling: "told reporters here", "a release received by Antara
#: here", "said here": the place of the telling, not the meeting's.
_TOLD_HERE = re.compile(
    r"\b(?:told|said|says|reporters|journalists|press|media|received\s+by|speaking|quoted|"
    r"announced|briefing|statement|release)\b[^,.;]{0,25}$"
)

#: After a dateline's city, the rest of a whole wire dateline: a day and the agency.
_WIRE_DATELINE = re.compile(r",[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}[ \t]+\([A-Z]")


class DatelineRules(Clauses):
    """Places a dateline gives."""

    def find_meetings_here(self) -> None:
        """'NEW YORK: A held a series of meetings here on Monday, including with B': a
        meeting with no place whose own sentence (outside quotations) says "here" is held
        in the city of the story's dateline, one of the first two paragraphs' opening. The
        city is a place the lists know (or a capital), never a state."""
        text = self.text
        city: str | None = None
        for ev in self.events:
            if ev.kind != "meeting" or ev.place is not None or ev.status == "cancelled":
                continue
            sent_start, sent_end = self.sent(ev.span[0])
            here = _HERE.search(text, sent_start, sent_end)
            if here is not None and _TOLD_HERE.search(
                text, max(sent_start, here.start() - 40), here.start()
            ):
                here = None  # "a press release received by Antara here": the telling's
            lead = here is None and self._lead_at_home(ev.participants, sent_start)
            if not lead and (here is None or self.in_quote(here.start())):
                continue
            if city is None:
                city = self.dateline_city() or self._wire_dateline_city() or ""
            if city and (not lead or self._at_home(ev.participants, city)):
                ev.place = city

    def _wire_dateline_city(self) -> str | None:
        """The city of a wire dateline no list knows, when the dateline is whole: the
        city in capitals, a day and the agency ("TALVI, Feb. 10 (Wire) –"), a mention of
        it added; None otherwise."""
        text = self.text
        for start in self.para_starts[:2]:
            dm = _DATELINE.match(text, start)
            if dm is None or not _WIRE_DATELINE.match(text, dm.end("city"), dm.end()):
                continue
            cs, ce = dm.span("city")
            if not text[cs:ce].isupper():
                continue
            name = " ".join(w.capitalize() for w in text[cs:ce].split())
            ent = self.local_ent(name, "place", rule="entity:dateline-city", conf=0.6)
            if not any(mm.start == cs for mm in self.mentions_between(cs, ce)):
                self.add_mention(cs, ce, ent.key, "place", 0.6)
                self.sort_mentions()
            return ent.key
        return None

    def _lead_at_home(self, parts: list[str], sent_start: int) -> bool:
        """Whether the sentence at ``sent_start`` is a story's lead, right after its
        dateline ("BEIJING, May 11 (Xinhua) -- Chinese President A held talks Thursday
        with B, who is on a state visit to China"), and names no place of its own."""
        text = self.text
        for start in self.para_starts[:2]:
            dm = _DATELINE.match(text, start)
            if dm is not None and dm.end() <= sent_start <= dm.end() + 2:
                _, sent_end = self.sent(sent_start)
                return not _rx(r"\b(?:in|at)\s+(?:the\s+)?[A-Z]").search(text, sent_start, sent_end)
            if dm is not None and self.sent(dm.start())[0] == sent_start:
                _, sent_end = self.sent(sent_start)
                return not _rx(r"\b(?:in|at)\s+(?:the\s+)?[A-Z]").search(text, dm.end(), sent_end)
        return False

    def _at_home(self, parts: list[str], city: str) -> bool:
        """Whether a person of ``parts`` serves the state ``city`` is in (the lead's host)
        and each other is a person the text has visiting that state ("B, who is on a
        state visit to China"): a meeting of two foreigners in the dateline's city, or
        one of the host abroad (an agency's home dateline over a minister's meetings at a
        summit), is not told to be there."""
        state = self.ents[city].country
        if state is None or not all(self.ents[k].is_person for k in parts):
            return False
        hosts = {
            k
            for k in parts
            if self.ents[k].country == state
            or any(
                p.holder == k and p.status == "current" and p.org == state for p in self.positions
            )
        }
        visitors = {
            v.visitor
            for v in self.events
            if v.kind == "visit" and v.host == state and v.status != "cancelled"
        }
        return len(hosts) == 1 and set(parts) - hosts <= visitors
