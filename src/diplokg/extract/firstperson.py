"""Meetings a text's speaker tells in the first person outside a labelled turn's own rules:
the speaker is whom a transcript label names ("X: …"), whom a parliament's record names
on the line before their answer ("Jan Sul (Tamsin North, Labour)"), or whom the heading
names as giving the words ("Remarks by X", "Opening Statement by Prime Minister X", "X's
opening address"); they hold a meeting with the person they tell of with themselves
("President B and I discussed …", "B and I have agreed"), the person they welcome to a
place ("I welcome my friend B to Washington", "I had the pleasure of welcoming my colleague
B to Haikko", "Foreign Secretary, let me welcome you to India": whom they address; the
guest's visit to that state too), the person they went to meet ("I travelled to London to
meet B": there, and a visit of theirs), the person they met where they were ("I met B when
I visited Paris"),
and, told as "we" ("since we last met in Moscow"), with the one counterpart of the meetings
they tell before."""

from __future__ import annotations

import re

from diplokg.extract.clauses import Clauses
from diplokg.extract.regexes import RX
from diplokg.extract.state import _Evt
from diplokg.extract.text import SCAN, _fold, _rx

__all__ = ["FirstPersonRules"]


class FirstPersonRules(Clauses):
    """Meetings a transcript's or a heading's speaker tells in the first person."""

    def text_speaker(self, pos: int) -> str | None:
        """Who speaks the words at ``pos``: the person a transcript label names (see
        :meth:`speaker_at`), else the one the nearest member's line before names (see
        RX.ANSWER_LABEL), else the one a heading over the text names as giving its words
        (in the first five lines). None in a quotation, or with no such heading."""
        if self.in_quote(pos):
            return None
        who = self.speaker_at(pos)
        if who is not None:
            return who
        text = self.text
        for i in range(self.para(pos), -1, -1):
            lm = RX.ANSWER_LABEL.match(text, self.para_starts[i])
            if lm is not None and self.para_starts[i] < pos:
                # (the nearest member's line before: whoever it names, or none)
                return next(
                    (
                        mm.key
                        for mm in self.mentions_between(*lm.span("label"))
                        if self.ents[mm.key].is_person and mm.end == lm.end("label")
                    ),
                    None,
                )
        for start in self.para_starts[:5]:
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            if start >= pos or end - start > 200:
                continue
            end = self._stacked_heading_end(start, end)
            persons = [
                mm for mm in self.mentions_between(start, end) if self.ents[mm.key].is_person
            ]
            for mm in persons:
                if RX.HEADING_POSSESSED.match(text, mm.end):
                    return mm.key
            bm = RX.HEADING_BY.search(text, start, end)
            after = [mm for mm in persons if bm is not None and mm.start >= bm.end()]
            if after and _rx(r"(?:[A-Z][\w.’'-]*\s+|of\s+|the\s+){0,6}").fullmatch(
                text, bm.end() if bm is not None else 0, after[0].start
            ):
                return after[0].key
        return None

    def _stacked_heading_end(self, start: int, end: int) -> int:
        """The end of a heading in capitals stacked one phrase a line ("OPENING REMARKS ⏎
        BY ⏎ H.E. A ⏎ SECRETARY FOR FOREIGN AFFAIRS"), from its first line at [start,
        end): the last of up to eight such lines in a row; ``end`` when the first line is
        not in capitals."""
        text = self.text
        if not text[start:end].isupper():
            return end
        for _ in range(7):
            nxt = text.find("\n", end + 1)
            nxt = len(text) if nxt < 0 else nxt
            line = text[end + 1 : nxt]
            if not line.strip() or len(line) > 80 or not line.isupper():
                break
            end = nxt
        return end

    def find_first_person_meetings(self) -> None:
        """'President B and I discussed …': the speaker (see :meth:`text_speaker`) meets B;
        'I welcome my friend B to Washington': meets B there ('I met B', 'I had a good
        meeting with B', 'it was a pleasure to receive B': meets B); 'since we last met in
        Moscow': meets, there, the one person they are told to meet before (rule
        ``meeting:first-person``)."""
        text = self.text
        for m in self.scan(SCAN.FIRSTPERSON_AND_I):
            start = m.start()  # (of the white space before "and")
            while start > 0 and text[start - 1].isspace():
                start -= 1
            before = self.mentions_between(self.sent(start)[0], start)
            mm = before[-1] if before else None
            if mm is None or mm.end != start or not self.ents[mm.key].is_person:
                continue
            self._speaker_meets(mm.key, mm.start, m.end(), place=None)
        for m in self.scan(SCAN.WELCOME):
            lst = self._guest_after(m.end())
            if lst is None:
                continue
            guest, gend = lst
            tm = (
                RX.FIRSTPERSON_WELCOMED_TO.match(text, gend)
                if m.group("w")
                else RX.WHEN_I_VISITED.match(text, gend)
            )
            place = self._place_at(tm.end()) if tm is not None else None
            ev = self._speaker_meets(guest, m.start(), gend, place=place)
            speaker = self.text_speaker(m.start())
            if place is not None and tm is not None and m.group("w") and speaker is not None:
                # ("I welcome my friend B to Washington": B's visit there)
                self._guest_visits(guest, place, (m.start(), tm.end()), ev, speaker=speaker)
            if place is not None and tm is not None and not m.group("w"):
                self._speaker_visits(m.start(), place, tm.span(), ev)
        for m in self.scan(SCAN.WELCOME_YOU):
            if m.group().startswith("bid") or RX.WELCOME_YOU_BY.search(
                text, max(0, m.start() - 40), m.start()
            ):
                self._welcomed_you(m)
        for m in self.scan(SCAN.TRAVELLED_TO_MEET):
            place = self._place_at(m.end())
            if place is None:
                continue
            pm = self.mention_at(m.end())
            tm = RX.TO_MEET_AFTER.match(text, pm.end if pm is not None else m.end())
            lst = self._guest_after(tm.end()) if tm is not None else None
            ev = self._speaker_meets(lst[0], m.start(), lst[1], place=place) if lst else None
            self._speaker_visits(m.start(), place, m.span(), ev)
        self.date_heading_meetings()
        for m in self.scan(SCAN.WE_MET_IN):
            speaker = self.text_speaker(m.start())
            if speaker is None:
                continue
            met = {
                k
                for ev in self.events
                if ev.kind == "meeting" and speaker in ev.participants
                for k in ev.participants
                if k != speaker and self.ents[k].is_person
            }
            if len(met) != 1:
                continue
            guest, place = met.pop(), self._place_at(m.end())
            if place is None or not _rx(r"\b(?:last|first|previously|already)\b").search(
                text, m.start(), m.end()
            ):
                self._speaker_meets(guest, m.start(), m.end(), place=place)
            elif not self._told_as_might_be(m.start()):
                # "since we last met in Moscow": a meeting before, never the one told today
                ev = _Evt(
                    self.new_id(f"meeting-{speaker}-{guest}"),
                    m.span(),
                    "meeting:first-person",
                    0.6,
                    "meeting",
                    "held",
                    participants=[speaker, guest],
                )
                ev.place = place
                self.events.append(ev)

    def find_first_person_visits(self) -> None:
        """'when I visited Moscow last October', 'my first visit abroad is to the Russian
        Federation', 'I am very pleased to be making a state visit to the United States':
        the speaker's own visit to the state named or the city's state (the speaker a
        heading or a label names, or the one whose quoted words these are), never to a
        state of theirs, never in a clause of what might be; one a visit of theirs to that
        state already tells is not told again (rule ``visit:first-person``)."""
        for m in self.scan(SCAN.FIRSTPERSON_VISIT):
            speaker = self.text_speaker(m.start()) or self._quoted_speaker(m.start())
            dest = self.mention_at(m.end())
            if speaker is None or dest is None or self._told_as_might_be(m.start()):
                continue
            ent = self.ents[dest.key]
            host = dest.key if ent.type == "state" else self.ensure(ent.country)
            own: set[str | None] = set(self.own_states(speaker)) or {self._home_state()}
            if host is None or host in own:
                continue
            told = {(v.visitor, v.host) for v in self.events if v.kind == "visit"}
            if (speaker, host) in told:
                continue
            ev = _Evt(
                self.new_id(f"visit-{speaker}-{host}"),
                (m.start(), dest.end),
                "visit:first-person",
                0.6,
                "visit",
                "planned" if RX.PLANNED.search(self.text, *self.sent(m.start())) else "held",
            )
            ev.visitor, ev.host = speaker, host
            ev.place = dest.key if ent.is_place else None
            self.events.append(ev)

    def _welcomed_you(self, m: re.Match[str]) -> None:
        """'Foreign Secretary, let me welcome you to India', 'I warmly welcome you to
        Berlin', 'I welcome you, State Councilor X, to Manila': the speaker (see
        :meth:`text_speaker`) meets whom they address (named after "you", else see
        :meth:`_addressee`) in the place named at the match's end, and the guest visits
        its state (never their own; one visit of theirs to it told already is not told
        again; rule ``visit:welcomed-you``)."""
        trig, end = m.start(), m.end()
        mm = self.mention_at(end)
        place = mm.key if mm is not None and self.ents[mm.key].type == "state" else None
        place = place or self._place_at(end)  # ("to India": a state, else a place)
        speaker = self.text_speaker(trig)
        if place is None or speaker is None or self._told_as_might_be(trig):
            return
        if m.group("you"):  # (named there: one person of the text, else no one)
            named = {
                x.key
                for x in self.mentions_between(*m.span("you"))
                if self.ents[x.key].is_person and x.key != speaker
            }
            guest = named.pop() if len(named) == 1 else None
        else:
            guest = self._addressee(speaker, trig)
        if guest is None:
            return
        met = self._speaker_meets(guest, trig, end, place=place)
        self._guest_visits(guest, place, (trig, end), met, speaker=speaker)

    def _guest_visits(
        self, guest: str, place: str, span: tuple[int, int], met: _Evt | None, *, speaker: str
    ) -> None:
        """The guest the speaker welcomes to ``place`` visits its state (the state the
        lists give the place, else the speaker's one state: "to springtime Haikko"),
        never their own; one visit of theirs to it told already is not told again (rule
        ``visit:welcomed-you``)."""
        ent = self.ents[place]
        host = place if ent.type == "state" else self.ensure(ent.country)
        if host is None:
            mine = {k for k in self.own_states(speaker) if self.ents[k].type == "state"}
            host = mine.pop() if len(mine) == 1 else None
        if host is None or host in self.own_states(guest) | {self.ents[guest].country}:
            return
        if any(v.kind == "visit" and (v.visitor, v.host) == (guest, host) for v in self.events):
            return
        ev = _Evt(
            self.new_id(f"visit-{guest}-{host}"), span, "visit:welcomed-you", 0.6, "visit", "held"
        )
        ev.visitor, ev.host = guest, host
        ev.place = place if ent.is_place else None
        ev.date = met.date if met is not None else None
        self.events.append(ev)

    def _addressee(self, speaker: str, pos: int) -> str | None:
        """Whom the speaker at ``pos`` addresses as "you": the person the sentence opens
        on by a name the text gives them ("Foreign Secretary, let me …", see
        RX.VOCATIVE), else the transcript's one other speaker, else the one person the
        speaker is told to meet before ``pos``; None when the text leaves it open (a
        sentence opening on words that name no one person of the text, "Ministers, …")."""
        text = self.text
        sent_start, _ = self.sent(pos)
        vm = RX.VOCATIVE.match(text, sent_start, pos)
        if vm is not None:
            # (named there, "Minister Velde, …", else by words the text names them by
            # elsewhere, "Foreign Secretary, …")
            named = {
                mm.key
                for mm in self.mentions_between(*vm.span("name"))
                if self.ents[mm.key].is_person and mm.key != speaker
            } or {
                mm.key
                for mm in self.mens
                if self.ents[mm.key].is_person
                and mm.key != speaker
                and text[mm.start : mm.end] == vm.group("name")
            }
            # (one the text does not name, or several: "Ministers, …", open)
            return named.pop() if len(named) == 1 else None
        others = [k for k in self.transcript_speakers() if k != speaker]
        if others:
            return others[0] if len(others) == 1 else None
        met = {
            k
            for ev in self.events
            if ev.kind == "meeting" and speaker in ev.participants and ev.span[0] < pos
            for k in ev.participants
            if k != speaker and self.ents[k].is_person
        }
        return met.pop() if len(met) == 1 else None

    def _quoted_speaker(self, pos: int) -> str | None:
        """Whose quoted words ``pos`` is in; None outside a quotation."""
        return next((q.speaker for q in self.quotes if q.text[0] <= pos < q.text[1]), None)

    def date_heading_meetings(self) -> None:
        """A transcript's heading that tells a meeting of its speakers ("29 January 2009 /
        Prime Minister A met with Prime Minister B / Transcript of Opening Remarks: / A: …")
        tells the one its turns are spoken at: held on the day the date line above gives."""
        speakers = set(self.transcript_speakers())
        if len(speakers) < 2:
            return
        first_turn = next(
            (p for p in self.para_starts if RX.SPEAKER_LABEL.match(self.text, p)), len(self.text)
        )
        for ev in self.events:
            if (
                ev.kind == "meeting"
                and ev.status == "held"
                and ev.date is None
                and ev.span[0] < first_turn
                and set(ev.participants) <= speakers
            ):
                ev.date = self._header_date()

    def _guest_after(self, pos: int) -> tuple[str, int] | None:
        """The one person welcomed at ``pos``: 'my (good) friend/colleague, (the) Title B',
        'you, Title B', 'President of the Republic of X B' (titles, the state a title
        names and an appositive's comma skipped); with where their name ends."""
        text = self.text
        lead = _rx(
            r"(?:you,\s+)?(?:(?:my|our)\s+(?:[a-z]+\s+){0,2}(?:friend|colleague|counterpart|guest)"
            r"(?:\s+and\s+(?:friend|colleague))?,?\s+)?(?:the\s+)?"
        ).match(text, pos)
        cur = lead.end() if lead is not None else pos
        for mm in self.mentions_between(cur, min(len(text), cur + 90)):
            if not _rx(r"(?:[A-Z][\w.’'-]*\s+|of\s+|the\s+|and\s+|,\s*)*").fullmatch(
                text, cur, mm.start
            ):
                return None
            if self.ents[mm.key].is_person:
                return mm.key, mm.end
        return None

    def _told_as_might_be(self, trig: int) -> bool:
        """Whether the clause before ``trig`` tells what might be ("If B and I met")."""
        sent_start, _ = self.sent(trig)
        return bool(
            RX.HYPOTHETICAL_BEFORE.search(self.text[max(sent_start, trig - 30) : trig].lower())
        )

    def _place_at(self, pos: int) -> str | None:
        """The place named at ``pos``: its mention, else a place the text names elsewhere
        by the same capitalised words ("to springtime Haikko", Haikko in the heading)."""
        mm = self.mention_at(pos)
        if mm is not None:
            return mm.key if self.ents[mm.key].is_place else None
        wm = _rx(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?").match(self.text, pos)
        if wm is None:
            return None
        return next((k for k, e in self.ents.items() if e.is_place and e.name == wm.group()), None)

    def _speaker_meets(self, guest: str, trig: int, end: int, *, place: str | None) -> _Evt | None:
        """The speaker at ``trig`` meets ``guest`` (never themselves, never in a clause of
        what might be): the meeting added, if one was."""
        speaker = self.text_speaker(trig)
        if speaker is None or speaker == guest:
            return None
        if self._told_as_might_be(trig):
            return None
        n = len(self.events)
        self.add_meeting([speaker, guest], (trig, end), trig, "meeting:first-person", 0.6)
        if len(self.events) == n:
            return None
        ev = self.events[-1]
        if place is not None and ev.place is None:
            ev.place = place
        if ev.date is None and not RX.OWN_TIME.search(self.text, *self.sent(trig)):
            ev.date = self._header_date()  # (the day the words were given, as told today)
        return ev

    def _speaker_visits(
        self, trig: int, place: str, span: tuple[int, int], met: _Evt | None
    ) -> None:
        """The speaker at ``trig`` went to ``place`` ("I travelled to London", "when I
        visited Paris"): a visit of theirs to its state, on the day of the meeting ``met``
        told with it (never their own state or the publishing government's, never in a
        clause of what might be; rule ``visit:first-person``)."""
        speaker = self.text_speaker(trig)
        host = self.ensure(self.ents[place].country)
        if speaker is None or host is None or host in self._speaker_states(speaker):
            return
        if self._told_as_might_be(trig):
            return
        ev = _Evt(
            self.new_id(f"visit-{speaker}-{host}"), span, "visit:first-person", 0.6, "visit", "held"
        )
        ev.visitor, ev.host, ev.place = speaker, host, place
        ev.date = met.date if met is not None else None
        self.events.append(ev)

    def _speaker_states(self, speaker: str) -> set[str | None]:
        """The states the speaker is of: theirs, the publishing government's, and those
        the line that first names them names ("Remarks by Prime Minister A of Norway",
        "Remarks by Norwegian Prime Minister A")."""
        first = next((mm for mm in self.mens if mm.key == speaker), None)
        named: set[str | None] = set()
        if first is not None:
            end = self.text.find("\n", first.end)
            start, end = (
                self.para_starts[self.para(first.start)],
                len(self.text) if end < 0 else end,
            )
            for mm in self.mentions_between(start, end):
                if self.ents[mm.key].type == "state":
                    named.add(mm.key)
            for word in _rx(r"[A-Z][\w’'-]+").findall(self.text, start, end):
                named.add(self.ensure(self.demonyms.get(_fold(word))))  # ("Norwegian")
        return {self.ents[speaker].country, self._home_state(), *named}

    def _header_date(self) -> tuple[int, int] | None:
        """The date among the short lines that open the text (its heading, a dateline or
        a date line: "Talvi\nFebruary 6, 2026"), before its first long paragraph."""
        text = self.text
        for start in self.para_starts[:6]:
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            if end - start > 200:
                return None
            for ds, de in self.dates:
                if start <= ds < end and (end - start <= 60 or ds - start < 3):
                    return ds, de
        return None
