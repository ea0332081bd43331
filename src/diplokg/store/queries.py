"""Stored SPARQL queries: find them, read their headers, run them with bound parameters.

A stored query is ``queries/NAME.rq``, with a grlc-style header of ``#+``
lines (YAML) giving ``summary`` (its title), ``description`` and ``params``.
Parameters are the query's variables whose names start with ``_`` (``?_name``);
their values are bound as RDF terms through SPARQL substitution (SEP-0007),
never pasted into the query text.

:func:`write_result` streams a result to a binary output: for csv, tsv and json
pyoxigraph's own serializer writes as the engine produces solutions (the first
rows of an unsorted result arrive before the rest is computed); the ``table``
format is made from the engine's SPARQL TSV, without a Python term per cell.
``limit``/``offset`` become the query's outermost slice (``LIMIT``/``OFFSET``,
from checked integers only). CSV cells that a spreadsheet would run as a formula
are neutralised on every path (:func:`neutralise_csv`).
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import BinaryIO, TypedDict, Unpack, cast

import pyoxigraph as ox

from diplokg.errors import QueryError, UsageError, visible
from diplokg.model.limits import shown
from diplokg.rdf.iris import BASE, PREFIXES
from diplokg.resources import resource_files
from diplokg.userdirs import state_dir

__all__ = [
    "FORMULA_START",
    "MAX_ROWS",
    "RESULT_FORMATS",
    "CsvGuard",
    "Page",
    "QueryParam",
    "QueryResult",
    "StoredQuery",
    "bind_params",
    "check_slice",
    "drop_parameter_columns",
    "format_table",
    "get_query",
    "last_store",
    "neutralise_cell",
    "neutralise_csv",
    "parse_stored_query",
    "query_store",
    "run_query",
    "serialize_result",
    "slice_query",
    "state_file",
    "stored_queries",
    "write_result",
]

RESULT_FORMATS = ("table", "csv", "tsv", "json")

_Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple
_PARAM_VAR = re.compile(r"[?$]_([A-Za-z][A-Za-z0-9_]*)")


@dataclass(frozen=True)
class QueryParam:
    """A parameter of a stored query."""

    name: str
    kind: str  # "iri" or "literal"
    description: str


@dataclass(frozen=True)
class StoredQuery:
    """A stored query and what its header says about it.

    The header (``title``, ``description``) is read from the text when first
    asked for: a query without ``?_`` variables declares no parameters (every
    stored query is checked, :func:`parse_stored_query`), so running it needs
    no YAML parser.
    """

    name: str
    text: str
    params: tuple[QueryParam, ...] = ()

    @cached_property
    def _header(self) -> _Header:
        return _read_header(self.name, self.text)

    @property
    def title(self) -> str:
        return self._header.title

    @property
    def description(self) -> str:
        return self._header.description


@dataclass(frozen=True)
class _Header:
    title: str
    description: str
    params: tuple[QueryParam, ...]


@dataclass(frozen=True)
class QueryResult:
    """The solutions of a SELECT query, rows in result order, unbound cells ``None``."""

    variables: tuple[str, ...]
    rows: tuple[tuple[_Term | None, ...], ...]

    def values(self) -> list[tuple[str | None, ...]]:
        """Rows as plain strings (IRIs and literal values), for comparisons and display."""
        return [tuple(_plain(t) for t in row) for row in self.rows]


def _plain(term: _Term | None) -> str | None:
    if term is None:
        return None
    if isinstance(term, ox.Triple):
        return str(term)
    return term.value


def _read_header(name: str, text: str) -> _Header:
    """A stored query's ``#+`` header (YAML); checks params match the ``?_`` variables."""
    import yaml  # only for headers: a query without parameters runs without it

    header_lines = []
    for line in text.splitlines():
        if line.startswith("#+"):
            header_lines.append(line[2:].removeprefix(" "))
        elif line.strip() and not line.startswith("#"):
            break
    try:
        header = yaml.safe_load("\n".join(header_lines)) or {}
    except yaml.YAMLError as exc:
        raise QueryError(f"query {name!r} has a malformed '#+' header: {exc}") from None
    if not isinstance(header, dict) or "summary" not in header or "description" not in header:
        raise QueryError(f"query {name!r} needs '#+ summary:' and '#+ description:' header lines")
    params = []
    for item in header.get("params") or []:
        if not isinstance(item, dict) or "name" not in item:
            raise QueryError(f"query {name!r}: each '#+ params' entry needs a name")
        kind = str(item.get("type", "literal"))
        if kind not in ("iri", "literal"):
            raise QueryError(f"query {name!r}: param type must be 'iri' or 'literal'")
        params.append(QueryParam(str(item["name"]), kind, str(item.get("description", ""))))
    declared = {p.name for p in params}
    used = set(_PARAM_VAR.findall(text))
    if declared != used:
        raise QueryError(
            f"query {name!r}: '#+ params' {sorted(declared)} do not match "
            f"the ?_ variables {sorted(used)}"
        )
    return _Header(
        title=str(header["summary"]).strip(),
        description=" ".join(str(header["description"]).split()),
        params=tuple(params),
    )


