"""Load into and query any SPARQL 1.1 triplestore, through the W3C protocols only.

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
=================================== ===========================================

Connection errors and 5xx answers are retried with exponential backoff (three
retries); 4xx answers and read timeouts are not. Errors name the URL, the HTTP
status and the server's message, on one line, without the credentials.
"""

from __future__ import annotations

import base64
import contextlib
import http.client
import os
import queue
import re
import socket
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Literal, Unpack
from urllib.parse import quote, quote_plus, urlencode, urljoin, urlsplit

import pyoxigraph as ox

from diplokg import __version__
from diplokg.errors import EndpointError, QueryError, RdfSyntaxError, UsageError
from diplokg.rdf.formats import RdfFormat
from diplokg.rdf.iris import BASE, ENTITY_GRAPH, ENTITY_NS, ONTOLOGY_GRAPH
from diplokg.resources import resource_files
from diplokg.store.embedded import LoadedGraph
from diplokg.store.queries import (
    CsvGuard,
    Page,
    QueryResult,
    StoredQuery,
    bind_params,
    code_chars,
    format_table,
    get_query,
    result_text,
    results_format,
    slice_query,
    stream_solutions,
)

if TYPE_CHECKING:
    from concurrent.futures import Future

# ssl, urllib.request, hashlib, secrets and concurrent.futures are imported where they are
# used: a query over plain HTTP does not pay for them at start-up.

__all__ = [
    "ENV_AUTH",
    "ENV_CONNECT_TIMEOUT",
    "ENV_PASSWORD",
    "ENV_TIMEOUT",
    "ENV_TOKEN",
    "ENV_USER",
    "UNION_WAYS",
    "Credentials",
    "DefaultGraph",
    "Endpoint",
    "EndpointError",
    "LoadProgress",
    "LoadReport",
    "answer_remote_query",
    "article_files",
    "bind_values",
    "default_graph",
    "drop_graphs",
    "graph_counts",
    "list_graphs",
    "load_remote",
    "run_remote_query",
    "select",
    "serialize_remote_result",
    "shown_url",
    "write_remote_result",
    "writes_as_diplokg",
]

ENV_USER = "DIPLOKG_ENDPOINT_USER"
ENV_PASSWORD = "DIPLOKG_ENDPOINT_PASSWORD"  # noqa: S105 - the variable's name, not a password
ENV_TOKEN = "DIPLOKG_ENDPOINT_TOKEN"  # noqa: S105
ENV_AUTH = "DIPLOKG_ENDPOINT_AUTH"
ENV_TIMEOUT = "DIPLOKG_ENDPOINT_TIMEOUT"
ENV_CONNECT_TIMEOUT = "DIPLOKG_ENDPOINT_CONNECT_TIMEOUT"

_USER_AGENT = f"diplokg/{__version__}"
_NT = "application/n-triples"
_SPARQL_UPDATE = "application/sparql-update"
_STAGING = "urn:diplokg:staging:"
_ENTITY_GRAPH = str(ENTITY_GRAPH)
_INSERT_OP_TRIPLES = 1000
_VERIFY_GRAPHS = 500

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


