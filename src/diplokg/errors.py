"""One error hierarchy for diplokg.

The library raises these; only the CLI turns them into one-line messages and
exit codes (:func:`diplokg.cli.main`). Input errors carry the file, line and
column (1-based) that a user has to fix, and build their message in
``__str__`` so that every caller prints the same line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote_plus, urlsplit

__all__ = [
    "AnnotationError",
    "DiplokgError",
    "EndpointError",
    "ErrorRecord",
    "EvidenceError",
    "InputError",
    "QueryError",
    "RdfSyntaxError",
    "StoreError",
    "ToolError",
    "UnknownReferenceError",
    "UnsupportedShapes",
    "UsageError",
    "masked_urls",
    "message_line",
    "shown_url",
    "visible",
]


class DiplokgError(Exception):
    """Base class of every error diplokg raises on purpose (the CLI exits 2)."""

    def __init__(
        self,
        message: str,
        *,
        path: Path | str | None = None,
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = Path(path) if path is not None else None
        self.line = line
        self.column = column

    def location(self) -> str:
        """``file:line:column`` as far as it is known, or an empty string."""
        if self.path is None:
            return ""
        loc = str(self.path)
        if self.line is not None:
            loc += f":{self.line}"
            if self.column is not None:
                loc += f":{self.column}"
        return loc

    def __str__(self) -> str:
        loc = self.location()
        return f"{loc}: {self.message}" if loc else self.message


@dataclass(frozen=True)
class ErrorRecord:
    """A :class:`DiplokgError` as plain data, to cross a process boundary and be raised again.

    (An error class whose ``__init__`` takes other arguments, as :class:`EndpointError`
    does, would not survive pickling as itself.)
    """

    cls: type[DiplokgError]
    message: str
    path: Path | None = None
    line: int | None = None
    column: int | None = None

    @classmethod
    def of(cls, exc: DiplokgError) -> ErrorRecord:
        """The record of ``exc``."""
        return cls(type(exc), exc.message, exc.path, exc.line, exc.column)

    def error(self) -> DiplokgError:
        """The error again, to raise."""
        return self.cls(self.message, path=self.path, line=self.line, column=self.column)


class UsageError(DiplokgError, ValueError):
    """A command was called with options that do not fit together."""


class InputError(DiplokgError, ValueError):
    """An input file is missing, unreadable or malformed."""


class AnnotationError(InputError):
    """An annotation, metadata or registry YAML file breaks the annotation schema."""


class EvidenceError(AnnotationError):
    """An evidence text is not found in the article, or is ambiguous there."""


class UnknownReferenceError(AnnotationError):
    """An annotation names an entity or fact id that is not defined."""


class RdfSyntaxError(InputError):
    """An RDF file does not parse."""


class QueryError(DiplokgError, ValueError):
    """A stored query is unknown, or its parameters are wrong."""


class StoreError(DiplokgError, OSError):
    """The store cannot be opened, read or written."""


class EndpointError(StoreError):
    """A SPARQL endpoint is unreachable, timed out, or rejected a request."""

    def __init__(
        self,
        message: str,
        *,
        url: str,
        status: int | None = None,
        server_message: str | None = None,
    ) -> None:
        super().__init__(message)
        self.url = url
        self.status = status
        self.server_message = server_message

    def __str__(self) -> str:
        return self.message


class ToolError(DiplokgError, OSError):
    """A program diplokg runs (Graphviz's ``dot``) is missing or fails."""


class UnsupportedShapes(DiplokgError, ValueError):
    """The fast SHACL engine cannot evaluate these shapes (or this data) exactly: use pySHACL."""


#: Characters that would act on a terminal rather than show: C0 and C1 controls
#: (escape sequences, bell, backspace, carriage return) and the bidirectional overrides;
#: and those that show nothing, so that a name holding one would pass for another in a
#: table or a message: the zero-width space, the word joiner and the BOM.
_TERMINAL_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u200b\u202a-\u202e\u2060\u2066-\u2069\ufeff]")


#: Characters a page written for people shows as escapes: what would act on a terminal
#: (but tabs and line ends, which lay the text out), the bidirectional embeddings,
#: overrides and isolates, and the invisible zero-width space, word joiner and BOM.
_HIDDEN_IN_PAGE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u202a-\u202e\u2060\u2066-\u2069\ufeff]"
)


