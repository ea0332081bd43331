"""Meetings told by signings: the signers for each party ("A signed for X and B for Y"),
those who attended or represented the parties at a signing ("C and D attended the signing
in Z", "A represented the U.S. Government, while B represented …"): all met at one
signing session; and a session to come ("A and B will sign …"), planned."""

from __future__ import annotations

from diplokg.extract.clauses import Clauses
from diplokg.extract.regexes import RX
from diplokg.extract.text import SCAN

_SIGNING_RULES = frozenset(
    {"meeting:signing", "meeting:signed-by", "meeting:signed-for", "meeting:signers-for"}
)


class SigningRules(Clauses):
    """The meetings a signing session tells (see the module's docstring)."""

    def find_signers_for(self) -> None:
        """'A signed the memorandum for X and B signed for Y', 'A signed for X and B for Y
        at a ceremony in Z': the signers, each for a party, met at one signing session."""
        text = self.text
        for m in self.unquoted(self.scan(SCAN.SIGNERS_FOR)):
            s = m.start()
            party = self.mention_at(m.end())
            if party is None or not self.ents[party.key].is_org:
                continue
            sent_start, sent_end = self.sent(s)
            first = self.subject_before(s, persons_only=True)
            if first is None:
                continue
            signers, end = [first], party.end
            for mm in self.mentions_between(party.end, sent_end):
                if not self.ents[mm.key].is_person or mm.key in signers or mm.inner:
                    continue
                fm = RX.SIGNER_FOR.match(text, mm.end, sent_end)
                other = self.mention_at(fm.end()) if fm else None
                if other is None or not self.ents[other.key].is_org or other.key == party.key:
                    continue
                signers.append(mm.key)
                end = other.end
            if len(signers) >= 2:
                span = (self._clause_start(sent_start, s, first), end)
                self.add_meeting(signers, span, s, "meeting:signers-for", 0.7)

    def find_planned_signings(self) -> None:
        """'A and B will sign an accord in Z on Friday', 'A and B will this week sign': two
        or more persons named as the subject of a signing to come meet at its session
        (planned; states that are to sign may sign apart, so only persons)."""
        for m, sent_start, _ in self.asserted(self.scan(SCAN.WILL_SIGN)):
            s = m.start()
            if self._hypothetical(sent_start, s):
                continue
            persons = [k for k in self._subject_list(sent_start, s) if self.ents[k].is_person]
            if len(persons) >= 2:
                span = (self._clause_start(sent_start, s, persons[0]), m.end())
                self.add_meeting(persons, span, s, "meeting:will-sign", 0.6)

    def find_attended_signing(self) -> None:
        """'C and D attended the signing in Washington', 'The participation of C and D at
        the signing ceremony in Havana': they were at the signing session last told (its
        signers met them there), else met each other at one."""
        text = self.text
        for m, sent_start, sent_end in self.asserted(self.scan(SCAN.AT_SIGNING)):
            s = m.start()
            if self._hypothetical(sent_start, s):
                continue
            if m.group().lower().startswith("participation"):
                # ("the President of Colombia, Gustavo Petro": a state before its person)
                lst = self.list_after(m.end(), kinds=("person", "org"))
                am = RX.AT_THE_SIGNING.match(text, lst[1], sent_end) if lst else None
                if lst is None or am is None:
                    continue
                who, end = [k for k in lst[0] if self.ents[k].is_person], am.end()
                if who:
                    start = s
            else:
                # "Ambassador C of Kenya and Assistant Secretary D attended": each person
                who = [
                    mm.key
                    for mm in self.mentions_between(sent_start, s)
                    if self.ents[mm.key].is_person and not self.in_quote(mm.start)
                ]
                who = list(dict.fromkeys(who))
                end = m.end()
                if who:
                    start = self._clause_start(sent_start, s, who[0])
            if not who:
                continue
            place = self._meeting_place(s, s, sent_start, sent_end)
            signing = next(
                (
                    ev
                    for ev in reversed(self.events)
                    if ev.kind == "meeting"
                    and ev.rule in _SIGNING_RULES
                    and ev.span[0] < s
                    and 0 <= self.para(s) - self.para(ev.span[0]) <= 2
                    and all(self.ents[k].is_person for k in ev.participants)
                ),
                None,
            )
            if signing is not None:
                signing.participants = list(dict.fromkeys([*signing.participants, *who]))
                signing.place = signing.place or place
                signing.extra.append((start, end))
            elif len(who) >= 2:
                self.add_meeting(who, (start, end), s, "meeting:attended-signing", 0.7)

    def find_represented_at_signing(self) -> None:
        """'The two governments signed three agreements. A represented the U.S. Government,
        while B represented the Government of Mozambique': those who represented the
        parties, in a paragraph that tells a signing, met at it."""
        text = self.text
        done: set[tuple[int, int]] = set()
        for m in self.scan(SCAN.REPRESENTED):
            sent = self.sent(m.start())
            if sent in done or self.in_quote(m.start()):
                continue
            done.add(sent)
            sent_start, sent_end = sent
            who: list[str] = []
            for rm in RX.REPRESENTED.finditer(text, sent_start, sent_end):
                group = self._subject_list(sent_start, rm.start())
                subj = None if group else self.subject_before(rm.start(), persons_only=True)
                if subj is not None:
                    group = [subj]
                who += [k for k in group if self.ents[k].is_person]
            who = list(dict.fromkeys(who))
            p = self.para(m.start())
            para_start = self.para_starts[p]
            para_end = self.para_starts[p + 1] if p + 1 < len(self.para_starts) else len(text)
            if len(who) < 2 or not RX.SIGNING_WORD.search(text, para_start, para_end):
                continue
            span = (self._clause_start(sent_start, m.start(), who[0]), sent_end)
            self.add_meeting(who, span, m.start(), "meeting:represented-parties", 0.7)
