"""Reaching any SPARQL 1.1 triplestore: its URLs, credentials and one HTTP client.

The package (:mod:`diplokg.store.remote`) loads into and queries any store through the
W3C protocols only; this module holds what every request shares, and the overview:

Three URLs describe a store, because stores lay them out differently: the
SPARQL 1.1 **query** endpoint, the SPARQL 1.1 **update** endpoint (defaults to
the query endpoint) and, optionally, the SPARQL 1.1 **Graph Store** HTTP
Protocol endpoint (``?graph=IRI``). For example::

    Oxigraph server   query  http://HOST:7878/query
                      update http://HOST:7878/update
                      gsp    http://HOST:7878/store
    Virtuoso          query  http://HOST:8890/sparql
                      update http://HOST:8890/sparql-auth         (HTTP digest)
                      gsp    http://HOST:8890/sparql-graph-crud-auth

**Loading** (:func:`load_remote`) puts each article into its own named graph.
By default (``commit="all"``) one load is all or nothing: every input is
parsed first, every graph is staged where no stored query can see it (its IRIs
prefixed, :func:`staged_triple`), and one update request swaps them all in
(:class:`_StagedLoad`); a failed load drops its staging graphs. With
``commit="batch"`` each batch commits on its own, and in ``replace`` mode swaps
its graphs atomically: a reader sees the old graph or the new one, never a mix
or an empty graph. Whole articles are sent in batches of at most
``chunk_triples`` triples (and ``chunk_bytes`` bytes), the input parsed as a
stream, in one of two ways:

* without a Graph Store endpoint, one SPARQL Update request per batch, holding
  ``DROP SILENT GRAPH g ; INSERT DATA { GRAPH g { … } }`` for each article.
  SPARQL 1.1 Update asks a service to apply a request atomically, all of it or
  none of it, and nothing is staged where a reader could see it;
* with a Graph Store endpoint, each article goes by ``PUT`` into a staging graph
  (``urn:diplokg:staging:…``), whose triple count is checked, then one update
  request moves the whole batch into place (``MOVE``).

An article larger than a chunk is streamed in chunks into its staging graph,
then moved. A ``MOVE`` is never resent blindly: on Virtuoso a ``MOVE`` from a
graph that no longer exists empties the target, so after an ambiguous failure
the loader looks at both graphs first. Every graph's triple count is verified
at the end. ``append`` mode adds triples and leaves the rest. The packaged
ontology goes into its own graph too, as in the embedded store, so the stored
queries work.

The store layout is the embedded store's (:mod:`diplokg.store.embedded`): the
descriptions of shared entities, posts and roles, which every article restates,
go once into the shared entity graph, each distinct triple in the same request
as the first article that gives it (so no article is visible without them);
the entity graph only grows, and its count is checked to hold at least what
was sent.

Which way is faster depends on the store: Oxigraph copies a ``MOVE`` triple by
triple, so give it no Graph Store endpoint; Virtuoso compiles each ``INSERT
DATA`` to SQL (slowly, a thousand triples at most, no blank nodes), so give it one.

**Querying** (:func:`run_remote_query`, :func:`write_remote_result`) posts a
stored query by the SPARQL 1.1 Protocol and parses the JSON results with
pyoxigraph as they arrive. Parameters are bound as RDF terms in a ``VALUES``
block put at the start of the query's ``WHERE`` group (remote endpoints take
no pyoxigraph substitutions), serialised by pyoxigraph, never pasted from user
text. The stored queries read the default graph as the union of the named
graphs, as in the embedded store; :func:`default_graph` finds, once per
endpoint, how to ask each store for it (:data:`UNION_WAYS`), or says what to
change.

**HTTP**: only ``307``/``308`` redirects to the same origin are followed; any
other redirect is an error naming the new address (credentials never go to
another origin; a POST is never turned into a GET). Secrets are redacted from
messages by value in every form a server may echo them (:func:`_redact`).

**Settings from the environment** (never on the command line, never printed):

=================================== ===========================================
``DIPLOKG_ENDPOINT_USER``           user name for HTTP basic or digest auth
``DIPLOKG_ENDPOINT_PASSWORD``       its password
``DIPLOKG_ENDPOINT_AUTH``           ``basic`` (default, sent with every request)
                                    or ``digest`` (answers the server's challenge)
``DIPLOKG_ENDPOINT_TOKEN``          bearer token (instead of user and password)
``DIPLOKG_ENDPOINT_CONNECT_TIMEOUT`` seconds to wait for a connection (10)
``DIPLOKG_ENDPOINT_TIMEOUT``        seconds to wait for an answer (300)
``DIPLOKG_ENDPOINT_MAX_MIB``        largest answer read whole into memory, in MiB
                                    (1024; answers written through as they come,
                                    such as CSV and TSV results, have no limit)
=================================== ===========================================

Connection errors and 5xx answers are retried with exponential backoff (three
retries); 4xx answers and read timeouts are not. Errors name the URL, the HTTP
status and the server's message, on one line, without the credentials.
"""