def visible(text: str, *, page: bool = False) -> str:
    r"""``text`` with terminal control characters written as escapes (``\x1b``, ``\u202e``).

    Every line diplokg writes to a terminal that may hold a user's value (a file name,
    an IRI, a YAML value) goes through this, so the value shows instead of acting (or
    instead of hiding: a zero-width space in a name shows as ``\u200b``). With
    ``page``, every value a review page or the docs show goes through it too (their
    templates' ``finalize``): a right-to-left override in a name, a note or the article
    text reversed what followed it on the page, and a zero-width space hid in a name
    that looked like another; letters of every script, marks (LRM, RLM) and joiners
    (ZWJ, ZWNJ) show as they are.

    >>> visible("red\x1b[31m"), visible("a\u202eb\n", page=True)
    ('red\\x1b[31m', 'a\\u202eb\n')
    """
    return (_HIDDEN_IN_PAGE if page else _TERMINAL_CONTROL).sub(_escaped, text)


def message_line(text: str) -> str:
    """A status or error line as diplokg shows it: :func:`visible`, and the secrets of any
    URL in it masked (:func:`shown_url`), so a token in an endpoint's query string that a
    message repeats is not echoed. (Query results are data: they only go through
    :func:`visible`.)

    >>> message_line("cannot query http://h/sparql?api_key=s3cret: refused")
    'cannot query http://h/sparql?api_key=***: refused'
    """
    return visible(masked_urls(text))


def masked_urls(text: str) -> str:
    """``text`` with every URL in it as :func:`shown_url` shows it (lines kept as they are).

    >>> masked_urls("GET http://ann:pw@h/q?token=t\\n")
    'GET http://***@h/q?token=***\\n'
    """
    return _URL_IN_TEXT.sub(_shown_url_match, text) if "://" in text else text


#: Query-string names whose values are secrets (``?api_key=…``, ``?access_token=…``).
_SECRET_PARAM = re.compile(
    r"(?i)(?:^|[_.-])(?:token|key|apikey|secret|password|passwd|pwd|pass|auth|sig|signature|"
    r"credentials?|session|sessionid|sid)$"
)
#: A URL inside a line of text, and the punctuation that may close the sentence after it.
_URL_IN_TEXT = re.compile(r"(?i)\bhttps?://[^\s<>\"'`]+")
_CLOSING = ".,:;!?)]}"


def shown_url(url: str) -> str:
    """``url`` as it may be shown: a ``user:password@`` part replaced by ``***@``, and the
    value of a query or fragment parameter named like a secret (``token``, ``api_key``)
    by ``***``.

    >>> shown_url("https://ann:pw@example.org/sparql?graph=g&access_token=abc")
    'https://***@example.org/sparql?graph=g&access_token=***'
    >>> shown_url("https://example.org/cb#access_token=abc&state=1")
    'https://example.org/cb#access_token=***&state=1'
    """
    try:
        parts = urlsplit(url)
    except ValueError:  # "http://[::1": shown as given (a checked URL never is)
        return url
    shown = parts
    if "@" in parts.netloc:
        shown = shown._replace(netloc="***@" + parts.netloc.rpartition("@")[2])
    # (a fragment too: OAuth's implicit flow hands out "#access_token=…")
    shown = shown._replace(query=_masked(parts.query), fragment=_masked(parts.fragment))
    return url if shown == parts else shown.geturl()


def _masked(fields: str) -> str:
    """``a=1&token=x`` with the values of the fields named like a secret made ``***``."""
    if not fields:
        return fields
    kept = []
    for field in fields.split("&"):
        name, sep, _ = field.partition("=")
        secret = sep and _SECRET_PARAM.search(unquote_plus(name))
        kept.append(f"{name}=***" if secret else field)
    return "&".join(kept)


def _shown_url_match(match: re.Match[str]) -> str:
    url = match[0]
    body = url.rstrip(_CLOSING)
    return shown_url(body) + url[len(body) :]


def _escaped(match: re.Match[str]) -> str:
    code = ord(match[0])
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
