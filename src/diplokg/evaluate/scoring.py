"""Measure extraction quality against hand-written gold files.

A **gold file** (``NAME.gold.json``, format: ``../shared/evaluation/gold-format.md``)
lists the facts a reader finds in one article. :func:`evaluate_paths` scores
what the toolkit extracts from the article (the extractor's draft, or a given
annotation such as the curated one) against it, with precision, recall and F1
per kind and micro-averaged.

From an annotation to predicted facts (:func:`predict`)
-------------------------------------------------------
The annotation is read as the converter reads it; entity keys are looked up in
the annotation's own ``entities:`` first, then in the registry.

- **Names.** Every entity gets a set of *name forms*: its canonical name, its
  aliases (registry or local entry) and the texts of its ``mentions``. Two names
  match when their forms share one after :func:`normalise_name` (case folding,
  accents and punctuation removed, spaces collapsed). A gold name's forms are
  the canonical name and aliases of the gold person or organisation of that
  name (just the name itself when the gold lists no such entity).
- **Persons / organizations.** The entities the annotation mentions, defines
  locally or refers to from any fact. Types ``person`` and ``diplomat`` are
  persons; ``place`` is neither (places only serve as meeting places); every
  other type is an organisation.
- **Roles.** One ``(role, organization)`` pair per position; a ``former``
  position's role is prefixed with "former " ("former Foreign Minister").
- **Meetings.** Every event — meetings, conferences, summits and visits — held
  or planned (cancelled ones are left out). Participants are ``participants``
  plus the ``organizer``, ``visitor`` and ``host``. The place is the event's
  ``place``, else the place of its ``occasion`` (followed up the chain), else a
  visit's ``host``. The date is the event's own ``date`` resolved as the
  converter does (:func:`diplokg.model.dates.resolve` against the publication date,
  ``future`` for planned events); only an exact day counts, a month or a range
  is no date.
- **Quotes.** Speaker, quoted text (the ``text`` selector's words) and the
  ``reported_by`` chain in order.
- **Statements.** One per issuer (a joint communiqué gives one per co-issuer),
  with its kind and resolved date.
- **Agreements.** Parties, kind, resolved date and ``duration``.
- **Accusations.** One per accused, ``criticism`` included; ``hedged`` is
  ``factuality: hedged``. Negated accusations are left out (the gold never lists
  them), and so are accusations without an accuser, which the gold format cannot
  express.

Every mention, quote text and evidence selector is located in the article with
:func:`diplokg.model.evidence.locate`, so an annotation of another article, or a draft
whose evidence is not in the text, is an :class:`~diplokg.errors.EvidenceError`
rather than a silently wrong score.

Matching (gold-format.md, "Matching rules")
-------------------------------------------
Predicted and gold items are paired one to one by a maximum bipartite matching
in which each predicted item tries its candidates best first (most matching
attributes), so each gold item matches at most once and ties go to the pair
that also agrees on date or place.

- persons, organizations: by name (persons only with persons, organisations
  only with organisations).
- meetings: at least two distinct gold participants matched, and every
  predicted participant matches some gold participant (an extra participant
  makes the predicted meeting a false positive).
- quotes: equal after normalising whitespace and quote characters
  (:func:`normalise_quote`), or one contains the other and the shorter is
  ≥ 80 % of the longer's length.
- statements: by issuer. agreements: at least two distinct gold parties
  matched. accusations: by (accuser, accused).

Attribute kinds (``roles``, ``meeting_dates``, ``meeting_places``,
``quote_speakers``, ``quote_chains``, ``statement_kinds``,
``statement_dates``, ``agreement_kinds``, ``agreement_dates``,
``agreement_durations``, ``accusation_hedges``) are scored on their own: every
non-null predicted value is a prediction and every non-null gold value a gold
item (an empty reporting chain is null, ``hedged`` is never null); a true
positive is a pair of matched items whose values agree. So a value on an
unmatched item counts as a miss too. Roles pair up within matched persons
(role text by :func:`normalise_name`, organisation by name); places compare by
name forms, so "Beijing" matches a place entity Beijing or the state China whose
alias it is; kinds compare normalised text, dates and durations the ISO text,
chains name by name in order.

Articles and folders
--------------------
:func:`evaluate_article` reads ``NAME.txt`` and its gold (``NAME.gold.json``
beside it, or a given file). The publication day and publisher come from
``NAME.meta.yaml`` beside the article, else from the gold file; the registry is
the given one, else ``entities.yaml`` beside the article, else none. What is
scored is a given annotation, or else the draft of
:func:`diplokg.extract.extract_annotation` (imported only when needed).
:func:`evaluate_paths` takes articles and folders (a folder: every ``NAME.txt``
with ``NAME.gold.json`` beside it), optionally scoring each article's curated
``NAME.ann.yaml``, and sums the counts over all articles.

Precision is ``tp / (tp + fp)`` and recall ``tp / (tp + fn)``; when a
denominator is zero the figure is 1.0 if there was nothing to find and nothing
claimed, else 0.0. **Micro** sums tp, fp and fn over the seven kinds persons,
organizations, meetings, quotes, statements, agreements and accusations (not
the attribute kinds).

>>> normalise_name("  Jos\\u00e9 Borrell-Fontelles ")
'jose borrellfontelles'
>>> Score(tp=3, fp=1, fn=0).precision
0.75
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from diplokg.errors import InputError, UnknownReferenceError, UsageError
from diplokg.model.annotation import (
    DURATION_PATTERN,
    Annotation,
    DateSpec,
    EntityDef,
    Event,
    Ref,
    Registry,
    article_sources,
    load_annotation,
    load_metadata,
    load_registry,
)
from diplokg.model.dates import resolve
from diplokg.model.evidence import locate
from diplokg.model.limits import YEARS, load_json, shown, year_ok
from diplokg.model.yamlsrc import Src, read_text

__all__ = [
    "ATTRIBUTE_KINDS",
    "KINDS",
    "MAIN_KINDS",
    "ORGANIZATION_KINDS",
    "AccusationItem",
    "AgreementItem",
    "ArticleEvaluation",
    "Evaluation",
    "EvaluationRun",
    "FactSet",
    "Gold",
    "MeetingItem",
    "Mismatch",
    "Name",
    "OrganizationItem",
    "PersonItem",
    "QuoteItem",
    "RelativeDate",
    "RoleClaim",
    "Score",
    "StatementItem",
    "check_gold",
    "dev_set_micro_f1",
    "evaluate_article",
    "evaluate_paths",
    "format_evaluation",
    "gold_from_json",
    "gold_path_for",
    "load_gold",
    "normalise_name",
    "normalise_quote",
    "predict",
    "run_to_json",
    "score",
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
_STATEMENT_KINDS = ("communique", "statement", "declaration", "report")
_PERSON_TYPES = ("person", "diplomat")
_ORG_KIND_OF_TYPE = {
    "state": "state",
    "alliance": "alliance",
    "intergovernmental": "intergovernmental",
    "government-body": "ministry",
    "party": "party",
    "company": "company",
    "media": "media",
    "group": "other",
}
_DAY = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
_DAY_OR_MONTH = re.compile(r"^[0-9]{4}-[0-9]{2}(-[0-9]{2})?\Z")
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


def _quotes_match(predicted: str, gold: str) -> bool:
    a, b = normalise_quote(predicted), normalise_quote(gold)
    if not a or not b:
        return False
    if a == b:
        return True
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return short in long and len(short) >= QUOTE_COVERAGE * len(long)


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
class RoleClaim:
    """A ``(role, organization)`` pair held by a person."""

    role: str
    organization: Name
    confidence: float | None = field(default=None, compare=False)
    rule: str | None = field(default=None, compare=False)


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
class MeetingItem:
    """A meeting, summit, conference or visit, held or planned."""

    participants: tuple[Name, ...]
    place: Name | None = None
    date: str | None = None
    evidence: str | None = None
    confidence: float | None = field(default=None, compare=False)
    rule: str | None = field(default=None, compare=False)


@dataclass(frozen=True)
class QuoteItem:
    """A direct quote, its speaker and the relays that reported it (nearest first)."""

    speaker: Name
    text: str
    reported_by: tuple[Name, ...] = ()
    confidence: float | None = field(default=None, compare=False)
    rule: str | None = field(default=None, compare=False)


@dataclass(frozen=True)
class StatementItem:
    """A statement, communiqué, declaration or report of one issuer."""

    issuer: Name
    kind: str
    date: str | None = None
    evidence: str | None = None
    confidence: float | None = field(default=None, compare=False)
    rule: str | None = field(default=None, compare=False)


@dataclass(frozen=True)
class AgreementItem:
    """An agreement between parties."""

    parties: tuple[Name, ...]
    kind: str
    date: str | None = None
    duration: str | None = None
    evidence: str | None = None
    confidence: float | None = field(default=None, compare=False)
    rule: str | None = field(default=None, compare=False)


@dataclass(frozen=True)
class AccusationItem:
    """An accusation or criticism of one accused by one accuser."""

    accuser: Name
    accused: Name
    about: str = ""
    hedged: bool = False
    evidence: str | None = None
    confidence: float | None = field(default=None, compare=False)
    rule: str | None = field(default=None, compare=False)


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


# --------------------------------------------------------------------------
# Gold files
# --------------------------------------------------------------------------


class _GoldReader:
    """Checks a gold file's JSON against gold-format.md, naming the JSON path of errors."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.forms: dict[str, frozenset[str]] = {}
        self.references: list[tuple[str, str]] = []
        self.evidence: list[tuple[str, str]] = []
        self.aliases: list[tuple[str, str]] = []

    def error(self, where: str, message: str) -> InputError:
        return InputError(f"gold file, {where}: {message}", path=self.path)

    def mapping(
        self, value: Any, where: str, *, required: Sequence[str], optional: Sequence[str] = ()
    ) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.error(where, "expected a JSON object")
        unknown = sorted(set(value) - set(required) - set(optional))
        if unknown:
            allowed = ", ".join([*required, *optional])
            raise self.error(where, f"unknown key {shown(unknown[0])} (allowed: {allowed})")
        missing = [k for k in required if k not in value]
        if missing:
            raise self.error(where, f"missing key {shown(missing[0])}")
        return value

    def text(self, value: Any, where: str, *, null: bool = False) -> str | None:
        if value is None and null:
            return None
        if not isinstance(value, str) or not value.strip():
            raise self.error(where, "expected a non-empty string" + (" or null" if null else ""))
        return value

    def req_text(self, value: Any, where: str) -> str:
        text = self.text(value, where)
        assert text is not None  # noqa: S101
        return text

    def texts(self, value: Any, where: str) -> tuple[str, ...]:
        if not isinstance(value, list):
            raise self.error(where, "expected a list of strings")
        return tuple(self.req_text(v, f"{where}[{i}]") for i, v in enumerate(value))

    def items(self, data: Mapping[str, Any], key: str) -> list[tuple[str, Any]]:
        value = data.get(key, [])
        if not isinstance(value, list):
            raise self.error(key, "expected a list")
        return [(f"{key}[{i}]", v) for i, v in enumerate(value)]

    def date(self, value: Any, where: str, pattern: re.Pattern[str], shape: str) -> str | None:
        if value is None:
            return None
        if not isinstance(value, str) or not pattern.match(value):
            raise self.error(where, f"expected {shape} or null, got {shown(value)}")
        try:
            day = dt.date.fromisoformat(value if len(value) == 10 else value + "-01")
        except ValueError:
            raise self.error(where, f"{shown(value)} is not a date") from None
        if not year_ok(day.year):
            raise self.error(where, f"{value} is outside the dates diplokg takes ({YEARS})")
        return value

    def name(self, value: Any, where: str) -> Name:
        text = self.req_text(value, where)
        self.references.append((where, text))
        return Name(text, self.forms.get(text, frozenset({normalise_name(text)})))

    def place(self, place: str) -> Name:
        # A place is a city or state, not necessarily a listed entity: its forms are
        # those of the listed entity of that name, if any.
        return Name(place, self.forms.get(place, frozenset({normalise_name(place)})))

    def entity_forms(self, name: str, aliases: Iterable[str]) -> frozenset[str]:
        return frozenset(normalise_name(n) for n in (name, *aliases))


