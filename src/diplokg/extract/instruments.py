"""Agreements told through their instruments: counted, then listed ("We are here today to
sign two bilateral agreements between A and B. First, we are signing a new extradition
treaty. Second, we have reached an agreement on asset sharing."; "A and B signed two
agreements: one on customs and one on aviation"), one agreement per item; and the
instruments of ratification of a treaty exchanged ("A and B exchanged the instruments of
ratification of the 2019 border treaty"), the treaty between the two.

A step of its own (``instrument-agreements``), after the agreement rules', whose
agreements it reads so that an agreement they tell already is not drafted twice; it
shares only what lies below (the agreement record in
:class:`~diplokg.extract.state.State`, the clause helpers).
"""

from __future__ import annotations

import re

from diplokg.extract.clauses import Clauses, Found
from diplokg.extract.patterns import _NUMBERS, _negation
from diplokg.extract.regexes import RX
from diplokg.extract.state import _Agr
from diplokg.extract.text import SCAN, _rx

_COUNTS = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}
_SINGULAR = {
    "agreements": "agreement",
    "mous": "memorandum of understanding",
    "memoranda of understanding": "memorandum of understanding",
    "memorandums of understanding": "memorandum of understanding",
    "accords": "accord",
    "treaties": "treaty",
    "memoranda": "memorandum of understanding",
    "memorandums": "memorandum of understanding",
    "conventions": "convention",
    "protocols": "protocol",
}


