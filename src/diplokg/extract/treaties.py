"""Treaties and signings told other than as "A and B signed an agreement": who signed
for whom ("A signed the Memorandum for the United States and B signed for Palau"), the
treaty two states are bound by, a treaty named by its two states ("the Arvelia-Doskara
border treaty was signed in 2010"), "the agreements they announced", and the headline
that names the story's agreement again.

A step of its own (``treaties``), right after the agreement rules' own
(:mod:`diplokg.extract.agreements`), whose agreements they read (a headline's is the one
the story tells again); they share only what lies below both (the agreement record and
the government a body stands for, in :class:`~diplokg.extract.state.State`; the agreement
patterns, in :mod:`diplokg.extract.agreeing`).
"""

from __future__ import annotations

import itertools
import re

from diplokg.extract.agreeing import _AGREEMENT_NOUNS, _UNITS
from diplokg.extract.clauses import Clauses, Found
from diplokg.extract.patterns import (
    _NUMBERS,
    _negation,
)
from diplokg.extract.regexes import RX
from diplokg.extract.state import _Evt
from diplokg.extract.text import SCAN, _rx

_PAIR_KIND = re.compile(  # after "the A-B" or "the A B": "border treaty", "Strategic Partnership"
    r"\s+(?P<kind>(?:(?!proposed\b|possible\b|potential\b|future\b|draft\b|planned\b|"
    r"prospective\b|new\b)[\w’'-]+\s+){0,4}?(?i:" + _AGREEMENT_NOUNS + r"))\b"
)