def load_gold(path: Path) -> Gold:
    """Load and check a gold file (``../shared/evaluation/gold-format.md``)."""
    data = load_json(read_text(path, what="gold file"), path=path, what="gold file")
    return gold_from_json(data, path=path)


def gold_from_json(data: Any, *, path: Path | None = None) -> Gold:
    """Build a :class:`Gold` from parsed JSON, checking it against the format."""
    r = _GoldReader(path)
    top = r.mapping(
        data,
        "top level",
        required=("published", "publisher"),
        optional=(
            "language",
            "persons",
            "organizations",
            "meetings",
            "quotes",
            "statements",
            "agreements",
            "accusations",
            "relative_dates",
        ),
    )
    published_text = r.date(top["published"], "published", _DAY, "YYYY-MM-DD")
    if published_text is None:
        raise r.error("published", "the publication day is required")
    publisher = r.req_text(top["publisher"], "publisher")
    language = r.req_text(top.get("language", "en"), "language")

    # Entities first: their aliases are the forms that fact names match by.
    raw_persons = []
    for where, item in r.items(top, "persons"):
        p = r.mapping(item, where, required=("name", "aliases", "roles"))
        name = r.req_text(p["name"], f"{where}.name")
        aliases = r.texts(p["aliases"], f"{where}.aliases")
        r.aliases.extend((f"{where}.aliases", a) for a in aliases)
        if name in r.forms:
            raise r.error(f"{where}.name", f"{shown(name)} is listed twice")
        r.forms[name] = r.entity_forms(name, aliases)
        raw_persons.append((where, name, p["roles"]))
    organizations = []
    for where, item in r.items(top, "organizations"):
        o = r.mapping(item, where, required=("name", "aliases", "kind"))
        name = r.req_text(o["name"], f"{where}.name")
        aliases = r.texts(o["aliases"], f"{where}.aliases")
        r.aliases.extend((f"{where}.aliases", a) for a in aliases)
        kind = r.req_text(o["kind"], f"{where}.kind")
        if kind not in ORGANIZATION_KINDS:
            raise r.error(
                f"{where}.kind", f"{shown(kind)} is not one of {', '.join(ORGANIZATION_KINDS)}"
            )
        if name in r.forms:
            raise r.error(f"{where}.name", f"{shown(name)} is listed twice")
        r.forms[name] = r.entity_forms(name, aliases)
        organizations.append(OrganizationItem(Name(name, r.forms[name]), kind))
    persons = []
    for where, name, raw_roles in raw_persons:
        if not isinstance(raw_roles, list):
            raise r.error(f"{where}.roles", "expected a list")
        roles = []
        for i, raw in enumerate(raw_roles):
            rw = f"{where}.roles[{i}]"
            role = r.mapping(raw, rw, required=("role", "organization"))
            roles.append(
                RoleClaim(
                    r.req_text(role["role"], f"{rw}.role"),
                    r.name(role["organization"], f"{rw}.organization"),
                )
            )
        persons.append(PersonItem(Name(name, r.forms[name]), tuple(roles)))

    def evidence(value: Any, where: str) -> str:
        text = r.req_text(value, where)
        r.evidence.append((where, text))
        return text

    meetings = []
    for where, item in r.items(top, "meetings"):
        m = r.mapping(item, where, required=("participants", "place", "date", "evidence"))
        if not isinstance(m["participants"], list) or len(m["participants"]) < 2:
            raise r.error(f"{where}.participants", "expected a list of at least two names")
        place = r.text(m["place"], f"{where}.place", null=True)
        meetings.append(
            MeetingItem(
                participants=tuple(
                    r.name(v, f"{where}.participants[{i}]") for i, v in enumerate(m["participants"])
                ),
                place=None if place is None else r.place(place),
                date=r.date(m["date"], f"{where}.date", _DAY, "YYYY-MM-DD"),
                evidence=evidence(m["evidence"], f"{where}.evidence"),
            )
        )
    quotes = []
    for where, item in r.items(top, "quotes"):
        q = r.mapping(item, where, required=("speaker", "text", "reported_by"))
        if not isinstance(q["reported_by"], list):
            raise r.error(f"{where}.reported_by", "expected a list of names")
        quote_text = r.req_text(q["text"], f"{where}.text")
        r.evidence.append((f"{where}.text", quote_text))
        quotes.append(
            QuoteItem(
                speaker=r.name(q["speaker"], f"{where}.speaker"),
                text=quote_text,
                reported_by=tuple(
                    r.name(v, f"{where}.reported_by[{i}]") for i, v in enumerate(q["reported_by"])
                ),
            )
        )
    statements = []
    for where, item in r.items(top, "statements"):
        s = r.mapping(item, where, required=("issuer", "kind", "date", "evidence"))
        kind = r.req_text(s["kind"], f"{where}.kind")
        if kind not in _STATEMENT_KINDS:
            raise r.error(
                f"{where}.kind", f"{shown(kind)} is not one of {', '.join(_STATEMENT_KINDS)}"
            )
        statements.append(
            StatementItem(
                issuer=r.name(s["issuer"], f"{where}.issuer"),
                kind=kind,
                date=r.date(s["date"], f"{where}.date", _DAY, "YYYY-MM-DD"),
                evidence=evidence(s["evidence"], f"{where}.evidence"),
            )
        )
    agreements = []
    for where, item in r.items(top, "agreements"):
        a = r.mapping(item, where, required=("parties", "kind", "date", "duration", "evidence"))
        if not isinstance(a["parties"], list) or len(a["parties"]) < 2:
            raise r.error(f"{where}.parties", "expected a list of at least two names")
        duration = r.text(a["duration"], f"{where}.duration", null=True)
        if duration is not None and not DURATION_PATTERN.match(duration):
            raise r.error(f"{where}.duration", f"{shown(duration)} is not an ISO 8601 duration")
        agreements.append(
            AgreementItem(
                parties=tuple(
                    r.name(v, f"{where}.parties[{i}]") for i, v in enumerate(a["parties"])
                ),
                kind=r.req_text(a["kind"], f"{where}.kind"),
                date=r.date(a["date"], f"{where}.date", _DAY, "YYYY-MM-DD"),
                duration=duration,
                evidence=evidence(a["evidence"], f"{where}.evidence"),
            )
        )
    accusations = []
    for where, item in r.items(top, "accusations"):
        a = r.mapping(item, where, required=("accuser", "accused", "about", "hedged", "evidence"))
        if not isinstance(a["hedged"], bool):
            raise r.error(f"{where}.hedged", "expected true or false")
        accusations.append(
            AccusationItem(
                accuser=r.name(a["accuser"], f"{where}.accuser"),
                accused=r.name(a["accused"], f"{where}.accused"),
                about=r.req_text(a["about"], f"{where}.about"),
                hedged=a["hedged"],
                evidence=evidence(a["evidence"], f"{where}.evidence"),
            )
        )
    relative = []
    for where, item in r.items(top, "relative_dates"):
        d = r.mapping(item, where, required=("text", "resolves_to"))
        phrase = r.req_text(d["text"], f"{where}.text")
        r.evidence.append((f"{where}.text", phrase))
        relative.append(
            RelativeDate(
                phrase,
                r.date(d["resolves_to"], f"{where}.resolves_to", _DAY_OR_MONTH, "YYYY-MM(-DD)"),
            )
        )
    return Gold(
        path=path,
        published=dt.date.fromisoformat(published_text),
        publisher=publisher,
        language=language,
        facts=FactSet(
            persons=tuple(persons),
            organizations=tuple(organizations),
            meetings=tuple(meetings),
            quotes=tuple(quotes),
            statements=tuple(statements),
            agreements=tuple(agreements),
            accusations=tuple(accusations),
        ),
        relative_dates=tuple(relative),
        references=tuple(r.references),
        evidence=tuple(r.evidence),
        aliases=tuple(r.aliases),
    )


