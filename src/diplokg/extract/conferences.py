"""Meetings named as events: conferences, summits and sessions, who attended them ("attended
the NATO summit", "the conference was attended by A and B") and where they were held; and
meetings named by their states ("the recent U.S.-North Korea Summit")."""

from __future__ import annotations

import re

from diplokg.extract.clauses import Clauses

# "summit", "talks": what a conference's noun phrase ends in (see _CONF_NP)
from diplokg.extract.patterns import _CONF_HEADS, _CONF_NP, _negation
from diplokg.extract.regexes import RX
from diplokg.extract.state import _Evt
from diplokg.extract.text import SCAN, Scan, _fold, _rx, tokens

_CONF_SCAN = Scan(_CONF_NP, _CONF_HEADS, chunks=7)  # "last week's" + five words

_BODY_TYPES = frozenset({"government-body", "ministry", "agency", "company", "ngo"})
#: Where a named meeting can be: its name ends in one of these words, no more than 18
#: chunks after the match starts (a lead of 8: "the 13th round of the annual"; then a name
#: of up to 5 capitalised words, or of 7 with "ministers'" before a lower-case head).
_NAMED_CONF_SCAN = Scan(
    RX.NAMED_CONF,
    frozenset({"conference", "summit", "forum", "meeting", "meetings", "ministerial", "dialogue"}),
    chunks=20,
)


