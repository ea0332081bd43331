"""Checks that run before SHACL, reported like SHACL results.

The loaders (:mod:`diplokg.model.annotation`) and the converter stop at the first
problem they meet, with its file, line and column. To show a reviewer every
problem of a file at once, the checks here run them again and again: after
each problem, the entry that caused it is taken out and the rest is read
anew.

- A problem found while *reading* a YAML file (schema errors, duplicate ids)
  blanks the lines of the list item or mapping entry that holds it, so line
  numbers stay true, and the file is read again.
- A problem found while *converting* (evidence not found or ambiguous, an
  unknown entity or id, a date phrase that does not resolve) drops the one
  evidence text or reference that caused it from the loaded annotation, or the
  fact when the reference was required, and converts again.

References to something taken out (a fact whose item was blanked, an entity
of a broken registry entry) are not reported again. A YAML syntax error stops
the reading of that file: nothing after it can be trusted. An article with
any problem here gets no graph, so SHACL does not run on half an article.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any, TypeVar

import pyoxigraph as ox
import yaml
from rdflib import RDF, BNode, Graph, Literal, URIRef
from rdflib.term import Node

from diplokg.errors import AnnotationError, DiplokgError, EvidenceError, UnknownReferenceError
from diplokg.model.annotation import (
    Annotation,
    ArticleSources,
    DateSpec,
    Drafter,
    FactRef,
    Metadata,
    Ref,
    Registry,
    Selector,
    article_sources,
    load_annotation,
    load_metadata,
    load_registry,
)
from diplokg.model.annotation_yaml import SECTIONS
from diplokg.model.evidence import whole_span
from diplokg.model.limits import shown
from diplokg.model.yamlsrc import Src, compose_yaml, read_text
from diplokg.rdf.convert import Triple, article_triples
from diplokg.rdf.formats import read_format
from diplokg.rdf.terms import (
    BASE,
    DK,
    ENTITY_NS,
    NIF,
    PREFIXES,
    SH,
    article_iri,
    bind_prefixes,
    entity_iri,
    fact_iri,
)
from diplokg.store.embedded import load_files
from diplokg.validation.findings import CHECK, Finding, iri_text
from diplokg.validation.shacl import packaged_graph

__all__ = [
    "ArticleCheck",
    "RegistryCheck",
    "check_article",
    "check_finding",
    "check_id",
    "check_registry",
    "finding_from_error",
    "graph_findings",
    "iri_findings",
    "span_findings",
    "well_typed",
]

_T = TypeVar("_T")

#: At most this many problems are collected from one file.
MAX_PROBLEMS = 200


def check_id(error: DiplokgError) -> str:
    """The name of the check an error belongs to (``evidence-not-found``, ``schema``, …)."""
    message = error.message
    if message.startswith(("YAML syntax error", "YAML error")):
        return "yaml-syntax"
    if isinstance(error, EvidenceError):
        return "evidence-ambiguous" if " times in the article" in message else "evidence-not-found"
    if isinstance(error, UnknownReferenceError):
        return "unknown-reference"
    if message.startswith("duplicate id") or "is also an entity key" in message:
        return "duplicate-id"
    if message.startswith("duplicate key"):
        return "duplicate-key"
    if message.startswith("cannot resolve the date phrase"):
        return "date-phrase"
    if message.startswith(("no metadata", "article metadata not found")):
        return "missing-metadata"
    if message.startswith(("no annotation", "annotation not found")):
        return "missing-annotation"
    if message.startswith("no curated annotation"):
        return "draft-annotation"
    return "schema"


def finding_from_error(
    error: DiplokgError,
    *,
    source: str,
    focus: str,
    check: str | None = None,
    severity: str = "Violation",
) -> Finding:
    """A loader's or converter's error as a finding at its file, line and column."""
    return check_finding(
        check or check_id(error),
        error.message,
        source=source,
        focus=focus,
        file=str(error.path) if error.path is not None else source,
        line=error.line,
        column=error.column,
        severity=severity,
    )


def check_finding(
    name: str,
    message: str,
    *,
    source: str,
    focus: str,
    file: str | None = None,
    line: int | None = None,
    column: int | None = None,
    severity: str = "Violation",
) -> Finding:
    """A finding of the check ``name`` (:data:`~diplokg.validation.findings.CHECK`):
    no SHACL path or value, the check's IRI as its shape and its name as its constraint."""
    return Finding(
        severity=severity,
        shape=str(CHECK[name]),
        focus=focus,
        path=None,
        value=None,
        message=message,
        constraint=name,
        source=source,
        file=file,
        line=line,
        column=column,
    )


