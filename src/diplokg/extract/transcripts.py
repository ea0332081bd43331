"""Transcripts: the speakers of turns that open with a label ("President of Russia Vladimir
Putin: …", "PRIME MINISTER HARPER:") and the member's line of a parliament's record ("Jan
Sul (Tamsin North, Labour)"), the meeting a heading over the turns names
("Beginning of talks with President of Mongolia X"), and the meetings a speaker tells in
the first person ("we have just concluded a very successful meeting", "I met X")."""

from __future__ import annotations

import re

from diplokg.extract.clauses import Clauses
from diplokg.extract.patterns import _negation
from diplokg.extract.regexes import RX
from diplokg.extract.text import SCAN, _fold, _rx

__all__ = ["TranscriptRules"]


class TranscriptRules(Clauses):
    """Rules that read a transcript's speaker labels and the meetings its speakers tell."""

    def find_speaker_labels(self) -> None:
        """A turn's label that names its speaker by title and surname alone ("PRIME
        MINISTER HARPER:") names the person the text calls so in full (its title line
        "… Stephen Harper Prime Minister of Canada …"), or a known leader of that surname
        the text names in full: a mention of them. (A member's line in a parliament's record,
        "Jan Sul (Tamsin North, Labour)", is read by the name rules.)"""
        text = self.text
        added = False
        for start in self.para_starts:
            lm = RX.SPEAKER_LABEL.match(text, start)
            if lm is None or self.mentions_between(*lm.span("label")):
                continue
            label = lm.group("label").strip()
            tm = RX.LABEL_TITLE.match(label)
            surname = label[tm.end() :] if tm is not None and label.isupper() else ""
            if not surname or " " in surname:
                continue
            surname = surname.capitalize()
            key = self._person_called(surname)
            if key is None:
                continue
            s = lm.start("label") + label.rfind(surname.upper())
            self.add_mention(s, s + len(surname), key, "alias", 0.7)
            added = True
        if added:
            self.sort_mentions()

    def _person_called(self, surname: str) -> str | None:
        """The one person of this article whose last name is ``surname``, else a leader the
        lexicon knows who has that surname and whom the text names in full (a mention of
        the full name added), else the one leader of that family name the lexicon knows in
        office in the article's year ("SECRETARY BLINKEN:" in a 2022 transcript whose text
        never names him in full: its title did)."""
        found = self._persons_with_surname((surname,))
        if len(found) == 1:
            return found.pop()
        if found:
            return None
        for fm in _rx(rf"(?=\b((?:[A-Z][\w’'-]+\s+){{1,2}}{re.escape(surname)})\b)").finditer(
            self.text
        ):
            name = fm.group(1)  # (each start: "Honourable Stephen Harper", "Stephen Harper")
            if self.lex.leader_orgs.get(_fold(name).casefold()) is None:
                continue
            ent = self.local_ent(name, "person", rule="entity:speaker-label", conf=0.7)
            s, e = fm.start(), fm.start() + len(name)
            if not any(mm.start == s for mm in self.mentions_between(s, e)):
                self.add_mention(s, e, ent.key, "name", 0.7)
            return ent.key
        serving = {ld.name for _, ld in self.leaders_in_office(surname)}
        if len(serving) != 1:
            return None
        return self.local_ent(serving.pop(), "person", rule="entity:speaker-label", conf=0.6).key

    def find_transcript_meetings(self) -> None:
        """'Beginning of talks with President of Mongolia X' over turns of which the first
        not X's is Y's: Y meets X. 'we have just concluded a very successful meeting' in
        Y's turn: Y meets the other speakers, else the one other person Y's turn names
        before; 'I met X': Y meets X. Where: the building and city of the transcript's
        title line ("Joint Press Conference … Willson House, Ottawa")."""
        self._heading_meetings()
        text = self.text
        for m in self.scan(SCAN.FIRST_PERSON_MEETING):
            s = m.start()
            if self.in_quote(s):
                continue
            speaker = self.speaker_at(s)
            if speaker is None:
                continue
            sent_start, _ = self.sent(s)
            if RX.HYPOTHETICAL_BEFORE.search(text, max(sent_start, s - 30), s) or _negation(
                text[m.end() : m.end() + 12]
            ):
                continue
            if m.group("met") or m.group("with"):
                lst = self.list_after(m.end(), kinds=("person",))
                others = [k for k in (lst[0] if lst else []) if k != speaker]
                end = lst[1] if lst else m.end()
            else:
                others = self._other_speakers(speaker, s)
                end = m.end()
            if not others or not all(self.ents[k].is_person for k in others):
                continue
            n = len(self.events)
            self.add_meeting([speaker, *others], (s, end), s, "meeting:first-person", 0.6)
            if len(self.events) > n and self.events[-1].place is None:
                self.events[-1].place = self._title_city()

    def _heading_meetings(self) -> None:
        text = self.text
        for i, start in enumerate(self.para_starts):
            hm = RX.HEADING_MEETING.match(text, start)
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            if hm is None or end - start > 160 or text[start:end].rstrip()[-1:] in ".!?:":
                continue
            guests = [mm for mm in self.mentions_between(hm.end(), end) if mm.start < end]
            persons = [mm.key for mm in guests if self.ents[mm.key].is_person]
            if not persons:
                continue
            guest = persons[0]
            for nxt in self.para_starts[i + 1 : i + 4]:
                host = self.speaker_at(nxt) if RX.SPEAKER_LABEL.match(text, nxt) else None
                if host is not None and host != guest:
                    self.add_meeting([host, guest], (start, end), hm.end(), "meeting:heading", 0.6)
                    break

    def _other_speakers(self, speaker: str, pos: int) -> list[str]:
        """Who "we" stands for besides the speaker at ``pos``: the other speakers of the
        transcript, else the one other person the speaker's turn names before ``pos``."""
        text = self.text
        others = [k for k in self.transcript_speakers() if k != speaker]
        if others:
            return others
        turn = next(
            (p for p in reversed(self.para_starts) if p <= pos and RX.SPEAKER_LABEL.match(text, p)),
            None,
        )
        if turn is None:
            return []
        named = {
            mm.key
            for mm in self.mentions_between(turn, pos)
            if self.ents[mm.key].is_person and mm.key != speaker and not self.in_quote(mm.start)
        }
        return list(named) if len(named) == 1 else []

    def _title_city(self) -> str | None:
        """The city after a building in the text's first line ("… Willson House, Ottawa"),
        a place the lists know."""
        end = self.text.find("\n")
        end = len(self.text) if end < 0 else end
        bm = RX.TITLE_BUILDING_CITY.search(self.text, 0, end)
        return self.known_city(*bm.span("city")) if bm is not None else None
