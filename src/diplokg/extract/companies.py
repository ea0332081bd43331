"""Companies named by what they are: "shipping firm X", "grid operator X", or listed after
it ("Brazilian industries like X, Y and Z"); and news
outlets named by where they stand or what they print: a byline's outlet ("By Dialogo",
"By Jane Roe/Diálogo", "By Jane Roe, Tamsin News"), "publisher of X", "X papers".

A step of its own (``companies``), right before the capitalised names
(:mod:`diplokg.extract.names`): the names it drafts are covered already when the
capitalised runs are sorted, so "grid operator Vesta Power" is never read as a person.
It needs none of the name rules' methods, only their word lists
(:mod:`diplokg.extract.namewords`).
"""

from __future__ import annotations

import re

from diplokg.extract.clauses import Clauses
from diplokg.extract.namewords import _bylines, _may_start_title
from diplokg.extract.patterns import (
    _COMMON_CAPS,
    _DAY_MONTH_WORDS,
    _MEDIA,
    _ROLE_TITLE_RE,
    _words,
)
from diplokg.extract.text import Scan, _rx
from diplokg.model.evidence import find_occurrences

_COMPANY_WORDS = _words(
    """
    firm company operator utility giant maker manufacturer producer carrier airline lender
    insurer conglomerate retailer startup start-up miner supplier developer contractor
    shipper consortium exporter importer refiner trader
    """
)
_COMPANY_BEFORE = re.compile(
    rf"\b(?:{'|'.join(_COMPANY_WORDS)})\s+"
    r"(?P<m>[A-Z][\w’'.&-]*(?:[ \t]+(?:[A-Z][\w’'.&-]*|&)){0,3})"
)
_COMPANY_BEFORE_SCAN = Scan(_COMPANY_BEFORE, frozenset(_COMPANY_WORDS))
# Companies listed after a plural of what they are and "like", "such as" or "including"
# ("Brazilian industries like WEG, Suzano, and Randon", "firms such as Vesk and Talvi
# Power"): each name of the list a company.
_COMPANIES_WORDS = [
    form
    for w in _words(
        """
        companies firms industries corporations conglomerates manufacturers carmakers makers
        automakers producers exporters businesses lenders banks airlines giants multinationals
        """
    )
    for form in (w, w.capitalize())
]
_COMPANY_NAME = r"[A-Z][\w’'.&-]*(?:[ \t]+[A-Z][\w’'.&-]*){0,2}"
_COMPANIES_LISTED = re.compile(
    rf"\b(?:{'|'.join(_COMPANIES_WORDS)})[ \t]+(?:like|such[ \t]+as|including)[ \t]+"
    rf"(?P<m>{_COMPANY_NAME}(?:,[ \t]*{_COMPANY_NAME})*(?:,?[ \t]+and[ \t]+{_COMPANY_NAME})?)"
)
_COMPANIES_LISTED_SCAN = Scan(_COMPANIES_LISTED, frozenset(_COMPANIES_WORDS))
_OUTLET_NAME = r"[A-Z][\w’'.&-]*(?:[ \t]+[A-Z][\w’'.&-]*){0,3}"
# A byline's outlet, in the names of a line "By …": after the reporter's name and a slash
# or a comma, or a byline of one word, which names no reporter ("By Dialogo").
_BYLINE_OUTLET = re.compile(
    rf"[A-Z][^\n,/]{{1,60}}(?:/|,[ \t])[ \t]*(?P<m>{_OUTLET_NAME})|(?P<one>[A-Z][\w’'.&-]+)"
)
# What an outlet prints or publishes: "publisher of X", "the weekly X and Y papers".
_PRINTED_OUTLET = re.compile(
    rf"\bpublisher[ \t]+of[ \t]+(?:the[ \t]+)?(?P<m>{_OUTLET_NAME})(?=[ \t]+and\b|[,.;])|"
    # (after "and" or "weekly": "the Panama papers" are leaked files, no outlet's)
    r"(?:(?<=\band[ \t])|(?<=weekly[ \t])|(?<=\bdaily[ \t]))"
    r"(?P<p>[A-Z][\w’'-]+)[ \t]+(?:news)?papers\b"
)
# (tried at "publisher", or one chunk before "papers": no search of every character, whose
# lookbehinds cost about 0.5 ms an article)
_PRINTED_OUTLET_SCAN = Scan(
    _PRINTED_OUTLET,
    frozenset({"publisher"}),
    far=frozenset({"papers", "newspapers"}),
    far_chunks=1,
)


class CompanyRules(Clauses):
    """The rule that finds companies by the noun before their name."""

    def find_companies(self) -> None:
        """Companies named by what they are: 'shipping firm X', 'grid operator X'."""
        text = self.text
        for m in self.scan(_COMPANY_BEFORE_SCAN):
            s_, e_ = m.span("m")
            if text[e_ - 2 : e_] in ("’s", "'s"):
                e_ -= 2
            name = text[s_:e_]
            first = name.split()[0]
            if (
                first in _COMMON_CAPS
                or first == "CEO"
                or _may_start_title(first)
                or self.in_quote(s_)
                or self.covered(s_, e_)
                or _rx(r"(?:militant|armed|rebel|rights|terrorist|extremist)\s+$").search(
                    text[max(0, m.start() - 20) : m.start()]
                )
            ):
                continue
            self._named_all(name, "company", "entity:company")
        for m in self.scan(_COMPANIES_LISTED_SCAN):
            for item in _rx(rf"{_COMPANY_NAME}").finditer(text, *m.span("m")):
                name = item.group()
                if (
                    name.split()[0] in _COMMON_CAPS
                    or _ROLE_TITLE_RE.match(name) is not None
                    or self.covered(*item.span())
                ):
                    continue  # (a state or a body named already, a title)
                self._named_all(name, "company", "entity:company-listed")
        self._find_outlets()
        self.sort_mentions()

    def _named_all(self, name: str, etype: str, rule: str) -> None:
        """``name`` as a body of type ``etype``, mentioned wherever it is not covered."""
        ent = self.local_ent(name, etype, rule=rule, conf=0.7)
        for st in find_occurrences(self.text, name):
            if not self.covered(st, st + len(name)):
                self.add_mention(st, st + len(name), ent.key, "name", 0.7)

    def _find_outlets(self) -> None:
        """News outlets named by a byline or by what they print (see the module)."""
        text = self.text
        by_lines = (
            _BYLINE_OUTLET.fullmatch(text, s_, e_)
            for kind, (s_, e_) in _bylines(text)
            if kind == "names"
        )
        for m in (*(b for b in by_lines if b), *self.scan(_PRINTED_OUTLET_SCAN)):
            group = next(g for g, v in m.groupdict().items() if v)
            s_, e_ = m.span(group)
            name = text[s_:e_].rstrip(".")
            first = name.split()[0]
            if first in _COMMON_CAPS or first in _DAY_MONTH_WORDS or self.covered(s_, e_):
                continue
            self._named_all(name, _MEDIA, "entity:outlet")
