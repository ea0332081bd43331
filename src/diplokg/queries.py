"""Stored SPARQL queries: find them, read their headers, run them with bound parameters.

A stored query is ``queries/NAME.rq``, with a grlc-style header of ``#+``
lines (YAML) giving ``summary`` (its title), ``description`` and ``params``.
Parameters are the query's variables whose names start with ``_`` (``?_name``);
their values are bound as RDF terms through SPARQL substitution (SEP-0007),
never pasted into the query text.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

import pyoxigraph as ox
import yaml

from diplokg.errors import QueryError
from diplokg.limits import shown
from diplokg.resources import resource_files
from diplokg.terms import BASE, PREFIXES

__all__ = [
    "RESULT_FORMATS",
    "QueryParam",
    "QueryResult",
    "StoredQuery",
    "bind_params",
    "format_table",
    "get_query",
    "neutralise_csv",
    "parse_stored_query",
    "run_query",
    "serialize_result",
    "stored_queries",
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
    """A stored query and what its header says about it."""

    name: str
    title: str
    description: str
    params: tuple[QueryParam, ...]
    text: str


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


def parse_stored_query(name: str, text: str) -> StoredQuery:
    """Read a stored query's ``#+`` header; checks params match the ``?_`` variables."""
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
    return StoredQuery(
        name=name,
        title=str(header["summary"]).strip(),
        description=" ".join(str(header["description"]).split()),
        params=tuple(params),
        text=text,
    )


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
    """The stored query called ``name``, or :class:`QueryError` listing the known ones."""
    try:
        return _stored()[name]
    except KeyError:
        known = ", ".join(sorted(_stored()))
        raise QueryError(f"no stored query named {shown(name)}; known queries: {known}") from None


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


def _execute(store: ox.Store, query: StoredQuery, params: Mapping[str, str]) -> ox.QuerySolutions:
    solutions = store.query(
        query.text,
        use_default_graph_as_union=True,
        substitutions=bind_params(query, params),
    )
    if not isinstance(solutions, ox.QuerySolutions):
        raise QueryError(f"stored query {query.name!r} is not a SELECT query")
    return solutions


def run_query(
    store: ox.Store, query: StoredQuery, params: Mapping[str, str] | None = None
) -> QueryResult:
    """Run a stored SELECT query on ``store`` (default graph = union of all graphs)."""
    solutions = _execute(store, query, params or {})
    variables = tuple(v.value for v in solutions.variables if not v.value.startswith("_"))
    rows = tuple(tuple(solution[v] for v in variables) for solution in solutions)
    return QueryResult(variables, rows)


def serialize_result(
    store: ox.Store, query: StoredQuery, params: Mapping[str, str] | None, fmt: str
) -> str:
    """Run a stored query and serialise its results as SPARQL 1.1 JSON, CSV or TSV."""
    formats = {
        "json": ox.QueryResultsFormat.JSON,
        "csv": ox.QueryResultsFormat.CSV,
        "tsv": ox.QueryResultsFormat.TSV,
    }
    if fmt not in formats:
        raise QueryError(f"unknown result format {fmt!r}; use one of {', '.join(formats)}")
    data = _execute(store, query, params or {}).serialize(format=formats[fmt])
    assert data is not None  # noqa: S101 - serialize returns bytes without an output
    text = data.decode("utf-8")
    text = _drop_parameter_columns(text, fmt) if query.params else text
    return neutralise_csv(text) if fmt == "csv" else text


#: What makes a spreadsheet read a CSV cell as a formula (OWASP "CSV injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?\Z")


def _formula_like(cell: str) -> bool:
    return cell.startswith(_FORMULA_START) and not _NUMBER.match(cell)


def neutralise_csv(text: str) -> str:
    r"""CSV ``text`` with every cell a spreadsheet would run as a formula made plain text.

    A cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return (and
    not a number such as ``-3``) gets a leading ``'``, which spreadsheets show as text.
    Text without such cells is returned unchanged, byte for byte.

    >>> neutralise_csv('name\r\n=HYPERLINK("x")\r\n-3\r\n')
    'name\r\n"\'=HYPERLINK(""x"")"\r\n-3\r\n'
    """
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not any(_formula_like(cell) for row in rows[1:] for cell in row):
        return text
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(rows[0])
    writer.writerows(["'" + c if _formula_like(c) else c for c in row] for row in rows[1:])
    return out.getvalue()


#: Characters that would act on a terminal rather than show: C0 and C1 controls
#: (escape sequences, bell, backspace) and the bidirectional overrides.
_TERMINAL_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _visible(text: str) -> str:
    r"""``text`` with terminal control characters written as escapes (``\x1b``, ``\u202e``).

    >>> _visible("red\x1b[31m")
    'red\\x1b[31m'
    """
    return _TERMINAL_CONTROL.sub(
        lambda m: f"\\x{ord(m[0]):02x}" if ord(m[0]) < 0x100 else f"\\u{ord(m[0]):04x}", text
    )


def _drop_parameter_columns(text: str, fmt: str) -> str:
    """Remove the ``?_name`` columns that SEP-0007 substitution makes a query project."""
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


def _compact(term: _Term | None) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, ns in _DISPLAY_PREFIXES:
            if term.value.startswith(ns):
                return f"{prefix}:{term.value[len(ns) :]}"
    return _plain(term) or ""


def format_table(result: QueryResult, *, max_width: int = 60) -> str:
    """A plain-text table of a result: IRIs shortened by prefix, long cells cut."""

    def cell(term: _Term | None) -> str:
        text = _visible(" ".join(_compact(term).split()))
        return text if len(text) <= max_width else text[: max_width - 1] + "…"

    rows: Sequence[tuple[str, ...]] = [tuple(cell(t) for t in row) for row in result.rows]
    widths = [
        max([len(name), *(len(row[i]) for row in rows)]) for i, name in enumerate(result.variables)
    ]
    lines = [
        "  ".join(name.ljust(w) for name, w in zip(result.variables, widths, strict=True)).rstrip(),
        "  ".join("-" * w for w in widths),
    ]
    lines += [
        "  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() for row in rows
    ]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)