from __future__ import annotations

import base64
import http.client
import ipaddress
import os
import re
import socket
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import quote, quote_plus, urljoin, urlsplit

from diplokg import __version__
from diplokg.errors import EndpointError, UsageError, masked_urls, shown_url
from diplokg.model.limits import shown

if TYPE_CHECKING:
    pass

# ssl, urllib.request, hashlib, secrets and concurrent.futures are imported where they are
# used: a query over plain HTTP does not pay for them at start-up.

__all__ = [
    "ENV_AUTH",
    "ENV_CONNECT_TIMEOUT",
    "ENV_MAX_MIB",
    "ENV_PASSWORD",
    "ENV_TIMEOUT",
    "ENV_TOKEN",
    "ENV_USER",
    "Credentials",
    "Endpoint",
    "redact_secrets",
]

ENV_USER = "DIPLOKG_ENDPOINT_USER"
ENV_PASSWORD = "DIPLOKG_ENDPOINT_PASSWORD"  # noqa: S105 - the variable's name, not a password
ENV_TOKEN = "DIPLOKG_ENDPOINT_TOKEN"  # noqa: S105
ENV_AUTH = "DIPLOKG_ENDPOINT_AUTH"
ENV_TIMEOUT = "DIPLOKG_ENDPOINT_TIMEOUT"
ENV_CONNECT_TIMEOUT = "DIPLOKG_ENDPOINT_CONNECT_TIMEOUT"
ENV_MAX_MIB = "DIPLOKG_ENDPOINT_MAX_MIB"

_USER_AGENT = f"diplokg/{__version__}"
_SPARQL_UPDATE = "application/sparql-update"

# --------------------------------------------------------------------------
# Settings
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Credentials:
    """How to authenticate: HTTP basic or digest (user, password) or a bearer token."""

    scheme: Literal["basic", "digest", "bearer"]
    user: str = field(default="", repr=False)
    secret: str = field(default="", repr=False)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Credentials | None:
        """Credentials from ``DIPLOKG_ENDPOINT_*`` variables, or ``None`` when none are set."""
        env = os.environ if environ is None else environ
        user, password = env.get(ENV_USER, ""), env.get(ENV_PASSWORD, "")
        token, scheme = env.get(ENV_TOKEN, ""), env.get(ENV_AUTH, "").strip().lower()
        # The token and user name go into a header as they are (a password is encoded).
        for name, value in ((ENV_USER, user), (ENV_TOKEN, token)):
            if any(ch != "\t" and (ord(ch) < 32 or ord(ch) == 127) for ch in value):  # not shown
                raise UsageError(f"{name} holds a control character (a line break?); remove it")
        if token:
            if user or password:
                raise UsageError(f"set either {ENV_TOKEN} or {ENV_USER}/{ENV_PASSWORD}, not both")
            return cls("bearer", secret=token)
        if not user and not password:
            return None
        if not user or not password:
            missing = ENV_PASSWORD if user else ENV_USER
            raise UsageError(
                f"{missing} is not set (both {ENV_USER} and {ENV_PASSWORD} are needed)"
            )
        if scheme not in ("", "basic", "digest"):
            raise UsageError(f"{ENV_AUTH} must be 'basic' or 'digest', not {scheme!r}")
        return cls("digest" if scheme == "digest" else "basic", user=user, secret=password)


def _seconds(env: Mapping[str, str], name: str, default: float) -> float:
    text = env.get(name, "").strip()
    if not text:
        return default
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 < value <= _MAX_SECONDS:  # also false for nan
        raise UsageError(
            f"{name} must be a number of seconds above 0 and at most {_MAX_SECONDS:.0f}, "
            f"not {text[:40]!r}"
        )
    return value


#: Longest wait a timeout variable may ask for (a day); inf and nan are refused.
_MAX_SECONDS = 86_400.0


def _mebibytes(env: Mapping[str, str], name: str, default: int) -> int:
    text = env.get(name, "").strip()
    if not text:
        return default
    if not text.isdigit() or not 1 <= int(text) <= _MAX_MIB:
        raise UsageError(
            f"{name} must be a whole number of MiB from 1 to {_MAX_MIB}, not {text[:40]!r}"
        )
    return int(text)


#: Largest answer size a variable may allow (64 GiB).
_MAX_MIB = 65_536


def _bad_character(url: str, *, non_ascii: bool = False) -> str:
    """Which character ``url`` must not hold (a space, a control or, unless ``non_ascii``,
    a non-ASCII character) and where, in words that do not repeat the URL; empty if none."""
    for index, ch in enumerate(url):
        if ch.isspace() or not ch.isprintable() or not (ch.isascii() or non_ascii):
            kind = (
                "a space"
                if ch == " "
                else "a non-ASCII character"
                if ch.isprintable()
                else "a control character"
            )
            return (
                f"contains {kind} (U+{ord(ch):04X}) at character {index + 1}; a URL holds "
                "none: remove it, or percent-encode it (a space is %20)"
            )
    return ""


