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
from diplokg.extract.patterns import _HEDGE, _MEDIA, _SPEECH, _about_end
from diplokg.extract.text import _rx, head_scan

# What is said of the ones criticised, after their names: a copula and a word of contempt
# for what they are ("are hypocritical", "is being irresponsible", "were simply liars")
_PEJORATIVE = re.compile(
    r"\b(?:is|are|was|were|has\s+been|have\s+been|remains|remain|remained)\s+"
    r"(?:(?:being|also|still|so|very|deeply|utterly|completely|totally|simply|truly|"
    r"increasingly|clearly|plainly|both)\s+)*(?:the\s+)?(?P<adj>hypocritical|hypocrites?|"
    r"irresponsible|dishonest|untrustworthy|duplicitous|two-faced|deceitful|arrogant|"
    r"disingenuous|complicit|unreliable|liars|deceptive|cynical|shameless)\b"
)
_PEJORATIVE_SCAN = head_scan(_PEJORATIVE)
# ... or a duty or a shared good they do not keep ("don't share our values", "does not
# respect international law", "fail to honour their commitments", "lack democratic values")
_SHORTCOMING = re.compile(
    r"\b(?:(?:do|does|did)\s+not|don[’']t|doesn[’']t|didn[’']t|(?:fail|fails|failed)\s+to|"
    r"(?:refuse|refuses|refused)\s+to)\s+(?:\w+ly\s+)?(?:share|respect|uphold|honou?r|"
    r"abide\s+by|comply\s+with|observe|believe\s+in|live\s+up\s+to|play\s+by)\s+"
    r"(?P<what>[^.;:!?“”\"]{0,40}?\b(?:values|norms|rules|principles|law|rights|commitments|"
    r"obligations|sovereignty|freedoms?|democracy|agreements?))\b"
    r"|\b(?:lack|lacks|lacked)\s+(?:any\s+|the\s+)?(?P<lacked>(?:respect|regard)\s+for|"
    r"democratic\s+(?:values|legitimacy|credentials)|legitimacy|credibility|transparency|"
    r"accountability)"
)
_SHORTCOMING_SCAN = head_scan(_SHORTCOMING)
# A verb that points at someone for a failing: "pointed to X for", "singled out X for"
_POINTED_AT = re.compile(
    r"\b(?:pointed|points|pointing)\s+(?:to|at|the\s+finger\s+at)\s+|"
    r"\b(?:singled|singles|singling|called|calls|calling)\s+out\s+"
)
_POINTED_AT_SCAN = head_scan(_POINTED_AT)
# What the ones pointed at are pointed at for, told as a failing
_FOR_FAILING = re.compile(
    r"\s+(?:\w+ly\s+)?for\s+(?:their|its|his|her|the)\s+(?P<a>(?:[\w-]+\s+){0,3}?"
    r"(?:lack|absence|failure|failings?|disregard|abuses|violations|record|support|"
    r"treatment|role|handling|repression|crackdown)\b[^.;:]*)"
)
_FAILING_WORD = re.compile(r"\b(?:lack|absence|failure|disregard|abuses|violations)\b")
# Between names coordinated as one subject ("A, B, and C", "both A and B")
_SUBJECT_SEP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?")
_LAST_SEP = re.compile(r"\s*(?:,\s*)?(?:and|&)\s+(?:the\s+)?")
# Right before a subject: a clause that only supposes it ("if A and B do not …")
_SUPPOSED = re.compile(r"\b(?:if|unless|whether|when|should|as\s+long\s+as)\s+(?:both\s+)?$", re.I)
# A verb that reports words: one of saying, or its participle ("asserting", "claiming")
_REPORTING = re.compile(
    rf"{_SPEECH.pattern}|\b(?:assert|claim|insist|argu|charg|alleg|contend|declar|stat|"
    r"maintain|say)(?:s|es|ed|ing|e)?\b"
)
# Between a verb of saying and the subject of the words it reports
# (when and to whom: "said on Monday that", "told reporters that")
_REPORTED_GAP = re.compile(
    r"(?:\s+(?:on\s+\w+|last\s+\w+|this\s+\w+|today|yesterday|again|also|reporters|"
    r"journalists|the\s+press|to\s+reporters))*"
    r"\s*(?:,\s*)?(?:that\s+)?(?:(?:both|all|the|unfortunately|sadly),?\s+)*",
    re.I,
)


class FaultRules(Clauses):
    """Rules that find criticism told by what the ones criticised are or fail to do."""

    def find_faults(self) -> None:
        for scan in (_PEJORATIVE_SCAN, _SHORTCOMING_SCAN):
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
            gap = _SUBJECT_SEP if len(keys) > 1 else _LAST_SEP
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
        if not verbs or not _REPORTED_GAP.fullmatch(self.text, verbs[-1].end(), at):
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
        if not accused or _SUPPOSED.search(text, max(sent_start, start - 30), start):
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
        if m.re is _PEJORATIVE:
            about, end = m.group("adj"), m.end()
        elif m.group("what"):
            about = "not respecting " + m.group("what")
        else:
            about = "lack of " + m.group("lacked")
        fact = "hedged" if _HEDGE.search(text, ev_s, end) else "asserted"
        self._add_accusation(
            Charge("criticism", accuser, accused, about, fact),
            Found((ev_s, end), "accusation:fault-said-of", 0.6),
        )

    def _pointed_at(self) -> None:
        """'X pointed to A, B and C for their lack of democratic values', 'singled out A for
        its human rights record': the subject criticises the ones pointed at."""
        text = self.text
        for m in self.prose(self.scan(_POINTED_AT_SCAN)):
            sent_start, sent_end = self.sent(m.start())
            lst = self.list_after(m.end(), kinds=("org", "person"), limit=120)
            if lst is None:
                continue
            accused, end = lst
            fm = _FOR_FAILING.match(text, end, sent_end)
            if fm is None:
                continue
            about = text[fm.start("a") : _about_end(text, fm.start("a"), sent_end)].strip()
            if not (_has_neg_words(about) or _FAILING_WORD.search(about)):
                continue  # ("singled out A for its support of the talks"): praise
            accuser = self.subject_before(m.start())
            if accuser is None or self.ents[accuser].is_place:
                continue
            fact = "hedged" if _HEDGE.search(text, sent_start, fm.end()) else "asserted"
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
