"""The meetings a rule adds, shared by the fact kinds that tell them (meetings, visits,
conferences, agreements, treaties): when and where a meeting was held, whether it was
cancelled, and the occasion it belongs to.

:class:`Gathering` is one of the two bases of :class:`~diplokg.extract.clauses.Clauses`
(the rule classes still extend ``Clauses`` alone); the patterns of places and cancelled
meetings live here beside it."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from diplokg.extract.dating import Dating
from diplokg.extract.lexicon import _Cand
from diplokg.extract.patterns import _COMMON_CAPS, _MONTHS, _NOT_JOINED, _WEEKDAYS
from diplokg.extract.regexes import RX
from diplokg.extract.state import Found as Found
from diplokg.extract.state import _Evt, _Men
from diplokg.extract.text import _rx
from diplokg.rdf.terms import slugify

#: A capitalised word of a place's name, also one in letters beyond ASCII ("Šiauliai",
#: "Łódź"): a capital, then lower-case letters, apostrophes and hyphens.
_PLACE_WORD = r"[^\W\d_a-z](?:[^\W\d_A-Z]|[’'-])+"

_UNKNOWN_PLACE = re.compile(  # a capitalised name of one to three words, then a date or a stop
    rf"{_PLACE_WORD}(?:[ -]{_PLACE_WORD}){{0,2}}(?=,?\s+(?:on|last|this|next)\s+"
    rf"(?:{_WEEKDAYS}|\d|{_MONTHS}|week|month)|,?\s+(?:today|yesterday)\b|[.;]\s|[.;]?$|"
    # "signed in Port Alver by Minister A": the signers follow
    r"\s+by\s+(?:(?:the|his|her|their)\s+)?[A-Z])"
)

_CAPITAL_NAME = re.compile(  # after "the capital": "in the capital Valmograd for talks"
    rf"{_PLACE_WORD}(?:[ -]{_PLACE_WORD}){{0,2}}(?![\w’'-])(?!\s+[A-Z])"
)

_UNKNOWN_PLACE_WHERE = re.compile(  # "Abidjan, where", "Abidjan tomorrow, where"
    rf"{_PLACE_WORD}(?:[ -]{_PLACE_WORD}){{0,2}}(?=(?:,\s+in\s+[A-Z][\w’' -]{{1,30}}?)?"
    r"(?:,?\s+(?:today|tomorrow|yesterday|(?:on|next|last|this)\s+[A-Z]?[a-z]+|"
    # "visited Talvi on 9 February, where", "… on February 9, where"
    r"(?:on\s+)?(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2})))?,?\s+where\b)"
)


_AFTER_FRONTED_PLACE = re.compile(
    r"(?:,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?,?\s*"
    rf"(?:(?:on\s+|last\s+|this\s+)?(?:{_WEEKDAYS})|(?:on\s+)?(?:{_MONTHS})\.?\s+\d{{1,2}}|"
    rf"(?:on\s+)?\d{{1,2}}\s+(?:{_MONTHS})|today|yesterday|tomorrow|earlier\s+today)?,\s+"
)

#: What a signing session signed, between "signing" and "between" ("the signing of an
#: agreement between A and B", "the signing of the peace accord between"; see meetings._MEET).
_SIGNED_OF = (
    r"of\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}?(?:agreement|accord|treaty|memorandum|deal|pact|"
    r"declaration|protocol)\s+"
)

_CANCEL_VERBS = r"cancell?ed|called\s+off|scrapped|shelved"
# the same, or calling off now: what calls a gathering off right before it
_CALL_OFF = rf"{_CANCEL_VERBS}|cancels?|calls?\s+off"

_CANCELLED_BEFORE = re.compile(  # right before a meeting's noun: "cancelled his talks"
    rf"\b(?:{_CALL_OFF}|"
    # "ruled out plans for a meeting with B", "rules out any talks with B" (never "has not
    # ruled out a meeting": a meeting still possible)
    r"(?<!not\s)(?<!never\s)rul(?:ed|es|ing)\s+out(?:\s+(?:any\s+)?(?:plans?\s+for|"
    r"(?:the|any)\s+(?:possibility|prospect|chance)\s+of))?)\s+"
    r"(?:(?:his|her|their|its|the|a|any)\s+)?"
    r"(?:(?:planned|scheduled|bilateral|first)\s+)?$"
)

_CANCELLED_AFTER = re.compile(  # after its participants: "… in Vesk was called off"
    r"(?:\s+(?:in|at|on|for|scheduled|planned|set)\b(?:(?!\b(?:after|before|when|while|because|"
    r"since|as|but|and|that|which)\b)[^,.;]){0,30}?)?\s+(?:was|were|has\s+been|had\s+been|"
    rf"have\s+been)\s+(?:\w+\s+)?(?:{_CANCEL_VERBS})\b"
)


class Gathering(Dating):
    """Adding a meeting with its day and place, over the working state."""

    # -- the meetings a rule adds and where --------------------------------------

    def _headline_para(self, pos: int) -> bool:
        """``pos`` lies in a first paragraph that is no sentence (a headline): no full stop
        at its end or after a lower-case word within it (an abbreviation's is none: "…
        following ROK-U.S. Summit", "Japan-U.S. Summit Meeting")."""
        if self.para(pos) != 0 or len(self.para_starts) < 2:
            return False
        first = self.text[: self.para_starts[1]].strip()
        return not first.endswith(".") and not _rx(r"\b[a-z]{2,}\.\s").search(first)

    def fronted_participle(self, pos: int, sent_start: int) -> re.Match[str] | None:
        """The fronted participial phrase (see :data:`RX.FRONTED_PARTICIPLE`) whose verb
        spans ``pos``: one that opens the sentence at ``sent_start`` or follows "that"."""
        text = self.text
        lead = _rx(r"\s*").match(text, sent_start)
        starts = [lead.end() if lead is not None else sent_start]
        starts += [t.end() for t in RX.FRONTED_PARTICIPLE_LEAD.finditer(text, sent_start, pos)]
        for at in starts:
            m = RX.FRONTED_PARTICIPLE.match(text, at)
            if m is not None and m.start("verb") <= pos < m.end():
                return m
        return None

    def meeting_told_in(self, lo: int, hi: int) -> bool:
        """Whether a meeting drafted already is told (by its span or one of its extra
        spans) in ``[lo, hi)``: a sentence that tells its meeting needs no other reading."""
        return any(
            ev.kind == "meeting" and any(lo <= sp[0] < hi for sp in (ev.span, *ev.extra))
            for ev in self.events
        )

    def add_meeting(
        self,
        parts: Sequence[str],
        span: tuple[int, int],
        trig: int,
        rule: str,
        conf: float,
        *,
        told_from: int | None = None,
    ) -> None:
        """``told_from``: where the meeting's own clause opens ("A told reporters at the
        White House Wednesday that talks with B …": the day and place before it are the
        telling's, not the meeting's)."""
        text = self.text
        sent_start, sent_end = self.sent(trig)
        if told_from is not None:
            sent_start = max(sent_start, told_from)
        clause = text[max(sent_start, trig - 80) : trig + 40]
        status = "planned" if RX.PLANNED.search(clause) else "held"
        if _CANCELLED_BEFORE.search(text, max(sent_start, trig - 40), trig) or (
            _CANCELLED_AFTER.match(text, span[1], sent_end)
        ):
            # "cancelled his talks with X", "the meeting between A and B was called off"
            status = "cancelled"
        date = self.date_near(trig, future=status == "planned", after_only=told_from is not None)
        # "… will be meeting with B, quoting A as telling the press in X on Thursday": the
        # day and place after the reporting clause are the telling's, not the meeting's
        rc = RX.REPORTING_TAIL.search(text, span[1], sent_end)
        clause_end = rc.start() if rc is not None else sent_end
        if date is not None and date[0] >= clause_end:
            kept = [
                (ds, de)
                for ds, de in self.dates
                if sent_start <= ds
                and de <= clause_end
                and not self.in_quote(ds)
                and self.resolve(text[ds:de], future=status == "planned") is not None
            ]
            date = min(kept, key=lambda d: abs(d[0] - trig)) if kept else None
        if (
            date is not None
            and status == "held"
            and date[0] >= span[1]
            and _rx(r"\b(?:and|but)\s+(?:will|is\s+to|plans\s+to|is\s+due\s+to)\s").search(
                text, span[1], date[0]
            )
        ):
            date = None  # "met X in Dublin and will hold talks at Friday's forum": that day's
        if (
            date is not None
            and status == "planned"
            and date[1] <= trig
            and _rx(r"\b(?:arrived|landed|flew\s+in|began|started)\b[^,;.]{0,40}$").search(
                text, sent_start, date[0]
            )
        ):
            # "arrived in X on Monday for a visit, during which she will meet B (on Wednesday)"
            later = [d for d in self.dates if trig <= d[0] < clause_end and not self.in_quote(d[0])]
            date = later[0] if later else None
        if date is not None and date[1] <= trig:
            rel = RX.RELATIVE_BEFORE.search(text, sent_start, date[0])
            if rel is not None and _rx(r"[^,;]*,").match(text, date[1], trig):
                # "A, who arrived in X on Monday, met B on Tuesday": the arrival's day
                later = [
                    (ds, de)
                    for ds, de in self.dates
                    if trig <= ds < clause_end and not self.in_quote(ds)
                ]
                date = later[0] if later else None
        if date is not None and _rx(r"\b(?:through|thru|until|till|since)\s+$").search(
            text, max(0, date[0] - 8), date[0]
        ):
            date = None  # "during his visit through Sunday": where a span ends, no day of it
        if date is not None and self.in_span(date):
            date = None  # "met in San Francisco on November 9-10": a span is no day
        if (
            date is not None
            and date[1] <= trig
            and _rx(r"\b(?:regarding|concerning|about\s+(?:the|his|her|their|its))\s").search(
                text, date[1], trig
            )
        ):
            # "remarks on Friday regarding the planned summit": the remarks' day (never
            # "on August 2, commencing at about 5:40 p.m.")
            date = None
        fe = RX.FRONTED_EARLIER.match(text, sent_start) if date is not None else None
        if (
            date is not None
            and fe is not None
            and date[0] < fe.end() <= trig
            and not _rx(r"\b(?:meeting|talks|summit|meet|met)\b").search(text, sent_start, fe.end())
        ):
            # "Following a call on Friday, the two leaders met": the call's day (not "After
            # their meeting on Monday, A and B signed …": that meeting's own)
            date = None
        if date is not None and status != "cancelled":  # (a day to come: planned, if not off)
            res = self.resolve(text[date[0] : date[1]], future=status == "planned")
            if res and res.value and len(res.value) == 10:
                day = dt.date.fromisoformat(res.value)
                if day > self.published:
                    status = "planned"
            if res and res.value is None and res.earliest and res.earliest > self.published:
                status = "planned"
        place = self._meeting_place(max(span[0], sent_start), trig, sent_start, clause_end)
        keys = list(dict.fromkeys(parts))

        occasion = None
        if place is None:
            occasion_ev = self._occasion(trig, keys)
            if occasion_ev is not None:
                occasion = occasion_ev.id
                place = occasion_ev.place
        for ev in self.events:
            if ev.kind != "meeting" or set(ev.participants) != set(keys):
                continue
            if (
                ev.place
                and place
                and ev.place != place
                and abs(self.para(ev.span[0]) - self.para(trig)) > 1
            ):
                continue  # (near: "met in Istanbul on Friday. … hosted them at the palace")
            if ev.date and date and not self._same_day(ev.date, date):
                continue  # ("March 3" in the dateline and "on Monday" are one day)
            same_sentence = self.sent(ev.span[0]) == (sent_start, sent_end)
            if ev.place is None and place is not None and ev.occasion is None:
                if (
                    not same_sentence
                    and not (
                        # one planned meeting told again with its place ("A will welcome B on
                        # 7 May. … The Prime Ministers will meet in X")
                        ev.status == status == "planned"
                        and abs(self.para(ev.span[0]) - self.para(trig)) <= 2
                    )
                    # a headline's meeting ("Readout of A’s Meeting with B") told in the text
                    and not (ev.date is None and self._headline_para(ev.span[0]))
                    # "During their meeting, held in New York, …": the one just told
                    and not (
                        rule in ("meeting:anaphoric", "meeting:took-place-between")
                        and abs(self.para(ev.span[0]) - self.para(trig)) <= 1
                    )
                    # "At the start of the talks with A in Beijing, B said": the talks told
                    and not (
                        rule == "meeting:fronted-talks"
                        and RX.DEFINITE_FRONTED.match(text, trig)
                        and abs(self.para(ev.span[0]) - self.para(trig)) <= 1
                    )
                ):
                    continue
                ev.place = place  # "After their meeting in Oslo, A and B signed …": one
            if not ev.date and date:
                ev.date = date
            if span not in ev.extra and span != ev.span:
                if self._headline_para(ev.span[0]) and not self._headline_para(span[0]):
                    ev.extra.append(ev.span)  # the text's telling first, the headline's after
                    ev.span = span
                else:
                    ev.extra.append(span)
            return
        for ev in self.events:
            # one sentence, one gathering: "A and B signed … after talks hosted by C"
            if (
                ev.kind == "meeting"
                and self.sent(ev.span[0]) == (sent_start, sent_end)
                and (set(ev.participants) < set(keys) or set(keys) < set(ev.participants))
                and not (ev.place and place and ev.place != place)
            ):
                ev.participants = list(dict.fromkeys([*ev.participants, *keys]))
                ev.place = ev.place or place
                ev.date = ev.date or date
                if span not in ev.extra and span != ev.span:
                    ev.extra.append(span)
                return
        names = "-".join(self.ents[k].key for k in keys[:2])
        eid = self.new_id(f"meeting-{names}")
        ev = _Evt(eid, span, rule, conf, "meeting", status, participants=keys)
        ev.place = place
        ev.occasion = occasion
        ev.date = date
        self.events.append(ev)

    def _same_day(self, a: tuple[int, int], b: tuple[int, int]) -> bool:
        """Whether two date phrases name the same day or span, however they are worded."""
        ra = self.resolve(self.text[a[0] : a[1]])
        rb = self.resolve(self.text[b[0] : b[1]])
        if ra is None or rb is None:
            return ra is rb
        return (ra.value, ra.earliest, ra.latest) == (rb.value, rb.earliest, rb.latest)

    def known_city(self, start: int, end: int) -> str | None:
        """The place named at [start, end) (in capitals or not) when the lists know it as a
        place or a capital ("NEW YORK", "Ottawa"), a mention of it added; never a state."""
        name = self.text[start:end]
        if name.isupper():
            name = " ".join(w.capitalize() for w in name.split())
        cands = self.lex.forms.get(tuple(name.split()), [])
        place = next((c for c in cands if c.type == "place" and not c.capital_of), None)
        capital = next((c for c in cands if c.capital_of), None)
        if place is not None:
            ent = self.ent_from_cand(place)
        elif capital is not None:
            ent = self.ent_from_cand(_Cand(slugify(name), name, "place", True))
            ent.country = ent.country or capital.capital_of
        else:
            return None
        if not any(mm.start == start for mm in self.mentions_between(start, end)):
            self.add_mention(start, end, ent.key, "place", 0.6)
            self.sort_mentions()
        return ent.key

    def _meeting_place(self, lo: int, trig: int, sent_start: int, sent_end: int) -> str | None:
        """Where a meeting told from ``lo`` on was held: the first place named after "in" or
        "at" in the rest of the sentence ("at the White House", "in the capital, X", "in
        the border town of X"; never a state: an event's place is a dk:Place), else where
        the subject had come to before the verb ("Upon his arrival in X", "was in X,
        where", "will travel to X on Monday for talks")."""
        text = self.text
        rel = RX.RELATIVE_AFTER_TRIGGER.search(text, trig, sent_end)
        end = rel.start() if rel is not None else sent_end  # "signed a pact that ends …"
        for pm in RX.PLACE_AFTER_PREP.finditer(text, lo, end):
            if RX.TOPIC_NOUN_BEFORE.search(text, max(lo, pm.start() - 30), pm.start()):
                continue  # "a dispute over fishing rights in the Sarn Strait": a topic's place
            mm = self.mention_at(pm.end())
            city = self._city_after_building(pm.end(), mm, end)
            if city is not None:
                return city
            if mm is None and (pm.group("the") is None or pm.group("what")):
                # (not "at the Presidency"); after "the capital" any name is a city's
                capital = bool(_rx(r"\b(?:capital|city|port)\b").search(pm.group("what") or ""))
                mm = self._unknown_place(pm.end(), sent_end, capital=capital)
            if mm is None or mm.inner:
                continue
            if self.ents[mm.key].is_place or mm.how == "place":
                return mm.key
        om = RX.CITY_NAMED_OCCASION.search(text, lo, end)
        if om is not None:  # "met at the Munich Security Conference": in Munich
            words = om.group("city").split()
            for n in range(len(words), 0, -1):
                start = om.start("city")
                city = self.known_city(start, start + len(" ".join(words[:n])))
                if city is not None:
                    return city
        wm = RX.WELCOMED_TO.match(text, trig, sent_end)
        if wm is not None:  # "welcomed B to Canberra", "welcomed B to Talvi last week"
            mm = self.mention_at(wm.end()) or self._unknown_place(wm.end(), sent_end)
            if mm is not None and (self.ents[mm.key].is_place or mm.how == "place"):
                return mm.key
        bm = RX.PLACE_BEFORE_MEETING.search(text, sent_start, trig)
        if bm is not None and _rx(
            r"\b(?:[Aa]head\s+of|[Bb]efore|[Pp]rior\s+to|[Aa]fter|[Ff]ollowing)\s+$"
        ).search(text, max(sent_start, bm.start() - 20), bm.start()):
            bm = None  # "ahead of a visit to Nairobi next month, A met B": not there
        if bm is not None:
            mm = self.mention_at(bm.start("p"))
            if mm is None and _rx(r",?\s+where\s").search(text, bm.start("p"), bm.end()):
                mm = self._unknown_place(bm.start("p"), sent_end, where=True)  # "to Abidjan, where"
            if mm is not None and (self.ents[mm.key].is_place or mm.how == "place"):
                return mm.key
        hm = RX.HOST_CITY_BEFORE.search(text, sent_start, trig)
        if hm is not None:
            mm = self.mention_at(hm.start("p")) or self._unknown_place(
                hm.start("p"), sent_end, capital=True
            )  # ("the city of X": a city's name, the lists' or not)
            if (
                mm is not None
                and not mm.inner
                and (self.ents[mm.key].is_place or mm.how == "place")
            ):
                return mm.key
        fm = RX.FRONTED_SETTING.match(text, sent_start, sent_end)
        if fm is not None and fm.end() <= lo:
            # "In a first meeting held on the margins of the summit in Ostrava, A and B
            # reviewed …", "Meeting today at the Hall in Ostrava, A and B discussed …"
            return self._meeting_place(sent_start, sent_start, sent_start, fm.end())
        return self._fronted_place(sent_start, min(lo, trig), sent_end)

    def _fronted_place(self, sent_start: int, lo: int, sent_end: int) -> str | None:
        """The place a sentence opens with, before the clause that tells its meeting
        ("In Talvi on Tuesday, A met B", "At Villa Madama in Rome today, A and B …"): a
        place (never a state) with no more than a day and a comma after it."""
        text = self.text
        pm = RX.FRONTED_PLACE.match(text, sent_start, sent_end)
        if pm is None:
            return None
        mm = self.mention_at(pm.end())
        city = self._city_after_building(pm.end(), mm, sent_end)
        if city is not None:  # ("At the Presidential Palace in Talvi today, …")
            mm = next((m for m in self.mentions_between(pm.end(), lo) if m.key == city), None)
        elif mm is None:
            mm = self._unknown_place(pm.end(), sent_end)
        if mm is None or mm.inner or not (self.ents[mm.key].is_place or mm.how == "place"):
            return None
        am = _AFTER_FRONTED_PLACE.match(text, mm.end, sent_end)
        if am is None or am.end() > lo:
            return None
        return mm.key

    def _city_after_building(self, pos: int, mm: _Men | None, end: int) -> str | None:
        """The city a building named at ``pos`` (``mm``, its mention, if any) is said to
        stand in: "at the Presidential Palace in the capital Ankara", "at State House,
        Nairobi", "at the Reception Hall in Malacañan Palace, Manila" (a place the lists
        know, never a state)."""
        text = self.text
        if mm is not None and not (self.ents[mm.key].is_place and mm.start == pos):
            return None
        bm = RX.BUILDING_NAME.match(text, pos, end)
        if bm is None or (mm is not None and bm.end() < mm.end):
            return None  # (a building's name may run on past a known name: "Élysée Palace")
        cm = RX.CITY_AFTER_BUILDING.match(text, bm.end(), end)
        if cm is None:
            return None
        city = self.mention_at(cm.end())
        if city is None or city.inner or not self.ents[city.key].is_place:
            return None
        # "at the Reception Hall in Malacañan Palace, Manila": a building in a building
        return self._city_after_building(city.start, city, end) or city.key

    def _unknown_place(
        self, pos: int, sent_end: int, *, where: bool = False, capital: bool = False
    ) -> _Men | None:
        """A name no list knows right after a meeting's "in": "met in Port Selim on 3
        October", "in the capital, Valmograd, on Monday" (a place when nothing but a date,
        a comma or the sentence's end follows it); with ``where``, one a relative "where"
        follows ("will travel to Abidjan tomorrow, where she will meet"); with ``capital``,
        any name after "the capital" ("in the capital Valmograd for talks")."""
        text = self.text
        pat = _CAPITAL_NAME if capital else _UNKNOWN_PLACE_WHERE if where else _UNKNOWN_PLACE
        nm = pat.match(text, pos, sent_end)
        if nm is None or self.covered(nm.start(), nm.end()):
            return None
        # (a name joined by a lower-case particle is one word: "Mar-a-Lago", "Aix-en-Provence")
        words = [
            w
            for tok in nm.group().split()
            for w in ([tok] if _rx(r"-[a-z]+-").search(tok) else tok.split("-"))
        ]
        if words[-1] in _COMMON_CAPS or any(w in _NOT_JOINED for w in words):
            return None  # ("New York": a common first word of a longer name is no obstacle)
        ent = self.local_ent(nm.group(), "place", rule="entity:meeting-place", conf=0.6)
        mm = self.add_mention(nm.start(), nm.end(), ent.key, "place", 0.6)
        self.sort_mentions()
        return mm

    def _occasion(self, trig: int, keys: Sequence[str]) -> _Evt | None:
        """The conference a meeting happens at: named 'on the sidelines of', else attended.

        A meeting on the sidelines belongs to the conference last referred to before it;
        a meeting without a place of its own, one of whose participants attends a
        conference, is taken to happen there.
        """
        text = self.text
        sent_start, sent_end = self.sent(trig)
        confs = {e.id: e for e in self.events if e.kind in ("conference", "summit")}
        sm = _rx(r"\bsidelines\s+of\s+").search(text[sent_start:sent_end])
        if sm:
            at = sent_start + sm.end()
            for rs, _re, eid in self.conf_refs:
                if at <= rs <= at + 10:
                    return confs.get(eid)
        before = [(rs, eid) for rs, _re, eid in self.conf_refs if rs < trig and eid in confs]
        if _rx(r"\bsidelines\b").search(text[sent_start:sent_end]) and before:
            return confs[before[-1][1]]
        for _rs, eid in reversed(before):
            if any(k in confs[eid].participants for k in keys):
                return confs[eid]
        return None
