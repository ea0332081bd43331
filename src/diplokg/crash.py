"""What the CLI says when something goes wrong that is not the user's input.

Exit codes mean one thing each (see README "Guarantees"): 0 success, 1 violations
found, 2 usage or input error, 3 internal error. An error of the machine the user
can fix (a full disk, a read-only folder, a permission) is reported like an input
error, in one line naming the file. Anything else is a bug in diplokg: the full
traceback goes to a file (or to stderr under ``--debug``) and the user sees one
line saying so and where the traceback is.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import tempfile
from pathlib import Path

from diplokg.userdirs import state_dir

__all__ = ["ENVIRONMENT_ERRNOS", "crash_dir", "describe_os_error", "write_crash_report"]

#: OSError numbers that say something about the machine, not about diplokg's code.
ENVIRONMENT_ERRNOS = frozenset(
    {
        errno.ENOSPC,
        errno.EDQUOT,
        errno.EFBIG,
        errno.EROFS,
        errno.EACCES,
        errno.EPERM,
        errno.EMFILE,
        errno.ENFILE,
        errno.EIO,
        errno.ENAMETOOLONG,
        errno.ELOOP,
    }
)

_HINTS = {
    errno.ENOSPC: "free some disk space and run again",
    errno.EDQUOT: "the disk quota is used up; free some space and run again",
    errno.EFBIG: "the file is larger than this system allows",
    errno.EROFS: "the file system is read-only; choose another output folder",
    errno.EACCES: "check the file's permissions",
    errno.EPERM: "check the file's permissions",
    errno.ENAMETOOLONG: "a file name holds at most 255 bytes here; shorten it",
    errno.ELOOP: "a symbolic link leads to itself; fix the link or remove it",
}

#: The most characters of a file name an error line shows (a name too long is cut).
_NAME_SHOWN = 120


def describe_os_error(exc: OSError, *, stdout_broken: bool = False) -> str:
    """One line for an environment error: the file, what failed and what to do."""
    what = exc.strerror or type(exc).__name__
    hint = _HINTS.get(exc.errno or 0)
    name = str(exc.filename) if exc.filename is not None else ""
    if len(name) > _NAME_SHOWN:
        name = f"{name[: _NAME_SHOWN // 2]}…{name[-_NAME_SHOWN // 2 :]} ({len(name)} characters)"
    where = (
        f"{name}: "
        if exc.filename is not None
        else "cannot write to standard output: "
        if stdout_broken
        else ""
    )
    return f"{where}{what}" + (f" ({hint})" if hint else "")


def crash_dir() -> Path | None:
    """Where tracebacks of internal errors go: ``$XDG_STATE_HOME/diplokg/crashes``, or
    None when the environment names no state folder (then the temporary folder)."""
    state = state_dir()
    return state / "crashes" if state is not None else None


def write_crash_report(text: str) -> Path | None:
    """Write ``text`` (a traceback, its secrets redacted) to a new file; its path, or None
    if no file could be made."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    folders = (crash_dir(), Path(tempfile.gettempdir()))
    for folder in (f for f in folders if f is not None):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            fd, name = tempfile.mkstemp(prefix=f"diplokg-crash-{stamp}-", suffix=".txt", dir=folder)
            # A file name that is not UTF-8 reaches the text as a lone surrogate.
            with os.fdopen(fd, "w", encoding="utf-8", errors="backslashreplace") as handle:
                handle.write(text)
        except OSError:
            continue
        return Path(name)
    return None
