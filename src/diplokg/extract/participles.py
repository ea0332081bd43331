"""A meeting told in a participial phrase that opens its clause ("In holding talks with B
today, A is …", "After meeting B on Monday, A flew home", "Having met with B, A said"):
the clause's subject, named after the phrase's comma, holds it with those the phrase
names."""

from __future__ import annotations

from diplokg.extract.clauses import Clauses
from diplokg.extract.regexes import RX
from diplokg.extract.text import SCAN, _rx


class ParticipleRules(Clauses):
    """Meetings told in a fronted participial phrase."""

    def find_participle_meetings(self) -> None:
        """'In holding talks with B today, A …': A meets B (rule
        ``meeting:fronted-participle``). The phrase opens a sentence or follows "that"; its
        guests are the persons it names (else the states: "After meeting Doskara's
        delegation, A …"); the subject is the lone person after the first comma that a
        verb follows (see :meth:`fronted_subject`), never one of the guests. Day and place
        are the phrase's (see :meth:`add_meeting`); a phrase of what is yet to come
        ("Before meeting B next week, A will …") tells a planned meeting."""
        text = self.text
        for m, sent_start, sent_end in self.asserted(self.scan(SCAN.FRONTED_PARTICIPLE)):
            if self.fronted_participle(m.start("verb"), sent_start) is None:
                continue  # (no phrase opening its clause)
            if m.group("prep") is None and m.group("verb").startswith("Meeting"):
                continue  # ("Meeting with B yesterday, A …": the meeting rules')
            lst = self.list_after(m.end(), kinds=("person", "org"), limit=120)
            if lst is None:
                continue
            listed, subj = lst[0], self.fronted_subject(lst[1], sent_end)
            if (
                subj is None
                and len(listed) >= 2
                and self.ents[listed[-1]].is_person
                and _rx(r"\s+(?:(?:has|had|also|then|later|will)\s+)?[a-z]+").match(text, lst[1])
                and _rx(r",\s+(?:[A-Z][\w.’'-]*\s+){0,4}$").search(
                    text, lst[1] - 120, self._clause_start(sent_start, lst[1], listed[-1])
                )
            ):
                # "Having met with B, A said …": the list ran on into the subject
                listed, subj = listed[:-1], listed[-1]
            listed = [self._leader_named_after(k, m.end(), lst[1]) for k in listed]
            persons = [k for k in listed if self.ents[k].is_person]
            guests = persons or [
                k
                for k in listed
                if self.ents[k].type == "state" and RX.STATE_MET.match(text, lst[1])
            ]
            if not guests or subj is None or subj in guests:
                continue
            named = [mm for mm in self.mentions_between(lst[1], sent_end) if mm.key == subj]
            end = named[0].end if named else lst[1]
            self.add_meeting(
                [subj, *guests],
                (m.start(), end),
                m.start("verb"),
                "meeting:fronted-participle",
                0.7,
            )

    def _leader_named_after(self, key: str, lo: int, hi: int) -> str:
        """The person a state's name is a title of ("DPRK leader Kim Jong Un", "Doskara's
        opposition leader B"): named right after the state's mention between ``lo`` and
        ``hi`` past lower-case words; else ``key`` itself."""
        if self.ents[key].type != "state":
            return key
        for mm in self.mentions_between(lo, hi):
            if mm.key != key:
                continue
            tm = _rx(r"(?:[’']s)?\s+(?:[a-z][\w-]*\s+){1,3}(?=[A-Z])").match(self.text, mm.end)
            person = self.mention_at(tm.end()) if tm is not None else None
            if person is not None and self.ents[person.key].is_person:
                return person.key
        return key
