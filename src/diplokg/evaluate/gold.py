"""Gold files (``NAME.gold.json``): read, checked against the article text."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from diplokg.errors import InputError
from diplokg.evaluate.items import (
    DAY,
    MAIN_KINDS,
    ORGANIZATION_KINDS,
    AccusationItem,
    AgreementItem,
    FactSet,
    Gold,
    MeetingItem,
    Name,
    OrganizationItem,
    PersonItem,
    QuoteItem,
    RelativeDate,
    RoleClaim,
    StatementItem,
    normalise_name,
)
from diplokg.model.annotation import (
    DURATION_PATTERN,
)
from diplokg.model.dates import resolve
from diplokg.model.limits import YEARS, load_json, shown, year_ok
from diplokg.model.yamlsrc import read_text

__all__ = ["check_gold", "gold_from_json", "load_gold"]


_STATEMENT_KINDS = ("communique", "statement", "declaration", "report")
_DAY_OR_MONTH = re.compile(r"^[0-9]{4}-[0-9]{2}(-[0-9]{2})?\Z")


class _GoldReader:
    """Checks a gold file's JSON against gold-format.md, naming the JSON path of errors."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.forms: dict[str, frozenset[str]] = {}
        #: Each listed name under the matching rule: where it was listed first, and how.
        self.names: dict[str, tuple[str, str]] = {}
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

    def entity(self, item: Any, where: str, third: str) -> tuple[Mapping[str, Any], str]:
        """A listed person or organisation (name, aliases, ``third``): its forms recorded."""
        e = self.mapping(item, where, required=("name", "aliases", third))
        name = self.req_text(e["name"], f"{where}.name")
        aliases = self.texts(e["aliases"], f"{where}.aliases")
        self.aliases.extend((f"{where}.aliases", a) for a in aliases)
        if name in self.forms:
            raise self.error(f"{where}.name", f"{shown(name)} is listed twice")
        # Names that match alike are one entity to the scorer: listed twice, one of them
        # could never be matched, a false negative for every extractor.
        first = self.names.setdefault(normalise_name(name), (f"{where}.name", name))
        if first[1] != name:
            raise self.error(
                f"{where}.name",
                f"{shown(name)} is listed twice: it is {first[0]} {shown(first[1])} under "
                "the matching rule (case, accents, punctuation and character width ignored); "
                "list it once, with the other spelling among its aliases",
            )
        self.forms[name] = self.entity_forms(name, aliases)
        return e, name


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
        optional=("language", *MAIN_KINDS, "relative_dates"),
    )
    published_text = r.date(top["published"], "published", DAY, "YYYY-MM-DD")
    if published_text is None:
        raise r.error("published", "the publication day is required")
    publisher = r.req_text(top["publisher"], "publisher")
    language = r.req_text(top.get("language", "en"), "language")

    # Entities first: their aliases are the forms that fact names match by.
    raw_persons = []
    for where, item in r.items(top, "persons"):
        p, name = r.entity(item, where, "roles")
        raw_persons.append((where, name, p["roles"]))
    organizations = []
    for where, item in r.items(top, "organizations"):
        o, name = r.entity(item, where, "kind")
        kind = r.req_text(o["kind"], f"{where}.kind")
        if kind not in ORGANIZATION_KINDS:
            raise r.error(
                f"{where}.kind", f"{shown(kind)} is not one of {', '.join(ORGANIZATION_KINDS)}"
            )
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
                date=r.date(m["date"], f"{where}.date", DAY, "YYYY-MM-DD"),
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
                date=r.date(s["date"], f"{where}.date", DAY, "YYYY-MM-DD"),
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
                date=r.date(a["date"], f"{where}.date", DAY, "YYYY-MM-DD"),
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
        facts=FactSet.of(
            persons, organizations, meetings, quotes, statements, agreements, accusations
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