def parse_stored_query(name: str, text: str) -> StoredQuery:
    """Read a stored query's ``#+`` header; checks params match the ``?_`` variables."""
    header = _read_header(name, text)
    query = StoredQuery(name=name, text=text, params=header.params)
    query.__dict__["_header"] = header  # what the cached property would read again
    return query


@cache
def _stored() -> dict[str, StoredQuery]:
    queries = {}
    for f in resource_files("queries"):
        name = f.name.removesuffix(".rq")
        queries[name] = parse_stored_query(name, f.read_text(encoding="utf-8"))
    return queries


def stored_queries() -> list[StoredQuery]:
    """Every packaged stored query, sorted by name."""
    return [_stored()[k] for k in sorted(_stored())]


def get_query(name: str) -> StoredQuery:
    """The stored query called ``name``, or :class:`QueryError` listing the known ones.

    Only that query's file is read; its header only if the query has parameters
    (without ``?_`` variables it declares none: see :class:`StoredQuery`). The name is
    matched in any case when one query has it (``Meetings`` is ``meetings``), as every
    option with a fixed set of names is.
    """
    files = {f.name.removesuffix(".rq"): f for f in resource_files("queries")}
    if name not in files:
        same = [known for known in files if known.casefold() == name.casefold()]
        name = same[0] if len(same) == 1 else name
    if name in files:
        text = files[name].read_text(encoding="utf-8")
        if _PARAM_VAR.search(text) is None:
            return StoredQuery(name=name, text=text)
        return parse_stored_query(name, text)
    known = ", ".join(sorted(_stored()))
    raise QueryError(f"no stored query named {shown(name)}; known queries: {known}")


def bind_params(query: StoredQuery, params: Mapping[str, str]) -> dict[ox.Variable, _Term]:
    """Check ``params`` against the query's declared parameters and make them RDF terms."""
    known = {p.name: p for p in query.params}
    unknown = sorted(set(params) - set(known))
    if unknown:
        expected = ", ".join(known) or "none"
        raise QueryError(
            f"query {query.name!r} has no parameter {shown(unknown[0])} (parameters: {expected})"
        )
    missing = [name for name in known if name not in params]
    if missing:
        raise QueryError(
            f"query {query.name!r} needs --param {missing[0]}=VALUE "
            f"({known[missing[0]].description})"
        )
    bound: dict[ox.Variable, _Term] = {}
    for name, value in params.items():
        try:  # bytes that are not UTF-8 in argv arrive as lone surrogates
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise QueryError(
                f"parameter {shown(name)} is not UTF-8 text, got {shown(value)}"
            ) from None
        if any(ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0 for c in value):
            # "Blinken\n" (a value pasted with its line end) matched nothing, without a word
            raise QueryError(
                f"parameter {shown(name)} holds a control character (a line break, a tab), "
                f"got {shown(value)}: give the value on one line, without them"
            )
        if known[name].kind == "iri":
            try:
                bound[ox.Variable("_" + name)] = ox.NamedNode(value)
            except ValueError:
                raise QueryError(
                    f"parameter {shown(name)} must be an absolute IRI, got {shown(value)}"
                ) from None
        else:
            bound[ox.Variable("_" + name)] = ox.Literal(value)
    return bound


