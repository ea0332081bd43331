"""Faults: criticism told by what the ones criticised are, lack or fail to do, with no
accusing verb.

A speaker says what they are ("asserting both A and B are hypocritical"), what they do not
share or respect ("“A, B and C don't share our values”", "claimed A fails to honour its
commitments"), or points at them for a failing ("pointed to A and B for their lack of
democratic values"). The ones criticised are the names the predicate is said of; the
critic is the speaker of the quote the words are in, or the subject of the verb of saying
that reports them. A step of its own (``faults``), after the protest rules.
"""

from __future__ import annotations

import re

from diplokg.extract.charging import _has_neg_words
from diplokg.extract.clauses import Charge, Clauses, Found
from diplokg.extract.patterns import _MEDIA, _SPEECH, _about_end
from diplokg.extract.regexes import RX
from diplokg.extract.text import SCAN, _rx

# A verb that reports words: one of saying, or its participle ("asserting", "claiming")
_REPORTING = re.compile(
    rf"{_SPEECH.pattern}|\b(?:assert|claim|insist|argu|charg|alleg|contend|declar|stat|"
    r"maintain|say)(?:s|es|ed|ing|e)?\b"
)


class FaultRules(Clauses):
    """Rules that find criticism told by what the ones criticised are or fail to do."""

    def find_faults(self) -> None:
        for scan in (SCAN.PEJORATIVE, SCAN.SHORTCOMING):
            for m in self.scan(scan):
                self._fault_said_of(m)
        self._pointed_at()

    def _subjects_ending(self, pos: int, lo: int) -> tuple[list[str], int]:
        """The names coordinated as the subject that ends at ``pos`` (white space between),
        in text order, with where the first starts; none when no name ends there."""
        keys: list[str] = []
        start = pos
        gap = _rx(r"\s*")
        for mm in reversed(self.mentions_between(lo, pos)):
            if mm.inner or not gap.fullmatch(self.text, mm.end, start):
                break
            ent = self.ents[mm.key]
            if ent.is_place or ent.type == _MEDIA or not (ent.is_org or ent.is_person):
                break
            keys.insert(0, mm.key)
            start = mm.start
            # (the last two items joined by "and": "Sadly, A" or "In B, A" is one subject)
            gap = RX.SUBJECT_SEP if len(keys) > 1 else RX.LAST_SEP
        return keys, start

    def _reporter(self, sent_start: int, at: int) -> tuple[str, int] | None:
        """Who says the words that open at ``at``, and where the saying is told from: the
        speaker of the quote they are in (from ``at``), or the subject of the verb of
        saying right before them in the sentence (from that verb)."""
        quote = self.quote_containing(at)
        if quote is not None:
            return quote.speaker, at
        if self.in_quote(at):
            return None
        found = _REPORTING.finditer(self.text, sent_start, at)
        verbs = [v for v in found if not self.in_quote(v.start())]
        if not verbs or not RX.REPORTED_GAP.fullmatch(self.text, verbs[-1].end(), at):
            return None
        # ("He continued by asserting …": the participle's subject is the finite verb's)
        for v in reversed(verbs):
            who = self.subject_before(v.start())
            if who is not None:
                return who, verbs[-1].start()
        return None

    def _fault_said_of(self, m: re.Match[str]) -> None:
        text = self.text
        s = m.start()
        sent_start, sent_end = self.sent(s)
        quote = self.quote_containing(s)
        lo = quote.text[0] if quote is not None else sent_start
        accused, start = self._subjects_ending(s, max(lo, sent_start))
        if not accused or RX.SUPPOSED.search(text, max(sent_start, start - 30), start):
            return
        both = _rx(r"\bboth\s+(?:the\s+)?$").search(text, max(sent_start, start - 12), start)
        ev_s = both.start() if both is not None else start
        reported = self._reporter(sent_start, ev_s)
        if reported is None:
            return
        accuser, ev_s = reported  # (from the verb of saying: "asserting both A and B …")
        if accuser in accused or self.ents[accuser].is_place:
            return
        end = _about_end(text, m.end(), quote.text[1] if quote is not None else sent_end)
        if m.re is RX.PEJORATIVE:
            about, end = m.group("adj"), m.end()
        elif m.group("what"):
            about = "not respecting " + m.group("what")
        else:
            about = "lack of " + m.group("lacked")
        fact = "hedged" if RX.HEDGE.search(text, ev_s, end) else "asserted"
        self._add_accusation(
            Charge("criticism", accuser, accused, about, fact),
            Found((ev_s, end), "accusation:fault-said-of", 0.6),
        )

    def _pointed_at(self) -> None:
        """'X pointed to A, B and C for their lack of democratic values', 'singled out A for
        its human rights record': the subject criticises the ones pointed at."""
        text = self.text
        for m in self.prose(self.scan(SCAN.POINTED_AT)):
            sent_start, sent_end = self.sent(m.start())
            lst = self.list_after(m.end(), kinds=("org", "person"), limit=120)
            if lst is None:
                continue
            accused, end = lst
            fm = RX.FOR_FAILING.match(text, end, sent_end)
            if fm is None:
                continue
            about = text[fm.start("a") : _about_end(text, fm.start("a"), sent_end)].strip()
            if not (_has_neg_words(about) or RX.FAILING_WORD.search(about)):
                continue  # ("singled out A for its support of the talks"): praise
            accuser = self.subject_before(m.start())
            if accuser is None or self.ents[accuser].is_place:
                continue
            fact = "hedged" if RX.HEDGE.search(text, sent_start, fm.end()) else "asserted"
            span = (self._clause_start(sent_start, m.start(), accuser), fm.end())
            self._add_accusation(
                Charge(
                    "criticism",
                    accuser,
                    [a for a in accused if not self.ents[a].is_place],
                    about,
                    fact,
                ),
                Found(span, "accusation:pointed-at", 0.6),
            )
