"""SHACL results placed in the sources: the annotation file, line and column that made
the focus node, and the stretch of article text it was read from; RDF files by line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from urllib.parse import urljoin

from rdflib import RDF, BNode, Graph, URIRef
from rdflib import Literal as RdfLiteral
from rdflib.term import Node

from diplokg.model.yamlsrc import Src
from diplokg.rdf.terms import DK, NIF, OA
from diplokg.validation.findings import (
    Finding,
    Span,
)
from diplokg.validation.shacl import (
    ValidationResult,
)

__all__ = ["RdfLocator", "place_results", "rdf_locator"]


_ARTICLE_LEVEL = (DK.NewsArticle, DK.ArticleText)


def _origin_of(node: Node, graph: Graph, origins: Mapping[str, Src]) -> tuple[Node, Src] | None:
    """The node itself or the nearest node pointing at it that has an origin."""
    seen = {node}
    frontier = [node]
    for _ in range(3):
        for n in frontier:
            src = origins.get(str(n)) if isinstance(n, URIRef) else None
            if src is not None:
                return n, src
        nxt: list[Node] = []
        for n in frontier:
            for s in sorted(set(graph.subjects(None, n)), key=str):
                if s not in seen:
                    seen.add(s)
                    nxt.append(s)
        frontier = nxt
    return None


def _span_of(node: Node, graph: Graph) -> tuple[int, int, str] | None:
    """The text span of an evidence span, or the first evidence span of a fact or mention."""

    def own(n: Node) -> tuple[int, int, str] | None:
        begin = graph.value(n, NIF.beginIndex)
        end = graph.value(n, NIF.endIndex)
        anchor = graph.value(n, NIF.anchorOf)
        if (
            isinstance(begin, RdfLiteral)
            and isinstance(end, RdfLiteral)
            and isinstance(anchor, RdfLiteral)
        ):
            try:
                return int(begin), int(end), str(anchor)
            except (TypeError, ValueError):
                return None
        return None

    if (found := own(node)) is not None:
        return found
    spans = [s for p in (DK.evidence, OA.hasTarget) for s in graph.objects(node, p)]
    owned = sorted(x for x in (own(s) for s in spans) if x is not None)
    return owned[0] if owned else None


def _span(found: tuple[int, int, str], text: str, text_file: str) -> Span:
    begin, end, anchor = found
    line = text.count("\n", 0, begin) + 1
    column = begin - (text.rfind("\n", 0, begin) + 1) + 1
    return Span(begin=begin, end=end, text=anchor, file=text_file, line=line, column=column)


def place_results(
    results: Iterable[ValidationResult],
    *,
    graph: Graph,
    origins: Mapping[str, Src],
    source: str,
    text: str | None = None,
    locate_in_file: Callable[[str], tuple[int, int] | None] | None = None,
) -> list[Finding]:
    """SHACL results as findings at the annotation line that produced each focus node.

    Rules that check an article or its text as a whole (``dk:NewsArticle``,
    ``dk:ArticleText``) name the offending fact or span as ``sh:value``: such
    a result is placed at the value's line.
    """
    findings = []
    for r in results:
        value_node = r.value_node if isinstance(r.value_node, URIRef | BNode) else None
        focus = r.focus_node
        article_level = any((focus, RDF.type, c) in graph for c in _ARTICLE_LEVEL)
        order = [value_node, focus] if article_level else [focus, value_node]
        candidates = [n for n in order if n is not None]
        placed: tuple[Node, Src] | None = None
        for n in candidates:
            placed = _origin_of(n, graph, origins)
            if placed is not None:
                break
        file = line = column = None
        if placed is not None:
            file, line, column = str(placed[1].path), placed[1].line, placed[1].column
        elif locate_in_file is not None:
            file = source
            position = locate_in_file(str(focus))
            if position is not None:
                line, column = position
        span = None
        if text is not None:
            for n in [*candidates, *([placed[0]] if placed else [])]:
                found = _span_of(n, graph)
                if found is not None:
                    span = _span(found, text, source)
                    break
        findings.append(
            Finding(
                severity=r.severity,
                shape=r.shape,
                focus=_term_text(focus),
                path=r.path,
                value=None if r.value_node is None else _term_text(r.value_node),
                message=r.message,
                constraint=r.constraint,
                source=source,
                file=file,
                line=line,
                column=column,
                span=span,
                value_term=(
                    r.value_node.n3() if isinstance(r.value_node, URIRef | RdfLiteral) else None
                ),
            )
        )
    return findings


def _term_text(node: Node) -> str:
    return f"_:{node}" if isinstance(node, BNode) else str(node)


_PREFIX_DECL = re.compile(r"(?:@prefix|PREFIX)\s+([\w.-]*):\s*<([^>]*)>", re.IGNORECASE)
_BASE_DECL = re.compile(r"(?:@base|BASE)\s+<([^>]*)>", re.IGNORECASE)
#: The characters a Turtle local name may carry behind a backslash (PN_LOCAL_ESC): writers
#: differ in which they escape (Oxigraph writes ``dkid:post\/china``, rdflib the full IRI).
_LOCAL_ESCAPABLE = frozenset("_~.-!$&'()*+,;=/?#@%")


def _local_pattern(local: str) -> str:
    """A local name as any writer may spell it: each escapable character with or without
    its backslash."""
    return "".join(rf"\\?{re.escape(c)}" if c in _LOCAL_ESCAPABLE else re.escape(c) for c in local)


class RdfLocator:
    """Finds the line where an IRI (or a literal's lexical form) is first written in an RDF
    file, as a subject where it is one.

    A prefixed name counts only where its prefix means that namespace: a file that binds
    ``ex:`` to its own namespace and later to diplokg's had ``dk:a`` placed where ``ex:a``
    still meant something else. A relative IRI (``<#term>``) counts under the ``@base``
    in force where it is written.
    """

    def __init__(self, path: Path) -> None:
        try:
            self.lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            self.lines = []
        #: Each line's prefixes (namespace → prefix names) and base, as declared above it.
        self.scopes: list[tuple[dict[str, list[str]], str | None]] = []
        prefixes: dict[str, str] = {}
        base: str | None = None
        scope: tuple[dict[str, list[str]], str | None] = ({}, None)
        for line in self.lines:
            declared = False
            for m in _PREFIX_DECL.finditer(line):
                prefixes[m.group(1)] = urljoin(base, m.group(2)) if base else m.group(2)
                declared = True
            for m in _BASE_DECL.finditer(line):
                base = urljoin(base, m.group(1)) if base else m.group(1)
                declared = True
            if declared:
                by_ns: dict[str, list[str]] = {}
                for prefix, ns in prefixes.items():
                    by_ns.setdefault(ns, []).append(prefix)
                scope = (by_ns, base)
            self.scopes.append(scope)

    def _forms(self, iri: str, scope: tuple[dict[str, list[str]], str | None]) -> re.Pattern[str]:
        """How ``iri`` may be written under ``scope``: in full, as a prefixed name (escapes
        or not) or relative to the base."""
        by_ns, base = scope
        forms = [re.escape(f"<{iri}>")]
        for ns, names in by_ns.items():
            if ns and iri.startswith(ns):
                local = _local_pattern(iri[len(ns) :])
                forms.extend(re.escape(f"{prefix}:") + local for prefix in names)
        if base:
            for stem in (base.split("#", 1)[0], base.rsplit("/", 1)[0] + "/"):
                if iri.startswith(stem) and urljoin(base, iri[len(stem) :]) == iri:
                    forms.append(re.escape(f"<{iri[len(stem) :]}>"))
        return re.compile("|".join(forms))

    def _find(self, forms_at: Callable[[int], re.Pattern[str]]) -> tuple[int, int] | None:
        fallback = None
        for number, line in enumerate(self.lines):
            for m in forms_at(number).finditer(line):
                col, end = m.span()
                if end < len(line) and (line[end].isalnum() or line[end] in "-_/#\\"):
                    continue  # a longer name that starts the same
                if not line[:col].strip():
                    return number + 1, col + 1
                if fallback is None:
                    fallback = (number + 1, col + 1)
        return fallback

    def __call__(self, iri: str) -> tuple[int, int] | None:
        forms: dict[int, re.Pattern[str]] = {}  # by scope: lines declaring nothing share theirs

        def forms_at(number: int) -> re.Pattern[str]:
            scope = self.scopes[number]
            if id(scope) not in forms:
                forms[id(scope)] = self._forms(iri, scope)
            return forms[id(scope)]

        return self._find(forms_at)

    def literal(self, lexical: str) -> tuple[int, int] | None:
        """Where the quoted ``lexical`` form is first written (on one line)."""
        quoted = re.compile(re.escape(f'"{lexical}"') + "|" + re.escape(f"'{lexical}'"))
        return self._find(lambda number: quoted)


def rdf_locator(path: Path) -> RdfLocator:
    """Find the line where an IRI is first written as a subject (or at all) in an RDF file."""
    return RdfLocator(path)