# --------------------------------------------------------------------------
# Slicing: --limit and --offset
# --------------------------------------------------------------------------

#: What SPARQL skips when looking for the query's structure: comments, strings, IRIs.
SKIP = re.compile(
    r"""
      \#[^\n]*                                   # comment
    | \"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"        # long strings
    | '''(?:[^'\\]|\\.|'(?!''))*'''
    | "(?:[^"\\\n]|\\.)*"                        # strings
    | '(?:[^'\\\n]|\\.)*'
    | <[^<>"{}|^`\\\x00-\x20]*>                  # IRIs
    """,
    re.VERBOSE,
)
_TAIL_WORD = re.compile(r"[A-Za-z_]+")


def code_chars(text: str) -> Iterator[tuple[int, str]]:
    """Each character of a query outside its comments, strings and IRIs, with its offset."""
    i = 0
    while i < len(text):
        match = SKIP.match(text, i)
        if match:
            i = match.end()
            continue
        yield i, text[i]
        i += 1


def _outer_tail(text: str) -> str:
    """The query's words after its WHERE group closes (comments, strings and IRIs left out)."""
    depth, tail, closed, word_end = 0, [], False, 0
    for i, char in code_chars(text):
        if i < word_end:  # inside a word already taken
            continue
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            closed = closed or depth == 0
        elif closed and depth == 0:
            word = _TAIL_WORD.match(text, i)
            if word:
                tail.append(word.group().upper())
                word_end = word.end()
    return " ".join(tail)


class Page(TypedDict, total=False):
    """Which rows of a result: at most ``limit`` after skipping ``offset`` (see slice_query)."""

    limit: int | None
    offset: int | None


#: The most rows --limit and --offset may name: SPARQL engines read them as 64-bit
#: counts (Oxigraph refuses a larger number as a syntax error).
MAX_ROWS = 2**63 - 1


def check_slice(limit: int | None, offset: int | None) -> None:
    """``limit`` and ``offset``: whole numbers of rows, 0 to :data:`MAX_ROWS`, or ``None``."""
    for name, value in (("--limit", limit), ("--offset", offset)):
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_ROWS:
            raise UsageError(
                f"{name} must be a whole number of rows, 0 to {MAX_ROWS}, not {value!r}"
            )


def slice_query(text: str, *, limit: int | None = None, offset: int | None = None) -> str:
    r"""``text`` with its solutions sliced: the outermost operator, ``Slice(q, offset, limit)``.

    A SELECT query's slice is its trailing ``LIMIT``/``OFFSET`` clause, written
    here from checked integers only (never from user text). A query that slices
    or binds ``VALUES`` at its end already is refused rather than sliced twice.

    >>> slice_query("SELECT * WHERE { ?s ?p ?o } # end", limit=10, offset=5)
    'SELECT * WHERE { ?s ?p ?o } # end\nLIMIT 10\nOFFSET 5\n'
    """
    check_slice(limit, offset)
    if limit is None and not offset:
        return text
    tail = _outer_tail(text).split()
    if {"LIMIT", "OFFSET", "VALUES"} & set(tail):
        raise QueryError("this query already ends in LIMIT, OFFSET or VALUES: it cannot be sliced")
    clauses = [f"LIMIT {limit:d}"] if limit is not None else []
    clauses += [f"OFFSET {offset:d}"] if offset else []
    return text + "\n" + "\n".join(clauses) + "\n"


# --------------------------------------------------------------------------
# Running a stored query on the embedded store
# --------------------------------------------------------------------------


def _execute(
    store: ox.Store,
    query: StoredQuery,
    params: Mapping[str, str],
    **page: Unpack[Page],
) -> ox.QuerySolutions:
    solutions = store.query(
        slice_query(query.text, **page),
        use_default_graph_as_union=True,
        substitutions=bind_params(query, params),
    )
    if not isinstance(solutions, ox.QuerySolutions):
        raise QueryError(f"stored query {query.name!r} is not a SELECT query")
    return solutions