def _url_problem(url: str) -> str | None:
    """What makes ``url`` unusable as an endpoint, in words that never repeat it, or None.

    A URL holds no space, control or non-ASCII character (http.client refused a space
    with a traceback, and urllib silently dropped a tab or line break from the middle);
    it is http or https with a host and a port from 1 to 65535, and carries no
    ``user:password@`` (credentials come from the environment).
    """
    bad = _bad_character(url)
    if bad:
        return bad
    try:
        parts = urlsplit(url)
    except ValueError as exc:  # "http://[::1"
        return f"is not a valid URL: {exc}"
    if parts.username is not None or parts.password is not None:
        return (
            f"must not carry credentials ({shown_url(url)}); set {ENV_USER} and "
            f"{ENV_PASSWORD} (or {ENV_TOKEN}) in the environment instead"
        )
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return f"must be an http:// or https:// URL with a host, not {shown_url(url)!r}"
    try:
        port = parts.port  # raises ValueError on a malformed port, or one beyond 65535
    except ValueError:
        port = 0
    if port == 0:
        return f"has a malformed port (give 1 to 65535): {shown_url(url)!r}"
    host = parts.hostname
    if not (_HOST_NAME.fullmatch(host) or _ip_literal(parts.netloc)):
        # "127.0.0.1%00.evil.example" was looked up four times as an unknown host
        return (
            f"has a host no name or address can be ({host!r}): a host name is labels of "
            "letters, digits, '-' and '_' joined by '.'; an IPv6 address is written in "
            "brackets ([::1])"
        )
    for part, where in ((parts.path, "path"), (parts.query, "query string")):
        control = _ENCODED_CONTROL.search(part)
        if control:
            # "/sparql%00.json" or "?x=%00": a server written in C reads the path or a
            # parameter up to the NUL (another endpoint than the one named), and a line
            # break splits a header a proxy logs or forwards
            return (
                f"has a percent-encoded control character ({control[0]}) in its {where}, "
                "which no endpoint's address holds: remove it"
            )
    if "#" in url:
        # HTTP never sends it: the request went to the URL without it, the messages
        # named the URL with it (a token pasted after '#' was shown, never used)
        return f"has a fragment ('#…'), which HTTP never sends: leave it out ({shown_url(url)!r})"
    return None


#: A control character percent-encoded (``%00``, ``%0a``, ``%7f``).
_ENCODED_CONTROL = re.compile(r"%(?:[01][0-9A-Fa-f]|7[Ff])")
#: A host name or IPv4 address as a URL holds it (after punycode): labels of letters,
#: digits, '-' and '_' (Docker's and other internal names have it) joined by single dots.
_LABEL = r"[A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?"
_HOST_NAME = re.compile(rf"{_LABEL}(?:\.{_LABEL})*\.?")


def _ip_literal(netloc: str) -> bool:
    """Whether ``netloc``'s host is an IPv6 address in brackets (``[::1]``), no zone."""
    host = netloc.rpartition("@")[2]
    if not host.startswith("["):
        return False
    literal = host[1 : host.index("]")]
    try:
        ipaddress.IPv6Address(literal)
    except ValueError:
        return False
    return "%" not in literal  # (a zone, fe80::1%25eth0, was looked up as a host name)


def _ascii_host(url: str) -> str:
    """``url`` with an internationalised host name (``bücher.example``) written in
    punycode (``xn--bcher-kva.example``) by Python's ``idna`` codec, as a browser does;
    unchanged if its host is ASCII or it is no URL.

    Such a host was refused as a non-ASCII character while its punycode form worked.
    Raises :class:`ValueError`, saying why, if the codec cannot encode it (an empty or
    over-long label, a character no domain name may hold).
    """
    try:
        netloc = urlsplit(url).netloc
    except ValueError:
        return url  # (_url_problem says why)
    userinfo, at, hostport = netloc.rpartition("@")
    host, colon, port = hostport.rpartition(":") if ":" in hostport else (hostport, "", "")
    if host.isascii() or host.startswith("["):
        return url
    try:
        encoded = host.encode("idna").decode("ascii")
    except UnicodeError as exc:
        why = str(exc).rpartition("UnicodeError: ")[2].rstrip(")")
        raise ValueError(
            f"has a host name the IDNA codec cannot write in punycode ({why}): a label "
            "(between dots) holds 1 to 63 characters; fix it"
        ) from None
    return url.replace(netloc, f"{userinfo}{at}{encoded}{colon}{port}", 1)