def shown_url(url: str) -> str:
    """``url`` as it may be shown: any ``user:password@`` part replaced by ``***@``."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return parts._replace(netloc="***@" + parts.netloc.rpartition("@")[2]).geturl()


def _check_url(url: str, what: str) -> str:
    parts = urlsplit(url)
    shown = shown_url(url)
    if parts.username is not None or parts.password is not None:
        raise UsageError(
            f"{what} must not carry credentials ({shown}); set {ENV_USER} and {ENV_PASSWORD} "
            f"(or {ENV_TOKEN}) in the environment instead"
        )
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UsageError(f"{what} must be an http:// or https:// URL, not {shown!r}")
    try:
        parts.port  # noqa: B018 - raises ValueError on a malformed port
    except ValueError:
        raise UsageError(f"{what} has a malformed port: {shown!r}") from None
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
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    if isinstance(exc, socket.gaierror):
        return "unknown host"
    if isinstance(exc, http.client.RemoteDisconnected):
        return "the server closed the connection"
    if isinstance(exc, ConnectionResetError):
        return "connection reset by the server"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    return str(exc) or type(exc).__name__


def _tls_context() -> Any:
    import ssl

    return ssl.create_default_context()


class _Connection(http.client.HTTPConnection):
    read_timeout: float = 300.0

    def connect(self) -> None:
        super().connect()
        self.sock.settimeout(self.read_timeout)


class _TlsConnection(http.client.HTTPSConnection):
    read_timeout: float = 300.0

    def connect(self) -> None:
        super().connect()
        self.sock.settimeout(self.read_timeout)


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
            if scheme == "https":
                tls = _TlsConnection(host, port, timeout=timeout, context=_tls_context())
                tls.read_timeout = self.endpoint.timeout
                conn = tls
            else:
                plain = _Connection(host, port, timeout=timeout)
                plain.read_timeout = self.endpoint.timeout
                conn = plain
            self._connections[key] = conn
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
            data = b"" if streamed else response.read()
        except TimeoutError:
            self._drop(scheme, host, port)
            raise _ReadTimeout from None
        except (OSError, http.client.HTTPException) as exc:
            self._drop(scheme, host, port)
            if reused and not fresh:
                # A kept-alive connection the server had already closed: resend once.
                return self._send_once(method, url, body, headers, True, stream)
            raise _Broken(_reason(exc)) from None
        if streamed:
            # The answer is read as it comes: its connection is the caller's until then.
            self._connections.pop((scheme, host, port), None)
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
        )

    def _redirected(self, method: str, url: str, response: _Response, what: str) -> str:
        """Where a redirect may be followed to, or :class:`EndpointError` saying why not.

        Only ``307``/``308`` to the same origin are followed (they keep the method and
        the body). A ``301``/``302``/``303`` would turn a POST into a GET without the
        query or update; another origin would receive the credentials.
        """
        creds = self.endpoint.credentials
        target = urljoin(url, response.location or "")
        shown = _redact(shown_url(target), creds)
        if not response.location:
            raise EndpointError(
                f"{what} {url}: HTTP {response.status} redirect without a Location", url=url
            )
        if response.status not in (307, 308) and method != "GET":
            raise EndpointError(
                f"{what} {url}: HTTP {response.status} redirects to {shown}, which would turn "
                f"the {method} into a GET and lose the request; give that URL instead",
                url=url,
                status=response.status,
            )
        if _origin(target) != _origin(url):
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


# --------------------------------------------------------------------------
# Queries: the SPARQL 1.1 Protocol (POST), results parsed by pyoxigraph as they come
# --------------------------------------------------------------------------

_JSON_RESULTS = "application/sparql-results+json"
_TSV_RESULTS = "text/tab-separated-values"
#: A streamed answer is asked for as TSV first (lossless, and a store writes and pyoxigraph
#: reads it faster than JSON), JSON where the store prefers it.
_STREAM_ACCEPT = f"{_TSV_RESULTS}, {_JSON_RESULTS};q=0.9"
#: Endpoints whose TSV is not SPARQL TSV (Virtuoso quotes the header's variable names):
#: asked for JSON from then on.
_NO_TSV: set[str] = set()
_FORM = "application/x-www-form-urlencoded"
#: What each query endpoint named itself in its last answer (its ``Server`` header).
_SOFTWARE: dict[str, str] = {}
#: The media type of each result format, asked for when the server's bytes are copied.
_MEDIA_TYPES = {"csv": "text/csv", "tsv": _TSV_RESULTS, "json": _JSON_RESULTS}


def _query(
    endpoint: Endpoint,
    text: str,
    *,
    client: _Client | None,
    what: str,
    params: Sequence[tuple[str, str]] = (),
    stream: bool = False,
) -> ox.QuerySolutions | ox.QueryBoolean:
    """POST a query (with protocol ``params``); the answer parsed as SPARQL results.

    With ``stream``, solutions are parsed from the connection as they arrive
    (TSV or JSON, as the store answers); otherwise the answer is JSON.
    """
    url = endpoint.query_url
    own = client is None
    client = client or _Client(endpoint)
    tsv = stream and url not in _NO_TSV
    try:
        response = client.request(
            "POST",
            url,
            what=what,
            body=urlencode([("query", text), *params]).encode("utf-8"),
            content_type=_FORM,
            accept=_STREAM_ACCEPT if tsv else _JSON_RESULTS,
            stream=stream,
        )
    finally:
        if own and not stream:
            client.close()
    _SOFTWARE[url] = response.server
    answer = response.stream if response.stream is not None else response.body
    answer_format = ox.QueryResultsFormat.JSON
    if response.stream is not None:
        content_type = response.stream.headers.get("Content-Type", "").lower()
        if _TSV_RESULTS in content_type:
            answer_format = ox.QueryResultsFormat.TSV
        elif "json" not in content_type:
            response.stream.close()
            raise EndpointError(
                f"{what} {url}: the answer is {content_type or 'untyped'}, "
                "not SPARQL JSON results (is this a SPARQL query endpoint?)",
                url=url,
            )
    try:
        return ox.parse_query_results(answer, format=answer_format)
    except SyntaxError as exc:
        if answer_format == ox.QueryResultsFormat.TSV:
            # Its header is not SPARQL TSV: nothing was read past it, ask again for JSON.
            _NO_TSV.add(url)
            if response.stream is not None:
                response.stream.close()
            return _query(endpoint, text, client=client, what=what, params=params, stream=stream)
        raise EndpointError(
            f"{what} {url}: the answer is not SPARQL JSON results: {exc.msg}", url=url
        ) from None
    except (TimeoutError, OSError) as exc:
        raise EndpointError(f"{what} {url}: broken answer: {_reason(exc)}", url=url) from None


def select(
    endpoint: Endpoint,
    text: str,
    *,
    client: _Client | None = None,
    what: str = "cannot query",
    dataset: DefaultGraph | None = None,
    stream: bool = False,
) -> ox.QuerySolutions:
    """Run a SELECT query remotely (on ``dataset``'s default graph, if given)."""
    results = _query(
        endpoint,
        text,
        client=client,
        what=what,
        params=dataset.params if dataset else (),
        stream=stream,
    )
    if not isinstance(results, ox.QuerySolutions):
        raise EndpointError(
            f"{what} {endpoint.query_url}: the query is not a SELECT query", url=endpoint.query_url
        )
    return results


def _ask(
    endpoint: Endpoint, text: str, *, client: _Client, params: Sequence[tuple[str, str]]
) -> bool:
    what = "cannot query"
    results = _query(endpoint, text, client=client, what=what, params=params)
    if not isinstance(results, ox.QueryBoolean):
        raise EndpointError(
            f"{what} {endpoint.query_url}: an ASK query gave no boolean", url=endpoint.query_url
        )
    return bool(results)


def _rows(
    endpoint: Endpoint, solutions: ox.QuerySolutions, what: str
) -> tuple[tuple[str, ...], list[tuple[Any, ...]]]:
    variables = tuple(v.value for v in solutions.variables)
    try:
        with _reading_answer(endpoint, what):
            rows = [tuple(s[v] for v in variables) for s in solutions]
    finally:
        # pyoxigraph's answer may only be dropped in this thread: an error's traceback
        # must not keep it for the garbage collector, which may run in any thread.
        del solutions
    return variables, rows


@contextlib.contextmanager
def _reading_answer(endpoint: Endpoint, what: str) -> Iterator[None]:
    """A streamed answer that stalls or breaks off becomes one error naming the URL."""
    try:
        yield
    except BrokenPipeError:
        raise  # our own output closed (``| head``): not the server's fault
    except TimeoutError:
        raise EndpointError(
            f"{what} {endpoint.query_url}: the answer stopped for {endpoint.timeout:g} s",
            url=endpoint.query_url,
        ) from None
    except (OSError, SyntaxError, http.client.HTTPException) as exc:
        raise EndpointError(
            f"{what} {endpoint.query_url}: broken answer: {exc}", url=endpoint.query_url
        ) from None


# --------------------------------------------------------------------------
# The default graph: the union of the named graphs, on every store
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class DefaultGraph:
    """How diplokg makes a store's default graph the union of its named graphs.

    ``params`` go with every query request (SPARQL 1.1 Protocol parameters, or a
    store's own); each way is used only after an ``ASK`` showed that it works.
    """

    how: str
    params: tuple[tuple[str, str], ...] = ()


#: The ways tried, in order; the first whose default graph holds the named graphs' triples wins.
UNION_WAYS = (
    DefaultGraph("the store's default graph is the union (Virtuoso, Neptune, GraphDB, …)"),
    DefaultGraph(
        "Oxigraph server's union-default-graph parameter", (("union-default-graph", "true"),)
    ),
    DefaultGraph(
        "Jena's union graph as default-graph-uri (Fuseki, TDB)",
        (("default-graph-uri", "urn:x-arq:UnionGraph"),),
    ),
    DefaultGraph(
        "Stardog's all-graphs context as default-graph-uri",
        (("default-graph-uri", "tag:stardog:api:context:all"),),
    ),
)
_NOTHING_TO_UNITE = DefaultGraph("no named graph yet: the store's default graph as it is")
#: The most graphs named one by one (``default-graph-uri``) when no other way works.
MAX_NAMED_GRAPHS = 1000
_DEFAULT_GRAPHS: dict[str, DefaultGraph] = {}

_MARKER_GRAPHS = (ONTOLOGY_GRAPH, ENTITY_GRAPH)


def _markers(endpoint: Endpoint, client: _Client) -> list[ox.Triple]:
    """A triple or two from diplokg's own graphs (else from any named graph) to look for.

    One request for both of diplokg's graphs (a ``LIMIT 1`` subquery each), a second
    only when neither holds a triple.
    """
    what = "cannot query"
    iris = "FILTER (isIRI(?s) && isIRI(?o))"
    own = " UNION ".join(
        f"{{ SELECT ?s ?p ?o WHERE {{ GRAPH {ox.NamedNode(graph)} {{ ?s ?p ?o }} {iris} }} "
        "LIMIT 1 }"
        for graph in _MARKER_GRAPHS
    )
    for text in (
        f"SELECT ?s ?p ?o WHERE {{ {own} }}",
        f"SELECT ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {iris} }} LIMIT 1",
    ):
        _, rows = _rows(endpoint, select(endpoint, text, client=client, what=what), what)
        found = [ox.Triple(s, p, o) for s, p, o in rows]
        if found:
            return found
    return []


def _holds(
    endpoint: Endpoint, client: _Client, markers: Sequence[ox.Triple], way: DefaultGraph
) -> bool:
    patterns = " ".join(f"{t.subject} {t.predicate} {t.object} ." for t in markers)
    try:
        return _ask(endpoint, f"ASK {{ {patterns} }}", client=client, params=way.params)
    except EndpointError as exc:
        if exc.status is not None and 400 <= exc.status < 500 and exc.status not in (401, 403):
            return False  # the store refuses this way's parameters
        raise


def default_graph(endpoint: Endpoint, *, client: _Client | None = None) -> DefaultGraph:
    """How to query ``endpoint`` so that its default graph is the union of its named graphs.

    Asked once per endpoint and process: a triple of diplokg's ontology and
    entity graphs must be in the default graph. Raises :class:`EndpointError`
    (one line saying what to change) when no way gives the union.
    """
    known = _DEFAULT_GRAPHS.get(endpoint.query_url)
    if known is not None:
        return known
    own = client is None
    client = client or _Client(endpoint)
    try:
        way = _find_default_graph(endpoint, client)
    finally:
        if own:
            client.close()
    if way is not _NOTHING_TO_UNITE:  # an empty store is asked again once it holds graphs
        _DEFAULT_GRAPHS[endpoint.query_url] = way
    return way


def _find_default_graph(endpoint: Endpoint, client: _Client) -> DefaultGraph:
    markers = _markers(endpoint, client)
    if not markers:
        return _NOTHING_TO_UNITE
    for way in UNION_WAYS:
        if _holds(endpoint, client, markers, way):
            return way
    what = "cannot query"
    text = (
        "SELECT DISTINCT ?g WHERE { GRAPH ?g { } "
        f"FILTER (STRSTARTS(STR(?g), {ox.Literal(BASE)})) }}"
    )
    _, rows = _rows(endpoint, select(endpoint, text, client=client, what=what), what)
    graphs = sorted(g.value for (g,) in rows if isinstance(g, ox.NamedNode))
    if graphs and len(graphs) <= MAX_NAMED_GRAPHS:
        named = DefaultGraph(
            f"its {len(graphs)} diplokg graphs named as default-graph-uri",
            tuple(("default-graph-uri", g) for g in graphs),
        )
        if _holds(endpoint, client, markers, named):
            return named
    raise EndpointError(
        f"the default graph of {endpoint.query_url} is not the union of its named graphs, "
        "which diplokg's queries read, and no way of asking for it worked: make the union the "
        "default graph (Oxigraph: serve --union-default-graph; Fuseki/TDB2: "
        "tdb2:unionDefaultGraph true; Stardog: query.all.graphs=true)",
        url=endpoint.query_url,
    )


# --------------------------------------------------------------------------
# Stored queries, remotely
# --------------------------------------------------------------------------


def _where_brace(text: str) -> int:
    """Offset of the ``{`` that opens a query's WHERE group (first ``{`` outside parentheses)."""
    depth = 0
    for i, char in code_chars(text):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "{" and depth == 0:
            return i
    raise QueryError("cannot find the WHERE clause of the query")


def bind_values(query: StoredQuery, params: Mapping[str, str]) -> str:
    """The query's text with its ``?_name`` parameters bound by a ``VALUES`` block.

    The block opens the WHERE group, so the parameters are bound wherever the
    group uses them (filters included), as SEP-0007 substitution binds them
    locally. Values are checked and made RDF terms by :func:`bind_params`, and
    written by pyoxigraph's term serialisation.

    >>> from diplokg.store.queries import get_query
    >>> text = bind_values(get_query("who-said"), {"name": 'Wang "Yi"'})
    >>> 'VALUES (?_name) { ("Wang \\\\"Yi\\\\"") }' in text
    True
    """
    bound = bind_params(query, params)
    if not bound:
        return query.text
    names = sorted(bound, key=lambda v: v.value)
    block = (
        "VALUES ("
        + " ".join(str(v) for v in names)
        + ") { ("
        + " ".join(str(bound[v]) for v in names)
        + ") }"
    )
    at = _where_brace(query.text) + 1
    return f"{query.text[:at]}\n  {block}\n{query.text[at:]}"


def _remote_text(query: StoredQuery, params: Mapping[str, str], **page: Unpack[Page]) -> str:
    return slice_query(bind_values(query, params), **page)


def run_remote_query(
    endpoint: Endpoint,
    query: StoredQuery,
    params: Mapping[str, str] | None = None,
    **page: Unpack[Page],
) -> QueryResult:
    """Run a stored SELECT query on a remote endpoint; parameter echo columns dropped."""
    text = _remote_text(query, params or {}, **page)
    dataset = default_graph(endpoint)
    variables, rows = _rows(endpoint, select(endpoint, text, dataset=dataset), "cannot query")
    keep = [i for i, v in enumerate(variables) if not v.startswith("_")]
    return QueryResult(
        tuple(variables[i] for i in keep), tuple(tuple(row[i] for i in keep) for row in rows)
    )


def serialize_remote_result(
    endpoint: Endpoint,
    query: StoredQuery,
    params: Mapping[str, str] | None,
    fmt: str,
    **page: Unpack[Page],
) -> str:
    """Run a stored query remotely and serialise it exactly as the embedded store would."""
    form = results_format(fmt)
    text = _remote_text(query, params or {}, **page)
    solutions = select(endpoint, text, dataset=default_graph(endpoint))
    try:
        data = solutions.serialize(format=form)
    except (OSError, SyntaxError) as exc:
        raise EndpointError(
            f"cannot query {endpoint.query_url}: broken answer: {exc}", url=endpoint.query_url
        ) from None
    return result_text(data, query, fmt)


def write_remote_result(
    out: BinaryIO,
    endpoint: Endpoint,
    query: StoredQuery,
    params: Mapping[str, str] | None,
    fmt: str,
    **page: Unpack[Page],
) -> None:
    """Run a stored query remotely and write what the embedded store would write, streaming
    csv, tsv and json from the connection (see :func:`diplokg.store.queries.write_result`)."""
    params = params or {}
    bind_params(query, params)
    if fmt == "table":
        result = run_remote_query(endpoint, query, params, **page)
        out.write((format_table(result) + "\n").encode("utf-8"))
        return
    if query.params:
        text = serialize_remote_result(endpoint, query, params, fmt, **page)
        out.write(text.encode("utf-8"))
        return
    form = results_format(fmt)
    text = _remote_text(query, params, **page)
    dataset = default_graph(endpoint)
    if writes_as_diplokg(endpoint) and _copy_answer(out, endpoint, text, dataset, fmt):
        return
    solutions = select(endpoint, text, dataset=dataset, stream=True)
    with _reading_answer(endpoint, "cannot query"):
        stream_solutions(solutions, out, fmt, form)


def writes_as_diplokg(endpoint: Endpoint) -> bool:
    """Whether ``endpoint`` serialises SPARQL results byte for byte as the embedded store.

    True for an Oxigraph server of the very version of the pyoxigraph diplokg runs
    on (its ``Server`` header, seen in an earlier answer): both serialise with the
    same code, so its csv, tsv and json are the bytes diplokg would write from
    the same solutions, and are copied through instead of parsed and written again.
    """
    software = _SOFTWARE.get(endpoint.query_url, "").split()
    return software[:1] == [f"Oxigraph/{ox.__version__}"]


def _copy_answer(
    out: BinaryIO, endpoint: Endpoint, text: str, dataset: DefaultGraph, fmt: str
) -> bool:
    """Ask for ``fmt`` itself and copy the answer to ``out`` as it arrives (CSV through the
    formula guard); ``False``, having written nothing, if another server or format answers."""
    url, media_type = endpoint.query_url, _MEDIA_TYPES[fmt]
    response = _Client(endpoint).request(
        "POST",
        url,
        what="cannot query",
        body=urlencode([("query", text), *dataset.params]).encode("utf-8"),
        content_type=_FORM,
        accept=media_type,
        stream=True,
    )
    answer = response.stream
    if answer is None:
        return False
    with contextlib.closing(answer):
        _SOFTWARE[url] = response.server
        content_type = answer.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if content_type != media_type or not writes_as_diplokg(endpoint):
            return False
        with _reading_answer(endpoint, "cannot query"):
            sink = CsvGuard(out) if fmt == "csv" else out
            # Pieces of 256 KiB, whatever the size of the server's chunks (Oxigraph's are
            # about 1 KiB): few writes, and the guard scans each piece in one regex search.
            while chunk := answer.read(1 << 18):
                sink.write(chunk)
            if isinstance(sink, CsvGuard):
                sink.close()
            out.flush()
    return True


def answer_remote_query(
    name: str,
    *,
    params: Mapping[str, str],
    fmt: str,
    endpoint: Endpoint,
    **page: Unpack[Page],
) -> str:
    """``diplokg query NAME --endpoint URL``: a stored query's results, formatted, in memory."""
    query = get_query(name)
    bind_params(query, params)
    if fmt == "table":
        result = run_remote_query(endpoint, query, params, **page)
        return format_table(result) + "\n"
    return serialize_remote_result(endpoint, query, params, fmt, **page)


# --------------------------------------------------------------------------
# Loading
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class LoadProgress:
    """How far a load has got (passed to the ``progress`` callback after each request)."""

    graphs: int
    triples: int
    requests: int


@dataclass(frozen=True)
class LoadReport:
    """What :func:`load_remote` did: every graph with its verified triple count."""

    endpoint: str
    mode: str
    graphs: tuple[LoadedGraph, ...]
    requests: int
    seconds: float

    @property
    def triples(self) -> int:
        """Triples over all loaded graphs (as counted by the store)."""
        return sum(g.triples for g in self.graphs)


@dataclass
class _Segment:
    """Part of one graph's triples, as N-Triples, with how many distinct triples so far."""

    graph: str
    data: bytes
    triples: int
    first: bool
    last: bool
    distinct: int
    blank: bool
    source: Path
    #: The entity descriptions this segment gives (bound for the shared entity graph).
    entities: tuple[ox.Triple, ...] = ()


def article_files(build_dir: Path) -> list[Path]:
    """The article graphs a ``diplokg build`` wrote under ``build_dir/articles``."""
    files = sorted((build_dir / "articles").glob("*.trig"))
    if not files:
        raise UsageError(
            f"{build_dir} holds no article graphs (articles/*.trig): run 'diplokg build'"
        )
    return files


def _quads(path: Path) -> Iterator[ox.Quad]:
    fmt = RdfFormat.from_extension(path)
    try:
        yield from ox.parse(path=str(path), format=fmt.oxigraph)
    except SyntaxError as exc:
        raise RdfSyntaxError(
            f"{fmt.value} syntax error: {exc.msg}", path=path, line=exc.lineno, column=exc.offset
        ) from None
    except OSError as exc:
        raise RdfSyntaxError(f"cannot read RDF file: {exc.strerror or exc}", path=path) from None


def _ontology_quads() -> Iterator[ox.Quad]:
    (ontology,) = resource_files("ontology")
    graph = ox.NamedNode(str(ONTOLOGY_GRAPH))
    for triple in ox.parse(ontology.read_bytes(), format=ox.RdfFormat.TURTLE):
        yield ox.Quad(triple.subject, triple.predicate, triple.object, graph)


@dataclass
class _Group:
    """The triples of one graph gathered so far (one chunk at a time)."""

    graph: str
    source: Path
    triples: list[ox.Triple] = field(default_factory=list)
    size: int = 0
    hashes: set[int] = field(default_factory=set)
    blank: bool = False
    first: bool = True
    entities: list[ox.Triple] = field(default_factory=list)

    def segment(self, *, last: bool) -> _Segment:
        data = ox.serialize(self.triples, format=ox.RdfFormat.N_TRIPLES)
        assert data is not None  # noqa: S101 - serialize returns bytes without an output
        segment = _Segment(
            self.graph,
            data,
            len(self.triples),
            self.first,
            last,
            len(self.hashes),
            self.blank,
            self.source,
            tuple(self.entities),
        )
        self.triples, self.size, self.first, self.entities = [], 0, False, []
        return segment


def _segments(
    sources: Iterable[tuple[Path, Iterable[ox.Quad]]],
    chunk_triples: int,
    chunk_bytes: int,
    *,
    staged: bool = False,
) -> Iterator[_Segment]:
    """Group quads into per-graph segments of at most ``chunk_triples``/``chunk_bytes``.

    Entity descriptions (:func:`~diplokg.store.embedded.is_entity_description`) leave
    their article's graph and ride with the segment, bound for the shared
    entity graph (the loader sends each one until a request holding it succeeds).
    With ``staged``, the segments' triples are staged (:func:`staged_triple`).
    """
    predicates: dict[ox.NamedNode, ox.NamedNode] = {}
    seen: dict[str, Path] = {}
    described: set[ox.Triple] = set()
    # The loop runs once per triple of the whole input: terms are fetched once each
    # and the group's fields are kept in locals (is_entity_description inlined).
    named, literal, blank_node = ox.NamedNode, ox.Literal, ox.BlankNode
    for source, quads in sources:
        group: _Group | None = None
        current: ox.NamedNode | None = None
        shared = False  # the current graph is the entity graph itself
        triples: list[ox.Triple] = []
        hashes: set[int] = set()
        for quad in quads:
            name = quad.graph_name
            if current is None or name != current:
                if type(name) is not named:
                    raise UsageError(
                        f"{source}: has triples outside a named graph; diplokg loads each "
                        "article into its own named graph (TriG 'GRAPH <iri> { … }' or N-Quads)"
                    )
                described = set()
                if group is not None:
                    yield group.segment(last=True)
                if name.value in seen:
                    raise UsageError(
                        f"{source}: graph <{name.value}> appears again after other graphs "
                        f"(first in {seen[name.value]}); keep each graph's triples together"
                    )
                seen[name.value] = source
                group = _Group(name.value, source)
                current, shared = name, name.value == _ENTITY_GRAPH
                triples, hashes = group.triples, group.hashes
            assert group is not None  # noqa: S101 - set with current
            triple = quad.triple
            subject, obj = triple.subject, triple.object
            if staged:
                predicate = predicates.get(quad.predicate)
                if predicate is None:
                    predicate = predicates[quad.predicate] = staged_term(quad.predicate)
                staged_triple = ox.Triple(
                    named(_STAGED + subject.value) if type(subject) is named else subject,
                    predicate,
                    named(_STAGED + obj.value) if type(obj) is named else obj,
                )
            if (
                not shared
                and type(subject) is named
                and subject.value.startswith(ENTITY_NS)
                and type(obj) is not blank_node
            ):
                if triple not in described:
                    described.add(triple)
                    group.entities.append(triple)
                continue
            if type(obj) is literal:
                group.size += len(obj.value) + 100
            else:
                group.size += 150
                if type(obj) is blank_node:
                    group.blank = True
            if type(subject) is blank_node:
                group.blank = True
            if staged:
                triple = staged_triple
            triples.append(triple)
            hashes.add(hash(triple))
            # A graph with blank nodes is kept whole: split, its blank nodes would split too.
            if not group.blank and (len(triples) >= chunk_triples or group.size >= chunk_bytes):
                yield group.segment(last=False)
                triples = group.triples
        if group is not None:
            yield group.segment(last=True)


def _prefetch(segments: Iterator[_Segment], depth: int = 4) -> Generator[_Segment, None, None]:
    """Parse ahead in a thread while requests are in flight (at most ``depth`` chunks)."""
    ahead: queue.Queue[_Segment | BaseException | None] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def put(item: _Segment | BaseException | None) -> bool:
        while not stop.is_set():
            try:
                ahead.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        try:
            for segment in segments:
                if not put(segment):
                    return
            put(None)
        except BaseException as exc:  # handed to the consumer, raised there
            put(exc)

    thread = threading.Thread(target=produce, name="diplokg-parse", daemon=True)
    thread.start()
    try:
        while (item := ahead.get()) is not None:
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        thread.join()


def _iri(value: str) -> bytes:
    return str(ox.NamedNode(value)).encode("utf-8")


def _staging(graph: str) -> str:
    import hashlib

    return _STAGING + hashlib.sha256(graph.encode("utf-8")).hexdigest()[:32]


def _gsp_url(gsp: str, graph: str) -> str:
    sep = "&" if "?" in gsp else "?"
    return f"{gsp}{sep}graph={quote(graph, safe='')}"


def graph_counts(
    endpoint: Endpoint, graphs: Sequence[str], *, client: _Client | None = None
) -> dict[str, int]:
    """How many triples each named graph holds (0 for a graph that does not exist)."""
    counts = dict.fromkeys(graphs, 0)
    for start in range(0, len(graphs), 500):
        part = graphs[start : start + 500]
        values = " ".join(str(ox.NamedNode(g)) for g in part)
        text = (
            "SELECT ?g (COUNT(*) AS ?n) WHERE { VALUES ?g { "
            + values
            + " } GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
        )
        _, rows = _rows(
            endpoint,
            select(endpoint, text, client=client, what="cannot count triples at"),
            "cannot count triples at",
        )
        for graph, number in rows:
            if isinstance(graph, ox.NamedNode) and isinstance(number, ox.Literal):
                counts[graph.value] = int(number.value)
    return counts


def _insert_ops(graph: str, data: bytes, *, whole: bool) -> list[bytes]:
    """``INSERT DATA`` operations for ``graph``, each of at most ``_INSERT_OP_TRIPLES`` lines.

    Virtuoso compiles each ``INSERT DATA`` to SQL and refuses one of much more than
    a thousand triples. A graph with blank nodes (``whole``) stays in one operation,
    as a blank node label is scoped to its operation.
    """
    g = _iri(graph)
    lines = data.splitlines(keepends=True)
    step = len(lines) if whole else _INSERT_OP_TRIPLES
    return [
        b"INSERT DATA { GRAPH " + g + b" {\n" + b"".join(lines[i : i + step]) + b"} }"
        for i in range(0, len(lines), max(step, 1))
    ]


def list_graphs(endpoint: Endpoint, *, prefix: str = "") -> list[str]:
    """The named graphs of a store whose IRI starts with ``prefix``, sorted."""
    text = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    _, rows = _rows(endpoint, select(endpoint, text), "cannot list graphs at")
    return sorted(
        g.value for (g,) in rows if isinstance(g, ox.NamedNode) and g.value.startswith(prefix)
    )


def drop_graphs(endpoint: Endpoint, graphs: Sequence[str]) -> None:
    """Remove named graphs (``DROP SILENT GRAPH``), a few hundred per update request."""
    client = _Client(endpoint)
    try:
        for start in range(0, len(graphs), 200):
            client.update(b"DROP SILENT GRAPH " + _iri(g) for g in graphs[start : start + 200])
    finally:
        client.close()


@dataclass(frozen=True)
class _LoadPlan:
    """What both ways of loading (:class:`_Loader`, :class:`_StagedLoad`) are told."""

    endpoint: Endpoint
    mode: str
    chunk_triples: int
    chunk_bytes: int
    progress: Callable[[LoadProgress], None] | None
    sleep: Callable[[float], None]


class _LoadJob:
    """What both ways of loading keep: the plan's settings, a client, the graphs loaded."""

    def __init__(self, plan: _LoadPlan) -> None:
        self.endpoint = plan.endpoint
        self.mode = plan.mode
        self.chunk_triples = plan.chunk_triples
        self.chunk_bytes = plan.chunk_bytes
        self.progress = plan.progress
        self.client = _Client(plan.endpoint, sleep=plan.sleep)
        self.loaded: list[LoadedGraph] = []

    @property
    def requests(self) -> int:
        """Requests sent over all connections."""
        return self.client.requests

    def load_report(self, start: float) -> LoadReport:
        """The report of this load, begun at ``start`` (:func:`time.monotonic`)."""
        return LoadReport(
            endpoint=self.endpoint.update_url,
            mode=self.mode,
            graphs=tuple(self.loaded),
            requests=self.requests,
            seconds=time.monotonic() - start,
        )


class _Loader(_LoadJob):
    def __init__(self, plan: _LoadPlan, *, parallel: int = 1) -> None:
        super().__init__(plan)
        endpoint, sleep = plan.endpoint, plan.sleep
        self.gsp = endpoint.gsp_url
        # Batches of whole articles may go on ``parallel`` connections at once: each
        # request is atomic by itself, and no graph is in two requests in flight.
        self.parallel = parallel
        self.senders: queue.SimpleQueue[_Client] = queue.SimpleQueue()
        self.clients = [self.client]
        self.pool = None
        if parallel > 1:
            for _ in range(parallel):
                sender = _Client(endpoint, sleep=sleep)
                self.clients.append(sender)
                self.senders.put(sender)
            from concurrent.futures import ThreadPoolExecutor

            self.pool = ThreadPoolExecutor(parallel, thread_name_prefix="diplokg-load")
        self.inflight: deque[tuple[Future[None], dict[str, int], bool, set[ox.Triple]]] = deque()
        self.triples = 0
        self.batch: list[_Segment] = []
        self.batch_triples = 0
        self.batch_bytes = 0
        self.pending: dict[str, tuple[int, bool]] = {}
        #: Entity descriptions a finished request has put into the entity graph.
        self.confirmed: set[ox.Triple] = set()

    @property
    def requests(self) -> int:
        """Requests sent over all connections."""
        return sum(c.requests for c in self.clients)

    def report(self) -> None:
        if self.progress is not None:
            self.progress(LoadProgress(len(self.loaded), self.triples, self.requests))

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
        for client in self.clients:
            client.close()

    def _send(self, method: str, url: str, what: str, body: bytes, content_type: str) -> None:
        client = self.senders.get()
        try:
            client.request(method, url, what=what, body=body, content_type=content_type)
        finally:
            self.senders.put(client)

    def submit(
        self,
        operations: Sequence[bytes],
        expected: dict[str, int],
        *,
        exact: bool,
        entities: set[ox.Triple],
    ) -> None:
        """Send one update of whole articles, in parallel with others when allowed, then verify."""
        if self.pool is None:
            self.update(operations)
            self.confirmed |= entities
            self.verify(expected, exact=exact)
            return
        self._in_parallel(
            (
                "POST",
                self.endpoint.update_url,
                "cannot update",
                b" ;\n".join(operations),
                _SPARQL_UPDATE,
            ),
            expected,
            exact=exact,
            entities=entities,
        )

    def send_graph(self, method: str, graph: str, data: bytes, expected: dict[str, int]) -> None:
        """A Graph Store ``POST`` or ``PUT`` of whole articles' N-Triples into ``graph``, on a
        connection of its own when ``parallel`` allows; then ``expected`` is checked.

        A ``POST`` into a graph the store does not hold yet is applied all or nothing, so
        readers see no graph and then the whole one: as atomic as a swap, in one request.
        """
        if self.pool is None:
            self.store(method, graph, data)
            self.verify(expected, exact=True)
            return
        assert self.gsp is not None  # noqa: S101 - only called with a Graph Store endpoint
        self._in_parallel(
            (method, _gsp_url(self.gsp, graph), "cannot load into", data, _NT),
            expected,
            exact=True,
            entities=set(),
        )

    def _in_parallel(
        self,
        request: tuple[str, str, str, bytes, str],
        expected: dict[str, int],
        *,
        exact: bool,
        entities: set[ox.Triple],
    ) -> None:
        assert self.pool is not None  # noqa: S101 - only with parallel > 1
        while len(self.inflight) >= self.parallel:
            self.harvest(block=True)
        future = self.pool.submit(self._send, *request)
        self.inflight.append((future, expected, exact, entities))
        self.harvest(block=False)

    def harvest(self, *, block: bool) -> None:
        """Take finished requests in order (raising their errors); with ``block``, the oldest."""
        while self.inflight and (block or self.inflight[0][0].done()):
            future, expected, exact, entities = self.inflight.popleft()
            future.result()
            self.confirmed |= entities
            self.report()
            self.verify(expected, exact=exact)
            block = False

    def drain(self) -> None:
        """Wait for every request in flight."""
        while self.inflight:
            self.harvest(block=True)

    def update(self, operations: Sequence[bytes], *, idempotent: bool = True) -> None:
        """One SPARQL Update request: applied all or nothing by the store."""
        self.client.update(operations, idempotent=idempotent)
        self.report()

    def store(self, method: str, graph: str, data: bytes) -> None:
        """Graph Store ``PUT`` (replace) or ``POST`` (add) of N-Triples into ``graph``."""
        assert self.gsp is not None  # noqa: S101 - only called with a Graph Store endpoint
        self.client.request(
            method, _gsp_url(self.gsp, graph), what="cannot load into", body=data, content_type=_NT
        )
        self.report()

    def verify(self, expected: Mapping[str, int], *, exact: bool) -> None:
        """Queue graphs for the count check, made for up to 500 graphs per query."""
        for graph, want in expected.items():
            self.pending[graph] = (want, exact)
        if len(self.pending) >= _VERIFY_GRAPHS:
            self.check()

    def check(self) -> None:
        """Count the triples of every queued graph; each must hold what was sent."""
        self.drain()
        pending, self.pending = self.pending, {}
        if not pending:
            return
        found = graph_counts(self.endpoint, list(pending), client=self.client)
        for graph, (want, exact) in pending.items():
            have = found[graph]
            if have != want if exact else have < want:
                raise EndpointError(
                    f"graph <{graph}> at {self.endpoint.query_url} holds {have} triples after "
                    f"loading, not {want}",
                    url=self.endpoint.query_url,
                )
            self.loaded.append(LoadedGraph(graph, have))
            self.triples += have
        self.report()

    # -- graphs that fit in a chunk: many per batch ------------------------------

    def add(self, segment: _Segment) -> None:
        size = len(segment.data) + 150 * len(segment.entities)
        triples = segment.triples + len(segment.entities)
        if self.batch and (
            self.batch_triples + triples > self.chunk_triples
            or self.batch_bytes + size > self.chunk_bytes
        ):
            self.flush()
        self.batch.append(segment)
        self.batch_triples += triples
        self.batch_bytes += size

    def unconfirmed(self, segments: Iterable[_Segment]) -> set[ox.Triple]:
        """The segments' entity descriptions no finished request has delivered yet.

        One sent in a request still in flight is sent again (the entity graph is
        a set), so an article never becomes visible before its descriptions.
        """
        return {t for s in segments for t in s.entities if t not in self.confirmed}

    @staticmethod
    def entity_ops(entities: set[ox.Triple]) -> list[bytes]:
        """``INSERT DATA`` into the shared entity graph."""
        if not entities:
            return []
        data = ox.serialize(entities, format=ox.RdfFormat.N_TRIPLES)
        assert data is not None  # noqa: S101 - serialize returns bytes without an output
        return _insert_ops(_ENTITY_GRAPH, data, whole=False)

    def post_entities(self, entities: set[ox.Triple]) -> None:
        """Graph Store ``POST`` of entity descriptions into the shared entity graph."""
        data = ox.serialize(entities, format=ox.RdfFormat.N_TRIPLES)
        assert data is not None  # noqa: S101 - serialize returns bytes without an output
        self.store("POST", _ENTITY_GRAPH, data)
        self.confirmed |= entities

    def flush(self) -> None:
        batch, self.batch = self.batch, []
        self.batch_triples = self.batch_bytes = 0
        if not batch:
            return
        expected = {s.graph: s.distinct for s in batch}
        entities = self.unconfirmed(batch)
        if self.mode == "append":
            if self.gsp:
                for s in batch:
                    self.store("POST", s.graph, s.data)
                if entities:
                    self.post_entities(entities)
                self.verify(expected, exact=False)
            else:
                self.submit(
                    [op for s in batch for op in _insert_ops(s.graph, s.data, whole=s.blank)]
                    + self.entity_ops(entities),
                    expected,
                    exact=False,
                    entities=entities,
                )
        elif self.gsp:
            # A graph the store does not hold yet is POSTed straight in (one request,
            # applied all or nothing); one it holds is staged with a Graph Store PUT and
            # swapped in with MOVE. The entity descriptions go first, so that no article
            # is visible before them (the entity graph is a set: sending one twice is safe).
            counts = graph_counts(self.endpoint, list(expected), client=self.client)
            if entities:
                self.post_entities(entities)
            held = [s for s in batch if counts[s.graph]]
            for s in held:  # (swap checks what each staging graph holds)
                self.send_graph("PUT", _staging(s.graph), s.data, {})
            for s in batch:
                if not counts[s.graph]:
                    self.send_graph("POST", s.graph, s.data, {s.graph: s.distinct})
            if held:
                self.drain()
                self.swap({s.graph: s.distinct for s in held})
        else:
            # DROP and INSERT DATA in one request: applied atomically, nothing staged;
            # the entity descriptions the articles bring arrive in the same request.
            operations: list[bytes] = []
            for s in batch:
                operations.append(b"DROP SILENT GRAPH " + _iri(s.graph))
                operations += _insert_ops(s.graph, s.data, whole=s.blank)
            self.submit(
                operations + self.entity_ops(entities), expected, exact=True, entities=entities
            )

    # -- graphs larger than a chunk: streamed into a staging graph ---------------

    def large(self, first: _Segment, rest: Iterator[_Segment]) -> _Segment | None:
        """Load a graph that spans several chunks; returns the segment that follows it."""
        self.flush()
        self.drain()
        graph = first.graph
        target = graph if self.mode == "append" else _staging(graph)
        if self.mode == "replace":
            self.update([b"DROP SILENT GRAPH " + _iri(target)])
        segment: _Segment | None = first
        last = first
        entities: set[ox.Triple] = set()
        while segment is not None and segment.graph == graph:
            if segment.blank and not (segment.first and segment.last):
                raise UsageError(
                    f"{segment.source}: graph <{graph}> has blank nodes after its first "
                    f"{self.chunk_triples} triples, so it cannot be sent in parts without "
                    "splitting its blank nodes; raise --chunk-size"
                )
            entities |= self.unconfirmed([segment])
            if segment.triples:
                if self.gsp:
                    self.store("POST", target, segment.data)
                else:
                    self.update(_insert_ops(target, segment.data, whole=segment.blank))
            last = segment
            segment = next(rest, None)
            if last.last:
                break
        if self.mode == "append":
            if entities:
                self.update(self.entity_ops(entities))
                self.confirmed |= entities
            self.verify({graph: last.distinct}, exact=False)
        else:
            self.swap({graph: last.distinct}, entities=entities)
        return segment

    def swap(self, expected: Mapping[str, int], *, entities: set[ox.Triple] | None = None) -> None:
        """MOVE staged graphs into place in one request; checked before, never resent blindly.

        On Virtuoso a MOVE from a graph that does not exist empties the target, so
        a MOVE is sent only for a staging graph that holds exactly the expected triples.
        The entity descriptions the graphs bring go in the same request.
        """
        entity_ops = self.entity_ops(entities or set())
        staged = {_staging(g): g for g in expected}
        counts = graph_counts(self.endpoint, list(staged), client=self.client)
        for staging, graph in staged.items():
            if counts[staging] != expected[graph]:
                raise EndpointError(
                    f"staging graph <{staging}> for <{graph}> at {self.endpoint.query_url} "
                    f"holds {counts[staging]} triples, not {expected[graph]}; "
                    "its graph was not replaced",
                    url=self.endpoint.query_url,
                )
        pending = dict(staged)
        for attempt in range(1 + self.endpoint.retries):
            moves = [b"MOVE GRAPH " + _iri(s) + b" TO " + _iri(g) for s, g in pending.items()]
            try:
                self.update(moves + entity_ops, idempotent=False)
                break
            except _Broken:
                counts = graph_counts(
                    self.endpoint, [*pending, *pending.values()], client=self.client
                )
                for staging, graph in list(pending.items()):
                    if counts[staging] == 0 and counts[graph] == expected[graph]:
                        del pending[staging]  # moved before the connection broke
                    elif counts[staging] != expected[graph] or attempt == self.endpoint.retries:
                        raise EndpointError(
                            f"cannot update {self.endpoint.update_url}: the connection broke "
                            f"during MOVE into <{graph}>, which now holds {counts[graph]} triples",
                            url=self.endpoint.update_url,
                        ) from None
                if not pending:
                    break
                self.client.sleep(self.endpoint.backoff * 2**attempt)
        self.confirmed |= entities or set()
        self.verify(expected, exact=True)

    def run(self, segments: Iterator[_Segment]) -> None:
        segment = next(segments, None)
        while segment is not None:
            if segment.first and segment.last:
                self.add(segment)
                segment = next(segments, None)
            else:
                segment = self.large(segment, segments)
        self.flush()
        self.drain()
        if self.confirmed:
            # Other articles may have described more: at least what was sent.
            self.verify({_ENTITY_GRAPH: len(self.confirmed)}, exact=False)
        self.check()


# --------------------------------------------------------------------------
# All or nothing: stage everything, then swap in one update request
# --------------------------------------------------------------------------

#: A staged triple's IRIs ``X`` (subject, predicate, object) become ``STAGED + X``;
#: literals and blank nodes stay. No stored query asks for such IRIs, and the
#: one pattern with a variable predicate joins on a real IRI (organizations'
#: ``?referrer ?reference ?organization``), so staged data is invisible to the
#: queries even where the default graph is the union of all graphs
#: (tests/store/test_remote.py checks every stored query).
STAGED = "urn:diplokg:staged:"
_STAGED = STAGED


def staged_term(term: ox.NamedNode) -> ox.NamedNode:
    """The IRI a staged triple carries instead of ``term``."""
    return ox.NamedNode(STAGED + term.value)


def staged_triple(triple: ox.Triple) -> ox.Triple:
    """``triple`` as it is staged: its IRIs prefixed with :data:`STAGED`."""
    s, o = triple.subject, triple.object
    return ox.Triple(
        staged_term(s) if isinstance(s, ox.NamedNode) else s,
        staged_term(triple.predicate),
        staged_term(o) if isinstance(o, ox.NamedNode) else o,
    )


def _unstaged(data: bytes) -> bytes:
    """Staged N-Triples back as they were (:func:`staged_triple` undone)."""
    size = len(STAGED)

    def real(term: Any) -> Any:
        if isinstance(term, ox.NamedNode) and term.value.startswith(STAGED):
            return ox.NamedNode(term.value[size:])
        return term

    triples = (
        ox.Triple(real(q.subject), real(q.predicate), real(q.object))
        for q in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)
    )
    out = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    assert out is not None  # noqa: S101 - serialize returns bytes without an output
    return out


