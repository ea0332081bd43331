"""A meeting told again: right after it by its participants as a pronoun ("A has met B in
Laos. They talked for about 50 minutes on Friday in the Laotian capital of Vientiane."), as
a noun ("A and B witnessed the signing of three agreements. The signing was held at the
Great Hall on Monday, May 15."), or named by their surnames ("The Kishida-Wang meeting
took place in Naypyitaw"). The second telling gives the day and the city the first left
out."""

from __future__ import annotations

from diplokg.extract.clauses import Clauses
from diplokg.extract.regexes import RX
from diplokg.extract.text import SCAN, _rx


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
            m = RX.THEY_MET.match(text, pos)
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

    def find_pair_named_meetings(self) -> None:
        """'The Kishida-Wang meeting took place in Naypyitaw late Saturday night': a meeting
        of the two persons named before whose names hold those words (each word one
        person's only); the meeting of those two told before takes the place and day it
        lacked, else this is a meeting of its own. Outside quotations."""
        for m in self.scan(SCAN.PAIR_NAMED):
            if self.in_quote(m.start()):
                continue
            a = self._person_named(m.group("a"), m.start())
            b = self._person_named(m.group("b"), m.start())
            if a is None or b is None or a == b:
                continue
            sent_start, sent_end = self.sent(m.start())
            told = [
                ev
                for ev in self.events
                if ev.kind == "meeting"
                and set(ev.participants) == {a, b}
                and ev.status != "cancelled"
                and ev.span[0] < m.start()
            ]
            if not told:
                self.add_meeting([a, b], m.span(), m.start(), "meeting:pair-named", 0.6)
                continue
            ev = told[-1]
            if ev.place is None:
                ev.place = self._meeting_place(m.end(), m.end(), sent_start, sent_end)
            if ev.date is None:
                date = self.date_near(m.start(), future=ev.status == "planned")
                if date is not None and sent_start <= date[0] < sent_end:
                    ev.date = date
            ev.extra.append(m.span())

    def _person_named(self, word: str, before: int) -> str | None:
        """The one person mentioned before ``before`` one of whose name's words is
        ``word``."""
        found = {
            mm.key
            for mm in self.mentions_between(0, before)
            if self.ents[mm.key].is_person
            and word in self.ents[mm.key].name.replace("-", " ").split()
        }
        return found.pop() if len(found) == 1 else None
