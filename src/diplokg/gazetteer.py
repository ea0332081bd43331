"""Built-in names the extractor knows without a registry.

States (with short names, demonyms and capitals, which news uses as metonyms),
international organisations (with their acronyms), news agencies, parties,
companies and government bodies, and the words that make a capitalised phrase
an organisation or a place. The shared registry (``entities.yaml``) always wins
over them when both know a name.

The names are data, not code: one table per file in ``diplokg/data/lexicon/``
(found through :func:`diplokg.resources.resource_dir`), read once, on first use
(``diplokg --help`` never reads them):

``states.tsv``         name, other_names, demonyms, capitals
``organisations.tsv``  name, type, other_names
``body-states.tsv``    body, state: the state whose government a body belongs to
``org-heads.tsv``      head, type: a last word that makes a phrase an organisation
``place-heads.tsv``    head: a last word that makes a phrase a place
``leaders.tsv``        name, other_names, organization, years: well-known office holders,
                       the one state (of ``states.tsv``) or organisation (of
                       ``organisations.tsv``) they serve, which a bare title before their
                       name ("President Mugabe") leaves unsaid, and the years they served
                       it (``1980-2017``, ``2017-`` while in office; ``;`` between terms)
``leader-family-names.tsv``  leader, family_name: the name a title goes with ("President
                       ___") of a leader whose name does not end with it: a family name told
                       first (Chinese, Korean and Hungarian forms: Xi Jinping, Kim Jong Un),
                       or a given name used so where there is no family name (Anwar
                       Ibrahim: Anwar); any other leader's is the last word of the name
``places.tsv``         name, other_names, country: territories and regions the news names
                       like states but that are places (Hong Kong, Gaza, Crimea), with
                       the state they lie in (``-`` when that is disputed)

Why tab-separated text: one entry is one line, so adding a country is a one-line
diff that a reviewer reads whole (YAML spreads it over five lines and reads
``NO`` or ``yes`` as booleans), and every cell is plain text that the standard
library's :mod:`csv` reads with its line number. The rules, checked on every
load (a file breaking one raises :class:`~diplokg.errors.InputError` naming the
file and line):

* the first row is the header, exactly the columns above; cells are separated by
  one tab and never empty: ``-`` means none;
* a cell with several values separates them with ``;``, no spaces around; no
  value starts or ends with a space or holds two in a row;
* rows are sorted by their first column, ignoring case (``str.casefold``), so a
  new country has one right place;
* a name or other name belongs to one state or organisation, a demonym or capital
  to one state, a head word to one table;
* types are the registry's entity types (organisations: not ``state``,
  ``person``, ``diplomat`` or ``place``); a body in ``body-states.tsv`` is a
  ``government-body`` of ``organisations.tsv`` and its state one of ``states.tsv``,
  as is a place's country.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

    from diplokg.errors import InputError

__all__ = [
    "BODY_STATES",
    "LEXICON_TABLES",
    "ORG_HEADS",
    "PLACE_HEADS",
    "GazEntry",
    "GazLeader",
    "GazNamed",
    "GazPlace",
    "Lexicon",
    "State",
    "body_states",
    "gazetteer",
    "leaders",
    "lexicon",
    "load_lexicon",
    "org_heads",
    "place_heads",
    "places",
    "states",
]

#: Each lexicon table (file ``<table>.tsv``) and its header.
LEXICON_TABLES: Mapping[str, tuple[str, ...]] = {
    "states": ("name", "other_names", "demonyms", "capitals"),
    "organisations": ("name", "type", "other_names"),
    "body-states": ("body", "state"),
    "org-heads": ("head", "type"),
    "place-heads": ("head",),
    "places": ("name", "other_names", "country"),
    "leaders": ("name", "other_names", "organization", "years"),
    "leader-family-names": ("leader", "family_name"),
}
_LISTS = frozenset({"other_names", "demonyms", "capitals", "years"})  # ';'-separated, '-' for none
_NONE = "-"
_OPTIONAL = frozenset({"country"})  # one value or '-' for none
_NOT_ORG_TYPES = frozenset({"state", "person", "diplomat", "place"})


@dataclass(frozen=True)
class GazNamed:
    """What every built-in entry is: a canonical name and the other names it goes by."""

    name: str
    aliases: tuple[str, ...]

    @property
    def names(self) -> tuple[str, ...]:
        """The name, then its other names."""
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class State(GazNamed):
    """A sovereign state: canonical name, other names, demonyms and capitals."""

    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]


@dataclass(frozen=True)
class GazEntry(GazNamed):
    """An organisation or state the extractor knows by name."""

    type: str


@dataclass(frozen=True)
class GazPlace(GazNamed):
    """A territory or region the extractor knows by name, and the state it lies in."""

    country: str | None


@dataclass(frozen=True)
class GazLeader(GazNamed):
    """A well-known office holder and the one state or organisation they serve."""

    organization: str
    terms: tuple[tuple[int, int | None], ...]  # (first year, last year or None: in office)
    #: The name a title goes with ("President Macron", "Chairman Kim"): the family name,
    #: the name's last word unless ``leader-family-names.tsv`` says otherwise.
    family_name: str = ""

    def served_in(self, year: int) -> bool:
        """Whether the holder served in ``year`` (a term's first or last year counts)."""
        return any(lo <= year and (hi is None or year <= hi) for lo, hi in self.terms)


@dataclass(frozen=True)
class Lexicon:
    """Every built-in table, as read from one lexicon folder."""

    states: tuple[State, ...]
    organisations: tuple[GazEntry, ...]
    body_states: Mapping[str, str]
    org_heads: Mapping[str, str]
    place_heads: frozenset[str]
    places: tuple[GazPlace, ...] = ()
    leaders: tuple[GazLeader, ...] = ()


class _Row:
    """One row of a table: its line and, per column, its values (one, or a list).

    A plain class: a dataclass would add half a millisecond to every import.
    """

    __slots__ = ("cells", "line")

    def __init__(self, line: int, cells: tuple[tuple[str, ...], ...]) -> None:
        self.line = line
        self.cells = cells

    def one(self, column: int) -> str:
        return self.cells[column][0]


def _read_table(folder: Traversable, table: str) -> tuple[str, tuple[_Row, ...]]:
    """The rows of one table, each cell checked; the file's path for messages."""
    import csv
    import io

    columns = LEXICON_TABLES[table]
    file = folder.joinpath(f"{table}.tsv")
    path = str(file)
    if not file.is_file():
        raise _error(f"missing lexicon table {table}.tsv", path=path)
    data = file.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise _error(f"not UTF-8 text: {exc.reason}", path=path, line=line) from None
    rows: list[_Row] = []
    previous = ""
    reader = csv.reader(
        io.StringIO(text, newline=""), delimiter="\t", quoting=csv.QUOTE_NONE, strict=True
    )
    try:
        for cells in reader:
            line = reader.line_num
            if line == 1:
                if tuple(cells) != columns:
                    raise _error(
                        f"the header must be {' TAB '.join(columns)!r}, not "
                        f"{' TAB '.join(cells)!r}",
                        path=path,
                        line=line,
                    )
                continue
            if len(cells) != len(columns):
                raise _error(
                    f"{len(cells)} cells, the header has {len(columns)}: separate them "
                    "with one tab and write '-' in an empty one"
                    if cells
                    else "an empty line: remove it",
                    path=path,
                    line=line,
                )
            row = _Row(
                line,
                tuple(_cell(c, n, path, line) for c, n in zip(cells, columns, strict=True)),
            )
            key = row.one(0).casefold()
            if key <= previous:
                raise _error(
                    f"{row.one(0)!r} is out of order: rows are sorted by "
                    f"{columns[0]}, ignoring case (or it is listed twice)",
                    path=path,
                    line=line,
                )
            previous = key
            rows.append(row)
    except csv.Error as exc:
        raise _error(f"not tab-separated text: {exc}", path=path, line=reader.line_num) from None
    return path, tuple(rows)


def _error(message: str, *, path: str, line: int | None = None) -> InputError:
    from diplokg.errors import InputError  # imported on first use, like the files it reports

    return InputError(message, path=path, line=line)


def _cell(cell: str, column: str, path: str, line: int) -> tuple[str, ...]:
    """The values of one cell (``-`` is none, in a list column only)."""
    if cell == _NONE and (column in _LISTS or column in _OPTIONAL):
        return ()
    values = tuple(cell.split(";")) if column in _LISTS else (cell,)
    for value in values:
        if not value or value == _NONE:
            if column not in _LISTS:
                what = "an empty cell" if not cell else "'-'"
                hint = "this column needs a value"
            else:
                what = "an empty cell" if not cell else f"an empty value ({cell!r})"
                hint = "write '-' alone for none, ';' only between names"
            raise _error(f"{what} in column {column}: {hint}", path=path, line=line)
        if value != value.strip() or "  " in value or "\t" in value:
            raise _error(f"stray whitespace in column {column}: {value!r}", path=path, line=line)
    if len(set(values)) != len(values):
        raise _error(f"a value listed twice in column {column}: {cell!r}", path=path, line=line)
    return values


def load_lexicon(folder: Traversable) -> Lexicon:
    """Read and check every table of a lexicon folder (``InputError`` on a bad file)."""
    from diplokg.model.annotation import ENTITY_TYPES

    org_types = sorted(set(ENTITY_TYPES) - _NOT_ORG_TYPES)
    tables = {table: _read_table(folder, table) for table in LEXICON_TABLES}

    owner: dict[str, tuple[str, str, int]] = {}  # a name → (entry, file, line)

    def claim(values: tuple[str, ...], kind: str, entry: str, path: str, line: int) -> None:
        if kind == "name" and entry in values[1:]:
            raise _error(f"other_names repeat the name {entry!r}", path=path, line=line)
        for value in values:
            seen = owner.setdefault(f"{kind}\0{value}", (entry, path, line))
            if seen[0] != entry:
                raise _error(
                    f"{kind} {value!r} of {entry!r} is already a {kind} of {seen[0]!r} "
                    f"({seen[1]}:{seen[2]})",
                    path=path,
                    line=line,
                )

    path, rows = tables["states"]
    states_ = []
    for row in rows:
        state = State(row.one(0), *row.cells[1:])
        claim(state.names, "name", state.name, path, row.line)
        claim(state.demonyms, "demonym", state.name, path, row.line)
        claim(state.capitals, "capital", state.name, path, row.line)
        states_.append(state)

    path, rows = tables["organisations"]
    organisations = []
    for row in rows:
        entry = GazEntry(name=row.one(0), aliases=row.cells[2], type=row.one(1))
        _check_type(entry.type, org_types, path, row.line)
        claim(entry.names, "name", entry.name, path, row.line)
        organisations.append(entry)

    bodies = {g.name for g in organisations if g.type == "government-body"}
    state_names = {s.name for s in states_}
    path, rows = tables["body-states"]
    for row in rows:
        if row.one(0) not in bodies:
            raise _error(
                f"{row.one(0)!r} is not a government-body of organisations.tsv",
                path=path,
                line=row.line,
            )
        if row.one(1) not in state_names:
            raise _error(f"{row.one(1)!r} is not a name in states.tsv", path=path, line=row.line)
    body_states_ = {row.one(0): row.one(1) for row in rows}

    path, rows = tables["org-heads"]
    for row in rows:
        _check_type(row.one(1), org_types, path, row.line)
        claim((row.one(0),), "head", "org-heads", path, row.line)
    org_heads_ = {row.one(0): row.one(1) for row in rows}

    path, rows = tables["place-heads"]
    for row in rows:
        claim((row.one(0),), "head", "place-heads", path, row.line)
    place_heads_ = frozenset(row.one(0) for row in rows)

    path, rows = tables["places"]
    places_ = []
    for row in rows:
        country = row.cells[2]
        place = GazPlace(row.one(0), row.cells[1], country[0] if country else None)
        claim(place.names, "name", place.name, path, row.line)
        if place.country is not None and place.country not in state_names:
            raise _error(f"{place.country!r} is not a name in states.tsv", path=path, line=row.line)
        places_.append(place)

    org_names = state_names | {g.name for g in organisations}
    path, rows = tables["leaders"]
    leaders_ = []
    for row in rows:
        name, aliases, org = row.one(0), row.cells[1], row.one(2)
        claim((name, *aliases), "leader", name, path, row.line)
        terms = []
        for term in row.cells[3]:
            m = re.fullmatch(r"(\d{4})-(\d{4})?", term)
            if m is None or (m.group(2) and int(m.group(2)) < int(m.group(1))):
                raise _error(
                    f"a term {term!r} in column years: write FIRST-LAST or FIRST- (years)",
                    path=path,
                    line=row.line,
                )
            terms.append((int(m.group(1)), int(m.group(2)) if m.group(2) else None))
        if not terms:
            raise _error("no term in column years: write FIRST-LAST", path=path, line=row.line)
        if org not in org_names:
            raise _error(
                f"{org!r} is not a name in states.tsv or organisations.tsv",
                path=path,
                line=row.line,
            )
        leaders_.append(GazLeader(name, aliases, org, tuple(terms), name.split()[-1]))

    path, rows = tables["leader-family-names"]
    by_name = {ld.name: i for i, ld in enumerate(leaders_)}
    for row in rows:
        name, family = row.one(0), row.one(1)
        if name not in by_name:
            raise _error(f"{name!r} is not a name in leaders.tsv", path=path, line=row.line)
        if f" {family} " not in f" {name} ":
            raise _error(
                f"family_name {family!r} is not a word of {name!r}: write it as the name has it",
                path=path,
                line=row.line,
            )
        i = by_name[name]
        leaders_[i] = replace(leaders_[i], family_name=family)

    return Lexicon(
        states=tuple(states_),
        organisations=tuple(organisations),
        body_states=body_states_,
        org_heads=org_heads_,
        place_heads=place_heads_,
        places=tuple(places_),
        leaders=tuple(leaders_),
    )


def _check_type(etype: str, known: list[str], path: str, line: int) -> None:
    if etype not in known:
        raise _error(f"unknown type {etype!r}: one of {', '.join(known)}", path=path, line=line)


@cache
def lexicon() -> Lexicon:
    """The packaged lexicon, read and checked once."""
    from diplokg.resources import resource_dir

    return load_lexicon(resource_dir("lexicon"))


def states() -> tuple[State, ...]:
    """Every built-in state."""
    return lexicon().states


@cache
def gazetteer() -> tuple[GazEntry, ...]:
    """Every built-in organisation and state (states first)."""
    lex = lexicon()
    return (
        *(GazEntry(name=s.name, aliases=s.aliases, type="state") for s in lex.states),
        *lex.organisations,
    )


def places() -> tuple[GazPlace, ...]:
    """Every built-in territory or region (a place, not a state)."""
    return lexicon().places


def leaders() -> tuple[GazLeader, ...]:
    """Every built-in well-known office holder."""
    return lexicon().leaders


def body_states() -> Mapping[str, str]:
    """The state whose government each built-in government body belongs to.

    A release such a body publishes speaks for that state: "Foreign Secretary X" in
    an FCDO release is British.
    """
    return lexicon().body_states


def org_heads() -> Mapping[str, str]:
    """Last words that make a capitalised phrase an organisation, with its type."""
    return lexicon().org_heads


def place_heads() -> frozenset[str]:
    """Last words that make a capitalised phrase a place."""
    return lexicon().place_heads


# The tables the extractor imports by name, read on first access (PEP 562), so that
# importing this module reads no file.
if TYPE_CHECKING:
    BODY_STATES: Mapping[str, str]
    ORG_HEADS: Mapping[str, str]
    PLACE_HEADS: frozenset[str]

_LAZY = {"BODY_STATES": body_states, "ORG_HEADS": org_heads, "PLACE_HEADS": place_heads}


def __getattr__(name: str) -> object:
    load = _LAZY.get(name)
    if load is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = load()
    globals()[name] = value  # later reads find it without calling this again
    return value