def run_query(
    store: ox.Store,
    query: StoredQuery,
    params: Mapping[str, str] | None = None,
    **page: Unpack[Page],
) -> QueryResult:
    """Run a stored SELECT query on ``store`` (default graph = union of all graphs)."""
    solutions = _execute(store, query, params or {}, **page)
    variables = tuple(v.value for v in solutions.variables if not v.value.startswith("_"))
    rows = tuple(tuple(solution[v] for v in variables) for solution in solutions)
    return QueryResult(variables, rows)


RESULTS_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}


def results_format(fmt: str) -> ox.QueryResultsFormat:
    """pyoxigraph's format of the result format ``fmt`` (json, csv, tsv)."""
    if fmt not in RESULTS_FORMATS:
        raise QueryError(f"unknown result format {fmt!r}; use one of {', '.join(RESULTS_FORMATS)}")
    return RESULTS_FORMATS[fmt]


def serialize_result(
    store: ox.Store,
    query: StoredQuery,
    params: Mapping[str, str] | None,
    fmt: str,
    **page: Unpack[Page],
) -> str:
    """Run a stored query and serialise its results as SPARQL 1.1 JSON, CSV or TSV, in memory.

    The reference :func:`write_result` streams the same bytes as.
    """
    form = results_format(fmt)
    solutions = _execute(store, query, params or {}, **page)
    return result_text(solutions.serialize(format=form), query, fmt)


def result_text(data: bytes | None, query: StoredQuery, fmt: str) -> str:
    """Serialised results as diplokg writes them: parameter columns dropped, CSV guarded."""
    assert data is not None  # noqa: S101 - serialize returns bytes without an output
    text = data.decode("utf-8")
    text = drop_parameter_columns(text, fmt) if query.params else text
    return neutralise_csv(text) if fmt == "csv" else text


def write_result(
    out: BinaryIO,
    store: ox.Store,
    query: StoredQuery,
    params: Mapping[str, str] | None,
    fmt: str,
    **page: Unpack[Page],
) -> None:
    """Run a stored query and write its results to ``out`` as UTF-8 (``table``, csv, tsv, json).

    csv, tsv and json stream from pyoxigraph's serializer, byte for byte what
    :func:`serialize_result` returns; a query with parameters (whose ``?_name``
    columns are dropped) is serialised in memory first; ``table`` is made from the
    engine's TSV (:func:`_table_from_tsv`).
    """
    params = params or {}
    if fmt == "table":
        solutions = _execute(store, query, params, **page)
        out.write((_table_from_tsv(solutions) + "\n").encode("utf-8"))
    elif query.params:
        text = serialize_result(store, query, params, fmt, **page)
        out.write(text.encode("utf-8"))
    else:
        form = results_format(fmt)
        solutions = _execute(store, query, params, **page)
        stream_solutions(solutions, out, fmt, form)


def stream_solutions(
    solutions: ox.QuerySolutions, out: BinaryIO, fmt: str, results_format: ox.QueryResultsFormat
) -> None:
    """Serialise ``solutions`` into ``out`` as they come (CSV through a :class:`CsvGuard`)."""
    if fmt == "csv":
        guard = CsvGuard(out)
        solutions.serialize(cast("BinaryIO", guard), format=results_format)
        guard.close()
    else:
        solutions.serialize(out, format=results_format)
    out.flush()


# --------------------------------------------------------------------------
# CSV cells a spreadsheet would run as formulas
# --------------------------------------------------------------------------

#: A CSV cell starting with one of these is run as a formula by spreadsheets
#: (OWASP "CSV injection"); diplokg writes it with a leading ``'``.
FORMULA_START = frozenset("=+-@\t\r")
# A cell starts at the start of a line or after a comma (outside quotes, checked by
# counting quotes); a quoted cell's value starts after its opening quote. A cell
# cannot start with an unquoted CR (the serializer quotes it): that CR ends a line.
# A number ("-3", "+1.5e3") is no formula: left as it is (unquoted, it ends at a comma or line).
_NUMBER = rb"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?"
_FORMULA_CELL = re.compile(
    rb"(?:\A|(?<=[,\n]))(?!" + _NUMBER + rb'(?:[,\r\n]|\Z))(?:"?[=+\-@\t]|"\r)'
)