def check_gold(gold: Gold, text: str) -> list[str]:
    """Problems that make a gold file disagree with its article (empty when it is sound).

    Every evidence, quote text, relative-date phrase and alias must occur
    verbatim in the article; every name a fact uses must be a listed person or
    organisation (meeting places excepted); and each relative date must be what
    :func:`diplokg.model.dates.resolve` makes of it, read as past or as future.
    """
    problems = [
        f"{where}: {shown(value)} is not in the article"
        for where, value in (*gold.evidence, *gold.aliases)
        if value not in text
    ]
    known = {p.name.name for p in gold.facts.persons} | {
        o.name.name for o in gold.facts.organizations
    }
    problems += [
        f"{where}: {shown(name)} is not a listed person or organization"
        for where, name in gold.references
        if name not in known
    ]
    for i, rel in enumerate(gold.relative_dates):
        readings = {
            res.value if res is not None else None
            for res in (
                resolve(rel.text, published=gold.published, future=future)
                for future in (False, True)
            )
        }
        if rel.resolves_to not in readings:
            options = " or ".join(sorted(str(v) for v in readings))
            problems.append(
                f"relative_dates[{i}]: {shown(rel.text)} resolves to {options} against "
                f"{gold.published.isoformat()}, not {rel.resolves_to}"
            )
    return problems


