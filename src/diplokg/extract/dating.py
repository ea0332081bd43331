"""Dates: the date phrases of an article and the day each resolves to, for the rules that
ask when something happened (the base of :class:`~diplokg.extract.clauses.Clauses`)."""

from __future__ import annotations

import re

from diplokg.extract.patterns import _MONTHS, _WEEKDAYS, _words
from diplokg.extract.regexes import RX
from diplokg.extract.state import State
from diplokg.extract.text import Scan
from diplokg.model.dates import Resolution, resolve

_DATE_RE = re.compile(
    r"\b(?:(?:the\s+day\s+(?:before\s+yesterday|after\s+tomorrow))|"
    r"(?:yesterday|today|tomorrow|tonight)(?:[’']s)?|last\s+night|this\s+(?:morning|afternoon|evening)|"
    rf"(?:(?:on|last|next|this|coming)\s+)?(?:{_WEEKDAYS})|"
    rf"(?:on\s+)?(?:{_MONTHS})(?:\.\s*|\s+)\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|"
    rf"(?:on\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})(?:,?\s+\d{{4}})?|"
    r"in\s+the\s+(?:coming|next|following)\s+(?:days|weeks|months|years)|"
    r"(?:next|last|this|coming)\s+(?:week|month|year)|"
    r"\d{4}-\d{2}-\d{2})\b",
    re.IGNORECASE,
)


# Head words of whole-text patterns (see Scan): a set of words (lower-cased) one of which
# every match holds (where a match starts with one, text.first_words reads them off).
# Every _DATE_RE match holds one of these words (or one starting with a digit), no more
# than one chunk after its start ("on Monday", "5th" of "on 5th July"), or three for
# _DATE_SCAN's far heads ("the day before yesterday", "in the coming days"). By hand: the
# key words sit at several depths of the pattern (the test checks the pattern spells each).
_DATE_NEAR_HEADS = frozenset(
    [
        *_words("today tonight night morning afternoon evening week month year"),
        *(w.lower() for w in f"{_WEEKDAYS}|{_MONTHS}".split("|")),
    ]
)
_DATE_SCAN = Scan(  # "on Monday", "next week", "the day before yesterday"
    _DATE_RE,
    _DATE_NEAR_HEADS,
    chunks=1,
    digits=True,
    far=frozenset(_words("yesterday tomorrow days weeks months years")),
    far_chunks=3,
)


class Dating(State):
    """The date phrases of the text and what they resolve to."""

    def find_dates(self) -> None:
        """Every date phrase of the text, for the rules that ask when (see :meth:`date_near`)."""
        self.dates = self.date_phrases()

    def resolve(self, phrase: str, *, future: bool = False) -> Resolution | None:
        """:func:`~diplokg.model.dates.resolve` against the publication date, once per phrase.

        The rules resolve the same few phrases over and over (``date_near`` each date of
        a sentence, for each fact in it); ``resolve`` is a pure function of its arguments.
        """
        key = (phrase, future)
        try:
            return self._resolved[key]
        except KeyError:
            res = self._resolved[key] = resolve(phrase, published=self.published, future=future)
            return res

    def day_named(self, date: tuple[int, int] | None) -> str | None:
        """The day (YYYY-MM-DD) the date phrase at ``date`` fixes; None for a month, a
        year or a span ("last month", "in 2010") and for no phrase."""
        if date is None:
            return None
        res = self.resolve(self.text[date[0] : date[1]])
        value = res.value if res is not None else None
        return value if value is not None and len(value) == 10 else None

    def after_publication(self, date: tuple[int, int]) -> bool:
        """Whether the date phrase at ``date`` falls after the publication day: no day a
        thing already done (an agreement made, a meeting held) was done on."""
        res = self.resolve(self.text[date[0] : date[1]])
        if res is None:
            return False
        if res.value is not None:
            return res.value > self.published.isoformat()[: len(res.value)]
        return res.earliest is not None and res.earliest > self.published

    def date_phrases(self) -> list[tuple[int, int]]:
        """The spans of the text's date phrases; a weekday that a full date follows ("on
        Wednesday, September 21, 2025", "Monday 3 March") is that date's, not one of its
        own (its day is the date's, not the last such weekday before publication)."""
        out: list[tuple[int, int]] = []
        for m in self.scan(_DATE_SCAN):
            phrase = m.group()
            res = self.resolve(phrase)
            if res is None:
                continue
            if out and RX.WEEKDAY_THEN_DATE.fullmatch(self.text, out[-1][1], m.start()):
                last = self.resolve(self.text[out[-1][0] : out[-1][1]])
                if last is not None and last.rule == "weekday" and res.rule.startswith("absolute"):
                    out.pop()
            out.append(m.span())
        return out

    def date_near(
        self,
        pos: int,
        *,
        within_sentence: bool = True,
        after_only: bool = False,
        future: bool = False,
    ) -> tuple[int, int] | None:
        s, e = self.sent(pos)
        best = None
        for ds, de in self.dates:
            if ds < s or de > e or self.in_quote(ds):
                continue
            if after_only and ds < pos:
                continue
            res = self.resolve(self.text[ds:de], future=future)
            if res is None or (res.value is None and res.earliest is None and res.latest is None):
                continue
            # (a date in brackets gives way to one outside them: "On December 11, at 6:10
            # p.m. local time (On December 12, at 3:10 a.m. JST)" converts the clock)
            # (and a dateline's day to one the sentence tells: "TALVI, Feb. 10 (Wire) – A
            # met B here on Monday" was held on Monday, the story filed on the 10th)
            d = abs(ds - pos) + (10_000 if self._in_brackets(ds, s) or self._in_dateline(ds) else 0)
            if best is None or d < best[0]:
                best = (d, (ds, de))
        return best[1] if best else None

    def _in_dateline(self, pos: int) -> bool:
        """Whether ``pos`` is inside the dateline (see RX.DATELINE) that opens its paragraph."""
        dm = RX.DATELINE.match(self.text, self.para_starts[self.para(pos)])
        return dm is not None and pos < dm.end()

    def _in_brackets(self, pos: int, sent_start: int) -> bool:
        """Whether a bracket opened before ``pos`` in its sentence is still open there."""
        text = self.text
        return text.rfind("(", sent_start, pos) > text.rfind(")", sent_start, pos)

    def in_span(self, date: tuple[int, int]) -> bool:
        """Whether the date phrase at ``date`` is one end of a span of days ("between 6
        and 8 March", "on November 9-10", "from July 6 to 7", "starting on September 29"):
        no day of the event it dates."""
        ds, de = date
        text = self.text
        return bool(
            RX.SPAN_BEFORE.search(text, max(0, ds - 30), ds) or RX.SPAN_AFTER.match(text, de)
        )