def neutralise_cell(text: str) -> str:
    r"""``text`` as a CSV cell that spreadsheets show as text, never run.

    >>> neutralise_cell("=HYPERLINK(\"http://evil\")"), neutralise_cell("Wang Yi")
    ('\'=HYPERLINK("http://evil")', 'Wang Yi')
    """
    if text[:1] in FORMULA_START and not re.fullmatch(_NUMBER.decode("ascii"), text):
        return "'" + text
    return text


# What can open a formula cell: a cell start (a comma or line break, then maybe a quote)
# before one of FORMULA_START. Most pieces have none, and only those that do get the
# exact pass (quotes counted) of _FORMULA_CELL. The test is two C passes over the piece,
# twice as fast as one regex search: cell starts become "," and formula characters NUL
# (a NUL already in the data only costs the exact pass), then three substring tests.
_CELL_MARKS = bytes.maketrans(b"=+-@\t\n", b"\0\0\0\0\0,")


def _suspect(piece: bytes) -> bool:
    first = piece[:1]
    if first in (b"=", b"+", b"-", b"@", b"\t"):
        return True
    if first == b'"' and piece[1:2] in (b"=", b"+", b"-", b"@", b"\t", b"\r"):
        return True
    marked = piece.translate(_CELL_MARKS)
    return b",\0" in marked or b',"\0' in marked or b',"\r' in marked


def _guard(piece: bytes, inside: bool) -> tuple[bytes, bool]:
    """Neutralise the formula cells of whole CSV lines; ``inside``: a quoted cell is open."""
    if not _suspect(piece):
        return piece, bool((int(inside) + piece.count(b'"')) % 2)
    parts, last, counted, quotes = [], 0, 0, int(inside)
    for match in _FORMULA_CELL.finditer(piece):
        at = match.start()
        quotes += piece.count(b'"', counted, at)
        counted = at
        if quotes % 2:
            continue  # a comma or line break inside a quoted cell
        at += piece[at] == 0x22  # after the opening quote
        parts += [piece[last:at], b"'"]
        last = at
    if not parts:
        return piece, bool((quotes + piece.count(b'"', counted)) % 2)
    parts.append(piece[last:])
    return b"".join(parts), bool((quotes + piece.count(b'"', counted)) % 2)


class CsvGuard:
    """A binary writer that neutralises formula cells in a SPARQL CSV stream, line by line."""

    def __init__(self, out: BinaryIO) -> None:
        self.out = out
        self.rest = b""
        self.inside = False

    def write(self, data: bytes) -> int:
        buffer = self.rest + bytes(data)
        cut = buffer.rfind(b"\n") + 1
        if cut:
            piece, self.inside = _guard(buffer[:cut], self.inside)
            self.out.write(piece)
        self.rest = buffer[cut:]
        return len(data)

    def flush(self) -> None:
        self.out.flush()

    def close(self) -> None:
        """Write what is left of the last line."""
        if self.rest:
            piece, self.inside = _guard(self.rest, self.inside)
            self.out.write(piece)
            self.rest = b""


def neutralise_csv(text: str) -> str:
    """A whole CSV text with its formula cells neutralised (what :class:`CsvGuard` writes)."""
    out = io.BytesIO()
    guard = CsvGuard(out)
    guard.write(text.encode("utf-8"))
    guard.close()
    result = out.getvalue().decode("utf-8")
    return text if result == text else result  # unchanged text is handed back as it is


# --------------------------------------------------------------------------
# Which store: the last build's, --store DIR or --data FILES
# --------------------------------------------------------------------------


def state_file() -> Path | None:
    """Where ``diplokg build`` records the store it wrote (``$XDG_STATE_HOME/diplokg``),
    or None when the environment names no state folder (see :mod:`diplokg.userdirs`)."""
    state = state_dir()
    return state / "last-store" if state is not None else None