# --------------------------------------------------------------------------
# Predictions from an annotation
# --------------------------------------------------------------------------


class _Predictor:
    """Reads an annotation into a :class:`FactSet` (see the module docstring)."""

    def __init__(
        self, annotation: Annotation, *, text: str, published: dt.date, registry: Registry | None
    ) -> None:
        self.ann = annotation
        self.text = text
        self.published = published
        self.registry = registry or Registry(entities={})
        self.events = {e.id: e for e in annotation.events}
        self.names: dict[str, Name] = {}

    def entity(self, ref: Ref) -> EntityDef:
        found = self.ann.entities.get(ref.key) or self.registry.entities.get(ref.key)
        if found is None:
            raise ref.src.error(
                f"unknown entity '{ref.key}': not in the annotation's entities nor the registry",
                UnknownReferenceError,
            )
        return found

    def name(self, ref: Ref) -> Name:
        if ref.key not in self.names:
            e = self.entity(ref)
            mentions = self.ann.mentions.get(ref.key, ())
            names = (e.name, *e.aliases, *(m.text for m in mentions))
            forms = frozenset(normalise_name(n) for n in names)
            self.names[ref.key] = Name(e.name, forms - {""})
        return self.names[ref.key]

    def day(self, spec: DateSpec | None, *, future: bool = False) -> str | None:
        if spec is None:
            return None
        if spec.value is not None:
            value: str | None = spec.value
        else:
            assert spec.phrase is not None  # noqa: S101 - DateSpec has one of the two
            locate(self.text, spec.phrase)
            res = resolve(spec.phrase.text, published=self.published, future=future)
            if res is None:
                raise spec.src.error(
                    f"cannot resolve the date phrase {shown(spec.phrase.text)}; "
                    "write the date as YYYY-MM-DD instead"
                )
            value = res.value
        return value if value is not None and _DAY.match(value) else None

    def place(self, event: Event) -> Ref | None:
        seen: set[str] = set()
        current: Event | None = event
        while current is not None and current.id not in seen:
            seen.add(current.id)
            if current.place is not None:
                return current.place
            current = self.events.get(current.occasion.id) if current.occasion else None
        return event.host if event.kind == "visit" else None

    def check_grounding(self) -> None:
        for selectors in self.ann.mentions.values():
            for selector in selectors:
                locate(self.text, selector)
        for fact in self.ann.facts():
            for selector in fact.evidence:
                locate(self.text, selector)
        for quote in self.ann.quotes:
            locate(self.text, quote.text)

    def refs(self) -> list[Ref]:
        """Every entity reference of the annotation, in order of appearance."""
        a = self.ann
        refs: list[Ref] = []
        for p in a.positions:
            refs += [p.holder, p.organization]
        for e in a.events:
            refs += [*e.participants, *(r for r in (e.organizer, e.visitor, e.host, e.place) if r)]
        for ab in a.absences:
            refs.append(ab.absentee)
        for s in a.statements:
            refs += s.issuers
        for q in a.quotes:
            refs.append(q.speaker)
        for ag in a.agreements:
            refs += ag.parties
        for ac in a.accusations:
            refs += [r for r in (ac.accuser, ac.accused) if r]
        for fact in a.facts():
            refs += fact.reported_by
        return refs

    def facts(self) -> FactSet:
        self.check_grounding()
        a = self.ann
        nowhere = Src(a.path or Path("annotation"), 1, 1)
        keyed: dict[str, Ref] = {}
        for key, local in a.entities.items():
            keyed.setdefault(key, Ref(key, local.src))
        for key in a.mentions:
            keyed.setdefault(key, Ref(key, a.mention_src.get(key, nowhere)))
        for ref in self.refs():
            keyed.setdefault(ref.key, ref)
        roles: dict[str, list[RoleClaim]] = {}
        for p in a.positions:
            role = f"former {p.role}" if p.status == "former" else p.role
            roles.setdefault(p.holder.key, []).append(
                RoleClaim(role, self.name(p.organization), p.confidence, p.rule)
            )
        persons: list[PersonItem] = []
        organizations: list[OrganizationItem] = []
        for key, ref in keyed.items():
            entity = self.entity(ref)
            if entity.type in _PERSON_TYPES:
                persons.append(PersonItem(self.name(ref), tuple(roles.get(key, ()))))
            elif entity.type != "place":
                kind = _ORG_KIND_OF_TYPE[entity.type]
                organizations.append(OrganizationItem(self.name(ref), kind))

        meetings = []
        for e in a.events:
            if e.status == "cancelled":
                continue
            people: dict[str, Ref] = {}
            for r in (*e.participants, e.organizer, e.visitor, e.host):
                if r is not None:
                    people.setdefault(r.key, r)
            place = self.place(e)
            meetings.append(
                MeetingItem(
                    participants=tuple(self.name(r) for r in people.values()),
                    place=self.name(place) if place else None,
                    date=self.day(e.date, future=e.status == "planned"),
                    evidence=e.evidence[0].text if e.evidence else None,
                    confidence=e.confidence,
                    rule=e.rule,
                )
            )
        quotes = [
            QuoteItem(
                speaker=self.name(q.speaker),
                text=q.text.text,
                reported_by=tuple(self.name(r) for r in q.reported_by),
                confidence=q.confidence,
                rule=q.rule,
            )
            for q in a.quotes
        ]
        statements = [
            StatementItem(
                issuer=self.name(issuer),
                kind=s.kind,
                date=self.day(s.date),
                evidence=s.evidence[0].text if s.evidence else None,
                confidence=s.confidence,
                rule=s.rule,
            )
            for s in a.statements
            for issuer in s.issuers
        ]
        agreements = [
            AgreementItem(
                parties=tuple(self.name(r) for r in ag.parties),
                kind=ag.kind,
                date=self.day(ag.date),
                duration=ag.duration,
                evidence=ag.evidence[0].text if ag.evidence else None,
                confidence=ag.confidence,
                rule=ag.rule,
            )
            for ag in a.agreements
        ]
        accusations = [
            AccusationItem(
                accuser=self.name(ac.accuser),
                accused=self.name(ac.accused),
                about=ac.about,
                hedged=ac.factuality == "hedged",
                evidence=ac.evidence[0].text if ac.evidence else None,
                confidence=ac.confidence,
                rule=ac.rule,
            )
            for ac in a.accusations
            if ac.factuality != "negated" and ac.accuser is not None
        ]
        return FactSet(
            persons=tuple(persons),
            organizations=tuple(organizations),
            meetings=tuple(meetings),
            quotes=tuple(quotes),
            statements=tuple(statements),
            agreements=tuple(agreements),
            accusations=tuple(accusations),
        )


