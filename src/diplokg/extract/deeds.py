"""Hostile deeds told in reported speech, the accusation rules' lower half: "X said Y had
shelled the town", "claims that Y was arming militias", "Y allegedly hacked", "the town was
shelled by Y".

The accusation rules (:mod:`diplokg.extract.accusations`) build on these: a deed told by a
speaker is that speaker's charge against the deed's doer.
"""

from __future__ import annotations

import re

from diplokg.extract.charging import _first_person_voice, _has_neg_words
from diplokg.extract.clauses import (
    Charge,
    Clauses,
    Found,
)
from diplokg.extract.patterns import _DECEIT_VERBS, _MEDIA, _about_end, _gerund, _negation
from diplokg.extract.regexes import RX
from diplokg.extract.text import SCAN, Scan, _fold, _rx
from diplokg.extract.words import alternation, word_list

# "Manila says …", "negotiators reportedly believe that …", "Israel fears that …": one
# word list makes both the pattern and its scan's head words
_CLAIM_VERBS = word_list("claim-verbs")

_CLAIM = re.compile(rf"\b(?:{alternation(_CLAIM_VERBS)})\s+(?:that\s+)?")

_CLAIM_SCAN = Scan(_CLAIM, frozenset(_CLAIM_VERBS))


_SAID_DEED = re.compile(
    # "said Beijing's ships had …": the state's forces do its deed
    r"(?:[’']s\s+(?:[a-z-]+\s+)?(?:ships|vessels|warships|forces|troops|military|navy|army|"
    r"jets|aircraft|soldiers|coast\s+guard|hackers|agents|militias?|drones)\b"
    # "said China's global infrastructure push, known as the Belt and Road Initiative, has
    # left …": the state's scheme, named or not, does its deed
    r"|[’']s\s+(?:[a-z-]+\s+){0,3}?(?:push|drive|initiative|scheme|programme|program|project|"
    r"lending|loans|policy|policies|strategy)(?:,\s+(?:known|called|dubbed)\s+as\s+[^,;.]{1,60},)?)?"
    r"\s+(?:[“\"]?(?:had|has|have|was|is|were|are|been|long|repeatedly|deliberately|also|still|"
    r"now|again|(?:appeared|appears|seemed|seems)\s+to(?:\s+have)?|"
    r"(?:continues|continued|continue|keeps|kept)\s+to)\s+)*[“\"]?"
    r"(?P<deed>(?:tried|trying|tries|sought|seeking|seeks|attempt(?:ed|ing|s))"
    r"\s+to\s+(?:divide|undermine|destabili[sz]e|intimidate|coerce|interfere|meddle|split|"
    r"sabotage|blackmail|isolate|bully)|meddl(?:ed|ing)|interfer(?:ed|ing)|destabili[sz]ing|"
    r"undermin(?:ed|ing)|bully(?:ing)?|bullied|blackmail(?:ed|ing)|violat(?:ed|ing)|"
    r"resort(?:ed|ing)\s+to|smear(?:ed|ing)|"
    # conduct that abuses trust: "said Doskara was misleading …", "continues to abuse its
    # position on the Council to lie"
    r"abus(?:e|es|ed|ing)\s+(?:its|their|his|her)\s+(?:position|power|veto|seat|role|"
    rf"authority|privileges?)|lie(?=\s+(?:about|to)\b)|{_DECEIT_VERBS}|"
    r"distort(?:s|ed|ing)|spread(?:s|ing)?\s+(?:disinformation|lies|"
    r"falsehoods|propaganda)|"
    # "has left its partners “dead in the noose”", "trapped poorer nations in debt"
    r"(?:left|leaving|trapped|trapping|saddled|saddling|mired|miring)\s+(?:(?:its|their|the|many|"
    r"poorer|smaller|developing|[a-z]+ing)\s+){0,2}(?:partners|neighbou?rs|allies|borrowers|"
    r"countries|nations|states|economies|people|peoples|citizens)\s+(?:[“\"](?=[^”\"]{0,40}\b(?:dead|"
    r"noose|trap|ruin|debt|broke|bankrupt|chains|shackles)\b)|(?:in|with|under)\s+(?:deep\s+|"
    r"crushing\s+|heavy\s+|unpayable\s+|unsustainable\s+)?(?:debts?|ruins?|poverty)\b)|used\s+(?:[\w-]+\s+){1,4}?to\s+(?:smear|intimidate|"
    r"silence|harass|suppress|punish|crush)|"
    # "said Kandria must first “end its support for …”": what it must stop, it does
    r"(?:must|should|has\s+to|needs\s+to)\s+(?:first\s+|immediately\s+|urgently\s+)?[“\"]?"
    r"(?:stop|end|cease|halt|abandon)\s+(?:its|their)|"
    r"(?:directly\s+|fully\s+|solely\s+)?responsible\s+for|to\s+blame\s+for|behind\s+the|"
    r"(?:acted|acting|acts|behaved|behaving)\s+(?:very\s+|highly\s+)?(?:dangerously|recklessly|"
    r"aggressively|provocatively|illegally|irresponsibly|unprofessionally|unlawfully))\b"
)


