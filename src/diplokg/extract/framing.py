"""Meetings told outside the clause of those who held them: talks fronted before it
("During talks in Nairobi, A and B agreed …", "During talks with B in Stockholm, A raised
…") and a meeting told back by a pronoun or as the next of a series ("A and B agreed …
following their third meeting today", "The next leaders' meeting will be held on 9 May",
"At the meeting held in Katoomba, the Ministers discussed …"). Steps of their own after
the meetings told by a verb (see steps.py)."""

from __future__ import annotations

import re

from diplokg.extract.clauses import Clauses
from diplokg.extract.patterns import _MET_BODIES, _negation
from diplokg.extract.regexes import RX
from diplokg.extract.text import SCAN, Scan, _rx, group_words

#: Tried only before "meeting": "The Foreign Secretary's first bilateral meeting" is five
#: chunks before it; the owner's \w may start at a "_".
_OWN_MEETING_WITH_SCAN = Scan(
    RX.OWN_MEETING_WITH, group_words(RX.OWN_MEETING_WITH, "noun"), chunks=5, underscore=True
)


class FramedMeetingRules(Clauses):
    """Meetings told around a clause rather than by its verb."""

    def find_anaphoric_meetings(self) -> None:
        """A meeting whose participants were named before: "A and B agreed … following their
        third meeting today" (the clause's subject), "their Beijing meeting" or "The next
        leaders' meeting will be held on 9 May" (the parties of the nearest meeting told
        before; for "their" also of an agreement, within a paragraph or two). Never when
        the sentence tells a meeting already, nor a hypothetical one."""
        text = self.text
        if not any(w in text for w in ("meeting", "talks", "summit", "oint")):
            return
        self._setting_of_the_meeting()
        self._own_meeting_with()
        for m in self.scan(SCAN.ANAPHORIC_MEETING):
            s = m.start()
            g = m.groupdict()
            if self.in_quote(s) or (g.get("next") and m.group("noun") != "meeting"):
                continue
            sent_start, sent_end = self.sent(s)
            if _negation(text[max(sent_start, s - 30) : s]) or RX.HYPOTHETICAL_BEFORE.search(
                text[max(sent_start, s - 30) : s]
            ):
                continue
            if self.meeting_told_in(sent_start, sent_end):
                continue  # the sentence tells its meeting already
            if g.get("cap"):
                cm = self.mention_at(m.start("cap"))
                if cm is None or not (
                    self.ents[cm.key].is_place or self.ents[cm.key].type == "state"
                ):
                    continue  # "their Cabinet meeting": not a place's
            parts: list[str] = []
            if g.get("their"):
                group = self._subject_list(sent_start, s)
                if len(group) >= 2 and all(
                    self.ents[k].is_person or self.ents[k].type == "state" for k in group
                ):
                    parts = group
                parts = parts or self._their_subject_and_object(sent_start, s, group)
            if not parts:
                parts = self._antecedent_parties(s, near=g.get("their") is not None)
            if len(parts) >= 2:
                self.add_meeting(parts, (s, m.end()), s, "meeting:anaphoric", 0.6)

    def _own_meeting_with(self) -> None:
        """'The secretary's first bilateral meeting of the day was with Indonesian Defense
        Minister B', 'His last meeting was with B': a meeting of its owner (a person the
        text names, or "his"/"her" resolved) and the person after "with"; planned when
        told as "will be". Never one denied, nor in a quotation."""
        text = self.text
        for m in self.unquoted(self.scan(_OWN_MEETING_WITH_SCAN)):
            s = m.start()
            sent_start, _ = self.sent(s)
            if _negation(text[sent_start : m.end()]):
                continue
            word = m.group("owner")
            if word.lower() in ("his", "her"):
                owner = self.resolve_pronoun(s, "he" if word.lower() == "his" else "she")
            else:
                om = self.mention_at(s)
                owner = om.key if om is not None and om.end == m.end("owner") else None
            guest = next(iter(self.mentions_between(m.end(), m.end() + 120)), None)
            if (
                owner is None
                or guest is None
                or not self.ents[owner].is_person
                or not self.ents[guest.key].is_person
                or guest.key == owner
                or not _rx(r"(?:[A-Z][\w’'-]*\s+){0,5}").fullmatch(text, m.end(), guest.start)
            ):
                continue
            self.add_meeting([owner, guest.key], (s, guest.end), s, "meeting:own-meeting-with", 0.6)

    def _setting_of_the_meeting(self) -> None:
        """ "At the meeting held in Katoomba, the Ministers discussed …": the place of the
        last meeting told before (within three paragraphs), when it has none."""
        for m in self.scan(SCAN.AT_THE_MEETING_HELD):
            s = m.start()
            if self.in_quote(s):
                continue
            before = [
                ev
                for ev in self.events
                if ev.kind == "meeting" and ev.status != "cancelled" and ev.span[0] < s
            ]
            if not before:
                continue
            ev = max(before, key=lambda x: x.span[0])
            if ev.place is not None or self.para(s) - self.para(ev.span[0]) > 3:
                continue
            sent_start, sent_end = self.sent(s)
            at = m.start("prep")
            ev.place = self._meeting_place(at, at, sent_start, sent_end)

    def find_fronted_talks(self) -> None:
        """'During talks in Nairobi, A and B agreed …', 'After their meeting in Doha, A and B
        …': talks told before the clause whose subject held them."""
        text = self.text
        for m in self.unquoted(self.scan(SCAN.FRONTED_TALKS)):
            s = m.start()
            _, sent_end = self.sent(s)
            where = self.mention_at(m.end())
            if where is None or not (self.ents[where.key].is_place or where.how == "place"):
                continue
            cm = _rx(r"(?:\s+on\s+\w+|\s+\w+day)?,\s+").match(text, where.end, sent_end)
            if cm is None:
                continue
            lst = self.list_after(cm.end(), kinds=("person", "org"))
            if lst is None:
                continue
            parts = [k for k in lst[0] if self.ents[k].is_person or self.ents[k].type == "state"]
            if len(parts) < 2 or not _rx(r"\s+(?:have\s+|had\s+|also\s+|jointly\s+)?[a-z]+").match(
                text, lst[1], sent_end
            ):
                continue
            self.add_meeting(parts, (s, lst[1]), s, "meeting:fronted-talks", 0.7)
        for m in self.unquoted(self.scan(SCAN.FRONTED_TALKS_WITH)):
            self._fronted_talks_with(m)

    def _fronted_talks_with(self, m: re.Match[str]) -> None:
        """'During talks with B in Stockholm on Monday, A raised …': A met B (and where
        and when the fronted phrase says)."""
        text = self.text
        s = m.start()
        _, sent_end = self.sent(s)
        # the fronted phrase ends at the comma after which a name and its verb follow; of
        # commas before one verb, the last ("with Syria's Minister, A, the Secretary-General
        # raised": A is in apposition to the guest's title, the subject follows)
        found: tuple[re.Match[str], tuple[list[str], int]] | None = None
        for cm in _rx(r",\s+").finditer(text, m.end(), min(sent_end, m.end() + 160)):
            subj = self.list_after(cm.end(), kinds=("person", "org"))
            if subj is None or not _rx(r"\s+(?:(?:has|had|also|then|later)\s+)?[a-z]+").match(
                text, subj[1], sent_end
            ):
                continue
            if found is not None and found[1][1] != subj[1]:
                break
            found = (cm, subj)
        if found is None:
            return
        cm, subj = found
        guests = [mm.key for mm in self.mentions_between(m.end(), cm.start()) if mm.how != "place"]
        parts = [
            k
            for k in dict.fromkeys([*subj[0], *guests])
            if self.ents[k].is_person or self.ents[k].type in ("state", *_MET_BODIES)
        ]
        persons = [k for k in guests if self.ents[k].is_person]
        if persons:  # "talks with Prime Minister Kral of Sweden": Kral, not Sweden
            # (nor the state of a title in the subject: "In his meeting with Sheikh B, A and
            # the Prime Minister of Kuwait reviewed …": that title is B's)
            parts = [
                k
                for k in parts
                if k in persons
                or (
                    k in subj[0] and (self.ents[k].is_person or not self._titled_state(k, cm.end()))
                )
            ]
        if len(parts) >= 2 and any(self.ents[k].is_person for k in subj[0]):
            self.add_meeting(parts, (s, subj[1]), s, "meeting:fronted-talks", 0.7)

    def _titled_state(self, key: str, lo: int) -> bool:
        """Whether the state ``key`` is named after ``lo`` only as a title's ("the Prime
        Minister of Kuwait", "the Minister for Foreign Affairs of Greece")."""
        named = [mm for mm in self.mentions_between(lo, lo + 200) if mm.key == key]
        return (
            bool(named)
            and RX.TITLE_OF_STATE.search(self.text, max(lo, named[0].start - 60), named[0].start)
            is not None
        )

    def _their_subject_and_object(self, sent_start: int, s: int, group: list[str]) -> list[str]:
        """'A told B during their meeting in Beijing': "their" is the clause's subject and
        the one person it names after it (never more than one)."""
        if len(group) > 1 or not RX.THEIR_AFTER_PREP.search(self.text, max(sent_start, s - 30), s):
            return []
        subj = group[0] if group else self.subject_before(s, persons_only=True)
        if subj is None or not self.ents[subj].is_person:
            return []
        first = next((mm for mm in self.mentions_between(sent_start, s) if mm.key == subj), None)
        if first is None:
            return []
        others = {
            mm.key
            for mm in self.mentions_between(first.end, s)
            if self.ents[mm.key].is_person and mm.key != subj and not self.in_quote(mm.start)
        }
        return [subj, others.pop()] if len(others) == 1 else []

    def find_pair_title_meetings(self) -> None:
        """A transcript titled 'Secretary A And Turkish Foreign Minister B Before Their
        Meeting' (or 'After Their Meeting', 'At the Top of Their Meeting'): the two the
        title names, each a person the text knows by a name of theirs, meet (where and
        when the short header lines below it say, if they do)."""
        text = self.text
        line_end = text.find("\n")
        line_end = len(text) if line_end == -1 else line_end
        tm = RX.PAIR_TITLE_MEETING.fullmatch(text, 0, line_end)
        if tm is None:
            return
        pair = [self._titled_person(*tm.span(g)) for g in ("a", "b")]
        if pair[0] is None or pair[1] is None or pair[0] == pair[1]:
            return
        n = len(self.events)
        self.add_meeting(
            [pair[0], pair[1]], (tm.start("a"), line_end), tm.start("a"), "meeting:pair-title", 0.6
        )
        if len(self.events) == n:
            return
        ev = self.events[-1]
        header = _rx(r"(?:\n[ \t]*[^\n]{0,60}(?=\n))*").match(text, line_end)
        head_end = header.end() if header is not None else line_end
        if ev.date is None:
            ev.date = next((d for d in self.dates if line_end <= d[0] < head_end), None)

    def _titled_person(self, lo: int, hi: int) -> str | None:
        """The one person the text knows whose name, or last name, the title words at
        [lo, hi) hold (a title's names are not read as mentions)."""
        found = self._persons_with_surname(
            {w for w in _rx(r"[\w’'-]+").findall(self.text[lo:hi]) if len(w) >= 4}
        )
        return found.pop() if len(found) == 1 else None