def predict(
    annotation: Annotation,
    *,
    text: str,
    published: dt.date,
    registry: Registry | None = None,
) -> FactSet:
    """The facts an annotation (curated or drafted) claims, in the gold's shape.

    See the module docstring for how each kind is read. Raises
    :class:`~diplokg.errors.EvidenceError` when the annotation's evidence is not
    in ``text`` and :class:`~diplokg.errors.UnknownReferenceError` for an entity
    key neither the annotation nor ``registry`` defines.
    """
    return _Predictor(annotation, text=text, published=published, registry=registry).facts()


# --------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Score:
    """True positives, false positives and false negatives of one kind."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        """``tp / (tp + fp)``; 1.0 when nothing was claimed and nothing missed."""
        if self.tp + self.fp == 0:
            return 1.0 if self.fn == 0 else 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        """``tp / (tp + fn)``; 1.0 when there was nothing to find and nothing claimed."""
        if self.tp + self.fn == 0:
            return 1.0 if self.fp == 0 else 0.0
        return self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)


@dataclass(frozen=True)
class Mismatch:
    """One false positive (``extra``) or false negative (``missed``) of a kind."""

    kind: str
    side: str
    item: str

    def __str__(self) -> str:
        return f"{self.kind}: {self.side} {self.item}"


@dataclass(frozen=True)
class Judged:
    """One predicted fact with a confidence, and whether the gold confirms it.

    A role, meeting, statement, agreement or accusation is right when it matches a
    gold one; a quote when its text matches and so does its speaker.
    """

    kind: str
    confidence: float
    rule: str | None
    right: bool


#: Confidence bands of the calibration table: [low, high).
CONFIDENCE_BANDS: tuple[tuple[float, float], ...] = (
    (0.0, 0.5),
    (0.5, 0.6),
    (0.6, 0.7),
    (0.7, 0.8),
    (0.8, 0.9),
    (0.9, 1.01),
)


@dataclass(frozen=True)
class Band:
    """A row of the calibration table: facts whose confidence is in [low, high)."""

    low: float
    high: float
    facts: int
    right: int

    @property
    def precision(self) -> float:
        return self.right / self.facts if self.facts else 0.0


def calibration(judged: Sequence[Judged], *, at_least: float | None = None) -> list[Band]:
    """Precision per confidence band (or of every fact at ``at_least`` or more, one row)."""
    bands = ((at_least, 1.01),) if at_least is not None else CONFIDENCE_BANDS
    out = []
    for low, high in bands:
        inside = [j for j in judged if low <= j.confidence < high]
        out.append(Band(low, high, len(inside), sum(j.right for j in inside)))
    return out


@dataclass(frozen=True)
class Evaluation:
    """Scores of one comparison (or a sum of several), with every mismatch."""

    scores: Mapping[str, Score]
    mismatches: tuple[Mismatch, ...] = ()
    #: Every predicted fact that carries a confidence (drafted ones): whether it is right.
    judged: tuple[Judged, ...] = ()

    @property
    def micro(self) -> Score:
        """tp, fp and fn summed over :data:`MAIN_KINDS`."""
        total = Score()
        for kind in MAIN_KINDS:
            total += self.scores.get(kind, Score())
        return total

    def __add__(self, other: Evaluation) -> Evaluation:
        return Evaluation(
            {k: self.scores.get(k, Score()) + other.scores.get(k, Score()) for k in KINDS},
            self.mismatches + other.mismatches,
            self.judged + other.judged,
        )


def _pair(
    preds: Sequence[Any],
    golds: Sequence[Any],
    ok: Callable[[Any, Any], bool],
    quality: Callable[[Any, Any], float] | None = None,
) -> dict[int, int]:
    """A maximum one-to-one pairing (predicted index → gold index) of items that ``ok``.

    Each predicted item tries its candidates best ``quality`` first, and the
    items whose best candidate is best go first; augmenting paths then make the
    pairing as large as it can be.
    """

    def q(p: int, g: int) -> float:
        return quality(preds[p], golds[g]) if quality else 0.0

    candidates = [
        sorted((g for g in range(len(golds)) if ok(preds[p], golds[g])), key=lambda g: -q(p, g))
        for p in range(len(preds))
    ]
    order = sorted(
        range(len(preds)), key=lambda p: -q(p, candidates[p][0]) if candidates[p] else 0.0
    )
    owner: dict[int, int] = {}  # gold → predicted
    chosen: dict[int, int] = {}  # predicted → gold
    for start in order:
        reached_from: dict[int, int] = {}
        queue = [start]
        free: int | None = None
        while queue and free is None:
            p = queue.pop(0)
            for g in candidates[p]:
                if g in reached_from:
                    continue
                reached_from[g] = p
                if g not in owner:
                    free = g
                    break
                queue.append(owner[g])
        g_next = free
        while g_next is not None:
            p = reached_from[g_next]
            previous = chosen.get(p)
            owner[g_next], chosen[p] = p, g_next
            g_next = previous
    return chosen


def _count_matched(preds: Sequence[Name], golds: Sequence[Name]) -> int:
    return len(_pair(preds, golds, Name.matches))


def _same_text(a: str, b: str) -> bool:
    return normalise_name(a) == normalise_name(b)


def _same_chain(a: Sequence[Name], b: Sequence[Name]) -> bool:
    return len(a) == len(b) and all(x.matches(y) for x, y in zip(a, b, strict=True))


def _meeting_ok(p: MeetingItem, g: MeetingItem) -> bool:
    inside = all(any(x.matches(y) for y in g.participants) for x in p.participants)
    return inside and _count_matched(p.participants, g.participants) >= 2


def _short(text: str, size: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1] + "…"


def _names(names: Iterable[Name]) -> str:
    return " + ".join(n.name for n in names)


def _show(kind: str, item: Any) -> str:
    if isinstance(item, PersonItem | OrganizationItem):
        return item.name.name
    if isinstance(item, MeetingItem):
        where = f" in {item.place.name}" if item.place else ""
        when = f" on {item.date}" if item.date else ""
        return f"{_names(item.participants)}{where}{when}"
    if isinstance(item, QuoteItem):
        return f"{item.speaker.name}: “{_short(item.text)}”"
    if isinstance(item, StatementItem):
        return f"{item.kind} by {item.issuer.name}"
    if isinstance(item, AgreementItem):
        return f"{item.kind} between {_names(item.parties)}"
    if isinstance(item, AccusationItem):
        hedge = " (hedged)" if item.hedged else ""
        return f"{item.accuser.name} → {item.accused.name}{hedge}: {_short(item.about, 50)}"
    return str(item)  # pragma: no cover - every item type is listed above


def _show_value(value: Any) -> str:
    if isinstance(value, Name):
        return value.name
    if isinstance(value, tuple):
        return "[" + ", ".join(_show_value(v) for v in value) + "]"
    if isinstance(value, RoleClaim):
        return f"{value.role} of {value.organization.name}"
    return str(value).lower() if isinstance(value, bool) else str(value)


class _Scorer:
    def __init__(self) -> None:
        self.scores: dict[str, Score] = {}
        self.mismatches: list[Mismatch] = []
        self.judged: list[Judged] = []

    def judge(self, kind: str, preds: Sequence[Any], right: Callable[[int], bool]) -> None:
        self.judged += [
            Judged(kind, p.confidence, p.rule, right(i))
            for i, p in enumerate(preds)
            if p.confidence is not None
        ]

    def main(
        self,
        kind: str,
        preds: Sequence[Any],
        golds: Sequence[Any],
        ok: Callable[[Any, Any], bool],
        quality: Callable[[Any, Any], float] | None = None,
    ) -> dict[int, int]:
        pairs = _pair(preds, golds, ok, quality)
        matched_gold = set(pairs.values())
        self.scores[kind] = Score(len(pairs), len(preds) - len(pairs), len(golds) - len(pairs))
        self.mismatches += [
            Mismatch(kind, "extra", _show(kind, p)) for i, p in enumerate(preds) if i not in pairs
        ]
        self.mismatches += [
            Mismatch(kind, "missed", _show(kind, g))
            for i, g in enumerate(golds)
            if i not in matched_gold
        ]
        return pairs

    def attribute(
        self,
        kind: str,
        preds: Sequence[Any],
        golds: Sequence[Any],
        pairs: Mapping[int, int],
        value: Callable[[Any], Any],
        same: Callable[[Any, Any], bool],
    ) -> None:
        def present(v: Any) -> bool:
            return v is not None and v != ()

        hits = {
            p: g
            for p, g in pairs.items()
            if present(value(preds[p]))
            and present(value(golds[g]))
            and same(value(preds[p]), value(golds[g]))
        }
        hit_gold = set(hits.values())
        extra = [(i, p) for i, p in enumerate(preds) if present(value(p)) and i not in hits]
        missed = [(i, g) for i, g in enumerate(golds) if present(value(g)) and i not in hit_gold]
        self.scores[kind] = Score(len(hits), len(extra), len(missed))
        owner = ATTRIBUTE_KINDS[kind]
        self.mismatches += [
            Mismatch(kind, "extra", f"{_show_value(value(p))} ({_show(owner, p)})")
            for _, p in extra
        ]
        self.mismatches += [
            Mismatch(kind, "missed", f"{_show_value(value(g))} ({_show(owner, g)})")
            for _, g in missed
        ]

    def roles(
        self, preds: Sequence[PersonItem], golds: Sequence[PersonItem], pairs: Mapping[int, int]
    ) -> None:
        def same(a: RoleClaim, b: RoleClaim) -> bool:
            return _same_text(a.role, b.role) and a.organization.matches(b.organization)

        tp, extra, missed = 0, [], []
        hits_by_gold: dict[int, set[int]] = {}
        for p, g in pairs.items():
            hits = _pair(preds[p].roles, golds[g].roles, same)
            self.judge("roles", preds[p].roles, hits.__contains__)
            tp += len(hits)
            hits_by_gold[g] = set(hits.values())
            extra += [(preds[p], r) for i, r in enumerate(preds[p].roles) if i not in hits]
        unmatched_preds = set(range(len(preds))) - set(pairs)
        extra += [(preds[p], r) for p in sorted(unmatched_preds) for r in preds[p].roles]
        for p in sorted(unmatched_preds):
            self.judge("roles", preds[p].roles, lambda _: False)
        for g, person in enumerate(golds):
            got = hits_by_gold.get(g, set())
            missed += [(person, r) for i, r in enumerate(person.roles) if i not in got]
        self.scores["roles"] = Score(tp, len(extra), len(missed))
        self.mismatches += [
            Mismatch("roles", "extra", f"{_show_value(r)} ({person.name.name})")
            for person, r in extra
        ]
        self.mismatches += [
            Mismatch("roles", "missed", f"{_show_value(r)} ({person.name.name})")
            for person, r in missed
        ]


def score(predicted: FactSet, gold: FactSet) -> Evaluation:
    """Compare predicted facts with gold facts by the gold-format matching rules."""
    s = _Scorer()

    def by_name(p: PersonItem | OrganizationItem, g: PersonItem | OrganizationItem) -> bool:
        return p.name.matches(g.name)

    def exact_name(p: PersonItem | OrganizationItem, g: PersonItem | OrganizationItem) -> float:
        return float(normalise_name(p.name.name) == normalise_name(g.name.name))

    pp, gp = predicted.persons, gold.persons
    pairs = s.main("persons", pp, gp, by_name, exact_name)
    s.roles(pp, gp, pairs)
    s.main("organizations", predicted.organizations, gold.organizations, by_name, exact_name)

    pm, gm = predicted.meetings, gold.meetings

    def meeting_quality(p: MeetingItem, g: MeetingItem) -> float:
        place = p.place is not None and g.place is not None and p.place.matches(g.place)
        return _count_matched(p.participants, g.participants) + place + (p.date == g.date)

    pairs = s.main("meetings", pm, gm, _meeting_ok, meeting_quality)
    s.judge("meetings", pm, pairs.__contains__)
    s.attribute("meeting_dates", pm, gm, pairs, lambda m: m.date, str.__eq__)
    s.attribute("meeting_places", pm, gm, pairs, lambda m: m.place, Name.matches)

    pq, gq = predicted.quotes, gold.quotes

    def quote_quality(p: QuoteItem, g: QuoteItem) -> float:
        exact = normalise_quote(p.text) == normalise_quote(g.text)
        return 2 * exact + p.speaker.matches(g.speaker)

    pairs = s.main("quotes", pq, gq, lambda p, g: _quotes_match(p.text, g.text), quote_quality)
    s.judge("quotes", pq, lambda i: i in pairs and pq[i].speaker.matches(gq[pairs[i]].speaker))
    s.attribute("quote_speakers", pq, gq, pairs, lambda q: q.speaker, Name.matches)
    s.attribute("quote_chains", pq, gq, pairs, lambda q: q.reported_by, _same_chain)

    ps, gs = predicted.statements, gold.statements

    def statement_quality(p: StatementItem, g: StatementItem) -> float:
        return _same_text(p.kind, g.kind) + (p.date == g.date) + (p.evidence == g.evidence)

    pairs = s.main("statements", ps, gs, lambda p, g: p.issuer.matches(g.issuer), statement_quality)
    s.judge("statements", ps, pairs.__contains__)
    s.attribute("statement_kinds", ps, gs, pairs, lambda x: x.kind, _same_text)
    s.attribute("statement_dates", ps, gs, pairs, lambda x: x.date, str.__eq__)

    pa, ga = predicted.agreements, gold.agreements

    def agreement_quality(p: AgreementItem, g: AgreementItem) -> float:
        return (
            _count_matched(p.parties, g.parties)
            + _same_text(p.kind, g.kind)
            + (p.date == g.date)
            + (p.duration == g.duration)
        )

    pairs = s.main(
        "agreements",
        pa,
        ga,
        lambda p, g: _count_matched(p.parties, g.parties) >= 2,
        agreement_quality,
    )
    s.judge("agreements", pa, pairs.__contains__)
    s.attribute("agreement_kinds", pa, ga, pairs, lambda x: x.kind, _same_text)
    s.attribute("agreement_dates", pa, ga, pairs, lambda x: x.date, str.__eq__)
    s.attribute(
        "agreement_durations",
        pa,
        ga,
        pairs,
        lambda x: x.duration,
        lambda a, b: a.upper() == b.upper(),
    )

    pc, gc = predicted.accusations, gold.accusations

    def accusation_quality(p: AccusationItem, g: AccusationItem) -> float:
        return (p.hedged == g.hedged) + _same_text(p.about, g.about) + (p.evidence == g.evidence)

    pairs = s.main(
        "accusations",
        pc,
        gc,
        lambda p, g: p.accuser.matches(g.accuser) and p.accused.matches(g.accused),
        accusation_quality,
    )
    s.judge("accusations", pc, pairs.__contains__)
    s.attribute("accusation_hedges", pc, gc, pairs, lambda x: x.hedged, bool.__eq__)
    return Evaluation({k: s.scores[k] for k in KINDS}, tuple(s.mismatches), tuple(s.judged))


# --------------------------------------------------------------------------
# Articles and folders
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class ArticleEvaluation:
    """One article scored against its gold file."""

    article: Path
    gold: Path
    source: str  # "extractor" or the annotation file scored
    evaluation: Evaluation


@dataclass(frozen=True)
class EvaluationRun:
    """Several articles scored; ``total`` sums their counts (micro over articles too)."""

    articles: tuple[ArticleEvaluation, ...]
    total: Evaluation = field(default_factory=lambda: Evaluation({k: Score() for k in KINDS}))


def gold_path_for(article: Path) -> Path:
    """Where an article's gold file is expected: ``NAME.gold.json`` beside ``NAME.txt``."""
    return article.parent / f"{article.name.removesuffix('.txt')}.gold.json"