def _rdf_finding(
    name: str,
    message: str,
    *,
    source: str,
    focus: str,
    at: tuple[int, int] | None,
    severity: str = "Violation",
) -> Finding:
    """A finding of the check ``name`` in the RDF file ``source``, at the line and column
    ``at`` (where a locator found what it is about; ``None`` if it found nothing)."""
    line, column = at or (None, None)
    return check_finding(
        name,
        message,
        source=source,
        focus=focus,
        file=source,
        line=line,
        column=column,
        severity=severity,
    )


@cache
def _ontology_terms() -> frozenset[str]:
    """The ``dk:`` IRIs the packaged ontology defines (its classes, properties, values)."""
    ontology = packaged_graph("ontology")
    return frozenset(str(s) for s in ontology.subjects() if str(s).startswith(str(DK)))


#: Letters of other scripts drawn like Latin ones, and the Latin letter each passes for
#: (Cyrillic, then Greek); full-width and mathematical letters are caught by NFKC.
_LOOK_ALIKE = str.maketrans(
    "аеорсухіјѕԁһԛԝӏАВЕКМНОРСТХЅІЈУαορνικυχϲΑΒΕΖΗΙΚΜΝΟΡΤΥΧ",
    "aeopcyxijsdhqwlABEKMHOPCTXSIJYaopvikuxcABEZHIKMNOPTYX",
)

#: The namespaces an IRI that imitates one is checked against, longest first: diplokg's
#: own (``dk:``, ``dkid:``, its articles) and the vocabularies it uses.
_KNOWN = sorted({*PREFIXES.values(), str(SH), BASE}, key=len, reverse=True)
#: The known vocabularies: their terms are ASCII, so any other letter in one is a look-alike.
_VOCABULARIES = frozenset(_KNOWN) - {BASE, ENTITY_NS}


def _invisible(ch: str) -> bool:
    """A format character (zero-width space and joiners, bidi controls, soft hyphen, BOM)."""
    return unicodedata.category(ch) == "Cf"


def _skeleton(text: str) -> str:
    """``text`` as it looks: invisible characters dropped, look-alike letters made Latin."""
    kept = "".join(ch for ch in text if not _invisible(ch))
    return unicodedata.normalize("NFKC", kept).translate(_LOOK_ALIKE)


def _odd_letters(text: str) -> str:
    """What in ``text`` only looks Latin, or is not seen at all, said for a message."""
    odd = [c for c in text if not c.isascii() and (_invisible(c) or _skeleton(c) != c)]
    hints = [
        f"{unicodedata.name(c, f'U+{ord(c):04X}').lower()} {c!r}"
        + (", an invisible character" if _invisible(c) else ", not a Latin letter")
        for c in dict.fromkeys(odd)
    ][:3]
    return f"it holds {'; '.join(hints)}" if hints else ""


def _mixed_script(word: str) -> bool:
    """Whether ``word`` mixes Latin letters with Cyrillic or Greek ones (``wаng``)."""
    scripts = {unicodedata.name(c, "?").split()[0] for c in word if c.isalpha()}
    return "LATIN" in scripts and bool(scripts & {"CYRILLIC", "GREEK"})


def _look_alike(iri: str) -> str | None:
    """What is wrong with ``iri`` if it imitates a known namespace or one of its terms.

    A namespace written with a letter of another script (``https://schеma.org/``) or an
    invisible character is never the namespace; nor is a term of a known vocabulary
    whose name holds such a letter (``schema:nаme``: their terms are ASCII). In
    diplokg's own names (entities, articles), whose names may be in any script, a word
    mixing Latin with Cyrillic or Greek letters (``dkid:wаng-yi``) is.
    """
    if iri.isascii():
        return None
    seen = _skeleton(iri)
    ns = next((ns for ns in _KNOWN if seen.startswith(ns)), None)
    if ns is None:
        return None
    meant = seen[len(ns) :]
    if not iri.startswith(ns):  # the namespace itself is imitated
        odd = _odd_letters(iri) or "it is another IRI"
        return f"its namespace is not {ns} ({odd}); did you mean {iri_text(ns + meant)}?"
    local = iri[len(ns) :]
    own = ns not in _VOCABULARIES and not any(_invisible(c) for c in local)
    if own and not any(_mixed_script(word) for word in re.split(r"\W+", local)):
        return None  # diplokg's own names may be in any script, one script a word
    odd = _odd_letters(local)
    if not own and not odd:
        return None  # (schema:café: no term of the vocabulary, but it imitates none)
    odd = odd or "it mixes scripts in a word"
    if ns == str(DK) and ns + meant not in _ontology_terms():
        return odd + _nearest_term(meant)
    return odd + (f"; did you mean {iri_text(ns + meant)}?" if meant != local else "")


