"""Load the entity registry, article metadata and curated annotations.

Three YAML files describe an article (see README, "Annotation format"):

- the **entity registry** (``entities.yaml``, shared by all articles): one
  canonical name, type, aliases and Wikidata QID per person, organisation and
  place;
- the **metadata** (``NAME.meta.yaml``): publisher, publication date, language;
- the **annotation** (``NAME.ann.yaml``): the facts, each naming its evidence
  by the exact text of the article.

This module only reads and checks their shape, keeping the file, line and
column of every value so later errors can point at it. Finding evidence in the
text and checking references is :mod:`diplokg.rdf.convert`'s job.
"""

from __future__ import annotations

import calendar
import contextlib
import datetime as dt
import difflib
import os
import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, NotRequired, Protocol, TypedDict, Unpack

from diplokg.errors import AnnotationError, InputError, shown_url
from diplokg.model.limits import YEARS, shown, year_ok
from diplokg.model.yamlsrc import Src, YMap, YSeq, load_yaml

__all__ = [
    "DURATION_PATTERN",
    "ENTITY_TYPES",
    "KEY_PATTERN",
    "Absence",
    "Accusation",
    "Agreement",
    "Annotation",
    "ArticleInputs",
    "ArticleSources",
    "DateSpec",
    "DraftOptions",
    "Drafter",
    "EntityDef",
    "Event",
    "Fact",
    "FactRef",
    "Metadata",
    "Position",
    "Quote",
    "Ref",
    "Registry",
    "Selector",
    "Statement",
    "annotation_from_yaml",
    "article_sources",
    "draft_options",
    "find_articles",
    "load_annotation",
    "load_metadata",
    "load_registry",
    "parse_day",
    "refuse_link_outside",
    "refuse_unreadable",
    "unique_paths",
    "without_selector_at",
]

#: Entity types of the registry, with the ontology class local name of each.
ENTITY_TYPES: Mapping[str, str] = {
    "person": "Person",
    "diplomat": "Diplomat",
    "state": "State",
    "intergovernmental": "IntergovernmentalOrganization",
    "alliance": "Alliance",
    "government-body": "GovernmentBody",
    "party": "PoliticalParty",
    "company": "Company",
    "media": "NewsOrganization",
    "group": "Group",
    "place": "Place",
}

EVENT_KINDS = ("meeting", "conference", "summit", "visit")
EVENT_STATUSES = ("held", "planned", "cancelled")
POSITION_STATUSES = ("current", "former")
STATEMENT_KINDS = ("statement", "communique", "report", "declaration")
AGREEMENT_STATUSES = ("agreed", "signed")
ACCUSATION_KINDS = ("accusation", "criticism")
FACTUALITIES = ("asserted", "hedged", "negated")

#: An entity key or fact id: lower-case words of letters and digits joined by "-". The one
#: definition, for the loader, the writer (:mod:`diplokg.model.annotation_yaml`) and the extractor.
KEY_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*\Z")
_QID = re.compile(r"^Q[1-9][0-9]*\Z")
_YEAR_MONTH = re.compile(r"^[0-9]{4}-(0[1-9]|1[0-2])\Z")
#: An ISO 8601 duration such as P3Y or P6M (an agreement's 'duration', here and in gold files).
DURATION_PATTERN = re.compile(
    r"^P(?!\Z)([0-9]+Y)?([0-9]+M)?([0-9]+W)?([0-9]+D)?(T(?=[0-9])([0-9]+H)?([0-9]+M)?([0-9]+S)?)?\Z"
)
_LANG = re.compile(r"^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*\Z")


# --------------------------------------------------------------------------
# Data
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Selector:
    """Names a stretch of the article by its exact text.

    ``occurrence`` picks among repeats (1-based; a tuple picks several, ``"all"``
    every one); ``prefix`` requires the text to follow these characters.
    """

    text: str
    src: Src
    occurrence: int | tuple[int, ...] | Literal["all"] | None = None
    prefix: str | None = None


@dataclass(frozen=True)
class DateSpec:
    """A date given as ISO ``YYYY-MM-DD`` / ``YYYY-MM``, or as a phrase of the article."""

    src: Src
    value: str | None = None
    phrase: Selector | None = None


@dataclass(frozen=True)
class Ref:
    """A reference to an entity (registry key or article-local key)."""

    key: str
    src: Src


@dataclass(frozen=True)
class FactRef:
    """A reference to another fact of the same annotation, by id."""

    id: str
    src: Src


@dataclass(frozen=True)
class EntityDef:
    """A person, organisation or place, from the registry or an annotation."""

    key: str
    name: str
    type: str
    src: Src
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    capital: Ref | None = None
    country: Ref | None = None
    description: str | None = None
    local: bool = False


@dataclass(frozen=True)
class Registry:
    """The shared entity registry."""

    entities: Mapping[str, EntityDef]
    path: Path | None = None

    def lookup(self, name: str) -> list[EntityDef]:
        """Entities whose key, name or alias equals ``name`` (case-insensitive)."""
        folded = name.casefold()
        return [
            e
            for e in self.entities.values()
            if folded in {e.key, e.name.casefold(), *(a.casefold() for a in e.aliases)}
        ]


@dataclass(frozen=True)
class Metadata:
    """An article's metadata."""

    path: Path | None
    publisher: str
    published: dt.date
    language: str
    src: Src
    translated_from: str | None = None
    machine_translated: bool = False
    title: str | None = None
    url: str | None = None


@dataclass(frozen=True, kw_only=True)
class Fact:
    """Fields every annotated fact has."""

    id: str
    src: Src
    evidence: tuple[Selector, ...] = ()
    reported_by: tuple[Ref, ...] = ()
    note: str | None = None
    #: For drafted facts: how sure the extractor is (0–1) and the rule that produced it.
    confidence: float | None = None
    rule: str | None = None