def _draft(
    text: str,
    *,
    article_id: str,
    published: dt.date,
    publisher: str,
    registry: Registry | None,
    min_confidence: float = 0.0,
) -> Annotation:
    try:
        from diplokg.extract import (  # type: ignore[import-untyped, unused-ignore]
            extract_annotation,
        )
    except ModuleNotFoundError as exc:
        if exc.name != "diplokg.extract":
            raise
        raise UsageError(
            "the extractor (diplokg.extract) is not available; "
            "score a given annotation with --annotation FILE"
        ) from None
    draft = extract_annotation(
        text,
        article_id=article_id,
        published=published,
        publisher=publisher,
        registry=registry,
        min_confidence=min_confidence,
    )
    annotation: Annotation = draft.annotation
    return annotation


def evaluate_article(
    article: Path,
    *,
    gold: Path | None = None,
    annotation: Path | None = None,
    registry: Path | None = None,
    min_confidence: float = 0.0,
) -> ArticleEvaluation:
    """Score one article against its gold file (default ``NAME.gold.json`` beside it).

    Without ``annotation`` the extractor drafts one from the text. The
    publication day and publisher come from ``NAME.meta.yaml`` beside the
    article, else from the gold file; the registry is ``registry``, else
    ``entities.yaml`` beside the article, else none. ``min_confidence`` leaves the
    draft's less confident facts out.
    """
    gold_file = gold or gold_path_for(article)
    if not gold_file.is_file():
        raise InputError(
            f"no gold file for this article: expected {gold_file.name} beside it, or --gold FILE",
            path=article,
        )
    text = read_text(article, what="article")
    truth = load_gold(gold_file)
    sources = article_sources(article, registry=registry)
    reg = load_registry(sources.registry) if sources.registry else None
    if sources.metadata is not None:
        meta = load_metadata(sources.metadata)
        published, publisher = meta.published, meta.publisher
    else:
        published, publisher = truth.published, truth.publisher
    if annotation is not None:
        ann = load_annotation(annotation)
        source = str(annotation)
    else:
        ann = _draft(
            text,
            article_id=sources.article_id,
            published=published,
            publisher=publisher,
            registry=reg,
            min_confidence=min_confidence,
        )
        source = "extractor"
    predicted = predict(ann, text=text, published=published, registry=reg)
    return ArticleEvaluation(article, gold_file, source, score(predicted, truth.facts))