def _check_url(url: str, what: str) -> str:
    """``url`` if it can name an endpoint, else :class:`UsageError` (``what`` is the option).

    An internationalised host name is written in punycode first (:func:`_ascii_host`).
    """
    bad = _bad_character(url, non_ascii=True)  # (said where it is in the URL as given)
    if bad:
        raise UsageError(f"{what} {bad}")
    try:
        url = _ascii_host(url)
    except ValueError as exc:
        raise UsageError(f"{what} {exc}") from None
    problem = _url_problem(url)
    if problem is not None:
        raise UsageError(f"{what} {problem}")
    return url


@dataclass(frozen=True)
class Endpoint:
    """A SPARQL 1.1 store: its query, update and (optional) Graph Store URLs and settings."""

    query_url: str
    update_url: str
    gsp_url: str | None = None
    credentials: Credentials | None = field(default=None, repr=False)
    connect_timeout: float = 10.0
    timeout: float = 300.0
    #: Largest answer read whole into memory, in bytes (a streamed one has no limit).
    max_answer: int = 1024 << 20
    retries: int = 3
    backoff: float = 0.5

    @classmethod
    def configure(
        cls,
        url: str,
        *,
        update_url: str | None = None,
        gsp_url: str | None = None,
        environ: Mapping[str, str] | None = None,
        retries: int = 3,
        backoff: float = 0.5,
    ) -> Endpoint:
        """An endpoint from its URLs, with credentials and timeouts from the environment."""
        env = os.environ if environ is None else environ
        return cls(
            query_url=_check_url(url, "--endpoint"),
            update_url=_check_url(update_url or url, "--update-endpoint"),
            gsp_url=_check_url(gsp_url, "--gsp-endpoint") if gsp_url else None,
            credentials=Credentials.from_env(env),
            connect_timeout=_seconds(env, ENV_CONNECT_TIMEOUT, 10.0),
            timeout=_seconds(env, ENV_TIMEOUT, 300.0),
            max_answer=_mebibytes(env, ENV_MAX_MIB, 1024) << 20,
            retries=retries,
            backoff=backoff,
        )


#: The shortest part of a secret that is redacted where it appears alone (a token cut
#: mid-way); a whole secret is redacted however short.
_FRAGMENT = 6
#: Secrets shorter than this cannot be redacted by value without mangling the text
#: around them: a server message is then withheld whole.
_SHORT_SECRET = 4


def _secret_forms(credentials: Credentials | None) -> set[str]:
    """Every form a secret can be echoed in: raw, basic-auth encoded, whitespace-collapsed,
    URL-escaped (path and form), HTML-escaped."""
    import html

    if credentials is None or not credentials.secret:
        return set()
    raw = {credentials.secret}
    if credentials.scheme == "basic":
        pair = f"{credentials.user}:{credentials.secret}".encode()
        raw.add(base64.b64encode(pair).decode("ascii"))
    forms = set()
    for value in raw:
        for form in (value, " ".join(value.split())):
            forms |= {form, quote(form, safe=""), quote_plus(form, safe=""), html.escape(form)}
            forms |= {html.escape(form, quote=False), quote(form), form.lower(), form.upper()}
    return {f for f in forms if f}


def _redact(text: str, credentials: Credentials | None) -> str:
    """``text`` with every form of the secret, and any long enough piece of one, as ``***``.

    A piece counts from :data:`_FRAGMENT` characters (a token cut mid-way, at the
    start or end of an echo); a secret shorter than :data:`_SHORT_SECRET`
    characters withholds any text that holds it at all.
    """
    forms = _secret_forms(credentials)
    if not forms or not text:
        return text
    if credentials is not None and len(credentials.secret) < _SHORT_SECRET:
        if any(f in text for f in forms):
            return "(message withheld: it may hold the password)"
        return text
    covered = bytearray(len(text))
    for form in forms:
        size = min(len(form), _FRAGMENT)
        for start in range(len(form) - size + 1):
            piece = form[start : start + size]
            at = text.find(piece)
            while at != -1:
                covered[at : at + size] = b"\x01" * size
                at = text.find(piece, at + 1)
    if not any(covered):
        return text
    out, i = [], 0
    while i < len(text):
        if covered[i]:
            while i < len(text) and covered[i]:
                i += 1
            out.append("***")
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def redact_secrets(text: str, environ: Mapping[str, str] | None = None) -> str:
    """``text`` (a traceback, a message) as diplokg may show or write it: the endpoint's
    password or token from the environment redacted in every form :func:`_redact` knows,
    and the credentials and secret fields of any URL in it masked. For what a crash
    report or ``--debug`` shows: an exception's message may repeat a URL or a secret."""
    env = os.environ if environ is None else environ
    for secret in (env.get(ENV_PASSWORD, ""), env.get(ENV_TOKEN, "")):
        if secret:
            text = _redact(text, Credentials("basic", user=env.get(ENV_USER, ""), secret=secret))
    return masked_urls(text)


