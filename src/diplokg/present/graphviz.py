"""Graphviz, run as a subprocess: its SVG pictures, and DOT source quoted safely.

Raises :class:`~diplokg.errors.ToolError` when Graphviz is missing or fails; callers
that can draw without it decide so before calling.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Mapping, Sequence

from diplokg.errors import ToolError, visible

__all__ = [
    "dot_attrs",
    "dot_quote",
    "graphviz_svg",
    "graphviz_svgs",
]

_TOOL_TIMEOUT = 60

_XML_PROLOGUE = re.compile(r"\A(?:\s*<\?xml[^>]*\?>|\s*<!DOCTYPE[^>]*>|\s*<!--.*?-->)*\s*", re.S)


def graphviz_svg(source: str, *, engine: str = "dot") -> str:
    """Lay out a Graphviz graph and return its SVG, ready to inline in HTML.

    Runs ``dot -K ENGINE -Tsvg`` and drops the XML prologue; the root
    ``<svg>`` keeps its natural size (CSS may shrink it to fit).
    Raises :class:`ToolError` when Graphviz is not installed or fails.
    """
    dot = shutil.which("dot")
    if dot is None:
        raise ToolError(
            "Graphviz is not installed: the pictures need its 'dot' program "
            "(Debian/Ubuntu: apt-get install graphviz; macOS: brew install graphviz)"
        )
    try:
        done = subprocess.run(  # noqa: S603 - fixed arguments, no shell
            [dot, f"-K{engine}", "-Tsvg"],
            input=source.encode("utf-8"),
            capture_output=True,
            check=False,
            timeout=_TOOL_TIMEOUT,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ToolError(f"Graphviz failed: {exc}") from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ToolError(f"Graphviz failed: {message[0] if message else done.returncode}")
    return _XML_PROLOGUE.sub("", done.stdout.decode("utf-8"))


#: The id Graphviz gives the graph of every graph but the first it lays out in one run
#: (a page prefix, ``page0,1_``), where a run of its own gives the graph's own id.
_PAGE_PREFIXED_ID = re.compile(r'\A(<svg[^>]*>\s*<g id=")page\d+,\d+_')


def graphviz_svgs(sources: Sequence[str], *, engine: str = "dot") -> list[str]:
    """Lay out several Graphviz graphs in one process: for each, what :func:`graphviz_svg` gives.

    Graphviz lays out the graphs on its input one after another, each as if
    alone, and writes one SVG document for each; the only difference from a
    run of its own is the page prefix it puts on the graph's id, removed here.
    Starting Graphviz cost more than laying out an article's network. Raises
    :class:`ToolError` when Graphviz fails or its output cannot be split into
    one document per graph (then lay them out one by one, for the error).
    """
    if len(sources) <= 1:
        return [graphviz_svg(s, engine=engine) for s in sources]
    dot = shutil.which("dot")
    if dot is None:
        return [graphviz_svg(s, engine=engine) for s in sources]  # raises the usual error
    try:
        done = subprocess.run(  # noqa: S603 - fixed arguments, no shell
            [dot, f"-K{engine}", "-Tsvg"],
            input="".join(sources).encode("utf-8"),
            capture_output=True,
            check=False,
            timeout=_TOOL_TIMEOUT * len(sources),
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ToolError(f"Graphviz failed: {exc}") from None
    # A document ends at its root's end tag; text and comments in it escape every "<".
    parts = done.stdout.decode("utf-8").split("</svg>\n")
    if done.returncode != 0 or len(parts) != len(sources) + 1 or parts[-1].strip():
        raise ToolError("Graphviz failed on one of several graphs")
    svgs = [_XML_PROLOGUE.sub("", part + "</svg>\n") for part in parts[:-1]]
    return [svgs[0]] + [_PAGE_PREFIXED_ID.sub(r"\1", svg, count=1) for svg in svgs[1:]]


def dot_quote(text: str) -> str:
    """``text`` as a double-quoted DOT string, shown as pages show text (a bidi override
    in a name reversed the rest of a picture's tooltip: :func:`~diplokg.errors.visible`)."""
    text = visible(text, page=True)
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def dot_attrs(attrs: Mapping[str, str | None]) -> str:
    """DOT attribute list ``[a="x", b="y"]`` of the attributes that are set."""
    inner = ", ".join(f"{k}={dot_quote(v)}" for k, v in attrs.items() if v is not None)
    return f" [{inner}]" if inner else ""
