"""The Jinja2 templates of the pages (``diplokg/templates``) and the assets they inline."""

from __future__ import annotations

import base64
import hashlib
from functools import cache
from importlib.resources import files

import jinja2
import markupsafe

from diplokg import __version__
from diplokg.errors import visible

__all__ = [
    "template_environment",
]


def _load_template(name: str) -> str:
    return files("diplokg").joinpath("templates", name).read_text(encoding="utf-8")


@cache
def template_environment() -> jinja2.Environment:
    """The Jinja2 environment of the packaged templates (``diplokg/templates``)."""
    env = jinja2.Environment(
        loader=jinja2.FunctionLoader(_load_template),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=_shown,
    )
    env.globals["asset"] = _asset
    env.globals["script_hash"] = _script_hash
    env.globals["version"] = __version__
    return env


def _shown(value: object) -> object:
    """Every value a template writes, as it is shown: text with the characters that would
    reorder or hide what is around it escaped (:func:`~diplokg.errors.visible`), in text
    and attributes alike; markup the code built is left as it is."""
    if isinstance(value, str) and not isinstance(value, markupsafe.Markup):
        return visible(value, page=True)
    return value


@cache
def _asset(name: str) -> str:
    """A packaged CSS or JavaScript file, for inlining into a ``<style>``/``<script>``.

    Read once per process, like the templates themselves: every page inlines it.
    """
    text = _load_template(name)
    if "</" in text.replace("<\\/", ""):
        raise ValueError(f"template asset {name} must not contain '</'")  # a programming error
    return text


@cache
def _script_hash(name: str) -> str:
    """The CSP source (``sha256-…``) that allows exactly the inlined script ``name``.

    The review page's policy allows this one script and no other inline script, so
    text that got into the page by mistake can never run.
    """
    digest = hashlib.sha256(_asset(name).encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")