class InstrumentRules(Clauses):
    def find_instrument_agreements(self) -> None:
        self._listed_agreements()
        self._counted_topics()
        self._ratified_instruments()

    def _listed_agreements(self) -> None:
        text = self.text
        for m in self.scan_unquoted(SCAN.COUNTED):
            sent_start, sent_end = self.sent(m.start())
            if RX.NOT_YET.search(text, max(sent_start, m.start() - 40), m.start()) or _negation(
                text[max(sent_start, m.start() - 25) : m.start()]
            ):
                continue
            parties = self._pair_parties(sent_start, m.start(), m.end(), sent_end)
            if len(parties) < 2:
                continue
            count = _COUNTS[m.group("n")]
            items = self._listed_items(m, sent_end, count)
            if len(items) != count:
                continue  # a list that does not add up is not read
            status = "agreed" if m.group("verb").startswith("reach") else "signed"
            date = self.date_near(m.start())
            noun = m.group("noun")
            # the count itself drafted as one agreement ("signed two agreements"): its
            # items stand for it
            self.agreements[:] = [
                a
                for a in self.agreements
                if not (
                    set(a.parties) == set(parties)
                    and a.span[0] <= m.start() < a.span[1]
                    and a.kind.lower() in (noun, _SINGULAR[noun])
                )
            ]
            for kind, span in items:
                if any(
                    set(a.parties) == set(parties) and a.kind.lower() == kind
                    for a in self.agreements
                ):
                    continue
                found = Found(span, "agreement:listed", 0.6)
                self._add_agreement(parties, kind, status, found, date=date)

    def _counted_topics(self) -> None:
        """'five cooperation agreements in the fields of tourism, customs, archives,
        education and taxation had been signed', 'The two MoUs which are on health and
        communication sectors were signed': one signed instrument per topic listed, when
        the topics add up to the count, between the pair the sentence names or else the
        pair of the instruments drafted as one before it ("A and B signed bilateral
        agreements"), which the topics stand for. A list that does not add up, a count
        told without its topics, or instruments not (yet) signed are not read."""
        text = self.text
        for m in self.scan_unquoted(SCAN.COUNTED_TOPICS):
            sent_start, sent_end = self.sent(m.start())
            vm = RX.SIGNED_VERB.search(text, sent_start, sent_end)
            if (
                vm is None
                or RX.NOT_YET.search(text, max(sent_start, vm.start() - 40), vm.start())
                or _negation(text[max(sent_start, vm.start() - 25) : vm.start()])
            ):
                continue
            topics = [t for t in RX.LIST_SEPARATOR.split(m.group("list")) if t.strip()]
            if len(topics) != _NUMBERS[m.group("n").lower()]:
                continue
            parties = self._pair_parties(sent_start, min(m.start(), vm.start()), m.end(), sent_end)
            whole = None
            if len(parties) < 2:
                whole = self._drafted_as_one(sent_end)
                if whole is None:
                    continue
                parties = whole.parties
            noun = _SINGULAR[" ".join(m.group("noun").lower().split())]
            pre = f"{m.group('pre').lower()} " if m.group("pre") else ""
            # the instruments drafted as one (before, or from this very sentence): the
            # topics stand for them
            self.agreements[:] = [
                a
                for a in self.agreements
                if a is not whole
                and not (
                    set(a.parties) == set(parties)
                    and a.span[0] < sent_end
                    and a.span[1] > sent_start
                    and self._as_one(a)
                )
            ]
            date = whole.date if whole is not None else self.date_near(m.start())
            span = (min(m.start(), vm.start()), max(m.end(), vm.end()))
            for topic in topics:
                found = Found(span, "agreement:counted-topics", 0.6)
                kind = f"{' '.join(topic.split())} {pre}{noun}"
                self._add_agreement(list(parties), kind, "signed", found, date=date)

    def _drafted_as_one(self, before: int) -> _Agr | None:
        """The last agreement drafted before ``before`` whose kind is instruments counted
        as one ("bilateral agreements", "memoranda of understanding", "agreements on …")."""
        return next(
            (
                a
                for a in sorted(self.agreements, key=lambda a: a.span[0], reverse=True)
                if a.span[0] < before and len(a.parties) >= 2 and self._as_one(a)
            ),
            None,
        )

    def _as_one(self, a: _Agr) -> bool:
        """Whether the agreement ``a`` is instruments told as one, by its kind or its
        words ("signed memoranda of understanding", drafted as one memorandum)."""
        return bool(
            RX.INSTRUMENTS_AS_ONE.search(a.kind)
            or RX.INSTRUMENTS_AS_ONE.search(self.text, a.span[0], a.span[1])
        )

    def _ratified_instruments(self) -> None:
        text = self.text
        for m in self.scan_unquoted(SCAN.RATIFICATION):
            sent_start, sent_end = self.sent(m.start())
            verb = RX.EXCHANGED.search(text, sent_start, sent_end)
            if verb is None or _negation(text[max(sent_start, verb.start() - 25) : verb.start()]):
                continue
            if RX.NOT_YET.search(text, max(sent_start, verb.start() - 40), verb.start()):
                continue
            lead_end = min(verb.start(), m.start())
            parties = self._pair_parties(sent_start, lead_end, m.end(), sent_end)
            if len(parties) < 2:
                continue
            kind = " ".join(m.group("kind").split()).lower()
            if any(set(a.parties) == set(parties) for a in self.agreements):
                continue  # the treaty told again ("… of the Extradition Treaty between A and B")
            found = Found((sent_start, sent_end), "agreement:ratification-exchanged", 0.6)
            self._add_agreement(parties, kind, "signed", found, date=self.date_near(verb.start()))

    def _pair_parties(self, sent_start: int, before: int, after: int, sent_end: int) -> list[str]:
        """The two states or bodies of a sentence: "… between A and B" past ``after``, else
        "A and B signed …" right before ``before``. Persons are no parties here: whom a
        minister signs for is not told."""
        text = self.text
        bm = _rx(r"\bbetween\s+").search(text, after, sent_end)
        if bm is not None:
            pair = self.mentions_between(bm.end(), sent_end)
            if (
                len(pair) >= 2
                and pair[0].start == bm.end() + (4 if text.startswith("the ", bm.end()) else 0)
                and _rx(r"\s+and\s+(?:the\s+)?").fullmatch(text, pair[0].end, pair[1].start)
            ):
                return self._org_keys([pair[0].key, pair[1].key])
        lead = self.mentions_between(sent_start, before)
        if (
            len(lead) >= 2
            and _rx(r"\s+and\s+(?:the\s+)?").fullmatch(text, lead[-2].end, lead[-1].start)
            and _rx(r"\s+(?:have\s+|has\s+|today\s+|also\s+|jointly\s+)*").fullmatch(
                text, lead[-1].end, before
            )
        ):
            return self._org_keys([lead[-2].key, lead[-1].key])
        return []

    def _org_keys(self, keys: list[str]) -> list[str]:
        if len(set(keys)) < 2 or not all(self.ents[k].is_org for k in keys):
            return []
        return keys

    def _listed_items(
        self, m: re.Match[str], sent_end: int, count: int
    ) -> list[tuple[str, tuple[int, int]]]:
        """The instruments named after the count: "…: one on X and one on Y" in its
        sentence, else one a sentence in the sentences that open with an ordinal
        ("First, …", "Second, …") right after it."""
        text = self.text
        noun = _SINGULAR[m.group("noun")]
        items = [
            (f"{noun} {om.group('prep')} {' '.join(om.group('topic').split())}", om.span())
            for om in RX.ONE_ON.finditer(text, m.end(), sent_end)
        ]
        if items:
            return items
        pos = sent_end
        while len(items) < count:
            while pos < len(text) and text[pos].isspace():
                pos += 1
            if pos >= len(text):
                break
            s, e = self.sent(pos)
            om = RX.ORDINAL.match(text, s, e)
            if om is None or self.in_quote(s):
                break
            im = RX.INSTRUMENT.search(text, om.end(), e)
            if im is None:
                break
            kind = _rx(r"\s+").sub(" ", im.group("kind")).strip().lower()
            items.append((kind, (s, im.end())))
            pos = e
        return items
