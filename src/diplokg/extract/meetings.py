"""Events: conferences and their attendees, meetings (held, planned or cancelled), talks
and signings."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from diplokg.extract.clauses import Clauses
from diplokg.extract.gathering import _SIGNED_OF
from diplokg.extract.patterns import _LOWER_ROLE, _MET_BODIES, _SAID_AFTER_NAME, _negation
from diplokg.extract.regexes import RX
from diplokg.extract.state import _Men
from diplokg.extract.text import Scan, _fold, _rx, head_scan
from diplokg.gazetteer import ORG_HEADS, PLACE_HEADS

#: Last words that make a name a setting (a building, a body's seat), never a guest.
_SETTING_HEADS = frozenset(ORG_HEADS) | frozenset(PLACE_HEADS)

#: Words that tell what a meeting was like ("a productive working meeting", "warm and
#: useful talks"), before its noun in _MEET.
_MEETING_QUALITY = (
    r"(?:(?:very\s+|most\s+|highly\s+)?(?:warm|productive|constructive|cordial|good|useful|"
    r"fruitful|frank|long|lengthy|brief|bilateral|first|separate|joint|private|friendly|"
    r"substantive|positive|candid|in-depth|wide-ranging|working|successful|official|extended|"
    r"formal|informal|trilateral|one-on-one|face-to-face|closed-door|short)(?:\s+and|,)?\s+){0,3}"
)
#: Where a meeting's noun says it was held before its parties: "the summit at the Akasaka
#: Palace between A and B", "talks in Talvi between A and B" (see _MEET, _NOUN_BETWEEN).
_NOUN_SETTING = r"(?:(?:at|in)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3},?\s+)"
#: What two sides joined for that makes their joining a meeting (see _MEET's "joined").
_JOINED_FOR = (
    r"\bfor\s+(?:talks|discussions|consultations|(?:an?|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:meeting|talks|lunch|luncheon|dinner|breakfast|discussion|session))\b"
)
_MEET = re.compile(
    r"\b(?P<trig>(?:was|were)\s+(?:also\s+|later\s+|then\s+)?(?:warmly\s+|cordially\s+)?(?:received|hosted|welcomed|greeted)\s+"
    r"(?:in\s+audience\s+)?(?:[^.;“”]{0,60}?\s)?by|"
    # "A was joined by B for talks", "A joined B for a working lunch": joined for a meeting
    r"(?:(?:was|were)\s+(?:also\s+|later\s+|then\s+)?joined\s+by|joined)(?=\s[^.;“”]{0,120}?"
    + _JOINED_FOR
    + r")|"
    r"(?:met|meets|meet|[Mm]eeting|meetings(?=\s+with\s)|(?:summit|handshake)(?=\s+"
    + _NOUN_SETTING
    + r"?between\s)|"
    # "the signing of an agreement between A and B in X on 4 March": a signing session
    r"(?<=\sthe\s)signing(?=\s+" + _SIGNED_OF + r"between\s)|"
    r"(?<=[’']s\s)summit(?=(?:\s+(?:on|last|this)\s+[A-Z]?[a-z]+|\s+yesterday|\s+today)?\s+with\s)|held\s+talks|holds\s+talks|hold\s+talks|holding\s+talks|"
    # "A and B will hold the sixth annual A-B Foreign Ministers' Meeting": a named meeting
    r"(?:held|holds|hold|holding)\s+the\s+(?:(?:first|second|third|fourth|fifth|sixth|seventh|"
    r"eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:(?:iteration|round|session|edition)\s+of\s+the\s+)?)?(?:annual\s+|inaugural\s+)?"
    r"(?:(?!(?:Telephone|Phone|Video|Virtual)\b)[A-Z][\w’'.-]*\s+){1,5}"
    r"(?:Meeting|Dialogue|Consultations|Talks)(?![\w-])|"
    r"(?:held|holds|hold|holding)\s+(?:separate\s+|bilateral\s+|further\s+|direct\s+)?"
    r"(?:consultations|discussions)|"
    # "A and B held a productive working meeting", "A and B had a warm and productive
    # meeting", "A had talks with B", "A and B held a working breakfast", "A held his
    # first trilateral meeting with B and C", "A held the summit with B"
    r"(?:held|holds|hold|holding|had|has|have|having)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?"
    + _MEETING_QUALITY
    + r"(?:meeting|summit|talks|discussions|working\s+(?:breakfast|lunch|luncheon|dinner))|"
    r"(?:had|has|have|having)\s+(?:an?\s+)?" + _MEETING_QUALITY + r"conversation|"
    r"[Tt]alks|(?:(?<=[’'s]\s)|(?<=[Hh]er\s))talk|"
    # "A is in Moscow to talk to B", as "… to meet B" (see _MEET_SCAN's head words)
    r"(?<=\sto\s)talk\s+to(?=\s+[A-Z])|sat\s+down|sits?\s+down|sitting\s+down|"
    # "a meeting expected to lead to a sit-down with B": a meeting's noun
    r"(?<=\sa\s)sit-down(?=\s+with\s)|"
    # "A said at a joint press conference with B": who face the press together have met
    # (not "A held a joint press conference with B and C" at the end of a summit)
    r"(?:(?<=\sat\sa\s)|(?<=\sin\sa\s))joint\s+(?:press|news)\s+conference(?=\s+with\s)|"
    r"received|receives|hosted|hosts|host|(?:played|plays|playing)\s+host\s+to|"
    r"welcomed|(?<=will\s)welcome|greeted|summoned|summons|called\s+on|calls\s+on|"
    r"(?<=will\s)call\s+on|signed|finali[sz]ed|initialled|inked|"
    r"(?:paid|pays|pay|paying)\s+(?:an?\s+)?(?:courtesy\s+|official\s+|farewell\s+|brief\s+)?call\s+on|"
    r"convened|convenes|consult(?:ed|s|ing)\s+with|confer(?:red|s)?\s+with|(?:spoke|speaks)\s+with|co-chaired|co-chairs|co-chair|co-hosted|"
    r"discussed|reviewed|exchanged\s+views)"
    r"(?:\s+(?:with|up\s+with))?)\b"
)
# (by hand: the triggers of _MEET that tell a signing, a part of what it matches)
_SIGNING_TRIGGERS = frozenset({"signed", "finalised", "finalized", "initialled", "inked"})
# "A and B discussed …": a meeting only of a named subject of two or more persons
_DISCUSS_TRIGGERS = frozenset({"discussed", "reviewed", "exchanged views"})
#: Between a state and the holder of its title: "'s Minister of the People's Power for
#: Energy " (capitalised words and their joints only; see _state_title_holder)
#: Between a state and the holder of its title apposed after it, in lower case: "met US
#: special envoy on Afghan peace reconciliation, B,", "meets US envoy B" (see
#: _state_title_holder).
_STATE_LOWER_TITLE_GAP = re.compile(
    r"\s+(?:(?:acting|new|top|chief|senior|special|deputy)\s+)*(?i:"
    + _LOWER_ROLE
    + r")(?:\s+(?:on|for|to)\s+[^,;.()]{1,60})?,?\s+"
)
_MEET_SCAN = head_scan(_MEET)
#: What a name owns when it is no guest (see MeetingRules._possessor_only): "’s decision",
#: "’s deputy" (never its people: "’s foreign minister", "’s delegation", "’s government").
_POSSESSED_THING = re.compile(
    r"[’']s\s+(?!(?i:(?:acting|new|top|chief|senior|own)\s+)?(?i:"
    + _LOWER_ROLE
    + r"|counterpart|delegation|government|people|leaders?|officials?|representatives?|"
    # ("welcomed the UK's leadership on education": a role played, not the leaders)
    r"team|leadership(?!\s+(?:on|over|role|in\s+(?:the\s+)?(?-i:[a-z])))|authorities|head|cabinet|"
    r"negotiators?|envoys?)\b)[a-z]"
)
_MINISTER_FIELD = r"(?:foreign|defen[cs]e|finance|trade|security|interior|justice|energy)"
_MINISTERS_FROM = re.compile(  # "host a meeting of foreign ministers from A, B and C"
    r"\b(?:(?:host|hosts|hosted|hosting|attend|attends|attended|attending|chair|chairs|chaired|"
    r"chairing|convene|convenes|convened)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:meeting|talks|dinner|session)\s+(?:of|with)|"
    # "met with foreign and security ministers from A, B, C and D"
    r"(?:met|meets|meet)\s+(?:today\s+|jointly\s+|together\s+)?with)\s+(?:the\s+)?"
    rf"(?:{_MINISTER_FIELD}\s+(?:and\s+{_MINISTER_FIELD}\s+)?)?"
    r"(?:ministers|leaders|counterparts)\s+from\s+(?:the\s+)?"
)
_MINISTERS_FROM_SCAN = head_scan(_MINISTERS_FROM)
# (by hand: "ministers", two chunks in, is rarer than the pattern's first word "the")
_MINISTERS_OF_STATES_SCAN = Scan(RX.MINISTERS_OF_STATES, frozenset({"ministers"}), chunks=2)
_THEN_MET = re.compile(
    r",?\s+(?:have\s+|had\s+|will\s+)?(?:met|meet|held\s+talks|hold\s+talks|gathered|"
    # "the Prime Ministers of A and B had a bilateral meeting in X"
    r"(?:had|held|will\s+hold|will\s+have)\s+(?:an?\s+)?"
    + _MEETING_QUALITY
    + r"(?:meeting|talks))\b"
)

#: The organisations a sentence names before a named meeting, when two or more are the
#: meeting's own ("the Department of Commerce … with the Ministry of Culture … the revival
#: of the U.S.-China Tourism Leadership Summit"): then the states do not hold it.
# "talks Monday between A and B", "a meeting on Friday between A and B": the day told
# between the noun and its parties (resolved by date_near from the trigger)
_NOUN_BETWEEN = re.compile(
    r"(?:[Mm]eeting|summit|handshake|[Tt]alks|signing\s+"
    + _SIGNED_OF
    + r")\s*"
    + _NOUN_SETTING
    + r"?(?:(?:on\s+|last\s+|this\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+\d{1,2})(?:\s+(?:morning|afternoon|evening|night))?,?\s+)?"
    # (where, before or after the day: "the meeting on Monday in Talvi between A and B")
     + _NOUN_SETTING + r"?"
    # "A one-on-one meeting took place between A and B at …": the meeting told before
    r"(?P<took>(?:took|takes|will\s+take)\s+place\s+|(?:was|is|will\s+be)\s+held\s+)?"
    r"between\s+"
)


class MeetingRules(Clauses):
    """Rules that find conferences, meetings, talks and signings."""

    # -- events ---------------------------------------------------------------

    def find_meetings(self) -> None:
        self._title_meeting()
        self._meetings_of_ministers_from()
        self._invited_attendance()
        self._briefed_bodies()
        self._held_at_the_invitation()
        self._attended_at_the_invitation()
        self._their_meeting_fronted()
        text = self.text
        for m, sent_start, sent_end in self.asserted(self.scan(_MEET_SCAN)):
            s = m.start()
            trig = m.group("trig")
            low = trig.lower()
            if RX.HYPOTHETICAL_BEFORE.search(text[max(sent_start, s - 30) : s]):
                continue
            if RX.DENIED_BEFORE.search(text, sent_start, s):
                continue  # "A denied that she had met B", "denied reports that A met B"
            if "conversation" in low and RX.REMOTE.search(text, sent_start, sent_end):
                continue  # "had a conversation by phone": a call, no meeting
            if RX.REMOTE_BEFORE.search(text, max(sent_start, s - 12), s) or (
                RX.REMOTE_AFTER.match(text, m.end(), sent_end)
            ):
                continue  # "held telephone talks with B", "held talks via video link": a call
            if self._untaken_trip_purpose(s, sent_start):
                continue
            if self.fronted_participle(s, sent_start) is not None and not (
                low.startswith("meeting") and text[s] == "M"
            ):
                continue  # "In holding talks with B today, A …": ParticipleRules'
            if low.startswith(("called on", "calls on", "call on")) and RX.CALL_DEMAND.match(
                text, m.end()
            ):
                continue  # "called on X to stop …" is a demand (see _demands), not a visit
            if low.startswith(("meeting", "summit", "handshake", "signing")) and not low.endswith(
                "with"
            ):
                # "the summit between the leaders of A and B" (only so: see _MEET), "there
                # was a handshake between A and B"
                bm = _NOUN_BETWEEN.match(text, s)
                lst = self.list_after(bm.end()) if bm else None
                if lst and "\n" in text[s : lst[1]]:
                    lst = None  # a list does not run into the next line (a dateline, a title)
                if lst and self._speculated_meeting(s, lst[1], sent_end):
                    continue
                if lst and low == "signing" and not all(self.ents[k].is_person for k in lst[0]):
                    continue  # ("the signing of the accord between A and B": the states')
                if lst and len(lst[0]) >= 2:
                    # "the meeting between the President of A and the President of B"
                    rule = "meeting:took-place-between" if bm and bm.group("took") else ""
                    self.add_meeting(
                        lst[0], (s, lst[1]), s, rule or "meeting:meeting-between", 0.65
                    )
                    continue
            if low.startswith("talk") and not low.endswith(("with", " to")):
                if self._owned_talks(m, sent_start, sent_end) or low == "talk":
                    continue
                bm = _NOUN_BETWEEN.match(text, s, sent_end)
                lst = self.list_after(bm.end()) if bm else None
                if lst and len(lst[0]) >= 2:
                    self.add_meeting(lst[0], (s, lst[1]), s, "meeting:talks-between", 0.7)
                elif lst is None:  # (also "talks between 2014 and 2022": no parties named)
                    self._talks_of_subjects(m, sent_start, sent_end)
                continue
            if _rx(r"\s+").sub(" ", low) in _DISCUSS_TRIGGERS:
                # "A and B discussed …", "A and B have reviewed …" (never "A discussed X
                # with B": the topic would be taken for a guest)
                if (
                    _rx(
                        # (or a title and its holder's name in apposition: "A and the Minister
                        # for Foreign Affairs of Greece, B, discussed")
                        r"\b(?:and|with)\s+(?:[\w’'-]+\s+){0,6}$|"
                        r"\band\s+(?:[\w’'-]+\s+){1,8}?[\w’'-]+,\s+(?:[\w’'.-]+\s+){0,4}[\w’'.-]+,\s+$"
                    ).search(text, max(sent_start, s - 120), s)
                    is None
                    and not _rx(r"\b(?:have|has|had|jointly|also)\s+$").search(
                        text, max(sent_start, s - 12), s
                    )
                    and not self._talks_of_the_two(sent_start, s)
                ):
                    continue
                # "A and the Minister for Foreign Affairs of Greece, B, discussed": B holds
                # the title, A is named before "and the"
                if RX.DURING_THE_MEETING.match(text, sent_start) and any(
                    ev.kind == "meeting" and ev.span[0] < sent_start for ev in self.events
                ):
                    continue  # "During the meeting, A and B discussed …": the one told
                group = self._apposed_title_pair(sent_start, s) or self._subject_list(sent_start, s)
                persons = [k for k in group if self.ents[k].is_person]
                para_start = self.para_starts[self.para(s)]
                if RX.REMOTE.search(text, para_start, sent_end) or self._after_a_call(sent_start):
                    continue  # "a teleconference between A and B. … they exchanged views"
                if len(persons) >= 2 and len(persons) == len(group):
                    self.add_meeting(
                        persons,
                        (max(sent_start, self._clause_start(sent_start, s, persons[0])), m.end()),
                        s,
                        "meeting:discussed",
                        0.6,
                    )
                continue
            if low.startswith(("was ", "were ")):  # "was (also) received by"
                lst = self.list_after(m.end(), kinds=("person",))
                subj = self.subject_before(s, persons_only=True)
                if lst and subj:
                    ev_s = self._clause_start(sent_start, s, subj)
                    joined = [k for k in lst[0] if k != subj and self.ents[k].is_person]
                    if "joined" in low and len(joined) >= 2:
                        # "A was joined by B and C for talks": one meeting of them all
                        self.add_meeting(
                            [subj, *joined], (ev_s, lst[1]), s, "meeting:joined-by", 0.7
                        )
                        continue
                    for obj in lst[0]:
                        if obj != subj and self.ents[obj].is_person:
                            self.add_meeting(
                                [subj, obj], (ev_s, lst[1]), s, "meeting:received-by", 0.7
                            )
                continue
            after = m.end()
            if not low.endswith("with"):
                after = self._with_after_date(after)
                if after == m.end() and low in ("received", "receives", "hosted", "hosts", "met"):
                    after = self._guest_after_setting(after, sent_end)
            met_with = (
                low.endswith("with")
                or (after > m.end() and low in ("met", "meets"))
                or low.startswith("convene")
            )
            if met_with:
                # "met with members of the X Commission": the body is met
                mo = (
                    RX.MEMBERS_OF_BODY.match(text, after)
                    or RX.DESCRIBED_MEMBERS_OF_BODY.match(text, after)
                    or RX.GROUP_THEN_COLON.match(text, after, sent_end)
                )  # (or "met with the ambassadors recently accredited to X: A; B; and C")
                after = mo.end() if mo else after
                # "his meeting with the South-east Asian nation's Foreign Minister, B": B
                do = RX.DESCRIBED_STATE_TITLE.match(text, after)
                after = do.end() if do else after
            lst = self.list_after(after, kinds=("person", "org"))
            if lst is not None and RX.PARAGRAPH_BREAK.search(text, m.end(), lst[1]):
                # "… US state sec. hold meeting⏎⏎Turkey's Foreign Minister A …": a headline
                # with no full stop ends at its line; the next paragraph's names are not met
                lst = None
            each_on = False  # "called on A, and on B": one call on each
            if lst is not None and low.startswith(
                ("called on", "calls on", "call on", "paid", "pays")
            ):
                called = len(lst[0])
                lst = self._calls_on_more(lst, sent_end)
                each_on = len(lst[0]) > called
                if RX.CALL_DEMAND.match(text, lst[1]):
                    continue  # "called on A, and on B to stop …": a demand of both
            semis = False
            if lst is not None and met_with:
                lst, semis = self._semicolon_guests(lst, sent_end)
            if low.startswith(("spoke", "speaks")) and (
                not semis or RX.REMOTE.search(text, sent_start, sent_end)
            ):
                # "spoke with A" alone is as often a call; "spoke with A, title; B, title;
                # C" is a round of talks in person, one with each
                continue
            objs: list[str] = []
            lend = m.end()
            dm = RX.DEMONYM_GROUP.match(text, after) if met_with else None
            if dm is not None:
                # "met with a Russian delegation", "meetings with French officials": the state
                state = self.ensure(self.demonyms.get(_fold(dm.group("dem"))))
                if state is not None:
                    lst = ([state], dm.end())
            if lst is not None:
                objs = [k for k in lst[0] if self.ents[k].is_person or self.ents[k].type == "state"]
                if not objs and met_with:
                    # "met today with the Referendum Commission and the Red Cross": a
                    # person meets bodies (never a newspaper or a company)
                    objs = [k for k in lst[0] if self.ents[k].type in _MET_BODIES]
                lend = lst[1]
                listed = self.mentions_between(after, lend)
                for prev, mm in itertools.pairwise(listed):
                    if _SAID_AFTER_NAME.match(text, mm.end):
                        # "… met B, his spokesman said": the speaker is no guest
                        objs = [k for k in objs if k != mm.key]
                        lend = prev.end
                        break
                if low.startswith(("called on", "calls on", "call on", "summon", "paid", "pays")):
                    objs = [k for k in objs if self.ents[k].is_person]
                held = self._state_title_holder(objs, after, lend, sent_end)
                if held is not None:
                    objs, lend = held
                objs = [k for k in objs if not self._possessor_only(k, after, lend)]
            if low in _SIGNING_TRIGGERS and self._passive_signing(m, sent_start, sent_end):
                continue
            if low in _SIGNING_TRIGGERS or not objs:
                # reciprocal: "A and B met", "the two ministers held talks", "A and B signed"
                if low.startswith(
                    (
                        "received",
                        "receives",
                        "receive",
                        "hosted",
                        "hosts",
                        "host",
                        "welcomed",
                        "summon",
                        "called",
                        "calls",
                        "call on",
                        "paid",
                        "pays",
                        "convene",
                        "consult",
                        "greet",
                        "play",
                    )
                ):
                    continue
                owners = (
                    self._joint_owners(sent_start, s)
                    if low.startswith(("meeting", "summit"))
                    else []
                )
                if owners and not self._speculated_meeting(s, m.end(), sent_end):
                    # "Secretary A and Foreign Secretary B's meeting in Vancouver"
                    self.add_meeting(
                        owners,
                        (self._clause_start(sent_start, s, owners[0]), m.end()),
                        s,
                        "meeting:joint-owners",
                        0.65,
                    )
                    continue
                if (
                    low.startswith(("meeting", "summit"))
                    and not _rx(r"\b(?:after|before|following|during|since|when)\s+$").search(
                        text[max(0, s - 12) : s]
                    )
                    # "A and B have been meeting in P": the verb
                    and not (low == "meeting" and RX.BE_MEETING.search(text, max(0, s - 12), s))
                ):
                    continue
                group = self._subject_list(sent_start, s)
                persons = [k for k in group if self.ents[k].is_person]
                if (
                    len(persons) < 2
                    and len(group) >= 2
                    and all(self.ents[k].type == "state" for k in group)
                    and self._states_are_subject(group, sent_start, s)
                    and (
                        low not in _SIGNING_TRIGGERS
                        or self._states_signing_session(group, m, sent_start, sent_end)
                    )
                ):
                    persons = group  # "the two sides will meet again", "A and B held talks"
                    persons = self._state_holders(group, sent_start, s) or persons
                if len(persons) >= 2:
                    rule = "meeting:signing" if low in _SIGNING_TRIGGERS else "meeting:reciprocal"
                    ev_e = m.end()
                    if low in _SIGNING_TRIGGERS:
                        more = self._attended_by(ev_e, sent_end)
                        if more is not None:
                            persons = [*persons, *(k for k in more[0] if k not in persons)]
                            ev_e = more[1]
                    self.add_meeting(
                        persons,
                        (max(sent_start, self._clause_start(sent_start, s, persons[0])), ev_e),
                        s,
                        rule,
                        0.65,
                    )
                continue
            if semis and (
                low.startswith(("spoke", "speaks"))
                or _rx(r"\bmeetings\b|\bseparately\b").search(text, max(sent_start, s - 20), lend)
            ):
                # "held bilateral meetings with A, President of X; B, Prime Minister of Y":
                # one meeting with each guest of the semicolon list
                host = self.subject_before(s, persons_only=True)
                if host is not None:
                    ev_s = self._clause_start(sent_start, s, host)
                    for obj in objs:
                        if obj != host and self.ents[obj].is_person:
                            self.add_meeting(
                                [host, obj],
                                (ev_s if ev_s <= s else s, lend),
                                s,
                                "meeting:semicolon-guests",
                                0.7,
                            )
                continue
            before = text[sent_start:s]
            if low.startswith("meeting") and _rx(
                r"\s*(?:(?:[Ii]n|[Dd]uring|[Aa]t)\s+(?:a|an|his|her|their|the)\s+"
                r"(?:(?:separate|bilateral|private|brief|later)\s+)?)?$"
            ).fullmatch(before):
                # "Meeting with Wang Yi yesterday, Blinken …", "In a meeting with X, the
                # Secretary-General reviewed …": the subject follows.
                subj = None
                for mm in self.mentions_between(lend, sent_end):
                    if self.ents[mm.key].is_person and mm.key not in objs:
                        subj = mm.key
                        break
                if (
                    subj is None
                    and len(objs) >= 2
                    and self.ents[objs[-1]].is_person
                    and _rx(r"\s+(?:also\s+|then\s+)?[a-z]+(?:ed|s)\b").match(text, lend, sent_end)
                ):
                    # "In a meeting with B, A reviewed …": the list ran on into the subject
                    subj, objs = objs[-1], objs[:-1]
            elif low.startswith("meeting") and _rx(
                r"\b(?:the|a|an|[Tt]heir|[Hh]is|[Hh]er|first|second|bilateral|follow-up)\s+(?:[\w-]+\s+)?$"
            ).search(before):
                # "a follow-up meeting with A and B": the clause's subject meets them all
                subj = self.subject_before(s, persons_only=True)
                hm = _rx(r"\b(?P<p>[Hh]is|[Hh]er)\s+(?:[\w-]+\s+)?$").search(before)
                if subj is None and hm is not None:
                    # "Remarks by X during his meeting with Y": whom "his" stands for ("Her
                    # meeting with Y …", opening the sentence: the last one named before)
                    subj = self.resolve_pronoun(sent_start + hm.start(), hm.group("p").lower())
                    if subj is not None and not self.ents[subj].is_person:
                        subj = None
                if subj is not None and len(objs) >= 2:
                    self.add_meeting(
                        [subj, *objs],
                        (self._clause_start(sent_start, s, subj), lend),
                        s,
                        "meeting:meeting-with",
                        0.65,
                    )
                    continue
            elif low.startswith(("meeting", "summit", "talks")) and RX.OWNED_MEETING.search(before):
                # "Rice's Meeting with Y", "President A's upcoming White House meeting with
                # Y": the owner meets Y, or no one known does
                owner = [
                    mm
                    for mm in self.mentions_between(sent_start, s)
                    if mm.end < s and RX.OWNED_MEETING.fullmatch(text, mm.end, s)
                ]
                subj = (
                    owner[0].key
                    if owner
                    and self.ents[owner[0].key].is_person
                    and not self._speculated_meeting(s, lend, sent_end)  # "… could follow"
                    else None
                )
            else:
                subj = self.subject_before(s, persons_only=True)
                if subj is None:
                    cands = [
                        mm
                        for mm in self.mentions_between(sent_start, s)
                        if self.ents[mm.key].is_person and not self.in_quote(mm.start)
                    ]
                    subj = cands[-1].key if cands else None
                if subj is None or subj in objs:
                    # (a bare title taken for the guest: "The Prime Minister met with Prime
                    # Minister of Iraq B", the title's holder the text knows being B)
                    subj = self._titled_headline_host(before, objs) or subj
            if subj is None:
                continue
            ev_s = self._clause_start(sent_start, s, subj)
            if ev_s > s or s - ev_s > 150 or low.startswith("sit-down"):
                ev_s = s  # (a sit-down told after the subject's own meeting has its own place)
            guests = [
                k
                for k in objs
                if k != subj and (self.ents[k].is_person or self.ents[k].type in _MET_BODIES)
            ]
            separately = _rx(r"\b(?:separately|respectively|individually|in\s+turn)\b").search(
                text, sent_start, sent_end
            )
            if low.startswith(("host", "welcom", "receiv", "joined")) and guests and not separately:
                # "A and B hosted C and D": one meeting of the hosts and their guests
                hosts = self._subject_list(sent_start, s)
                if (
                    subj in hosts
                    and len(hosts) >= 2
                    and all(self.ents[k].is_person for k in hosts)
                    and not set(hosts) & set(guests)
                ):
                    self.add_meeting(
                        [*hosts, *guests],
                        (min(ev_s, self._clause_start(sent_start, s, hosts[0])), lend),
                        s,
                        "meeting:hosted-by-several",
                        0.7,
                    )
                    continue
            if low == "joined" and _rx(r"\sand\s").search(text, sent_start, s):
                continue  # ("A and the new B joined C for talks": all of them, or none)
            if (
                (
                    low.startswith(("host", "welcom"))
                    or (
                        # (not "met B, as well as C and D": one meeting each, as the seed has)
                        low.startswith(("receiv", "joined", "met", "meet", "call"))
                        and not each_on
                        and not _rx(r"\bas\s+well\s+as\b").search(text, m.end(), lend)
                    )
                    or low.endswith("with")
                    or after > m.end()
                )
                and len(guests) >= 2
                and not low.endswith("meetings with")  # ("held meetings with B, C and D": each)
                and not _rx(r"\b(?:separately|respectively|individually|in\s+turn)\b").search(
                    text, sent_start, sent_end
                )
            ):
                # "A hosted B and C", "A met with B, C and D", "A received B and C", "A
                # joined B and C for talks": one meeting of them all
                self.add_meeting([subj, *guests], (ev_s, lend), s, "meeting:hosted-several", 0.7)
                continue
            said = RX.MEETINGS_SAID_THAT.search(text, max(sent_start, s - 120), s)
            told_from = said.end() if said is not None and not low.startswith("met") else None
            states = [k for k in objs if k != subj and self.ents[k].type == "state"]
            if (
                len(states) >= 2
                and len(states) == len([k for k in objs if k != subj])
                and (low.endswith("with") or after > m.end())
                and not separately
            ):
                # "talks with Britain, France and Germany in Istanbul": one round of talks
                # of them all, never one meeting per state listed
                self.add_meeting(
                    [subj, *states],
                    (ev_s, lend),
                    s,
                    "meeting:talks-with-states",
                    0.7,
                    told_from=told_from,
                )
                continue
            for obj in objs:
                if obj == subj:
                    continue
                self.add_meeting(
                    [subj, obj], (ev_s, lend), s, "meeting:met", 0.75, told_from=told_from
                )

    def _calls_on_more(self, lst: tuple[list[str], int], sent_end: int) -> tuple[list[str], int]:
        """ "called on A, and on B": each named after a repeated "on" is called on too (one
        call each, as "called on A and B" without "separately" is one of them all is not)."""
        keys, end = list(lst[0]), lst[1]
        for _ in range(4):
            om = RX.CALL_ON_MORE.match(self.text, end, sent_end)
            if om is None:
                break
            more = self.list_after(om.end(), kinds=("person",))
            if more is None:
                # ("and on Secretary of Government (Segob) B": a title named as a body)
                near = [
                    mm
                    for mm in self.mentions_between(om.end(), min(sent_end, om.end() + 90))
                    if self.ents[mm.key].is_person
                ]
                if not near or _rx(r"[,;:“”\"]").search(self.text, om.end(), near[0].start):
                    break
                more = ([near[0].key], near[0].end)
            keys += [k for k in more[0] if k not in keys]
            end = more[1]
        return keys, end

    def _titled_headline_host(self, before: str, objs: Sequence[str]) -> str | None:
        """ "Keir Starmer meeting with Prime Minister Al-Sudani" (headline) … "The Prime
        Minister met with Prime Minister of Iraq Al-Sudani in Downing Street this
        afternoon": a subject that is a bare title ("The Prime Minister") is the one other
        participant of the headline's meeting with the same guests."""
        if not _rx(r"\s*[Tt]he\s+(?:[A-Z][\w’'-]*\s+){1,4}").fullmatch(before):
            return None
        guests = {k for k in objs if self.ents[k].is_person}
        if not guests:
            return None
        for ev in self.events:
            rest = set(ev.participants) - guests
            if (
                ev.kind == "meeting"
                and self._headline_para(ev.span[0])
                and guests < set(ev.participants)
                and len(rest) == 1
            ):
                host = next(iter(rest))
                return host if self.ents[host].is_person else None
        return None

    def _semicolon_guests(
        self, lst: tuple[list[str], int], sent_end: int
    ) -> tuple[tuple[list[str], int], bool]:
        """A list of guests whose items are split by semicolons ("met with A, President of
        X; Thai Foreign Minister B; and C, Secretary-General of Y"): each item after a
        semicolon is one person, titled before (capitalised words) or after (a comma and a
        title), and nothing else (never "…; B, the Prime Minister, criticised it").
        Whether any semicolon was crossed rides along."""
        text = self.text
        keys, end = lst
        crossed = False
        while True:
            tail = RX.TITLE_TAIL.match(text, end, sent_end)
            sm = RX.SEMI_ITEM.match(text, tail.end() if tail else end)
            if sm is None:
                break
            semi = text.find(";", sm.end(), sent_end)
            item_end = semi if semi != -1 else sent_end
            person = next(
                (
                    mm
                    for mm in self.mentions_between(sm.end(), item_end)
                    if self.ents[mm.key].is_person
                ),
                None,
            )
            if person is None or not _rx(r"(?:[A-Z][\w’'.-]*\s+)*").fullmatch(
                text, sm.end(), person.start
            ):
                break
            rest = RX.TITLE_TAIL.match(text, person.end, item_end)
            after = rest.end() if rest else person.end
            found = [person.key]
            am = _rx(r",?\s+and\s+").match(text, after, item_end)
            nxt = (
                next(
                    (
                        mm
                        for mm in self.mentions_between(am.end(), item_end)
                        if self.ents[mm.key].is_person
                    ),
                    None,
                )
                if am is not None
                else None
            )
            if (
                am is not None
                and nxt is not None
                and _rx(r"(?:[A-Z][\w’'.-]*\s+)*").fullmatch(text, am.end(), nxt.start)
            ):
                # the last item a pair: "…; Brunei's Prince A and Tajik Foreign Minister B."
                found.append(nxt.key)
                rest = RX.TITLE_TAIL.match(text, nxt.end, item_end)
                after = rest.end() if rest else nxt.end
            if not _rx(r"(?:\s+(?:in|at|on|during)\s+[^;,.]{1,60})?,?[\s.]*").fullmatch(
                text, after, item_end
            ):
                break
            keys = [*keys, *(k for k in found if k not in keys)]
            end = after
            crossed = True
        return (keys, end), crossed

    def _invited_attendance(self) -> None:
        """Guests at an occasion their hosts invited them to or hosted: "A and B attended
        the ceremony upon the invitation of Prime Ministers C and D", "A attended the
        dinner hosted by C": one meeting of them all."""
        text = self.text
        if "invitation" not in text and "hosted by" not in text:
            return
        for m, sent_start, _ in self.asserted(RX.INVITED_ATTENDANCE.finditer(text), 40):
            if RX.HYPOTHETICAL_BEFORE.search(text[max(sent_start, m.start() - 30) : m.start()]):
                continue
            guests = [
                k for k in self._subject_list(sent_start, m.start()) if self.ents[k].is_person
            ]
            if not guests:
                who = self.subject_before(m.start(), persons_only=True)
                guests = [who] if who is not None else []
            lst = self.list_after(m.end(), kinds=("person",))
            hosts = [k for k in lst[0] if self.ents[k].is_person] if lst is not None else []
            if not guests or not hosts or set(guests) & set(hosts) or lst is None:
                continue
            start = self._clause_start(sent_start, m.start(), guests[0])
            self.add_meeting(
                [*guests, *hosts],
                (min(start, m.start()), lst[1]),
                m.start(),
                "meeting:invited",
                0.65,
            )

    def _held_at_the_invitation(self) -> None:
        """Talks held at someone's invitation, told in the passive: "At the invitation of
        Special Envoy A, consultations were held in X with senior representatives of B, C
        and D": one meeting of the host and those named after "with" (persons, states)."""
        text = self.text
        if "invitation of" not in text:
            return
        for m, _, sent_end in self.asserted(RX.AT_THE_INVITATION.finditer(text), 40):
            hm = _rx(r"[^,;:“”]{3,100}?(?=,\s)").match(text, m.end(), sent_end)
            held = RX.HELD_WITH.match(text, hm.end(), sent_end) if hm is not None else None
            if hm is None or held is None:
                continue
            hosts = [
                mm.key
                for mm in self.mentions_between(m.end(), hm.end())
                if self.ents[mm.key].is_person
            ]
            guests = self.list_after(held.end(), kinds=("person", "org"))
            if not hosts or guests is None:
                continue
            parts = hosts + [
                k for k in guests[0] if self.ents[k].is_person or self.ents[k].type == "state"
            ]
            if len(set(parts)) >= 2 and len(parts) > len(hosts):
                self.add_meeting(
                    list(dict.fromkeys(parts)),
                    (m.start(), guests[1]),
                    m.start(),
                    "meeting:held-at-invitation",
                    0.6,
                )

    def _their_meeting_fronted(self) -> None:
        """ "During their June 2017 summit, President A and Prime Minister B recognized …",
        "At their meeting in X on Monday, A and B agreed …": the persons the clause after
        the comma opens with (two or more, then a verb) held the meeting "their" tells."""
        text = self.text
        if "their" not in text:
            return
        for m, sent_start, sent_end in self.asserted(RX.FRONTED_THEIR.finditer(text), 40):
            if text[sent_start : m.start()].strip():
                continue  # (only a sentence's opening phrase)
            lst = self.list_after(m.end(), kinds=("person",))
            if lst is None or len(lst[0]) < 2 or not all(self.ents[k].is_person for k in lst[0]):
                continue
            if not _rx(r"\s+(?:(?:also|jointly|both|have|has|had)\s+)*[a-z]+(?:ed|d)\b").match(
                text, lst[1], sent_end
            ):
                continue
            trig = m.start("noun")
            self.add_meeting(lst[0], (m.start(), lst[1]), trig, "meeting:their-fronted", 0.65)

    def _attended_at_the_invitation(self) -> None:
        """A meeting taken part in at someone's invitation: "A participated today in a
        meeting on X at Schloss Y at the invitation of Chancellor B. C also attended the
        event.": one meeting of A, the host B, and those the next sentence says attended it
        too."""
        text = self.text
        if "invitation of" not in text:
            return
        for m, _, sent_end in self.asserted(RX.ATTENDED_AT_INVITATION.finditer(text), 40):
            who = self.subject_before(m.start(), persons_only=True)
            host = next(
                (
                    mm.key
                    for mm in self.mentions_between(m.end(), min(sent_end, m.end() + 80))
                    if self.ents[mm.key].is_person
                ),
                None,
            )
            if who is None or host is None or host == who:
                continue
            parts, end = [who, host], m.end()
            _, next_end = self.sent(sent_end + 1) if sent_end + 1 < len(text) else (0, 0)
            if next_end and self.para(sent_end + 1) == self.para(m.start()):
                for am in RX.ALSO_ATTENDED.finditer(text, sent_end, next_end):
                    more = self.subject_before(am.start(), persons_only=True)
                    if more is not None and more not in parts:
                        parts.append(more)
            self.add_meeting(
                parts, (m.start(), end), m.start(), "meeting:attended-at-invitation", 0.6
            )

    def _briefed_bodies(self) -> None:
        """A body briefed in its session: "He also looks forward to briefing the Security
        Council", "Since his briefing to the Security Council on 26 October, Special Envoy
        A …" (who briefs: the clause's subject, or for "his briefing" the person the
        sentence names after it, else before)."""
        text = self.text
        if "brief" not in text:
            return
        for m, sent_start, sent_end in self.asserted(RX.BRIEFED_BODY.finditer(text), 40):
            body = self.mention_at(m.end())
            if body is None or self.ents[body.key].type not in _MET_BODIES:
                continue
            if RX.HYPOTHETICAL_BEFORE.search(text[max(sent_start, m.start() - 30) : m.start()]):
                continue
            who: str | None
            if m.group("poss"):
                after = [
                    mm
                    for mm in self.mentions_between(body.end, sent_end)
                    if self.ents[mm.key].is_person and not self.in_quote(mm.start)
                ]
                who = (
                    after[0].key
                    if after
                    else self.resolve_pronoun(m.start(), m.group("poss").lower())
                )
            else:
                who = self.subject_before(m.start(), persons_only=True)
            if who is None or not self.ents[who].is_person:
                continue
            span = (m.start(), body.end)
            self.add_meeting([who, body.key], span, m.start(), "meeting:briefed", 0.6)
            # where: only a place right after the body ("the Security Council in New York")
            pm = _rx(r"\s+(?:in|at)\s+(?:the\s+)?(?=[A-Z])").match(text, body.end)
            at = self.mention_at(pm.end()) if pm is not None else None
            for ev in self.events:
                if ev.rule == "meeting:briefed" and ev.span == span:
                    ev.place = at.key if at is not None and self.ents[at.key].is_place else None

    def _title_meeting(self) -> None:
        """A transcript titled 'Remarks With X Before Their Meeting' or 'Remarks Prior to a
        Meeting With X': the speaker named at a line's start below the title (its byline or
        speaker label) meets X, where and when its dateline says."""
        text = self.text
        tm = RX.TITLE_MEETING.match(text)
        if tm is None:
            return
        line_end = text.find("\n", tm.end())
        line_end = len(text) if line_end == -1 else line_end
        if not _rx(r"\b[Mm]eeting\b").search(text, tm.start(), line_end):
            return
        guests = [
            mm for mm in self.mentions_between(tm.end(), line_end) if self.ents[mm.key].is_person
        ]
        if guests:
            guest, trig = guests[0].key, guests[0].start
        else:
            # a title's names are not read as mentions: a person the text names elsewhere
            line = text[tm.end() : line_end]
            named = []
            for k, e in self.ents.items():
                nm = _rx(rf"\b{re.escape(e.name)}\b").search(line) if e.is_person else None
                if nm is not None:
                    named.append((nm.start(), k))
            if not named:
                return
            guest, trig = min(named)[1], tm.end() + min(named)[0]
        host = None
        for mm in self.mentions_between(line_end, min(len(text), line_end + 1500)):
            if not self.ents[mm.key].is_person or mm.key == guest:
                continue
            ls = text.rfind("\n", 0, mm.start) + 1
            if _rx(r"(?:[A-Z][\w.’'-]*\s+){0,3}").fullmatch(text, ls, mm.start):
                host = mm.key  # "John Kerry" (a byline), "President Trump." (a label)
                break
        if host is None:
            return
        n = len(self.events)
        self.add_meeting([host, guest], (tm.start(), line_end), trig, "meeting:title", 0.6)
        if len(self.events) == n:
            return
        ev = self.events[-1]
        # the dateline: the header's short lines below the title ("Lima, Peru", a date)
        head_end = line_end
        for lm in _rx(r"\n[ \t]*([^\n]*)").finditer(text, line_end):
            if len(lm.group(1)) > 60:
                break
            head_end = lm.end()
        if ev.date is None:
            ev.date = next((d for d in self.dates if line_end <= d[0] < head_end), None)
        if ev.place is None:
            ev.place = next(
                (
                    mm.key
                    for mm in self.mentions_between(tm.end(), head_end)
                    if self.ents[mm.key].is_place or mm.how == "place"
                ),
                None,
            )

    def _state_holders(self, states: list[str], sent_start: int, pos: int) -> list[str] | None:
        """'the Prime Ministers of Finland and Sweden had a bilateral meeting': the states
        meet through the holders of the office named before them, when the text names
        each state's one holder of it (its current position of that title); None
        otherwise (the states' meeting stands)."""
        named = [mm for mm in self.mentions_between(sent_start, pos) if mm.key in states]
        tm = (
            RX.TITLES_OF_STATES_BEFORE.search(self.text, sent_start, named[0].start)
            if named
            else None
        )
        if tm is None:
            return None
        title = _fold(tm.group("title"))
        holders: list[str] = []
        for state in states:
            held = {
                p.holder
                for p in self.positions
                if p.org == state and p.status == "current" and _fold(p.role) == title
            }
            if len(held) != 1:
                return None
            holders.append(held.pop())
        return holders

    def _states_are_subject(self, group: list[str], sent_start: int, pos: int) -> bool:
        """Whether states meet as the clause's subject ('A and B held talks', 'the two
        sides will meet'), not as places named before it ('In Kampala and Cairo, the
        envoy will meet …')."""
        text = self.text
        if _rx(
            r"\b[Tt]he\s+(?:two|three|four)\s+(?i:sides|countries|neighbou?rs|governments|"
            r"parties|delegations)\b"
        ).search(text, sent_start, pos):
            return True
        if self._demonym_pair(sent_start, pos) == group:
            return True  # "Arvelian and Doskaran officials met": the two states' agents
        inside = [mm for mm in self.mentions_between(sent_start, pos) if mm.key in group]
        if not inside or any(mm.how == "metonym" for mm in inside):
            return False
        return bool(
            _rx(
                r"\s+(?:(?:will|would|are|were|have|has|had|also|again|to|be|been|expected|due|set|"
                r"scheduled|then|later|finally|jointly)\s+)*$"
            ).fullmatch(text, inside[-1].end, pos)
        )

    def _owned_talks(self, m: re.Match[str], sent_start: int, sent_end: int) -> bool:
        """ "Pompeo's talks on Sunday with Kim", "his talk Sunday with Kim": the owner (the
        person named before, for "his"/"her") met the partners after "with"."""
        text = self.text
        s = m.start()
        om = _rx(
            r"(?:\b(?P<pron>[Hh]is|[Hh]er)|(?P<gen>[’']s?))\s+(?:(?:first|second|bilateral|"
            r"separate|latest|recent|brief|private)\s+)?$"
        ).search(text, max(sent_start, s - 30), s)
        if om is None:
            return False
        after = self._with_after_date(m.end())
        wm = _rx(r"\s+with\s+").match(text, m.end())
        if wm is not None:
            after = wm.end()
        if after == m.end():
            return False
        owner: str | None = None
        if om.group("gen"):
            mm = next(
                (x for x in self.mentions_between(sent_start, s) if x.end == om.start()), None
            )
            owner = mm.key if mm is not None and self.ents[mm.key].is_person else None
        else:
            lo = self.sent(sent_start - 1)[0] if sent_start > 0 else sent_start
            cands = [
                x
                for x in self.mentions_between(lo, om.start())
                if self.ents[x.key].is_person
                and not self.in_quote(x.start)
                and not _rx(r"[’']s\s").search(text, x.start, x.end)  # not "Pompeo’s Asia"
            ]
            owner = cands[-1].key if cands else None
        lst = self.list_after(after, kinds=("person", "org"))
        if owner is None or lst is None:
            return False
        guests = [
            k
            for k in lst[0]
            if k != owner and (self.ents[k].is_person or self.ents[k].type == "state")
        ]
        if not guests:
            return False
        self.add_meeting([owner, *guests], (om.start(), lst[1]), s, "meeting:owned-talks", 0.6)
        return True

    def _guest_after_setting(self, pos: int, sent_end: int) -> int:
        """Where the guest starts in "received at the Palace of the Republic the Prime
        Minister of X, Y": after a setting (at/in a named place, a day), the first person
        named; ``pos`` itself when the words between are not only such a setting."""
        text = self.text
        # a date told first ("received this Monday in the Chancellery the President of X, Y",
        # "received on Monday the Prime Minister of X, Y": translated word order)
        at = next((de for ds, de in self.dates if pos <= ds <= pos + 1), pos)
        for mm in self.mentions_between(at, min(sent_end, pos + 220)):
            if text[mm.start : mm.end].rsplit(None, 1)[-1] in _SETTING_HEADS or _rx(
                r"\b(?:at|in)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+)?$"
            ).search(text, max(at, mm.start - 30), mm.start):
                continue  # "in the Federal Chancellery the President …": the setting
            if not self.ents[mm.key].is_person:
                continue
            gap = text[at : mm.start]
            setting = (
                r",?\s+(?:today\s+|yesterday\s+)?(?:at|in)\s"  # "received, today at X in Y, the …"
                if at == pos
                else r",?\s+(?:at|in|the)\s"
            )
            if _rx(setting).match(gap) and _rx(
                r",?(?:\s+(?:today|yesterday|at|in|on|the|of|and|for|[A-Z][\w’'.-]*|\d+),?)*\s+"
            ).fullmatch(gap):
                return mm.start
            break
        return pos

    def _with_after_date(self, pos: int) -> int:
        """Where the partners start in "met on Wednesday with X", "held talks today with X".

        A date phrase or an adverb between the verb and "with" is skipped; ``pos`` itself
        when there is none.
        """
        text = self.text
        cur = pos
        am = RX.MEET_ADVERBS.match(text, cur)
        if am:
            cur = am.end()
        for ds, de in self.dates:
            if cur <= ds <= cur + 1 and not text[cur:ds].strip():
                cur = de
                break
        am = RX.MEET_ADVERBS.match(text, cur)
        if am:
            cur = am.end()
        for _ in range(3):  # "… on the sidelines of the X Meeting in Antalya, Türkiye, with"
            sm = RX.MEET_SETTING.match(text, cur) or RX.FORUM_OF.match(text, cur)
            if sm is None or "\n" in sm.group():
                break
            cur = sm.end()
        # "with the Quint Foreign Ministers: A, B and C": the list after a group's label
        wm = _rx(r",?\s*with\s+(?:the\s+[A-Z][^:.;,“”\n]{0,60}:\s+)?").match(text, cur)
        return wm.end() if wm and (cur > pos or wm.end() - wm.start() > 6) else pos

    def _passive_signing(self, m: re.Match[str], sent_start: int, sent_end: int) -> bool:
        """'The deal was signed in Port X by A and B': a signing session of A and B.

        Persons, or states that the text names through their leaders ("signed by the
        President of Eritrea and the Prime Minister of Ethiopia"); "at a ceremony attended
        by C" adds C. True when the trigger was passive (handled here, met or not).
        """
        text = self.text
        s = m.start()
        passive = bool(
            _rx(r"\b(?:was|were|been|being|be)\s+(?:\w+\s+)?$").search(
                text[max(sent_start, s - 20) : s]
            )
        )
        # "the Agreement on Peace signed by A and B" (a participle: "by" right after it)
        gap = r"\s+(?:[^.;]{0,60}?\s+)?by\s+" if passive else r"\s+by\s+"
        bm = _rx(gap).match(text, m.end(), sent_end)
        if bm is None:
            return passive
        lst = self.list_after(bm.end(), kinds=("person", "org"))
        if lst is None:
            return True
        parts = [k for k in lst[0] if self.ents[k].is_person or self.ents[k].type == "state"]
        end = lst[1]
        if not any(self.ents[k].is_person for k in parts) and (
            self._meeting_place(s, s, sent_start, sent_end) is None
        ):
            return True  # "the agreements signed by A and B": states sign apart, or anywhere
        more = self._attended_by(end, sent_end)
        if more is not None:
            parts += [k for k in more[0] if k not in parts]
            end = more[1]
        if len(parts) >= 2:
            self.add_meeting(parts, (s, end), s, "meeting:signed-by", 0.65)
        return True

    def _attended_by(self, pos: int, sent_end: int) -> tuple[list[str], int] | None:
        """'… at a ceremony attended by C and D' after a signing: who else was there."""
        cm = _rx(
            r"[^.;]{0,60}?\b(?:ceremony|session|event)\s+(?:\w+\s+)?(?:attended|witnessed)\s+by\s+"
        ).match(self.text, pos, sent_end)
        if cm is None:
            return None
        return self.list_after(cm.end(), kinds=("person",))

    def _after_a_call(self, pos: int) -> bool:
        """Whether the text before ``pos`` last told a call ("A had a telephone conversation
        with B", in the readout's lead) and nothing since that puts people together: what
        "the two ministers also discussed" later is that call's, no meeting."""
        ends = [cm.end() for cm in RX.CALL_TOLD.finditer(self.text, 0, pos)]
        return bool(ends) and RX.IN_PERSON_SINCE.search(self.text, ends[-1], pos) is None

    def _talks_of_subjects(self, m: re.Match[str], sent_start: int, sent_end: int) -> None:
        """'A and B agreed … after two days of talks in Doha mediated by C': A, B (and C) met.

        The talks must follow a preposition ("after", "during", "in", "of") so that
        they are an event of the clause's coordinated subject, and be placed (a city
        after them) or be said to be held.
        """
        text = self.text
        s = m.start()
        lead = _rx(
            r"\b(?:after|during|following|in|at|of|for|concluded|ended|(?P<held>held|hold|holding))"
            r"\s+(?:[\w-]+\s+){0,4}$"  # ("at a series of summit talks")
        ).search(text[max(sent_start, s - 40) : s])
        if lead is None:
            return
        group = self._subject_list(sent_start, s)
        if len(group) < 2 and _rx(r"\bboth\s+sides\b").search(text[max(sent_start, s - 80) : s]):
            group = self._subject_list(sent_start, sent_start + 1) or self._recent_states(s)
        # (states, persons, and a union of states as a side: "The United States and the
        # African Union have concluded talks")
        parts = [
            k
            for k in group
            if self.ents[k].is_person or self.ents[k].type in ("state", "intergovernmental")
        ]
        if len(parts) < 2:
            return
        end = s + len("talks")
        # (their day may come first: "talks on June 27 in Beijing", or their days: "talks on
        # April 21 and 22 in Washington", "on Monday and Tuesday in Lima")
        day = next((de for ds, de in self.dates if end + 1 <= ds <= end + 4), end)
        sm = (
            _rx(r"\s*(?:[-–—]|and|to)\s*(?:\d{1,2}(?:st|nd|rd|th)?|[A-Z][a-z]+day)\b").match(
                text, day
            )
            if day != end
            else None
        )
        day = sm.end() if sm is not None else day
        pm = _rx(r",?\s+(?:in|at)\s+").match(text, day)
        if pm is not None:
            mm = self.mention_at(pm.end())
            if mm is not None and (self.ents[mm.key].is_place or mm.how == "place"):
                end = mm.end
        tm = RX.THEIR_MINISTERS.match(text, end)
        if tm is not None:  # "after talks in Lima between their foreign ministers"
            holders = self._ministers_holding(parts, tm.group("role"))
            if holders is None:
                return
            parts, end = holders, tm.end()
        bm = _rx(r",?\s+(?:mediated|brokered|hosted|facilitated)\s+by\s+").match(text, end)
        held = lead.group("held") is not None
        if held:
            h_s = max(sent_start, s - 40) + lead.start("held")
            held = not RX.HYPOTHETICAL_BEFORE.search(text, max(sent_start, h_s - 30), h_s) and (
                text[h_s:s].islower()  # (never a name: "held the A-B Telephone Talks")
            )
        if end == s + len("talks") and bm is None and not held:
            # neither placed nor hosted nor held ("A and B held 200 rounds of talks"): maybe
            # talks in general
            return
        if bm:
            by = self.list_after(bm.end(), kinds=("person", "org"))
            if by:
                hosts = [k for k in by[0] if not self.ents[k].is_place]
                parts += [k for k in hosts[:1] if k not in parts]
                end = by[1]
        first = next(
            (mm.start for mm in self.mentions_between(sent_start, s) if mm.key in parts), s
        )
        said = RX.MEETINGS_SAID_THAT.search(text, max(sent_start, first - 120), first)
        # ("X said Thursday that A and B held talks": that day is the telling's)
        self.add_meeting(
            parts,
            (s, end),
            s,
            "meeting:talks-of-subjects",
            0.6,
            told_from=said.end() if said is not None else None,
        )

    def _states_signing_session(
        self, group: list[str], m: re.Match[str], sent_start: int, sent_end: int
    ) -> bool:
        """'A and B signed the treaty on 19 September in Koror', 'Arvelian and Doskaran
        officials signed … today in Koror': states named as the subject (or their agents by
        their demonyms) sign at a session of a known day and place (not 'the ministers of A
        and B signed', whose people met, nor 'signed a pact in Manila last month', told in
        passing)."""
        first = next(
            (mm for mm in self.mentions_between(sent_start, m.start()) if mm.key in group), None
        )
        if first is None and self._demonym_pair(sent_start, m.start()) != group:
            return False  # (or "American and Iraqi officials signed": the states' agents)
        if first is not None and _rx(r"\bof\s+(?:the\s+)?$").search(
            self.text, max(sent_start, first.start - 10), first.start
        ):
            return False
        if self._meeting_place(m.end(), m.start(), sent_start, sent_end) is None:
            return False
        date = self.date_near(m.start())
        res = self.resolve(self.text[date[0] : date[1]]) if date else None
        return bool(res and res.value and len(res.value) == 10)

    def _untaken_trip_purpose(self, s: int, sent_start: int) -> bool:
        """'will not travel to X to meet Y', 'hopes to fly to X to meet Y': a meeting that
        is the purpose of a trip denied or only wished for is not held."""
        tm = RX.TRIP_PURPOSE_BEFORE.search(self.text, max(sent_start, s - 120), s)
        if tm is None:
            return False
        return bool(
            _negation(self.text[max(sent_start, tm.start() - 25) : tm.start()])
            or self._hypothetical(sent_start, tm.start())
        )

    def _joint_owners(self, sent_start: int, s: int) -> list[str]:
        """'A and Foreign Secretary B's meeting': the two people who own the meeting at
        ``s``, or none."""
        text = self.text
        before = [mm for mm in self.mentions_between(sent_start, s) if mm.end <= s]
        if len(before) < 2:
            return []
        prev, last = before[-2], before[-1]
        if not (
            self.ents[prev.key].is_person
            and self.ents[last.key].is_person
            and prev.key != last.key
            and _rx(r"[’']s\s+(?:[a-z-]+\s+){0,2}").fullmatch(text, last.end, s)
            and _rx(r"\s+and\s+(?:[A-Z][\w.’'-]*\s+){0,4}").fullmatch(text, prev.end, last.start)
        ):
            return []
        return [prev.key, last.key]

    def _state_title_holder(
        self, objs: list[str], lo: int, hi: int, sent_end: int
    ) -> tuple[list[str], int] | None:
        """ "a meeting with Venezuela's Minister of the People's Power for Energy B": a last
        guest that is a state owning a title too long for the lists is the title's holder
        named after it (None when the list ends on no such state)."""
        last = [mm for mm in self.mentions_between(lo, hi) if mm.key in objs]
        if not last or self.ents[last[-1].key].type != "state":
            return None
        holder = next(
            (
                mm
                for mm in self.mentions_between(last[-1].end, min(sent_end, last[-1].end + 100))
                if self.ents[mm.key].is_person
            ),
            None,
        )
        if holder is None or not (
            RX.STATE_TITLE_GAP.fullmatch(self.text, last[-1].end, holder.start)
            or _STATE_LOWER_TITLE_GAP.fullmatch(self.text, last[-1].end, holder.start)
        ):
            return None
        keys = [holder.key if k == last[-1].key else k for k in objs]
        return list(dict.fromkeys(keys)), holder.end

    def _possessor_only(self, key: str, lo: int, hi: int) -> bool:
        """'welcomed India's decision', 'met Moravin's deputy': a name told only as the
        owner of what the verb takes (a thing, or a person left unnamed) is not met; nor a
        state told only as half of a pair's forum ("a meeting of the U.S.-India Dialogue")."""
        found = [mm for mm in self.mentions_between(lo, hi) if mm.key == key]
        # (a person's envoy or deputy is not the person; a state's may stand for the state)
        owned = RX.POSSESSED_BY_PERSON if self.ents[key].is_person else _POSSESSED_THING

        def owner(mm: _Men) -> bool:
            if owned.match(self.text, mm.end):
                return True
            if self.ents[key].type == "state" and (
                RX.PAIR_COMPOUND_AFTER.match(self.text, mm.end)
                or RX.PAIR_COMPOUND_BEFORE.search(self.text, max(0, mm.start - 3), mm.start)
            ):
                return True  # "a meeting of the U.S.-India Energy Dialogue": its name
            if self.ents[key].type == "state" and RX.PEOPLE_NOT_OFFICIALS.match(self.text, mm.end):
                return True  # "met with U.S. service members": no office of the state is met
            if self.ents[key].is_person:
                return False  # ("met A and B's deputy": A may be met)
            # "welcomed Japan and China's moves": both states own the thing
            am = _rx(r"\s+and\s+").match(self.text, mm.end)
            nxt = self.mention_at(am.end()) if am is not None else None
            return nxt is not None and bool(owned.match(self.text, nxt.end))

        return bool(found) and all(owner(mm) for mm in found)

    def _speculated_meeting(self, s: int, end: int, sent_end: int) -> bool:
        """'a meeting between A and B is the key to …', 'a summit between A and B could
        follow': a meeting talked of as possible, needed or likely is not one held or
        planned."""
        if RX.SPECULATED_MODAL.match(self.text, end, sent_end):
            return True
        return bool(
            _rx(r"\b[Aa]n?\s+(?:[\w-]+\s+)?$").search(self.text, max(0, s - 20), s)
            and RX.SPECULATED_PREDICATE.match(self.text, end, sent_end)
        )

    def _meetings_of_ministers_from(self) -> None:
        """'A will host a meeting of foreign ministers from Germany, France and Italy', 'A and
        B will attend a meeting with ministers from Saudi Arabia and the UAE': those who host
        or attend meet the states the ministers come from."""
        for m, sent_start, _ in self.asserted(self.scan(_MINISTERS_FROM_SCAN), 60):
            s = m.start()
            if RX.HYPOTHETICAL_BEFORE.search(self.text[max(sent_start, s - 30) : s]) or _rx(
                r"\b(?:not|n[’']t|never|no\s+longer)\b"
            ).search(self.text, max(sent_start, s - 80), s):
                continue  # ("did not travel to Paris to attend …")
            lst = self.list_after(m.end(), kinds=("org",))
            if lst is None:
                continue
            states = [k for k in lst[0] if self.ents[k].type in ("state", *_MET_BODIES)]
            if not states:
                continue
            hosts = [k for k in self._subject_list(sent_start, s) if self.ents[k].is_person] or [
                k for k in [self.subject_before(s, persons_only=True)] if k is not None
            ]
            if not hosts or not self.ents[hosts[0]].is_person:
                continue
            parts = [*hosts, *(k for k in states if k not in hosts)]
            if len(parts) >= 2:
                start = self._clause_start(sent_start, s, hosts[0])
                self.add_meeting(parts, (start, lst[1]), s, "meeting:ministers-from", 0.65)

    def _talks_of_the_two(self, sent_start: int, pos: int) -> bool:
        """'The two Heads of State exchanged views on …', 'the two leaders discussed …'
        (the subject a number of those named before, see :meth:`_subject_list`): talks
        told by what was said in them, their own meeting when no meeting was told before
        them (else they are that one's, told again)."""
        return RX.THE_TWO_SUBJECT.search(
            self.text, max(sent_start, pos - 60), pos
        ) is not None and not any(
            ev.kind == "meeting" and ev.span[0] < sent_start for ev in self.events
        )

    def _apposed_title_pair(self, sent_start: int, pos: int) -> list[str]:
        """'A and the Minister for Foreign Affairs of Greece, B, ' right before ``pos``:
        [A, B] (B holds the title whose state is named), else none."""
        text = self.text
        named = [  # (not "the Minister": the title's own words, a reference to B)
            mm
            for mm in self.mentions_between(sent_start, pos)
            if mm.end <= pos and not mm.inner and mm.how != "ref"
        ]
        if len(named) < 3:
            return []
        a, state, b = named[-3:]
        if not (
            self.ents[a.key].is_person
            and self.ents[state.key].type == "state"
            and self.ents[b.key].is_person
            and _rx(r",\s+$").fullmatch(text, b.end, pos)
            and _rx(r",\s+").fullmatch(text, state.end, b.start)
        ):
            return []
        tm = _rx(r"\s+and\s+").match(text, a.end, state.start)
        if tm is None or not RX.TITLE_OF_STATE.fullmatch(text, tm.end(), state.start):
            return []
        return [a.key, b.key]

    # -- meetings told by ministers named by their states ---------------------

    def find_ministers_of_states(self) -> None:
        """'The foreign ministers of South Korea, China and Japan met in Seoul': the
        persons the text names as those states' ministers met (only when it names each)."""
        text = self.text
        for m in self.unquoted(self.scan(_MINISTERS_OF_STATES_SCAN)):
            s = m.start()
            _, sent_end = self.sent(s)
            lst = self.list_after(m.end(), kinds=("org",))
            if lst is None or len(lst[0]) < 2:
                continue
            states = lst[0]
            if not all(self.ents[k].type == "state" for k in states):
                continue
            vm = _THEN_MET.match(text, lst[1], sent_end)
            if vm is None:
                continue
            holders = self._ministers_holding(states, m.group("role"))
            if holders is not None:
                self.add_meeting(holders, (s, vm.end()), vm.end() - 1, "meeting:ministers-of", 0.7)

    def _ministers_holding(self, states: Sequence[str], field: str) -> list[str] | None:
        """The persons the text names as each state's minister of ``field`` ("foreign"),
        or None unless it names exactly one for each."""
        role = f"{field} minister".lower()
        holders: list[str] = []
        for state in states:
            found = {
                p.holder
                for p in self.positions
                if p.org == state and p.role.lower() == role and p.status != "former"
            }
            if len(found) != 1:
                return None
            holders.append(found.pop())
        return holders