def _server_message(body: bytes, creds: Credentials | None = None, limit: int = 300) -> str:
    """The gist of an error body: HTML tags dropped, whitespace collapsed, secrets redacted,
    cut short (after redacting, so that no cut leaves a piece of a secret)."""
    import html

    text = body[:65536].decode("utf-8", errors="replace")
    if re.search(r"(?i)<(!doctype|html|body|head|h1|p|pre|xmp)\b", text):
        text = re.sub(r"(?is)<(script|style|title)[^>]*>.*?</\1>", " ", text)
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    text = _redact(" ".join(text.split()), creds)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _http_error(
    what: str, url: str, status: int, reason: str, body: bytes, creds: Credentials | None
) -> EndpointError:
    message = _server_message(body, creds)
    line = f"{what} {url}: HTTP {status} {_redact(reason, creds)}".rstrip()
    if message:
        line += f": {message}"
    return EndpointError(
        _redact(line, creds), url=url, status=status, server_message=message or None
    )


# --------------------------------------------------------------------------
# HTTP: keep-alive connections, timeouts, retries, basic/digest/bearer auth
# --------------------------------------------------------------------------


class _ConnectFailed(Exception):
    """Nothing reached the server (connection refused, DNS, connect timeout)."""


class _Broken(Exception):
    """The connection broke after the request was (perhaps) sent."""


class _ReadTimeout(Exception):
    """The server accepted the request but did not answer in time."""


def _reason(exc: BaseException) -> str:
    if isinstance(exc, TimeoutError):
        return "timed out"
    if isinstance(exc, http.client.IncompleteRead):
        if not exc.expected:  # (a chunked answer: its next chunk never came whole)
            return "the answer was cut off: it ended before its last chunk"
        return (
            "the answer was cut off: the connection closed before its end with "
            f"{exc.expected:,} bytes of it still to come"
        )
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    if isinstance(exc, socket.gaierror):
        return "unknown host"
    if isinstance(exc, http.client.RemoteDisconnected):
        return "the server closed the connection"
    if isinstance(exc, http.client.BadStatusLine | http.client.UnknownProtocol):
        # (its text was the server's first line alone: "error: cannot query URL: garbage")
        line = str(exc.args[0] if exc.args else "").strip()[:40]
        return f"the answer is not HTTP: its first line is {line!r} (is this an HTTP server?)"
    if isinstance(exc, ConnectionResetError):
        return "connection reset by the server"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    return str(exc) or type(exc).__name__


def _tls_context() -> Any:
    import ssl

    return ssl.create_default_context()


class _TooLarge(Exception):
    """An answer to be read whole is larger than the endpoint allows."""


def _read_within(response: http.client.HTTPResponse, seconds: float, limit: int) -> bytes:
    """The whole body of ``response``, or :class:`TimeoutError` after ``seconds`` in all,
    or :class:`_TooLarge` past ``limit`` bytes.

    The socket's timeout bounds each read only: a server that sends a byte every
    second would otherwise keep diplokg waiting for ever, and one that sends without end
    would fill the memory.
    """
    deadline = time.monotonic() + seconds
    chunks = []
    size = 0
    while chunk := response.read1(1 << 16):  # what has come, not a full buffer
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            raise _TooLarge
        if time.monotonic() > deadline:
            raise TimeoutError
    chunks.append(response.read())  # b"", and the response done: its connection is free again
    return b"".join(chunks)


class _CheckedResponse(http.client.HTTPResponse):
    """An answer whose end is checked: a connection closed before the Content-Length
    declared is :class:`http.client.IncompleteRead`, however the answer is read.

    http.client says so only when the whole body is read at once; read in pieces (as
    the answer is parsed while it arrives, or read within a deadline), the early end
    looked like the end, and a cut-off answer was parsed as a broken one ("Parser
    error") or, cut between two rows, taken as the whole result.
    """

    def readinto(self, b: Any) -> int:
        n = super().readinto(b)
        if not n and len(b):
            self._check_end()
        return n

    def read(self, amt: int | None = None) -> bytes:
        data = super().read(amt)  # (read whole, http.client checks the end itself)
        if not data and amt:
            self._check_end()
        return data

    def read1(self, n: int = -1) -> bytes:
        data = super().read1(n)
        if not data and n:
            self._check_end()
        return data

    def _check_end(self) -> None:
        if self.length:  # bytes declared and never received
            raise http.client.IncompleteRead(b"", self.length)


class _Connection(http.client.HTTPConnection):
    """A connection whose responses are checked for their length and whose reads wait
    ``read_timeout`` seconds (connecting waits the ``timeout`` it was made with)."""

    response_class = _CheckedResponse
    read_timeout: float = 300.0

    def connect(self) -> None:
        super().connect()
        self.sock.settimeout(self.read_timeout)


class _TlsConnection(_Connection, http.client.HTTPSConnection):
    """The same over TLS: ``connect`` sets the timeout on the socket TLS has wrapped."""