def _nearest_term(name: str) -> str:
    """What to say about ``dk:name``: its letters that only look Latin, its nearest term."""
    odd = _odd_letters(name)
    hints = [odd] if odd else []
    names = [term[len(str(DK)) :] for term in _ontology_terms()]
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    near = difflib.get_close_matches(ascii_name or name, names, n=1, cutoff=0.75)
    if near:
        hints.append(f"did you mean dk:{near[0]}?")
    return f" ({'; '.join(hints)})" if hints else ""


def iri_findings(
    graph: Graph,
    *,
    source: str,
    locate: Callable[[str], tuple[int, int] | None],
    locate_literal: Callable[[str], tuple[int, int] | None] | None = None,
) -> tuple[Finding, ...]:
    """What the IRIs of an RDF file given to ``validate`` get before SHACL runs.

    - A violation ``check:look-alike-iri`` for an IRI that imitates a known namespace or
      one of its terms (:func:`_look_alike`): ``https://schеma.org/name`` with a Cyrillic
      ``е`` looks like ``schema:name`` to a reviewer, but no query, shape or reader of
      schema.org ever matches it; it is a mistake or an attack.
    - A violation ``check:undefined-term`` for each other ``dk:`` IRI the ontology does not
      define: no shape targets a class or property that does not exist, so
      ``ex:x a dk:Spaceship`` or a misspelt ``dk:partcipant`` validated as conforming
      (a warning until round 12: a misspelt optional property, ``dk:ocasion``, then
      passed a CI gate with the link it meant lost).
    - A violation ``check:blank-node`` for a blank node where diplokg needs an IRI: the
      subject or object of a ``dk:`` property, or an instance of a ``dk:`` class (a
      speaker, a participant, a fact written ``[ … ]``). Nothing outside the file can
      name it, so no other article, query or shape's ``sh:class`` of a shared entity
      meets it: it stands for an entity or fact that is not there.

    - A violation ``check:ill-typed-literal`` for a literal whose text is no value of its
      datatype (``"x"^^xsd:date``, ``"abc"^^xsd:integer``, ``"-1"^^xsd:nonNegativeInteger``):
      RDF parsers take it, so it validated as conforming wherever no shape looked at it,
      and every query comparing or sorting by it goes wrong.

    Each names the IRI, where it is first written in the file (``locate``), what in it
    only looks Latin and the term it is nearest to; a literal, where its text is first
    written (``locate_literal``); a blank node, the IRI that refers to it.
    """
    defined = _ontology_terms()
    seen: dict[str, str | None] = {}  # the IRIs found, each with its look-alike problem
    #: (text, datatype) of each ill-typed literal, with the first subject it describes
    ill_typed: dict[tuple[str, str], str] = {}
    blank = _blank_nodes(graph)
    # (one loop over every term: a break in a loop over a triple's three ended only that
    # triple, and a file of thousands of bad IRIs got thousands of findings)
    for subject, term in ((triple[0], term) for triple in graph for term in triple):
        if isinstance(term, Literal) and term.ill_typed and term.datatype is not None:
            ill_typed.setdefault((str(term), str(term.datatype)), str(subject))
            if len(seen) + len(ill_typed) >= MAX_PROBLEMS:
                break
            continue
        iri = str(term)  # (a URIRef hashes apart from its str)
        if not isinstance(term, URIRef) or iri in seen or iri in defined:
            continue
        problem = _look_alike(iri)
        if problem is not None or iri.startswith(str(DK)):
            seen[iri] = problem
            if len(seen) + len(ill_typed) >= MAX_PROBLEMS:
                break
    found = []
    for iri, problem in seen.items():
        if problem is not None:
            name, severity = "look-alike-iri", "Violation"
            message = f"{iri_text(iri)} is no IRI of what it looks like: {problem}"
        else:
            name, severity = "undefined-term", "Violation"
            dk_name = iri[len(str(DK)) :]
            message = f"dk:{dk_name} is not a term of the diplokg ontology{_nearest_term(dk_name)}"
        found.append(
            _rdf_finding(
                name,
                message,
                source=source,
                focus=iri,
                at=locate(iri),
                severity=severity,
            )
        )
    for what, referrer in blank:
        found.append(
            _rdf_finding(
                "blank-node",
                f"a blank node is {what}: diplokg names every entity and fact with an IRI "
                "(dkid:KEY for an entity, the article's IRI and the fact's id for a fact), "
                "so that other articles, queries and shapes can meet it; name it",
                source=source,
                focus=referrer or source,
                at=locate(referrer) if referrer else None,
            )
        )
    for (text, datatype), about in ill_typed.items():
        found.append(
            _rdf_finding(
                "ill-typed-literal",
                f"{shown(text)} is no {iri_text(datatype)}: write a value of that datatype "
                "in its own form, or give the literal the datatype its text has",
                source=source,
                focus=about,
                at=locate_literal(text) if locate_literal else None,
            )
        )
    return tuple(found)


