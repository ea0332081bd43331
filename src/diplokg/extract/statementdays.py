"""The day a statement was made, once every statement is drafted: the day a release's
header gives its own statement (or the day of the talks its first paragraph tells), the
day right by its verb ("said on Thursday", "said in a statement on Tuesday"), the day its
issuer was said to speak, or the day of the talks it was issued after."""

from __future__ import annotations

from diplokg.extract.clauses import Clauses
from diplokg.extract.regexes import RX
from diplokg.extract.state import _Stmt
from diplokg.extract.text import _rx

#: Rules of a source told with "according to": the days near it are those of what it tells
_TOLD_SOURCE_RULES = frozenset({"statement:according-to-source"})


class StatementDayRules(Clauses):
    """The days of the statements drafted."""

    def find_statement_days(self) -> None:
        """Each statement's day, when the text gives it (see the module's docstring)."""
        self._release_days()
        self._introduced_days()
        self._said_days()

    def _said_days(self) -> None:
        """The day a statement was made when its words fix it: right by its verb ("the
        General Staff said on Thursday", "said in a statement on Tuesday"), or, for one
        issued after talks, the day of those talks ("a joint statement after the talks")."""
        text = self.text
        for st in self.statements:
            if st.date is not None:
                continue
            lo, hi = st.span
            for ds, de in self.dates:
                if ds > hi + 4 or de < lo or self.in_quote(ds):
                    continue
                if ds >= hi:
                    if not _rx(r"\s*(?:on\s+)?").fullmatch(text, hi, ds):
                        continue
                elif not RX.SAID_ON.search(text, lo, ds):
                    continue
                res = self.resolve(text[ds:de])
                if res is not None and res.value is not None:
                    st.date = (ds, de)
                    break
            if st.rule in _TOLD_SOURCE_RULES:
                continue  # the day of what the source tells is not the day it told it
            if st.date is None and all(self.ents[k].is_org for k in st.issuers):
                st.date = self._day_said(st.issuers[0], st.span[0])
            if st.date is None:
                st.date = self._day_of_talks(st)

    def _day_of_talks(self, st: _Stmt) -> tuple[int, int] | None:
        """The day of the talks a statement was issued at: "… said in a joint statement
        issued after the talks", "met on Friday and issued a joint declaration", "They
        issued a joint statement" after a sentence telling the talks; the talks are the
        last dated meeting before it whose sides are the issuers."""
        text = self.text
        lo, hi = st.span
        sent_start, sent_end = self.sent(lo)
        talks = [
            ev
            for ev in self.events
            if ev.kind == "meeting"
            and lo - 1500 < ev.span[0] < lo
            and set(st.issuers) <= self._sides_of(ev.participants)
        ]
        if not talks or talks[-1].date is None:
            return None
        ev = talks[-1]
        if RX.AFTER_TALKS.search(text, lo, min(hi + 40, sent_end)):
            return ev.date
        if ev.span[0] >= sent_start and RX.ISSUED_TOO.search(text, ev.span[1], hi):
            return ev.date  # "met on Friday and issued a joint declaration"
        prev_start = self.sent(max(0, sent_start - 2))[0]
        if ev.span[0] >= prev_start and RX.THEY_ISSUED.match(text, sent_start, hi):
            return ev.date  # "They issued a joint statement …"
        return None

    def _sides_of(self, keys: list[str]) -> set[str]:
        """Those who met and whom they speak for: their states and the bodies they serve."""
        sides = set(keys)
        for k in keys:
            country = self.ents[k].country
            if country is not None:
                sides.add(country)
        sides.update(p.org for p in self.positions if p.holder in keys and p.status == "current")
        return sides

    def _day_said(self, key: str, before: int) -> tuple[int, int] | None:
        """The day body ``key`` said something, earlier in the text than ``before`` and
        outside quotations: "the Ukrainian General Staff said on Thursday"."""
        text = self.text
        for mm in self.mentions_between(0, before):
            if mm.key != key or self.in_quote(mm.start):
                continue
            vm = RX.SAID_ON_AFTER.match(text, mm.end)
            if vm is None:
                for ds, de in self.dates:  # "the Foreign Ministry on Friday said"
                    if (
                        mm.end < ds <= mm.end + 4
                        and _rx(r"\s+(?:on\s+)?").fullmatch(text, mm.end, ds)
                        and _rx(r"\s+(?:said|stated|announced|declared)\b").match(text, de)
                    ):
                        res = self.resolve(text[ds:de])
                        if res is not None and res.value is not None:
                            return ds, de
                continue
            for ds, de in self.dates:
                if ds == vm.end() or (ds == vm.start("on") and ds < de):
                    res = self.resolve(text[ds:de])
                    if res is not None and res.value is not None:
                        return ds, de
        return None

    def _release_days(self) -> None:
        """A release's own statement ("Press Statement / John Kerry / … / February 3, 2016",
        "Security Council Press Statement on … – 4 September 2016") is dated by the day
        its header gives: the first date of a full day in the lines above the first
        paragraph of prose."""
        text = self.text
        header_end = next((p for p in self.para_starts if RX.PROSE.match(text, p)), 0)
        day = next(
            (
                (ds, de)
                for ds, de in self.dates
                if de <= header_end and self.day_named((ds, de)) is not None
            ),
            None,
        )
        if day is None:
            # an undated header: the day of the talks its first paragraph tells ("The
            # Dialogue was held in Beijing on 21 December 2022", "The Envoy visited Damascus
            # today"), not that of an event it reacts to ("the attack on January 27")
            para_end = text.find("\n\n", header_end)
            para_end = len(text) if para_end < 0 else para_end
            day = next(
                (
                    (ds, de)
                    for ds, de in self.dates
                    if header_end <= ds
                    and de <= para_end
                    and not self.in_quote(ds)
                    and (iso := self.day_named((ds, de))) is not None
                    and iso <= self.published.isoformat()
                    and RX.TALKS_HELD.search(text, *self.sent(ds))
                ),
                None,
            )
        if day is None:
            return
        for st in self.statements:
            if st.date is None and st.span[0] < header_end and st.rule not in _TOLD_SOURCE_RULES:
                st.date = day

    def _introduced_days(self) -> None:
        """'Office of the Spokesman ⏎ Washington, DC ⏎ April 22, 2010 ⏎⏎ The following is
        a joint statement by A and B.', 'Published date: 24 April 2023 ⏎⏎ The text of the
        following statement was released by …': a statement a paragraph introduces as the
        text that follows is dated by the full day of the header lines right above it (not
        prose, three paragraphs at most), when it is no later than the article."""
        text = self.text
        for st in self.statements:
            if st.date is not None or st.rule in _TOLD_SOURCE_RULES:
                continue
            sent_start, sent_end = self.sent(st.span[0])
            if not RX.FOLLOWING_IS.match(text, sent_start, sent_end):
                continue
            i = self.para(st.span[0])
            lo = i
            while lo > 0 and i - lo < 3 and not RX.PROSE.match(text, self.para_starts[lo - 1]):
                lo -= 1
            if lo == i:
                continue
            days = [
                (ds, de)
                for ds, de in self.dates
                if self.para_starts[lo] <= ds < self.para_starts[i]
                and (iso := self.day_named((ds, de))) is not None
                and iso <= self.published.isoformat()
            ]
            if days:
                st.date = days[-1]
