"""The ``diplokg`` command line: thin commands over the library.

Each command parses its options, calls one library function and formats the
result; each lives in the module named after it (``build``, ``convert``,
``validate``, ``query`` with ``queries``, ``evaluate``, ``render``, ``docs``,
``extract``, ``load``), and the options several share are declared once in
``options``. Errors the user can fix (:class:`~diplokg.errors.DiplokgError`) are
turned into one line on stderr and exit code 2 here, in one place; a failed
validation exits 1; success exits 0.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import signal
import sys
import warnings
from collections.abc import Iterator, Sequence
from typing import Any

import click

from diplokg import __version__
from diplokg.cli import build, convert, docs, evaluate, extract, load, query, render, validate
from diplokg.cli.options import EXIT_PIPE_CLOSED, StdoutError, quiet_stdout
from diplokg.errors import DiplokgError, message_line

# Everything that loads rdflib, pySHACL, Jinja2 or the extractor is imported inside
# the commands that use it: `diplokg --help`, `diplokg queries` and `diplokg query`
# start in a fraction of the time (tests/quality/test_startup.py checks what start-up imports).

__all__ = ["cli", "main"]


class _UserError(click.ClickException):
    """A :class:`DiplokgError` shown as one line on stderr, control characters escaped; exit 2."""

    exit_code = 2

    def show(self, file: Any = None) -> None:
        click.echo(f"error: {message_line(self.format_message())}", err=True)


class _InternalError(click.ClickException):
    """A bug in diplokg: one line on stderr saying where the traceback is; exit code 3."""

    exit_code = 3

    def show(self, file: Any = None) -> None:
        click.echo(f"error: {message_line(self.format_message())}", err=True)


class _Group(click.Group):
    """Turns every exception into its exit code, here and nowhere else (see crash.py)."""

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        name, command, rest = super().resolve_command(ctx, args)
        ctx.meta[_COMMAND_ARGS] = tuple(rest)
        if name not in _WITHOUT_RDFLIB:
            _quiet_libraries()
        return name, command, rest

    def invoke(self, ctx: click.Context) -> Any:
        try:
            with _stopped_by_signals():
                result = super().invoke(ctx)
        except DiplokgError as exc:
            raise _UserError(" ".join(str(exc).splitlines())) from None  # one line, always
        except click.NoSuchOption as exc:
            hint = _dash_file_hint(ctx.meta.get(_COMMAND_ARGS, ()))
            if not hint:
                raise
            raise click.UsageError(exc.format_message() + hint, ctx=exc.ctx) from None
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            try:
                _flush_stdout()
            except OSError as exc:
                raise _os_error(ctx, exc) from None
            raise
        except OSError as exc:
            raise _os_error(ctx, exc) from None
        except Exception as exc:
            raise _internal(ctx, exc) from None
        except _Terminated as exc:
            click.echo(f"terminated ({signal.Signals(exc.signum).name})", err=True)
            raise click.exceptions.Exit(128 + exc.signum) from None  # as shells report it
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            raise click.exceptions.Exit(130) from None  # as shells report SIGINT; not 1
        try:
            _flush_stdout()
        except OSError as exc:
            raise _os_error(ctx, exc) from None
        return result

    def make_context(
        self,
        info_name: str | None,
        args: list[str],
        parent: click.Context | None = None,
        **extra: Any,
    ) -> click.Context:
        """Parse the options; ``--help`` and ``--version`` are written here, outside
        :meth:`invoke`: a full disk or a gone reader under them is handled the same way."""
        try:
            return super().make_context(info_name, args, parent, **extra)
        except OSError as exc:
            raise _os_error(click.Context(self, info_name=info_name), exc) from None


#: The command's arguments as given, kept for :func:`_dash_file_hint`.
_COMMAND_ARGS = "diplokg.command_args"


def _dash_file_hint(args: Sequence[str]) -> str:
    """What to write for a file whose name starts with '-' that click took for options
    (``diplokg convert -dash.txt``: "No such option '-d'")."""
    for arg in args:
        if arg.startswith("-") and arg not in ("-", "--") and os.path.lexists(arg):
            return f" '{arg}' is a file, not an option: write ./{arg}, or put it after --"
    return ""


class _Terminated(KeyboardInterrupt):
    """SIGTERM or SIGHUP reached the command: it stops as on Ctrl-C, its workers with it."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


#: The signals that stop a command the way Ctrl-C does (``kill PID``, a closed terminal).
_STOP_SIGNALS = (signal.SIGTERM, signal.SIGHUP)