def _name(term: Node) -> str:
    """A term as a message shows it: ``dk:name`` for diplokg's own, else ``<iri>``."""
    text = str(term)
    return f"dk:{text[len(str(DK)) :]}" if text.startswith(str(DK)) else iri_text(text)


def _blank_nodes(graph: Graph) -> list[tuple[str, str | None]]:
    """Each blank node standing where diplokg needs an IRI (:func:`iri_findings`): in a
    triple with a term of diplokg's own (``dk:``, ``dkid:``, an article), such as the
    ``org:role`` of an article's holding. What it is, said for a message, and an IRI
    that refers to it (``None`` if none does)."""
    #: what each node is, said from the triple that refers to it, else from its own
    referred: dict[BNode, tuple[str, str | None]] = {}
    own: dict[BNode, str] = {}
    for s, p, o in graph:
        if len(referred) + len(own) >= 2 * MAX_PROBLEMS:
            break
        if not (isinstance(s, BNode) or isinstance(o, BNode)) or not any(
            isinstance(term, URIRef) and str(term).startswith(BASE) for term in (s, p, o)
        ):
            continue
        if isinstance(o, BNode):
            referrer = str(s) if isinstance(s, URIRef) else None
            referred.setdefault(o, (f"the {_name(p)} of {iri_text(str(s))}", referrer))
        if isinstance(s, BNode):
            own.setdefault(s, f"a {_name(o)}" if p == RDF.type else f"the subject of {_name(p)}")
    found = dict(referred)
    for node, what in own.items():
        found.setdefault(node, (what, None))
    return list(found.values())[:MAX_PROBLEMS]


def _offset(value: Node | None) -> int | None:
    """A NIF offset as a whole number, or ``None`` (its shape says what is wrong)."""
    if not isinstance(value, Literal) or value.ill_typed:
        return None
    number = value.toPython()
    return number if isinstance(number, int) and not isinstance(number, bool) else None


def span_findings(
    graph: Graph, *, source: str, locate: Callable[[str], tuple[int, int] | None]
) -> tuple[Finding, ...]:
    """A violation ``check:span-cuts-character`` for each evidence span of an RDF file
    given to ``validate`` whose offsets cut a character of its article's text: a letter
    from its combining accent, an emoji from its modifier or the emoji a joiner joins it
    to, half a flag. Its text (``nif:anchorOf``) can equal the text at its offsets, so
    no shape sees it, and a page or a query shows half a character. (Offsets counted in
    UTF-16 units, which cut an astral character in two, do not match the text in code
    points: ``dksh:ArticleText-spanTextMatches``.) The converter never writes such a
    span (its evidence is widened to whole characters); an RDF file may hold anything.
    """
    found: list[Finding] = []
    for span, context in graph.subject_objects(NIF.referenceContext):
        text = graph.value(context, NIF.isString)
        begin = _offset(graph.value(span, NIF.beginIndex))
        end = _offset(graph.value(span, NIF.endIndex))
        if not isinstance(text, Literal) or begin is None or end is None:
            continue
        size = len(str(text))
        if not 0 <= begin < end <= size:
            continue  # (out of range or reversed: the shapes say so)
        whole = whole_span(str(text), begin, end)
        if whole == (begin, end):
            continue
        found.append(
            _rdf_finding(
                "span-cuts-character",
                f"the evidence span {iri_text(str(span))} [{begin}:{end}] cuts a character "
                f"of the article's text in two (a letter from its accent, an emoji from its "
                f"modifier, half a flag): make it [{whole[0]}:{whole[1]}], whole characters",
                source=source,
                focus=str(span),
                at=locate(str(span)),
            )
        )
        if len(found) >= MAX_PROBLEMS:
            break
    return tuple(found)


