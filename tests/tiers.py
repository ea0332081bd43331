"""The two test tiers, and the programs some tests need.

The fast tier (``pytest -m "not slow"``) starts no server, no browser and builds no
wheel; the whole suite runs everything. :func:`starting` is called where a test
starts such a thing, and fails any test that is not marked ``slow``: the class of
mistake (a server test in the fast tier) is caught where it happens, whichever
fixture or helper the test reaches it through.

:func:`require_program` skips a test, with one line saying what to install, when a
program outside Python (Graphviz, Chromium, Virtuoso) is not on ``PATH``; under CI
(``CI`` set, as ``.ci/run`` and hosted CI do) it fails instead, so that CI runs everything.
"""

from __future__ import annotations

import os
import shutil

import pytest

#: The test being set up or run in this process (set by ``conftest.py``).
current: pytest.Item | None = None

#: Whether this run is the fast tier (its marker expression leaves ``slow`` out; set by
#: ``conftest.py``): property tests then try fewer examples (:func:`examples`).
fast_tier = False


def examples(whole_suite: int) -> int:
    """A property test's number of hypothesis examples: ``whole_suite`` in the whole suite
    (``pytest``, what ``.ci/run`` runs), a third of it (at least 10) in the fast tier."""
    return max(10, whole_suite // 3) if fast_tier else whole_suite


def sampled(index: int, *, every: int = 3) -> list[pytest.MarkDecorator]:
    """The marks of the ``index``-th case of a long list of cases of one kind that repeats a
    check the fast tier makes anyway (each real text again hard-wrapped, again drafted
    without a registry): none for every ``every``-th case, the fast tier's sample; ``slow``
    for the rest, which the whole suite runs (as the differential test's random cases)."""
    return [] if index % every == 0 else [pytest.mark.slow]


def starting(what: str) -> None:
    """Fail the current test unless it is marked ``slow``: it is about to start ``what``."""
    if current is not None and current.get_closest_marker("slow") is None:
        pytest.fail(
            f"{current.nodeid} starts {what}: mark it @pytest.mark.slow "
            "(the fast tier starts no server, browser or wheel build)",
            pytrace=False,
        )


def program(*names: str) -> str | None:
    """The path of the first of ``names`` found on ``PATH``, else None."""
    for name in names:
        found = shutil.which(name)
        if found is not None:
            return found
    return None


def require_program(*names: str, what: str, install: str) -> str:
    """The path of the first of ``names`` on ``PATH``; else skip (fail under CI) in one line.

    ``what`` says what needs the program, ``install`` how to get it.
    """
    found = program(*names)
    if found is not None:
        return found
    reason = f"{' or '.join(names)} not found on PATH ({what}): {install}"
    if os.environ.get("CI"):
        pytest.fail(f"{reason}; .ci/run installs it", pytrace=False)
    pytest.skip(reason)


def require_graphviz(what: str) -> str:
    """Graphviz's ``dot``, which lays out the docs' diagrams and the pages' networks."""
    return require_program("dot", what=what, install="apt-get install graphviz")


def require_chromium(what: str) -> str:
    """Headless Chromium, which the browser tests drive."""
    return require_program(
        "chromium", "chromium-browser", what=what, install="apt-get install chromium"
    )