def evaluate_paths(
    paths: Sequence[Path],
    *,
    gold: Path | None = None,
    annotation: Path | None = None,
    curated: bool = False,
    registry: Path | None = None,
    min_confidence: float = 0.0,
) -> EvaluationRun:
    """Score articles and folders of articles against their gold files.

    A folder stands for every ``NAME.txt`` in it that has ``NAME.gold.json``
    beside it (an error when none has). ``gold`` and ``annotation`` name the
    files for a single article; ``curated`` scores the ``NAME.ann.yaml`` beside
    each article instead of the extractor's draft.
    """
    if curated and annotation is not None:
        raise UsageError("give either --annotation FILE or --curated, not both")
    articles: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.glob("*.txt") if gold_path_for(p).is_file())
            if not found:
                raise InputError("no NAME.txt with a NAME.gold.json beside it here", path=path)
            articles += found
        elif path.is_file():
            articles.append(path)
        else:
            raise InputError("no such file or folder", path=path)
    if (gold is not None or annotation is not None) and len(articles) != 1:
        option = "--gold" if gold is not None else "--annotation"
        raise UsageError(f"{option} names the file of one article, but {len(articles)} were given")
    results = []
    for article in articles:
        ann = annotation
        if curated:
            ann = article_sources(article).annotation
            if ann is None:
                raise InputError(
                    f"no curated annotation: expected {article.name.removesuffix('.txt')}"
                    ".ann.yaml beside the article",
                    path=article,
                )
        results.append(
            evaluate_article(
                article,
                gold=gold,
                annotation=ann,
                registry=registry,
                min_confidence=min_confidence,
            )
        )
    total = Evaluation({k: Score() for k in KINDS})
    for result in results:
        total += result.evaluation
    return EvaluationRun(tuple(results), total)