_ARTICLES = f"{BASE}article/"
_GRAPHS = f"{BASE}graph/"


def _article_of(iri: str) -> str | None:
    """The article an IRI of diplokg's articles (the article, its facts, spans) is of."""
    if not iri.startswith(_ARTICLES):
        return None
    return re.split(r"[/#]", iri[len(_ARTICLES) :], maxsplit=1)[0] or None


def graph_findings(
    path: Path, *, source: str, locate: Callable[[str], tuple[int, int] | None]
) -> tuple[Finding, ...]:
    """A violation ``check:wrong-graph`` for each article, fact or span of a TriG or
    N-Quads file written outside the named graph of its article (``graph/ID`` for
    ``article/ID…``): in another article's graph, the entities' graph, a graph of
    someone else's, or the default graph of a file that has article graphs.

    ``validate`` checks the file's triples together, and they conformed; but a store
    replaces an article's graph whole (``load``, ``build``), so a fact in another
    article's graph disappears when that article is loaded again, and stays behind
    when its own article is removed. Files of other formats have no graphs.
    """
    fmt = read_format(path)[1]
    if not fmt.supports_datasets or fmt is ox.RdfFormat.JSON_LD:
        return ()  # (JSON-LD is read as triples, as `load` reads it)
    store = ox.Store()
    load_files(store, [path])
    graphs = {g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode)}
    if not any(g.startswith(_GRAPHS) for g in graphs):
        return ()  # (a dataset without article graphs: nothing says where a fact belongs)
    found: dict[tuple[str, str], str] = {}  # (subject, graph) -> the graph it belongs in
    for quad in store:
        subject = quad.subject
        if not isinstance(subject, ox.NamedNode):
            continue
        article = _article_of(subject.value)
        if article is None:
            continue
        graph = quad.graph_name.value if isinstance(quad.graph_name, ox.NamedNode) else ""
        if graph != f"{_GRAPHS}{article}":
            found.setdefault((subject.value, graph), f"{_GRAPHS}{article}")
            if len(found) >= MAX_PROBLEMS:
                break
    findings = []
    for (subject_iri, graph), meant in found.items():
        where = f"the graph {iri_text(graph)}" if graph else "the default graph"
        findings.append(
            _rdf_finding(
                "wrong-graph",
                f"{iri_text(subject_iri)} is written in {where}, not in the graph of its "
                f"article {iri_text(meant)}: a store replaces an article's graph whole, so "
                "it would be lost or left behind; move its triples into its article's graph",
                source=source,
                focus=subject_iri,
                at=locate(subject_iri),
            )
        )
    return tuple(findings)


def well_typed(graph: Graph) -> Graph:
    """``graph`` with each ill-typed literal (``"abc"^^xsd:integer``) made plain text.

    ``check:ill-typed-literal`` reports such a literal at its line; SHACL then sees its
    text, which no ``sh:datatype`` but ``xsd:string`` takes, so its property's shape says
    what the value must be. Given the literal itself, rdflib's SPARQL fails inside
    pySHACL (``"abc"^^xsd:integer - 1`` recursed without end): that was an exit 2 blaming
    the shapes. ``graph`` itself when nothing is ill-typed.
    """
    bad = {o for o in graph.objects() if isinstance(o, Literal) and o.ill_typed}
    if not bad:
        return graph
    fixed = Graph()
    for s, p, o in graph:
        fixed.add((s, p, Literal(str(o)) if o in bad else o))
    return fixed


