"""Accusations: accusations and criticism, with hedges, negation and unnamed targets.

Protests, charges told as nouns and criticism inside quotes are the protest rules'
(:mod:`diplokg.extract.protests`, the step after); what both read is in
:mod:`diplokg.extract.charging`.
"""

from __future__ import annotations

import re

from diplokg.extract.charging import (
    _demonym_deed,
    _demonym_rulers,
    _first_person_voice,
    _has_neg_words,
    _own_side,
    _side_of,
)
from diplokg.extract.clauses import Charge, Clauses, Found
from diplokg.extract.patterns import _ACCUSE_VERBS, _MEDIA, _about_end, _gerund, _negation
from diplokg.extract.regexes import RX
from diplokg.extract.text import SCAN, _fold, _rx, head_scan

# "lashed out at X", "hit out at X", "protested to X over …": only with these words after
_ACCUSE = re.compile(
    rf"\b(?P<verb>{_ACCUSE_VERBS})(?P<out>\s+out\s+at|(?<=protested)\s+to(?=\s+\S))?\b"
)
_ACCUSE_NEEDS_OUT = ("lash", "hit", "protest")
_CONDEMN_STEMS = ("condemn", "denounc", "deplor", "critici", "decr", "censur", "castigat")
_ACCUSE_SCAN = head_scan(_ACCUSE)
#: what a "we" names as itself may be: a group of states or an international body
_BODY_TYPES = frozenset({"intergovernmental", "alliance"})


