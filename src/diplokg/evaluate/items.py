"""What gold files and predictions both consist of: the kinds scored, names and
normalisation, and one item type per kind of fact.

>>> normalise_name("  Jos\\u00e9 Borrell-Fontelles ")
'jose borrellfontelles'
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = [
    "ATTRIBUTE_KINDS",
    "DAY",
    "KINDS",
    "MAIN_KINDS",
    "ORGANIZATION_KINDS",
    "AccusationItem",
    "AgreementItem",
    "FactSet",
    "Gold",
    "MeetingItem",
    "Name",
    "OrganizationItem",
    "PersonItem",
    "QuoteItem",
    "RelativeDate",
    "RoleClaim",
    "StatementItem",
    "normalise_name",
    "normalise_quote",
]


#: The kinds micro-averaged, in report order.
MAIN_KINDS = (
    "persons",
    "organizations",
    "meetings",
    "quotes",
    "statements",
    "agreements",
    "accusations",
)
#: Attribute kinds, each scored on its own, with the main kind it belongs to.
ATTRIBUTE_KINDS: Mapping[str, str] = {
    "roles": "persons",
    "meeting_dates": "meetings",
    "meeting_places": "meetings",
    "quote_speakers": "quotes",
    "quote_chains": "quotes",
    "statement_kinds": "statements",
    "statement_dates": "statements",
    "agreement_kinds": "agreements",
    "agreement_dates": "agreements",
    "agreement_durations": "agreements",
    "accusation_hedges": "accusations",
}
#: Every kind, in report order: each main kind followed by its attributes.
KINDS = tuple(
    k
    for main in MAIN_KINDS
    for k in (main, *(a for a, owner in ATTRIBUTE_KINDS.items() if owner == main))
)
#: Organisation kinds allowed in gold files.
ORGANIZATION_KINDS = (
    "state",
    "alliance",
    "intergovernmental",
    "ministry",
    "agency",
    "company",
    "media",
    "party",
    "other",
)
#: An exact day as the gold format writes it, ``YYYY-MM-DD``.
DAY = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
_QUOTE_CHARS = str.maketrans(
    {
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "«": '"',
        "»": '"',
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "‹": "'",
        "›": "'",
        "`": "'",
        "´": "'",
    }
)
#: A quote matches a longer or shorter one that contains it when it covers this share.
QUOTE_COVERAGE = 0.8


# --------------------------------------------------------------------------
# Normalisation
# --------------------------------------------------------------------------


def normalise_name(name: str) -> str:
    """Case-fold, strip accents and punctuation, collapse spaces (the gold's name rule)."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    kept = "".join(
        ch
        for ch in decomposed
        if not unicodedata.combining(ch) and not unicodedata.category(ch).startswith("P")
    )
    return " ".join(kept.split())


def normalise_quote(text: str) -> str:
    """Normalise whitespace and quote characters (curly → straight) of a quoted text."""
    return " ".join(unicodedata.normalize("NFKC", text).translate(_QUOTE_CHARS).split())


# --------------------------------------------------------------------------
# Items: what gold files and predictions both consist of
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Name:
    """A reference to an entity: the name shown, and every normalised form it goes by."""

    name: str
    forms: frozenset[str]

    def matches(self, other: Name) -> bool:
        """Whether the two names share a form."""
        return not self.forms.isdisjoint(other.forms)


@dataclass(frozen=True)
class _Drafted:
    """What a drafted fact adds: how sure the extractor is (0–1) and the rule that found
    it. A gold item has neither; neither counts when items are compared."""

    confidence: float | None = field(default=None, compare=False, kw_only=True)
    rule: str | None = field(default=None, compare=False, kw_only=True)


@dataclass(frozen=True)
class _Cited(_Drafted):
    """A fact a gold file cites the article for: ``evidence``, the words it rests on
    (``None`` in a prediction)."""

    evidence: str | None = field(default=None, kw_only=True)


@dataclass(frozen=True)
class RoleClaim(_Drafted):
    """A ``(role, organization)`` pair held by a person."""

    role: str
    organization: Name


@dataclass(frozen=True)
class PersonItem:
    """A person and the roles the text gives them."""

    name: Name
    roles: tuple[RoleClaim, ...] = ()


@dataclass(frozen=True)
class OrganizationItem:
    """An organisation (state, alliance, ministry, company, news agency, …)."""

    name: Name
    kind: str | None = None


@dataclass(frozen=True)
class MeetingItem(_Cited):
    """A meeting, summit, conference or visit, held or planned."""

    participants: tuple[Name, ...]
    place: Name | None = None
    date: str | None = None


@dataclass(frozen=True)
class QuoteItem(_Drafted):
    """A direct quote, its speaker and the relays that reported it (nearest first)."""

    speaker: Name
    text: str
    reported_by: tuple[Name, ...] = ()


@dataclass(frozen=True)
class StatementItem(_Cited):
    """A statement, communiqué, declaration or report of one issuer."""

    issuer: Name
    kind: str
    date: str | None = None


@dataclass(frozen=True)
class AgreementItem(_Cited):
    """An agreement between parties."""

    parties: tuple[Name, ...]
    kind: str
    date: str | None = None
    duration: str | None = None


@dataclass(frozen=True)
class AccusationItem(_Cited):
    """An accusation or criticism of one accused by one accuser."""

    accuser: Name
    accused: Name
    about: str = ""
    hedged: bool = False


@dataclass(frozen=True)
class FactSet:
    """The facts of one article, gold or predicted, in one comparable shape."""

    persons: tuple[PersonItem, ...] = ()
    organizations: tuple[OrganizationItem, ...] = ()
    meetings: tuple[MeetingItem, ...] = ()
    quotes: tuple[QuoteItem, ...] = ()
    statements: tuple[StatementItem, ...] = ()
    agreements: tuple[AgreementItem, ...] = ()
    accusations: tuple[AccusationItem, ...] = ()

    @classmethod
    def of(cls, *kinds: Iterable[Any]) -> FactSet:
        """The facts of each kind, given in the order of :data:`MAIN_KINDS`."""
        return cls(*(tuple(items) for items in kinds))


@dataclass(frozen=True)
class RelativeDate:
    """A date phrase of the article and the day or month it stands for (``None``: none)."""

    text: str
    resolves_to: str | None


@dataclass(frozen=True)
class Gold:
    """A gold file: the facts plus the article's metadata and relative dates."""

    path: Path | None
    published: dt.date
    publisher: str
    language: str
    facts: FactSet
    relative_dates: tuple[RelativeDate, ...] = ()
    #: Every name a fact uses, as written, for checking against the entity lists.
    references: tuple[tuple[str, str], ...] = ()
    #: Raw evidence strings and aliases, as written, for grounding checks.
    evidence: tuple[tuple[str, str], ...] = ()
    aliases: tuple[tuple[str, str], ...] = ()
