"""Where diplokg keeps its own state on the user's machine (``$XDG_STATE_HOME/diplokg``).

The XDG Base Directory rules: ``$XDG_STATE_HOME`` when it is an absolute path (empty or
relative is ignored), else ``$HOME/.local/state``. A home that is unset with no account
entry (a container run under a bare uid), empty or relative is no home: diplokg then
keeps no state rather than write it into the current folder or the root of the disk.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["state_dir"]


def _absolute(value: str | None) -> Path | None:
    return Path(value) if value and os.path.isabs(value) else None


def state_dir() -> Path | None:
    """diplokg's state folder, or None when the environment names no usable one."""
    base = _absolute(os.environ.get("XDG_STATE_HOME"))
    if base is None:
        # HOME, or the account's entry when HOME is unset; "~" comes back unexpanded
        # when there is neither.
        home = _absolute(os.path.expanduser("~"))
        if home is None or home == Path(home.anchor):
            return None
        base = home / ".local" / "state"
    return base / "diplokg"