def dev_set_micro_f1(folder: Path, *, registry: Path | None = None) -> float:
    """Micro-F1 of the extractor over a folder of articles with gold files (the dev set)."""
    return evaluate_paths([folder], registry=registry).total.micro.f1


# --------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------


def _score_json(s: Score) -> dict[str, Any]:
    return {
        "tp": s.tp,
        "fp": s.fp,
        "fn": s.fn,
        "precision": round(s.precision, 4),
        "recall": round(s.recall, 4),
        "f1": round(s.f1, 4),
    }


def _evaluation_json(e: Evaluation, *, errors: bool) -> dict[str, Any]:
    out: dict[str, Any] = {
        "kinds": {k: _score_json(e.scores[k]) for k in KINDS},
        "micro": _score_json(e.micro),
    }
    if e.judged:
        out["calibration"] = [
            {
                "confidence": [b.low, min(b.high, 1.0)],
                "facts": b.facts,
                "right": b.right,
                "precision": round(b.precision, 4),
            }
            for b in calibration(e.judged)
        ]
    if errors:
        out["mismatches"] = [{"kind": m.kind, "side": m.side, "item": m.item} for m in e.mismatches]
    return out


def run_to_json(run: EvaluationRun, *, errors: bool = False) -> str:
    """The run as JSON: per article and in total, every kind's counts and P/R/F1."""
    data = {
        "articles": [
            {
                "article": str(a.article),
                "gold": str(a.gold),
                "source": a.source,
                **_evaluation_json(a.evaluation, errors=errors),
            }
            for a in run.articles
        ],
        "total": _evaluation_json(run.total, errors=False),
    }
    return json.dumps(data, indent=2, ensure_ascii=False)


def _table(e: Evaluation) -> list[str]:
    header = f"{'kind':<22}{'tp':>5}{'fp':>5}{'fn':>5}{'precision':>11}{'recall':>8}{'f1':>7}"
    lines = [header, "-" * len(header)]

    def row(label: str, s: Score) -> str:
        return (
            f"{label:<22}{s.tp:>5}{s.fp:>5}{s.fn:>5}"
            f"{s.precision:>11.3f}{s.recall:>8.3f}{s.f1:>7.3f}"
        )

    for kind in KINDS:
        label = kind if kind in MAIN_KINDS else f"  {kind}"
        lines.append(row(label, e.scores[kind]))
    lines.append("-" * len(header))
    lines.append(row("micro (7 kinds)", e.micro))
    return lines


def format_evaluation(run: EvaluationRun, *, errors: bool = False) -> str:
    """A plain-text report: one line per article, then the table of the total.

    With ``errors``, each article's false positives (``extra``) and false
    negatives (``missed``) are listed under it.
    """
    lines: list[str] = []
    for a in run.articles:
        m = a.evaluation.micro
        lines.append(
            f"{a.article}: micro P {m.precision:.3f} R {m.recall:.3f} F1 {m.f1:.3f} "
            f"(gold {a.gold.name}, {a.source})"
        )
        if errors:
            lines += [f"  {mismatch}" for mismatch in a.evaluation.mismatches]
    if len(run.articles) > 1 or lines:
        lines.append("")
    lines += _table(run.total)
    if run.total.judged:
        lines += ["", *_calibration_table(run.total.judged)]
    return "\n".join(lines) + "\n"


def _calibration_table(judged: Sequence[Judged]) -> list[str]:
    """Precision of the drafted facts (roles, meetings, quotes with their speaker,
    statements, agreements, accusations) per confidence band."""
    header = f"{'confidence':<22}{'facts':>7}{'right':>7}{'precision':>11}"
    lines = [header, "-" * len(header)]
    for b in calibration(judged):
        label = f"{b.low:.1f}-{min(b.high, 1.0):.1f}"
        lines.append(f"{label:<22}{b.facts:>7}{b.right:>7}{b.precision:>11.3f}")
    lines.append("-" * len(header))
    for b in calibration(judged, at_least=0.8):
        lines.append(f"{'>= 0.8':<22}{b.facts:>7}{b.right:>7}{b.precision:>11.3f}")
    return lines