def _unstage(staging: str, graph: str, *, drop_target: bool) -> list[bytes]:
    """Update operations that put a staging graph's triples, IRIs restored, in place."""
    g, st = _iri(graph), _iri(staging)
    prefix = str(ox.Literal(STAGED)).encode("utf-8")

    def restore(var: bytes, into: bytes) -> bytes:
        real = b"IRI(STRAFTER(STR(" + var + b"), " + prefix + b"))"
        return b"BIND (IF(isIRI(" + var + b"), " + real + b", " + var + b") AS " + into + b") "

    ops = [b"DROP SILENT GRAPH " + g] if drop_target else []
    ops.append(
        b"INSERT { GRAPH "
        + g
        + b" { ?s ?p ?o } } WHERE { GRAPH "
        + st
        + b" { ?a ?q ?b } "
        + restore(b"?a", b"?s")
        + restore(b"?q", b"?p")
        + restore(b"?b", b"?o")
        + b"}"
    )
    ops.append(b"DROP SILENT GRAPH " + st)
    return ops


class _StagedLoad(_LoadJob):
    """Stage every graph of a command under staging graphs, check them, swap all in at once.

    Nothing is visible before the swap: every IRI of a staged triple (subject,
    predicate, object) carries the staging prefix (:func:`staged_triple`), so no
    stored query matches it. The swap is one SPARQL Update request, which
    the store applies all or nothing. A failed load drops its staging graphs.
    """

    def __init__(self, plan: _LoadPlan) -> None:
        super().__init__(plan)
        import secrets

        self.run_id = secrets.token_hex(8)
        self.staging: dict[str, str] = {}  # graph -> its staging graph
        self.expected: dict[str, int] = {}
        self.entities: set[ox.Triple] = set()
        self.ops: list[bytes] = []
        self.op_triples = 0
        self.op_bytes = 0
        self.staged_triples = 0
        #: Graphs with blank nodes (whole, one chunk at most): put in place by the swap
        #: itself with ``INSERT { … } WHERE { }``, as a store may not copy blank nodes faithfully
        #: through ``INSERT … WHERE`` (Virtuoso loses triples) and a label is scoped to
        #: its operation anyway.
        self.direct: dict[str, bytes] = {}

    def report(self, graphs: int = 0) -> None:
        if self.progress is not None:
            self.progress(LoadProgress(graphs, self.staged_triples, self.requests))

    def staging_graph(self, graph: str) -> str:
        if graph not in self.staging:
            import hashlib

            digest = hashlib.sha256(graph.encode("utf-8")).hexdigest()[:32]
            self.staging[graph] = f"{_STAGING}{self.run_id}:{digest}"
        return self.staging[graph]

    def send(self) -> None:
        ops, self.ops = self.ops, []
        self.op_triples = self.op_bytes = 0
        if ops:
            self.client.update(ops)
            self.report()

    def stage(self, graph: str, data: bytes, triples: int, *, whole: bool) -> None:
        staging = self.staging_graph(graph)
        self.staged_triples += triples
        if self.endpoint.gsp_url:
            self.client.request(
                "POST",
                _gsp_url(self.endpoint.gsp_url, staging),
                what="cannot load into",
                body=data,
                content_type=_NT,
            )
            self.report()
            return
        if self.ops and (
            self.op_triples + triples > self.chunk_triples
            or self.op_bytes + len(data) > self.chunk_bytes
        ):
            self.send()
        self.ops += _insert_ops(staging, data, whole=whole)
        self.op_triples += triples
        self.op_bytes += len(data)

    def run(self, segments: Iterator[_Segment]) -> None:
        for segment in segments:
            if segment.blank and not (segment.first and segment.last):
                raise UsageError(
                    f"{segment.source}: graph <{segment.graph}> has blank nodes after its first "
                    f"{self.chunk_triples} triples, so it cannot be sent in parts without "
                    "splitting its blank nodes; raise --chunk-size"
                )
            if segment.blank:
                self.direct[segment.graph] = _unstaged(segment.data)
                self.staged_triples += segment.triples
            elif segment.triples:
                self.stage(segment.graph, segment.data, segment.triples, whole=False)
            self.expected[segment.graph] = segment.distinct
            self.entities.update(segment.entities)
        if self.entities:
            for start in range(0, len(self.entities), self.chunk_triples):
                part = sorted(self.entities, key=str)[start : start + self.chunk_triples]
                data = ox.serialize((staged_triple(t) for t in part), format=ox.RdfFormat.N_TRIPLES)
                assert data is not None  # noqa: S101 - serialize returns bytes without an output
                self.stage(_ENTITY_GRAPH, data, len(part), whole=False)
        self.send()
        self.check_staged()
        self.swap()

    def check_staged(self) -> None:
        """Every staging graph holds exactly what was sent (entity descriptions: a set)."""
        wanted = {g: n for g, n in self.expected.items() if g not in self.direct}
        shared = _ENTITY_GRAPH in wanted  # the entity graph is an input graph too
        if self.entities:
            wanted[_ENTITY_GRAPH] = max(wanted.get(_ENTITY_GRAPH, 0), len(self.entities))
        counts = self.counts([self.staging[g] for g in wanted if g in self.staging])
        for graph, want in wanted.items():
            have = counts.get(self.staging.get(graph, ""), 0)
            exact = not (shared and graph == _ENTITY_GRAPH)
            if (have != want) if exact else (have < want):
                raise EndpointError(
                    f"staging graph for <{graph}> at {self.endpoint.query_url} holds {have} "
                    f"triples, not {want}; nothing was changed",
                    url=self.endpoint.query_url,
                )

    def counts(self, graphs: Sequence[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        for start in range(0, len(graphs), _VERIFY_GRAPHS):
            part = list(graphs[start : start + _VERIFY_GRAPHS])
            found |= graph_counts(self.endpoint, part, client=self.client)
        return found

    def swap(self) -> None:
        """One update request: every staged graph in place, staging graphs dropped."""
        ops: list[bytes] = []
        for graph, staging in self.staging.items():
            drop = self.mode == "replace" and graph != _ENTITY_GRAPH
            ops += _unstage(staging, graph, drop_target=drop)
        for graph, data in self.direct.items():
            if self.mode == "replace" and graph != _ENTITY_GRAPH:
                ops.append(b"DROP SILENT GRAPH " + _iri(graph))
            # A template, not INSERT DATA: Virtuoso refuses blank nodes in constant data.
            ops.append(b"INSERT { GRAPH " + _iri(graph) + b" {\n" + data + b"} } WHERE { }")
        for graph in self.expected:  # graphs with no triples of their own (all entities)
            if graph in self.staging or graph in self.direct or graph == _ENTITY_GRAPH:
                continue
            if self.mode == "replace":
                ops.append(b"DROP SILENT GRAPH " + _iri(graph))
        try:
            self.client.update(ops, idempotent=False)
        except _Broken:
            # One request, applied all or nothing: find out which.
            left = self.counts(list(self.staging.values()))
            if any(left.values()):
                raise EndpointError(
                    f"cannot update {self.endpoint.update_url}: the connection broke during "
                    "the swap, which was not applied; nothing was changed",
                    url=self.endpoint.update_url,
                ) from None
        self.report()
        self.verify()

    def verify(self) -> None:
        graphs = sorted(self.expected)
        found = self.counts(graphs)
        for graph in graphs:
            want, have = self.expected[graph], found[graph]
            exact = self.mode == "replace" and graph != _ENTITY_GRAPH
            if (have != want) if exact else (have < want):
                raise EndpointError(
                    f"graph <{graph}> at {self.endpoint.query_url} holds {have} triples after "
                    f"loading, not {want}",
                    url=self.endpoint.query_url,
                )
            self.loaded.append(LoadedGraph(graph, have))
        if self.entities:
            have = self.counts([_ENTITY_GRAPH])[_ENTITY_GRAPH]
            if have < len(self.entities):
                raise EndpointError(
                    f"graph <{_ENTITY_GRAPH}> at {self.endpoint.query_url} holds {have} "
                    f"triples after loading, fewer than the {len(self.entities)} sent",
                    url=self.endpoint.query_url,
                )
            if _ENTITY_GRAPH not in self.expected:
                self.loaded.append(LoadedGraph(_ENTITY_GRAPH, have))
        self.report(len(self.loaded))

    def clean_up(self) -> None:
        """Drop this run's staging graphs (after a failure); quietly, as best it can."""
        if not self.staging:
            return
        with contextlib.suppress(EndpointError):
            drop_graphs(self.endpoint, sorted(self.staging.values()))


def _check_syntax(sources: Sequence[tuple[Path, Iterable[ox.Quad]]]) -> None:
    """Parse every input to its end before anything is sent (errors carry file and line)."""
    for _, quads in sources:
        for _ in quads:
            pass


def load_remote(
    endpoint: Endpoint,
    files: Sequence[Path],
    *,
    mode: Literal["replace", "append"] = "replace",
    ontology: bool = True,
    chunk_triples: int = 10_000,
    chunk_bytes: int = 4_000_000,
    progress: Callable[[LoadProgress], None] | None = None,
    sleep: Callable[[float], None] = time.sleep,
    parallel: int = 2,
    commit: Literal["all", "batch"] = "all",
) -> LoadReport:
    """Load article graphs (TriG or N-Quads files) into a remote store, each in its named graph.

    ``replace`` replaces each graph; ``append`` adds to it. The packaged
    ontology is (re)placed in its own graph unless ``ontology`` is false.

    With ``commit="all"`` (the default) the command is all or nothing: every
    input is parsed first, then every graph is staged invisibly
    (:class:`_StagedLoad`) and swapped in by one update request; a failure
    leaves the store as it was and drops the staging graphs. With
    ``commit="batch"`` each request of whole articles commits on its own (up to
    ``parallel`` in flight; a graph is never in two at once), as articles
    arrive. Raises :class:`EndpointError` when the store is unreachable,
    rejects a request, or a graph's triple count is wrong afterwards.
    """
    if commit not in ("all", "batch"):
        raise UsageError(f"--commit must be 'all' or 'batch', not {commit!r}")
    if mode not in ("replace", "append"):
        raise UsageError(f"--mode must be 'replace' or 'append', not {mode!r}")
    if chunk_triples < 1 or chunk_bytes < 1:
        raise UsageError("the chunk size must be at least one triple")
    if parallel < 1:
        raise UsageError(f"--parallel must be at least 1, not {parallel}")
    if not files and not ontology:
        raise UsageError("nothing to load: give TriG or N-Quads files, or --build DIR")
    for path in files:
        if RdfFormat.from_extension(path) not in (RdfFormat.TRIG, RdfFormat.NQUADS):
            raise UsageError(
                f"{path}: diplokg loads each article into its own named graph; give TriG or "
                "N-Quads files (diplokg build writes OUT/articles/*.trig)"
            )
        if not path.is_file():
            raise RdfSyntaxError("no such file", path=path)

    def inputs() -> list[tuple[Path, Iterable[ox.Quad]]]:
        sources: list[tuple[Path, Iterable[ox.Quad]]] = [(p, _quads(p)) for p in files]
        if ontology:
            (packaged,) = resource_files("ontology")
            sources.append((Path(packaged.name), _ontology_quads()))
        return sources

    plan = _LoadPlan(endpoint, mode, chunk_triples, chunk_bytes, progress, sleep)
    start = time.monotonic()
    if commit == "all":
        _check_syntax(inputs())
        staged = _StagedLoad(plan)
        parsed = _prefetch(_segments(inputs(), chunk_triples, chunk_bytes, staged=True))
        try:
            staged.run(parsed)
        except BaseException:
            parsed.close()
            staged.clean_up()
            raise
        finally:
            parsed.close()
            staged.client.close()
        return staged.load_report(start)
    sources = inputs()
    loader = _Loader(plan, parallel=parallel)
    segments = _prefetch(_segments(sources, chunk_triples, chunk_bytes))
    try:
        loader.run(segments)
    except _Broken as exc:
        raise EndpointError(
            f"cannot update {endpoint.update_url}: {exc}", url=endpoint.update_url
        ) from None
    finally:
        segments.close()
        loader.close()
    return loader.load_report(start)