def last_store() -> Path | None:
    """The store the last build wrote, if one was recorded."""
    recorded = state_file()
    if recorded is None:
        return None
    try:
        text = recorded.read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return Path(text) if text else None


def query_store(*, store_dir: Path | None, data_files: Sequence[Path]) -> ox.Store:
    """The store a query runs on: RDF files loaded in memory, or an embedded store.

    Without either, the store the last build wrote (or ``out/store``).
    """
    from diplokg.store.embedded import memory_store, open_store

    if data_files and store_dir:
        raise UsageError("give --store or --data, not both")
    if data_files:
        return memory_store(list(data_files))
    return open_store(store_dir or last_store() or Path("out/store"), read_only=True)


def drop_parameter_columns(text: str, fmt: str) -> str:
    """Remove the ``?_name`` columns that SEP-0007 substitution makes a query project."""
    import csv
    import json

    if fmt == "json":
        doc = json.loads(text)
        doc["head"]["vars"] = [v for v in doc["head"]["vars"] if not v.startswith("_")]
        for binding in doc["results"]["bindings"]:
            for name in [k for k in binding if k.startswith("_")]:
                del binding[name]
        return json.dumps(doc, ensure_ascii=False)
    if fmt == "tsv":
        # SPARQL TSV escapes tabs and newlines inside terms, so a line is a row.
        lines = text.split("\n")
        keep = [i for i, v in enumerate(lines[0].split("\t")) if not v.startswith("?_")]
        return "\n".join(
            "\t".join(cells[i] for i in keep) if (cells := line.split("\t")) != [""] else line
            for line in lines
        )
    rows = list(csv.reader(io.StringIO(text, newline="")))
    keep = [i for i, v in enumerate(rows[0]) if not v.startswith("_")] if rows else []
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerows([cells[i] for i in keep] for cells in rows)
    return out.getvalue()


_DISPLAY_PREFIXES = sorted(
    [*((p, ns) for p, ns in PREFIXES.items()), ("art", BASE + "article/")],
    key=lambda item: -len(item[1]),
)


# The longest namespace an IRI starts with, in one regex match (alternatives longest first).
_NAMESPACE = re.compile("|".join(re.escape(ns) for _, ns in _DISPLAY_PREFIXES))
_PREFIX_OF: dict[str, str] = {}
for _prefix, _ns in _DISPLAY_PREFIXES:
    _PREFIX_OF.setdefault(_ns, _prefix)


def _compact_iri(iri: str) -> str:
    found = _NAMESPACE.match(iri)
    return f"{_PREFIX_OF[found[0]]}:{iri[found.end() :]}" if found else iri


def _compact(term: _Term | None) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return _compact_iri(term.value)
    return _plain(term) or ""


def _shown(text: str, max_width: int) -> str:
    text = visible(" ".join(text.split()))
    return text if len(text) <= max_width else text[: max_width - 1] + "…"


def format_table(result: QueryResult, *, max_width: int = 60) -> str:
    """A plain-text table of a result: IRIs shortened by prefix, long cells cut."""

    # Terms repeat (people, places, statuses): each is formatted once.
    cells: dict[_Term | None, str] = {None: ""}

    def cell(term: _Term | None) -> str:
        found = cells.get(term)
        if found is None:
            found = cells[term] = _shown(_compact(term), max_width)
        return found

    rows = [tuple(map(cell, row)) for row in result.rows]
    return _table(result.variables, rows)