@dataclass
class _Digest:
    realm: str
    nonce: str
    qop: str | None
    algorithm: str
    opaque: str | None
    count: int = 0


def _challenges(headers: Iterable[str]) -> dict[str, dict[str, str]]:
    """``WWW-Authenticate`` headers as {scheme: {param: value}} (lower-case scheme)."""
    found: dict[str, dict[str, str]] = {}
    if not headers:
        return found
    from urllib.request import parse_http_list, parse_keqv_list

    for header in headers:
        scheme, _, rest = header.strip().partition(" ")
        items = parse_http_list(rest)
        found[scheme.lower()] = parse_keqv_list([i for i in items if "=" in i])
    return found


def _h(algorithm: str, text: str) -> str:
    import hashlib

    data = text.encode("utf-8")
    if algorithm.upper().startswith("SHA-256"):
        return hashlib.sha256(data).hexdigest()
    return hashlib.md5(data, usedforsecurity=False).hexdigest()


def _digest_header(state: _Digest, method: str, uri: str, creds: Credentials) -> str:
    """An RFC 7616 ``Authorization: Digest`` value (MD5 or SHA-256, qop=auth)."""
    import secrets

    state.count += 1
    cnonce = secrets.token_hex(8)
    nc = f"{state.count:08x}"
    algorithm = state.algorithm
    ha1 = _h(algorithm, f"{creds.user}:{state.realm}:{creds.secret}")
    if algorithm.lower().endswith("-sess"):
        ha1 = _h(algorithm, f"{ha1}:{state.nonce}:{cnonce}")
    ha2 = _h(algorithm, f"{method}:{uri}")
    if state.qop is not None:
        response = _h(algorithm, f"{ha1}:{state.nonce}:{nc}:{cnonce}:auth:{ha2}")
    else:
        response = _h(algorithm, f"{ha1}:{state.nonce}:{ha2}")
    fields = [
        f'username="{creds.user}"',
        f'realm="{state.realm}"',
        f'nonce="{state.nonce}"',
        f'uri="{uri}"',
        f'response="{response}"',
        f"algorithm={algorithm}",
    ]
    if state.qop is not None:
        fields += ["qop=auth", f"nc={nc}", f'cnonce="{cnonce}"']
    if state.opaque is not None:
        fields.append(f'opaque="{state.opaque}"')
    return "Digest " + ", ".join(fields)


@dataclass(frozen=True)
class _Response:
    status: int
    reason: str
    body: bytes
    challenges: dict[str, dict[str, str]]
    location: str | None = None
    #: The unread answer of a streamed request (its connection is closed with it).
    stream: http.client.HTTPResponse | None = None
    #: The software the server names in its ``Server`` header ("" if none).
    server: str = ""
    #: The answer's ``Content-Encoding`` ("" if none), lower-cased.
    encoding: str = ""


_REDIRECTS = (301, 302, 303, 307, 308)


def _origin(url: str) -> tuple[str, str, int]:
    parts = urlsplit(url)
    return (
        parts.scheme,
        (parts.hostname or "").lower(),
        parts.port or (443 if parts.scheme == "https" else 80),
    )