class AccusationRules(Clauses):
    """Rules that find accusations and criticism."""

    def _we_the_body(self, sent_start: int, pos: int) -> str | None:
        """The body a clause's "we" names itself as ("We, the G7 Foreign Ministers of …,
        condemn" before ``pos``): a group of states or an international body named right
        after "We, the"; None for states or persons ("We, the Presidents of A and B")."""
        wm = RX.WE_THE.match(self.text, sent_start, pos)
        mm = self.mention_at(wm.end()) if wm is not None else None
        if mm is None or self.ents[mm.key].type not in _BODY_TYPES:
            return None
        return mm.key

    def _told_again(self, accuser: str, accused: list[str], about: str) -> bool:
        """Whether ``accuser`` already charges ``accused`` with ``about``, word for word
        (a headline the lead repeats: "The UK condemns X's attack: UK statement …" over
        "The United Kingdom condemns X's attack, which …"): one charge, told twice."""
        words = about.lower().split()
        return any(
            acc.accuser == accuser
            and set(acc.accused) == set(accused)
            and acc.about.lower().split() == words
            for acc in self.accusations
        )

    def find_accusations(self) -> None:
        text = self.text
        for m in self.unquoted(self.scan(_ACCUSE_SCAN)):
            s = m.start()
            verb = m.group("verb").lower()
            sent_start, sent_end = self.sent(s)
            kind = "accusation" if verb.startswith(("accus", "blam", "suspect")) else "criticism"
            if verb.startswith("suspect") and (
                not RX.SUSPECT_OF.match(text, m.end(), sent_end)
                or _rx(r"\b(?:be|been|being|is|are|was|were)\s+$").search(text, sent_start, s)
            ):
                continue  # "the suspect", "ships suspected of …": no one suspects aloud
            if verb.startswith("warn") and not _rx(
                r"\s+(?:against|that)\b|\s+[A-Z][^.;,“”\"]{0,50}?\s+against\s+[a-z]+ing\b"
            ).match(text, m.end(), sent_end):
                continue  # "warned that …", "warned X against interfering"
            if (
                verb.endswith("ing")
                and _rx(
                    r"\b(?:statements?|resolutions?|communiqu[ée]s?|declarations?)\s+"
                    r"(?:by\s+[^,.;“”\"]{0,40}?\s+)?$"
                ).search(text, sent_start, s)
                # "Arvelia issued a statement condemning …": its issuer condemns
                and not RX.ISSUED_DOC_BEFORE.search(text, sent_start, s)
            ):
                continue  # "blocked statements by the chair condemning attacks": a document
            if verb.startswith(_ACCUSE_NEEDS_OUT) and not m.group("out"):
                continue  # "hit the port", "protested in the capital"
            if verb in ("accusing", "blaming") and self._for_accusing(m, sent_start, sent_end):
                continue
            if _rx(
                r"\b(?:the|an?|this|that|any|their|its|such)\s+(?:\w+\s+)?(?:attempts?|efforts?|"
                r"bids?|campaign|tendency|desire|moves?)\s+to\s+$"
            ).search(text, max(sent_start, s - 50), s):
                continue  # "the attempt to blame Russia": someone else's blame, not the speaker's
            if RX.OTHERS_CLAUSE.search(text, sent_start, s):
                continue  # "X claimed that some groups were misusing … to denounce Y": theirs
            neg = _negation(text[max(sent_start, s - 40) : s])
            fact = "negated" if neg else "hedged" if verb.startswith("suspect") else "asserted"
            if neg and _rx(r"without\s+(?:\w+\s+)?$").search(neg.group()):
                fact = "hedged"
            group = self._coordinated_subjects(sent_start, s)
            if not group and (they := RX.THEY_OPENING.match(text, sent_start, s)):
                # "They also condemned …", "After the talks, the two condemned …" after a
                # meeting: each of its participants
                # ("the three": a meeting of three, never the last one of two)
                group = self.counted_who_met(they) if they["n"] else self._they_met(sent_start)
            accuser = self._relative_subject(sent_start, s, m.end()) or self.subject_before(s)
            if (body := self._we_the_body(sent_start, s)) is not None:
                # "We, the G7 Foreign Ministers of A, B and C, condemn …": the body speaks
                accuser, group = body, []
            if accuser is None and (doc := self._doc_subject(sent_start, s)) is not None:
                # "The joint statement, accusing X of …": each of its issuers
                accuser = doc
                group = group or next(
                    (list(st.issuers) for st in reversed(self.statements) if doc in st.issuers),
                    [],
                )
            accuser = (
                accuser or (group[0] if group else None) or _first_person_voice(self, sent_start, s)
            )
            if accuser is not None and self.ents[accuser].type == _MEDIA:
                # "Beijing (AFP) - China's foreign minister slammed …": not the agency
                accuser = self._after_the_agency(sent_start, s)
            if accuser is None:
                continue
            if self._passive_charge(m, sent_start, sent_end, accuser, kind, fact):
                continue
            obj_lo = m.end()
            om = RX.CONDUCT_OF.match(text[obj_lo : obj_lo + 120])
            accused: list[str] = []
            about = ""
            deed_np: str | None = None
            also: tuple[str, str] | None = None  # "X's export and Y's procurement": Y's too
            if om:
                lst = self.list_after(obj_lo + om.end(), kinds=("org", "person"))
                if lst:
                    accused = lst[0]
                    about = text[obj_lo : obj_lo + om.end()].strip()
                    about = _rx(r"\s+of$").sub("", about)
                    about = _rx(r"^(?:the\s+)").sub("", about)
                    end = lst[1]
            if not accused:
                # "accusing the Atlantic Alliance of …", "criticised China for …"; the
                # manner after the verb is not what is condemned ("condemns unequivocally
                # X's attack", "condemn in the strongest possible terms X's export")
                gm = RX.MANNER_AFTER_VERB.match(text[obj_lo : obj_lo + 50])
                at = obj_lo + (gm.end() if gm else 0)
                # "criticised what she described as China’s …": the words are the speaker’s
                dm = RX.DESCRIBED_AS.match(text, at, sent_end)
                if dm:
                    at = dm.end()
                # "blamed the attack on X", "which Y has blamed on X": X is blamed
                bo = RX.BLAMED_ON.match(text, at, sent_end) if verb.startswith("blam") else None
                if bo:
                    at = bo.end()
                lst = self.list_after(at, kinds=("org", "person"), limit=120)
                govs = RX.GOVERNMENTS_OF.match(text, at, sent_end) if lst is None else None
                if govs is not None:
                    lst = self.list_after(govs.end(), kinds=("org", "person"), limit=120)
                if lst is None:
                    # "rebuked the Doskaran foreign minister for …": the one in that post
                    held = self.demonym_titled_holder(at)
                    lst = ([held[0]], held[1]) if held is not None else None
                if lst is None:
                    # "his counterpart": a reference mention
                    mm = self.mention_at(at)
                    recip = RX.EACH_OTHER.match(text, at, sent_end)
                    pron = (
                        RX.PRONOUN_OBJECT.match(text, at, sent_end)
                        if verb.endswith("ing") and mm is None
                        else None
                    )
                    if recip is not None and len(group) > 1:
                        # "A and B accuse each other of …": each accuses the others
                        lst = (group, recip.end())
                    elif pron is not None and (earlier := self._criticised_before(s, accuser)):
                        # "lashed out at X on Monday, accusing it of …"
                        lst = (earlier, pron.end("p"))
                    elif (
                        mm is None
                        and not verb.startswith(("attack", "hit", "compar", "warn"))
                        and (side := _side_of(self, at)) is not None
                    ):
                        lst = side  # "accused Russian forces of …": Russia (not "attacking" them)
                    elif mm is None:
                        # "criticised both governments": the story's last two states
                        both = RX.BOTH_SIDES.match(text, at, sent_end)
                        pair = self._last_states(s, 2) if both else []
                        if both is None and (both := RX.BOTH_PEOPLE.match(text, at, sent_end)):
                            # "accusing both leaders of …": the two leaders who met last
                            pair = self._leaders_who_met(s)
                        if len(pair) == 2 and accuser not in pair:
                            lst = (pair, both.end()) if both else None
                        # "accused the government of …": the accuser's own government
                        gv = RX.GOVERNMENT_NP.match(text, at, sent_end) if lst is None else None
                        gov = self._government_of(accuser, s) if gv else None
                        if gv is not None and gov is not None:
                            lst = ([gov], gv.end())
                        elif lst is None and verb.startswith(_CONDEMN_STEMS):
                            # "condemned Russian strikes on …": the demonym's state;
                            # "condemned the attack, attributed to the Houthis"
                            lst = (
                                _demonym_deed(self, at, sent_end)
                                or self._culprits_in(at, sent_end, accuser)
                                or self._earlier_culprit(at, sent_start, sent_end, accuser)
                            )
                            if lst is not None:  # what is condemned: the deed's words
                                deed_np = text[at : lst[1]].strip()
                        if lst is None:
                            continue
                    else:
                        lst = ([mm.key], mm.end)
                accused, end = lst
                held = self.state_titled_holder(accused[0], end) if len(accused) == 1 else None
                if held is not None:  # "rebuked the US secretary of state for …": its holder
                    accused, end = [held[0]], held[1]
                # "slammed X on Tuesday for …": a day between the one accused and the charge
                fm = _rx(
                    r"(?:\s+(?:on|last|this)\s+[A-Z]\w+|\s+(?:today|yesterday|again|also))?"
                    r"\s+(?:of|for|over|to|as|against)\s+(?P<a>[^.;]+)"
                ).match(text[end:sent_end])
                if fm:
                    about_end = _about_end(text, end + fm.start("a"), sent_end)
                    about = text[end + fm.start("a") : about_end].strip()
                    end = about_end
                elif _rx(r"[’']s?\s+[a-z]").match(text, end) and not verb.startswith("compar"):
                    # "condemned Iran's malign activities": the possessed deed
                    about_end = _about_end(text, end, sent_end)
                    stop = RX.DEED_STOP.search(text, end, about_end)
                    about_end = stop.start() if stop else about_end
                    about = text[at:about_end].strip()
                    if stop is not None and stop.group().strip() == "and":
                        also = self._possessed_deed_after(stop.end(), sent_end)
                    end = about_end
                elif verb.startswith("compar"):
                    continue
                elif bo:
                    about = text[obj_lo : bo.end()].strip() or verb
                    about = _rx(r"\s*\bon$").sub("", about) or verb
                else:
                    about = deed_np or verb
            accused = [a for a in accused if not self.ents[a].is_place]
            if not accused:
                continue
            if verb.startswith("compar"):
                if not _rx(r"[“\"‘]|dictator|tyrant|nazi|hitler|criminal|terrorist", re.I).search(
                    about
                ):
                    continue
                about = "compared to " + about.strip('“”"‘’ ')
                kind = "criticism"
            if fact == "asserted" and RX.HEDGE.search(text, max(sent_start, s - 60), end):
                fact = "hedged"
            ev_s = self._clause_start(sent_start, s, accuser)
            if ev_s == s:
                ev_s = s
            acc_text_start = min(ev_s, s)
            if verb.startswith("accus") and _rx(r"accusing").match(verb):
                acc_text_start = s
            if fact == "negated":
                acc_text_start = self._clause_start(sent_start, s, accuser)
            accusers = group or [accuser]
            if accuser not in accusers and len(accusers) < 2:
                accusers = [accuser]
            found = Found(
                (acc_text_start, end), f"accusation:{kind}-verb", 0.7 if fact != "negated" else 0.65
            )
            for who in accusers:
                others = [a for a in accused if a != who]
                if others and not self._told_again(who, others, about):
                    self._sharpen_bare(who, others, s, about, kind)
                    self._add_accusation(Charge(kind, who, others, about, fact), found)
                if also is not None and also[0] not in (who, *accused):
                    self._add_accusation(Charge(kind, who, [also[0]], also[1], fact), found)
        self._dismissals()
        self._denied_charges()
        self._criticism_nouns()
        self._called_names()
        self._hostile_nouns()
        self._demands()
        self._held_to_account()
        self._concerns()
        self._unnamed_targets()

    def _possessed_deed_after(self, pos: int, sent_end: int) -> tuple[str, str] | None:
        """'… Iran's export and Russia's procurement of missiles': the second owner named
        right at ``pos`` (after the "and") and its possessed deed, up to the clause's end."""
        at = pos
        while at < sent_end and self.text[at].isspace():
            at += 1
        mm = self.mention_at(at)
        if (
            mm is None
            or self.ents[mm.key].is_place
            or not _rx(r"[’']s?\s+[a-z]").match(self.text, mm.end)
        ):
            return None
        about_end = _about_end(self.text, mm.end, sent_end)
        stop = RX.DEED_STOP.search(self.text, mm.end, about_end)
        return mm.key, self.text[mm.start : stop.start() if stop else about_end].strip()

    def _for_accusing(self, m: re.Match[str], sent_start: int, sent_end: int) -> bool:
        """'Hamas rebuked Blinken for accusing the group of obstructing a ceasefire': the one
        rebuked accuses; 'it', 'them' or 'the group' is the rebuker. Whether it was read so."""
        text, s = self.text, m.start()
        fm = _rx(r"\s+for\s+$").search(text, max(sent_start, s - 8), s)
        if fm is None:
            return False
        men = [
            mm for mm in self.mentions_between(sent_start, fm.start()) if self.speaker_capable(mm)
        ]
        if len(men) < 2 or men[-1].end != fm.start() or self.ents[men[-1].key].is_place:
            return False
        accuser, rebuker = men[-1].key, men[0].key
        if not _rx(r"\s*(?:The\s+)?$").fullmatch(text, sent_start, men[0].start):
            return False  # the sentence opens with who rebukes
        at = m.end() + len(text[m.end() :]) - len(text[m.end() :].lstrip())
        pm = _rx(
            r"(?:it|them|the\s+(?:group|movement|country|government|organi[sz]ation|militia|party))"
            r"\s+(?=(?:of|for)\s)"
        ).match(text, at, sent_end)
        if pm is not None:
            accused, end = [rebuker], pm.end()
        else:
            lst = self.list_after(at, kinds=("org", "person"), limit=60)
            if lst is None or (self.mention_at(at) is None and not _rx(r"the\s").match(text, at)):
                return False
            accused, end = lst
        fm2 = _rx(r"\s*(?:of|for)\s+(?P<a>[^.;]+)").match(text, end, sent_end)
        if fm2 is None:
            return False
        about_end = _about_end(text, fm2.start("a"), sent_end)
        about = text[fm2.start("a") : about_end].strip()
        kind = "accusation" if m.group("verb").lower().startswith("accus") else "criticism"
        accused = [a for a in accused if a != accuser and not self.ents[a].is_place]
        if not accused or not about:
            return False
        self._add_accusation(
            Charge(kind, accuser, accused, about, "asserted"),
            Found((men[-1].start, about_end), f"accusation:{kind}-rebuked-for", 0.6),
        )
        return True

    def _leaders_who_met(self, pos: int) -> list[str]:
        """The two of the last meeting before ``pos`` who each lead a government."""
        for ev in sorted(self.events, key=lambda x: x.span[0], reverse=True):
            keys = [k for k in ev.participants if self.ents[k].is_person]
            if ev.kind == "meeting" and ev.span[0] < pos and len(keys) == 2:
                roles = [[p.role.lower() for p in self.positions if p.holder == k] for k in keys]
                if all(any(RX.LEADER_ROLE.search(r) for r in rs) for rs in roles):
                    return keys
        return []

    def _unnamed_targets(self) -> None:
        """'Without naming Ostrana directly, the communique criticised "illegal trawling"',
        'Moriyama did not name China, but said Tokyo opposed …': a hedged criticism of the
        one left unnamed, by whoever did not name it (or the clause's subject)."""
        text = self.text
        for m in self.unquoted(self.scan(SCAN.UNNAMED_TARGET)):
            s = m.start()
            sent_start, sent_end = self.sent(s)
            lst = self.list_after(m.end(), kinds=("org", "person"), limit=40)
            if lst is None or not lst[0]:
                continue
            target, t_end = lst
            cue = RX.UNNAMED_CUE.search(text, t_end, sent_end)
            before = None
            if cue is None and not m.group("did") and _rx(r",\s*$").search(text, sent_start, s):
                # "A condemned what it called foreign meddling, without naming B": the words
                # before, by the subject of their verb
                before = cue = next(
                    reversed(list(RX.UNNAMED_CUE.finditer(text, sent_start, s))), None
                )
            if cue is None or self.in_quote(cue.start()):
                continue
            if _negation(
                text[max(sent_start if before else t_end, cue.start() - 30) : cue.start()]
            ):
                continue  # "… but did not criticise …"
            if before is not None:
                accuser = self.subject_before(cue.start())
            elif m.group("did"):
                accuser = self.subject_before(s)
            else:
                # the clause after "Without naming X," (X is never its subject)
                accuser = self.subject_before(cue.start(), lo=t_end) or self._doc_subject(
                    t_end, cue.start()
                )
            if not self.may_accuse(accuser):
                continue
            accused = [k for k in target if k != accuser and not self.ents[k].is_place]
            if not accused:
                continue
            end = _about_end(text, cue.end(), s if before is not None else sent_end)
            about = _rx(r"^\s*(?:that\s+)?").sub("", text[cue.end() : end])
            about = about.strip(' “”"‘’,.') or cue.group()
            span = (min(s, self._clause_start(sent_start, s, accuser)), max(end, t_end))
            self._add_accusation(
                Charge("criticism", accuser, accused, about, "hedged"),
                Found(span, "accusation:unnamed-target", 0.5),
            )

    def _called_names(self) -> None:
        """'called Doskara's actions "unacceptable"', 'described the Doskaran blockade as
        illegal': the speaker condemns whoever the named deed is pinned on."""
        text = self.text
        for m, sent_start, sent_end in self.asserted(self.scan(SCAN.CALLED)):
            s = m.start()
            leads = m.group("ing") is not None and RX.PARTICIPLE_LEAD.fullmatch(text, sent_start, s)
            # ("Calling X a …, she said": the clause's subject, found after the words)
            accuser = None if leads else self.subject_before(s)
            if accuser is None and not leads and m.group("ing") is not None:
                # "…, with the AU suspending X and describing the coup as “…”"
                accuser = self.absolute_subject(sent_start, s)
            if not leads and (accuser is None or self.ents[accuser].type == _MEDIA):
                continue
            at = m.end()
            mm = self.mention_at(at)
            found: tuple[list[str], int] | None = None
            om = (
                _rx(
                    r"[’']s\s+(?:[\w-]+\s+){0,3}?(?:actions?|behaviou?r|conduct|decision|policy|"
                    r"government|regime|junta|rulers|leadership|authorities|"
                    r"policies|moves?|blockade|strikes?|attacks?|shelling|occupation|"
                    r"drills|exercises|tests?|launch(?:es)?|deployments?|expulsions?|measures|"
                    r"steps|tweets?|rhetoric|"
                    r"claims?|statements?|remarks|comments|allegations?|accusations?|charges|"
                    r"reports?|resolutions?|findings|verdicts?|rulings?|plans?|proposals?)\b"
                ).match(text, mm.end)
                if mm
                else None
            )
            dm = (
                _rx(  # "called the UN report 'deeply flawed'": the body's own document
                    r"\s+(?:[\w-]+\s+){0,2}?(?:report|resolution|decision|statement|findings|"
                    r"verdict|ruling|plan|proposal|sanctions|measures)\b"
                ).match(text, mm.end)
                if mm is not None and text[mm.end : mm.end + 1] != "’"
                else None
            )
            if mm is not None and om is not None and self.speaker_capable(mm):
                found = ([mm.key], om.end())
            elif mm is not None and dm is not None and self.speaker_capable(mm):
                found = ([mm.key], dm.end())
            elif mm is not None and self.speaker_capable(mm) and RX.NAMED_AS.match(text, mm.end):
                found = ([mm.key], mm.end)  # 'called Doskara a "rogue state"': the one named
            else:
                found = _demonym_deed(self, at, sent_end) or _demonym_rulers(self, at, sent_end)
                if found is None and accuser is not None:
                    # "described the coup as …": the one the story pinned the coup on
                    after_verb = _rx(r"\S+\s+").match(text, s)
                    if after_verb is not None:
                        found = self._earlier_culprit(
                            after_verb.end(), sent_start, sent_end, accuser
                        )
            claim = None
            if found is None:
                # "called a Russian allegation that … a “complete fantasy”": its maker's
                # claim dismissed, the words after the that-clause
                claim = RX.DEMONYM_CLAIM.match(text, at, sent_end)
                state = self.ensure(self.demonyms.get(_fold(claim.group("d")))) if claim else None
                if claim is None or state is None:
                    continue
                close = _rx(r"\s+(?:an?\s+)?[“\"‘]").search(text, claim.end(), sent_end)
                if close is None:
                    continue
                found = ([state], close.start())
            accused, end = found
            vm = _rx(r"\s+(?:as\s+)?(?:an?\s+)?[“\"‘]?(?P<w>[^.;”\"]{1,60})").match(
                text, end, sent_end
            )
            if vm is None or not (
                _has_neg_words(vm.group("w")) or RX.DISMISSIVE.search(vm.group("w"))
            ):
                continue
            if leads:
                accuser = self._participle_subject(vm.end() - 1, sent_end)
            if not self.may_accuse(accuser):
                continue
            accused = [k for k in accused if k != accuser and not self.ents[k].is_place]
            about = _rx(r"[“”\"]").sub("", text[at : vm.end()]).strip()
            span = (self._clause_start(sent_start, s, accuser), vm.end())
            self._add_accusation(
                Charge("criticism", accuser, accused, about, "asserted"),
                Found(span, "accusation:called-it", 0.6),
            )

    def _participle_subject(self, at: int, sent_end: int) -> str | None:
        """Who a participle opening the sentence is said of ("Calling X a …, she said"): the
        subject of the clause after its comma, a pronoun or the first name there."""
        text = self.text
        comma = text.find(",", at, sent_end)
        if comma == -1:
            return None
        lo = comma + 1
        while lo < sent_end and text[lo] in ' ”"’':
            lo += 1
        pm = _rx(r"(?P<p>she|he|they|it)\b").match(text, lo, sent_end)
        if pm is not None:
            return self.resolve_pronoun(lo, pm.group("p"))
        for mm in self.mentions_between(lo, min(sent_end, lo + 80)):
            if self.speaker_capable(mm) and not self.in_quote(mm.start):
                return mm.key
        return None

    def _criticism_nouns(self) -> None:
        """'Pence had harsh criticism of China', 'voiced sharp criticism of X', 'levelled
        accusations against X': the subject criticises (or accuses) the one named after."""
        text = self.text
        for m, sent_start, sent_end in self.asserted(self.scan(SCAN.CRITICISM_NOUN)):
            s = m.start()
            accuser = self.subject_before(s)
            lst = self.list_after(m.end(), kinds=("org", "person"), limit=120)
            if not self.may_accuse(accuser):
                continue
            if lst is None or not _rx(r"(?:the\s+)?$").fullmatch(
                text, m.end(), self.mentions_between(m.end(), lst[1])[0].start
            ):
                # "criticism of China", not "criticism of the way China …"; but
                # "condemnation towards the joint statement released by X" is of X
                pinned = self._culprits_in(m.end(), sent_end, accuser)
                if pinned is None:
                    continue
                about = text[m.end() : pinned[1]].strip()
                span = (self._clause_start(sent_start, s, accuser), pinned[1])
                self._add_accusation(
                    Charge("criticism", accuser, pinned[0], about, "asserted"),
                    Found(span, "accusation:criticism-noun", 0.55),
                )
                continue
            accused = [k for k in lst[0] if k != accuser and not self.ents[k].is_place]
            end = _about_end(text, lst[1], sent_end)
            fm = _rx(r"\s+(?:for|over)\s+").match(text, lst[1], end)
            about = text[fm.end() : end].strip() if fm else m.group("noun")
            kind = "accusation" if m.group("noun").startswith("accusation") else "criticism"
            fact = "hedged" if RX.HEDGE.search(text, max(sent_start, s - 40), end) else "asserted"
            span = (self._clause_start(sent_start, s, accuser), max(end, lst[1]))
            self._add_accusation(
                Charge(kind, accuser, accused, about or m.group("noun"), fact),
                Found(span, "accusation:criticism-noun", 0.6),
            )

    def _passive_charge(
        self,
        m: re.Match[str],
        sent_start: int,
        sent_end: int,
        subject: str,
        kind: str,
        fact: str,
    ) -> bool:
        """'X was accused by Y of …', 'X has been criticised by Y for …': Y accuses the
        sentence's subject X. Whether one was filed."""
        text = self.text
        by = _rx(r"\s+by\s+(?:the\s+)?").match(text, m.end(), sent_end)
        if by is None or not _rx(
            r"\b(?:was|were|is|are|been|being|be)\s+(?:(?:\w+ly|also|again)\s+)?$"
        ).search(text, sent_start, m.start()):
            return False
        lst = self.list_after(by.end(), kinds=("org", "person"))
        if lst is None:
            return False
        fm = _rx(r"\s+(?:of|for|over)\s+").match(text, lst[1], sent_end)
        end = _about_end(text, fm.end(), sent_end) if fm else lst[1]
        about = text[fm.end() : end].strip() if fm else m.group("verb").lower()
        span = (self._clause_start(sent_start, m.start(), subject), end)
        for who in lst[0]:
            if who != subject and not self.ents[who].is_place:
                self._add_accusation(
                    Charge(kind, who, [subject], about, fact),
                    Found(span, f"accusation:{kind}-passive", 0.6),
                )
        return True

    def _after_the_agency(self, sent_start: int, pos: int) -> str | None:
        """The first name after the last news agency's before ``pos`` (its dateline), when it
        can speak: whose words the agency reports ("(AFP) - China's foreign minister")."""
        mens = [mm for mm in self.mentions_between(sent_start, pos) if not self.in_quote(mm.start)]
        last = max((i for i, mm in enumerate(mens) if self.ents[mm.key].type == _MEDIA), default=-1)
        after = [mm for mm in mens[last + 1 :] if self.speaker_capable(mm)]
        return after[0].key if after else None

    def _criticised_before(self, pos: int, accuser: str) -> list[str]:
        """Whom ``accuser`` already criticised in the sentence before ``pos`` (what "it" in
        "…, accusing it of …" stands for); else the last state or organisation named there
        after the accuser's own mention, as in "directed criticism at X, accusing it of"."""
        sent_start, _ = self.sent(pos)
        for acc in reversed(self.accusations):
            if acc.accuser == accuser and sent_start <= acc.span[0] < pos:
                return list(acc.accused)
        for mm in reversed(self.mentions_between(sent_start, pos)):
            ent = self.ents[mm.key]
            if mm.key == accuser or self.in_quote(mm.start):
                return []
            if ent.type in ("state", "org") and not ent.is_place:
                return [mm.key]
        return []

    def _sharpen_bare(
        self, accuser: str, accused: list[str], pos: int, about: str, kind: str
    ) -> None:
        """'lashed out at X, accusing it of shelling …': the criticism filed under its bare
        verb takes what the accusation after it is about (and its kind)."""
        if " " not in about.strip():
            return
        sent = self.sent(pos)
        for acc in self.accusations:
            if (
                acc.accuser == accuser
                and set(acc.accused) & set(accused)
                and self.sent(acc.span[0]) == sent
                and " " not in acc.about.strip()
            ):
                acc.about = about
                acc.kind = kind

    def _relative_subject(self, sent_start: int, verb: int, verb_end: int) -> str | None:
        """'the attack, which the Government of Salvaria has blamed on X': the subject of a
        relative clause whose object is the deed before it (only 'blamed on', where the
        blamed one follows the verb)."""
        text = self.text
        if not _rx(r"\s+on\s").match(text, verb_end):
            return None
        rel = RX.RELATIVE_SUBJECT.search(text, sent_start, verb)
        if rel is None:
            return None
        who = [
            mm
            for mm in self.mentions_between(rel.start("np"), rel.end("np"))
            if self.speaker_capable(mm) and not self.in_quote(mm.start)
        ]
        return who[-1].key if who else None

    def _the_country(self, sent_start: int, verb: int) -> str | None:
        """'Canada has boycotted … In 1980, the country boycotted …': the state that
        "the country" right before ``verb`` stands for, the subject the sentence before
        (in the same paragraph) opens with; None when it opens with no state."""
        text = self.text
        if not _rx(r"(?:^|,\s+|\s)[Tt]he\s+country\s+(?:(?:has|had|also|then)\s+)*$").search(
            text, sent_start, verb
        ):
            return None
        prev_start, _ = self.sent(max(0, sent_start - 1))
        if prev_start >= sent_start or self.para(prev_start) != self.para(sent_start):
            return None
        first = next(iter(self.mentions_between(prev_start, sent_start)), None)
        if first is None or self.ents[first.key].type != "state":
            return None
        lead = _rx(r"\s*(?:[A-Z][^,.;:]{0,60},\s+)?(?:[Tt]he\s+)?$").match(
            text, prev_start, first.start
        )
        return first.key if lead is not None else None

    def _coordinated_subjects(self, sent_start: int, pos: int) -> list[str]:
        """'A and B accused …', 'the three ministers blamed …': each of them (or none)."""
        text = self.text
        head = text[sent_start:pos]
        if _rx(
            r"\b[Tt]he\s+(?:two|three|four|five)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:\w+\s+){0,2}$"
        ).search(head):
            group = self._subject_list(sent_start, pos)
            return group if len(group) >= 2 else []
        for mm in self.mentions_between(sent_start, pos):
            if self.in_quote(mm.start) or not self.speaker_capable(mm):
                continue
            lst = self.list_after(mm.start, kinds=("org", "person"))
            if lst and len(lst[0]) >= 2 and RX.AUX_ONLY.fullmatch(text, lst[1], pos):
                return [k for k in lst[0] if not self.ents[k].is_place]
            return self.titled_pair(mm, pos, RX.AUX_ONLY)
        return []

    def _earlier_culprit(
        self, at: int, sent_start: int, sent_end: int, accuser: str
    ) -> tuple[list[str], int] | None:
        """'… also condemned the launch' after 'rocket launch by DPR Korea': the one the
        story pinned that deed on before (the latest 'DEED by X' or "X's DEED")."""
        text = self.text
        dm = RX.THE_DEED.match(text, at, sent_end)
        if dm is None:
            return None
        noun = dm.group("n").lower()
        stem = noun[:-2] if noun.endswith("ches") else noun.removesuffix("s")  # one or many
        found: str | None = None
        by = _rx(
            rf"\b{re.escape(stem)}(?:es|s)?\s+(?:(?:led|staged|carried\s+out|launched|mounted)\s+)?"
            r"(?:by|from)\s+(?:the\s+)?|"
            # "the unit involved in the coup, the Regiment of …": the apposition names it
            rf"\b(?:involved\s+in|behind|responsible\s+for)\s+the\s+(?:[\w-]+\s+)?{re.escape(stem)}"
            r"(?:es|s)?,\s+(?:the\s+)?",
            re.I,
        )
        for bm in by.finditer(text, 0, sent_start):
            if self.in_quote(bm.start()):
                continue
            lst = self.list_after(bm.end(), kinds=("org", "person"), limit=10)
            if lst and lst[0]:
                found = lst[0][0]
        for mm in self.mentions_between(0, sent_start):
            if self.in_quote(mm.start) or not self.speaker_capable(mm):
                continue
            # "Doskara's launch", or "Doskara launched a rocket …": the deed's verb, its subject
            owned = _rx(rf"[’']s\s+(?:[\w-]+\s+){{0,2}}?{re.escape(stem)}\b", re.I)
            did = _rx(
                rf"\s+(?:(?:has|have|had|also|again|reportedly|allegedly)\s+)*{re.escape(stem)}e?d\b"
            )
            if owned.match(text, mm.end) or (
                did.match(text, mm.end)
                and not RX.PREP_OF_BEFORE_RX.search(text, max(0, mm.start - 12), mm.start)
            ):
                found = mm.key
        if found is None or found in _own_side(self, accuser) or self.ents[found].is_place:
            return None
        return [found], dm.end()

    def _culprits_in(self, lo: int, sent_end: int, accuser: str) -> tuple[list[str], int] | None:
        """Who a criticised thing is pinned on, inside its noun phrase: 'the attack,
        attributed to X', 'the attacks by X', 'X's continued deployments', 'Iran and
        North Korea's provision of weapons to Russia' (X, not the victim after 'to')."""
        text = self.text
        end = _about_end(text, lo, sent_end)
        end = min(end, lo + 160)
        own = _own_side(self, accuser)
        # "the attack allegedly carried out by Doskaran forces": the demonym's state
        for bm in RX.CULPRIT_BY.finditer(text, lo, end):
            side = _side_of(self, bm.end())
            if side is not None and side[0][0] not in own:
                return side[0], end
        for mm in self.mentions_between(lo, end):
            if (
                mm.key not in own
                and self.ents[mm.key].type == "state"
                and RX.ABUSES_IN.search(text, lo, mm.start) is not None
                and not self.in_quote(mm.start)
            ):  # "human rights abuses in X", "the crackdown in X": the state where they are
                return [mm.key], end
            if mm.key in own or self.in_quote(mm.start) or not self.speaker_capable(mm):
                continue
            if self.ents[mm.key].is_place:
                continue
            before = text[lo : mm.start]
            by = RX.CULPRIT_BEFORE.search(before)
            # "the breadth and scale of China's practices": a measure of the owner's deed
            measure = RX.MEASURE_OF.fullmatch(before) is not None
            lst = self.list_after(mm.start, kinds=("org", "person"))
            owner = _rx(r"(?:[’']s|-backed|-led|-sponsored|-linked)")
            if by is None and (
                (
                    not measure
                    and _rx(
                        r"\b(?:to|against|on|onto|toward|towards|in|into|at|with|for|from|of|and|"
                        r"over|near|about|across)\s+(?:the\s+)?$"
                    ).search(before)
                )
                or not (
                    owner.match(text, mm.end)
                    # "Iran and North Korea's provision of …": the list owns the deed
                    or (lst is not None and len(lst[0]) > 1 and owner.match(text, lst[1]))
                )
            ):
                continue
            keys = [k for k in (lst[0] if lst else [mm.key]) if not self.ents[k].is_place]
            keys = [k for k in keys if k not in own]
            if keys:
                return keys, end
        return None

    def _they_met(self, sent_start: int) -> list[str]:
        """Who a sentence's 'They' is: the participants of the last meeting told in its
        paragraph, else of one told in the sentence just before it, across a line break
        ("… had a bilateral meeting today.\nThey discussed …")."""
        found = self._last_meeting_of(sent_start, persons=True, paragraph=True)
        if found or sent_start == 0:
            return found
        prev_start, _ = self.sent(sent_start - 1)
        for ev in sorted(self.events, key=lambda x: x.span[0], reverse=True):
            if ev.kind != "meeting" or ev.span[0] >= sent_start:
                continue
            if ev.span[0] < prev_start:
                return []
            keys = [k for k in ev.participants if self.ents[k].is_person]
            return keys if len(keys) >= 2 else []
        return []

    def _concerns(self) -> None:
        """'They expressed deep concern about Iran's provision of weapons …', 'raised
        concerns regarding Russia's deployments', 'is deeply concerned by … from Israeli
        operations': criticism of whoever the concern is pinned on."""
        text = self.text
        for m, sent_start, sent_end in self.asserted(self.scan(SCAN.CONCERN), 40):
            s = m.start()
            head = text[sent_start:s]
            they = _rx(r"^\s*They\b").match(head) is not None
            if they:
                accusers = self._they_met(sent_start)
            else:
                accusers = self._coordinated_subjects(sent_start, s)
            if not accusers and not they:  # "They" of no meeting told: no one to name
                who = self.subject_before(s)
                if who is None:
                    # "She stressed that …, and raised concerns about": the pronoun that
                    # starts the sentence is the subject of both coordinated verbs
                    pm = RX.SHE_AND_VERB.match(head)
                    if pm is not None and _rx(r",\s*and\s+(?:also\s+)?$").search(head):
                        who = self.resolve_pronoun(sent_start, pm.group("p").lower())
                accusers = [who] if who else []
            if not accusers:
                continue
            if m.group("that"):
                found = self._concern_subject(m.end(), sent_end, accusers)
            else:
                found = self._culprits_in(m.end(), sent_end, accusers[0])
            if found is None:
                continue
            accused, end = found
            accused = accused + self._more_owners(m.end(), end, accused, accusers)
            about = text[m.end() : end].strip()
            if not about:
                continue
            fact = "hedged" if RX.HEDGE.search(text, s, end) else "asserted"
            for who in accusers:
                span = (self._clause_start(sent_start, s, who), end)
                self._add_accusation(
                    Charge("criticism", who, [k for k in accused if k != who], about, fact),
                    Found(span, "accusation:concern", 0.55),
                )

    def _more_owners(self, lo: int, hi: int, found: list[str], accusers: list[str]) -> list[str]:
        """The owners of the further deeds coordinated in a concern: '… about Iran's
        provision of weapons to Russia and the PRC's support to Russia's industry' (the
        PRC too; never Russia, the one they are given to)."""
        text = self.text
        more: list[str] = []
        for mm in self.mentions_between(lo, hi):
            key = mm.key
            if key in found or key in accusers or key in more or self.in_quote(mm.start):
                continue
            if self.ents[key].is_place or not self.speaker_capable(mm):
                continue
            if (
                _rx(r"(?:,|\band)\s+(?:the\s+)?$").search(text, max(lo, mm.start - 12), mm.start)
                and _rx(r"[’']s\s+(?!own\b)[a-z]").match(text, mm.end)
            ) or (
                # "… and the actions of the country's president, Robert Mugabe": the one
                # whose deeds they are, named after "of"
                self.ents[key].is_person
                and RX.DEEDS_OF.search(text, max(lo, mm.start - 70), mm.start)
            ):
                more.append(key)
        for am in _rx(r"\band\s+").finditer(text, lo, hi):
            # "… rockets by Hamas into Israel and Israeli retaliatory action": a demonym's deed
            deed = _demonym_deed(self, am.end(), hi)
            if deed is not None:
                more += [
                    k for k in deed[0] if k not in found and k not in accusers and k not in more
                ]
        return more

    def _concern_subject(
        self, pos: int, sent_end: int, accusers: list[str]
    ) -> tuple[list[str], int] | None:
        """'concern that, despite …, the Syrian regime continues to block …': the subject of
        the that-clause, when a state, body or person does what follows; where its deed ends."""
        text = self.text
        am = _rx(r",[^,.;]{1,100},\s*").match(text, pos, sent_end)
        at = am.end() if am else pos
        dm = _rx(r"(?:the\s+)?").match(text, at, sent_end)
        at = dm.end() if dm else at
        mm = self.mention_at(at)
        if mm is None or mm.key in accusers or not self.speaker_capable(mm):
            return None
        vm = _rx(
            r"(?:[’']s\s+[\w-]+\s+)?\s*(?:(?:continues|continued|has|have|had|is|was|were|are|"
            r"keeps|kept|may|might|could)\s+)+(?!not\b|no\b)\w"
        ).match(text, mm.end, sent_end)
        if vm is None:
            return None
        return [mm.key], _about_end(text, vm.end() - 1, sent_end)

    def _hostile_nouns(self) -> None:
        """'They reaffirmed their support for Ukraine as it defends against Russia's
        aggression', 'noted the impact of Russia's invasion of …', 'to counter Iran's
        destabilizing behavior': a deed the words themselves condemn, pinned on its owner,
        criticised by whoever the clause is about."""
        text = self.text
        for m in self.prose(self.scan(SCAN.HOSTILE_NOUN)):
            s = m.start()
            sent_start, sent_end = self.sent(s)
            gap = RX.HOSTILE_OWNER.search(text, max(sent_start, s - 60), s)
            if gap is None:
                continue
            owner = next(
                (mm for mm in self.mentions_between(sent_start, s) if mm.end == gap.start()),
                None,
            )
            if owner is not None:
                if not self.speaker_capable(owner):
                    continue
                key, owner_start = owner.key, owner.start
            else:  # "Russian aggression": the state of the demonym
                dm = _rx(r"\b([A-Z][a-z]+)$").search(text, sent_start, gap.start())
                if dm is None or text.startswith("'", gap.start()) or "’" in gap.group():
                    continue
                found = self.ensure(self.demonyms.get(_fold(dm.group(1))))
                if found is None:
                    continue
                key, owner_start = found, dm.start()
            accused = self.ents[key]
            if accused.is_place or accused.type == _MEDIA:
                continue
            if _negation(text[max(sent_start, s - 40) : s]):
                continue
            if (
                RX.NOT_RAISED.search(text, sent_start, owner_start)
                or RX.AGENDA.search(text, max(sent_start, owner_start - 60), owner_start)
                or RX.MET_TO_ADDRESS.search(text, sent_start, owner_start)
            ):
                # "They did not discuss Russia's invasion", "Ministers are expected to
                # discuss Russia's aggression": nothing said of it (yet)
                continue
            they = _rx(r"\s*They\b").match(text, sent_start) is not None
            response = RX.IN_RESPONSE_TO.search(
                text, max(sent_start, owner_start - 60), owner_start
            )
            if they:  # the participants of the meeting just told, or no one
                accusers = self._they_met(sent_start)
            elif response is not None:
                # "… even as Canada takes other actions in response to Russian military
                # intervention": the subject of the act taken in response
                at = response.start("act")
                near = [mm for mm in self.mentions_between(sent_start, at) if at - mm.end <= 2]
                who = near[-1].key if near else None
                accusers = [who] if who and not self.ents[who].is_place else []
            elif any(
                not sm.group("not")
                for sm in RX.ACCUSATIONS_SUBORDINATE.finditer(text, sent_start, owner_start)
            ):
                accusers = []  # a subordinate clause's subject is not who speaks
            elif (
                RX.DESCRIBED_BY_COPULA.match(text, sent_start, owner_start)
                and not _has_neg_words(text[sent_start:owner_start])
                and not RX.TO_OPPOSE.search(text, max(sent_start, owner_start - 40), owner_start)
            ):
                accusers = []  # "A and B are oil producers, … the crisis sparked by X's …"
            elif _rx(r"\bbecause\s+of\s").search(text, sent_start, owner_start) and _rx(
                r"\b(?:not|n[’']t|never|no)\b"
            ).search(text, sent_start, owner_start):
                accusers = []  # "did not boycott the games because of …": no act taken
            else:
                accusers = self._coordinated_subjects(sent_start, owner_start)
                verb = _rx(
                    r"\b(?:said|says|told|[a-z]+(?:ed|es)|(?:is|are|was|were)\s+[a-z]+ing)\b"
                ).search(text, sent_start, owner_start)
                # the clause's first verb, whose subject speaks ("is bringing its allies on
                # board to tackle X's missile threats": its subject acts against them)
                if not accusers and verb is not None:
                    who = (
                        self.subject_before(verb.start())
                        or self._titled_subject(sent_start, verb.start())
                        or self._the_country(sent_start, verb.start())
                    )
                    accusers = [who] if who else []
                we = _rx(r"\s*We\s+").match(text, sent_start, owner_start)
                if (
                    not accusers
                    and we is not None
                    and not _rx(r"\b(?:not|n[’']t|never|no)\b").search(text, sent_start, s)
                ):
                    # "We will continue … to counter Iran's destabilizing behavior" in a
                    # press statement: who issued it
                    who = self._release_voice(sent_start, we.end())
                    accusers = [who] if who else []
            accusers = [k for k in accusers if k != key and not self.ents[k].is_place]
            if not accusers:
                continue
            end = _about_end(text, m.end(), sent_end)
            about = text[owner_start:end].strip()
            fact = "hedged" if RX.HEDGE.search(text, sent_start, end) else "asserted"
            for who in accusers:
                span = (self._clause_start(sent_start, owner_start, who), end)
                self._add_accusation(
                    Charge("criticism", who, [key], about, fact),
                    Found(span, "accusation:hostile-noun", 0.55),
                )

    def _demands(self) -> None:
        """'He called on Israel to do far more to stop civilian casualties', 'urged the
        militia to end its siege', 'calls for an end to the firing of rockets by Hamas':
        whoever must stop is criticised by whoever calls."""
        text = self.text
        for m, sent_start, sent_end in self.asserted(self.scan(SCAN.DEMAND)):
            s = m.start()
            if _rx(r"\s*They\b").match(text, sent_start, s):
                # "They stressed the need for X to …": those who met, as for concerns
                accusers = self._they_met(sent_start)
            else:
                who = (
                    self.subject_before(s)
                    or _first_person_voice(self, sent_start, s)
                    or self._label_voice(sent_start, s)
                )
                if who is None and m.group("on") and m.group("on").startswith("need"):
                    who = self._need_stresser(sent_start, s)
                accusers = [who] if who is not None else []
            if not accusers or self.ents[accusers[0]].type == _MEDIA:
                continue
            accuser = accusers[0]
            if m.group("for"):
                found = self._culprits_in(m.end(), sent_end, accuser)
                if found is None:
                    continue
                accused, end = found
                accused = accused + self._more_owners(m.end(), end, accused, accusers)
            else:
                lst = self.list_after(m.end(), kinds=("org", "person"))
                if lst is None:
                    lst = self._the_regime(m.end(), accuser)  # "called on the regime to end …"
                if lst is None:
                    lst = _side_of(self, m.end())  # "urged the Doskaran side to stop …"
                if lst is None and (pm := _rx(r"(?:him|her)\b").match(text, m.end())):
                    # "spoke with B and urged him to stop …": the last other person told
                    told = [
                        mm.key
                        for mm in self.mentions_between(sent_start, s)
                        if self.ents[mm.key].is_person and mm.key != accuser
                    ]
                    lst = ([told[-1]], pm.end()) if told else None
                if lst is None or not lst[0]:
                    continue
                accused, list_end = lst
                that = m.group("on").endswith("that")  # "demanded that X lift …"
                if not (RX.DEMAND_DEED if not that else RX.DEMAND_THAT_DEED).match(
                    text, list_end
                ) and not (
                    RX.STRONGLY_BEFORE.search(text, max(sent_start, s - 12), s)
                    and RX.REMEDY_DEED.match(text, list_end)
                ):
                    continue
                end = _about_end(text, list_end, sent_end)
            about = text[m.end() : end].strip()
            # "the need for X to do more": a softer criticism than "called on X to stop",
            # unless the words condemn the deed ("the need for X to end its illegal war")
            soft = m.group("on") and m.group("on").startswith("need")
            fact = "hedged" if soft and not RX.HOSTILE_NOUN.search(about) else "asserted"
            accused = [k for k in accused if not self.ents[k].is_place and k not in accusers]
            for accuser in accusers:
                own = _own_side(self, accuser)  # "urged the Arvelian authorities to …"
                span = (self._clause_start(sent_start, s, accuser), end)
                self._add_accusation(
                    Charge("criticism", accuser, [k for k in accused if k not in own], about, fact),
                    Found(span, "accusation:demand", 0.55),
                )

    def _label_voice(self, sent_start: int, verb: int) -> str | None:
        """'Abe: Without stability … . I strongly urge China to respond.': the "I" of a
        paragraph a speaker's label opens (a digest's gist, a transcript) is the person
        the label names."""
        if not RX.I_BEFORE_VERB.fullmatch(self.text, sent_start, verb):
            return None
        para_start = self.para_starts[self.para(sent_start)]
        if not RX.SPEAKER_LABEL.match(self.text, para_start):
            return None
        return self.speaker_at(para_start)

    def _titled_subject(self, sent_start: int, verb: int) -> str | None:
        """'The Foreign Secretary emphasised …': the one person the text introduced with
        that title before its name ('Foreign Secretary Boris Johnson met …')."""
        text = self.text
        tm = _rx(r"\s*The\s+(?P<t>(?:[A-Z][a-z]+\s+){0,3}[A-Z][a-z]+)\s+(?:also\s+)?").fullmatch(
            text, sent_start, verb
        )
        if tm is None:
            return None
        t = re.escape(tm.group("t"))
        held = set()
        for am in re.finditer(rf"\b{t}\s+", text[:sent_start]):
            mm = self.mention_at(am.end())
            if mm is not None and self.ents[mm.key].is_person:
                held.add(mm.key)
        apposed = re.compile(rf",\s+the\s+{t}\b")  # "Boris Johnson, the Foreign Secretary"
        for mm in self.mentions_between(0, sent_start):
            if self.ents[mm.key].is_person and apposed.match(text, mm.end):
                held.add(mm.key)
        return held.pop() if len(held) == 1 else None

    def _need_stresser(self, sent_start: int, pos: int) -> str | None:
        """'She stressed the need for X to …', 'she acknowledged risks, including the need
        for X to …': "the need" is the object of the clause's verb; its subject speaks."""
        verbs = list(RX.STRESS_VERB.finditer(self.text, sent_start, pos))
        if not verbs:
            return None
        v = verbs[-1]
        if _rx(r"\b(?:that|which|who|because|while|if)\b|[;:“”\"]").search(self.text, v.end(), pos):
            return None  # a new clause between the verb and "the need"
        if _rx(r"\b(?:no|not|never|there|it)\b").search(self.text, v.end(), pos):
            return None  # "stressed there was no need for X to …"
        return self.subject_before(v.start())

    def _the_regime(self, pos: int, accuser: str) -> tuple[list[str], int] | None:
        """'the regime' at ``pos``: the state named last in this sentence or the one before
        that is neither the accuser nor its own ("Britain summoned Iran's envoy. The UK
        called on the regime to end …": Iran)."""
        rm = _rx(r"(?:the\s+)?(?:regime|junta)\b").match(self.text, pos)
        if rm is None:
            return None
        sent_start, _ = self.sent(pos)
        lo = self.sent(max(0, sent_start - 2))[0]
        own = {accuser, self.ents[accuser].country}
        for mm in reversed(self.mentions_between(lo, pos)):
            if self.in_quote(mm.start) or mm.key in own:
                continue
            if self.ents[mm.key].type == "state":
                return [mm.key], rm.end()
        # further back, only the one state the last few sentences name ("… executed by the
        # Iranian authorities. The UN said …. The UK called on the regime to end …")
        for _ in range(3):
            lo = self.sent(max(0, lo - 2))[0] if lo > 0 else 0
        states = {
            mm.key
            for mm in self.mentions_between(lo, pos)
            if not self.in_quote(mm.start)
            and mm.key not in own
            and self.ents[mm.key].type == "state"
        }
        if len(states) == 1:
            return [states.pop()], rm.end()
        return None

    def _held_to_account(self) -> None:
        """'the Assad regime must be held accountable for its use of chemical weapons',
        'A holds B responsible for the attack': B is accused by whoever says so."""
        text = self.text
        for m, sent_start, sent_end in self.asserted(self.scan(SCAN.HELD_TO_ACCOUNT)):
            s = m.start()
            if m.group("passive"):
                if m.group("obj").strip():
                    continue
                # the accused is the clause's subject: the name right before "must be held"
                before = [
                    mm
                    for mm in self.mentions_between(sent_start, s)
                    if self.speaker_capable(mm) and not self.in_quote(mm.start)
                ]
                if not before or not _rx(r"(?:\s+(?:regime|government|forces))?\s+$").fullmatch(
                    text, before[-1].end, s
                ):
                    continue
                accused = [before[-1].key]
                lead = _rx(r"\b(?:said|says|told|[a-z]+(?:ed|es))\b[^.;]*?\bthat\s").search(
                    text, sent_start, before[-1].start
                )
                if lead is None:
                    continue  # no one is said to hold them to account
                verb_pos = lead.start()
            else:
                lst = self.list_after(m.start("obj"), kinds=("org", "person"))
                if lst is None or not lst[0]:
                    continue
                accused = lst[0]
                verb_pos = s
            accuser = self.subject_before(verb_pos)
            if not self.may_accuse(accuser):
                continue
            accused = [k for k in accused if k != accuser and not self.ents[k].is_place]
            end = _about_end(text, m.end(), sent_end)
            span = (self._clause_start(sent_start, verb_pos, accuser), end)
            self._add_accusation(
                Charge("accusation", accuser, accused, text[m.end() : end].strip(), "asserted"),
                Found(span, "accusation:held-to-account", 0.55),
            )

    def _dismissals(self) -> None:
        """'X dismissed the report as "one-sided"': X criticises who made the report or
        the allegation (the issuer of the last report, the maker of the last accusation)."""
        text = self.text
        for m in self.unquoted(self.scan(SCAN.DISMISS)):
            s = m.start()
            sent_start, sent_end = self.sent(s)
            who = self.subject_before(s)
            if who is None:
                continue
            target = None
            named = [
                mm
                for mm in self.mentions_between(m.start("np"), m.end("np"))
                if self.ents[mm.key].is_org or self.ents[mm.key].is_person
            ]
            if named:
                target = named[-1].key
            elif m.group("doc").lower().startswith("report"):
                reports = [st for st in self.statements if st.kind == "report" and st.span[0] < s]
                target = reports[-1].issuers[0] if reports else None
            else:
                # the allegation made against the dismisser, or against its state ("the
                # Emirati foreign ministry dismissed the allegation" made against the UAE)
                mine = {who, self.ents[who].country} - {None}
                prior = [a for a in self.accusations if a.span[0] < s and mine & set(a.accused)]
                target = prior[-1].accuser if prior else None
            if target is None or target == who or self.ents[target].is_place:
                continue
            end = _about_end(text, m.end(), sent_end)
            about = text[m.end() : end].strip('“”"‘’ .,') or m.group("doc")
            span = (self._clause_start(sent_start, s, who) if who else s, end)
            self._add_accusation(
                Charge("criticism", who, [target], about, "asserted"),
                Found(span, "accusation:dismissed-as", 0.6),
            )

    def _denied_charges(self) -> None:
        """'Y denied X's accusations that it had armed the rebels', 'Y rejected X's charge of
        …': X accused Y (the one who denies) of what follows."""
        text = self.text
        for m in self.unquoted(self.scan(SCAN.DENIED_CHARGE)):
            s = m.start()
            owner = next(
                (
                    mm
                    for mm in self.mentions_between(
                        s, m.end("by") if m.group("by") else m.start("poss")
                    )
                    if mm.end == (m.end("by") if m.group("by") else m.start("poss"))
                ),
                None,
            )
            if owner is None or not self.speaker_capable(owner):
                continue
            _, sent_end = self.sent(s)
            who = self.subject_before(s)
            if who is None or who == owner.key or self.ents[who].is_place:
                continue
            end = _about_end(text, m.end(), sent_end)
            about = text[m.end() : end].strip().strip('“”"')
            if not about:
                continue
            self._add_accusation(
                Charge("accusation", owner.key, [who], _gerund(about), "asserted"),
                Found((owner.start, end), "accusation:denied-charge", 0.6),
            )