# ---------------------------------------------------------------------------
# Reading a YAML file again without the entry that broke it
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Masked:
    """An entry blanked out of a YAML text."""

    text: str
    section: str
    key: str | None
    fact_id: str | None


def _end_line(node: yaml.Node, lines: list[str]) -> int:
    """0-based last line of a node; a block node's end mark sits on the next entry's line."""
    end = node.end_mark
    if end.line >= len(lines):
        return len(lines) - 1
    if end.line > node.start_mark.line and not lines[end.line][: end.column].strip():
        return end.line - 1
    return end.line


def _scalar(node: yaml.Node) -> str | None:
    return str(node.value) if isinstance(node, yaml.ScalarNode) else None


def mask_entry(text: str, line: int) -> _Masked | None:
    """Blank the lines of the entry holding 1-based ``line``: an item of a top-level list,
    an entry of a top-level mapping, or else the top-level entry itself.

    Returns ``None`` when the text does not parse or the entry shares its lines
    with others (flow style), so blanking it would take more than it.
    """
    root = compose_yaml(text)
    if not isinstance(root, yaml.MappingNode) or root.flow_style:
        return None
    lines = text.split("\n")
    target = line - 1
    for key_node, value_node in root.value:
        if not (key_node.start_mark.line <= target <= _end_line(value_node, lines)):
            continue
        section = _scalar(key_node) or ""
        first, last = key_node.start_mark.line, _end_line(value_node, lines)
        key: str | None = None
        fact_id: str | None = None
        if (
            isinstance(value_node, yaml.SequenceNode | yaml.MappingNode)
            and not value_node.flow_style
            and value_node.start_mark.line > key_node.start_mark.line
        ):
            children: list[tuple[yaml.Node, yaml.Node]]
            if isinstance(value_node, yaml.SequenceNode):
                children = [(item, item) for item in value_node.value]
            else:
                children = list(value_node.value)
            for head, child in children:
                if head.start_mark.line <= target <= _end_line(child, lines):
                    first, last = head.start_mark.line, _end_line(child, lines)
                    if isinstance(value_node, yaml.MappingNode):
                        key = _scalar(head)
                    elif isinstance(child, yaml.MappingNode):
                        for k, v in child.value:
                            if _scalar(k) == "id":
                                fact_id = _scalar(v)
                    break
        if first > 0 and lines[first - 1].strip() == "-":
            first -= 1
        if not first <= target <= last:
            return None
        for i in range(first, last + 1):
            lines[i] = ""
        return _Masked("\n".join(lines), section, key, fact_id)
    return None


@dataclass
class _Pruned:
    """What was taken out of an article's inputs so that reading could go on."""

    facts: set[str] = field(default_factory=set)
    entities: set[str] = field(default_factory=set)
    sections: set[str] = field(default_factory=set)


def _load_collecting(
    path: Path,
    load: Callable[[Path, str], _T],
    *,
    what: str,
    source: str,
    focus: Callable[[_Masked | None], str],
    pruned: _Pruned,
) -> tuple[_T | None, list[Finding]]:
    """Load a YAML file, collecting every schema problem by blanking the entry at fault.

    An unreadable file raises :class:`~diplokg.errors.InputError` (exit code 2).
    """
    text = read_text(path, what=what)
    findings: list[Finding] = []
    while len(findings) < MAX_PROBLEMS:
        try:
            return load(path, text), findings
        except AnnotationError as error:
            if error.path is not None and error.path != path:
                raise
            masked = mask_entry(text, error.line) if error.line is not None else None
            missing = [s for s in pruned.sections if f"needs '{s}'" in error.message]
            if missing:
                return None, findings  # caused by an entry taken out before
            findings.append(finding_from_error(error, source=source, focus=focus(masked)))
            if masked is None or error.message.startswith("YAML"):
                return None, findings
            text = masked.text
            pruned.sections.add(masked.section)
            if masked.fact_id:
                pruned.facts.add(masked.fact_id)
            if masked.key:
                pruned.entities.add(masked.key)
    return None, findings


# ---------------------------------------------------------------------------
# Converting again without the evidence or reference that broke it
# ---------------------------------------------------------------------------

_REMOVE: Any = object()


