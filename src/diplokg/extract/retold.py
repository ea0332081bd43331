"""A meeting told again right after it by its participants as a pronoun: "A has met B in
Laos. They talked for about 50 minutes on Friday in the Laotian capital of Vientiane." The
second sentence gives the day and the city the first left out."""

from __future__ import annotations

import re

from diplokg.extract.clauses import Clauses
from diplokg.extract.text import _rx

#: A sentence opening on the two who met and a verb of their meeting.
_THEY_MET = re.compile(
    r"(?:They|The\s+two(?:\s+(?:leaders|ministers|sides|men|women|presidents|diplomats|"
    r"foreign\s+ministers|officials))?)\s+(?:also\s+|then\s+|later\s+|first\s+)?"
    r"(?:met|talked|held\s+(?:[\w-]+\s+)?talks|conferred|sat\s+down)\b"
)


class RetoldRules(Clauses):
    """A meeting's day and place from the sentence that tells it again."""

    def find_retold_meetings(self) -> None:
        """'A has met B in Laos. They talked … on Friday … in the Laotian capital of
        Vientiane': the one meeting told in the sentence before (two participants, not
        called off) takes the day and the place (a city, never a state) this sentence gives
        and it lacked. Only the sentence right after (a wire story's next one-sentence
        paragraph too), outside quotations; a day or a place the meeting already has is
        kept ("They met again on Friday" is not read: "again" tells another meeting)."""
        text = self.text
        for start in sorted({self.sent(ev.span[0])[1] for ev in self.events}):
            ws = _rx(r"\s*").match(text, start)
            pos = ws.end() if ws is not None else start
            m = _THEY_MET.match(text, pos)
            if m is None or self.in_quote(pos):
                continue
            sent_start, sent_end = self.sent(pos)
            if _rx(r"\bagain\b").search(text, m.end(), min(sent_end, m.end() + 20)):
                continue
            told = self.sent(start - 1)
            before = [
                ev
                for ev in self.events
                if ev.kind == "meeting"
                and self.sent(ev.span[0]) == told
                and ev.status != "cancelled"
            ]
            if len(before) != 1 or len(set(before[0].participants)) != 2:
                continue
            ev = before[0]
            if ev.date is None:
                date = self.date_near(m.start(), future=ev.status == "planned")
                if date is not None and sent_start <= date[0] < sent_end:
                    ev.date = date
            if ev.place is None:
                ev.place = self._meeting_place(m.end(), m.end(), sent_start, sent_end)
            ev.extra.append((sent_start, m.end()))
