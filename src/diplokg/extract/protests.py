"""Protests and charges told without an accusing verb: envoys summoned, protests lodged,
dissatisfaction voiced, charges told as nouns ("the allegation that …"), insinuations, and
criticism inside quotes.

A step of its own (``protests``), right after the accusation rules
(:mod:`diplokg.extract.accusations`), in the order they ran at the end of
``find_accusations``; what both read is in :mod:`diplokg.extract.charging`.
"""

from __future__ import annotations

import re

from diplokg.extract.charging import (
    _demonym_deed,
    _demonym_people,
    _demonym_rulers,
    _first_person_voice,
    _has_neg_words,
    _own_side,
    _side_of,
)
from diplokg.extract.clauses import Charge, Clauses, Found
from diplokg.extract.patterns import (
    _DECEIT_VERBS,
    _MEDIA,
    _about_end,
    _clause_end,
    _negation,
)
from diplokg.extract.regexes import RX
from diplokg.extract.state import _Men, _Quote
from diplokg.extract.text import SCAN, _fold, _rx, head_scan

_NEG_VERB_AFTER = re.compile(
    r"^[^.;:!?“”\"]{0,120}?\b(?:legitimi[sz]es?|whitewash(?:es)?|challenge|challenges|threaten|"
    r"threatens|undermine|undermines|"
    r"violate|violates|target|targets|coerce|coerces|destabili[sz]e|destabili[sz]es|attack|"
    r"attacks|interfere|interferes|bully|bullies|provoke|provokes|distort|distorts|"
    # conduct that abuses trust: "continues to abuse its position … to lie and mislead"
    rf"abuse|abuses|abusing|to\s+lie|{_DECEIT_VERBS})\b",
    re.I,
)
_FIRST_PERSON_BEFORE = r"\b(?:I|[Ww]e)\s+(?:(?:have|had|today|also|just|this\s+\w+)\s+)*$"

# "rejected the allegations made by X", "deplores and rejects, once again, statements from
# X", "conveyed Arvelia's rejection of X's statement": who rejects the words criticises X
_REJECT_VERB = (
    r"(?:reject(?:s|ed|ing)?|deplor(?:e|es|ed|ing)|denounc(?:e|es|ed|ing)|condemn(?:s|ed|ing)?|"
    r"dismiss(?:es|ed|ing)?|slamm(?:ed|ing)|slams?|blast(?:s|ed|ing)?|criticis(?:e|es|ed|ing)|"
    r"criticiz(?:e|es|ed|ing)|lambast(?:s|ed|ing)?|refut(?:e|es|ed|ing))"
)
_REJECT_WORDS = re.compile(
    rf"\b(?:{_REJECT_VERB}(?:\s+and\s+{_REJECT_VERB})?|rejection\s+of)"
    r"(?:,\s+(?:once\s+again|again|strongly|firmly),)?\s+"
    r"(?:(?:strongly|firmly|categorically|once\s+again|again)\s+)?(?:(?:the|these|those|such)\s+)?"
    r"(?P<np>[^.;:“”\"]{0,80}?)"
)
_REJECT_WORDS_SCAN = head_scan(_REJECT_WORDS)
_WORDS_NOUN = (
    r"(?:statements?|remarks?|comments?|allegations?|accusations?|claims?|assertions?|"
    r"demonstrations?|manifestations?|utterances?|rhetoric|insinuations?|indictments?|rumou?rs)"
)
# the words, then who said them: "allegations made by the Government of X", "remarks from X"
_WORDS_BY = re.compile(
    r"(?:(?:[a-z][\w-]*,?\s+(?:and\s+)?){0,4})" + _WORDS_NOUN + r"\s+"
    r"(?:(?:made|issued|levell?ed|voiced|published|aired)\s+(?:(?:recently|today|earlier)\s+)?)?"
    r"(?:by|from)\s+(?:the\s+)?(?:(?:governments?|leaders(?:hip)?|authorities)\s+of\s+(?:the\s+)?)?"
)
# or whose they are: "X's statement", "X's latest remarks"
_OWNED_WORDS = re.compile(r"[’']s\s+(?:[a-z][\w-]*\s+){0,3}?" + _WORDS_NOUN + r"\b")