def _prune(obj: Any, target: Src, found: list[Any]) -> Any:
    """``obj`` without the selector, reference or date at ``target``; ``_REMOVE`` if required."""
    if isinstance(obj, Selector | Ref | FactRef | DateSpec) and obj.src == target:
        found.append(obj)
        return _REMOVE
    if isinstance(obj, tuple):
        items = [_prune(item, target, found) for item in obj]
        if all(new is old for new, old in zip(items, obj, strict=True)):
            return obj
        return tuple(item for item in items if item is not _REMOVE)
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type | Src):
        changes: dict[str, Any] = {}
        for f in dataclasses.fields(obj):
            value = getattr(obj, f.name)
            new = _prune(value, target, found)
            if new is _REMOVE:
                if f.default is None:
                    changes[f.name] = None
                else:
                    return _REMOVE
            elif new is not value:
                changes[f.name] = new
        return dataclasses.replace(obj, **changes) if changes else obj
    return obj


def _prune_annotation(
    annotation: Annotation, target: Src, pruned: _Pruned
) -> tuple[Annotation, list[Any], str | None]:
    """The annotation without the thing at ``target``, what was found there, and its fact."""
    found: list[Any] = []
    owner: str | None = None
    mentions = dict(annotation.mentions)
    mention_src = dict(annotation.mention_src)
    for key, src in annotation.mention_src.items():
        if src == target:
            found.append(Ref(key, src))
            del mentions[key], mention_src[key]
    for key, selectors in list(mentions.items()):
        mentions[key] = _prune(selectors, target, found)
    entities = {}
    for key, entity in annotation.entities.items():
        entities[key] = _prune(entity, target, found)
    sections: dict[str, Any] = {}
    for name in SECTIONS[2:]:  # the fact sections, after entities and mentions
        kept = []
        for fact in getattr(annotation, name):
            before = len(found)
            new = _prune(fact, target, found)
            if len(found) > before:
                owner = fact.id
            if new is _REMOVE:
                pruned.facts.add(fact.id)
            else:
                kept.append(new)
        sections[name] = tuple(kept)
    new_annotation = dataclasses.replace(
        annotation, mentions=mentions, mention_src=mention_src, entities=entities, **sections
    )
    return new_annotation, found, owner


def _suppressed(found: list[Any], pruned: _Pruned) -> bool:
    """True if the problem only follows from something taken out before."""
    for obj in found:
        if isinstance(obj, FactRef) and obj.id in pruned.facts:
            return True
        if isinstance(obj, Ref) and obj.key in pruned.entities:
            return True
    return False


# ---------------------------------------------------------------------------
# Registry and article
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class RegistryCheck:
    """A registry as far as it could be read, and its problems."""

    path: Path
    registry: Registry
    findings: tuple[Finding, ...]
    #: Keys of entries taken out because they were broken.
    pruned: frozenset[str]


def check_registry(path: Path) -> RegistryCheck:
    """Read the entity registry, collecting all its problems."""
    pruned = _Pruned()

    def focus(masked: _Masked | None) -> str:
        if masked is not None and masked.key:
            return str(entity_iri(masked.key))
        return path.resolve().as_uri()

    registry, findings = _load_collecting(
        path,
        lambda p, text: load_registry(p, content=text),
        what="entity registry",
        source=str(path),
        focus=focus,
        pruned=pruned,
    )
    return RegistryCheck(
        path=path,
        registry=registry if registry is not None else Registry(entities={}, path=path),
        findings=tuple(findings),
        pruned=frozenset(pruned.entities),
    )


@dataclass(frozen=True)
class ArticleCheck:
    """An article after the checks: its graph (if it converted cleanly) and its problems."""

    sources: ArticleSources
    text: str
    findings: tuple[Finding, ...]
    #: The converted triples; ``None`` if a problem stopped or spoiled the conversion.
    triples: tuple[Triple, ...] | None = None
    origins: Mapping[str, Src] = field(default_factory=dict)

    @cached_property
    def graph(self) -> Graph | None:
        """The converted graph (built on first use: most articles need only the triples)."""
        if self.triples is None:
            return None
        graph = Graph()
        bind_prefixes(graph)
        for triple in self.triples:
            graph.add(triple)
        return graph

    @property
    def article_id(self) -> str:
        """The article's identifier (its file name without ``.txt``)."""
        return self.sources.article_id