class DeedRules(Clauses):
    """Rules that read hostile deeds in reported speech."""

    def find_reported_deeds(self) -> None:
        """Charges told as deeds: claimed, said, reported, alleged or in the passive."""
        self._claims()
        self._said_deeds()
        self._said_launched()
        self._reported_deeds()
        self._alleged_deeds()
        self._passive_deeds()

    def _possessive_government(self, sent_start: int, verb: int) -> str | None:
        """'… but his government allegedly considers …': the state of the one the pronoun
        stands for, as the subject of ``verb``."""
        pm = RX.POSSESSIVE_GOVERNMENT.search(self.text, sent_start, verb)
        if pm is None:
            return None
        pronoun = {"his": "he", "her": "she", "its": "it", "their": "they"}[pm.group("p").lower()]
        owner = self.resolve_pronoun(pm.start(), pronoun)
        if owner is None or self.ents[owner].type == "state":
            return owner
        if self.ents[owner].country is None and all(p.holder != owner for p in self.positions):
            return None  # whose government it is, the text does not say
        return self._government_of(owner, verb)

    def _claims(self) -> None:
        """'Manila says Chinese coast guard vessels fired water cannon at …', 'negotiators
        reportedly believe that Paraguay leaked …': a hostile deed the speaker pins on
        someone, hedged (it is their claim)."""
        text = self.text
        for m, sent_start, sent_end in self.asserted(self.scan(_CLAIM_SCAN)):
            s = m.start()
            if RX.CLAIM_NOUN_BEFORE.search(text, sent_start, s) or _rx(r"(?:by|from)\b").match(
                text, m.end()
            ):
                continue  # "rejected claims by X that …": a noun, the one who speaks denies it
            hi = _about_end(text, m.end(), sent_end)
            hm = RX.HOSTILE_DEED.search(text, m.end(), min(hi, m.end() + 120))
            if hm is None:
                continue
            accuser = self._possessive_government(sent_start, s) or self.subject_before(s)
            if not self.may_accuse(accuser):
                continue
            culprits = [
                mm
                for mm in self.mentions_between(m.end(), hm.start())
                if self.speaker_capable(mm) and mm.key != accuser and not self.in_quote(mm.start)
            ]
            if not culprits or culprits[0].start - m.end() > 40:
                continue
            lead = text[m.end() : culprits[0].start]
            if _rx(r"\b(?:to|against|on|in|at|with|for|of)\s+(?:the\s+)?$").search(lead):
                continue
            accused = culprits[0].key
            if self.ents[accused].is_place:
                continue
            end = _about_end(text, hm.start(), sent_end)
            about = text[hm.start() : end].strip()
            span = (self._clause_start(sent_start, s, accuser), end)
            self._add_accusation(
                Charge("accusation", accuser, [accused], _gerund(about), "hedged"),
                Found(span, "accusation:claimed-deed", 0.55),
            )

    def _said_deeds(self) -> None:
        """'Budrys said Beijing had "long tried to divide Europe"', 'the minister said Russia
        was meddling in …': the speaker accuses the subject of the said clause."""
        text = self.text
        for m in self.unquoted(self.scan(SCAN.DEEDS_SAID_THAT)):
            s = m.start()
            sent_start, sent_end = self.sent(s)
            mm = self.actor_at(m.end(), person=False)
            if mm is not None:
                accused: str | None = mm.key
                dm = _SAID_DEED.match(text, mm.end, sent_end)
                deed = dm.start("deed") if dm else -1
                rule = "accusation:said-deed"
            else:
                accused, deed = self._said_government(m.end(), sent_end, s)
                rule = "accusation:said-government-deed"
            if accused is None or deed < 0:
                continue
            if _negation(text[max(sent_start, s - 30) : deed]):
                continue
            said = self._reporting_verb(m, sent_start)
            if said is None:
                continue
            # ("We regret that …" in remarks as delivered: whose remarks they are)
            accuser = self.subject_before(said) or _first_person_voice(self, sent_start, said)
            if not self.may_accuse(accuser, accused):
                continue
            if rule.endswith("government-deed") and self._government_of(accuser, s) != accused:
                continue  # a critic of its own government, never the government itself
            end = _about_end(text, deed, sent_end)
            nxt = _rx(r",?\s+(?:and|but)\s+(?:he|she|they|it|we)\b").search(text, deed, end)
            end = nxt.start() if nxt else end  # "…, and he called …": the next clause
            if text[deed - 1] in '“"':  # the quoted words alone
                close = _rx(r"[”\"]").search(text, deed, end)
                end = close.end() if close else end
            about = text[deed:end].strip().strip('“”"')
            fact = "hedged" if RX.HEDGE.search(text, s, end) else "asserted"
            self._add_accusation(
                Charge("accusation", accuser, [accused], _gerund(about), fact),
                Found((self._clause_start(sent_start, said, accuser), end), rule, 0.6),
            )

    def _reporting_verb(self, m: re.Match[str], sent_start: int) -> int | None:
        """Where the verb that reports the clause a ``RX.DEEDS_SAID_THAT`` match opens stands: the
        match itself, or for "…, and that B …" the verb of the first clause, earlier in the
        sentence (None when there is none)."""
        if not m.group("and"):
            return m.start()
        first = [
            p
            for p in RX.DEEDS_SAID_THAT.finditer(self.text, sent_start, m.start())
            if not p.group("and") and not self.in_quote(p.start())
        ]
        return first[-1].start() if first else None

    def _said_launched(self) -> None:
        """'The minister stressed that the propaganda campaign, which had been launched by
        the United States and its allies, was pursuing provocative aims': the speaker
        accuses the doer the subject's relative clause names (a state or a body), when the
        clause's own predicate holds a word of criticism; not one denied ("was not
        pursuing …")."""
        text = self.text
        for m in self.unquoted(self.scan(SCAN.DEEDS_SAID_THAT)):
            s = m.start()
            sent_start, sent_end = self.sent(s)
            said = self._reporting_verb(m, sent_start)
            if said is None:
                continue
            lm = RX.LAUNCHED_BY.search(text, m.end(), min(sent_end, m.end() + 160))
            if lm is None or _rx(r"[,;:]").search(text, m.end(), lm.start()):
                continue  # the relative clause of the said clause's own subject only
            doer = self.actor_at(lm.end(), person=False)
            if doer is None:
                continue
            vm = RX.DOER_TO_VERB.match(text, doer.end, sent_end)
            if vm is None:
                continue
            end = _about_end(text, vm.end(), sent_end)
            if (
                not _has_neg_words(text[vm.end() : end])
                or _negation(text[vm.start() : end])
                or _rx(r"(?:not|never|no\s+longer|hardly)\b").match(text, vm.end())
            ):
                continue
            accuser = self.subject_before(said)
            if not self.may_accuse(accuser, doer.key):
                continue
            subject = text[m.end() : lm.start()].strip()
            about = f"{subject} {_gerund(text[vm.end() : end].strip())}"
            fact = "hedged" if RX.HEDGE.search(text, s, end) else "asserted"
            self._add_accusation(
                Charge("accusation", accuser, [doer.key], about, fact),
                Found(
                    (self._clause_start(sent_start, said, accuser), end),
                    "accusation:said-launched",
                    0.55,
                ),
            )

    def _reported_deeds(self) -> None:
        """'X said that … the US has been interfering in Hong Kong's affairs', 'Y claimed
        that the US should stop intervening in China's domestic affairs', 'According to
        X, the US secret service uses technology to destabilize …': a hostile deed told in
        words a speaker is said to say, pinned on the deed's subject; the speaker accuses
        it (hedged when the speaker only claims it or the story relays it)."""
        text = self.text
        for m, sent_start, sent_end in self.asserted(self.scan(SCAN.REPORTED_DEED), reach=0):
            if m.group("aff") and not RX.AFFAIRS_AFTER.match(text, m.end(), sent_end):
                continue  # "intervening years", "interfere with the signal"
            self._deed_reported(m.start(), sent_start, sent_end)
        # "Doskara armed the rebels, Arvelia says", "According to NATO, Russia has moved
        # troops to the border": any hostile deed, its doer opening the clause
        for m, sent_start, sent_end in self.asserted(self.scan(SCAN.HOSTILE_DEED), reach=0):
            self._deed_reported(m.start(), sent_start, sent_end)

    def _deed_reported(self, s: int, sent_start: int, sent_end: int) -> None:
        """The accusation a deed whose verb is at ``s`` makes, when its doer is named right
        before it and someone is said to say it."""
        text = self.text
        lead = text[max(sent_start, s - 50) : s]
        if _negation(lead) or _rx(r"\b(?:not|never|no\s+longer)\s+(?:\w+\s+)?$").search(lead):
            return
        subject = self._deed_subject(sent_start, s)
        if subject is None:
            return
        accused, subj_start = subject
        if RX.DENIED_CLAIM.search(text, sent_start, subj_start):
            return  # "Sweden denied claims that Norway had seized the ferry": no one's charge
        said = self._reporter_of(sent_start, sent_end, subj_start)
        if said is None:
            return
        accuser, hedged, ev_start = said
        if not self.may_accuse(accuser, accused):
            return
        acc_ent = self.ents[accused]
        if acc_ent.is_place or acc_ent.is_person or self.ents[accuser].country == accused:
            return
        end = _about_end(text, s, sent_end)
        about = _gerund(text[s:end].strip())
        fact = "hedged" if hedged or RX.HEDGE.search(text, sent_start, end) else "asserted"
        self._add_accusation(
            Charge("accusation", accuser, [accused], about, fact),
            Found((ev_start, end), "accusation:reported-deed", 0.55),
        )

    def _deed_subject(self, sent_start: int, verb: int) -> tuple[str, int] | None:
        """The state or body doing the deed whose verb is at ``verb``: the name right
        before it, with only auxiliaries, an agency noun or "uses X to" between."""
        text = self.text
        before = [
            mm
            for mm in self.mentions_between(max(sent_start, verb - 120), verb)
            if self.speaker_capable(mm) and not self.in_quote(mm.start)
        ]
        if not before:
            return None
        mm = before[-1]
        if not RX.DEED_GAP.fullmatch(text, mm.end, verb):
            return None
        if RX.PREP_OF_BEFORE.search(text, max(sent_start, mm.start - 12), mm.start):
            return None  # "the affairs of China", "against Russia": not the doer
        return mm.key, mm.start

    def _said_government(self, at: int, sent_end: int, said: int) -> tuple[str | None, int]:
        """'… said the government had “traded away the river”', '… that the Valmoran
        authorities appeared to have used …': the government the said clause is about
        (a demonym's state, or the speaker's own) and where its deed starts (or -1)."""
        text = self.text
        gm = RX.SAID_GOVERNMENT.match(text, at, sent_end)
        if gm is None:
            return None, -1
        qm = RX.QUOTED_CONDUCT.match(text, gm.end(), sent_end)
        dm = _SAID_DEED.match(text, gm.end(), sent_end)
        deed = qm.end() if qm else dm.start("deed") if dm else -1
        if deed < 0:
            return None, -1
        if gm.group("dem"):
            mm = self.mention_at(gm.start("dem"))
            state = self.ents[mm.key] if mm else None
            if mm is None or state is None or state.type != "state":
                return None, -1
            return mm.key, deed
        accuser = self.subject_before(said)
        gov = self._government_of(accuser, said) if accuser else None
        if accuser is None or gov is None:
            return None, -1
        held = {p.org for p in self.positions if p.holder == accuser}
        if self.ents[accuser].country == gov or any(
            o == gov or self.ents[o].country == gov for o in held
        ):
            return None, -1  # a minister speaking for the government, not against it
        return gov, deed

    def _alleged_deeds(self) -> None:
        """'Ardenia expelled two Ostranan diplomats who allegedly spied on …': the
        sentence's subject accuses the actor named right before the hedge, hedged."""
        text = self.text
        for m, sent_start, sent_end in self.asserted(self.scan(SCAN.ALLEGED)):
            s = m.start()
            hm = RX.HOSTILE_DEED.match(text, m.end(), sent_end)
            if hm is None:
                continue
            head_lo = max(sent_start, s - 100)
            lead = RX.ALLEGED_LEAD.search(text, head_lo, s)
            if lead is None:
                continue
            actor_end = lead.start()
            named = [
                mm
                for mm in self.mentions_between(head_lo, actor_end)
                if mm.end == actor_end and self.speaker_capable(mm)
            ]
            accused: str | None = None
            if named:
                accused, actor_start = named[-1].key, named[-1].start
            else:
                dm = RX.DEMONYM_ACTOR.search(text, head_lo, actor_end)
                state = self.ensure(self.demonyms.get(_fold(dm.group("d")))) if dm else None
                if dm is None or state is None or self.ents[state].type != "state":
                    continue
                accused, actor_start = state, dm.start()
            accuser = self.subject_before(actor_start)
            if (
                not self.may_accuse(accuser, accused)
                or self.ents[accuser].is_place
                or self.ents[accused].is_place
            ):
                continue
            end = _about_end(text, hm.start(), sent_end)
            # "A and B expelled …": each of the subjects the accuser is listed with
            lst = self.list_after(sent_start, kinds=("org", "person"))
            group = lst[0] if lst and lst[1] < actor_start and accuser in lst[0] else [accuser]
            about = _gerund(text[hm.start() : end].strip())
            for who in group:
                if who == accused:
                    continue
                span = (self._clause_start(sent_start, actor_start, who), end)
                self._add_accusation(
                    Charge("accusation", who, [accused], about, "hedged"),
                    Found(span, "accusation:alleged-deed", 0.55),
                )

    def _passive_deeds(self) -> None:
        """'X said at least 140 activists had been detained': X accuses the state the story
        is about (its first-named state) of a repressive deed whose agent goes unnamed."""
        text = self.text
        for m in self.unquoted(self.scan(SCAN.PASSIVE_DEED)):
            s = m.start()
            sent_start, sent_end = self.sent(s)
            if _negation(text[m.start("np") : m.start("deed")]) or _negation(
                text[max(sent_start, s - 30) : s]
            ):
                continue
            end = _about_end(text, m.start("deed"), sent_end)
            if _rx(r"\s+by\b").match(text, m.end()):
                continue  # "detained by the militia": the agent is named
            accuser = self.subject_before(s)
            dash = _rx(r"\s(?:--|–|—)\s").search(text, sent_start, s)
            if accuser is not None and self.ents[accuser].type == _MEDIA and dash:
                # "WASHINGTON (Capitol Wire) -- The United States …": after the dateline
                accuser = self.subject_before(s, lo=dash.end())
            state = self._first_state(s)
            if accuser is None or state is None or accuser == state:
                continue
            ent = self.ents[accuser]
            held = {p.org for p in self.positions if p.holder == accuser}
            if ent.type == _MEDIA or ent.country == state or state in held:
                continue  # a state's own voice describing what happened at home
            if any(self.ents[o].country == state for o in held):
                continue
            about = _gerund(text[m.start("np") : end].strip())
            span = (self._clause_start(sent_start, s, accuser), end)
            self._add_accusation(
                Charge("accusation", accuser, [state], about, "asserted"),
                Found(span, "accusation:passive-deed", 0.5),
            )