class _Client:
    """A small HTTP/1.1 client: one keep-alive connection per host, auth, retries."""

    def __init__(self, endpoint: Endpoint, *, sleep: Callable[[float], None] = time.sleep):
        self.endpoint = endpoint
        self.sleep = sleep
        self.requests = 0
        self._connections: dict[tuple[str, str, int], http.client.HTTPConnection] = {}
        self._digest: dict[str, _Digest] = {}

    def close(self) -> None:
        for conn in self._connections.values():
            conn.close()
        self._connections.clear()

    def _connection(self, scheme: str, host: str, port: int) -> http.client.HTTPConnection:
        key = (scheme, host, port)
        conn = self._connections.get(key)
        if conn is None:
            timeout = self.endpoint.connect_timeout
            made = (
                _TlsConnection(host, port, timeout=timeout, context=_tls_context())
                if scheme == "https"
                else _Connection(host, port, timeout=timeout)
            )
            made.read_timeout = self.endpoint.timeout
            self._connections[key] = conn = made
        return conn

    def _drop(self, scheme: str, host: str, port: int) -> None:
        conn = self._connections.pop((scheme, host, port), None)
        if conn is not None:
            conn.close()

    def _auth(self, method: str, target: str, netloc: str) -> str | None:
        creds = self.endpoint.credentials
        if creds is None:
            return None
        if creds.scheme == "bearer":
            return f"Bearer {creds.secret}"
        if creds.scheme == "basic":
            raw = f"{creds.user}:{creds.secret}".encode()
            return "Basic " + base64.b64encode(raw).decode("ascii")
        state = self._digest.get(netloc)
        return _digest_header(state, method, target, creds) if state else None

    def _send_once(
        self,
        method: str,
        url: str,
        body: bytes | None,
        headers: dict[str, str],
        fresh: bool,
        stream: bool = False,
    ) -> _Response:
        parts = urlsplit(url)
        scheme, host = parts.scheme, parts.hostname or ""
        port = parts.port or (443 if scheme == "https" else 80)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        if fresh:
            self._drop(scheme, host, port)
        conn = self._connection(scheme, host, port)
        reused = conn.sock is not None
        all_headers = dict(headers)
        auth = self._auth(method, target, parts.netloc)
        if auth:
            all_headers["Authorization"] = auth
        if conn.sock is None:
            try:
                conn.connect()
            except OSError as exc:
                self._drop(scheme, host, port)
                raise _ConnectFailed(_reason(exc)) from None
        try:
            conn.request(method, target, body=body, headers=all_headers)
            response = conn.getresponse()
            streamed = stream and 200 <= response.status < 300
            data = (
                b""
                if streamed
                else _read_within(response, self.endpoint.timeout, self.endpoint.max_answer)
            )
        except TimeoutError:
            self._drop(scheme, host, port)
            raise _ReadTimeout from None
        except _TooLarge:
            self._drop(scheme, host, port)
            raise
        except (OSError, http.client.HTTPException) as exc:
            self._drop(scheme, host, port)
            if reused and not fresh:
                # A kept-alive connection the server had already closed: resend once.
                return self._send_once(method, url, body, headers, True, stream)
            raise _Broken(_reason(exc)) from None
        if streamed:
            # The answer is read as it comes: its connection is the caller's until then,
            # and closes with it. Closing the socket here is deferred by Python until the
            # answer's reader (a file made from it) is closed too; no socket is left for
            # the garbage collector.
            self._connections.pop((scheme, host, port), None)
            sock, conn.sock = conn.sock, None
            if sock is not None:
                sock.close()
        elif response.will_close:
            self._drop(scheme, host, port)
        return _Response(
            response.status,
            response.reason,
            data,
            _challenges(response.headers.get_all("WWW-Authenticate") or []),
            response.headers.get("Location"),
            response if streamed else None,
            response.headers.get("Server") or "",
            (response.headers.get("Content-Encoding") or "").strip().lower(),
        )

    def _redirected(self, method: str, url: str, response: _Response, what: str) -> str:
        """Where a redirect may be followed to, or :class:`EndpointError` saying why not.

        Only ``307``/``308`` to the same origin are followed (they keep the method and
        the body). A ``301``/``302``/``303`` would turn a POST into a GET without the
        query or update; another origin would receive the credentials.
        """
        creds = self.endpoint.credentials
        if not response.location:
            raise EndpointError(
                f"{what} {url}: HTTP {response.status} redirect without a Location", url=url
            )
        try:
            target = urljoin(url, response.location)
            target_origin = _origin(target)
        except ValueError:  # a Location urllib cannot read ("http://[::1", port 99999)
            target, target_origin = "", ("", "", 0)
        if not target or _bad_character(target):  # (a space: http.client crashed)
            raise EndpointError(
                f"{what} {url}: HTTP {response.status} redirects to a malformed Location; "
                "diplokg does not follow it",
                url=url,
                status=response.status,
            ) from None
        shown = _redact(shown_url(target), creds)
        problem = _url_problem(target.partition("#")[0])  # (a fragment is never sent)
        if problem is not None:
            # The endpoint's own checks, for where it sends diplokg: a 'file:' or 'gopher:'
            # address was suggested as the URL to give, a '%00' in the path or query of
            # the same origin was followed
            raise EndpointError(
                f"{what} {url}: HTTP {response.status} redirects to an address diplokg does "
                f"not follow: it {_redact(problem, creds)}",
                url=url,
                status=response.status,
            )
        if response.status not in (307, 308) and method != "GET":
            raise EndpointError(
                f"{what} {url}: HTTP {response.status} redirects to {shown}, which would turn "
                f"the {method} into a GET and lose the request; give that URL instead",
                url=url,
                status=response.status,
            )
        if target_origin != _origin(url):
            held = " (with credentials)" if creds is not None else ""
            raise EndpointError(
                f"{what} {url}: HTTP {response.status} redirects to another origin, {shown}; "
                f"diplokg does not follow it{held}: give that URL if you trust it",
                url=url,
                status=response.status,
            )
        return target

    def update(self, operations: Iterable[bytes], *, idempotent: bool = True) -> None:
        """One SPARQL Update request of ``operations``: applied all or nothing by the store."""
        self.request(
            "POST",
            self.endpoint.update_url,
            what="cannot update",
            body=b" ;\n".join(operations),
            content_type=_SPARQL_UPDATE,
            idempotent=idempotent,
        )

    def request(
        self,
        method: str,
        url: str,
        *,
        what: str,
        body: bytes | None = None,
        content_type: str | None = None,
        accept: str | None = None,
        idempotent: bool = True,
        stream: bool = False,
    ) -> _Response:
        """Send one request; retry connection errors and 5xx answers, raise on the rest.

        A request that is not ``idempotent`` goes on a fresh connection and is
        retried only when nothing reached the server; otherwise :class:`_Broken`
        tells the caller the outcome is unknown. With ``stream``, a 2xx answer
        comes unread in :attr:`_Response.stream`. Redirects: see :meth:`_redirected`.
        """
        for _ in range(5):
            response = self._request(
                method, url, what, body, content_type, accept, idempotent, stream
            )
            if response.status not in _REDIRECTS:
                return response
            url = self._redirected(method, url, response, what)
        raise EndpointError(f"{what} {url}: more than 5 redirects", url=url)

    def _request(
        self,
        method: str,
        url: str,
        what: str,
        body: bytes | None,
        content_type: str | None,
        accept: str | None,
        idempotent: bool,
        stream: bool,
    ) -> _Response:
        headers = {"User-Agent": _USER_AGENT}
        if content_type:
            headers["Content-Type"] = content_type
        if accept:
            headers["Accept"] = accept
        endpoint, creds = self.endpoint, self.endpoint.credentials
        attempts = 1 + endpoint.retries
        netloc = urlsplit(url).netloc
        for attempt in range(1, attempts + 1):
            self.requests += 1
            try:
                response = self._send_once(method, url, body, headers, not idempotent, stream)
                if response.status == 401 and creds is not None and creds.scheme == "digest":
                    digest = response.challenges.get("digest")
                    if digest is not None and "nonce" in digest:
                        self._digest[netloc] = _Digest(
                            realm=digest.get("realm", ""),
                            nonce=digest["nonce"],
                            qop="auth" if "auth" in digest.get("qop", "").split(",") else None,
                            algorithm=digest.get("algorithm", "MD5"),
                            opaque=digest.get("opaque"),
                        )
                        self.requests += 1
                        response = self._send_once(method, url, body, headers, False, stream)
            except _ConnectFailed as exc:
                if attempt < attempts:
                    self.sleep(endpoint.backoff * 2 ** (attempt - 1))
                    continue
                raise EndpointError(
                    f"{what} {url}: cannot connect: {exc} ({attempts} attempts)", url=url
                ) from None
            except _ReadTimeout:
                raise EndpointError(
                    f"{what} {url}: no answer within {endpoint.timeout:g} s "
                    f"(set {ENV_TIMEOUT} to wait longer)",
                    url=url,
                ) from None
            except _TooLarge:
                raise EndpointError(
                    f"{what} {url}: the answer is larger than {endpoint.max_answer >> 20} MiB "
                    f"(set {ENV_MAX_MIB} to accept more)",
                    url=url,
                ) from None
            except _Broken as exc:
                if idempotent and attempt < attempts:
                    self.sleep(endpoint.backoff * 2 ** (attempt - 1))
                    continue
                if not idempotent:
                    raise
                raise EndpointError(f"{what} {url}: {exc} ({attempts} attempts)", url=url) from None
            if response.status >= 500 and attempt < attempts:
                self.sleep(endpoint.backoff * 2 ** (attempt - 1))
                continue
            if response.status >= 400:
                error = _http_error(
                    what, url, response.status, response.reason, response.body, creds
                )
                if response.status == 401:
                    error = EndpointError(
                        error.message + _auth_hint(creds, response.challenges),
                        url=url,
                        status=401,
                        server_message=error.server_message,
                    )
                raise error
            if response.encoding not in ("", "identity"):
                # http.client asks for "Accept-Encoding: identity": a gzip answer was
                # parsed as it was ("Parser error … '\x1f'"), and a plain one labelled gzip
                # taken on trust.
                if response.stream is not None:
                    response.stream.close()
                raise EndpointError(
                    f"{what} {url}: the answer is encoded ({shown(response.encoding)}), "
                    "though diplokg asked for it unencoded (Accept-Encoding: identity); "
                    "turn compression off for this client in the server or the proxy before it",
                    url=url,
                )
            return response
        raise AssertionError("unreachable")  # pragma: no cover


def _auth_hint(creds: Credentials | None, challenges: Mapping[str, Mapping[str, str]]) -> str:
    if creds is None:
        return f" (set {ENV_USER} and {ENV_PASSWORD}, or {ENV_TOKEN})"
    if creds.scheme == "basic" and "digest" in challenges:
        return f" (the server asks for digest authentication: set {ENV_AUTH}=digest)"
    if creds.scheme == "basic":
        return f" (check {ENV_USER}, {ENV_PASSWORD} and {ENV_AUTH}: basic or digest)"
    if creds.scheme == "digest":
        return f" (check {ENV_USER} and {ENV_PASSWORD})"
    return f" (check {ENV_TOKEN})"