@contextlib.contextmanager
def _stopped_by_signals() -> Iterator[None]:
    """While a command runs, SIGTERM and SIGHUP stop it as Ctrl-C does, not by dying on the spot.

    ``kill PID`` of a ``build -j 2`` ended the command alone: its worker processes, no
    longer anyone's, went on drafting and writing into the build's folder with nobody to
    collect their work. Now the command ends its worker processes, unwinds (every output
    is written to a temporary file and renamed, so nothing half-written is left and the
    previous build stays current) and exits 128 + the signal's number (143 for SIGTERM),
    as a shell reports a process the signal ended. A worker forked while the handler was
    in place dies of the signal as before: only the command's own process unwinds.
    """
    owner = os.getpid()

    def stop(signum: int, frame: object) -> None:
        if os.getpid() != owner:  # a forked worker: die of the signal, as by default
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
            return
        import multiprocessing  # loaded already wherever workers were started
        import threading

        # A process pool's helper thread, finding its workers gone, fails on the futures
        # the unwinding cancels (a CPython race) and would print its traceback.
        threading.excepthook = lambda args: None
        for child in multiprocessing.active_children():
            child.terminate()
        raise _Terminated(signum)

    try:
        previous = {signum: signal.signal(signum, stop) for signum in _STOP_SIGNALS}
    except ValueError:  # not the main thread (a command invoked from a thread): leave as is
        yield
        return
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


class _Stdout(io.RawIOBase):
    """File descriptor 1 under ``sys.stdout``, whose failed writes say it was standard output.

    A full disk under standard output (``diplokg query … >/dev/full``) was told as "No
    space left on device" with no file named: a write error carries no file name, and
    only writes through ``click.echo`` were known to be standard output's. Every write of
    every command (``click.echo``, ``sys.stdout.buffer``, ``-o -``) goes through here, so
    the one line names standard output whichever way the command wrote. A closed file
    descriptor 1 (``>&-``) fails every write the same way (:func:`_guard_stdout`).
    """

    def __init__(self, fd: int | None) -> None:
        super().__init__()
        self._fd = fd
        self._said = False

    def writable(self) -> bool:
        return True

    def fileno(self) -> int:
        if self._fd is None:
            raise io.UnsupportedOperation("standard output is closed")
        return self._fd

    def isatty(self) -> bool:
        return self._fd is not None and os.isatty(self._fd)

    def write(self, data: Any) -> int:
        if self._fd is None:
            if self._said:  # once is enough: later writes (the flush at exit) are dropped
                return len(data)
            self._said = True
            raise StdoutError(
                errno.EBADF, "it is closed; redirect it instead (>/dev/null to discard it)"
            )
        try:
            return os.write(self._fd, data)
        except BrokenPipeError:
            raise  # the reader went away: exit 141, quietly (_os_error)
        except OSError as exc:
            raise StdoutError(exc.errno, exc.strerror) from None


