"""Relays a paragraph tells once for the quotes after it: a medium that carried a piece
("Yomiuri published an op-ed by Ambassador Hagerty in which he stressed …", "In an op-ed
for the Asahi, X wrote …") relays what its author says in that paragraph; a passive "The
Secretary was quoted as saying: “…”" after "The network quoted FM Kishida as saying" has
the medium that quoted the one before; a gist's lead "…, according to the Japanese
government:" has its source relay the words of the labelled lines after it."""

from __future__ import annotations

import re

from diplokg.extract.clauses import Clauses
from diplokg.extract.patterns import _MEDIA
from diplokg.extract.regexes import RX
from diplokg.extract.state import _Quote
from diplokg.extract.text import _rx

#: What a medium carries by someone: an op-ed, an article, a column, an interview.
_PIECE = (
    r"(?:op-eds?|opinion\s+(?:pieces?|articles?)|articles?|columns?|essays?|commentar(?:y|ies)|"
    r"contributions?|interviews?)"
)

#: "Yomiuri published an op-ed by", "the Nikkei ran an interview with": the medium before it
#: carries, the person after it speaks.
_CARRIED_BY = re.compile(
    r"\b(?:published|publishes|ran|runs|carried|carries|printed|prints|featured|features)\s+"
    rf"(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?{_PIECE}\s+(?:by|with|from)\s+"
)

#: "In an op-ed for the Asahi, X wrote", "In an interview published in Sankei, X said": the
#: medium after it carries, the clause's subject speaks.
_PIECE_IN = re.compile(
    rf"\b[Ii]n\s+(?:an?\s+|the\s+|his\s+|her\s+)(?:[\w-]+\s+){{0,2}}?{_PIECE}\s+"
    r"(?:(?:published|carried|printed)\s+(?:\w+\s+)?)?(?:in|for|with|to)\s+(?:the\s+)?"
)


class CarriedRules(Clauses):
    """Relays that a paragraph's lead gives the quotes after it."""

    def find_carried_relays(self) -> None:
        """The quotes with no relay of their own that a medium carried (a piece it
        published, an interview it held) or that a passive "was quoted as saying" tells
        after the medium that quoted the words before."""
        for q in self.quotes:
            if q.reported_by or self.ents[q.speaker].type == _MEDIA:
                continue
            relays = self._piece_carrier(q) or self._passive_quoter(q) or self._gist_source(q)
            # (the publisher relays nothing: every word of the text comes through it)
            q.reported_by = [r for r in relays if r != self.publisher_key]

    def _para_bounds(self, pos: int) -> tuple[int, int]:
        text = self.text
        lo = text.rfind("\n\n", 0, pos)
        hi = text.find("\n\n", pos)
        return (0 if lo < 0 else lo + 2), (len(text) if hi < 0 else hi)

    def _piece_carrier(self, q: _Quote) -> list[str]:
        """The medium of a piece by the quote's speaker told earlier in its paragraph."""
        text = self.text
        qs = q.text[0]
        lo, _ = self._para_bounds(qs)
        for m in _CARRIED_BY.finditer(text, lo, qs):
            if self.in_quote(m.start()):
                continue
            medium = self.subject_before(m.start())
            author = next(
                (mm for mm in self.mentions_between(m.end(), min(qs, m.end() + 80))), None
            )
            if (
                medium is not None
                and self.ents[medium].type == _MEDIA
                and author is not None
                and author.key == q.speaker
                and _rx(r"(?:[A-Z][\w.’'-]*\s+){0,5}$").fullmatch(text, m.end(), author.start)
            ):
                return [medium]
        for m in _PIECE_IN.finditer(text, lo, qs):
            mm = self.mention_at(m.end())
            if self.in_quote(m.start()) or mm is None or self.ents[mm.key].type != _MEDIA:
                continue
            comma = _rx(r",\s+").search(text, mm.end, min(qs, mm.end + 40))
            if comma is None:
                continue
            _, sent_end = self.sent(comma.end())
            subject = next(
                (
                    x
                    for x in self.mentions_between(comma.end(), sent_end)
                    if self.ents[x.key].is_person
                ),
                None,
            )
            if subject is not None and subject.key == q.speaker:
                return [mm.key]
        return []

    def _passive_quoter(self, q: _Quote) -> list[str]:
        """'… was quoted as saying: “…”' with no quoter named: the relays of the quote
        before it in the paragraph, else the medium the paragraph opens with ('NHK
        reported …')."""
        text = self.text
        pm = RX.QUOTED_PASSIVE.search(text, *q.evidence) if q.evidence is not None else None
        if pm is None or _rx(r"\s*(?:by|in)\b").match(text, pm.end()):
            return []  # (a quoter named: "was quoted by AFP as saying" is the quote rules')
        lo, _ = self._para_bounds(q.text[0])
        before = [p for p in self.quotes if lo <= p.text[1] <= q.text[0] and p.reported_by]
        if before:
            prior = max(before, key=lambda p: p.text[1])
            return [r for r in prior.reported_by if r != q.speaker]
        head = _rx(r"\s*(?:The\s+)?").match(text, lo)
        mm = self.mention_at(head.end() if head else lo)
        if (
            mm is not None
            and self.ents[mm.key].type == _MEDIA
            and RX.MEDIUM_TOLD_AFTER.match(text, mm.end)
        ):
            return [mm.key]
        return []

    def _gist_source(self, q: _Quote) -> list[str]:
        """Words quoted in a speaker's labelled line of a gist whose lead names its source
        ('The following is the gist of the summit …, according to the Japanese
        government:'): who issued the lead's statement relays them."""
        text = self.text
        para_start, _ = self._para_bounds(q.text[0])
        if not RX.SPEAKER_LABEL.match(text, para_start):
            return []
        lead = None
        for m in RX.GIST_LEAD.finditer(text, 0, para_start):
            lead = m
        if lead is None:
            return []
        return [
            k
            for st in self.statements
            # (told there, or elsewhere in the same words: a headline's)
            if RX.ACCORDING.match(text, st.span[0])
            and text[st.span[0] : st.span[1]] in lead.group()
            for k in st.issuers
            if k != q.speaker
        ]
