"""Where a wire story's "here" is: the city of its dateline ("NEW YORK: Prime Minister A
held a series of meetings here on Monday", "BEIJING, May 11 (Xinhua) -- … met B here"), the
place of a meeting told in a sentence that says "here" and names no place of its own."""

from __future__ import annotations

import re

from diplokg.extract.clauses import Clauses
from diplokg.extract.regexes import RX
from diplokg.extract.text import _rx


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
            here = RX.HERE.search(text, sent_start, sent_end)
            if here is not None and RX.TOLD_HERE.search(
                text, max(sent_start, here.start() - 40), here.start()
            ):
                here = None  # "a press release received by Antara here": the telling's
            lead = here is None and self._lead_at_home(ev.participants, sent_start)
            if not lead and (here is None or self.in_quote(here.start())):
                continue
            if city is None:
                city = self._story_city() or ""
            if city and (not lead or self._at_home(ev.participants, city)):
                ev.place = city
        opening = self._lead_dateline()  # (the text's alone: found once for the three)
        if opening is not None:
            self._lead_series(*opening)
            self._lead_described_pair(*opening)
            self._lead_arrival(*opening)
        self._buildings_in_dateline_city()  # (after the lead's: they read "here")

    def _story_city(self) -> str | None:
        """The city of the story's dateline (see :meth:`dateline_city`, a whole wire
        dateline's, a lead's after a title and a byline, or one with a state, "D.C." or
        an agency after the city: "BEIJING, CHINA—", "Ankara, IRNA –", a city the lists
        know); None when there is none."""
        found = self.dateline_city() or self._wire_dateline_city()
        if found is not None:
            return found
        opening = self._lead_dateline()  # (after a title and a byline)
        if opening is not None:
            span = opening[0].span("city")
            found = self.known_city(*span) or self._dated_dateline_city(*span)
        for start in self.para_starts[:4]:
            if found is not None:
                break
            dm = RX.DATELINE_MORE.match(self.text, start) or RX.DAY_FIRST_DATELINE.match(
                self.text, start
            )
            found = self._more_dateline_city(dm) if dm is not None else None
        return found

    def _more_dateline_city(self, dm: re.Match[str]) -> str | None:
        """The city of a dateline RX.DATELINE leaves (see RX.DATELINE_MORE and
        RX.DAY_FIRST_DATELINE: "(Danang, Vietnam) –", "June 14, 2000, Madrid"): one the
        lists know, or one they do not when its state follows it ("(Tarvik, Portugal) –"),
        a mention of it added; None otherwise."""
        cs, ce = dm.span("city")
        found = self.known_city(cs, ce)
        if found is None and dm.group("state") is not None:
            state = self.mention_at(dm.start("state"))
            if state is not None and self.ents[state.key].type == "state":
                found = self._dateline_place(self.text[cs:ce], cs, ce)
        return found

    def _buildings_in_dateline_city(self) -> None:
        """'WASHINGTON, June 13 – A welcomed B at the Pentagon', 'MANILA (PNA) – … lunch
        meeting between A and B at the President's Hall of Malacanang': a meeting held at a
        building (see RX.BUILDING_NAME) the text gives no city for is held in the city of
        the story's dateline, the most specific place the text gives; its sentence naming
        no other place after "in" (a meeting abroad told in a story from home)."""
        city: str | None = None
        for ev in self.events:
            if ev.kind != "meeting" or ev.status == "cancelled" or self.in_quote(ev.span[0]):
                continue
            sent = self.sent(ev.span[0])
            if ev.place is not None:
                if not self._named_building(self.ents[ev.place].name):
                    continue
            elif not self._at_building(*sent):
                continue
            if city is None:  # (found once, when a meeting needs it)
                city = self._story_city() or ""
            if not city:
                return
            if ev.place is not None or not self._other_place(*sent, city):
                ev.place = city

    def _at_building(self, sent_start: int, sent_end: int) -> bool:
        """Whether the sentence at [sent_start, sent_end) tells its meeting at a named
        building ("at the President's Hall of Malacanang")."""
        text = self.text
        for am in RX.AT_BUILDING.finditer(text, sent_start, sent_end):
            bm = RX.BUILDING_NAME.match(text, am.end("b"), sent_end)
            if bm is not None and self._named_building(bm.group()):
                return True
        return False

    def _other_place(self, sent_start: int, sent_end: int, city: str) -> bool:
        """Whether the sentence at [sent_start, sent_end) names a place besides buildings
        and the dateline's ``city``."""
        return any(
            self.ents[mm.key].is_place
            and mm.key != city
            and not RX.BUILDING_NAME.fullmatch(self.ents[mm.key].name)
            for mm in self.mentions_between(sent_start, sent_end)
        )

    @staticmethod
    def _named_building(name: str) -> bool:
        """Whether ``name`` is a building's own name (see RX.BUILDING_NAME): "Marble
        Palace", "the Pentagon"; not its kind alone ("the Palace": which one, the text
        does not say)."""
        return bool(RX.BUILDING_NAME.fullmatch(name)) and not RX.BUILDING_KIND.fullmatch(name)

    def _lead_series(self, dm: re.Match[str], sent_start: int, sent_end: int) -> None:
        """'SINGAPORE, June 4, 2010 – … five meetings Secretary A had here today with U.S.
        partners …': a lead that tells a series of meetings "here" places every meeting the
        story tells of its subject with no place, no other day and no planning of its own
        in the dateline's city (the dateline may follow a title and a byline), on the
        lead's day when it gives one ("here today"). Meetings of
        others ("B was meeting with C at the same time") are not told to be there."""
        text = self.text
        here = RX.HERE.search(text, dm.end(), sent_end)
        if (
            here is None
            or RX.TOLD_HERE.search(text, max(dm.end(), here.start() - 40), here.start())
            or not RX.DATELINES_SERIES.search(text, dm.end(), sent_end)
        ):
            return
        city = self.known_city(*dm.span("city")) or self._dated_dateline_city(*dm.span("city"))
        leads = {
            mm.key
            for mm in self.mentions_between(dm.end(), sent_end)
            if self.ents[mm.key].is_person
        }
        if city is None or not leads:
            return
        day = self.date_near(here.start())  # "here today": the series' day
        if day is not None and not sent_start <= day[0] < sent_end:
            day = None
        for ev in self.events:
            if (
                ev.kind != "meeting"
                or ev.place is not None
                or ev.status != "held"
                or not leads & set(ev.participants)
                or self.in_quote(ev.span[0])
            ):
                continue
            s, e = self.sent(ev.span[0])
            if RX.ELSEWHERE.search(text, s, e):
                continue
            ev.place = city
            if ev.date is None and day is not None:
                ev.date = day

    def _lead_described_pair(self, dm: re.Match[str], sent_start: int, sent_end: int) -> None:
        """'BEIJING, China -- The top military leaders of the United States and China signed
        an agreement here today, Aug. 15 … ⏎⏎ Gen. A, chairman of …, and Gen. B, chief of
        …, signed the mechanism at the Ba Yi': a dateline's lead that tells a meeting (or a
        signing) "here" by a description of those who held it, no one named, is told again
        by the next sentence, naming them with the same verb; that sentence's one meeting,
        with no place of its own, is held in the dateline's city, on the lead's day."""
        text = self.text
        lm = RX.DESCRIBED_PAIR_LEAD.match(text, dm.end(), sent_end)
        here = RX.HERE.search(text, lm.end(), sent_end) if lm is not None else None
        city = self.known_city(*dm.span("city")) if here is not None else None
        if (
            lm is None
            or here is None
            or city is None
            or any(sent_start <= ev.span[0] < sent_end for ev in self.events)
        ):
            return
        nxt = self.sent(sent_end)
        told = [ev for ev in self.events if nxt[0] <= ev.span[0] < nxt[1]]
        verb = _rx(r"\s+").sub(" ", lm.group("v"))
        if len(told) != 1 or told[0].kind != "meeting" or told[0].place is not None:
            return
        if verb not in _rx(r"\s+").sub(" ", text[nxt[0] : told[0].span[1]]):
            return  # (not the lead's meeting told again: another verb)
        told[0].place = city
        day = self.date_near(here.start())
        if told[0].date is None and day is not None and sent_start <= day[0] < sent_end:
            told[0].date = day

    def _lead_arrival(self, dm: re.Match[str], sent_start: int, sent_end: int) -> None:
        """'AMMAN, Jordan (April 21, 2012) — The chairman … arrived here today to visit his
        Jordanian counterpart. ⏎⏎ Gen. A kicked off his first visit to Jordan with private
        meetings with B … Tomorrow, he'll meet with C': a lead telling an arrival "here"
        tells a stay in the dateline's city; the meetings the next three paragraphs tell of
        those who arrived (named before the verb, else the visitors of the city's state the
        first two paragraphs tell), with no place of their own, another place named before
        them, or another time ("last year", "in 2019"), are held there."""
        text = self.text
        am = RX.ARRIVED_HERE.search(text, dm.end(), sent_end)
        if am is None:
            return
        city = self.known_city(*dm.span("city")) or self._dated_dateline_city(*dm.span("city"))
        if city is None:
            return
        state = self.ents[city].country
        lead_para = self.para(sent_start)
        arrivers = {
            mm.key
            for mm in self.mentions_between(dm.end(), am.start())
            if self.ents[mm.key].is_person
        } or {
            v.visitor
            for v in self.events
            if v.kind == "visit"
            and v.visitor is not None
            and v.host == state
            and self.para(v.span[0]) - lead_para <= 1
        }
        ends = [*self.para_starts, len(text)]
        last = ends[min(len(ends) - 1, lead_para + 4)]  # (the next three paragraphs' end)
        for ev in self.stay_meetings(city, sent_end, last):
            s, e = self.sent(ev.span[0])
            if (
                ev.place is None
                and ev.status in ("held", "planned")
                and arrivers & set(ev.participants)
                and not self.in_quote(ev.span[0])
                and not RX.OTHER_TIME.search(text, s, e)
            ):
                ev.place = city

    def _lead_dateline(self) -> tuple[re.Match[str], int, int] | None:
        """The dateline a story's lead opens with, its city in capitals, within the first
        four paragraphs (after a title and a byline), and the span of the lead's sentence
        it opens: what the lead rules (``_lead_series`` …) are given as ``dm``,
        ``sent_start`` and ``sent_end``."""
        for start in self.para_starts[:4]:
            dm = RX.DATELINE.match(self.text, start)
            if dm is not None and self.text[slice(*dm.span("city"))].isupper():
                return (dm, *self.sent(dm.end()))
        return None

    def _dated_dateline_city(self, start: int, end: int) -> str | None:
        """The city a dated wire dateline names at [start, end) that no list knows as a
        city ("TALVI, Feb. 9, 2026 –", or a city state: "SINGAPORE, June 4 –"): a place of
        that name (a meeting's place is never a state), a mention of it added; None when
        the dateline has no day."""
        if not _rx(r",[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}\b").match(self.text, end):
            return None
        name = " ".join(w.capitalize() for w in self.text[start:end].split())
        return self._dateline_place(name, start, end)

    def _dateline_place(self, name: str, start: int, end: int) -> str:
        """A place ``name`` of the dateline at [start, end), a mention of it added."""
        ent = self.local_ent(name, "place", rule="entity:dateline-city", conf=0.6)
        if not any(mm.start == start for mm in self.mentions_between(start, end)):
            self.add_mention(start, end, ent.key, "place", 0.6)
            self.sort_mentions()
        return ent.key

    def _wire_dateline_city(self) -> str | None:
        """The city of a wire dateline no list knows, when the dateline is whole: the
        city in capitals, a day and the agency ("TALVI, Feb. 10 (Wire) –"), a mention of
        it added; None otherwise."""
        text = self.text
        for start in self.para_starts[:2]:
            dm = RX.DATELINE.match(text, start)
            if dm is None or not RX.WIRE_DATELINE.match(text, dm.end("city"), dm.end()):
                continue
            cs, ce = dm.span("city")
            if not text[cs:ce].isupper():
                continue
            name = " ".join(w.capitalize() for w in text[cs:ce].split())
            return self._dateline_place(name, cs, ce)
        return None

    def _lead_at_home(self, parts: list[str], sent_start: int) -> bool:
        """Whether the sentence at ``sent_start`` is a story's lead, right after its
        dateline ("BEIJING, May 11 (Xinhua) -- Chinese President A held talks Thursday
        with B, who is on a state visit to China"), and names no place of its own."""
        text = self.text
        for start in self.para_starts[:2]:
            dm = RX.DATELINE.match(text, start) or RX.DATELINE_MORE.match(text, start)
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
