"""Agreements: what was signed or agreed, between whom, of what kind, status and duration.

Treaties and signings told around a name ("signed for Palau", "the A-B border treaty") are
:mod:`diplokg.extract.treaties`' (the step after these); the patterns both read are in
:mod:`diplokg.extract.agreeing`."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from diplokg.extract.agreeing import (
    _AGREED_ON,
    _AGREED_TO_DO_SCAN,
    _AGREEMENT,
    _AGREEMENT_BEFORE_BETWEEN,
    _AGREEMENT_NOUNS,
    _AGREEMENT_NP,
    _AGREEMENT_ON,
    _AGREEMENT_THEN,
    _BARE_AGREEMENT_KINDS,
    _CAPITALISED_RUN,
    _CUT_PREPOSITIONS,
    _DEGREE_WORDS,
    _DETERMINERS,
    _GOING,
    _NAMED_OF_START,
    _NAMED_ON_START,
    _THEY,
    _THOSE_WHO_MET,
    _TRAILING_SMALL,
    _TRUCE_HELD_SCAN,
    _UNITS,
    _gerund,
    _head_after_modifier,
    _mou_spelt,
    _own_duration,
)
from diplokg.extract.clauses import Clauses, Found
from diplokg.extract.patterns import (
    _NUMBERS,
    _about_end,
    _clause_end,
    _negation,
)
from diplokg.extract.regexes import RX
from diplokg.extract.signers import (
    _agreed_date,
    _agreeing_parties,
    _agreement_blocked,
    _as_states,
    _clause_parties,
    _counterpart_state,
    _date_met,
    _release_issuers,
    _state_of_holder,
    _states_of_those_who_met,
    _they_parties,
)
from diplokg.extract.text import SCAN, _fold, _rx, comma_gap_start, head_scan, singular

_AGREED_ON_SCAN = head_scan(_AGREED_ON)
_AGREEMENT_SCAN = head_scan(_AGREEMENT)


#: An agreement known by its name and called bilateral (see AgreementRules._bilateral_named):
#: "the ground-breaking bilateral Economic Partnership Agreement".
_BILATERAL_NAMED = re.compile(
    r"\b[Tt]he\s+(?:[a-z-]+\s+)?bilateral\s+(?P<name>(?:[A-Z][\w’'-]*\s+){1,5}(?i:"
    + _AGREEMENT_NOUNS
    + r"))\b"
)
_BILATERAL_NAMED_SCAN = head_scan(_BILATERAL_NAMED)


def _term(dm: re.Match[str]) -> str | None:
    """The ISO 8601 duration a match of RX.DURATION names ("for five years": "P5Y")."""
    n_raw = dm.group("n") or dm.group("n2")
    unit = dm.group("unit") or dm.group("unit2")
    n = int(n_raw) if n_raw.isdigit() else _NUMBERS.get(n_raw.lower())
    if not n:
        return None
    return f"P{n * 10 if unit == 'decade' else n}{_UNITS[unit]}"


#: A bare instrument's noun after "the", and the noun its name by topic ends in (see
#: AgreementRules._named_before): "the MOU" told again after its name
_DEFINITE_BARE = {
    "mou": "memorandum of understanding",
    "memorandum": "memorandum of understanding",
    "memorandum of understanding": "memorandum of understanding",
    "agreement": "agreement",
    "treaty": "treaty",
    "accord": "accord",
    "convention": "convention",
    "pact": "pact",
}


class AgreementRules(Clauses):
    """Rules that find agreements."""

    # -- agreements -------------------------------------------------------------

    def _instrument_name(self, pos: int) -> str | None:
        """The name of the instrument whose capitalised words start at ``pos``, as written
        ("Status of Forces Agreement", "Partnership and Cooperation Agreement"); "the
        Treaty on Good Neighbourliness" is a "good neighbourliness treaty". None for a
        bare noun ("the Agreement") or words that end in no agreement noun."""
        text = self.text
        dm = _rx(r"(?:The|A|An|This)\s+(?=[A-Z])").match(text, pos)
        pos = dm.end() if dm is not None else pos
        on = _NAMED_ON_START.match(text, pos)
        if on is not None:
            topic = " ".join(
                text[on.start("topic") : self._name_end(on.start("topic"), on.end())].split()
            ).lower()
            # "on Cooperation in Human Resource Development": "human resource development
            # cooperation", the field before the noun as the type word follows its subject
            topic = _rx(
                r"(cooperation|co-operation)\s+(?:in|on)\s+(?:the\s+)?(?:field\s+of\s+)?(.+)"
            ).sub(r"\2 \1", topic)
            return f"{topic} {' '.join(on.group('noun').split()).lower()}"
        of = _NAMED_OF_START.match(text, pos)
        if of is not None:  # "the Treaty of Friendship and Cooperation": as written
            return " ".join(text[pos : self._name_end(pos, of.end())].split())
        run = _CAPITALISED_RUN.match(text, pos)
        if run is None:
            return None
        words = text[pos : self._name_end(pos, run.end())].split()
        for n in range(len(words), 0, -1):
            name = " ".join(words[:n]).rstrip("’'")  # "the ‘Windsor Framework’": no mark
            if RX.INSTRUMENT_NOUN.search(name) and (n > 1 or "Understanding" in name):
                if words[n - 1] in ("of", "and", "for", "on", "the", "to", "in", "&"):
                    continue
                return RX.MOU.sub(_mou_spelt, name) if "MoU" in name or "MOU" in name else name
        return None

    def _name_end(self, lo: int, hi: int) -> int:
        """Where a name running from ``lo`` to ``hi`` ends: before "in"/"at" and a place
        ("… in the Field of Energy in Lissar")."""
        for pm in _rx(r"(?<!Cooperation)(?<!Co-operation)\s+(?:in|at)\s+(?:the\s+)?").finditer(
            self.text, lo, hi
        ):  # ("… on Cooperation in Water Management": the field, no place)
            mm = self.mention_at(pm.end())
            if mm is not None and self.ents[mm.key].is_place | (self.ents[mm.key].type == "state"):
                return pm.start()
        return hi

    def _state_brought_in(self, key: str) -> str | None:
        """The state a mention brings into the story: a state's own, a person's whose
        state the text ties them to (None for anything else)."""
        if self.ents[key].type == "state":
            return key
        if self.ents[key].is_person:
            return _state_of_holder(self, key)
        return None

    def _named_kind(self, lo: int, hi: int) -> str | None:
        """The instrument's full name when the words from ``lo`` to ``hi`` begin one (see
        :meth:`_instrument_name`), else None."""
        cap = _rx(r"(?<![\w’'-])[A-Z]").search(self.text, lo, hi)
        return self._instrument_name(cap.start()) if cap is not None else None

    def find_agreements(self) -> None:
        text = self.text
        for m, sent_start, sent_end in self.asserted(self.scan(_AGREEMENT_SCAN), 25):
            s = m.start()
            if RX.NOT_MADE.search(text, max(sent_start, s - 30), s):
                continue  # "has yet to sign", "failed to conclude"
            if (
                _rx(r"(?:(?:have|has|had)\s+)?agreed\s+to\s*").fullmatch(m.group("verb"))
                and (m.group("gap") or "").strip()
            ):
                # "agreed to accelerate cooperation through the establishment of a MoU": a
                # deed agreed to (see _agreed_to_do), the instrument only its means
                continue
            # (a word the text puts in quotation marks, "the ‘Hotline’ treaty": the word)
            kind = RX.QUOTED_WORD_MARK.sub("", m.group("kind").strip().lower())
            if RX.DECLARATION.search(kind):
                if not RX.SIGNING_VERB.fullmatch(m.group("verb")):
                    continue  # "adopted a declaration": a statement, not an agreement
                # "a declaration conjoint": a joint declaration
                kind = _rx(r"declaration(s?)\s+conjointe?s?$").sub(r"joint declaration\1", kind)
            named = self._named_kind(m.start("kind"), m.end("kind") + 1)
            if (
                _rx(r"(?:the|this|that)\s+$", re.I).match(text, m.start("np"), m.start("kind"))
                and " " not in kind
                and named is None
            ):
                continue  # "signed the agreement": one named before (drafted or not)
            said = kind = RX.HOW_MANY_OF.sub("", kind)  # "a number of agreements"
            kind = _rx(
                r"^(?:(?:new|historic|landmark|bilateral|so-called|\d+-\w+|[a-z]+-(?:year|month|"
                r"week|day)|today|yesterday|\w+day|two|three|four|five|six|seven|eight|nine|ten|"
                r"groundbreaking|ground-breaking|important|major|key|milestone|"
                r"several|\d+)\s+)+"
            ).sub("", kind)
            if kind in _BARE_AGREEMENT_KINDS and f"bilateral {kind}" in said:
                kind = f"bilateral {kind}"  # "signed 37 new bilateral agreements"
            if _rx(r"(?:the|this|that)\s+$", re.I).match(
                text, m.start("np"), m.start("kind")
            ) and any(
                (a.kind == kind or a.kind.startswith(f"{kind} ")) and a.span[0] < s
                for a in self.agreements
            ):
                # "A and B signed the development agreement" after "X and Y have signed a
                # new development agreement": the signers of the one told before
                continue
            verb = m.group("verb")
            status = (
                "signed"
                if (
                    _rx(r"signed|signatures?|concluded|inked|sealed|struck").search(verb)
                    # a headline's present "A and B sign accord" tells a signing done;
                    # "to sign", "will sign", "could sign" do not
                    or (
                        _rx(r"(?:sign|ink)s?").fullmatch(verb.strip())
                        and not _rx(
                            r"\b(?:to|will|would|shall|can|could|may|might|must|should|not)\s+$",
                            re.I,
                        ).search(text, max(sent_start, s - 12), s)
                    )
                )
                and not _rx(r"agreed\s+to|will|would|to\s+sign|expected|set").search(verb)
                # "concluded negotiations on a free trade agreement": agreed, not yet signed
                and not _rx(r"^(?:the\s+|their\s+)?(?:negotiations|talks)\b").match(
                    m.group("gap") or ""
                )
                else "agreed"
            )
            subj_zone = text[sent_start:s]
            parties: list[str] = []
            zone_mentions = [
                mm
                for mm in self.mentions_between(sent_start, s)
                if not self.in_quote(mm.start) and mm.how not in ("qualifier",)
            ]
            # the subject: the coordinated names right before the verb
            lst = None
            aside = RX.THROUGH_ASIDE.search(subj_zone)
            if aside is not None:
                # "The United States, through its aid agency, and B have signed": the aside
                # names the means, not a party
                first = [
                    mm
                    for mm in zone_mentions
                    if mm.end <= sent_start + aside.start() and self.ents[mm.key].is_org
                ]
                second = self.list_after(sent_start + aside.end(), kinds=("org", "person"))
                if first and second and second[1] >= s - 40:
                    lst = ([first[-1].key, *second[0]], second[1])
            for mm in zone_mentions if lst is None else ():
                if self.ents[mm.key].is_place or (lst is not None and mm.start < lst[1]):
                    continue
                # the coordinated names nearest the verb: "the announcement by A and B
                # that C and D have agreed …" is C's and D's agreement
                near = self.list_after(mm.start, kinds=("org", "person"))
                if (
                    near
                    and len(near[0]) >= 2
                    and (near[1] >= s - 40 or RX.ASIDE_TO_VERB.fullmatch(text, near[1], s))
                    and (lst is None or _rx(r"\bthat\s").search(text, lst[1], mm.start))
                ):
                    lst = near
            if lst:
                parties = list(lst[0])
            else:
                group = self._subject_list(sent_start, s)
                # a headline's comma-joined pair "Mongolia, Uruguay sign MoU"
                hm = _rx(r"\s*(?P<a>[^,\n]{2,40}),\s+(?P<b>[^,\n]{2,40}?)\s+$").fullmatch(
                    text, sent_start, s
                )
                if len(group) < 2 and hm:
                    ma, mb = self.mention_at(hm.start("a")), self.mention_at(hm.start("b"))
                    if (
                        ma
                        and mb
                        and ma.end == hm.end("a")
                        and mb.end == hm.end("b")
                        and ma.key != mb.key
                        and self.ents[ma.key].type == "state"
                        and self.ents[mb.key].type == "state"
                    ):
                        group = [ma.key, mb.key]
                if len(group) >= 2:
                    parties = group
                elif _THOSE_WHO_MET.search(subj_zone):
                    parties = _states_of_those_who_met(self, s)
                elif _THEY.search(subj_zone):
                    parties = _they_parties(self, s)  # "They agreed to a ceasefire"
                else:
                    subj = self.subject_before(s)
                    if subj:
                        parties = [subj]
            # "a Memorandum of Understanding (MoU) with Spain": the short form between; "a
            # deal on gas supplies with India": its topic between
            wm = _rx(
                r"(?:\s*\([A-Za-z]{2,8}\))?(?:\s+(?:on|for)\s+[^,.;()“”\"]{1,60}?)?"
                r"\s+with\s+(?:the\s+)?(?:[Gg]overnments?\s+of\s+(?:the\s+)?)?"
            ).match(text[m.end() : m.end() + 112])
            if wm:
                # ("with President B of Y", "with Doskaran President B": past the title)
                obj = self.mention_at(m.end() + wm.end())
                wl = self.list_after(m.end() + wm.end(), kinds=("org", "person"), limit=90)
                key = obj.key if obj is not None else wl[0][0] if wl is not None else None
                if obj is None and key is not None and not _state_of_holder(self, key):
                    key = None  # (one past a title signs for a state, or is left out)
                if (
                    key is not None
                    and key not in parties
                    and self.ents[key].is_org | self.ents[key].is_person
                ):
                    parties.append(key)
            bm = _rx(r"\s+(?:(?:on|of|for)\s+[^,.;]{0,60}?\s+)?between\s+").match(
                text, m.end(), sent_end
            )
            if bm:
                lst2 = self.list_after(bm.end())
                if lst2:
                    if (
                        len(lst2[0]) >= 2
                        and all(self.ents[k].is_person for k in parties)
                        and not any(self.ents[k].is_person for k in lst2[0])
                    ):
                        # "A and B signed a treaty … between Arvelia and Doskara": the
                        # signers act for the two named, who are the parties
                        parties = []
                    parties = list(dict.fromkeys([*parties, *lst2[0]]))
            if any(
                not RX.PREP_BEFORE.search(subj_zone, 0, tm.start())
                for tm in RX.TWO_STATES_SUBJECT.finditer(subj_zone)
            ):
                # "the two nations signed …", "Both countries have signed …" (never "ties
                # between the two countries", not the subject)
                # (the states named, or those of the leaders named: "During Arvelian
                # President A's visit to Doskara, the two nations signed …")
                states_ = [
                    state
                    for mm in self.mentions_between(max(0, sent_start - 600), s)
                    if (state := self._state_brought_in(mm.key)) is not None
                ]
                parties = list(dict.fromkeys(reversed(states_)))[:2]
            parties = [self._government_state(k) or k for k in parties]
            # people sign for their states: "the two ministers signed" → their countries
            as_states = []
            for key in parties:
                if self.ents[key].is_person:
                    home = self.ensure(self.ents[key].country)
                    home = home or _counterpart_state(self, key, sent_start, s)
                    as_states.append(_state_of_holder(self, key) or home or key)
                else:
                    as_states.append(key)
            unmapped = [i for i, k in enumerate(as_states) if self.ents[k].is_person]
            if (unmapped and len(unmapped) < len(as_states)) or _rx(
                r"\bon\s+behalf\s+of\s+(?:their|the\s+two)\s+(?:governments|countries|states)\b",
                re.I,
            ).search(text, sent_start, sent_end):
                # a minister whose state the text does not tie to them signs for the other
                # state of the story: the last one named that is not a party yet
                others = [
                    mm.key
                    for mm in reversed(self.mentions_between(max(0, sent_start - 2000), s))
                    if self.ents[mm.key].type == "state" and mm.key not in as_states
                ]
                for i, state in zip(unmapped, dict.fromkeys(others), strict=False):
                    as_states[i] = state
            if all(not self.ents[k].is_person for k in as_states):
                parties = as_states
            parties = [p for p in dict.fromkeys(parties) if not self.ents[p].is_place]
            if len(parties) < 2 and RX.WITH_COUNTERPART.match(text, m.end()):
                parties = self._visit_parties(s, subj_zone, parties) or parties
            if len(parties) == 1:
                parties = (
                    self._on_a_visit(sent_start, s, parties[0])
                    or self._at_hosted_ceremony(m.end(), sent_end, parties[0])
                    or parties
                )
            if len(parties) < 2:
                continue
            ev_e = m.end()
            duration = None
            dm = _own_duration(text, m.end(), sent_end)
            if dm is not None and _rx(
                r"\b(?:renew\w*|extend\w*|prolong\w*|within|deadline|by)\b[^.;]*$"
            ).search(text[m.end() : dm.start()]):
                dm = None
            if dm is None:
                dm = _own_duration(text, max(sent_start, m.start("kind") - 2), m.end())
            if dm is None and sent_end < len(text):
                # "The treaty is concluded for twenty years." right after
                nxt_end = self.sent(sent_end)[1]
                nm = _AGREEMENT_THEN.match(text[sent_end:nxt_end])
                if nm:
                    dm = RX.DURATION.search(text, sent_end, nxt_end)
                    if dm is not None and _rx(
                        r"\b(?:renew\w*|extend\w*|another|successive)\b"
                    ).search(text[sent_end : dm.start()]):
                        dm = None
            duration = _term(dm) if dm else None
            if dm and duration:
                ev_e = max(ev_e, dm.end())
            ev_s = (
                min(mm.start for mm in self.mentions_between(sent_start, s) if mm.key in parties)
                if any(mm.key in parties for mm in self.mentions_between(sent_start, s))
                else s
            )
            relays = self.relays(sent_start, sent_end, "")
            relays = [r for r in relays if r not in parties]
            km = _rx(r"\s+(?:agreement|treaty|accord|pact|deal)s?\b", re.I).match(text, m.end())
            if km and kind.split()[-1] != km.group().strip().lower():
                kind = f"{kind} {km.group().strip().lower()}"  # "a partnership agreement"
            kind = self._kind_on_topic(RX.MOU.sub(_mou_spelt, kind), m.end(), sent_end)
            if named is not None and len(named) > len(kind):
                kind = named  # "the landmark Partnership and Cooperation Agreement"
            date = self.date_near(s)
            if date is None and (
                _THOSE_WHO_MET.search(subj_zone)
                or _THEY.search(subj_zone)
                or _rx(r"\b(?:the\s+two|both)\s+(?:countries|sides|nations)\b", re.I).search(
                    subj_zone
                )
            ):
                date = _date_met(self, s, parties)  # "the two signed": the day they met
            am = RX.ALSO_AGREEMENT.match(text, m.end(), sent_end)
            if am:
                # "… a treaty …, as well as an accord on visa-free travel": a second one
                also = am.group("kind2").strip().lower()
                found = Found((am.start("np2"), am.end()), "agreement:as-well-as", 0.6)
                self._add_agreement(
                    list(parties), also, status, found, reported_by=relays, date=date
                )
            same = next(
                (a for a in self.agreements if set(a.parties) == set(parties) and a.kind == kind),
                None,
            )
            if same is not None:
                # a headline and its story name one agreement twice
                same.duration = same.duration or duration
                same.date = same.date or date
                if status == "signed":
                    same.status = "signed"  # "agreed" in one, "signed" told in the other
                continue
            found = Found((ev_s, ev_e), "agreement:verb-kind", 0.7)
            self._add_agreement(
                parties, kind, status, found, duration=duration, reported_by=relays, date=date
            )
        self._separate_agreements()
        self._nominal_agreements()
        self._agreements_between()
        self._signed_before_them()
        self._agreed_to_do()
        self._agreed_to_np()
        self._committed_that()
        self._agreed_on_importance()
        self._we_agree_that()
        self._reached_with()
        self._agreed_on()
        self._truces_held()
        self._agreements_with()
        self._dated_later()
        self._term_told_later()
        self._signed_by_us()
        self._bilateral_named()

    def _separate_agreements(self) -> None:
        """'A has signed separate Association Agreements with B, C and D': one association
        agreement of A with each of B, C and D (what "separate" says), not one of A and B."""
        for agr in list(self.agreements):
            sm = _rx(r"(?:separate|individual|respective)\s+(?P<k>.+s)").fullmatch(agr.kind)
            wm = _rx(r"\s+with\s+(?:the\s+)?").match(self.text, agr.span[1])
            lst = self.list_after(wm.end(), kinds=("org",)) if wm and sm else None
            if sm is None or lst is None or len(lst[0]) < 2:
                continue
            others = [self._government_state(k) or k for k in lst[0]]
            own = [k for k in agr.parties if k not in others]
            if len(own) != 1 or any(self.ents[k].is_place for k in others):
                continue
            self.agreements.remove(agr)
            for other in dict.fromkeys(others):
                found = Found((agr.span[0], lst[1]), agr.rule, agr.conf)
                self._add_agreement(
                    [own[0], other],
                    singular(sm.group("k")),
                    agr.status,
                    found,
                    date=agr.date,
                    duration=agr.duration,
                    reported_by=agr.reported_by,
                )

    def find_agreement_kinds(self) -> None:
        """'… will sign a collaboration arrangement …' and later 'The Indigenous
        Collaboration Arrangement signing …': a kind told in lower case takes the one
        instrument name the article gives it (capitalised words before the same words)."""
        text = self.text
        for agr in self.agreements:
            words = agr.kind.split()
            if (
                len(words) < 2
                or agr.kind != agr.kind.lower()
                or not all(w.isalpha() for w in words)
            ):
                continue
            if RX.INSTRUMENT_NOUN.search(words[-1].capitalize()) is None:
                continue
            if " ".join(w.capitalize() for w in words) not in text:
                continue  # (the words never capitalised: no name to take)
            title = r"\s+".join(re.escape(w.capitalize()) for w in words)
            names = {
                " ".join(nm.group("name").split())
                for nm in _rx(
                    rf"(?<![\w’'-])(?:(?:The|A|An|This|Our|Their|Its)\s+)?"
                    rf"(?P<name>(?P<pre>(?:[A-Z][\w’'-]*\s+){{1,3}}){title})\b"
                ).finditer(text)
                # not a headline's capitals, nor a name's ("the New Zealand China …")
                if (len(self.para_starts) < 3 or self.para(nm.start()) > 0)
                and not self.mentions_between(nm.start("pre"), nm.end("pre"))
            }
            names = {n for n in names if not _rx(r"^(?:The|A|An|This|Our|Their|Its)\s").match(n)}
            others = {b.kind.lower() for b in self.agreements if b is not agr}
            if len(names) == 1 and next(iter(names)).lower() not in others:
                agr.kind = names.pop()
        for agr in self.agreements:
            if agr.kind != agr.kind.lower():
                continue
            # "… signed the first ever agreement between A and B. This Political Dialogue
            # and Cooperation Agreement constitutes …", "… have agreed a new way forward.
            # This new agreement, the ‘Windsor Framework’, …": the next sentence names it
            _, end = self.sent(agr.span[1])
            tm = RX.THIS_NAMED.match(text, end)
            name = self._instrument_name(tm.end()) if tm is not None else None
            if name is None or " " not in name or name[0].islower():
                continue
            if name.lower() not in {b.kind.lower() for b in self.agreements}:
                agr.kind = name
        for agr in self.agreements:
            agr.kind = self._kind_without_parties(agr.kind, agr.parties)

    def _kind_without_parties(self, kind: str, parties: list[str]) -> str:
        """'the Canada-France In-Flight Security Officer Treaty' between Canada and France
        is of kind "in-flight security officer treaty": the pair that names its parties is
        no part of its kind (the parties say it)."""
        pm = _rx(r"(?P<a>[\w’'.]+)\s*[-–]\s*(?P<b>[\w’'.]+)\s+(?=\w)").match(kind)
        if pm is None:
            return kind
        names = {n.lower() for k in parties for n in (self.ents[k].name, *self.ents[k].aliases)}
        if pm.group("a").lower() in names and pm.group("b").lower() in names:
            return kind[pm.end() :].lower()  # (without its pair, no proper name)
        return kind

    def _kind_on_topic(self, kind: str, pos: int, sent_end: int) -> str:
        """'signed agreements on security, the common border and economic relations': a
        bare plural noun's kind is what they are on (never 'on Monday', 'on behalf of')."""
        if kind not in _BARE_AGREEMENT_KINDS and " " in kind:
            return kind
        if kind not in _BARE_AGREEMENT_KINDS:
            # a single bare noun is on what follows its parties: "an agreement between A
            # and B on establishing centres of …"
            bm = _rx(r"\s+between\s+").match(self.text, pos, sent_end)
            lst = self.list_after(bm.end(), kinds=("org", "person")) if bm else None
            if lst is None:
                return kind
            pos = lst[1]
        om = _AGREEMENT_ON.match(self.text, pos, sent_end)
        if om is None:
            return kind
        end = _clause_end(self.text, om.end(), sent_end)
        if kind not in _BARE_AGREEMENT_KINDS:  # one topic: up to a comma or a verb
            cm = _rx(r",|\s+(?:was|were|has|had|have|is|are|will|would)\b").search(
                self.text, om.end(), end
            )
            end = cm.start() if cm is not None else end
        words = self.text[om.start("topic") : end].split()
        return f"{kind} on {' '.join(words).lower()}" if 0 < len(words) <= 10 else kind

    def _witnessed_signing(
        self, np: re.Match[str], group: str | int, wm: re.Match[str], sent_start: int, sent_end: int
    ) -> None:
        """'The two leaders witnessed the signing of three agreements on …', 'They
        witnessed the signing of a new X Agreement to …': the states of those who witnessed
        (a coordinated subject, "they", those who met) are the parties of the agreement
        ``np``'s ``group`` names. A third party witnessing names none."""
        text = self.text
        s = wm.start()
        parties = [self._government_state(k) or k for k in _clause_parties(self, sent_start, s)]
        parties = [k for k in dict.fromkeys(parties) if not self.ents[k].is_place]
        if len(parties) < 2 or _negation(text[max(sent_start, s - 25) : s]):
            return
        kind = _rx(
            r"^(?:of\s+)?(?:(?:an?|the|two|three|four|five|six|several|new|\d+)\s+)*", re.I
        ).sub("", np.group(group))
        kind = self._kind_on_topic(RX.MOU.sub(_mou_spelt, kind.lower()), np.end(group), sent_end)
        end = _about_end(text, np.end(group), sent_end)
        start = self._clause_start(sent_start, s, parties[0])
        found = Found((start, end), "agreement:witnessed-signing", 0.55)
        self._add_agreement(parties, kind, "signed", found, date=_agreed_date(self, s, parties))

    def _for_signing(self, m: re.Match[str], sent_start: int, sent_end: int) -> None:
        """'… congratulates the Governments of A and B for signing agreements on …':
        the ones praised for signing are the parties."""
        text = self.text
        s = m.start()
        wm = RX.WITNESSED.search(text, sent_start, s)
        if wm is not None:
            self._witnessed_signing(m, "np3", wm, sent_start, sent_end)
            return
        for mm in self.mentions_between(sent_start, s):
            lst = self.list_after(mm.start, kinds=("org", "person"))
            if not lst or not _rx(
                # "… commends A and B for the spirit of compromise they showed in reaching …"
                r"\s+(?:for|after|on)\s+(?:[^.;“”\"]{0,80}?\s+(?:in|by)\s+)?"
            ).fullmatch(text, lst[1], s):
                continue
            parties = [self._government_state(k) or k for k in lst[0] if not self.ents[k].is_place]
            parties = list(dict.fromkeys(parties))
            if len(parties) < 2:
                return
            kind = (
                _rx(r"^(?:(?:an?|the|this|their|two|three|four|several)\s+)", re.I)
                .sub("", m.group("np3"))
                .lower()
            )
            end = _about_end(text, m.end(), sent_end)
            kind = self._kind_on_topic(kind, m.end(), sent_end)
            if any(set(parties) <= set(a.parties) for a in self.agreements):
                return  # ("praised A and B for reaching this accord": the one drafted)
            found = Found((mm.start, end), "agreement:for-signing", 0.6)
            status = "agreed" if m.group("reaching") else "signed"
            self._add_agreement(parties, kind, status, found, date=self.date_near(s))
            return

    def _signed_before_them(self) -> None:
        """'Several agreements were signed in the presence of the two presidents' (or
        "after the talks", "during the visit") with no party named: an agreement of those
        who met in the paragraph or the one before, on their meeting's day."""
        text = self.text
        for m, kind in self._passive_signings():
            s = m.start("verb")
            _, sent_end = self.sent(s)
            both = RX.SIGNED_BY_BOTH.match(text, m.end(), sent_end)
            if _agreement_blocked(self, s) or (
                both is None and _rx(r"\s+(?:between|by|with)\s").match(text, m.end(), sent_end)
            ):
                continue  # (signed between or by those it names: other rules')
            if not _rx(  # ("was signed today during …": a day between)
                r"(?:\s+(?:today|yesterday|earlier|later))?(?:\s*(?:\.|,|$)|"
                r"\s+(?:in\s+the\s+presence\s+of|during|after|following|at|in|on)\s)"
            ).match(text, both.end() if both is not None else m.end(), sent_end):
                continue
            held = [
                e
                for e in self.events
                if e.kind == "meeting" and e.status == "held" and e.span[0] < s
            ]
            last = max(held, key=lambda e: e.span[0]) if held else None
            # with no meeting told, a joint release's own signing: its issuers' states
            parties = (
                _as_states(self, list(last.participants))
                if last is not None
                else self._joint_release_states(s)
            )
            if (
                last is not None
                and self.para(last.span[0]) < self.para(s) - 1
                and any(set(_as_states(self, list(e.participants))) != set(parties) for e in held)
            ):
                continue  # far on: only when every meeting told was of the same two sides
            if len(parties) < 2 or any(self.ents[k].is_person for k in parties):
                continue
            found = Found((m.start(), m.end()), "agreement:signed-before-them", 0.55)
            date = self.date_near(s) or (last.date if last is not None else None)
            self._add_agreement(parties, kind, "signed", found, date=date)

    def _joint_release_states(self, pos: int) -> list[str]:
        """The states of the issuers of the joint statement a text opens with ("A and B
        today issued the following joint statement"), when one is told before ``pos``."""
        for st in self.statements:
            if len(st.issuers) >= 2 and st.span[0] < pos and self.para(st.span[0]) <= 1:
                return _as_states(self, list(st.issuers))
        return []

    def _passive_signings(self) -> Iterator[tuple[re.Match[str], str]]:
        """'Several agreements were signed', 'A Memorandum of Understanding on Political
        Consultation was signed': each signing told with no party, and its kind (one
        instrument's when the words before the verb name one: its name, or lower-case
        words ending in an agreement noun)."""
        for m in self.unquoted(self.scan(SCAN.PASSIVE_SIGNED)):
            yield m, RX.MOU.sub(_mou_spelt, _rx(r"\s+").sub(" ", m.group("kind"))).lower()
        for m in self.unquoted(self.scan(SCAN.PASSIVE_SIGNED_ONE)):
            np = " ".join(m.group("np").split())
            named = self._instrument_name(m.start()) if np[0].isupper() else None
            if named is not None and len(named.split()) >= len(np.split()) - 1:
                yield m, named
            elif _rx(rf"(?:[a-z-]+\s+){{0,3}}(?:{_AGREEMENT_NOUNS})").fullmatch(np):
                yield m, RX.MOU.sub(_mou_spelt, np)

    def _sign_for_states(self, keys: list[str]) -> bool:
        """Whether the persons among ``keys`` sign for their states: not when one of them
        holds no state's post ("an agreement between President A and Mr. B", a rebel
        leader), then each signs for themself."""
        return all(_state_of_holder(self, k) for k in keys if self.ents[k].is_person)

    def _nominal_agreements(self) -> None:
        """Agreements named as a noun phrase: 'the Agreement on Peace … signed by A and B',
        'the Framework Agreement, which was agreed by A and B', 'the signing of the
        Agreement … between A and B', 'the signing by A and B of the … agreement'."""
        text = self.text
        for m in self.unquoted(self.scan(SCAN.AGREEMENT_BY)):
            s = m.start()
            sent_start, sent_end = self.sent(s)
            if m.group("np3"):
                self._for_signing(m, sent_start, sent_end)
                continue
            if m.group("signing"):
                np_lo, np_hi = m.span("np") if m.group("np") else (m.end(), sent_end)
                nm = _AGREEMENT_NP.search(text, np_lo, np_hi)
                if (
                    nm is not None
                    and m.group("np")
                    and RX.PURPOSE_AFTER_AGREEMENT.match(text, nm.end(), np_hi)
                ):
                    # "witnessed the signing of a new X Agreement to further facilitate
                    # support between A and B": the purpose's "between", not the parties
                    wm = RX.WITNESSED.search(text, sent_start, s)
                    if wm is not None:
                        self._witnessed_signing(nm, 0, wm, sent_start, sent_end)
                    continue
            else:
                nm = None
                for cand in _AGREEMENT_NP.finditer(text, max(sent_start, s - 160), s):
                    nm = cand
                if nm is not None and not RX.AGREEMENT_NP_TO_VERB.fullmatch(text, nm.end(), s):
                    nm = None
            if nm is None:
                continue
            gm = RX.GROUP_BEFORE_NAMES.match(text, m.end())
            lst = self.list_after(gm.end() if gm else m.end(), kinds=("org", "person"))
            if lst is None:
                continue
            parties: list[str] = []
            for_states = self._sign_for_states(lst[0])
            for key in lst[0]:
                ent = self.ents[key]
                if ent.is_place:
                    continue
                if ent.is_person:  # a person signs for a state
                    parties.append((_state_of_holder(self, key) if for_states else None) or key)
                    continue
                parties.append(key)
            parties = list(dict.fromkeys(parties))
            if gm is not None and _rx(r"\b(?:two|both|three)\b").search(gm.group()):
                # "signed by the two countries’ Presidents A and B": the two states named
                # last, when a signer holds no known post of one
                counted = self._last_states(s, len(lst[0]))
                known = [k for k in parties if self.ents[k].type == "state"]
                if len(counted) == len(lst[0]) and set(known) <= set(counted):
                    parties = counted
                if any(self.ents[k].type != "state" for k in parties):
                    continue  # (a signer who stands for none of the states the group counts)
            signers = [k for k in lst[0] if self.ents[k].is_person]
            if (
                m.group("verb")
                and len(signers) >= 2
                and len(signers) == len(lst[0])
                and not _rx(r",?\s+respectively\b").match(text, lst[1])
            ):  # ("signed by A and B, respectively": each on their own)
                # "The agreement, reached in Asuncion by A and B": they sat together
                self.add_meeting(signers, (s, lst[1]), s, "meeting:reached-by", 0.6)
            if len(parties) < 2 or any(
                set(parties) <= set(a.parties) and a.span[0] <= nm.start() <= a.span[1]
                for a in self.agreements
            ):
                continue
            kind = self._kind_of_np(nm)
            bare = _rx(r"(?:the|this|that)\s+[\w-]+", re.I).fullmatch(nm.group()) is not None
            if any(
                set(a.parties) == set(parties) and (a.kind == kind or bare) for a in self.agreements
            ):
                continue  # "the deal was signed by …": the one already drafted
            told = [a for a in self.agreements if a.span[0] < nm.start()]
            if bare and (
                any(
                    a.kind == kind or a.kind.startswith(f"{kind} ") or a.kind.endswith(f" {kind}")
                    for a in told
                )
                or set(parties) <= {k for a in told for k in a.parties}
            ):
                # "The memorandum was signed by A's minister and B's minister" after "X and Y
                # signed a memorandum of understanding", "the agreement was signed by …" after
                # "… signed a visa waiver agreement", "The accords were signed by" the
                # ministers of states each a party of one told before: its signers, not new
                # parties
                continue
            status = (
                "agreed" if m.group("verb") and m.group("verb").startswith("agreed") else "signed"
            )
            end = lst[1]
            # (from the verb: "the agreement signed on Monday by A and B")
            date = self.date_near(m.start(), after_only=True)
            dm = _own_duration(text, end, sent_end)  # "The deal, signed by …, runs for five years"
            sm = _rx(
                r"[^.;]{0,120}?\band\s+(?:(?:was|were|later|then|formally|finally)\s+)*signed\b"
            ).match(text, end, sent_end)
            if status == "agreed" and sm is not None:
                # "… which was agreed by A and B on 20 February in X and signed this evening
                # in Y": the day it was signed
                status = "signed"
                date = self.date_near(sm.end(), after_only=True) or date
            # "the signing by A and B of the … agreement": the noun phrase comes last
            found = Found((min(nm.start(), s), max(end, nm.end())), "agreement:noun-by", 0.6)
            duration = _term(dm) if dm is not None else None
            self._add_agreement(parties, kind, status, found, date=date, duration=duration)

    def _kind_of_np(self, nm: re.Match[str]) -> str:
        """The kind an agreement's noun phrase (a match of _AGREEMENT_NP) names: its head
        words in lower case, or its whole instrument name ("the Agreement on Peace,
        Friendship and …")."""
        kind = _rx(r"^(?:the|a|an)\s+", re.I).sub("", nm.group()).strip().lower()
        kind = _rx(r"\s+(?:on|for|of|between)\s.*$").sub("", kind)
        kind = _rx(r"^(?:\d{4}|new|historic|landmark|so-called)\s+").sub("", kind)
        named = self._named_kind(nm.start(), nm.end() + 1)
        return named if named is not None and len(named) > len(kind) else kind

    def _signed_by_us(self) -> None:
        """'… the Treaty on Friendly Relations that we signed several years ago' in a
        speaker's turn of a transcript of two speakers: an agreement of their states, each
        the state whose post its speaker holds (none when a post is unknown)."""
        text = self.text
        for m in RX.WE_SIGNED.finditer(text):
            s = comma_gap_start(text, m.start())
            if self.in_quote(s) or self.speaker_at(s) is None:
                continue
            speakers = self.transcript_speakers()
            states = [_state_of_holder(self, k) for k in speakers]
            parties = [k for k in dict.fromkeys(states) if k]
            if len(speakers) != 2 or not all(states) or len(parties) != 2:
                continue
            sent_start, _ = self.sent(s)
            nm = next(
                (
                    x
                    for x in _AGREEMENT_NP.finditer(text, max(sent_start, s - 160), s)
                    if _rx(r",?\s*").fullmatch(text, x.end(), s)
                ),
                None,
            )
            if nm is None:
                continue
            found = Found((nm.start(), m.end()), "agreement:signed-by-us", 0.55)
            self._add_agreement(parties, self._kind_of_np(nm), "signed", found, date=None)

    def _bilateral_named(self) -> None:
        """'… the two leaders are delighted to celebrate the second anniversary of the
        ground-breaking bilateral Economic Partnership Agreement': an agreement known by
        its name and called bilateral is one of the clause's subject (those who met, "they",
        two states named), in force already; undated."""
        text = self.text
        for nm in self.scan(_BILATERAL_NAMED_SCAN):
            s = nm.start()
            sent_start, sent_end = self.sent(s)
            if (
                self.in_quote(s)
                or self._hypothetical(sent_start, s)
                or _rx(r"\s+(?:between|with)\s").match(text, nm.end(), sent_end)
                or RX.THIRD_PARTY_VERB.search(text, sent_start, s)
            ):
                continue  # (another's agreement: "A and B welcomed the bilateral X Treaty")
            parties = _agreeing_parties(self, s)
            if len(parties) != 2 or any(self.ents[k].type != "state" for k in parties):
                continue
            kind = _rx(r"\s+").sub(" ", nm.group("name")).lower()
            if any(set(a.parties) == set(parties) and a.kind == kind for a in self.agreements):
                continue
            found = Found((s, nm.end()), "agreement:bilateral-named", 0.5)
            self._add_agreement(parties, kind, "signed", found, date=None)

    def _agreed_on(self) -> None:
        """'A and B agreed on Wednesday on a new tariff for …', 'the ministers agreed on a
        roadmap': an agreement on what the noun names, of two or more parties."""
        for m in self.prose(self.scan(_AGREED_ON_SCAN)):
            s = m.start()
            parties = _agreeing_parties(self, s)
            if len(parties) < 2:
                continue
            np = _rx(r"\s+").sub(" ", m.group("np")).strip().lower()
            kind = f"{np} agreement"
            if np == "way forward":
                # "agreed on the way forward for the negotiations": no instrument, a course
                end = _clause_end(self.text, m.end(), self.sent(s)[1])
                what = " ".join(self.text[m.start("np") : end].split()[:10])
                kind = f"agreement on the {what}"
            start = self._clause_start(self.sent(s)[0], s, parties[0])
            found = Found((start, m.end()), "agreement:agreed-on", 0.55)
            date = _agreed_date(self, s, parties)
            self._add_agreement(parties, kind, "agreed", found, date=date, named="agreement")

    def _deed(self, vp_start: int, pos: int, sent_end: int) -> tuple[str, int]:
        """What was agreed to, from the verb at ``vp_start`` to the end of its clause (before
        an adjunct of time, place or cause: "… following their talks", ", a decision …",
        "… today", "… in Lissar"): its kind ("agreement to …", eight words at most) and
        where it ends."""
        text = self.text
        end = _clause_end(text, pos, sent_end)
        qm = _rx(r"\s*[“\"]([^“”\"]{1,40})[”\"]").match(text, end)
        if qm is not None and len(text[vp_start:end].split()) <= 2:
            # 'agreed to do "homework" as part of …': a scare-quoted object goes on
            end = _clause_end(text, qm.end(), sent_end)
        vp_end = _rx(r"[a-z]+").match(text, vp_start)
        for am in RX.AGREED_ADJUNCT.finditer(text, vp_end.end() if vp_end else vp_start, end):
            if am.group("place") is None or (
                (pm := self.mention_at(am.end())) is not None
                and (self.ents[pm.key].is_place or self.ents[pm.key].type == "state")
                and _rx(r"\s*(?:[,.;]|$|(?:on|in|at|today|yesterday)\b)").match(
                    text, pm.end, end + 1
                )
            ):
                end = am.start()
                break
        cm = _rx(
            r",?\s+(?:and|but)\s+(?:will|would|shall|also\s+will|plan\s+to|hope\s+to)\s"
        ).search(text, vp_start, end)
        if cm is not None:
            end = cm.start()  # "agreed to restart dialogue and will do so soon": a second verb
        what = _rx(r"\s+").sub(" ", _rx(r"[“”\"]").sub("", text[vp_start:end])).strip().rstrip(",")
        # "continue to work together" is told as "continue working together"
        what = _rx(r"^(continue|keep)\s+to\s+((?:[a-z]+ly\s+)*)([a-z]+)\b").sub(
            lambda cm: f"{cm.group(1)} {cm.group(2)}{_gerund(cm.group(3))}", what
        )
        words = what.split()
        cut = len(words) > 8
        words = words[:8] + _head_after_modifier(words) if cut else words
        cut = cut and len(words) < len(what.split())
        if cut and "that" in words[1:]:
            words = words[: words.index("that", 1)]  # "to ensure that X …": not its clause
        while len(words) > 1 and (
            words[-1].lower() in _TRAILING_SMALL or (cut and words[-1].lower() in _DETERMINERS)
        ):
            words.pop()  # "… the protection of": not ending on a small word
            if cut and len(words) > 3 and words[-2].lower() == "to":
                del words[-2:]  # "… a commission to demarcate (their border)": its purpose
        if cut and len(words) > 3 and words[-2].lower() == "to":
            del words[-2:]
        if cut and len(words) > 4 and words[-2].lower() in _CUT_PREPOSITIONS:
            del words[-2:]  # "… channels of communication between (military professionals)"
        return "agreement to " + " ".join(words), end

    def _committed_that(self) -> None:
        """'The two Ministers concurred that they would strengthen …', 'they confirmed that
        A and B would continue to …': a commitment the two make, told as what they (or the
        two countries, or the parties named) will do, is an agreement to do it. What is
        only judged ("confirmed that it is important to …", "agreed that these were …") or
        done by others ("confirmed that X will visit …") is none."""
        text = self.text
        for m in self.prose(self.scan(SCAN.COMMITTED_THAT)):
            s = m.start()
            sent_start, sent_end = self.sent(s)
            if (m.group("vp") in _GOING and not m.group("both")) or (
                m.group("vp") and RX.COURTESY.match(text, m.start("vp"))
            ):
                # "confirmed that they will attend the summit": a planned meeting (but
                # "agreed that experts from both sides will hold talks" is a deed agreed)
                continue
            who = m.group("who")
            named: list[str] = []
            if m.group("pp"):
                # "… that Japan-ROK cooperative relations will be advanced": a commitment
                # about their relations; the parties are those who confirmed it
                if not RX.THEIR_RELATIONS.search(who) or who.lower() == "they":
                    continue
            elif who[0].isupper() and not _rx(r"[Tt]he\s+two\s|[Tt]hey$").match(who):
                # "… that Japan and Australia would continue": the parties, named
                lst = self.list_after(m.start("who"), kinds=("org",))
                if lst is None or lst[1] != m.end("who") or len(lst[0]) < 2:
                    continue
                named = [self._government_state(k) or k for k in lst[0]]
                if any(self.ents[k].is_place for k in named):
                    continue
            parties = _agreeing_parties(self, s)
            clause = text[sent_start:s]
            if len(parties) < 2 and not (
                named
                and (_THEY.search(clause) or _THOSE_WHO_MET.search(clause))
                and not _agreement_blocked(self, s)
            ):
                continue
            parties = list(dict.fromkeys(named)) if named else parties
            if m.group("pp"):
                end = _clause_end(text, m.end(), sent_end)
                kind = f"agreement that {' '.join(who.split())} will be {m.group('pp')}"
            else:
                kind, end = self._deed(m.start("vp"), m.end(), sent_end)
            start = self._clause_start(sent_start, s, parties[0])
            found = Found((start, end), "agreement:committed-that", 0.55)
            date = _agreed_date(self, s, parties)
            self._add_agreement(parties, kind, "agreed", found, date=date, named="agreement")

    def _visit_parties(self, s: int, subj_zone: str, parties: list[str]) -> list[str]:
        """'X departs for P. The purpose of the visit is to conclude an agreement with his
        counterpart': the visitor's state and the host state. The visit is the one the
        sentence before tells ("X departs tonight for P", "X travels to P"), else the visit
        drafted nearest (anywhere for "the visit", within a paragraph for its visitor as
        the subject)."""
        about_visit = _rx(r"\b(?:visit|trip|journey|mission)\b").search(subj_zone) is not None
        if not about_visit and not parties:
            return []
        visitor = host = None
        sent_start, _ = self.sent(s)
        prev_start, _ = self.sent(max(0, sent_start - 1))
        tm = (
            RX.TRAVELS_TO.search(self.text, prev_start, sent_start)
            if prev_start < sent_start
            else None
        )
        if tm is not None:
            who = self.subject_before(tm.start())
            dest = self.mention_at(tm.end())
            if who is not None and dest is not None and self.ents[dest.key].type == "state":
                visitor, host = who, dest.key
        if visitor is None:
            near = [
                e
                for e in self.events
                if e.kind == "visit"
                and e.visitor is not None
                and e.host is not None
                and self.ents[e.host].type == "state"
                and (about_visit or abs(self.para(e.span[0]) - self.para(s)) <= 1)
            ]
            if not near:
                return []
            visit = min(near, key=lambda e: abs(e.span[0] - s))
            visitor, host = visit.visitor, visit.host
        if visitor is None or host is None:
            return []
        home = _state_of_holder(self, visitor) if self.ents[visitor].is_person else visitor
        if home is None or home == host:
            return []
        if not about_visit and not set(parties) <= {visitor, home}:
            return []
        return [home, host]

    def _agreed_on_importance(self) -> None:
        """'A and B agreed upon the importance of the rule of law': an agreement on the
        importance of what follows (the parties' shared commitment, as "agreed on the need
        to …" is one), of two or more parties."""
        text = self.text
        for m in self.prose(self.scan(SCAN.AGREED_ON_IMPORTANCE)):
            s = m.start()
            sent_start, sent_end = self.sent(s)
            parties = _agreeing_parties(self, s)
            if len(parties) < 2:
                continue
            cm = _rx(r"[^,;:]*").match(text, m.end(), sent_end)
            end = cm.end() if cm is not None else sent_end
            # "… of safer skies and highlighted the treaty as …", "… and will promote …": a
            # second predicate of theirs is no part of what they agreed on
            pm = RX.AND_PREDICATE.search(text, m.end(), end)
            end = pm.start() if pm is not None else end
            if m.group("verb"):  # "agreed it was important to defend X": of defending X
                rest = text[m.end("verb") : end]
                told = f"importance of {_gerund(m.group('verb'))}{rest}"
            elif m.group("np"):  # "agreed that X is important": of X
                end = m.end()
                told = f"importance of {m.group('np')}"
            else:
                told = text[m.start("what") : end]
            words = _rx(r"[“”\"‘’]").sub("", told).split()
            if "that" in words[1:]:  # "… a political solution that would end …": its noun
                words = words[: words.index("that", 1)]
            words = words[:10]
            while len(words) > 1 and words[-1].lower() in _TRAILING_SMALL:
                words.pop()
            kind = "agreement on the " + " ".join(words).rstrip(".,;:")
            start = self._clause_start(sent_start, s, parties[0])
            found = Found((start, end), "agreement:agreed-on-importance", 0.55)
            date = _agreed_date(self, s, parties)
            self._add_agreement(parties, kind, "agreed", found, date=date, named="agreement")

    def _we_agree_that(self) -> None:
        """'We agree that the pandemic has affected the regional order' in a joint release
        ("Joint statement by President A and President B"): an agreement that …, of the
        states its issuers speak for, dated by the release; none in any other text."""
        text = self.text
        if RX.WE_AGREE_CUE.search(text) is None:
            return
        for m in RX.WE_AGREE_THAT.finditer(text):
            s = m.start("what")
            if self.in_quote(s) or _agreement_blocked(self, s):
                continue
            parties = _release_issuers(self, s)
            if len(parties) < 2:
                continue
            words = m.group("what").split()
            kind = "agreement that " + " ".join(
                w for w in words if w.lower() not in _DEGREE_WORDS
            ).rstrip(",")
            found = Found((text.index("We", m.start()), m.end()), "agreement:we-agree-that", 0.55)
            date = _agreed_date(self, s, parties)
            self._add_agreement(parties, kind, "agreed", found, date=date, named="agreement")

    def _reached_with(self) -> None:
        """'A highlighted the denuclearization agreement reached with B', 'I highlighted
        the agreement reached with Chairman Kim' (in A's quote): an agreement of A's
        state and B's, of the kind its noun phrase names; none when denied, hedged or
        still to come, nor when either side's state is unknown."""
        text = self.text
        for m in self.scan(SCAN.REACHED_WITH):
            s = m.start()
            if _agreement_blocked(self, s):
                continue
            sent_start, _ = self.sent(s)
            quote = self.quote_containing(s)
            if quote is not None:
                lo = max(sent_start, quote.text[0])
                if not _rx(r"\b(?:I|[Ww]e)\s+(?:[a-z]+\s+){0,3}$").search(text, lo, s):
                    continue  # ("Doskara broke the agreement reached with us")
                first: str | None = quote.speaker
            elif self.in_quote(s):
                continue
            else:
                first = self.subject_before(s)
            other = self.list_after(m.end(), kinds=("org", "person"), limit=120)
            if first is None or other is None or len(other[0]) != 1:
                continue
            parties = list(dict.fromkeys(_as_states(self, [first, *other[0]])))
            if len(parties) != 2 or not all(self.ents[k].type == "state" for k in parties):
                continue
            kind = " ".join(m.group("kind").split()).lower()
            status = "signed" if m.group("v") == "signed" else "agreed"
            found = Found((s, other[1]), "agreement:reached-with", 0.55)
            self._add_agreement(parties, kind, status, found, date=None, named="agreement")

    def _agreed_with(self, m: re.Match[str], sent_start: int) -> list[str]:
        """'A agreed with B to …', 'A agreed with his counterpart, B, to …': the subject and
        the one agreed with, each as the state whose post they hold (a person holding none
        as themselves); none when denied or hedged, or when either is unclear."""
        s = m.start()
        if _agreement_blocked(self, s):
            return []
        subj = self.subject_before(s)
        lo = m.start("with")
        cm = _rx(r"(?:his|her|their)\s+(?:\w+\s+)?counterparts?,?\s+").match(self.text, lo)
        other = self.list_after(cm.end() if cm else lo, kinds=("org", "person"))
        if subj is None or other is None or other[1] > m.end("with") + 1:
            return []
        keys = [subj, *other[0]]
        if any(self.ents[k].is_place for k in keys):
            return []
        parties = [self._government_state(k) or k for k in _as_states(self, keys)]
        return list(dict.fromkeys(parties))

    def _agreed_to_do(self) -> None:
        """'A and B have agreed to continue the talks', 'They agreed to set up a summit':
        an agreement to do something, of a coordinated subject of two or more parties (or of
        those who met in the paragraph, for 'they')."""
        text = self.text
        for m in self.scan(_AGREED_TO_DO_SCAN):
            s = m.start()
            if self.in_quote(s) and not (self.in_readout(s) or self.woven(s)):
                continue  # (a quotation's words, unless woven into the clause: 'have “agreed')
            sent_start, sent_end = self.sent(s)
            if m.group("vp") in ("meet", "hold", "convene", "host", "visit"):
                continue  # "agreed to hold a meeting": a planned meeting, not an agreement
            if RX.COURTESY.match(text, m.start("vp")):
                continue  # "agreed to remain in close touch": a courtesy
            if (
                m.group("committed")
                and not RX.WE.fullmatch(text, sent_start, s)
                and not _THEY.search(text[sent_start:s])
                and not _THOSE_WHO_MET.search(text[sent_start:s])
                and (
                    not RX.NAMED_RIGHT_BEFORE.search(text[max(sent_start, s - 40) : s])
                    or len(self._subject_list(sent_start, s)) < 2
                )
            ):
                # only a joint release's "We committed to …", a commitment its named
                # subjects make together ("A and B commit to further increase …"), or one
                # of those who met ("The ministers committed to …", "They welcomed … and
                # committed to working …") is both's
                continue
            if m.group("with"):
                parties = self._agreed_with(m, sent_start)
            else:
                parties = _agreeing_parties(self, s)
            if len(parties) < 2:
                continue
            kind, end = self._deed(m.start("vp"), m.end(), sent_end)
            dm = _own_duration(text, m.start("vp"), end)
            duration = _term(dm) if dm is not None and dm.group("n") else None
            if duration and dm is not None:
                # "agreed to extend the truce for five years": the term is the agreement's own
                kind, end = self._deed(m.start("vp"), m.end(), dm.start())
            if m.group("committed") or m.group("restated"):
                kind = kind.replace("agreement to ", "commitment to ", 1)
            if m.group("pledged"):
                kind = kind.replace("agreement to ", "pledge to ", 1)
            if m.group("decided"):
                # (as the gold tells what two decided: p08, z05)
                kind = kind.replace("agreement to ", "decision to ", 1)
            if m.group("shared"):
                kind = kind.replace("agreement to ", "shared view to ", 1)
            start = self._clause_start(sent_start, s, parties[0])
            found = Found((start, end), "agreement:agreed-to-do", 0.55)
            date = _agreed_date(self, s, parties)
            self._add_agreement(
                parties, kind, "agreed", found, date=date, named="agreement", duration=duration
            )

    def _agreed_to_np(self) -> None:
        """'They agreed to a relationship based on mutual respect, …': an agreement on what
        the noun phrase names (up to its clause's end), of two or more parties; an
        instrument agreed to ("agreed to a ceasefire") is the verb's own, a meeting or a
        proposal agreed to is none."""
        for m in self.prose(self.scan(SCAN.AGREED_TO_NP)):
            np = " ".join(m.group("np").split())
            if _rx(rf"(?i:{_AGREEMENT_NOUNS})s?\b").search(np):
                continue  # "agreed to a ceasefire", "to a deal on …": drafted as one
            s = m.start()
            parties = _agreeing_parties(self, s)
            if len(parties) < 2:
                continue
            sent_start, _ = self.sent(s)
            start = self._clause_start(sent_start, s, parties[0])
            found = Found((start, m.end()), "agreement:agreed-to-np", 0.55)
            date = _agreed_date(self, s, parties)
            self._add_agreement(
                parties, f"agreement on {np}", "agreed", found, date=date, named="agreement"
            )

    def _agreements_between(self) -> None:
        """'the agreement between A and B', 'a new trade deal between the governments of A
        and B': an agreement the two parties hold, named as a noun phrase (never a proposed,
        possible or future one, nor one denied)."""
        text = self.text
        for b in self.scan(SCAN.BETWEEN):
            p = b.start()
            if self.in_quote(p):
                continue
            nm = _AGREEMENT_BEFORE_BETWEEN.search(text, max(0, p - 90), p)
            if nm is None:
                continue
            sent_start, _ = self.sent(p)
            if nm.start() < sent_start or _negation(text[max(sent_start, nm.start() - 25) : p]):
                continue
            if _rx(
                r"\b(?:would|could|might|if|whether|any|calls?\s+for|called\s+for|urged?|urging|"
                r"seek|seeks|sought|push(?:ed|es|ing)?\s+for|negotiat\w+(?:\s+(?:on|over))?|"
                r"talks\s+(?:on|about|over|for)|towards?|hopes?\s+(?:for|of)|wants?|wanted)\s+"
                r"(?:[\w-]+\s+){0,2}$",
                re.I,
            ).search(text, max(sent_start, nm.start() - 40), nm.start()) or RX.AIMED_AT.search(
                text, max(sent_start, nm.start() - 60), nm.start()
            ):
                continue  # "called for an agreement between A and B": not yet one
            lo = b.end()
            gm = RX.GROUP_BEFORE_NAMES.match(text, lo)
            lst = self.list_after(gm.end() if gm else lo, kinds=("org", "person"))
            if lst is None:
                continue
            parties: list[str] = []
            for_states = self._sign_for_states(lst[0])
            for key in lst[0]:
                key = self._government_state(key) or key
                ent = self.ents[key]
                if ent.is_place:
                    continue
                if ent.is_person and for_states:
                    key = _state_of_holder(self, key) or key
                parties.append(key)
            parties = list(dict.fromkeys(parties))
            if len(parties) < 2 or any(
                set(parties) <= set(a.parties) and a.span[0] <= p <= a.span[1] + 200
                for a in self.agreements
            ):
                continue
            if _rx(
                r"^[^.;]{0,80}?\b(?:collapsed|failed|stalled|broke\s+down|fell\s+through|"
                r"foundered|fell\s+apart)\b"
            ).match(text, lst[1]):
                continue  # "talks on a deal between A and B collapsed": none was made
            kind = nm.group("kind").lower()
            kind = _rx(r"^(?:(?:new|historic|landmark|so-called|\d{4})\s+)+").sub("", kind)
            named = self._named_kind(nm.start("kind"), nm.end("kind") + 1)
            if named is not None and len(named) > len(kind):
                kind = named  # "the Partnership and Cooperation Agreement between A and B"
            elif kind.split()[-1] in ("partnership", "agreement", "deal", "accord"):
                # "the expanding partnership between A and B, as illustrated by the signing
                # of the Partnership and Cooperation Agreement": the instrument signed
                sm = RX.SIGNING_OF_NAMED.search(text, sent_start, self.sent(p)[1])
                signed = self._instrument_name(sm.end()) if sm is not None else None
                kind = signed or kind
            bare = nm.group("kind").lower()
            if bare in _DEFINITE_BARE and kind == bare and nm.group(0)[:4].lower() == "the ":
                kind = self._named_before(bare, nm.start()) or kind
            if " " not in kind:
                # "an agreement between A and B on establishing centres of …": what it is on
                kind = self._kind_on_topic(kind, max(0, p - 1), self.sent(p)[1])
            if any(set(a.parties) == set(parties) and a.kind == kind for a in self.agreements):
                continue  # named again: the one already drafted
            status = "signed" if "signed" in (nm.group("made") or "") else "agreed"
            found = Found((nm.start(), lst[1]), "agreement:noun-between", 0.55)
            self._add_agreement(
                parties, kind, status, found, date=self.date_near(p, after_only=True)
            )

    def _named_before(self, kind: str, pos: int) -> str | None:
        """'… the Memorandum of Understanding (MOU) on Cooperation in X between … ⏎⏎ The
        MOU was signed between A and B': the one instrument of that noun named by its
        topic in the two paragraphs before ``pos`` or its own (see _NAMED_ON_START), else
        None."""
        noun = _DEFINITE_BARE[kind]
        lo = self.para_starts[max(0, self.para(pos) - 2)]
        names = {
            name
            for om in _NAMED_ON_START.finditer(self.text, lo, pos)
            if " ".join(om.group("noun").split()).lower() == noun
            and (name := self._instrument_name(om.start())) is not None
        }
        return names.pop() if len(names) == 1 else None

    def _truces_held(self) -> None:
        """'A and B accuse each other of violating the ceasefire', 'A and B held talks that
        included 20 cease-fire agreements': a truce the sentence's coordinated subject
        holds, undated (when it was made is not told)."""
        for m, sent_start in self._told_as_fact(
            self.scan(_TRUCE_HELD_SCAN), RX.TRUCE_HEDGE, reach=40
        ):
            s = m.start()
            lst = self._opening_subject(sent_start, s)
            if lst is None or len(lst[0]) < 2:
                continue
            first_start = lst[2]
            parties = [k for k in _as_states(self, lst[0]) if not self.ents[k].is_place]
            parties = [self._government_state(k) or k for k in parties]
            parties = list(dict.fromkeys(parties))
            if len(parties) < 2 or any(
                set(parties) <= set(a.parties) and a.span[0] <= s <= a.span[1] + 40
                for a in self.agreements
            ):
                continue
            kind = " ".join(m.group("kind").lower().split())
            # "a month-old cease-fire", "the fragile truce": the truce
            kind = _rx(
                r"^(?:(?:[\w]+-(?:old|long|day|week|month|year)|fragile|shaky|current|existing|"
                r"latest|new|\d[\w-]*)\s+)+"
            ).sub("", kind)
            found = Found((first_start, m.end()), "agreement:truce-held", 0.5)
            self._add_agreement(parties, kind, "agreed", found, date=None)

    def _told_as_fact(
        self, matches: Iterable[re.Match[str]], hedge: re.Pattern[str], *, reach: int
    ) -> Iterator[tuple[re.Match[str], int]]:
        """The unquoted ``matches`` (of a pattern over the text) told as facts, each with
        its sentence's start: none with a negation just before it, or a word of ``hedge`` (a
        wish, a plan, a condition) within ``reach`` characters before it in its sentence."""
        text = self.text
        for m in self.unquoted(matches):
            s = m.start()
            sent_start, _ = self.sent(s)
            if _negation(text[max(sent_start, s - 25) : s]) is None and (
                hedge.search(text, max(sent_start, s - reach), s) is None
            ):
                yield m, sent_start

    def _opening_subject(self, sent_start: int, pos: int) -> tuple[list[str], int, int] | None:
        """The coordinated names that open the sentence before ``pos``, or the clause after
        its last "that" ("X said that A and B …"), when a verb follows them: the names, where
        they end and where they start."""
        text = self.text
        leads = [
            sent_start,
            *(tm.end() for tm in _rx(r"\bthat\s+").finditer(text, sent_start, pos)),
        ]
        for lead in reversed(leads):
            first = next(iter(self.mentions_between(lead, pos)), None)
            if first is None or not _rx(r"\s*(?:(?:[Bb]oth|[Tt]he)\s+)?").fullmatch(
                text, lead, first.start
            ):
                continue
            lst = self.list_after(first.start, kinds=("org", "person"))
            if lst is not None and _rx(
                r"\s+(?:(?:have|has|had|also|both|still|long|now|will|would|shall|not)\s+)*"
                r"(?!(?:of|in|on|at|to|for|with|by|from|and|or|as|who|which|that)\b)[a-z]+\b"
            ).match(text, lst[1]):
                return lst[0], lst[1], first.start
            return None
        return None

    def _agreements_with(self) -> None:
        """'A will not proceed with the next steps in the arrangement with B', 'A withdrew
        from its treaty with B': an agreement of the state (or body) the clause opens with
        and the one it is with, undated (never one sought, proposed or denied)."""
        for m, sent_start in self._told_as_fact(
            self.scan(SCAN.AGREEMENT_WITH), RX.WITH_HEDGE, reach=50
        ):
            s = m.start()
            other = self.mention_at(m.end())
            subj = self._opening_subject(sent_start, s)
            if other is None or subj is None or len(subj[0]) != 1:
                continue
            owner = self._government_state(subj[0][0]) or subj[0][0]
            with_ = self._government_state(other.key) or other.key
            if not all(
                self.ents[k].type == "state" or self.ents[k].type == "intergovernmental"
                for k in (owner, with_)
            ):
                continue  # (states and their unions only: a person's "deal with X" is none)
            parties = list(dict.fromkeys([owner, with_]))
            if len(parties) < 2 or any(set(parties) <= set(a.parties) for a in self.agreements):
                continue
            kind = " ".join(m.group("kind").lower().split())
            found = Found((subj[2], other.end), "agreement:with-owner", 0.5)
            self._add_agreement(parties, kind, "agreed", found, date=None)

    def _dated_later(self) -> None:
        """'… the cooperation agreements signed by A and B last month … The cooperation
        agreements between the two countries were reached in X on 27 September': an
        agreement told with no day takes the day a later sentence gives its kind."""
        text = self.text
        for agr in self.agreements:
            if self.day_named(agr.date) or " " not in agr.kind:
                continue  # (a bare "the agreement" told again may be another one)
            _, end = self.sent(agr.span[1])
            words = r"\s+".join(re.escape(w) for w in agr.kind.split())
            for km in _rx(
                rf"\b[Tt]he\s+(?i:{words})\b[^.;]{{0,80}}?\b(?:was|were|had\s+been|have\s+been)"
                r"\s+(?:(?:formally|jointly|first|finally)\s+)?(?:signed|reached|concluded|agreed)\b"
            ).finditer(text, end):
                if self.in_quote(km.start()):
                    continue
                date = self.date_near(km.end(), after_only=True)
                if self.day_named(date):
                    agr.date = date
                break

    def _term_told_later(self) -> None:
        """'… have signed a treaty to reduce … The new ten-year pact, which is called …': a
        later sentence that opens on an agreement's term ("The new ten-year pact", "The
        20-year treaty") gives it to the agreement drafted last before, when it has none."""
        text = self.text
        for tm in self.scan(SCAN.TERM_OPENING):
            s = tm.start()
            if self.sent(s)[0] != s or self.in_quote(s):
                continue
            before = [a for a in self.agreements if a.span[1] <= s]
            last = max(before, key=lambda a: a.span[1], default=None)
            dm = _own_duration(text, s, tm.end())
            if last is not None and last.duration is None and dm is not None:
                last.duration = _term(dm)

    def _on_a_visit(self, sent_start: int, s: int, signer: str) -> list[str]:
        """'On a visit to Tehran last June, Maduro signed a 20-year pact': the signer's
        state and the state visited (a capital standing for its state), when the sentence
        opens with the visit and the signer is its subject."""
        text = self.text
        vm = _rx(
            r"\s*(?:[Oo]n|[Dd]uring)\s+(?:an?|his|her|its|the)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:visit|trip)\s+to\s+(?:the\s+)?"
        ).match(text, sent_start, s)
        dest = self.mention_at(vm.end()) if vm is not None else None
        if dest is None:
            return []
        ent = self.ents[dest.key]
        host = dest.key if ent.type == "state" else None
        if host is None and ent.is_place and ent.country:
            host = self.ensure(ent.country)
        home = _state_of_holder(self, signer) if self.ents[signer].is_person else signer
        if host is None or home is None or home == host or self.ents[home].type != "state":
            return []
        return [home, host]

    def _at_hosted_ceremony(self, pos: int, sent_end: int, signer: str) -> list[str]:
        """'Senegal signed the Artemis Accords on Thursday during a ceremony hosted by NASA
        at its headquarters in Washington': the signer's state and the host's (a state, or
        the state of the agency that hosted it), when the host is not the signer's own."""
        hm = RX.HOSTED_CEREMONY.search(self.text, pos, sent_end)
        host_m = self.mention_at(hm.end()) if hm is not None else None
        if host_m is None or hm is None or hm.start() - pos > 60:
            return []
        ent = self.ents[host_m.key]
        host = host_m.key if ent.type == "state" else None
        if host is None and ent.is_org:  # "the Arvelian Foreign Ministry": its demonym's
            host = self.ensure(ent.country or self.demonyms.get(_fold(ent.name.split()[0])))
        home = _state_of_holder(self, signer) if self.ents[signer].is_person else signer
        if host is None or home is None or home == host or self.ents[home].type != "state":
            return []
        return [home, host]