def check_article(
    text_path: Path, *, registry: RegistryCheck | None, draft: Drafter | None = None
) -> ArticleCheck:
    """Check an article's metadata and annotation, then convert it, collecting every problem.

    ``registry`` is the already-checked registry beside the article (or ``None``).
    An article without a curated annotation is checked from ``draft``'s draft (the
    application passes the extractor), else that is a violation. An unreadable
    article raises :class:`~diplokg.errors.InputError`.
    """
    sources = article_sources(text_path, registry=registry.path if registry else None)
    source = str(text_path)
    article = str(article_iri(sources.article_id))
    text = read_text(text_path, what="article")
    findings: list[Finding] = []
    pruned = _Pruned(entities=set(registry.pruned) if registry else set())

    metadata: Metadata | None = None
    if sources.metadata is None:
        findings.append(
            finding_from_error(
                AnnotationError(
                    f"no metadata for this article: add {sources.article_id}.meta.yaml beside it "
                    "(publisher, published, language)",
                    path=text_path,
                ),
                source=source,
                focus=article,
                check="missing-metadata",
            )
        )
    else:
        metadata, problems = _load_collecting(
            sources.metadata,
            lambda p, content: load_metadata(p, content=content),
            what="article metadata",
            source=source,
            focus=lambda _: article,
            pruned=_Pruned(),
        )
        findings.extend(problems)

    annotation: Annotation | None = None
    if sources.annotation is None and draft is None:
        findings.append(
            finding_from_error(
                AnnotationError(
                    f"no annotation for this article: add {sources.article_id}.ann.yaml beside it",
                    path=text_path,
                ),
                source=source,
                focus=article,
                check="no-annotation",
            )
        )
    elif sources.annotation is None:
        if metadata is not None and draft is not None:
            # As `diplokg convert` does: convert the draft instead.
            annotation = draft(
                text,
                article_id=sources.article_id,
                published=metadata.published,
                publisher=metadata.publisher,
                registry=registry.registry if registry else None,
                path=sources.text,
            )
        findings.append(
            finding_from_error(
                AnnotationError(
                    "no curated annotation: validated the extractor's draft; add "
                    f"{sources.article_id}.ann.yaml beside the article to curate it",
                    path=text_path,
                ),
                source=source,
                focus=article,
                check="draft-annotation",
                severity="Info",
            )
        )
    else:

        def fact_focus(masked: _Masked | None) -> str:
            if masked is not None and masked.fact_id:
                return str(fact_iri(sources.article_id, masked.fact_id))
            return article

        annotation, problems = _load_collecting(
            sources.annotation,
            lambda p, content: load_annotation(p, content=content),
            what="annotation",
            source=source,
            focus=fact_focus,
            pruned=pruned,
        )
        findings.extend(problems)

    if metadata is None or annotation is None:
        return ArticleCheck(sources=sources, text=text, findings=tuple(findings))
    notes = [f for f in findings if f.severity != "Violation"]
    findings = [f for f in findings if f.severity == "Violation"]
    reg = registry.registry if registry else Registry(entities={})
    # Something taken out (even a reference to a broken registry entry, not reported
    # again) leaves half an article: SHACL would only report the hole.
    spoiled = False
    for _ in range(MAX_PROBLEMS):
        try:
            triples, origins = article_triples(
                article_id=sources.article_id,
                text=text,
                metadata=metadata,
                annotation=annotation,
                registry=reg,
            )
        except DiplokgError as error:
            target = (
                Src(sources.annotation, error.line, error.column)
                if sources.annotation is not None
                and error.path == sources.annotation
                and error.line is not None
                and error.column is not None
                else None
            )
            if target is None:
                findings.append(finding_from_error(error, source=source, focus=article))
                break
            annotation, found, owner = _prune_annotation(annotation, target, pruned)
            spoiled = True
            if not _suppressed(found, pruned):
                focus = str(fact_iri(sources.article_id, owner)) if owner else article
                findings.append(finding_from_error(error, source=source, focus=focus))
            if not found:
                break
            continue
        if findings or spoiled:
            break
        return ArticleCheck(
            sources=sources,
            text=text,
            findings=tuple(notes),
            triples=tuple(triples),
            origins=origins,
        )
    return ArticleCheck(sources=sources, text=text, findings=(*findings, *notes))