class TreatyRules(Clauses):
    """The rules that find treaties and signings told around a verb or a name."""

    def find_treaties(self) -> None:
        self._signed_for()
        self._agreements_they_made()
        self._state_pair_agreements()
        self._bound_by_treaty()
        self._headline_agreements()

    def _bound_by_treaty(self) -> None:
        """'A is bound to B by a 1951 mutual defense treaty', 'A and B are bound by a pact':
        a treaty in force between the subject and the one it is bound to (the treaty's
        year, if told, is no day: the agreement gets no date)."""
        text = self.text
        for m in self.unquoted(self.scan(SCAN.BOUND_BY)):
            s = m.start()
            sent_start, _ = self.sent(s)
            if _negation(text[max(sent_start, s - 25) : m.start("kind")]) or _rx(
                r"\b(?:could|would|might|may|if|whether|should)\s+(?:\w+\s+)?$"
            ).search(text, max(sent_start, s - 30), s):
                continue
            parties = [
                k for k in self._subject_list(sent_start, s) if not self.ents[k].is_place
            ] or [k for k in [self.subject_before(s)] if k]
            if m.group("to"):
                obj = self.list_after(m.start("to") + 3, kinds=("org", "person"))
                if obj is None or obj[1] < m.end("to") - 1:
                    continue
                parties += [k for k in obj[0] if k not in parties]
            parties = [k for k in dict.fromkeys(parties) if self.ents[k].is_org]
            if len(parties) < 2:
                continue
            kind = _rx(r"^(?:(?:\d{4}|\d+-\w+|bilateral|old|decades-old)\s+)+").sub(
                "", _rx(r"\s+").sub(" ", m.group("kind")).strip().lower()
            )
            if any(set(a.parties) == set(parties) for a in self.agreements):
                continue
            start = self._clause_start(sent_start, s, parties[0])
            found = Found((start, m.end()), "agreement:bound-by", 0.6)
            self._add_agreement(parties, kind, "signed", found, date=None)

    def _signed_for(self) -> None:
        """'A signed the Memorandum for the United States and B signed for Palau': the
        states signed for are the parties, the signers met; 'C and D attended the signing'
        joins C and D to that meeting."""
        text = self.text
        by_sent: dict[tuple[int, int], list[tuple[str, str, re.Match[str]]]] = {}
        for m in self.scan_unquoted(SCAN.SIGNED_FOR):
            sent = self.sent(m.start())
            signer = self.subject_before(m.start(), persons_only=True)
            party = self.mention_at(m.end())
            if signer is None or party is None or self.ents[party.key].is_place:
                continue
            state = self._government_state(party.key) or party.key
            if not self.ents[state].is_org:
                continue
            by_sent.setdefault(sent, []).append((signer, state, m))
        last: _Evt | None = None
        for (sent_start, sent_end), pairs in by_sent.items():
            signers = list(dict.fromkeys(p[0] for p in pairs))
            parties = list(dict.fromkeys(p[1] for p in pairs))
            if len(parties) < 2 or len(signers) < 2:
                continue
            span = (sent_start, sent_end)
            trig = pairs[0][2].start()
            if not any(set(a.parties) == set(parties) for a in self.agreements):
                np = (pairs[0][2].group("np") or "").strip().lower()
                kind = np.split()[-1] if np else "agreement"
                found = Found(span, "agreement:signed-for", 0.6)
                self._add_agreement(parties, kind, "signed", found, date=self.date_near(trig))
            self.add_meeting(signers, span, trig, "meeting:signed-for", 0.6)
            last = next(
                (
                    e
                    for e in self.events
                    if e.kind == "meeting" and set(e.participants) == set(signers)
                ),
                None,
            )
        if last is None:
            return
        for m in self.scan_unquoted(SCAN.ATTENDED_SIGNING):
            if m.start() < last.span[0]:
                continue
            sent_start, sent_end = self.sent(m.start())
            group = [
                mm.key
                for mm in self.mentions_between(sent_start, m.start())
                if self.ents[mm.key].is_person and not self.in_quote(mm.start)
            ]
            if not group:
                continue
            last.participants.extend(k for k in group if k not in last.participants)
            last.extra.append((sent_start, m.end()))
            pm = _rx(r"\s+(?:in|at)\s+").match(text, m.end())
            place = self.mention_at(pm.end()) if pm else None
            if last.place is None and place is not None and self.ents[place.key].is_place:
                last.place = place.key
            break

    def _agreements_they_made(self) -> None:
        """'congratulates A and B for the agreements they announced today on a six-month
        ceasefire and on a mechanism for …': one agreement per thing agreed on, of the
        parties named right before (or, for 'both countries' and a 'they' with none, of the
        last meeting or agreement of the paragraph); a bare 'the agreement they signed' is
        the one drafted already, if any."""
        text = self.text
        if not any(w in text for w in ("agreement", "accord", "deal", "arrangement")):
            return
        for m, sent_start, sent_end in self.asserted(self.scan(SCAN.AGREEMENTS_THEY_MADE), 25):
            s = m.start()
            parties: list[str] = []
            if m.group("who") == "they":
                before = [
                    mm
                    for mm in self.mentions_between(sent_start, s)
                    if not self.in_quote(mm.start) and not self.ents[mm.key].is_place
                ]
                for mm in before:
                    lst = self.list_after(mm.start, kinds=("org", "person"))
                    if lst and len(lst[0]) >= 2 and s - 40 <= lst[1] <= s:
                        parties = list(lst[0])
                        break
            if not parties and (
                "countries" in m.group("who")
                or _rx(r"\b(?:both|the\s+two)\s+(?:countries|governments|sides|states)\b").search(
                    text, sent_start, s
                )
            ):
                parties = self._last_states(s, 2)
            if not parties:
                parties = self._antecedent_parties(s, near=True)
            parties = [self._government_state(k) or k for k in dict.fromkeys(parties)]
            parties = [k for k in parties if not self.ents[k].is_place]
            if len(parties) < 2:
                continue
            # what was agreed on, after an optional place and day: "… in Cuba today on a …"
            pos = m.end()
            gap = _rx(
                r"(?:\s+(?:in|at)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*|\s+today|"
                r"\s+yesterday|\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                r"Saturday|Sunday))*"
            ).match(text, pos, sent_end)
            pos = gap.end() if gap else pos
            kinds: list[tuple[str, str | None, int]] = []
            while (om := RX.ON_WHAT_AGREED.match(text, pos, sent_end)) is not None:
                np_ = _rx(r"\s+").sub(" ", om.group("np")).strip().lower()
                duration = None
                dm = RX.DURATION.search(np_)
                if dm is not None and dm.group("n2"):
                    n = (
                        int(dm.group("n2"))
                        if dm.group("n2").isdigit()
                        else _NUMBERS.get(dm.group("n2"))
                    )
                    if n:
                        duration = f"P{n}{_UNITS[dm.group('unit2')]}"
                    np_ = (np_[: dm.start()] + np_[dm.end() :]).strip()
                kinds.append((np_, duration, om.end()))
                pos = om.end()
            if not kinds:
                if any(set(parties) <= set(a.parties) for a in self.agreements):
                    continue  # "the agreement they signed": the one drafted already
                kinds = [(m.group("noun").lower(), None, m.end())]
            for kind, duration, end in kinds:
                if any(set(a.parties) == set(parties) and a.kind == kind for a in self.agreements):
                    continue
                found = Found((s, end), "agreement:they-made", 0.6)
                self._add_agreement(
                    parties, kind, "agreed", found, duration=duration, date=self.date_near(s)
                )

    def _state_pair_agreements(self) -> None:
        """'the Arvelia-Doskara border treaty was signed in 2010', 'since the New Zealand
        China Comprehensive Strategic Partnership was agreed', 'welcomed the signing of the
        Canada-France In-Flight Security Officer Treaty': two states named as the
        agreement's modifier are its parties, when the clause says it was made."""
        text = self.text
        for start, parties, end in self._state_pairs():
            if not _rx(r"(?<![\w’'-])[Tt]he\s+$").search(text, max(0, start - 4), start):
                continue
            km = _PAIR_KIND.match(text, end)
            if km is None:
                continue  # (inside a quote too: "since the A B Partnership was agreed" is told)
            sent_start, sent_end = self.sent(start)
            if _negation(text[max(sent_start, start - 25) : start]):
                continue
            made = RX.PAIR_MADE.match(text, km.end(), sent_end)
            # (the words before its verb: "was not signed" is none)
            if made is None or _negation(text[km.end() : made.end()].rsplit(None, 1)[0] + " "):
                signing = RX.SIGNING_OF_PAIR.search(text, max(sent_start, start - 50), start - 4)
                if signing is None or _negation(
                    text[max(sent_start, signing.start() - 25) : start]
                ):
                    continue
                status, span = "signed", (signing.start(), km.end())
            else:
                status = "signed" if "signed" in made.group() else "agreed"
                span = (start - 4, made.end())
            kind = _rx(r"\s+").sub(" ", km.group("kind")).strip().lower()
            if any(set(a.parties) == set(parties) and a.kind == kind for a in self.agreements):
                continue
            found = Found(span, "agreement:state-pair", 0.6)
            date = self.date_near(km.end(), after_only=True)
            self._add_agreement(parties, kind, status, found, date=date)

    def _state_pairs(self) -> list[tuple[int, list[str], int]]:
        """Two states named side by side before an agreement's noun, as (start, their keys,
        end): two mentions ("the New Zealand China …", "the A-B …"), or a hyphened pair of
        names the lexicon knows ("the Canada-France … Treaty", which no mention covers;
        only where an agreement's noun follows: resolving every hyphened pair of a text,
        "Secretary-General", "Jean-Yves", tripled the step's time)."""
        text = self.text
        mens = [mm for mm in self.mens if not mm.inner and self.ents[mm.key].type == "state"]
        pairs = [
            (m1.start, [m1.key, m2.key], m2.end)
            for m1, m2 in itertools.pairwise(mens)
            if m1.key != m2.key and _rx(r"\s*[-–—/]\s*|\s+").fullmatch(text, m1.end, m2.start)
        ]
        for hm in _rx(r"(?<![\w’'-])(?P<a>[A-Z][\w’'.]*)[-–](?P<b>[A-Z][\w’'.]*)\b").finditer(text):
            if any(p[0] <= hm.start() < p[2] for p in pairs) or not _PAIR_KIND.match(
                text, hm.end()
            ):
                continue
            keys = self._named_pair(hm.start("a"), hm.start("b"))
            if len(set(keys)) == 2:
                pairs.append((hm.start(), keys, hm.end()))
        return sorted(pairs)

    def _headline_agreements(self) -> None:
        """'Norland and Estavia sign power cable deal' above 'Norland and Estavia on Tuesday
        signed a deal to build …': the headline names the story's agreement, told again
        below; the story's telling is kept."""
        if len(self.para_starts) < 3:
            return
        body = [a for a in self.agreements if self.para(a.span[0]) > 0]
        self.agreements = [
            a
            for a in self.agreements
            if self.para(a.span[0]) > 0 or not any(set(b.parties) == set(a.parties) for b in body)
        ]