@dataclass(frozen=True, kw_only=True)
class Position(Fact):
    """A person holding a role in an organisation."""

    holder: Ref
    role: str
    organization: Ref
    status: str
    predecessor: FactRef | None = None


@dataclass(frozen=True, kw_only=True)
class Event(Fact):
    """A meeting, conference, summit or visit."""

    kind: str
    status: str
    label: str | None = None
    participants: tuple[Ref, ...] = ()
    organizer: Ref | None = None
    visitor: Ref | None = None
    host: Ref | None = None
    place: Ref | None = None
    occasion: FactRef | None = None
    date: DateSpec | None = None
    not_before: DateSpec | None = None
    not_after: DateSpec | None = None
    topic: str | None = None
    before: tuple[FactRef, ...] = ()
    after: tuple[FactRef, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Absence(Fact):
    """Someone expected at an event who did not attend it."""

    absentee: Ref
    event: FactRef
    reason: str | None = None
    reason_factuality: str = "asserted"


@dataclass(frozen=True, kw_only=True)
class Statement(Fact):
    """A statement, communiqué, report or declaration."""

    kind: str
    issuers: tuple[Ref, ...]
    issued_at: FactRef | None = None
    concerns: FactRef | None = None
    adopter_count: int | None = None
    summary: str | None = None
    date: DateSpec | None = None


@dataclass(frozen=True, kw_only=True)
class Quote(Fact):
    """A direct quotation and whose words it is."""

    speaker: Ref
    text: Selector
    statement: FactRef | None = None
    date: DateSpec | None = None


@dataclass(frozen=True, kw_only=True)
class Agreement(Fact):
    """An agreement between parties."""

    parties: tuple[Ref, ...]
    kind: str
    status: str
    duration: str | None = None
    purpose: str | None = None
    date: DateSpec | None = None


@dataclass(frozen=True, kw_only=True)
class Accusation(Fact):
    """An accusation or criticism (one per accused)."""

    kind: str
    accused: Ref
    about: str
    factuality: str
    accuser: Ref | None = None
    made_in: FactRef | None = None
    date: DateSpec | None = None


@dataclass(frozen=True)
class Annotation:
    """A curated (or drafted) annotation of one article."""

    path: Path | None
    entities: Mapping[str, EntityDef] = field(default_factory=dict)
    mentions: Mapping[str, tuple[Selector, ...]] = field(default_factory=dict)
    mention_src: Mapping[str, Src] = field(default_factory=dict)
    positions: tuple[Position, ...] = ()
    events: tuple[Event, ...] = ()
    absences: tuple[Absence, ...] = ()
    statements: tuple[Statement, ...] = ()
    quotes: tuple[Quote, ...] = ()
    agreements: tuple[Agreement, ...] = ()
    accusations: tuple[Accusation, ...] = ()

    def facts(self) -> tuple[Fact, ...]:
        """Every fact, in section order."""
        return (
            *self.positions,
            *self.events,
            *self.absences,
            *self.statements,
            *self.quotes,
            *self.agreements,
            *self.accusations,
        )


# --------------------------------------------------------------------------
# Field reading with positions
# --------------------------------------------------------------------------


class _Fields:
    """Typed, position-aware access to one YAML mapping; rejects unknown keys."""

    def __init__(self, data: Any, src: Src, what: str) -> None:
        if not isinstance(data, YMap):
            raise src.error(f"{what} must be a mapping of keys to values")
        self.data = data
        self.what = what
        self.used: set[str] = set()

    def at(self, key: str) -> Src:
        return self.data.at(key)

    def has(self, key: str) -> bool:
        return key in self.data

    def raw(self, key: str) -> Any:
        self.used.add(key)
        return self.data.get(key)

    def missing(self, key: str) -> AnnotationError:
        return self.data.src.error(f"{self.what} needs '{key}'")

    def text(self, key: str, *, required: bool = False) -> str | None:
        self.used.add(key)
        value = self.data.get(key)
        if type(value) is str:  # (the usual case, first)
            text = value.strip()
            if text:
                bad = _CONTROL.search(text)
                if bad is not None:  # NUL breaks Graphviz and XML; ESC acts on terminals
                    raise self.at(key).error(
                        f"'{key}' of {self.what} contains the control character "
                        f"U+{ord(bad[0]):04X}; write printable text (line breaks and tabs may stay)"
                    )
                return text
        if value is None:
            if required:
                raise self.missing(key)
            return None
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise self.at(key).error(f"'{key}' of {self.what} must be text")
        text = str(value).strip()
        if not text:
            raise self.at(key).error(f"'{key}' of {self.what} must not be empty")
        return text

    def req_text(self, key: str) -> str:
        value = self.text(key, required=True)
        assert value is not None  # noqa: S101 - guaranteed by required=True
        return value

    def enum(self, key: str, choices: tuple[str, ...], *, default: str | None = None) -> str:
        value = self.text(key, required=default is None)
        if value is None:
            assert default is not None  # noqa: S101
            return default
        if value not in choices:
            raise self.at(key).error(
                f"'{key}' of {self.what} is {shown(value)}; expected one of: {', '.join(choices)}"
            )
        return value

    def count(self, key: str) -> int | None:
        value = self.raw(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise self.at(key).error(f"'{key}' of {self.what} must be a whole number ≥ 0")
        return value

    def flag(self, key: str, *, default: bool) -> bool:
        value = self.raw(key)
        if value is None:
            return default
        if not isinstance(value, bool):
            raise self.at(key).error(f"'{key}' of {self.what} must be true or false")
        return value

    def key(self, key: str, *, required: bool = False) -> Ref | None:
        value = self.raw(key)
        if type(value) is str and _is_key(value):  # (the usual case, without a message)
            return Ref(value, self.at(key))
        if value is None:
            if required:
                raise self.missing(key)
            return None
        return _ref(value, self.at(key), f"'{key}' of {self.what}")

    def req_key(self, key: str) -> Ref:
        ref = self.key(key, required=True)
        assert ref is not None  # noqa: S101
        return ref

    def keys(self, key: str, *, min_count: int = 0) -> tuple[Ref, ...]:
        value = self.raw(key)
        if value is None:
            if min_count:
                raise self.missing(key)
            return ()
        if isinstance(value, YSeq):
            where = value.item_src
            refs = tuple(
                Ref(v, where[i])
                if type(v) is str and _is_key(v)  # (the usual case, without a message)
                else _ref(v, value.at(i), f"item {i + 1} of '{key}'")
                for i, v in enumerate(value)
            )
        elif type(value) is str and _is_key(value):
            refs = (Ref(value, self.at(key)),)
        else:
            refs = (_ref(value, self.at(key), f"'{key}' of {self.what}"),)
        if len(refs) < min_count:
            raise self.at(key).error(f"'{key}' of {self.what} needs at least {min_count} entries")
        return refs

    def fact(self, key: str) -> FactRef | None:
        ref = self.key(key)
        return FactRef(ref.key, ref.src) if ref else None

    def facts(self, key: str) -> tuple[FactRef, ...]:
        return tuple(FactRef(r.key, r.src) for r in self.keys(key))

    def selector(self, key: str, *, required: bool = False) -> Selector | None:
        value = self.raw(key)
        if value is None:
            if required:
                raise self.missing(key)
            return None
        return _selector(value, self.at(key), f"'{key}' of {self.what}")

    def selectors(self, key: str) -> tuple[Selector, ...]:
        value = self.raw(key)
        if value is None:
            return ()
        if isinstance(value, YSeq):
            where = value.item_src
            return tuple(
                Selector(v, where[i])
                if type(v) is str and v.strip()  # (the usual case, without a message)
                else _selector(v, value.at(i), f"item {i + 1} of '{key}'")
                for i, v in enumerate(value)
            )
        return (_selector(value, self.at(key), f"'{key}' of {self.what}"),)

    def date(self, key: str) -> DateSpec | None:
        value = self.raw(key)
        if value is None:
            return None
        src = self.at(key)
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            _check_year(value.year, src, f"'{key}' of {self.what}")
            return DateSpec(src, value=value.isoformat())
        if isinstance(value, str):
            if _YEAR_MONTH.match(value):
                _check_year(int(value[:4]), src, f"'{key}' of {self.what}")
                return DateSpec(src, value=value)
            try:
                day = iso_day(value)
            except ValueError:
                raise src.error(
                    _no_day(
                        value,
                        f"'{key}' of {self.what}",
                        expected="write a date as YYYY-MM-DD or YYYY-MM, or name the "
                        "article's words as {text: …}",
                    )
                ) from None
            _check_year(day.year, src, f"'{key}' of {self.what}")
            return DateSpec(src, value=day.isoformat())
        if isinstance(value, YMap):
            return DateSpec(src, phrase=_selector(value, src, f"'{key}' of {self.what}"))
        raise src.error(f"'{key}' of {self.what} must be a date (YYYY-MM-DD) or {{text: …}}")

    def done(self) -> None:
        unknown = [k for k in self.data if k not in self.used]
        if unknown:
            k = unknown[0]
            close = difflib.get_close_matches(str(k), sorted(self.used), n=1)
            hint = (
                f"; did you mean '{close[0]}'?"
                if close
                else f"; known keys: {', '.join(sorted(self.used))}"
            )
            raise self.data.value_src[k].error(f"unknown key '{k}' in {self.what}{hint}")


def _ref(value: Any, src: Src, what: str) -> Ref:
    if type(value) is not str or not _is_key(value):
        raise src.error(
            f"{what} must be an id in lower-case words joined by '-' (like 'wang-yi'), "
            f"got {shown(value)}"
        )
    return Ref(value, src)


@lru_cache(maxsize=4096)  # the same keys recur, within an annotation and across them
def _is_key(value: str) -> bool:
    return KEY_PATTERN.match(value) is not None


def _selector(value: Any, src: Src, what: str) -> Selector:
    if type(value) is str and value.strip():  # (the usual case, first)
        return Selector(value, src)
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        text = str(value)
        if not text.strip():
            raise src.error(f"{what} must not be empty")
        return Selector(text, src)
    if isinstance(value, YMap):
        f = _Fields(value, src, what)
        raw_text = f.raw("text")
        if raw_text is None:
            raise f.missing("text")
        if not isinstance(raw_text, str | int | float) or not str(raw_text).strip():
            raise f.at("text").error(f"'text' of {what} must be non-empty text")
        occurrence = _occurrence(f.raw("occurrence"), f.at("occurrence"))
        prefix = f.raw("prefix")
        if prefix is not None and (not isinstance(prefix, str) or not prefix):
            raise f.at("prefix").error("'prefix' must be the non-empty text right before 'text'")
        f.done()
        return Selector(str(raw_text), src, occurrence=occurrence, prefix=prefix)
    raise src.error(f"{what} must be the article's exact text, or {{text: …, occurrence: N}}")


def _occurrence(value: Any, src: Src) -> int | tuple[int, ...] | Literal["all"] | None:
    if value is None:
        return None
    if value == "all":
        return "all"
    if isinstance(value, int) and not isinstance(value, bool) and value >= 1:
        return value
    if (
        isinstance(value, YSeq)
        and value
        and all(isinstance(v, int) and not isinstance(v, bool) and v >= 1 for v in value)
    ):
        return tuple(value)
    raise src.error("'occurrence' must be a number ≥ 1, a list of them, or 'all'")


def _section(data: YMap, name: str) -> YSeq:
    value = data.get(name)
    if value is None:
        return YSeq.empty(data.src)
    if not isinstance(value, YSeq):
        raise data.at(name).error(f"'{name}' must be a list")
    return value


def _fact_base(f: _Fields, *, needs_evidence: bool = True) -> dict[str, Any]:
    fid = f.key("id", required=True)
    assert fid is not None  # noqa: S101
    evidence = f.selectors("evidence")
    if needs_evidence and not evidence:
        raise f.data.src.error(
            f"{f.what} ('{fid.key}') needs 'evidence': the article text it was read from"
        )
    confidence = f.raw("confidence")
    if confidence is not None and (
        isinstance(confidence, bool)
        or not isinstance(confidence, int | float)
        or not 0 <= confidence <= 1
    ):
        raise f.at("confidence").error("'confidence' must be a number from 0 to 1")
    reported_by = f.keys("reported_by")
    _check_relays(reported_by, (), f"{f.what} ('{fid.key}')")
    return {
        "id": fid.key,
        "src": f.data.src,
        "evidence": evidence,
        "reported_by": reported_by,
        "note": f.text("note"),
        "confidence": float(confidence) if confidence is not None else None,
        "rule": f.text("rule"),
    }


def _check_relays(relays: tuple[Ref, ...], sources: tuple[Ref, ...], what: str) -> None:
    """A chain of relays passes through each medium once, and never through the one it
    quotes: ``reported_by: [afp, afp]`` or a quote of NATO relayed by NATO (a loop) was
    converted as a chain of steps that say nothing."""
    seen = {ref.key for ref in sources}
    for ref in relays:
        if ref.key in seen:
            own = any(ref.key == source.key for source in sources)
            why = "is also who is quoted" if own else "is named twice"
            raise ref.src.error(
                f"'reported_by' of {what}: '{ref.key}' {why}; a chain of relays names each "
                "medium once, nearest the speaker first, and not the speaker"
            )
        seen.add(ref.key)


# --------------------------------------------------------------------------
# Loaders
# --------------------------------------------------------------------------


_ENTITY_TYPE_NAMES = tuple(ENTITY_TYPES)


def _entity(key: Any, value: Any, src: Src, *, local: bool) -> EntityDef:
    if not isinstance(key, str) or not KEY_PATTERN.match(key):
        raise src.error(f"entity key {shown(key)} must be lower-case words joined by '-'")
    f = _Fields(value, src, f"entity '{key}'")
    etype = f.enum("type", _ENTITY_TYPE_NAMES)
    name = f.req_text("name")
    aliases_raw = f.raw("aliases")
    aliases: tuple[str, ...] = ()
    if aliases_raw is not None:
        if not isinstance(aliases_raw, YSeq) or not all(
            isinstance(a, str) and a.strip() for a in aliases_raw
        ):
            raise f.at("aliases").error(f"'aliases' of entity '{key}' must be a list of names")
        aliases = tuple(a.strip() for a in aliases_raw)
    for part, texts in (("name", [name]), ("aliases", aliases)):
        for text in texts:
            _one_line(text, f.at(part), f"'{part}' of entity '{key}'")
    wikidata = f.text("wikidata")
    if wikidata is not None and not _QID.match(wikidata):
        raise f.at("wikidata").error(f"'wikidata' of entity '{key}' must be a QID like Q148")
    capital = f.key("capital")
    country = f.key("country")
    if capital and etype != "state":
        raise f.at("capital").error("only a state has a 'capital'")
    if country and etype != "place":
        raise f.at("country").error("only a place has a 'country'")
    entity = EntityDef(
        key=key,
        name=name,
        type=etype,
        src=src,
        aliases=aliases,
        wikidata=wikidata,
        capital=capital,
        country=country,
        # A description is prose: it may run over several lines (HTML and RDF escape them).
        description=_one_line(
            f.text("description"),
            f.at("description"),
            f"'description' of entity '{key}'",
            allowed="\n\t",
        ),
        local=local,
    )
    f.done()
    return entity


#: Control characters no text field of an annotation or metadata file may hold (a tab and
#: a line break, LF or CRLF, may: notes and descriptions run over lines).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _one_line(text: str | None, src: Src, what: str, *, allowed: str = "") -> str | None:
    """``text`` if it holds no control characters (NUL, line breaks, escapes), else an error.

    Names go into RDF literals, HTML, Graphviz labels and terminals: one line of
    printable text each. ``allowed`` names the control characters a field may hold
    all the same (a description's line breaks).
    """
    if text is not None:
        bad = next(
            (
                ch
                for ch in text
                if unicodedata.category(ch) in ("Cc", "Zl", "Zp") and ch not in allowed
            ),
            None,
        )
        if bad is not None:
            raise src.error(
                f"{what} contains the control character U+{ord(bad):04X}; write it on one line "
                "of printable text"
            )
    return text


def _entities(data: Any, src: Src, *, local: bool) -> dict[str, EntityDef]:
    if data is None:
        return {}
    if not isinstance(data, YMap):
        raise src.error("'entities' must be a mapping of keys to entities")
    return {k: _entity(k, v, data.at(k), local=local) for k, v in data.items()}


def load_registry(path: Path, *, content: str | None = None) -> Registry:
    """Load the shared entity registry (``entities.yaml``).

    ``content``, when given, is the registry's YAML; ``path`` then only names it.
    """
    data = load_yaml(path, what="entity registry", text=content)
    f = _Fields(data, data.src, "the entity registry")
    entities = _entities(f.raw("entities"), f.at("entities"), local=False)
    f.done()
    for entity in entities.values():
        for ref, wanted in ((entity.capital, "place"), (entity.country, "state")):
            if ref is None:
                continue
            if ref.key not in entities:
                raise ref.src.error(f"unknown entity '{ref.key}': add it to the registry")
            if entities[ref.key].type != wanted:
                raise ref.src.error(
                    f"'{ref.key}' is a {entities[ref.key].type}, but a {wanted} is needed here"
                )
    return Registry(entities=entities, path=path)


def load_metadata(path: Path, *, content: str | None = None) -> Metadata:
    """Load an article's metadata (``NAME.meta.yaml``).

    ``content``, when given, is the metadata's YAML; ``path`` then only names it.
    """
    data = load_yaml(path, what="article metadata", text=content)
    f = _Fields(data, data.src, "the article metadata")
    raw_date = f.raw("published")
    if raw_date is None:
        raise f.missing("published")
    published = _parse_day(raw_date, f.at("published"), "'published'")
    language = f.text("language") or "en"
    if not _LANG.match(language):
        raise f.at("language").error("'language' must be a language tag like 'en' or 'pt-PT'")
    translated_from = f.text("translated_from")
    if translated_from is not None and not _LANG.match(translated_from):
        raise f.at("translated_from").error("'translated_from' must be a language tag like 'pt'")
    meta = Metadata(
        path=path,
        publisher=str(_one_line(f.req_text("publisher"), f.at("publisher"), "'publisher'")),
        published=published,
        language=language,
        src=f.at("publisher"),
        translated_from=translated_from,
        machine_translated=f.flag("machine_translated", default=False),
        title=_one_line(f.text("title"), f.at("title"), "'title'"),
        url=_web_url(f.text("url"), f.at("url")),
    )
    f.done()
    return meta


def _web_url(url: str | None, src: Src) -> str | None:
    """The article's source ``url``, which must be an http(s) address (it becomes a link)."""
    if url is None:
        return None
    scheme, _, rest = url.partition(":")
    if scheme.lower() not in ("http", "https") or not rest.startswith("//") or len(rest) < 3:
        raise src.error(
            f"'url' is {shown(url)}: write the article's web address, starting with "
            "http:// or https:// (other schemes such as javascript: are refused)"
        )
    if any(ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf") for ch in url):
        # (Cf: a bidi override or zero-width space would make the link read as another)
        raise src.error(
            f"'url' is {shown(url)}: a web address has no spaces, control or invisible characters"
        )
    # The authority (between "//" and the first "/", "?" or "#") cut by hand, not by
    # urllib's urlsplit: that raises on a malformed IPv6 bracket, which here is only
    # the user's typo to pass on, not a reason to refuse the address.
    if "@" in rest[2:].split("/", 1)[0].split("?", 1)[0].split("#", 1)[0]:
        # The address is published (the graph, the review page): a password in it is not
        raise src.error(
            f"'url' is {shown(shown_url(url))}: write the article's public address, "
            "without a user name or password before '@'"
        )
    return url


#: The longest file name (in bytes) of the usual file systems (ext4, XFS, APFS, NTFS).
_NAME_MAX = 255
#: The longest name diplokg gives a file of an article, after its NAME (extract's drafts).
_LONGEST_SIDE_FILE = ".draft.ann.yaml"

#: A day written as ``YYYY-MM-DD`` (any number of year digits), valid or not.
_DAY_SHAPE = re.compile(r"\s*([0-9]{1,12})-([0-9]{1,2})-([0-9]{1,2})\s*\Z")


_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")


def iso_day(text: str) -> dt.date:
    """The day ``YYYY-MM-DD`` names, or :class:`ValueError`.

    Only that form: Python's ``date.fromisoformat`` also takes an ISO week
    (``2023-W28`` is Monday 10 July, a day picked for the writer) and the basic form
    ``20230714``; relative dates resolved against a week's Monday, without a word.
    """
    if not _ISO_DAY.match(text):
        raise ValueError(f"not YYYY-MM-DD: {text!r}")
    return dt.date.fromisoformat(text)


def _no_day(value: object, what: str, *, expected: str = "write the day as YYYY-MM-DD") -> str:
    """Why ``value`` is no day (for :func:`_parse_day`, :func:`parse_day`, ``_Fields.date``).

    A value written as a day but naming none ('2023-02-30', '2023-13-01', year 99999)
    was told to be written as YYYY-MM-DD, which it was.
    """
    shape = _DAY_SHAPE.match(value) if isinstance(value, str) else None
    if shape is None:
        return f"{what} is {shown(value)}: {expected}"
    year, month, day = (int(part) for part in shape.groups())
    if not year_ok(year):
        return f"{what} is in the year {year}: diplokg takes dates of {YEARS}"
    if not 1 <= month <= 12:
        return f"{what} is {shown(value)}: there is no month {month}"
    days = calendar.monthrange(year, month)[1]
    if 1 <= day <= days:  # a real day, written otherwise ('2024-3-7')
        return f"{what} is {shown(value)}: {expected}"
    return (
        f"{what} is {shown(value)}, a day that does not exist: "
        f"{calendar.month_name[month]} {year} has {days} days"
    )


def _check_year(year: int, src: Src | None, what: str) -> None:
    if not year_ok(year):
        message = f"{what} is in the year {year}: diplokg takes dates of {YEARS}"
        raise src.error(message) if src else AnnotationError(message)


def _parse_day(value: Any, src: Src, what: str) -> dt.date:
    day: dt.date | None = None
    if isinstance(value, dt.datetime):
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    elif isinstance(value, str):
        with contextlib.suppress(ValueError):
            day = iso_day(value.strip())
    if day is None:
        raise src.error(_no_day(value, what))
    _check_year(day.year, src, what)
    return day


def parse_day(value: str, *, what: str) -> dt.date:
    """Parse a ``YYYY-MM-DD`` given on the command line."""
    try:
        day = iso_day(value.strip())
    except ValueError:
        raise AnnotationError(_no_day(value, what)) from None
    _check_year(day.year, None, what)
    return day


def load_annotation(path: Path, *, content: str | None = None) -> Annotation:
    """Load an article's annotation (``NAME.ann.yaml``) and check its shape.

    ``content``, when given, is the annotation's YAML (a draft in memory);
    ``path`` then only names it in positions and errors.
    """
    return annotation_from_yaml(load_yaml(path, what="annotation", text=content), path=path)


def annotation_from_yaml(data: YMap, *, path: Path | None) -> Annotation:
    """Check the shape of an annotation's YAML (as :func:`~diplokg.model.yamlsrc.load_yaml` gives
    it, with positions) and build the :class:`Annotation`.

    The one set of rules for an annotation: :func:`load_annotation` reads a file with
    it, and :func:`diplokg.model.annotation_yaml.write_annotation` the tree it writes.
    """
    top = _Fields(data, data.src, "the annotation")
    entities = _entities(top.raw("entities"), top.at("entities"), local=True)

    mentions: dict[str, tuple[Selector, ...]] = {}
    mention_src: dict[str, Src] = {}
    raw_mentions = top.raw("mentions")
    if raw_mentions is not None:
        if not isinstance(raw_mentions, YMap):
            raise top.at("mentions").error("'mentions' must map entity keys to lists of texts")
        for key, value in raw_mentions.items():
            src = raw_mentions.at(key)
            _ref(key, src, "a 'mentions' key")
            items = value if isinstance(value, YSeq) else None
            if items is None:
                mentions[key] = (_selector(value, src, f"mention of '{key}'"),)
            else:
                mentions[key] = tuple(
                    _selector(v, items.at(i), f"mention {i + 1} of '{key}'")
                    for i, v in enumerate(items)
                )
            mention_src[key] = src

    def each(section: str, what: str) -> list[_Fields]:
        seq = _section(data, section)
        top.used.add(section)
        return [_Fields(item, seq.at(i), f"{what} {i + 1}") for i, item in enumerate(seq)]

    annotation = Annotation(
        path=path,
        entities=entities,
        mentions=mentions,
        mention_src=mention_src,
        positions=tuple(map(_position, each("positions", "position"))),
        events=tuple(map(_event, each("events", "event"))),
        absences=tuple(map(_absence, each("absences", "absence"))),
        statements=tuple(map(_statement, each("statements", "statement"))),
        quotes=tuple(map(_quote, each("quotes", "quote"))),
        agreements=tuple(map(_agreement, each("agreements", "agreement"))),
        accusations=tuple(a for f in each("accusations", "accusation") for a in _accusations(f)),
    )
    top.done()
    seen: dict[str, Src] = {}
    for fact in annotation.facts():
        if fact.id in seen:
            raise fact.src.error(
                f"duplicate id '{fact.id}' (first used at line {seen[fact.id].line}); "
                "ids must be unique"
            )
        if fact.id in entities:
            raise fact.src.error(f"id '{fact.id}' is also an entity key; use another id")
        seen[fact.id] = fact.src
    return annotation


# --------------------------------------------------------------------------
# One reader per section: an item's fields, checked, as the fact they describe
# --------------------------------------------------------------------------


def _position(f: _Fields) -> Position:
    position = Position(
        **_fact_base(f),
        holder=f.req_key("holder"),
        role=f.req_text("role"),
        organization=f.req_key("organization"),
        status=f.enum("status", POSITION_STATUSES, default="current"),
        predecessor=f.fact("predecessor"),
    )
    f.done()
    return position


def _event(f: _Fields) -> Event:
    base = _fact_base(f)
    kind = f.enum("kind", EVENT_KINDS)
    event = Event(
        **base,
        kind=kind,
        status=f.enum("status", EVENT_STATUSES, default="held"),
        label=f.text("label"),
        participants=f.keys("participants"),
        organizer=f.key("organizer"),
        visitor=f.key("visitor", required=kind == "visit"),
        host=f.key("host"),
        place=f.key("place"),
        occasion=f.fact("occasion"),
        date=f.date("date"),
        not_before=f.date("not_before"),
        not_after=f.date("not_after"),
        topic=f.text("topic"),
        before=f.facts("before"),
        after=f.facts("after"),
    )
    f.done()
    if kind == "meeting" and len(event.participants) < 2:
        raise f.at("participants").error(
            "a meeting needs at least two participants: list them under 'participants'"
        )
    return event


def _absence(f: _Fields) -> Absence:
    base = _fact_base(f)
    event_ref = f.fact("event")
    if event_ref is None:
        raise f.missing("event")
    absence = Absence(
        **base,
        absentee=f.req_key("absentee"),
        event=event_ref,
        reason=f.text("reason"),
        reason_factuality=f.enum("reason_factuality", FACTUALITIES, default="asserted"),
    )
    f.done()
    return absence


def _statement(f: _Fields) -> Statement:
    base = _fact_base(f)
    issuers = f.keys("issuer", min_count=1)
    _check_relays(base["reported_by"], issuers, f"{f.what} ('{base['id']}')")
    statement = Statement(
        **base,
        kind=f.enum("kind", STATEMENT_KINDS),
        issuers=issuers,
        issued_at=f.fact("issued_at"),
        concerns=f.fact("concerns"),
        adopter_count=f.count("adopter_count"),
        summary=f.text("summary"),
        date=f.date("date"),
    )
    f.done()
    return statement


def _quote(f: _Fields) -> Quote:
    base = _fact_base(f, needs_evidence=False)
    text = f.selector("text", required=True)
    assert text is not None  # noqa: S101
    if text.occurrence in ("all",) or isinstance(text.occurrence, tuple):
        raise text.src.error(
            "a quote's 'text' names one stretch of the article: give one occurrence"
        )
    speaker = f.req_key("speaker")
    _check_relays(base["reported_by"], (speaker,), f"{f.what} ('{base['id']}')")
    quote = Quote(
        **base,
        speaker=speaker,
        text=text,
        statement=f.fact("statement"),
        date=f.date("date"),
    )
    f.done()
    return quote


def _agreement(f: _Fields) -> Agreement:
    base = _fact_base(f)
    duration = f.text("duration")
    if duration is not None and not DURATION_PATTERN.match(duration):
        raise f.at("duration").error(
            f"'duration' is {shown(duration)}: write an ISO 8601 duration such as P3Y or P6M"
        )
    agreement = Agreement(
        **base,
        parties=f.keys("parties", min_count=2),
        kind=f.req_text("kind"),
        status=f.enum("status", AGREEMENT_STATUSES, default="signed"),
        duration=duration,
        purpose=f.text("purpose"),
        date=f.date("date"),
    )
    f.done()
    return agreement


def _accusations(f: _Fields) -> list[Accusation]:
    """One accusation per accused (``<id>-<accused key>`` when there are several)."""
    base = _fact_base(f)
    kind = f.enum("kind", ACCUSATION_KINDS, default="accusation")
    accuser = f.key("accuser")
    accused = f.keys("accused", min_count=1)
    first = Accusation(
        **base,
        kind=kind,
        accuser=accuser,
        accused=accused[0],
        about=f.req_text("about"),
        factuality=f.enum("factuality", FACTUALITIES, default="asserted"),
        made_in=f.fact("made_in"),
        date=f.date("date"),
    )
    f.done()
    if len(accused) == 1:
        return [first]
    return [replace(first, id=f"{first.id}-{ref.key}", accused=ref) for ref in accused]


class DraftOptions(TypedDict):
    """What a :class:`Drafter` is told besides the text (the extractor's options)."""

    article_id: str
    published: dt.date
    publisher: NotRequired[str | None]
    registry: NotRequired[Registry | None]
    path: NotRequired[Path | None]
    min_confidence: NotRequired[float]


class Drafter(Protocol):
    """Drafts an annotation of an article that has no curated one.

    The layers that convert, validate or score an article take one as an option and
    never choose it themselves: :func:`diplokg.app.drafting.draft_annotation` (the extractor)
    is the application's choice.
    """

    def __call__(self, text: str, **options: Unpack[DraftOptions]) -> Annotation:
        """The draft annotation of ``text``."""
        ...


@dataclass(frozen=True, kw_only=True)
class ArticleInputs:
    """What a user names for one article besides its text (``convert``'s and ``render``'s
    ``--annotation``, ``--metadata``, ``--registry``, ``--published``, ``--publisher``).

    A file named here wins over the one found beside the article
    (:func:`article_sources`); a date or publisher wins over its metadata file.
    """

    annotation: Path | None = None
    metadata: Path | None = None
    registry: Path | None = None
    published: dt.date | None = None
    publisher: str | None = None


@dataclass(frozen=True)
class ArticleSources:
    """The files that describe one article."""

    text: Path
    article_id: str
    metadata: Path | None
    annotation: Path | None
    registry: Path | None


def refuse_link_outside(path: Path, folder: Path) -> None:
    """Refuse a file diplokg found itself that is a link leading out of its ``folder``.

    A repository of articles checked in CI is written by many hands: a link
    ``x.txt -> ~/.ssh/id_rsa`` (or ``x.ann.yaml -> /etc/shadow``) would put a file of
    the machine into the published graph, page or error message. Links inside the
    folder are followed; a file the user names on the command line is read as named.
    """
    if not path.is_symlink():
        return
    if not path.resolve().is_relative_to(folder.resolve()):
        raise InputError(
            f"is a link to a file outside {folder}; diplokg follows links only within "
            "the folder (copy the file in, or name it on the command line)",
            path=path,
        )


def article_sources(
    text: Path,
    *,
    annotation: Path | None = None,
    metadata: Path | None = None,
    registry: Path | None = None,
) -> ArticleSources:
    """Find the files beside an article: ``NAME.meta.yaml``, ``NAME.ann.yaml``, ``entities.yaml``.

    An explicit path wins; a missing default file is ``None``.
    """
    stem = text.name.removesuffix(".txt")
    if not stem.isprintable() and any("\udc80" <= ch <= "\udcff" for ch in stem):
        # A byte that is not UTF-8 (read as a lone surrogate) cannot go into an IRI,
        # a literal or a page.
        raise InputError(
            f"the article's file name is not valid UTF-8 ({shown(stem)}); rename it", path=text
        )

    longest = len(os.fsencode(stem + _LONGEST_SIDE_FILE))
    if longest > _NAME_MAX:  # NAME.meta.yaml could not exist; the draft's write crashed
        raise InputError(
            f"the article's name is too long: NAME{_LONGEST_SIDE_FILE} would be {longest} "
            f"bytes and a file name holds at most {_NAME_MAX}; shorten NAME to "
            f"{_NAME_MAX - len(_LONGEST_SIDE_FILE)} bytes or fewer",
            path=text,
        )

    def beside(explicit: Path | None, name: str) -> Path | None:
        if explicit is not None:
            return explicit
        candidate = text.parent / name
        if not candidate.is_file():
            if os.path.lexists(candidate):  # there, but no file: never silently unread
                refuse_unreadable(candidate)
            return None
        refuse_link_outside(candidate, text.parent)
        return candidate

    return ArticleSources(
        text=text,
        article_id=stem,
        metadata=beside(metadata, f"{stem}.meta.yaml"),
        annotation=beside(annotation, f"{stem}.ann.yaml"),
        registry=beside(registry, "entities.yaml"),
    )


def draft_options(
    sources: ArticleSources,
    *,
    published: dt.date,
    publisher: str | None = None,
    min_confidence: float = 0.0,
) -> DraftOptions:
    """What a :class:`Drafter` is told about the article ``sources`` describes: its id,
    its path and its registry (loaded), besides the day and publisher given."""
    return DraftOptions(
        article_id=sources.article_id,
        published=published,
        publisher=publisher,
        registry=load_registry(sources.registry) if sources.registry is not None else None,
        path=sources.text,
        min_confidence=min_confidence,
    )


def unique_paths(paths: Sequence[Path]) -> list[Path]:
    """``paths`` in their order, each file once however it was named (``a.txt``,
    ``./a.txt``, or by its folder and by name): counted twice, a file doubles its
    scores or its graphs."""
    cwd = os.getcwd()
    seen: dict[str, Path] = {}
    for path in paths:
        seen.setdefault(os.path.normpath(os.path.join(cwd, path)), path)
    return list(seen.values())


def _is_file(entry: os.DirEntry[str]) -> bool:
    """Whether a folder's entry is a file (following links), refusing a broken link and
    a pipe, socket or device named as a file is (a folder is no file, and no error)."""
    try:
        if entry.is_file():
            return True
    except OSError:  # ELOOP: "x.txt -> x.txt", or two links naming each other
        pass
    if not os.path.isdir(entry.path):
        # ("f.txt" a named pipe was skipped: an article missing from the build unsaid)
        refuse_unreadable(Path(entry.path))
    return False


def refuse_unreadable(path: Path) -> None:
    """Refuse a file diplokg looks for that is there by name but cannot be read as a
    file: a link in a loop or to nothing, or a folder. Treated as absent, a curated
    annotation was silently replaced by the extractor's draft."""
    try:
        path.stat()
    except OSError as exc:
        raise InputError(
            f"is a link that leads to no file ({exc.strerror or exc}); fix the link or remove it",
            path=path,
        ) from None
    raise InputError("is not a file (a folder or a device); rename or remove it", path=path)


def _refuse_twins(folder: Path, names: Sequence[str]) -> None:
    """Raise :class:`InputError` if two article names differ only in Unicode
    normalisation or in letter case.

    'café.txt' written with 'é' (NFC) and with 'e' and a combining accent (NFD) are two
    files on Linux, one on macOS; they gave two articles, graphs and pages that no reader
    could tell apart by name. 'A.txt' and 'a.txt' gave two articles whose outputs
    overwrite each other on a file system that ignores case (macOS, Windows), and whose
    ids a reader cannot tell apart.
    """
    seen: dict[str, str] = {}
    for name in sorted(names):
        nfc = unicodedata.normalize("NFC", name)
        key = nfc.casefold()
        if key in seen:
            first = seen[key]
            if unicodedata.normalize("NFC", first) == nfc:
                why = (
                    f"are named {shown(nfc)}, written with different Unicode characters "
                    f"({first!a} and {name!a}): they would look the same in every output"
                )
            else:
                why = (
                    f"differ only in letter case ({shown(first)} and {shown(name)}): their "
                    "outputs would overwrite each other on a file system that ignores case"
                )
            raise InputError(f"two articles {why}; rename one", path=folder)
        seen[key] = name


def find_articles(paths: Sequence[Path]) -> list[Path]:
    """Article text files among ``paths``: ``*.txt`` files, and those inside folders."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            # What sorted(path.glob("*.txt")) of files gives, without a Path per file
            # until the end: ten times faster on a folder of 10,000 articles.
            texts = []
            with os.scandir(path) as entries:
                for entry in entries:
                    if not os.path.normcase(entry.name).endswith(".txt"):
                        continue
                    is_file = _is_file(entry)
                    if entry.is_symlink():  # (to a folder too: "x.txt -> /home" was skipped)
                        refuse_link_outside(Path(entry.path), path)
                    if is_file:
                        texts.append(entry)
            names = [e.name for e in texts]
            _refuse_twins(path, names)
            found.extend(path / name for name in sorted(names, key=os.path.normcase))
        elif path.exists():
            found.append(path)
        else:
            raise InputError("no such file or folder", path=path)
    return found


def _inside(value: object) -> Iterator[object]:
    """``value`` and what it holds: a fact's fields, a tuple's items, a date's phrase."""
    yield value
    if isinstance(value, tuple):
        for item in value:
            yield from _inside(item)
    elif isinstance(value, Fact):
        for f in fields(value):
            yield from _inside(getattr(value, f.name))
    elif isinstance(value, DateSpec) and value.phrase is not None:
        yield value.phrase


def without_selector_at(
    annotation: Annotation, line: int | None, column: int | None
) -> tuple[Annotation, tuple[str, ...]] | None:
    """``annotation`` without what names text at ``line:column`` (a selector the article
    does not hold), and the ids of the facts left out; None when nothing is there.

    A mention there is left out; a fact with a selector there is left out, and so is
    every fact referring to one left out (an absence from a meeting, a quote's
    accusation), so that what remains holds together.
    """

    def there(value: object) -> bool:
        return isinstance(value, Selector) and (value.src.line, value.src.column) == (
            line,
            column,
        )

    mentions = {
        k: tuple(s for s in sels if not there(s)) for k, sels in annotation.mentions.items()
    }
    cut = {f.id for f in annotation.facts() if any(map(there, _inside(f)))}
    while True:
        more = {
            f.id
            for f in annotation.facts()
            if f.id not in cut and any(isinstance(v, FactRef) and v.id in cut for v in _inside(f))
        }
        if not more:
            break
        cut |= more
    if not cut and mentions == annotation.mentions:
        return None
    kept_mentions = {k: sels for k, sels in mentions.items() if sels}
    a = annotation
    return replace(
        a,
        mentions=kept_mentions,
        positions=tuple(f for f in a.positions if f.id not in cut),
        events=tuple(f for f in a.events if f.id not in cut),
        absences=tuple(f for f in a.absences if f.id not in cut),
        statements=tuple(f for f in a.statements if f.id not in cut),
        quotes=tuple(f for f in a.quotes if f.id not in cut),
        agreements=tuple(f for f in a.agreements if f.id not in cut),
        accusations=tuple(f for f in a.accusations if f.id not in cut),
    ), tuple(sorted(cut))