def _guard_stdout() -> None:
    """Put :class:`_Stdout` under ``sys.stdout`` before any command runs.

    Python leaves ``sys.stdout`` None when file descriptor 1 was closed (``>&-``), and the
    first ``print`` or flush crashed with an AttributeError (exit 3, or a traceback and
    exit 1); then file descriptor 1 is also taken by the null device, else the first file
    diplokg opens would get it, and a worker process writing to its stdout would write
    there. Once a write has failed and been said, later ones (the flush at exit) are
    dropped (standard output is pointed at the null device: :func:`_stdout_broken`).
    """
    current = sys.stdout
    fd: int | None = 1
    if current is None:
        fd = None
        with contextlib.suppress(OSError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            if devnull != 1:
                os.dup2(devnull, 1)
                os.close(devnull)
    elif not isinstance(current, io.TextIOWrapper) or _fileno(current) != 1:
        return  # (replaced by an embedding program or a test's capture: left as it is)
    sys.stdout = io.TextIOWrapper(
        io.BufferedWriter(_Stdout(fd)),
        encoding=current.encoding if current is not None else "utf-8",
        errors=current.errors if current is not None else "strict",
        line_buffering=current.line_buffering if current is not None else False,
    )


def _fileno(stream: io.TextIOWrapper) -> int | None:
    try:
        return stream.fileno()
    except (OSError, ValueError):  # (io.UnsupportedOperation is both)
        return None


def _os_error(ctx: click.Context, exc: OSError) -> click.ClickException | click.exceptions.Exit:
    """What an OSError out of a command becomes: its exit code, and one line or none.

    The reader of a pipe that went away (``diplokg query … | head -1``) ends the command
    quietly with exit 141, as shells report a command ended by SIGPIPE (click's own answer
    was exit 1, which says "violations found"; 0 would let ``set -o pipefail`` pass a
    ``validate`` whose result was never read); a full disk, a closed standard output or a
    refused file is one line, exit 2; anything else is a bug, exit 3.
    """
    from diplokg.crash import ENVIRONMENT_ERRNOS, describe_os_error

    if exc.errno == errno.EPIPE:
        quiet_stdout()
        return click.exceptions.Exit(EXIT_PIPE_CLOSED)
    if isinstance(exc, StdoutError):
        _stdout_broken()
        return _UserError(describe_os_error(exc, stdout_broken=True))
    if exc.errno not in ENVIRONMENT_ERRNOS:
        return _internal(ctx, exc)
    broken = _stdout_broken() or _from_echo(exc)
    return _UserError(describe_os_error(exc, stdout_broken=broken))


#: Commands that never load rdflib or pySHACL (tests/quality/test_startup.py): they
#: skip importing ``logging``, which would load ``traceback`` into every query.
_WITHOUT_RDFLIB = frozenset({"query", "queries"})


def _quiet_libraries() -> None:
    """Keep the libraries' own warnings off the user's terminal.

    rdflib logs a traceback for every ill-typed literal it reads ("abc"^^xsd:integer)
    and warns on a "weird boolean"; what diplokg checks it reports itself, in one line
    (SHACL's datatype constraints name such a literal in the report). A user who asks
    for Python warnings (-W, PYTHONWARNINGS) still gets them.
    """
    import logging  # here, not at import: `diplokg --help` never needs it

    root = logging.getLogger()
    if not any(isinstance(h, logging.NullHandler) for h in root.handlers):
        root.addHandler(logging.NullHandler())  # records go nowhere, not to lastResort
    if not sys.warnoptions:
        warnings.simplefilter("ignore")


def _flush_stdout() -> None:
    """Report a full disk under standard output here, in one line, not at exit."""
    try:
        sys.stdout.flush()
    except OSError as exc:
        from diplokg.crash import describe_os_error

        if exc.errno == errno.EPIPE or isinstance(exc, StdoutError):
            raise
        _stdout_broken()
        raise _UserError(describe_os_error(exc, stdout_broken=True)) from None


def _from_echo(exc: BaseException) -> bool:
    """Whether ``exc`` was raised writing a command's output (``click.echo``)."""
    import traceback  # only on an error: a command that succeeds never needs it

    return any(
        frame.f_code.co_name == "echo" and frame.f_globals.get("__name__") == "click.utils"
        for frame, _ in traceback.walk_tb(exc.__traceback__)
    )


def _stdout_broken() -> bool:
    """Whether standard output cannot take what is buffered for it (a full disk under it).

    If so, it is pointed at the null device: the output is lost anyway, and Python must
    not fail again, with a traceback, when it flushes the buffer at exit.
    """
    try:
        sys.stdout.flush()
    except OSError:
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            os.close(devnull)
        except (OSError, ValueError, io.UnsupportedOperation):
            pass
        return True
    return False


def _internal(ctx: click.Context, exc: Exception) -> _InternalError:
    import traceback

    from diplokg.crash import write_crash_report
    from diplokg.store.remote.http import redact_secrets

    # The traceback and the line repeat the exception's message, which may hold an
    # endpoint's URL or secret: redacted in the file, under --debug and in the line.
    what = redact_secrets(f"{type(exc).__name__}: {str(exc)[:200]}".splitlines()[0])
    text = redact_secrets("".join(traceback.format_exception(exc)))
    if (ctx.obj or {}).get("debug"):
        click.echo(text, err=True, nl=False)
        return _InternalError(f"internal error (a bug in diplokg): {what}")
    report = write_crash_report(text)
    where = f"the traceback is in {report}" if report else "run again with --debug to see it"
    return _InternalError(f"internal error (a bug in diplokg, please report it): {what}; {where}")


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="diplokg")
@click.option("--debug", is_flag=True, help="On an internal error, print the full traceback.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """Turn diplomatic news into an RDF knowledge graph, every fact grounded in its text.

    \b
    Example:
      diplokg build seeds/ -o out/
      diplokg query meetings

    \b
    Exit codes: 0 success, 1 violations found, 2 usage or input error
    (or a full disk), 3 internal error (a bug: the traceback goes to a file).
    """
    ctx.obj = {"debug": debug}


for _command in (
    build.build,
    convert.convert,
    validate.validate,
    query.query,
    query.list_queries,
    evaluate.evaluate,
    render.render,
    docs.docs,
    extract.extract,
    load.load,
):
    cli.add_command(_command)


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point of the ``diplokg`` command."""
    _guard_stdout()
    cli.main(args=list(argv) if argv is not None else None, prog_name="diplokg")