def _table_from_tsv(solutions: ox.QuerySolutions, *, max_width: int = 60) -> str:
    """:func:`format_table` of ``solutions``, read from the engine's own SPARQL TSV.

    pyoxigraph writes TSV in Rust; a TSV line is a row and a tab ends a cell (the
    serializer escapes tabs and line breaks inside terms), so the cells come out of two
    ``str.split`` calls, each distinct term is formatted once (:class:`_TsvCells`), and the
    columns are measured and padded with C-level ``map`` calls: no Python code runs per
    cell. The cells are those of :func:`format_table` (tests/store/test_queries.py compares
    them on every stored query and every kind of term).
    """
    names = [v.value for v in solutions.variables]
    keep = [i for i, name in enumerate(names) if not name.startswith("_")]
    data = solutions.serialize(format=ox.QueryResultsFormat.TSV)
    assert data is not None  # noqa: S101 - serialize returns bytes without an output
    lines = data.decode("utf-8").split("\n")
    body = lines[1:-1] if lines[-1] == "" else lines[1:]
    variables = tuple(names[i] for i in keep)
    if not variables:
        return _table_of_columns((), [], len(body))
    width = len(names)
    tokens = "\t".join(body).split("\t") if body else []
    if len(tokens) != width * len(body):
        raise QueryError(f"the engine's TSV answer does not have {width} cells on every line")
    shown = _TsvCells(max_width).__getitem__
    return _table_of_columns(
        variables, [list(map(shown, tokens[i::width])) for i in keep], len(body)
    )


# The escapes pyoxigraph's TSV writer puts in a quoted literal.
_TSV_ESCAPE = re.compile(r"\\(.)")
_TSV_UNESCAPED = {"t": "\t", "n": "\n", "r": "\r", '"': '"', "\\": "\\"}


class _TsvCells(dict[str, str]):
    """The table cell of each SPARQL TSV term, made on first use and kept.

    :func:`_tsv_text` and :func:`_shown` written out in one method: it runs once per
    distinct term (27k times for ``meetings``), and the calls cost more than the work.
    """

    def __init__(self, max_width: int) -> None:
        super().__init__({"": ""})
        self.max_width = max_width

    def __missing__(self, token: str) -> str:
        if token[0] == "<" and token[1] != "<":
            iri = token[1:-1]
            found = _NAMESPACE.match(iri)
            text = f"{_PREFIX_OF[found[0]]}:{iri[found.end() :]}" if found else iri
        elif token[0] == '"':
            text = token[1 : token.rindex('"')]
            if "\\" in text:
                text = _TSV_ESCAPE.sub(_tsv_unescaped, text)
        else:
            text = _tsv_text(token)
        text = visible(" ".join(text.split()))
        if len(text) > self.max_width:
            text = text[: self.max_width - 1] + "…"
        self[token] = text
        return text


def _tsv_unescaped(match: re.Match[str]) -> str:
    return _TSV_UNESCAPED[match[1]]


def _tsv_text(token: str) -> str:
    """The text :func:`_compact` shows for a term written as SPARQL TSV."""
    if token.startswith("<<"):  # a triple term: Turtle syntax, shown as pyoxigraph writes it
        quad = next(iter(ox.parse(f"<a:> <a:> {token} .".encode(), format=ox.RdfFormat.TURTLE)))
        return str(quad.object)
    if token.startswith("<"):
        return _compact_iri(token[1:-1])
    if token.startswith("_:"):
        return token[2:]
    if token.startswith('"'):  # "lexical form" and maybe @language or ^^<datatype>
        text = token[1 : token.rindex('"')]
        return _TSV_ESCAPE.sub(_tsv_unescaped, text) if "\\" in text else text
    return token  # a number or boolean written bare: its lexical form


def _table(variables: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> str:
    columns = [[row[i] for row in rows] for i in range(len(variables))]
    return _table_of_columns(variables, columns, len(rows))


def _table_of_columns(variables: tuple[str, ...], columns: list[list[str]], count: int) -> str:
    """The table of ``count`` rows given column by column: one format string pads each row."""
    widths = [
        max(len(name), max(map(len, set(column)), default=0))
        for name, column in zip(variables, columns, strict=True)
    ]
    padded = "  ".join(f"%-{w}s" for w in widths)
    lines = [
        (padded % variables).rstrip(),
        "  ".join("-" * w for w in widths),
        *(
            map(str.rstrip, map(padded.__mod__, zip(*columns, strict=True)))
            if columns
            else [""] * count
        ),
        f"({count} row{'s' if count != 1 else ''})",
    ]
    return "\n".join(lines)
