"""Resolve the article's date phrases against its publication date.

News gives times relative to the day it is published ("yesterday", "on
Monday", "in the coming months"). :func:`resolve` turns such a phrase into an
exact day (``YYYY-MM-DD``), a month (``YYYY-MM``) or bounds (earliest / latest
day), keeping the rule it used so the graph can show its work.

>>> import datetime as dt
>>> resolve("yesterday", published=dt.date(2023, 7, 14)).value
'2023-07-13'
>>> resolve("in the coming months", published=dt.date(2023, 7, 14)).earliest
datetime.date(2023, 7, 15)
>>> resolve("on Friday", published=dt.date(2023, 7, 14)).value  # a Friday: that day
'2023-07-14'
>>> resolve("last Friday", published=dt.date(2023, 7, 14)).value
'2023-07-07'
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

__all__ = ["Resolution", "resolve"]

_DAY = dt.timedelta(days=1)
_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAY_RE = "|".join(_WEEKDAYS)
_ORDINAL = r"(?:st|nd|rd|th)?"
_DAY_MONTH = re.compile(
    rf"^(?:({_MONTH_RE})(?:\. ?| )(\d{{1,2}}){_ORDINAL}"  # July 13, Oct.7
    rf"|(\d{{1,2}}){_ORDINAL} (?:of )?({_MONTH_RE})\.?)"  # 13 July, 13th of July
    r",? ?(\d{4})?$"  # optional year
)


@dataclass(frozen=True)
class Resolution:
    """What a date phrase means: an exact ``value`` and/or bounds, and the rule used."""

    phrase: str
    rule: str
    value: str | None = None
    earliest: dt.date | None = None
    latest: dt.date | None = None


def _normalise(phrase: str) -> str:
    text = phrase.strip().lower().replace("’", "'")
    text = re.sub(r"'s$", "", text)
    text = re.sub(r"^(on|since|by|until|from|at|during)\s+", "", text)
    text = re.sub(r"^the\s+", "", text) if not text.startswith("the day") else text
    return re.sub(r"\s+", " ", text).strip(" .,;")


def _month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, 1), dt.date(year, month, last)


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _nearest_year(month: int, day: int, published: dt.date, *, future: bool) -> int:
    """The year that puts month/day on the expected side of the publication date."""
    year = published.year
    try:
        candidate = dt.date(year, month, day)
    except ValueError:
        return year
    if future and candidate < published - dt.timedelta(days=182):
        return year + 1
    if not future and candidate > published + dt.timedelta(days=182):
        return year - 1
    return year


_FIXED = {
    "today": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "tonight": 0,
    "yesterday": -1,
    "last night": -1,
    "yesterday morning": -1,
    "yesterday afternoon": -1,
    "yesterday evening": -1,
    "tomorrow": 1,
    "day before yesterday": -2,
    "the day before yesterday": -2,
    "day after tomorrow": 2,
    "the day after tomorrow": 2,
}

_FUTURE_VAGUE = re.compile(
    r"^(in the (coming|next|following) (days|weeks|months|years)|soon|shortly|in the near future"
    r"|later|in due course|in the future|next few (days|weeks|months))$"
)
_PAST_VAGUE = re.compile(
    r"^(recently|lately|in recent (days|weeks|months|years)|earlier|previously"
    r"|in the (past|last) (few )?(days|weeks|months|years))$"
)


def resolve(phrase: str, *, published: dt.date, future: bool = False) -> Resolution | None:
    """Resolve ``phrase`` against ``published``; ``None`` when no rule knows it.

    ``future`` says the event is planned, so a bare weekday or month means the
    next one rather than the last one. A phrase whose date falls outside Python's
    calendar (years 1 to 9999) resolves to ``None`` too.
    """
    try:
        return _resolve(phrase, published=published, future=future)
    except (OverflowError, ValueError):
        return None


def _resolve(phrase: str, *, published: dt.date, future: bool) -> Resolution | None:
    text = _normalise(phrase)

    if text in _FIXED:
        day = published + _FIXED[text] * _DAY
        return Resolution(phrase, f"relative:{text}", value=day.isoformat())

    if _FUTURE_VAGUE.match(text):
        return Resolution(phrase, "relative:vague-future", earliest=published + _DAY)
    if _PAST_VAGUE.match(text):
        return Resolution(phrase, "relative:vague-past", latest=published)

    m = re.match(r"^(this|last|next|past|coming) (week|month|year)$", text)
    if m:
        which, unit = m.groups()
        delta = {"this": 0, "last": -1, "past": -1, "next": 1, "coming": 1}[which]
        if unit == "week":
            monday = published - published.weekday() * _DAY + delta * 7 * _DAY
            return Resolution(
                phrase, f"relative:{which}-week", earliest=monday, latest=monday + 6 * _DAY
            )
        if unit == "month":
            year, month = _shift_month(published.year, published.month, delta)
            first, last = _month_bounds(year, month)
            return Resolution(
                phrase,
                f"relative:{which}-month",
                value=f"{year:04d}-{month:02d}",
                earliest=first,
                latest=last,
            )
        year = published.year + delta
        return Resolution(
            phrase,
            f"relative:{which}-year",
            earliest=dt.date(year, 1, 1),
            latest=dt.date(year, 12, 31),
        )

    m = re.match(rf"^(last|next|this|coming)? ?({_WEEKDAY_RE})$", text)
    if m:
        which, name = m.groups()
        target = _WEEKDAYS[name]
        # News copy: a bare weekday that is the publication's own weekday is that day
        # ("met on Friday" in Friday's paper); "last"/"next" always mean another week.
        if which is None and target == published.weekday():
            delta = 0
        elif which in ("next", "coming") or (which is None and future):
            delta = (target - published.weekday()) % 7 or 7
        elif which == "this":
            delta = target - published.weekday()
        else:
            delta = -((published.weekday() - target) % 7 or 7)
        day = published + delta * _DAY
        return Resolution(phrase, "weekday", value=day.isoformat())

    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", text)
    if m:
        try:
            return Resolution(phrase, "absolute:iso", value=dt.date.fromisoformat(text).isoformat())
        except ValueError:
            return None

    m = _DAY_MONTH.match(text)
    if m:
        month_name = m.group(1) or m.group(4)
        day_num = int(m.group(2) or m.group(3))
        month = _MONTHS[month_name]
        year = (
            int(m.group(5))
            if m.group(5)
            else _nearest_year(month, day_num, published, future=future)
        )
        try:
            return Resolution(
                phrase, "absolute:day-month", value=dt.date(year, month, day_num).isoformat()
            )
        except ValueError:
            return None

    m = re.match(rf"^(?:in |early |late |mid-?)?({_MONTH_RE})\.?,? ?(\d{{4}})?$", text)
    if m:
        month = _MONTHS[m.group(1)]
        if m.group(2):
            year = int(m.group(2))
        else:
            year = published.year
            if future and month < published.month:
                year += 1
            elif not future and month > published.month:
                year -= 1
        first, last = _month_bounds(year, month)
        return Resolution(
            phrase, "absolute:month", value=f"{year:04d}-{month:02d}", earliest=first, latest=last
        )
    return None