class ConferenceRules(Clauses):
    """Rules that find conferences, who attended them, and meetings named by their states."""

    def find_conferences(self) -> None:
        text = self.text
        by_subject: set[int] = set()  # conferences whose organiser is the clause's subject
        for m in self.scan_unquoted(_CONF_SCAN):
            head = m.group("head").lower()
            pre = (m.group("pre") or "").strip()
            org = None
            if m.group("of_org"):
                s = m.start("of_org")
                org = self.org_in(s, m.end("of_org"))
            elif m.group("of_body") and head in ("meeting", "session", "summit"):
                org = self.org_in(m.start("of_body"), m.end("of_body"))
            orgpre = m.group("orgpre")
            if org is None and (orgpre or pre):
                zone_s = m.start("orgpre") if orgpre else m.start("pre")
                for mm in self.mentions_between(zone_s, m.start("head")):
                    if self.ents[mm.key].is_org and self.ents[mm.key].type != "state":
                        org = mm.key
            is_ref = org is None and not m.group("of") and not orgpre and not pre
            if head == "talks":
                continue
            if is_ref:
                # "the meeting" / "the summit": the last conference, if any.
                if not self.events:
                    continue
                confs = [ev for ev in self.events if ev.kind in ("conference", "summit")]
                if not confs or m.group(0).split()[0].lower() not in ("the",):
                    continue
                if _rx(r"\s+(?:with|between)\b").match(text[m.end() : m.end() + 12]):
                    continue
                self.conf_refs.append((m.start(), m.end(), confs[-1].id))
                continue
            if org is None and pre and head in ("summit", "conference", "forum", "ministerial"):
                # "ECOWAS leaders will discuss the crisis at an extraordinary summit"
                subj = self.subject_before(m.start())
                if subj is not None and self.ents[subj].type in ("intergovernmental", "alliance"):
                    org = subj
                    by_subject.add(m.start())
            if org is None or self.ents[org].type == "state":
                continue
            kind = "summit" if head == "summit" else "conference"
            label_words = text[m.start() : m.end()]
            label = _rx(r"^(?:the|a|an|this)\s+", re.I).sub("", label_words)
            existing = next(
                (ev for ev in self.events if ev.kind == kind and ev.organizer == org), None
            )
            if existing is not None:
                existing.extra.append(m.span())
                self.conf_refs.append((m.start(), m.end(), existing.id))
                continue
            eid = self.new_id(f"{self.ents[org].name}-{head}")
            rule = (
                "event:conference-of-subject"
                if m.start() in by_subject
                else "event:conference-noun"
            )
            ev = _Evt(eid, (m.start(), m.end()), rule, 0.7, kind, "held")
            ev.organizer = org
            ev.label = label[:1].upper() + label[1:] if label else None
            # where: "travel to Jakarta to attend the meeting", "the summit in Vilnius"
            place = self.place_near(m.start(), m.end())
            if place:
                ev.place = place
                ev.explicit_place = True
            self.events.append(ev)
            self.conf_refs.append((m.start(), m.end(), eid))
        self._find_named_conferences()
        self._sitting_bodies_attended()
        # attendance: "to attend the meeting", "the presence at the meeting … of A, B and C"
        attended: tuple[int, int, str] | None = None  # (where "attend" starts, end, who)
        for s, e, eid in self.conf_refs:
            ev = next(x for x in self.events if x.id == eid)
            before = text[max(0, s - 90) : s]
            if ev.place is None:
                place = self.place_near(s, e)
                if place:
                    ev.place = place
                    ev.explicit_place = True
            am = RX.ATTEND_BEFORE.search(before)
            if (
                am
                and not am.group("neg")
                and not _rx(r"\bnot\b").search(
                    before[am.start() - 20 if am.start() >= 20 else 0 : am.start() + 1]
                )
            ):
                a_s = s - (len(before) - am.start())
                who = self.subject_before(a_s, persons_only=True)
                sent_start, sent_end = self.sent(a_s)
                fm = RX.FRONTED_OCCASION.fullmatch(text, sent_start, a_s)
                if who is None and fm is not None and fm.group("trip"):
                    # "On her visit to X, Y, to attend the Z summit, A raised …"
                    who = self.fronted_subject(e, sent_end)
                if who and who not in ev.participants and who != ev.organizer:
                    ev.participants.append(who)
                    ev.extra.append((a_s, e))
                    if not any(x[0] < a_s for x in ev.extra[:-1]) and RX.PLANNED_ATTEND.search(
                        text, max(self.sent(a_s)[0], a_s - 120), a_s
                    ):
                        # "will attend", "is due to attend", "will travel to X next week to
                        # attend": the conference is to come (its first attendance tells)
                        ev.status = "planned"
                attended = (s - (len(before) - am.start()), e, who) if who else None
            elif (fronted := self._fronted_attendee(self.sent(s)[0], s, e)) is not None:
                # "At the annual X Conference, A will speak with …": A attends
                who, f_end = fronted
                if who not in ev.participants and who != ev.organizer:
                    ev.participants.append(who)
                    ev.extra.append((self.sent(s)[0], f_end))
                    if RX.PLANNED.search(text, f_end, min(self.sent(s)[1], f_end + 30)):
                        ev.status = "planned"
                attended = None
            elif (
                attended is not None
                and RX.CONF_LIST_SEP.fullmatch(text, attended[1], s)
                and not RX.VERB_AFTER_CONF.match(text, e)  # "… and the NATO summit criticised"
            ):
                # "will attend the A Meeting, the B Meeting and the C summit": each of them
                who = attended[2]
                if who not in ev.participants and who != ev.organizer:
                    ev.participants.append(who)
                    ev.extra.append((attended[0], e))
                attended = (attended[0], e, who)
            else:
                attended = None
            wm = RX.ATTEND_AFTER.match(text, e)
            if wm:
                # "… a summit in Abuja on Thursday, which both A and B are expected to attend"
                lst = self.list_after(wm.end(), kinds=("person",))
                if lst and _rx(
                    r"\s+(?:are|were|is|was|will)\s+(?:(?:also\s+)?(?:expected|due|set|scheduled|"
                    r"going)\s+to\s+)?(?:attend|be\s+there|take\s+part)\b"
                ).match(text, lst[1]):
                    for k in lst[0]:
                        if k not in ev.participants:
                            ev.participants.append(k)
                    ev.extra.append((s, lst[1]))
            pm = _rx(r"\bpresence\s+(?:of\s+)?(?:at|in)\s+$").search(before)
            if pm:
                om = _rx(r"(?:\s+in\s+[A-Z][\w-]*(?:,\s+[A-Z][\w-]*)?)?,?\s+of\s+").match(
                    text[e : e + 60]
                )
                if om:
                    lst = self.list_after(e + om.end(), kinds=("org",))
                    if lst:
                        keys, lend = lst
                        for k in keys:
                            if k not in ev.participants and k != ev.organizer:
                                ev.participants.append(k)
                        ev.extra.append((s - (len(before) - pm.start()), lend))
        # a conference known only from the clause's subject needs someone attending it
        dropped = {
            ev.id
            for ev in self.events
            if ev.rule in ("event:conference-of-subject", "event:named-conference")
            and not ev.participants
        }
        if dropped:
            self.events = [ev for ev in self.events if ev.id not in dropped]
            self.conf_refs[:] = [r for r in self.conf_refs if r[2] not in dropped]

    def _find_named_conferences(self) -> None:
        """A meeting known only by its own name that someone attends, leads a delegation at
        or takes part in ("the Indian Ocean Conference", "the 13th round of the Islamic
        Summit Conference"): an organisation of that name (type group), whose conference
        the attendance in :meth:`find_conferences` gives its participant. Nobody attending
        (a name alone, "will not attend"): no conference."""
        text = self.text
        taken = [(s, e) for s, e, _ in self.conf_refs]
        listed_end = -1  # where the last named meeting someone attends ends
        for m in self.scan(_NAMED_CONF_SCAN):
            s, e = m.start("name"), m.end("name")
            if self.in_quote(s) or any(a < e and s < b for a, b in taken):
                continue
            sent_start = self.sent(s)[0]
            am = RX.ATTEND_BEFORE.search(text, max(sent_start, m.start() - 90), m.start())
            if (
                (am is None or am.end() != m.start())
                and not (
                    listed_end >= sent_start
                    and RX.NAMED_LIST_SEP.fullmatch(text, listed_end, m.start())
                )
                and self._fronted_attendee(sent_start, m.start(), e) is None
            ):
                continue  # (nor the next item of a list: "attend the A Meeting, B and C")
            if am is not None and am.group("neg"):
                continue
            mm = self.mention_at(s)
            own = RX.OWN_MEETING_OF.fullmatch(text, s, e)
            body = self._hyphen_body(s, e)
            if body is not None:
                # "the ASEAN-New Zealand Foreign Ministers' Meeting", "ASEAN-related
                # Meetings": the body the name opens with holds it
                org = body
            elif mm is not None and mm.end == e:
                if not self.ents[mm.key].is_org or self.ents[mm.key].type == "state":
                    continue
                org = mm.key
            elif (own_body := self._ministers_of_body(s, e)) is not None:
                org = own_body  # "the Council of Europe Ministers meeting": the Council's
            elif any(
                x.start < s
                or x.end > e
                or not (
                    self.ents[x.key].is_place
                    or x.how == "metonym"
                    # "the ASEAN Regional Forum": a body's name may open it
                    or (
                        x.start == s
                        and self.ents[x.key].is_org
                        and self.ents[x.key].type != "state"
                    )
                )
                for x in self.mens
                if x.start < e and s < x.end
            ):
                continue  # (a place may be inside: "the Lisbon Conference on River Basins")
            else:
                # "East Asia Summit Foreign Ministers' Meeting": the East Asia Summit's
                o_e = own.end(1) if own is not None else e
                ent = self.local_ent(text[s:o_e], "group", rule="entity:named-conference", conf=0.7)
                self.add_mention(s, o_e, ent.key, "name", 0.7)
                self.sort_mentions()
                org = ent.key
            if any(ev.organizer == org for ev in self.events):
                continue
            head = text[s:e].split()[-1].lower()
            kind = "summit" if head == "summit" else "conference"
            ev = _Evt(self.new_id(text[s:e]), (s, e), "event:named-conference", 0.7, kind, "held")
            ev.organizer = org
            ev.label = text[s:e]
            self.events.append(ev)
            self.conf_refs.append((m.start(), e, ev.id))
            taken.append((s, e))
            listed_end = e
        self.conf_refs.sort()

    def _ministers_of_body(self, s: int, e: int) -> str | None:
        """The body a meeting named at [s, e) is of, when its name is a body's (a known
        organisation's, not a state's) and then its ministers' or leaders' meeting ("the
        Council of Europe Ministers meeting", "the Arctic Council Foreign Ministers'
        Meeting"); None otherwise."""
        mm = self.mention_at(s)
        if mm is None or not self.ents[mm.key].is_org or self.ents[mm.key].type == "state":
            return None
        tail = RX.MINISTERS_MEETING.fullmatch(self.text, mm.end, e)
        return mm.key if tail is not None else None

    def _fronted_attendee(self, sent_start: int, s: int, e: int) -> tuple[str, int] | None:
        """Who attends the conference named at [s, e) as the opening phrase of a sentence
        ("At the annual X Conference on Y, A will speak with …", "At the NATO summit in
        Vilnius, A met …"): the lone person after the phrase's comma, and where the name
        ends; none when the phrase goes on to other things."""
        text = self.text
        fm = RX.FRONTED_OCCASION.fullmatch(text, sent_start, s)
        if fm is None or fm.group("trip") or self.in_quote(s):
            return None
        sent_end = self.sent(s)[1]
        cm = RX.CONF_SETTING_TAIL.match(text, e, sent_end)
        if cm is None:
            return None
        who = self.fronted_subject(text.rfind(",", e, cm.end()), sent_end, reach=4)
        if who is None:
            return None
        lst = self.list_after(cm.end(), kinds=("person",))
        return who, lst[1] if lst else cm.end()

    def _hyphen_body(self, s: int, e: int) -> str | None:
        """The organisation (never a state) a meeting's name opens with, joined by a hyphen
        to the rest ("ASEAN-Japan Summit", "EU-related Meetings"); its mention added."""
        hm = _rx(r"([A-Z][\w.&]*)[-–](?=[A-Z]|related\b)").match(self.text, s, e)
        if hm is None:
            return None
        mm = self.mention_at(s)
        if mm is not None and mm.end == hm.end(1):
            ok = self.ents[mm.key].is_org and self.ents[mm.key].type != "state"
            return mm.key if ok else None
        if mm is not None:
            return None
        words = tuple(_fold(t) for _, _, t in tokens(hm.group(1)))
        for cand in self.lex.forms.get(words, []):
            if cand.type not in ("state", "person") and cand.capital_of is None:
                key = self.ensure(cand.key)
                if key is not None and self.ents[key].is_org:
                    self.add_mention(s, hm.end(1), key, "name", 0.7)
                    self.sort_mentions()
                    return key
        return None

    def _sitting_bodies_attended(self) -> None:
        """'A, attending the annual UN General Assembly in New York, held …', 'A travelled
        to Qatar to attend the Forum for the Future', 'Addressing an emergency session of
        the Human Rights Council in Geneva, A said': a body that sits in session (see
        RX.SITTING_BODY), attended or addressed by its name alone, holds a conference its
        attendee (the clause's subject, a person) takes part in, where the text says it
        is; never in a clause that denies it or tells what might be (rule
        ``event:body-attended``)."""
        text = self.text
        for m, sent_start, sent_end in self.asserted(self.scan(SCAN.ATTENDED_BODY), 40):
            body = self.mention_at(m.end())
            if (
                body is None
                or not self.ents[body.key].is_org
                or self.ents[body.key].type == "state"
                or not RX.SITTING_BODY.fullmatch(self.ents[body.key].name)
                or self._hypothetical(sent_start, m.start())
            ):
                continue
            if text.startswith(("attending", "addressing"), m.start()) and not _rx(r",\s*$").search(
                text, sent_start, m.start()
            ):
                continue  # ("ministers attending the General Assembly": theirs, not the subject's)
            who = self.subject_before(m.start(), persons_only=True) or self.fronted_subject(
                m.start(), sent_end
            )
            if who is None:
                continue
            ev = next(
                (x for x in self.events if x.kind == "conference" and x.organizer == body.key),
                None,
            )
            if ev is None:
                ev = _Evt(
                    self.new_id(f"{self.ents[body.key].name}-session"),
                    (m.start(), body.end),
                    "event:body-attended",
                    0.6,
                    "conference",
                    "held",
                )
                ev.organizer = body.key
                place = self.place_near(body.start, body.end)
                if place is not None:
                    ev.place, ev.explicit_place = place, True
                if RX.PLANNED_ATTEND.search(text, max(sent_start, m.start() - 120), m.start()):
                    ev.status = "planned"
                self.events.append(ev)
            if who not in ev.participants:
                ev.participants.append(who)
                ev.extra.append((m.start(), body.end))
            self.conf_refs.append((body.start, body.end, ev.id))

    def place_near(self, s: int, e: int) -> str | None:
        text = self.text
        after = text[e : e + 40]
        m = _rx(r"\s+(?:in|at)\s+").match(after)
        if m:
            mm = self.mention_at(e + m.end())
            if mm and self.ents[mm.key].is_place:
                return mm.key
            if mm and mm.how == "metonym":
                return None
        before = text[max(0, s - 60) : s]
        before = text[max(0, s - 140) : s]
        m2 = _rx(
            r"\b(?:(?:travel(?:led|ed)?|go|went|fly|flew|come|came)\s+to|visit(?:ing|ed|s)?|"
            r"(?:his|her|their)\s+(?:[\w-]+\s+)?(?:visit|trip)\s+to)\s+"
            r"(?P<p>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)(?:,\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?,?\s+to\s+"
            r"(?:attend|join)\s+$|"
            # "in Beijing, the People's Republic of China, where he was visiting to attend"
            r"\bin\s+(?P<w>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)(?:,\s+[^,.;]{3,60},)?\s+where\s+\w+\s+"
            r"(?:was|is|were|are)\s+visiting\s+to\s+(?:attend|join)\s+$"
        ).search(
            before
        )  # ("was visiting Beijing to attend", "during his visit to New York to attend")
        if m2:
            ps = s - (len(before) - m2.start("p" if m2.group("p") else "w"))
            mm = self.mention_at(ps)
            if mm and self.ents[mm.key].is_place:
                return mm.key
        return None

    def find_conference_attendees(self) -> None:
        """Who else attended a conference: each of a coordinated subject ('A and B
        attended the G7 summit'), one who addressed or chaired it ('A addressed the UN
        General Assembly'), and those it 'was attended by'."""
        text = self.text
        events = {x.id: x for x in self.events}
        for s, e, eid in self.conf_refs:
            ev = events.get(eid)
            if ev is None or self.in_quote(s):
                continue
            sent_start, sent_end = self.sent(s)
            who: list[str] = []
            lo, end = s, e
            am = RX.ATTENDED_CONF_BEFORE.search(text, max(sent_start, s - 40), s)
            if am is not None and not (
                _negation(text[max(sent_start, am.start() - 30) : am.start()])
                or self._hypothetical(sent_start, am.start())
            ):
                group = self._subject_list(sent_start, am.start())
                who = [k for k in group if self.ents[k].is_person]
                subj = None if who else self.subject_before(am.start(), persons_only=True)
                who = who or ([subj] if subj else [])
                lo = self._clause_start(sent_start, am.start(), who[0]) if who else s
            bm = RX.ATTENDED_BY_AFTER.match(text, e, sent_end)
            if bm is not None:
                lst = self.list_after(bm.end(), kinds=("person", "org"))
                if lst is not None:
                    who += [k for k in lst[0] if self.ents[k].is_person]
                    end = lst[1]
            new = [k for k in dict.fromkeys(who) if k not in ev.participants and k != ev.organizer]
            if new:
                ev.participants.extend(new)
                ev.extra.append((min(lo, s), end))

    def _hyphen_state(self, start: int, end: int) -> str | None:
        """The state one part of a hyphenated name names ("U.S.", "North Korea", "ROK"):
        the state mentioned there, else the lexicon's state of that name."""
        mm = self.mention_at(start)
        if mm is not None and mm.end <= end and self.ents[mm.key].type == "state":
            return mm.key
        for cand in self.lex.forms.get(tuple(t for _, _, t in tokens(self.text[start:end])), []):
            if cand.type == "state" and cand.capital_of is None:
                return self.ensure(cand.key)
        return None

    def _person_states(self, key: str) -> set[str]:
        """The states a person serves: their own and those of the posts the text gives."""
        own = {self.ents[key].country} | {
            p.org for p in self.positions if p.holder == key and p.status == "current"
        }
        return {k for k in own if k is not None and self.ents[k].type == "state"}

    def _date_meetings_of_a_round(self) -> None:
        """A round of meetings told first as a whole, then one by one (news round-ups:
        "Secretary-General A discussed a range of issues in meetings with foreign ministers
        at UN Headquarters in New York today." … "In his meeting with B, …"): each
        meeting of A told after that lead with no day or place of its own is held on the
        lead's day, in the lead's place (rule ``meeting:day-of-round``). The lead is a
        sentence of plural "meetings" or "talks" with or between a range of leaders, or
        "discussed … with a range of leaders", with a day; one of its persons holds each
        meeting of the round (the place: a known place after "in" or "at" in the lead)."""
        text = self.text
        for lm in self.scan(SCAN.ROUND_LEAD):
            sent_start, sent_end = self.sent(lm.start())
            if self._headline_para(lm.start()):
                continue
            date = self.date_near(lm.start())
            res = self.resolve(text[date[0] : date[1]]) if date else None
            if date is None or res is None or not res.value or len(res.value) != 10:
                continue
            persons = {
                mm.key
                for mm in self.mentions_between(sent_start, sent_end)
                if self.ents[mm.key].is_person
            }
            if not persons:
                continue
            place = next(
                (
                    mm.key
                    for mm in self.mentions_between(sent_start, sent_end)
                    if self.ents[mm.key].is_place
                    and _rx(r"\b(?:in|at)\s+(?:the\s+)?$").search(text, mm.start - 8, mm.start)
                ),
                None,
            )
            for ev in self.events:
                if (
                    ev.kind != "meeting"
                    or len(persons & set(ev.participants)) != 1
                    or ev.span[0] < sent_end
                    or ev.status != "held"
                    or ev.occasion is not None
                ):
                    continue
                vague = (
                    ev.date is not None and ev.date[0] >= ev.span[1] and not self.day_named(ev.date)
                )
                if ev.date is None or vague:
                    # (a vague date after the meeting's words is another event's: "… and
                    # follow-up to the Chicago Summit held earlier this year")
                    ev.date = date
                    ev.rule = "meeting:day-of-round"
                    if ev.place is None:
                        ev.place = place

    def _date_meetings_of_a_lede(self) -> None:
        """'The United States and China agreed Wednesday to … . U.S. Secretary of State A met
        with China's foreign minister B in Beijing': a meeting of persons told with no day,
        right after a sentence of its paragraph whose subject is the persons' states and
        which gives one day, is held that day (a wire story's lede and its second
        sentence; rule ``meeting:day-of-lede``)."""
        for ev in self.events:
            if ev.kind != "meeting" or ev.date is not None or ev.status != "held":
                continue
            persons = [k for k in ev.participants if self.ents[k].is_person]
            if len(persons) < 2 or len(persons) != len(ev.participants):
                continue
            sent_start, _ = self.sent(ev.span[0])
            if sent_start == 0 or self.in_quote(ev.span[0]):
                continue
            prev_start, prev_end = self.sent(sent_start - 1)
            if self.para(prev_start) != self.para(sent_start) or self._headline_para(prev_start):
                continue
            days = [
                d
                for d in self.dates
                if prev_start <= d[0] < prev_end and not self.in_quote(d[0]) and self.day_named(d)
            ]
            if len(days) != 1:
                continue
            subject = self.mentions_between(prev_start, days[0][0])
            states = {mm.key for mm in subject if self.ents[mm.key].type == "state"}
            if len(states) < 2 or len(states) != len(subject):
                continue
            served = [self._person_states(k) for k in persons]
            if all(len(own) == 1 for own in served) and set().union(*served) == states:
                ev.date = days[0]
                ev.rule = "meeting:day-of-lede"

    def _date_meetings_after_the_event(self) -> None:
        """ "A participated today in a meeting at X … After the retreat, A and B had a
        bilateral meeting in Berlin": a meeting told with no day, in a sentence that opens
        after the event told just before ("After the retreat,", "Following the talks,"),
        is held the day of that event, when the event has one (rule
        ``meeting:day-after-event``)."""
        text = self.text
        for ev in self.events:
            if ev.kind != "meeting" or ev.date is not None or ev.status != "held":
                continue
            if not all(self.ents[k].is_person for k in ev.participants):
                continue  # (persons who were there; a state's meeting read from them is not)
            sent_start, _ = self.sent(ev.span[0])
            if not RX.AFTER_THE_EVENT.match(text, sent_start) or self.in_quote(ev.span[0]):
                continue
            before = [
                e
                for e in self.events
                if e.kind in ("meeting", "conference", "summit")
                and e.span[0] < sent_start
                and self.para(ev.span[0]) - self.para(e.span[0]) <= 1
            ]
            last = max(before, key=lambda e: e.span[0]) if before else None
            if last is not None and last.date is not None and self.day_named(last.date):
                ev.date = last.date
                ev.rule = "meeting:day-after-event"

    def find_named_state_meetings(self) -> None:
        """A meeting named by the states that hold it ("the recent U.S.-North Korea
        Summit", "a Japan-Russia vice-ministerial-level consultation will be held"): a
        meeting of those states. Not when the sentence tells a meeting already (it names
        that one: "just before his meeting with B"), nor when the meeting of persons of
        those states is told in its paragraph or the next (a headline's or a readout's
        name of it: it gives that meeting its date and place, if it had none), nor when
        the sentence names two or more bodies before it (theirs: "the Department of
        Commerce … the Ministry of Culture … the U.S.-China Tourism Leadership Summit")."""
        self._date_meetings_of_a_round()  # (after every meeting of persons, too)
        self._date_meetings_of_a_lede()
        self._date_meetings_after_the_event()
        text = self.text
        if RX.STATES_HYPHEN.search(text) is None:  # ("U.S.-North Korea": in every match)
            return
        for m in RX.NAMED_STATES_MEETING.finditer(text):
            s = m.start()
            where = self.asserted_sentence(s, 40)
            if where is None:
                continue
            sent_start, sent_end = where
            if RX.HYPOTHETICAL_BEFORE.search(text[max(sent_start, s - 30) : s]) or _rx(
                r"\b(?:could|would|might|may|if|whether)\s+(?:\w+\s+){0,2}$"
            ).search(text, max(sent_start, s - 40), s):
                continue  # ("could hold a A-B summit", never "would like to implement …")
            states: list[str] = []
            pos = m.start("states")
            parts = m.group("states").split("-")
            for i, part in enumerate(parts):
                words = part.split(" ")
                key = self._hyphen_state(pos, pos + len(part))
                if key is None and len(words) == 2 and i == len(parts) - 1:
                    key = self._hyphen_state(pos, pos + len(words[0]))  # "Kenya Summit"
                if key is None and len(words) == 2 and i == 0:
                    key = self._hyphen_state(
                        pos + len(words[0]) + 1, pos + len(part)
                    )  # "Sixth Norway"
                if key is None:
                    break
                states.append(key)
                pos += len(part) + 1
            else:
                if len(set(states)) < 2:
                    continue
                self._named_state_meeting(list(dict.fromkeys(states)), m, sent_start, sent_end)

    def _named_state_meeting(
        self, states: list[str], m: re.Match[str], sent_start: int, sent_end: int
    ) -> None:
        s = m.start()
        if self.meeting_told_in(sent_start, sent_end):
            return  # the sentence tells its meeting of persons
        bodies = {
            mm.key
            for mm in self.mentions_between(sent_start, s)
            if self.ents[mm.key].type in _BODY_TYPES
        }
        if len(bodies) >= 2:
            return
        persons_met = [
            ev
            for ev in self.events
            if ev.kind == "meeting" and any(self.ents[k].is_person for k in ev.participants)
        ]
        if persons_met and self._headline_para(s):
            return  # a headline names the article's meeting of persons
        for ev in persons_met:
            if abs(self.para(ev.span[0]) - self.para(s)) > 1:
                continue
            covered: set[str] = set()
            for k in ev.participants:
                covered |= {k} if self.ents[k].type == "state" else self._person_states(k)
            # (not a meeting of the paragraph whose states differ on both sides: "in holding
            # talks with B of Y today, A of X …; the X-Z summit last week" is another)
            other = bool(covered - set(states)) and bool(set(states) - covered)
            if set(states) <= covered or (self.para(ev.span[0]) == self.para(s) and not other):
                # the persons' meeting the name tells: its date and place, if it had none
                if ev.date is None:
                    ev.date = self.date_near(s)
                if ev.place is None:
                    ev.place = self._meeting_place(s, s, sent_start, sent_end)
                return
        if any(ev.kind == "meeting" and set(ev.participants) == set(states) for ev in self.events):
            return  # (which of the states' meetings it names, the text does not say)
        self.add_meeting(states, (s, m.end()), s, "meeting:named-states", 0.6)
        # dated only by a date right after its name ("… Summit meeting on July 6"), never
        # by another clause's ("… sent from August 16 to 20, that a … consultation will")
        dm = _rx(
            r"(?:\s+(?:meeting|summit|talks))?(?:\s+(?:held|to\s+be\s+held))?(?:\s+(?:in|at)\s+[A-Z][\w’'-]*)?\s+"
        ).match(self.text, m.end())
        own = next(
            (
                d
                for d in self.dates
                if dm is not None and _rx(r"(?:on\s+)?").fullmatch(self.text, dm.end(), d[0])
            ),
            None,
        )
        for ev in self.events:
            if ev.rule == "meeting:named-states" and ev.span == (s, m.end()):
                ev.date = own
