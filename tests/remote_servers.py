"""Real SPARQL servers for the remote tests: Oxigraph server and Virtuoso, on free loopback ports.

Each server runs as a child process with its data in a temporary folder, and can
be killed (SIGKILL, as in a crash) and started again on the same data and port.
:class:`Stub` is a scripted HTTP server for what a real server will not do on
demand: answer 5xx, hang, or echo credentials back.
"""

from __future__ import annotations

import configparser
import functools
import http.server
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from diplokg.store.remote import Credentials, Endpoint
from tests.tiers import starting

VIRTUOSO_INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def oxigraph_binary() -> str | None:
    """The ``oxigraph`` command of the pip package ``oxigraph``, if installed."""
    beside = Path(sys.executable).parent / "oxigraph"
    return str(beside) if beside.is_file() else shutil.which("oxigraph")


def _wait_http(url: str, process: subprocess.Popen[bytes], timeout: float, log: Path) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(
                f"server exited with {process.returncode}: {log.read_text()[-2000:]}"
            )
        try:
            with urllib.request.urlopen(url, timeout=2):  # noqa: S310 - loopback test server
                return
        except urllib.error.HTTPError:
            return  # it answers
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"server did not answer {url} within {timeout} s")


@dataclass
class Server:
    """A running SPARQL server and the endpoint (with write credentials) to reach it."""

    name: str
    folder: Path
    command: list[str]
    ready_url: str
    endpoint: Endpoint
    startup: float = 60.0
    process: subprocess.Popen[bytes] | None = None
    log: Path = field(init=False)

    def __post_init__(self) -> None:
        self.log = self.folder / "server.log"

    def start(self) -> None:
        starting(f"{self.name} (a SPARQL server)")
        with self.log.open("ab") as out:
            self.process = subprocess.Popen(
                self.command, cwd=self.folder, stdout=out, stderr=subprocess.STDOUT
            )
        _wait_http(self.ready_url, self.process, self.startup, self.log)

    def kill(self) -> None:
        """Crash the server (SIGKILL): no chance to finish what it was doing."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(30)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(30)

    def ensure_running(self) -> None:
        """Start the server again if a test left it killed."""
        if self.process is None or self.process.poll() is not None:
            self.restart()

    def restart(self) -> None:
        self.kill()
        for lock in self.folder.glob("*.lck"):  # Virtuoso's lock file survives a crash
            lock.unlink()
        self.start()


def oxigraph_server(folder: Path, *, union: bool = True) -> Server:
    """An Oxigraph server on a free port: ``serve --union-default-graph``, or with ``union``
    false as its own documentation starts it (the default graph is a graph of its own)."""
    binary = oxigraph_binary()
    assert binary is not None, "the oxigraph package is not installed"
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = Server(
        name="oxigraph",
        folder=folder,
        command=[
            binary,
            "serve",
            "--location",
            str(folder / "data"),
            "--bind",
            f"127.0.0.1:{port}",
            *(["--union-default-graph"] if union else []),
        ],
        ready_url=f"{base}/query?query=ASK%7B%7D",
        endpoint=Endpoint(
            query_url=f"{base}/query",
            update_url=f"{base}/update",
            gsp_url=None,
            retries=1,
            backoff=0.05,
        ),
    )
    server.start()
    return server


def virtuoso_ini(folder: Path, *, sql_port: int, http_port: int) -> Path:
    """The packaged ``virtuoso.ini`` with every file in ``folder`` and loopback ports."""
    config = configparser.RawConfigParser(strict=False, inline_comment_prefixes=(";",))
    config.optionxform = str  # type: ignore[assignment,method-assign]
    config.read(VIRTUOSO_INI)
    for section in ("Database", "TempDatabase"):
        for key in ("DatabaseFile", "ErrorLogFile", "LockFile", "TransactionFile"):
            if key in config[section]:
                name = Path(config[section][key]).name
                config[section][key] = str(folder / name)
        if "xa_persistent_file" in config[section]:
            config[section]["xa_persistent_file"] = str(folder / "virtuoso.pxa")
    config["Parameters"]["ServerPort"] = f"127.0.0.1:{sql_port}"
    config["Parameters"]["DirsAllowed"] = f"., /usr/share/virtuoso-opensource-7/vad, {folder}"
    config["HTTPServer"]["ServerPort"] = f"127.0.0.1:{http_port}"
    config["SPARQL"]["ResultSetMaxRows"] = "1000000"
    ini = folder / "virtuoso.ini"
    with ini.open("w") as handle:
        config.write(handle)
    return ini


def virtuoso_server(folder: Path) -> Server:
    """Virtuoso open source (``virtuoso-t``) with digest-authenticated writes (dba/dba)."""
    binary = shutil.which("virtuoso-t")
    assert binary is not None, "virtuoso-opensource is not installed"
    http_port = free_port()
    ini = virtuoso_ini(folder, sql_port=free_port(), http_port=http_port)
    base = f"http://127.0.0.1:{http_port}"
    server = Server(
        name="virtuoso",
        folder=folder,
        command=[binary, "+configfile", str(ini), "+foreground"],
        ready_url=f"{base}/sparql?query=ASK%7B%7D",
        endpoint=Endpoint(
            query_url=f"{base}/sparql",
            update_url=f"{base}/sparql-auth",
            gsp_url=f"{base}/sparql-graph-crud-auth",
            credentials=Credentials("digest", user="dba", secret="dba"),  # noqa: S106
            retries=1,
            backoff=0.05,
        ),
        startup=120.0,
    )
    server.start()
    return server


# --------------------------------------------------------------------------
# A scripted HTTP stub
# --------------------------------------------------------------------------


@dataclass
class Reply:
    """One scripted answer: status, body, and how long to wait before sending it."""

    status: int
    body: bytes = b""
    delay: float = 0.0
    content_type: str = "text/plain"
    echo_auth: bool = False
    headers: dict[str, str] = field(default_factory=dict)
    #: Seconds between the body's bytes (a server that trickles its answer).
    trickle: float = 0.0
    #: Send only this many bytes of the body, then close the connection (a server that
    #: dies mid-answer); the Content-Length still declares the whole body.
    cut: int | None = None


@dataclass
class Seen:
    """One request the stub received."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes


class _StubServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that closed its connection (a refusal reads no more of the answer) is
        no error of the stub's: socketserver printed its traceback to ``sys.stderr``, which
        is the test's captured stderr while a ``CliRunner`` runs the command (a race that
        failed a test asserting one stderr line)."""
        if not isinstance(sys.exc_info()[1], OSError):
            super().handle_error(request, client_address)


class Stub:
    """An HTTP server on a free loopback port that answers from a script, in order."""

    def __init__(self, replies: list[Reply], *, default: Reply | None = None) -> None:
        self.replies = list(replies)
        self.default = default or Reply(500, b"no more scripted replies")
        self.seen: list[Seen] = []
        stub = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                stub.seen.append(Seen(self.command, self.path, dict(self.headers), body))
                reply = stub.replies.pop(0) if stub.replies else stub.default
                if reply.delay:
                    time.sleep(reply.delay)
                payload = reply.body
                if reply.echo_auth:
                    payload += (self.headers.get("Authorization") or "").encode()
                try:
                    self.send_response(reply.status)
                    self.send_header("Content-Type", reply.content_type)
                    self.send_header("Content-Length", str(len(payload)))
                    for name, value in reply.headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    if reply.trickle:
                        for byte in payload:
                            self.wfile.write(bytes([byte]))
                            self.wfile.flush()
                            time.sleep(reply.trickle)
                    if reply.cut is not None:
                        self.wfile.write(payload[: reply.cut])
                        self.wfile.flush()
                        self.close_connection = True
                        self.connection.shutdown(socket.SHUT_RDWR)
                        return
                    self.wfile.write(payload if not reply.trickle else b"")
                except OSError:
                    pass  # the client gave up waiting

            do_GET = do_POST = do_PUT = do_DELETE = _answer

        self.server = _StubServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = int(self.server.server_address[1])
        self.url = f"http://127.0.0.1:{self.port}"
        # A short poll: shutdown() waits for it, and each test closes its stubs.
        serve = functools.partial(self.server.serve_forever, poll_interval=0.02)
        self.thread = threading.Thread(target=serve, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