def _short_about(words: str) -> str:
    words = words.strip().rstrip(".")
    return words if len(words) <= 160 else words[:157].rsplit(" ", 1)[0] + "…"


class ProtestRules(Clauses):
    """Rules that find protests, and charges told as nouns or in quotes."""

    def find_protests(self) -> None:
        self._summoned_envoys()
        self._summoned_passive()
        self._drew_criticism()
        self._took_aim()
        self._lodged_protests()
        self._dissatisfactions()
        self._charge_nouns()
        self._insinuations()
        self._rejected_words()
        self._quote_accusations()

    def _summoned_envoys(self) -> None:
        """'summoned the Russian ambassador to protest against …', 'summoned Iran's chargé
        d'affaires over the executions': whoever summons criticises the envoy's state."""
        text = self.text
        for m, sent_start, sent_end in self.asserted(self.scan(SCAN.SUMMONED)):
            why = RX.SUMMONED_WHY.match(text, m.end(), sent_end)
            if why is None:
                continue
            state = self.state_named(m, demonym="dem", name="owner")
            if state is None:
                continue
            accuser = self.subject_before(m.start()) or _first_person_voice(
                self, sent_start, m.start()
            )
            if accuser is None and _rx(r"[^,;]{0,30}?\b(?:I|we|We)\s").match(text, sent_start):
                said = self._reporter_of(sent_start, sent_end, m.start())  # "I have …, X said"
                accuser = said[0] if said is not None else None
            if accuser is None and _rx(_FIRST_PERSON_BEFORE).search(text, sent_start, m.start()):
                accuser = self._colon_speaker(sent_start, m.start())  # 'X said: "I have …'
            whose = self.mention_at(why.start("whose")) if why.group("whose") else None
            if whose is not None and self.speaker_capable(whose):
                accuser = whose.key  # "to express the UK’s concerns": the UK's criticism
            if not self.may_accuse(accuser, state):
                continue
            end = _about_end(text, why.end(), sent_end)
            about = text[why.end() : end].strip() or text[m.start() : why.end()].strip()
            span = (self._clause_start(sent_start, m.start(), accuser), end)
            self._add_accusation(
                Charge("criticism", accuser, [state], about, "asserted"),
                Found(span, "accusation:summoned-envoy", 0.6),
            )

    def _drew_criticism(self) -> None:
        """'Doskara's decision drew sharp criticism from Arvelia': Arvelia criticises
        Doskara (the sentence's subject, or the owner of the deed that is its subject)."""
        text = self.text
        for m, sent_start, _ in self.asserted(self.scan(SCAN.DREW_CRITICISM)):
            lst = self.list_after(m.end(), kinds=("org", "person"), limit=80)
            if lst is None:
                continue
            head = _rx(r"\s*(?:The\s+|the\s+)?").match(text, sent_start, m.start())
            mm = self.actor_at(head.end() if head else sent_start)
            if mm is None:
                continue
            if not _rx(
                r"(?:[’']s\s+(?:[a-z][\w-]*\s+){1,8}?|\s+)(?:has\s+|have\s+|had\s+)?$"
            ).fullmatch(text, mm.end, m.start()):
                continue  # a subject, or a deed it owns, right before the verb
            about = _rx(r"\s+(?:has|have|had)$").sub("", text[mm.start : m.start()].strip())
            for critic in lst[0]:
                if critic == mm.key or self.ents[critic].is_place:
                    continue
                self._add_accusation(
                    Charge("criticism", critic, [mm.key], about or "criticism", "asserted"),
                    Found((mm.start, lst[1]), "accusation:drew-criticism", 0.55),
                )

    def _took_aim(self) -> None:
        """'Arvelia took aim at Doskara over the blockade', 'pointed the finger at X for …':
        criticism of the one aimed at."""
        text = self.text
        for m, sent_start, sent_end in self.asserted(self.scan(SCAN.TOOK_AIM)):
            lst = self.list_after(m.end(), kinds=("org", "person"), limit=60)
            mm = self.mention_at(m.end())
            if lst is None or mm is None:
                continue
            accuser = self.subject_before(m.start())
            if not self.may_accuse(accuser):
                continue
            fm = _rx(r"\s+(?:over|for|on)\s+(?P<a>[^.;]+)").match(text, lst[1], sent_end)
            end = _about_end(text, fm.start("a"), sent_end) if fm else lst[1]
            about = text[fm.start("a") : end].strip() if fm else "criticism"
            accused = [k for k in lst[0] if k != accuser and not self.ents[k].is_place]
            self._add_accusation(
                Charge("criticism", accuser, accused, about, "asserted"),
                Found(
                    (self._clause_start(sent_start, m.start(), accuser), end),
                    "accusation:took-aim",
                    0.55,
                ),
            )

    def _summoned_passive(self) -> None:
        """'The Russian Foreign Ministry said the chargé d'affaires of the Czech Embassy was
        summoned over allegations …', 'the Doskaran envoy was summoned to the Arvelian
        Foreign Ministry over …': the summoner criticises the envoy's state."""
        text = self.text
        if "summoned" not in text:
            return
        for m, sent_start, sent_end in self.asserted(self.scan(SCAN.SUMMONED_PASSIVE)):
            envoys = list(RX.ENVOY_OF.finditer(text, sent_start, m.start()))
            if not envoys:
                continue
            em = envoys[-1]
            dem = em.group("dem") or em.group("dem2")
            state = self.ensure(self.demonyms.get(_fold(dem)))
            if state is None or self.ents[state].type != "state":
                continue
            why = RX.SUMMONED_WHY.match(text, m.end(), sent_end)
            if why is None:
                continue
            accuser: str | None = None
            if m.group().rstrip().endswith(("to", "by", "the")):
                lst = self.list_after(m.end(), kinds=("org", "person"), limit=60)
                accuser = lst[0][0] if lst is not None and len(lst[0]) == 1 else None
            if accuser is None:
                said = _rx(r"\b(?:said|says|announced|reported)\b").search(
                    text, sent_start, em.start()
                )
                accuser = self.subject_before(said.start()) if said is not None else None
            if not self.may_accuse(accuser):
                continue
            if state in _own_side(self, accuser) or self.ents[accuser].name.startswith(dem):
                continue  # "the Arvelian envoy was summoned by the Arvelian Foreign Ministry"
            if _rx(r"[^.;]*\bconsultations?\b").match(text, m.end(), why.end()):
                continue  # recalled for consultations: no protest
            end = _about_end(text, why.end(), sent_end)
            about = text[why.end() : end].strip()
            self._add_accusation(
                Charge("criticism", accuser, [state], about, "asserted"),
                Found((em.start(), end), "accusation:summoned-envoy-passive", 0.55),
            )

    def _lodged_protests(self) -> None:
        """'Arvelia lodged a strong protest with Doskara over the shelling', 'sent a protest
        note to the Doskaran embassy about …': a protest made with no summons criticises the
        one it is lodged with (the state of an embassy or envoy named by its demonym)."""
        text = self.text
        if "protest" not in text:
            return
        for m, sent_start, sent_end in self.asserted(self.scan(SCAN.LODGED_PROTEST)):
            at_mission = None if m.group("dem") else RX.AT_MISSION.match(text, m.end(), sent_end)
            if at_mission is not None and not self._envoy_at(m.end(), at_mission.start("at")):
                at_mission = None
            dem = m.group("dem") or (at_mission.group("dem") if at_mission else None)
            if dem:
                target = self.ensure(self.demonyms.get(_fold(dem)))
            else:
                lst = self.list_after(m.end(), kinds=("org", "person"), limit=80)
                target = lst[0][0] if lst is not None and len(lst[0]) == 1 else None
                mm = self.mention_at(m.end())
                if mm is None or target != mm.key:
                    continue  # "with the Red Cross at the border": not right after
            if target is None or self.ents[target].is_place:
                continue
            why = RX.PROTEST_WHY.match(text, m.end(), sent_end)
            if why is not None and at_mission is not None and why.end() <= at_mission.end():
                # "at the Doskaran Embassy": where the envoy serves, not why
                why = RX.PROTEST_WHY.match(text, at_mission.end(), sent_end)
            if why is None and not dem:
                continue  # a protest to a foreign mission needs no reason told with it
            accuser = self.subject_before(m.start()) or _first_person_voice(
                self, sent_start, m.start()
            )
            if not self.may_accuse(accuser, target):
                continue
            if target in _own_side(self, accuser):
                continue  # "the Doskaran envoy lodged a protest with the Doskaran embassy"
            if why is not None:
                end = _about_end(text, why.end(), sent_end)
                about = text[why.end() : end].strip()
            else:
                end = at_mission.end() if at_mission is not None else m.end()
                about = "protest"
            span = (self._clause_start(sent_start, m.start(), accuser), end)
            self._add_accusation(
                Charge("criticism", accuser, [target], about, "asserted"),
                Found(span, "accusation:lodged-protest", 0.6),
            )

    def _envoy_at(self, lo: int, hi: int) -> bool:
        """Whether ``lo``..``hi`` names an envoy before the mission's name: 'a senior
        diplomat', or a person and a post ('Mika Dent, chargé d'affaires ad interim')."""
        words = self.text[lo:hi]
        if _rx(r"(?:an?\s+|the\s+)?(?:[a-z-]+\s+){1,4}$").fullmatch(words):
            return True  # "a senior diplomat at the …"
        mm = self.mention_at(lo)
        return (
            mm is not None
            and self.ents[mm.key].is_person
            and _rx(r",\s+(?:the\s+|a\s+)?(?:[\w’'-]+\s+){1,6}").fullmatch(self.text, mm.end, hi)
            is not None
            and _rx(r"\b(?:who|which|that|whom|whose)\b").search(self.text, mm.end, hi) is None
        )

    def _rejected_words(self) -> None:
        """'Arvelia rejected the allegations made by Doskara', '"Arvelia deplores statements
        from the Doskaran Foreign Ministry," the ministry said', 'conveyed Arvelia's rejection
        of Oren Vask's statement': rejecting someone's words criticises whoever said them.
        In a quote the quote's subject rejects them, or its speaker when it says "we"."""
        text = self.text
        for m in self.scan(_REJECT_WORDS_SCAN):
            s = m.start()
            sent_start, sent_end = self.sent(s)
            if _negation(text[max(sent_start, s - 30) : s]):
                continue
            at = m.start("np")
            by = _WORDS_BY.match(text, at, sent_end)
            lst = self.list_after(by.end() if by else at, kinds=("org", "person"), limit=60)
            if lst is None or len(lst[0]) != 1:
                continue
            end = lst[1]
            if by is not None:
                if _rx(r"[’']s?\s").match(text, end):
                    continue  # "claims by Doskara's critics": not Doskara's
            elif (om := _OWNED_WORDS.match(text, end)) is not None:
                end = om.end()  # "rejected Oren Vask's statement"
            else:
                continue
            target = lst[0][0]
            if self.ents[target].is_place or self.ents[target].type == _MEDIA:
                continue
            quote = self.quote_containing(s)
            if quote is None and self.in_quote(s):
                continue
            accuser = self.subject_before(s) if quote is None else self._quoted_subject(quote, s)
            if accuser is None and quote is None:
                accuser = _first_person_voice(self, sent_start, s)
            elif (
                accuser is None
                and quote is not None
                and _rx(r"(?:[^.;“”\"]*\b)?[Ww]e\s+(?:\w+\s+)?$").match(
                    text, max(sent_start, quote.text[0]), s
                )
            ):
                accuser = quote.speaker  # '"We reject the remarks by …," X said'
            if not self.may_accuse(accuser):
                continue
            if target in _own_side(self, accuser):
                continue
            about = text[m.start("np") : end].strip()
            span = (self._clause_start(sent_start, s, accuser) if quote is None else s, end)
            self._add_accusation(
                Charge("criticism", accuser, [target], about, "asserted"),
                Found(span, "accusation:rejected-words", 0.55),
                made_in=quote.statement if quote is not None else None,
            )

    def _quoted_subject(self, quote: _Quote, verb: int) -> str | None:
        """Who does the verb at ``verb`` inside ``quote``: the name or "the X government"
        right before it ('"Arvelia rejects …', '"The Arvelian government deplores …')."""
        lo = max(self.sent(verb)[0], quote.text[0])
        gm = _rx(
            r"[^.;]*?\b(?:[Tt]he\s+)?(?P<d>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+[Gg]overnment\s+"
            r"(?:[a-z]+ly\s+)?$"
        ).match(self.text, lo, verb)
        if gm is not None and (state := self.demonyms.get(_fold(gm.group("d")))) is not None:
            return self.ensure(state)
        men = self.mentions_between(lo, verb)
        if men and _rx(
            r"(?:[’']s\s+government|\s+[Gg]overnment)?\s+(?:[a-z]+ly\s+|once\s+again\s+)?$"
        ).fullmatch(self.text, men[-1].end, verb):
            return men[-1].key if self.speaker_capable(men[-1]) else None
        return None

    def _dissatisfactions(self) -> None:
        """'Fabius said Paris is not satisfied with Iran's position', 'Arvelia voiced
        disappointment at Doskara's refusal': displeasure with what someone (named right
        after, as its owner) holds or did criticises them; the one who said so speaks."""
        text = self.text
        for m, sent_start, sent_end in self.asserted(self.scan(SCAN.DISSATISFIED)):
            mm = self.actor_at(m.end())
            if mm is None:
                continue
            if not _rx(r"[’']s?\s+[a-z]").match(text, mm.end):
                continue  # "disappointed with Doskara": no stand or deed named
            said = _rx(r"\b(?:said|says|told|stated|added)\b").search(text, sent_start, m.start())
            accuser = self.subject_before(said.start() if said else m.start())
            if not self.may_accuse(accuser, mm.key):
                continue
            if mm.key in _own_side(self, accuser):
                continue  # "the Prime Minister expressed regret over Arvelia's wartime past"
            end = _about_end(text, mm.end, sent_end)
            stop = _rx(r"[:“”\"(,;]|\s+(?:and|but)\s").search(text, mm.end, end)
            end = stop.start() if stop else end
            about = text[mm.start : end].strip()
            span = (
                self._clause_start(sent_start, said.start() if said else m.start(), accuser),
                end,
            )
            self._add_accusation(
                Charge("criticism", accuser, [mm.key], about, "asserted"),
                Found(span, "accusation:dissatisfied", 0.55),
            )

    def _state_or_name_in(self, lo: int, hi: int) -> str | None:
        """The first speaker-capable name in ``lo``..``hi``, or the state of its first
        demonym ("official North Korean news media", "Russian hackers")."""
        men = [
            mm
            for mm in self.mentions_between(lo, hi)
            if self.speaker_capable(mm) and not self.ents[mm.key].is_place
        ]
        dem = None
        for dm in RX.DEMONYM_WORDS.finditer(self.text, lo, hi):
            dem = self.demonyms.get(_fold(dm.group("d"))) or self.demonyms.get(
                _fold(dm.group("d").split()[-1])
            )
            if dem is not None:
                if men and men[0].start < dm.start():
                    break
                return self.ensure(dem)
        return men[0].key if men else None

    def _charge_nouns(self) -> None:
        """'a charge carried by official North Korean news media that the United States is
        leading the region toward war', 'allegations from U.S. intelligence agencies that
        Russian hackers interfered …': the charge's maker accuses the one the that-clause
        opens with (an allegation is hedged)."""
        text = self.text
        for m in self.unquoted(self.scan(SCAN.CHARGE_NOUN)):
            sent_start, sent_end = self.sent(m.start())
            if m.group("by"):
                accuser = self._state_or_name_in(m.end("by"), m.end())
            else:
                # "Doskara's charge", "a Doskaran allegation": its maker right before it
                lo = max(sent_start, m.start() - 40)
                owner = [
                    mm
                    for mm in self.mentions_between(lo, m.start())
                    if _rx(r"[’']s?\s+(?:(?:new|latest|repeated|renewed)\s+)?").fullmatch(
                        text, mm.end, m.start()
                    )
                ]
                dem = _rx(
                    r"\b(?P<d>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:(?:new|latest|repeated|"
                    r"renewed)\s+)?$"
                ).search(text, lo, m.start())
                accuser = (
                    owner[-1].key
                    if owner
                    else self.ensure(self.demonyms.get(_fold(dem.group("d"))))
                    if dem is not None
                    else None
                )
            if not self.may_accuse(accuser):
                continue
            clause = _rx(
                r"(?:the\s+)?[^.;,“”\"]{0,60}?\s+(?:is|are|was|were|has|have|had|"
                r"[a-z]+ed|[a-z]+s)\b"
            ).match(text, m.end(), sent_end)
            if clause is None:
                continue
            if _rx(r"\s+(?:being|been)\b|\s+(?:is|are|was|were)\s+[a-z]+ed\b").search(
                text, m.end(), clause.end() + 12
            ):
                continue  # "that militants are being trained at X": X is no doer
            accused = self._state_or_name_in(m.end(), clause.end())
            if accused is None or accused == accuser:
                continue
            end = _about_end(text, m.end(), sent_end)
            about = text[m.end() : end].strip()
            fact = "hedged" if m.group("noun").startswith("alleg") else "asserted"
            self._add_accusation(
                Charge("accusation", accuser, [accused], about, fact),
                Found((m.start(), end), "accusation:charge-noun", 0.5),
            )

    def _insinuations(self) -> None:
        """'U.S. officials have implied Russia may be involved in the leak', 'X hinted that
        Y was behind the blast': a hedged charge against the one named."""
        text = self.text
        for m, sent_start, sent_end in self.asserted(self.scan(SCAN.INSINUATE)):
            mm = self.actor_at(m.end())
            if mm is None:
                continue
            im = RX.INVOLVED.match(text, mm.end, sent_end)
            if im is None:
                continue
            accuser = self.subject_before(m.start())
            if not self.may_accuse(accuser, mm.key):
                continue
            end = _about_end(text, im.end(), sent_end)
            about = text[im.start("deed") : end].strip()
            span = (self._clause_start(sent_start, m.start(), accuser), end)
            self._add_accusation(
                Charge("accusation", accuser, [mm.key], about, "hedged"),
                Found(span, "accusation:insinuation", 0.5),
            )

    def _colon_speaker(self, sent_start: int, pos: int) -> str | None:
        """Who speaks the first-person words at ``pos`` that a colon introduces: 'X said:
        "I have …' in the sentence, or 'X said:' ending the sentence just before."""
        text = self.text
        said = next(reversed(list(RX.COLON_SAID.finditer(text, sent_start, pos))), None)
        if said is not None:
            if _rx(r"[“”\"]").search(text, said.end(), pos):
                return None  # the words are not the ones the colon opens
        elif sent_start > 0:
            prev_start, _ = self.sent(sent_start - 1)
            said = RX.COLON_SAID.search(text, prev_start, sent_start)
            if said is None or text[said.end() : sent_start].strip():
                return None
        else:
            return None
        who = self.subject_before(said.start())
        if who is None or self.ents[who].type == _MEDIA:
            return None
        return who

    def _subject_of_hostile_verb(
        self, mm: _Men, verb_end: int, inside: list[_Men], own: set[str | None]
    ) -> bool:
        """Whether the hostile verb ending at ``verb_end`` is said of ``mm``: no other name,
        pronoun subject or clause boundary between them ("G7 members … while we hold them
        accountable for … efforts to destabilize": not G7). The speaker's own side named as
        what is harmed ("X's pattern … harms American interests and undermines") is the
        object of a first verb, not another subject."""
        text = self.text
        if any(
            mm.end <= o.start < verb_end
            and o.key != mm.key
            and not (o.key in own and _rx(r"\s+[a-z]").match(text, o.end))
            for o in inside
        ):
            return False
        if RX.NOUN_GOVERNOR.search(self.text, mm.end, self._word_start(verb_end)):
            return False  # "statements by the Council chair condemning attacks": a noun
        return RX.CLAUSE_BETWEEN.search(self.text, mm.end, verb_end) is None

    def _word_start(self, end: int) -> int:
        """Where the word ending at ``end`` starts."""
        start = end
        while start > 0 and self.text[start - 1].isalpha():
            start -= 1
        return start

    def _state_held_in(self, mm: _Men) -> bool:
        """Whether ``mm`` names the state where its rulers hold something ("elections in
        Iran", "trials in X"): what is said of that is said of them."""
        return self.ents[mm.key].type == "state" and (
            RX.HELD_IN.search(self.text, max(0, mm.start - 30), mm.start) is not None
        )

    def _people_under(self, qs: int, qe: int, own: set[str | None]) -> str | None:
        """The state whose people a critical quote says live under it ("the people of X
        live in the darkness of tyranny", "Doskaran citizens suffer under …"), not the
        speaker's own."""
        m = RX.PEOPLE_UNDER.search(self.text, qs, qe)
        if m is None:
            return None
        if m.group("x"):
            mm = self.mention_at(m.start("x"))
            state = mm.key if mm is not None and self.ents[mm.key].type == "state" else None
        else:
            state = self.ensure(self.demonyms.get(_fold(m.group("d"))))
        return state if state is not None and state not in own else None

    def _quote_accusations(self) -> None:
        """Criticism voiced in a quote: 'We strongly oppose NATO’s …', '… challenge our …'."""
        text = self.text
        for q in self.quotes:
            qs, qe = q.text
            words = text[qs:qe]
            if not _has_neg_words(words) and not RX.QUOTED_CALL_ON.search(words):
                continue
            speaker = q.speaker
            sp = self.ents[speaker]
            own = {speaker, sp.country} | {
                p.org for p in self.positions if p.holder == speaker and p.status == "current"
            }
            inside = [
                mm for mm in self.mentions_between(qs, qe, outer=False) if self.speaker_capable(mm)
            ]
            target: str | None = None
            span: tuple[int, int] = (qs, qe)
            for mm in inside:
                if mm.key in own or (self.ents[mm.key].is_person and mm.key == speaker):
                    continue
                before = text[max(qs, mm.start - 40) : mm.start]
                opp = RX.OPPOSE.search(before)
                if opp is None or opp.end() != len(before):
                    opp = RX.OUTRAGE_BEFORE.search(before)
                if opp is not None and opp.end() == len(before):
                    target = mm.key
                    end = _clause_end(text, mm.end, qe, stop_and=True)
                    span = (qs, end)
                    break
                if (
                    RX.QUOTED_DEED.match(text, mm.end, qe)
                    or RX.OWN_DEED_HARMS.match(text, mm.end, qe)
                    or RX.EPITHET_BEFORE.search(before)
                    or RX.QUOTED_DEED_BY.search(text, max(qs, mm.start - 90), mm.start)
                    or (RX.QUOTED_DEMAND.search(before) and RX.DEMAND_DEED.match(text, mm.end, qe))
                ):
                    target = mm.key  # "casualties from Israeli military operations"
                    span = (qs, qe)
                    break
                nv = _NEG_VERB_AFTER.match(text[mm.end : qe])
                if nv and self._subject_of_hostile_verb(mm, mm.end + nv.end(), inside, own):
                    target = mm.key
                    span = (qs, qe)
                    break
            if target is None:
                # "We urge the Doskaran side to stop …": the state behind the side
                for cm in RX.QUOTED_CALL_ON_SIDE.finditer(text, qs, qe):
                    side = _side_of(self, cm.end())
                    if (
                        side is not None
                        and side[0][0] not in own
                        and RX.DEMAND_DEED.match(text, side[1], qe)
                    ):
                        target = side[0][0]
                        break
            if target is None and _has_neg_words(words):
                # "The people of Burma live in the darkness of tyranny": their rulers'
                target = self._people_under(qs, qe, own)
            if target is None and _has_neg_words(words):
                lead = _rx(r"\s*(?:The|These|Those|This)\s+").match(text, qs, qe)
                at = lead.end() if lead else qs
                # ("the Iranian regime's behavior is something to be loathed")
                dd = _demonym_deed(self, at, qe) or _demonym_rulers(self, at, qe)
                # ("The Russian strikes are a war crime")
                if dd is not None and dd[0] and not set(dd[0]) & own:
                    target = dd[0][0]
            if target is None and _has_neg_words(words):
                # "The Americans are not honest. … sanctions …": the people's state
                people = _demonym_people(self, qs, qe)
                target = people if people not in own else None
            if target is None and not inside:
                # The quote describes what someone named just before it does ("Beijing is “…”").
                s0, _ = self.sent(qs)
                head = [
                    mm
                    for mm in self.mentions_between(s0, qs)
                    if (self.speaker_capable(mm) or self._state_held_in(mm))
                    and not self.in_quote(mm.start)
                    and mm.key not in own
                ]
                if head and _rx(
                    r"\b(?:is|are|was|were|has|have|had)\s+(?:[a-z]+\s+){0,3}[“\"‘]?$"
                ).search(text[head[-1].end : qs]):  # (up to the quote's opening mark)
                    target = head[-1].key
            elif target is None and all(mm.key in own or self.ents[mm.key] is sp for mm in inside):
                s0, _ = self.sent(qs)
                prior = [
                    a
                    for a in self.accusations
                    if a.accuser == speaker and self.sent(a.span[0])[0] == s0
                ]
                earlier_q = [
                    x
                    for x in self.quotes
                    if x.speaker == speaker and x.text[0] < qs and self.sent(x.text[0])[0] == s0
                ]
                if not prior and earlier_q:
                    head = [
                        mm
                        for mm in self.mentions_between(s0, earlier_q[0].text[0])
                        if self.speaker_capable(mm)
                        and not self.in_quote(mm.start)
                        and mm.key not in own
                    ]
                    if head and _has_neg_words(words):
                        target = head[-1].key
                        ev_s = text.rfind(",", s0, qs)
                        span = (ev_s + 1 if ev_s != -1 else s0, qe + 1)
                        while text[span[0]].isspace():
                            span = (span[0] + 1, span[1])
            if target is None or self.ents[target].is_place:
                continue
            about = _short_about(text[qs:qe])
            self._add_accusation(
                Charge("criticism", speaker, [target], about, "asserted"),
                Found(span, "accusation:critical-quote", 0.55),
                made_in=q.statement,
            )
